"""Article reference detection in Chinese and English."""

from __future__ import annotations

import pytest

from assistant.schemas.paragraph import ArticleRef
from assistant.sources.articles import detect_articles


def refs(text: str, lang: str = "zh") -> list[str]:
    return [r.label for r in detect_articles(text, lang)]


def A(article: int, paragraph: str | None = None, inst: str = "UNTOC") -> str:
    return ArticleRef(instrument=inst, article=article, paragraph=paragraph).label


@pytest.mark.parametrize("text,expected", [
    ("第18条第13款", [A(18, "13")]),
    ("依照公约第 18 条第 13 款指定的中央机关", [A(18, "13")]),
    ("《公约》第三十二条第三和第四款", [A(32, "3"), A(32, "4")]),
    ("根据公约第 32 条第 3(d)款和第 4 款", [A(32, "3(d)"), A(32, "4")]),
    ("依照《公约》第16和18条便利起草", [A(16), A(18)]),
    ("连同《公约》第二条和第三十七条", [A(2), A(37)]),
    ("《公约》第十六条第五款第(二)项", [A(16, "5(b)")]),
    ("根据《公约》关于提供技术援助的第30条第2(c)款而设立的账户", [A(30, "2(c)")]),
    ("请缔约国遵守第 32 条第 5 款的规定", [A(32, "5")]),
])
def test_chinese_convention_references(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("根据公约《关于打击陆、海、空偷运移民的补充议定书》第 8 条第 6 款指定的主管机关",
     [A(8, "6", "SOM")]),
    ("鼓励《枪支议定书》缔约国依照其中第八条第二款和第十三条第三款",
     [A(8, "2", "FIREARMS"), A(13, "3", "FIREARMS")]),
    ("邀请《枪支议定书》缔约国确保有效实施其中第六、第七、第八和第十二条",
     [A(n, None, "FIREARMS") for n in (6, 7, 8, 12)]),
    ("《火器议定书》第 10 条", [A(10, None, "FIREARMS")]),
    ("贩运人口议定书第 5 条", [A(5, None, "TIP")]),
])
def test_chinese_protocol_references(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text", [
    "大会第 55/25 号决议，附件一",  # a resolution, not an article
    "缔约方会议议事规则第 3 条第 3 款",  # rules of procedure
    "依照议事规则第 22 条",
    "《公约》每项议定书共同的第一条",  # "article 1 common to each Protocol": no single instrument
    "议定书的第二条",
    "本决议附件（包括其第 54 段）",
])
def test_not_convention_articles(text):
    assert refs(text) == []


def test_generic_protocol_article_next_to_convention_article():
    text = "促进《公约》第一条及《公约》每项议定书的第二条所规定的宗旨"
    assert refs(text) == [A(1)]


def test_convention_and_its_protocols_is_still_the_convention():
    text = "回顾《公约》中分别涉及术语的使用以及《公约》同其各项议定书之间关系的第二条和第三十七条"
    assert refs(text) == [A(2), A(37)]


def test_table_row_names_its_instrument():
    assert refs("《贩运人口问题议定书》 | 第三和第五条\n《有组织犯罪公约》 | 第二十四条") == [
        A(3, None, "TIP"), A(5, None, "TIP"), A(24)]


@pytest.mark.parametrize("text,expected", [
    ("article 18, paragraph 13, of the Convention", [A(18, "13")]),
    ("see art. 18(13)", [A(18, "13")]),
    ("articles 16 and 18", [A(16), A(18)]),
    ("article 5 of the Firearms Protocol", [A(5, None, "FIREARMS")]),
    ("rule 22 of the rules of procedure", []),
    ("article 2 of the Protocol", []),
])
def test_english_references(text, expected):
    assert refs(text, "en") == expected


def test_duplicates_removed_in_order():
    assert refs("第18条第13款……第16条……第18条第13款") == [A(18, "13"), A(16)]
