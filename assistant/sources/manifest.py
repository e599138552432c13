"""Read data/sources/manifest.yaml into Document records, with file:line on every error.

The YAML is composed into a node tree first so that each problem can be reported at the
line of the offending key (yaml's node marks), not just "somewhere in the file".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.errors import SourceError
from assistant.schemas.document import LANGS, Document

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: faster


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _key_lines(node: yaml.MappingNode) -> dict[str, int]:
    return {k.value: _line(k) for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def _compose(path: Path) -> tuple[yaml.Node | None, Any]:
    text = path.read_text(encoding="utf-8")
    loader = LOADER(text)
    try:
        # One pass: the node tree (for line numbers) and the Python data built from it.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SourceError(path, line, f"invalid YAML: {exc.problem or exc}") from exc
    finally:
        loader.dispose()
    return node, data


def _document(path: Path, node: yaml.Node, data: Any) -> Document:
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise SourceError(path, _line(node), "each document must be a mapping")
    lines = _key_lines(node)
    try:
        doc = Document.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else None
        line = lines.get(field, _line(node)) if field else _line(node)
        if err["type"] == "extra_forbidden":
            message = "unknown field"
        else:
            message = err["msg"]
        raise SourceError(path, line, message, field) from exc
    for name in ("titles", "summaries"):
        given = getattr(doc, name)
        if name == "summaries" and not given:
            continue
        missing = [lang for lang in LANGS if not given.get(lang, "").strip()]
        extra = [lang for lang in given if lang not in LANGS]
        if missing or extra:
            what = f"missing {missing}" if missing else f"unknown languages {extra}"
            raise SourceError(path, lines.get(name, _line(node)), what, name)
    if not (path.parent / doc.file).is_file():
        raise SourceError(path, lines.get("file", _line(node)), f"no such file {doc.file}", "file")
    return doc


def load_manifest(path: Path) -> list[Document]:
    """Validate every entry of ``documents:``; raise SourceError(file, line, ...) if bad."""
    if not path.is_file():
        raise SourceError(path, None, "manifest not found")
    node, data = _compose(path)
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise SourceError(path, _line(node) if node else 1, "expected a mapping with `documents:`")
    top = {k.value: v for k, v in node.value}
    extra = sorted(set(data) - {"documents"})
    if extra:
        raise SourceError(path, _key_lines(node)[extra[0]], "unknown field", extra[0])
    docs_node = top.get("documents")
    if not isinstance(docs_node, yaml.SequenceNode) or not isinstance(data["documents"], list):
        raise SourceError(path, _line(docs_node or node), "`documents` must be a list", "documents")
    docs: list[Document] = []
    seen: set[str] = set()
    for item_node, item in zip(docs_node.value, data["documents"], strict=True):
        doc = _document(path, item_node, item)
        if doc.id in seen:
            line = _key_lines(item_node).get("id", _line(item_node))
            raise SourceError(path, line, f"duplicate document id {doc.id!r}", "id")
        seen.add(doc.id)
        docs.append(doc)
    return docs
