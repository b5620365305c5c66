"""One report -> its claim rows: the figures `grammar` reads in its text, each dated by `dates`.

In: a report's text, its source's `Parser`, publication time and identifiers. Out: its claims (the
`claims.csv` columns plus `_input`) and rejections (stage `parse`) for figures that cannot be published.
Compiled with the other parser modules (`compiled.MODULES`).
"""

from __future__ import annotations

import operator
import unicodedata

from strikeclaims import fields
from strikeclaims.parse import dates, grammar, lexicon
from strikeclaims.parse.sources import PARSERS, Parser

CLAIM_COLUMNS: list[str] = fields.TABLES["claims"].columns + ["_input"]
# A claim by name -> its tuple in `CLAIM_COLUMNS` order (the order lives in fields.py only).
_IN_ORDER = operator.itemgetter(*CLAIM_COLUMNS)
ITEM_GROUP_OF = fields.ITEM_GROUP_OF
_METHODS = {source: f"parser:{source}@{parser.version}" for source, parser in PARSERS.items()}
_AUTHOR_OF = {source: parser.author for source, parser in PARSERS.items()}


def method_for(source: str) -> str:
    """The `method` value of the parser that reads a source's reports."""
    return _METHODS.get(source) or f"parser:{source}@0.0.0"


def read(parser: Parser, original: str, published_at: str, report_id: str, raw_path: str,
         claimant: str, as_dicts: bool = False) -> tuple[list, list[dict]]:
    """A report's text -> (its claims, each a dict by column or a tuple in `CLAIM_COLUMNS` order; its rejections)."""
    # Read with Cyrillic letters and plain white space; quoted as written.
    text, at = lexicon.tidy(lexicon.unmixed(original))
    scan = lexicon.Scan(text)
    lowered = text.casefold()
    figures = grammar.read_figures(text, scan, lowered, parser.source)
    if not figures:
        return [], []
    dating = dates.date_report(text, published_at, claimant, scan, lowered)
    blocks = dates.summary_blocks(text, published_at, claimant, scan) if dates.may_sum_up(lowered) else []
    summaries = len(blocks)
    if dates.may_have_night_part(lowered):
        blocks += dates.night_parts(text, published_at, claimant)
    if dates.may_have_own_time_part(lowered):
        # "downed 72 drones, while 14 others were stopped overnight": the added figure's own time
        blocks += dates.own_time_parts(text, published_at, claimant)
    if dates.may_have_named_day_part(lowered):
        # "В ночь на четверг … сбили 141 беспилотник. Днем в четверг … сбили 48": the day's sentence of its own day
        blocks += dates.named_day_parts(text, published_at, claimant)
    if dates.may_have_day_parts(text):
        # "2 января — 435 единиц, при этом 31 декабря — 371": each count of its own day
        blocks += dates.day_parts(text, published_at, claimant)
    if dates.may_have_respective_days(lowered):
        # "на 11 и 15 февраля, когда было сбито 458 и 222 дрона соответственно": each count of its own day
        blocks += dates.respective_days(text, published_at, claimant)
    if not blocks and dates.may_have_timed_sentences(lowered):
        # "За сутки сбиты 366 беспилотников. В ночь на 16 декабря сбиты 116 …": each sentence's figures of its own time
        blocks = dates.timed_sentences(text, published_at, claimant, [f.start for f in figures])
    elif not blocks and parser.source == "ru_mod" and dates.may_have_own_times(lowered):
        # (the Defence Ministry's figures of a day's window and of a night, each in a sentence of its own)
        blocks = dates.timed_sentences(text, published_at, claimant, [f.start for f in figures], any_kind=True)
    elif not blocks and dates.may_have_named_nights(lowered):
        # "Overnight on October 21, … 60 drones. Overnight on October 22, … 81 drones": each sentence's night its own
        blocks = dates.named_night_sentences(text, published_at, claimant, [f.start for f in figures])
    blocks.sort(key=lambda b: b[0])  # (stable: blocks that start together keep the order above)
    if blocks:
        # A summary block dates its own figures; the rest of the report is dated without it.
        masked = "".join(" " * (b - a) if k % 2 else text[a:b] for k, (a, b) in enumerate(_cuts(text, blocks)))
        rest = dates.date_report(masked, published_at, claimant)
        # (a night's summary block lends its night to a rest with no time of its own: "Над Кубанью уничтожено 15 БПЛА.
        # Всего за ночь сбиты 52 беспилотника. Еще 9 сбили над Ростовской областью" are all of that night)
        if not (len(blocks) == summaries and dating.window_kind == "night" and rest.window_kind == "event"
                and all(d == dating for _, _, d in blocks) and dates.states_no_time(masked)):
            dating = rest
    method = method_for(parser.source)
    source, attacker, author = parser.source, parser.attacker, _AUTHOR_OF[parser.source]
    claims: list = []
    rejected: list[dict] = []
    for f in figures:
        if f.qualifier == "too_large":
            rejected.append({"input": raw_path, "stage": "parse", "value": grammar_value(text, f),
                             "reason": "a number too large to be a count of anything; not taken as a figure"})
            continue
        if f.qualifier == "unreadable":
            odd = sorted({f"U+{ord(c):04X} {unicodedata.name(c, '').lower()}".strip()
                          for c in text[f.start:f.end] if c in grammar.INVISIBLE})
            rejected.append({"input": raw_path, "stage": "parse", "value": grammar_value(text, f),
                             "reason": f"a number with a character among its digits that separates no thousands in "
                                       f"uk, ru or en ({', '.join(odd)}); not taken as a figure"})
            continue
        if f.cumulative:
            kind, day, start, end = "cumulative", dates.publication_date(published_at, claimant), None, None
        elif f.year_to_date:
            kind, day, start, end = "period_total", dates.publication_date(published_at, claimant), None, None
        else:
            own = next((d for a, b, d in blocks if a <= f.start < b), dating) if blocks else dating
            kind, day, start, end = own.window_kind, own.date, own.window_start, own.window_end
        # (the keys of `CLAIM_COLUMNS`, in its order: `parse_text` gives this dict as it is)
        claim = {
            "claim_id": f"{report_id}#{len(claims) + 1}", "report_id": report_id, "source": source,
            "claimant": claimant, "author": author, "attacker": attacker, "date": day, "window_kind": kind,
            "window_start": start, "window_end": end, "metric": f.metric, "item": f.item,
            "item_group": ITEM_GROUP_OF.get(f.item), "item_model": f.item_model, "count": f.count,
            "qualifier": f.qualifier, "region": f.region, "region_text": f.region_text,
            "launch_area": f.launch_area, "is_breakdown": f.is_breakdown,
            "quote": _quoted(original, at, f), "method": method, "note": None, "_input": raw_path,
        }
        claims.append(claim if as_dicts else _IN_ORDER(claim))
    return claims, rejected


def _quoted(original: str, at: list[int] | None, f: grammar.Figure) -> str:
    """A figure's quote as the report writes it (`at`: where each character of the text read stands in it)."""
    if at is None:
        return original[f.quote_start:f.quote_end].strip()
    if f.quote_end <= f.quote_start:
        return ""
    return original[at[f.quote_start]:at[f.quote_end - 1] + 1].strip()


def _cuts(text: str, blocks: list[tuple[int, int, dates.Dating]]) -> list[tuple[int, int]]:
    """The text cut into spans that alternate: outside a block, inside one, outside, …"""
    spans, pos = [], 0
    for a, b, _ in blocks:
        spans += [(pos, a), (a, b)]
        pos = b
    return spans + [(pos, len(text))]


def grammar_value(text: str, f: grammar.Figure) -> str:
    value = "".join(f"<U+{ord(c):04X}>" if c in grammar.INVISIBLE and not c.isprintable() else c
                    for c in text[f.start:f.end])
    return value if len(value) <= 40 else value[:39] + "…"
