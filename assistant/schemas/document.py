"""The source-document manifest record (data/sources/manifest.yaml)."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LANGS = ("zh", "en", "fr", "es", "ru", "ar")  # site order; zh is the default language
DocType = Literal["decision", "resolution", "report", "treaty"]
Body = Literal["cop", "working_group", "secretary_general", "general_assembly"]


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str  # slug used in record ids and URLs, e.g. "cop3-decisions"
    file: str  # path under data/sources/ (or data/treaties/)
    parser: Literal["pdf_text", "markdown", "treaty"]
    symbol: str | None = None  # UN document symbol, e.g. "CTOC/COP/2006/14"
    short: str  # citation prefix, e.g. "CTOC/COP/2006/14" or "UNTOC"
    titles: dict[str, str]  # one per LANGS
    summaries: dict[str, str] = Field(default_factory=dict)  # unofficial, one per LANGS
    body: Body
    session: int | None = None
    date: datetime.date | None = None
    type: DocType
    original_lang: str = "zh"
    official_url: str | None = None  # UN documents by symbol (all six languages)
    instrument: Literal["UNTOC", "TIP", "SOM", "FIREARMS"] | None = None  # treaties only

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None
