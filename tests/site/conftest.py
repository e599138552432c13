"""Fixtures for the site tests: the fictitious Testland corpus of site_fixtures.py."""

from __future__ import annotations

import pytest

from assistant.site.context import SiteContext

from .site_fixtures import make_documents, make_guides, make_records


@pytest.fixture
def records():
    return make_records()


@pytest.fixture
def guides():
    return make_guides()


@pytest.fixture
def documents():
    return make_documents()


@pytest.fixture
def ctx(records, guides, documents) -> SiteContext:
    topics = {"central-authorities": {"zh": "中央机关", "en": "Central authorities",
                                      "fr": "Autorités centrales", "es": "Autoridades centrales",
                                      "ru": "Центральные органы", "ar": "السلطات المركزية"}}
    return SiteContext(records=records, guides=guides, documents=documents, topics=topics)
