"""Which States a text names (assistant.search.states)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.search.states import named_states, state_mentions, state_names


def _directory(*lines: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(kind="directory", heading_path=["Directory", line]) for line in lines]


STATES = _directory("France — 法国 — Франция — فرنسا",
                    "India — 印度 — Индия — الهند",
                    "Indonesia — 印度尼西亚 — Индонезия — إندونيسيا",
                    "Sudan — 苏丹 — Судан — السودان",
                    "South Sudan — 南苏丹 — Южный Судан — جنوب السودان",
                    "Egypt — 埃及 — Египет — مصر",
                    "Oman — 阿曼 — Оман — عمان",
                    "Togo — 多哥 — Того — توغو",
                    "Mali — 马里 — Мали — مالي",
                    "Somalia — 索马里 — Сомали — الصومال")
PATTERNS = state_names(STATES)


def _named(text: str) -> list[str]:
    return [STATES[row].heading_path[-1].split(" — ")[0] for row in named_states(text, PATTERNS)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Who is the central authority of France?", ["France"]),
    ("法国的中央机关是哪个？", ["France"]),
    ("如何打击非法国际贩运枪支？", []),  # 非法 国际: "illicit international"
    ("印度尼西亚的中央机关", ["Indonesia"]),
    ("南苏丹的中央机关", ["South Sudan"]),
    ("索马里的情况", ["Somalia"]),
    ("ما هي السلطة المركزية في مصر؟", ["Egypt"]),
    ("السلطة المركزية بمصر", ["Egypt"]),
    ("مصرف", []),  # "bank" starts with the name
    ("The role of women in Oman", ["Oman"]),
    ("The role of women", []),
    ("Что происходит после того, как запрос получен?", []),
    ("Кто центральный орган Того?", ["Togo"]),
    ("ما هو الدعم مالي للآلية؟", []),
    ("السلطة المركزية في جمهورية مالي", ["Mali"]),
    ("Какой центральный орган Франции?", ["France"]),
    ("просьбы из Южного Судана", ["South Sudan"]),
    ("Кто в Индии отвечает за выдачу?", ["India"]),
    ("Как Судану направить просьбу?", ["Sudan"]),
    ("Индианаполис", []),
    ("Сомали", ["Somalia"]),
    ("Мали и Того", ["Mali", "Togo"]),
    ("Малый бизнес", []),
])
def test_named_states(text, expected):
    assert sorted(_named(text)) == sorted(expected)


def test_mentions_in_official_records():
    records = [*STATES,
               SimpleNamespace(kind="paragraph", text="Workshops were held in Egypt and Oman."),
               SimpleNamespace(kind="guide", text="Egypt"),
               SimpleNamespace(kind="paragraph", text="在埃及举办讲习班")]
    mentions = state_mentions(records, state_names(records))
    egypt = next(p.row for p in PATTERNS if "egypt" in p.names)
    assert mentions[egypt].tolist() == [10, 12]
