"""The paragraph record: one citable unit of text, shared by corpus, site, index and API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Instrument = Literal["UNTOC", "TIP", "SOM", "FIREARMS"]
RecordKind = Literal[
    "paragraph",  # numbered / lettered paragraph of a COP document
    "preamble",  # preambular paragraph (no number)
    "table",  # a table kept as a table
    "article",  # one paragraph of a Convention / Protocol article
    "directory",  # a public directory entry (one State)
    "guide",  # a paragraph of a practitioner guide (explanatory, not official)
]

INSTRUMENT_SHORT = {
    "UNTOC": "UNTOC",
    "TIP": "Trafficking in Persons Protocol",
    "SOM": "Smuggling of Migrants Protocol",
    "FIREARMS": "Firearms Protocol",
}


def lang_prefix(lang: str) -> str:
    """URL prefix of a language version of the site: zh is the default, at ``/``. Record
    urls (``Paragraph.url``) are the default-language paths; this prefix opens them in `lang`."""
    return "" if lang == "zh" else f"/{lang}"


class Footnote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mark: str  # as printed: "1", "*", "a"
    text: str


class ArticleRef(BaseModel):
    """A reference to an article (and optionally paragraph) of the Convention or a Protocol."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    instrument: Instrument
    article: int
    paragraph: str | None = None  # "13", "3(d)" kept as written after the article number

    @property
    def key(self) -> str:
        """Page key of the article, e.g. ``untoc-art-18``."""
        return f"{self.instrument.lower()}-art-{self.article}"

    @property
    def label(self) -> str:
        """``UNTOC, art. 18(13)``; a stored paragraph "3(d)" prints as ``art. 32(3)(d)``."""
        para = ""
        if self.paragraph:
            number, _, rest = self.paragraph.partition("(")
            para = f"({number})" + (f"({rest}" if rest else "")
        return f"{INSTRUMENT_SHORT[self.instrument]}, art. {self.article}{para}"


class Table(BaseModel):
    model_config = ConfigDict(extra="forbid")
    caption: str = ""
    header: list[str]
    rows: list[list[str]]
    notes: list[str] = Field(default_factory=list)


class Paragraph(BaseModel):
    """One record of ``index/corpus.jsonl``."""

    model_config = ConfigDict(extra="forbid")

    id: str  # structural and stable, e.g. "cop3-decision-3-2-para-g-ii"
    document: str  # document id from the manifest, e.g. "cop3-decisions"
    kind: RecordKind = "paragraph"
    citation: str  # e.g. "CTOC/COP/2006/14, decision 3/2, para. (g)(ii)"
    label: str = ""  # the paragraph's own number as printed: "(g)", "㈡", "17."
    heading_path: list[str] = Field(default_factory=list)
    text: str
    footnotes: list[Footnote] = Field(default_factory=list)
    lang: str = "zh"
    articles: list[ArticleRef] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    session: int | None = None
    year: int | None = None
    url: str  # site path + "#" + id, language-neutral (default-language path)
    table: Table | None = None
    order: int = 0  # reading order inside the document (display only, never part of an id)
    parent: str | None = None  # id of the enclosing paragraph for sub-items
