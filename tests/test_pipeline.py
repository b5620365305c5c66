"""The pipeline read a chunk at a time (`strikeclaims parse`, `strikeclaims build`, the benchmark) gives what
the same stages give the whole file at once, and a build does not depend on the chunk size.

The reports are synthetic (`bench.generate`, marked synthetic), with repeats, new versions of
messages and bad lines mixed in, and chunks far smaller than the file so that runs are merged.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from strikeclaims import aggregate, parse, pipeline, publish, read, validate
from strikeclaims.dev import bench

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def mixed_file(tmp_path_factory):
    """Synthetic reports, then edits of some messages, exact repeats and lines that are not reports."""
    path = tmp_path_factory.mktemp("stream") / "reports.jsonl"
    bench.generate(path, 400, seed=3)
    lines = path.read_text(encoding="utf-8").splitlines()
    extra = []
    counted = [i for i, line in enumerate(lines) if "атакував" in line]  # reports that give claims
    for i in (counted[1], counted[4], counted[-1]):  # messages edited later: earlier versions become `@v1`, `@v2`
        obj = json.loads(lines[i])
        obj["text"] = obj["text"] + "\nОновлено."
        extra.append(json.dumps(obj, ensure_ascii=False))
    obj = json.loads(lines[counted[4]])
    obj["text"] = obj["text"] + "\nОновлено вдруге."
    extra.append(json.dumps(obj, ensure_ascii=False))
    extra += [lines[3], "{not json", "", json.dumps({"source": "nobody", "text": "x"})]
    obj = json.loads(lines[40])
    obj["published_at"] = "2024-05-01T10:00:00+03:00"
    extra.append(json.dumps(obj, ensure_ascii=False))  # message 41 again, same text
    path.write_text("\n".join(lines[:200] + extra + lines[200:]) + "\n", encoding="utf-8")
    return path


def _whole(path):
    """What parsing the whole file at once gives: claims and rejected CSV bytes, and the nightly table."""
    records, rejected, _ = read.read_reports([path])
    claims, parse_rejected = parse.parse_records(records)
    reports, claims, _, invalid = validate.cross_tables(pipeline.report_rows(records), claims)
    all_rejected = validate.stack("rejected", [rejected, parse_rejected, *invalid])
    nightly = aggregate.build_nightly(claims, reports)
    return publish.to_csv_bytes("claims", claims), publish.to_csv_bytes("rejected", all_rejected), nightly


@pytest.mark.parametrize(("chunk_size", "jobs"), [(37, 1), (100_000, 1), (37, 2)])
def test_streamed_outputs_are_byte_identical_to_a_whole_file_parse(mixed_file, tmp_path, chunk_size, jobs):
    claims_csv, rejected_csv, nightly = _whole(mixed_file)
    result = pipeline.parse_files([mixed_file], claims_out=tmp_path / "c.csv", rejects_out=tmp_path / "r.csv",
                        nightly=True, chunk_size=chunk_size, jobs=jobs)
    assert (tmp_path / "c.csv").read_bytes() == claims_csv
    assert (tmp_path / "r.csv").read_bytes() == rejected_csv
    pd.testing.assert_frame_equal(result.nightly.reset_index(drop=True), nightly.reset_index(drop=True),
                                  check_dtype=False)
    # The edited messages are settled: the last version keeps the plain id.
    twice = json.loads([line for line in mixed_file.read_text(encoding="utf-8").splitlines()
                        if "Оновлено вдруге" in line][0])["message_id"]
    ids = set(pd.read_csv(tmp_path / "c.csv", dtype=str)["report_id"])
    assert {f"ua_air_force:{twice}@v1", f"ua_air_force:{twice}@v2", f"ua_air_force:{twice}"} <= ids
    assert result.lines == 400 + 9 and result.rejected == 5
    assert result.reports + result.rejected == result.lines  # every line is a report or a rejection


def test_rows_with_line_breaks_inside_quoted_fields_are_kept_whole(tmp_path):
    path = tmp_path / "run.csv"
    path.write_text('a,"x\ny",1\nb,"say ""hi""",2\n"c,d",z,3\n', encoding="utf-8")
    rows = list(pipeline.csv_rows(path))
    assert rows == ['a,"x\ny",1\n', 'b,"say ""hi""",2\n', '"c,d",z,3\n']


def test_an_empty_file_gives_a_header_only_claims_file(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = pipeline.parse_files([empty], claims_out=tmp_path / "c.csv", rejects_out=tmp_path / "r.csv", nightly=True)
    assert result.claims == 0 and result.nightly.empty
    assert (tmp_path / "c.csv").read_bytes() == publish.to_csv_bytes("claims", pd.DataFrame())


def _published(table: str) -> pd.DataFrame:
    path = Path(__file__).resolve().parents[1] / "data" / "clean" / f"{table}.csv"
    return validate.conform(table, pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""]))


@pytest.mark.parametrize("data", ["bundled", "synthetic"])
def test_nightly_built_in_small_parts_equals_nightly_built_at_once(data, mixed_file, monkeypatch):
    if data == "bundled":  # the cited starter set: news reports with windows, several sources, revisions
        claims, reports = _published("claims"), _published("reports")
    else:
        reports, _, _ = read.read_reports([mixed_file])
        claims = validate.validate("claims", parse.parse_records(reports)[0])[0]
    monkeypatch.setattr(aggregate, "PART_ROWS", 10**9)
    assert len(aggregate._parts(claims)) == 1
    whole = aggregate.build_nightly(claims, reports)
    monkeypatch.setattr(aggregate, "PART_ROWS", 1)
    assert len(aggregate._parts(claims)) > 3
    pd.testing.assert_frame_equal(aggregate.build_nightly(claims, reports), whole)


def test_a_parse_removes_the_runs_a_killed_parse_left_and_keeps_those_of_a_running_one(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    stale = tmp_path / f"{pipeline.RUNS_PREFIX}{finished.stdout.strip()}-abc"  # its process has ended
    live = tmp_path / f"{pipeline.RUNS_PREFIX}{os.getpid()}-def"  # this process, still running
    for folder in (stale, live):
        folder.mkdir()
        (folder / "run-000000.csv").write_text("x\n", encoding="utf-8")
    reports = bench.generate(tmp_path / "reports.jsonl", 20)
    pipeline.parse_files([reports], claims_out=tmp_path / "c.csv")
    assert not stale.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, "c.csv", "reports.jsonl"])


def test_a_build_read_in_small_chunks_publishes_what_a_build_in_one_chunk_does(mixed_file, tmp_path):
    from strikeclaims import build

    published = {}
    for chunk_size in (37, 1_000_000):
        root = tmp_path / f"chunks-{chunk_size}"
        (root / "data/raw/reports/ua_air_force").mkdir(parents=True)
        (root / "data/raw/manual").mkdir(parents=True)
        (root / "data/raw/reports/ua_air_force/2024-01.jsonl").write_bytes(mixed_file.read_bytes())
        shutil.copy(REPO / "data/raw/manual/seed.csv", root / "data/raw/manual/seed.csv")
        result = build.build(root, chunk_size=chunk_size)
        published[chunk_size] = {p.name: p.read_bytes() for p in sorted((root / "data/clean").iterdir())}
        published[chunk_size].update({p.name: p.read_bytes() for p in sorted((root / "data/spreadsheets").iterdir())})
    assert published[37] == published[1_000_000]
    reports = pd.read_csv(io.BytesIO(published[37]["reports.csv"]), dtype=str, keep_default_na=False)
    assert {"parsed", "no_claims", "superseded", "manual"} <= set(reports["status"])
    assert result.accounting["raw_reports"] > 37 * 5 and result.accounting["claims"] > result.accounting["manual_claims"]


def test_a_report_id_an_earlier_part_holds_is_rejected_with_its_claims(tmp_path):
    """A raw report without message id whose text is a news article's URL takes the article's report id
    (`media:{sha256[:12]}` of either): the article, read later, is rejected, and so are its claims."""
    from strikeclaims import build

    url = "https://example.org/synthetic-article"
    (tmp_path / "data/raw/reports/media").mkdir(parents=True)
    (tmp_path / "data/raw/reports/media/2025-06.jsonl").write_text(json.dumps(
        {"source": "media", "message_id": None, "published_at": "2025-06-02T08:00:00+03:00", "language": "en",
         "url": None, "text": url, "note": "synthetic"}) + "\n", encoding="utf-8")
    (tmp_path / "data/raw/manual").mkdir(parents=True)
    (tmp_path / "data/raw/manual/synthetic.csv").write_text(
        "source,author,claimant,attacker,date,window_kind,metric,item,count,qualifier,is_breakdown,quote,language,"
        "url,outlet,published_at,note\n"
        f"media,ru_mod,RU,UA,2025-06-02,night,intercepted,drone,16,exact,false,shot down 16 drones,en,{url},Example,"
        "2025-06-02,synthetic\n", encoding="utf-8")
    result = build.build(tmp_path)
    reports = pd.read_csv(tmp_path / "data/clean/reports.csv", dtype=str, keep_default_na=False)
    assert list(reports["raw_path"]) == ["data/raw/reports/media/2025-06.jsonl:1"]
    assert result.accounting["claims"] == 0 and result.accounting["manual_claims"] == 1
    rejected = result.tables["rejected"]
    assert sorted(rejected["reason"]) == ["claims: the report this figure comes from was rejected",
                                          pipeline.KEY_REPEATED]
    assert set(rejected["input"]) == {"data/raw/manual/synthetic.csv:2"}
