"""Rows -> valid rows and rejections, by pandera schemas built from `fields.py`.

In: a frame with a table's columns (claims may carry `_input`, the `path:N` of the raw line
or dataset row they came from). Out: the rows that pass every check, conformed to the
table's types, and a `rejected` frame with one row per failing row and a reason a person
understands. Validation is lazy: every failure is collected, none stops the build.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

import pandas as pd
import pandera.pandas as pa

from strikeclaims import fields
from strikeclaims.parse import grammar, lexicon

REJECTED_COLUMNS = fields.TABLES["rejected"].columns
_PANDAS_TYPES = {"integer": "Int64", "number": "Float64", "boolean": "bool"}


def stack(table: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Rows of one table from several frames; an empty frame with the table's columns when none has rows."""
    filled = [f for f in frames if len(f)]
    return pd.concat(filled, ignore_index=True) if filled else pd.DataFrame(columns=fields.TABLES[table].columns)


conform = fields.conform


def cross_tables(reports: pd.DataFrame, claims: pd.DataFrame, checks: pd.DataFrame | None = None
                 ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, list[pd.DataFrame]]:
    """The rules across tables, for every route from raw input to published tables: reports, claims and
    quote checks validated; a claim whose report was rejected rejected as an orphan (as is a quote check
    whose claim is gone); each report's `n_claims` counted and its status (`parsed` or `no_claims`) set
    from its valid claims. -> (reports, claims, checks, [rejected reports and orphans, rejected claims,
    rejected checks])."""
    rejected = []
    reports, bad_reports = validate("reports", reports)
    orphan = ~fields.within(claims["report_id"], reports["report_id"])
    orphans = pd.DataFrame({
        "input": claims.loc[orphan, "_input"] if "_input" in claims else None, "stage": "validate",
        "reason": "claims: the report this figure comes from was rejected", "value": claims.loc[orphan, "claim_id"],
    })
    rejected.append(stack("rejected", [bad_reports, orphans]) if orphan.any() else bad_reports)
    claims, bad_claims = validate("claims", claims[~orphan])
    rejected.append(bad_claims)
    checks = fields.empty("quote_checks") if checks is None else checks
    checks, bad_checks = validate("quote_checks", checks[fields.within(checks["claim_id"], claims["claim_id"])])
    rejected.append(bad_checks)
    n_claims = claims["report_id"].value_counts()
    reports["n_claims"] = reports["report_id"].map(n_claims).fillna(0).astype("Int64")
    automatic = reports["status"].isin(["parsed", "no_claims"])
    reports.loc[automatic, "status"] = ["parsed" if n else "no_claims" for n in reports.loc[automatic, "n_claims"]]
    return reports, claims, checks, rejected


# Name -> (sentence, the column it is about), from the row rules of the field dictionary.
WIDE_CHECKS = {rule.name: (rule.failure, rule.fields[0]) for rule in fields.ROW_RULES["claims"]}


def _claims_checks() -> list[pa.Check]:
    def count_matches_qualifier(df: pd.DataFrame) -> pd.Series:
        unq = df["qualifier"] == "unquantified"
        return (unq & df["count"].isna()) | (~unq & df["count"].notna())

    def quote_is_short(df: pd.DataFrame) -> pd.Series:
        limit = fields.MAX_QUOTE_WORDS
        # A quote of fewer than 2 * limit characters cannot hold more than `limit` words: split only longer ones.
        return pd.Series([not isinstance(q, str) or len(q) < 2 * limit or len(q.split()) <= limit
                          for q in df["quote"].tolist()], index=df.index)

    def count_is_plausible(df: pd.DataFrame) -> pd.Series:
        return (df["window_kind"] == "cumulative") | df["count"].isna() | (df["count"] <= fields.MAX_PLAUSIBLE_COUNT)

    functions = (count_matches_qualifier, quote_is_short, count_is_plausible)
    # Each function decides for rows with nulls itself; `ignore_na=False` spares a null scan of every column.
    return [pa.Check(fn, name=fn.__name__, error=WIDE_CHECKS[fn.__name__][0], ignore_na=False) for fn in functions]


def _matches(pattern: str):
    """A vectorised pattern check: each distinct value is matched once (dates, codes and ids repeat a lot)."""
    regex = re.compile(pattern)

    def check(series: pd.Series) -> pd.Series:
        values = series.tolist()
        distinct = set(values)
        if len(distinct) * 2 < len(values):
            bad = {v for v in distinct if isinstance(v, str) and not regex.match(v)}
            return pd.Series([v not in bad for v in values], index=series.index)
        return pd.Series([not isinstance(v, str) or regex.match(v) is not None for v in values], index=series.index)

    return check


# The contract's formats (the pattern check has seen the digits): a date, and a UTC time ending in Z.
_FORMATS = {"date": lambda v: date.fromisoformat(v), "datetime": lambda v: datetime.fromisoformat(v[:-1]).date()}


def _real(kind: str, pattern: str, in_war: bool = False):
    """A check that dates (or UTC times) in the contract's format are real ones: `2025-02-30` and
    `2025-13-45T99:99:99Z` are not. With `in_war`, the check that a real one lies within
    `fields.war_span` instead. What is not in the format, or no date at all, passes: other checks say so."""
    read = _FORMATS[kind]
    shape = re.compile(pattern)

    def check(series: pd.Series) -> pd.Series:
        values = series.tolist()
        first, last = fields.war_span()
        bad = set()
        for v in set(values):
            if not isinstance(v, str) or not shape.match(v):
                continue
            try:
                day = read(v)
            except ValueError:
                if not in_war:
                    bad.add(v)
                continue
            if in_war and not first <= day <= last:
                bad.add(v)
        return pd.Series([v not in bad for v in values], index=series.index)

    return check


@cache
def schema(table: str) -> pa.DataFrameSchema:
    """The pandera schema of a table, generated from the field dictionary."""
    spec = fields.TABLES[table]
    columns = {}
    for f in spec.fields:
        checks = []
        if f.enum is not None:
            checks.append(pa.Check.isin(list(f.enum), error=f"{f.name} is not one of the allowed values"))
        if f.pattern is not None:
            checks.append(pa.Check(_matches(f.pattern), error=f"{f.name} is not in the expected format",
                                   ignore_na=False))  # nulls pass: they are not strings
        if f.type in _FORMATS and f.pattern is not None:
            what = "date" if f.type == "date" else "time"
            checks.append(pa.Check(_real(f.type, f.pattern), ignore_na=False, error=f"{f.name} is not a real {what}"))
            if table == "claims" and f.name == "date":
                checks.append(pa.Check(_real(f.type, f.pattern, in_war=True), ignore_na=False, error=(
                    f"{f.name} lies outside the war's span ({fields.WAR_START.year} to a day after the build)")))
        if f.minimum is not None:
            below = "is negative" if f.minimum == 0 else f"is below {f.minimum:g}"
            checks.append(pa.Check.ge(f.minimum, error=f"{f.name} {below}"))
        if f.maximum is not None:
            checks.append(pa.Check.le(f.maximum, error=f"{f.name} is above {f.maximum:g}"))
        columns[f.name] = pa.Column(
            _PANDAS_TYPES.get(f.type), checks=checks, nullable=not f.required, unique=f.unique,
            required=True, description=f.description, title=f.name, report_duplicates="exclude_first",
        )
    extra = _claims_checks() if table == "claims" else []
    return pa.DataFrameSchema(columns, checks=extra, name=table, strict=False, unique=list(spec.primary_key) or None,
                              report_duplicates="exclude_first" if spec.primary_key else "all")


def _reason(case: pd.Series) -> str:
    column = case.get("column")
    check = str(case.get("check"))
    for name, (sentence, _) in WIDE_CHECKS.items():
        if check in (name, sentence):
            return sentence
    if isinstance(column, str) and check.startswith(column + " "):
        return check  # one of this module's own error sentences
    if check == "not_nullable":
        return f"{column} is missing"
    if check in ("field_uniqueness", "multiple_fields_uniqueness"):
        return f"{column if check == 'field_uniqueness' else 'the key'} repeats a value already taken by another row"
    if check.startswith("isin"):
        return f"{column} is not one of the allowed values"
    if check.startswith("str_matches"):
        return f"{column} is not in the expected format"
    if check.startswith("greater_than_or_equal_to"):
        return f"{column} is negative or below its minimum"
    return f"{column or 'the row'} failed the check {re.sub(r'[^a-z_]', ' ', check).strip()}"


def _input_of(table: str, frame: pd.DataFrame) -> pd.Series:
    if "_input" in frame.columns:
        return frame["_input"]
    if "raw_path" in frame.columns:
        return frame["raw_path"]
    key = fields.TABLES[table].primary_key
    return frame[list(key)].astype(str).agg("|".join, axis=1) if key else pd.Series(table, index=frame.index)


def validate(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check every row of a table -> (valid rows, rejected rows)."""
    frame = conform(table, frame).reset_index(drop=True)
    if frame.empty:
        return frame, pd.DataFrame(columns=REJECTED_COLUMNS)
    try:
        schema(table).validate(frame, lazy=True)
        return frame, pd.DataFrame(columns=REJECTED_COLUMNS)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    cases = cases[cases["index"].notna()].copy()
    cases["index"] = cases["index"].astype(int)
    bad_index = sorted(set(cases["index"]))
    first = cases.drop_duplicates("index").set_index("index")
    inputs = _input_of(table, frame)
    rejected = pd.DataFrame({
        "input": inputs.loc[bad_index].to_numpy(),
        "stage": "validate",
        "reason": [f"{table}: {_reason(first.loc[i])}" for i in bad_index],
        "value": [_value(first.loc[i], frame.loc[i]) for i in bad_index],
    }, columns=REJECTED_COLUMNS)
    valid = frame.drop(index=bad_index).reset_index(drop=True)
    return valid, rejected


def _value(case: pd.Series, row: pd.Series) -> str | None:
    check = str(case.get("check"))
    wide = next((column for name, (sentence, column) in WIDE_CHECKS.items() if check in (name, sentence)), None)
    value = row.get(wide) if wide else case.get("failure_case")
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        column = case.get("column")
        value = row.get(column) if isinstance(column, str) and column in row else row.get("claim_id", None)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value)
    return text if len(text) <= 120 else text[:119] + "…"


# --- checks of hand-entered claims (run by `read.manual` on every row) -------------------------------

# Digits with the thousands separators in use in uk/ru/en texts ("1 000", "1,000", "1'000").
_DIGITS = re.compile(rf"\d{{1,3}}(?:[{grammar.GROUP_SEPARATORS},.]\d{{3}})+(?!\d)|\d+")
MAX_DATE_GAP_DAYS = 2
QUOTE_MISMATCH = "the quote does not state the count {count} (in digits or as a Ukrainian, Russian or English number word)"
DATE_GAP = ("the figure is dated {days} days from its article's publication date ({published}) and no note "
            "says why")


def with_reason(reasons: pd.Series, template: str) -> int:
    """How many of `reasons` are `template` filled in (its `{name}` fields stand for any text)."""
    pattern = re.sub(r"\\\{\w+\\\}", ".*", re.escape(template))
    return int(reasons.astype(str).str.fullmatch(pattern).sum())


def numbers_in(text: str) -> set[int]:
    """Every number a text states, in digits or in words (uk, ru, en)."""
    found = {int(re.sub(r"\D", "", m.group())) for m in _DIGITS.finditer(text)}
    for m in lexicon.NUMBER_WORD_RE.finditer(text):
        value = lexicon.number_word_value(m.group())
        if value:
            found.add(value)
    numbers = lexicon.Scan(text).numbers
    for _start, _end, kind, words in lexicon.hundreds_joined(text, numbers) if len(numbers) > 1 else ():
        value = lexicon.number_word_value(words) if kind == "number" else None
        if value:
            found.add(value)  # "пяти десятков", "двох сотень": words of one number
    return found


def quote_states_count(quote: str, count: int, qualifier: str) -> bool:
    """Whether a quote states a claim's count: exactly, or as the bound it was derived from
    ("more than 40" is 41 with qualifier `at_least`, "fewer than 500" is 499 with `at_most`)."""
    stated = numbers_in(quote)
    return (count in stated or (qualifier == "at_least" and count - 1 in stated)
            or (qualifier == "at_most" and count + 1 in stated))


def date_gap_days(date: str, published_day: str | None) -> int | None:
    """Days between a claim's date and its article's (local) publication date; None when either is unknown."""
    try:
        return abs((pd.Timestamp(date) - pd.Timestamp(published_day)).days) if published_day else None
    except ValueError:
        return None
