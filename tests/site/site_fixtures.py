"""A small, obviously fictitious corpus ("Republic of Testland") for the site tests."""

from __future__ import annotations

from datetime import date

from assistant.schemas.document import Document
from assistant.schemas.paragraph import ArticleRef, Footnote, Paragraph, Table

DOC = "testland-decisions"
URL = f"/documents/{DOC}/#"


def _para(pid: str, text: str, order: int, **kw) -> Paragraph:
    url = kw.pop("url", URL + pid)
    return Paragraph(id=pid, document=kw.pop("document", DOC), text=text, order=order,
                     citation=kw.pop("citation", f"TEST/COP/1/1, {pid}"), url=url, **kw)


def make_records() -> list[Paragraph]:
    heading = ["Decisions of the Testland conference", "Decision 1/1"]
    rows = [[f"Testland province {i}", f"2004年7月{i}日", "" if i % 2 else "x"]
            for i in range(1, 13)]
    return [
        _para("testland-decision-1-1-para-a",
              "各缔约国应指定一个中央机关 <script>alert(1)</script>", 1, label="(a)",
              heading_path=heading, topics=["central-authorities"],
              articles=[ArticleRef(instrument="UNTOC", article=18, paragraph="13")],
              footnotes=[Footnote(mark="1", text="A fictitious footnote *not emphasis*.")]),
        _para("testland-decision-1-1-para-b", "17. [[testland-decision-1-1-para-a]] text",
              2, label="(b)", heading_path=heading, parent="testland-decision-1-1-para-a",
              topics=["extradition"]),
        _para("testland-annex-table-b", "", 3, kind="table", heading_path=["Annex"],
              table=Table(caption="截至 2004 年 7 月 20 日 Testland status", header=["State",
                          "Signature", "Note"], rows=rows)),
        _para("untoc-art-18-para-13", "Each State Party shall designate a central authority.",
              1, document="untoc", kind="article", lang="en", url=
              "/treaties/untoc/art-18/#untoc-art-18-para-13", citation="UNTOC, art. 18(13)",
              heading_path=["Article 18. Mutual legal assistance"],
              articles=[ArticleRef(instrument="UNTOC", article=18, paragraph="13")]),
    ]


def make_guides() -> list[Paragraph]:
    return [_para("guide-testland-1", "A fictitious guide paragraph.", 1, document="guide-x",
                  kind="guide", lang="en", url="/guides/testland-guide/#guide-testland-1",
                  citation="Guide: Testland, para. 1", topics=["central-authorities"],
                  articles=[ArticleRef(instrument="UNTOC", article=18)])]


def make_documents() -> dict[str, Document]:
    titles = {lang: f"Testland decisions ({lang})" for lang in ("zh", "en", "fr", "es", "ru", "ar")}
    return {DOC: Document(id=DOC, file="x.txt", parser="pdf_text", symbol="TEST/COP/1/1",
                          short="TEST/COP/1/1", titles=titles,
                          summaries={k: f"Unofficial summary {k}" for k in titles},
                          body="cop", session=1, date=date(2004, 7, 20), type="decision",
                          official_url="https://documents.example.invalid/TEST/COP/1/1")}

