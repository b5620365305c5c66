"""The parser modules as the install compiles them (setup.py, `strikeclaims.parse.compiled`): the venv that `make`
builds runs them compiled, they read every text exactly as their Python source does, and an edited source is never
shadowed by the extension built from its former text."""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from strikeclaims.dev import bench
from strikeclaims.parse import compiled, dates, grammar, lexicon

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "strikeclaims"
READ_ALL = """
import sys
from strikeclaims import parse, read
from strikeclaims.parse import compiled
records, _, _ = read.read_reports(sys.argv[1:])
claims, rejected = parse.parse_records(records)
print(compiled.IN_USE, len(claims))
sys.stdout.write(claims.to_csv(index=False) + rejected.to_csv(index=False))
"""
SAY_WHICH = ("from strikeclaims.parse import compiled, grammar; print(compiled.IN_USE, grammar.__file__); "
             "print(compiled.status())")


def _run(code: str, *args: str, pure: bool = False, path: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_VARIABLE}
    if pure:
        env[compiled.PURE_VARIABLE] = "1"
    if path is not None:
        env["PYTHONPATH"] = str(path)
    return subprocess.run([sys.executable, "-W", "always", "-c", code, *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, check=True)


def _copy_of_the_package(tmp_path: Path) -> Path:
    """The package as installed here, extensions and their record included, copied under `tmp_path / "src"`."""
    copy = tmp_path / "src" / "strikeclaims"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_venv_runs_the_parser_modules_compiled():
    # (`make venv` installs the package with setup.py, which compiles them; a type error or a missing compiler
    # would leave the slower source running, and this test says so)
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    assert compiled.IN_USE, compiled.status()
    assert compiled.status().startswith("parser modules: compiled")
    for module in (lexicon, dates, grammar):
        assert module.__file__.endswith(suffixes), module.__file__


def test_compiled_and_source_read_every_text_alike(tmp_path):
    texts = [bench.generate(tmp_path / f"{wording}.jsonl", 2500, seed=7, wording=wording) for wording in
             ("bench", "unseen")]
    texts += [PACKAGE / "gold" / "real" / "reports.jsonl", ROOT / "tests" / "gold" / "reports.jsonl"]
    as_compiled = _run(READ_ALL, *map(str, texts)).stdout
    as_source = _run(READ_ALL, *map(str, texts), pure=True).stdout
    (compiled_head, compiled_rows), (source_head, source_rows) = as_compiled.split("\n", 1), as_source.split("\n", 1)
    in_use, n_claims = compiled_head.split()
    assert in_use == "True" and source_head.startswith("False ")
    assert int(n_claims) > 10_000
    pairs = zip(compiled_rows.splitlines(), source_rows.splitlines(), strict=False)
    first = next(((a, b) for a, b in pairs if a != b), None)
    assert compiled_rows == source_rows, f"first difference: {first}"


@pytest.mark.skipif(not compiled.IN_USE, reason="the parser modules are not compiled in this environment")
def test_an_edited_parser_module_runs_from_its_source(tmp_path):
    copy = _copy_of_the_package(tmp_path)
    unchanged = _run(SAY_WHICH, path=tmp_path / "src")
    assert unchanged.stdout.split()[0] == "True" and "another version" not in unchanged.stderr
    with open(copy / "parse" / "grammar.py", "a", encoding="utf-8") as fh:
        fh.write("\n# edited after the compile\n")
    edited = _run(SAY_WHICH, path=tmp_path / "src")
    in_use, file, said = edited.stdout.split(None, 2)
    assert in_use == "False" and file == str(copy / "parse" / "grammar.py")
    assert "built from another version of grammar.py" in edited.stderr and "another version of grammar.py" in said
    pure = _run(SAY_WHICH, pure=True).stdout  # (and the variable that asks for the source)
    assert pure.split()[0] == "False" and f"({compiled.PURE_VARIABLE} is set)" in pure


@pytest.mark.skipif(not compiled.IN_USE, reason="the parser modules are not compiled in this environment")
def test_a_compile_that_failed_part_way_leaves_the_source_running(tmp_path):
    copy = _copy_of_the_package(tmp_path)
    # (the modules' own extensions built, the group's shared library not: importing them would fail)
    next((copy / "parse").glob(f"{compiled.LIBRARY}.*")).unlink()
    run = _run(SAY_WHICH, path=tmp_path / "src")
    in_use, file, said = run.stdout.split(None, 2)
    assert in_use == "False" and file == str(copy / "parse" / "grammar.py")
    assert f"lack their shared library ({compiled.LIBRARY}" in run.stderr and "failed part way" in said


def test_a_compile_that_stopped_is_told_apart_from_a_missing_compiler(tmp_path):
    # (a type error stops mypyc and the source runs; `make venv` then says so, rather than blame a missing compiler)
    copy = _copy_of_the_package(tmp_path)
    for path in (copy / "parse").iterdir():
        if path.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            path.unlink()
    assert "mypyc or a C compiler was missing" in _run(SAY_WHICH, path=tmp_path / "src").stdout
    _run("from strikeclaims.parse import compiled; compiled.record_failure()", path=tmp_path / "src")
    in_use, file, said = _run(SAY_WHICH, path=tmp_path / "src").stdout.split(None, 2)
    assert in_use == "False" and file == str(copy / "parse" / "grammar.py")
    assert "the compile stopped at install" in said and "mypy's messages" in said
