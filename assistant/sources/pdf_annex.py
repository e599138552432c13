"""Records for the ratification annex of A/59/204: table A, table B and table B per region.

The record text is the table as plain lines (cells separated by single spaces, "—" for an
empty cell) so that full-text and semantic search find it; ``table`` keeps the structure.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.schemas.paragraph import Paragraph, Table
from assistant.sources import annex_table

if TYPE_CHECKING:
    from assistant.schemas.document import Document


def _table_text(header: list[str], rows: list[list[str]], extra: list[str]) -> str:
    lines = [" ".join(header)] + [" ".join(c or "—" for c in row) for row in rows]
    return "\n".join(lines + extra)


def annex_records(
    doc: Document, path: Path, title_headings: list[str], order: int
) -> list[Paragraph]:
    """Table records (A, B, and B per region) of the ratification annex, after the body."""
    tables = annex_table.parse_annex_tables(path)
    heading_path = title_headings + [tables.heading, tables.title]
    prefix = f"{doc.id}-annex-table"
    cite = f"{doc.short}, annex"
    out: list[Paragraph] = []

    def add(
        id_: str, where: str, table: Table, text: str, caption: str, parent: str | None = None
    ) -> None:
        out.append(
            Paragraph(
                id=id_,
                document=doc.id,
                kind="table",
                citation=f"{cite}, {where}",
                label="",
                heading_path=heading_path + [caption],
                text=text,
                lang="zh",
                session=doc.session,
                year=doc.year,
                url=f"/documents/{doc.id}/#{id_}",
                table=table,
                order=order + len(out),
                parent=parent,
            )
        )

    header_a = ["国际文书", "签署国", "批准国"]
    table_a = Table(caption=tables.table_a_caption, header=header_a, rows=tables.table_a_rows)
    add(
        f"{prefix}-a",
        "table A",
        table_a,
        _table_text(header_a, tables.table_a_rows, []),
        tables.table_a_caption,
    )

    header_b = ["区域", "国家", *annex_table.COLUMN_NAMES]
    rows_b = annex_table.table_b_rows(tables)
    totals = [f"{r.name} 区域共计 {' '.join(map(str, r.totals))}" for r in tables.regions]
    table_b = Table(
        caption=tables.table_b_caption, header=header_b, rows=rows_b, notes=totals + tables.notes
    )
    add(
        f"{prefix}-b",
        "table B",
        table_b,
        _table_text(header_b, rows_b, totals + tables.notes),
        tables.table_b_caption,
    )
    for region, total in zip(tables.regions, totals, strict=True):
        rows = [row for row in rows_b if row[0] == region.name]
        used = {r.note_mark for r in region.rows} | {
            "a" for r in region.rows if any(d.accession for d in r.dates)
        }
        notes = [n for n in tables.notes if n.split(" ", 1)[0] in used]
        table = Table(
            caption=f"{tables.table_b_caption}：{region.name}",
            header=header_b,
            rows=rows,
            notes=[total, *notes],
        )
        add(
            f"{prefix}-b-{region.slug}",
            f"table B ({region.name})",
            table,
            _table_text(header_b, rows, [total, *notes]),
            table.caption,
            parent=f"{prefix}-b",
        )
    return out
