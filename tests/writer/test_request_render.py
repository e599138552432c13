"""DOCX and Markdown rendering: every section heading, typed values kept, Arabic right to left."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from assistant.schemas.request import LANGS, MlaRequest
from assistant.writer.outline import SECTIONS, build_outline
from assistant.writer.render_docx import render_docx
from assistant.writer.render_md import render_markdown
from assistant.writer.strings import t


def _docx(data: dict, lang: str, states) -> Document:
    return Document(io.BytesIO(render_docx(MlaRequest.model_validate(data), lang, states)))


def _expected_headings(lang: str) -> list[str]:
    return [t("section." + key, lang) for key, _ in SECTIONS]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_docx_has_every_section_heading(complete, states, lang):
    doc = _docx(complete, lang, states)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for n, title in enumerate(_expected_headings(lang), 1):
        assert any(h.startswith(f"{n}. {title}") for h in headings), title
    assert doc.paragraphs[0].text == t("doc.title", lang)


def test_docx_keeps_typed_values_and_addressee(complete, states):
    doc = _docx(complete, "en", states)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert complete["facts_summary"] in text
    assert "EX00 0000 0000 0001" in text
    assert "Mary Witness" in text
    assert "Ministry of Justice of Testland B (fictitious)" in text  # from the directory
    assert "7.1. Documents and records" in text and "(art. 18(3)(f))" in text
    assert "7.2. Taking evidence" in text and "(art. 18(3)(a))" in text
    assert "☑ Court order authorizing the request for bank records" in text
    assert "☐ Translation" in text
    assert "paragraphs 3 (types of assistance), 13 (central authorities)" in text


def test_addressee_falls_back_to_typed_field(complete, states):
    complete["requested_state"] = "XSL"
    complete["addressee"] = "Office of International Cooperation, Silentland (fictitious)"
    text = "\n".join(p.text for p in _docx(complete, "en", states).paragraphs)
    assert "To: Office of International Cooperation, Silentland (fictitious)" in text


def test_arabic_docx_is_right_to_left(complete, states):
    doc = _docx(complete, "ar", states)
    body = [p for p in doc.paragraphs if p.text.strip()]
    assert body
    for paragraph in body:
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:bidi")) is not None, paragraph.text
        # aligned to the start (= right in a bidi paragraph) or centred (title)
        jc = ppr.find(qn("w:jc"))
        assert jc is None or jc.get(qn("w:val")) == "center"
    assert doc.sections[0]._sectPr.find(qn("w:bidi")) is not None
    heading_run = next(p for p in body if p.text.startswith("4.")).runs[0]
    rpr = heading_run._r.rPr
    assert rpr.find(qn("w:rtl")) is not None
    fonts = rpr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK SC"


def test_latin_runs_in_arabic_stay_left_to_right(complete, states):
    doc = _docx(complete, "ar", states)
    run = next(r for p in doc.paragraphs for r in p.runs if "EX00 0000 0000 0001" in r.text)
    assert run._r.rPr.find(qn("w:rtl")) is None


def test_english_docx_has_no_bidi(complete, states):
    doc = _docx(complete, "en", states)
    assert all(p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None for p in doc.paragraphs)


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_has_same_sections(complete, states, lang):
    md = render_markdown(MlaRequest.model_validate(complete), lang, states)
    outline = build_outline(MlaRequest.model_validate(complete), lang, states)
    for section in outline.sections:
        assert f"## {section.title}" in md.replace("\\", "")
    assert len(outline.sections) == len(SECTIONS)
    assert "Example Trading Ltd" in md
    if lang == "ar":
        assert md.startswith('<div dir="rtl" lang="ar"')


def test_markdown_escapes_user_text(complete, states):
    complete["facts_summary"] = "<script>alert(1)</script> **bold** [link](http://x.invalid)"
    md = render_markdown(MlaRequest.model_validate(complete), "en", states)
    assert "<script>" not in md
    assert "\\<script\\>" in md and "\\*\\*bold\\*\\*" in md and "\\[link\\]" in md


def test_empty_request_renders(states):
    for lang in LANGS:
        assert render_docx(MlaRequest(), lang, states)[:2] == b"PK"
        assert t("doc.not_given", lang) in render_markdown(MlaRequest(), lang, states)
