"""The parsers' vocabulary, compiled once at import.

In: `lexicon.csv` beside this module (metric verbs, item nouns, qualifiers, time words, number
words, month and weekday names, as regular-expression fragments) and the reference tables
`weapons.csv` and `regions.csv` (model names, place names and their inflected forms).
Out: compiled regular expressions and small look-ups; no vocabulary is written in code.
"""

from __future__ import annotations

import csv
import importlib
import io
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache, reduce
from importlib import resources
from itertools import compress, islice, repeat
from operator import and_, itemgetter, or_
from typing import Any, TypeGuard

from mypy_extensions import mypyc_attr

from strikeclaims import reference

LEXICON_FILE = resources.files("strikeclaims.parse") / "lexicon.csv"  # (compiled, a module's __file__ is not its own)
FLAGS = re.IGNORECASE


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(LEXICON_FILE.read_text(encoding="utf-8"), newline="")))


ROWS = _rows()


def patterns(kind: str) -> list[tuple[str, str]]:
    """(value, pattern) rows of one kind, in file order."""
    return [(r["value"], r["pattern"]) for r in ROWS if r["kind"] == kind]


def _alt(kind: str) -> str:
    return "|".join(p for _, p in patterns(kind))


def bounded(pattern: str) -> str:
    """A pattern that starts and ends at word edges."""
    return rf"(?<!\w)(?:{pattern})(?!\w)"


# Upper-case abbreviations that would match ordinary words when case is ignored.
_CASED = ("КАБ", "ЗРК", "РФ", "КР", "КАР", "ОТР", "БЭК")


def _case_guard(pattern: str) -> str:
    words = "|".join(_CASED)
    return re.sub(rf"(?:(?<=\|)|^)((?:{words})(?:\\w\*)?)(?=\||$)", r"(?-i:\1)", pattern)


ROWS = [{**r, "pattern": _case_guard(r["pattern"])} for r in ROWS]

MONTH_ALT: str = _alt("month")
# A look-ahead for the first letters of the month names, put before `MONTH_ALT` in a date: most words where a date may
# begin are not months, and one test of a letter then rules them all out at once.
_MONTH_WORDS = MONTH_ALT.split("|")
MONTH_FIRST = ("(?=[" + "".join(sorted({w[0].casefold() for w in _MONTH_WORDS})) + "])"
               if all(re.fullmatch(r"[^\W\d_]+", w) for w in _MONTH_WORDS) else "")
MONTHS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(rf"(?:{p})\.?", FLAGS)) for v, p in patterns("month")]
MONTH_IN_ALT = _alt("month_in")
MONTHS_IN: list[tuple[int, re.Pattern]] = [(int(v), re.compile(p, FLAGS)) for v, p in patterns("month_in")]
WEEKDAY_ALT: str = _alt("weekday")
WEEKDAYS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(p, FLAGS)) for v, p in patterns("weekday")]

# A day and month in either order: "9 липня", "17 May", "May 17", "17-го мая", "the 17th of May"; DAY_MONTH_TEXT, the day first only.
DAY_MONTH_TEXT: str = rf"\d{{1,2}}(?:-?(?:го|е|те|th|st|nd|rd))?\s+(?:of\s+)?{MONTH_FIRST}(?:{MONTH_ALT})(?!\w)\.?"
DATE_TEXT: str = rf"{DAY_MONTH_TEXT}|(?<!\w){MONTH_FIRST}(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\w)"
DATE_RE = re.compile(rf"(?P<d1>\d{{1,2}})(?:-?(?:го|е|те|th|st|nd|rd))?\s+(?:of\s+)?{MONTH_FIRST}(?P<m1>{MONTH_ALT})(?!\w)"
                     rf"|(?<!\w){MONTH_FIRST}(?P<m2>{MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}})(?!\d)", FLAGS)
DATE_RANGE_RE = re.compile(rf"(?<!\w)(?:з|с|from|between)?\s*\d{{1,2}}\s*(?:по|до|to|and|[-–—])\s*(?:{DATE_TEXT})",
                           FLAGS)


def value_of(table: list[tuple[int, re.Pattern]], word: str) -> int | None:
    """The value of the first pattern of a table of (value, pattern) rows that the whole word matches."""
    return next((value for value, pattern in table if pattern.fullmatch(word)), None)


@lru_cache(maxsize=256)
def month_number(word: str) -> int | None:
    return value_of(MONTHS, word) or value_of(MONTHS_IN, word)


@lru_cache(maxsize=64)
def weekday_number(word: str) -> int | None:
    return value_of(WEEKDAYS, word)


def _expand(pattern: str) -> str:
    return (pattern.replace("{DATE}", f"(?:{DATE_TEXT})").replace("{WEEKDAY}", f"(?:{WEEKDAY_ALT})")
            .replace("{MONTH}", f"(?:{MONTH_ALT})").replace("{MONTH_IN}", f"(?:{MONTH_IN_ALT})"))


def _words(kind: str) -> re.Pattern:
    return re.compile(bounded(_expand(_alt(kind))), FLAGS)


MIX_RE = _words("mix")
SCOPE_RE = _words("scope")
# The scope words that name the places most struck ("больше всего", "the largest number"): the `most` row of `scope`
MOST_SCOPE_RE = re.compile(bounded(_expand("|".join(p for v, p in patterns("scope") if v == "most"))), FLAGS)
LAUNCH_RE = _words("launch")
CUMULATIVE_RE = _words("cumulative")
DAY_TOTAL_RE = _words("day_total")
NIGHT_RE = _words("night")
EVENING_RE = _words("evening")
NAMED_NIGHT_RE = _words("named_night")
NAMED_DAY_RE = _words("named_day")
NAMED_EVENING_RE = _words("named_evening")
YEAR_TO_DATE_RE = _words("year_to_date")
RISE_RE = _words("rise")
UNIT_RE = _words("unit")
COUNTRY_RE = re.compile(bounded(_alt("country")), FLAGS)
PERIOD_RE = re.compile(bounded("|".join(_expand(p) for _, p in patterns("period"))), FLAGS)
LINKERS = frozenset(w for _, p in patterns("linker") for w in p.split("|"))
# A count in a text that names no item: the item its metric gives (`bare_item`); and the sources whose bulletins
# count one item place by place, with the metric and item of a count and a place with no verb (`list_line`).
BARE_ITEMS = {metric: item for item, p in patterns("bare_item") for metric in p.split("|")}
LIST_LINES = {source: tuple(p.split()) for source, p in patterns("list_line")}
# The sources whose statements give the share of one drone model in a figure, and the metric of such a share when
# it has no verb of its own (`share_line`); the words between such a count and its model (`share`: words that link
# them, "of them" words, and others that may stand there).
SHARE_LINES = {source: p for source, p in patterns("share_line")}
# The sources whose statements list an attack's weapons with no verb, and the metric of such a line (`tally_line`).
TALLY_LINES = {source: p for source, p in patterns("tally_line")}
# Per source: the words that restate its one figure of what was brought down, read as `intercepted`
# (`intercepted_word`: the Defence Ministry's figure retold as «нейтрализованы» or "neutralised").
INTERCEPTED_WORDS = {source: re.compile(rf"(?:{p})", FLAGS) for source, p in patterns("intercepted_word")}


def _capitals() -> dict[str, list[tuple[re.Pattern, str]]]:
    """Per source: the words for the capital, or the capital's region, it speaks of without naming them (`capital`),
    each with a name of that place that `region_code` knows."""
    names = reference.load("regions").set_index("code")["name_en"]
    out: dict[str, list[tuple[re.Pattern, str]]] = {}
    for value, pattern in patterns("capital"):
        source, code = value.split()
        out.setdefault(source, []).append((re.compile(bounded(pattern), FLAGS), names[code]))
    return out


CAPITALS = _capitals()
SHARE_WORDS = {kind: re.compile(rf"(?:{p})", FLAGS) for kind, p in patterns("share")}

# Qualifier words right before a number; the value says how the count is read.
QUALIFIER_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(rf"(?P<{g}>{p})" for g, p in patterns("qualifier")) + r")\s*[-–—]?\s*$", FLAGS)
# The last word of every qualifier and every month name, lower-cased: a number whose preceding word is
# none of them has no qualifier and no month before it, and the expressions above need not be run.
QUALIFIER_LAST_WORDS = frozenset(a.split(" ")[-1].lower() for _, p in patterns("qualifier") for a in p.split("|"))
MONTH_WORDS = frozenset(a.lower() for a in MONTH_ALT.split("|"))

# Number words: a value per word form; compounds ("двадцять три", "twenty-three", "сто дванадцять", "two hundred
# and twelve") add up, a unit before "hundred" multiplies it.
# The words for both (`both`) are number words too; `BOTH` tells them apart, as they count only before a noun.
_NUMBER_ROWS = patterns("number") + patterns("both")
NUMBER_WORDS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(p, FLAGS)) for v, p in _NUMBER_ROWS]
_units = "|".join(p for v, p in _NUMBER_ROWS if int(v) < 10)
_tens = "|".join(p for v, p in _NUMBER_ROWS if int(v) >= 20 and int(v) % 10 == 0 and int(v) < 100)
_all_numbers = "|".join(p for _, p in sorted(_NUMBER_ROWS, key=lambda vp: -len(vp[1])))
BOTH = re.compile(rf"(?:{_alt('both')})", FLAGS)
NUMBER_WORD_RE: re.Pattern[str] = re.compile(bounded(rf"(?:{_tens})(?:[\s-]+(?:{_units}))?|{_all_numbers}"), FLAGS)
# Between the words of a number said with its hundreds: "сто дванадцять", "two hundred and twelve" (the words are
# found apart and joined by `hundreds_joined`).
_HUNDREDS_GAP_RE = re.compile(r"[\s-]+(?:and[\s-]+)?", FLAGS)
# A dozen after a unit multiplies it, as a hundred does ("more than two dozen"), and so do tens ("два десятка",
# "пяти десятков", "три десятки").
_DOZEN_RE = re.compile(r"dozen", FLAGS)
_TENS_RE = re.compile(r"десят(?:ок|ка|ку|ком|ки|ков|ків|ками)", FLAGS)


def hundreds_joined(text: str, numbers: list[tuple]) -> list[tuple]:
    """Number words of a `Scan` with the words of a number said with its hundreds joined into one ("сто" +
    "дванадцять", "two" + "hundred" + "and twelve")."""
    out: list[tuple] = []
    for entry in numbers:
        joined = False
        if out and out[-1][2] == "number" and entry[2] == "plural" \
                and _HUNDREDS_GAP_RE.fullmatch(text, out[-1][1], entry[0]):
            factor, plural = number_word_value(out[-1][3]) or 0, plural_count(entry[3])
            # "двома сотнями", "двох сотень": two hundred; "пяти десятков": fifty; "четырех тысяч": four thousand
            joined = (plural == 200 or _TENS_RE.fullmatch(entry[3])) and 1 < factor < 10 \
                or plural == 2000 and 1 < factor < 1000
        if joined:
            start = out[-1][0]
            out[-1] = (start, entry[1], "number", text[start:entry[1]])
            continue
        if out and out[-1][2] == "number" and entry[2] == "number" \
                and _HUNDREDS_GAP_RE.fullmatch(text, out[-1][1], entry[0]):
            before, after = number_word_value(out[-1][3]), number_word_value(entry[3])
            if before is not None and after is not None and (
                    before % 100 == 0 and 100 <= before < 1000 and after < 100  # "сто дванадцять"
                    or before < 10 and after == 100  # "two hundred"
                    or before < 1000 and after == 1000  # "four thousand"
                    or before < 10 and (_DOZEN_RE.fullmatch(entry[3]) or _TENS_RE.fullmatch(entry[3]))):
                # "two dozen", "два десятка"
                start = out[-1][0]
                out[-1] = (start, entry[1], "number", text[start:entry[1]])
                continue
        out.append(entry)
    return out

# Plural number words ("dozens", "десятки"): the least count they can mean, read with qualifier at_least.
PLURAL_COUNTS: list[tuple[int, re.Pattern]] = [(int(v), re.compile(p, FLAGS)) for v, p in patterns("plural_count")]


@lru_cache(maxsize=64)
def plural_count(word: str) -> int | None:
    return value_of(PLURAL_COUNTS, word)


def _word_value(word: str) -> int | None:
    return value_of(NUMBER_WORDS, word)


@lru_cache(maxsize=512)
def number_word_value(text: str) -> int | None:
    text = text.strip()
    whole = _word_value(text)  # one form, of one word or of several ("a dozen", "пів сотні")
    if whole is not None:
        return whole
    total = current = 0
    for word in re.split(r"[\s-]+", text):
        value = _word_value(word)
        if value is None and 1 < current < 10 and plural_count(word) == 200:
            value = 100  # "двома сотнями"
        if value is None and 1 < current < 1000 and plural_count(word) == 2000:
            value = 1000  # "четырех тысяч"
        if value is None and 1 < current < 10 and _TENS_RE.fullmatch(word):
            value = 10  # "пяти десятков"
        if value is None:
            if word.casefold() in ("a", "and") and total == current == 0 or word.casefold() == "and":
                continue  # "a hundred", "two hundred and twelve"
            return None
        if value == 1000:
            total, current = total + (current or 1) * 1000, 0
        elif value == 100 and 0 < current < 10:
            current *= 100  # "two hundred"
        elif 0 < current < 10 and _DOZEN_RE.fullmatch(word):
            current *= 12  # "two dozen"
        elif 1 < current < 10 and _TENS_RE.fullmatch(word):
            current *= 10  # "два десятка", "пяти десятков"
        else:
            current += value
    return total + current or None


# --- weapons and places from the reference tables -------------------------------------------------

_CYRILLIC_END = re.compile(r"[а-яіїєґё]$", re.IGNORECASE)
_CONSONANT_END = re.compile(r"[бвгґджзклмпрстфхцчшщ]$", re.IGNORECASE)
_NOT_ADJECTIVE = r"(?!н[а-яіїєґё])"


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
            # Inflected endings: "Калібрами", "шахедів", "Shaheds" (not an adjective's after a consonant: "шахедна
            # атака", "шахедних обстрелов" are attacks)
            suffix = (_NOT_ADJECTIVE + r"[а-яіїєґё]{0,3}" if _CONSONANT_END.search(name) else r"[а-яіїєґё]{0,3}") \
                if _CYRILLIC_END.search(name) else r"s?"
            out.append(escaped + suffix)
    return forms


WEAPON_FORMS = _weapon_forms()
WEAPON_ITEMS = reference.weapon_items()
_SUFFIXES_RE = re.compile(r"(?:(?:" + re.escape(_NOT_ADJECTIVE) + r")?\[а-яіїєґё\]\{0,3\}|s\?)$")
# The longest name first ("Орлан-10" before "Орлан"), whatever the length of the ending each may take.
_weapon_alternation = sorted({f for fs in WEAPON_FORMS.values() for f in fs},
                             key=lambda f: (len(_SUFFIXES_RE.sub("", f)), f), reverse=True)


# The first letters of a count in words (Russian and Ukrainian, one to a hundred): "пять", "три", "одна", "двадцять"
_DASH_COUNT_WORD = r"(?:од|дв|тр|чет|чот|пят|п['’ʼ]ят|шест|шіст|сем|сім|вос|віс|дев|дес|сорок|сто)[^\W\d]*(?!\w)"


def _region_forms() -> dict[str, list[str]]:
    """Code -> regex forms: every name and alias, plus forms derived from the table's names
    (adjective stems of oblasts and krais, English names without 'Oblast')."""
    frame = reference.load("regions")
    forms: dict[str, list[str]] = {}
    taken = {a for a in reference.region_aliases()}
    for row in frame.itertuples(index=False):
        out = forms.setdefault(row.code, [])
        aliases = row.aliases.split("|") if isinstance(row.aliases, str) else []
        for name in (row.name_en, row.name_uk, row.name_ru, *aliases):
            if isinstance(name, str) and name.strip():
                out.append(re.escape(name.strip()))
                if name.endswith(("щина", "чина")):
                    out.append(re.escape(name[:-1]) + r"(?:и|і|у|ою|ы|е|ой)")  # Ukrainian and Russian cases
                if name.endswith(("ое море", "е море")) and len(name.split()) == 2:
                    # the dative of a sea: "к Краснодарскому краю и Азовскому морю", "до Чорному морю"
                    stem = name.split()[0].removesuffix("ое").removesuffix("е")
                    out.append(re.escape(stem) + r"ому\s+морю")
        for name in (row.name_uk, row.name_ru):
            republic, _, rest = name.partition(" ") if isinstance(name, str) else ("", "", "")
            if republic in ("Республіка", "Республика") and rest and rest.casefold() not in taken:
                # the republic's own name after any case of the word: "над Республікою Адигея", "в Республіці Адигея"
                out.append(re.escape(rest))
        if row.code == "UA-43":
            # "near the Crimean coast", "off Crimea's Black Sea coast": the peninsula's coast is the peninsula's
            out.append(r"Crimean\s+coast(?:line)?|Crimea['’]s\s+(?:Black\s+Sea\s+)?coast(?:line)?")
        en = row.name_en.split()
        if len(en) >= 2 and en[-1] in ("Oblast", "Krai"):
            # "Belgorod", "Belgorod region"; "Nizhny Novgorod" (not the Novgorod of "Novgorod Oblast")
            stem = " ".join(en[:-1])
            out.append(r"\s+".join(map(re.escape, en[:-1])) + r"\s+(?:oblasts?|regions?|krai|territory|provinces?)")
            if stem.casefold() not in taken:
                out.append(r"\s+".join(map(re.escape, en[:-1])))
        # (and from an alias of that form: the Ukrainian "Білгородська область" beside the table's "Бєлгородська")
        for name in (row.name_uk, row.name_ru, *aliases):
            words = name.split() if isinstance(name, str) else []
            if len(words) != 2 or words[1] not in ("область", "край"):
                continue
            adjective = words[0]
            if words[1] == "область":
                stem = adjective[:-2] if adjective.endswith("ая") else adjective[:-1]
                out.append(re.escape(stem) + r"(?:ий|ого|ом|ому|им)\s+(?:регион|регіон)\w*")
                # "в Орловском и Калужском регионах": the first of two named with one word for both
                out.append(re.escape(stem) + r"(?:ом|ого|ий|ому|им)(?=\s+(?:и|і|та)\s+[^\W\d]+(?:ом|ого|ий|ому|им)\s+(?:регион|регіон))")
                out.append(re.escape(stem) + r"(?:ої|ій|ою|ой|ую)(?:\s+(?:област\w*|обл\.))?")
                out.append(re.escape(stem) + r"(?:а|у|ая)\s+обл\w*")
                # the adjective alone, its count in brackets or after a dash, or at the end of the sentence: "второе —
                # Воронежская (21)", "ще 14 були спрямовані на Бєлгородську."
                # (and its count in words after a dash, or after a hyphen set apart as one: "Курская — пять, Брянская —
                # три", "Курская - 5, Брянская - 3")
                out.append(re.escape(stem) + r"(?:а|у|ая|ую)(?=\s*(?:\((?:по\s+)?\d|(?:[–—]|(?<=\s)-)\s*"
                           r"(?:\d|" + _DASH_COUNT_WORD + r")|\.(?:\s|$)|$))")
                # "Белгородская и Курская области": the first of two named with one word for both (and with their count
                # in brackets: "Воронежская и Ленинградская (по 8)")
                out.append(re.escape(stem) + r"(?:а|ая)(?=\s+(?:и|і|та)\s+[^\W\d]+(?:а|ая)\s+област"
                                             r"|\s+(?:и|і|та)\s+[^\W\d]+(?:а|ая)\s*\((?:по\s+)?\d)")
                out.append(re.escape(stem) + r"(?:их|ой|ої|ій)\s+(?:областях|областей|областями|областям)")
            else:
                stem = adjective[:-2]
                out.append(re.escape(stem) + r"(?:ий|ого|ому|им|ом|ій)\s+кра\w*")
    # "over Moscow-annexed Crimea", "the Moscow-installed governor": the capital as the one that annexed or installed, no
    # place of a figure
    forms["RU-MOW"] = [f + _AS_AGENT if f == "Moscow" else f for f in forms["RU-MOW"]]
    return forms


_AS_AGENT = r"(?!-(?:annexed|occupied|controlled|installed|backed|appointed))"
REGION_FORMS = _region_forms()
_ESCAPED_RE = re.compile(r"\\(.)")
# (the expression parser of the standard library, which knows how little text an expression can match)
_re_parser: Any = importlib.import_module("re._parser")


def _shortest_match(form: str) -> int:
    """The fewest characters a form can match (what a lookahead asks of the text after it counts for nothing)."""
    name = _ESCAPED_RE.sub(r"\1", form)
    if re.escape(name) == form:
        return len(name)  # (a name as written, most forms: no need to parse it)
    return _re_parser.parse(form, FLAGS).getwidth()[0]


# (the form that must match the most text first, the words after a name that it must not have left out: "Moscow
# Oblast" before "Moscow", "Киевской городской" before "Киевской"; of two that must match as much, the longer written)
_region_alternation = sorted({f for fs in REGION_FORMS.values() for f in fs},
                             key=lambda f: (_shortest_match(f), len(f.replace(_AS_AGENT, ""))), reverse=True)
# A matched name is looked up without the context a form may require after it ("Белгородская" of "Белгородская и …")
_REGION_EXACT = {code: re.compile("|".join(re.sub(r"\(\?=.*\)$", "", f) for f in fs), FLAGS)
                 for code, fs in REGION_FORMS.items()}


@mypyc_attr(native_class=False)  # (a str with an attribute: compiled, a class of Python's own)
class ReadAs(str):
    """A place's words as written, read as another place than its words alone name (`code`): the "Moscow" of "20 over
    Moscow, 14 over Kursk", a list of regions, is the Moscow region."""

    __slots__ = ("code",)
    code: str

    def __new__(cls, text: str, code: str) -> ReadAs:
        self = str.__new__(cls, text)
        self.code = code
        return self

    # (equal only to the same words read as the same place, so that `region_code`'s cache keeps the two apart)
    def __eq__(self, other: object) -> bool:
        return type(other) is ReadAs and str.__eq__(self, other) and self.code == other.code

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash((str(self), self.code))


@lru_cache(maxsize=2048)
def region_code(text: str) -> str | None:
    """A matched place name -> its ISO 3166-2 or sea-area code."""
    if type(text) is ReadAs:
        return text.code
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
# forms begin with, and only the forms that can start at a word are tried there. `Scan` walks a
# text's word starts once for all five vocabularies; `Anchored` runs the other word-bounded
# expressions only at the word starts whose letters they can begin with.

META = set("\\.^$*+?{}[]|()")
KEY = 2
HEAD = KEY + 2  # the letters of a word start that choose the alternatives tried there


def _structure(pattern: str, start: int = 0):
    """(index, character, group depth after it) for each `(`, `)` and `|` of a pattern that is not
    escaped and not inside a character class."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern (not inside groups, classes or escapes)."""
    parts, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return [p for p in parts if p]


def _closing(fragment: str, start: int) -> int:
    """The index of the parenthesis that closes the group opened at `start`, or -1."""
    return next((i for i, ch, depth in _structure(fragment, start) if ch == ")" and depth == 0), -1)


def start_set(fragment: str, size: int = KEY) -> set[str] | None:
    """The casefolded starts (`size` letters, or fewer where fewer are fixed) of every text a fragment
    matches, or None when they cannot be told. A word start whose key has none of them as a prefix
    cannot begin a match."""
    if fragment.startswith(("(?<=", "(?<!", "(?=", "(?!")):
        # A look-around consumes nothing: the text matched begins as what follows it begins.
        close = _closing(fragment, 0)
        return None if close < 0 else start_set(fragment[close + 1:], size)
    for opener in ("(?:", "(?-i:"):
        if fragment.startswith(opener):
            close = _closing(fragment, 0)
            if close < 0:
                return None
            inner, rest = fragment[len(opener):close], fragment[close + 1:]
            out: set[str] = set()
            if rest[:1] in ("?", "*"):
                rest = rest[1:]
                later = start_set(rest, size)
                if later is None:
                    return None
                out |= later
            elif rest[:1] in ("{", "+"):
                return None
            for alternative in split_top(inner) or [""]:
                got = start_set(alternative + rest, size)
                if got is None:
                    return None
                out |= got
            return out
    if fragment.startswith("\\d") and fragment[2:3] not in ("?", "*") and not fragment.startswith("{0", 2):
        return set("0123456789")  # a number: its first digit
    chars: list[str] = []
    i = 0
    while len(chars) < size and i < len(fragment):
        ch = fragment[i]
        if ch == "\\" and i + 1 < len(fragment) and not fragment[i + 1].isalnum():
            literal, step = fragment[i + 1], 2
        elif ch == "[" and (letters := _plain_class(fragment, i)):
            # A class of plain characters ("[Мм]інус", "п['’ʼ]ят"): the starts of the fragment with each of its
            # characters in its place.
            out = set()
            for letter in letters:
                got = start_set(fragment[:i] + re.escape(letter) + fragment[i + len(letters) + 2:], size)
                if got is None:
                    return None
                out |= got
            return out
        elif ch in META:
            break
        else:
            literal, step = ch, 1
        following = fragment[i + step:i + step + 1]
        if following in ("?", "*") or following == "{":
            break  # an optional character fixes nothing
        chars.append(literal)
        i += step
        if following == "+":
            break
    if not chars or not (chars[0].isalnum() or chars[0] == "_"):
        return None
    return {"".join(chars).casefold()[:size]}


def _plain_class(fragment: str, i: int) -> str:
    """The characters of a class that begins at `i`, is not optional and lists only characters that stand for
    themselves ("[Мм]", "['’ʼ]"; not "[^»]", "[а-я]", "[\\s-]"), or ""."""
    close = fragment.find("]", i + 1)
    chars = fragment[i + 1:close]
    if close < 0 or not chars or any(c in "\\^-[" for c in chars) or fragment[close + 1:close + 2] in ("?", "*", "{"):
        return ""
    return chars


def _never_at_word_start(fragment: str) -> bool:
    """Whether a fragment begins with a character that is no word character and not optional."""
    first = fragment[:1]
    return bool(first) and first not in META and not (first.isalnum() or first == "_") \
        and fragment[1:2] not in ("?", "*", "{")


class WordMatcher:
    """(fragment, value) entries, compiled by the letters their texts can begin with; `Scan` finds their
    leftmost, non-overlapping matches that start at word starts."""

    def __init__(self, entries: list[tuple[str, str]]):
        by_key: dict[str, list[tuple[str, str]]] = {}
        by_letter: dict[str, list[tuple[str, str]]] = {}
        anywhere: list[tuple[str, str]] = []
        self.entries = entries
        for entry in entries:
            starts = start_set(entry[0])
            if starts is None and _never_at_word_start(entry[0]):
                continue  # ("«Фламинго»": a match begins at a quotation mark, never at a word start)
            if starts is None:
                anywhere.append(entry)
            for start in starts or ():
                (by_key if len(start) == KEY else by_letter).setdefault(start, []).append(entry)
        # At a word start, the entries of its two-letter key, of its first letter and of no known start
        # are tried, in the order of the vocabulary (earlier entries win).
        self.keys = {key: self._compile(self._ordered(frags + by_letter.get(key[:1], []) + anywhere, entries))
                     for key, frags in by_key.items()}
        self.letters = {k: self._compile(self._ordered(v + anywhere, entries)) for k, v in by_letter.items()}
        self.fallback = self._compile(anywhere) if anywhere else None

    @staticmethod
    def _ordered(chosen: list[tuple[str, str]], entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The chosen entries in the order of the vocabulary (earlier entries win; an entry listed twice, once)."""
        rank: dict[tuple[str, str], int] = {}
        for i, e in enumerate(entries):
            rank.setdefault(e, i)
        return sorted(dict.fromkeys(chosen), key=rank.__getitem__)

    @staticmethod
    def _compile(entries: list[tuple[str, str]]) -> tuple[re.Pattern, dict[str, str], tuple[str, ...] | None, tuple]:
        """The entries' expression, their values, the casefolded starts (`HEAD` letters, or fewer
        where fewer are fixed) of every text it matches (None when they cannot be told; a tuple, for
        `str.startswith`), and the entries."""
        alternation = "|".join(f"(?P<g{i}>{fragment})" for i, (fragment, _) in enumerate(entries))
        starts: set[str] = set()
        known = True  # (False when the starts of some text cannot be told)
        for fragment, _ in entries:
            got = start_set(fragment, HEAD)
            if got is None:
                known = False
                break
            starts |= got
        return (re.compile(rf"(?:{alternation})(?!\w)", FLAGS), {f"g{i}": value for i, (_, value) in enumerate(entries)},
                tuple(sorted(starts)) if known else None, tuple(entries))


# A word: it begins at a word start, and every word start begins one.
_WORD_RUN_RE = re.compile(r"\w+")
# Word characters outside these ranges may match a pattern's letters case-insensitively under another
# casefolded key ("ſ" matches "s", "ı" matches "i"); a text with one gets no key pre-filter. In these
# ranges `casefold()` and the case-insensitive matching of regular expressions agree.
# (The class of the other characters comes first: the engine skips the ASCII and Cyrillic characters of a
# text without asking whether each is a word character.)
_UNPLAIN_RE = re.compile(r"[^\x00-\x7f\u0400-\u04ff\u02bc](?<=\w)")


def is_plain(text: str) -> bool:
    """Whether lower-casing and case-insensitive matching agree on every letter of a text."""
    return _UNPLAIN_RE.search(text) is None


def may_be(word: str, words: frozenset[str]) -> bool:
    """Whether a case-insensitive expression for one of these lower-case words may match the word
    (always True for a word with letters where lower-casing and case-insensitive matching may differ)."""
    return word.lower() in words or not _plain_word(word)


@lru_cache(maxsize=16384)
def _plain_word(word: str) -> bool:
    """`is_plain` for one word; words repeat from report to report."""
    return is_plain(word)


def _entries(kind: str) -> list[tuple[str, str]]:
    return [(frag, value) for value, pattern in patterns(kind) for frag in split_top(pattern)]


ITEMS = WordMatcher(_entries("item"))
METRICS = WordMatcher(_entries("metric"))
NUMBER_WORDS_M = WordMatcher([(f, "number") for f in split_top(NUMBER_WORD_RE.pattern[len(r"(?<!\w)(?:"):-len(r")(?!\w)")])]
                             # (plurals before "several" and "a few": "several dozen" is dozens)
                             + [(f, "plural") for f in split_top(_alt("plural_count"))]
                             + [(f, "unquantified") for f in split_top(_alt("unquantified"))])
WEAPONS = WordMatcher([(f, model) for f in _weapon_alternation
                       for model in [next(m for m, fs in WEAPON_FORMS.items() if f in fs)]])
REGIONS = WordMatcher([(f, code) for f in _region_alternation
                       for code in [next(c for c, fs in REGION_FORMS.items() if f in fs)]])
MATCHERS = (ITEMS, METRICS, WEAPONS, REGIONS, NUMBER_WORDS_M)
# Key -> the (matcher index, pattern, values, starts, entries) tried at a word start with that key; filled
# lazily because keys are two-letter pairs of whatever text comes in.
_PLAN: dict[str, tuple] = {}


def _plan(key: str) -> tuple:
    entries = []
    for i, matcher in enumerate(MATCHERS):
        entry = matcher.keys.get(key) or matcher.letters.get(key[:1]) or matcher.fallback
        if entry is not None:
            entries.append((i, *entry))
    if len(_PLAN) < 100_000:
        _PLAN[key] = tuple(entries)
    return tuple(entries)


# The first characters of a word, as written -> (its key, the (matcher index, pattern, values) to try
# there, the bits of the `Anchored` expressions that can begin there). The letters after the key leave out the
# expressions none of whose texts begin with those letters, and the alternatives of the others that cannot begin
# there: the engine then tries only a few alternatives.
_HEAD_PLAN: dict[str, tuple[str, tuple, int]] = {}


@cache
def _head_starts(fragment: str) -> tuple[str, ...] | None:
    got = start_set(fragment, HEAD)
    return None if got is None else tuple(sorted(got))


@lru_cache(maxsize=20_000)
def _narrowed(entries: tuple) -> tuple[re.Pattern, dict[str, str]]:
    """The expression and values of some entries of a matcher, in the order given."""
    return WordMatcher._compile(list(entries))[:2]


def _all_planned(plans: list[tuple[str, tuple, int] | None]) -> TypeGuard[list[tuple[str, tuple, int]]]:
    """Whether every word start's plan was made before (`_HEAD_PLAN`)."""
    return None not in plans


def _head_plan(head: str) -> tuple[str, tuple, int]:
    key = head[:KEY].casefold()
    entries = _PLAN.get(key)
    if entries is None:
        entries = _plan(key)
    if len(head) > KEY and not _UNPLAIN_RE.search(head):
        lowered = head.casefold()
        kept = []
        for i, pattern, values, starts, chosen in entries:
            if starts is not None and not lowered.startswith(starts):
                continue
            # An alternative none of whose texts begins with these letters cannot match here; without it,
            # the first alternative that matches is the same.
            fits = tuple(e for e in chosen if (got := _head_starts(e[0])) is None or lowered.startswith(got))
            if len(fits) < len(chosen):
                pattern, values = _narrowed(fits)
            kept.append((i, pattern, values))
        planned = (key, tuple(kept), _head_mask(head))
    else:
        planned = (key, tuple((i, pattern, values) for i, pattern, values, _, _ in entries), _head_mask(head))
    if len(_HEAD_PLAN) < 200_000:
        _HEAD_PLAN[head] = planned
    return planned


_match_start = re.Match.start
_first = itemgetter(0)
_second = itemgetter(1)
_third = itemgetter(2)


class Scan:
    """One pass over a text's word starts -> the matches of every vocabulary, and the words' keys.

    `items`, `metrics`, `models`, `regions` and `numbers` are the leftmost, non-overlapping matches
    that start at word starts of ITEMS, METRICS, WEAPONS, REGIONS and NUMBER_WORDS_M, each as
    (start, end, value, matched text); `starts` are the word starts, in text order,
    and `words` their casefolded two-letter keys; `keys` is the set of those keys, or None when the text
    has letters for which that set could mislead `Anchored`; `plans` what each word start's first letters let be
    tried there (`_head_plan`), with the masks of the `Anchored` expressions made before the scan (`anchored` of
    them); `cache` holds what is worked out from the scan once and looked up again (the word starts an `Anchored`
    expression can begin at, the text's windows).
    """

    __slots__ = ("items", "metrics", "models", "regions", "numbers", "keys", "starts", "words", "plans",
                 "anchored", "cache")

    def __init__(self, text: str):
        # The per-word steps run as C loops (`map`, `compress`); Python code runs only at the word starts
        # where some vocabulary has an expression to try.
        starts = self.starts = list(map(_match_start, _WORD_RUN_RE.finditer(text)))
        heads = [text[pos:pos + HEAD] for pos in starts]
        cached = list(map(_HEAD_PLAN.get, heads))
        plans = cached if _all_planned(cached) else [
            planned if planned is not None else _head_plan(head) for planned, head in zip(cached, heads, strict=True)]
        words = self.words = list(map(_first, plans))
        found: tuple[list, ...] = ([], [], [], [], [])
        last = [0, 0, 0, 0, 0]
        self.plans, self.anchored = plans, len(_ANCHORED)
        for pos, (_, entries, _) in compress(zip(starts, plans, strict=True), map(_second, plans)):
            for i, pattern, values in entries:
                if pos >= last[i]:
                    hit = pattern.match(text, pos)
                    if hit:
                        end = last[i] = hit.end()
                        found[i].append((pos, end, values[hit.lastgroup], hit[0]))
        self.items, self.metrics, self.models, self.regions, self.numbers = found
        self.keys = None if _UNPLAIN_RE.search(text) else set(words)
        self.cache: dict = {}


class Anchored:
    """A word-bounded regular expression that is run only when the text has a word it can start with.

    In: the compiled expression and its top-level alternatives. `search`/`finditer` give exactly what
    the expression gives; with the `keys` of a `Scan` they skip texts where no word starts with a
    two-letter key (or first letter) that one of the alternatives begins with.
    """

    def __init__(self, regex: re.Pattern, fragments: list[str], spaced: bool = False):
        self.regex = regex
        # Spaced: every alternative of one letter is followed by white space in the expression, so that
        # only a word of that one letter, followed by white space, can begin a match there (a number, which
        # `start_set` gives as its first digit, may go on with more digits).
        self.spaced = spaced
        keys: set[str] = set()
        letters: set[str] = set()
        self.always = False
        for fragment in fragments:
            got = start_set(fragment)
            if got is None:
                self.always = True
            for start in got or ():
                (keys if len(start) == KEY else letters).add(start)
        self.keys, self.letters = frozenset(keys), frozenset(letters)
        # The first `HEAD` letters (or fewer, where fewer are fixed) of every text the expression matches, or None;
        # and of the texts of each alternative.
        self._starts = [None if (got := start_set(fragment, HEAD)) is None else tuple(sorted(got))
                        for fragment in fragments]
        self.heads = None if None in self._starts \
            else tuple(sorted({s for got in self._starts if got is not None for s in got}))
        # An expression that is its alternatives between word edges, with no groups: at a word start, the alternatives
        # that cannot begin with its letters are left out (the first alternative that matches is the same), in an
        # expression made once per set of alternatives kept (`_narrow`).
        self._fragments = fragments if regex.groups == 0 and regex.pattern == bounded("|".join(fragments)) else None
        self._by_head: dict[str, Callable] = {}
        self._by_kept: dict[tuple[int, ...], re.Pattern] = {}
        # Each expression has a bit; a word start's mask (in its `_head_plan`) holds the bits of the expressions that
        # can begin there.
        self.bit = 1 << len(_ANCHORED)
        _ANCHORED.append(self)
        _HEAD_PLAN.clear()

    def possible(self, keys: set[str] | None) -> bool:
        """Whether the expression can match a text with these word keys (None: unknown)."""
        if keys is None or self.always or not self.keys.isdisjoint(keys):
            return True
        return bool(self.letters) and not self.letters.isdisjoint(map(_first, keys))

    def _fits(self, head: str) -> bool:
        """Whether a match can begin at a word start that begins with these letters (a `Scan` text's, with no letter
        for which casefolding and case-insensitive matching disagree)."""
        key = head[:KEY].casefold()
        if not (key in self.keys or key[:1] in self.letters and (not self.spaced or key[1:].isspace()
                                                                 or key[:1].isdigit())):
            return False
        # A match begins with the first letters of one of the expression's texts.
        lowered = head.casefold()
        return self.heads is None or lowered.startswith(self.heads)

    def _narrow(self, head: str) -> Callable:
        """The `match` of the expression narrowed to the alternatives that can begin with these (casefolded) letters."""
        kept = tuple(i for i, starts in enumerate(self._starts) if starts is None or head.startswith(starts))
        match: Callable[..., re.Match | None]
        if len(kept) == len(self._starts):
            match = self.regex.match
        elif not kept:
            match = _no_match
        else:
            regex = self._by_kept.get(kept)
            if regex is None:
                fragments = self._fragments
                assert fragments is not None  # (`search` and `finditer` narrow only an expression of alternatives)
                regex = re.compile(bounded("|".join(fragments[i] for i in kept)), self.regex.flags)
                if len(self._by_kept) < 1_000:
                    self._by_kept[kept] = regex
            match = regex.match
        if len(self._by_head) < 100_000:
            self._by_head[head] = match
        return match

    def _candidates(self, scan: Scan) -> list[int]:
        """The word starts where a match can begin, in text order (none where the text's keys rule the expression
        out), kept in `scan.cache` under the expression."""
        found = scan.cache.get(self)
        if found is not None:
            return found
        if self.bit >> scan.anchored:
            # (an expression made after the scan: every word start, where the text's keys do not rule it out)
            found = scan.starts if self.possible(scan.keys) else []
        else:
            # One mask per word start, for every expression at once (kept for the word starts where some
            # expression can begin), and the bits of all of them; each expression then picks its own bit, all in C.
            # (A mask holds an expression's bit only where the word's key is one it can begin with: the masks
            # rule out what the text's keys rule out.)
            masked = scan.cache.get(_MASKS)
            if masked is None:
                masks = list(map(_third, scan.plans))
                kept = list(filter(None, masks))
                masked = scan.cache[_MASKS] = (list(compress(scan.starts, masks)), kept, reduce(or_, kept, 0))
            found = list(compress(masked[0], map(and_, masked[1], repeat(self.bit)))) if masked[2] & self.bit else []
        scan.cache[self] = found
        return found

    def search(self, text: str, scan: Scan | None = None, pos: int = 0, endpos: int | None = None):
        """`regex.search(text, pos, endpos)`."""
        if scan is None or scan.keys is None or self.always:
            return self.regex.search(text, pos, len(text) if endpos is None else endpos)
        candidates = self._candidates(scan)
        if not candidates:
            return None
        endpos = len(text) if endpos is None else endpos
        # Matches begin only at these word starts, so trying them in order finds the leftmost one.
        match = self.regex.match
        by_head = self._by_head if self._fragments is not None else None
        for start in islice(candidates, bisect_left(candidates, pos), None):
            if start > endpos:
                break  # no match begins after the end of the searched span
            if by_head is not None:
                head = text[start:start + HEAD].casefold()
                match = by_head.get(head) or self._narrow(head)
            m = match(text, start, endpos)
            if m:
                return m
        return None

    def finditer(self, text: str, scan: Scan | None = None) -> list[re.Match]:
        """`list(regex.finditer(text))`."""
        if scan is None or scan.keys is None or self.always:
            return list(self.regex.finditer(text))
        candidates = self._candidates(scan)
        if not candidates:
            return []
        out, last, match = [], 0, self.regex.match
        by_head = self._by_head if self._fragments is not None else None
        for start in candidates:
            if start >= last:
                if by_head is not None:
                    head = text[start:start + HEAD].casefold()
                    match = by_head.get(head) or self._narrow(head)
                m = match(text, start)
                if m:
                    out.append(m)
                    last = m.end()
        return out


_ANCHORED: list[Anchored] = []


_MASKS = "masks"  # the `Scan.cache` entry of a text's masked word starts, their masks and the masks' union


def _no_match(*_args) -> None:
    """The `match` of an expression none of whose alternatives can begin at a word start."""
    return None


def _head_mask(head: str) -> int:
    """The bits of the `Anchored` expressions that can begin at a word start with these first letters."""
    mask = 0
    for expression in _ANCHORED:
        if expression._fits(head):
            mask |= expression.bit
    return mask


def _anchored(kind: str, regex: re.Pattern) -> Anchored:
    return Anchored(regex, [_expand(f) for _, p in patterns(kind) for f in split_top(p)])


SCOPE = _anchored("scope", SCOPE_RE)
LAUNCH = _anchored("launch", LAUNCH_RE)
CUMULATIVE = _anchored("cumulative", CUMULATIVE_RE)
MIX = _anchored("mix", MIX_RE)
PERIOD = _anchored("period", PERIOD_RE)
DAY_TOTAL = _anchored("day_total", DAY_TOTAL_RE)
NIGHT = _anchored("night", NIGHT_RE)
EVENING = _anchored("evening", EVENING_RE)
NAMED_NIGHT = _anchored("named_night", NAMED_NIGHT_RE)
NAMED_DAY = _anchored("named_day", NAMED_DAY_RE)
NAMED_EVENING = _anchored("named_evening", NAMED_EVENING_RE)
YEAR_TO_DATE = _anchored("year_to_date", YEAR_TO_DATE_RE)
MONTH_WORD = Anchored(re.compile(rf"(?<!\w)(?:{MONTH_ALT})", FLAGS), split_top(MONTH_ALT))
# Per source: words that attribute what follows in the sentence to the other side ("while Russia claimed …").
OTHER_SIDE = {source: Anchored(re.compile(bounded(p), FLAGS), split_top(p)) for source, p in patterns("other_side")}


# Latin letters that look like Cyrillic ones, as some pages type them inside Cyrillic words ("бaлістичні" with a Latin
# "a"); one for one, so that positions in the text stay the same.
_LOOKALIKES = str.maketrans("aceopxyiACEHIKMOPTXB", "асеорхуіАСЕНІКМОРТХВ")
_MIXED_RE = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ][aceopxyiACEHIKMOPTXB]|[aceopxyiACEHIKMOPTXB][а-яёіїєґА-ЯЁІЇЄҐ]")
_MIXED_WORD_RE = re.compile(r"\w*(?:" + _MIXED_RE.pattern + r")\w*")
# Whether a text has such a pair: the same test, begun at the Latin letter, so that the engine skips every other
# character without trying the pattern there.
_MIXED_ANY_RE = re.compile(r"[aceopxyiACEHIKMOPTXB](?:(?<=[а-яёіїєґА-ЯЁІЇЄҐ].)|(?=[а-яёіїєґА-ЯЁІЇЄҐ]))")
_LATIN_RE = re.compile(r"[a-zA-Z]")


# White space other than a plain space or a line break (tabs, no-break and thin spaces), runs of spaces, and marks of
# no width (soft hyphens, zero-width spaces and joiners): a run with white space in it reads as one space, marks of no
# width alone are dropped (but kept between digits, where they make a number unreadable on purpose).
_SPACES = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_NO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_UNTIDY_RE = re.compile(rf"[{_SPACES}{_NO_WIDTH}]*[{_SPACES}][{_SPACES}{_NO_WIDTH}]*|[{_NO_WIDTH}]+")
# Whether a text has any of them: a character of the runs other than a plain space (this expression), or two spaces
# together (most texts have neither, and are not walked space by space).
_UNTIDY_ANY_RE = re.compile(rf"[{_SPACES[1:]}{_NO_WIDTH}]")


# Dashes of other kinds inside a word or a name ("Х‑101" with a no-break hyphen, "Shahed–136", "Х−59"; not between two
# digits, where a dash is a range), and a backtick or an acute accent for an apostrophe ("п`ять"): a hyphen, an apostrophe.
# (The dash comes first, so that the engine skips every other character without trying the pattern there.)
_INNER_DASH_RE = re.compile(r"[\u2010\u2011\u2212–](?:(?<=\w.)(?=[^\W\d])|(?<=[^\W\d].)(?=\d)"
                            r"|(?<=\d[\u2010\u2011\u2212])(?=\d))")
_INNER_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d])[`´](?=[^\W\d])")


def tidy(text: str) -> tuple[str, list[int] | None]:
    """The text with its white space made plain (`_UNTIDY_RE`) and its dashes and apostrophes inside words plain
    (`_INNER_DASH_RE`) -> (text, the position in the text given of each character of the text returned, or None
    where every character keeps its place)."""
    if "\u2010" in text or "\u2011" in text or "\u2212" in text or "–" in text:
        text = _INNER_DASH_RE.sub("-", text)
    if "`" in text or "´" in text:
        text = _INNER_APOSTROPHE_RE.sub("'", text)
    if _UNTIDY_ANY_RE.search(text) is None and "  " not in text:
        return text, None
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _UNTIDY_RE.finditer(text):
        start, end = m.span()
        run = m.group(0)
        if run == " ":
            continue
        if not any(ch not in _NO_WIDTH for ch in run):
            if 0 < start and end < len(text) and text[start - 1].isdigit() and text[end].isdigit():
                continue  # "1\u200b000": left for the number's reader to refuse
            replacement = ""
        else:
            replacement = " "
        pieces.append(text[pos:start])
        index.extend(range(pos, start))
        if replacement:
            pieces.append(replacement)
            index.append(start)
        pos = end
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(pieces), index


def unmixed(text: str) -> str:
    """The text with the Latin look-alike letters of its Cyrillic words made Cyrillic (same length, same positions)."""
    if not _MIXED_ANY_RE.search(text):
        return text
    return _MIXED_WORD_RE.sub(_cyrillic_word, text)


def _cyrillic_word(m: re.Match) -> str:
    """A mixed word with its look-alike letters made Cyrillic, or as written when other Latin letters remain."""
    word = m.group(0).translate(_LOOKALIKES)
    return m.group(0) if _LATIN_RE.search(word) else word
