"""An English rendering of one Chinese paragraph (data/translations/en.jsonl): embedded for
retrieval only, never shown or cited (data/translations/README.md)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Translation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)  # the paragraph's record id
    zh_sha256: str = Field(pattern=r"^[0-9a-f]{16}$")  # of the text it renders (text_digest)
    en: str = Field(min_length=1)
