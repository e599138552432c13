"""DOCX rendering of a request with python-docx.

Arabic output is laid out right to left: `w:bidi` on every paragraph and on the section,
`w:rtl` on runs holding right-to-left text, paragraphs aligned to their start (the right).
Every run names an East Asian font (Noto Sans CJK SC) and a complex-script font (Noto Naskh
Arabic) so Chinese and Arabic render without font substitution.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from assistant.schemas.request import MlaRequest
from assistant.writer.directory_info import StateInfo
from assistant.writer.outline import Check, Field, Para, Sub, build_outline

LATIN_FONT = "Noto Sans"
EAST_ASIA_FONT = "Noto Sans CJK SC"
COMPLEX_FONT = "Noto Naskh Arabic"
# Elements that must follow w:bidi / w:rtl in their parent (OOXML element order matters to Word).
_AFTER_PPR_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_RPR_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_SECT_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
LRE, PDF = "\u202a", "\u202c"  # left-to-right embedding, pop directional formatting
_RTL_CHARS = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def _set_fonts(run: Run, rtl: bool) -> None:
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)
    fonts.set(qn("w:cs"), COMPLEX_FONT)
    if rtl:
        rpr.insert_element_before(OxmlElement("w:rtl"), *_AFTER_RPR_RTL)


class _Writer:
    def __init__(self, lang: str):
        self.lang = lang
        self.rtl = lang == "ar"
        self.doc: DocxDocument = Document()
        self._styles()
        if self.rtl:
            # Section-level right-to-left: page numbering and columns run right to left.
            self.doc.sections[0]._sectPr.insert_element_before(OxmlElement("w:bidi"),
                                                               *_AFTER_SECT_BIDI)

    def _styles(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = LATIN_FONT
        normal.font.size = Pt(11)
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)
        fonts.set(qn("w:cs"), COMPLEX_FONT)
        self.doc.core_properties.language = self.lang

    def _finish(self, paragraph: Paragraph) -> Paragraph:
        if self.rtl:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_PPR_BIDI)
            # No w:jc: a bidi paragraph starts at the right. (jc="right" on a bidi paragraph
            # means the *left* margin to Word and LibreOffice.)
        return paragraph

    def run(self, paragraph: Paragraph, text: str, *, bold: bool = False,
            italic: bool = False) -> Run:
        rtl_text = bool(_RTL_CHARS.search(text)) or not text.strip()
        if self.rtl and not rtl_text:
            # Left-to-right text (Latin names, account numbers, ISO dates) inside an Arabic
            # paragraph: embed it (LRE ... PDF) so that its punctuation stays at its end and
            # "2024-01-01" is not displayed as "01-01-2024".
            text = f"{LRE}{text}{PDF}"
        run = paragraph.add_run(text)
        run.bold, run.italic = bold or None, italic or None
        _set_fonts(run, self.rtl and rtl_text)
        return run

    def heading(self, text: str, level: int) -> Paragraph:
        paragraph = self.doc.add_heading(level=level)
        self.run(paragraph, text)
        return self._finish(paragraph)

    def text(self, text: str, *, italic: bool = False) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        lines = text.splitlines() or [""]
        for i, line in enumerate(lines):
            run = self.run(paragraph, line, italic=italic)
            if i < len(lines) - 1:
                run.add_break()
        return self._finish(paragraph)

    def field(self, label: str, value: str) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        self.run(paragraph, f"{label}: ", bold=True)
        lines = value.splitlines() or [""]
        for i, line in enumerate(lines):
            run = self.run(paragraph, line)
            if i < len(lines) - 1:
                run.add_break()
        return self._finish(paragraph)

    def check(self, checked: bool, text: str) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        self.run(paragraph, ("☑ " if checked else "☐ "))
        self.run(paragraph, text)
        return self._finish(paragraph)


def render_docx(request: MlaRequest, lang: str,
                states: Mapping[str, StateInfo] | None = None) -> bytes:
    outline = build_outline(request, lang, states)
    w = _Writer(lang)
    title = w.heading(outline.title, 0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    w.text(outline.subtitle, italic=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for item in outline.header:
        w.field(item.label, item.value)
    for section in outline.sections:
        w.heading(section.title, 1)
        for block in section.blocks:
            if isinstance(block, Sub):
                w.heading(block.title, 2)
            elif isinstance(block, Field):
                w.field(block.label, block.value)
            elif isinstance(block, Para):
                w.text(block.text)
            elif isinstance(block, Check):
                w.check(block.checked, block.text)
    buffer = io.BytesIO()
    w.doc.save(buffer)
    return buffer.getvalue()
