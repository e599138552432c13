"""Chinese and roman numerals as printed in UN documents."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
CN_NUMERAL_CHARS = "〇零一二两三四五六七八九十百"


def cn_to_int(text: str) -> int | None:
    """``十三`` → 13, ``二十`` → 20, ``三十二`` → 32, ``一百零五`` → 105; None if not a numeral."""
    text = text.strip()
    if not text or any(c not in CN_NUMERAL_CHARS for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[char] if current else _DIGITS[char]
    return total + current


def to_int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else cn_to_int(text)


_ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(n: int) -> str:
    """1 → "i", 4 → "iv" (lower case, up to 39, for ids); upper-case it for citations."""
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out += numeral
            n -= value
    return out


# Chinese parenthesised numerals ㈠㈡… (U+3220…) as used for sub-sub-items.
def cn_paren_to_int(char: str) -> int | None:
    code = ord(char)
    return code - 0x3220 + 1 if 0x3220 <= code <= 0x3229 else None
