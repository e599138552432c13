"""The whole build on a copy of the project: failure leaves the last good build in place, and
a restricted directory entry never reaches the site, the index, the API or the exports."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from assistant.build import run_build
from assistant.config import Settings, make_settings
from assistant.errors import SourceError

ROOT = Path(__file__).resolve().parent.parent
CANARY = "Canary Bureau of Fictitious Affairs ZQX-7731"
CANARY_STATE = "AND"


def _copy_project(dest: Path) -> Settings:
    for name in ("data", "docs"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return make_settings(dest, model="hashing")


def _tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(path)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def built_copy(tmp_path_factory) -> Settings:
    """A full build of a copy of the project, with a restricted canary authority planted."""
    root = tmp_path_factory.mktemp("project")
    settings = _copy_project(root)
    entry_file = settings.data_dir / "directory" / f"{CANARY_STATE}.yaml"
    entry = yaml.safe_load(entry_file.read_text(encoding="utf-8"))
    entry.setdefault("authorities", []).append({
        "role": "central_authority_mla",
        "name": CANARY,
        "email": "canary@example.invalid",
        "visibility": "restricted",
        "source": {"title": "fictitious test submission", "as_of": "2026-01-01",
                   "reliability": "test fixture, never published"},
    })
    entry_file.write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    run_build(settings, model="hashing")
    return settings


@pytest.mark.slow
def test_canary_absent_from_site_and_index(built_copy: Settings) -> None:
    for folder in (built_copy.site_dir, built_copy.index_dir):
        for file in folder.rglob("*"):
            if file.is_file():
                assert CANARY.encode() not in file.read_bytes(), file


@pytest.mark.slow
def test_canary_absent_from_public_api_present_with_token(built_copy: Settings,
                                                           tmp_path: Path) -> None:
    from assistant.api.app import create_app
    from assistant.directory.access import hash_token

    tokens = tmp_path / "tokens"
    tokens.write_text(hash_token("s3cret-test-token") + "\n", encoding="utf-8")
    settings = built_copy.model_copy(update={"tokens_file": tokens})
    client = TestClient(create_app(settings))
    # Words of the canary but not the whole string, so an echoed query cannot match.
    query = "central authority of Andorra, Canary Bureau of Fictitious Affairs"
    for response in (
        client.post("/api/ask", json={"question": query, "k": 50}),
        client.get("/api/search", params={"q": query, "k": 50}),
        client.get("/api/directory"),
        client.get(f"/api/directory/{CANARY_STATE}"),
    ):
        assert response.status_code == 200
        assert CANARY not in response.text
    authed = client.get(f"/api/directory/{CANARY_STATE}",
                        headers={"Authorization": "Bearer s3cret-test-token"})
    assert authed.status_code == 200 and CANARY in authed.text
    wrong = client.get(f"/api/directory/{CANARY_STATE}",
                       headers={"Authorization": "Bearer wrong-token"})
    assert wrong.status_code == 401


@pytest.mark.slow
def test_failed_build_leaves_last_good_build(built_copy: Settings) -> None:
    site_before = _tree_digest(built_copy.site_dir)
    index_before = _tree_digest(built_copy.index_dir)
    manifest = built_copy.data_dir / "sources" / "manifest.yaml"
    good = manifest.read_text(encoding="utf-8")
    manifest.write_text(good + "\n- id: broken\n  unknown_field: 1\n", encoding="utf-8")
    try:
        with pytest.raises(SourceError) as err:
            run_build(built_copy, model="hashing")
        assert "manifest.yaml" in str(err.value) and err.value.line
    finally:
        manifest.write_text(good, encoding="utf-8")
    assert _tree_digest(built_copy.site_dir) == site_before
    assert _tree_digest(built_copy.index_dir) == index_before


@pytest.mark.slow
def test_canary_absent_from_exports(built_copy: Settings) -> None:
    from assistant.directory.export import export_csv, export_json
    from assistant.directory.load import load_directory

    directory = load_directory(built_copy.data_dir / "directory")
    assert CANARY not in export_csv(directory)
    assert CANARY not in export_json(directory)
