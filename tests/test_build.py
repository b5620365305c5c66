"""The build: accounting adds up, outputs are byte-identical, publishing survives being killed."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO, synthetic_reports, wait_for_output, write_jsonl

from strikeclaims import build, pipeline, publish


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


SYNTHETIC_PITERFM = Path(__file__).parent / "fixtures" / "piterfm" / "synthetic_missile_attacks_daily.csv"


def _add_piterfm(project: Path, source: Path = SYNTHETIC_PITERFM) -> None:
    """A piterfm file (by default the synthetic fixture) as the project's external dataset, so that
    builds write data/full."""
    target = project / build.PITERFM_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read_bytes())


def _consistent(folder: Path) -> None:
    """Every file of a published folder is listed in its datapackage.json, with a matching hash."""
    if not folder.exists():
        return
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    listed = {r["path"]: r for r in package["resources"]}
    assert {p.name for p in folder.iterdir()} == set(listed) | {"datapackage.json"}
    for name, resource in listed.items():
        data = (folder / name).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), name
        assert resource["bytes"] == len(data), name


def test_accounting_adds_up(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl",
                synthetic_reports(6) + ["not json", '{"source": "nobody"}'])
    result = build.build(project)
    a = result.accounting
    assert a["raw_lines"] == 8
    assert a["raw_lines"] == a["raw_reports"] + a["raw_rejected"]
    assert a["reports"] == a["raw_reports"]
    rejected = result.tables["rejected"]
    assert set(rejected["input"]) == {"data/raw/reports/ru_mod/2025-05.jsonl:7", "data/raw/reports/ru_mod/2025-05.jsonl:8"}
    assert "raw report lines" in result.summary()


def test_every_published_figure_names_its_author():
    import pandas as pd

    from strikeclaims import fields, reference

    claims = pd.read_csv(REPO / "data" / "clean" / "claims.csv", dtype=str, keep_default_na=False)
    assert claims["author"].isin(fields.AUTHORS).all()
    own = reference.load("sources").dropna(subset=["author"]).set_index("source")["author"]
    channel = claims[claims["source"].isin(own.index)]
    assert (channel["author"] == channel["source"].map(own)).all()
    # Filtering on the author gives the Air Force's figures whichever outlet carried them.
    air_force = claims[claims["author"].eq("ua_air_force")]
    assert air_force["source"].eq("media").any() and air_force["claimant"].eq("UA").all()


def test_the_accounting_prints_the_checks_of_hand_entry(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(2))
    manual = project / "data/raw/manual"
    manual.mkdir(parents=True, exist_ok=True)
    row = "media,ua_air_force,UA,RU,{date},night,,,launched,drone,,80,exact,,,,false,{quote},en,https://x.test/{n},X,2025-06-02,{note}\n"
    (manual / "synthetic.csv").write_text(
        "source,author,claimant,attacker,date,window_kind,window_start,window_end,metric,item,item_model,count,"
        "qualifier,region,region_text,launch_area,is_breakdown,quote,language,url,outlet,published_at,note\n"
        + row.format(date="2025-06-02", quote="81 drones (synthetic)", n=1, note="synthetic")
        + row.format(date="2025-06-09", quote="80 drones (synthetic)", n=2, note="")
        + row.format(date="2025-06-09", quote="80 drones (synthetic)", n=3, note="a look back (synthetic)"),
        encoding="utf-8")
    result = build.build(project)
    summary = result.summary()
    assert "checks of hand entry" in summary and "night statements" in summary
    a = result.accounting
    assert (a["manual_quote_mismatch"], a["manual_date_gap"], a["manual_date_gap_noted"]) == (1, 1, 1)


def test_build_never_writes_the_raw_layer(project):
    path = write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(4))
    before = path.read_bytes(), path.stat().st_mtime_ns
    build.build(project)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in (project / "data/raw").rglob("*") if p.is_file()) == ["2025-05.jsonl"]


def test_two_builds_are_byte_identical_and_the_second_rewrites_nothing(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(20))
    _add_piterfm(project)
    first = build.build(project, force=True)
    files = {f: _files(project / "data" / f) for f in ("clean", "full")}
    second = build.build(project, force=True)
    assert first.wrote["data/clean"] is True and second.wrote["data/clean"] is False
    assert {f: _files(project / "data" / f) for f in ("clean", "full")} == files
    assert files["full"]["claims.csv"] != files["clean"]["claims.csv"]  # the external rows are in full only


def test_build_is_the_same_under_another_timezone_locale_and_working_directory(project, tmp_path_factory):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(20))
    build.build(project, force=True)
    files = _files(project / "data/clean")
    elsewhere = tmp_path_factory.mktemp("cwd")
    env = {**os.environ, "TZ": "America/Los_Angeles", "LC_ALL": "C", "LANG": "C", "CI": "1"}
    subprocess.run([sys.executable, "-m", "strikeclaims.cli", "build", "--force", "--root", str(project)],
                   cwd=elsewhere, env=env, check=True, capture_output=True)
    assert _files(project / "data/clean") == files


def test_unchanged_input_is_not_read_again_and_a_change_is_seen(project):
    path = write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(10))
    first = build.build(project)
    again = build.build(project)
    assert not again.tables and not any(again.wrote.values())  # the last build's record: nothing redone
    assert again.accounting == first.accounting
    write_jsonl(path, synthetic_reports(12))
    result = build.build(project)
    assert result.accounting["raw_lines"] == 12 and result.wrote["data/clean"]


def test_a_killed_build_leaves_published_folders_consistent(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(3000))
    _add_piterfm(project)
    cmd = [sys.executable, "-m", "strikeclaims.cli", "build", "--force", "--root", str(project)]
    env = {**os.environ, "CI": "1"}
    started = time.monotonic()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    duration = time.monotonic() - started
    write_jsonl(project / "data/raw/reports/ru_mod/2025-06.jsonl", synthetic_reports(50, start_id=10_000))
    rng = random.Random(7)
    for _ in range(6):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.2, duration))
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        _consistent(project / "data" / "clean")
        _consistent(project / "data" / "full")
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    _consistent(project / "data" / "clean")
    _consistent(project / "data" / "full")
    assert (project / "data" / "full" / "datapackage.json").exists()
    assert not list((project / "data").glob(".staging-*")) and not list((project / "data").glob(".old-*"))


def test_leftovers_of_a_killed_publish_are_cleaned(tmp_path):
    target = tmp_path / "clean"
    publish.write_folder(target, {"a.csv": b"x\n", "datapackage.json": b"{}\n"})
    (tmp_path / f"{publish.STAGING_PREFIX}clean-123").mkdir()
    publish.write_folder(target, {"a.csv": b"y\n", "datapackage.json": b"{}\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean"]
    assert (target / "a.csv").read_bytes() == b"y\n"


def test_committed_clean_tables_are_what_the_raw_layer_builds(repo_copy):
    build.build(repo_copy, force=True)
    for folder in ("clean", "spreadsheets"):
        assert _files(repo_copy / "data" / folder) == _files(REPO / "data" / folder), folder


def test_external_dataset_goes_to_full_and_leaves_clean_untouched(repo_copy):
    source = REPO.parent / "shared" / "peer-data" / "missile_attacks_daily.csv"
    if not source.exists():
        pytest.skip("the piterfm snapshot in ../shared/peer-data is absent (it is not part of a user's clone)")
    build.build(repo_copy, force=True)
    clean = _files(repo_copy / "data" / "clean")
    _add_piterfm(repo_copy, source)
    result = build.build(repo_copy, force=True)
    assert _files(repo_copy / "data" / "clean") == clean
    _consistent(repo_copy / "data" / "full")
    package = json.loads((repo_copy / "data" / "full" / "datapackage.json").read_text())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert package["sources"][0]["hash"] == f"sha256:{digest}"
    assert result.external["piterfm"] == digest


def test_an_unchanged_tree_is_not_rebuilt_but_a_tampered_output_is_restored(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(10))
    first = build.build(project)
    again = build.build(project)
    assert again.accounting == first.accounting and not any(again.wrote.values())
    claims = project / "data" / "clean" / "claims.csv"
    original = claims.read_bytes()
    claims.write_bytes(original + b"hand-edited,row\n")
    restored = build.build(project)
    assert restored.wrote["data/clean"] is True and claims.read_bytes() == original


# --- hostile and broken input: one bad line never blocks a build, nothing is torn, nothing hangs ------------

MANUAL_HEADER = ("source,author,claimant,attacker,date,window_kind,window_start,window_end,metric,item,item_model,count,"
                 "qualifier,region,region_text,launch_area,is_breakdown,quote,language,url,outlet,published_at,note")


def _manual_row(n: int, note: str = "synthetic") -> str:
    return (f"media,ua_air_force,UA,RU,2025-06-02,night,,,launched,drone,,{n},exact,,,,false,{n} drones (synthetic),en,"
            f"https://x.test/{n},X,2025-06-02,{note}")


def _bad_raw_lines() -> list[bytes]:
    good = [json.dumps(r, ensure_ascii=False).encode() for r in synthetic_reports(4)]
    return [
        good[0],
        good[1].replace(b"Synthetic", b"Synth\xff\xfetic"),                                       # 2 not UTF-8
        b"[" * 100_000 + b"]" * 100_000,                                                         # 3 too deep
        good[2].replace(b"Synthetic", b"Synthetic \\ud800"),                                      # 4 lone surrogate
        json.dumps({**synthetic_reports(1, 50)[0], "published_at": "9999-12-31T23:59:59+00:00"}).encode(),  # 5
        json.dumps({**synthetic_reports(1, 51)[0], "published_at": "1900-01-01T00:00:00+00:00"}).encode(),  # 6
        json.dumps({**synthetic_reports(1, 52)[0], "published_at": "0001-01-01T00:30:00+01:00"}).encode(),  # 7
        json.dumps({**synthetic_reports(1, 53)[0], "message_id": "53@v2"}).encode(),             # 8
        b'{"source": "ru_mod", "text": "nul \x00 byte"}',                                          # 9 raw NUL
        good[3],
    ]


def test_one_bad_line_never_blocks_the_build_and_the_accounting_adds_up(project):
    path = project / "data/raw/reports/ru_mod/2025-05.jsonl"
    path.parent.mkdir()
    path.write_bytes(b"\n".join(_bad_raw_lines()) + b"\n")
    (project / "data/raw/manual/latin1.csv").write_bytes(
        "\n".join([MANUAL_HEADER, _manual_row(1), _manual_row(2, "signalé"), _manual_row(3)]).encode("latin-1") + b"\n")
    (project / "data/raw/manual/quote.csv").write_text(
        "\n".join([MANUAL_HEADER, _manual_row(4), _manual_row(5, '"runaway note'), _manual_row(6),
                   _manual_row(7).replace("2025-06-02,night", "2025-02-30,night"),
                   _manual_row(8).replace("night,,", "night,2025-13-45T99:99:99Z,")]) + "\n", encoding="utf-8")
    stale = project / build.CACHE_DIR / ".bundled-0123.pickle.tmp-99999"   # left by a build killed outright
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"half a pickle")
    result = build.build(project, force=True)
    a = result.accounting
    assert (a["raw_lines"], a["raw_reports"], a["raw_rejected"]) == (10, 2, 8)
    assert (a["manual_rows"], a["manual_claims"], a["manual_rejected"]) == (8, 6, 2)
    assert a["claims_invalid"] == 2 and not stale.exists()
    from frictionless import validate as fl_validate

    report = fl_validate(str(project / "data/clean/datapackage.json"))
    assert report.valid, [e.message for task in report.tasks for e in task.errors][:3]
    rejected = (project / "data/clean/rejected.csv").read_bytes()
    for n in range(2, 10):
        assert f"data/raw/reports/ru_mod/2025-05.jsonl:{n},read,".encode() in rejected
    assert b"\x00" not in rejected
    import pandas as pd

    reasons = pd.read_csv(project / "data/clean/rejected.csv", dtype=str).set_index("input")["reason"]
    assert reasons["data/raw/manual/latin1.csv:3"].startswith("not UTF-8 text (byte 0xe9")
    assert reasons["data/raw/manual/quote.csv:3"].startswith("an unbalanced quote")
    assert reasons["data/raw/manual/quote.csv:5"] == "claims: date is not a real date"
    assert reasons["data/raw/manual/quote.csv:6"] == "claims: window_start is not a real time"
    coverage = (project / "data/clean/coverage.csv").read_bytes()
    assert coverage.count(b"\n") < 100  # publication times of 1900 and 9999 stretch no calendar


def test_only_regular_files_of_the_raw_layer_are_read_and_nothing_hangs(project, tmp_path_factory):
    secret = tmp_path_factory.mktemp("system") / "passwd"
    secret.write_text("root:x:0:0:SECRET-ACCOUNT:/root:/bin/bash\n")
    reports = project / "data/raw/reports/ru_mod"
    write_jsonl(reports / "2025-05.jsonl", synthetic_reports(4))
    write_jsonl(reports / "2025-06.JSONL", synthetic_reports(2, start_id=100))
    write_jsonl(reports / "archive" / "2025-04.jsonl", synthetic_reports(2, start_id=200))
    write_jsonl(project / "data/raw/reports/stray.jsonl", synthetic_reports(1, start_id=300))
    (reports / "2025-07.jsonl").symlink_to(secret)
    (reports / "2025-08.jsonl").symlink_to("/dev/zero")
    os.mkfifo(reports / "2025-09.jsonl")
    (project / "data/raw/manual/link.csv").symlink_to(secret)
    os.mkfifo(project / "data/raw/manual/pipe.csv")
    (project / "data/raw/reports/README.md").write_text("notes, not an input\n")
    done = subprocess.run([sys.executable, "-m", "strikeclaims.cli", "build", "--root", str(project)],
                          env={**os.environ, "CI": "1"}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "raw files not read         7" in done.stdout
    clean = project / "data/clean"
    assert not any(b"SECRET-ACCOUNT" in p.read_bytes() for p in [*clean.iterdir(), *(project / "data/spreadsheets").iterdir()])
    import pandas as pd

    rejected = pd.read_csv(clean / "rejected.csv", dtype=str, keep_default_na=False)
    refused = dict(zip(rejected["input"], rejected["reason"], strict=True))
    for name in ("2025-07.jsonl", "2025-08.jsonl"):
        assert refused[f"data/raw/reports/ru_mod/{name}"].startswith("a symbolic link")
    assert refused["data/raw/reports/ru_mod/2025-09.jsonl"].startswith("a FIFO")
    assert refused["data/raw/manual/link.csv"].startswith("a symbolic link")
    assert "nested folder" in refused["data/raw/reports/ru_mod/archive/2025-04.jsonl"]
    assert "not in a source folder" in refused["data/raw/reports/stray.jsonl"]
    reports_table = pd.read_csv(clean / "reports.csv", dtype=str)
    assert reports_table["raw_path"].str.startswith("data/raw/reports/ru_mod/2025-06.JSONL:").sum() == 2


def test_a_second_build_of_the_tree_waits_for_the_first(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(20))
    build.build(project)
    before = _files(project / "data/clean")
    write_jsonl(project / "data/raw/reports/ru_mod/2025-06.jsonl", synthetic_reports(5, start_id=100))
    cmd = [sys.executable, "-m", "strikeclaims.cli", "build", "--root", str(project)]
    with publish.locked(project / build.CACHE_DIR / build.LOCK_FILE, "a test"):
        second = subprocess.Popen(cmd, env={**os.environ, "CI": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        said = wait_for_output(second.stderr, "waiting for another build of this folder")
        assert "waiting for another build of this folder" in said
        assert second.poll() is None  # waiting, and it has touched nothing
        assert _files(project / "data/clean") == before
        assert not list((project / "data").glob(".staging-*"))
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0
    assert _files(project / "data/clean") != before
    with publish.locked(project / build.CACHE_DIR / build.LOCK_FILE, "a test"), \
            pytest.raises(build.BuildError, match="another build of this folder.*still running after 0.2 s"):
        build.build(project, wait=0.2)


def test_data_full_goes_when_its_external_dataset_goes_or_fails(project):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(10))
    _add_piterfm(project)
    build.build(project)
    assert (project / "data/full/claims.csv").exists()
    (project / build.PITERFM_PATH).unlink()
    result = build.build(project)
    assert not (project / "data/full").exists() and "data/full: removed" in result.summary()
    _add_piterfm(project)
    build.build(project)
    clean = _files(project / "data/clean")
    (project / build.PITERFM_PATH).write_text("a,b\n1,2\n")
    with pytest.raises(build.BuildError, match="required column .* is missing; data/clean is published, "
                                               "data/full removed"):
        build.build(project)
    assert not (project / "data/full").exists() and _files(project / "data/clean") == clean


def test_a_full_disk_names_the_file_and_the_cause_and_leaves_no_temporary_files(project):
    import resource

    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(40))
    build.build(project)
    before = _files(project / "data/clean")
    write_jsonl(project / "data/raw/reports/ru_mod/2025-06.jsonl", synthetic_reports(40, start_id=100))

    def small_disk() -> None:  # every file the build writes may hold 4 KB at most: a disk that fills up
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    done = subprocess.run([sys.executable, "-m", "strikeclaims.cli", "build", "--root", str(project)],
                          env={**os.environ, "CI": "1"}, capture_output=True, text=True, timeout=120,
                          preexec_fn=small_disk)
    assert done.returncode == 2
    message = done.stderr.strip()
    assert "\n" not in message and "raw layer cannot be read" not in message
    assert message.startswith("strikeclaims build: cannot write data/clean (") and "File too large" in message
    assert "data/clean is as it was" in message
    assert _files(project / "data/clean") == before
    leftovers = [p for p in (project / "data").iterdir() if p.name.startswith(".")]
    leftovers += list((project / build.CACHE_DIR).glob(".*tmp*"))
    assert leftovers == []


def test_a_build_without_a_raw_layer_is_an_error_naming_the_folder(tmp_path):
    done = subprocess.run([sys.executable, "-m", "strikeclaims.cli", "build", "--root", str(tmp_path / "nowhere")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"no raw layer at {tmp_path / 'nowhere' / 'data' / 'raw'}" in done.stderr
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "empty" / "data" / "raw" / "reports").mkdir(parents=True)
    with pytest.raises(build.BuildError, match="holds no report, manual claim or night file"):
        build.build(tmp_path / "empty")


def test_a_build_that_would_publish_fewer_claims_from_the_same_raw_layer_refuses(project, monkeypatch):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(10))
    build.build(project)
    clean = project / "data" / "clean"
    before = _files(clean)
    parse_records = pipeline.parse.parse_records

    def losing(records):  # a parser change that reads only half of the figures it read before
        claims, rejected = parse_records(records)
        return claims.iloc[: len(claims) // 2], rejected

    monkeypatch.setattr(pipeline.parse, "parse_records", losing)
    with pytest.raises(build.BuildError, match=r"claims \d+ -> \d+.*--allow-shrink"):
        build.build(project, force=True)
    assert _files(clean) == before
    result = build.build(project, force=True, allow_shrink=True)
    assert result.accounting["claims"] < len(pd.read_csv(io.BytesIO(before["claims.csv"])))


def test_a_smaller_raw_layer_publishes_fewer_claims_without_being_told(project):
    path = write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(10))
    first = build.build(project)
    write_jsonl(path, synthetic_reports(4))
    assert build.build(project).accounting["claims"] < first.accounting["claims"]


def test_a_fresh_clone_guards_against_the_tables_it_ships(project, monkeypatch):
    write_jsonl(project / "data/raw/reports/ru_mod/2025-05.jsonl", synthetic_reports(10))
    build.build(project)
    (project / build.CACHE_DIR / build.LAST_BUILD).unlink()  # no record of the last build: a fresh clone
    parse_records = pipeline.parse.parse_records
    monkeypatch.setattr(pipeline.parse, "parse_records", lambda records: (parse_records(records)[0].iloc[:1],
                                                                       parse_records(records)[1]))
    with pytest.raises(build.BuildError, match=r"claims \d+ -> 1\b"):
        build.build(project, force=True)
