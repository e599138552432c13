"""Fixtures for directory tests: a fictitious temp data dir and the real directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fictitious import ROOT, make_data_dir


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path)


@pytest.fixture(scope="session")
def real_directory():
    from assistant.directory.load import load_directory

    return load_directory(ROOT / "data" / "directory")
