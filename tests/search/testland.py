"""A small, obviously fictitious corpus and deterministic fake embedders (shared by the
search and API tests)."""

from __future__ import annotations

from pathlib import Path

from assistant.config import make_settings
from assistant.corpus import write_corpus
from assistant.schemas.paragraph import ArticleRef, Paragraph
from assistant.search.models import HashingEmbedder


def _rec(id: str, text: str, *, kind: str = "paragraph", lang: str = "zh",
         document: str = "testland-cop1", heading: tuple[str, ...] = ("Testland decision 1/1",),
         topics: tuple[str, ...] = (), session: int | None = 1,
         articles: tuple[ArticleRef, ...] = ()) -> Paragraph:
    return Paragraph(id=id, document=document, kind=kind, citation=f"TEST/{id}",
                     heading_path=list(heading), text=text, lang=lang, topics=list(topics),
                     session=session, articles=list(articles), url=f"/documents/{document}/#{id}")


FIXTURE_RECORDS = [
    _rec("testland-cop1-para-1",
         "缔约国应当指定一个中央当局负责接收司法协助请求。中央当局应当迅速执行请求。",
         topics=("central-authorities", "mutual-legal-assistance")),
    _rec("testland-cop1-para-2",
         "鼓励缔约国把公约作为引渡的法律依据。引渡请求应当附有必要的文件。",
         topics=("extradition",)),
    _rec("testland-cop1-para-3",
         "请秘书处为技术援助筹集预算外资源。技术援助应当优先考虑最不发达国家。",
         topics=("technical-assistance", "funding")),
    _rec("testland-cop2-para-1", "缔约方会议决定设立一个审议机制，审议公约的执行情况。",
         document="testland-cop2", session=2, topics=("review-mechanism",)),
    _rec("testtreaty-art-18-para-1",
         "States Parties shall afford one another the widest measure of mutual legal "
         "assistance in investigations of offences covered by the Test Convention. "
         "Each State Party shall designate a central authority to receive requests.",
         kind="article", lang="en", document="testtreaty", session=None,
         heading=("Test Convention", "Article 18. Mutual legal assistance"),
         articles=(ArticleRef(instrument="UNTOC", article=18, paragraph="1"),)),
    _rec("testtreaty-art-16-para-1",
         "This article shall apply to the offences covered by the Test Convention where "
         "the person who is the subject of the request for extradition is located in the "
         "territory of the requested State Party.",
         kind="article", lang="en", document="testtreaty", session=None,
         heading=("Test Convention", "Article 16. Extradition"),
         articles=(ArticleRef(instrument="UNTOC", article=16, paragraph="1"),)),
    _rec("guide-testland-mla-1",
         "Practitioners in Testland send mutual legal assistance requests to the central "
         "authority designated under article 18.",
         kind="guide", lang="en", document="guide-mla", session=None,
         heading=("Guide: sending a request to Testland",)),
    _rec("guide-testland-mla-fr-1",
         "Les praticiens de Testland adressent leurs demandes d'entraide judiciaire à "
         "l'autorité centrale désignée en vertu de l'article 18.",
         kind="guide", lang="fr", document="guide-mla", session=None,
         heading=("Guide : envoyer une demande à Testland",)),
    _rec("directory-tst",
         "Republic of Testland: Central authority for mutual legal "
         "assistance: Ministry of Fictional Affairs, example.invalid.",
         kind="directory", lang="en", document="directory", session=None,
         heading=("Directory of competent national authorities",
                  "Republic of Testland — 测试国 — République de Testland — "
                  "República de Testland — Республика Тестландия — جمهورية تستلاند")),
]


class CountingEmbedder(HashingEmbedder):
    """The fake embedder, renamed (to stand for one model of an ensemble) and counting calls."""

    def __init__(self, name: str, dim: int):
        super().__init__(dim=dim)
        self.name = name
        self.passage_calls = 0
        self.passages_embedded = 0

    def embed_passages(self, texts):
        self.passage_calls += 1
        self.passages_embedded += len(texts)
        return super().embed_passages(texts)


def make_embedders() -> list[CountingEmbedder]:
    return [CountingEmbedder("fake-a", 128), CountingEmbedder("fake-b", 96)]


def build_fixture_index(root: Path, records=None, embedders=None):
    from assistant.search.index import build_index

    records = FIXTURE_RECORDS if records is None else records
    settings = make_settings(root)
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    write_corpus(settings.corpus_path, records)
    embedders = embedders or make_embedders()
    meta = build_index(settings, records, settings.index_dir, embedders=embedders)
    return settings, embedders, meta


def build_hashing_index(root: Path, **overrides: object):
    """The Testland index built with the 'hashing' model, which loads by name like a real one.

    The directory routes read the project's own data/directory.
    """
    from assistant.search.index import build_index
    from assistant.search.models import load_embedder

    project = Path(__file__).resolve().parents[2]
    settings = make_settings(root, **{"data_dir": project / "data", **overrides})
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    write_corpus(settings.corpus_path, FIXTURE_RECORDS)
    build_index(settings, FIXTURE_RECORDS, settings.index_dir,
                embedders=[load_embedder("hashing")])
    return settings


def make_test_app(root: Path, **overrides: object):
    """The real app (create_app) over the 'hashing' Testland index: nothing is injected."""
    from assistant.api.app import create_app

    return create_app(build_hashing_index(root, **overrides))
