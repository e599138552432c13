"""Find references to articles of the Convention and its Protocols in Chinese and English text.

``第 18 条第 13 款`` → UNTOC art. 18(13); ``第三十二条第三和第四款`` → 32(3), 32(4);
``《枪支议定书》…其中第八条第二款`` → FIREARMS 8(2). The instrument is the one named last
before the reference in the same sentence; references governed by other instruments
(rules of procedure, the Convention against Corruption, generic "each Protocol") are skipped.
"""

from __future__ import annotations

import re

from assistant.schemas.paragraph import ArticleRef, Instrument
from assistant.sources.numerals import to_int

_N = r"(?:\d+|[〇零一二两三四五六七八九十百]+)"
_CN_ITEM = "一二三四五六七八九十"

# 第16和18条 / 第六、第七、第八和第十二条 / 第 14 至 17 条 (a range: ends only)
ZH_ARTICLES = re.compile(rf"第\s*({_N})((?:\s*[、和及与]\s*第?\s*{_N})*)\s*条")
ZH_PARAS = re.compile(
    rf"\s*第\s*({_N})\s*(\([a-z]\))?((?:\s*[、和及]\s*第?\s*{_N}\s*(?:\([a-z]\))?)*)\s*款"
    rf"(?:\s*第\s*[(（]([{_CN_ITEM}]|[a-z])[)）]\s*项)?")
ZH_MORE_PARAS = re.compile(rf"\s*[、和及]\s*第\s*({_N})\s*(\([a-z]\))?\s*款")  # …款和第 4 款
ZH_LIST_ITEM = re.compile(rf"({_N})\s*(\([a-z]\))?")

# Instrument mentions, most specific first; the one ending nearest the reference wins.
ZH_MENTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("FIREARMS", re.compile(r"(?:枪支|火器)[^《》。；\n]{0,30}议定书")),
    ("SOM", re.compile(r"偷运移民[^《》。；\n]{0,20}议定书")),
    ("TIP", re.compile(r"贩运人口[^《》。；\n]{0,30}议定书")),
    ("OTHER", re.compile(r"反腐败公约|网络犯罪公约|条约|议事规则|规则|宪章")),
    ("SKIP", re.compile(r"其(?:各项)?议定书")),  # "the Convention and its Protocols"
    ("GENERIC", re.compile(r"议定书")),  # "each Protocol": not one instrument
    ("UNTOC", re.compile(r"公约")),
]
EN_MENTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("FIREARMS", re.compile(r"Firearms Protocol", re.I)),
    ("SOM", re.compile(r"(?:Smuggling of Migrants|Migrants) Protocol", re.I)),
    ("TIP", re.compile(r"Trafficking in Persons Protocol", re.I)),
    ("OTHER", re.compile(r"rules? of procedure|Convention against Corruption|Charter", re.I)),
    ("GENERIC", re.compile(r"\bProtocols?\b")),
    ("UNTOC", re.compile(r"\bConvention\b|\bUNTOC\b")),
]
EN_ARTICLE = re.compile(
    r"\b(?:articles?|arts?\.)\s+(\d+)((?:\s*(?:,|and|or)\s*\d+)*)"
    r"(?:\s*\((\d+)\)(\s*\([a-z]\))?|,?\s+paragraphs?\s+(\d+)(\s*\([a-z]\))?)?",
    re.I,
)
_SENTENCE_END = re.compile(r"[。；;\n]|\.\s")


def _instrument(text: str, start: int, mentions: list[tuple[str, re.Pattern[str]]],
                default: Instrument = "UNTOC") -> str:
    """The instrument named last before ``start`` in the same sentence (or the default)."""
    bounds = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    window = text[bounds[-1] if bounds else 0:start]
    best: tuple[int, int, str] | None = None  # (end, -priority, name)
    for priority, (name, pattern) in enumerate(mentions):
        for m in pattern.finditer(window):
            if name == "SKIP":
                continue
            key = (m.end(), -priority, name)
            # A more specific mention ending at the same place (…枪支议定书 vs 议定书) wins.
            if best is None or key[0] > best[0] or (key[0] == best[0] and key[1] > best[1]):
                best = key
        if name == "SKIP":
            # Remove "其议定书" spans so the generic pattern does not see them.
            window = pattern.sub(lambda m: "\0" * len(m.group()), window)
    return best[2] if best else default


def _zh_item(mark: str | None) -> str:
    if not mark:
        return ""
    if mark in _CN_ITEM:
        return f"({chr(ord('a') + _CN_ITEM.index(mark))})"
    return f"({mark})"


def _zh(text: str) -> list[ArticleRef]:
    refs: list[ArticleRef] = []
    for m in ZH_ARTICLES.finditer(text):
        inst = _instrument(text, m.start(), ZH_MENTIONS)
        if inst in ("OTHER", "GENERIC"):
            continue
        numbers = [m.group(1)] + ZH_LIST_ITEM.findall(m.group(2) or "")
        articles = [to_int(n if isinstance(n, str) else n[0]) for n in numbers]
        if "至" in (m.group(2) or "") or any(a is None for a in articles):
            continue
        paras: list[str] = []
        if p := ZH_PARAS.match(text, m.end()):
            item = _zh_item(p.group(4))
            first = f"{to_int(p.group(1))}{p.group(2) or ''}"
            paras = [first] + [f"{to_int(n)}{sub}" for n, sub in ZH_LIST_ITEM.findall(p.group(3))]
            paras = [q + item for q in paras]
            end = p.end()
            while more := ZH_MORE_PARAS.match(text, end):
                paras.append(f"{to_int(more.group(1))}{more.group(2) or ''}")
                end = more.end()
        for i, art in enumerate(articles):
            own = paras if i == len(articles) - 1 and paras else [None]
            for para in own:
                refs.append(ArticleRef(instrument=inst, article=art, paragraph=para))
    return refs


def _en(text: str) -> list[ArticleRef]:
    refs: list[ArticleRef] = []
    for m in EN_ARTICLE.finditer(text):
        inst = _instrument(text, m.start(), EN_MENTIONS)
        after = text[m.end():m.end() + 60]
        if (tail := re.match(r"\s+of\s+(?:the|this)\s+([\w ]*?Protocol|Convention)", after)):
            inst = "GENERIC" if tail.group(1) == "Protocol" else _instrument(
                tail.group(1), len(tail.group(1)), EN_MENTIONS)
        if inst in ("OTHER", "GENERIC"):
            continue
        articles = [int(m.group(1))] + [int(n) for n in re.findall(r"\d+", m.group(2) or "")]
        para_no = m.group(3) or m.group(5)
        sub = (m.group(4) or m.group(6) or "").strip()
        for i, art in enumerate(articles):
            para = f"{para_no}{sub}" if para_no and i == len(articles) - 1 else None
            refs.append(ArticleRef(instrument=inst, article=art, paragraph=para))
    return refs


def detect_articles(text: str, lang: str = "zh") -> list[ArticleRef]:
    """All article references in ``text``, in order of appearance, without duplicates."""
    found = _zh(text) if lang == "zh" else _en(text)
    if lang == "zh":
        found += _en(text)  # Chinese documents sometimes cite in English
    return list(dict.fromkeys(found))
