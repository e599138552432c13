"""Load and validate data/directory/*.yaml; every error names file, line and field.

The build fails on the first invalid file rather than publish a half-valid directory.
`validate_directory` collects all errors (for `untoc-kb directory validate`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from assistant.directory.names import load_reference, reference_path
from assistant.errors import SourceError
from assistant.schemas.authority import Directory, StateEntry

NON_STATE_FILES = {"aliases.yaml"}  # data files in data/directory/ that are not State entries
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

Path_ = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def _to_python(node: Node, file: Path, path: Path_, lines: dict[Path_, int]) -> Any:
    """Build plain Python data from a YAML node, recording the line of every value.

    Dates stay strings (pydantic parses and checks them), so "2010-13-45" is reported by the
    model with its line instead of crashing the YAML loader.
    """
    lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else str(key_node)
            if key in result:
                raise SourceError(file, key_node.start_mark.line + 1, "duplicate key", str(key))
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _to_python(value_node, file, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1  # errors point at the key
        return result
    if isinstance(node, SequenceNode):
        return [_to_python(item, file, (*path, i), lines) for i, item in enumerate(node.value)]
    if node.tag == TIMESTAMP_TAG:
        return node.value
    return SafeConstructor().construct_object(node, deep=True)


def parse_yaml(file: Path) -> tuple[Any, dict[Path_, int]]:
    """YAML → (data, {path: line}). Syntax errors become SourceError with the line."""
    try:
        node = yaml.compose(file.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise SourceError(file, mark.line + 1 if mark else None, f"YAML syntax: {err.problem}",
                          None) from None
    lines: dict[Path_, int] = {}
    if node is None:
        raise SourceError(file, 1, "empty file", None)
    return _to_python(node, file, (), lines), lines


def _line_for(loc: tuple[Any, ...], lines: dict[Path_, int]) -> int:
    """The line of the deepest located path element that exists in the file."""
    for cut in range(len(loc), -1, -1):
        key = tuple(loc[:cut])
        if key in lines:
            return lines[key]
    return 1


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(file)"


def validate_model(model: type[M], data: Any, lines: dict[Path_, int], file: Path) -> M:
    """Validate `data` against `model`; the first error becomes a SourceError with its line."""
    if not isinstance(data, dict):
        raise SourceError(file, 1, "expected a mapping of fields", None)
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        # Drop pydantic's internal markers (e.g. function-after[...]) from the location.
        loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and "[" in p))
        message = first["msg"].replace("Value error, ", "")
        if first["type"] == "extra_forbidden":
            message = "unknown field"
        elif first["type"] == "missing":
            message = "required field missing"
        raise SourceError(file, _line_for(loc, lines), message, _field_name(loc)) from None


def load_state_file(file: Path, known_iso3: set[str]) -> StateEntry:
    data, lines = parse_yaml(file)
    state = validate_model(StateEntry, data, lines, file)
    if state.iso3 not in known_iso3:
        raise SourceError(file, lines.get(("iso3",), 1),
                          f"{state.iso3} is not in the reference table of States", "iso3")
    return state


def state_files(path: Path) -> list[Path]:
    return sorted(p for p in path.glob("*.yaml") if p.name not in NON_STATE_FILES)


def known_iso3(path: Path) -> set[str]:
    """ISO3 codes of data/reference next to data/directory (the project's copy otherwise)."""
    ref = reference_path(path.parent)
    if not ref.exists():
        ref = reference_path(Path(__file__).resolve().parents[2] / "data")
    return set(load_reference(ref))


def validate_directory(path: Path) -> tuple[Directory, list[SourceError]]:
    """Load every file, collecting errors instead of stopping at the first one."""
    if not path.is_dir():
        err = SourceError(path, None, "directory data folder not found", None)
        return Directory(states=[]), [err]
    known = known_iso3(path)
    states: list[StateEntry] = []
    errors: list[SourceError] = []
    seen: dict[str, Path] = {}
    for file in state_files(path):
        try:
            state = load_state_file(file, known)
        except SourceError as err:
            errors.append(err)
            continue
        if state.iso3 in seen:
            _, lines = parse_yaml(file)
            errors.append(SourceError(
                file, lines.get(("iso3",), 1),
                f"duplicate State {state.iso3}: also in {seen[state.iso3].name}", "iso3"))
            continue
        seen[state.iso3] = file
        states.append(state)
    states.sort(key=lambda s: s.iso3)
    return Directory(states=states), errors


def load_directory(path: Path) -> Directory:
    """All States, validated; raises the first SourceError found."""
    directory, errors = validate_directory(path)
    if errors:
        raise errors[0]
    return directory
