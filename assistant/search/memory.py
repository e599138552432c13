"""Keep the serving process small on glibc and Linux (each call is a no-op elsewhere).

Measured with `scripts/bench` (2026-11-23): two malloc arenas instead of glibc's default of
eight per core took the server from 1,062 to 937 MB after the load test, and the synthetic
100,000-record index from 1,654 to 1,547 MB, at no measurable cost in latency.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from pathlib import Path

_M_ARENA_MAX = -8  # glibc's mallopt parameter number
MALLOC_ARENAS = 2


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas; True when glibc took the setting. Each thread that
    allocates (request workers, torch, faiss) otherwise gets an arena of its own, and each
    keeps the memory it freed. Call it before the threads start."""
    libc = _libc()
    if libc is None or not hasattr(libc, "mallopt"):
        return False
    return libc.mallopt(_M_ARENA_MAX, arenas) == 1


def release_freed_memory() -> None:
    """Return freed heap pages to the operating system.

    Loading an index allocates and frees many small objects (tokens, parsed records, the
    tokenizer sentence-transformers loads and assistant.search.models drops); glibc keeps the
    pages they leave unless asked: ~140 MB at 100,000 records."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


_MADV_DONTNEED = 4  # Linux
_MAPPING = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s+(.*)$")


def drop_clean_file_pages(path: Path, smaps: Path = Path("/proc/self/smaps")) -> int:
    """Drop this process's resident pages of the memory-mapped file `path`; bytes dropped.

    After e5's weights are converted to bfloat16 (assistant.search.models), its float32 file
    stays mapped for the token table, and every page the conversion read stays resident
    (~85 MB). Pages of a mapping that no one wrote to (no anonymous, copy-on-write pages in
    it) hold exactly the file's bytes, so dropping them loses nothing: a page read again is
    read back from the file. A mapping with written pages is left alone.
    """
    libc = _libc()
    if libc is None or not hasattr(libc, "madvise"):
        return 0
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    dropped = 0
    for m in file_mappings(path, smaps):
        if m.anonymous_kb == 0 and libc.madvise(m.start, m.end - m.start, _MADV_DONTNEED) == 0:
            dropped += m.end - m.start
    return dropped


def resident_kb(path: Path, smaps: Path = Path("/proc/self/smaps")) -> int:
    """Resident kB of this process's mappings of the file `path` (0 where smaps is absent)."""
    return sum(m.rss_kb for m in file_mappings(path, smaps))


@dataclass
class Mapping:
    start: int
    end: int
    rss_kb: int = 0
    anonymous_kb: int = -1  # unknown until its "Anonymous:" line


def file_mappings(path: Path, smaps: Path = Path("/proc/self/smaps")) -> list[Mapping]:
    """This process's mappings of the file `path` (none where smaps cannot be read)."""
    try:
        text = smaps.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return parse_mappings(text, str(path.resolve()))


def parse_mappings(smaps_text: str, target: str) -> list[Mapping]:
    """The mappings of the file `target` in /proc/<pid>/smaps text, with their sizes."""
    out: list[Mapping] = []
    current: Mapping | None = None
    for line in smaps_text.splitlines():
        found = _MAPPING.match(line)
        if found:
            current = None
            if found[3].strip() == target:
                current = Mapping(int(found[1], 16), int(found[2], 16))
                out.append(current)
        elif current is not None and line.startswith(("Rss:", "Anonymous:")):
            kb = int(line.split()[1])
            if line.startswith("Rss:"):
                current.rss_kb = kb
            else:
                current.anonymous_kb = kb
    return out
