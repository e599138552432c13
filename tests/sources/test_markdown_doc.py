"""The markdown-form COP documents: CTOC/COP/2018/13 (seed 002) and resolution 6/1 (seed 003)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.sources.markdown_doc import parse_markdown

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"
FIXTURES = ROOT / "tests" / "fixtures" / "sources"

COP9 = "cop9-report"
COP6 = "cop6-resolution-6-1"


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- resolution 9/1 and its annex ------------------------------------------------------------

def test_resolution_9_1_annex_para_4_with_all_sub_items(by_id):
    recs = by_id(COP9)
    parent = recs["cop9-resolution-9-1-annex-para-4"]
    assert parent.text == "本机制应当："
    assert parent.citation == "CTOC/COP/2018/13, resolution 9/1, annex, para. 4"
    letters = "abcdefghijklmnop"
    items = [recs[f"cop9-resolution-9-1-annex-para-4-{x}"] for x in letters]
    assert [i.label for i in items] == [f"({x})" for x in letters]
    assert all(i.parent == parent.id for i in items)
    assert items[0].text == "透明、高效、无侵犯性、具有包容性并且公正不偏；"
    assert items[9].text == ("对现有相关国际和区域审议机制加以补充，"
                             "以便缔约方会议可酌情与这些机制合作并避免重复工作；")
    # The footnote printed between (j) and (k) is not running text, and the list goes on.
    assert "其中规定" not in items[9].text and not items[9].footnotes
    assert items[10].text == "属于政府间进程；"
    assert items[10].citation == "CTOC/COP/2018/13, resolution 9/1, annex, para. 4(k)"
    assert items[15].text.endswith("因为审议《公约》实施情况是一个持续的逐渐过程。")
    assert items[10].order == items[9].order + 1
    assert "cop9-resolution-9-1-annex-para-4-q" not in recs


def test_footnote_3_belongs_to_the_paragraph_carrying_its_mark(by_id):
    para1 = by_id(COP9)["cop9-resolution-9-1-annex-para-1"]
    assert [f.mark for f in para1.footnotes] == ["3"]
    assert para1.footnotes[0].text.startswith("其中规定缔约国在履行其根据")
    assert "<sup>" not in para1.text and "第四条第一款和第三十二条第三和第四款" in para1.text


def test_preamble_cut_by_a_page_break_is_joined_and_keeps_its_footnote(by_id):
    recs = by_id(COP9)
    pp = [r for r in recs.values() if r.id.startswith("cop9-resolution-9-1-pp-")]
    assert len(pp) == 11 and all(r.kind == "preamble" for r in pp)
    joined = [r for r in pp if r.text.startswith("还回顾《公约》第二十九条和第三十条")]
    assert len(joined) == 1
    assert joined[0].text.endswith("为打击跨国有组织犯罪开展的国际合作之间的关联，")
    first = [r for r in pp if r.text.startswith("回顾《联合国打击跨国有组织犯罪公约》及其")]
    assert [f.mark for f in first[0].footnotes] == ["1"]
    assert first[0].footnotes[0].text == (
        "联合国，《条约汇编》，第 2225、2237、2241 和 2326 卷，第 39574 号。")
    assert first[0].citation == "CTOC/COP/2018/13, resolution 9/1, preamble"


def test_operative_paragraphs_of_9_1(by_id):
    recs = by_id(COP9)
    ops = [recs[f"cop9-resolution-9-1-para-{n}"] for n in range(1, 11)]
    assert ops[2].text == ("决定根据上述程序和规则的附录中表 1 和表 2 所载的专题分类"
                           "和多年期工作计划启动审议进程的筹备阶段；")
    assert ops[2].citation == "CTOC/COP/2018/13, resolution 9/1, para. 3"
    assert [f.mark for f in ops[1].footnotes] == ["2"]
    assert "cop9-resolution-9-1-para-11" not in recs
    annex = [r for r in recs.values() if re.fullmatch(r"cop9-resolution-9-1-annex-para-\d+", r.id)]
    assert len(annex) == 54


def test_paragraph_split_by_page_break_inside_annex(by_id):
    para26 = by_id(COP9)["cop9-resolution-9-1-annex-para-26"]
    assert "受审议缔约国积极参与其中。还鼓励" in para26.text


def test_table_1_thematic_clusters(by_id):
    rec = by_id(COP9)["cop9-resolution-9-1-annex-table-1"]
    assert rec.kind == "table" and rec.table is not None
    t = rec.table
    assert t.caption == "表 1 为审议实施情况而对《公约》及其各项议定书的条款所作的分类"
    assert t.header == ["法律文书", "刑事定罪和管辖权类", "预防、技术援助、保护措施和其他措施类",
                        "执法和司法制度类", "国际合作、司法协助和没收类"]
    assert len(t.rows) == 4 and all(len(r) == 5 for r in t.rows)
    assert [r[0] for r in t.rows] == ["《有组织犯罪公约》", "《贩运人口问题议定书》",
                                      "《偷运移民问题议定书》", "《枪支议定书》"]
    assert t.rows[0][1] == "第二、五、六、八、九、十、十五和二十三条"  # footnote mark removed
    assert t.rows[3][3] == ""  # the Firearms Protocol has no law-enforcement cluster
    assert t.rows[2][4] == "第七、十和十八条"
    assert [f.mark for f in rec.footnotes] == ["a"]
    assert "联合国反腐败公约" in rec.footnotes[0].text and t.notes
    assert rec.citation == "CTOC/COP/2018/13, resolution 9/1, annex, appendix, table 1"
    assert "《枪支议定书》 | 第三、五和八条" in rec.text


def test_table_2_multi_year_workplan(by_id):
    rec = by_id(COP9)["cop9-resolution-9-1-annex-table-2"]
    t = rec.table
    assert t.caption == "表 2 机制运作多年期工作计划"
    assert t.header == ["年份", "有组织犯罪公约工作组", "贩运人口问题工作组", "偷运移民问题工作组",
                        "枪支问题工作组"]
    assert [len(r) for r in t.rows] == [5, 5, 5]
    assert [r[0] for r in t.rows] == ["第一—二", "第三—六", "第七—十"]
    assert t.rows[1][4] == "刑事定罪 国际合作、司法协助和没收"
    # Table 2's note "a" is its own, not table 1's.
    assert rec.footnotes[0].text == "国际合作工作组和技术援助问题政府专家工作组。"


def test_resolutions_9_2_9_3_and_their_annexes(by_id):
    recs = by_id(COP9)
    assert recs["cop9-resolution-9-2-para-35-d"].parent == "cop9-resolution-9-2-para-35"
    para2 = recs["cop9-resolution-9-2-para-2"]
    assert para2.text.endswith("使毒品和犯罪问题办公室能够履行其这方面的任务授权；")
    assert "请联合国毒品和犯罪问题办公室通过其枪支问题全球方案继续协助请求国努力批准" in para2.text
    assert [f.mark for f in para2.footnotes] == ["7"]
    # Footnote 4 is printed once and cited again later (para. 6).
    assert [f.mark for f in recs["cop9-resolution-9-2-para-6"].footnotes] == ["4"]
    intro = recs["cop9-resolution-9-3-annex-1-intro"]
    item = recs["cop9-resolution-9-3-annex-1-para-g"]
    assert item.parent == intro.id
    assert item.citation == "CTOC/COP/2018/13, resolution 9/3, annex I, para. (g)"
    assert recs["cop9-resolution-9-3-annex-3-para-1-j"].citation == (
        "CTOC/COP/2018/13, resolution 9/3, annex III, para. 1(j)")


def test_decisions(by_id):
    recs = by_id(COP9)
    assert recs["cop9-decision-9-1-para-1"].text == "组织事项："
    assert recs["cop9-decision-9-1-para-2-d"].text == (
        "《打击非法制造和贩运枪支及其零部件和弹药议定书》。")
    assert recs["cop9-decision-9-1-para-9"].text == "通过缔约方会议第十届会议报告。"
    assert recs["cop9-decision-9-1-para-1"].citation == "CTOC/COP/2018/13, decision 9/1, para. 1"
    assert recs["cop9-decision-9-2-para-b"].parent == "cop9-decision-9-2-intro"


def test_report_body_paragraphs(by_id):
    recs = by_id(COP9)
    numbered = sorted(int(m.group(1)) for r in recs
                      if (m := re.fullmatch(r"cop9-report-para-(\d+)", r)))
    assert numbered == list(range(1, 125))
    para45 = recs["cop9-report-para-45"]
    assert para45.citation == "CTOC/COP/2018/13, para. 45"
    assert para45.text.startswith("联合王国代表对意大利常驻代表")
    assert para45.url == "/documents/cop9-report/#cop9-report-para-45"
    assert para45.heading_path[0] == (
        "四. 审议《联合国打击跨国有组织犯罪公约》及其各项议定书的实施情况")
    assert recs["cop9-report-para-2"].heading_path == ["一. 缔约方会议通过的决议和决定", "B. 决定"]
    # A list of officers printed as tab-aligned lines stays with the paragraph announcing it.
    assert "副主席： Maria Assunta Accili Sabbatini（意大利）" in recs["cop9-report-para-6"].text
    assert recs["cop9-report-para-26-a"].text.endswith("（CTOC/COP/2018/7）；")
    assert "**" not in recs["cop9-report-para-35"].text
    assert "[" not in recs["cop9-report-para-10"].text  # links rendered as their text


def test_table_of_contents_is_not_content(parse_doc):
    assert not any("....." in r.text for r in parse_doc(COP9))
    assert not any(r.text.startswith("Distr.") for r in parse_doc(COP9))


# -- resolution 6/1 --------------------------------------------------------------------------

def test_resolution_6_1_para_12_whole_with_footnotes(by_id):
    para = by_id(COP6)["cop6-resolution-6-1-para-12"]
    assert para.text == (
        "决定人口贩运问题工作组的任务授权应予延续，其今后工作的领域应当酌情反映工作组报告所载建议；"
        "欣见联合国毒品和犯罪问题办公室关于在人口贩运定义范围内的滥用脆弱境况及其他手段的议题文件，"
        "并请秘书处继续其通过编写类似技术文件分析《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治"
        "贩运人口特别是妇女和儿童行为的补充议定书》关键概念的工作；")
    assert [(f.mark, f.text) for f in para.footnotes] == [
        ("5", "CTOC/COP/WG.4/2011/8，第46-51段。"),
        ("6", "联合国，《条约汇编》，第2237卷，第39574号。")]
    assert para.citation == "CTOC/COP/2012/15, resolution 6/1, para. 12"
    assert para.url == "/documents/cop6-resolution-6-1/#cop6-resolution-6-1-para-12"
    assert para.lang == "zh" and para.session == 6 and para.year == 2012


def test_resolution_6_1_structure(parse_doc, by_id):
    recs = parse_doc(COP6)
    assert [r.kind for r in recs].count("preamble") == 18
    assert [r.id for r in recs if r.kind == "paragraph"] == [
        f"cop6-resolution-6-1-para-{n}" for n in range(1, 22)]
    para7 = by_id(COP6)["cop6-resolution-6-1-para-7"]
    assert para7.text.endswith("以便根据会员国在打击跨国有组织犯罪方面的需要和优先事项，"
                               "向国别、区域和专题方案与活动提供支持并予以补充；")
    # Footnote 1 lost its mark in conversion: it stays with the first paragraph of its page.
    assert [f.mark for f in recs[0].footnotes] == ["1"]
    assert sorted(f.mark for r in recs for f in r.footnotes) == [str(n) for n in range(1, 9)]


# -- every sentence of the source is in the records ------------------------------------------

def _source_fragments(path: Path) -> list[str]:
    """Sentences of the source with markup removed, cut at 。；and line ends (TOC excluded)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    in_toc = False
    for line in lines:
        if line.startswith("#"):
            in_toc = line.strip("# ").strip() == "目录"
        if in_toc or line.strip() in ("---", "") or line.startswith(("Distr.", "1 November",
                                                                      "Chinese", "Original")):
            continue
        line = line.replace("\\*", "*").replace("**", "")
        line = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", line)
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^\s*[-*]\s+", "", line)
        line = re.sub(r"^\s*<sup>\w+</sup>\s*", "", line)
        line = re.sub(r"^\s*\d+\.\s+", "", line)
        line = re.sub(r"^\s*\([a-z]{1,2}\)\s*", "", line)
        line = re.sub(r"<sup>\w+</sup>", "", line)
        for cell in line.split("\t"):
            out += [s for s in re.split(r"(?<=[。；])", _nows(cell)) if s]
    return out


def _haystack(records, doc) -> str:
    parts = [doc.titles["zh"]]
    for r in records:
        parts += [r.text, *r.heading_path, *(f.text for f in r.footnotes)]
        if r.table:
            parts += [r.table.caption, *r.table.header, *(c for row in r.table.rows for c in row)]
    return "\0".join(_nows(p) for p in parts)


@pytest.mark.parametrize("doc_id", [COP9, COP6])
def test_every_sentence_of_the_source_is_intact(doc_id, parse_doc, manifest_docs):
    doc = manifest_docs[doc_id]
    fragments = _source_fragments(SOURCES / doc.file)
    assert len(fragments) > 30
    hay = _haystack(parse_doc(doc_id), doc)
    missing = [f for f in fragments if f not in hay]
    assert not missing, missing[:5]


def test_sentence_check_would_catch_a_lost_sentence(parse_doc, manifest_docs):
    doc = manifest_docs[COP6]
    records = [r for r in parse_doc(COP6) if r.id != "cop6-resolution-6-1-para-17"]
    hay = _haystack(records, doc)
    fragments = _source_fragments(SOURCES / doc.file)
    assert [f for f in fragments if f not in hay] == [
        "提请缔约国注意《公约》第31条，鼓励其拟订旨在预防跨国有组织犯罪的适当战略、政策和措施；"]


# -- ids ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("doc_id", [COP9, COP6])
def test_ids_unique_and_urls(doc_id, parse_doc):
    recs = parse_doc(doc_id)
    assert len({r.id for r in recs}) == len(recs)
    assert all(r.url == f"/documents/{doc_id}/#{r.id}" and r.text for r in recs)
    assert [r.order for r in recs] == list(range(len(recs)))


@pytest.mark.parametrize("doc_id,old,new", [
    (COP6, "请会员国及其他捐助方根据联合国的规则和程序提供预算外资源。",
     "请会员国及其他捐助方提供预算外资源。"),
    (COP6, "重申《公约》及其各项议定书作为国际社会在打击跨国有组织犯罪上所使用的主要工具的重要性，",
     "重申《公约》及其各项议定书作为国际社会在打击跨国有组织犯罪上所使用的主要工具的极大重要性，"),
    (COP9, "117 个《公约》缔约国", "118 个《公约》缔约国"),
])
def test_ids_stable_under_an_unrelated_edit(tmp_path, manifest_docs, parse_doc, doc_id, old, new):
    doc = manifest_docs[doc_id]
    copy = tmp_path / doc.file
    shutil.copy(SOURCES / doc.file, copy)
    text = copy.read_text(encoding="utf-8")
    assert text.count(old) == 1
    copy.write_text(text.replace(old, new), encoding="utf-8")
    edited = parse_markdown(doc, copy)
    assert [r.id for r in edited] == [r.id for r in parse_doc(doc_id)]
    assert sum(a.text != b.text for a, b in zip(edited, parse_doc(doc_id), strict=True)) == 1


# -- a small fictitious fixture exercising the same rules ---------------------------------------

def test_fixture_resolution(fake_doc):
    recs = {r.id: r for r in parse_markdown(fake_doc(), FIXTURES / "md_resolution.md")}
    assert list(recs) == [
        "cop99-resolution-99-1-pp-" + next(k.rsplit("-", 1)[1] for k in recs if "-pp-" in k),
        "cop99-resolution-99-1-para-1", "cop99-resolution-99-1-para-1-a",
        "cop99-resolution-99-1-para-1-b", "cop99-resolution-99-1-para-2",
        "cop99-resolution-99-1-annex-table-1", "cop99-testland-para-5",
    ]
    assert recs["cop99-resolution-99-1-para-1-b"].text == "邀请测试兰共和国继续合作；"
    assert [f.mark for f in recs["cop99-resolution-99-1-para-1-a"].footnotes] == ["1"]
    assert recs["cop99-resolution-99-1-para-2"].text == "请秘书处向下届会议报告本决议的执行情况。"
    table = recs["cop99-resolution-99-1-annex-table-1"].table
    assert table.header == ["国家", "状态"] and table.rows == [["测试兰", "已批准"], ["示例国", ""]]
    assert recs["cop99-testland-para-5"].citation == "TEST/COP/99/1, para. 5"
