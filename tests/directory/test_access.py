"""Token file parsing and checking."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from assistant.directory.access import (
    TokenChecker,
    hash_token,
    load_token_hashes,
    token_is_valid,
)
from assistant.errors import SourceError

TOKEN = "fictitious-token-0123456789abcdef"


def test_pbkdf2_and_sha256_lines(tmp_path: Path) -> None:
    sha = hashlib.sha256(b"another-fictitious-token-42").hexdigest()
    file = tmp_path / "tokens"
    file.write_text(f"{hash_token(TOKEN)}\n\nsha256${sha}\n", encoding="utf-8")
    hashes = load_token_hashes(file)
    assert len(hashes) == 2
    assert token_is_valid(TOKEN, hashes)
    assert token_is_valid("another-fictitious-token-42", hashes)
    assert not token_is_valid("wrong-token-0000000000000000", hashes)
    assert not token_is_valid("", hashes) and not token_is_valid("bad token with spaces", hashes)


def test_no_tokens_file_means_no_valid_token() -> None:
    assert load_token_hashes(None) == []
    assert not token_is_valid(TOKEN, [])


def test_bad_line_is_reported_without_echoing_it(tmp_path: Path) -> None:
    file = tmp_path / "tokens"
    file.write_text(f"{hash_token(TOKEN)}\n{TOKEN}\n", encoding="utf-8")
    with pytest.raises(SourceError) as info:
        load_token_hashes(file)
    assert info.value.line == 2 and TOKEN not in str(info.value)


def test_salted_hashes_differ() -> None:
    assert hash_token(TOKEN) != hash_token(TOKEN)



def test_checker_remembers_accepted_tokens_only(tmp_path: Path) -> None:
    file = tmp_path / "tokens"
    file.write_text(hash_token(TOKEN) + "\n", encoding="utf-8")
    checker = TokenChecker(load_token_hashes(file))
    assert checker(TOKEN) and checker(TOKEN)
    assert not checker("wrong-token-0000000000000000")
    assert len(checker._accepted) == 1
    assert TOKEN.encode() not in b"".join(checker._accepted)  # kept hashed, never in clear
