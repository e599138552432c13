"""The Convention and Protocols: one record per article paragraph, defects of the copy fixed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.schemas.paragraph import ArticleRef
from assistant.sources.treaty import fix_text, parse_treaty

TREATIES = Path(__file__).resolve().parents[2] / "data" / "treaties"


# -- each fix, on the real file and on a minimal string ---------------------------------------

def test_fix_split_word_suspicious(by_id):
    rec = by_id("untoc")["untoc-art-7-para-1"]
    assert "reporting of suspicious transactions" in rec.text and "suspicio us" not in rec.text
    assert "suspicio us" in (TREATIES / "untoc_convention.en.md").read_text()  # copy unchanged


def test_fix_for_mutual(by_id):
    rec = by_id("untoc")["untoc-art-18-para-13"]
    assert "Requests for mutual legal assistance and any communication" in rec.text
    assert "formutual" not in rec.text


def test_fix_tex_quotes(by_id):
    rec = by_id("untoc")["untoc-art-8-para-4"]
    assert "\u201cpublic official\u201d shall mean" in rec.text and "``" not in rec.text
    assert fix_text('``Child" shall mean') == "\u201cChild\u201d shall mean"


def test_fix_subparagraph_marks():
    assert fix_text("a) The offences\n") == "(a) The offences\n"
    assert fix_text("paragraph 1 a) (i) of this article") == "paragraph 1 (a) (i) of this article"
    assert fix_text("(ii) Conduct") == "(ii) Conduct"  # already parenthesised: untouched


def test_fix_preamble_heading(by_id):
    rec = by_id("som")["som-preamble"]
    assert rec.text.startswith("The States Parties to this Protocol, Declaring that effective")
    assert rec.heading_path[-1] == "Preamble" and rec.kind == "preamble"
    assert "Preambule" not in rec.text
    assert fix_text("PreambuleThe States Parties") == "### Preamble\n\nThe States Parties"


def test_no_defect_survives_anywhere(parse_doc):
    for doc_id in ("untoc", "tip", "som", "firearms"):
        for rec in parse_doc(doc_id):
            assert not re.search(r"``|suspicio us|formutual|Preambu?le\S", rec.text), rec.id
            assert not re.search(r"(?<![(\w])[a-z]\)", rec.text), rec.id
            assert not rec.text.startswith("#"), rec.id


# -- paragraphs -------------------------------------------------------------------------------

def test_article_18_paragraph_13(by_id):
    rec = by_id("untoc")["untoc-art-18-para-13"]
    assert rec.kind == "article" and rec.lang == "en" and rec.label == "13."
    assert rec.citation == "UNTOC, art. 18(13)"
    assert rec.heading_path == ["United Nations Convention against Transnational Organized Crime",
                                "Article 18", "Mutual legal assistance"]
    assert rec.url == "/treaties/untoc/art-18/#untoc-art-18-para-13"
    assert rec.articles == [ArticleRef(instrument="UNTOC", article=18, paragraph="13")]
    assert rec.text.startswith("Each State Party shall designate a central authority")
    assert rec.text.endswith("through the International Criminal Police Organization, if possible.")


def test_article_18_paragraph_14_languages(by_id):
    rec = by_id("untoc")["untoc-art-18-para-14"]
    assert rec.text.startswith("Requests shall be made in writing")
    assert "in a language acceptable to the requested State Party" in rec.text
    assert rec.text.endswith("but shall be confirmed in writing forthwith.")


def test_article_18_paragraph_15_keeps_its_subparagraphs(by_id):
    rec = by_id("untoc")["untoc-art-18-para-15"]
    lines = rec.text.split("\n")
    assert lines[0] == "A request for mutual legal assistance shall contain:"
    assert [ln[:3] for ln in lines[1:]] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    assert lines[6] == "(f) The purpose for which the evidence, information or action is sought."
    assert "untoc-art-18-para-16" in by_id("untoc")


def test_firearms_article_8_paragraph_1(by_id):
    rec = by_id("firearms")["firearms-art-8-para-1"]
    assert rec.citation == "Firearms Protocol, art. 8(1)"
    assert rec.heading_path[1:] == ["Article 8", "Marking of firearms"]
    assert "\n(a) At the time of manufacture of each firearm, either require" in rec.text
    assert "\n(c) Ensure, at the time of transfer of a firearm from government stocks" in rec.text


def test_article_without_numbered_paragraphs(by_id):
    rec = by_id("untoc")["untoc-art-1"]
    assert rec.citation == "UNTOC, art. 1" and rec.label == ""
    assert rec.text == ("The purpose of this Convention is to promote cooperation to prevent "
                        "and combat transnational organized crime more effectively.")
    art2 = by_id("untoc")["untoc-art-2"]
    assert art2.text.count("\n(") == 10  # (a)…(j) definitions


@pytest.mark.parametrize("doc_id,articles", [("untoc", 41), ("tip", 20), ("som", 25),
                                              ("firearms", 21)])
def test_article_counts(parse_doc, doc_id, articles):
    recs = parse_doc(doc_id)
    numbers = Counter(r.articles[0].article for r in recs if r.kind == "article")
    assert sorted(numbers) == list(range(1, articles + 1))
    assert len({r.id for r in recs}) == len(recs)
    assert all(r.url.endswith("#" + r.id) and r.text for r in recs)


def test_protocol_preambles(by_id):
    assert by_id("tip")["tip-preamble"].text.startswith("The States Parties to this Protocol,")
    assert by_id("firearms")["firearms-preamble"].text.endswith("Have agreed as follows:")
    assert "untoc-preamble" not in by_id("untoc")  # the Convention has none


def test_final_clause_is_not_an_article(parse_doc):
    assert not any("IN WITNESS WHEREOF" in r.text for r in parse_doc("untoc"))


def test_trafficking_definition(by_id):
    rec = by_id("tip")["tip-art-3"]
    assert rec.text.startswith(
        "For the purposes of this Protocol:\n(a) \u201cTrafficking in persons\u201d")
    assert "set forth in subparagraph (a) of this article" in rec.text


def test_treaty_needs_an_instrument(manifest_docs, tmp_path):
    from assistant.errors import SourceError

    doc = manifest_docs["untoc"].model_copy(update={"instrument": None})
    with pytest.raises(SourceError, match="instrument"):
        parse_treaty(doc, TREATIES / "untoc_convention.en.md")
