"""Bearer tokens for restricted directory entries.

The operator keeps a tokens file with one hash per line (blank lines and `#` comments
ignored). A line is either

    pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>   (written by `untoc-kb directory token-hash`)
    sha256$<hash hex>  or a bare 64-hex sha256           (accepted for operators' own tooling)

Tokens are compared with hmac.compare_digest and never logged or stored in clear. Make a
token with e.g. `python -c "import secrets; print(secrets.token_urlsafe(32))"`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import SourceError

PBKDF2_ITERATIONS = 50_000  # tokens are random (high entropy); this is defence in depth
MIN_TOKEN_CHARS = 16
TOKEN_RE = re.compile(r"^[A-Za-z0-9._~+/=-]{16,512}$")  # RFC 6750 b64token, bounded


@dataclass(frozen=True)
class TokenHash:
    scheme: str  # "pbkdf2_sha256" or "sha256"
    digest: bytes
    salt: bytes = b""
    iterations: int = 0

    def matches(self, token: str) -> bool:
        if self.scheme == "pbkdf2_sha256":
            candidate = hashlib.pbkdf2_hmac("sha256", token.encode(), self.salt, self.iterations)
        else:
            candidate = hashlib.sha256(token.encode()).digest()
        return hmac.compare_digest(candidate, self.digest)


def hash_token(token: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    """The line to put in the tokens file for `token`."""
    if not TOKEN_RE.match(token):
        raise ValueError(f"a token must be {MIN_TOKEN_CHARS}–512 characters of A-Z a-z 0-9 ._~+/=-")
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", token.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def _parse_line(file: Path, line_no: int, line: str) -> TokenHash:
    parts = line.split("$")
    try:
        if parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            iterations = int(parts[1])
            if iterations < 10_000:
                raise ValueError("too few iterations")
            return TokenHash("pbkdf2_sha256", bytes.fromhex(parts[3]), bytes.fromhex(parts[2]),
                             iterations)
        hex_digest = parts[1] if parts[0] == "sha256" and len(parts) == 2 else line
        if re.fullmatch(r"[0-9a-fA-F]{64}", hex_digest):
            return TokenHash("sha256", bytes.fromhex(hex_digest))
    except ValueError:
        pass
    # Do not echo the line: it might be a token pasted by mistake.
    raise SourceError(file, line_no, "not a token hash (expected pbkdf2_sha256$… or sha256$…)",
                      "token")


def load_token_hashes(file: Path | None) -> list[TokenHash]:
    if file is None:
        return []
    if not file.exists():
        raise SourceError(file, None, "tokens file not found", "tokens_file")
    hashes = []
    for line_no, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            hashes.append(_parse_line(file, line_no, line))
    return hashes


def token_is_valid(token: str, hashes: list[TokenHash]) -> bool:
    """True if the token matches any configured hash (checks every hash: no early exit)."""
    if not TOKEN_RE.match(token):
        return False
    result = False
    for item in hashes:
        result |= item.matches(token)
    return result


class TokenChecker:
    """Checks bearer tokens; remembers (by sha256, never in clear) tokens already accepted so
    a client's repeated requests do not pay the PBKDF2 cost each time."""

    def __init__(self, hashes: list[TokenHash], *, remember: int = 256):
        self.hashes = hashes
        self._accepted: dict[bytes, None] = {}
        self._remember = remember

    def __call__(self, token: str) -> bool:
        if not TOKEN_RE.match(token):
            return False
        key = hashlib.sha256(token.encode()).digest()
        if any(hmac.compare_digest(key, known) for known in self._accepted):
            return True
        if not token_is_valid(token, self.hashes):
            return False
        if len(self._accepted) >= self._remember:
            self._accepted.pop(next(iter(self._accepted)))
        self._accepted[key] = None
        return True
