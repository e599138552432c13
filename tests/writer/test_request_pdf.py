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
        # right to left: Arabic lines are pushed to the right margin in the layout output
        lines = [ln for ln in text.splitlines() if re.search("[\u0600-\u06ff]", ln)]
        indented = [ln for ln in lines if len(ln) - len(ln.lstrip()) > 10]
        assert len(indented) > len(lines) / 2
        ARTIFACTS.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(ARTIFACTS / "request-bank-witness.ar")], check=True, timeout=60)
