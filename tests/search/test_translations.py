"""English renderings of the Chinese paragraphs: read, matched to their paragraph, embedded,
used for questions not in Chinese, and never shown."""

from __future__ import annotations

import dataclasses
import json

import pytest

from assistant.errors import SourceError
from assistant.schemas.translation import Translation
from assistant.search.service import load_service
from assistant.search.translations import (
    TRANSLATIONS_FILE,
    current_translations,
    read_translations,
    text_digest,
)

from .testland import FIXTURE_RECORDS, build_fixture_index

TARGET = FIXTURE_RECORDS[2]  # 请秘书处为技术援助筹集预算外资源。技术援助应当优先考虑最不发达国家。
RENDERING = ("The Secretariat is requested to raise extrabudgetary resources for technical "
             "assistance. Technical assistance should give priority to the least developed "
             "countries.")
QUESTION = ("Should the least developed countries get priority for extrabudgetary technical "
            "assistance?")


def _write(root, *lines: str) -> None:
    path = root / "data" / TRANSLATIONS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _rendering(record=TARGET, en: str = RENDERING) -> str:
    return Translation(id=record.id, zh_sha256=text_digest(record.text), en=en).model_dump_json()


def test_a_malformed_line_names_the_file_line_and_field(tmp_path):
    path = tmp_path / "en.jsonl"
    bad = json.dumps({"id": TARGET.id, "zh_sha256": "not-a-digest", "en": "x"})
    path.write_text(_rendering() + "\n\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(SourceError) as error:
        read_translations(path)
    assert (error.value.line, error.value.field) == (3, "zh_sha256")
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"en\.jsonl:1"):
        read_translations(path)


def test_no_file_means_no_renderings(tmp_path):
    assert read_translations(tmp_path / "absent.jsonl") == []


def test_renderings_of_changed_or_unknown_paragraphs_are_ignored():
    stale = Translation(id=FIXTURE_RECORDS[1].id, zh_sha256=text_digest("旧的文本"), en="Old.")
    unknown = Translation(id="testland-nowhere", zh_sha256=text_digest("x"), en="Nowhere.")
    current = Translation.model_validate_json(_rendering())
    rows, texts, ignored = current_translations([stale, current, unknown], FIXTURE_RECORDS)
    assert rows == [FIXTURE_RECORDS.index(TARGET)] and texts == [RENDERING] and ignored == 2


def test_a_malformed_renderings_file_stops_the_build(tmp_path):
    _write(tmp_path, _rendering(), '{"id": "testland-cop1-para-1"}')
    with pytest.raises(SourceError, match=r"en\.jsonl:2"):
        build_fixture_index(tmp_path)


@pytest.fixture(scope="module")
def translated(tmp_path_factory):
    root = tmp_path_factory.mktemp("translated")
    _write(root, _rendering(), _rendering(FIXTURE_RECORDS[1], "Outdated.").replace(
        text_digest(FIXTURE_RECORDS[1].text), text_digest("旧的文本")))
    settings, embedders, meta = build_fixture_index(root)
    return meta, load_service(settings, embedders={e.name: e for e in embedders})


def _rank(service, question: str) -> int:
    ids = [c.id for c in service.search(question, k=20).results]
    return ids.index(TARGET.id) + 1 if TARGET.id in ids else 99


def test_an_english_question_finds_a_chinese_paragraph_through_its_rendering(translated):
    meta, service = translated
    assert (meta.translations, meta.translations_ignored) == (1, 1)
    with_renderings = _rank(service, QUESTION)
    base = service.config
    try:
        service.config = dataclasses.replace(base, translation_weight=0.0)
        without = _rank(service, QUESTION)
    finally:
        service.config = base
    # The fake embedders match English to English only; the tiny fixture's English treaty
    # records stay first, but the Chinese paragraph moves up through its rendering alone.
    assert with_renderings < without


def test_renderings_are_never_shown(translated):
    _, service = translated
    results = service.search(QUESTION, k=20).results
    cited = next(c for c in results if c.id == TARGET.id)
    assert cited.text == TARGET.text
    assert not any("extrabudgetary" in c.model_dump_json() for c in results)


def test_chinese_questions_do_not_use_the_renderings(translated):
    _, service = translated
    models = service.models
    queries = {name: m.embedder.embed_queries(["技术援助"])[0] for name, m in models.items()}
    dense = {name: m.passages @ queries[name] for name, m in service.models.items()}
    assert service._translated(queries, dense, "zh", None) is None
    assert service._translated(queries, dense, "en", None) is not None
