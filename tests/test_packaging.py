"""Install files stay in step: pyproject.toml ranges, environment.yml, requirements.lock, Makefile, CI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib

from conftest import REPO


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_deps() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {_name(s): s.replace(" ", "")[len(_name(s)):] for s in specs}


def _environment_deps() -> dict[str, str]:
    deps = {}
    text = (REPO / "environment.yml").read_text()
    for line in text.split("dependencies:", 1)[1].splitlines():
        m = re.match(r"^  - ([A-Za-z0-9_.-]+)(.*)$", line)
        if m and m.group(1) not in ("python", "pip"):
            deps[m.group(1).lower().replace("_", "-")] = m.group(2).replace(" ", "")  # (conda spells some with "_")
    return deps


def test_environment_yml_matches_pyproject():
    assert _environment_deps() == _pyproject_deps()


def test_lock_pins_every_dependency_exactly_and_within_range():
    from packaging.specifiers import SpecifierSet

    pins = {}
    for line in (REPO / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = version
    for name, spec in _pyproject_deps().items():
        assert name in pins, f"{name} is not pinned in requirements.lock"
        assert pins[name] in SpecifierSet(spec), f"{name}=={pins[name]} is outside {spec}"


def test_ci_runs_make_test_and_makefile_installs_from_the_lock():
    assert "make test" in (REPO / ".ci" / "run").read_text()
    makefile = (REPO / "Makefile").read_text()
    assert "-r requirements.lock" in makefile
    for target in ("data:", "test:", "help:", "report:"):
        assert target in makefile


def test_changelog_tracks_the_dataset_version():
    import json

    from strikeclaims import __version__

    changelog = (REPO / "CHANGELOG.md").read_text()
    first = re.search(r"^## (\S+)", changelog, re.MULTILINE)
    assert first and first.group(1) == __version__
    package = json.loads((REPO / "data" / "clean" / "datapackage.json").read_text())
    assert package["version"] == __version__


def test_readme_documents_every_published_table_and_both_commands():
    from strikeclaims import fields

    readme = (REPO / "README.md").read_text()
    assert "make data" in readme and "make test" in readme
    for name in fields.TABLES:
        assert f"{name}.csv" in readme, name


def test_evaluate_runs_from_an_installed_package(tmp_path):
    source, target = tmp_path / "source", tmp_path / "site"  # built from a copy: nothing is written in the repository
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                              "--no-deps", "--target", str(target), str(source)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    installed = target / "strikeclaims" / "pipeline.py"
    assert installed.is_file() and not installed.resolve().is_relative_to(REPO)
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-m", "strikeclaims.cli", "evaluate"], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    overall = result.stdout.split("overall, per gold set", 1)[1]
    assert re.search(r"^\s*real_heldout4\s+\d+", overall, re.M) and re.search(r"^\s*real\s+\d+", overall, re.M)
