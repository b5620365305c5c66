"""The field dictionary: every published table's columns, types, vocabularies and keys.

In: nothing but `reference/vocabularies.csv` beside this module.
Out: `TABLES`, a mapping of table name to `Table`, from which the pandera schemas
(`validate.py`), `datapackage.json` and `docs/codebook.md` (`publish.py`) are generated, and each
table's pandas types: `dtypes`, the typed empty frame `empty`, the conforming step `conform` (rows
built in memory) and `from_text` (rows read from a published CSV). This module imports nothing else
of the package.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd

VOCABULARY_FILE = Path(__file__).with_name("reference") / "vocabularies.csv"


def _load_vocabularies() -> dict[str, tuple[str, ...]]:
    vocab: dict[str, list[str]] = {}
    descriptions: dict[tuple[str, str], str] = {}
    with open(VOCABULARY_FILE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            vocab.setdefault(row["vocabulary"], []).append(row["value"])
            descriptions[(row["vocabulary"], row["value"])] = row["description"]
    VOCABULARY_DESCRIPTIONS.update(descriptions)
    return {k: tuple(v) for k, v in vocab.items()}


VOCABULARY_DESCRIPTIONS: dict[tuple[str, str], str] = {}
VOCABULARIES = _load_vocabularies()

SIDES = VOCABULARIES["side"]
LANGUAGES = VOCABULARIES["language"]
STATUSES = VOCABULARIES["status"]
WINDOW_KINDS = VOCABULARIES["window_kind"]
METRICS = VOCABULARIES["metric"]
ITEMS = VOCABULARIES["item"]
ITEM_GROUPS = VOCABULARIES["item_group"]
QUALIFIERS = VOCABULARIES["qualifier"]
STAGES = VOCABULARIES["stage"]
DISCREPANCY_KINDS = VOCABULARIES["discrepancy_kind"]
AUTHORS = VOCABULARIES["author"]

DRONE_ITEMS = ("attack_drone", "decoy_drone", "jet_drone", "tactical_drone", "drone")
MISSILE_ITEMS = ("cruise_missile", "ballistic_missile", "sam_missile", "missile")
# (keyed by item or None, as claims' items are: no item, no group)
ITEM_GROUP_OF: dict[str | None, str] = {**{i: "drones" for i in DRONE_ITEMS}, **{i: "missiles" for i in MISSILE_ITEMS}}
# Each group's generic item ("drones": "drone").
GENERIC_ITEM_OF_GROUP: dict[str | None, str] = {"drones": "drone", "missiles": "missile"}

# Windows summed into the nightly table; the others never are.
NIGHTLY_WINDOW_KINDS = ("night", "day")
# Metrics that get a column in the nightly table.
NIGHTLY_METRICS = ("launched", "neutralised", "intercepted", "suppressed", "hit", "airborne", "returned")

# Regular expressions for the string formats of the contract.
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"
REGION_PATTERN = r"^([A-Z]{2}-[A-Z0-9]{1,3}|SEA-[A-Z]+)$"
ITEM_MODEL_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SIDE_PATTERN = r"^[A-Z]{2}$"

MAX_PLAUSIBLE_COUNT = 5000
# Beyond this a number is not a count of anything (and cannot be stored as one).
MAX_COUNT = 10**9
# The war began in February 2014: a report published, or a figure dated, before this year is an error.
WAR_START = date(2014, 1, 1)


def war_span(today: date | None = None) -> tuple[date, date]:
    """The first and last dates a report can be published or a figure dated: from the war's first year to
    a day after today (UTC)."""
    today = today or datetime.now(UTC).date()
    return WAR_START, today + timedelta(days=1)
MAX_TEXT_LENGTH = 100_000
MAX_QUOTE_WORDS = 25


@dataclass(frozen=True)
class Field:
    """One column: name, frictionless type, meaning and constraints."""

    name: str
    type: str  # string, integer, number, boolean, date, datetime
    description: str
    required: bool = False  # never null
    enum: tuple[str, ...] | None = None
    vocabulary: str | None = None  # name in vocabularies.csv, for the codebook
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    unique: bool = False


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    row: str  # what one row is
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    sort_by: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)
    reference: bool = False  # a reference table published beside the data

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def get(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def _vocab(name: str, vocabulary: str, description: str, required: bool = True) -> Field:
    return Field(name, "string", description, required=required, enum=VOCABULARIES[vocabulary], vocabulary=vocabulary)


def _side(name: str, description: str, required: bool = True) -> Field:
    return Field(name, "string", description, required=required, pattern=SIDE_PATTERN)


def _author(description: str, required: bool = False, name: str = "author") -> Field:
    return _vocab(name, "author", description, required=required)


REPORTS = Table(
    name="reports",
    title="Reports",
    description="Every raw report, manual article and imported dataset row the build read.",
    row="One report (one version of an edited report), article or imported dataset row.",
    fields=(
        Field("report_id", "string", "Key: `{source}:{message_id}`, `{source}:{first 12 hex of sha256(text)}` without an id, "
              "`{source}:{message_id}@v{n}` for an edited message's earlier versions, `media:{first 12 hex of sha256(url)}` "
              "for an article, `{dataset}:{data row}` for an imported row.", required=True, unique=True),
        Field("source", "string", "Publisher key, defined in `sources.csv`.", required=True),
        _side("claimant", "Side the source speaks for (ISO 3166-1 alpha-2; `XX` unknown)."),
        _author("Whose statement the report gives (`author` vocabulary), apart from the channel that published it; "
                "null for an article that reports several authors' statements (each claim names its own)."),
        Field("published_at", "datetime", "Publication time in UTC.", pattern=TIMESTAMP_PATTERN),
        _vocab("language", "language", "Language of the report text.", required=False),
        Field("url", "string", "Where the report was published, where known."),
        Field("outlet", "string", "For an article: the outlet that published it."),
        Field("raw_path", "string", "Repository-relative raw file and 1-based line (`path:N`), or dataset file and data row.",
              required=True, pattern=r"^.+:\d+$"),
        Field("text_sha256", "string", "SHA-256 of the report text.", pattern=r"^[0-9a-f]{64}$"),
        _vocab("status", "status", "What the build made of the report."),
        Field("n_claims", "integer", "Number of claims taken from the report.", required=True, minimum=0),
        Field("method", "string", "`parser:<name>@<version>`, `manual` or `import:<dataset>`.", required=True),
        Field("note", "string", "A remark on the report (from the raw layer)."),
        Field("text", "string", "The report as published; null for manual articles, whose text is not republished."),
    ),
    primary_key=("report_id",),
    sort_by=("report_id",),
)

CLAIMS = Table(
    name="claims",
    title="Claims",
    description="Every figure a source states, one row each, traceable to its report.",
    row="One figure stated in one report.",
    fields=(
        Field("claim_id", "string", "Key: `{report_id}#{k}`, k counting the report's figures in text order.",
              required=True, unique=True, pattern=r"^.+#\d+$"),
        Field("report_id", "string", "The report the figure comes from (`reports.report_id`).", required=True),
        Field("source", "string", "Publisher key (`sources.csv`).", required=True),
        _side("claimant", "Side the statement speaks for."),
        _author("Whose statement the figure is (`ua_air_force`, `ru_mod`, ...), whichever channel or outlet "
                "published it: a news report of the Air Force's figures has source `media` and author `ua_air_force`.",
                required=True),
        _side("attacker", "Whose weapons or attack the figure is about."),
        Field("date", "date", "Date the figure is attributed to, by the contract's dating rules.", required=True,
              pattern=DATE_PATTERN),
        _vocab("window_kind", "window_kind", "Kind of reporting window."),
        Field("window_start", "datetime", "Start of the stated window in UTC, only as far as the source states it.",
              pattern=TIMESTAMP_PATTERN),
        Field("window_end", "datetime", "End of the stated window in UTC, only as far as the source states it.",
              pattern=TIMESTAMP_PATTERN),
        _vocab("metric", "metric", "What happened to the items."),
        _vocab("item", "item", "What is counted."),
        Field("item_group", "string", "`drones` or `missiles`, derived from `item`; null for other items.",
              enum=ITEM_GROUPS, vocabulary="item_group"),
        Field("item_model", "string", "Canonical model id of the model family the source names (`weapons.csv`).",
              pattern=ITEM_MODEL_PATTERN),
        Field("count", "integer", "The figure; null only with qualifier `unquantified`.", minimum=0),
        _vocab("qualifier", "qualifier", "How exact the figure is."),
        Field("region", "string", "ISO 3166-2 or sea-area code when the figure is about one place (`regions.csv`).",
              pattern=REGION_PATTERN),
        Field("region_text", "string", "The source's wording of the place or places."),
        Field("launch_area", "string", "Where the source says the items came from, as worded."),
        Field("is_breakdown", "boolean", "True when the row splits another figure of the same report; sum only rows "
              "where it is false.", required=True),
        Field("quote", "string", "Exact span of the report or article that states the figure (at most 25 words)."),
        Field("method", "string", "`parser:<name>@<version>`, `manual` or `import:<dataset>`.", required=True),
        Field("note", "string", "A remark on the figure, such as where its date rests on an article's wording."),
    ),
    primary_key=("claim_id",),
    sort_by=("claim_id",),
    foreign_keys=(ForeignKey(("report_id",), "reports", ("report_id",)),),
)

_nightly_counts = tuple(
    Field(m, "integer", f"Sum of `{m}` figures for the row's windows; null where the source states none.", minimum=0)
    for m in NIGHTLY_METRICS
)

NIGHTLY = Table(
    name="nightly",
    title="Nightly",
    description="Night and day figures per source, summed by the contract's rules; charts use `is_headline` rows.",
    row="One date, window kind, attacker, claimant, author, source and item group.",
    fields=(
        Field("date", "date", "Date of the night or day.", required=True, pattern=DATE_PATTERN),
        Field("window_kind", "string", "`night` or `day`.", required=True, enum=NIGHTLY_WINDOW_KINDS,
              vocabulary="window_kind"),
        _side("attacker", "Whose attack."),
        _side("claimant", "Whose claim."),
        _author("Whose statement the figures are.", required=True),
        Field("source", "string", "Publisher key (`sources.csv`).", required=True),
        _vocab("item_group", "item_group", "`drones` or `missiles`: never added together."),
        *_nightly_counts,
        Field("defended_share", "number", "`neutralised`, else `intercepted + suppressed`, over `launched`; null where "
              "either is missing.", minimum=0),
        Field("n_reports", "integer", "Number of reports counted.", required=True, minimum=1),
        Field("report_ids", "string", "The counted reports, `;`-separated.", required=True),
        Field("has_overlap", "boolean", "True when windows of the source overlapped and were counted once.", required=True),
        Field("is_headline", "boolean", "The one row per date, window kind, attacker, claimant and item group a chart "
              "should use.", required=True),
    ),
    primary_key=("date", "window_kind", "attacker", "claimant", "author", "source", "item_group"),
    sort_by=("date", "window_kind", "attacker", "claimant", "author", "source", "item_group"),
)

DISCREPANCIES = Table(
    name="discrepancies",
    title="Discrepancies",
    description="Pairs of figures that should agree or be compared: across sides, sources, revisions and breakdowns.",
    row="One pair of figures.",
    fields=(
        Field("discrepancy_id", "string", "Key: `{kind}:{first 12 hex of sha256 of both references}`.", required=True,
              unique=True),
        _vocab("kind", "discrepancy_kind", "What is compared."),
        Field("date", "date", "Date of both figures.", required=True, pattern=DATE_PATTERN),
        _side("attacker", "Whose attack."),
        _vocab("metric", "metric", "The metric compared."),
        Field("item", "string", "The item compared, when the pair is of one item.", enum=ITEMS, vocabulary="item"),
        Field("item_group", "string", "The item group compared, when the pair is of nightly group totals.",
              enum=ITEM_GROUPS, vocabulary="item_group"),
        _side("a_claimant", "First figure's claimant."),
        _author("First figure's author, where its rows name one.", name="a_author"),
        Field("a_source", "string", "First figure's source.", required=True),
        Field("a_value", "integer", "First figure; null where it gives no number.", minimum=0),
        Field("a_ref", "string", "First figure's claim id or report ids.", required=True),
        _side("b_claimant", "Second figure's claimant."),
        _author("Second figure's author, where its rows name one.", name="b_author"),
        Field("b_source", "string", "Second figure's source.", required=True),
        Field("b_value", "integer", "Second figure; null where it gives no number.", minimum=0),
        Field("b_ref", "string", "Second figure's claim id or report ids.", required=True),
        Field("difference", "integer", "`a_value - b_value`, where both are numbers."),
        Field("ratio", "number", "`a_value / b_value`, where both are numbers and `b_value` is not 0.", minimum=0),
    ),
    primary_key=("discrepancy_id",),
    sort_by=("date", "kind", "attacker", "metric", "discrepancy_id"),
)

REJECTED = Table(
    name="rejected",
    title="Rejected",
    description="Every input that did not become a valid row, with a reason.",
    row="One rejection of one input.",
    fields=(
        Field("input", "string", "`path:N`: 1-based line of a raw file, or 1-based data row of a dataset (header "
              "excluded).", required=True),
        _vocab("stage", "stage", "Stage that rejected it."),
        Field("reason", "string", "Why, in a sentence.", required=True),
        Field("value", "string", "The offending value, shortened."),
    ),
    primary_key=(),
    sort_by=("input", "stage", "reason", "value"),
)

QUOTE_CHECKS = Table(
    name="quote_checks",
    title="Quote checks",
    description="Every manual claim's quote read by the parsers, against the figure entered by hand: where they "
                "disagree, either the parsers miss a wording or the entry slipped.",
    row="One manual claim.",
    fields=(
        Field("claim_id", "string", "The manual claim (`claims.claim_id`).", required=True, unique=True,
              pattern=r"^.+#\d+$"),
        Field("input", "string", "The manual-claim file and 1-based line (`path:N`).", required=True,
              pattern=r"^.+:\d+$"),
        _author("Whose statement the claim is.", required=True),
        _vocab("language", "language", "Language of the quote; null for a quote in another language (the note names "
               "it), whose figures are in digits.", required=False),
        _vocab("metric", "metric", "The metric entered."),
        _vocab("item", "item", "The item entered."),
        Field("count", "integer", "The count entered; null with qualifier `unquantified`.", minimum=0),
        _vocab("qualifier", "qualifier", "The qualifier entered."),
        Field("parsed_metric", "string", "The metric of the parsed figure nearest to the entered one; null when the "
              "parsers read none.", enum=METRICS, vocabulary="metric"),
        Field("parsed_item", "string", "Its item.", enum=ITEMS, vocabulary="item"),
        Field("parsed_count", "integer", "Its count.", minimum=0),
        Field("parsed_qualifier", "string", "Its qualifier.", enum=QUALIFIERS, vocabulary="qualifier"),
        Field("n_parsed", "integer", "How many figures the parsers read in the quote.", required=True, minimum=0),
        _vocab("status", "quote_check", "Whether the parsed figure agrees with the entered one, and if not, how not."),
        Field("reason", "string", "For a disagreement: what the parsers read instead, in a sentence."),
        Field("quote", "string", "The quote the claim rests on."),
        Field("method", "string", "The parser that read the quote (`parser:<name>@<version>`)."),
    ),
    primary_key=("claim_id",),
    sort_by=("claim_id",),
    foreign_keys=(ForeignKey(("claim_id",), "claims", ("claim_id",)),),
)

COVERAGE = Table(
    name="coverage",
    title="Coverage",
    description="For each author of an official source (the Air Force, the Defence Ministry) and night from the "
                "author's first to its last night figure: whether the data hold "
                "a figure for that night, a statement that there was no attack, or nothing, so that 'no data' is never "
                "read as 'no attack'. Joins to `nightly.csv` on author and date.",
    row="One author and night.",
    fields=(
        _author("Whose statements are counted.", required=True),
        _side("claimant", "Side the author speaks for."),
        _side("attacker", "Whose attack the author's night figures are about."),
        Field("date", "date", "Date of the night (the morning it ends).", required=True, pattern=DATE_PATTERN),
        _vocab("status", "coverage_status", "`figures`, `no_attack` or `no_data`."),
        Field("has_launched", "boolean", "A `launched` figure of drones or missiles for the night, from any source.",
              required=True),
        Field("has_stopped", "boolean", "A `neutralised`, `intercepted` or `suppressed` figure of drones or missiles for "
              "the night, from any source.", required=True),
        Field("n_reports", "integer", "Reports counted in the author's nightly rows for the night.", required=True,
              minimum=0),
        Field("sources", "string", "Sources of those rows, `;`-separated."),
        Field("url", "string", "For `no_attack`: the page that states it."),
        Field("quote", "string", "For `no_attack`: the words that state it (at most 25)."),
    ),
    primary_key=("author", "date"),
    sort_by=("author", "date"),
)

WEAPONS = Table(
    name="weapons",
    title="Weapons",
    description="Canonical weapon models with their item class and names.",
    row="One model family.",
    fields=(
        Field("item_model", "string", "Canonical model id.", required=True, unique=True, pattern=ITEM_MODEL_PATTERN),
        _vocab("item", "item", "Item class of the model."),
        Field("name_en", "string", "English name.", required=True),
        Field("name_uk", "string", "Ukrainian name."),
        Field("name_ru", "string", "Russian name."),
        Field("aliases", "string", "Other spellings, `|`-separated: Latin look-alikes, inflected and dataset forms."),
    ),
    primary_key=("item_model",),
    sort_by=("item_model",),
    reference=True,
)

REGIONS = Table(
    name="regions",
    title="Regions",
    description="ISO 3166-2 codes and sea areas, with names in English, Ukrainian and Russian and inflected forms.",
    row="One region or sea area.",
    fields=(
        Field("code", "string", "ISO 3166-2 code or sea-area code.", required=True, unique=True, pattern=REGION_PATTERN),
        Field("country", "string", "Country the code belongs to (`XX` for seas).", required=True, pattern=SIDE_PATTERN),
        Field("name_en", "string", "English name.", required=True),
        Field("name_uk", "string", "Ukrainian name."),
        Field("name_ru", "string", "Russian name."),
        Field("aliases", "string", "Inflected and other forms used in reports, `|`-separated."),
    ),
    primary_key=("code",),
    sort_by=("code",),
    reference=True,
)

SOURCES = Table(
    name="sources",
    title="Sources",
    description="Publishers whose statements the dataset holds.",
    row="One source.",
    fields=(
        Field("source", "string", "Source key.", required=True, unique=True),
        _side("claimant", "Side the source speaks for."),
        _author("Whose statements the source publishes; null for news reports, whose claims name their author.",
                required=False),
        Field("name", "string", "Name of the publisher.", required=True),
        Field("url", "string", "Where it publishes."),
        _vocab("language", "language", "Default language.", required=False),
        Field("kind", "string", "`official`, `media` or `dataset`: the order in which `is_headline` prefers sources.",
              required=True, enum=("official", "media", "dataset")),
    ),
    primary_key=("source",),
    sort_by=("source",),
    reference=True,
)

LOSSES_DAILY = Table(
    name="losses_daily",
    title="Losses per day",
    description="The General Staff's daily increments of the Russian losses it claims, derived from its running "
                "totals (the `cumulative` claims of source `general_staff`): one row per date and category, with the "
                "General Staff's corrections applied and flagged. Categories outside the air war (tanks, artillery, "
                "...) are here and in `claims.csv` with their own items (`tank`, `artillery_system`, ...; "
                "`is_air_war` false): every figure a source states is a claim, and an item of its own keeps a "
                "tank from ever being counted with drones or missiles. Charts of the air war use `drone` and "
                "`cruise missiles`.",
    row="One date and loss category.",
    fields=(
        Field("date", "date", "Date of the running total (the General Staff's morning report): the increment covers "
              "the day that ends that morning.", required=True, pattern=DATE_PATTERN),
        Field("category", "string", "The loss category as the dataset names it (`drone`, `cruise missiles`, "
              "`personnel`).", required=True),
        _vocab("item", "item", "What is counted."),
        _vocab("metric", "metric", "`destroyed` for equipment, `casualties` (killed and wounded together) for "
               "personnel, `captured` for prisoners of war."),
        Field("is_air_war", "boolean", "True for the categories of the air war (aircraft, helicopters, drones, cruise "
              "missiles, air-defence systems).", required=True),
        Field("total", "integer", "The running total since 24 Feb 2022 on `date`.", required=True, minimum=0),
        Field("change", "integer", "`total` less the day before's total; null for the category's first total."),
        Field("correction", "integer", "The correction the General Staff made to its total that day (the dataset's "
              "corrections file), positive or negative; null when it made none."),
        Field("increment", "integer", "The day's losses: `change` less any `correction`. Negative only with status "
              "`negative`; null for the first total."),
        _vocab("status", "loss_status", "`first`, `reported`, `corrected` or `negative`: sum `increment` only over "
               "`reported` and `corrected` rows."),
        Field("claim_id", "string", "The running total's claim (`claims.claim_id`).", required=True,
              pattern=r"^.+#\d+$"),
    ),
    primary_key=("date", "category"),
    sort_by=("date", "category"),
    foreign_keys=(ForeignKey(("claim_id",), "claims", ("claim_id",)),),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (REPORTS, CLAIMS, NIGHTLY, DISCREPANCIES, REJECTED, COVERAGE, QUOTE_CHECKS, LOSSES_DAILY, WEAPONS, REGIONS, SOURCES)
}
DATA_TABLES = tuple(name for name, t in TABLES.items() if not t.reference)
REFERENCE_TABLES = tuple(name for name, t in TABLES.items() if t.reference)


@dataclass(frozen=True)
class RowRule:
    """A rule over several columns of one row, beyond each column's type and vocabulary: what it says,
    the reason a row that breaks it is rejected with, and the columns it reads (the first is the one the
    rejected row's `value` shows)."""

    name: str
    rule: str
    failure: str
    fields: tuple[str, ...]


# The row rules of each table: `validate.py` enforces them, `datapackage.json` (`rowRules` of the resource:
# Frictionless cannot state a rule over several columns or with an exception) and the codebook state them.
ROW_RULES: dict[str, tuple[RowRule, ...]] = {
    "claims": (
        RowRule("count_matches_qualifier", "`count` is given exactly when `qualifier` is not `unquantified`.",
                "a count is given exactly when the qualifier is not 'unquantified'", ("count", "qualifier")),
        RowRule("quote_is_short", f"`quote` has at most {MAX_QUOTE_WORDS} words.",
                f"the quote is longer than {MAX_QUOTE_WORDS} words", ("quote",)),
        RowRule("count_is_plausible", f"`count` is at most {MAX_PLAUSIBLE_COUNT:,}, except in a `cumulative` window.",
                f"a figure over {MAX_PLAUSIBLE_COUNT:,} for one night, day or event is implausible",
                ("count", "window_kind")),
    ),
}


# --- pandas types: every frame of a table is typed here, and nowhere else ---------------------------------

PANDAS_DTYPES = {"integer": "Int64", "number": "Float64", "boolean": "bool"}


def dtypes(table: str) -> dict[str, str]:
    """Column -> pandas dtype of a table in memory (text, dates and times are `object`)."""
    return {f.name: PANDAS_DTYPES.get(f.type, "object") for f in TABLES[table].fields}


def empty(table: str) -> pd.DataFrame:
    """A table with no rows, in its columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in dtypes(table).items()})


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a frame built in memory the table's columns (missing ones null) and dtypes; private columns
    (`_name`) stay, after the table's."""
    spec = TABLES[table]
    out = frame.copy()
    for f in spec.fields:
        if f.name not in out.columns:
            out[f.name] = pd.NA
        if f.type == "integer":
            out[f.name] = pd.to_numeric(out[f.name], errors="coerce").astype("Int64")
        elif f.type == "number":
            out[f.name] = pd.to_numeric(out[f.name], errors="coerce").astype("Float64")
        elif f.type == "boolean":
            out[f.name] = out[f.name].fillna(False).astype(bool)
        else:
            out[f.name] = out[f.name].astype("str")  # pandas' string dtype: missing values are NaN
    private = [c for c in out.columns if c.startswith("_")]
    return out[spec.columns + private]


def within(values: pd.Series, allowed: pd.Series | Iterable[str]) -> pd.Series:
    """`values.isin(allowed)` for many allowed values, such as ids. (On text columns, of pandas' string dtype, pandas
    makes an Arrow scalar of each allowed value, one by one; as Python objects the look-up is one hash table, a
    fiftieth of the time for 30,000 ids.)"""
    objects = allowed.astype(object) if isinstance(allowed, pd.Series) else list(allowed)
    return values.astype(object).isin(objects)


def from_text(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a frame read as text from a published CSV the table's types: integers `Int64`, numbers
    `Float64`, booleans `bool`, dates and times `datetime64` (UTC), text `str`; a missing column is null."""
    out = frame.copy()
    for f in TABLES[table].fields:
        if f.name not in out.columns:
            out[f.name] = pd.Series(pd.NA, index=out.index, dtype="str")
        col = out[f.name]
        if f.type == "integer":
            out[f.name] = pd.to_numeric(col, errors="coerce").astype("Int64")
        elif f.type == "number":
            out[f.name] = pd.to_numeric(col, errors="coerce").astype("Float64")
        elif f.type == "boolean":
            out[f.name] = col.astype("str").str.lower().eq("true").astype(bool)
        elif f.type == "date":
            out[f.name] = pd.to_datetime(col, format="%Y-%m-%d", errors="coerce")
        elif f.type == "datetime":
            out[f.name] = pd.to_datetime(col, format="ISO8601", utc=True, errors="coerce")
        else:
            out[f.name] = col.astype("str")
    return out
