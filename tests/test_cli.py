"""The command line: clear one-line errors, exit codes as documented."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO, synthetic_reports, write_jsonl

from strikeclaims import cli
from strikeclaims.dev import bench


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


def test_parse_in_worker_processes_writes_the_same_bytes(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*synthetic_reports(30), "garbage"])
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        result = _run("parse", str(path), "-o", str(out / "c.csv"), "--rejects", str(out / "r.csv"),
                      "--chunk-size", "7", "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        outputs.append(((out / "c.csv").read_bytes(), (out / "r.csv").read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].count(b"\n") > 1  # claims were written, not only the header


def test_a_negative_number_of_jobs_is_a_one_line_error(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", synthetic_reports(2))
    result = _run("parse", str(path), "-o", str(tmp_path / "c.csv"), "--jobs", "-1")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and "--jobs" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_parse_stopped_by_sigterm_leaves_no_output_and_no_temporary_files(tmp_path, jobs):
    reports = bench.generate(tmp_path / "reports.jsonl", 5000, seed=4)  # synthetic, about two seconds of parsing
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "strikeclaims.cli", "parse", str(reports), "-o", str(out / "c.csv"),
                             "--chunk-size", "500", "--jobs", jobs], stderr=subprocess.PIPE, text=True,
                            env={"CI": "1", "PATH": "/usr/bin:/bin"}, start_new_session=True)
    deadline = time.monotonic() + 60
    while not list(out.glob(".strikeclaims-runs-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # the parse has started once its folder of sorted runs exists
    assert proc.poll() is None, "the parse ended before it could be stopped"
    os.killpg(proc.pid, signal.SIGTERM)
    stderr = proc.communicate(timeout=60)[1]
    assert proc.returncode == 143 and stderr.strip() == "strikeclaims parse: terminated", stderr
    assert list(out.iterdir()) == []


# --- arguments that would destroy data or give empty results are refused, with the path named ------------

def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "strikeclaims.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "CI": "1"}, timeout=300)


def _refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "it would be overwritten" in result.stderr
    assert all(w in result.stderr for w in words)


def test_an_output_that_is_an_input_or_another_output_is_refused(tmp_path):
    raw = write_jsonl(tmp_path / "RAW.jsonl", synthetic_reports(3))
    before = raw.read_bytes()
    _refused(_cli("parse", str(raw), "-o", str(raw)), "-o", "the input")
    (tmp_path / "alias.jsonl").symlink_to(raw)
    _refused(_cli("parse", str(raw), "-o", str(tmp_path / "alias.jsonl")), "the input")
    os.link(raw, tmp_path / "hard.jsonl")
    _refused(_cli("parse", str(raw), "--rejects", str(tmp_path / "hard.jsonl"), "-o", str(tmp_path / "c.csv")),
             "--rejects")
    assert raw.read_bytes() == before
    claims = tmp_path / "X.csv"
    _refused(_cli("parse", str(raw), "-o", str(claims), "--rejects", str(tmp_path / "sub" / ".." / "X.csv")),
             "--rejects", "the file of -o")
    assert not claims.exists()
    piterfm = tmp_path / "piterfm.csv"
    piterfm.write_text("time_start,time_end,model,launched,destroyed\n")
    _refused(_cli("import-piterfm", str(piterfm), "-o", str(piterfm)), "the input")
    assert piterfm.read_text() == "time_start,time_end,model,launched,destroyed\n"


def test_parse_of_a_fifo_is_refused_rather_than_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    result = _cli("parse", str(tmp_path / "pipe.jsonl"), "-o", str(tmp_path / "c.csv"))
    assert result.returncode == 2 and "not a regular file" in result.stderr and "pipe.jsonl" in result.stderr


def test_a_missing_or_empty_data_folder_is_an_error_naming_it(tmp_path):
    result = _cli("figures", "--data", str(tmp_path / "nowhere"), "-o", str(tmp_path / "figures"))
    assert result.returncode == 2 and f"no published tables in {tmp_path / 'nowhere'}" in result.stderr
    assert not (tmp_path / "figures").exists()
    (tmp_path / "empty").mkdir()
    result = _cli("figures", "--data", str(tmp_path / "empty"), "-o", str(tmp_path / "figures"))
    assert result.returncode == 2 and "holds none of the table files" in result.stderr
    fixture = os.path.join(os.path.dirname(__file__), "fixtures", "piterfm", "synthetic_missile_attacks_daily.csv")
    result = _cli("crosscheck-piterfm", fixture, "--data", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "no published tables in" in result.stderr
    result = _cli("build", "--root", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "no raw layer at" in result.stderr


def test_parse_reads_on_after_a_line_that_is_not_utf8(tmp_path):
    import json

    lines = [json.dumps(r, ensure_ascii=False).encode() for r in synthetic_reports(3)]
    lines[1] = lines[1].replace(b"Synthetic", b"Synth\xe9tic")
    raw = tmp_path / "r.jsonl"
    raw.write_bytes(b"\n".join(lines) + b"\n")
    result = _cli("parse", str(raw), "-o", str(tmp_path / "c.csv"), "--rejects", str(tmp_path / "x.csv"))
    assert result.returncode == 0 and "3 lines: 2 reports" in result.stderr
    rejects = (tmp_path / "x.csv").read_text().splitlines()
    assert rejects[1].startswith(f"{raw.as_posix()}:2,read,not UTF-8 text (byte 0xe9")


def test_every_command_has_a_one_line_description_and_an_example():
    commands = cli._subparsers(cli.parser())
    assert set(commands) == set(cli.COMMANDS)
    for name, sub in commands.items():
        out = sub.format_help()
        description = out.split("\n\n")[1]
        assert description.strip().endswith(".") and len(description) > 20, name
        assert f"example: strikeclaims {name}" in out, name


def test_the_readme_command_list_is_the_cli_help():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line\n\n```\n", 1)[1].split("```", 1)[0]
    assert block == cli.command_list(), "regenerate it: python -c 'from strikeclaims import cli; print(cli.command_list(), end=\"\")'"


def test_parse_gives_the_claims_build_publishes_for_the_same_input(tmp_path):
    from strikeclaims import build

    reports = [*synthetic_reports(40), "garbage"]
    raw = write_jsonl(tmp_path / "data/raw/reports/ru_mod/2025-05.jsonl", reports)
    (tmp_path / "data/raw/manual").mkdir(parents=True)
    build.build(tmp_path)
    result = _run("parse", str(raw), "-o", str(tmp_path / "parsed.csv"))
    assert result.returncode == 0, result.stderr
    published = (tmp_path / "data/clean/claims.csv").read_bytes()
    assert published.count(b"\n") > 1
    assert (tmp_path / "parsed.csv").read_bytes() == published
