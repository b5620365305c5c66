"""Property-based tests: odd input gives claims, nothing or rejections, never an exception."""

from __future__ import annotations

import json

import pandas as pd
from conftest import write_jsonl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strikeclaims import parse, read, validate

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
WORDS = st.sampled_from([
    "У ніч на", "7 вересня", "противник атакував", "810", "ударними БпЛА", "типу Shahed", "збито/подавлено",
    "крилатих ракет", "понад", "близько", "локаційно втрачені", "В период с 20.00 мск", "до 7.00 мск",
    "перехвачены и уничтожены", "беспилотных летательных аппаратов", "над территорией Брянской области",
    "более", "около", "overnight", "drones", "shot down", "more than", "about", "-5", "24.00", "0", "99999999",
    "▫️", "\n", " – ", ",", ".", "(", ")", "один", "двох", "три", "п'ять", "seven", "сто", "🇺🇦",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=40).map(" ".join))


def _records(texts: list[str], source: str, language: str) -> pd.DataFrame:
    rows = [(f"{source}:{i}", source, "UA" if source == "ua_air_force" else "RU", str(i), "2025-09-07T06:00:00Z",
             language, None, t, read.reports.sha256(t), f"fuzz.jsonl:{i}", "synthetic", None, None, "parsed")
            for i, t in enumerate(texts, start=1)]
    return pd.DataFrame(rows, columns=read.reports.RECORD_COLUMNS)


@SETTINGS
@given(texts=st.lists(TEXTS, min_size=1, max_size=5),
       who=st.sampled_from([("ua_air_force", "uk"), ("ua_air_force", "en"), ("ru_mod", "ru"), ("ru_mod", "en")]))
def test_any_text_gives_claims_or_nothing_with_exact_quotes_and_no_negative_counts(texts, who):
    records = _records(texts, *who)
    claims, rejected = parse.parse_records(records)
    assert set(rejected.columns) == {"input", "stage", "reason", "value"}
    # (the parser's safety net, which turns an exception into a rejection, is never needed)
    assert not rejected["reason"].str.startswith("the report could not be parsed").any(), rejected["reason"].tolist()
    if len(claims):
        by_report = dict(zip(records["report_id"], records["text"], strict=True))
        for report_id, quote in zip(claims["report_id"], claims["quote"], strict=True):
            if isinstance(quote, str):
                assert quote in by_report[report_id]
        counts = pd.to_numeric(claims["count"], errors="coerce").dropna()
        assert (counts >= 0).all()
        valid, invalid = validate.validate("claims", claims)
        assert len(valid) + len(invalid) == len(claims)


@SETTINGS
@given(lines=st.lists(st.one_of(
    st.text(max_size=80).filter(lambda s: "\n" not in s and "\r" not in s),
    st.dictionaries(st.sampled_from(["source", "text", "published_at", "language", "message_id", "url"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=30), st.sampled_from(
                        ["ru_mod", "ua_air_force", "uk", "ru", "2025-06-02T07:00:00+03:00"]))).map(json.dumps),
), min_size=1, max_size=12))
def test_malformed_raw_lines_become_rejections_not_tracebacks(tmp_path, lines):
    path = write_jsonl(tmp_path / "fuzz.jsonl", lines)
    records, rejected, n = read.read_reports([path])
    physical = path.read_text(encoding="utf-8").count("\n")
    assert n == physical
    assert len(records) + len(rejected) == n
    assert rejected["reason"].map(lambda r: isinstance(r, str) and len(r) > 5).all()


@SETTINGS
@given(rows=st.lists(st.lists(st.text(max_size=20).filter(lambda s: "\x00" not in s), min_size=0, max_size=25),
                     min_size=1, max_size=8))
def test_malformed_manual_csv_rows_become_rejections_not_tracebacks(tmp_path, rows):
    import csv

    path = tmp_path / "fuzz.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["source", "claimant", "attacker", "date", "window_kind", "metric", "item", "count",
                         "qualifier", "quote", "url", "outlet", "published_at"])
        writer.writerows(rows)
    reports, claims, rejected, n = read.read_manual([path])
    assert len(claims) + len(rejected) == n
    valid, invalid = validate.validate("claims", claims)
    assert len(valid) + len(invalid) == len(claims)


@SETTINGS
@given(payload=st.one_of(
    st.binary(max_size=300),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda children: st.lists(children, max_size=4) | st.dictionaries(
                     st.sampled_from(["name", "type", "id", "messages", "text", "date_unixtime", "date"]),
                     children, max_size=5), max_leaves=20).map(lambda v: json.dumps(v).encode()),
))
def test_malformed_telegram_exports_give_a_clear_error_or_a_summary(tmp_path, payload):
    from strikeclaims.collect import CollectError, telegram_export

    path = tmp_path / "result.json"
    path.write_bytes(payload)
    try:
        summary = telegram_export.import_export(path, source="ua_air_force", language=None, raw_dir=tmp_path / "raw")
    except CollectError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(summary, dict)
    written = list((tmp_path / "raw").rglob("*.jsonl"))
    if written:
        records, rejected, n = read.read_reports(written)
        assert len(rejected) == 0 and len(records) == n


@SETTINGS
@given(lines=st.lists(st.one_of(
    st.binary(max_size=60).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.lists(st.sampled_from(['"', ",", "x", "80", "\u00e9", "\n", "media", "ua_air_force"]), max_size=12)
    .map(lambda parts: "".join(parts).encode("utf-8")),
), min_size=1, max_size=10))
def test_any_bytes_in_a_manual_or_night_csv_become_rows_or_rejections(tmp_path, lines):
    header = (b"source,author,claimant,attacker,date,window_kind,metric,item,count,qualifier,quote,url,outlet,"
              b"published_at")
    data = header + b"\n" + b"\n".join(lines) + b"\n"
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    reports, claims, rejected, n = read.read_manual([path])
    assert len(claims) + len(rejected) == n
    # Every line that is not blank is one row: a quoted cell never joins lines (it is rejected on its own line).
    assert n == sum(1 for line in data.splitlines()[1:] if not _blank(line))
    nights, night_rejected, m = read.read_nights([path])
    assert len(nights) + len(night_rejected) == m


def _blank(line: bytes) -> bool:
    try:
        return not line.decode("utf-8").strip()
    except UnicodeDecodeError:
        return False
