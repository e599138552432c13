import mmap
import sys
from pathlib import Path

import pytest

from assistant.search.memory import (
    Mapping,
    drop_clean_file_pages,
    limit_malloc_arenas,
    parse_mappings,
    release_freed_memory,
    resident_kb,
)

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


@glibc
def test_clean_pages_of_a_mapped_file_are_dropped_and_read_back(tmp_path):
    path = tmp_path / "weights.bin"
    data = bytes(range(256)) * (16 * 4096)  # 16 MB
    path.write_bytes(data)
    with path.open("rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY)  # private, as torch maps
        assert mapped[:] == data  # every page read: resident
        assert resident_kb(path) > 15_000
        assert drop_clean_file_pages(path) == len(data)
        assert resident_kb(path) < 1_000
        assert mapped[:] == data  # read back from the file, unchanged
        mapped.close()


@glibc
def test_a_mapping_with_written_pages_is_left_alone(tmp_path):
    path = tmp_path / "weights.bin"
    path.write_bytes(b"\0" * (4 * 4096))
    with path.open("rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_COPY)
        mapped[0:5] = b"dirty"  # a private copy-on-write page: dropping it would lose this
        assert drop_clean_file_pages(path) == 0
        assert mapped[0:5] == b"dirty"
        mapped.close()


def test_mappings_are_read_from_smaps_text():
    text = (
        "7fc73b800000-7fc73b804000 rw-p 00000000 fe:00 160 /models/e5/model.safetensors\n"
        "Size:                 16 kB\nRss:                   8 kB\nAnonymous:             0 kB\n"
        "7fc778310000-7fc77834c000 r--p 00000000 fe:00 536 /lib/other.so\n"
        "Anonymous:             4 kB\n"
        "7fc800000000-7fc800001000 rw-p 00000000 fe:00 160 /models/e5/model.safetensors\n"
        "Anonymous:             4 kB\n")
    assert parse_mappings(text, "/models/e5/model.safetensors") == [
        Mapping(0x7FC73B800000, 0x7FC73B804000, rss_kb=8, anonymous_kb=0),
        Mapping(0x7FC800000000, 0x7FC800001000, rss_kb=0, anonymous_kb=4)]
    assert drop_clean_file_pages(Path("/nowhere"), smaps=Path("/nowhere/smaps")) == 0
