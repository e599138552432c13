"""Expected failures, each carrying where the problem is so the user can fix it."""

from __future__ import annotations

from pathlib import Path


class UntocError(Exception):
    """Base class: the CLI prints these without a traceback."""


class SourceError(UntocError):
    """A malformed input file: names the file, the line (1-based) and, if known, the field."""

    def __init__(self, file: Path | str, line: int | None, message: str, field: str | None = None):
        self.file = str(file)
        self.line = line
        self.field = field
        self.message = message
        where = self.file + (f":{line}" if line else "")
        what = f"{field}: {message}" if field else message
        super().__init__(f"{where}: {what}")


class IndexMissing(UntocError):
    def __init__(self, path: Path):
        super().__init__(f"No index at {path}. Run `untoc-kb build` first.")
