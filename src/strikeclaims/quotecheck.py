"""The quote check: every manual claim's quote, read by the parsers, against the figure entered by hand.

In: manual claims (the `claims.csv` columns plus `_input`, from `read.read_manual`). Out: the
`quote_checks` table, one row per claim: the figure entered, the parsed figure nearest to it, and a
`status`: `agrees` (a figure of the quote has the entered count, qualifier, metric and item), `other_meaning`
(the count is read, with another metric, item or qualifier), `other_count` (the parser reads other counts),
`no_figure` (it reads none: the quote may need the sentence around it). Each disagreement is either a
parser miss or an entry slip; `reason` says what differs. `agreement` sums the statuses per author.

The quote is read by the parser of the side whose attack it is about (the Air Force's for Russian attacks,
the Defence Ministry's for Ukrainian ones): the grammar is shared, only the dating differs, and dates are
not compared here.
"""

from __future__ import annotations

import pandas as pd

from strikeclaims import fields, parse
from strikeclaims.parse import lexicon

COLUMNS = fields.TABLES["quote_checks"].columns
# The parser that reads a side's attacks (`parse.sources.PARSERS`).
PARSER_OF_ATTACKER = {"RU": "ua_air_force", "UA": "ru_mod"}
STATUSES = fields.VOCABULARIES["quote_check"]


def _published(claim: dict) -> str:
    """A publication time for the parser: dates are not compared, so the claim's date at noon (UTC) serves."""
    return f"{claim['date']}T12:00:00Z" if isinstance(claim.get("date"), str) else "2000-01-01T12:00:00Z"


def _value(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def _same_item(a: str | None, b: str | None) -> bool:
    """The same item, or two items of one group (drones, missiles): entries and parsers may name the kind
    differently ("Shahed-type drones" is `attack_drone` to one, `drone` to the other)."""
    if a == b:
        return True
    group = fields.ITEM_GROUP_OF
    return a in group and group.get(a) == group.get(b)


def check_one(claim: dict) -> dict:
    """One manual claim -> its row of the quote check."""
    source = PARSER_OF_ATTACKER.get(claim.get("attacker"))
    quote = claim.get("quote") or ""
    readable = _value(claim.get("_language")) in fields.LANGUAGES
    parsed = parse.parse_text(quote, source, _published(claim))[0] if source and readable else []
    count = _value(claim.get("count"))
    count = None if count is None else int(count)
    entered = (claim.get("metric"), claim.get("item"), count, claim.get("qualifier"))
    same_count = [p for p in parsed if _value(p["count"]) == count]
    agreeing = [p for p in same_count if p["metric"] == entered[0] and _same_item(p["item"], entered[1])
                and p["qualifier"] == entered[3]]
    if agreeing:
        status, nearest, reason = "agrees", agreeing[0], None
    elif same_count:
        nearest = same_count[0]
        differs = [f"{name} {got}" for name, got, want in (("metric", nearest["metric"], entered[0]),
                                                           ("item", nearest["item"], entered[1]),
                                                           ("qualifier", nearest["qualifier"], entered[3]))
                   if got != want and not (name == "item" and _same_item(got, want))]
        status = "other_meaning"
        reason = f"the parser reads {count} with {', '.join(differs)}"
    elif parsed:
        alike = [p for p in parsed if p["metric"] == entered[0] and _same_item(p["item"], entered[1])]
        nearest = (alike or parsed)[0]
        status = "other_count"
        read = ", ".join(str(_value(p["count"])) if _value(p["count"]) is not None
                         else "no number" if p["qualifier"] == "unquantified" else p["qualifier"] for p in parsed)
        reason = f"the parser reads {read}, not {count if count is not None else claim.get('qualifier')}"
    elif not readable:
        status, nearest = "not_read", None
        reason = "the quote is in a language the parsers do not read"
    else:
        status, nearest = "no_figure", None
        reason = _why_nothing(quote)
    return {
        "claim_id": claim["claim_id"], "input": claim.get("_input"), "author": claim.get("author"),
        "language": _value(claim.get("_language")), "metric": entered[0], "item": entered[1], "count": count,
        "qualifier": entered[3], "parsed_metric": nearest["metric"] if nearest else None,
        "parsed_item": nearest["item"] if nearest else None,
        "parsed_count": _value(nearest["count"]) if nearest else None,
        "parsed_qualifier": nearest["qualifier"] if nearest else None, "n_parsed": len(parsed), "status": status,
        "reason": reason, "quote": quote, "method": parse.method_for(source) if source else None,
    }


def _why_nothing(quote: str) -> str:
    """Why the parsers read no figure: the quote names no verb or no item (it needs its sentence), or they
    miss its wording."""
    scan = lexicon.Scan(quote)
    missing = [what for what, found in (("verb", scan.metrics), ("item", scan.items or scan.models)) if not found]
    if missing:
        return (f"the parser reads no figure in the quote: it names no {' and no '.join(missing)} the parser knows "
                "(it may need the sentence around it)")
    return "the parser reads no figure in the quote, though it names an item and a verb the parser knows"


def check(claims: pd.DataFrame) -> pd.DataFrame:
    """Manual claims (with `_language`, the quote's language) -> the quote check, one row per claim."""
    rows = [check_one(claim) for claim in claims.to_dict("records")]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for c in ("count", "parsed_count", "n_parsed"):
        frame[c] = frame[c].astype("Int64")
    return frame


def agreement(checks: pd.DataFrame) -> dict[str, int]:
    """Counts for the build's accounting: claims checked and agreeing, overall and per author (quotes in a language
    the parsers do not read are not counted)."""
    checks = checks[checks["status"] != "not_read"]
    out = {"quote_checked": len(checks), "quote_agrees": int((checks["status"] == "agrees").sum())}
    for author, group in checks.groupby("author", sort=True):
        out[f"quote_checked:{author}"] = len(group)
        out[f"quote_agrees:{author}"] = int((group["status"] == "agrees").sum())
    return out
