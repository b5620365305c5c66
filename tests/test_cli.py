"""The command line: clear one-line errors, exit codes as documented."""

from __future__ import annotations

import subprocess
import sys

from conftest import synthetic_reports, write_jsonl


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "strikeclaims.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env={"CI": "1", "PATH": "/usr/bin:/bin"})


def test_parse_of_an_unreadable_file_is_one_line_and_non_zero(tmp_path):
    result = _run("parse", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "c.csv"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "missing.jsonl" in result.stderr


def test_parse_of_a_file_of_bad_lines_exits_zero_and_writes_rejects(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*synthetic_reports(2), "garbage", "[]"])
    result = _run("parse", str(path), "-o", str(tmp_path / "c.csv"), "--rejects", str(tmp_path / "r.csv"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    rejects = (tmp_path / "r.csv").read_text().splitlines()
    assert rejects[0] == "input,stage,reason,value"
    assert [line.split(",")[0] for line in rejects[1:]] == [f"{path.as_posix()}:3", f"{path.as_posix()}:4"]
    assert (tmp_path / "c.csv").read_text().startswith("claim_id,report_id,")


def test_help_lists_every_command():
    out = _run("--help").stdout
    for command in ("build", "parse", "evaluate", "import-telegram", "fetch-telegram", "import-piterfm", "bench"):
        assert command in out
