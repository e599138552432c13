"""Fixtures for the search tests: the Testland corpus indexed with fake embedders."""

from __future__ import annotations

import pytest

from .testland import build_fixture_index


@pytest.fixture(scope="session")
def fixture_service(tmp_path_factory):
    from assistant.search.service import load_service

    root = tmp_path_factory.mktemp("testland")
    settings, embedders, _ = build_fixture_index(root)
    return load_service(settings, embedders={e.name: e for e in embedders})
