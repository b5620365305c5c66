"""One report's text -> its figures, by a small grammar shared by both sources and all languages.

In: the text of a report. Out: a list of `Figure`s, one per number that states a count of
weapons, targets, places or people, with its metric, item, model, qualifier, place, launch
area, whether it breaks another figure down, and the quote that states it.

The grammar: a figure is a number (digits or number words, with a qualifier before it) followed
by a noun phrase naming an item (`lexicon.csv`) or a weapon model (`weapons.csv`), or by nothing
but a dash, a verb or a preposition (then the item comes from the list it belongs to). Its metric
is the verb after it in its clause, else the nearest verb before it in its sentence. A figure
after a colon, "з них", "в том числе", "including" or on a bullet line under another figure is a
breakdown of that figure when its item and metric fit under it. Places named after the figure in
its clause give `region` (one place) or only `region_text` (several); spans after "з напрямку",
"from the direction of" are launch areas and never regions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import itemgetter

from strikeclaims import fields
from strikeclaims.parse import dates
from strikeclaims.parse import lexicon as lx

MAX_COUNT = fields.MAX_COUNT  # beyond this a number is not a count and cannot be stored as one
MAX_QUOTE_WORDS = fields.MAX_QUOTE_WORDS

# NUMBER_RE, SENTENCE_RE and BREAK_RE begin with one character class, so that the regular-expression engine
# skips in C the characters that cannot begin a match; look-behinds after that character say what may stand
# before it.
# The thousands separators in use in uk/ru/en texts: spaces (plain, no-break, narrow no-break, thin, figure and
# the other typographic spaces) and apostrophes ("1 000", "1 000", "1'000"); the comma is read apart ("1,000").
GROUP_SEPARATORS = " \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000'’"
# Characters that can sit between a number's digits but separate no thousands in these languages: invisible
# ones (soft hyphen, zero-width space and joiners, word joiner, byte-order mark) and look-alikes of an
# apostrophe or a dot. Such a number is rejected, never read in part ("4<soft hyphen>50" is not 50).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff‘′´`·•"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_NOT_DIGIT_RE = re.compile(r"\D")
# A number: digits not right after a word character, a sign or a separator; "1 200" and "1,200" are one number.
NUMBER_RE = re.compile(
    rf"(\d(?<![\w\-/.,:№+{INVISIBLE}].)(?:\d*(?:[{GROUP_SEPARATORS},]\d{{3}})*(?:[{INVISIBLE}]+\d+)+"
    rf"|\d{{0,2}}(?:[{GROUP_SEPARATORS}]\d{{3}})+(?![\d.,])"
    r"|\d{0,2}(?:,\d{3})+(?![\d.])|\d*))"
    r"(?![\w\-/]|[.,:]\d)")
SENTENCE_RE = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s+[^\s\da-zа-яіїєґ]))")
_ABBREVIATION_RE = re.compile(r"(?<!\w)(?:м|обл|р|г|ст|вул)$", re.IGNORECASE)
BREAK_RE = re.compile(r"[,;:()\n.\s](?:(?<=[,;:()\n])|(?<=\s)[–—]\s|(?<=\.)\s)")
_BREAK_UNDASHED_RE = re.compile(r"[,;:()\n.](?:(?<=[,;:()\n])|(?<=\.)\s)")
BULLET_RE = re.compile(r"\s*(?:[▫️•●▪◾◽\-–—*]|\ufe0f)+\s*", re.UNICODE)
_DIGIT_RE = re.compile(r"\d")
_SKIP_RE = re.compile(r"[\s\-–—«»\"'“”„()]*")
_WORD_RE = re.compile(r"[\w'’ʼ/-]+")
_words_in = _WORD_RE.findall  # _words_in(text, start, end): the words of text[start:end]
_YEARS = range(1990, 2040)
_first = itemgetter(0)
_second = itemgetter(1)
_match_start = re.Match.start
_JOINED_RE = re.compile(r"[\s,]*(?:(?:та|і|и|й|and|а також|as well as|,)\s*)?")
_DASH_END_RE = re.compile(r"[–—-]\s*$")
_LAUNCH_STOP_RE = re.compile(r"[.;\n(]|\s[–—]\s(?!ТОТ|тимчасово)|\s(?:та|і|и|and)\s+\d|\d")

DRONE_ITEMS = frozenset(fields.DRONE_ITEMS)
MISSILE_ITEMS = frozenset(fields.MISSILE_ITEMS)
GENERIC = {"drone": DRONE_ITEMS, "missile": MISSILE_ITEMS,
           "air_weapon": DRONE_ITEMS | MISSILE_ITEMS | {"air_weapon", "guided_bomb", "rocket"}}
TARGETS = frozenset({"aircraft", "helicopter", "vessel", "air_defence_system"})
DEFENCE_METRICS = frozenset({"neutralised", "intercepted", "suppressed"})
PEOPLE_METRICS = frozenset({"killed", "injured"})


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    count: int | None
    qualifier: str
    is_word: bool
    item: str | None = None
    item_model: str | None = None
    explicit: bool = False  # the item is named after the number, not taken from the context
    metric: str | None = None
    region: str | None = None
    region_text: str | None = None
    launch_area: str | None = None
    is_breakdown: bool = False
    opens_scope: bool = False
    bullet: bool = False
    cumulative: bool = False
    quote_start: int = 0
    quote_end: int = 0
    tail_end: int = 0
    noun_end: int = 0
    sentence: int = 0
    joined: bool = False  # only a conjunction or comma before the next figure
    after_cue: tuple | None = None
    before_cue: tuple | None = None
    metric_from_list: str | None = None
    places: list = field(default_factory=list)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (start, 10**12)) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    return False


def _word_before(text: str, lo: int, j: int) -> str:
    """The run of word characters ending at `j`, not reaching before `lo`."""
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return text[k:j]


def _qualify(text: str, start: int, value: int) -> tuple[int, str, int]:
    """Qualifier words right before a number -> (count, qualifier, start of the qualifier)."""
    lo = max(0, start - 30)
    # A qualifier ends in a word, then spaces and at most one dash up to the number.
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j > lo and text[j - 1] in "-–—":
        j -= 1
        while j > lo and text[j - 1].isspace():
            j -= 1
    word = _word_before(text, lo, j)
    if not word or not lx.may_be(word, lx.QUALIFIER_LAST_WORDS):
        return value, "exact", start
    m = lx.QUALIFIER_RE.search(text, lo, start)
    if not m:
        return value, "exact", start
    kind = m.lastgroup
    if kind == "about":
        return value, "about", m.start()
    if kind == "more_than":
        return value + 1, "at_least", m.start()
    if kind == "at_least":
        return value, "at_least", m.start()
    if kind == "up_to":
        return value, "at_most", m.start()
    return max(value - 1, 0), "at_most", m.start()


def _not_a_count_before(text: str, start: int) -> bool:
    """A month name, "№" or the hour of a clock time just before this number."""
    if start == 0:
        return False
    lo = max(0, start - 14)
    prev = text[start - 1]
    if prev not in ":.№":
        # Otherwise only spaces after a month name, "." or "№" can lead up to the number (or a
        # line break after a clock time's hour: "$" matches before a final line break).
        if not prev.isspace():
            return False
        j = start - 1
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j <= lo:
            return False
        prev = text[j - 1]
        if prev not in ".:№" and not lx.may_be(_word_before(text, lo, j), lx.MONTH_WORDS):
            return False
    return bool(dates.BEFORE_NOT_COUNT_RE.search(text, lo, start))


def find_numbers(text: str, words: list[tuple[int, int, str, str]], excluded: list[tuple[int, int]]) -> list[Figure]:
    """Every number that may be a count, in text order."""
    # (start, end, count, qualifier, is_word); a `Figure` is made only for those kept.
    found: list[tuple] = []
    not_count_at = dates.not_count_at
    for m in NUMBER_RE.finditer(text):
        start, end = m.span()
        if excluded and _overlaps(start, end, excluded) or not_count_at(text, start) \
                or _not_a_count_before(text, start):
            continue
        digits = m.group(1)
        if not digits.isdigit():
            if _INVISIBLE_RE.search(digits):
                found.append((start, end, None, "unreadable", False))
                continue
            digits = _NOT_DIGIT_RE.sub("", digits)
        if len(digits) > len(str(MAX_COUNT)) or int(digits) > MAX_COUNT:
            found.append((start, end, None, "too_large", False))
            continue
        value = int(digits)
        count, qualifier, q_start = _qualify(text, start, value)
        found.append((q_start, end, count, qualifier, False))
    for start, end, kind, word in words:
        if excluded and _overlaps(start, end, excluded):
            continue
        if kind == "unquantified":
            found.append((start, end, None, "unquantified", True))
            continue
        value = lx.number_word_value(word)
        if value is None:
            continue
        count, qualifier, q_start = _qualify(text, start, value)
        found.append((q_start, end, count, qualifier, True))
    found.sort(key=_first)
    out: list[Figure] = []
    last_end = -1
    for start, end, count, qualifier, is_word in found:
        if out and start < last_end:
            continue
        out.append(Figure(start, end, count, qualifier, is_word))
        last_end = end
    return out


class Text:
    """A report's text with every vocabulary match found once, for look-ups by position."""

    def __init__(self, text: str, scan: lx.Scan):
        self.text = text
        self.scan = scan
        # Items, models and metrics keep the scan's (start, end, value, matched text).
        self.items = Spans(scan.items)
        models = scan.models
        self.models = Spans(models)
        self.model_names = [(a, b) for a, b, _, w in models if any(map(str.isdigit, w))]
        self.metrics = Spans(scan.metrics)
        self.metric_starts = self.metrics.starts
        self.windows = [(m.start(), m.end()) for m in dates.windows(text, scan)]
        self.launches = self._launch_spans(scan)
        masked = sorted([(a, b) for a, b, _ in self.launches] + self.windows)
        self.regions = Spans([(a, b, w) for a, b, _, w in scan.regions if not masked or not _overlaps(a, b, masked)])
        self.region_starts = self.regions.starts
        self.sentence_ends = [m.start() for m in SENTENCE_RE.finditer(text)
                              if m.group(0) == "\n" or not _ABBREVIATION_RE.search(text, max(0, m.start() - 4), m.start())]
        self.sentence_ends.append(len(text))
        # Without a dash, white space never begins a break, and a shorter expression finds the same ones.
        dashed = "–" in text or "—" in text
        self.breaks = list(map(_match_start, (BREAK_RE if dashed else _BREAK_UNDASHED_RE).finditer(text)))
        self.scopes = Spans([(m.start(), m.end(), m.group(0)) for m in lx.SCOPE.finditer(text, scan)])
        self.cumulative = list(map(_match_start, lx.CUMULATIVE.finditer(text, scan)))

    def _launch_spans(self, scan: lx.Scan) -> list[tuple[int, int, str]]:
        out = []
        for m in lx.LAUNCH.finditer(self.text, scan):
            end = len(self.text)
            stop = _LAUNCH_STOP_RE.search(self.text, m.end())
            if stop:
                end = stop.start()
            metric = bisect_left(self.metric_starts, m.end())
            if metric < len(self.metrics) and self.metrics[metric][0] < end:
                end = self.metrics[metric][0]
            span = self.text[m.start():end].rstrip(" ,:–—-")
            out.append((m.start(), m.start() + len(span), span))
        return out

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_ends, pos)
        end = self.sentence_ends[min(i, len(self.sentence_ends) - 1)]
        start = self.sentence_ends[i - 1] + 1 if i > 0 else 0
        return start, end

    def next_break(self, pos: int, limit: int) -> int:
        i = bisect_left(self.breaks, pos)
        return min(self.breaks[i], limit) if i < len(self.breaks) else limit

    def metric_after(self, start: int, end: int) -> tuple[int, int, str] | None:
        i = bisect_left(self.metric_starts, start)
        return self.metrics[i] if i < len(self.metrics) and self.metrics[i][0] < end else None

    def metric_before(self, start: int, pos: int) -> tuple[int, int, str] | None:
        i = bisect_left(self.metric_starts, pos) - 1
        return self.metrics[i] if i >= 0 and self.metrics[i][0] >= start and self.metrics[i][1] <= pos else None


class Spans(list):
    """Spans in order of their starts, with the starts kept for look-ups by position."""

    __slots__ = ("starts",)

    def __init__(self, spans: list[tuple]):
        super().__init__(spans)
        self.starts = list(map(_first, spans))


def _in(spans: Spans, start: int, end: int) -> list[tuple]:
    """The spans that start in [start, end)."""
    starts = spans.starts
    return spans[bisect_left(starts, start):bisect_left(starts, end)]


def _item_of(items: list[str], models: list[str], mixed: bool) -> tuple[str | None, str | None]:
    """The item nouns and models of one noun phrase -> (item, item_model).

    The first noun is the head ("беспилотный летательный аппарат самолетного типа" is a drone).
    A generic head (drone, missile) takes the class of the models and kinds named with it when
    they are of one class ("ударними БпЛА типу Shahed"), and stays generic when several kinds
    are counted together ("типу Shahed, Гербера та дронами інших типів").
    """
    model = models[0] if models else None
    kinds = {lx.WEAPON_ITEMS[m] for m in models if m in lx.WEAPON_ITEMS}
    if not items:
        if not kinds:
            return None, None
        if len(kinds) == 1 and not mixed:
            return next(iter(kinds)), model
        groups = {("drone" if k in DRONE_ITEMS else "missile" if k in MISSILE_ITEMS else k) for k in kinds}
        return (next(iter(groups)) if len(groups) == 1 else "air_weapon"), model
    head = items[0]
    others = [i for i in items[1:] if i != head]
    if head in DRONE_ITEMS and any(i in MISSILE_ITEMS for i in others) or \
            head in MISSILE_ITEMS and any(i in DRONE_ITEMS for i in others):
        return "air_weapon", None  # "215 missiles and drones"
    if head not in ("drone", "missile"):
        return head, model
    if any(i in GENERIC[head] for i in others):
        return head, model  # "ударними БпЛА та дронами-імітаторами": kinds counted together
    kinds = {k for k in kinds if k in GENERIC[head]}
    if len(kinds) == 1 and not mixed:
        return next(iter(kinds)), model
    return head, model


def _fits_under(child: Figure, parent: Figure) -> bool:
    """Whether a figure can split another: same or narrower item, a compatible metric."""
    if child.metric != parent.metric and not (child.metric in DEFENCE_METRICS and parent.metric in DEFENCE_METRICS):
        return False
    if child.item == parent.item:
        return True
    return child.item in GENERIC.get(parent.item, ())


_NOT_READ = ("too_large", "unreadable")  # numbers that give a rejection, never a figure


def read_figures(text: str, scan: lx.Scan | None = None) -> list[Figure]:
    """A report's text (and its `lx.Scan`, made here when not given) -> its figures, in text order."""
    scan = scan or lx.Scan(text)
    words = scan.numbers
    if not words and not _DIGIT_RE.search(text):
        return []
    t = Text(text, scan)
    figures = find_numbers(text, words, sorted(t.windows + t.model_names))
    if not figures:
        return []
    kept: list[Figure] = []
    for i, f in enumerate(figures):
        nxt = figures[i + 1].start if i + 1 < len(figures) else len(text)
        if _read_figure(t, f, nxt):
            kept.append(f)
    _link(t, kept)
    return [f for f in kept if f.item is not None and f.metric is not None and f.qualifier not in _NOT_READ] + \
        [f for f in kept if f.qualifier in _NOT_READ]


def _read_figure(t: Text, f: Figure, nxt: int) -> bool:
    """Fill in a figure's noun, metric and places; False when the number counts something else."""
    text = t.text
    sent_start, sent_end = t.sentence_bounds(f.end)
    limit = min(nxt, sent_end)
    p = min(_SKIP_RE.match(text, f.end).end(), limit)
    line_start = text.rfind("\n", 0, f.start) + 1
    bullet = BULLET_RE.match(text, line_start)
    f.bullet = line_start < f.start and bullet is not None and bullet.end() >= f.start and bullet.end() > line_start
    noun_limit = t.next_break(p, limit)
    # A comma list of model names continues the noun phrase: "типу Shahed, Гербера та дронами інших типів".
    while noun_limit < limit and text[noun_limit] == ",":
        nb = t.next_break(noun_limit + 1, limit)
        chunk = _in(t.items, noun_limit, nb) + _in(t.models, noun_limit, nb)
        if not chunk or _in(t.metrics, noun_limit, nb) or len(_words_in(text, noun_limit, min(c[0] for c in chunk))) > 2:
            break
        noun_limit = nb
    first_metric = t.metric_after(p, noun_limit)
    stop = first_metric[0] if first_metric else noun_limit
    items = _in(t.items, p, stop)
    models = _in(t.models, p, stop)
    word = _WORD_RE.match(text, p)
    first_word = word.group(0).casefold() if word else ""
    heads = sorted(items + models)
    if heads and len(_words_in(text, p, heads[0][0])) <= 2:
        f.item, f.item_model = _item_of([h[2] for h in items], [h[2] for h in models if h[2]],
                                        bool(lx.MIX.search(text, t.scan, p, noun_limit)))
        f.explicit = f.item is not None
        f.noun_end = max(map(_second, heads))
    elif not first_word or first_word in lx.LINKERS or (first_metric and first_metric[0] == p) \
            or t.scopes and _in(t.scopes, p, p + 12):
        # A bare number: its noun comes from the list or sentence it belongs to.
        if f.is_word and first_word in ("", "and", "та", "і", "и", "а"):
            return False
        if f.count is not None and f.count in _YEARS and not f.is_word:
            return False
        f.noun_end = f.end
    else:
        return False
    after = t.metric_after(f.noun_end, t.next_break(f.noun_end, limit) if f.noun_end < limit else limit)
    if after is not None and len(_words_in(text, f.noun_end, after[0])) > 3:
        after = None
    if after is None and f.noun_end == f.end:
        after = t.metric_after(p, t.next_break(p + 1, limit))
    f.after_cue = after
    f.before_cue = t.metric_before(sent_start, f.start)
    f.tail_end = limit
    tail = text[f.noun_end:limit]
    f.joined = bool(_JOINED_RE.fullmatch(tail))
    scopes = t.scopes
    f.opens_scope = (":" in tail or "(" in tail or bool(_DASH_END_RE.search(tail))
                     or bool(scopes and _in(scopes, f.noun_end, limit))) and not (scopes and _in(scopes, f.end, f.end + 14))
    f.sentence = sent_start
    _place(t, f, limit)
    f.cumulative = bool(t.cumulative) and any(sent_start <= c < sent_end for c in t.cumulative)
    return True


def _choose_metric(t: Text, figures: list[Figure]) -> None:
    """A figure's verb: its own after it; else that of the figures it is listed with
    ("114 missiles and 27 drones were shot down"); else the nearest before it in its sentence,
    unless that verb closes another figure of the list; else a header line's verb."""
    used_after = {f.after_cue[0] for f in figures if f.after_cue}
    for i, f in enumerate(figures):
        cue = f.after_cue
        j = i
        own_clause = f.before_cue is not None and t.next_break(f.before_cue[1], f.start) >= f.start
        while cue is None and not own_clause and figures[j].joined and j + 1 < len(figures) and figures[j + 1].sentence == f.sentence:
            j += 1
            cue = figures[j].after_cue
        if cue is not None:
            f.metric = cue[2]
            f.quote_start, f.quote_end = f.start, cue[1] if cue is f.after_cue else f.noun_end
            continue
        before = f.before_cue
        f.quote_start, f.quote_end = f.start, f.noun_end
        if before is not None and before[0] not in used_after:
            f.metric = before[2]
            if not NUMBER_RE.search(t.text, before[1], f.start):
                f.quote_start = before[0]
        elif before is not None:
            f.metric_from_list = before[2]
        else:
            later = t.metric_after(f.noun_end, t.sentence_bounds(f.end)[1])
            f.metric = later[2] if later else _header_metric(t, f)


def _header_metric(t: Text, f: Figure) -> str | None:
    """On a bullet line, the verb of the header line above it ("ЗНИЩЕНО:")."""
    if not f.bullet:
        return None
    pos = t.text.rfind("\n", 0, f.start)
    while pos > 0:
        line_start = t.text.rfind("\n", 0, pos) + 1
        line = t.text[line_start:pos].rstrip()
        if line.endswith(":"):
            found = t.metric_before(line_start, pos)
            return found[2] if found else None
        if not BULLET_RE.match(line):
            return None
        pos = line_start - 1
    return None


def _place(t: Text, f: Figure, limit: int) -> None:
    """Places named after the figure, before the next figure: one gives a code, several only wording."""
    places = _in(t.regions, f.end, limit)
    f.places = places
    if places:
        codes = {lx.region_code(p[2]) for p in places}
        f.region_text = t.text[places[0][0]:places[-1][1]]
        f.region = codes.pop() if len(codes) == 1 else None
    for start, _end, span in t.launches:
        if f.end <= start < limit:
            f.launch_area = span


def _link(t: Text, figures: list[Figure]) -> None:
    """Items and metrics from the context, breakdowns, launch areas, metric fixes, quotes."""
    _choose_metric(t, figures)
    scope_parent: Figure | None = None
    last_explicit: Figure | None = None
    for i, f in enumerate(figures):
        prev = figures[i - 1] if i else None
        scoped = bool(t.scopes) and (prev is not None and bool(_in(t.scopes, prev.end, f.start))
                                     or bool(_in(t.scopes, f.end, f.end + 14)))
        in_list = scope_parent is not None and (scope_parent.sentence == f.sentence or f.bullet)
        if not f.explicit:
            same = [g for g in figures[:i] if g.explicit and g.sentence == f.sentence and g is not scope_parent]
            source = same[-1] if same else scope_parent if in_list else last_explicit
            if source is not None:
                f.item, f.item_model = source.item, None
                if f.metric is None and (in_list or scoped or f.bullet):
                    f.metric = source.metric
        if f.metric is None and f.metric_from_list and in_list:
            f.metric = scope_parent.metric
        elif f.metric is None and f.metric_from_list:
            f.metric = f.metric_from_list
        if f.metric in PEOPLE_METRICS and f.item is None:
            f.item = "people"
        if f.item is not None and f.metric is None and (scoped or in_list):
            # "З них близько 350 – «шахеди»": the verb of the figure it splits.
            under = [g for g in reversed(figures[:i]) if g.metric and g.item and
                     (f.item == g.item or f.item in GENERIC.get(g.item, ()))]
            f.metric = under[0].metric if under else None
        if f.item is None or f.metric is None:
            continue
        _fix_metric(f)
        if f.metric is None:
            continue
        if f.metric == "returned":
            country = lx.COUNTRY_RE.search(t.text, f.end, f.tail_end)
            f.region, f.region_text = None, country.group(0) if country else f.region_text
        if in_list or scoped:
            candidates = ([scope_parent] if in_list else []) + \
                [g for g in reversed(figures[:i]) if g.item and g.metric and not g.is_breakdown]
            parents = [g for g in candidates if g is not f and _fits_under(f, g)]
            # A drones or missiles figure under an all-weapons total is its group's own total, not a split.
            f.is_breakdown = any(g.item != "air_weapon" or f.item not in fields.ITEM_GROUP_OF for g in parents)
        if f.opens_scope and not f.is_breakdown:
            scope_parent = f
        elif scope_parent is not None and scope_parent.sentence != f.sentence and not f.bullet:
            scope_parent = None
        if f.explicit:
            last_explicit = f
    _shared_places(t, figures)
    _spread_launch_areas(t, figures)
    for f in figures:
        _quote(t.text, f)


def _shared_places(t: Text, figures: list[Figure]) -> None:
    """Places of a sentence that follow none of its figures ("Над акваторией Черного моря уничтожены
    10 катеров") belong to the sentence's figures that name no place and split no other figure."""
    claimed = {(r[0]) for f in figures for r in f.places}
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    for start, group in by_sentence.items():
        end = t.sentence_bounds(start)[1]
        free = [r for r in _in(t.regions, start, end) if r[0] not in claimed and r[0] < group[-1].start]
        if not free:
            continue
        codes = {lx.region_code(r[2]) for r in free}
        for f in group:
            if f.region_text is None and not f.is_breakdown and f.metric != "returned":
                f.region_text = t.text[free[0][0]:free[-1][1]]
                f.region = codes.pop() if len(codes) == 1 else None
                codes = {lx.region_code(r[2]) for r in free}


def _fix_metric(f: Figure) -> None:
    if f.item in TARGETS and f.metric == "intercepted":
        f.metric = "destroyed"
    if f.item == "air_weapon" and f.metric in ("hit", "debris"):
        f.item = "location"
    if f.metric in PEOPLE_METRICS and f.item != "people":
        f.metric = None
    if f.item == "people" and f.metric not in PEOPLE_METRICS:
        f.metric = None
    if f.item == "location" and f.metric not in ("hit", "debris", "damaged", "destroyed"):
        f.metric = None


def _spread_launch_areas(t: Text, figures: list[Figure]) -> None:
    """A launch area before the first figure of its sentence, or in a sentence with no figure,
    belongs to the launched figures it speaks of."""
    for start, _end, span in t.launches:
        s_start, s_end = t.sentence_bounds(start)
        in_sentence = [f for f in figures if s_start <= f.start < s_end and f.metric == "launched"]
        if in_sentence and start < in_sentence[0].start:
            targets = in_sentence
        elif not any(s_start <= f.start < s_end for f in figures):
            named = [m for m in t.items if s_start <= m[0] < start]
            group = named[0][2] if named else None
            targets = [f for f in figures if f.metric == "launched" and f.launch_area is None
                       and (group is None or f.item == group or f.item in GENERIC.get(group, ())
                            or (group in GENERIC and f.item in GENERIC[group]))]
        else:
            continue
        for f in targets:
            if f.launch_area is None:
                f.launch_area = span


def _quote(text: str, f: Figure) -> None:
    start = min(f.quote_start or f.start, f.start)
    end = max(f.quote_end, f.noun_end, f.end)
    if f.places and f.places[0][1] - end < 60:
        end = max(end, f.places[0][1])  # "42 – над территорией Саратовской области"
    if start < f.start and "\n" in text[start:f.start]:
        start = f.start
    if len(_words_in(text, start, end)) > MAX_QUOTE_WORDS:
        start = f.start
        if len(_words_in(text, start, end)) > MAX_QUOTE_WORDS:
            words = list(_WORD_RE.finditer(text, start, end))
            end = words[MAX_QUOTE_WORDS - 1].end()
    f.quote_start, f.quote_end = start, end
