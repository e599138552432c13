"""The ratification annex of A/59/204: table A, table B columns resolved against the totals."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from assistant.errors import SourceError
from assistant.sources.annex_table import (
    DATE,
    INSTRUMENTS,
    AnnexStatus,
    parse_annex,
    parse_annex_tables,
    table_b_rows,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "data" / "sources" / "004_fb844ca62db2d940.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "sources"


@pytest.fixture(scope="module")
def tables():
    return parse_annex_tables(SOURCE)


@pytest.fixture(scope="module")
def cells(tables) -> dict[tuple[str, str], AnnexStatus]:
    return {(s.state_zh, s.instrument): s for s in tables.statuses}


def row(tables, state: str) -> list[str]:
    matches = [r for r in table_b_rows(tables) if r[1] == state]
    assert len(matches) == 1, state
    return matches[0]


def test_as_of_date_and_public_api():
    statuses, as_of = parse_annex(SOURCE)
    assert as_of == date(2004, 7, 20)
    assert len(statuses) == 82 + 64 + 57 + 22
    assert all(isinstance(s, AnnexStatus) for s in statuses)


def test_table_a_exact(tables):
    assert tables.table_a_caption == "A. 国际文书签署国和批准国数目汇总表"
    assert tables.table_a_rows == [
        ["联合国打击跨国有组织犯罪公约", "147", "82"],
        ["关于预防、禁止和惩治贩运人口特别是妇女和儿童的议定书", "117", "64"],
        ["关于打击通过陆、海、空偷运移民的议定书", "112", "57"],
        ["关于打击非法制造和贩运枪支及其零部件和弹药的议定书", "52", "22"],
    ]


def test_region_totals_hold_and_add_up_to_table_a(tables):
    assert [(r.name, r.totals) for r in tables.regions] == [
        ("非洲", (22, 17, 13, 6)),
        ("亚洲及太平洋", (11, 6, 6, 1)),
        ("东欧", (17, 16, 16, 4)),
        ("拉丁美洲和加勒比", (16, 13, 11, 8)),
        ("西欧和其他国家", (16, 12, 11, 3)),
    ]
    for region in tables.regions:
        counts = Counter(s.instrument for s in tables.statuses if s.region_zh == region.name)
        assert tuple(counts[i] for i in INSTRUMENTS) == region.totals, region.name
    overall = Counter(s.instrument for s in tables.statuses)
    assert [overall[i] for i in INSTRUMENTS] == [int(r[2]) for r in tables.table_a_rows]
    assert [overall[i] for i in INSTRUMENTS] == [82, 64, 57, 22]


def test_82_states_each_with_a_convention_date(tables):
    rows = table_b_rows(tables)
    assert len(rows) == 82
    assert len({r[1] for r in rows}) == 82
    assert all(r[2] for r in rows)
    assert Counter(r[0] for r in rows) == {
        "非洲": 22,
        "亚洲及太平洋": 11,
        "东欧": 17,
        "拉丁美洲和加勒比": 16,
        "西欧和其他国家": 16,
    }


@pytest.mark.parametrize(
    "state, expected",
    [
        ("阿尔及利亚", ["2002年10月7日", "2004年3月9日", "2004年3月9日", ""]),
        ("埃及", ["2004年3月5日", "2004年3月5日", "", ""]),
        ("莱索托", ["2003年9月24日", "2003年9月24日", "", "2003年9月24日 a"]),
        ("毛里求斯", ["2003年4月21日", "2003年9月24日 a", "2003年9月24日 a", "2003年9月24日 a"]),
        ("波斯尼亚和黑塞哥维那", ["2002年4月24日", "2002年4月24日", "2002年4月24日", ""]),
        ("博茨瓦纳", ["2002年8月29日", "2002年8月29日", "2002年8月29日", ""]),
        ("科摩罗", ["2003年9月25日 a", "", "", ""]),
        ("肯尼亚", ["2004年6月16日 a", "", "", ""]),
        ("澳大利亚", ["2004年5月27日", "", "2004年5月27日", ""]),
        ("瑞典", ["2004年4月30日", "2004年7月1日", "", ""]),
        ("拉脱维亚", ["2001年12月7日", "2004年5月25日", "2003年4月23日", ""]),
        ("塞尔维亚和黑山", ["2001年9月6日", "2001年9月6日", "2001年9月6日", ""]),
        ("欧洲共同体", ["2004年5月21日", "", "", ""]),
    ],
)
def test_specific_rows(tables, state, expected):
    assert row(tables, state)[2:] == expected


def test_state_names_are_clean(tables):
    names = [r[1] for r in table_b_rows(tables)]
    assert "塞尔维亚和黑山" in names and "波斯尼亚和黑塞哥维那" in names
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", n) for n in names)
    assert tables.notes == [
        "a 加入。",
        "b 2003 年 2 月 4 日，南斯拉夫联邦共和国改称塞尔维亚和黑山。",
    ]


def test_every_printed_date_is_one_cell(tables):
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    start = [ln.strip() for ln in lines].index("B. 按地区分列的批准国")
    printed = Counter()
    for line in lines[start:]:
        if line.strip().startswith("b "):  # the footnote b date
            continue
        for m in DATE.finditer(line):
            printed[(int(m[1]), int(m[2]), int(m[3]), m[4] == "a")] += 1
    parsed = Counter((s.date.year, s.date.month, s.date.day, s.accession) for s in tables.statuses)
    assert parsed == printed


# --- cross-check with the treaty-status data of the directory ---------------------------------

ALIASES = {"阿拉伯利比亚民众国": "LBY", "委内瑞拉": "VEN"}  # 2004 names


def test_dates_agree_with_directory_status(cells):
    status_csv = ROOT / "data" / "directory_sources" / "status.csv"
    names_csv = ROOT / "data" / "reference" / "un_country_names_6lang.csv"
    with names_csv.open(encoding="utf-8") as fh:
        iso_of = {
            r[c]: r["iso3"]
            for r in csv.DictReader(fh)
            for c in ("display_zh", "short_zh", "formal_zh")
        }
    iso_of.update(ALIASES)
    annex = {(iso_of[state], instr): s for (state, instr), s in cells.items() if state in iso_of}
    with status_csv.open(encoding="utf-8") as fh:
        status = [r for r in csv.DictReader(fh) if r["consent"]]
    checked = 0
    for r in status:
        consent = date.fromisoformat(r["consent"])
        cell = annex.get((r["iso3"], r["instrument"]))
        if consent <= date(2004, 7, 20):
            assert cell is not None, f"{r['state']} {r['instrument']} missing from the annex"
        if cell is not None:
            assert cell.date == consent, (r["state"], r["instrument"])
            assert cell.accession == (r["consent_type"] == "accession"), r["state"]
            checked += 1
    assert checked >= 30, checked  # Afghanistan..Belize (UNTOC), Albania..France (SOM)


# --- fixtures ---------------------------------------------------------------------------------


def test_fixture_gaps_decide_between_equal_totals():
    tables = parse_annex_tables(FIXTURES / "pdf_annex_ok.txt")
    assert tables.as_of == date(2099, 1, 2)
    assert table_b_rows(tables) == [
        ["测试区域", "甲测试兰", "2098年1月1日", "2098年2月2日", "", ""],
        ["测试区域", "乙测试兰", "2098年3月3日", "", "2098年4月4日 a", ""],
        ["测试区域", "丙测试兰", "2098年5月5日 a", "", "", ""],
    ]


def test_fixture_totals_that_no_assignment_meets_is_an_error():
    path = FIXTURES / "pdf_annex_bad_totals.txt"
    with pytest.raises(SourceError) as err:
        parse_annex_tables(path)
    assert err.value.file == str(path) and err.value.line == 37
    assert "no assignment of dates to columns matches the totals 4 1 0 0" in err.value.message


def test_fixture_totals_must_match_table_a():
    path = FIXTURES / "pdf_annex_table_a_mismatch.txt"
    with pytest.raises(SourceError) as err:
        parse_annex_tables(path)
    assert err.value.line == 37
    assert "differ from table A ratifications [9, 1, 1, 0]" in err.value.message
