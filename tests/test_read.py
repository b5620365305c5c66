"""The raw-layer readers: every line or row ends as a record or a rejection with path:N and a reason."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from conftest import write_jsonl

from strikeclaims import read

GOOD = {"source": "ru_mod", "message_id": 7, "published_at": "2025-06-02T07:00:00+03:00", "language": "ru",
        "url": "https://t.me/mod_russia/7", "text": "Synthetic test report.", "note": "synthetic"}


def _line(**changes) -> str:
    return json.dumps({**GOOD, **changes}, ensure_ascii=False)


def test_bad_lines_are_rejected_with_line_numbers_and_reasons(tmp_path):
    lines = [
        _line(),                                    # 1 good
        "{not json",                                # 2
        "[1, 2]",                                   # 3 not an object
        _line(message_id=8, text=None),             # 4 missing text
        _line(message_id=9, text=12),               # 5 non-string text
        _line(message_id=10, source="nobody"),      # 6 unknown source
        _line(message_id=11, language="de"),        # 7 unknown language
        _line(message_id=12, published_at="2025-06-02T07:00:00"),   # 8 no offset
        _line(message_id=13, published_at="2025-02-30T07:00:00+03:00"),  # 9 impossible
        _line(),                                    # 10 exact duplicate of 1
        _line(message_id=14, text="x" * 100_001),   # 11 too long
        "",                                         # 12 empty
    ]
    path = write_jsonl(tmp_path / "r.jsonl", lines)
    records, rejected, n = read.read_reports([path])
    assert n == 12
    assert len(records) + len(rejected) == n
    assert list(records["raw_path"]) == [f"{path.as_posix()}:1"]
    reasons = dict(zip(rejected["input"].str.rsplit(":", n=1).str[1].astype(int), rejected["reason"], strict=True))
    assert "not valid JSON" in reasons[2]
    assert "not an object" in reasons[3]
    assert "no text" in reasons[4]
    assert "not a string" in reasons[5]
    assert "unknown source" in reasons[6]
    assert "unknown language" in reasons[7]
    assert "no UTC offset" in reasons[8]
    assert "not a valid" in reasons[9]
    assert "duplicate of" in reasons[10] and ":1" in reasons[10]
    assert "too long" in reasons[11]
    assert "empty" in reasons[12]
    assert set(rejected["stage"]) == {"read"}


def test_bom_crlf_and_control_characters_are_not_errors(tmp_path):
    path = tmp_path / "r.jsonl"
    text = "Synthetic\u0007 test\r\nreport."
    path.write_bytes(("\ufeff" + _line(text=text) + "\r\n" + _line(message_id=8) + "\r\n").encode("utf-8"))
    records, rejected, _ = read.read_reports([path])
    assert rejected.empty
    assert records.loc[records["report_id"] == "ru_mod:7", "text"].item() == "Synthetic test\nreport."


def test_published_at_becomes_utc(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [_line(published_at="2025-01-10T09:30:00+02:00")])
    records, _, _ = read.read_reports([path])
    assert records["published_at"].item() == "2025-01-10T07:30:00Z"


def test_edited_message_versions_are_kept_and_the_last_counts(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [_line(text="first"), _line(text="second"), _line(text="third")])
    records, rejected, _ = read.read_reports([path])
    assert rejected.empty
    got = dict(zip(records["report_id"], records["status"], strict=True))
    assert got == {"ru_mod:7@v1": "superseded", "ru_mod:7@v2": "superseded", "ru_mod:7": "parsed"}
    assert records.set_index("report_id").loc["ru_mod:7", "text"] == "third"


def test_reports_without_id_get_a_text_hash_id(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [_line(message_id=None), _line(message_id=None, url="other")])
    records, rejected, _ = read.read_reports([path])
    assert records["report_id"].item() == f"ru_mod:{read.reports.sha256(GOOD['text'])[:12]}"
    assert "same report text" in rejected["reason"].item()


MANUAL_HEADER = ("source,claimant,attacker,date,window_kind,window_start,window_end,metric,item,item_model,count,"
                 "qualifier,region,region_text,launch_area,is_breakdown,quote,url,outlet,published_at,note,author\n")


def test_manual_claims_give_one_report_per_article(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(MANUAL_HEADER
                    + "media,UA,RU,2025-06-02,night,,,launched,drone,,80,exact,,,,false,80 drones,https://x.test/a,"
                      "X,2025-06-02T08:00:00+00:00,synthetic,ua_air_force\n"
                    + "media,RU,UA,2025-06-02,night,,,intercepted,drone,,162,exact,,,,false,162 drones,"
                      "https://x.test/a,X,2025-06-02T08:00:00+00:00,synthetic,ru_mod\n"
                    + "media,RU,UA,2025-06-01,event,,,damaged,aircraft,,,unquantified,,,,false,several,"
                      "https://x.test/b,X,2025-06-01,synthetic,ru_mod\n"
                    + "media,RU,UA,2025-06-01,event,,,damaged,aircraft,,many,exact,,,,false,q,"
                      "https://x.test/b,X,2025-06-01,synthetic,ru_mod\n", encoding="utf-8")
    reports, claims, rejected, n = read.read_manual([path])
    assert n == 4 and len(claims) + len(rejected) == 4
    assert list(reports["claimant"]) == ["XX", "RU"]  # article a reports both sides
    assert reports["author"].isna().iloc[0] and reports["author"].iloc[1] == "ru_mod"  # a names two authors
    assert list(claims["author"]) == ["ua_air_force", "ru_mod", "ru_mod"]
    assert list(claims["claim_id"].str.split("#").str[1]) == ["1", "2", "1"]
    assert pd.isna(claims["count"].iloc[2])
    assert rejected["input"].item() == f"{path.as_posix()}:5"
    assert "whole number" in rejected["reason"].item()


MANUAL_ROW = ("media,UA,RU,{date},night,,,launched,drone,,{count},{qualifier},,,,false,{quote},https://x.test/{n},X,"
              "{published},{note},{author}\n")


def _manual(tmp_path, *rows: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    path = tmp_path / "m.csv"
    defaults = {"date": "2025-06-02", "count": "80", "qualifier": "exact", "quote": "80 drones",
                "published": "2025-06-02", "note": "synthetic", "author": "ua_air_force"}
    path.write_text(MANUAL_HEADER + "".join(MANUAL_ROW.format(n=i, **{**defaults, **r}) for i, r in enumerate(rows)),
                    encoding="utf-8")
    _, claims, rejected, n = read.read_manual([path])
    assert n == len(rows) == len(claims) + len(rejected)
    return claims, rejected


def test_a_manual_count_must_be_stated_in_its_quote(tmp_path):
    claims, rejected = _manual(
        tmp_path,
        {"quote": "80 drones"}, {"quote": "1 000 drones", "count": "1000"}, {"quote": "вісім дронів", "count": "8"},
        {"quote": "загинуло двоє осіб", "count": "2"}, {"quote": "по одному над Курской", "count": "1"},
        {"quote": "more than 40 drones", "count": "41", "qualifier": "at_least"},
        {"quote": "81 drones"}, {"quote": "восемь дронов", "count": "80"},
    )
    assert list(claims["count"]) == [80, 1000, 8, 2, 1, 41]
    assert len(rejected) == 2 and rejected["reason"].str.startswith("the quote does not state the count").all()
    assert list(rejected["stage"].unique()) == ["validate"]


def test_a_manual_claim_far_from_its_publication_needs_a_note(tmp_path):
    claims, rejected = _manual(
        tmp_path,
        {"date": "2025-06-04"},  # two days: fine
        {"date": "2025-06-05", "note": "the article looks back at the night of 5 June"},
        {"date": "2025-06-05", "note": ""},
        {"published": "", "note": "dated by the named night; the page shows no date"},
        {"published": "", "note": ""},
        {"author": ""},
    )
    assert list(claims["date"]) == ["2025-06-04", "2025-06-05", "2025-06-02"]
    assert list(rejected["reason"]) == [
        "the figure is dated 3 days from its article's publication date (2025-06-02) and no note says why",
        "the page shows no publication date and no note says how the figure was dated",
        "a manual claim needs an author",
    ]


NIGHTS_HEADER = "author,date,status,quote,language,url,outlet,published_at,note\n"


def test_statements_of_nights_without_attack_are_read_or_rejected_with_a_reason(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text(NIGHTS_HEADER
                    + "ua_air_force,2025-05-08,no_attack,no drones recorded (synthetic),en,https://x.test/a,X,2025-05-08,\n"
                    + "ua_air_force,2025-02-30,no_attack,no drones recorded (synthetic),en,https://x.test/b,X,,\n"
                    + "ua_air_force,2025-05-09,quiet,no drones recorded (synthetic),en,https://x.test/c,X,,\n"
                    + "somebody,2025-05-09,no_attack,no drones recorded (synthetic),en,https://x.test/d,X,,\n"
                    + "ua_air_force,2025-05-10,no_attack,,en,https://x.test/e,X,,\n", encoding="utf-8")
    nights, rejected, n = read.read_nights([path])
    assert n == 5 and len(nights) == 1 and nights["date"].item() == "2025-05-08"
    assert list(rejected["reason"]) == ["date is not a valid YYYY-MM-DD date", "status is not one of no_attack",
                                        "author is not one of the allowed values", "a night's statement needs a quote"]
    assert list(rejected["input"]) == [f"{path.as_posix()}:{k}" for k in (3, 4, 5, 6)]


# --- hostile and broken input: one bad line or row is one rejection, and the file is read on ---------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HOSTILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@HOSTILE
@given(lines=st.lists(st.one_of(
    st.integers(min_value=1, max_value=10**6).map(lambda i: _line(message_id=i).encode("utf-8")),
    st.binary(min_size=1, max_size=60).filter(lambda b: b"\n" not in b),
    st.integers(min_value=1, max_value=10**6).map(lambda i: _line(message_id=i).encode("utf-8")
                                                  .replace(b"Synthetic", b"Synth\xe9tic")),
), min_size=1, max_size=12))
def test_a_line_that_is_not_utf8_is_rejected_and_the_file_read_on(tmp_path, lines):
    path = tmp_path / "r.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    records, rejected, n = read.read_reports([path])
    assert n == len(lines) and len(records) + len(rejected) == n
    for number, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            reason = rejected.loc[rejected["input"] == f"{path.as_posix()}:{number}", "reason"].item()
            assert reason.startswith("not UTF-8 text (byte 0x")


def test_json_nested_too_deeply_is_one_rejected_line(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", ["[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000,
                                             _line(), _line(message_id=8).replace('"message_id": 8', '"message_id": '
                                                                                  + "9" * 5000)])
    records, rejected, n = read.read_reports([path])
    assert n == 4 and len(records) == 1 and len(rejected) == 3
    assert (rejected["reason"].iloc[:2] == "the line is JSON nested too deeply to be a report").all()
    assert "thousands of digits" in rejected["reason"].iloc[2]


def test_a_lone_surrogate_is_rejected_and_a_pair_is_a_character(tmp_path):
    path = tmp_path / "r.jsonl"
    lines = [_line(message_id=1).replace("Synthetic", "Synthetic \\ud800"),
             _line(message_id=2).replace("https://t.me/mod_russia/7", "https://t.me/\\udc00"),
             _line(message_id=3).replace("Synthetic", "Synthetic \\ud83d\\udd25")]   # an emoji, escaped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, rejected, n = read.read_reports([path])
    assert list(records["message_id"]) == ["3"] and records["text"].item().startswith("Synthetic 🔥")
    assert list(rejected["reason"].str.extract(r"^the (\w+) holds a lone surrogate")[0]) == ["text", "url"]
    assert not any(re.search("[\ud800-\udfff]", v) for v in rejected["value"].dropna())


@pytest.mark.parametrize(("published_at", "reason"), [
    ("0001-01-01T00:30:00+01:00", "before 2014"),
    ("1900-01-01T00:00:00+00:00", "before 2014"),
    ("2013-12-31T22:59:59-01:00", "before 2014"),
    ("2099-01-01T00:00:00+00:00", "in the future"),
    ("9999-12-31T23:59:59+00:00", "in the future"),
    ("9999-12-31T23:59:59-05:00", "in the future"),
])
def test_a_publication_time_outside_the_war_is_rejected(tmp_path, published_at, reason):
    path = write_jsonl(tmp_path / "r.jsonl", [_line(message_id=1, published_at=published_at),
                                             _line(message_id=2, published_at="2014-02-20T09:00:00+02:00")])
    records, rejected, _ = read.read_reports([path])
    assert list(records["published_at"]) == ["2014-02-20T07:00:00Z"]
    assert reason in rejected["reason"].item() and rejected["input"].item().endswith(":1")


def test_a_message_id_holding_the_version_mark_is_rejected_as_such(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [_line(message_id=6), _line(message_id=6, text="Synthetic, edited."),
                                             _line(message_id="6@v1", text="Synthetic, other.")])
    records, rejected, _ = read.read_reports([path])
    assert sorted(records["report_id"]) == ["ru_mod:6", "ru_mod:6@v1"]
    assert "'@'" in rejected["reason"].item() and "repeat" not in rejected["reason"].item()


@HOSTILE
@given(junk=st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), min_size=1, max_size=30),
                     min_size=1, max_size=6))
def test_rejected_values_never_hold_control_characters(tmp_path, junk):
    path = tmp_path / "r.jsonl"
    lines = [*junk, *(_line(message_id=i, source=j) for i, j in enumerate(junk)), '{"source": "x\u0000y"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, rejected, n = read.read_reports([path])
    assert len(records) + len(rejected) == n == len(lines)
    assert not rejected["value"].dropna().str.contains("[\x00-\x08\x0b-\x1f\x7f]").any()


def test_a_line_over_the_limit_is_rejected_and_the_next_one_read(tmp_path, monkeypatch):
    monkeypatch.setattr(read.reports, "MAX_LINE_BYTES", 1000)
    path = write_jsonl(tmp_path / "r.jsonl", [_line(message_id=1, text="x" * 3000), _line(message_id=2)])
    records, rejected, n = read.read_reports([path])
    assert n == 2 and list(records["message_id"]) == ["2"] and "too long" in rejected["reason"].item()


HEADER = MANUAL_HEADER.rstrip("\n")


def _manual_line(n: int, **changes: str) -> str:
    row = {"date": "2025-06-02", "count": str(n), "qualifier": "exact", "quote": f"{n} drones",
           "published": "2025-06-02", "note": "synthetic", "author": "ua_air_force", **changes}
    return MANUAL_ROW.format(n=n, **row).rstrip("\n")


@HOSTILE
@given(n_rows=st.integers(min_value=1, max_value=8), broken_at=st.integers(min_value=0, max_value=7),
       cell=st.sampled_from(["quote", "note", "count"]), closes_later=st.booleans())
def test_an_unbalanced_quote_loses_only_its_own_row(tmp_path, n_rows, broken_at, cell, closes_later):
    broken_at = min(broken_at, n_rows - 1)
    rows = [_manual_line(i + 1) for i in range(n_rows)]
    opened = {"quote": {"quote": '"an unbalanced quote'}, "note": {"note": '"no closing mark'},
              "count": {"count": '"5'}}[cell]
    rows[broken_at] = _manual_line(broken_at + 1, **opened)
    if closes_later and broken_at + 1 < n_rows:  # a quote mark further down closes the runaway cell
        rows[broken_at + 1] = _manual_line(broken_at + 2, note='say "so"')
    path = tmp_path / "m.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    _, claims, rejected, n = read.read_manual([path])
    assert n == n_rows == len(claims) + len(rejected)
    broken = rejected.loc[rejected["input"] == f"{path.as_posix()}:{broken_at + 2}", "reason"].item()
    assert "unbalanced quote" in broken
    assert len(claims) == n_rows - 1 and broken_at + 1 not in set(claims["count"])


def test_a_cell_over_128_kb_loses_only_its_own_row(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("\n".join([HEADER, _manual_line(1), _manual_line(2, note="x" * 200_000),
                               _manual_line(3, note='"' + "y" * 200_000 + '"'), _manual_line(4)]) + "\n",
                    encoding="utf-8")
    _, claims, rejected, n = read.read_manual([path])
    assert n == 4 and list(claims["count"]) == [1, 4]
    assert list(rejected["input"].str.rsplit(":", n=1).str[1]) == ["3", "4"]
    assert rejected["reason"].str.contains("over 128 KB").all()


def test_a_latin1_manual_file_rejects_its_accented_lines_with_their_numbers(tmp_path):
    path = tmp_path / "m.csv"
    rows = [_manual_line(1), _manual_line(2, quote="2 drones détruits"), _manual_line(3),
            _manual_line(4, note="signalé")]
    path.write_bytes((HEADER + "\n" + "\n".join(rows) + "\n").encode("latin-1"))
    _, claims, rejected, n = read.read_manual([path])
    assert n == 4 and list(claims["count"]) == [1, 3]
    assert list(rejected["input"]) == [f"{path.as_posix()}:3", f"{path.as_posix()}:5"]
    assert rejected["reason"].str.startswith("not UTF-8 text (byte 0xe9").all()


@pytest.mark.parametrize(("count", "reason"), [
    ("²", "digits 0-9"), ("١٢", "digits 0-9"), ("1" + "0" * 26, "too large"), ("9" * 5000, "too large"),
])
def test_a_manual_count_that_is_no_count_is_rejected(tmp_path, count, reason):
    claims, rejected = _manual(tmp_path, {"count": count, "quote": f"{count} drones"}, {})
    assert list(claims["count"]) == [80] and reason in rejected["reason"].item()


def test_impossible_dates_and_times_in_manual_claims_are_rejected(tmp_path):
    from strikeclaims import validate

    path = tmp_path / "m.csv"
    path.write_text("\n".join([HEADER, _manual_line(1), _manual_line(2, date="2025-02-30"),
                               _manual_line(3).replace("night,,", "night,2025-13-45T99:99:99Z,"),
                               _manual_line(4, date="1900-06-02", note="a note cannot date it")]) + "\n",
                    encoding="utf-8")
    _, claims, rejected, n = read.read_manual([path])
    valid, invalid = validate.validate("claims", claims)
    assert list(valid["count"]) == [1]
    assert list(invalid["reason"]) == ["claims: date is not a real date", "claims: window_start is not a real time",
                                       "claims: date lies outside the war's span (2014 to a day after the build)"]
    assert len(rejected) + len(invalid) + len(valid) == n == 4


def test_manual_publication_dates_outside_the_war_are_rejected(tmp_path):
    claims, rejected = _manual(tmp_path, {"published": "1900-01-01", "date": "1900-01-01"},
                               {"published": "2999-01-01T00:00:00+00:00", "date": "2999-01-01"}, {})
    assert len(claims) == 1 and list(rejected["reason"]) == ["published_at is before 2014, outside the war's span",
                                                            "published_at is more than a day after the build, "
                                                            "in the future"]


def test_a_header_that_cannot_be_read_rejects_every_row_with_that_reason(tmp_path):
    manual, nights = tmp_path / "m.csv", tmp_path / "n.csv"
    manual.write_bytes(HEADER.replace("quote", "quot\xe9").encode("latin-1") + b"\n" + _manual_line(1).encode() + b"\n")
    nights.write_text('"author,date\nua_air_force,2025-05-08\n', encoding="utf-8")
    _, claims, rejected, n = read.read_manual([manual])
    assert n == 2 and claims.empty and rejected["reason"].iloc[1].startswith("the file's header (line 1) cannot")
    found, rejected, n = read.read_nights([nights])
    assert n == 2 and found.empty and len(rejected) == 2
