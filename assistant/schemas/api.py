"""Request and response bodies of the search API (POST /api/ask, GET /api/search, ...)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.config import Settings
from assistant.schemas.paragraph import ArticleRef, Footnote, RecordKind, Table, lang_prefix

# The static bound documented in the OpenAPI schema; a deployment may lower it through
# Settings.max_question_chars, which the service checks again (see check_question_length).
MAX_QUESTION_CHARS = Settings.model_fields["max_question_chars"].default
MAX_K = 50
# "Not blank": at least one character that str.strip() keeps. Spelled out (not \S) so the
# OpenAPI pattern (ECMA regex), pydantic's validator and str.strip() agree on every character.
NOT_BLANK = (r"[^\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f"
             r"\u205f\u3000]")


class AskFilters(BaseModel):
    """Restrict the search before ranking. Every given filter must match."""

    model_config = ConfigDict(extra="forbid")

    document: str | None = Field(None, max_length=200, description="document id, e.g. cop9-report")
    topic: str | None = Field(None, max_length=200, description="topic slug, e.g. extradition")
    article: str | None = Field(
        None, max_length=200,
        description="article key ('untoc-art-18') or number ('18', any instrument)")
    session: int | None = Field(None, ge=0, le=1000, description="COP session number")


def _strip_question(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("the question is empty")
    return value


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=NOT_BLANK,
                          description=f"1 to {MAX_QUESTION_CHARS} characters, not all blank, "
                                      "any UN language")
    k: int = Field(5, ge=1, le=MAX_K, description="number of citations")
    filters: AskFilters | None = None

    _strip = field_validator("question")(_strip_question)


class Citation(BaseModel):
    id: str
    citation: str
    document: str
    title: str
    text: str
    url: str  # language-neutral site path (Paragraph.url); see page_path
    score: float
    kind: RecordKind
    lang: str = "zh"  # the language of `text`

    def page_path(self, ui_lang: str = "zh") -> str:
        """The site path to open: official records are on every language's pages, so under
        the reader's interface language; a guide paragraph only on its own language's."""
        return lang_prefix(self.lang if self.kind == "guide" else ui_lang) + self.url


class AskResponse(BaseModel):
    answered: bool
    answer: str
    citations: list[Citation]


class SearchResponse(BaseModel):
    query: str
    results: list[Citation]


class ParagraphOut(BaseModel):
    """The public fields of a corpus record."""

    id: str
    document: str
    kind: RecordKind
    citation: str
    label: str
    heading_path: list[str]
    text: str
    footnotes: list[Footnote]
    lang: str
    articles: list[ArticleRef]
    topics: list[str]
    session: int | None
    year: int | None
    url: str
    table: Table | None
    parent: str | None


class HealthResponse(BaseModel):
    status: str
    paragraphs: int
    model: str
    index_built: str | None


class ErrorResponse(BaseModel):
    detail: str


class ValidationErrorItem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str | None


class ValidationErrorResponse(BaseModel):
    """The app's 422 body (assistant.api.app): a reason, and per-field errors when known."""

    detail: str
    errors: list[ValidationErrorItem] = []
