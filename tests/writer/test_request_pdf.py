"""The DOCX opens in LibreOffice: convert to PDF and read the text back (poppler)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.schemas.request import MlaRequest
from assistant.writer.outline import SECTIONS
from assistant.writer.render_docx import render_docx
from assistant.writer.strings import t

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.slow


def _pdf_text(docx: bytes, tmp_path: Path, name: str) -> tuple[Path, str]:
    if not shutil.which("soffice") or not shutil.which("pdftotext"):
        pytest.fail("libreoffice (soffice) and poppler-utils (pdftotext) are required")
    source = tmp_path / f"{name}.docx"
    source.write_bytes(docx)
    profile = (tmp_path / "lo-profile").as_uri()  # own profile: no clash with other soffice runs
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / f"{name}.pdf"
    assert pdf.exists(), "LibreOffice did not produce a PDF"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return pdf, text


def _word_boxes(pdf: Path) -> dict:
    """Page width and (word, xMin) of every word, from `pdftotext -bbox`."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = [(_squash(w), float(x)) for x, w in
             re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]
    return {"page_width": width, "words": words}


def _squash(text: str) -> str:
    # pdftotext wraps right-to-left runs in bidi embedding marks; drop them.
    return re.sub(r"\s+", " ", re.sub("[\u200e\u200f\u202a-\u202e]", "", text))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", _squash(text)))  # letters only: "6الأساس" splits


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_bank_and_witness_request_as_pdf(complete, states, tmp_path, lang):
    request = MlaRequest.model_validate(complete)
    pdf, text = _pdf_text(render_docx(request, lang, states), tmp_path, f"request-{lang}")
    flat = _squash(text)
    words = _words(text)
    for key, _ in SECTIONS:
        heading = t("section." + key, lang)
        # Headings may wrap, and PDF text of right-to-left lines comes out in visual order
        # around punctuation: require every word of each heading.
        assert _words(heading) <= words, heading
    for value in ("First Example Bank", "EX00 0000 0000 0001", "Mary Witness",
                  "Example Trading Ltd", "2024-01-01"):
        assert value in flat, value
    if lang == "ar":
        assert _words(t("doc.title", "ar")) <= words
        # Right to left: a short heading sits against the right margin.
        heading_words = _words(t("section.offences", "ar"))
        boxes = _word_boxes(pdf)
        width = boxes["page_width"]
        # -bbox lists right-to-left words in visual (reversed) glyph order
        xs = [x for word, x in boxes["words"] if word[::-1] in heading_words]
        assert xs and min(xs) > width / 2, (xs, width)
        ARTIFACTS.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(ARTIFACTS / "request-bank-witness.ar")], check=True, timeout=60)
