"""The benchmark command works and reports its figures (speed itself is measured by running it, not here)."""

from __future__ import annotations

import json

from strikeclaims import read
from strikeclaims.dev import bench


def test_generated_reports_are_valid_raw_reports_marked_synthetic(tmp_path):
    path = bench.generate(tmp_path / "r.jsonl", 300)
    records, rejected, n = read.read_reports([path])
    assert n == 300 and rejected.empty
    assert set(records["note"]) == {bench.NOTE}
    assert set(records["source"]) == {"ua_air_force", "ru_mod"} and set(records["language"]) == {"uk", "ru", "en"}


def test_bench_reports_every_figure_as_json():
    figures = bench.run(200, pin=False)
    for key in ("reports_per_s", "baseline_ratio", "peak_rss_mb", "read_s", "parse_s", "validate_s", "aggregate_s",
                "tokenise_ratio"):
        assert figures[key] is not None and figures[key] >= 0, key
    assert figures["claims"] > 0 and figures["jobs"] == 1
    json.dumps(figures)


def test_bench_in_worker_processes_finds_the_same_claims():
    one, two = bench.run(200, pin=False, chunk_size=50), bench.run(200, pin=False, chunk_size=50, jobs=2)
    assert (two["claims"], two["nightly_rows"], two["rejected"]) == (one["claims"], one["nightly_rows"],
                                                                    one["rejected"])
    assert two["jobs"] == 2 and two["worker_peak_rss_mb"] > 0


def test_unseen_wording_is_valid_synthetic_reports_in_other_words(tmp_path):
    unseen = bench.generate(tmp_path / "u.jsonl", 300, wording="unseen")
    seen = bench.generate(tmp_path / "s.jsonl", 300)
    records, rejected, n = read.read_reports([unseen])
    assert n == 300 and rejected.empty and set(records["note"]) == {bench.NOTE}
    assert set(records["language"]) == {"uk", "ru", "en"}
    first_words = {t.split()[0] for t in read.read_reports([seen])[0]["text"]}
    shared = [t for t in records["text"] if t.split()[0] in first_words and t.split()[0] not in ("Вітаємо", "Министр")]
    assert not shared  # no report opens as one of the benchmark's own wordings does


def test_bench_of_a_whole_build_reports_the_peak_memory_of_its_process_tree(tmp_path):
    files = bench.generate_raw_layer(tmp_path, 300)
    assert files and all(p.parent.parent == tmp_path / "data/raw/reports" for p in files)
    assert sum(len(p.read_text(encoding="utf-8").splitlines()) for p in files) == 300
    figures = bench.run_build(300)
    assert figures["reports"] == 300 and figures["claims"] > 0
    assert figures["peak_rss_mb"] >= figures["largest_process_rss_mb"] > 50  # a Python process with pandas loaded
    json.dumps(figures)
