"""The ratification annex of A/59/204 (tables A and B), read from PDF-extracted text.

Table B lists, per region and State, the dates of ratification (or accession, suffix "a") of
the Convention and its three Protocols. The extraction lost the column positions: a row with
fewer than four dates is ambiguous. Dates appear in column order, and each region ends with a
"区域共计" line giving the exact number of dates per column. We therefore choose, per region,
the assignment of dates to columns that satisfies those totals exactly (hard constraint) and
best matches the whitespace gaps between the dates (soft evidence: a skipped column leaves a
wider gap).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Literal

from assistant.errors import SourceError

InstrumentCode = Literal["UNTOC", "TIP", "SOM", "FIREARMS"]
INSTRUMENTS: tuple[InstrumentCode, ...] = ("UNTOC", "TIP", "SOM", "FIREARMS")

ANNEX_HEADING = re.compile(r"^附件$")
AS_OF = re.compile(r"截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
TABLE_A_HEADER = re.compile(r"^国际文书\s+签署国\s+批准国$")
TABLE_A_ROW = re.compile(r"^(\S.*?)\s+(\d+)\s+(\d+)$")
SECTION = re.compile(r"^([A-Z])\.\s+(\S.*)$")
COLUMN_HEADER = re.compile(r"^有组织犯罪公约\s+贩运人口议定书\s+移徙议定书\s+火器议定书$")
DATES_HEADER = "批准日期"
TOTALS = re.compile(r"^区域共计\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$")
# "2002年10月7日", "2002 年8月29日", "2003年 9月25日a", "2004年6月16日 a"
DATE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(a)(?![A-Za-z\u4e00-\u9fff]))?"
)
NOTE = re.compile(r"^([a-z])\s+(\S.*)$")
STATE_NOTE_MARK = re.compile(r"^(.*?[\u4e00-\u9fff）)])([a-z])$")  # "塞尔维亚和黑山b"

COLUMN_NAMES = ("有组织犯罪公约", "贩运人口议定书", "移徙议定书", "火器议定书")
REGION_SLUGS = {
    "非洲": "africa",
    "亚洲及太平洋": "asia-pacific",
    "东欧": "eastern-europe",
    "拉丁美洲和加勒比": "latin-america-caribbean",
    "西欧和其他国家": "western-europe-others",
}


@dataclass(frozen=True)
class AnnexStatus:  # one cell of the A/59/204 annex table B
    region_zh: str
    state_zh: str
    instrument: InstrumentCode
    date: datetime.date
    accession: bool  # "a" suffix = accession


@dataclass
class _DateToken:
    date: datetime.date
    accession: bool
    start: int
    end: int


@dataclass
class _Row:
    line: int
    state: str
    note_mark: str | None
    dates: list[_DateToken]
    gaps: list[int]  # name→d1, d1→d2, ..., last→end of line
    columns: tuple[int, ...] = ()


@dataclass
class RegionTable:
    name: str
    slug: str
    rows: list[_Row]
    totals: tuple[int, int, int, int]
    totals_line: int


@dataclass
class AnnexTables:
    heading: str  # "附件"
    title: str  # "截至 2004 年 7 月 20 日《…》及其议定书的批准情况"
    as_of: datetime.date
    table_a_caption: str
    table_a_rows: list[list[str]]
    table_b_caption: str
    regions: list[RegionTable]
    notes: list[str]
    start_line: int  # 1-based line of the "附件" heading
    statuses: list[AnnexStatus] = field(default_factory=list)


def find_annex_start(lines: list[str]) -> int | None:
    """0-based index of a "附件" heading followed by the status table A, or None."""
    for i, raw in enumerate(lines):
        if ANNEX_HEADING.match(raw.strip()):
            window = [ln.strip() for ln in lines[i + 1 : i + 12]]
            if any(TABLE_A_HEADER.match(w) for w in window):
                return i
    return None


def format_date(token: datetime.date, accession: bool) -> str:
    text = f"{token.year}年{token.month}月{token.day}日"
    return text + " a" if accession else text


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _parse_row(raw: str, line_no: int, path: Path, pending_name: str) -> _Row:
    text = raw.rstrip("\n")
    tokens: list[_DateToken] = []
    for m in DATE.finditer(text):
        try:
            day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise SourceError(path, line_no, f"invalid date {m.group(0)!r}: {exc}") from exc
        tokens.append(_DateToken(day, m.group(4) == "a", m.start(), m.end()))
    name = (pending_name + text[: tokens[0].start].strip()).replace(" ", "")
    if not name:
        raise SourceError(path, line_no, "table B row without a State name", "state")
    rest = text[tokens[-1].end :]
    if rest.strip():
        raise SourceError(path, line_no, f"unexpected text after the dates: {rest.strip()!r}")
    note_mark = None
    m = STATE_NOTE_MARK.match(name)
    if m:
        name, note_mark = m.group(1), m.group(2)
    name_end = len(text[: tokens[0].start].rstrip())
    gaps = [tokens[0].start - name_end]
    gaps += [b.start - a.end for a, b in zip(tokens, tokens[1:], strict=False)]
    gaps.append(len(text) - tokens[-1].end)
    if len(tokens) > 4:
        raise SourceError(path, line_no, f"{len(tokens)} dates in a row of 4 columns")
    return _Row(line_no, name, note_mark, tokens, gaps)


def _row_penalty(row: _Row, cols: tuple[int, ...]) -> float:
    """How badly the whitespace of a row fits an assignment of its dates to columns (0-based).

    After each date the extraction left ``base + skipped`` spaces, roughly: ``base`` is the
    row's usual separator (1 to 3) and every skipped (empty) cell adds about one more.
    """
    skips = [cols[i + 1] - cols[i] - 1 for i in range(len(cols) - 1)]
    skips.append(3 - cols[-1])
    widths = row.gaps[1:]
    best = min(
        sum(abs(w - (base + s)) for w, s in zip(widths, skips, strict=True)) for base in (1, 2, 3)
    )
    # the gap before the first date is 1-2 spaces when the first column is filled
    lead = abs(row.gaps[0] - (1.5 + cols[0]))
    return best + 0.5 * lead


def _assign_columns(region: RegionTable, path: Path) -> None:
    """Choose columns for every row: totals exact, then least whitespace penalty (DP)."""
    totals = region.totals
    # state: counts per column → (penalty, back-pointer chain)
    states: dict[tuple[int, int, int, int], tuple[float, tuple]] = {(0, 0, 0, 0): (0.0, ())}
    for row in region.rows:
        nxt: dict[tuple[int, int, int, int], tuple[float, tuple]] = {}
        options = list(combinations(range(4), len(row.dates)))
        for counts, (pen, chain) in states.items():
            for cols in options:
                new = list(counts)
                for c in cols:
                    new[c] += 1
                key = (new[0], new[1], new[2], new[3])
                if any(n > t for n, t in zip(key, totals, strict=True)):
                    continue
                cand = (pen + _row_penalty(row, cols), (chain, cols))
                if key not in nxt or cand[0] < nxt[key][0]:
                    nxt[key] = cand
        states = nxt
    if totals not in states:
        raise SourceError(
            path,
            region.totals_line,
            f"region {region.name}: no assignment of dates to columns matches the totals "
            f"{' '.join(map(str, totals))}",
            "区域共计",
        )
    chain = states[totals][1]
    assigned: list[tuple[int, ...]] = []
    while chain:
        chain, cols = chain
        assigned.append(cols)
    for row, cols in zip(region.rows, reversed(assigned), strict=True):
        row.columns = cols


def _read_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc}") from exc
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(path, line, f"not UTF-8 text: {exc.reason}") from exc


def parse_annex_tables(path: Path) -> AnnexTables:
    lines = _read_lines(path)
    start = find_annex_start(lines)
    if start is None:
        raise SourceError(path, None, "no annex with a ratification table (附件 + 国际文书 header)")
    i = start + 1
    title_parts: list[str] = []
    while i < len(lines) and not SECTION.match(lines[i].strip()):
        if lines[i].strip():
            title_parts.append(lines[i].strip())
        i += 1
    title = _join_title(title_parts)
    m = AS_OF.search(title)
    if not m:
        raise SourceError(path, start + 2, "annex title states no 'as of' date (截至…)", "title")
    as_of = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if i >= len(lines):
        raise SourceError(path, start + 1, "annex without table A")
    table_a_caption = _collapse(lines[i])
    i += 1
    rows_a: list[list[str]] = []
    seen_header = False
    while i < len(lines):
        s = _collapse(lines[i])
        if SECTION.match(s):
            break
        if TABLE_A_HEADER.match(s):
            seen_header = True
        elif s:
            ma = TABLE_A_ROW.match(s)
            if not ma or not seen_header:
                raise SourceError(path, i + 1, f"not a row of table A: {s!r}", "table A")
            rows_a.append([ma.group(1), ma.group(2), ma.group(3)])
        i += 1
    if len(rows_a) != 4:
        raise SourceError(path, i, f"table A has {len(rows_a)} rows, expected 4", "table A")
    if i >= len(lines):
        raise SourceError(path, i, "annex without table B")
    table_b_caption = _collapse(lines[i])
    i += 1
    regions, notes = _parse_table_b(lines, i, path)
    statuses: list[AnnexStatus] = []
    for region in regions:
        _assign_columns(region, path)
        for row in region.rows:
            for tok, col in zip(row.dates, row.columns, strict=True):
                statuses.append(
                    AnnexStatus(region.name, row.state, INSTRUMENTS[col], tok.date, tok.accession)
                )
    tables = AnnexTables(
        heading=_collapse(lines[start]),
        title=title,
        as_of=as_of,
        table_a_caption=table_a_caption,
        table_a_rows=rows_a,
        table_b_caption=table_b_caption,
        regions=regions,
        notes=notes,
        start_line=start + 1,
        statuses=statuses,
    )
    _check_against_table_a(tables, path)
    return tables


def _join_title(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and (out[-1].isascii() and out[-1].isalnum() or part[0].isascii()):
            out += " "
        out += part
    return _collapse(out)


def _parse_table_b(lines: list[str], i: int, path: Path) -> tuple[list[RegionTable], list[str]]:
    regions: list[RegionTable] = []
    notes: list[str] = []
    current: list[_Row] | None = None
    region_name = ""
    pending_name = ""
    pending_line = 0
    expect_region = True
    for idx in range(i, len(lines)):
        raw = lines[idx]
        s = _collapse(raw)
        line_no = idx + 1
        if not s or s == DATES_HEADER or COLUMN_HEADER.match(s):
            continue  # blank lines and headers repeated after page breaks
        mt = TOTALS.match(s)
        if mt:
            if current is None:
                raise SourceError(path, line_no, "区域共计 line outside a region", "区域共计")
            if pending_name:
                raise SourceError(path, pending_line, f"State name without dates: {pending_name}")
            totals = (int(mt[1]), int(mt[2]), int(mt[3]), int(mt[4]))
            regions.append(
                RegionTable(
                    region_name, _region_slug(region_name, len(regions)), current, totals, line_no
                )
            )
            current = None
            expect_region = True
            continue
        mn = NOTE.match(s)
        if mn and expect_region and regions:
            notes.append(f"{mn.group(1)} {mn.group(2)}")
            continue
        if DATE.search(s):
            if current is None:
                raise SourceError(path, line_no, "State row before any region heading")
            current.append(_parse_row(raw, line_no, path, pending_name))
            pending_name = ""
            continue
        if expect_region and not notes:
            region_name = s.replace(" ", "")
            current = []
            expect_region = False
            continue
        if current is None:
            raise SourceError(path, line_no, f"unexpected line in table B: {s!r}")
        # a State name broken over two lines ("波斯尼亚和黑塞哥维" / "那 2002年…")
        pending_name += s.replace(" ", "")
        pending_line = line_no
    if current is not None:
        raise SourceError(path, len(lines), f"region {region_name} has no 区域共计 line")
    if not regions:
        raise SourceError(path, i + 1, "table B has no region")
    return regions, notes


def _region_slug(name: str, index: int) -> str:
    return REGION_SLUGS.get(name, f"region-{index + 1}")


def _check_against_table_a(tables: AnnexTables, path: Path) -> None:
    """The region totals must add up to table A's ratification counts."""
    sums = [sum(r.totals[c] for r in tables.regions) for c in range(4)]
    expected = [int(row[2]) for row in tables.table_a_rows]
    if sums != expected:
        raise SourceError(
            path,
            tables.regions[-1].totals_line,
            f"region totals {sums} differ from table A ratifications {expected}",
            "区域共计",
        )


def table_b_rows(tables: AnnexTables) -> list[list[str]]:
    """Rows [region, State, UNTOC, TIP, SOM, FIREARMS]; empty string where no date."""
    out: list[list[str]] = []
    for region in tables.regions:
        for row in region.rows:
            cells = [""] * 4
            for tok, col in zip(row.dates, row.columns, strict=True):
                cells[col] = format_date(tok.date, tok.accession)
            out.append([region.name, row.state, *cells])
    return out


def parse_annex(path: Path) -> tuple[list[AnnexStatus], datetime.date]:
    """Statuses of table B and the "as of" date the annex states."""
    tables = parse_annex_tables(path)
    return tables.statuses, tables.as_of
