import sys

import pytest

from assistant.search.memory import limit_malloc_arenas, release_freed_memory

glibc = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")


@glibc
def test_glibc_takes_the_arena_limit():
    assert limit_malloc_arenas() is True


@glibc
def test_freed_memory_goes_back_to_the_os():
    def rss_kb() -> int:
        with open("/proc/self/status") as status:
            return int(next(line for line in status if line.startswith("VmRSS:")).split()[1])

    blocks = [bytearray(1000) for _ in range(200_000)]  # ~200 MB of small heap objects
    sentinel = bytearray(1000)  # still in use above them: glibc cannot just shrink the heap
    del blocks
    kept = rss_kb()  # freed, but still the process's
    release_freed_memory()
    assert rss_kb() < kept - 100_000
    del sentinel
