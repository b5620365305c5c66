"""Reporting windows and dates of a report, by the contract's four dating rules.

In: a report's text, its publication time (UTC) and the claimant's time zone
(`Europe/Kyiv` for Ukraine, `Europe/Moscow` for Russia).
Out: a `Dating` (window kind, local date, window start and end in UTC as far as the text
states them) for the report, plus the spans of text that are dates and clock times, so that
the figure finder does not read them as counts.

Rules, in order: (1) a named night or day wins; (2) clock times without a date are placed at
the most recent times ending at or before publication, 24.00 being the next midnight;
(3) a stated window ending by 12:00 or starting at or after 18:00 is a night, else a day;
(4) with no window, overnight words give a night, "за сутки" a day total, weekly or monthly
words a period total dated by its last day, and no time words an event dated by publication.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from strikeclaims import rules
from strikeclaims.parse import lexicon as lx

# An hour in words or digits with the part of the day ("з восьмої вечора", "с 8 вечера"): the lexicon's
# `clock_hour` and `clock_part` rows.
_HOUR_WORDS = [(int(v), re.compile(rf"(?:{p})", re.IGNORECASE)) for v, p in lx.patterns("clock_hour")]
_DAY_PARTS = [(v, re.compile(rf"(?:{p})", re.IGNORECASE)) for v, p in lx.patterns("clock_part")]
_HOUR_WORD = "|".join(p for _, p in lx.patterns("clock_hour"))
_DAY_PART = "|".join(p for _, p in lx.patterns("clock_part"))


def _time(tag: str) -> str:
    return (rf"(?:(?P<hh{tag}>\d{{1,2}})(?:[:.](?P<mm{tag}>\d{{2}}))?\s*(?P<ap{tag}>[ap])\.?\s?m\.?"
            rf"|(?P<h{tag}>\d{{1,2}})[:.](?P<mi{tag}>\d{{2}})(?!\d)(?:\s*(?:год\.?|h|години|годині|часов)(?!\w))?"
            # "between 0400 GMT and 0700 GMT", "between 2000 and 2140 Moscow time": four digits of the 24-hour clock
            # before a zone (or before the other end and its zone), as news agencies write (or before "hours":
            # "between 2200 hours Friday and 0500 hours Saturday")
            rf"|(?P<gh{tag}>[01]\d|2[0-4])(?P<gm{tag}>[0-5]\d)(?:\s+hours(?!\w)|(?=(?:\s+(?:and|to)\s+|\s*[-–]\s*)?"
            rf"(?:(?:[01]\d|2[0-4])[0-5]\d)?\s*(?:GMT|UTC|Moscow time|Kyiv time|Kiev time|local time|hours)(?!\w)))"
            # ("с 14 ч. до 16 ч. мск": the hour abbreviated)
            rf"|(?P<hc{tag}>\d{{1,2}})(?:\s+(?:часов|часа|година|години|годин)(?!\s+(?:{_DAY_PART})(?!\w))(?!\w)|\s*ч(?:ас)?\."
            rf"|(?=\s*(?:до|по|and|to)\s+\d{{1,2}}(?:[:.]\d{{2}}|\s*[ap]\.?m\.?|\s+(?:часов|часа|години|годин)(?!\w)|\s*ч(?:ас)?\."
            rf"|\s+(?:{_DAY_PART})(?!\w))))"
            # ("с начала суток", "з початку доби", "since the start of the day": from the midnight that began it)
            rf"|(?P<mid{tag}>midnight|полуночи|північ|опівночі|начала\s+(?:суток|дня)|початку\s+(?:доби|дня)"
            rf"|the\s+(?:start|beginning)\s+of\s+the\s+day)(?!\w)|(?P<noon{tag}>noon|полудня|опівдні)"
            rf"|(?P<wh{tag}>\d{{1,2}}(?:-(?:ту|ї|ої|у|ти|ми))?|{_HOUR_WORD})\s+(?:(?:години|годину|часов|часа|o['’]clock)\s+)?"
            rf"(?P<wp{tag}>{_DAY_PART})(?!\w))")


def _day_part(part: str) -> str | None:
    """The kind of a part of the day ("утра" -> morning, "вечера" -> evening), or None."""
    return next((v for v, p in _DAY_PARTS if p.fullmatch(part)), None)


def _hour_of(word: str) -> int | None:
    """An hour in digits ("8", "8-ми") or in words ("восьмої", "семи") -> its number, or None."""
    digits = word.split("-")[0]
    return int(digits) if digits.isdigit() else next((v for v, p in _HOUR_WORDS if p.fullmatch(word)), None)


def _hour_in_words(word: str, part: str) -> tuple[int, int] | None:
    """An hour said with its part of the day -> (hour, minute) on the 24-hour clock; 12 at night is 24.00."""
    hour = _hour_of(word)
    kind = _day_part(part)
    if hour is None or kind is None or not 1 <= hour <= 24:
        return None
    if hour > 12:
        return (hour, 0) if kind in ("evening", "night", "afternoon") else None
    if kind == "afternoon":
        return (hour + 12 if hour < 7 else hour), 0  # "з 2 години дня": 14:00; "12 дня": noon
    if kind == "evening" or (kind == "night" and hour >= 9):
        return (hour % 12 + 12) if hour != 12 else 24, 0
    if kind == "night" and hour == 12:
        return 24, 0
    return hour % 12 if kind == "morning" and hour == 12 else hour, 0


# The lexicon's `zone` rows: IANA name -> the words of that zone's clock times.
_ZONE_FORMS = dict(lx.patterns("zone"))
# A zone stated after a clock time: Kyiv or Moscow time (their `zone` rows), local time, or GMT alone
_TZ = (rf"(?:\s*\(?(?:{_ZONE_FORMS['Europe/Kyiv']}|{_ZONE_FORMS['Europe/Moscow']}|local time|gmt(?![\s+−-]*\d))\)?)?"
       # the same time in another zone, in brackets: "11pm local time (8pm Irish time)", "Moscow time [06:00 GMT]"
       r"(?:\s*[(\[](?=[^()\[\]]*\d)[^()\[\]]{1,30}?(?:time|gmt|utc|мск|часом|времени)[)\]])?")
# A day and month in digits ("7.05", "18.05.2023"), as the bulletins' date stamps write them.
NUMERIC_DATE = r"\d{1,2}\.\d{1,2}(?:\.(?:\d{4}|\d{2}))?(?![\d.:])"


# "1 января текущего года", "1 січня 2026 року": the year after a date in a window
_YEAR_AFTER = (r"(?:\s+(?:текущего|этого|прошлого|поточного|цього|минулого)\s+(?:года|року)"
               r"|\s+\d{4}\s*(?:года|году|г\.|року|р\.)|,?\s+\d{4}(?![\d:.]))?")


def _date_opt(tag: str) -> str:
    # "11 p.m. on Thursday", "from 21:00 Saturday", "19:00 понеділка, 13 жовтня": a weekday alone is its latest day
    # at or before publication
    return (rf"(?:,?\s*(?:on\s+|of\s+|в\s+|во\s+|у\s+)?(?:(?:{lx.WEEKDAY_ALT})(?!\w)(?=,?\s*(?:{lx.DATE_TEXT}|{NUMERIC_DATE}|до|по|to|and"
            rf"|until|till|[-–—]))(?:,?\s+)?)?(?P<date{tag}>{lx.DATE_TEXT}|{NUMERIC_DATE}){_YEAR_AFTER}{_TZ}"
            rf"|\s+(?:on\s+)?(?P<wd{tag}>{lx.WEEKDAY_ALT})(?!\w))?")

# The words that open a window ("з 18:00", "с 20.00 до 23.00", "from 11:30 p.m."): the lexicon's `window_opener` row.
_OPENERS = tuple(w for _, p in lx.patterns("window_opener") for w in p.split("|"))
# "з 20:00 вечора 21 листопада": a part of the day after a clock time says nothing more
_PART_AFTER = rf"(?:\s+(?:{_DAY_PART})(?!\w))?"
# "from 1 p.m. (10:00 GMT)", "to 9:00 a.m. Moscow time [03:00-05:00 GMT]": the same time in another zone, given aside
_CONVERTED = r"(?:\s*[(\[]\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?\s*(?:GMT|UTC)[)\]])?"
_START = rf"(?<!\w)(?:{'|'.join(_OPENERS)})\s+{_time('s')}{_PART_AFTER}{_TZ}{_CONVERTED}{_date_opt('s')}"
# "начиная с 23:00 17 февраля и до 7:00 утра 18 февраля", "с 20:00 вторника, 20 мая, до 08:00 четверга": an end after
# "и" or a comma; "from 9:00 a.m. and until 2:00 p.m. Moscow time" (the Russian "и до" put word for word); "между 18:00 и
# 22:00 мск": "и" alone before a clock time of four digits
_END = rf"\s*(?:,\s*|\s+(?:и|і|та|and)\s+)?(?:до|по|to|and|until|till|[-–—]|(?<=\s)и(?=\s+\d{{1,2}}[:.]\d{{2}}))\s*{_time('e')}{_PART_AFTER}{_TZ}{_CONVERTED}{_date_opt('e')}"
WINDOW_RE = re.compile(rf"{_START}(?:{_END})?", re.IGNORECASE)
# "at around 9:25-11:00 p.m.": a range of clock times after a word of a moment, with a dash
_RANGE_RE = re.compile(rf"(?<!\w)(?:at around|at about|at approximately|around|approximately|about|at)\s+{_time('s')}"
                       rf"{_PART_AFTER}{_TZ}{_date_opt('s')}\s*[-–—]\s*{_time('e')}{_PART_AFTER}{_TZ}{_CONVERTED}{_date_opt('e')}",
                       re.IGNORECASE)
# A window begins at a word that opens it, so only those word starts need to be tried.
_WINDOW = lx.Anchored(WINDOW_RE, list(_OPENERS), spaced=True)

# Words after a number that make it a year, a percentage or a measure.
_YEAR_WORDS = r"р\.|рок\w*|році|г\.|год\w*|year"
_PERCENT_WORDS = r"%|відсот\w*|процент\w*|percent|per cent"
# Waves of an attack after a number: "дві хвилі ударних дронів" counts waves, not drones
WAVE_WORDS = r"хвил[іяьею]\w*|волн\w*|waves?"
_MEASURE_WORDS = (r"годин\w*|хвилин\w*|час\w*|минут\w*|hours?|minutes?|км|km|кілометр\w*|километр\w*|kilometres?"
                  rf"|kilometers?|{WAVE_WORDS}")
# A part of the day after an hour: "около 8 утра", "о 5 ранку", "в 11 вечера" (a clock time, no count)
_HOUR_PART_WORDS = r"утра|вечера|ранку|вечора"
# Dates, clock times, years, percentages, ordinals, measures and web addresses that start at a number and are never
# counts ("9 липня", "23:00", "2024 року", "34%", "360.ru"); BEFORE_NOT_COUNT_RE, what may stand just before one
# ("May 17", "№ 5", the minutes of "9.00").
NOT_COUNT_AT_RE = re.compile(
    rf"(?:{lx.DAY_MONTH_TEXT})"
    r"|\d{1,2}[:.]\d{2}"
    r"|\d{1,2}\s*[ap]\.?\s?m\.?(?!\w)"
    rf"|\d{{1,2}}\s+(?:{_HOUR_PART_WORDS})(?!\w)"
    rf"|\d{{4}}\s*(?:{_YEAR_WORDS})"
    rf"|\d+(?:[.,]\d+)?\s*(?:{_PERCENT_WORDS})"
    r"|\d+-?(?:й|го|я|ї|th|st|nd|rd)(?!\w)"
    rf"|\d+\s*(?:{_MEASURE_WORDS})"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"|\d+\.(?:ru|рф|su|ua|com|net|org|info|news|tv)(?!\w)",  # (an outlet's web address: "пишет 360.ru", "74.ru")
    re.IGNORECASE,
)
# When spaces follow a number's digits, NOT_COUNT_AT_RE can match only if the next word is a month,
# "a.m."/"p.m.", or a year, percentage or measure word: the casefolded two-letter starts of those
# words and the single characters that may begin one (None: they cannot be told).
def _after_space_starts() -> tuple[frozenset[str], frozenset[str]] | None:
    keys: set[str] = set()
    first = {"a", "p"}
    for fragment in lx.split_top(f"{lx.MONTH_ALT}|{_YEAR_WORDS}|{_PERCENT_WORDS}|{_MEASURE_WORDS}|{_HOUR_PART_WORDS}"):
        got = lx.start_set(fragment)
        if got is None:
            if len(fragment) != 1 or fragment in lx.META:
                return None
            got = {fragment}
        for key in got:
            (keys if len(key) == lx.KEY else first).add(key)
    return frozenset(keys), frozenset(first)


_AFTER_SPACE = _after_space_starts()


# A number's digits and the white space after them (`\d` and `\s` are `str.isdecimal` and `str.isspace`).
_DIGITS_SPACES_RE = re.compile(r"\d*(\s*)")


# The first letters after a number's spaces -> whether no such word can begin with them (filled as they come).
_NO_WORD_AFTER: dict[str, bool] = {}


def _no_word_after(head: str) -> bool:
    """Whether none of the words NOT_COUNT_AT_RE needs after a number's spaces begins with these letters."""
    no_word = _AFTER_SPACE is not None and head.casefold() not in _AFTER_SPACE[0] \
        and head[:1].casefold() not in _AFTER_SPACE[1] and lx.is_plain(head)
    if len(_NO_WORD_AFTER) < 100_000:
        _NO_WORD_AFTER[head] = no_word
    return no_word


def not_count_at(text: str, start: int) -> bool:
    """Whether NOT_COUNT_AT_RE matches at this number."""
    run = _DIGITS_SPACES_RE.match(text, start)
    assert run is not None  # (every part of the expression may match nothing)
    j = run.end()
    if run.start(1) < j:
        # Every expression that goes on after spaces needs one of a few words next.
        head = text[j:j + lx.KEY]
        if not head:
            return False
        no_word = _NO_WORD_AFTER.get(head)
        if no_word if no_word is not None else _no_word_after(head):
            return False
    return NOT_COUNT_AT_RE.match(text, start) is not None


# A status time: "станом на 09:00", "за попередніми даними, на 08:00", "по информации на 9.00", "по состоянию на 08:00", "as of 9:00 on Monday, May 5", "by 9 a.m.", "На 09.30". It closes the
# stated window where the text states no other end.
STATUS_RE = re.compile(rf"(?<!\w)(?:станом на|(?:по )?состоянию на|as of|by|(?:даними|данным|інформацією|информации),?\s+на|(?:^|(?<=[.!?]\s)|(?<=^[«\"“„])|(?<=[.!?:]\s[«\"“„]))(?-i:На))"
                       rf"\s+{_time('t')}{_TZ}",
                       re.IGNORECASE)
# The date that may follow a status time: "станом на 08:00, неділі, 10 серпня", "As of 09:00 on Monday, May 5".
STATUS_DATE_RE = re.compile(rf",?\s*(?:on\s+)?(?:[^\W\d]+,?\s+)?(?P<datet>{lx.DATE_TEXT}|{NUMERIC_DATE})",
                            re.IGNORECASE)
# (and a sentence that opens with "На" and a time: "На 09.30 подтверждено сбитие обоих ракет", also inside the quote
# marks of a statement retold: «На 09:00 підтверджено збиття …»)
# The words of a status time as looked for in a casefolded text; and "на" with a space and a digit after it.
_STATUS_WORDS = ("станом на", "состоянию на", "as of", "by ", "даними", "данным", "інформацією", "информации")
_ON_DIGIT_RE = re.compile("на [0-9]")
_STATUS_NEEDLES = (*_STATUS_WORDS, "на ")
_STATUS = lx.Anchored(STATUS_RE, ["станом на", "по состоянию", "as of", "by", "даними", "данным", "інформацією", "информации",
                                  "на"])
# A date stamp in digits with the time in brackets, alone or as a range: "18.05.2023 (07.00)",
# "17.05 (21.00) – 18.05 (05.30)".
_STAMP = r"(?<![\d.])(?P<d{0}>\d{{1,2}})\.(?P<m{0}>\d{{1,2}})(?:\.(?P<y{0}>\d{{4}}|\d{{2}}))?\s*\((?P<h{0}>\d{{1,2}})[.:](?P<mi{0}>\d{{2}})\)"
STAMP_RE = re.compile(_STAMP.format("e") + r"(?:\s*[-–—]\s*" + _STAMP.format("f") + ")?")
_STAMP_TIME_RE = re.compile(r"\(\d{1,2}[.:]\d{2}\)")
_DIGIT_RE = re.compile(r"\d")
# Words that open a summary block ("Всего за ночь …", "Загалом за добу 9.06 …"): a sentence that carries its own
# window and date, which it neither lends to the rest of the report nor takes from it.
SUMMARY_RE = re.compile(r"(?:всего|всього|загалом|итого|разом|in total|altogether|overall)(?!\w)", re.IGNORECASE)
_SUMMARY_WORDS = ("всего", "всього", "загалом", "итого", "разом", "in total", "altogether", "overall")
_SUMMARY = lx.Anchored(SUMMARY_RE, list(_SUMMARY_WORDS))


# Marks that may stand before the word that opens a summary block: white space, bullets, dashes.
_OPENING_MARKS = " \t\ufe0f▫•●▪-–—*"


def may_sum_up(lowered: str) -> bool:
    """Whether a casefolded text has a word that opens a summary block."""
    return "всего" in lowered or "всього" in lowered or "загалом" in lowered or "итого" in lowered \
        or "разом" in lowered or "in total" in lowered or "altogether" in lowered or "overall" in lowered

BEFORE_NOT_COUNT_RE = re.compile(rf"(?:(?<!\w)({lx.MONTH_ALT})\.?\s+|№\s*|\d[:.])$", re.IGNORECASE)
# The short forms of the month names: a full stop after one of them goes on with the date ("Sept. 12"); after a full
# name it ends a sentence ("в ночь на 15 сентября. 15 дронов сбиты над Брянской областью")
MONTH_SHORT = frozenset(w.casefold() for w in lx.MONTH_ALT.split("|")
                        if any(o != w and o.casefold().startswith(w.casefold()) for o in lx.MONTH_ALT.split("|")))


def windows(text: str, scan: lx.Scan | None = None) -> list[re.Match]:
    """The stated windows of a text, in text order; found once per `scan`, which keeps them."""
    if scan is None:
        return _with_ranges(text, list(WINDOW_RE.finditer(text)))
    found = scan.cache.get("windows")
    if found is None:
        found = scan.cache["windows"] = _with_ranges(text, _WINDOW.finditer(text, scan))
    return found


def _with_ranges(text: str, found: list[re.Match]) -> list[re.Match]:
    """The windows found, and the ranges of clock times after a word of a moment (`_RANGE_RE`) outside them."""
    if not ("-" in text or "–" in text or "—" in text) or not ("a" in text or "A" in text):
        return found  # (each word of a moment that `_RANGE_RE` opens with has an "a")
    lowered = text.lower()
    if not ("at " in lowered or "around " in lowered or "about " in lowered or "approximately " in lowered):
        return found
    ranges = [m for m in _RANGE_RE.finditer(text) if not any(w.start() < m.end() and m.start() < w.end() for w in found)]
    return sorted(found + ranges, key=lambda m: m.start()) if ranges else found


@dataclass(frozen=True, slots=True)
class Dating:
    window_kind: str
    date: str
    window_start: str | None = None
    window_end: str | None = None


def _utc(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return _utc_text(moment.astimezone(UTC))


@lru_cache(maxsize=1024)
def _utc_text(u: datetime) -> str:
    """A moment in UTC -> "2025-01-15T07:00:00Z" (kept for the moment: the reports of a day share their windows)."""
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def _year_for(day: int, month: int, reference: date) -> date | None:
    """A day and month without a year -> the date nearest before (or just after) the reference."""
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if reference - timedelta(days=300) <= candidate <= reference + timedelta(days=2):
            return candidate
    return None


_LATER_DAY_RE = re.compile(r"(?:st|nd|rd|th)?(?:[-–]|\s+(?:to|into|and)\s+)(\d{1,2})(?!\d|[:.]\d)")
_NUMERIC_DATE_RE = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?")


@lru_cache(maxsize=1024)
def parse_date(text: str, reference: date) -> date | None:
    """The last day-and-month in a span of text (in words, or in digits: "7.05") -> a date near the reference.
    (Kept for the span and reference: the reports of a day name the same days in the same words.)"""
    found = None
    for m in lx.DATE_RE.finditer(text):
        found = m
    if found is None:
        numeric = _NUMERIC_DATE_RE.fullmatch(text.strip())
        return _numeric_date(numeric.group(1), numeric.group(2), numeric.group(3), reference) if numeric else None
    day = found.group("d1") or found.group("d2")
    later = _LATER_DAY_RE.match(text, found.end()) if found.group("d2") else None
    if later:
        day = later.group(1)  # "June 19-20": the night ends on the 20th
    month = lx.month_number(found.group("m1") or found.group("m2"))
    return _year_for(int(day), month, reference) if month else None


def _numeric_in(text: str, reference: date) -> date | None:
    """The last date in digits in a span ("у ніч на 10.10") -> a date near the reference."""
    found = None
    for m in _NUMERIC_DATE_RE.finditer(text):
        found = m
    return _numeric_date(found.group(1), found.group(2), found.group(3), reference) if found else None


def _numeric_date(day: str, month: str, year: str | None, reference: date) -> date | None:
    """A date written in digits -> a date (the year near the reference when not written)."""
    try:
        if year:
            return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
        return _year_for(int(day), int(month), reference) if 1 <= int(month) <= 12 else None
    except ValueError:
        return None


def _weekday_date(text: str, reference: date) -> date | None:
    """The last weekday named in a span ("the night of Saturday to Sunday": Sunday) -> its date on or before
    the reference."""
    found = list(re.finditer(lx.WEEKDAY_ALT, text, re.IGNORECASE))
    m = found[-1] if found else None
    if not m:
        return None
    weekday = lx.weekday_number(m.group(0))
    if weekday is None:
        return None
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


# The groups of a clock time of `_time(tag)` that `_clock` reads, per tag: fetched in one call.
_CLOCK_GROUPS = {tag: tuple(f"{name}{tag}" for name in ("h", "mi", "hh", "mm", "ap", "gh", "gm", "hc", "mid", "noon", "wh", "wp"))
                 for tag in ("s", "e", "t")}


def _clock(m: re.Match, tag: str) -> tuple[int, int] | None:
    h, mi, hh, mm, ap, gh, gm, hc, mid, noon, wh, wp = m.group(*_CLOCK_GROUPS[tag])
    if h is not None:
        hour, minute = int(h), int(mi)
    elif hh is not None:
        hour, minute = int(hh), int(mm or 0)
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ap.lower() == "p" else 0)
    elif gh is not None:
        hour, minute = int(gh), int(gm)
    elif hc is not None:
        hour, minute = int(hc), 0  # "с 20 часов", "с 7 до 14 часов": the 24-hour clock
    elif mid is not None:
        hour, minute = 24, 0
    elif noon is not None:
        hour, minute = 12, 0
    elif wh is not None:
        hm = _hour_in_words(wh, wp)
        if hm is None:
            return None
        hour, minute = hm
    else:
        return None
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour, minute


def _at(day: date, hm: tuple[int, int], tz: tzinfo) -> datetime:
    """A local date and clock time -> an aware datetime; 24.00 is the next midnight."""
    hour, minute = hm
    if hour == 24:
        day, hour = day + timedelta(days=1), 0
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def _latest(hm: tuple[int, int], before: datetime, tz: ZoneInfo, strictly: bool = False) -> datetime:
    """The most recent local moment with this clock time at (or strictly before) `before`."""
    local = before.astimezone(tz)
    candidate = _at(local.date(), hm, tz)
    if hm[0] == 24:
        candidate = _at(local.date() - timedelta(days=1), hm, tz)
    while candidate > local or (strictly and candidate >= local):
        candidate -= timedelta(days=1)
        candidate = candidate.replace(tzinfo=tz)
    return candidate


# A date just before a window, in its sentence: "3 ноября с 20:00 до 23:30", "On May 6, from 9:30 a.m.".
_LEADING_DATE_RE = re.compile(rf"(?:{lx.DATE_TEXT})[^.!?\n\d]{{0,45}}$", re.IGNORECASE)


# A weekday right before a window: "в среду с 8:00 до 23:00 мск", "on Wednesday from 8 a.m.", "в воскресенье в период с
# 8:00 до 14:00", "у неділю в період з 8:00"
_WEEKDAY_BEFORE_RE = re.compile(rf"(?<!\w)(?:в|во|у|on)\s+({lx.WEEKDAY_ALT}),?\s+(?:(?:в|у)\s+(?:период|період)\s+)?$",
                                re.IGNORECASE)


def leading_date(text: str, start: int, today: date) -> date | None:
    """The date stated just before a window that states none, or None."""
    if not lx.MONTH_WORD.regex.search(text, max(0, start - 70), start):
        return None
    m = _LEADING_DATE_RE.search(text, max(0, start - 70), start)
    return parse_date(m.group(0), today) if m else None


def stated_window(m: re.Match, published: datetime, tz: ZoneInfo, text: str | None = None
                  ) -> tuple[datetime | None, datetime | None]:
    """A window match -> (start, end) as aware local datetimes, placed by rule 2. A date written just
    before the window (in `text`) dates it when it states none."""
    today = published.astimezone(tz).date()
    start_hm, end_hm = _clock(m, "s"), _clock(m, "e")
    if start_hm == (24, 0):
        start_hm = (0, 0)  # "с полуночи": a window starts at the midnight that begins its day
    end_ap, start_h, start_hc, end_part, start_date, end_date, start_weekday, end_weekday = \
        m.group("ape", "hs", "hcs", "wpe", "dates", "datee", "wds", "wde")
    # "between 5:35 and 7:30 PM", "between 4 and 10 pm", "с 9 до 11 вечера": the end's part of the day is the start's too
    end_pm = end_ap is not None and end_ap.lower() == "p" and (start_h is not None or start_hc is not None)
    end_evening = end_part is not None and start_hc is not None and _day_part(end_part) in ("evening", "night")
    if start_hm is not None and end_hm is not None and (end_pm or end_evening) and start_hm[0] < 12 \
            and start_hm[0] + 12 <= end_hm[0]:
        start_hm = (start_hm[0] + 12, start_hm[1])
    start_day = parse_date(start_date, today) if start_date else None
    end_day = parse_date(end_date, today) if end_date else None
    if start_day is None and start_weekday:
        start_day = _weekday_date(start_weekday, today)
    if end_day is None and end_weekday:
        end_day = _weekday_date(end_weekday, today)
    if start_day is None and end_day is None and text is not None:
        start_day = leading_date(text, m.start(), today)
        weekday = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 28), m.start()) if start_day is None else None
        if weekday is not None:
            start_day = _weekday_date(weekday.group(1), today)  # "в среду с 8:00 до 23:00 мск"
    if start_hm is not None and start_day is None and end_day is not None and start_h is not None \
            and (end_day - timedelta(days=1)).timetuple()[1:3] == (start_hm[1], start_hm[0]):
        start_hm = None  # "с 6.05 до 7.00 мск 7.05": the start is the date 6 May, its time not stated
    start = _at(start_day, start_hm, tz) if start_day and start_hm else None
    end = _at(end_day, end_hm, tz) if end_day and end_hm else None
    if end is None and end_hm is not None:
        if start is not None:
            end = _at(start.date(), end_hm, tz)
            while end <= start:
                end = _at(end.date() + timedelta(days=1), end_hm, tz) if end_hm[0] != 24 else end + timedelta(days=1)
        else:
            end = _latest(end_hm, published, tz)
    if start is None and start_hm is not None:
        if end is not None:
            start = _latest(start_hm, end, tz, strictly=True)
        else:
            start = _latest(start_hm, published, tz)
    return start, end


classify = rules.classify

# A zone named right after a window's clock times, other than the side's own ("С 15:00 до 21:00 по саратовскому
# времени", "с 10:00 до 14:00 (екб)"): the lexicon's `zone` rows, each with its IANA name.
_ZONES = [(re.compile(rf"\s*\(?(?:{p})(?!\w)", re.IGNORECASE), ZoneInfo(name)) for name, p in _ZONE_FORMS.items()]


# Any of them (most windows have none after them: then one expression is tried rather than each).
_ANY_ZONE_RE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _ZONES), re.IGNORECASE)


def _zone_after(text: str, pos: int) -> ZoneInfo | None:
    if not _ANY_ZONE_RE.match(text, pos):
        return None
    return next((tz for pattern, tz in _ZONES if pattern.match(text, pos)), None)


_ZONES_IN = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), ZoneInfo(name)) for name, p in _ZONE_FORMS.items()]
# The same time in another zone, given aside in brackets: "з 20:00 (21:00 мск)" is not the window's zone
_ASIDE_RE = re.compile(r"[(\[][^()\[\]]*\d[^()\[\]]*[)\]]")


def _zone_of(text: str, window: re.Match) -> ZoneInfo | None:
    """The zone a window states ("з 20:00 до 07:00 за київським часом", "from 8 p.m. Moscow time"), in it or
    right after it, or None."""
    return _zone_in(window.group(0)) or _zone_after(text, window.end())


@lru_cache(maxsize=1024)
def _zone_in(window: str) -> ZoneInfo | None:
    """The zone named in a window's words, not in an aside; kept for the words, which come back report after report."""
    within = _ASIDE_RE.sub("", window)
    return next((tz for pattern, tz in _ZONES_IN if pattern.search(within)), None)


# "за прошлый месяц", "в прошлом месяце", "минулого місяця", "last month": the month before publication
_LAST_MONTH_RE = re.compile(r"(?:прошл|прошедш|минувш|минул)\w* (?:месяц|місяц)\w*|(?:last|previous) month", re.IGNORECASE)


_WEEKEND_RE = re.compile(r"weekend|выходн|вихідн", re.IGNORECASE)

_TO_DATE_RE = re.compile(rf"(?<=\sпо\s)(?:{lx.DATE_TEXT})", re.IGNORECASE)

# A span with a date at both ends: "з 28 квітня по 4 травня", "from April 28 to May 4" (its end is the last date)
_DATES_RANGE_RE = re.compile(rf"(?<!\w)(?:з|із|с|from|between)\s+(?:{lx.DATE_TEXT})\s*(?:по|до|to|through|and|[-–—])\s*"
                             rf"(?:{lx.DATE_TEXT})", re.IGNORECASE)


# A span from a date with no end named: "с 13 сентября", "з 13 вересня", "начиная с 13 сентября" (to publication)
_SINCE_DATE_RE = re.compile(rf"(?:(?:начиная|починаючи)\s+)?(?:с|з|із)\s+(?:{lx.DATE_TEXT})", re.IGNORECASE)


def _period_end(text: str, m: re.Match, today: date) -> date:
    """The last day of a weekly or monthly summary."""
    if m.group(0).lower().startswith(("since ", "с начала", "з початку", "від початку")) \
            or _SINCE_DATE_RE.fullmatch(m.group(0)):
        return today  # "223 drones since Sept. 13", "з початку травня", "с 13 сентября": a running total to publication
    ranged = lx.DATE_RANGE_RE.search(text) or _TO_DATE_RE.search(m.group(0)) or _DATES_RANGE_RE.search(text)
    if ranged:
        last = parse_date(ranged.group(0), today)
        if last:
            return last  # "с 2 по 8 февраля", "С 26 января по 1 февраля": the last day named
    if _WEEKEND_RE.search(m.group(0)):
        return today if today.weekday() == 5 else today - timedelta(days=(today.weekday() + 1) % 7)  # its Sunday
    if _LAST_MONTH_RE.search(m.group(0)):
        return today.replace(day=1) - timedelta(days=1)  # "за прошлый месяц": the month before publication
    year_named = _YEAR_NAMED_RE.search(m.group(0))
    if year_named:
        return min(date(int(year_named.group(1)), 12, 31), today)  # "У 2024 році": to the year's last day
    month_word = (re.search(lx.MONTH_ALT, m.group(0), re.IGNORECASE)
                  or re.search(lx.MONTH_IN_ALT, m.group(0), re.IGNORECASE))
    if month_word:
        month = lx.month_number(month_word.group(0))
        if month:
            year = today.year if month <= today.month else today.year - 1
            stated = _YEAR_AFTER_RE.match(text, m.start() + month_word.end())
            if stated and int(stated.group(1)) <= today.year:
                year = int(stated.group(1))  # "in November 2022": the year named
            # (a month still running when the summary is given ends on the day it is given)
            return min(date(year, month, calendar.monthrange(year, month)[1]), today)
    return today


# A year named as the period: "за 2024 рік", "в 2024 году"
_YEAR_NAMED_RE = re.compile(r"(?<!\d)(20[1-3]\d)(?:-\w+)? (?:рік|року|році|год)", re.IGNORECASE)
# A year after a month's name: "in November 2022"
_YEAR_AFTER_RE = re.compile(r",?\s+((?:19|20)\d\d)(?!\d)")


# The publication times of the records: "2025-01-15T07:00:00Z".
_PUBLISHED_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


@lru_cache(maxsize=4096)
def _published(published_at: str) -> datetime:
    if _PUBLISHED_RE.fullmatch(published_at):
        # `fromisoformat` reads this form as `strptime` does, in C (the "Z" as UTC); an impossible field raises
        # ValueError either way.
        return datetime.fromisoformat(published_at)
    return datetime.strptime(published_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


@lru_cache(maxsize=4096)
def _local(published_at: str, claimant: str) -> tuple[ZoneInfo, datetime, date, int]:
    """(time zone, publication time, local publication date and hour) of a report; many reports share them."""
    tz = rules.timezone(claimant)
    published = _published(published_at)
    local = published.astimezone(tz)
    return tz, published, local.date(), local.hour


def date_report(text: str, published_at: str, claimant: str, scan: lx.Scan | None = None,
                lowered: str | None = None) -> Dating:
    """The dating of a report by the four rules (cumulative figures are dated elsewhere).

    `scan` is the text's `lexicon.Scan`, which lets expressions that cannot match be skipped, and `lowered`
    its casefolded text.
    """
    tz, published, today, hour = _local(published_at, claimant)
    lowered = lowered if lowered is not None else text.casefold()
    named = named_window(text, today, lowered, scan, hour)
    # Clock times without a date are placed before publication (rule 2), and within a named night or day before its
    # end: "в ночь на 13 августа (с 22:35 до 06:05 мск)" on a page of 14 August is the night of 12 to 13 August.
    reference = published
    opened = None  # the day the text opens with ("27 сентября в Минобороны сообщили …"), if any
    if named:
        anchor = _at(named[1], (12, 0) if named[0] == "night" else (24, 0), tz)
        reference = min(published, anchor)
    else:
        opened = _said_on(text, today)
        # "23 февраля оборонное ведомство отчиталось, что в период с 12:00 по 15:00 …", "On Saturday, … at around 7:30
        # p.m.", "Накануне с 20:00 до 23:00 мск": clock times of the day the text opens with, or of the day before
        said = opened
        if said is None and _eve_in(lowered) and _EVE_CLOCK_RE.search(text):
            said = today - timedelta(days=1)
        if said is not None and said < today:
            reference = min(published, _at(said, (24, 0), tz))
    found = windows(text, scan)
    window = found[0] if found else None
    start = end = None
    if window:
        try:
            # (the date before a window is the named night's, not the window's: "В ночь на 13 августа (с 22:35 …")
            start, end = stated_window(window, reference, _zone_of(text, window) or tz,
                                       None if named else text)
        except (ValueError, OverflowError):
            start = end = None
    if end is None and ("(" in text or any(map(lowered.__contains__, _STATUS_WORDS)) or _ON_DIGIT_RE.search(lowered)):
        # a date stamp or a status time closes the window
        try:
            start, end = _stamped(text, scan, reference, tz, start, lowered)
        except (ValueError, OverflowError):
            pass
    if "hour" in lowered and "period" in lowered:
        start, end = _hours_period(text, start, end, reference, tz)
    if start is None and end is None and not named and "до " in lowered:
        until = _UNTIL_RE.search(text)
        clock = _CLOCK_RE.match(text, until.end()) if until else None
        if clock is not None:
            # "накануне до 23:00", "Со вчерашнего вечера до 7:40 сегодняшнего дня": a window with its end stated
            end = _point_time(clock, reference, tz)
    if start is None and end is None and (not named or named[0] == "night" and _evening_named(lowered)):
        # (a clock time in a named evening is placed within it: "В понедельник вечером, около 20:15", "On Monday
        # evening, at around 8:15 p.m.")
        point = _point(text)
        if point:
            # "Дрон был уничтожен около 12:10 по московскому времени": one moment, the last before publication
            start = end = _point_time(point, reference, tz)
    day: date | None  # (below, a day read from the text may be None)
    if named and not (named[0] == "event" and window is not None and end is not None):
        kind, day = named
        return Dating(kind, day.isoformat(), _utc(start), _utc(end))
    # ("Вечером 15 сентября Минобороны сообщило об уничтожении 24 БПЛА в период с 20:00 по 23:00 мск": the day it was
    # said places the window, which rule 3 classes)
    if start is not None or end is not None:
        kind, day = classify(start, end, tz)
        if end is None and start is not None and kind == "day" and window is not None \
                and _TO_MORNING_RE.match(text, window.end()):
            # "between midnight and the early morning", "с полуночи до утра": a window that ends in the morning
            kind, day = "night", start.astimezone(tz).date()
        return Dating(kind, day.isoformat(), _utc(start), _utc(end))
    between = _BETWEEN_DAYS_RE.search(text) if "between" in lowered else None
    if between and not lx.NIGHT.search(text, scan):
        # "destroyed five naval drones between Wednesday and Thursday": the two days, dated by the second
        return Dating("period_total", (_weekday_date(between.group(1), today) or today).isoformat())
    if ("вчера" in lowered or "вчора" in lowered or "yesterday" in lowered) and _YESTERDAY_AND_TODAY_RE.search(text):
        # "за вчерашний (5 марта) и неполный сегодняшний день … потеряли 11 самолетов": two days, to the day of publication
        return Dating("period_total", today.isoformat())
    period = lx.PERIOD.search(text, scan)
    while period and _ORDINAL_TIME_BEFORE_RE.search(text, max(0, period.start() - 24), period.start()):
        # "Росія втретє за тиждень атакувала Київ": how often it came in the week, no week's total
        period = lx.PERIOD.search(text, scan, period.end())
    if period:
        # "27 сентября в Минобороны сообщили, что … за неделю": the week to that day
        last = opened or _period_end(text, period, today)
        if last == today:
            # "Накануне Минобороны РФ заявило, что … за неделю"
            last = _said_on(text, today, anywhere=True, lowered=lowered) or today
        return Dating("period_total", last.isoformat())
    day_total = lx.DAY_TOTAL.search(text, scan)
    if day_total:
        stated = _DAY_AFTER_RE.match(text, day_total.end())
        day = parse_date(stated.group(1), today) if stated else None
        if day is None and _YESTERDAY_WHOLE_RE.search(day_total.group(0)):
            day = today - timedelta(days=1)  # "за вчерашний день сбиты 12 авиабомб": the whole of the day before
        day = day or _said_on(text, today, anywhere=True, lowered=lowered) or _weekday_summary(text, today) or today
        return Dating("day_total", day.isoformat())
    if ("предыдущ" in lowered or "попередн" in lowered) and _PREVIOUS_NIGHT_RE.search(text):
        # "Предыдущей ночью … были уничтожены 18": the night before the one the page reports (in English, "the
        # previous night" of a page is the night just gone: "had destroyed 130 … drones during the previous night")
        return Dating("night", (today - timedelta(days=1)).isoformat())
    night = lx.NIGHT.search(text, scan)
    if night and _MINISTRY_SAID_RE.match(text, night.end()) and not lx.NIGHT.search(text, scan, night.end()):
        night = None  # "Ночью Министерство обороны России объявило о перехвате …": when it was said
    if night and _AFTER_NIGHT_RE.search(text, max(0, night.start() - 12), night.start()) \
            and not lx.NIGHT.search(text, scan, night.end()):
        night = None  # "Після нічної атаки росіяни повторно запустили 40 дронів": a figure after the night, not of it
    if night is None and ("прошла" in lowered or "пройшла" in lowered or "минула" in lowered):
        night = _NIGHT_PASSED_RE.search(text)  # "Ночь в Курской области прошла неспокойно: сбиты два БПЛА"
    if night:
        if _mentions(lowered, _EARLIER_WORDS) and _DAY_EARLIER_RE.search(text, max(0, night.start() - 24), night.start()):
            return Dating("night", (today - timedelta(days=1)).isoformat())  # "Сутками ранее за ночь …": the night before
        # "во вторник, 23 декабря, сообщили, что за ночь …": that night
        said = _said_on(text, today, anywhere=True, lowered=lowered)
        return Dating("night", (said or today).isoformat())
    if _mentions(lowered, _EARLIER_WORDS) and _DAY_EARLIER_RE.search(text):
        if lx.EVENING.search(text, scan):
            return Dating("night", today.isoformat())  # "Днем ранее в течение вечера …": the evening of the coming night
        return Dating("event", (today - timedelta(days=1)).isoformat())  # "Днем ранее силы ПВО ликвидировали 94 дрона"
    daytime = _DAYTIME_RE.search(text) if ("дн" in lowered or "вдень" in lowered or "за день" in lowered or "удень" in lowered
                                           or "day" in lowered or "afternoon" in lowered) else None
    if daytime and _MINISTRY_SAID_RE.match(text, daytime.end()):
        daytime = None  # "Днем Минобороны РФ сообщило, что … за четыре часа были сбиты 22": when it was said
    if daytime:
        if _eve_in(lowered) and _EVE_DAYTIME_RE.search(text):
            return Dating("day", (today - timedelta(days=1)).isoformat())  # "вчера днем ВСУ выпустили …"
        if claimant == "RU" and daytime.group(0).casefold() in ("during the day", "throughout the day"):
            # "During the day, air defense systems intercepted six HIMARS MLRS rockets": the Defence Ministry's daily
            # summary ("за сутки") as English pages render it
            return Dating("day_total", today.isoformat())
        of = _OF_DATE_RE.match(text, daytime.end())
        day = parse_date(of.group(1), today) if of else None  # "In the morning and afternoon of 23 May, …"
        if day is not None and timedelta(0) <= today - day <= timedelta(days=7):
            return Dating("day", day.isoformat())
        return Dating("day", today.isoformat())  # "Три украинских БПЛА сбили днем над регионами РФ"
    if _eve_in(lowered) and _EVE_SAID_RE.search(text):
        # "Накануне вечером в Минобороны сообщали, что …": the statement of the evening before, not a night
        return Dating("event", (today - timedelta(days=1)).isoformat())
    evening_word = lx.EVENING.search(text, scan)
    if evening_word is not None and (_SAID_BEFORE_RE.search(text, max(0, evening_word.start() - 20), evening_word.start())
                                     or _ministry_spoke(text, scan, evening_word)):
        evening_word = None  # "The Ministry announced in the evening that it had neutralized two drones"
    if evening_word is not None:
        # "за вечер", "вечером": the evening of the day of publication (before noon, of the day before) belongs to the
        # coming night, as a named evening does
        evening = today if published.astimezone(tz).hour >= 12 else today - timedelta(days=1)
        if _eve_in(lowered) and _EVE_EVENING_RE.search(text) \
                or evening_word.group(0).casefold() in ("yesterday evening", "last evening", "the previous evening"):
            evening = today - timedelta(days=1)  # "накануне вечером средства ПВО перехватили 48": the evening before
        return Dating("night", (evening + timedelta(days=1)).isoformat())
    if opened is not None:
        # ("On May 6, the Air Force said that on May 4, …", "6 травня повідомили, що 4 травня …")
        return Dating("event", _told_day(text, lowered, today, opened).isoformat())
    if ("позавч" in lowered or "day before yesterday" in lowered) and _TWO_DAYS_BEFORE_RE.search(text):
        return Dating("event", (today - timedelta(days=2)).isoformat())  # "Позавчера … сбили 20 БПЛА"
    if _eve_in(lowered) and _EVE_RE.search(text):
        return Dating("event", (today - timedelta(days=1)).isoformat())  # "Накануне … уничтожили еще два катера"
    stated = _EVENT_DAY_RE.search(text) if "on" in lowered or "в" in lowered or "у" in lowered or "yesterday" in lowered \
        or "previous" in lowered or "day" in lowered else None
    if stated and _said_day(text, stated):
        # "The ministry announced Wednesday that air defences shot down on Tuesday 54 drones", "said on Monday that …
        # on Sunday": the day of the statement gives way to the day of the event named after it
        later = _EVENT_DAY_RE.search(text, stated.end())
        if later and not later.group("opening") and not _said_day(text, later):
            stated = later
    if stated:
        # "On September 13, a drone … was shot down", "shot down four Ukrainian missiles on Saturday", "On the previous
        # day": an event of a day named, at most a week before publication
        if stated.group("date"):
            day = parse_date(stated.group("date"), today)
        elif stated.group("weekday") or stated.group("said_weekday"):
            day = _weekday_date(stated.group("weekday") or stated.group("said_weekday"), today)
        else:
            day = today - timedelta(days=1)
        if day is not None and stated.group("date"):
            day = _told_day(text, lowered, today, day, stated.end())  # ("On June 9, the Air Force said that on June 7")
        if day is not None and timedelta(0) <= today - day <= timedelta(days=7 if not stated.group("date") else 366):
            return Dating("event", day.isoformat())
    named_day = lx.DATE_RE.search(text) if any(ch.isdigit() for ch in text) else None
    if named_day and _LIKE_BEFORE_RE.search(text, max(0, named_day.start() - 20), named_day.start()):
        named_day = None  # "Как и 5 мая, ракеты выпустили с моря": a day the figure is compared with, not its own
    if named_day:
        # "Ще два дрони-камікадзе було знешкоджено 7 серпня": an event of the day the text names, in the month before
        day = parse_date(named_day.group(0), today)
        if day is not None:
            day = _told_day(text, lowered, today, day, named_day.end())  # ("9 червня повідомили, що 7 червня …")
        if day is not None and timedelta(days=1) <= today - day <= timedelta(days=366):
            return Dating("event", day.isoformat())
    return Dating("event", today.isoformat())


def _said_day(text: str, m: re.Match) -> bool:
    """Whether an `_EVENT_DAY_RE` match is the day of a statement: "announced Wednesday that", "said on Monday"."""
    return bool(m.group("said_weekday") or _SAID_ON_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()))


def _said_on(text: str, today: date, anywhere: bool = False, lowered: str | None = None) -> date | None:
    """The day a text opens with ("27 сентября в Минобороны сообщили …", "1 апреля ведомство заявило …"), or with
    `anywhere` a day named right before a verb of saying ("…, во вторник, 23 декабря, сообщили"), or the day before
    publication for a statement made "накануне" ("Накануне днем Минобороны сообщало, что …"), at most a month
    before publication. `lowered` is the casefolded text, if at hand."""
    opening = _OPENING_DAY_RE.match(text)
    if not anywhere:
        lowered = ""  # (used only for a statement of the day before, below)
    elif lowered is None:
        lowered = text.casefold()
    if opening is None and anywhere and _says(lowered):
        opening = _SAID_DAY_RE.search(text)  # "В пресс-службе Минобороны во вторник, 23 декабря, сообщили, что …"
    said = next((g for g in opening.groups() if g), None) if opening else None
    day = (parse_date(said, today) or _weekday_date(said, today)) if said else None
    if day is not None and timedelta(0) <= today - day <= timedelta(days=31):
        return day
    if _eve_in(lowered) and _EVE_DAY_SAID_RE.search(text) or "yesterday" in lowered and _SAID_YESTERDAY_RE.search(text):
        return today - timedelta(days=1)  # ("… drones overnight, the ministry said yesterday")
    return None


# A moment of the day an event is dated at: "около 12:10 по московскому времени", "at about 8:30 p.m. Moscow time";
# the clock time first, then the word before it.
_CLOCK_RE = re.compile(r"(?<![\w:.])(\d{1,2})(?:[:.](\d{2})(?![\d:.]\d)(?:\s*([ap])\.?m\.?)?|\s*([ap])\.m\.|\s*([ap])m(?!\w))",
                       re.IGNORECASE)  # (and "at about 11 p.m.")
# A clock time followed by who said what: "At about 5 a.m., the Ukrainian Air Force confirmed that …"
_SAID_AFTER_RE = re.compile(r"[^\w,]*,\s+(?:[^\W\d][\w'’-]*\s+){1,4}(?:said|reported|confirmed|announced|stated|wrote)(?!\w)",
                            re.IGNORECASE)
_AT_BEFORE_RE = re.compile(r"(?<![\w:.])(?:около|примерно|приблизительно|в районе|близько|приблизно|в|о|об|at|around|about"
                           r"|approximately)\s+(?:about\s+|around\s+|approximately\s+)?$", re.IGNORECASE)
# A weekday right after a clock time: "at around 2:30 am on Thursday"
_WEEKDAY_AFTER_RE = re.compile(rf"\s+(?:local time\s+|Moscow time\s+|Kyiv time\s+)?on\s+({lx.WEEKDAY_ALT})(?!\w)",
                               re.IGNORECASE)
# A clock time given in GMT or UTC: "At approximately 03:30 GMT"
_GMT_AFTER_RE = re.compile(r"\s*(?:GMT|UTC)(?!\w)")


# A moment given in GMT as four digits, the way wire copy writes it: "at around 0600 GMT".
_GMT_POINT_RE = re.compile(r"(?<![\w:.])([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC)(?!\w)")
# Midnight as the moment of an event: "Около полуночи беспилотник … сбит", "опівночі", "at around midnight" (not "після
# опівночі", the hours after it: an overnight word)
_MIDNIGHT_RE = re.compile(r"(?<!\w)(?:(?:около|примерно в|ближе к|в|at|around|about)\s+(?:about\s+|around\s+)?"
                          r"(?:полуночи|midnight)|(?<!після )опівночі)(?!\w)", re.IGNORECASE)


# A whole hour as the moment of an event: "около 8 утра", "около 13 часов мск", "близько 10 години".
# (the hour in digits or in words: "около семи утра"; in digits with the ending of an ordinal: "близько 10-ї ранку")
_HOUR_RE = re.compile(rf"(?<![\w:.])(?:около|примерно в|примерно|в районе|близько|о)\s+"
                      rf"(\d{{1,2}}|{_HOUR_WORD})(?:-(?:ї|ої|й|ой|го))?\s+"
                      r"(?:(?:часов|часа|час|години|годині)(?:\s+(утра|вечера|дня|ночи|ранку|вечора|ночі))?|(утра|вечера|ранку|вечора))"
                      r"(?:\s+(\d{1,2})\s+(?:хвилин\w*|минут\w*))?"  # ("о 23 годині 47 хвилин")
                      r"(?!\w)", re.IGNORECASE)


# Half an hour before a whole hour, in Russian words: "около половины двенадцатого ночи" (23:30), "в половине
# восьмого утра" (7:30); the hour named is the one the half-hour leads to.
_HALF_ORDINALS = ("первого", "второго", "третьего", "четвертого|четвёртого", "пятого", "шестого", "седьмого", "восьмого",
                  "девятого", "десятого", "одиннадцатого", "двенадцатого")
_HALF_HOUR_RE = re.compile(r"(?<!\w)(?:около|примерно в|в районе|в|после)\s+половин[аеыу]\s+"
                           rf"({'|'.join(_HALF_ORDINALS)})(?:\s+(утра|вечера|дня|ночи))?(?!\w)", re.IGNORECASE)


def _half_hour(m: re.Match) -> tuple[int, int]:
    """(hour, minute) of a `_HALF_HOUR_RE` match: "половины двенадцатого ночи" -> (23, 30)."""
    word = m.group(1).casefold()
    hour = next(i for i, p in enumerate(_HALF_ORDINALS) if word in p.split("|"))  # the hour before the one named
    part = (m.group(2) or "").casefold()
    if part in ("вечера", "дня") and hour < 12 or part == "ночи" and 9 <= hour < 12:
        hour += 12
    return hour, 30


# An ordinal adverb of times right before a period ("втретє за тиждень", "вп'яте за два тижні", "в третий раз за неделю",
# "for the third time in a week"): how often something came in the period, not a total over it
_ORDINAL_TIME_BEFORE_RE = re.compile(r"(?<!\w)(?:вдруге|втретє|вчетверте|вп['’ʼ]?яте|вшосте|всьоме|ввосьме|вдев['’ʼ]?яте|"
                                     r"вдесяте|вкотре|(?:в|во|у)\s+(?:\d+-?(?:й|ий|ій)|\w+(?:ий|ій|ой|ый))\s+(?:раз|разу)|"
                                     r"(?:for\s+)?the\s+\w+\s+time)\s*$", re.IGNORECASE)


# A span of hours with one end stated: "in the three-hour period starting at 8 p.m.", "a three-hour period ending 11 p.m."
_HOURS_PERIOD_RE = re.compile(r"(?<!\w)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]hours?"
                              r"\s+period(?:\s+(ending|until|up to)(?:\s+at)?\s+)?", re.IGNORECASE)


def _hours_period(text: str, start: datetime | None, end: datetime | None, reference: datetime, tz: ZoneInfo
                  ) -> tuple[datetime | None, datetime | None]:
    """A window's other end from the span of hours it is said to last."""
    m = _HOURS_PERIOD_RE.search(text)
    if m is None:
        return start, end
    hours = int(m.group(1)) if m.group(1).isdigit() else lx.number_word_value(m.group(1))
    if not hours or hours > 24:
        return start, end
    if m.group(2) and start is None and end is None:
        clock = _CLOCK_RE.match(text, m.end())
        end = _point_time(clock, reference, tz) if clock else None
        return (end - timedelta(hours=hours), end) if end is not None else (None, None)
    if start is not None and end is None:
        return start, start + timedelta(hours=hours)
    return start, end


def _point(text: str) -> re.Match | None:
    """The first clock time an event is said to have happened at, or None: not the time a statement was made at
    ("сообщил в 07:15 Telegram-канал")."""
    for m in _CLOCK_RE.finditer(text):
        at = _AT_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if at is not None:
            said = _SAID_AT_RE.search(text, max(0, at.start() - 30), at.start()) or _SAID_AFTER_RE.match(text, m.end())
            return None if said else m
    if "GMT" in text or "UTC" in text:
        for m in _GMT_POINT_RE.finditer(text):
            at = _AT_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            if at is not None and not _SAID_AT_RE.search(text, max(0, at.start() - 30), at.start()):
                return m  # "around 0500 GMT"
    if "полуноч" in text or "опівноч" in text or "idnight" in text:
        return _MIDNIGHT_RE.search(text)
    if "половин" in text:
        half = _HALF_HOUR_RE.search(text)
        if half is not None:
            return half
    # (and in Ukrainian, "близько 10 ранку", "о 11 вечора")
    return _HOUR_RE.search(text) if "час" in text or "утра" in text or "вечера" in text or "годин" in text \
        or "ранку" in text or "вечора" in text else None


# A weekday, with the part of its day, right before a clock time: "В понедельник, около 20:15", "On Monday evening, at
# around 8:15 p.m."
_WEEKDAY_CLOCK_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:в|во|у|on)\s+({lx.WEEKDAY_ALT})(?:\s+(?:вечером|утром|днем|днём|ночью|ввечері|увечері|вранці|зранку|"
    r"вдень|вночі|evening|morning|afternoon|night))?\s*,?\s+(?:(?:около|примерно|приблизительно|близько|приблизно|в|о|об|"
    r"at|around|about|approximately)\s+){0,2}$", re.IGNORECASE)


def _evening_named(lowered: str) -> bool:
    """Whether a casefolded text has a word for the evening ("вечером", "ввечері", "evening")."""
    return "вечер" in lowered or "вечір" in lowered or "вечор" in lowered or "evening" in lowered


def _point_time(m: re.Match, reference: datetime, tz: tzinfo) -> datetime | None:
    """The last moment at a matched clock time at or before `reference`, or None for no clock time."""
    if m.re is _MIDNIGHT_RE:
        hour = minute = 0
    elif m.re is _HALF_HOUR_RE:
        hour, minute = _half_hour(m)
    elif m.re is _HOUR_RE:
        named_hour = _hour_of(m.group(1))
        minute, part = int(m.group(4) or 0), (m.group(2) or m.group(3) or "").casefold()
        if named_hour is None:
            return None
        hour = named_hour
        if part in ("вечера", "вечора", "дня") and hour < 12 or part in ("ночи", "ночі") and 9 <= hour < 12:
            hour += 12
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.re is _GMT_POINT_RE or _GMT_AFTER_RE.match(m.string, m.end()):
            tz = UTC
    half = (m.group(3) or m.group(4) or m.group(5)) if m.re is _CLOCK_RE else None
    if half:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    local = reference.astimezone(tz)
    named = lx.DATE_RE.search(m.string, max(0, m.start() - 30), m.start())
    if named is None:
        named = lx.DATE_RE.search(m.string, m.end(), m.end() + 20)  # "Близько 19:40 21 березня", "at 20:00 on April 9"
        named = named if named and m.string[m.end():named.start()].strip(" ,").casefold() in ("", "on") else None
    day = parse_date(named.group(0), local.date()) if named else None
    if day is None and m.re is _CLOCK_RE:
        weekday = _WEEKDAY_AFTER_RE.match(m.string, m.end()) \
            or _WEEKDAY_CLOCK_BEFORE_RE.search(m.string, max(0, m.start() - 50), m.start())
        # "at around 2:30 am on Thursday", "В понедельник, около 20:15", "On Monday evening, at around 8:15 p.m."
        day = _weekday_date(weekday.group(1), local.date()) if weekday else None
    if day is not None:
        return _at(day, (hour, minute), tz)  # "Вчера, 23 января, около 21:40": the moment of the day named
    moment = _at(local.date(), (hour, minute), tz)
    return moment if moment <= local else moment - timedelta(days=1)


# The daytime of the day of publication: "сбили днем", "вдень".
# ("Днем ранее" is dated by `_DAY_EARLIER_RE` before this is tried.)
_DAYTIME_RE = re.compile(r"(?<!\w)(?:днем|днём|вдень|удень|в дневное время|в течение дня|протягом дня|during the day(?! on)|"
                         r"in the daytime|(?:in the )?morning and (?:the |in the )?afternoon|"
                         r"(?:in the|this) afternoon(?! of)|во второй половине дня|у другій половині дня|в первой половине дня|"
                         r"у першій половині дня|in the first half of (?:the day|\w+day)|в течение (?:первой|второй) половины дня|"
                         r"протягом (?:першої|другої) половини дня|впродовж дня|упродовж дня|на протяжении дня|throughout the day|"
                         r"за день(?!\s+(?:до|ранее|раньше|раніше|\d)))(?!\w)",
                         re.IGNORECASE)
# The day before publication, counted back: "Днем ранее", "днём раньше", "Сутками ранее".
_DAY_EARLIER_RE = re.compile(r"(?<!\w)(?:дн[её]м|за день|сутками|добою) (?:ранее|раньше|раніше)(?!\w)", re.IGNORECASE)
_EARLIER_WORDS = ("ранее", "раньше", "раніше")  # (one is in every match of `_DAY_EARLIER_RE`)
# The day before the day before publication: "позавчера", "позавчора", "the day before yesterday".
_TWO_DAYS_BEFORE_RE = re.compile(r"(?<!\w)(?:позавчера|позавчора|the day before yesterday)(?!\w)", re.IGNORECASE)
# The day before publication, named: "Накануне", "напередодні", "вчера", "вчора".
_EVE_WORDS = ("накануне", "напередодні", "вчера", "вчора")
_EVE = rf"(?<!\w)(?:{'|'.join(_EVE_WORDS)})"
_EVE_RE = re.compile(rf"{_EVE}(?!\w)", re.IGNORECASE)
# The end of a window whose start is a day or an evening named in words: "накануне до 23:00", "Со вчерашнего вечера до
# 7:40 сегодняшнего дня", "з учорашнього вечора до 06:00".
_UNTIL_RE = re.compile(rf"(?:{_EVE}|(?<!\w)(?:со|с|з|із)\s+(?:вчерашнего|учорашнього|вчорашнього)\s+(?:вечера|вечора|дня))"
                       r"\s+до\s+(?=\d)", re.IGNORECASE)
# A whole-day summary of the day before publication: "за вчерашний день", "протягом учорашнього дня"
_YESTERDAY_WHOLE_RE = re.compile(r"вчерашн|вчорашн|учорашн", re.IGNORECASE)
_EVE_DAYTIME_RE = re.compile(rf"{_EVE}\s+(?:днем|днём|вдень|удень)(?!\w)", re.IGNORECASE)  # "вчера днем ВСУ выпустили …"
_EVE_CLOCK_RE = re.compile(rf"{_EVE}\s+(?:с|з|в|о|около|близько|до)\s+\d", re.IGNORECASE)  # "Накануне с 20:00 до 23:00 мск"
# Verbs of saying (Cyrillic and English) that make a day or a night named beside them the time of a statement
_SAID_CYRILLIC = r"сообщил\w*|сообщали|заявил\w*|повідомил\w*|повідомляли|заявляли"
_SAID_ENGLISH = r"said|reported|announced|stated|claimed"
# The Ministry as the subject of a statement right after a named evening, night or day: "Вечером 11 мая Минобороны РФ
# сообщило …", "Ночью Министерство обороны России объявило …", "Днем 28 января пресс-служба Минобороны проинформировала …"
_MINISTRY_SAID_RE = re.compile(rf",?\s*(?:(?:{lx.WEEKDAY_ALT})(?!\w)\s*,?\s*)?(?:{lx.DAY_MONTH_TEXT}\s*,?\s*)?(?:в\s+)?(?:пресс-служб[аеы]\s+)?"
                               r"(?:Минобороны|Міноборони|МО|Министерств[оа] обороны|Міністерств[оа] оборони)"
                               r"(?:\s+(?:РФ|России|Росії))?\s+"  # ("Увечері неділі, 24 вересня, міністерство оборони Росії заявило")
                               r"(?:сообщ\w*|заявил\w*|объявил\w*|рапортовал\w*|отчитал\w*|(?:про)?информировал\w*|повідомил\w*)(?!\w)",
                               re.IGNORECASE)
# The same in English, after an evening that no verb of the figures comes before ("overnight, the Defense Ministry
# said" and "shot down … on Sunday night, the Ministry said" still name the night): "On Thursday evening, the Defense
# Ministry already reported two downed drones"
_MINISTRY_SAID_EVENING_RE = re.compile(r",?\s*(?:the\s+(?:Russian\s+)?|(?:Moscow|Russia)['’]s\s+)"
                                       r"(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|ministry|MoD)"
                                       rf"\s+(?:(?:already|also|had)\s+)?(?:{_SAID_ENGLISH})(?!\w)",
                                       re.IGNORECASE)
# A verb of saying right before an evening not named by its date: "The Ministry announced in the evening …", when it
# was said
_SAID_BEFORE_RE = re.compile(rf"(?:{_SAID_ENGLISH}|сообщил\w*|сообщали|заявил\w*|повідомил\w*)\s+$", re.IGNORECASE)
_SAID_RIGHT_AFTER_RE = re.compile(rf",?\s*(?:{_SAID_CYRILLIC}|объявил\w*|{_SAID_ENGLISH})(?!\w)", re.IGNORECASE)
_SAID_EARLY_RE = re.compile(rf"(?:{_SAID_ENGLISH}|wrote|posted|issued|published)(?:\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}})?"
                            r"\s+$", re.IGNORECASE)  # (also "wrote on the Telegram messaging app early Friday", "The
# statement, issued late on Friday, said …")
_SAID_AT_RE = re.compile(r"(?:сообщ|заяв|повідом|said|report|announc|post|stated)\w*\s*$", re.IGNORECASE)
# Two days named as one span: "between Wednesday and Thursday".
_BETWEEN_DAYS_RE = re.compile(rf"(?<!\w)between\s+(?:{lx.WEEKDAY_ALT})\s+and\s+({lx.WEEKDAY_ALT})(?!\w)",
                              re.IGNORECASE)
# A summary named by its weekday: "в пятничной сводке", "у суботньому зведенні", "in its Friday summary"
_WEEKDAY_ADJECTIVES = (("понедельничн", "понеділков", "monday"), ("вторничн", "вівторков", "tuesday"),
                       ("средов", "середов", "wednesday"), ("четвергов", "четвергов", "thursday"),
                       ("пятничн", "п[’'ʼ]?ятничн", "friday"), ("субботн", "суботн", "saturday"),
                       ("воскресн", "недільн", "sunday"))
_WEEKDAY_SUMMARY_RE = re.compile(
    r"(?<!\w)(?:(" + "|".join(rf"{ru}|{uk}" for ru, uk, _ in _WEEKDAY_ADJECTIVES) + r")\w*\s+(?:[^\W\d]+\s+)?"
    r"(?:сводк|зведенн|брифинг|брифінг|бюллетен|бюлетен)\w*|(" + "|".join(en for _, _, en in _WEEKDAY_ADJECTIVES)
    + r")(?:['’]s)?\s+(?:daily\s+)?(?:summary|bulletin|briefing|update))(?!\w)", re.IGNORECASE)
# Each weekday's stems, to tell which day a matched word names
_WEEKDAY_STEMS = [re.compile("|".join(names)) for names in _WEEKDAY_ADJECTIVES]


def _weekday_summary(text: str, today: date) -> date | None:
    """The day of a summary named by its weekday ("Минобороны в пятничной сводке сообщило …"), at most a week back."""
    m = _WEEKDAY_SUMMARY_RE.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).casefold()
    weekday = next(i for i, stems in enumerate(_WEEKDAY_STEMS) if stems.match(word))
    return today - timedelta(days=(today.weekday() - weekday) % 7)


# Yesterday and today together: "за вчерашний и сегодняшний день", "за вчора і сьогодні", "over yesterday and today"
_YESTERDAY_AND_TODAY_RE = re.compile(
    r"(?<!\w)(?:за\s+(?:вчерашний|вчера)\s*(?:\([^()]{1,20}\)\s*)?и\s+(?:неполный\s+|текущий\s+)?(?:сегодняшний|сегодня)"
    r"|за\s+(?:вчорашній|вчора)\s*(?:\([^()]{1,20}\)\s*)?(?:і|та)\s+(?:неповний\s+)?(?:сьогоднішній|сьогодні)"
    r"|(?:over|during|in)\s+(?:the\s+course\s+of\s+)?yesterday\s+and\s+today)(?!\w)", re.IGNORECASE)
# The day a part of the day is of: "in the morning and afternoon of 23 December"
_OF_DATE_RE = re.compile(rf"\s+of\s+({lx.DATE_TEXT})", re.IGNORECASE)
# A window's end said as the morning, with no clock time: "between midnight and the early morning", "до утра"
_TO_MORNING_RE = re.compile(r"\s*(?:,\s*)?(?:and|to|until|till|до|по)\s+(?:the\s+)?(?:early\s+)?(?:morning|утра|ранку)(?!\w)",
                            re.IGNORECASE)
# A night the figure follows ("Після нічної атаки", "после ночной атаки", "after the overnight attack")
_AFTER_NIGHT_RE = re.compile(r"(?<!\w)(?:після|после|after)\s+(?:the\s+)?$", re.IGNORECASE)
# A night that "passed" somewhere: "Ночь в Брянской области прошла спокойно", "Ніч на Харківщині минула тривожно"
_NIGHT_PASSED_RE = re.compile(r"(?<!\w)(?:ночь|ніч)\s+(?:[^\W\d]+\s+){0,4}(?:прошла|пройшла|минула)(?!\w)",
                              re.IGNORECASE)
# A day named as the one a figure is like: "Как и 21 марта, …", "Як і 3 травня", "As on 5 May"
_LIKE_BEFORE_RE = re.compile(r"(?<!\w)(?:как и|як і|так само як|as on|like on)\s+$", re.IGNORECASE)
# The night before the one a page reports.
_PREVIOUS_NIGHT_RE = re.compile(r"(?<!\w)(?:предыдущей ночью|в предыдущую ночь|попередньої ночі)(?!\w)", re.IGNORECASE)
# A day a text opens with: "27 сентября в …", "12 березня у …".
_OPENING_DAY_RE = re.compile(rf"\W*(?:(?:утром|днем|днём|вечером|вранці|зранку|ввечері)\s+)?({lx.DAY_MONTH_TEXT})(?=,?\s+[^\W\d])"
                             rf"|\W*On\s+({lx.WEEKDAY_ALT}),"  # "On Saturday, the Ministry reported …"
                             rf"|\W*On\s+({lx.DATE_TEXT}),(?=\s+(?:the|its|Russia|Russian)\W)",  # "On June 29, the Ministry said …"
                             re.IGNORECASE)
# The day a statement names after "that" for its figures: "… said that on May 4, …", "повідомили, що 4 травня …"
_THAT_DAY_RE = re.compile(rf"(?<!\w)(?:that|що|что),?\s+(?:on\s+)?({lx.DATE_TEXT})", re.IGNORECASE)


def _told_day(text: str, lowered: str, today: date, said: date, pos: int = 0) -> date:
    """The day of a statement's figures: the day it names after "that" (from `pos` on) when that lies up to a month
    before the day it was made on (`said`), else `said`."""
    if not ("that" in lowered or "що" in lowered or "что" in lowered):
        return said
    then = _THAT_DAY_RE.search(text, pos)
    told = parse_date(then.group(1), today) if then else None
    return told if told is not None and timedelta(0) < said - told <= timedelta(days=31) else said
# The evening before publication, named ("накануне вечером"), and a statement made then ("Накануне вечером в
# Минобороны сообщали, что …").
_EVE_EVENING = rf"{_EVE}\s+(?:вечером|ввечері|увечері)"
_EVE_EVENING_RE = re.compile(rf"{_EVE_EVENING}(?!\w)", re.IGNORECASE)
_EVE_SAID_RE = re.compile(rf"{_EVE_EVENING}\s*,?\s+(?:в\s+)?(?:[^\W\d]+\s+){{0,2}}"
                          r"(?:сообщал\w*|сообщил\w*|заявил\w*|заявлял\w*|повідомил\w*|повідомляли)(?!\w)", re.IGNORECASE)
# A statement of the day before publication about a night ("Накануне днем Минобороны сообщало, что за ночь …").
_EVE_DAY_SAID_RE = re.compile(rf"{_EVE}\s+(?:(?:днем|днём|утром|вдень|удень|вранці|зранку)\s*,?\s+)?(?:в\s+)?"
                              r"(?:[^\W\d]+\s+){0,2}(?:сообщал\w*|сообщил\w*|заявил\w*|заявлял\w*|повідомил\w*|"
                              r"повідомляли|рассказал\w*|розповіл\w*)(?!\w)", re.IGNORECASE)
# A day named right before a verb of saying: the day of the statement.
_SAID_DAY_RE = re.compile(rf"({lx.DAY_MONTH_TEXT}),?\s+(?:в\s+[^\W\d]+\s+)?(?:{_SAID_CYRILLIC})(?!\w)"
                          rf"|(?<!\w)(?:{_SAID_ENGLISH})\s+on\s+((?:{lx.DATE_TEXT}))(?!,?\s+\d{{4}})"
                          rf"|(?<!\w)(?:{_SAID_ENGLISH})\s+(?:on\s+)?((?:{lx.WEEKDAY_ALT}))(?!\w)"
                          r"(?!\s+(?:morning|night|evening|afternoon))"
                          rf"|(?<!\w)On\s+((?:{lx.DATE_TEXT})),\s+(?:[^\W\d][\w'’-]*\s+){{1,4}}(?:{_SAID_ENGLISH})(?!\w)",
                          re.IGNORECASE)  # "… reported on September 15 that …", "… said on Sunday", "On June 12, the
# ministry said …"
# A verb of saying right before "on" and a day: "said on Wednesday", "announced on 12 May"
_SAID_ON_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_SAID_ENGLISH})\s+$", re.IGNORECASE)
_SAID_YESTERDAY_RE = re.compile(rf"(?<!\w)(?:{_SAID_ENGLISH})\s+yesterday(?!\w)", re.IGNORECASE)
# The casefolded starts of the verbs `_SAID_DAY_RE` needs (`_SAID_CYRILLIC`, `_SAID_ENGLISH`); with "ı" and the dot
# that "İ" casefolds to (U+0307), which that expression may read as the "i" of "said" or "claimed".
_SAID_DAY_WORDS = ("сообщ", "заяв", "повідом", "said", "reported", "announced", "stated", "claimed", "ı", "\u0307")


def _says(lowered: str) -> bool:
    """Whether a casefolded text may have a verb of saying of `_SAID_DAY_RE` (without one it cannot match)."""
    return any(map(lowered.__contains__, _SAID_DAY_WORDS))


def _verb_before(scan: lx.Scan | None, pos: int) -> bool:
    """Whether a verb of the figures (launching, shooting down, hitting …) comes before `pos`: a time named after it is
    the figures' own, not the time of a statement."""
    return scan is not None and any(v[0] < pos for v in scan.metrics)


def _ministry_spoke(text: str, scan: lx.Scan | None, evening: re.Match) -> bool:
    """Whether an evening (or a day) is the time the Ministry spoke at, named right after it ("Вечером 11 мая
    Минобороны РФ сообщило …", "On Thursday evening, the Defense Ministry already reported …"); in English only when no
    verb of the figures comes before it."""
    return bool(_MINISTRY_SAID_RE.match(text, evening.end())
                or _MINISTRY_SAID_EVENING_RE.match(text, evening.end()) and not _verb_before(scan, evening.start()))


def _eve_in(lowered: str) -> bool:
    """Whether a lowered text has a word for the day before publication (`_EVE_WORDS`)."""
    return any(map(lowered.__contains__, _EVE_WORDS))


# A day named for an event: "On September 13", "on Saturday", "On the previous day".
_EVENT_DAY_RE = re.compile(rf"(?<!\w)(?:on|во|в|у)\s+(?:(?P<date>{lx.DATE_TEXT})|(?P<weekday>{lx.WEEKDAY_ALT})(?!\w)"
                           rf"(?!\s+(?:morning|night|evening|вечером|ночью|ввечері|вночі))"
                           rf"|(?P<previous>the\s+previous\s+day))|(?<!\w)(?P<yesterday>yesterday)(?!\w)"
                           # "announced Sunday that …", "said Monday it had downed …": a weekday without "on" right
                           # after a verb of saying that opens what was said
                           rf"|(?:(?<=said)|(?<=announced)|(?<=reported)|(?<=claimed)|(?<=stated))\s+"
                           rf"(?P<said_weekday>{lx.WEEKDAY_ALT})(?=\s+(?:that|it|its)\s)"
                           r"|(?:^|[.!?]\s+)\W*(?P<opening>the\s+previous\s+day),", re.IGNORECASE)  # ("The previous day, Russia said …")
# The date right after "за добу", "за сутки": "за добу 9.06", "за сутки 12 мая".
# (a weekday may come first: "over the course of Saturday, 6 May")
_DAY_AFTER_RE = re.compile(rf"\s*(?:,\s*)?(?:(?:{lx.WEEKDAY_ALT}),?\s+)?({NUMERIC_DATE}|{lx.DAY_MONTH_TEXT})", re.IGNORECASE)


def _status(text: str, scan: lx.Scan | None, lowered: str) -> re.Match | None:
    """The first status time of a text ("станом на 09:00")."""
    if len(lowered) != len(text):
        return _STATUS.search(text, scan)  # casefolding changed the length: positions differ
    found = None
    first = len(lowered)  # where the status time found begins: only one that begins before it can come first
    for needle in _STATUS_NEEDLES:
        end = first + len(needle) - 1
        at = lowered.find(needle, 0, end)
        while at >= 0:
            # ("на " counts only before a digit: "на 09.30")
            if (needle != "на " or _ON_DIGIT_RE.match(lowered, at)) and (m := STATUS_RE.match(text, at)):
                found, first = m, at
                break
            at = lowered.find(needle, at + 1, end)
    return found


# A page may be stamped a few minutes before the status time it prints ("Станом на 09:00" at 08:48).
_STATUS_GRACE = timedelta(minutes=20)


def _stamped(text: str, scan: lx.Scan | None, published: datetime, tz: ZoneInfo,
             start: datetime | None, lowered: str) -> tuple[datetime | None, datetime | None]:
    """A window's end from a date stamp ("18.05.2023 (07.00)", "17.05 (21.00) – 18.05 (05.30)") or a status
    time ("станом на 09:00"), for a text that states no other end -> (start, end); the start as given
    unless the stamp is a range."""
    today = published.astimezone(tz).date()
    if "(" in text and _STAMP_TIME_RE.search(text):
        m = STAMP_RE.search(text)
        if m:
            first = _numeric_date(m.group("de"), m.group("me"), m.group("ye"), today)
            hm = (int(m.group("he")), int(m.group("mie")))
            if first is not None and hm[0] <= 24 and hm[1] <= 59:
                if m.group("df") is None:
                    return start, _at(first, hm, tz)
                second = _numeric_date(m.group("df"), m.group("mf"), m.group("yf"), today)
                hm2 = (int(m.group("hf")), int(m.group("mif")))
                if second is not None and hm2[0] <= 24 and hm2[1] <= 59:
                    return _at(first, hm, tz), _at(second, hm2, tz)
    status = _status(text, scan, lowered)
    if status is None:
        return start, None
    status_hm = _clock(status, "t")
    if status_hm is None:
        return start, None
    # (a date needs digits: without one close after the time, none is tried)
    stated = STATUS_DATE_RE.match(text, status.end()) if _DIGIT_RE.search(text, status.end(), status.end() + 30) else None
    day = parse_date(stated.group("datet"), today) if stated else None
    end = _at(day, status_hm, tz) if day else _latest(status_hm, published + _STATUS_GRACE, tz)
    if start is not None and end <= start:
        return start, None
    return start, end


def summary_blocks(text: str, published_at: str, claimant: str, scan: lx.Scan | None = None
                   ) -> list[tuple[int, int, Dating]]:
    """Summary sentences that state their own window or date ("Всего за ночь …", "Всего, начиная с 20.00 мск
    28 апреля до 06.00 мск 29 апреля …", "Загалом за добу 9.06 …") -> (start, end, their dating)."""
    blocks = []
    for m in _SUMMARY.finditer(text, scan):
        start = m.start()
        before = text[max(0, start - 3):start].rstrip(_OPENING_MARKS)
        if before and before[-1] not in ".!?\n:;":
            continue  # the word must open its sentence
        end = _sentence_end(text, m.end())
        block = text[start:end]
        if lx.CUMULATIVE_RE.search(block) or lx.YEAR_TO_DATE_RE.search(block) or not _has_time(block):
            continue
        blocks.append((start, end, date_report(block, published_at, claimant)))
    return blocks


# A part of a figure that is the night's, in a text whose figure is not: "downed 250 drones over the past day,
# including 12 targeting the Moscow region overnight"
_NIGHT_PART_RE = re.compile(r"(?<!\w)(?:including|в том числе|у тому числі)\s+\d[^.;,]{0,60}?(?<!\w)"
                            r"(?:overnight|за ночь|ночью|вночі|уночі|за ніч)(?!\w)", re.IGNORECASE)


def may_have_night_part(lowered: str) -> bool:
    """Whether a casefolded text has the words of a part with a night of its own (`_NIGHT_PART_RE`)."""
    return ("including" in lowered or "в том числе" in lowered or "у тому числі" in lowered) and (
        "overnight" in lowered or "ноч" in lowered or "ніч" in lowered)


def night_parts(text: str, published_at: str, claimant: str) -> list[tuple[int, int, Dating]]:
    """Parts of a figure with a night of their own (`_NIGHT_PART_RE`), where the rest of the text names no night ->
    (start, end, their dating)."""
    parts = []
    for m in _NIGHT_PART_RE.finditer(text):
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if not lx.NIGHT_RE.search(rest) and not lx.NAMED_NIGHT_RE.search(rest):
            parts.append((m.start(), m.end(), date_report(m.group(0), published_at, claimant)))
    return parts


# A figure added to another in a clause of its own, with a time of its own: "69 drones were shot down …, in addition to
# 81 intercepted the previous evening", "downed 72 drones, while 14 others were stopped overnight in the Kursk region"
_OWN_TIME_PART_RE = re.compile(r"(?<!\w)(?:in addition to|while)\s+(?:the\s+)?(?:\d|(?:one|two|three|four|five|six|seven|"
                               r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?!\w))[^.;,]{0,80}",
                               re.IGNORECASE)


def _stated_time(span: str) -> bool:
    """Whether a span states a window or a date of its own, an evening or a day of an event ("on Friday")."""
    return _has_time(span) or bool(lx.EVENING_RE.search(span) or _EVENT_DAY_RE.search(span))


def may_have_own_time_part(lowered: str) -> bool:
    """Whether a casefolded text has the words of a figure added with a time of its own (`_OWN_TIME_PART_RE`)."""
    return "in addition to" in lowered or "while " in lowered


def own_time_parts(text: str, published_at: str, claimant: str) -> list[tuple[int, int, Dating]]:
    """Figures added in a clause with a time of their own (`_OWN_TIME_PART_RE`), where the rest of the text states no
    time -> (start, end, their dating)."""
    parts = []
    for m in _OWN_TIME_PART_RE.finditer(text):
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if _stated_time(m.group(0)) and not _stated_time(rest):
            parts.append((m.start(), m.end(), date_report(m.group(0), published_at, claimant)))
    return parts


def may_have_timed_sentences(lowered: str) -> bool:
    """Whether a casefolded text has the words of a day's total and of a night (`timed_sentences`)."""
    return ("сутк" in lowered or "добу" in lowered or "доби" in lowered) and ("ноч" in lowered or "ніч" in lowered)


def may_have_own_times(lowered: str) -> bool:
    """Whether a casefolded Russian text has the words of two times (`timed_sentences` with `any_kind`: "В течение дня
    … сбиты 356 беспилотников. Ранее … минувшей ночью … 68"), or of a night and a sentence that opens with its own day
    ("В ночь на 24 февраля … сбиты четыре БПЛА. 25 февраля …"), or of two clock times ("at about 20:30 … At about
    22:20 …", "около 13:20 мск … Ещё один … около 16:00 мск")."""
    return sum(map(lowered.__contains__, ("ноч", "сутк", "днем", "днём", "вечер", "период", "течение дня"))) >= 2 \
        or "ноч" in lowered and _DATED_SENTENCE_RE.search(lowered) is not None \
        or lowered.count("at about ") + lowered.count("at around ") + lowered.count("at approximately ") >= 2 \
        or _moscow_times_apart(lowered)


def _moscow_times_apart(lowered: str) -> bool:
    """Whether "мск" stands in two sentences of a casefolded text (not only at both ends of one window, "с 20.00 мск
    … до 7.00 мск", as in the Ministry's every bulletin)."""
    first, last = lowered.find("мск"), lowered.rfind("мск")
    return first != last and (lowered.find(". ", first, last) >= 0 or lowered.find(".\n", first, last) >= 0)


# A sentence that opens with its own day, a part of the day at most before it: "25 февраля средства ПВО перехватили …",
# "Утром 25 февраля …" (the day and month at the text's start, or after a stop)
_DATED_OPENING = rf"(?:(?:утром|днем|днём|вечером)\s+)?{lx.DAY_MONTH_TEXT}(?=,?\s+[^\W\d])"
_DATED_SENTENCE_RE = re.compile(rf"[.!?]\s+{_DATED_OPENING}", re.IGNORECASE)
_DATED_OPENING_RE = re.compile(rf"\s*{_DATED_OPENING}", re.IGNORECASE)


# Words that name a night by its date, for a cheap look before `named_night_sentences`
_NAMED_NIGHT_WORDS = ("overnight on", "overnight into", "night of", "night to", "night into")  # (each has "night")


def may_have_named_nights(lowered: str) -> bool:
    """Whether a casefolded text may name two nights by their dates (`named_night_sentences`)."""
    named = lowered.count("ніч на") + lowered.count("ночь на")
    return named + sum(map(lowered.count, _NAMED_NIGHT_WORDS)) >= 2 if "night" in lowered else named >= 2


def named_night_sentences(text: str, published_at: str, claimant: str, figure_starts: list[int]
                          ) -> list[tuple[int, int, Dating]]:
    """Sentences with figures that each name a night of another date ("Overnight on October 21, Russia launched 60
    drones. Overnight on October 22, it attacked with 81 drones") -> (start, end, the dating of each) from each such
    sentence to the next (the first from the text's start)."""
    starts = [0, *(a for a, b in _sentences(text) if a and lx.NAMED_NIGHT_RE.search(text, a, b))]
    if len(starts) < 2:
        return []
    blocks = [(a, b, date_report(text[a:b], published_at, claimant))
              for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if any(a <= f < b for f in figure_starts)]
    nights = [d for _, _, d in blocks]
    if len(blocks) < 2 or any(d.window_kind != "night" for d in nights) or len({d.date for d in nights}) < len(nights):
        return []
    return blocks


def timed_sentences(text: str, published_at: str, claimant: str, figure_starts: list[int], any_kind: bool = False
                    ) -> list[tuple[int, int, Dating]]:
    """Sentences with figures that state each a time of its own, a day's total and a night ("За сутки сбиты 366
    беспилотников. В ночь на 16 декабря сбиты 116 беспилотников, …"), or with `any_kind` any two times (the Defence
    Ministry's "…уничтожены в период с 13:00 до 17:00 мск 26 декабря. … Ранее … ночью 26 декабря нейтрализовали 77"),
    when their datings differ -> (start, end, the dating of each) from each such sentence to the next (the first from
    the text's start)."""
    starts = [0, *(a for a, b in _sentences(text) if a and (_has_time(text[a:b]) or any_kind and (
        _DATED_OPENING_RE.match(text, a, b) or _point(text[a:b]) is not None)))]
    if len(starts) < 2:
        return []
    # (a sentence of a time with no figure after it before the next such sentence dates the figures before it:
    # "… сбиты 21 БПЛА. Военные отражали атаки в период с 23:00 до 07:00 мск")
    spans = [(a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    kept: list[list[int]] = []
    for a, b in spans:
        if kept and not any(a <= f < b for f in figure_starts):
            kept[-1][1] = b
        else:
            kept.append([a, b])
    blocks = [(a, b, date_report(text[a:b], published_at, claimant)) for a, b in kept
              if any(a <= f < b for f in figure_starts)]
    # (with `any_kind`, two clock times of one night differ too: "At about 20:30 … over the Kursk region. At about
    # 22:20 … another over the Bryansk region")
    if len(blocks) < 2 or len({(d.window_kind, d.date, any_kind and d.window_start) for _, _, d in blocks}) < 2 \
            or not any_kind and not any(d.window_kind == "day_total" for _, _, d in blocks):
        return []
    return blocks


# A sentence of a named day's figures: "Днем в четверг над страной сбили 48 дронов" after a sentence of the night's
# (a sentence ends at a stop before a capital or the end, not at the dot of "23.00")
_SENTENCE_RE = re.compile(r"(?:[^.!?]|[.!?](?!\s+[A-ZА-ЯЁІЇЄҐ«\"]|\s*$))+(?:[.!?]+|$)")
_DAY_WORDS = ("днем", "днём", "вдень", "удень", "протягом дня", "впродовж дня", "в течение дня", "during the day",
              "in the daytime", "afternoon")


def may_have_named_day_part(lowered: str) -> bool:
    """Whether a casefolded text has the words of a named day beside those of a night (`named_day_parts`)."""
    return any(map(lowered.__contains__, _DAY_WORDS)) and ("ноч" in lowered or "ніч" in lowered or "night" in lowered)


def named_day_parts(text: str, published_at: str, claimant: str) -> list[tuple[int, int, Dating]]:
    """Sentences that name a day of their own and no night, in a text whose other sentences name a night ("В ночь на
    четверг … сбили 141 беспилотник. Днем в четверг … сбили 48") -> (start, end, their dating)."""
    parts = []
    for m in _SENTENCE_RE.finditer(text):
        sentence = m.group(0)
        if not lx.NAMED_DAY_RE.search(sentence) or lx.NIGHT_RE.search(sentence) or lx.NAMED_NIGHT_RE.search(sentence):
            continue
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if lx.NAMED_NIGHT_RE.search(rest) or lx.NIGHT_RE.search(rest):
            parts.append((m.start(), m.end(), date_report(sentence, published_at, claimant)))
    return parts


# Days listed with their counts after a dash: "2 января — 435 единиц, при этом 31 декабря — 371", "on 3 May – 40, on
# 4 May – 52": each count is of its own day
_DAY_PART_RE = re.compile(rf"(?<!\w)({lx.DAY_MONTH_TEXT})\s*[—–]\s*(?=\d)", re.IGNORECASE)


# A dash before a count, as `_DAY_PART_RE` has after each day listed.
_DASH_COUNT_RE = re.compile(r"[—–]\s*\d")


def may_have_day_parts(text: str) -> bool:
    """Whether a text has the dashes of at least two days listed with their counts (`_DAY_PART_RE`): two dashes, each
    before a count (not those of lists: "▫️ 176 – над территорией Ростовской области")."""
    return text.count("—") + text.count("–") >= 2 and len(_DASH_COUNT_RE.findall(text)) >= 2


def day_parts(text: str, published_at: str, claimant: str) -> list[tuple[int, int, Dating]]:
    """Days listed with their counts, two or more (`_DAY_PART_RE`) -> (start, end, an event of the day) each, to the
    next day listed or the end of the sentence."""
    found = list(_DAY_PART_RE.finditer(text))
    if len(found) < 2:
        return []
    today = _local(published_at, claimant)[2]
    parts = []
    for m, later in zip(found, [*found[1:], None], strict=True):
        day = parse_date(m.group(1), today)
        if day is None or day > today:
            return []
        parts.append((m.start(), later.start() if later else _sentence_end(text, m.end()), Dating("event", day.isoformat())))
    return parts


# Two days and, after them in their sentence, two counts "respectively": "пришелся на 11 и 15 февраля, когда было
# сбито 458 и 222 дрона соответственно", "2 и 3 февраля, 202 и 381 БПЛА соответственно": each count of its own day
_TWO_DAYS_RE = re.compile(rf"(?<!\w)(\d{{1,2}})\s+(?:и|і|та|and)\s+({lx.DAY_MONTH_TEXT})", re.IGNORECASE)
_TWO_COUNTS_RE = re.compile(r"(?<![\d.:])\d+\s+(?:и|і|та|and)\s+(\d+)(?![\d.:])[^.;!?\n]{0,40}?"
                            r"(?:соответственно|відповідно|respectively)(?!\w)", re.IGNORECASE)


RESPECTIVELY_WORDS = ("respectively", "відповідно", "соответственно")


def may_have_respective_days(lowered: str) -> bool:
    """Whether a casefolded text has a word of "respectively" (`respective_days`)."""
    return any(map(lowered.__contains__, RESPECTIVELY_WORDS))


def respective_days(text: str, published_at: str, claimant: str) -> list[tuple[int, int, Dating]]:
    """Two days and two counts "respectively" after them in their sentence -> (start, end, an event of its day) for
    each count."""
    parts = []
    today = _local(published_at, claimant)[2]
    for m in _TWO_DAYS_RE.finditer(text):
        counts = _TWO_COUNTS_RE.search(text, m.end(), _sentence_end(text, m.end()))
        if counts is None:
            continue
        second = parse_date(m.group(2), today)
        first = parse_date(m.group(1) + m.group(2).lstrip("0123456789"), today)  # ("11" and "15 февраля")
        if first is None or second is None or not first < second <= today:
            continue
        parts += [(counts.start(), counts.start(1), Dating("event", first.isoformat())),
                  (counts.start(1), counts.end(), Dating("event", second.isoformat()))]
    return parts


# (and a stop before a sentence that opens with its day: "… над Липецкой областью. 25 февраля средства ПВО …")
_SENTENCE_END_RE = re.compile(rf"[.!?](?=\s+(?:[^\s\da-zа-яіїєґ]|(?i:{lx.DAY_MONTH_TEXT})\s))|\n")


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END_RE.search(text, pos)
    return m.start() if m else len(text)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a text, in order (each ends where `_sentence_end` says)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = _sentence_end(text, start)
        spans.append((start, end))
        start = end + 1
    return spans


# Words of a time other than a summary's own: "Ранее над Курской областью сбиты три БПЛА. Всего за ночь …"
_OTHER_TIME_RE = re.compile(r"(?<!\w)(?:ранее|раньше|до этого|накануне|вчера|днем|днём|вечер|утр|сутки|суток|"
                            r"earlier|yesterday|evening|morning|раніше|напередодні|вчора|вдень|увечері|вранці|зранку)",
                            re.IGNORECASE)


def states_no_time(span: str) -> bool:
    """Whether a span states no window, date, evening or day of its own and no word of another time."""
    return not _stated_time(span) and not _OTHER_TIME_RE.search(span)


def _has_time(block: str) -> bool:
    """Whether a span states a window or a date of its own."""
    return bool(WINDOW_RE.search(block) or lx.NIGHT_RE.search(block) or lx.DAY_TOTAL_RE.search(block)
                or lx.NAMED_NIGHT_RE.search(block) or lx.NAMED_DAY_RE.search(block) or lx.PERIOD_RE.search(block)
                or STATUS_RE.search(block) or STAMP_RE.search(block))


_WEEKDAY_RE = re.compile(rf"(?<!\w)(?:{lx.WEEKDAY_ALT})(?!\w)", re.IGNORECASE)
_NIGHT_HINTS = ("ніч", "ноч", "night", "early", "morning", "between ", "dawn", "рано", "ранним")
_DAY_HINTS = ("день", "днем", "днём", "дня", "day", "afternoon")


# "с 24 на 25 апреля", "з 8 на 9 травня": a night named by its two days, without the word "night"
DAY_TO_DAY_RE = re.compile(r"(?<!\w)(?:с|з|із) \d{1,2} на \d{1,2}(?!\d)")
_NUMBER_ON_NUMBER_RE = re.compile(r" на (?<=\d на )\d")  # ("8 на 9": in every match, and found faster by its " на ")


def day_to_day(lowered: str) -> re.Match | None:
    """`DAY_TO_DAY_RE.search(lowered)`, looked for only in a text with a number, " на " and a number."""
    return DAY_TO_DAY_RE.search(lowered) if _NUMBER_ON_NUMBER_RE.search(lowered) else None
_EVENING_HINTS = ("вечер", "вечор", "evening", "ввечері", "увечері", "night", "late ")


def _mentions(lowered: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in lowered:
            return True
    return False


def named_window(text: str, today: date, lowered: str | None = None,
                 scan: lx.Scan | None = None, hour: int | None = None) -> tuple[str, date] | None:
    """Rule 1: a named night or day -> (kind, date); a named evening belongs to the coming night, as an
    evening window does by rule 3. `scan` is the text's `lexicon.Scan`, if made; `hour`, the local hour the text was
    published at, if known."""
    lowered = lowered if lowered is not None else text.casefold()
    for kind, pattern, hints in (("night", lx.NAMED_NIGHT, _NIGHT_HINTS), ("evening", lx.NAMED_EVENING, _EVENING_HINTS),
                                 ("day", lx.NAMED_DAY, _DAY_HINTS)):
        if not _mentions(lowered, hints) and not (kind == "night" and day_to_day(lowered)):
            continue
        start = 0 if kind == "night" else _named_day_from(text, scan)
        if start is None and (kind == "evening" or kind == "day" and ("afternoon" in lowered
                                                                      or _WEEKDAY_RE.search(text))):
            start = 0  # "since Friday evening", "on Saturday afternoon", "у понеділок вдень": named by the weekday
        m = pattern.search(text, scan, start) if start is not None else None
        if m and (kind == "evening" or kind == "night" and (m.group(0)[:5].casefold() == "early"
                                                            or "morning" in m.group(0).casefold())) \
                and _SAID_EARLY_RE.search(text, max(0, m.start() - 45), m.start()):
            m = None  # "said early on Thursday", "claimed on the morning of 16 August", "said on Tuesday evening it had
            # shot down …": the time of the statement, not a night ("said overnight into Saturday" still names the night)
        if m and kind == "night" and _SAID_RIGHT_AFTER_RE.match(text, m.end()) \
                and not _verb_before(scan, m.start()):
            # ("18 cruise missiles were taken down … in the morning of Oct. 22, reported the Air Force": the night of
            # the verb before it)
            m = None  # "Росіяни у ніч на п'ятницю, 12 вересня, заявили про …": when it was said
        if m:
            day = parse_date(m.group(0), today) or _numeric_in(m.group(0), today) or _weekday_date(m.group(0), today)
            named = m.group(0).casefold()
            spoke = kind in ("evening", "day") or "morning" in named or "утром" in named or "вранці" in named
            if day and spoke and _ministry_spoke(text, scan, m):
                # "Вечером 11 мая Минобороны РФ сообщило об уничтожении …", "Днем 28 января пресс-служба Минобороны
                # проинформировала, что …", "On the morning of 7 May, Russia’s MoD claimed that …": when it was said
                # (unless the figures name one of their own: "Вечером 31 августа Минобороны сообщило, что силы ПВО за
                # вечер 31 августа сбили 32 …")
                later = pattern.search(text, scan, m.end())
                own = parse_date(later.group(0), today) or _numeric_in(later.group(0), today) if later else None
                if own is None or _ministry_spoke(text, scan, later):
                    return "event", day
                day = own
            if day and kind == "evening" and day == today and hour is not None and hour < 12 \
                    and not any(map(str.isdigit, named)) and not parse_date(named, today):
                # "On Tuesday night, air defence shot down …", "late on Monday" on a page of that morning: that evening
                # has not come, so it is the night into that day (as an evening not named is the day before's on a
                # morning's page; on the afternoon's page, the coming night)
                return "night", day
            if day:
                return ("night", day + timedelta(days=1)) if kind == "evening" else (kind, day)
    return None


def _named_day_from(text: str, scan: lx.Scan | None) -> int | None:
    """Where a named day can begin at the earliest, or None when the text names no month (a named
    day always holds a date)."""
    month = lx.MONTH_WORD.search(text, scan)
    if month is None:
        return None
    # The date's month follows at most two digits, a suffix and spaces, after a lead of a few words
    # ("in the daytime on 9 May"); 40 characters is more than any of them.
    pos = month.start()
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return max(0, pos - 40)


@lru_cache(maxsize=4096)
def publication_date(published_at: str, claimant: str) -> str:
    return _local(published_at, claimant)[2].isoformat()
