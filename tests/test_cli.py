"""Every command answers --help, and expected failures print a clean error, not a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()

COMMANDS = [
    [],
    ["build"],
    ["serve"],
    ["ask"],
    ["eval"],
    ["draft"],
    ["directory"],
    ["directory", "validate"],
    ["directory", "new"],
    ["directory", "export"],
    ["directory", "import"],
    ["guides"],
    ["guides", "report"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "untoc-kb")
def test_every_command_has_help(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_ask_without_index_says_to_build(tmp_path, monkeypatch) -> None:
    from assistant import config

    monkeypatch.setenv("UNTOC_KB_ROOT", str(tmp_path))
    config.get_settings.cache_clear()
    try:
        result = runner.invoke(app, ["ask", "central authority"])
    finally:
        config.get_settings.cache_clear()
    assert result.exit_code == 1
    assert "untoc-kb build" in result.output
    assert "Traceback" not in result.output
