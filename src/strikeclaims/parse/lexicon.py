"""The parsers' vocabulary, compiled once at import.

In: `lexicon.csv` beside this module (metric verbs, item nouns, qualifiers, time words, number
words, month and weekday names, as regular-expression fragments) and the reference tables
`weapons.csv` and `regions.csv` (model names, place names and their inflected forms).
Out: compiled regular expressions and small look-ups; no vocabulary is written in code.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from strikeclaims import reference

LEXICON_FILE = Path(__file__).with_name("lexicon.csv")
FLAGS = re.IGNORECASE


def _rows() -> list[dict[str, str]]:
    with open(LEXICON_FILE, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROWS = _rows()


def patterns(kind: str) -> list[tuple[str, str]]:
    """(value, pattern) rows of one kind, in file order."""
    return [(r["value"], r["pattern"]) for r in ROWS if r["kind"] == kind]


def _alt(kind: str) -> str:
    return "|".join(p for _, p in patterns(kind))


def bounded(pattern: str) -> str:
    """A pattern that starts and ends at word edges."""
    return rf"(?<!\w)(?:{pattern})(?!\w)"


def _grouped(kind: str) -> re.Pattern:
    """One alternation with a named group per value: `match.lastgroup` is the value."""
    merged: dict[str, list[str]] = {}
    for value, pattern in patterns(kind):
        merged.setdefault(value, []).append(pattern)
    parts = [rf"(?P<{v}>{'|'.join(ps)})" for v, ps in merged.items()]
    return re.compile(bounded("|".join(parts)), FLAGS)


# Upper-case abbreviations that would match ordinary words when case is ignored.
_CASED = ("КАБ", "ЗРК", "РФ")


def _case_guard(pattern: str) -> str:
    words = "|".join(_CASED)
    return re.sub(rf"(?:(?<=\|)|^)((?:{words})(?:\\w\*)?)(?=\||$)", r"(?-i:\1)", pattern)


ROWS = [{**r, "pattern": _case_guard(r["pattern"])} for r in ROWS]

MONTH_ALT = _alt("month")
MONTHS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(rf"(?:{p})\.?", FLAGS)) for v, p in patterns("month")]
WEEKDAY_ALT = _alt("weekday")
WEEKDAYS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(p, FLAGS)) for v, p in patterns("weekday")]

# A day and month in either order: "9 липня", "17 May", "May 17", "17-го мая".
DATE_TEXT = (rf"\d{{1,2}}(?:-?(?:го|е|th|st|nd|rd))?\s+(?:{MONTH_ALT})(?!\w)\.?"
             rf"|(?<!\w)(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\w)")
DATE_RE = re.compile(rf"(?P<d1>\d{{1,2}})(?:-?(?:го|е|th|st|nd|rd))?\s+(?P<m1>{MONTH_ALT})(?!\w)"
                     rf"|(?<!\w)(?P<m2>{MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}})(?!\d)", FLAGS)
DATE_RANGE_RE = re.compile(rf"(?<!\w)(?:з|с|from|between)?\s*\d{{1,2}}\s*(?:по|до|to|and|[-–—])\s*(?:{DATE_TEXT})",
                           FLAGS)


@lru_cache(maxsize=256)
def month_number(word: str) -> int | None:
    for value, pattern in MONTHS:
        if pattern.fullmatch(word):
            return value
    return None


@lru_cache(maxsize=64)
def weekday_number(word: str) -> int | None:
    for value, pattern in WEEKDAYS:
        if pattern.fullmatch(word):
            return value
    return None


def _expand(pattern: str) -> str:
    return (pattern.replace("{DATE}", f"(?:{DATE_TEXT})").replace("{WEEKDAY}", f"(?:{WEEKDAY_ALT})")
            .replace("{MONTH}", f"(?:{MONTH_ALT})"))


def _words(kind: str) -> re.Pattern:
    return re.compile(bounded(_expand(_alt(kind))), FLAGS)


ITEM_RE = _grouped("item")
METRIC_RE = _grouped("metric")
MIX_RE = _words("mix")
SCOPE_RE = _words("scope")
LAUNCH_RE = _words("launch")
CUMULATIVE_RE = _words("cumulative")
DAY_TOTAL_RE = _words("day_total")
NIGHT_RE = _words("night")
NAMED_NIGHT_RE = _words("named_night")
NAMED_DAY_RE = _words("named_day")
UNQUANTIFIED_RE = _words("unquantified")
COUNTRY_RE = re.compile(bounded(_alt("country")), FLAGS)
PERIOD_RE = re.compile(bounded("|".join(_expand(p) for _, p in patterns("period"))), FLAGS)
LINKERS = frozenset(w for _, p in patterns("linker") for w in p.split("|"))

# Qualifier words right before a number; the value says how the count is read.
_QUALIFIER_GROUPS = {"about": "about", "more_than": "more_than", "at_least": "at_least", "up_to": "up_to",
                     "fewer_than": "fewer_than"}
QUALIFIER_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(rf"(?P<{g}>{p})" for g, p in patterns("qualifier")) + r")\s*[-–—]?\s*$", FLAGS)

# Number words: a value per word form; compounds ("двадцять три", "twenty-three") add up.
NUMBER_WORDS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(p, FLAGS)) for v, p in patterns("number")]
_units = "|".join(p for v, p in patterns("number") if int(v) < 10)
_tens = "|".join(p for v, p in patterns("number") if int(v) >= 20 and int(v) % 10 == 0 and int(v) < 100)
_all_numbers = "|".join(p for _, p in sorted(patterns("number"), key=lambda vp: -len(vp[1])))
NUMBER_WORD_RE = re.compile(bounded(rf"(?:{_tens})(?:[\s-]+(?:{_units}))?|{_all_numbers}"), FLAGS)


@lru_cache(maxsize=512)
def number_word_value(text: str) -> int | None:
    total = 0
    for word in re.split(r"[\s-]+", text.strip()):
        for value, pattern in NUMBER_WORDS:
            if pattern.fullmatch(word):
                total += value
                break
        else:
            if word.casefold() in ("a", "one") and total == 0:
                continue
            return None
    return total or None


# --- weapons and places from the reference tables -------------------------------------------------

_CYRILLIC_END = re.compile(r"[а-яіїєґё]$", re.IGNORECASE)


def _weapon_forms() -> dict[str, list[str]]:
    forms: dict[str, list[str]] = {}
    frame = reference.load("weapons")
    for row in frame.itertuples(index=False):
        names = [row.name_en, row.name_uk, row.name_ru, row.item_model]
        if isinstance(row.aliases, str):
            names += row.aliases.split("|")
        out = forms.setdefault(row.item_model, [])
        for name in names:
            if not isinstance(name, str) or not name.strip():
                continue
            name = name.strip()
            escaped = re.escape(name)
            # Inflected endings: "Калібрами", "шахедів", "Shaheds".
            suffix = r"[а-яіїєґё]{0,3}" if _CYRILLIC_END.search(name) else (r"s?" if name[-1].isalpha() else "")
            out.append(escaped + suffix)
    return forms


WEAPON_FORMS = _weapon_forms()
WEAPON_ITEMS = reference.weapon_items()
_weapon_alternation = sorted({f for fs in WEAPON_FORMS.values() for f in fs}, key=len, reverse=True)
WEAPON_RE = re.compile(bounded("|".join(_weapon_alternation)), FLAGS)
_WEAPON_EXACT = {model: re.compile("|".join(fs), FLAGS) for model, fs in WEAPON_FORMS.items()}


@lru_cache(maxsize=1024)
def weapon_model(text: str) -> str | None:
    """A matched weapon name -> its canonical item_model (the longest form wins)."""
    best: tuple[int, str] | None = None
    for model, pattern in _WEAPON_EXACT.items():
        if pattern.fullmatch(text):
            length = max(len(f) for f in WEAPON_FORMS[model])
            if best is None or length > best[0]:
                best = (length, model)
    return best[1] if best else None


_OBLAST_WORDS = {"область": "obl", "край": "krai", "oblast": "obl", "krai": "krai"}


def _region_forms() -> dict[str, list[str]]:
    """Code -> regex forms: every name and alias, plus forms derived from the table's names
    (adjective stems of oblasts and krais, English names without 'Oblast')."""
    frame = reference.load("regions")
    forms: dict[str, list[str]] = {}
    taken = {a for a in reference.region_aliases()}
    for row in frame.itertuples(index=False):
        out = forms.setdefault(row.code, [])
        names = [row.name_en, row.name_uk, row.name_ru]
        if isinstance(row.aliases, str):
            names += row.aliases.split("|")
        for name in names:
            if isinstance(name, str) and name.strip():
                out.append(re.escape(name.strip()))
                if name.endswith(("щина", "ччина")):
                    out.append(re.escape(name[:-1]) + r"(?:и|і|у|ою)")
        en = row.name_en.split()
        if len(en) == 2 and en[1] in ("Oblast", "Krai"):
            out.append(re.escape(en[0]) + r"\s+(?:oblast|region|krai|territory)")
            if en[0].casefold() not in taken:
                out.append(re.escape(en[0]))
        for name in (row.name_uk, row.name_ru):
            words = name.split() if isinstance(name, str) else []
            if len(words) != 2 or words[1] not in ("область", "край"):
                continue
            adjective = words[0]
            if words[1] == "область":
                stem = adjective[:-2] if adjective.endswith("ая") else adjective[:-1]
                out.append(re.escape(stem) + r"(?:ої|ій|ою|ой|ую)(?:\s+(?:област\w*|обл\.))?")
                out.append(re.escape(stem) + r"(?:а|у|ая)\s+обл\w*")
                out.append(re.escape(stem) + r"(?:их|ой|ої|ій)\s+(?:областях|областей|областями|областям)")
            else:
                stem = adjective[:-2]
                out.append(re.escape(stem) + r"(?:ий|ого|ому|им|ом|ій)\s+кра\w*")
    return forms


REGION_FORMS = _region_forms()
_region_alternation = sorted({f for fs in REGION_FORMS.values() for f in fs}, key=len, reverse=True)
REGION_RE = re.compile(bounded("|".join(_region_alternation)), FLAGS)
_REGION_EXACT = {code: re.compile("|".join(fs), FLAGS) for code, fs in REGION_FORMS.items()}


@lru_cache(maxsize=2048)
def region_code(text: str) -> str | None:
    """A matched place name -> its ISO 3166-2 or sea-area code."""
    exact = reference.region_aliases().get(text.strip().casefold())
    if exact:
        return exact
    for code, pattern in _REGION_EXACT.items():
        if pattern.fullmatch(text):
            return code
    return None


# --- fast look-up: vocabularies indexed by the first two letters of a word ------------------------
# Python's regular expressions try every alternative at every position; with thousands of place
# and model names that dominates parsing. Each vocabulary below is split by the two letters its
# forms begin with, and only the forms that can start at a word are tried there.

_META = set("\\.^$*+?{}[]|()")
_WORD_START_RE = re.compile(r"(?<!\w)\w")
KEY = 2


def _split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern (not inside groups, classes or escapes)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return [p for p in parts if p]


def _literal_prefix(fragment: str) -> str:
    out = []
    i = 0
    while i < len(fragment) and len(out) < KEY:
        ch = fragment[i]
        if ch == "\\" and i + 1 < len(fragment) and not fragment[i + 1].isalnum():
            out.append(fragment[i + 1])  # an escaped literal such as "\-"
            i += 2
            continue
        if ch in _META:
            break
        out.append(ch)
        i += 1
    return "".join(out)


def _first_keys(fragment: str) -> set[str] | None:
    """The two-letter starts a fragment can have, or None when they cannot be told."""
    prefix = _literal_prefix(fragment)
    if len(prefix) == KEY and not fragment.startswith("(?"):
        return {prefix.casefold()}
    if not fragment.startswith("(?:"):
        return None
    depth, i = 0, 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            break
        i += 1
    inner, rest = fragment[3:i], fragment[i + 1:]
    keys: set[str] = set()
    if rest.startswith("?"):
        later = _first_keys(rest[1:])
        if later is None:
            return None
        keys |= later
        rest = rest[1:]
    for alternative in _split_top(inner):
        got = _first_keys(alternative + rest) if len(_literal_prefix(alternative)) < KEY else \
            {_literal_prefix(alternative).casefold()}
        if got is None:
            return None
        keys |= got
    return keys


class WordMatcher:
    """Leftmost, non-overlapping matches of (fragment, value) entries that start at word starts."""

    def __init__(self, entries: list[tuple[str, str]]):
        grouped: dict[str, list[tuple[str, str]]] = {}
        fallback: list[tuple[str, str]] = []
        for fragment, value in entries:
            keys = _first_keys(fragment)
            if keys is None:
                fallback.append((fragment, value))
            for key in keys or ():
                grouped.setdefault(key, []).append((fragment, value))
        # A fragment without a literal start is tried under every key it could begin with.
        self.keys = {key: self._compile(self._ordered(fallback + frags, entries)) for key, frags in grouped.items()}
        # Fragments known only by their first letter ("п['’ʼ]ять") are tried under that letter.
        by_letter: dict[str, list[tuple[str, str]]] = {}
        anywhere = []
        for entry in fallback:
            first = _literal_prefix(entry[0])[:1].casefold()
            if first and not entry[0].startswith("(?"):
                by_letter.setdefault(first, []).append(entry)
            else:
                anywhere.append(entry)
        self.letters = {k: self._compile(self._ordered(v + anywhere, entries)) for k, v in by_letter.items()}
        self.fallback = self._compile(anywhere) if anywhere else None

    @staticmethod
    def _ordered(chosen: list[tuple[str, str]], entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The chosen entries in the order of the vocabulary (earlier entries win)."""
        rank = {id(e): i for i, e in enumerate(entries)}
        return sorted(chosen, key=lambda e: rank.get(id(e), -1))

    @staticmethod
    def _compile(entries: list[tuple[str, str]]) -> tuple[re.Pattern, list[str]]:
        alternation = "|".join(f"(?P<g{i}>{fragment})" for i, (fragment, _) in enumerate(entries))
        return re.compile(rf"(?:{alternation})(?!\w)", FLAGS), [value for _, value in entries]

    def find(self, text: str, starts: list[tuple[int, str]]) -> list[tuple[int, int, str, str]]:
        """(start, end, value, matched text) for every match, in text order."""
        out: list[tuple[int, int, str, str]] = []
        last = 0
        keys, letters, fallback = self.keys, self.letters, self.fallback
        for pos, key in starts:
            if pos < last:
                continue
            entry = keys.get(key) or letters.get(key[:1]) or fallback
            if entry is None:
                continue
            m = entry[0].match(text, pos)
            if m:
                out.append((pos, m.end(), entry[1][int(m.lastgroup[1:])], m.group(0)))
                last = m.end()
        return out


def word_starts(text: str) -> list[tuple[int, str]]:
    """Every position where a word starts, with its first two letters casefolded."""
    return [(m.start(), text[m.start():m.start() + KEY].casefold()) for m in _WORD_START_RE.finditer(text)]


def _entries(kind: str) -> list[tuple[str, str]]:
    return [(frag, value) for value, pattern in patterns(kind) for frag in _split_top(pattern)]


ITEMS = WordMatcher(_entries("item"))
METRICS = WordMatcher(_entries("metric"))
NUMBER_WORDS_M = WordMatcher([(f, "number") for f in _split_top(NUMBER_WORD_RE.pattern[len(r"(?<!\w)(?:"):-len(r")(?!\w)")])]
                             + [(f, "unquantified") for f in _split_top(_alt("unquantified"))])
WEAPONS = WordMatcher([(f, model) for f in _weapon_alternation
                       for model in [next(m for m, fs in WEAPON_FORMS.items() if f in fs)]])
REGIONS = WordMatcher([(f, code) for f in _region_alternation
                       for code in [next(c for c, fs in REGION_FORMS.items() if f in fs)]])
