"""The raw-layer readers: every line or row ends as a record or a rejection with path:N and a reason."""

from __future__ import annotations

import json

import pandas as pd
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
