"""Parser for the PDF-extracted seeds 000 (COP-3 decisions), 001 (2007 TA working group) and
004 (A/59/204), plus fictitious fixtures for the error paths."""

from __future__ import annotations

import datetime
import difflib
import logging
import re
import shutil
from pathlib import Path

import pytest

from assistant.errors import SourceError
from assistant.schemas.document import Document
from assistant.schemas.paragraph import Paragraph
from assistant.sources.pdf_text import parse_pdf_text, running_symbols

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"
FIXTURES = ROOT / "tests" / "fixtures" / "sources"


def _doc(
    id_: str,
    file: str,
    short: str,
    body: str,
    type_: str,
    day: datetime.date,
    session: int | None = None,
) -> Document:
    return Document(
        id=id_,
        file=file,
        parser="pdf_text",
        symbol=short,
        short=short,
        titles={"zh": f"{id_} 标题"},
        body=body,
        session=session,
        date=day,
        type=type_,
    )


DOCS = {
    "000": _doc(
        "cop3-decisions",
        "000_93956f2e7e73a111.txt",
        "CTOC/COP/2006/14",
        "cop",
        "decision",
        datetime.date(2006, 10, 18),
        session=3,
    ),
    "001": _doc(
        "wg-ta-2007",
        "001_daa1a7a192d79f16.txt",
        "CTOC/COP/2008/7",
        "working_group",
        "report",
        datetime.date(2007, 10, 5),
    ),
    "004": _doc(
        "a-59-204",
        "004_fb844ca62db2d940.txt",
        "A/59/204",
        "secretary_general",
        "report",
        datetime.date(2004, 7, 20),
    ),
}
TEST_DOC = _doc(
    "test-decisions",
    "pdf_decisions_ok.txt",
    "TEST/COP/2099/1",
    "cop",
    "decision",
    datetime.date(2099, 1, 1),
    session=9,
)

_cache: dict[str, list[Paragraph]] = {}


def records(key: str) -> list[Paragraph]:
    if key not in _cache:
        doc = DOCS[key]
        _cache[key] = parse_pdf_text(doc, SOURCES / doc.file)
    return _cache[key]


def by_id(key: str) -> dict[str, Paragraph]:
    return {r.id: r for r in records(key)}


def nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- 000: decisions ---------------------------------------------------------------------------


def test_decision_3_2_g_ii_is_rejoined_across_the_footnote_block():
    rec = by_id("000")["cop3-decision-3-2-para-g-ii"]
    assert "不仅列入根据第 18 条（司法协助）指定的" in rec.text
    assert "《关于打击陆、海、空偷运移民的补充议定书》第 8 条第 6 款指定的主管机关；" in rec.text
    assert "______" not in rec.text and "CTOC/COP/2006/12" not in rec.text
    assert rec.label == "㈡"
    assert rec.parent == "cop3-decision-3-2-para-g"
    assert rec.citation == "CTOC/COP/2006/14, decision 3/2, para. (g)(ii)"
    assert rec.url == "/documents/cop3-decisions/#cop3-decision-3-2-para-g-ii"
    assert [(f.mark, f.text) for f in rec.footnotes] == [("2", "大会第 55/25 号决议，附件三。")]


def test_footnote_1_goes_to_f_and_its_mark_leaves_the_text():
    recs = by_id("000")
    f = recs["cop3-decision-3-2-para-f"]
    assert [(n.mark, n.text) for n in f.footnotes] == [("1", "CTOC/COP/2006/12。")]
    assert f.text.endswith("网上名录的提议；")
    g = recs["cop3-decision-3-2-para-g"]
    assert g.text == "请秘书处在现有资源范围内：" and g.label == "(g)" and not g.footnotes
    vii = recs["cop3-decision-3-2-para-g-vii"]
    assert [n.mark for n in vii.footnotes] == ["3", "4"]
    assert "《联合国禁止非法贩运麻醉药品和精神药物公约》和《联合国反腐败公约》等" in vii.text


def test_every_footnote_of_000_is_attached_once():
    marks = [n.mark for r in records("000") for n in r.footnotes]
    assert sorted(marks, key=int) == [str(i) for i in range(1, 11)]
    recs = by_id("000")
    assert [n.mark for n in recs["cop3-decision-3-3-intro"].footnotes] == ["5"]
    assert [n.mark for n in recs["cop3-decision-3-4-para-b"].footnotes] == ["8", "9"]
    assert [n.mark for n in recs["cop3-decision-3-4-recommendations-para-8"].footnotes] == ["10"]


def test_decisions_structure_and_headings():
    recs = by_id("000")
    intro = recs["cop3-decision-3-2-intro"]
    assert intro.kind == "preamble" and intro.text.endswith("卓有成效的交流：")
    assert intro.heading_path == [
        "缔约方会议作出的决定",
        "第 3/2 号决定",
        "《联合国打击跨国有组织犯罪公约》国际合作规定的执行情况",
    ]
    letters = [
        r.label
        for r in records("000")
        if r.id.startswith("cop3-decision-3-2-para-") and r.parent is None
    ]
    assert letters == [f"({c})" for c in "abcdefghijklmnopqrstuvwx"]
    assert [r.label for r in records("000") if r.parent == "cop3-decision-3-2-para-g"] == list(
        "㈠㈡㈢㈣㈤㈥㈦"
    )
    # decision headings and titles are headings, never records
    assert not [r for r in records("000") if "号决定" in r.text[:8] or r.text == "建议"]
    rec2a = recs["cop3-decision-3-4-recommendations-para-2-a"]
    assert rec2a.citation == "CTOC/COP/2006/14, decision 3/4, recommendations, para. 2(a)"
    assert rec2a.heading_path[-2:] == ["建议", "二. 技术援助的优先重点"]
    numbered = [
        r.label
        for r in records("000")
        if r.id.startswith("cop3-decision-3-4-recommendations-para-") and not r.parent
    ]
    assert numbered == [f"{i}." for i in range(1, 13)]


# --- 001: working-group report ----------------------------------------------------------------


def test_001_numbered_headings_are_not_paragraphs():
    recs = records("001")
    top = [r for r in recs if r.parent is None]
    assert [r.label for r in top] == [f"{i}." for i in range(1, 83)]
    para2 = by_id("001")["wg-ta-2007-para-2"]
    assert (
        para2.heading_path[-1]
        == "1. 收集关于《联合国打击跨国有组织犯罪公约》及其议定书实施情况的信息"
    )
    assert para2.text == "关于收集《联合国打击跨国有组织犯罪公约》实施情况的信息，工作组请秘书处："
    assert (
        by_id("001")["wg-ta-2007-para-3"].heading_path[-1].startswith("2. 根据《有组织犯罪公约》")
    )
    assert not [r for r in recs if r.text.startswith(("收集关于", "数据收集"))]
    para2a = by_id("001")["wg-ta-2007-para-2-a"]
    assert para2a.citation == "CTOC/COP/2008/7, para. 2(a)"
    assert para2a.text == "迅速开发一种以基于计算机的临时清单为形式的便于使用的高效率信息收集工具；"


def test_001_agenda_items_nest_inside_paragraph_21():
    recs = by_id("001")
    kids = [r.id for r in records("001") if r.parent == "wg-ta-2007-para-21"]
    assert kids == [f"wg-ta-2007-para-21-{i}" for i in range(1, 9)]
    assert recs["wg-ta-2007-para-21-1-b"].text == "通过议程和工作安排。"
    assert recs["wg-ta-2007-para-21-1-b"].citation == "CTOC/COP/2008/7, para. 21(1)(b)"


def test_001_footnotes_and_symbol():
    recs = by_id("001")
    assert [n.mark for n in recs["wg-ta-2007-para-2"].footnotes] == ["1"]
    assert [n.mark for n in recs["wg-ta-2007-para-2-d"].footnotes] == ["2"]
    assert "议定书开发以软件为基础" in recs["wg-ta-2007-para-2-d"].text
    # "*" on the title page (mark lost in extraction) and "*" on the heading "二. 导言*"
    assert ("*", "CTOC/COP/2006/L.11。") in [
        (n.mark, n.text) for n in recs["wg-ta-2007-para-1"].footnotes
    ]
    assert [n.mark for n in recs["wg-ta-2007-para-14"].footnotes] == ["*"]
    assert recs["wg-ta-2007-para-14"].heading_path[-1] == "二. 导言"
    # the document prints its own symbol only as a running header on its last page
    assert running_symbols(SOURCES / DOCS["001"].file) == ["CTOC/COP/2008/7"]


# --- 004: A/59/204 ----------------------------------------------------------------------------


def test_004_paragraphs_subitems_and_figure():
    recs = by_id("004")
    top = [
        r.label for r in records("004") if r.kind == "paragraph" and r.parent is None and r.label
    ]
    assert top == [f"{i}." for i in range(1, 43)]
    assert [r.label for r in records("004") if r.parent == "a-59-204-para-17"] == [
        f"({c})" for c in "abcdef"
    ]
    c = recs["a-59-204-para-17-c"]
    assert c.citation == "A/59/204, para. 17(c)"
    assert "（一）有必要将上述文书作为引渡和司法互助的法律依据" in c.text
    # inline (a)(b)(c) stay inside paragraph 10
    assert "(a) 深入分析现行立法和相关文书；(b) 向立法者" in recs["a-59-204-para-10"].text
    fig = recs["a-59-204-figure-1"]
    assert fig.text == "截至 2004 年 7 月 9 日《联合国打击跨国有组织犯罪公约》及其议定书的批准情况"
    assert recs["a-59-204-para-9"].text.endswith("本报告附件载有《公约》批准和加入国最新清单。")
    assert [r.id for r in records("004")].index("a-59-204-figure-1") == 10
    summary = records("004")[0]
    assert summary.kind == "preamble" and summary.text.startswith("本报告系根据大会")


def test_004_page_break_inside_17f_leaves_no_debris():
    f = by_id("004")["a-59-204-para-17-f"]
    assert "最后确定引渡和刑事司法互助示范条约手册修订本。" in f.text


def test_004_annex_tables():
    recs = by_id("004")
    a = recs["a-59-204-annex-table-a"]
    assert a.kind == "table" and a.table is not None
    assert a.table.rows == [
        ["联合国打击跨国有组织犯罪公约", "147", "82"],
        ["关于预防、禁止和惩治贩运人口特别是妇女和儿童的议定书", "117", "64"],
        ["关于打击通过陆、海、空偷运移民的议定书", "112", "57"],
        ["关于打击非法制造和贩运枪支及其零部件和弹药的议定书", "52", "22"],
    ]
    assert "关于打击非法制造和贩运枪支及其零部件和弹药的议定书 52 22" in a.text.split("\n")
    b = recs["a-59-204-annex-table-b"]
    assert b.table is not None and len(b.table.rows) == 82
    assert b.table.header == [
        "区域",
        "国家",
        "有组织犯罪公约",
        "贩运人口议定书",
        "移徙议定书",
        "火器议定书",
    ]
    assert ["非洲", "埃及", "2004年3月5日", "2004年3月5日", "", ""] in b.table.rows
    assert "非洲 埃及 2004年3月5日 2004年3月5日 — —" in b.text.split("\n")
    assert any(n.startswith("b 2003 年 2 月 4 日") for n in b.table.notes)
    regions = [r for r in records("004") if r.parent == "a-59-204-annex-table-b"]
    assert [r.id for r in regions] == [
        "a-59-204-annex-table-b-africa",
        "a-59-204-annex-table-b-asia-pacific",
        "a-59-204-annex-table-b-eastern-europe",
        "a-59-204-annex-table-b-latin-america-caribbean",
        "a-59-204-annex-table-b-western-europe-others",
    ]
    assert sum(len(r.table.rows) for r in regions if r.table) == 82


# --- all three --------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["000", "001", "004"])
def test_records_are_well_formed(key):
    recs = records(key)
    doc = DOCS[key]
    ids = [r.id for r in recs]
    assert len(ids) == len(set(ids))
    assert [r.order for r in recs] == list(range(len(recs)))
    for r in recs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.id), r.id
        assert r.url == f"/documents/{doc.id}/#{r.id}"
        assert r.citation.startswith(doc.short)
        assert r.lang == "zh" and r.year == doc.year and r.session == doc.session
        assert not r.topics and not r.articles
        assert r.text.strip()
        if r.parent:
            assert r.parent in ids[: ids.index(r.id)]


@pytest.mark.parametrize("key", ["000", "001", "004"])
def test_no_page_debris_in_records(key):
    symbol = DOCS[key].short
    for r in records(key):
        for part in [r.text, *r.heading_path, *(n.text for n in r.footnotes)]:
            assert "_____" not in part, r.id
            assert symbol not in part, r.id  # running header (001, 004 never cite themselves)
            for line in part.split("\n"):
                assert not re.fullmatch(r"\s*\d{1,3}\s*", line), r.id


# A reader's view of the raw text: drop page numbers, running headers and rules, then cut
# sentences at 。；！？. Footnote marks glued to text ("公约》1实施", "提议；1") are dropped on
# both sides, since the parser moves them into `footnotes`.
_DEBRIS_LINE = re.compile(r"^\s*(\d{1,3}|[A-Z]{1,6}(/[A-Za-z0-9.\-]+){2,}|_{5,})\s*$")
_GLUED_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])\d{1,2}(?=[\u4e00-\u9fff\u3000-\u303f"
    r"\uff00-\uffef(]|\s|$)"
)


def _unmark(text: str) -> str:
    return nows(_GLUED_MARK.sub("", text).replace("*", ""))


def _reader_sentences(raw_lines: list[str], recs: list[Paragraph]) -> list[str]:
    body = "".join(
        _unmark(line) for line in raw_lines if not _DEBRIS_LINE.match(line) and line.strip()
    )
    for rec in recs:
        for note in rec.footnotes:
            needle = _unmark(note.mark + note.text)
            assert needle in body, f"footnote {note.mark} of {rec.id} not in the source"
            body = body.replace(needle, "|", 1)
    return [s for s in re.split(r"[。；！？|]", body) if s]


def _record_stream(recs: list[Paragraph]) -> str:
    out: list[str] = []
    previous: list[str] = []
    for rec in recs:
        for depth, heading in enumerate(rec.heading_path):
            if depth >= len(previous) or previous[depth] != heading:
                out.append(heading)
        previous = rec.heading_path
        out.append(rec.label + rec.text)
    return _unmark("".join(out))


@pytest.mark.parametrize("key", ["000", "001", "004"])
def test_every_sentence_of_the_source_survives(key):
    raw = (SOURCES / DOCS[key].file).read_text(encoding="utf-8").splitlines()
    if key == "004":  # the annex tables are checked cell by cell in test_annex_table.py
        raw = raw[: [ln.strip() for ln in raw].index("附件")]
    recs = [r for r in records(key) if r.kind != "table"]
    stream = _record_stream(recs)
    missing = [s for s in _reader_sentences(raw, recs) if s not in stream]
    assert missing == []


@pytest.mark.parametrize("key, lost_marks", [("000", 0), ("001", 1), ("004", 0)])
def test_text_is_kept_character_for_character_except_footnote_marks(key, lost_marks):
    """Stricter than the sentence test: the only characters of the body (debris and footnote
    blocks removed, whitespace ignored) missing from the records are the footnote marks."""
    doc = DOCS[key]
    raw = (SOURCES / doc.file).read_text(encoding="utf-8").splitlines()
    if key == "004":
        raw = raw[: [ln.strip() for ln in raw].index("附件")]
    recs = [r for r in records(key) if r.kind != "table"]
    body = nows("".join(ln for ln in raw if not _DEBRIS_LINE.match(ln)))
    notes = [n for r in recs for n in r.footnotes]
    for note in notes:
        body = body.replace(nows(note.mark + note.text), "", 1)
    out, previous = [], []
    for rec in recs:
        for depth, heading in enumerate(rec.heading_path):
            new = depth >= len(previous) or previous[depth] != heading
            if new and heading != doc.titles["zh"]:  # the manifest title is not printed
                out.append(heading)
        previous = rec.heading_path
        out.append(rec.label + rec.text)
    stream = nows("".join(out))
    ops = difflib.SequenceMatcher(None, body, stream, autojunk=False).get_opcodes()
    changes = [(op, body[i1:i2], stream[j1:j2]) for op, i1, i2, j1, j2 in ops if op != "equal"]
    assert all(op == "delete" for op, _, _ in changes), changes
    assert sorted(old for _, old, _ in changes) == sorted(n.mark for n in notes)[lost_marks:]


# --- stable ids -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, old, new, changed",
    [
        ("000", "核可秘书处关于建立一个依据公约", "核可秘书处关于尽快建立一个依据公约", set()),
        ("001", "迅速开发一种以基于计算机", "尽快开发一种以基于计算机", set()),
        # the first 30 characters of an unnumbered paragraph are its id: only it may change
        ("004", "本报告系根据大会", "本报告是根据大会", {"a-59-204-pp-8e4915"}),
    ],
)
def test_ids_survive_an_unrelated_edit(tmp_path, key, old, new, changed):
    doc = DOCS[key]
    src = SOURCES / doc.file
    text = src.read_text(encoding="utf-8")
    assert text.count(old) == 1
    copy = tmp_path / doc.file
    copy.write_text(text.replace(old, new), encoding="utf-8")
    before = [r.id for r in records(key)]
    after = [r.id for r in parse_pdf_text(doc, copy)]
    assert len(before) == len(after)
    assert {a for a, b in zip(before, after, strict=True) if a != b} == changed
    edited = [r for r in parse_pdf_text(doc, copy) if new in r.text]
    assert len(edited) == 1


# --- fixtures: fictitious documents -----------------------------------------------------------


def test_fixture_decisions_parse_with_a_warning_for_a_skipped_letter(caplog):
    with caplog.at_level(logging.WARNING):
        recs = parse_pdf_text(TEST_DOC, FIXTURES / "pdf_decisions_ok.txt")
    assert [r.id for r in recs] == [
        recs[0].id,
        "cop9-decision-9-1-intro",
        "cop9-decision-9-1-para-a",
        "cop9-decision-9-1-para-b",
        "cop9-decision-9-1-para-b-i",
        "cop9-decision-9-1-para-b-ii",
        "cop9-decision-9-1-para-d",
        "cop9-decision-9-2-intro",
        "cop9-decision-9-2-para-a",
    ]
    assert recs[0].id.startswith("test-decisions-pp-")
    assert "(d) follows item 2" in caplog.text
    ii = recs[5]
    assert ii.text == "在名录中列入根据海、空测试议定书》第 8 条指定的机关；"
    assert [(n.mark, n.text) for n in ii.footnotes] == [("2", "测试文书，附件。")]
    assert [(n.mark, n.text) for n in recs[2].footnotes] == [("1", "TEST/COP/2099/1。")]


@pytest.mark.parametrize(
    "fixture, line, message",
    [
        ("pdf_subitem_outside.txt", 6, "sub-item ㈢ outside any lettered or numbered paragraph"),
        ("pdf_empty_decision.txt", 1, "decision 9/1 has no paragraphs"),
        ("pdf_bad_footnote.txt", 3, "footnote rule not followed by a footnote"),
        ("pdf_number_backwards.txt", 5, "paragraph 2. out of sequence (expected 3.)"),
        ("pdf_lost_mark.txt", 5, "footnote 7: its mark is not in the text above it"),
    ],
)
def test_unparseable_input_raises_source_error_with_file_and_line(fixture, line, message):
    path = FIXTURES / fixture
    with pytest.raises(SourceError) as err:
        parse_pdf_text(TEST_DOC, path)
    assert err.value.file == str(path)
    assert err.value.line == line
    assert err.value.message == message


def test_empty_file_is_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text(" \n\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        parse_pdf_text(TEST_DOC, path)
    assert err.value.file == str(path) and err.value.line == 1


def test_seed_copies_are_byte_identical_when_shared_seeds_exist():
    shared = Path("/work/shared/seeds")
    if not shared.is_dir():
        pytest.skip("no /work/shared/seeds on this machine")
    for doc in DOCS.values():
        assert (SOURCES / doc.file).read_bytes() == (shared / doc.file).read_bytes()


def test_parse_copes_with_a_copied_tree(tmp_path):
    """The parser reads only the path it is given (no hidden dependency on data/)."""
    doc = DOCS["000"]
    copy = tmp_path / "x.txt"
    shutil.copy(SOURCES / doc.file, copy)
    assert [r.id for r in parse_pdf_text(doc, copy)] == [r.id for r in records("000")]


def test_manifest_documents_parse_to_the_contract_ids():
    """With the real manifest entries (session, short), the contract ids come out."""
    manifest = SOURCES / "manifest.yaml"
    if not manifest.exists():
        pytest.skip("data/sources/manifest.yaml not written yet")
    from assistant.sources.manifest import load_manifest

    docs = {d.id: d for d in load_manifest(manifest) if d.parser == "pdf_text"}
    expected = {
        "cop3-decisions": ["cop3-decision-3-2-intro", "cop3-decision-3-2-para-g-ii"],
        "wg-ta-2007": ["wg-ta-2007-para-2-a"],
        "a-59-204": ["a-59-204-para-17-c", "a-59-204-annex-table-a", "a-59-204-annex-table-b"],
    }
    assert set(expected) <= set(docs)
    for doc_id, ids in expected.items():
        doc = docs[doc_id]
        got = {r.id: r for r in parse_pdf_text(doc, SOURCES / doc.file)}
        for id_ in ids:
            assert id_ in got, id_
            assert got[id_].citation.startswith(doc.short)
    g_ii = parse_pdf_text(docs["cop3-decisions"], SOURCES / docs["cop3-decisions"].file)
    assert "CTOC/COP/2006/14, decision 3/2, para. (g)(ii)" in {r.citation for r in g_ii}


def test_binary_garbage_is_an_error_with_its_line(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes("1. 测试兰共和国报告了它的工作。\n\n".encode() + b"\xff\xfe\x00garbage\n")
    with pytest.raises(SourceError) as err:
        parse_pdf_text(TEST_DOC, path)
    assert err.value.line == 3 and "not UTF-8" in err.value.message
