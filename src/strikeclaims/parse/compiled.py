"""Which parser modules run: the C extensions mypyc built from them, or their Python source.

`setup.py` compiles `MODULES` (one group, `GROUP`) in place beside their source and records the SHA-256 of each
source in `compiled.json`, and there too a compile that stopped (for `status`). At import, `choose` keeps the
extensions only when every one of them is there and was built from the source as it is now; otherwise, or with
`STRIKECLAIMS_PURE_PYTHON=1` set, all of `MODULES` run from their source (an edited parser is never shadowed by an
extension of its former text). Both read alike; the extensions are faster. `make venv` (or `pip install -e .`)
rebuilds them.

This module uses the standard library only: `setup.py` loads it before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).parent
PACKAGE = "strikeclaims.parse"
MODULES = ("lexicon", "dates", "grammar", "report")  # the compiled group
GROUP = f"{PACKAGE}.compiled"
LIBRARY = f"{GROUP.rpartition('.')[2]}__mypyc"  # the group's shared library, an extension the modules' own ones load
RECORD = HERE / "compiled.json"
PURE_VARIABLE = "STRIKECLAIMS_PURE_PYTHON"
FAILED = "compile_failed"  # the record's mark of a compile that stopped (a type error, most often)

IN_USE = False  # set by `choose`: whether the parser modules run compiled


def digests() -> dict[str, str]:
    """The SHA-256 of each compiled module's source as it is now."""
    return {name: hashlib.sha256((HERE / f"{name}.py").read_bytes()).hexdigest() for name in MODULES}


def record() -> None:
    """Before a compile (called by `setup.py`): remove the extensions built before, so that a compile that fails
    leaves the source to run, and write the digests of the sources about to be compiled."""
    for name in (*MODULES, LIBRARY):
        while (path := extension(name)) is not None:
            path.unlink()
    _write(digests())


def record_failure() -> None:
    """After a compile that stopped (called by `setup.py`): note it beside the digests, for `status`."""
    _write({**_built(), FAILED: True})


def _write(built: dict) -> None:
    RECORD.write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _built() -> dict:
    """The record of the last compile: the digests of the sources it was given (and whether it stopped)."""
    try:
        built = json.loads(RECORD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return built if isinstance(built, dict) else {}


def extension(name: str) -> Path | None:
    """The extension built for a module, if there is one."""
    return next((p for s in importlib.machinery.EXTENSION_SUFFIXES if (p := HERE / f"{name}{s}").is_file()), None)


def stale() -> list[str]:
    """The compiled modules whose extension is missing or was built from another source (all of them when the
    group's shared library is missing: a compile that failed part way)."""
    if extension(LIBRARY) is None:
        return list(MODULES)
    built = _built()
    now = digests()
    return [name for name in MODULES if extension(name) is None or built.get(name) != now[name]]


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds `MODULES` as their Python source, ahead of the extensions beside them."""

    def find_spec(self, fullname: str, path=None, target=None) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def _unusable() -> str | None:
    """Why the extensions beside the source cannot run (None when they can)."""
    changed = stale()
    if not changed:
        return None
    if extension(LIBRARY) is None:
        return f"the compiled parser modules lack their shared library ({LIBRARY}: the compile failed part way)"
    return f"the compiled parser modules were built from another version of {', '.join(changed)}.py"


def choose() -> bool:
    """Decide, before any of `MODULES` is imported, whether they run compiled; True when they do."""
    global IN_USE
    if not any(extension(name) for name in MODULES):
        return False  # installed as source: nothing to choose
    if not os.environ.get(PURE_VARIABLE):
        why = _unusable()
        if why is None:
            IN_USE = True
            return True
        warnings.warn(f"{why}; the Python source runs instead (slower). `make venv` or `pip install -e .` compiles "
                      f"them again.", RuntimeWarning, stacklevel=2)
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder())
    return False


def status() -> str:
    """One line on which parser modules run, and why (printed by `make venv`)."""
    if IN_USE:
        return "parser modules: compiled (C extensions built from the source as it is)"
    if not any(extension(name) for name in MODULES):
        if _built().get(FAILED):
            return ("parser modules: Python source (not compiled: the compile stopped at install, most often on a type "
                    "error; `pip install --no-deps -e . -v` shows mypy's messages)")
        return "parser modules: Python source (not compiled: mypyc or a C compiler was missing at install)"
    if os.environ.get(PURE_VARIABLE):
        return f"parser modules: Python source ({PURE_VARIABLE} is set)"
    return f"parser modules: Python source ({_unusable()})"
