"""The build's fingerprint: content hashes of its input files and of the package's own code.

In: the project folder, the input files of a build and the package's code and reference tables.
Out: one key that changes when an input file or a line of the package changes; the build keeps
the last one under `.cache/strikeclaims/` and redoes nothing while it stays the same.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

CACHE_DIR = Path(".cache/strikeclaims")
PACKAGE_DIR = Path(__file__).parent


def file_digest(path: Path) -> str:
    """SHA-256 of a file; read once per process while the file's size and modification time stay the same."""
    stat = Path(path).stat()
    return _digest(Path(path).resolve(), stat.st_size, stat.st_mtime_ns)


@cache
def _digest(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """A hash of the package's code and reference tables: a parser fix invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".csv") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(root: Path, inputs: list[Path], extra: str = "") -> str:
    """One hash of the package's code, of the given files' names and contents, and of `extra`."""
    key = hashlib.sha256(code_fingerprint().encode())
    key.update(extra.encode("utf-8", "surrogateescape"))
    for path in inputs:
        path = Path(path)
        key.update((path.relative_to(root) if path.is_relative_to(root) else path).as_posix().encode())
        key.update(file_digest(path).encode())
    return key.hexdigest()


def remove_temporary(root: Path) -> None:
    """Remove the temporary files that builds killed outright left in the cache (under the build lock,
    no other build is writing one)."""
    for tmp in (root / CACHE_DIR).glob(".*.tmp-*"):
        tmp.unlink(missing_ok=True)
