"""The bundled manual claims: every figure cites an article and a short quote that states it.

In: every CSV in `data/raw/manual/`. Out: assertions that each row has a URL, outlet,
publication time and a quote of at most 25 words stating its count (digits, or a small number
in words), that codes come from the contract's vocabularies and reference tables, that night
dates sit next to the local publication date, that the reader and the schema reject no row,
and that the starter set covers the dates the issue asks for.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import REPO

from strikeclaims import fields, read, reference, validate

MANUAL_DIR = REPO / "data" / "raw" / "manual"
FILES = sorted(MANUAL_DIR.glob("*.csv"))
HEADER = ("source,author,claimant,attacker,date,window_kind,window_start,window_end,metric,item,item_model,count,"
          "qualifier,region,region_text,launch_area,is_breakdown,quote,language,url,outlet,published_at,note").split(",")
LOCAL_ZONE = {"UA": ZoneInfo("Europe/Kyiv"), "RU": ZoneInfo("Europe/Moscow")}
# Each side's files hold the statements of that side's authors.
SIDE_OF_FILE = {"ua_air_force": "UA", "ru_mod": "RU"}


def load_rows() -> list[tuple[str, dict[str, str]]]:
    rows = []
    for path in FILES:
        with open(path, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                rows.append((f"{path.name}:{n}", row))
    return rows


ROWS = load_rows()
pytestmark = pytest.mark.skipif(not ROWS, reason="no manual claims bundled yet")


def local_publication_date(published_at: str, claimant: str) -> date:
    if len(published_at) == 10:
        return date.fromisoformat(published_at)
    stamp = datetime.fromisoformat(published_at)
    return stamp.astimezone(LOCAL_ZONE.get(claimant, ZoneInfo("Europe/Kyiv"))).date()


def test_files_have_the_manual_claim_header():
    for path in FILES:
        with open(path, encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == HEADER, path.name


def test_every_row_cites_an_article_with_a_short_quote():
    for where, row in ROWS:
        for column in ("url", "outlet", "quote", "author"):
            assert row[column].strip(), f"{where}: {column} is empty"
        assert row["published_at"] or row["note"], f"{where}: no publication date and no note on the dating"
        assert row["author"] in fields.AUTHORS, f"{where}: unknown author {row['author']!r}"
        assert row["language"] in (*fields.LANGUAGES, ""), f"{where}: unknown language {row['language']!r}"
        assert row["url"].startswith(("https://", "http://")), where
        assert row["source"] == "media", where
        assert len(row["quote"].split()) <= fields.MAX_QUOTE_WORDS, f"{where}: quote too long"


def test_every_quote_states_its_count():
    for where, row in ROWS:
        if row["qualifier"] == "unquantified":
            assert row["count"] == "", f"{where}: an unquantified figure has no count"
            continue
        assert row["count"].isdigit(), f"{where}: count {row['count']!r} is not a whole number"
        assert validate.quote_states_count(row["quote"], int(row["count"]), row["qualifier"]), \
            f"{where}: the quote does not state {row['count']}: {row['quote']!r}"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT = re.compile(r"[\u0590-\u0dff]")  # Hebrew, Arabic, Indic scripts


def test_a_quote_s_language_is_the_language_it_is_written_in():
    # uk and ru quotes are in Cyrillic, en quotes in Latin letters; a quote in another language has none
    for where, row in load_rows():
        quote, language = row["quote"], row["language"]
        if language in ("uk", "ru"):
            assert _CYRILLIC.search(quote), (where, language, quote)
        elif language == "en":
            assert _LATIN.search(quote) and not _OTHER_SCRIPT.search(quote) and not re.search(
                r"[\u0400-\u04ff]{4}", quote), (where, quote)
        else:
            assert language == "", (where, language)


def test_codes_come_from_the_vocabularies_and_reference_tables():
    models = set(reference.load("weapons")["item_model"])
    regions = set(reference.load("regions")["code"])
    for where, row in ROWS:
        assert row["claimant"] in fields.SIDES and row["attacker"] in fields.SIDES, where
        assert row["metric"] in fields.METRICS, where
        assert row["item"] in fields.ITEMS, where
        assert row["qualifier"] in fields.QUALIFIERS, where
        assert row["window_kind"] in fields.WINDOW_KINDS, where
        assert row["item_model"] in models | {""}, f"{where}: unknown model {row['item_model']!r}"
        assert row["region"] in regions | {""}, f"{where}: unknown region {row['region']!r}"
        assert row["is_breakdown"] in ("true", "false"), where
        if row["item"] == "people":
            assert row["metric"] in ("killed", "injured"), where


def test_dates_are_valid_and_sit_next_to_publication_or_say_why():
    for where, row in ROWS:
        claimed = date.fromisoformat(row["date"])
        assert date(2022, 2, 24) <= claimed <= date(2026, 12, 31), where
        for column in ("window_start", "window_end"):
            if row[column]:
                assert re.fullmatch(fields.TIMESTAMP_PATTERN, row[column]), f"{where}: {column}"
        if not row["published_at"]:
            continue
        published = local_publication_date(row["published_at"], row["claimant"])
        if abs(claimed - published) > timedelta(days=validate.MAX_DATE_GAP_DAYS):
            assert row["note"], f"{where}: dated {claimed} but published {published}, and no note says why"
        assert claimed <= published + timedelta(days=1), f"{where}: a figure dated after its article"


def test_one_article_is_one_block_of_consecutive_rows_in_its_side_file():
    for path in FILES:
        with open(path, encoding="utf-8", newline="") as fh:
            urls = [row["url"] for row in csv.DictReader(fh)]
        blocks = [u for i, u in enumerate(urls) if i == 0 or urls[i - 1] != u]
        assert len(blocks) == len(set(blocks)), f"{path.name}: an article's rows are split"
    for where, row in ROWS:
        side = next((c for prefix, c in SIDE_OF_FILE.items() if where.startswith(prefix + "_")), None)
        if side is not None:
            assert row["claimant"] == side, f"{where}: a {row['claimant']} claim in a {side} file"


def test_addresses_are_well_formed():
    for where, row in ROWS:
        host = re.match(r"https?://([^/]+)", row["url"])
        assert host and not re.sub(r":\d+$", "", host.group(1)).endswith("."), f"{where}: host {row['url']!r}"


def test_the_reviewed_labels_hold():
    """Rows a review of the manual layer corrected: combined figures, totals of their own, region codes."""
    def rows(date_: str, count: str, **kw) -> list[dict]:
        return [r for _, r in ROWS if r["date"] == date_ and r["count"] == count
                and all(r[k] == v for k, v in kw.items())]
    for date_, count in (("2025-06-02", "52"), ("2025-06-09", "460"), ("2025-07-09", "711")):
        found = rows(date_, count, claimant="UA", item="drone")
        assert found and all(r["metric"] == "neutralised" for r in found), (date_, count)
    assert rows("2024-11-17", "42", metric="intercepted", item="drone")[0]["is_breakdown"] == "false"
    assert rows("2025-09-07", "4", item_model="iskander-k")[0]["is_breakdown"] == "false"
    moscow = [r for _, r in ROWS if r["region_text"] in ("Московского региона", "Московской области")]
    assert moscow and all(r["region"] == "RU-MOS" for r in moscow)


def test_the_reader_and_the_schema_reject_no_row():
    reports, claims, rejected, n_rows = read.read_manual(FILES, REPO)
    assert rejected.empty, rejected.to_dict("records")[:3]
    assert n_rows == len(ROWS) == len(claims)
    valid_reports, bad_reports = validate.validate("reports", reports)
    assert bad_reports.empty, bad_reports.to_dict("records")[:3]
    valid_claims, bad_claims = validate.validate("claims", claims)
    assert bad_claims.empty, bad_claims.to_dict("records")[:3]
    assert len(valid_claims) == len(ROWS)
    assert set(valid_claims["report_id"]) <= set(valid_reports["report_id"])


def test_the_seed_claims_are_there():
    seed = [row for where, row in ROWS if where.startswith("seed.csv")]
    ru_night = {(r["date"], r["count"]) for r in seed if r["claimant"] == "RU" and r["window_kind"] == "night"
                and r["is_breakdown"] == "false"}
    assert ("2025-06-02", "162") in ru_night
    ua_launched = {(r["item"], r["count"]) for r in seed if r["claimant"] == "UA" and r["metric"] == "launched"
                   and r["date"] == "2025-06-02"}
    assert ("drone", "80") in ua_launched and ("missile", "4") in ua_launched
    assert any(r["claimant"] == "UA" and r["metric"] == "neutralised" and r["count"] == "52" for r in seed)
    spiderweb = {(r["claimant"], r["metric"], r["count"], r["qualifier"]) for r in seed
                 if r["item"] == "aircraft" and r["date"] == "2025-06-01" and r["window_kind"] == "event"}
    assert ("UA", "damaged", "41", "at_least") in spiderweb
    assert ("RU", "damaged", "", "unquantified") in spiderweb
    assert ("US", "damaged", "20", "at_most") in spiderweb and ("US", "destroyed", "10", "about") in spiderweb


def dates_with_figures(claimant: str) -> set[str]:
    """Dates of 2024-2026 with a night or day figure of weapons (not people or places) from one side."""
    return {row["date"] for _, row in ROWS if row["claimant"] == claimant and row["window_kind"] in ("night", "day")
            and row["item"] not in ("people", "location") and row["date"] >= "2024-01-01"}


def test_the_starter_set_covers_the_dates_the_issue_asks_for():
    ua, ru = dates_with_figures("UA"), dates_with_figures("RU")
    assert len(ua) >= 60, f"{len(ua)} dates with Ukrainian figures"
    assert len(ru) >= 30, f"{len(ru)} dates with Russian figures"


def test_the_record_nights_are_there():
    launched = {(row["date"], row["count"]) for _, row in ROWS
                if row["claimant"] == "UA" and row["metric"] == "launched" and row["item"] in fields.DRONE_ITEMS}
    assert ("2025-09-07", "810") in launched
    assert ("2025-07-09", "728") in launched


@pytest.mark.parametrize("quote,count,qualifier,ok", [
    ("shot down 1,000 drones", 1000, "exact", True), ("1 000 дронів", 1000, "exact", True),
    ("двоє осіб", 2, "exact", True), ("more than 40 aircraft", 41, "at_least", True), ("140 drones", 40, "exact", False),
    ("seven missiles", 7, "exact", True), ("по одному над Курской", 1, "exact", True),
    ("понад півсотнею шахедів", 51, "at_least", True), ("fewer than 500", 499, "at_most", True),
])
def test_the_quote_check_reads_numbers_as_written(quote, count, qualifier, ok):
    assert validate.quote_states_count(quote, count, qualifier) is ok


def test_manual_files_are_found_by_the_build():
    assert [Path(p).name for p in read.manual_claim_files(MANUAL_DIR)] == [p.name for p in FILES]


def test_a_drone_or_missile_figure_split_from_a_weapons_total_is_a_total_of_its_group():
    # Drones and missiles are never added together, so a split of an `air_weapon` total into drones and
    # missiles gives each group its own total: a group with only breakdown rows would vanish from nightly.
    groups: dict[tuple, list[str]] = {}
    weapons = set()
    for _, row in ROWS:
        key = (row["url"], row["date"], row["metric"], row["window_start"])
        if row["item"] == "air_weapon":
            weapons.add(key)
        elif row["item"] in fields.ITEM_GROUP_OF:
            groups.setdefault((*key, fields.ITEM_GROUP_OF[row["item"]]), []).append(row["is_breakdown"])
    lost = [key for key, flags in groups.items() if key[:4] in weapons and set(flags) == {"true"}]
    assert not lost, lost[:3]
