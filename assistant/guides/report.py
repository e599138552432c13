"""``untoc-kb guides report``: each guide's citations, unresolved ids and uncited paragraphs.

Unlike ``load_guides`` it does not stop at the first problem: it lists them all, so an editor
can fix a guide in one pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from assistant.config import Settings
from assistant.errors import SourceError
from assistant.guides.load import (
    block_citations,
    citations_of,
    guide_files,
    read_guide,
    topic_vocabulary,
)
from assistant.schemas.document import LANGS
from assistant.schemas.paragraph import Paragraph


def guide_report(settings: Settings, records_by_id: Mapping[str, Paragraph]) -> str:
    vocabulary = topic_vocabulary(settings)
    lines: list[str] = []
    langs_by_slug: dict[str, set[str]] = defaultdict(set)
    problems = 0
    for path in guide_files(settings):
        try:
            guide = read_guide(path, vocabulary)
        except SourceError as err:
            lines.append(f"{path.name}: INVALID {err}")
            problems += 1
            continue
        langs_by_slug[guide.slug].add(guide.lang)
        cites = citations_of(guide)
        resolving = [ident for _, ident in cites if ident in records_by_id]
        lines.append(f"{path.name} [{guide.lang}] {guide.meta.title}: {len(cites)} citations, "
                     f"{len(resolving)} resolving, {len(set(resolving))} distinct records")
        for line, ident in cites:
            record = records_by_id.get(ident)
            shown = record.citation if record else "UNKNOWN ID"
            lines.append(f"  line {line}: {ident} -> {shown}")
            problems += record is None
        for block in guide.blocks:
            if not block_citations(block):
                lines.append(f"  line {guide.file_line(block.start)}: paragraph without a "
                             f"citation ({guide.record_id(block)})")
                problems += 1
    for slug, langs in sorted(langs_by_slug.items()):
        missing = [lang for lang in LANGS if lang not in langs]
        if missing:
            lines.append(f"{slug}: missing languages {', '.join(missing)}")
            problems += 1
    lines.append(f"{len(langs_by_slug)} guides, {problems} problems")
    return "\n".join(lines)
