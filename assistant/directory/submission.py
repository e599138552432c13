"""A State's submission (docs/assets/directory-template.yaml) merged into its directory file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.directory.load import known_iso3, load_state_file, parse_yaml, validate_model
from assistant.directory.names import load_reference, reference_path
from assistant.directory.yamlio import dump_state
from assistant.errors import SourceError
from assistant.schemas.authority import Authority, Declaration, Email


class Submitter(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    office: str  # the office sending the submission
    date: dt.date
    reference: str | None = None  # e.g. note verbale number
    contact_email: Email | None = None


class Submission(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    iso3: str
    submitted_by: Submitter
    authorities: list[Authority] = Field(default_factory=list)
    declarations: list[Declaration] = Field(default_factory=list)


@dataclass
class MergeReport:
    iso3: str
    file: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"{self.iso3}: {self.file}"]
        lines += [f"  added: {item}" for item in self.added]
        lines += [f"  updated: {item}" for item in self.updated]
        lines += [f"  unchanged: {item}" for item in self.unchanged]
        if not (self.added or self.updated):
            lines.append("  no change")
        return "\n".join(lines)


def _key(authority: dict[str, Any]) -> tuple[str, str, str]:
    return (authority.get("role", ""), authority.get("instrument", "UNTOC"),
            " ".join(str(authority.get("name", "")).split()).casefold())


def _dump(model: BaseModel) -> dict[str, Any]:
    data = model.model_dump(mode="json", exclude_none=True)
    return {k: v for k, v in data.items() if v != []}


def read_submission(file: Path, directory_dir: Path) -> Submission:
    data, lines = parse_yaml(file)
    submission = validate_model(Submission, data, lines, file)
    if submission.iso3 not in known_iso3(directory_dir):
        raise SourceError(file, lines.get(("iso3",), 1),
                          f"{submission.iso3} is not in the reference table of States", "iso3")
    return submission


def merge_submission(file: Path, directory_dir: Path, *, write: bool = True) -> MergeReport:
    """Validate a submission and merge it into <ISO3>.yaml, keeping every existing source."""
    submission = read_submission(file, directory_dir)
    target = directory_dir / f"{submission.iso3}.yaml"
    if target.exists():
        entry, _ = parse_yaml(target)
    else:
        ref = load_reference(reference_path(directory_dir.parent)
                             if reference_path(directory_dir.parent).exists()
                             else reference_path(Path(__file__).resolve().parents[2] / "data"))
        entry = {"iso3": submission.iso3,
                 "names": {k: ref[submission.iso3].display[k]
                           for k in ("ar", "zh", "en", "fr", "es", "ru")}}
    report = MergeReport(submission.iso3, target)
    authorities: list[dict[str, Any]] = list(entry.get("authorities", []))
    for new in submission.authorities:
        if new.last_updated is None:
            new = new.model_copy(update={"last_updated": submission.submitted_by.date})
        data = _dump(new)
        label = f"{new.role} {new.name!r} ({new.visibility})"
        index = next((i for i, old in enumerate(authorities) if _key(old) == _key(data)), None)
        if index is None:
            authorities.append(data)
            report.added.append(label)
            continue
        old = authorities[index]
        changed = sorted(k for k in set(old) | set(data)
                         if k not in ("source", "last_updated", "notes")
                         and old.get(k) != data.get(k))
        if data.get("notes") and data["notes"] not in str(old.get("notes", "")):
            changed.append("notes")
        if changed:
            # The earlier source stays on record in `notes`; the submission's source is current.
            previous = old.get("source", {})
            kept = f"Earlier record: {previous.get('title', '')} ({previous.get('as_of', '')})"
            data["notes"] = "; ".join(x for x in (data.get("notes"), kept) if x)
            authorities[index] = data
            report.updated.append(f"{label}: {', '.join(changed)}")
        else:
            report.unchanged.append(label)
    declarations: list[dict[str, Any]] = list(entry.get("declarations", []))
    texts = {" ".join(str(d.get("text", "")).split()) for d in declarations}
    for declaration in submission.declarations:
        if " ".join(declaration.text.split()) in texts:
            report.unchanged.append(f"declaration {declaration.kind}")
            continue
        declarations.append(_dump(declaration))
        report.added.append(f"declaration {declaration.kind} ({declaration.article or '-'})")
    entry["authorities"] = authorities
    entry["declarations"] = declarations
    if write:
        text = dump_state(entry)
        tmp = target.with_suffix(".yaml.tmp")
        tmp.write_text(text, encoding="utf-8")
        try:
            load_state_file(tmp, known_iso3(directory_dir))  # never write an invalid file
        except SourceError as err:
            tmp.unlink()
            raise SourceError(file, None, f"merged entry would be invalid: {err}",
                              err.field) from None
        tmp.replace(target)
    return report
