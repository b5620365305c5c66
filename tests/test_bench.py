"""The benchmark command works and reports its figures (speed itself is measured by running it, not here)."""

from __future__ import annotations

import json

from strikeclaims import bench, read


def test_generated_reports_are_valid_raw_reports_marked_synthetic(tmp_path):
    path = bench.generate(tmp_path / "r.jsonl", 300)
    records, rejected, n = read.read_reports([path])
    assert n == 300 and rejected.empty
    assert set(records["note"]) == {bench.NOTE}
    assert set(records["source"]) == {"ua_air_force", "ru_mod"} and set(records["language"]) == {"uk", "ru", "en"}


def test_bench_reports_every_figure_as_json():
    figures = bench.run(200, pin=False)
    for key in ("reports_per_s", "baseline_ratio", "peak_rss_mb", "read_s", "parse_s", "validate_s", "aggregate_s"):
        assert figures[key] is not None and figures[key] >= 0, key
    assert figures["claims"] > 0
    json.dumps(figures)
