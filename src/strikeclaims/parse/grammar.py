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

Two ways of a source's wording come from `lexicon.csv`, not from code: a count with no verb beside its place
on a list line of a source that counts one item place by place (`list_line`: the Defence Ministry's
"15 БПЛА – над территорией Брянской области", "над Брянской — 17") takes that source's metric and item and is
a part of a total; a count in a text that names no item takes the item its metric gives (`bare_item`:
"and three remain in the air" is drones).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter

from mypy_extensions import mypyc_attr

from strikeclaims import fields
from strikeclaims.parse import dates
from strikeclaims.parse import lexicon as lx

MAX_COUNT = fields.MAX_COUNT  # beyond this a number is not a count and cannot be stored as one
_MAX_DIGITS = len(str(MAX_COUNT))
MAX_QUOTE_WORDS = fields.MAX_QUOTE_WORDS

# NUMBER_RE, SENTENCE_RE and BREAK_RE begin with one character class, so that the regular-expression engine
# skips in C the characters that cannot begin a match; look-behinds after that character say what may stand
# before it.
# Case endings written after a number's digits ("82-х", "2-ма", "5-ти"): the number is still a count.
CASE_SUFFIX = r"(?:х|ма|ми|мя|ти|ох|ьох|ю|м|го)(?!\w)"
# Endings that ordinals take too ("на 31-м километре"): such a number is a count only before an item noun.
_ORDINAL_TOO = ("-ю", "-м", "-го")
# The thousands separators in use in uk/ru/en texts: spaces (plain, no-break, narrow no-break, thin, figure and
# the other typographic spaces) and apostrophes ("1 000", "1 000", "1'000"); the comma is read apart ("1,000").
GROUP_SEPARATORS = " \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000'’"
# Characters that can sit between a number's digits but separate no thousands in these languages: invisible
# ones (soft hyphen, zero-width space and joiners, word joiner, byte-order mark) and look-alikes of an
# apostrophe or a dot. Such a number is rejected, never read in part ("4<soft hyphen>50" is not 50).
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff‘′´`·•"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_NOT_DIGIT_RE = re.compile(r"\D")
# A number: digits not right after a word character, a sign or a separator; "1 200" and "1,200" are one number. A hyphen
# after white space is a dash ("Смоленской областью -1").
NUMBER_RE = re.compile(
    rf"(\d(?<![\w/.,:№+{INVISIBLE}].)(?<!\S[-–].)(?:\d*(?:[{GROUP_SEPARATORS},]\d{{3}})*(?:[{INVISIBLE}]+\d+)+"
    rf"|\d{{0,2}}(?:[{GROUP_SEPARATORS}]\d{{3}})+(?![\d.,])"
    r"|\d{0,2}(?:,\d{3})+(?![\d.])|\d*))"
    r"(?![\w/]|-(?!" + CASE_SUFFIX + r"|\s|plus(?!\w)|\d{1,5}(?![\w.,:/-]))|[.,:]\d)")
SENTENCE_RE = re.compile(r"[.!?…\n](?:(?<=\n)|(?=\s+[^\s\da-zа-яіїєґ])"
                         r"|(?:(?<=[a-zа-яіїєґё]{2}[.!?])|(?<=[»”\")][.!?]))(?=[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё]))")  # (and "…року.Збито", unspaced)
_ABBREVIATION_RE = re.compile(r"(?<!\w)(?:м|обл|р|г|ст|вул|им|ім|тыс|тис)$|(?<![\w/-])(?-i:[A-ZА-ЯЁІЇЄҐ])$", re.IGNORECASE)
# An editor's note in brackets ends with a dash and "Ред."/"Ed." ("(… Hwasong-11Ga. - Ред.)"): a full stop before it ends
# no sentence.
_EDITOR_NOTE_RE = re.compile(r"\s*[-–—]\s*(?:ред|ed)\.?\s*\)", re.IGNORECASE)
# "at 6:35 a.m. Moscow time (3:35 a.m. GMT) over the Bryansk Region": a clock's time zone ends no sentence
_CLOCK_ZONE_RE = re.compile(r"(?<=[ap]\.m\.)\s+(?:Moscow|Kyiv|Kiev|local|GMT|UTC|[(\[])", re.IGNORECASE)
BREAK_RE = re.compile(r"[,;:()\n.\s](?:(?<=[,;:()\n])|(?<=\s)[–—]\s|(?<=\.)\s)")
_BREAK_UNDASHED_RE = re.compile(r"[,;:()\n.](?:(?<=[,;:()\n])|(?<=\.)\s)")
BULLET_RE = re.compile(r"\s*(?:[▫️•●▪◾◽\-–—*]|\ufe0f)+\s*", re.UNICODE)
_DIGIT_RE = re.compile(r"\d")
_SKIP_RE = re.compile(r"[\s\-–—«»\"'“”„()]*(?:,\s*(?:на жаль|к сожалению|unfortunately),\s*)?")  # ("а дві, на жаль, влучили")
_WORD_RE = re.compile(r"[\w'’ʼ/-]+")
# The span of time a participle names before its noun: "55 сбитых за ночь дронах", "337 сбитых за прошедшую ночь …"
_SPAN_OF_TIME_RE = re.compile(r"\s+(?:за|в течение|протягом|впродовж)\s+(?:[^\W\d]+\s+)?(?:ночь|ночи|ніч|ночі|сутки|суток|добу"
                              r"|час(?:а|ов)|годин\w*)\s+", re.IGNORECASE)  # (and "о 23 сбитых за пять часов БПЛА")
# Where weapons were launched from, between a count's participle of launching and its noun: "14 запущених з росії
# безпілотників", "20 выпущенных с территории Крыма ракет"
_FROM_PLACE_GAP_RE = re.compile(r"\s+(?:з|із|зі|из|с|со)\s+(?:території\s+|территории\s+)?(?:[^\W\d][\w'’-]*\s+){1,2}",
                                re.IGNORECASE)
# A word of doubt between a count and its participle ("32 нібито збитих", "якобы сбитых", "allegedly downed")
_HEDGE_RE = re.compile(r"(?:нібито|начебто|якобы|будто бы|allegedly|reportedly|purportedly)\s+", re.IGNORECASE)
# An adverb between a bare count and its verb: "and five ultimately returned to Russia", "two later fell in a field"
_ADVERB_RE = re.compile(r"(?:ultimately|eventually|subsequently|later|finally|then)\s+")
_TOKEN_RE = re.compile(r"\S+")
_words_in = _WORD_RE.findall  # _words_in(text, start, end): the words of text[start:end]
_YEARS = range(1990, 2040)
_first = itemgetter(0)
_second = itemgetter(1)
_third = itemgetter(2)
_match_start = re.Match.start
_JOINED_RE = re.compile(r"(?:\s+others)?[\s,]*(?:(?:та|і|и|й|and|а також|as well as|,)\s*)?")  # (and "16 others and six missiles hit")
# Two places joined with "и" and each with its locative word, before a list item's count and dash: "над Тульской
# областью и в Московском регионе — по два"
_PLACES_JOINED_RE = re.compile(r",?\s+(?:и|і|та|а также|а також)\s+(?:над|в|во|у|на)\s+(?:территори\w+\s+)?")
_DASH_END_RE = re.compile(r"[–—-]\s*(?:по\s+)?$")
# Where a launch area ends: a full stop, a dash, a number, or a bracket, but not a short bracketed country that a
# list of areas goes on after or ends with ("from the Primorsko-Akhtarsk area (Russia) and Cape Chauda (Crimea)"), nor a
# bracket of places with no number ("from the south-eastern direction (Primorsko-Akhtarsk - RF, Cape Chauda - Crimea)"),
# nor a dash before the country of a place ("з районів Курська, Приморсько-Ахтарська — РФ, Чауда — Крим", in Russian
# "с мыса Чауда – Крым", "Гвардейское – АР Крым"), the country also in lower case and cut short, as Ukrainian outlets
# write it ("із районів Курськ – рф., мис Чауда – Крим").
_LAUNCH_STOP_RE = re.compile(r"[;\n]|(?<![рР][фФ])\.|\.(?!,)"
                             r"|\((?![\w -]{1,30}\)(?:\s*(?:and|та|і|и|,)\s|\s*(?:[.;]|$))|[^()\d.;]{1,80}\))"
                             r"|\s[–—]\s(?!ТОТ|тимчасово|временно|(?:РФ|(?i:рф|росія|россия)|Росія|Россия|(?:АР\s+)?(?:Крим|Крым)|RF|Russia|Crimea)(?!\w))|\s(?:та|і|и|and)\s+\d|(?<![\w-])\d"
                             r"|\s(?:were|was|is|are)\s|,\s+(?:targeting|aimed\s+at|aiming\s+at)\s")
# A preposition of where a figure happened right before a place ("над", "в", "over")
_AT_PLACE_RE = re.compile(r"(?<!\w)(?:над|в|у|во|на|по|під|под|біля|около|поблизу|over|in|above|near|across)\s+$",
                          re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")
# A count right after a dash ("Одещину – чотирма ракетами", "– 12 БпЛА")
_COUNT_AFTER_DASH_RE = re.compile(r"\s*(?:\d|" + lx.NUMBER_WORD_RE.pattern + ")", re.IGNORECASE)
# A second reported clause: "said Russia had launched 38 drones and that air defence systems had downed 25"
_AND_THAT_RE = re.compile(r"\s(?:and|but)\s+that\s|\s(?:і|та|й|а)\s+що\s|\s(?:и|а)\s+что\s")
# A total after a count of its sentence: "над регионом перехватили один беспилотник, всего в России сбили 45 БПЛА"
# A sentence that only names who made a statement: "Об этом сообщили в Минобороны РФ."
_ATTRIBUTION_SENTENCE_RE = re.compile(r"\s*Об этом (?:[^\W\d]+\s+){0,3}?(?:сообщ|заяв|рассказ|информир|проинформир|отчита|говорится|пишет|написал)"
                                     r"[^.!?\d]*[.!?]", re.IGNORECASE)
# A sentence that opens with a word of a total: "В общей сложности за ночь …", "Всего над регионами …"
_TOTAL_OPENS_RE = re.compile(r"\s*(?:в общей сложности|всего|итого|усього|загалом)(?!\w)", re.IGNORECASE)
_TOTAL_AFTER_RE = re.compile(r",\s+(?:а\s+|и\s+|і\s+)?(?:всего|усього|загалом)(?!\w)"
                             r"|(?:,\s+|\s+(?:and|while)\s+)(?:a\s+|in\s+)?total(?!\w)", re.IGNORECASE)  # ("and total 23 …")
# "of them" after a bare count ("ліквідували 15 з них"), and after a place before a dash and the count ("над Ростовской
# областью из них — 15")
_OF_THEM_AFTER_RE = re.compile(r"\s+(?:з|із|зі|из)\s+них(?!\w)|\s+of\s+them(?!\w)", re.IGNORECASE)
_OF_THEM_CYRILLIC = r"\s+(?:из|з|із)\s+них"
_OF_THEM_DASH_END_RE = re.compile(_OF_THEM_CYRILLIC + r"\s*[—–-]\s*")
# "in the air" as where weapons were shot down, unless a word of remaining comes before it ("four remained in the air")
_WHERE_SHOT_DOWN = frozenset({"in the air", "в воздухе", "у повітрі", "в повітрі"})
_STILL_BEFORE_RE = re.compile(r"(?<!\w)(?:remain\w*|still|are|were|ще|ещ[её]|залиша\w*|оста\w*|перебува\w*|наход\w*)\s+[–—-]?\s*$",
                              re.IGNORECASE)
# A verb of attacking, the place it names as its object, and the weapons it was attacked with
_ATTACK_VERB_RE = re.compile(r"(?:атаку\w*|атакова\w*|обстріля\w*|обстреля\w*|вдари\w*|удари\w*|attack(?:ed|s)?|struck|strikes"
                             r"|hit)", re.IGNORECASE)
# The place a verb of attacking has before it as its object ("Вночі Одесу атакували 12 дронів", "Kyiv was attacked with
# 10 drones")
_PLACE_BEFORE_ATTACK_RE = re.compile(r"\s+(?:(?:was|were|has been|have been|had been)\s+)?")
_OBJECT_BEFORE_PLACE_RE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:the\s+)?", re.IGNORECASE)
_WITH_AFTER_PLACE_RE = re.compile(r"\s+(?:(?:з|із|with|using)\s+)?(?:(?:одразу|сразу|up\s+to|до|понад|более|більш\s+ніж)\s+)?")
# A whole a sentence opens with, its shares after it: "Среди почти полторы сотни беспилотников, …, 100 дронов - …"
_AMONG_BEFORE_RE = re.compile(r"(?:^|[.;:]\s*|\n)(?:Среди|Серед|Among)\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)
# What weapons were shot down with: "were shot down with a Pantsyr-S anti-aircraft missile and gun system"
_INSTRUMENT_BEFORE_RE = re.compile(r"(?<!\w)(?:with|using|by)\s+(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "launched from Ukraine over its western Belgorod region": after a place launched from, the place brought down over
_OVER_RE = re.compile(r"\s(?:over|над)\s")
_ORIGIN_COUNTRY_RE = re.compile(r"(?<!\w)(?:Ukraine|Russia|Украины|Украина|России|України|Росії)(?!\w)")
_BY_FROM_RE = re.compile(r"\s+(?:by|from)\s", re.IGNORECASE)
# "Two drones involved in the attack were destroyed": a participle before the finite verb (not "were involved in")
_INVOLVED_IN_RE = re.compile(r"(?<!were )(?<!was )involved in\s", re.IGNORECASE)
_LAUNCH_AND_RE = re.compile(r"\s(?:та|і|и|and|а також|as well as)\s")
_SUFFIX_RE = re.compile("-" + CASE_SUFFIX)
# "16 out of 27 drones", "460 of the drones", "дві з трьох ракет", "41 out of a total of 48 drones": the first
# number's noun is the second's.
_OF_RE = re.compile(r"\s+(?:out\s+of|of|з|із|зі|из)\s+(?:the\s+|its\s+|their\s+)?(?:(?<=of\s)a\s+total\s+of\s+)?(?:just\s+)?|/",
                    re.IGNORECASE)
# "71 drones out of 101 launched", "71 БпЛА з 101": the number after the noun is the total.
_OUT_OF_RE = re.compile(r"\s+(?:out\s+of\s+the|out\s+of|of\s+the|of|з|із|зі|из)\s+(?:(?<=of\s)a\s+total\s+of\s+)?", re.IGNORECASE)
# The same with whose the part's items are between ("shot down 8 drones of the criminal army of the Russian Federation out
# of 10 that …")
_OWNER_GAP = r"\s+of\s+(?:the\s+)?[^\W\d][^\d,.;:()]{0,60}?|[\s-]+type"  # (and "8 drones of the Shahed type out of 10")
_OWNER_GAP_RE = re.compile(_OWNER_GAP, re.IGNORECASE)
_OWNER_OUT_OF_RE = re.compile(rf"(?:{_OWNER_GAP})\s+out\s+of\s+(?:the\s+)?", re.IGNORECASE)
# The part's passive verb before "out of" and the whole: "40 drones were shot down out of 50 launched"
_VERB_OUT_OF_RE = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?", re.IGNORECASE)
_PASSIVE_BEFORE_RE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:(?:successfully|reportedly)\s+)?",
                                re.IGNORECASE)
# "57 drones over the Moscow region, out of a total of 437 intercepted": the first figure is a part of the second
_OF_A_TOTAL_RE = re.compile(r",?\s+(?:out\s+of|of|from)\s+(?:a|the)\s+total\s+of\s+$", re.IGNORECASE)
# The places most struck: "Больше всего … уничтожено в Ростовской области – 20"
_MOST_RE = re.compile(r"(?<!\w)(?:больше всего|активнее всего|наибольш\w*|найбільше|найбільш\w*|(?:largest|highest|greatest) number)"
                      r"(?!\w)", re.IGNORECASE)  # (and "The highest number - 73 - was recorded in Bryansk region")
# The most of a whole, before a place and its count: "Большинство дронов сбито над Брянской областью — 18" (the place
# most struck, not a line of the Ministry's list)
_MOST_OF_ALL_RE = re.compile(r"(?<!\w)(?:большинств\w*|больш(?:ая|ую) част\w*|більшість|більшу частину|most)(?!\w)",
                             re.IGNORECASE)
_DASH_BEFORE_COUNT_RE = re.compile(r"\s[–—-]\s*$")  # (a hyphen set apart as a dash too: "The highest number - 73 - was")
# The same after the closing quote of a part's noun ("п'ять «шахедів» із семи"), or in a bracket ("450 drones (out of
# 477)", "10 missiles (of 22)")
_QUOTED_OUT_OF_RE = re.compile(r"[»\"”'’]?(?:\s*\((?:out\s+of(?:\s+the)?|of(?:\s+the)?|з|із|зі|из)\s+|"
                               + _OUT_OF_RE.pattern + ")", re.IGNORECASE)
_OF_STARTS = (" of ", " out of ", " Of ", " Out Of ", " з ", " із ", " зі ", " из ", "/")
_POSSESSIVE = ("'s ", "’s ")
_THEIR_GAP_RE = re.compile(r"\s+(?:their|its)\s+", re.IGNORECASE)
# Between a verb of striking after a count and what was struck: "5 попали в цели", "3 влучили у промислові об'єкти"
_INTO_GAP_RE = re.compile(r"\s+(?:в|во|у|по)\s+(?:[^\W\d][\w'’ʼ-]*\s+)?", re.IGNORECASE)
# A place named as part of an authority: "the Kyiv City Military Administration", "the Odesa regional governor"
_AUTHORITY_WORDS = ("administration", "governor", "mayor")
# Who said a quoted figure, after its quote and a dash: "…», – сказал он на брифинге в Киеве", "…\", – заявив Ігнат у
# Києві" (the place where it was said is no place of the figure)
_SAID_AFTER_DASH_RE = re.compile(r"[»\"”]?,?\s+[-–—]\s+(?:[^\W\d][\w'’.-]*\s+){0,3}(?:сказал|заявил|сообщил|отметил|"
                                 r"подчеркнул|добавил|уточнил|рассказал|сказав|заявив|повідомив|зазначив|наголосив|"
                                 r"додав|розповів|уточнив)\w*", re.IGNORECASE)
_AUTHORITY_AFTER_RE = re.compile(r"\s+(?:(?:city|regional|oblast|region's)\s+)?(?:military\s+)?(?:administration|governor|mayor)"
                                 r"(?!\w)", re.IGNORECASE)
_OWN_SKY_RE = re.compile(r"(?:airspace|skies|sky|outskirts|suburbs)(?!\w)", re.IGNORECASE)
_NO_BREAK = 1 << 62
# The word keys (`lexicon.Scan.words`) a text must have for the words that the flags of `Text` look for.
_ALL_KEYS = frozenset({"al", "ус", "вс"})
_ARTICLE_KEYS = frozenset({"a ", "an", "од", "on", "al", "ус", "вс"})
_PLACES_KEYS = frozenset({"ре", "об", "re", "ob", "te", "пр"})
_MORE_KEYS = frozenset({"ещ", "ще", "an", "fu"})
_KEYED_RE = re.compile(r"\W(?=\w)")


# `_keyed` of each word list asked about, kept (a plain dictionary costs less to look up than a cached function).
_KEYED: dict[tuple[str, ...], tuple[tuple[str, str | None], ...]] = {}


def _keyed(words: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """Words -> each with the key (`lx.Scan.keys`) of the word it has after a space or a mark (" їх ": "їх", "them all":
    "al", ", where ": "wh"), or None: a text none of whose words begins with that key does not have the word."""
    out = []
    for w in words:
        m = _KEYED_RE.search(w)
        out.append((w, w[m.end():m.end() + lx.KEY] if m and len(w) >= m.end() + lx.KEY else None))
    keyed = tuple(out)
    if len(_KEYED) < 1024:
        _KEYED[words] = keyed
    return keyed


# A shared count: "по четыре – над …", "по одному БПЛА над …" (before the number), "three each over …" (after).
_PO_RE = re.compile(r"(?<!\w)[Пп]о\s+$")
_SINGLE = ("single ", "Single ", "одиночн", "Одиночн")
# The participle of launching between "of" and a count ("Із запущених 50", "of the launched 50")
_LAUNCHED_BEFORE = r"(?:(?:запущених|випущених|запущенных|выпущенных|launched)\s+)?$"
# (also after a sentence's opening word of sum or time: "Загалом із 50 дронів збито 40", "На сьогодні з 673 засобів
# повітряного нападу збито і подавлено 635", "Станом на 09:00 з 50 БпЛА збито 40")
_FROM_TOTAL_RE = re.compile(r"(?:^|[.;:\n]\s*|,\s+|(?<!\w)(?:that|що|что)\s+(?:[^\W\d]+\s+)?)"
                            r"(?:(?:загалом|всього|усього|всего|в целом|overall|in total|на сьогодні|на сегодня|наразі"
                            r"|станом на \d{1,2}[:.]\d{2}|по состоянию на \d{1,2}[:.]\d{2}|as of \d{1,2}[:.]\d{2}),?\s+)?"
                            r"(?:з|із|зі|из|з-поміж|із числа|з числа|из числа|of the|out of the|out of|of)\s+"
                            r"(?:(?:цих|тих|этих|тех|these|those)\s+)?"  # ("Из этих 33 целей сбито 30")
                            + _LAUNCHED_BEFORE,
                            re.IGNORECASE)
# A share with no number of a count ("most of the 50 drones", "більшість із 50 дронів"): the count is the number launched
# (or a fraction: "two-thirds of the 60 drones", "дві третини з 60 дронів")
_SHARE_OF_RE = re.compile(r"(?<!\w)(?:most|(?:nearly|almost) all|half|(?:the )?majority|(?:the )?bulk|більшість|більшу частину|"
                          r"майже (?:всі|усі)|половин[уа]|большинство|большую часть|почти все|"
                          r"(?:an?|one|two)[- ]thirds?|(?:a|one|three)[- ]quarters?|(?:дві )?третин[уаи]|"
                          r"(?:две )?трети|треть|(?:три )?чверт[іь]|(?:три )?четверт[иь])\s+"
                          r"(?:of|з|із|зі|из)\s+(?:the\s+)?" + _LAUNCHED_BEFORE,
                          re.IGNORECASE)
_SHARE_WORDS = ("most", " all", "half", "majority", "bulk", "більш", "майже", "половин", "большинств", "большую",
                "почти", "third", "quarter", "третин", "трет", "чверт", "четверт")  # (one is in every match)
# The last words of `_FROM_TOTAL_RE` and `_SHARE_OF_RE` ("з", "зі", "з-поміж", "із числа", "of the", "out of", "launched"):
# a number after none of them is no total of either (`_of_word_before`)
_OF_WORD_ENDS = ("з", "зі", "поміж", "числа", "the", "of", "запущених", "випущених", "запущенных", "выпущенных",
                 "launched", "цих", "тих", "этих", "тех", "these", "those")
_OF_WHICH_RE = re.compile(r"\s+(?:of (?:which|them)|з (?:них|яких)|із (?:них|яких)|из (?:них|которых))(?!\w)", re.IGNORECASE)
# "all (of) the" before a plural noun with no number: all of that weapon, a figure the text does not count
_ALL_THE_RE = re.compile(r"(?<!\w)(?:all (?:of )?the|всі|усі|все)\s+(?:[^\W\d][\w'’-]*\s+){0,2}$", re.IGNORECASE)
_OF_THEM_RE = re.compile(r"\s+(?:of (?:them|these)|з них|із них|из них)(?!\w)", re.IGNORECASE)
# The sentence of a text's first figures opening on "them" of a whole it does not state ("Серед них було 6
# «Кинджалів»", "These included six Kinzhal missiles", "Среди них — 12 ракет"): its weapons launched are parts of it
_OPENING_PART_RE = re.compile(r"\W{0,3}(?:(?:these|they|those) included|among (?:them|these|which)"
                              r"|серед (?:них|яких)|среди (?:них|которых))(?!\w)", re.IGNORECASE)
# A sentence that opens with "зокрема" or "among the targets", before a share of one drone model launched.
_OPENING_SHARE_RE = re.compile(r"\W{0,3}(?:зокрема|в частности|серед (?:ворожих )?цілей|среди (?:вражеских )?целей"
                               r"|among the (?:enemy )?targets)(?!\w)", re.IGNORECASE)
# The same words before the part's count: "31 Shahed-136/131 drones, of which 19 were shot down", "среди которых 112"
_OF_WHICH_BEFORE_RE = re.compile(r"(?<!\w)(?:of (?:which|them|these)|з (?:них|яких)|із (?:них|яких)|из (?:них|которых)"
                                 r"|серед (?:них|яких)|среди (?:них|которых)),?\s+$", re.IGNORECASE)
# "п'ять «шахедів» із семи": the whole a part was taken from, with no noun of its own, right after the part's noun
# ("28 kamikaze drones of the 31 which … were launched", "66 drones out of 75 (the total number launched …)", "15 збитих
# дронів із 20 – це чудовий результат")
_WHOLE_BEFORE_RE = re.compile(r"[»\"”'’]?\s(?:із|з|зі|из|out of|of the|(?:out of|of) a total of)\s+$", re.IGNORECASE)
_WHOLE_AFTER_RE = re.compile(r"\s*(?:[.,;:!?()]|\s[-–—]\s|$|(?:протягом|впродовж|за|у|в|на|during|overnight|in|on|by|launched|"
                             r"запущених|випущених|and|і|и|та|which|that)(?!\w))", re.IGNORECASE)
# An Iskander named without its letter: the kind of missile says which ("крылатой ракетой «Искандер»": the Iskander-K).
_ISKANDER_OF = {"cruise_missile": "iskander-k", "ballistic_missile": "iskander-m"}
_ISKANDER_RE = re.compile(r"(?<![\w-])(?:Iskander|Искандер|Іскандер)\w*(?![\w-])", re.IGNORECASE)
_ISKANDER_AFTER_RE = re.compile(r"\s*[«\"“]?(?:Iskander|Искандер|Іскандер)\w*(?![\w-])", re.IGNORECASE)
# A range of counts: "between 141 and 170 drones" (not of clock times: "between 8 and 11 p.m.")
_BETWEEN_RE = re.compile(r"(?<!\w)between\s+$", re.IGNORECASE)
# The upper end of a range of counts after its lower end, and the word that may open it: "20-30 drones", "20 to 30
# drones", "от 20 до 30 БПЛА", "від 20 до 30 дронів"
_RANGE_UPPER_RE = re.compile(r"\s*(?:[-–—]|to\s|до\s)\s*(\d{1,5})(?![\w.,:/-])", re.IGNORECASE)
_RANGE_FROM_RE = re.compile(r"(?<!\w)(?:from|от|від|з|с)\s+$", re.IGNORECASE)
# "Odd" after a count: "40 с лишним беспилотников", "60 з гаком дронів" (more than forty, more than sixty)
_ODD_AFTER_RE = re.compile(r"\s+(?:с|з|із)\s+(?:лишним|лишнім|лишком|гаком|небольшим)(?!\w)", re.IGNORECASE)
# A verb that governs "до" before it, whose "до" is no upper bound: "що призвело до двох загиблих" (led to two dead)
_LEADS_TO_RE = re.compile(r"(?<!\w)призв(?:ів|ел[аои]?|одить|одять|еде|едуть)\s+$", re.IGNORECASE)
_AND_UPPER_RE = re.compile(r"\s+and\s+\d+(?!\d)(?!\s*(?:[ap]\.?m\.?|o['’]clock|hours?|GMT|UTC|Moscow|local|Kyiv)(?!\w))",
                           re.IGNORECASE)
# Missiles of a kind of their own in a list after cruise missiles: "…, three HARM anti-radar missiles"
_RADAR_RE = re.compile(r"radar|radiation|радиолокац|радіолокац", re.IGNORECASE)
# Between a kind of missile and the count of them that follows it: "балістичні ракети - 28 ракет", "балістичні ракети –
# їх було 18", "баллистические ракеты, то есть 28 ракет".
_APPOSITION_RE = re.compile(r"\s*[,–—-]?\s*(?:(?:їх|их)\s+(?:було|было)\s+|то\s+есть\s+|тобто\s+)?", re.IGNORECASE)
# (and the speed boats an attack is made with: "attacked the shipyard with 10 cruise missiles and three speed boats")
_UNCREWED_RE = re.compile(r"безэкипажн|безекіпажн|uncrewed|unmanned|naval drone|sea drone|maritime drone|drone boat|speedboat drone"
                          r"|speed ?boat|surface drone|marine drone|seaborne drone|water drone|semi-submersible|underwater|морск|морськ", re.IGNORECASE)
_LAUNCHED_AFTER_RE = re.compile(r",\s*(?:запущених|випущених|запущенных|выпущенных)(?!\w)", re.IGNORECASE)
# "shot down all five Russia-launched drones", "downed all 24 drones … fired by Russia", "all of the 23 Shahed-type
# attack drones and five of the six missiles launched by Russia": the weapons of "all" were launched, as the sentence
# says later ("all eight Kalibr missiles … with which the Russian army attacked Ukraine")
_LAUNCHED_LATER_RE = re.compile(r"(?<=\w-)launched|(?<!\w)(?:launched|fired)\s+(?:by|at|from|overnight|against|into)(?!\w)"
                                r"|(?<!\w)used\s+by(?!\w)|(?<!\w)with which\s+(?:[\w'’-]+\s+){1,4}(?:attacked|launched|fired|struck)(?!\w)",
                                re.IGNORECASE)
_OTHERS_RE = re.compile(r"\s+others(?!\w)", re.IGNORECASE)
# A plural count word before "of" and a larger one: "tens of thousands", "hundreds of thousands" (the larger counts)
_OF_LARGER_PLURAL_RE = re.compile(r"\s+of\s+(hundreds|thousands)(?!\w)", re.IGNORECASE)
_ALL_BUT_RE = re.compile(r"(?<!\w)all\s+but$", re.IGNORECASE)
_BY_FIRE_RE = re.compile(r"вогнев\w* засоб|огнев\w* средств", re.IGNORECASE)
_UNIDENTIFIED_TYPE_RE = re.compile(r"(?:невстановлен\w*|неустановлен\w*|невідом\w*|неизвестн\w*) тип\w*", re.IGNORECASE)
_UNITS_IN_BRACKET_RE = re.compile(r"\s+(?:одиниц\w*|единиц\w*|штук\w*|units?)\)", re.IGNORECASE)
# After a word of units, the vehicles or arms they count: "единицы специальной военной автомобильной техники"
_UNITS_OF_OTHER_RE = re.compile(r"\s+(?:[^\W\d]+\s+){0,3}(?:техник|технік|бронетехник|бронетехнік|вооружени|озброєнн)\w*(?!\w)",
                                re.IGNORECASE)
_UNIT_END_RE = re.compile(r"\s*(?:[–—(),.;:]|-\s|$)")
_PLURAL_VERB_RE = re.compile(r"(?:ли|лись)$", re.IGNORECASE)  # "запускали", "атаковали"
_ONE_VERB_AFTER_RE = re.compile(r"\s+(?:упал|упав|был|був)(?!\w)")
_ONE_ADJECTIVE_RE = re.compile(r"(?<!\w)[а-яіїєёґ]{3,}(?:ый|ий|ой|ій)\s+$", re.IGNORECASE)
# (and with a word before the first noun, "including both attack drones and decoy drones", but not a verb, "both drones
# were downed and …", nor before a count of the second, "both Kinzhal missiles and 20 drones": those count two)
_BOTH_AND_RE = re.compile(r"\s+[^\W\d][\w-]*\s+(?:and|і|та|и)\s"
                          r"|\s+(?!(?:were|was|are|is|have|had|has|been|були|було|были|было)(?!\w))[^\W\d][\w-]*"
                          r"\s+(?!(?:were|was|are|is|have|had|has|been|були|було|были|было)(?!\w))[^\W\d][\w-]*"
                          r"\s+(?:and|і|та|и)\s+(?![\d(]|" + lx.NUMBER_WORD_RE.pattern + r")", re.IGNORECASE)
# A number word before a span of time counts nothing: "о 23 сбитых за пять часов БПЛА"
_WORD_MEASURE_RE = re.compile(rf"\s+(?:час(?:а|ов)|годин\w*|хвилин\w*|минут\w*|hours?|minutes?|{dates.WAVE_WORDS})(?!\w)",
                              re.IGNORECASE)  # (and waves: `dates.WAVE_WORDS`)
# Half a hundred, half a dozen: about so many ("полсотни беспилотников")
_HALF_RE = re.compile(r"пол\s?сотн\w*|полусотн\w*|пів\s?сотн\w*|полдюжин\w*|півдюжин\w*|half a dozen", re.IGNORECASE)
_A_DOZEN_RE = re.compile(r"an?\s+dozen|десяток", re.IGNORECASE)  # "Ще десяток дронів": about ten
_WAVE_RE = re.compile(r"(?<!\w)(?:wave|barrage|swarm|salvo)\s+of\s+$", re.IGNORECASE)
_WAVE_WORDS = ("wave", "barrage", "swarm", "salvo")  # (one is in every match)
_SUPPLIED_RE = re.compile(r"(?:(?<!\w)(?:power|electricity|heating|heat|water|gas|supplies|supply|services?)\s+(?:to|for)|"
                          r"(?<!\w)без\s+(?:світла|електро\w*|тепла|газу|води|света|электричества|воды)(?:\s+\w+){0,2})\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_AND_BEFORE_RE = re.compile(r"\s(?:and|та|і|й|и)\s+$", re.IGNORECASE)
_OF_THEM_DASH_RE = re.compile(r"\s+(?:з|із|зі|из|of)\s+(?:них|them|these)\s*[–—-]\s*[«\"“']?", re.IGNORECASE)
# "two drones over the Black Sea and seven in other locations", "52 people were injured, including 47 in a drone
# strike": a noun after these words is where the count was, or what caused it, not what it counts
_IN_OTHER_RE = re.compile(r"\s+(?:in|at|across|over|в|у|на|над)\s+(?:other|других|інших)\s+", re.IGNORECASE)
_IN_AN_ATTACK_RE = re.compile(r"\s+(?:in|during|by|from|after)\s+(?:an?|the)\s+(?:[^\W\d]+\s+)?", re.IGNORECASE)
_ATTACK_AFTER_RE = re.compile(r"[\s-]+(?:strikes?|attacks?)\b", re.IGNORECASE)
# Words between a count and its noun: of kind ("122 various types of drones"), of the army ("2 Ukrainian Armed Forces
# drones", "over 1,000 Ukrainian Armed Forces’ airplane-type unmanned aerial vehicles", "a Ukrainian Air Force Su-24
# plane")
_NOUN_GAP_RE = re.compile(r"(?:(?:various|different|other|several|all)\s+(?:types|kinds)\s+of|(?:[\w-]+\s+)?(?:Armed\s+Forces['’]?|AFU|Air\s+Force)(?:\s+[^\W\d]+-type|\s+[A-Z][a-z]*-\d+\w*)?"
                          r"|[^\W\d][\w-]*\s+(?:и|і|й|та|and|or|або|или)\s+[^\W\d][\w-]*"
                          # "43 surface-to-surface, air-to-surface and maritime surface-to-surface missiles": kinds listed
                          r"|(?:[^\W\d][\w-]*,\s+)+[^\W\d][\w-]*\s+(?:and|or)\s+(?:[^\W\d][\w-]*\s+)?[^\W\d][\w-]*"
                          r"|(?:[\w-]+\s+)?fixed-wing(?:\s+type)?|(?:[\w-]+\s+)?U\.S\.-(?:made|supplied|provided))\s+",
                          re.IGNORECASE)
# Kinds listed with commas before their noun: "43 surface-to-surface, air-to-surface and maritime surface-to-surface
# missiles"
_KINDS_LISTED_RE = re.compile(r"(?:[^\W\d][\w-]*,\s+)+[^\W\d][\w-]*\s+(?:and|or)\s+(?:[^\W\d][\w-]*\s+){1,2}", re.IGNORECASE)
# "114 aerial attacks": the kind of attack before its noun
_AERIAL_BEFORE_RE = re.compile(r"(?:air|aerial)\s+", re.IGNORECASE)
_COMPOUND_RE = re.compile(r"-[^\W\d]")
# The word for thousands after a number in digits.
_THOUSANDS_RE = re.compile(r"\s+(?:thousand|тысяч[аиу]?|тисяч[аіу]?|тыс\.|тис\.)(?!\w)", re.IGNORECASE)
# Dozens after a number in digits: "2 dozen drones"
_DOZENS_AFTER_RE = re.compile(r"\s+dozens?(?!\w)", re.IGNORECASE)
# Tens and hundreds after a digit: "4 десятка", "5 десятков", "4 десятків", "2 сотни", "3 сотен", "2 сотні"
_TENS_AFTER_RE = re.compile(r"\s+(десят(?:ок|ка|ков|ків)|десятк(?:и|ів)|сот(?:ня|ни|ен|ні|ень))(?!\w)", re.IGNORECASE)
# A count of thousands with one decimal: "1.2 thousand drones", "1,2 тыс. БПЛА" (1,200)
_DECIMAL_THOUSANDS_RE = re.compile(r"(?<![\w.,])(\d{1,3})[.,](\d)" + _THOUSANDS_RE.pattern, re.IGNORECASE)
# The word for millions after a number in digits: "1 million aerial targets", "2 млн дронів"; with a decimal, "1.5
# million"
_MILLIONS_RE = re.compile(r"\s+(?:million|мільйон\w*|миллион\w*|млн\.?)(?!\w)", re.IGNORECASE)
_DECIMAL_MILLIONS_RE = re.compile(r"(?<![\w.,])(\d{1,3})[.,](\d{1,2})" + _MILLIONS_RE.pattern, re.IGNORECASE)
# The hundreds written after the word for thousands: "1 тыс. 218 беспилотных летательных аппаратов"
_HUNDREDS_AFTER_RE = re.compile(r"\s+(\d{3})(?![\d.,:])")
# A colon that opens a list after a verb: "… were intercepted and destroyed: four over the Belgorod, two over …"
_COLON_LIST_RE = re.compile(r":\s|(?<!\w)included\s")  # (or "the drones that were intercepted overnight included 30 …")
# The opening of a sentence that states a total with no verb: "Всього 35 ударних БпЛА.", "A total of 35 attack drones."
_TOTAL_OPENING_RE = re.compile(r"\s*(?:всього|усього|загалом|всего|итого|a total of|in total,?)\s+", re.IGNORECASE)
# Between a count and the one who brought them down, named after "by": "14 by air defence systems", "five by fighter jets"
_BY_AGENT_GAP_RE = re.compile(r"\s+(?:by|through)\s+(?:(?:the|its|their|Russian|Ukrainian|mobile|army)\s+)*", re.IGNORECASE)
# Who launched them, between a participle and its noun: "16 из 23 запущенных российской армией беспилотников"
# (its adjective in the plural too, and where they were aimed after it or alone: "61 из 71 выпущенной российскими
# войсками по Украине крылатой ракеты", "з 40 випущених по Києву ракет")
# ("две выпущенные ВСУ американские ракеты": the army by its abbreviation, and one adjective after it; a word of when
# before it: "з 40 випущених сьогодні росією ракет"; the country by its abbreviation: "три запущені РФ по Україні
# ракети")
_AGENT_RE = re.compile(r"\s+(?=\S)(?:(?:сегодня|сьогодні|вчера|вчора|ночью|вночі|уночі|накануне|напередодні)\s+)?"
                       r"(?:(?:[^\W\d]+(?:ой|ей|ою|ею|ими|ыми)\s+)?[^\W\d]+(?:ей|ом|ами|ями|ою|ею|єю)\s+"
                       r"|(?-i:ВСУ|ЗСУ|ВФУ|РФ)\s+(?:[^\W\d]+(?:ие|ые|их|ых|і|ї)\s+)?)?"
                       r"(?:по\s+(?:территории\s+|території\s+)?[^\W\d]+\s+)?(?<=\s)", re.IGNORECASE)
# A force named for its republic is no place: "бойцы Народной милиции Донецкой Народной Республики".
_FORCE_OF_RE = re.compile(r"(?:милиции|міліції|militia of(?: the)?|militia)\s+$", re.IGNORECASE)
_FORCE_WORDS = ("милиц", "міліц", "militia")  # (one is in every match)
# A place that only measures where another is, or borders it: "60 kilometers southeast of Moscow", "в 340 километрах от
# Севастополя", "the Bryansk region, bordering Ukraine".
_REFERENCE_POINT_RE = re.compile(r"(?:(?:kilomet(?:er|re)s?|km|miles?|километр\w*|кілометр\w*|км)\s+(?:(?:to\s+the\s+)?"
                                 r"(?:north|south|east|west)\w*\s+)?(?:of|from|от|від)"
                                 r"|bordering|граничащ\w*\s+с|що\s+межує\s+з|межує\s+з)\s+(?:the\s+)?$", re.IGNORECASE)
_DISTANCE_WORDS = ("km", "kilomet", "mile", "км", "километр", "кілометр", "bordering", "граничащ", "межує")  # (one is in every match)
# Two types of one count's airframes: "Три самолета Су-25 и Су-24", "two Su-25 and Su-24 aircraft".
_TYPES_JOINED_RE = re.compile(r"\s*(?:,|и|і|та|and)\s*")
# An aircraft named in the instrumental case after a verb of shooting down is the one that did it.
_CRAFT_ITEMS = frozenset({"aircraft", "helicopter"})
# Craft of the side that speaks, counted as the subject of a verb of destroying with an object after it: "one of its
# Sukhoi fighter jets has destroyed a Ukrainian boat", "two of our helicopters shot down the drones"
_OWN_CRAFT_RE = re.compile(r"\s+of\s+(?:its|their|our)\s", re.IGNORECASE)
# A ship of the side that speaks, the subject of a verb of destroying: "one of its Black Sea Fleet ships had destroyed
# two naval drones", "one of our patrol vessels destroyed a boat" (the ship did it; no count of ships)
_OWN_SHIP_RE = re.compile(r"\s+of\s+(?:its|their|our)\s+(?:[\w'’-]+\s+){0,4}?(?:war)?(?:ships?|vessels?|frigates?|corvettes?)(?!\w)",
                          re.IGNORECASE)
# The attacks a count took part in, with a relative clause of their own casualties, between a count with no noun and a
# verb of killing: "downed nearly 160 more over other regions in attacks that killed at least one" (the attacks killed)
_ATTACKS_THAT_RE = re.compile(r"\s(?:attacks?|strikes?|raids?)\s+(?:that|which)\s", re.IGNORECASE)
_ACTS_ON_RE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:destroyed|shot\s+down|downed|struck|hit|sank|sunk|intercepted)"
                         r"\s+(?:an?|the|\d|all|two|three|four|five|six|seven|eight|nine|ten)(?!\w)", re.IGNORECASE)
# A name right after a drone noun, in quotes or after "типа" ("беспилотника «Байрактар ТБ-2»", "БпЛА типу Bayraktar")
_APPOSED_NAME_RE = re.compile(r"\s*(?:(?:типа|типу|type)\s+)?[«\"“„]?", re.IGNORECASE)
# The type of a crewed aircraft: "Su-27", "МиГ-29", "Ми-8".
_AIRCRAFT_TYPE_RE = re.compile(r"(?<!\w)(?:Su|Су|MiG|МиГ|МіГ|Mi|Ми|Мі|Ka|Ка|Tu|Ту|Il|Ил|Іл|Yak|Як|An|Ан)-\d", re.IGNORECASE)
_INSTRUMENTAL_END_RE = re.compile(r"(?:ем|ом|ами|ями)$", re.IGNORECASE)
_RESPECTIVELY_RE = re.compile(r"(?<!\w)(?:respectively|відповідно|соответственно)(?!\w)", re.IGNORECASE)
# A second count and "respectively" right after a count: "по четыре и два БПЛА соответственно"
_RESPECTIVELY_AFTER_RE = re.compile(r"\s+(?:и|і|та|and)\s+[^\s.;]+(?:\s+[^\W\d]+){0,3}?,?\s+(?:respectively|відповідно|соответственно)(?!\w)",
                                    re.IGNORECASE)
_EACH_RE = re.compile(r"(?<!\w)(?:each|apiece)(?!\w)", re.IGNORECASE)  # ("one drone apiece over Kursk and Oryol")
# A second noun phrase with its own article or number word starts a new figure: "162 drones and an X-47 missile".
_NEW_PHRASE_RE = re.compile(r"\s(?:and|та|і|и|й|а також|as well as)\s+(?:an?|another|one|all|одн\w*|усі|всі|все)\s"
                            r"|\sand\s+the\s", re.IGNORECASE)  # "36 drones and the missile struck": the missile is no part
# "around 200 were Shahed attack drones and the rest decoys": the rest is a phrase of its own.
_REST_RE = re.compile(r"\s+(?:and|while|with|та|і|а|и)\s+(?:the rest|the remaining|the others|решта|остальные)(?!\w)",
                      re.IGNORECASE)
# Between a participle and the count it governs: "fired from 10 strategic bombers"
_PREPOSITION_GAP_RE = re.compile(r"\s+(?:from|by|with|from the|з|із|зі|с|со|из)\s+", re.IGNORECASE)
# "34 decoy drones that Russia launched": a verb in a relative clause is not the figure's.
_RELATIVE_RE = re.compile(r"(?<!\w)(?:that|which|які|яких|которые|которых)(?!\w)", re.IGNORECASE)
# "shot down the majority of 135 Russian drones launched overnight": the count is of those launched
_MAJORITY_OF_RE = re.compile(r"(?<!\w)(?:the majority of|most of|more than half of|большинств\w* из|більшість (?:з|із))\s+$",
                             re.IGNORECASE)
# A relative clause without "that": "destroyed 17 of the … Shahed drones Russia used in its attack"
_SUBJECT_GAP_RE = re.compile(r"\s+(?:(?:Russia|Moscow|the enemy|Russian (?:forces|troops)|the Russians?(?: army| military"
                             r"| forces| troops)?|Kyiv|Ukraine|it|they)\s+(?:had\s+|has\s+|have\s+)?"
                             r"|(?:allegedly|reportedly|supposedly|purportedly|previously)\s+)", re.IGNORECASE)
# A clause of time with its own subject after a count and its noun: "downed 26 drones overnight as Russia launched …"
_SUBORDINATE_GAP_RE = re.compile(r"(?:\s+(?:overnight|last\s+night|at\s+night|on\s+\w+))?,?\s+(?:as|when|while|whilst|after)"
                                 + _SUBJECT_GAP_RE.pattern, re.IGNORECASE)
# Nouns of targets: hit with them, they count places ("strike 25 targets", "влучання у 20 цілей").
_TARGETS_RE = re.compile(r"(?:targets|ціл|цел|об['’ʼ]єкт|объект)", re.IGNORECASE)
# A dash after a count of targets, before the words that name them: "145 повітряних цілей – ударних БпЛА …"
_TARGETS_DASH_RE = re.compile(r"\s*[–—]\s*")
# "all 27 drones launched overnight": the figure is also the number launched.
# "ещё 34", "another nine": a figure added to those before it, never a part of them.
_IN_BEFORE_RE = re.compile(r"(?:(?<!\w)(?:в|у|на|по|in|at)(?:\s+another)?|[–—](?:\s*(?:ещё|еще|ще))?)\s+$", re.IGNORECASE)
# A bare count of places after a locative word: "падіння уламків ще на трьох", "debris fell in two".
_PLACES_AFTER_RE = re.compile(r"(?<!\w)(?:на|у|в|in|at)(?:\s+another)?\s+$", re.IGNORECASE)
_DAY_BEFORE_RE = re.compile(r"(?<![\d.:])\d{1,2}\s+$")
# "4 и 3 беспилотника", "по 17 и 12 БПЛА": the first number's noun is the second's.
_AND_NUMBER_STARTS = (" и ", " і ", " та ", " and ", " or ", " или ", " або ")
# Numbers in a row before "and" the last: ", 5 and 4" after the 6 of "6, 5 and 4 drones".
_COMMA_NUMBERS_RE = re.compile(r"(?:,\s+(?:\d+|[^\W\d]+)(?!\w))+,?\s+(?:и|і|та|and)\s+(?:\d+|[^\W\d]+)(?!\w)")
# Between the words from a count to the model it names as a share: white space, dashes, quotes, brackets.
_SHARE_GAP_RE = re.compile(r"[\s\-–—«»\"'“”„’()]*")
_DASH_IN_RE = re.compile(r"[-–—]")
_GAP_WORD_RE = re.compile(r"[^\W_][\w'’ʼ/-]*")
_AND_VERB_NUMBER_RE = re.compile(r"\s+and\s+([^\W\d]+)\s+(?:another\s+|a further\s+)?", re.IGNORECASE)
_AND_NUMBERS_RE = re.compile(r"(?:\s+(?:и|і|та|and|or|или|або)\s+[\w-]+)+", re.IGNORECASE)
_CONJUNCTION_RE = re.compile(r"(?<!\w)(?:and|but|while|whereas|та|і|й|и|а також|але|но)(?!\w)", re.IGNORECASE)
# A verb after the noun and a dash: "Ще 42 російські безпілотники-імітатори — локаційно втрачені".
# (past the words of a hit recorded: "і ще дві ракети – було зафіксовано влучання в області")
_DASH_VERB_RE = re.compile(r"(?:\s+-\s+|\s*[–—]\s*)(?:(?:було|было|були|были)\s+)?"
                           r"(?:(?:зафіксовано|зафиксировано|зафиксированы)\s+(?=влучан|влучен|попадани))?", re.IGNORECASE)
# A singular noun phrase joined to a figure: "145 безпілотників та балістичну ракету" (one missile).
_JOINED_SINGULAR_RE = re.compile(r"(?<!\w)(?:та|і|й|и|а також|and|as well as)\s+(?:[^\W\d][\w'’/-]*\s+){0,3}$", re.IGNORECASE)
_ALSO_SINGULAR_RE = re.compile(r",\s+(?:а также|а ещё|а еще|а також|as well as|and also)\s+(?:[^\W\d][\w'’/-]*\s+){0,2}",
                               re.IGNORECASE)
# A singular participle of flight after "в том числе" with no number: one of the count before it.
_ONE_BOUND_FOR_RE = re.compile(r"(?<=в том числе )(?:летевший|летящий|летевшего|летящего)(?= на )")
# Electronic warfare alone as the subject of "neutralised": jamming, in the Defence Ministry's words too ("while
# electronic warfare neutralised six"; not "air defense and electronic warfare took down or intercepted …").
# (and an electronic warfare system as the subject of a verb of hitting: "The Pole-21 electronic warfare system impacted
# a Ukrainian attack drone")
_JAMMING_SYSTEM_BEFORE_RE = re.compile(r"(?<!and )(?:electronic warfare|EW)\s+(?:systems?|complex(?:es)?|means|units?)\s+$",
                                       re.IGNORECASE)
# "ще 6 БпЛА внаслідок активної протидії засобів РЕБ локаційно втрачено", "еще шесть беспилотников в результате
# противодействия РЭБ локационно потеряны": the cause of the loss between a count's noun and its verb, not a clause of its own
_JAMMING_CAUSE_GAP_RE = re.compile(r"\s+(?:внаслідок|в результаті|у результаті|в результате|вследствие|через|завдяки|благодаря|"
                                   r"из-за)\s+(?:[^\W\d][\w'’-]*\s+){0,4}?(?:РЕБ|РЭБ|(?:радіоелектронн|радиоэлектронн)\w*\s+"
                                   r"(?:боротьб|борьб)\w*)\s+", re.IGNORECASE)
# The same cause set off by commas between a count and its verb: "ще шість безпілотників, внаслідок протидії РЕБ,
# локаційно втрачені", "six more, due to electronic warfare, were lost"
_JAMMING_CAUSE_ASIDE_RE = re.compile(r",\s+(?:внаслідок|в результаті|у результаті|в результате|вследствие|через|завдяки|"
                                     r"благодаря|из-за|due to|because of|as a result of|thanks to)\s+"
                                     r"(?:[^\W\d][\w'’-]*\s+){0,4}?(?:РЕБ|РЭБ|EW|(?:радіоелектронн|радиоэлектронн)\w*\s+"
                                     r"(?:боротьб|борьб)\w*|electronic warfare|jamming|протиді\w*|противодейств\w*|countermeasures)"
                                     r"(?:\s+[^\W\d][\w'’-]*){0,4},\s+", re.IGNORECASE)
# "еще 28 человек, в том числе дети, получили ранения", "ще 12 осіб, серед них діти, поранено", "15 more, among them
# children, were injured", "трое военнослужащих технического состава, находившиеся на аэродроме, получили смертельные
# ранения": a clause of who they were or where, set off by commas between a count of people and its own verb
_WHO_ASIDE_RE = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,2},\s+(?:в том числе|среди них|среди которых|в тому числі|у тому числі|"
                           r"серед них|серед яких|зокрема|including|among them|котор\w+|які|що|who|"
                           r"[^\W\d]+(?:вшие|вшиеся|щие|щиеся|вші|чі))\s+(?:[^\W\d][\w'’-]*\s+){0,3}?[^\W\d][\w'’-]*,\s+",
                           re.IGNORECASE)
# (its means named too, and any verb of bringing down after them: "while electronic warfare systems took out five more")
_JAMMING_BEFORE_RE = re.compile(r"(?<!and )(?<!та )(?<!і )(?<!и )(?:[Ee]lectronic warfare|EW|РЭБ|РЕБ)"
                                r"(?:\s+(?:systems|means|units|assets|equipment|crews))?\s+$")
# The weapons or crew of a platform named after them ("Air defense systems of a small missile boat destroyed …").
_DESCRIBED_AS_RE = re.compile(r"(?<!\w)(?:touted|described|billed|known|regarded|seen|hailed|designed|classified|"
                              r"characteri[sz]ed|considered|presented|disguised)\s+as\s+$", re.IGNORECASE)
_WEAPONS_OF_RE = re.compile(r"(?:systems?|crews?|forces|units?|gunners) of\s+$", re.IGNORECASE)
# Between a whole with no verb of its own and the part counted out of it: ", з яких 589 збито"
_OF_WHICH_NEXT_RE = re.compile(r",\s*(?:з яких|із яких|из которых|of which)\s+", re.IGNORECASE)
# A participle of jamming after a count's noun and a comma: "девяти беспилотников, обезвреженных РЭБ", "трех дронов,
# подавленных средствами радиоэлектронной борьбы"
_EW_PARTICIPLE_RE = re.compile(r",\s+(?=(?:обезвреженн|нейтрализованн|придушен|подавлен)\w*\s+(?:средствами\s+"
                               r"|силами\s+|комплексами\s+|засобами\s+)?(?:РЭБ|РЕБ|радиоэлектронной|радіоелектронної))")
# One drone named after the Ministry's formula of an attack: "украинский беспилотный летательный аппарат уничтожен"
_ONE_DRONE_AFTER_RE = re.compile(r"(?<!\w)(?:украинский|один|одного|украинского)\s+(?:беспилотн|БПЛА|БпЛА|дрон)", re.IGNORECASE)
# Between a part's noun and the participle of the whole it was taken from ("збила 99 дронів із запущених 109 БПЛА")
_OF_THE_LAUNCHED_RE = re.compile(r"\s+(?:із|з|зі|из|out of(?: the)?|of the)\s+", re.IGNORECASE)
# Between the comma of a list of single weapons and the next one's noun: its adjectives ("балістичною ракетою").
_LIST_ADJECTIVES_RE = re.compile(r"\s+(?:(?:а|и|і|та)\s+)?(?:[^\W\d]+(?:ою|ой|ий|ый|ая|а|у|ую)\s+){0,3}")
# Between a verb of bringing down and a missile named by its model alone: "the", quoted epithets, capitalised words
# ("shot down the 'unique' Kinzhal", "сбили «не имеющий аналогов» «Кинжал»"), and adjectives in the masculine
# ("подтвердил уничтожение российского «Кинжала»", "збили гіперзвуковий «Кинджал»")
_MODEL_OBJECT_GAP_RE = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[«\"“'‘][^«»\"“”'‘’\d]{1,30}[»\"”'’]\s+|(?-i:[A-Z])[\w-]*\s+"
                                  r"|[а-яіїєґё]+(?:ого|ий|ый|ой|ій)\s+){0,3}[«\"“'‘]?",
                                  re.IGNORECASE)
# A word of doubt between commas after a weapon's noun, before its model: ", ймовірно, «Іскандер-М»"
_HEDGE_ASIDE_RE = re.compile(r",\s*(?:ймовірно|імовірно|вірогідно|можливо|вероятно|предположительно|возможно|"
                             r"presumably|probably|likely|possibly),\s+", re.IGNORECASE)
# A clause after a missile's noun that names the launchers it was fired from, with the model right after:
# ", выпущенные из комплексов «Искандер-М»", ", випущені з ЗРК С-300", " fired from Iskander-M launchers"
_FIRED_FROM_SYSTEMS_RE = re.compile(r",?\s+(?:выпущенн|запущенн|випущен|запущен)\w*\s+(?:из|с|з|із)\s+"
                                    r"(?:(?:комплекс|систем|установ|пусков)\w*\s+(?:\w+\s+)?|(?:ЗРК|ОТРК|ПУ)\s+)?"
                                    r"[«\"“]?|"
                                    r"\s+(?:fired|launched)\s+(?:from|by)\s+(?:the\s+)?", re.IGNORECASE)
# A bracket after a missile's noun that opens with its model, hedged or not: " (presumably Iskander-M)"
_MODEL_IN_BRACKETS_RE = re.compile(r" \((?:(?:presumably|probably|likely|ймовірно|імовірно|вероятно|предположительно),?\s+)?"
                                   r"[«\"“]?", re.IGNORECASE)
# Between a part and the whole it was among: "six Kinzhals were among a volley of 18 missiles", "були серед 40 ракет"
_AMONG_AFTER_RE = re.compile(r"[»\"”’']?\s+(?:(?:were|was|are) among|були серед|было среди|были среди)\s+(?:(?:a|an|the)\s+)?"
                             r"(?:(?:volley|barrage|salvo|wave|swarm|total)\s+of\s+)?(?:(?:the|a|total of)\s+)?",
                             re.IGNORECASE)
# A part of the weapons before, with no number, as the subject or object of a verb: "Some were shot down", "some of
# them did not reach their targets", "частину з яких силам ППО вдалося знищити"
# (not a part that is most of them: "Большая часть из них была уничтожена в Брянской области (9)", "більшу частину з
# них")
_SOME_RE = re.compile(r"(?:(?<=[.!?] )|^)(?-i:Some)(?= (?:were|was|have|had)\b)"
                      r"|(?<!\w)(?-i:some) of (?:them|these|which)"
                      r"|(?<!\w)(?<!большая )(?<!большую )(?<!основная )(?<!основную )(?<!більшу )(?<!більша )"
                      r"(?:частину|частина|часть) (?:з|із|из) "
                      r"(?:них|яких|которых)"
                      # (and those there are besides: "підтверджено збиття 21 БПЛА, є ще локально втрачені")
                      r"|(?<!\w)(?:є|есть) (?:ще|також|еще|ещё|также)(?= (?:локаційно|локально|локационно|збит|сбит|знищен|уничтожен|"
                      r"подавлен|придушен)\w*)", re.IGNORECASE)  # (the verb right after it: "є ще 5 …" counts them)
_SOME_OF_NOUN_RE = re.compile(r"(?<!\w)(?:частину|часть|some of the)\s+[«\"“]?", re.IGNORECASE)
_SOME_WORDS = ("some", "частин", "часть", "є ще", "є також", "есть е", "есть так")  # (one is in every match)
# Between a model and its noun, one or two words that describe it: "Kinzhal hypersonic missiles"
_ADJECTIVES_GAP_RE = re.compile(r"[»\"”'’]?\s+(?:[^\W\d][\w-]*\s+){1,2}")
_MODEL_TO_NOUN_RE = re.compile(r"[»\"”'’]?\s+")  # between a model and its noun: "Kinzhal missile", "«Кинджал» ракета"
_PLURAL_MODEL_RE = re.compile(r"(?:s|и|ы|ів|ов)$")  # "Kinzhals", "Кинджали", "Кинжалы", "Калібрів"
# A singular noun in the instrumental ("ракетой", "ракетою"), and a plural one ("дронами", "беспилотниками"): weapons used.
_INSTRUMENTAL_ONE_RE = re.compile(r"(?<!\w)(?:ракетой|ракетою)$", re.IGNORECASE)
_INSTRUMENTAL_MANY_RE = re.compile(r"(?:ами|ями)(?!\w)", re.IGNORECASE)
# Between a verb and an airframe named by its type: other such names ("сбили Су-25, Су-24 и МиГ-29"), a few words.
_NAMES_GAP_RE = re.compile(r"(?:\s+(?:в воздухе|в повітрі|in the air))?(?:\s*(?:,|и|і|та|and)?\s+[^\W\d][\w-]*?(?:-\d+\w*)?){0,4}\s*"
                           r"(?:,|и|і|та|and)?\s+", re.IGNORECASE)
# (after the noun's model and range: "противорадиолокационная ракета HARM и 45 …", "крылатая ракета большой дальности
# Storm Shadow, а также десять …", where the next count stands)
_LIST_GOES_ON_RE = re.compile(r"(?:\s+(?:большой дальности|великої дальності|[«\"“][^»\"”\n]{1,30}[»\"”]|[A-ZА-ЯЁІЇЄҐ][\w-]*)){0,3}"
                              r"\s*(?:,\s*(?:а также\s+|а також\s+)?|\s+(?:и|і|та|й)\s+)")
_HIT_NOUN_RE = re.compile(r"влуч(?:ан|ань|енн)|попадани|прил[её]т|прильот|hits|strikes|impacts|ураженн", re.IGNORECASE)
_OF_THE_RE = re.compile(r"\d\s+of the\s+aircraft", re.IGNORECASE)
_OF_THE_WEAPONS_RE = re.compile(r"\s+of the\s+(?:weapons|projectiles|munitions)(?!\w)", re.IGNORECASE)
_MORE_RE = re.compile(r"(?<!\w)(?:ещё|еще|ще|another|a further|further)\s+$", re.IGNORECASE)
_ALL_RE = re.compile(r"(?<!\w)(?:all(?: of the| the| of)?|усі|всі|все|всех|всіх)\s+$", re.IGNORECASE)
# A place that a figure of its sentence is about is introduced by a locative word ("над Ставропольем", "in Kursk"), or
# is the sentence's topic ("As for Odesa Oblast, there were up to eight launches", "Що стосується Одещини, …").
_LOCATIVE_RE = re.compile(r"(?<!\w)(?:над|в|у|во|на|по|із|з|из|около|біля|под|під|over|in|on|above|across|near|атаку\w*|атакова\w*|attacked|(?:to )?attack(?!\s+by\s)|(?:to )?strike|"
                          r"as for|as to|as regards|regarding|що стосується|что касается|"
                          r"targeted|(?:city|town|village|region|oblast|head|governor|mayor) of|пункта)\s+(?:[^\W\d][\w'’-]*\s+){0,4}"
                          r"[\"«“„]?$",  # (a name in quotes: "в районе аэродрома "Энгельс"")
                          re.IGNORECASE)
# A place name that holds its own locative word ("под Москвой", "near Moscow", "возле Москвы")
_NEAR_RE = re.compile(r"(?:под|возле|около|біля|поблизу|near)\s", re.IGNORECASE)
# A place named with its administration speaks of that place ("The Kyiv City Military Administration said …").
_ADMINISTRATION_RE = re.compile(r"\s*(?:City|Oblast|Regional|міськ\w*|обласн\w*)?\s*(?:Military|State|військов\w*|державн\w*)\s+"
                                r"(?:Administration|адміністрац\w*)", re.IGNORECASE)
# The locative word of a list line's place, a few words before it ("over the territory of the Republic of Crimea").
_LIST_LOCATIVE_RE = re.compile(r"(?<!\w)(?:над|в|у|во|на|под|під|over|in|above|near)\s+(?:[^\W\d][\w'’-]*\s+){0,6}$",
                               re.IGNORECASE)
# Between a count (and its noun) and the locative word of its place on a list line: a dash, "each", "more" ("two more -
# over the Kursk region"), "of them" ("23 of them over the Moscow region"), "пришелся" ("21 БПЛА пришелся на …").
_LIST_GAP_RE = re.compile(r"[\s–—-]*(?:(?:each|apiece|more|ещё|еще|ще|of them|of these|из них|з них|із них|пришел\w*|пришл\w*)"
                          r"[\s–—-]*)?", re.IGNORECASE)
_INTERCEPT_WORD_RE = re.compile(r"перехва|перехоп|intercept", re.IGNORECASE)
# "Еще 76 сбитых БПЛА пришлись на территорию Краснодарского края": the count of one place of a list
_FELL_TO_RE = re.compile(r"\s+(?:пришл\w*|пришел\w*|пришёл\w*)\s+на\s", re.IGNORECASE)
# The same after the place: "на Брянскую область пришлось 15"
_FELL_BEFORE_RE = re.compile(r"\s+(?:пришл|припал)\w*\s+", re.IGNORECASE)
# A clause about a place, after its comma: its verb is not the figure's ("Forty-six of the drones were over the Kursk
# region, where Ukraine has sent its forces")
_WHERE_WORDS = (", where ", ", где ", ", де ")
_WERE_OVER_RE = re.compile(r"\s+(?:were|was)\s+(?:over|above|in)\s+(?:the\s+)?", re.IGNORECASE)
_WHERE_CLAUSE_RE = re.compile(r",\s+(?:where|где|де)\s", re.IGNORECASE)
# A clause of its own after ", а": its verb is not that of the figures before it ("Виявлено 22 ударних безпілотники на
# шести локаціях, а уламки впали на двох місцях": the six are no places of debris)
_BUT_WORDS = (", а ",)
_BUT_CLAUSE_RE = re.compile(r",\s+а\s+(?!(?:також|также|ще|еще|ещё|й|і|и|так|из|з|із|зі|в|у|на|над)\b)"
                            r"(?=[^\W\d])", re.IGNORECASE)
# Between a casualty noun and the count it opens: "поранених – до 66", "injured: 12".
_CUE_OPENS_RE = re.compile(r"[\s:–—-]*(?:до|up to|to)?\s*")
# Between a count and a verb that opens the next count: "сбито 60, подавлено 20", "обезврежено 80: сбито 60"
_PUNCT_GAP_RE = re.compile(r"\s*[,:;]\s*")
# Between a list line's count and its place when a dash alone joins them ("12 – Kaluga Oblast", "9 — Ростовская область").
_DASH_PLACE_RE = re.compile(r"\s*[–—-]\s*(?:the\s+)?", re.IGNORECASE)
# A dash right after a count (and its noun): before the place of a list line ("и три - в Орловской области"), or
# closing a count set between dashes ("больше всего дронов — 28 — военные сбили …")
_DASH_AFTER_RE = re.compile(r"\s*[–—-]\s")
# Between a place and the count it is given on a list line: "над Брянской — 17", "— по три дрона", "— еще три".
_DASH_BEFORE_RE = re.compile(rf"(?:{_OF_THEM_CYRILLIC})?\s*[–—-]\s*(?:(?:также|тоже|також)\s+)?(?:по\s+|ещ[её]\s+|ще\s+)?|\s+по\s+"
                             r"|\s+(?:пришл\w*|припал\w*)\s+(?:по\s+|ещ[её]\s+|ще\s+)?")  # "на Брянскую пришлось 15"
# Words that name where drones were heading: the place after them is no place of the figure.
_BOUND = r"flying|headed|heading|bound|travell?ing|moving|направлявш\w*|направлял\w*|двигавш\w*|двигал\w*|двигающ\w*|летевш\w*|летел\w*|летіл\w*|летів|летящ\w*|рухал\w*|що\s+летіли"  # words of drones bound for a place
_BOUND_TO = r"targeting|aimed\s+at|approaching|on\s+(?:their|its|the)\s+way\s+to|(?:that|which)\s+(?:were\s+)?target(?:ed|ing)|en\s+route\s+to|на\s+подлете\s+к|атакующ\w*|атаковавш\w*"  # words of drones bound for a place that name it right after
# A count of drones bound for a place, with no noun: "Четыре из них летели на Москву", "17 of them were targeting …"
_BOUND_COUNT_RE = re.compile(rf"\s+(?:(?:из|з|із) (?:них|которых)\s+|of (?:them|which)\s+)?"
                             rf"(?:{_BOUND}|en\s+route|targeted|(?:(?:that|which)\s+)?were\s+(?:targeting|targeted|headed|"
                             rf"heading|flying))"
                             r"\s+(?:на|в\s+сторону|к|у\s+бік|to|towards?|for)?\s*", re.IGNORECASE)
# A verb of shooting down before a count of those bound for a place: the sentence's own figure, not a part of another
# ("Системы ПВО сбили больше десяти дронов …, летевших на Москву", "downed nine Ukrainian drones headed towards the
# capital")
_BOUND_WHOLE_RE = re.compile(r"(?:сбил[аи]?|сбит[оыа]?|уничтожил[аи]?|уничтожен[оыа]?|перехватил[аи]?|перехвачен[оыа]?|downed|"
                             r"shot down|destroyed|intercepted"
                             # (or of launching: "Ukraine launched 40 drones targeting the Kursk region")
                             r"|launched|fired|sent)\s+(?:[^\W\d][\w'’-]*\s+){0,3}$", re.IGNORECASE)
_OF_A_TOTAL_AFTER_RE = re.compile(r"(?:from|out of) a total of|из общего числа|из общего количества", re.IGNORECASE)
_DESTINATION_RE = re.compile(rf"(?:(?<!\w)(?:{_BOUND})\s+(?:to|towards?|for|на|в\s+сторону|"
                             rf"в\s+направлении|у\s+бік|в\s+бік|до|к|in\s+the\s+direction\s+of)|(?<!\w)(?:towards?|{_BOUND_TO}))\s+(?:the\s+)?$",
                             re.IGNORECASE)
# A place the weapons flew to, named before their count and its verb: "на Москву летели 34 БПЛА", "в сторону
# столицы двигались 12 беспилотников", "на Москву летіли 34 дрони"
_BOUND_VERB_BEFORE_RE = re.compile(r"(?:\s+[^\W\d][\w-]*)?\s+(?:летел[иао]?|летіл[иао]|летів|направлял[иао]сь|двигал[иао]сь|"
                                   r"рухал[иао]ся|прямувал[иао])\s+(?:(?:около|более|почти|близько|понад|майже)\s+)?",
                                   re.IGNORECASE)
_BOUND_PREPOSITION_RE = re.compile(r"(?<!\w)(?:на|в сторону|к|до|у бік|в бік|в направлении|у напрямку)\s+$", re.IGNORECASE)
# Two places before a count, the second "as" the first: "Над Астраханской областью, как и над Волгоградской, ликвидировано
# 4 БПЛА", "Над Курщиною, як і над Брянщиною, збито по 5 дронів"
_LIKEWISE_RE = re.compile(r"(?:\s+[^\W\d][\w-]*)?,\s+(?:как и|як і)\s+(?:над|в|во|у|на)\s+", re.IGNORECASE)
_LIKEWISE_TAIL_RE = re.compile(r"(?:\s+[^\W\d][\w-]*)?,\s+(?:[^\W\d][\w-]*\s+){0,2}(?:по\s+)?")
_AND_JOINED_RE = re.compile(r",?\s+and\s+(?:the\s+)?")
_DESTINATION_WORDS = ("flying", "headed", "heading", "bound", "travel", "moving", "направля", "двига", "летевш", "летел", "летіл",
                      "летів", "рухал",
                      "летящ", "toward", "target", "route", "подлете", "атакующ", "атаковавш", "aimed", "approaching",
                      "way to")  # (one is in every match)
# "Moscow officials reported", "Kyiv says", "sent by Kyiv", "supplied to Kyiv", "drones that Moscow launched": a
# capital that stands for its government is no place of the weapons
_CAPITALS = frozenset({"Moscow", "Kyiv", "Kiev"})
# Before "Moscow" in a list of places counts were brought down over: "20 over Moscow", "Belgorod, Moscow, and Tula"
_OVER_MOSCOW_RE = re.compile(r"(?:\d+\s+over|\w+\s+over|,|and)\s+$")
# A verb of shooting down that did not happen: "не удалось перехватить", "failed to intercept", "was not able to down"
# (and the verb itself denied: "одна ракета не была сбита", "ракету не збито")
_NEGATED_RE = re.compile(r"(?:\bне(?: (?:удалось|вдалося|вдалось|смогл[иао]?|смог|змогл[иао]?|зміг|был[аио]?|були|було|була|був))?"
                         r"|\b(?:failed to|unable to|not able to|not|never|"
                         r"couldn't|did not manage to))\s+$", re.IGNORECASE)
# (and its acts in the perfect: "near the Crimean peninsula, where Kyiv has stepped up attacks", "the Defense Ministry in
# Moscow has reported")
_GOVERNMENT_AFTER_RE = re.compile(r"\s+(?:officials|authorities|regime|says|said|claims|claimed|reported|reports|launched|fired|"
                                  r"sent|[Aa]ir [Ff]orce|military|announced|announcing|reporting|saying|stated|claiming"
                                  r"|(?:has|have|had)\s+(?:repeatedly\s+|also\s+|recently\s+)?(?:stepped|launched|fired|sent|used"
                                  r"|attempted|tried|intensified|carried|vowed|targeted|denied|claimed|said|reported|announced"
                                  r"|stated|confirmed))(?!\w)")
_GOVERNMENT_BEFORE = ("by ", "supplied to ", "delivered to ", "sent to ", "given to ")
# A sea that names a fleet is no place: "Russian Black Sea Fleet’s maritime aviation", "the home of its Black Sea fleet"
_FLEET_AFTER_RE = re.compile(r"(?:['’]s)?\s+[Ff]leet(?!\w)")
# "Two drones were shot down over Belgorod region and another over the Kursk region": one more, with no noun
# (or one more with a verb of its own: "30 other drones had been lost, while another had returned to Russia")
_ANOTHER_RE = re.compile(r"(?:\s(?:and|while)|,)\s+(another|a (?:second|third|fourth|fifth))"
                         r"(?=\s*[–—-]?\s*(?:over|above|in|near)\s|\s+(?:had\s+|has\s+)?(?:returned|flew|flown|left|crossed|veered"
                         r"|disappeared|went|was|remained|remains|is\s+still|hit|struck|reached)(?!\w))", re.IGNORECASE)
# (or the object of a verb of bringing down of its own: "shot down one drone over the Kursk region and intercepted
# another", "destroyed two drones over Bryansk and downed another over Kursk")
_VERB_ANOTHER_RE = re.compile(r"\s(?:and|while)\s+(?:(?:also|then)\s+)?(?:shot down|intercepted|destroyed|downed|jammed"
                              r"|suppressed|neutrali[sz]ed|eliminated)\s+(another)"
                              r"(?=\s*[–—-]?\s*(?:over|above|in|near)\s|\s*[.,;)]|\s*$)", re.IGNORECASE)
# "two of the drones were intercepted in the Kursk region, while the third was shot down over Belgorod": the one left
_ORDINAL_ONE_RE = re.compile(r"(?:^|[.!]|,|\s(?:and|while|but|whereas))\s*(the (?:second|third|fourth|fifth|sixth|seventh|eighth|"
                             r"ninth|tenth|last))(?=\s+(?:(?:drone|UAV|missile|one)\s+)?(?:was|had been|left|returned|flew|hit|struck)\s)",
                             re.IGNORECASE)
# "Четыре беспилотных аппарата были уничтожены, пятый дезориентирован", "два дрона сбиты, а третий подавлен": the one
# left, after a comma, right before its verb (`_in(t.metrics, …)`)
# (and a missile's, in the feminine, also opening the next sentence: "одну ракету збито. Друга – влучила в …")
# (the mark first, on its own: the engine then looks for a match only where one of the marks stands)
_ORDINAL_ONE_CYRILLIC_RE = re.compile(r"[,.!](?:(?<=,)\s+(?:а\s+|и\s+|і\s+)?|(?<=[.!])\s+)((?-i:[втчпшдВТЧПШД])(?:торой|ретий|етв[её]ртый|ятый|"
                                      r"естой|ругий|ретій|етвертий|['’ʼ]ятий|остий|торая|ретья|етв[её]ртая|ятая|руга|ретя|"
                                      r"етверта|['’ʼ]ята))\s+(?:[–—-]\s+)?(?:(?:был[аи]?|був|була)\s+)?",
                                      re.IGNORECASE)
# "восемь … над Воронежской областью и столько же – над Саратовской": as many again as the figure before
_AS_MANY_RE = re.compile(r"(?<!\w)(?:столько\s+же|стільки\s+ж(?:е)?)(?!\w)", re.IGNORECASE)
# Places after a figure that a relative clause or a bearing names ("over the Bryansk region that borders Ukraine",
# "Kaluga region southwest of Moscow", "над акваторией Черного моря около западного побережья Крымского полуострова")
# are not the figure's.
_ASIDE_RE = re.compile(r"(?<!\w)(?:that|which|who|where|(?:south|north)(?:-?east|-?west)?\s+of|(?:east|west)\s+of|"
                       r"closer to|sent by|launched by|(?:near|off) the coast of)(?!\w)", re.IGNORECASE)
# The next line of a ranking of places: "most were shot down over the Moscow region, followed by Crimea"
_FOLLOWED_BY_RE = re.compile(r"(?<!\w)followed(?:\s+closely)?\s+by\s", re.IGNORECASE)
# A sea or region that names a port after it: "the Black Sea port of Novorossiysk"
_PORT_OF_RE = re.compile(r"\s+(?:port|naval base|resort)(?:\s+(?:city|town))?\s+of\s", re.IGNORECASE)
# A coast named after a sea, where the sea is the place: "over the Black Sea, close to the Crimean coast"
_COAST_ASIDE_RE = re.compile(r"(?<!\w)(?:near|off|close to) the\s+[^\W\d]+\s+coast(?:line)?$", re.IGNORECASE)
_AND_PLACE_AFTER_ASIDE_RE = re.compile(r"\s+(?:и|та|і|й)\s+(?:в|во|на|над|у)\s+", re.IGNORECASE)
# (in English, a place joined by "and" right after a relative clause: "over the Belgorod region, which borders Ukraine,
# and the Oryol region")
_AND_PLACE_AFTER_CLAUSE_RE = re.compile(r"(?:,\s*|\s+)and\s+(?:over\s+|above\s+|in\s+)?(?:the\s+)?$", re.IGNORECASE)
_ASIDE_CYRILLIC_RE = re.compile(r"(?<!\w)(?:около|вблизи|недалеко от|біля|поблизу|у побережья|у узбережжя|біля узбережжя"
                                r"|гранич(?:ащ\w*|ит|ат) с|межу(?:юч\w*|є|ють) з)(?!\w)", re.IGNORECASE)
# ("Воронежской области, граничащей с …", "над Воронежской (граничит с Саратовской областью)")
# A relative clause that says what became of weapons launched: ", which were shot down", ", які були збиті"
_WHICH_WERE_RE = re.compile(r"[,;–—-]?\s*(?:"
                            # ("…, и все дроны были уничтожены", "…, але всі безпілотники збито": the kind named again)
                            r"(?:(?:и|но|а|і|та|й|але)\s+)?(?:все|всі|усі)\s+(?:[^\W\d]+\s+)?(?P<kind>дрон\w*|беспилотник\w*"
                            r"|безпілотник\w*|БпЛА|БПЛА|ракет\w*|шахед\w*)(?:\s+(?:были|були|было|було))?"
                            r"|(?:which|that|які|которые)\s+(?:were|was|(?:had|have)(?:\s+reportedly)?\s+been|були|було|были|был\w*)"
                            # (one weapon: "…, которая была сбита", "…, который был уничтожен", "…, яка була збита")
                            r"|(?<=[,;–—] )(?:которая|который|яка|який)\s+(?:была|был|була|був)(?=\s+[^\W\d])"
                            # (an object pronoun before an impersonal verb: "…, яку збито над Київщиною", "…, які було
                            # знищено", "…, її збито", "…, которую сбили")
                            r"|(?<=[,;–—] )(?:яку|які|який|котру|котрі|її|його|їх|которую|которые|который)"
                            # (and a place or "влучно" before the verb: "…, яку над морем влучно збили")
                            r"(?:\s+(?:над|в|у|на|біля|поблизу|под|около)\s+[^\W\d][\w'’-]*)?(?:\s+влучно)?"
                            r"(?:\s+(?:було|вдалося|вдалось|удалось|удалося))?(?=\s+[^\W\d])"
                            r"|(?:все они|всі вони|усі вони|все из них|всі з них|усі з них|all of them|all of which"
                            r"|both of (?:them|which)"
                            # ("…, обидві збито", "…; both were intercepted", "…, все сбиты", "…, all were shot down")
                            r"|(?<=[,;–—] )(?:обидві|обидва|обе|оба|both|усі|всі|все)"
                            # ("…, все до одного сбиты", "…, усі до єдиного знищено": every one of them)
                            r"(?:\s+до\s+(?:одного|единого|єдиного))?(?=\s+[^\W\d])"
                            r"|(?<=[,;–—] )all(?=\s+(?:were|have|had)\s))"
                            r"(?:\s+(?:were|have been|had been|були|были))?"
                            # "…, all drones were shot down", "but that all the drones involved in the incident were downed"
                            r"|all\s+(?:of\s+)?(?:the\s+)?(?:drones|UAVs|missiles)(?:\s+[a-z]+){0,4}?\s+(?:were|have been|had been)"
                            # a second verb of the same subject: "two drones attacked Moscow, but were intercepted", "два
                            # дрона атаковали Москву, но были сбиты", "three boats attacked the ship and were destroyed"
                            r"|(?<=\w)(?:,\s*|\s+)(?:but|но|але)\s+(?:were|have been|had been|були|были)"
                            r"|(?<=\w)\s+and\s+were)\s+"
                            r"(?:all\s+|усі\s+|все\s+)?(?:successfully\s+|успішно\s+|успешно\s+)?", re.IGNORECASE)
# Between the places of a list: "Kyiv, Poltava, Kherson and Dnipropetrovsk oblasts"
_PLACES_LISTED_RE = re.compile(r"(?:\s*,\s*|\s+(?:and|та|і|и)\s+|,\s+(?:and|та|і|и)\s+)(?:[^\W\d][\w'’-]*(?:\s*,\s*|\s+(?:and|та|і|и)\s+))*",
                               re.IGNORECASE)
# A clause whose subject is all the weapons counted before it ("eight drones early on Tuesday, all drones were shot down")
# (after a conjunction too: "запустили 30 дронов, и все дроны сбиты", "…, але всі дрони збито")
_ALL_SUBJECT_RE = re.compile(r",\s*(?:(?:and|but|и|но|а|і|та|й|але)\s+)?(?:all|усі|всі|все)\s", re.IGNORECASE)
# A sentence that opens with "All of them were …" after a sentence with a count of weapons launched
# (or, after who said it, "all the drones": "… launched 89 Shahed-type drones. The Air Force said that all the drones were
# downed")
_ALL_OF_THEM_NEXT_RE = re.compile(r"[.!]?\s+(?:all of them|усі вони|всі вони|все они"
                                  r"|(?:[\w'’]+\s+){1,4}(?:said|says|reported|added|stated)(?:\s+that)?\s+all\s+(?:of\s+)?the"
                                  r"\s+(?:drones|UAVs|missiles|Shaheds))\s", re.IGNORECASE)
# A part of the weapons before a relative clause: "none of which", "most of which", "two of which", "the vast
# majority of which" (not all of them)
_PART_OF_WHICH_RE = re.compile(r"(?<!\w)(?:none|neither|some|most|many|few|half|part|several|majority|bulk"
                               r"|one|two|three|four|five|\d+)\s+of\s+[wt]", re.IGNORECASE)
# The object of a verb of bringing down that is all the weapons counted before it ("launched 16 drones overnight and air
# defences destroyed all of them", "… and Ukraine downed them all", "збили їх усі")
_ALL_OF_THEM_OBJECT_RE = re.compile(r"\s+(?:all of them|them all|all of these|each of them|every one of them|усі їх|всі їх"
                                    r"|їх усі|їх всі|их все|все их|все из них|всі з них|усі з них|всі із них"
                                    r"|усі із них)(?!\w)",
                                    re.IGNORECASE)  # ("смогли сбить все из них")
_ALL_OF_THEM_WORDS = ("all of them", "them all", "all of these", "each of them", "every one of them", "усі їх", "всі їх",
                      "їх усі", "їх всі", "их все", "все их", "все из них", "всі з них", "усі з них", "всі із них",
                      "усі із них")  # (one is in every match)
# "… над территорией России и акваторией Черного моря": a figure over the whole country and a place has no one region
# (and a part of the country: "25 Ukrainian drones overnight in the west of the country and over Crimea")
_COUNTRY_AND_RE = re.compile(r"(?<!\w)(?:над|over|in)\s+(?:территорией\s+|the territory of\s+|the\s+(?:(?:north|south)-?)?"
                             r"(?:east|west)?(?<=\w)(?:ern)?\s+(?:parts?\s+|regions?\s+)?of\s+)?"
                             r"(?:России|Россией|РФ|Russia|the country|страной|полуостровом|the peninsula)"
                             r"\s*,?\s+(?:и|і|та|and)\s+(?:над\s+|over\s+)?(?:the\s+)?$", re.IGNORECASE)
_COUNTRY_WORDS = ("росси", "рф", "russia", "country", "стран", "полуостров", "peninsula")  # (one is in every match)
# A clause that points back at the place of the clause before it
_THERE_RE = re.compile(r"[\s,;:–—-]*(?:там|где|здесь|тут|де|there|where|(?:над|в|у)\s+(?:которой|котором|которым|которыми|якій|якому|якими)"
                       r"|(?:over|in)\s+which)(?!\w)", re.IGNORECASE)
# A count in brackets right after a place: the place is that count's ("Белгородской области (11 БПЛА)")
_PAREN_COUNT_RE = re.compile(r"\s*\(\s*\d+")
# "… над российской территорией, в том числе над Москвой": a place only some of a figure's weapons were over
# (and a place struck: "repelled the attack, including on Kyiv, destroying all 11 drones", "зокрема по Києву")
# (or one named with no preposition: "in the special military operation zone including the territory of the Lugansk
# People's Republic", "over the border regions, including the Kursk region")
# (and with a comma and "і" between: "знищила 40 дронів, в тому числі, і на Полтавщині"; or the territory of the
# place: "у тому числі на території Вінницької області")
_SCOPE_PLACE_RE = re.compile(r"(?<!\w)(?:(?:в том числе|у тому числі|в тому числі|зокрема|в частности|including),?\s+"
                             r"(?:(?:і|й|и|також|также)\s+)?"
                             r"(?:над|в|у|во|на|по|over|in|on|at|against)\s+(?:the\s+|(?:території|территории|территорией)\s+)?"
                             r"|including\s+(?:(?:over|in|on)\s+)?(?:the\s+territor(?:y|ies)\s+of\s+)?(?:the\s+)?)$",
                             re.IGNORECASE)
# A part of the country, several regions: "southern Ukraine", "the east of Ukraine", "на півдні України", "на юге Украины"
_COUNTRY_PART = (r"(?:(?:southern|northern|eastern|western|central|(?:north|south)-?(?:eastern|western))\s+Ukraine"
                 r"|(?:south|north|east|west|centre|center)\s+of\s+Ukraine"
                 r"|(?:півд|півн|сход|заход|центр)\w*\s+України|(?:юг|север|восток|запад|центр)\w*\s+Украины)(?!\w)"
                 r"(?!['’]s)")  # (not the region it names: "over eastern Ukraine's Kharkiv region")
_COUNTRY_PART_RE = re.compile(rf"(?<!\w){_COUNTRY_PART}", re.IGNORECASE)
_AND_COUNTRY_PART_RE = re.compile(rf"\s+(?:and|та|і|й|и)\s+(?:(?:в|у|на|in|the)\s+)?{_COUNTRY_PART}", re.IGNORECASE)
_COUNTRY_PART_WORDS = ("ukrain", "україн", "украин")  # (one is in every match)
_AND_STARTS = (" and ", " та ", " і ", " й ", " и ")  # (how every match of `_AND_COUNTRY_PART_RE` begins)
# "most of them over the Kursk region", "большинство из них над Курской областью": most of a figure, not all of it
_MOST_OF_THEM_RE = re.compile(r"(?<!\w)(?:most of (?:them|which|those)|большинство из них|большая часть из них|"
                              r"(?:третин\w*|половин\w*|треть|a third|half)\s+(?:з|із|из|of)\s+(?:них|яких|которых|them|which)|"
                              r"більшість (?:з|із) них|більшість яких|больше всего|більше всього|найбільше"
                              r"|mostly|mainly|primarily|largely|в основном|преимущественно|переважно|здебільшого"
                              # (and a majority with no "of them": "45 беспилотников, большая часть — над Курской областью",
                              # "большинство над …", "основна частина — над …")
                              r"|большинство|больш(?:ая|ую) част[ьи]|основн(?:ая|ую) част[ьи]|главным образом"
                              r"|львин(?:ая|ую) дол[яю]|більшість|більш(?:а|у) частин[аиу]|основн(?:а|у) частин[аиу]"
                              # (and nearly all, a half, a part, some, in particular: "почти все — над …", "половина — над
                              # …", "часть — над …", "в частности над …")
                              r"|(?:почти|практически|майже|практично)\s+(?:все|всі|усі)|половин[аиу]|треть|третина"
                              r"|(?:часть|частина)(?=\s*[–—-])|некоторые|деякі|прежде всего|по большей части"
                              r"|в частности"
                              # (and a majority worded as a noun: "31 drones, the bulk of them over the Bryansk region",
                              # "the majority over …", "many of them over …")
                              r"|(?:the )?(?:majority|bulk)(?: of (?:them|which|those))?|many of (?:them|which|those)"
                              # (and some of them: "downed two dozen drones and several missiles overnight, some
                              # targeting the capital Kyiv", "частина з них летіла на Київ")
                              r"|some (?:of (?:them|which|those) )?(?:targeting|aimed at|heading|flying|directed)"
                              r"|some of (?:them|which|those)|частина (?:з|із) них|частина яких|часть из них"
                              r"|некоторые из них|деякі (?:з|із) них)(?!\w)",
                              re.IGNORECASE)
_MOST_WORDS = ("most", "больш", "трет", "половин", "third", "half", "більш", "mainly", "primarily", "largely",
               "основн", "главн", "львин", "почти", "практичес", "майже", "практично", "прежде", "частност",
               "преимуществ", "переважно", "здебільш", "some", "частина", "часть", "некотор",
               "деякі", "majority", "bulk", "many")  # (one is in every match)
# "два БПЛА уничтожили в Курской области, а в Белгородской области сбили три": a clause set against the figure's
_CONTRAST_RE = re.compile(r",\s+(?:а|while|whereas)\s+(?!(?:также|також|ещё|еще|ще|и|і|й)(?!\w))", re.IGNORECASE)
# ", а также" and a word that is no preposition: a clause of its own ("…, а также зафиксированы перехваты в …")
_ALSO_CLAUSE_RE = re.compile(r",\s+а также\s+(?!(?:над|в|во|на|у|по|под|из|с|со|и|еще|ещё|одному|одна|один|акватори\w*|"
                             r"территори\w*|небе|небом|воздушн\w*|район\w*|республик\w*)(?!\w))[а-яё]")
# "по одному … в Курской, остальные в Белгородской": the places after a word for the rest are the rest's
# (and "12 … over Crimea, as well as others over Russia's Belgorod, Kursk …": the others' places)
_REST_WORD_RE = re.compile(r"(?<!\w)(?:остальн\w*|решта|the rest|the remaining|the others|others(?=\s*[-–—])"
                           r"|(?:as well(?: as)?|and|plus)\s+others(?=\s+(?:over|in|above)\s))(?!\w)",
                           re.IGNORECASE)
_REST_WORDS = ("остальн", "решта", "the rest", "the remaining", "others")  # (one is in every match)
# "For the first time" before "since the start of …": a first, not a total since then ("беспилотник ВСУ впервые с
# начала СВО сбили в Мордовии")
_FIRST_TIME_RE = re.compile(r"(?<!\w)(?:впервые|вперше|for the first time)\s+$", re.IGNORECASE)
# A superlative attack "since the start of the war": the night's size compared, not a running total ("Russia launched
# 267 drones, the largest attack since the start of the full-scale invasion", "calling it a record attack … since the
# start of the war")
_RECORD_ATTACK_RE = re.compile(r"(?<!\w)(?:largest|biggest|heaviest|most\s+(?:massive|powerful|intense|extensive)|record"
                               r"|наймасованіш\w*|наймасштабніш\w*|наймасивніш\w*|найбільш\w*|крупнейш\w*|масштабнейш\w*"
                               r"|рекордн\w*|сам\w+\s+(?:масштабн|массированн|мощн|крупн)\w*)"
                               r"(?:\s+[\w'’-]+){0,3}?\s+(?:attacks?|strikes?|barrages?|assaults?|raids?|waves?|salvos?"
                               r"|onslaughts?|bombardments?|атак\w*|удар\w*|обстріл\w*|обстрел\w*"
                               r"|numbers?|amounts?|количеств\w*|кількіст\w*|числ[оау]\w*)(?!\w)[^.;!?]{0,60}$"
                               # (and a record number of them: "выпустила рекордное количество дронов с начала
                               # вторжения – 75", "the largest number since the full-scale invasion began"; with the
                               # comparison before its noun, "рекордну з початку повномасштабного вторгнення кількість")
                               r"|(?<!\w)(?:record|largest|biggest|рекордн\w*|найбільш\w*|наибольш\w*|крупнейш\w*)\s+$",
                               re.IGNORECASE)
# "including one headed for Moscow", "в том числе четыре, летевших на Москву": a count of those bound for a place
_BOUND_FOR_RE = re.compile(rf",?\s*(?:{_BOUND}|{_BOUND_TO}|которые\s+летели|(?:that|which)\s+were\s+(?:{_BOUND})"
                           rf"|of\s+which\s+(?:were\s+)?target(?:ed|ing))(?!\w)",
                           re.IGNORECASE)
# A count in brackets after a place with a word of flying to a place: "Московском регионе (два из них летели на Москву)"
_BOUND_IN_BRACKET_RE = re.compile(rf"[^()]{{0,50}}?(?<!\w)(?:{_BOUND}|{_BOUND_TO})(?!\w)", re.IGNORECASE)
# Settlements named before the region they lie in (`_settlements_named`).
_SETTLEMENTS_RE = re.compile(r"(?<!\w)(?:в районах населенн\w+ пунктов|у районах населених пунктів|в районе населенн\w+ "
                             r"пунктов|in the areas? of|near (?:the )?settlements? of)\s", re.IGNORECASE)
# "other" before a word for places after a number: "and 12 other regions", "ще у 5 інших областях"
_OTHER_PLACES_RE = re.compile(r"\s+(?:other|more|інших|других)\s+(?:regions|oblasts|areas|регион\w*|регіон\w*|област\w*)",
                              re.IGNORECASE)
# A weapon of the kind named before: "ще дві аналогічні ракети", "ещё две такие же ракеты", "two similar missiles"
# (and with "such" alone: "уперше знищено дві такі ракети", "збито шість таких ракет")
_LIKE_RE = re.compile(r"(?<!\w)(?:аналогічн\w*|аналогичн\w*|таки[хе] же|такі ж|таких ж|такі|таких|такие|similar)(?!\w)",
                      re.IGNORECASE)
# A neighbour a place is named by: "над соседней с Татарстаном Оренбургской областью", "сусідньої з Курською Брянської"
_NEIGHBOUR_WORDS = ("соседн", "сусідн", "граничащ", "межуюч", "neighbo", "bordering")  # (one is in every match)
_NEIGHBOUR_RE = re.compile(r"(?<!\w)(?:соседн\w*|сусідн\w*|граничащ\w*|межуюч\w*|neighbou?ring|bordering)\s+"
                           r"(?:(?:с|со|з|із|зі|with)\s+)?$", re.IGNORECASE)
# A plural participle after a comma that closes a noun: "66 дронов, уничтоженных …", "50 дронів, збитих …"
_COMMA_GAP_RE = re.compile(r"\s*,\s+")
_PLURAL_PARTICIPLE_RE = re.compile(r"(?:нных|ных|тых|них|тих)$", re.IGNORECASE)
# A participle's clause closed by a comma before the next count of a list: ", выпущенных из РСЗО HIMARS, и 280 …"
_CLAUSE_CLOSED_RE = re.compile(r"[^.;:!?()\n\d]{0,60},\s+(?:и|а также|і|та|а також)\s+\Z", re.IGNORECASE)
# "other" right before a word for places ("в інших регіонах", "в других регионах", "in other regions")
_OTHER_BEFORE_RE = re.compile(r"(?<!\w)(?:other|інших|других|иных)\s+$", re.IGNORECASE)
# Several places named by a common noun ("над регионами России", "over various Russian regions").
# Places counted after the last place named: "in Moscow and 10 regions", "over the Moscow region and several other
# regions": the figure's places are more than the one named
_REGIONS_COUNTED_RE = re.compile(r"\s+(?:[^\W\d]+\s+)?(?:regions|oblasts)(?!\w)", re.IGNORECASE)
_AND_COUNTED_PLACES_RE = re.compile(r"\s+and\s+(?:\d+|[^\W\d]+)\s+(?:other\s+|more\s+)?(?:regions|oblasts|territories)(?!\w)",
                                    re.IGNORECASE)
# Places beyond the last one named: "missiles fired at Kyiv and elsewhere", "над Києвом і не тільки"
_AND_ELSEWHERE_RE = re.compile(r",?\s+(?:(?:and|or)\s+elsewhere|(?:і|й|та|и)\s+не\s+(?:тільки|лише|только))(?!\w)",
                               re.IGNORECASE)
_PLACES_RE = re.compile(r"(?<!\w)(?:регион(?:ах|ами|ов)|регіон(?:ах|ами|ів)|област(?:ях|ями|ей)|regions|oblasts|territories"
                        r"|приграничь(?:е|я|ю|ем)|прикордонн(?:я|ю|ям))"  # ("над Крымом и приграничьем России": the borderland)
                        r"(?!\w)", re.IGNORECASE)
# After an item noun, words that make it part of another noun ("a drone attack", "a major Ukrainian drone offensive",
# "a massive drone raid"): not a count of one.
_ATTRIBUTIVE_RE = re.compile(r"(?:-(?:air|drone|missile)\s+|\s+and\s+(?:drone|missile|air)\s+)?"  # "a missile-air strike"
                             r"\s*(?:attacks?|strikes?|impacts?|barrage|assaults?|offensives?|raids?|incursions?|alert|threat|danger|debris|boats?|ships?|carriers?|(?-i:systems?)|"
                             r"launchers?|атак\w*|удар\w*|загроз\w*|"
                             r"небезпек\w*|опасност\w*|тревог\w*)(?!\w)", re.IGNORECASE)
# An article before a singular noun phrase: "a drone was shot down over …", "an Iskander-M ballistic missile".
# The nearest article: "a cruise missile and a drone" counts the drone at its own "a", not at the missile's.
# An article before adjectives with a comma between them: "A Ukraine-launched, anti-ship Neptune missile"
_ARTICLE_COMMA_RE = re.compile(r"(?<!\w)an?\s+[^\W\d][\w'’-]*,\s+(?:[^\W\d][\w'’/-]*\s+){0,3}$", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"(?<!\w)(?:an?|another)\s+(?:(?!(?:an?|another)\s)[\"“«]?[\w'’/-]+[\"”»]?\s+){0,4}$",
                         re.IGNORECASE)
# Item nouns in a singular form, and singular participles ("уничтожен украинский беспилотный летательный аппарат"),
# with "ё" as some pages print it ("сбит вертолёт"), and a model's name of two words in quotation marks after them
# ("ракета комплекса «Точка У»").
_SINGULAR_NOUN_RE = re.compile(r"(?:аппарат|апарат|аппаратом|апаратом|беспилотник|безпілотник|дрон|дроном|беспилотником|безпілотником|катером|ракета|ракету|ракетою|ракетой|"
                               r"ракете|ракеті|беспилотнике|безпілотнику|дроне|дроні|аппарате|катере|"  # ("о сбитой ракете")
                               r"літак|самол[её]т|вертол[её]т|вертольот|"
                               r"винищувач|истребитель|бомбардувальник|бомбардировщик|ракетоносець|ракетоносец|[СТ]у-\d+\w*|МиГ?-\d+\w*|"
                               r"МіГ?-\d+\w*|Ил-\d+\w*|Іл-\d+\w*|Ка-\d+\w*|(?:Su|Tu|MiG|Mi|Il|Ka)-\d+\w*|"
                               r"гелікоптер|штурмовик|катер|човен|корабль|корабель|судно|boat|vessel|drone|missile|UAV|ICBM|vehicle|aircraft|helicopter|plane|jet|"
                               r"bomber|warplane|airplane|Sukhoi-\d+\w*|"  # ("a Su-24 tactical bomber", "a Sukhoi-24 bomber")
                               r"rocket|bomb|снаряд|ціль|цель|target|бомб(?:а|у|ой|ою)|(?:ої|ой) ракет[иы]|"
                               r"житель|мешканець|мешканка|мешканку|женщина|женщину|мужчина|мужчину|жінка|жінку|person|man|"
                               r"woman|resident)(?!\w)(?:\s+(?:[^\s\d]+|[^\W\d]+-\d+|[«\"][^\s\d»\"]+ [^\s\d»\"]+[»\"])){0,2}$", re.IGNORECASE)
# A noun in the genitive singular right after a word for a hit counts one: "Зафіксовано влучання ракети та 24 БпЛА"
# ("влучання ракет", plural, counts nothing).
# Between a verb of shooting down and a singular noun with no article: capitalised words ("shot down Ukrainian UAV",
# "Destroyed Ukrainian Armed Forces Drone"); "the" before a noun that "was" shot down counts one as well.
# (and "russian" as some Ukrainian pages write it: "destroyed the russian Tu-22M3 long-range strategic bomber")
_BARE_GAP_RE = re.compile(r"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|russian|enemy)(?:['’]s)?\s+){0,3}")  # "destroyed the Ukrainian UAV over …"
# The pieces of one brought down, before its participle: "Fragments of the downed Ukrainian missile fell …", "Debris
# from the downed drone damaged a roof": the one counted before, not one more
_PIECES = r"(?<!\w)(?:debris|fragments?|wreckage|remains|pieces|parts)\s+(?:of|from)\s+"
_PIECES_BEFORE_RE = re.compile(_PIECES + "$", re.IGNORECASE)  # (before an article: "wreckage from an UAV")
_PIECES_OF_RE = re.compile(_PIECES + r"(?:the|a|an)\s+$", re.IGNORECASE)
_THE_LISTED_RE = re.compile(r",\s+the\s+(?:[\w'’/-]+\s+){0,3}", re.IGNORECASE)
_COMMA_ASIDE_RE = re.compile(r",\s+[^\W\d][^,.;\d]{0,60},")
# "and the" before a singular noun after a count: "36 drones and the missile struck", one missile
_AND_THE_RE = re.compile(r"(?<!\w)and (the)\s+(?:[\w'’/-]+\s+){0,2}$", re.IGNORECASE)
# (the nearest "the": "The ministry said the first drone was destroyed", the drone's)
_THE_RE = re.compile(r"(?<!\w)the\s+(?:(?!the\s)[\w'’/-]+\s+){0,4}$", re.IGNORECASE)
# (or that failed to reach its target and fell: "The Kh-22 missile failed to reach its target", "the Kh-59 missile fell
# into a field without reaching its target")
_WAS_RE = re.compile(r"\s+(?:(?:was|has been|had been)\s|(?:failed to|did not|didn['’]t) reach\b|fell\b)",
                     re.IGNORECASE)
# A sentence's opening words, capitalised, before a singular noun with no article ("“Ukrainian unmanned aerial vehicle")
_OPENING_PHRASE_RE = re.compile(r"[\s“\"'«]*((?-i:[A-Z])[\w'’/-]*\s+)(?:[\w'’/-]+\s+){0,3}", re.IGNORECASE)
# A participle's clause between commas after a noun, and the verb's auxiliary or adverb after it ("катер, пытавшийся
# атаковать Крымский мост, также уничтожен", "Беспилотник, летевший на Москву, был сбит")
_PARTICIPLE_CLAUSE_RE = re.compile(r",\s+[^\W\d]+(?:вш|ющ|ящ|ущ|ащ)(?:ий|ая|ее|ийся|аяся|ееся|ий|ій|а|е)(?!\w)[^,.;:!?()\n]{0,80},\s+"
                                   r"(?:(?:также|тоже|же|затем|позже|всё же|все же)\s+)?(?:(?:был[аои]?|було|був|була)\s+)?",
                                   re.IGNORECASE)
_BOUND_WORD_RE = re.compile(rf"(?<!\w)(?:{_BOUND})", re.IGNORECASE)
_SHORT_BRACKET_RE = re.compile(r"\([^()\d,]{1,8}\)")  # an abbreviation in brackets after a noun
_ABBREVIATION_AFTER_RE = re.compile(r"\s*\([^)]{1,8}\)$")
_HIT_OF_ONE_RE = re.compile(r"(?<!\w)(?:атаки|атаку|атака|атаке|атаці|влучання|влучення|попадание|попадання|уничтожении|уничтожение|перехвате|перехвата|перехват|"
                            r"сбитии|збиття|знищення|(?<!гроз. )(?:пуск|пуске|пуску|пуска)|с помощью|при помощи|с использованием|с применением|за допомогою|з використанням|"
                            r"із застосуванням)\s+"
                            # (and a place, the means or a clock time between: "об уничтожении над Курской областью
                            # украинского ударного дрона", "об уничтожении около 23.50 по московскому времени беспилотника",
                            # "об уничтожении в акватории Черного моря безэкипажного катера")
                            r"(?:(?:над|в)\s+(?:территорией\s+)?[^\W\d]+\s+(?:област\w*|кра\w*)\s+|(?:дежурными\s+)?средствами\s+(?:ПВО|РЭБ)\s+"
                            r"|(?:в|над)\s+акватори[ия]\s+(?:Черного|Чёрного|Азовского|Каспийского)\s+моря\s+"
                            r"|(?:около|в)\s+\d{1,2}[.:]\d{2}\s+(?:мск\s+|по\s+московскому\s+времени\s+)?)?"
                            r"(?:[^\W\d][\w'’-]*\s+){0,2}$", re.IGNORECASE)
# The nouns of shooting down that count one weapon named after them in the genitive ("о перехвате дрона")
# A noun of hitting right before a weapon counted one ("попадания крылатой ракеты", "влучання ракети")
_HIT_NOUN_BEFORE_RE = re.compile(r"(?<!\w)(?:попадани[яе]|влучання|влучення)\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)
_DEFENCE_NOUN_RE = re.compile(r"уничтожении|уничтожение|перехвате|перехвата|перехват|сбитии|збиття|знищення", re.IGNORECASE)
_ONE_OF_A_TYPE_RE = re.compile(r"\s+(?:самол[её]тного|літакового)\s+тип[ау](?!\w)", re.IGNORECASE)
_ATTACK_WITH_ONE_RE = re.compile(r"(?<!\w)(?:атак[уиае]|атаці|с использованием|с применением|з використанням|із застосуванням)"
                                 r"[»\"”]?\s+(?:украинского\s+|українського\s+)?$", re.IGNORECASE)
_GENITIVE_ONE_RE = re.compile(r"(?:ракети|ракеты|дрона|безпілотника|беспилотника|аппарата|апарата|катера)$", re.IGNORECASE)
_CYRILLIC_RE = re.compile(r"[а-яіїєґ]", re.IGNORECASE)
_INDECLINABLE_RE = re.compile(r"(?:БпЛА|БПЛА|БЛА|КАБ|КР|КАР)(?:\s+ОТР)?$", re.IGNORECASE)
# A word of none before a singular noun phrase ("ни одна ракета", "жодна ракета", "no drone"), and of not before
# its verb ("не пострадал"): they count nothing.
_NONE_BEFORE_RE = re.compile(r"(?<!\w)(?:ни|жодн\w*|no|not a single|not one)\s+(?:[^\W\d][\w'’-]*\s+){0,2}$",
                             re.IGNORECASE)
# (in Cyrillic, past up to three adjectives: "ни одной гиперзвуковой российской ракеты")
_NONE_OF_RE = re.compile(r"(?<!\w)(?:ни|ні|жодн\w*)\s+(?:[^\W\d][\w'’-]*\s+){0,3}$", re.IGNORECASE)
_NOT_BEFORE_RE = re.compile(r"(?<!\w)(?:не|not)\s+$", re.IGNORECASE)


def _denied_before(text: str, near: list[tuple], start: int) -> bool:
    """Whether the verb of `near` nearest before `start` is denied ("враг не атаковал дронами", "ворог не
    застосовував шахеди"): the weapons after it were not used."""
    before = [m for m in near if m[1] <= start]
    return bool(before) and _NOT_BEFORE_RE.search(text, max(0, before[-1][0] - 8), before[-1][0]) is not None


_SINGULAR_VERB_RE = re.compile(r"(?:[еа]н|[иія]т|[еа]на|[иія]та|[еа]ний|[иія]тий|[еа]ная|[иі]тая|was)$", re.IGNORECASE)
LOCATION_METRICS = frozenset({"hit", "debris", "damaged", "destroyed"})
_TALLIED = frozenset(fields.DRONE_ITEMS) | frozenset(fields.MISSILE_ITEMS) | {"guided_bomb", "rocket", "air_weapon"}

ITEM_GROUP_OF = fields.ITEM_GROUP_OF
DRONE_ITEMS = frozenset(fields.DRONE_ITEMS)
MISSILE_ITEMS = frozenset(fields.MISSILE_ITEMS)
# (keyed by item or None, as figures' items are: a figure with no item has no kinds under it)
GENERIC: dict[str | None, frozenset[str]] = {
    "drone": DRONE_ITEMS, "missile": MISSILE_ITEMS,
    "air_weapon": DRONE_ITEMS | MISSILE_ITEMS | {"air_weapon", "guided_bomb", "rocket"}}
SUBKINDS = (DRONE_ITEMS | MISSILE_ITEMS) - {"drone", "missile"}  # a kind of drone or missile, not the group's word
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
    mixed: bool = False  # the noun phrase counts several kinds together ("drones, including Shahed-type ones")
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
    distributive: bool = False  # "по четыре – над …", "three each over …": the count holds for each place named
    of_next: bool = False  # "16 out of 27 drones": its noun is that of the next figure
    is_total: bool = False  # the 27 of "16 out of 27 drones": the number launched
    paren_place: tuple | None = None  # "over Voronezh (32)": the place before the bracket
    all_launched: bool = False  # "destroyed all 27 drones launched overnight"
    year_to_date: bool = False
    singular: bool = False  # a noun phrase without a number that counts one
    including_model: str | None = None  # "272 drones, including Shahed-type drones"
    hits: bool = False  # "13 влучань": a count of hits by weapons of any kind
    shares_noun: bool = False  # "4 и 3 беспилотника": the noun of the next number is this one's too
    scoped: bool = False  # after "з них", "including", or listed after a figure that is
    targets: bool = False  # its noun is a word for targets ("25 targets", "цілей")
    objects: bool = False  # its noun is the Russian word for objects ("13 объектов обезврежено": drones)
    listed: bool = False  # a list line of its source's bulletins (`lx.LIST_LINES`): a part of a total not quoted
    share: bool = False  # a count of one drone model as a share of a figure ("близько 80 з них – «шахеди»")
    total_after_launch: bool = False  # a total with no verb after a sentence of launching ("Всього 35 ударних БпЛА.")
    wave: bool = False  # "a wave of 179 drones struck …": the count of an attack, not of hits
    bound_for: bool = False  # its only place is where it flew to ("12 БПЛА, которые летели в сторону Москвы")
    uncrewed: bool = False  # its noun is an uncrewed boat ("безэкипажными катерами"): a weapon, launched as drones are


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    # (the last span that starts at or before `start`, and the one after it)
    i = bisect_right(spans, (start, 10**12))
    if i and spans[i - 1][0] < end and start < spans[i - 1][1]:
        return True
    return i < len(spans) and spans[i][0] < end and start < spans[i][1]


@lru_cache(maxsize=16384)
def _has_digit(name: str) -> bool:
    """Whether a name has a digit ("Shahed-136"); names repeat from report to report."""
    return any(map(str.isdigit, name))


def _word_before(text: str, lo: int, j: int) -> str:
    """The run of word characters ending at `j`, not reaching before `lo`."""
    if j <= lo or not (text[j - 1].isalnum() or text[j - 1] == "_"):
        return ""
    word = text[max(lo, text.rfind(" ", lo, j) + 1):j]
    if word.isalnum():
        return word  # the common case: a plain word after a space
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
    dashed = j > lo and text[j - 1] in "-–—"
    if dashed:
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
        clause = text[max(0, m.start() - 80):m.start()]
        rise = None if m.group(0).lower() == "up to" else lx.RISE_RE.search(clause[clause.rfind(".") + 1:])
        if not rise and m.group("up_to").lower() == "до" and _LEADS_TO_RE.search(text, max(0, m.start() - 12), m.start()):
            return value, "exact", start  # "призвело до двох загиблих": what it led to, not "up to two"
        return value, ("exact" if rise else "at_most"), m.start()
    if dashed:
        return value, "exact", start  # "вдалося збити менше - 10 із 22": fewer than before, not "fewer than 10"
    return max(value - 1, 0), "at_most", m.start()


def _genitive_count(text: str, end: int, item_starts: list[int]) -> bool:
    """A number written with "-го" before an item noun, a count in the genitive ("с помощью 81-го беспилотника",
    "збиття 81-го ударного БпЛА"), not an ordinal ("1-го мая")."""
    if not text.startswith("-го ", end):
        return False
    i = bisect_left(item_starts, end)
    return i < len(item_starts) and item_starts[i] - end < 30 and len(_words_in(text, end + 4, item_starts[i])) <= 2


def _not_a_count_before(text: str, start: int) -> bool:
    """A month name, "№" or the hour of a clock time just before this number, or "#" (a character reference a page
    left unread, "Russia#39;s defence ministry", or a number of its kind, "#3")."""
    if start == 0:
        return False
    lo = max(0, start - 14)
    prev = text[start - 1]
    if prev == "#":
        return True
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
        word = _word_before(text, lo, j)
        if word == "but" and _ALL_BUT_RE.search(text, max(0, j - 8), j):
            return True  # "stopped all but four of the drones": the four are those not stopped
        if prev not in ".:№" and not lx.may_be(word, lx.MONTH_WORDS):
            return False
        if word and _DAY_BEFORE_RE.search(text, max(0, j - len(word) - 6), j - len(word)):
            return False  # "в ночь на 6 июля 120 БПЛА": the month has its day, the number after it is a count
    before = dates.BEFORE_NOT_COUNT_RE.search(text, lo, start)
    if before is None:
        return False
    # (not a full stop after a month's full name, which ends its sentence: "в ночь на 15 сентября. 15 дронов")
    return before.group(1) is None or text[before.end(1)] != "." or before.group(1).casefold() in dates.MONTH_SHORT


# "Збито 102/127 ракет": so many of so many, the second the number launched (read only before an item noun, so
# that a date such as "29/12" is not)
_FRACTION_RE = re.compile(r"(?<![\w/.,:])(\d{1,4})/(\d{1,4})(?![\w/]|[.,:]\d)")


def _digit_slash(text: str) -> bool:
    """Whether a "/" stands between two digits, as in every match of `_FRACTION_RE` (a digit as the expressions'
    digits are: `str.isdecimal`); looking at each "/" is faster than a search of the whole text."""
    i = text.find("/", 1)
    while i > 0:
        if text[i - 1].isdecimal() and text[i + 1:i + 2].isdecimal():
            return True
        i = text.find("/", i + 1)
    return False


# An attack stopped as a whole: the weapons it used are the number launched ("an attempted terrorist attack … using
# 17 unmanned aerial vehicles was repelled", "attempt to use three UAVs … was thwarted", "attempted terrorist attack on
# facilities in Russia's territory with the use of two UAVs was thwarted")
_STOPPED_RE = re.compile(r"(?:was|were|has been|had been)?\s*(?:repelled|thwarted|foiled|prevented|stopped)", re.IGNORECASE)
_ATTEMPT_WITH_RE = re.compile(r"(?<!\w)(?:attempt\w*|tried)\b(?:(?!\b(?:shot|downed|destroyed|intercepted)\b).){0,120}?"
                              r"(?:using|with(?: the (?:use|help) of)?|to use|by)\s+(?:\w+\s+){0,2}$|(?<!\w)(?:thwarted|foiled|repelled|stopped) an? "
                              r"(?:\w+\s+)?attack (?:by|of|with)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OR_RE = re.compile(r"\s+(?:або|или|чи|or)\s+", re.IGNORECASE)
# The noun of an attack before the count of its weapons: "An attack by 25 drones", "an attack involving 72 Shaheds"
_ATTACK_BY_BEFORE_RE = re.compile(r"(?<!\w)attacks? (?:by|of|involving|with)\s+(?:(?:some|about|up to|over|more than)\s+)?$",
                                  re.IGNORECASE)
# "одним из российских регионов", "в одній з областей", "one of the regions": a place among places, no count
# (and "one of the capital's main airports, Vnukovo, had to divert flights": which airport, not how many)
_ONE_OF_PLACES_RE = re.compile(r"\s+(?:из|з|із|зі|of(?: the)?)\s+(?:[^\W\d][\w'’]*\s+){0,2}?"
                               r"(?:регион|регіон|област|район|субъект|region|oblast|district|airport|аэропорт|аеропорт)",
                               re.IGNORECASE)
# "soldiers of one of the anti-aircraft missile divisions shot down …": which unit, no count
# (past the unit's adjectives only, no verb or article: not "one of the drones hit a unit")
_ONE_OF_UNITS_RE = re.compile(r"\s+(?:of(?: the)?|из|з|із|зі)\s+"
                              r"(?:(?!(?:was|were|is|are|has|have|had|by|a|an|and|hit|struck|та|і|и)\s)[^\W\d][\w'’-]*\s+){0,3}?"
                              r"(?:units?|divisions?|battalions?|regiments?|brigades?|crews?|подразделени|дивизион|підрозділ"
                              r"|дивізіон)", re.IGNORECASE)
_UP_TO_TWO_WORDS_RE = re.compile(r"\s+(?:(?:the|of)\s+)*(?:[^\W\d][\w-]*\s+){0,2}")
# "one of them" pointing back at what was named before, after a word of debris or a preposition of place: "від уламків
# однієї з них постраждали двоє людей", "в одній з них є загиблий": whose debris, or in which of the places, no count
_ONE_OF_THEM_RE = re.compile(r"\s+(?:з|із|зі|из|изо)\s+них(?!\w)", re.IGNORECASE)
_BACK_REFERENCE_BEFORE_RE = re.compile(r"(?<!\w)(?:уламк\w*|обломк\w*|(?P<at>в|у|во|на))\s+$", re.IGNORECASE)
_ONE_AT_WORDS = ("одній", "одному", "одном", "одной")  # ("в одній з них": in which; not "на одну з них вплинув РЕБ")
# "one" in apposition after a comma, before a superlative: "Kinzhal missiles, one of the most advanced Russian weapons",
# "ракети «Кинджал», одну з найнебезпечніших": which kind the weapons are, not a count
_ONE_OF_SUPERLATIVE_RE = re.compile(r"\s+(?:of\s+the\s+(?:most\s|least\s|[^\W\d]+est\b)|(?:з|із|зі)\s+най|"
                                    r"(?:из|изо)\s+(?:самы|наи|[^\W\d]+[еа]йш))", re.IGNORECASE)
_COMMA_BEFORE_RE = re.compile(r"[,–—]\s*$")
# "all" before "up to one": "сбиты все до одного", "усі до одного знищено" (every one, not at most one)
_ALL_TO_ONE_BEFORE_RE = re.compile(r"(?<!\w)(?:все|всі|усі)\s+до\s+$", re.IGNORECASE)


def _begins_in_gap(text: str, end: int, starts: list[int], gap: re.Pattern) -> bool:
    """Whether one of `starts` (in text order) lies after `end`, no further than what `gap` matches there."""
    m = gap.match(text, end)
    i = bisect_left(starts, end)
    return m is not None and i < len(starts) and starts[i] <= m.end()


def _item_follows(text: str, end: int, item_starts: list[int]) -> bool:
    """Whether an item noun begins within two words after `end` ("обе управляемые авиационные ракеты")."""
    return _begins_in_gap(text, end, item_starts, _UP_TO_TWO_WORDS_RE)


_BOTH_MODEL_GAP_RE = re.compile(r"\s+[«\"“„]?")


def _model_follows(text: str, end: int, model_starts: list[int]) -> bool:
    """Whether a weapon's model is named right after `end`, in quotation marks or not ("обе «Искандер-М»", "оба Х-59")."""
    return _begins_in_gap(text, end, model_starts, _BOTH_MODEL_GAP_RE)


# A day joined to a date after it: "2 и 3 февраля", "on 2 and 3 February" ("2" is a day, not a count),
# and the first day of a span of dates: "с 9 по 15 августа", "з 9 до 15 серпня", "from 9 to 15 August"
_AND_DAY_AFTER_RE = re.compile(rf"\s+(?:и|і|та|and|по|до|to|through)\s+(?:{lx.DAY_MONTH_TEXT})", re.IGNORECASE)



def find_numbers(text: str, words: list[tuple[int, int, str, str]], excluded: list[tuple[int, int]],
                 item_starts: list[int] | None = None, thousands: bool = True,
                 model_starts: list[int] | None = None) -> list[Figure]:
    """Every number that may be a count, in text order (`item_starts`: where item nouns begin, for the
    counts written like ordinals: "81-го беспилотника"; `thousands`: False when the text has no word for
    thousands or millions: "тыс", "тис", "thousand", "million", "млн"; `model_starts`: where weapon models are
    named, for "оба «Кинжала»")."""
    # (start, end, count, qualifier, is_word); a `Figure` is made only for those kept.
    found: list[tuple[int, int, int | None, str, bool]] = []
    not_count_at = dates.not_count_at
    skip_to = -1
    for m in NUMBER_RE.finditer(text):
        start, end = m.span()
        if start < skip_to:
            continue
        if excluded and _overlaps(start, end, excluded) or _not_a_count_before(text, start) \
                or not_count_at(text, start) and not (item_starts and _genitive_count(text, end, item_starts)) \
                or end - start <= 2 and _AND_DAY_AFTER_RE.match(text, end):
            continue
        digits = m.group(1)
        if not digits.isdigit():
            if _INVISIBLE_RE.search(digits):
                found.append((start, end, None, "unreadable", False))
                continue
            digits = _NOT_DIGIT_RE.sub("", digits)
        value = int(digits) if len(digits) <= _MAX_DIGITS else MAX_COUNT + 1
        if value > MAX_COUNT:
            found.append((start, end, None, "too_large", False))
            continue
        dozens = _DOZENS_AFTER_RE.match(text, end) if value < 100 else None
        if dozens is not None:
            value, end = value * 12, dozens.end()  # "2 dozen drones": twenty-four
        elif value < 10 and (tens := _TENS_AFTER_RE.match(text, end)) is not None:
            # "4 десятка дронов", "2 сотни", "близько 4 десятків": forty, two hundred, about forty
            value, end = value * (10 if tens.group(1)[0] in "дД" else 100), tens.end()
        thousand = _THOUSANDS_RE.match(text, end) if value < 1000 and thousands else None
        if thousand is not None and value * 1000 <= MAX_COUNT:
            value, end = value * 1000, thousand.end()  # "4 thousand drones", "4 тысячи беспилотников"
            rest = _HUNDREDS_AFTER_RE.match(text, end)
            if rest is not None:
                value, end = value + int(rest.group(1)), rest.end()  # "1 тыс. 218": one thousand two hundred eighteen
                skip_to = end
        million = _MILLIONS_RE.match(text, end) if value < 1000 and thousands and thousand is None else None
        if million is not None and value * 1_000_000 <= MAX_COUNT:
            value, end = value * 1_000_000, million.end()  # "almost 1 million aerial targets": a million, not one
        count, qualifier, q_start = _qualify(text, start, value)
        dashed_range = text.startswith("-", end) and end + 1 < len(text) and text[end + 1].isdigit()
        upper = _RANGE_UPPER_RE.match(text, end) if qualifier == "exact" or dashed_range and qualifier == "about" else None
        if upper is not None and int(upper.group(1)) > value and item_starts \
                and _item_follows(text, upper.end(), item_starts) \
                and not lx.RISE_RE.search(text, max(0, start - 40), start):
            # "20-30 drones", "от 20 до 30 БПЛА": at least the lower count, the upper one no figure of its own
            # (about the lower count after a word of about: "близько 5-7 БпЛА")
            before = _RANGE_FROM_RE.search(text, max(0, start - 6), start) if qualifier == "exact" else None
            qualifier = "at_least" if qualifier == "exact" else qualifier
            skip_to, end = upper.end(), upper.end()
            q_start = before.start() if before else q_start
        elif dashed_range:
            continue  # "5-6": a range of days or of anything else, no count
        if qualifier == "exact" and text.startswith(("+", "-plus"), end):
            qualifier = "at_least"  # "100+ drones", "a 100-plus drone attack": at least a hundred
            end += 1 if text[end] == "+" else 5
        elif qualifier == "exact" and count is not None and text.startswith((" с ", " з ", " із "), end) \
                and (odd := _ODD_AFTER_RE.match(text, end)) is not None:
            count, qualifier, end = count + 1, "at_least", odd.end()  # "40 с лишним дронов": more than forty
        if qualifier == "exact" and start >= 8 and text.startswith("etween", start - 7) \
                and _BETWEEN_RE.search(text, start - 8, start):
            upper = _AND_UPPER_RE.match(text, end)
            if upper is not None:
                # "between 141 and 170 Ukrainian drones": at least the lower count, the upper one no figure of its own
                qualifier, q_start, skip_to = "at_least", start - 8, upper.end()
                end = upper.end()
        found.append((q_start, end, count, qualifier, False))
    if thousands and ("." in text or "," in text):
        for m in _DECIMAL_THOUSANDS_RE.finditer(text):
            if not (excluded and _overlaps(m.start(), m.end(), excluded)):
                count, qualifier, q_start = _qualify(text, m.start(), int(m.group(1)) * 1000 + int(m.group(2)) * 100)
                found.append((q_start, m.end(), count, qualifier, False))
        for m in _DECIMAL_MILLIONS_RE.finditer(text):  # "1.5 million drones" (1,500,000)
            if not (excluded and _overlaps(m.start(), m.end(), excluded)):
                value = int(m.group(1)) * 1_000_000 + int(m.group(2)) * 10 ** (6 - len(m.group(2)))
                count, qualifier, q_start = _qualify(text, m.start(), value)
                found.append((q_start, m.end(), count, qualifier, False))
    if "в том числе лет" in text:
        for m in _ONE_BOUND_FOR_RE.finditer(text):  # "124 БПЛА, в том числе летевший на Москву": one of them
            if not (excluded and _overlaps(m.start(), m.end(), excluded)):
                found.append((m.start(), m.start(), 1, "exact", True))
    if item_starts and _digit_slash(text):
        for m in _FRACTION_RE.finditer(text):
            part, whole = int(m.group(1)), int(m.group(2))
            if 0 < part <= whole and _item_follows(text, m.end(), item_starts) \
                    and not (excluded and _overlaps(m.start(), m.end(), excluded)):
                found.append((m.start(1), m.end(1), part, "exact", False))
                found.append((m.start(2), m.end(2), whole, "exact", False))
    word_at = {start: (end, word) for start, end, kind, word in words if kind == "number"} if "-" in text else {}
    for start, end, kind, word in words:
        if excluded and _overlaps(start, end, excluded):
            continue
        if kind == "unquantified":
            if _OTHERS_RE.match(text, end) or _WORD_MEASURE_RE.match(text, end):
                continue  # "in Kharkiv, Sumy and several others": places, not a count; "several hours later": a span of time
            found.append((start, end, None, "unquantified", True))
            continue
        if kind == "plural":
            # "dozens", "десятки": the least the word can mean
            least = lx.plural_count(word)
            larger = _OF_LARGER_PLURAL_RE.match(text, end)
            if least is not None and larger and (lx.plural_count(larger.group(1)) or 0) > least:
                continue  # "tens of thousands": the thousands count
            if word.casefold() in ("сотни", "сотні", "тысячи", "тисячі"):
                count, qualifier, q_start = _qualify(text, start, 100 if word.casefold()[0] == "с" else 1000)
                if qualifier != "exact":  # "свыше сотни беспилотников": more than one hundred, not hundreds (and "свыше
                    # тысячи беспилотных летательных аппаратов": more than one thousand)
                    found.append((q_start, end, count, qualifier, True))
                    continue
            if least is not None:
                found.append((start, end, least, "at_least", True))
            continue
        if _WORD_MEASURE_RE.match(text, end):
            continue  # "23 сбитых за пять часов БПЛА", "over five hours": a span of time, not a count
        word_value = lx.number_word_value(word)
        if word_value == 2 and lx.BOTH.fullmatch(word) and (not (item_starts and _item_follows(text, end, item_starts)
                                                                or model_starts and _model_follows(text, end, model_starts))
                                                           or _BOTH_AND_RE.match(text, end)):
            continue  # "both missiles" counts two; "обидві збито", after a count, only points back to it; "both
            # missiles and drones" joins two kinds
        upper_word = word_at.get(end + 1) if word_value is not None and text.startswith("-", end) else None
        if upper_word is not None and word_value is not None:
            count, qualifier, q_start = _qualify(text, start, word_value)
            if (lx.number_word_value(upper_word[1]) or 0) > word_value and item_starts \
                    and qualifier in ("exact", "about") and _item_follows(text, upper_word[0], item_starts):
                # "близько п'яти-семи розвідувальних БПЛА": the lower count of a range, the upper one no figure of
                # its own
                found.append((q_start, upper_word[0], count, "at_least" if qualifier == "exact" else qualifier, True))
                continue
        if word_value is None or _COMPOUND_RE.match(text, end) or \
                start > 8 and _ALL_BUT_RE.search(text, start - 9, start - 1):
            continue  # "one-way attack drones": a number word inside a compound word counts nothing
        if word_value == 1 and _ONE_OF_PLACES_RE.match(text, end):
            continue  # "над одним из российских регионов был перехвачен БПЛА": which place, not how many
        if word_value == 1 and _ONE_OF_THEM_RE.match(text, end) \
                and (back := _BACK_REFERENCE_BEFORE_RE.search(text, max(0, start - 12), start)) is not None \
                and (back["at"] is None or word.casefold() in _ONE_AT_WORDS):
            continue  # "від уламків однієї з них постраждали …", "в одній з них …": which of them, not how many
        if word_value == 1 and start > 6 and _ALL_TO_ONE_BEFORE_RE.search(text, max(0, start - 10), start):
            continue  # "все до одного сбиты", "усі до одного": every one of them, not at most one
        if word_value == 1 and _ONE_OF_UNITS_RE.match(text, end):
            continue  # "soldiers of one of the anti-aircraft missile divisions shot down …": which unit, not how many
        if word_value == 1 and _ONE_OF_SUPERLATIVE_RE.match(text, end) \
                and _COMMA_BEFORE_RE.search(text, max(0, start - 3), start):
            continue  # ", one of the most advanced Russian weapons": what the weapons named before are, no count
        count, qualifier, q_start = _qualify(text, start, word_value)
        if qualifier == "exact" and (_A_DOZEN_RE.fullmatch(word) or _HALF_RE.fullmatch(word)):
            qualifier = "about"  # "a dozen missiles": about twelve; "полсотни", "полдюжины": about fifty, about six
        elif qualifier == "exact" and text.startswith((" с ", " з ", " із "), end) \
                and (odd := _ODD_AFTER_RE.match(text, end)) is not None:
            count, qualifier, end = count + 1, "at_least", odd.end()  # "сорок с лишним", "сорок з гаком": more than forty
        found.append((q_start, end, count, qualifier, True))
    found.sort(key=_first)
    out: list[Figure] = []
    last_end = -1
    for number in found:
        if out and number[0] < last_end:
            continue
        out.append(Figure(*number))
        last_end = number[1]
    return out


class Text:
    """A report's text with every vocabulary match found once, for look-ups by position."""

    def __init__(self, text: str, scan: lx.Scan, lowered: str | None = None):
        self.text = text
        self.scan = scan
        lowered = self.lowered = lowered if lowered is not None else text.casefold()
        # Words some rules need: a rule whose words the text lacks is not tried. The scan's word keys tell
        # first, in one set look-up, whether a word can be there at all.
        keys = scan.keys
        self.has_each = (keys is None or "ea" in keys or "ap" in keys) and ("each" in lowered or "apiece" in lowered)
        self.has_all = (keys is None or not keys.isdisjoint(_ALL_KEYS)) and (
            "all " in lowered or "усі " in lowered or "всі " in lowered or "все " in lowered or "всех " in lowered
            or "всіх " in lowered)
        self.has_article = (keys is None or not keys.isdisjoint(_ARTICLE_KEYS)) and (
            "another" in lowered or "одн" in lowered or lowered.startswith(("a ", "an "))
            or self.contains_any((" a ", " an ", " one ", " all ", " усі ", " всі ", " все ")))
        self.has_and_the = self.contains_any((" and the ",))  # "36 drones and the missile": a new noun phrase
        self.has_paren = "(" in text
        self.cyrillic = not text.isascii() and _CYRILLIC_RE.search(text) is not None  # (an ASCII text is not searched)
        self.has_respectively = any(map(lowered.__contains__, dates.RESPECTIVELY_WORDS))
        self.has_possessive = "'s " in text or "’s " in text
        self.has_relative = "which " in lowered or "that " in lowered or "які " in lowered or "которые " in lowered \
            or "all " in lowered or "both " in lowered \
            or self.contains_any((" они ", " вони ", "them all", " їх ", " их ", ", обид", ", обе ", ", оба ", "— обид",
                                  "— обе ", "— оба ", "– обид", "– обе ", "– оба ", " усі ",
                                  " всі ", " все ", "but were ", "but have been ", "but had been ", "and were ", "но были ",
                                  "але були ", ", яку ", ", який ", ", котру ", ", котрі ", ", її ", ", його ", "; її ",
                                  "; його ", ", которую ", ", который ", ", которая ", ", яка ", " все.", " всі.", " усі."))
        # ("all" in a clause of its own, after a comma or a dash: "Вісім «Калібрів» було запущено … – усі знищено"; or
        # all of a kind in the next sentence, "… знищили всі дрони", `_all_of_a_kind_next`)
        self.has_that_clause = self.has_relative or self.contains_any((" що ", " что "))  # (`_AND_THAT_RE`)
        self.has_places_word = (keys is None or not keys.isdisjoint(_PLACES_KEYS)) and (
            "регион" in lowered or "регіон" in lowered or "областях" in lowered or "областями" in lowered
            or "regions" in lowered or "oblasts" in lowered or "territories" in lowered or "приграничь" in lowered
            or "прикордонн" in lowered and _PLACES_RE.search(lowered) is not None)
        self.has_more = (keys is None or not keys.isdisjoint(_MORE_KEYS)) and (
            "ещё " in lowered or "еще " in lowered or "ще " in lowered or "another " in lowered or "further " in lowered)
        self.has_expected = "expect" in lowered or "очіку" in lowered or "ожида" in lowered
        self.has_rest = "rest" in lowered or "remaining" in lowered or "решт" in lowered or "остальн" in lowered \
            or "others -" in lowered
        # Words without which an expression cannot match, so that it is not searched for where the text lacks them
        # (never skipped on a text whose letters casefold otherwise than the expressions match them).
        # (`has_distance`, `has_destination` and `has_share` are looked at when first asked for.)
        self.plain = keys is not None
        self.has_thousands = not self.plain or "тыс" in lowered or "тис" in lowered or "thousand" in lowered \
            or "million" in lowered or "мільйон" in lowered or "миллион" in lowered or "млн" in lowered
        # "как и" / "як і" of places that share a count ("над Астраханской, как и над Волгоградской"), once per text
        self.has_likewise = self.cyrillic and ("как и " in lowered or "як і " in lowered)
        self._has: dict[tuple[str, ...], bool] = {}
        self.list_line: tuple[str, ...] | None = None  # the metric and item of a list line (`lx.LIST_LINES`)
        self.share_line: str | None = None  # the metric of a share with no verb of its own (`lx.SHARE_LINES`)
        self.tally_line: str | None = None  # the metric of a weapon count in a text with no verb (`lx.TALLY_LINES`)
        self.spread = False  # set when a figure holds for several places, or is also the number launched
        # Items, models and metrics keep the scan's (start, end, value, matched text).
        self.items = Spans(scan.items)
        models = scan.models
        if models and scan.regions:
            # "на Кубани": a place, not the Kub drone
            places = {(a, b) for a, b, _, _ in scan.regions}
            models = [m for m in models if (m[0], m[1]) not in places]
        self.models = Spans(models)
        # Names with digits count nothing: "Shahed-136", "Mirage 2000 fighter jets"
        self.digit_names = [(a, b) for a, b, _, w in [*models, *scan.items] if _has_digit(w)]
        metrics = scan.metrics
        if "-" in text:
            # "Russia-launched drones": a verb joined into an adjective is no verb of the sentence
            metrics = [m for m in metrics if not m[0] or text[m[0] - 1] != "-"]
        self.denied = False
        if "не " in lowered or "not " in lowered or "never " in lowered or self.contains_any((" to ", "n't ")):
            # "ракеты, которые не удалось перехватить ночью 4 июня, попали в …", "was not able to down": none shot down
            kept = [m for m in metrics if m[2] not in DEFENCE_METRICS
                    or not _NEGATED_RE.search(text, max(0, m[0] - 24), m[0])]
            self.denied = len(kept) < len(metrics)  # (a text whose verb is denied is no tally line, `tally_line`)
            metrics = kept
        self.metrics = Spans(metrics)
        self.metric_starts = self.metrics.starts
        if metrics and "air_weapon" in map(_third, scan.items):
            # "две достигли цели", "failed to reach their targets": the targets of a verb's phrase are no weapons
            self.items = Spans([i for i in scan.items if i[2] != "air_weapon"
                                or not any(a <= i[0] and i[1] <= b for a, b, _, _ in metrics)])
        self.windows = [(m.start(), m.end()) for m in dates.windows(text, scan)]
        self.launches = self._launch_spans(scan)
        masked = sorted([(a, b) for a, b, _ in self.launches] + self.windows)
        self.regions = Spans([(a, b, w) for a, b, _, w in scan.regions if (not masked or not _overlaps(a, b, masked))
                              and not (w in _CAPITALS and (_GOVERNMENT_AFTER_RE.match(text, b)
                                                           or text.endswith(_GOVERNMENT_BEFORE, 0, a)))
                              and not (w.endswith("Sea") and _FLEET_AFTER_RE.match(text, b))
                              and not text.startswith(" time", b)  # "at 6:35 a.m. Moscow time": a clock's zone
                              and not (a > 8 and self._has_any(_FORCE_WORDS)
                                       and _FORCE_OF_RE.search(text, max(0, a - 24), a))
                              and not (a > 6 and self.has_distance
                                           and _REFERENCE_POINT_RE.search(text, max(0, a - 50), a))])
        self.region_starts = self.regions.starts
        # (a match of SENTENCE_RE is its one character)
        self.sentence_ends = [e for e in map(_match_start, SENTENCE_RE.finditer(text))
                              if text[e] == "\n" or not (_ABBREVIATION_RE.search(text, max(0, e - 4), e)
                                                        or _EDITOR_NOTE_RE.match(text, e + 1)
                                                        or _CLOCK_ZONE_RE.match(text, e + 1))]
        self.sentence_ends.append(len(text))
        if not self.cyrillic and "Moscow" in text and len(self.regions) > 2 and ("region" in lowered or "oblast" in lowered):
            self.regions = Spans([self._moscow_region(r) for r in self.regions])
        # Without a dash, white space never begins a break, and a shorter expression finds the same ones.
        dashed = "–" in text or "—" in text
        self.breaks = list(map(_match_start, (BREAK_RE if dashed else _BREAK_UNDASHED_RE).finditer(text)))
        self.breaks.append(_NO_BREAK)  # past every position: `next_break` need not test for the end
        if "airborne" in map(_third, metrics) and not DEFENCE_METRICS.isdisjoint(map(_third, metrics)):
            # "shot down … 70 heavy combat quadcopters of the enemy in the air": where they were shot down, not a count
            # of those still flying (in the verb's clause)
            self.metrics = Spans([m for m in self.metrics if not (
                m[2] == "airborne" and m[3].casefold() in _WHERE_SHOT_DOWN
                and not _STILL_BEFORE_RE.search(text, max(0, m[0] - 16), m[0])
                and any(d[2] in DEFENCE_METRICS and d[1] <= m[0] and self.next_break(d[1], m[0]) >= m[0]
                        for d in self.metrics))])
            self.metric_starts = self.metrics.starts
        self.scopes = Spans([(m.start(), m.end(), m.group(0)) for m in lx.SCOPE.finditer(text, scan)])
        self.cumulative = [c for c in map(_match_start, lx.CUMULATIVE.finditer(text, scan))
                           if not _FIRST_TIME_RE.search(text, max(0, c - 20), c)
                           and not _RECORD_ATTACK_RE.search(text, max(0, c - 120), c)]
        # (with the scan's word keys the expression is tried only at the word starts it can begin at, which costs
        # less than looking for its words first; without them, only on a text with one of its words)
        self.year_to_date = list(map(_match_start, lx.YEAR_TO_DATE.finditer(text, scan))) \
            if self.plain or "початку" in lowered or "начала" in lowered or "since " in lowered \
            or self.contains_any((" 1 січня", " 1 января", "this year")) else []

    def _has_any(self, words: tuple[str, ...]) -> bool:
        """Whether the text has one of these words (casefolded; always, on a text that is not plain)."""
        got = self._has.get(words)
        if got is None:
            got = self._has[words] = not self.plain or self.contains_any(words)
        return got

    def contains_any(self, words: tuple[str, ...]) -> bool:
        """Whether the casefolded text has one of these words; a word after a space or a mark is looked for only
        when a word of the text begins with its letters (`_keyed`)."""
        lowered, keys = self.lowered, self.scan.keys
        if keys is None:
            return any(w in lowered for w in words)
        for w, key in _KEYED.get(words) or _keyed(words):
            if (key is None or key in keys) and w in lowered:
                return True
        return False

    @property
    def has_distance(self) -> bool:
        return self._has_any(_DISTANCE_WORDS)

    @property
    def has_destination(self) -> bool:
        return self._has_any(_DESTINATION_WORDS)

    @property
    def has_share(self) -> bool:
        return self._has_any(_SHARE_WORDS)

    def _moscow_region(self, place: tuple) -> tuple:
        """"Moscow" in an English list of the regions a count was brought down over ("10 over the Bryansk region, four
        over Kursk, and one each over Belgorod, Moscow, and Tula") is the Moscow region, as the Ministry's own "над
        Московским регионом" is; not the city drones were bound for ("two en route to Moscow")."""
        start, end, words = place
        if words != "Moscow" or self.has_destination and _DESTINATION_RE.search(self.text, max(0, start - 40), start):
            return place
        lo, hi = self.sentence_bounds(start)
        others = {lx.region_code(r[2]) for r in _in(self.regions, lo, hi)} - {"RU-MOW", "RU-MOS", None}
        if len(others) < 2 or not _OVER_MOSCOW_RE.search(self.text, max(lo, start - 12), start):
            return place
        return start, end, lx.ReadAs(words, "RU-MOS")

    def _launch_spans(self, scan: lx.Scan) -> list[tuple[int, int, str]]:
        out = []
        for m in lx.LAUNCH.finditer(self.text, scan):
            end = len(self.text)
            stop = _LAUNCH_STOP_RE.search(self.text, m.end())
            if stop:
                end = stop.start()
                comma = self.text.rfind(",", m.end(), end) if stop.group(0).strip() in ("–", "—") else -1
                if comma >= 0 and _COUNT_AFTER_DASH_RE.match(self.text, stop.end()) \
                        and any(comma < r[0] and not self.text[comma + 1:r[0]].strip()
                                and not self.text[r[1]:end].strip() for r in scan.regions):
                    end = comma  # "… двома ракетами з Бєлгородщини, Одещину – чотирма": the next place, with its count
            over = _OVER_RE.search(self.text, m.end(), end)
            if over and (any(m.end() <= r[0] < over.start() for r in scan.regions)
                         or _ORIGIN_COUNTRY_RE.search(self.text, m.end(), over.start())):
                end = over.start()
            metric = bisect_left(self.metric_starts, m.end())
            if metric < len(self.metrics) and self.metrics[metric][0] < end:
                end = self.metrics[metric][0]
            joined = _LAUNCH_AND_RE.search(self.text, m.end(), end)
            if joined and any(i[2] != "location" for i in _in(self.items, joined.end(), min(end, joined.end() + 30))):
                # "з мису Чауда в анексованому Криму та керованою авіаційною ракетою": the next weapon (but "from the Orel
                # and Millerovo areas" goes on)
                end = joined.start()
            span = self.text[m.start():end].rstrip(" ,:–—-")
            if span.endswith(")") and "(" not in span:
                span = span[:-1].rstrip(" ,:–—-")  # "(из Курска, Миллерово)": the bracket that closes around it
            out.append((m.start(), m.start() + len(span), span))
        return out

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        ends = self.sentence_ends
        i = bisect_right(ends, pos)
        if i == len(ends):
            i -= 1  # `pos` is the end of the text: its last sentence
        return (ends[i - 1] + 1 if i else 0), ends[i]

    def next_break(self, pos: int, limit: int) -> int:
        b = self.breaks[bisect_left(self.breaks, pos)]
        return b if b < limit else limit

    def metric_after(self, start: int, end: int) -> tuple[int, int, str, str] | None:
        i = bisect_left(self.metric_starts, start)
        metrics = self.metrics
        return metrics[i] if i < len(metrics) and metrics[i][0] < end else None

    def has_drones_before(self, pos: int) -> bool:
        """Whether a drone is named before `pos`."""
        return any(i[0] < pos and i[2] in DRONE_ITEMS for i in self.items)

    def metric_before(self, start: int, pos: int) -> tuple[int, int, str, str] | None:
        i = bisect_left(self.metric_starts, pos) - 1
        return self.metrics[i] if i >= 0 and self.metrics[i][0] >= start and self.metrics[i][1] <= pos else None


@mypyc_attr(native_class=False)  # (a list with an attribute: compiled, a class of Python's own)
class Spans(list):
    """Spans in order of their starts, with the starts kept for look-ups by position."""

    __slots__ = ("starts",)

    def __init__(self, spans: list[tuple]):
        super().__init__(spans)
        self.starts = list(map(_first, spans))


def _in(spans: Spans, start: int, end: int) -> list[tuple]:
    """The spans that start in [start, end)."""
    starts = spans.starts
    i = bisect_left(starts, start)
    if i == len(starts) or starts[i] >= end:
        return []  # (most often)
    return spans[i:bisect_left(starts, end, i)]


@lru_cache(maxsize=4096)
def _item_of(items: tuple[str, ...], models: tuple[str, ...], mixed: bool) -> tuple[str | None, str | None]:
    """The item nouns and models of one noun phrase -> (item, item_model).

    The first noun is the head ("беспилотный летательный аппарат самолетного типа" is a drone).
    A generic head (drone, missile) takes the class of the models and kinds named with it when
    they are of one class ("ударними БпЛА типу Shahed"), and stays generic when several kinds
    are counted together ("типу Shahed, Гербера та дронами інших типів"). Kept per phrase: phrases repeat
    from report to report.
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
    if head == "air_weapon" and kinds == {"rocket"} and not others:
        return "rocket", model  # "26 Ukrainian projectiles of the HIMARS and Vampire" systems: rockets
    if head == "air_weapon" and len(kinds) == 1 and not others and not mixed and kinds <= MISSILE_ITEMS | DRONE_ITEMS:
        return next(iter(kinds)), model  # "six Kinzhal hypersonic projectiles": missiles of the model's class
    if head in ("drone", "missile") and any(i in (MISSILE_ITEMS if head == "drone" else DRONE_ITEMS) for i in others):
        return "air_weapon", None  # "215 missiles and drones"
    if head in DRONE_ITEMS | MISSILE_ITEMS and "air_weapon" in others and mixed:
        return "air_weapon", None  # "17 Ukrainian drones and other projectiles": weapons of every kind together
    if head == "jet_drone" and kinds == {"attack_drone"} and not others and not mixed:
        return head, None  # "реактивні шахеди", "jet-powered Shaheds": the jet drones, of no model the text names
    if head in DRONE_ITEMS and head != "drone" and any(k in DRONE_ITEMS and k != head for k in kinds):
        return "drone", model  # "363 Shahed and decoy drones": kinds counted together
    if head in MISSILE_ITEMS and head != "missile" and any(i in MISSILE_ITEMS and i not in (head, "missile") for i in others):
        return "missile", model  # "dozens of cruise missiles and ballistic missiles": kinds counted together
    if head not in ("drone", "missile"):
        if len(kinds) == 1 and not mixed and not others and head in DRONE_ITEMS | MISSILE_ITEMS:
            return next(iter(kinds)), model  # "реактивні БпЛА Бандероль": the model's class, as weapons.csv files it
        if model is not None and lx.WEAPON_ITEMS.get(model) in DRONE_ITEMS | MISSILE_ITEMS \
                and head not in DRONE_ITEMS | MISSILE_ITEMS:
            return head, None  # "a Russian Tu-22M3 long-range strategic bomber that carries Kh-22 cruise missiles"
        return head, model
    if any(i in GENERIC[head] for i in others):
        return head, model  # "ударними БпЛА та дронами-імітаторами": kinds counted together
    if head == "missile" and kinds == {"rocket"} and not mixed:
        return "rocket", model  # "one HIMARS long-range guided missile": a rocket of the launcher named
    kinds = {k for k in kinds if k in GENERIC[head]}
    if len(kinds) == 1 and not mixed:
        return next(iter(kinds)), model
    return head, model


def _apposed_parts(t: Text, figures: list[Figure]) -> None:
    """Counts of the kinds of a total, listed after it and a comma with no verb of their own, that add up to it exactly:
    parts of it ("launched 150 drones overnight, 90 Shaheds and 60 decoys")."""
    for i, whole in enumerate(figures[:-2]):
        if whole.is_breakdown or whole.qualifier != "exact" or whole.count is None or whole.metric is None \
                or whole.item not in ("drone", "missile"):
            continue
        parts: list[Figure] = []
        for g in figures[i + 1:]:
            if g.sentence != whole.sentence or not g.explicit or g.is_breakdown or g.metric != whole.metric \
                    or g.qualifier != "exact" or g.count is None or g.item == whole.item \
                    or g.item not in GENERIC[whole.item] or g.after_cue is not None \
                    or g.before_cue is not None and g.before_cue != whole.before_cue:
                break
            parts.append(g)
        if len(parts) >= 2 and sum(g.count for g in parts if g.count is not None) == whole.count \
                and "," in (gap := t.text[max(whole.end, whole.noun_end):parts[0].start]) and not any(c in gap for c in ".;:"):
            for g in parts:
                g.is_breakdown = True


def _fits_under(child: Figure, parent: Figure) -> bool:
    """Whether a figure can split another: same or narrower item, a compatible metric."""
    if child.metric != parent.metric and not (child.metric in DEFENCE_METRICS and parent.metric in DEFENCE_METRICS):
        return False
    if child.item == parent.item:
        return True
    return child.item in GENERIC.get(parent.item, ())


def _fewer(part: Figure, whole: Figure) -> bool:
    """Whether both figures have a count and the part's is the smaller."""
    return part.count is not None and whole.count is not None and part.count < whole.count


def _after_in_sentence(figures: list[Figure], whole: Figure) -> list[Figure]:
    """The figures after a whole in its sentence: the parts it may have."""
    return [f for f in figures if f.start > whole.end and f.sentence == whole.sentence]


def _counted_out_of(part: Figure, whole: Figure) -> bool:
    """Whether a figure is counted out of the number right after it ("16 out of 27 drones", "6 out of 24 regions")."""
    return part.of_next and part.tail_end == whole.start


_NOT_READ = ("too_large", "unreadable")  # numbers that give a rejection, never a figure


# A number after "all but" counted out of a whole: "intercept all but five of the 27 drones"
_ALL_BUT_OF_RE = re.compile(r"(?<!\w)all\s+but\s+(\d+|[^\W\d]+)\s+(?:out\s+)?of\s+(?:the\s+)?(?=\d|[^\W\d])", re.IGNORECASE)


def _all_but(text: str, figures: list[Figure]) -> list[Figure]:
    """Figures with the parts of "all but N of the M" (M - N: "shot down all but five of the 27 drones" counts 22;
    the N alone, as in "all but four of the drones", is no count)."""
    starts = {f.start: f for f in figures}
    added = []
    for m in _ALL_BUT_OF_RE.finditer(text):
        whole = starts.get(m.end())
        word = m.group(1)
        left = int(word) if word.isdigit() else lx.number_word_value(word)
        if whole is not None and whole.count is not None and left is not None and whole.count > left:
            added.append(Figure(m.start(1), m.end(1), whole.count - left, "exact", False))
    return sorted(figures + added, key=lambda f: (f.start, f.end)) if added else figures


def read_figures(text: str, scan: lx.Scan | None = None, lowered: str | None = None,
                 source: str | None = None) -> list[Figure]:
    """A report's text (and its `lx.Scan`, made here when not given, its casefolded text, and the source whose
    parser reads it, for the ways of its bulletins: `lx.LIST_LINES`) -> its figures, in text order."""
    scan = scan or lx.Scan(text)
    words = lx.hundreds_joined(text, scan.numbers) if len(scan.numbers) > 1 else scan.numbers
    if not words and not scan.items and not _DIGIT_RE.search(text) and not (scan.models and scan.metrics) \
            and PEOPLE_METRICS.isdisjoint(map(_third, scan.metrics)):
        return []  # (a model alone may count one: "we shot down the Kinzhal"; casualties with no count: "есть раненые")
    t = Text(text, scan, lowered)
    t.list_line = lx.LIST_LINES.get(source) if source else None
    t.share_line = lx.SHARE_LINES.get(source) if source else None
    t.tally_line = lx.TALLY_LINES.get(source) if source else None
    capitals = lx.CAPITALS.get(source) if source else None
    if capitals is not None and ("столиц" in t.lowered or "столичн" in t.lowered or "capital" in t.lowered):
        spans = [(a, b) for a, b, _ in t.regions]
        named = [(m.start(), m.end(), name) for pattern, name in capitals for m in pattern.finditer(text)
                 if not _overlaps(m.start(), m.end(), spans)]
        if named:  # "Над столицею було збито дві балістичні ракети": Kyiv in the Air Force's words
            t.regions = Spans(sorted(list(t.regions) + named))
            t.region_starts = t.regions.starts
    jamming = "EW" in text or "lectronic warfare" in text or "РЭБ" in text or "РЕБ" in text  # (`_JAMMING_BEFORE_RE`)
    jammed = {m[0] for m in t.metrics if m[2] in ("neutralised", "intercepted") and jamming
              and _JAMMING_BEFORE_RE.search(text, max(0, m[0] - 34), m[0])
              or m[2] == "hit" and _JAMMING_SYSTEM_BEFORE_RE.search(text, max(0, m[0] - 40), m[0])}
    if jammed:  # "while electronic warfare neutralised six": jammed
        t.metrics = Spans([(a, b, "suppressed" if a in jammed else v, w) for a, b, v, w in t.metrics])
        t.metric_starts = t.metrics.starts
    restated = lx.INTERCEPTED_WORDS.get(source) if source else None
    if restated is not None and any(m[2] in ("neutralised", "hit") for m in t.metrics):
        # "шесть беспилотников нейтрализованы над Республикой Крым", "two Ukrainian drones were hit": the Ministry's
        # figure of drones intercepted, retold
        t.metrics = Spans([(a, b, "intercepted" if v in ("neutralised", "hit") and restated.fullmatch(w) else v, w)
                           for a, b, v, w in t.metrics])
        t.metric_starts = t.metrics.starts
    if t.list_line is not None and t.regions and any(m[2] == "airborne" for m in t.metrics):
        # "3 из них сбили в Курской области, а 2 — в воздушном пространстве Брянской области": where a line of the
        # Ministry's list was brought down, not drones still in the air
        placed = {a for a, _b, _ in t.regions}
        t.metrics = Spans([m for m in t.metrics if not (m[2] == "airborne" and m[3].lower().startswith("в воздушном")
                                                        and (space := _SPACES_RE.match(text, m[1]))
                                                        and space.end() in placed)])
        t.metric_starts = t.metrics.starts
    excluded = t.windows + t.digit_names
    lowered = t.lowered
    if ("night of" in lowered or "night from" in lowered) and (" to " in lowered or " into " in lowered) \
            or " на " in lowered and (
            "ночь с " in lowered or "ніч з " in lowered or "ніч із " in lowered or "ночі з " in lowered
            or dates.day_to_day(lowered)) \
            or "between " in lowered and " and " in lowered:
        # "on the night of April 29 to 30", "the night from May 3 to 4", "в ночь с 8 на 9 апреля", "the night between
        # May 17 and 18": the other day is no count
        excluded += [m.span() for m in lx.NAMED_NIGHT.finditer(text, scan) if _DIGIT_RE.search(m.group(0))]
    figures = find_numbers(text, words, sorted(excluded), t.items.starts, t.has_thousands,
                           t.models.starts if t.models else None)
    figures = _with_singulars(t, figures)
    if figures and t.metrics and len(t.items) > 1 and not t.cyrillic:  # (a list: a noun before the one listed)
        figures = _with_named_weapons(t, figures)
    if t.metrics and not PEOPLE_METRICS.isdisjoint(map(_third, t.metrics)) and t._has_any(_UNCOUNTED_CASUALTY_WORDS):
        figures = _with_uncounted_casualties(t, figures)
    if t.models and t.metrics:
        figures = _with_single_models(t, figures)
    if t.metrics and t._has_any(_SOME_WORDS):
        figures = _with_some(t, figures)
    if "all but " in lowered:
        figures = _all_but(text, figures)
    if t.metrics and figures and t.has_places_word and all(_REGIONS_COUNTED_RE.match(text, f.end) for f in figures):
        # "suppressed drones …, which tried to attack two regions": a count of places only, the drones not counted
        figures = sorted(figures + _with_bare_plurals(t), key=lambda f: (f.start, f.end))
    elif t.metrics and not figures:
        figures = _with_bare_plurals(t)
        if not figures and t.models:
            figures = _with_bare_model_plurals(t)
    elif t.metrics and ("all " in lowered or "всі " in lowered or "усі " in lowered or "все " in lowered):
        # "shot down all of the drones and four of the cruise missiles": all of one weapon, before a count of another
        # (not after a count: "targeted Moscow with eight drones, but all the drones … were downed" are those eight)
        first = figures[0].start if figures else len(text)
        alls = [f for f in _with_bare_plurals(t) if f.start < first
                and _ALL_THE_RE.search(text, max(0, f.start - 16), f.start)]
        if alls:
            figures = sorted(figures + alls, key=lambda f: (f.start, f.end))
    if figures and t.metrics and t.items and not t.cyrillic \
            and any(m[2] in DEFENCE_METRICS and _in(t.items, m[1], m[1] + 24) for m in t.metrics):
        # (only where an item follows a verb of bringing down closely)
        objects = [f for f in _with_bare_plurals(t) if _uncounted_object(t, f, figures)]
        if objects:
            # "shot down drones over the Leningrad region and destroyed a UAV targeting Moscow": the drones not counted
            figures = sorted(figures + objects, key=lambda f: (f.start, f.end))
    if figures and t.metrics and ("из которых" in lowered or "з яких" in lowered or "of which" in lowered):
        figures = _with_bare_wholes(t, figures)
    if figures and t.metrics and t._has_any(_MANY_WORDS):
        # "Russia used a record number of drones to strike Ukraine, among which more than 300 are Shaheds": a number of
        # weapons not counted, beside the counts of the text; and one in a sentence with no count of its own ("атакували
        # рекордною кількістю дронів. Крім того, ворог випустив чотири ракети")
        starts = [f.start for f in figures]
        many = []
        for i in t.items:
            if not _MANY_BEFORE_RE.search(text, max(0, i[0] - 40), i[0]):
                continue
            k = bisect_left(starts, i[1])
            if k < len(starts) and t.scopes and _in(t.scopes, i[1], starts[k]) \
                    and not _DIGIT_RE.search(text, i[1], starts[k]):
                many.append(i)
                continue
            lo, hi = t.sentence_bounds(i[0])
            if (k == len(starts) or starts[k] >= hi) and (not k or figures[k - 1].end <= lo):
                many.append(i)
        if many:  # (only a whole that a part of it follows: "рекордну кількість дронів - 810 безпілотників" is counted)
            figures = sorted(figures + _with_bare_plurals(t, many), key=lambda f: (f.start, f.end))
    if t.models and figures and t.metrics:
        # "attacked Ukraine with Iskander-M ballistic missiles and seven Shahed UAVs": a model's weapons named in the
        # plural with no number, before a count of weapons of another kind, each used
        named_models = _named_before_count(t, figures)
        if named_models:
            figures = sorted(figures + named_models, key=lambda f: (f.start, f.end))
    if t.has_article and figures and ("another" in lowered or " a " in lowered):
        # "Two drones were shot down over Belgorod region and another over the Kursk region": one more, of the same
        figures = sorted(figures + [Figure(m.start(1), m.end(1), 1, "exact", True) for m in _ANOTHER_RE.finditer(text)]
                         + ([Figure(m.start(1), m.end(1), 1, "exact", True) for m in _VERB_ANOTHER_RE.finditer(text)]
                            if "another" in lowered else []),
                         key=lambda f: (f.start, f.end))
    if figures and "the " in lowered and ("th " in lowered or "second " in lowered or "third " in lowered
                                          or "the last " in lowered):
        ordinal = [Figure(m.start(1), m.end(1), 1, "exact", True) for m in _ORDINAL_ONE_RE.finditer(text)]
        if ordinal:
            figures = sorted(figures + ordinal, key=lambda f: (f.start, f.end))
    if figures and t.cyrillic and ("ой " in lowered or "ый " in lowered or "ий " in lowered or "ій " in lowered
                                   or "ая " in lowered or "ья " in lowered or "друга " in lowered or "третя " in lowered):
        # "Четыре беспилотных аппарата были уничтожены, пятый дезориентирован": the one left, with a verb of its own
        ordinal = [Figure(m.start(1), m.end(1), 1, "exact", True) for m in _ORDINAL_ONE_CYRILLIC_RE.finditer(text)
                   if _in(t.metrics, m.end(), m.end() + 1) and any(g.end <= m.start() for g in figures)]
        if ordinal:
            figures = sorted(figures + ordinal, key=lambda f: (f.start, f.end))
    if figures and ("столько" in lowered or "стільки" in lowered):
        figures = _with_as_many(t, figures)
    if len(figures) > 1 and not t.cyrillic and ("locations" in lowered or "places" in lowered or "sites" in lowered):
        # "six drones had been shot down in four separate locations over the Bryansk region": where, no figure (and the
        # place after it is the drones')
        figures = [f for f in figures if not (_LOCATIONS_AFTER_RE.match(text, f.end) and _shot_down_in(t, f))]
    if not figures:
        return []
    kept: list[Figure] = []
    last = len(figures) - 1
    for i, f in enumerate(figures):
        more = i < last  # (a figure after this one)
        nxt = figures[i + 1].start if more else len(text)
        if _read_figure(t, f, nxt):
            kept.append(f)
            # (both expressions below end in such a word; the first is looked for before a figure with one after it)
            of_before = (more or t.has_share) and _of_word_before(text, f.start)
            if of_before and more and _FROM_TOTAL_RE.search(text, max(0, f.start - 45), f.start) \
                    and t.sentence_bounds(figures[i + 1].start)[0] == t.sentence_bounds(f.end)[0]:
                f.is_total = True  # "Із 50 дронів збито 40", "Of the 50 drones launched, 40 …": the 50 launched
            if of_before and t.has_share and f.count is not None \
                    and _SHARE_OF_RE.search(text, max(0, f.start - 45), f.start):
                # "Most of the 50 drones were shot down": the 50 launched (not "Half of the drones were brought down
                # over …", a share of drones the text does not count, shot down as worded)
                f.is_total = True
            if f.of_next and not f.shares_noun and more and figures[i + 1].start == f.tail_end:
                figures[i + 1].is_total = True
            if f.before_cue is None and f.explicit and more and f.noun_end < figures[i + 1].start \
                    and _OF_WHICH_NEXT_RE.fullmatch(text, f.noun_end, figures[i + 1].start):
                f.is_total = True  # "йдеться про 629 засобів повітряного нападу, з яких 589 збито": the 629 launched
            if len(kept) > 1 and kept[-2].explicit and kept[-2].noun_end < f.start \
                    and (_OUT_OF_RE.fullmatch(text, kept[-2].noun_end, f.start)
                         or _OWNER_OUT_OF_RE.fullmatch(text, kept[-2].noun_end, f.start)):
                f.is_total = True  # "shot down 71 drones out of 101 launched": the 101 launched
            elif len(kept) > 1 and kept[-2].explicit and not (len(kept) > 2 and kept[-3].joined) \
                    and (verb := t.metric_after(kept[-2].noun_end, f.start)) is not None \
                    and verb[2] in DEFENCE_METRICS \
                    and _VERB_OUT_OF_RE.fullmatch(text, verb[1], f.start) \
                    and _PASSIVE_BEFORE_RE.fullmatch(text, kept[-2].noun_end, verb[0]):
                f.is_total = True  # "40 drones were shot down out of 50 launched": the part's verb is not the whole's
        else:
            f.of_next = False
            if i and _counted_out_of(figures[i - 1], f) and kept and kept[-1] is figures[i - 1]:
                kept.pop()  # "6 out of 24 regions": the next number counts no item, so neither does this one
    if kept and t._has_any(_WAVE_WORDS):
        for f in kept:
            # "a wave of 179 drones struck …": the count of an attack, not of hits (`_resolve`)
            f.wave = f.start > 8 and _WAVE_RE.search(text, max(0, f.start - 24), f.start) is not None
    _link(t, kept)
    if len(kept) > 2 and not t.cyrillic:
        _apposed_parts(t, kept)
    if len(kept) > 1 and ("both " in lowered or "all " in lowered) and " of them" in lowered:
        kept = _wholes_named_again(t, kept)
    if len(kept) > 1 and any(f.singular for f in kept):
        kept = _without_mentions_again(t, kept)
    if "попадани" in lowered or "влуча" in lowered or "влучен" in lowered:
        for f in kept:
            if f.singular and f.metric in ("damaged", "destroyed") and f.item in _TALLIED \
                    and _HIT_NOUN_BEFORE_RE.search(t.text, max(0, f.start - 40), f.start):
                f.metric = "hit"  # "В результате попадания крылатой ракеты … получил повреждения корабль": it hit
    if t.list_line is not None and kept and ("больше всего" in lowered or "наибольш" in lowered
                                             or "найбільш" in lowered or "активнее всего" in lowered) \
            and _MOST_RE.search(text):
        _most_first(t, kept)
    for whole in kept:
        if whole.is_total and whole.metric in DEFENCE_METRICS:
            # "Of the 22 intercepted drones, 13 were over …, 4 in …": its parts
            for part in _after_in_sentence(kept, whole):
                if part.metric == whole.metric:
                    part.is_breakdown = True
        elif whole.is_total and whole.metric == "launched" \
                and _FROM_TOTAL_RE.search(text, max(0, whole.start - 45), whole.start):
            # "Із 120 безпілотників близько 40 були імітаторами", "Of the 120 drones, about 40 were decoys": a kind's
            # share of the whole that opens the sentence, as a model's
            for part in _after_in_sentence(kept, whole):
                if part.metric == "launched" and part.item != whole.item and _fits_under(part, whole) \
                        and _fewer(part, whole):
                    part.is_breakdown = True
    if "среди" in lowered or "серед" in lowered or "among" in lowered:
        for whole in kept:
            if _AMONG_BEFORE_RE.search(text, max(0, whole.start - 30), whole.start):
                # "Среди почти полторы сотни беспилотников, …, 100 дронов - именно типа Shahed"
                for part in _after_in_sentence(kept, whole):
                    if _fits_under(part, whole) and _fewer(part, whole) and part.item != whole.item:
                        part.is_breakdown = True
        for part, whole in pairwise(kept):
            if part.sentence == whole.sentence and part.explicit and part.noun_end <= whole.start \
                    and _AMONG_AFTER_RE.fullmatch(text, part.noun_end, whole.start) \
                    and _fits_under(part, whole) and _fewer(part, whole):
                part.is_breakdown = True  # "The six Kinzhals were among a volley of 18 missiles": a part of them
    if "всего" in lowered or "усього" in lowered or "загалом" in lowered or "total" in lowered:
        for part, whole in pairwise(kept):
            if part.metric == whole.metric and part.sentence == whole.sentence and part.item == whole.item \
                    and _fewer(part, whole) and _TOTAL_AFTER_RE.search(text, part.end, whole.start):
                part.is_breakdown = True  # "над регионом перехватили один беспилотник, всего в России сбили 45 БПЛА"
    if "всего" in lowered or "общей сложности" in lowered or "итого" in lowered or "усього" in lowered \
            or "загалом" in lowered:
        for whole in kept:
            if whole.region is not None or whole.sentence < 2 or not _TOTAL_OPENS_RE.match(text, whole.sentence):
                continue
            before = t.sentence_bounds(whole.sentence - 2)[0]
            if before >= 2 and _ATTRIBUTION_SENTENCE_RE.match(text, before) \
                    and not any(f.sentence == before for f in kept):
                # "Один беспилотник сбили над акваторией Черного моря. Об этом сообщили в Минобороны РФ. Всего …
                # уничтожены 87 БПЛА": past the sentence that names who said it
                before = t.sentence_bounds(before - 2)[0]
            for part in kept:
                if part.sentence == before and part.metric == whole.metric and part.item == whole.item \
                        and part.region is not None and _fewer(part, whole) and not part.is_breakdown:
                    # "…сбили над Московским регионом семь дронов. В общей сложности за ночь было уничтожено 64
                    # беспилотника": the count over one place is a part of the total in the sentence after it
                    part.is_breakdown = True
    if "total of" in lowered:
        for part, whole in pairwise(kept):
            if part.metric == whole.metric and part.sentence == whole.sentence \
                    and _OF_A_TOTAL_RE.search(text, max(part.end, whole.start - 30), whole.start):
                part.is_breakdown = True
    for part, whole in pairwise(kept):
        if whole.is_total and part.explicit and part.item_model is None and whole.item_model is not None \
                and whole.item in GENERIC.get(part.item, ()) and part.noun_end < whole.start \
                and _OUT_OF_RE.fullmatch(text, part.noun_end, whole.start):
            part.item, part.item_model = whole.item, whole.item_model  # "two missiles out of three Kh-59": Kh-59s
        verb = t.metric_after(whole.end, whole.places[0][0]) if _counted_out_of(part, whole) and whole.places else None
        if verb is not None and verb[2] in DEFENCE_METRICS and not part.places:
            # "10 of the 22 drones were shot down in Bryansk Oblast": the place is the part's, not the whole's
            part.places, part.region, part.region_text = whole.places, whole.region, whole.region_text
            whole.places, whole.region, whole.region_text = [], None, None
    if t.list_line is not None:
        _parts_of_a_list_total(t, kept)
        _parts_in_a_next_clause(t, kept)
        if len(kept) > 2 and any((f.region is not None or f.distributive) and not f.is_breakdown for f in kept):
            _parts_in_next_sentences(t, kept)  # (only where a count over a place is not yet a part)
    elif len(kept) > 2 and t.regions:
        _places_after_a_comma(t, kept)
    other = lx.OTHER_SIDE.get(source) if source and kept else None
    if other is not None and other.possible(t.scan.keys):  # (not in a text with no word their words can begin)
        kept = [f for f in kept if not _said_by_other_side(t, other, f)]
    if kept and not t.cyrillic and t._has_any(_UNCLEAR_WORDS):
        # "It was unclear whether the drone that was not intercepted reached its target": a question, not a claim
        kept = [f for f in kept if not _UNCLEAR_RE.search(t.text, t.sentence_bounds(f.start)[0], f.start)]
    if t.has_paren and len(kept) > 1:
        _bracketed_brought_down(t, kept)
    # (debris is counted in places only: "обломки одной из ракет упали …" counts no place)
    out = [f for f in kept if f.item is not None and f.metric is not None and f.qualifier not in _NOT_READ
           and not (f.metric == "debris" and f.item != "location")]
    if t.regions and len(out) > 1:
        _shared_place(t, out)
    if t.spread:
        out = _spread(t, out)
    if t.has_relative:
        out = _relative_twins(t, out)
    for f in out:
        _quote(text, f)
    return out + [f for f in kept if f.qualifier in _NOT_READ]


# A bracket right after a count with no verb of its own that holds the verb and the count brought down:
# "– 20 крылатых ракет Х-101 (сбито 18);", "– 6 Iskander-M ballistic missiles (2 shot down)"
_BRACKET_VERB_GAP_RE = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE_RE = re.compile(r"\s*\)")


def _bracketed_brought_down(t: Text, figures: list[Figure]) -> None:
    """A count listed with no verb, whose bracket gives the number of them brought down ("20 ракет Х-101 (сбито 18)"),
    is the number launched, and the bracket's count no part of it but the count brought down."""
    text = t.text
    for f, g in pairwise(figures):
        if f.before_cue is not None or f.after_cue is not None or g.metric not in DEFENCE_METRICS \
                or f.metric != g.metric:
            continue
        gap = _BRACKET_VERB_GAP_RE.match(text, f.noun_end)
        if gap is None:
            continue
        verb, close = g.before_cue, g.end  # "(сбито 18)": the verb before its count
        if verb is None or verb[0] != gap.end() or text[verb[1]:g.start].strip():
            verb = g.after_cue  # "(18 shot down)": the count before its verb
            if verb is None or g.start != gap.end() or text[g.end:verb[0]].strip():
                continue
            close = verb[1]
        if verb[2] == g.metric and _BRACKET_CLOSE_RE.match(text, close):
            f.metric, f.is_breakdown = "launched", False
            g.is_breakdown = False


# A word of including right before a count: "…, в том числе 15 над …", "…, зокрема 15 – над …", "…, including 15 over …"
_INCLUDING_BEFORE_RE = re.compile(r"[,;–—]\s*(?:в том числе|у тому числі|в тому числі|зокрема|в частности|including)"
                                  r",?\s+$", re.IGNORECASE)


# "both of them" at a count, "all four of them" around it: the whole of the count before it
_WHOLE_OF_THEM_RE = re.compile(r"both\s+of\s+them\s", re.IGNORECASE)
_ALL_BEFORE_RE = re.compile(r"(?<!\w)all\s+$", re.IGNORECASE)


def _wholes_named_again(t: Text, figures: list[Figure]) -> list[Figure]:
    """The figures, but a count that names the kind of all the weapons of the count before it ("two missiles had been
    shot down over Crimea, both of them converted S-200 anti-aircraft missiles") given to that count: one figure, of
    that kind, not a part of it."""
    out: list[Figure] = []
    for f in figures:
        whole = out[-1] if out else None
        if whole is not None and f.is_breakdown and f.explicit and f.count is not None and f.count == whole.count \
                and whole.sentence == f.sentence and f.metric == whole.metric and whole.item_model is None \
                and f.item in GENERIC.get(whole.item, ()) \
                and (_WHOLE_OF_THEM_RE.match(t.text, f.start) is not None
                     or _ALL_BEFORE_RE.search(t.text, max(0, f.start - 6), f.start) is not None
                     and t.text.startswith(" of them", f.end)):
            whole.item, whole.item_model = f.item, f.item_model
            continue
        out.append(f)
    return out


# Between a verb of bringing down and the plural noun it takes as its object: "shot down drones", "destroyed Ukrainian UAVs"
_OBJECT_GAP_RE = re.compile(r"\s+(?:(?:the\s+)?(?:Ukrainian|enemy|hostile)\s+)?")


def _uncounted_object(t: Text, f: Figure, figures: list[Figure]) -> bool:
    """Whether a weapon in the plural with no number (`_with_bare_plurals`) is the object of a verb of bringing down right
    before it, with no number in its clause from that verb to the next verb: a figure the text does not count."""
    lo, hi = t.sentence_bounds(f.start)
    verb = t.metric_before(lo, f.start)
    if verb is None or verb[2] not in DEFENCE_METRICS or _OBJECT_GAP_RE.fullmatch(t.text, verb[1], f.start) is None:
        return False
    nxt = t.metric_after(f.start, hi)
    end = nxt[0] if nxt is not None else hi
    return not any(verb[0] - 24 <= g.end and g.start < end for g in figures)  # (nor a count right before the verb)


def _without_mentions_again(t: Text, figures: list[Figure]) -> list[Figure]:
    """Without a singular noun that opens the sentence after a figure of one weapon of its kind, brought down as it is:
    the same weapon again ("…сбили украинскую ракету «Нептун» над Черным морем. Ракету сбили около 12:30 мск.")."""
    kept = [figures[0]]
    for g, f in pairwise(figures):
        if f.singular and g.count == 1 and g.sentence < f.sentence and f.metric == g.metric \
                and (f.item == g.item or g.item in GENERIC.get(f.item, ())) and f.item_model in (None, g.item_model) \
                and f.region in (None, g.region) and (f.region is not None or not f.region_text) \
                and _OPENS_SENTENCE_RE.fullmatch(t.text, f.sentence, f.start) \
                and not _in(t.items, g.noun_end, f.start):
            continue
        kept.append(f)
    return kept


# Nothing but white space, an opening quote or the source it is told by between a sentence's start and a noun ("В
# военном ведомстве уточнили, что дрон ликвидирован около 10:15 мск", "По данным ведомства, дрон сбили около 10:05")
_OPENS_SENTENCE_RE = re.compile(r"\s*[«\"“„]?(?:(?:По|Согласно) (?:информации|данным|словам|сообщению) [^\W\d][^,.;:!?]{0,40},\s*"
                                r"|[^\W\d][^,.;:!?]{0,50}(?:уточнили|добавили|сообщили|отметили|пояснили),?\s+что\s+)?")


def _of_word_before(text: str, pos: int) -> bool:
    """Whether white space and one of `_OF_WORD_ENDS` (casefolded, as the expressions ignore case) come right before
    `pos`, in the 45 characters those expressions look at."""
    head = text[max(0, pos - 45):pos]
    word = head.rstrip()
    return len(word) < len(head) and word.casefold().endswith(_OF_WORD_ENDS)


def _with_as_many(t: Text, figures: list[Figure]) -> list[Figure]:
    """"столько же", "стільки ж": a figure of the count of the figure before it in its sentence."""
    added = []
    for m in _AS_MANY_RE.finditer(t.text):
        sentence = t.sentence_bounds(m.start())[0]
        before = [f for f in figures if f.end <= m.start() and f.count is not None
                  and t.sentence_bounds(f.start)[0] == sentence]
        if before:
            added.append(Figure(m.start(), m.end(), before[-1].count, before[-1].qualifier, True))
    return sorted(figures + added, key=lambda f: (f.start, f.end)) if added else figures


def _most_first(t: Text, figures: list[Figure]) -> None:
    """"Больше всего беспилотников уничтожено в Ростовской области – 20, в Волгоградской – 19": a sentence that opens
    with the places most struck, after no figure of its report, lists figures of their own, not parts of a total it
    does not state (in brackets, "14 единиц (7 над краем и 4 над Черным морем)", a part stays a part)."""
    for m in _MOST_RE.finditer(t.text):
        sentence = t.sentence_bounds(m.start())[0]
        for f in figures:
            if f.sentence == sentence and f.start > m.start() and f.metric == "launched" and f.item in DRONE_ITEMS:
                # "Больше всего дронов было направлено в Саратовскую область - 33 аппарата": the Ministry's count of
                # drones brought down over each place, retold as where they flew
                f.metric = "intercepted"
        if any(f.start < m.start() for f in figures):
            continue  # "сбили 139 …, больше всего — 56 — в Белгородской": a part of the 139
        for f in figures:
            if f.sentence == sentence and f.is_breakdown and (f.paren_place is not None or _shared_in_bracket(t, f)
                                                              or not _in_brackets(t.text, sentence, f.start)):
                f.is_breakdown = False


def _shared_in_bracket(t: Text, f: Figure) -> bool:
    """A shared count in a bracket right after its places: "над Курской и Тульской областями (по 1 БПЛА)" (the
    count of each place named before it, no part of a figure before it)."""
    return f.distributive and f.start >= 4 and t.text.startswith("по ", f.start - 3) \
        and _place_before_bracket(t, f.start - 3) is not None


def _between_dashes(t: Text, f: Figure) -> bool:
    """"Больше всего дронов — 28 — военные сбили над Курской областью": the count of the places most struck, set
    between dashes, takes its noun from before it."""
    text = t.text
    return f.start >= 2 and _DASH_AFTER_RE.match(text, f.end) is not None \
        and _DASH_BEFORE_COUNT_RE.search(text, max(0, f.start - 3), f.start) is not None \
        and _MOST_RE.search(text, t.sentence_bounds(f.start)[0], f.start) is not None


def _in_brackets(text: str, lo: int, pos: int) -> bool:
    return text.count("(", lo, pos) > text.count(")", lo, pos)


def _bracket_closed_before(text: str, parent: Figure, end: int) -> bool:
    """Whether the bracket that opened a figure's breakdown closed before `end`: the parts stood in it, and a count
    after it is no part ("два — над Московским регионом (один из них летел на Москву), по одному — над Курской")."""
    b = text.find("(", parent.noun_end, parent.tail_end)
    return b >= 0 and ":" not in text[parent.noun_end:b] and _closed_bracket(text, b, b + 1, end)


def _after_digit_sentence(t: Text, lo: int, start: int) -> int:
    """`lo`, or past a full stop before a digit between it and `start`, where a new sentence opens ("34 из них летели на
    Москву. 32 дрона были сбиты над Тульской областью": the 32 are no part of what "из них" split)."""
    stop = _DIGIT_SENTENCE_RE.search(t.text, lo, start + 1)
    return stop.end() - 1 if stop is not None else lo


# A scope word before a place that closes its sentence with no count: "збито 25 БпЛА, зокрема над Київщиною. Три …",
# "shot down 25 drones, including over Kyiv region. Three …": where some were brought down, no split of what follows
_SCOPE_OF_PLACE_AFTER_RE = re.compile(r",?\s+(?:(?:і|й|и|також|также)\s+)?(?:над|в|у|во|на|по|over|in|on)\s", re.IGNORECASE)


# Between one drone kind's share of a figure and the next: "з них 70 – «шахеди», решта 50 – імітатори", "…, а 50 – …"
_REST_AFTER_PART_RE = re.compile(r"[»\"”]?\s*[,;]\s*(?:(?:а|і|та|and)\s+)?(?:решта|остальные|the rest)?\s*", re.IGNORECASE)


def _scope_between(t: Text, f: Figure, lo: int) -> bool:
    """Whether a scope word stands between `lo` and a figure, and not in a bracket closed before it (nor in a sentence
    before the figure's where it names only a place)."""
    words = _in(t.scopes, lo, f.start)
    if words and f.sentence > words[-1][1]:
        # (and "including Kyiv": the place alone after it)
        words = [w for w in words if not (w[1] < f.sentence and (_SCOPE_OF_PLACE_AFTER_RE.match(t.text, w[1])
                                                                 or _place_right_after(t, w[1])))]
    if not words or not t.has_paren:
        return bool(words)
    return any(not _closed_bracket(t.text, f.sentence, w[0], f.start) for w in words)


def _place_right_after(t: Text, pos: int) -> bool:
    """Whether a place's name follows a position after a space, and no digit after it in its sentence ("…drones at
    Ukraine, including Kyiv.")."""
    place = _in(t.regions, pos, pos + 3)
    return bool(place) and not t.text[pos:place[0][0]].strip() \
        and not _DIGIT_RE.search(t.text, place[0][1], t.sentence_bounds(place[0][0])[1])


def _closed_bracket(text: str, lo: int, pos: int, end: int) -> bool:
    """Whether `pos` stands in a bracket that closes before `end`: a scope word in it splits only the bracket's count
    ("два — над Московским регионом (один из них летел на Москву), по одному — над Курской")."""
    return _in_brackets(text, lo, pos) and ")" in text[pos:end] and not _in_brackets(text, lo, end)


def _parts_of_a_list_total(t: Text, figures: list[Figure]) -> None:
    """In the statements of a source that lists its figures by place (the Defence Ministry's), "N of M" with a place
    and no word of launching is a place's part of the total brought down, not a share of those launched: "Thirteen of
    the 22 drones were over Voronezh Oblast", "49 of the 75 Ukrainian drones it downed were over the Volgograd
    region"."""
    list_line = t.list_line
    assert list_line is not None  # (called only for such a source)
    for part, whole in pairwise(figures):
        if not _counted_out_of(part, whole) or whole.metric != "launched" \
                or part.metric not in DEFENCE_METRICS | {"launched", None} or part.sentence != whole.sentence:
            continue
        places = part.places or whole.places
        if not places or len({lx.region_code(p[2]) for p in places}) != 1:
            continue
        if any(m[2] == "launched" for m in _in(t.metrics, part.sentence, places[-1][1])):
            continue  # (up to the place: "…, a region frequently targeted in recent weeks" is another clause)
        metric = part.metric if part.metric in DEFENCE_METRICS else list_line[0]
        part.metric, whole.metric, part.is_breakdown = metric, metric, True
        part.places, part.region, part.region_text = places, lx.region_code(places[0][2]), places[0][2]
        whole.places, whole.region, whole.region_text = [], None, None


def _parts_in_a_next_clause(t: Text, figures: list[Figure]) -> None:
    """In the statements of a source that lists its figures by place, a count over one place in the clause after a
    total over none, opened by a comma and a locative word, is a part of that total: "уничтожили 32 украинских
    беспилотника над российскими регионами, над Калужской областью было сбито пять БПЛА"."""
    text = t.text
    for whole, part in pairwise(figures):
        if part.sentence == whole.sentence and whole.region is None and part.region is not None \
                and (part.metric, part.item) == (whole.metric, whole.item) and part.metric in DEFENCE_METRICS \
                and _fewer(part, whole) and not part.is_breakdown and not whole.is_breakdown \
                and not whole.distributive and _within_places_of(whole, [part]) \
                and "," in text[whole.end:part.start] \
                and (_CLAUSE_PLACE_RE.match(text, text.index(",", whole.end, part.start)) is not None
                     or _PARTICIPLE_PART_RE.search(text, max(whole.end, part.start - 30), part.start) is not None):
            # (or "shot down 85 Ukrainian drones overnight, destroying 47 in the region of Rostov"; not after a count
            # at each of several places, "над Белгородской областью и Крымом … по семь БПЛА, над Тульской областью
            # сбито пять дронов")
            part.is_breakdown = True


def _places_after_a_comma(t: Text, figures: list[Figure]) -> None:
    """A total over no place, then after a comma the counts over one place each with no verb of their own, that add up
    to it exactly, are its parts: "знищено 12 дронів, 7 на Одещині та 5 на Миколаївщині", "destroyed 12 drones, seven
    in the Odesa Region and five in the Mykolaiv Region" (as after a colon)."""
    text = t.text
    for i, whole in enumerate(figures[:-2]):
        if whole.region is not None or whole.is_breakdown or whole.count is None or not whole.explicit \
                or whole.distributive or whole.metric not in DEFENCE_METRICS \
                or _LIST_AFTER_COMMA_RE.fullmatch(text, whole.noun_end, figures[i + 1].start) is None:
            continue
        parts = []
        for f in figures[i + 1:]:
            if f.sentence != whole.sentence or (f.metric, f.item) != (whole.metric, whole.item) or f.region is None \
                    or f.count is None or f.is_breakdown or f.distributive or f.after_cue is not None \
                    or f.before_cue != whole.before_cue:
                break
            parts.append(f)
        if len(parts) > 1 and sum(f.count for f in parts if f.count is not None) == whole.count \
                and _within_places_of(whole, parts):
            for f in parts:
                f.is_breakdown = True


def _parts_in_next_sentences(t: Text, figures: list[Figure]) -> None:
    """In the statements of a source that lists its figures by place, the counts over places told each with a verb of
    its own in the sentences after a total over none (or over several) are that total's parts, when there are two or
    more of them and they add up to no more than it: "За ночь уничтожены 54 БПЛА. Так, 24 дрона сбиты над Брянской
    областью, а 12 уничтожили над Ростовской. Ещё один дрон ликвидирован над Белгородской областью." (not when a
    sentence of other times comes between: "Ранее днём над Курской областью сбиты три БПЛА"), or when that sentence
    only restates the total's time and its counts add up to the total exactly: "Вечером уничтожены пять БПЛА. С 21:00
    до 23:00 мск сбиты два дрона над Белгородской областью, два — над Ростовской и один — над Курской")."""
    text = t.text
    list_line = t.list_line
    assert list_line is not None  # (called only for such a source)
    i = 0
    while i < len(figures):
        whole = figures[i]
        i += 1
        if whole.region is not None or whole.is_breakdown or whole.count is None or whole.distributive \
                or whole.metric not in DEFENCE_METRICS or whole.item != list_line[1] or whole.bound_for:
            continue
        parts: list[Figure] = []
        total = 0
        before_time: tuple[list[Figure], int] | None = None  # the parts and their sum before a sentence of other times
        checked = whole.sentence
        listed = whole.explicit and i < len(figures) \
            and _LIST_AFTER_COMMA_RE.fullmatch(text, whole.noun_end, figures[i].start) is not None
        # (the counts over one place each after that comma, with verbs of their own, that add up to the total exactly:
        # "destroyed 34 drones, 27 drones were destroyed over Kursk, four were shot down over Lipetsk and …")
        spliced: list[Figure] | None = [] if listed else None
        for f in figures[i:]:
            if (f.metric, f.item) != (whole.metric, whole.item) or f.count is None:
                continue
            # (a full stop before a digit ends no sentence: "… сбили 54 беспилотника. 18 дронов сбили в Брянской …")
            if f.sentence == whole.sentence and not _DIGIT_SENTENCE_RE.search(text, whole.end, f.start + 1):
                if spliced is not None:
                    spliced = spliced + [f] if f.region is not None and not f.bound_for and not f.distributive else None
                # (and the list after a comma in its own sentence, its lines with no verb of their own: "перехватили и
                # уничтожили 21 украинский беспилотник, 11 над Крымом, 5 над Белгородской областью, …")
                if listed and f.after_cue is None and f.before_cue == whole.before_cue \
                        and (f.region is not None or f.distributive):
                    parts.append(f)
                    total += _count_in_all(f)
                else:
                    listed = False
                continue
            if f.sentence != checked and f.sentence != whole.sentence:
                checked = f.sentence
                if _OTHER_TIME_RE.search(text, f.sentence, t.sentence_bounds(f.start)[1]):
                    if before_time is not None:
                        break
                    before_time = (list(parts), total)
            if f.region is None and not f.distributive and not f.is_breakdown:
                break  # another total (over none or several places; not "Больше всего целей … над Крымом. Там сбили 12")
            if f.bound_for:
                continue  # "два из них летели на Москву": a part of a part
            parts.append(f)
            total += _count_in_all(f)
        if before_time is not None and (len(parts) - len(before_time[0]) < 2 or total != whole.count):
            parts, total = before_time  # (a sentence of other times adds its counts only when they make up the total)
        if len(parts) > 1 and total <= whole.count and _within_places_of(whole, parts):
            for f in parts:
                f.is_breakdown = True
        # (every figure spliced has a count: one with none is passed over above)
        if spliced is not None and len(spliced) > 1 \
                and sum(f.count for f in spliced if f.count is not None) == whole.count:
            for f in spliced:
                f.is_breakdown = True


def _within_places_of(whole: Figure, parts: list[Figure]) -> bool:
    """Whether the parts of a count over several places named are over those places: not the next lines of a list
    after "ещё семь сбито над Белгородской и Курской областями. По два … над Тульской и Орловской, один … над Ростовской"."""
    codes = {lx.region_code(p[2]) for p in whole.places} - {None}
    if len(codes) < 2:
        return True  # (a total over no place, or over the country)
    return all(lx.region_code(p[2]) in codes for f in parts for p in f.places)


def _count_in_all(f: Figure) -> int:
    """What a figure counts in all: its count, or with "по N" its count at each of its places."""
    assert f.count is not None  # (only figures with a count are added up)
    return f.count * (len({p[2] for p in f.places}) if f.distributive else 1)


# A comma and a count right after a total's noun: "уничтожили 21 украинский беспилотник, 11 над Крымом, …"
_LIST_AFTER_COMMA_RE = re.compile(r",\s+(?:помимо\s+|в частности,?\s+)?(?:по\s+)?")
# Words of a time other than that of the total before: a sentence with them tells another figure, not a part.
_OTHER_TIME_RE = re.compile(r"(?<!\w)(?:ранее|раньше|до этого|днем|днём|вечером|утром|накануне|сутки|суток|вчера|неделю|"
                            r"недели|с начала|в период|\d{1,2}[:.]\d\d|январ|феврал|март|апрел|ма[йяе](?!\w)|июн|июл|"
                            r"август|сентябр|октябр|ноябр|декабр"
                            # (in English: "Earlier, the ministry said three drones were destroyed over the Belgorod region")
                            r"|earlier|later|previously|afternoon|evening)", re.IGNORECASE)


def _shared_place(t: Text, figures: list[Figure]) -> None:
    """Figures joined by "and" share the one place named after the last of them ("launched 124 drones and up to 19
    missiles … in the Poltava region", "Four people were killed and 21 injured in … Dnipro")."""
    shared: set[int] = set()
    for i in range(len(figures) - 2, -1, -1):
        f, g = figures[i], figures[i + 1]
        verb_after = f.joined and not _in(t.metrics, f.sentence, f.start) and _verb_before_place(t, figures, i + 1)
        if i and figures[i - 1].sentence == f.sentence and figures[i - 1].joined and not verb_after and t.cyrillic:
            continue  # "2 бомбы, 3 снаряда HIMARS и 36 БПЛА над Белгородской областью": a longer list, the place the last's
        # (but an English list shares it: "destroyed two Vilkha MLRS rockets, one Tochka-U tactical missile and one
        # drone over the Belgorod Region")
        listed = id(g) in shared and not t.cyrillic and t.text[f.noun_end:g.start].strip() == ","
        whole = g.is_total and _counted_out_of(f, g)  # "intercepted 18 out of 19 drones … targeting Odesa"
        if f.places or g.region is None or not g.places or g.places[0][0] < g.end or f.is_breakdown != g.is_breakdown \
                or f.sentence != g.sentence or not verb_after and not listed and not whole \
                and (t.next_break(f.end, g.start) < g.start or not _AND_BEFORE_RE.search(t.text, f.end, g.start)) \
                or (_counted(figures, i) != _counted(figures, i + 1) and not {f.metric, g.metric} <= PEOPLE_METRICS):
            continue
        if f.region is not None and _DASH_AFTER_RE.match(t.text, g.noun_end) is not None:
            continue  # "над Курской сбили 12 беспилотников и три - в Орловской": a list line's place, its count's own
        f.places, f.region, f.region_text = g.places, g.region, g.region_text
        shared.add(id(f))


def _counted(figures: list[Figure], j: int) -> str | None:
    """A figure's metric, or for the whole of "N out of M" that of its part N (the 19 of "intercepted 18 out of 19
    drones" counts with the interceptions)."""
    f = figures[j]
    if f.is_total and j and _counted_out_of(figures[j - 1], f):
        return figures[j - 1].metric
    return f.metric


def _verb_before_place(t: Text, figures: list[Figure], j: int) -> bool:
    """Whether the verb of a list of counts that opens its sentence stands after its last count, before the place
    ("Three Olkha MLRS rockets, thirty-two Vampire MLRS rockets and three UAVs were destroyed over the territory of
    Belgorod Region"): the place of every count of the list."""
    last = figures[j]
    while j + 1 < len(figures) and last.joined and figures[j + 1].sentence == last.sentence:
        j += 1
        last = figures[j]
    return bool(last.places) and last.places[0][0] > last.end \
        and t.metric_after(last.noun_end or last.end, last.places[0][0]) is not None


def _after_casualty_verb(t: Text, f: Figure) -> bool:
    """Whether a verb of killing or wounding stands right before a count ("injuring more than a dozen")."""
    cue = t.metric_before(t.sentence_bounds(f.start)[0], f.start)
    return cue is not None and cue[2] in PEOPLE_METRICS and not t.text[cue[1]:f.start].strip()


def _after_defence_verb(t: Text, f: Figure) -> bool:
    """Whether a verb of shooting down or jamming stands right before a number word that ends its clause, after an
    item named earlier in its sentence ("сбили 14 беспилотников, а средства РЭБ подавили шесть")."""
    sentence = t.sentence_bounds(f.start)[0]
    cue = t.metric_before(sentence, f.start)
    if cue is None or cue[2] not in DEFENCE_METRICS or t.text[cue[1]:f.start].strip():
        return False
    k = bisect_left(t.breaks, cue[0])
    if t.scopes and _in(t.scopes, t.breaks[k - 1] if k else 0, cue[0]):
        return False  # "the missiles, of which it shot down two, …": a part of a count the sentence does not state
    starts = t.items.starts
    k = bisect_left(starts, f.start)
    return bool(k) and starts[k - 1] >= sentence


# A clause set off by commas after a count, then a dash and the count's place: "и еще один, летевший в том же
# направлении, — над Смоленской областью"
_ASIDE_DASH_RE = re.compile(r",\s+[^\W\d][^,.;:!?()\n\d]{0,80},\s*[–—]\s*(?:(?:над|в|во|на|у|over|in)\s+)?", re.IGNORECASE)


def _aside_then_dash_place(t: Text, f: Figure) -> tuple | None:
    """The place of a count named after a clause set off by commas and a dash (`_ASIDE_DASH_RE`), or None (a number
    word with one is the count of a list line, not a pronoun)."""
    if not t.regions or not t.text.startswith(",", f.end):
        return None
    m = _ASIDE_DASH_RE.match(t.text, f.end)
    named = _in(t.regions, m.end(), m.end() + 1) if m is not None else []
    return named[0] if named else None


def _after_scope_word(t: Text, f: Figure) -> bool:
    """Whether a scope word ("в том числе", "including") stands right before a count."""
    return bool(t.scopes) and bool(_in(t.scopes, max(0, f.start - 16), f.start))


def _places_in_turn(t: Text, f: Figure, sent_start: int, tail: str) -> bool:
    """Whether a count said of a place before it is followed by another place and a dash, that of the next count in
    the same form ("РФ атакувала Сумщину двома ракетами, Одещину – чотирма ракетами Х-59"): places in turn, each with
    its count, not a total and the list of its parts."""
    dash = _DASH_END_RE.search(tail)
    if dash is None:
        return False
    comma = tail.rfind(",", 0, dash.start())
    before = _in(t.regions, sent_start, f.start) if comma >= 0 else None
    # (the place attacked, with no preposition of where the weapons were brought down: not "над Воронежской областью
    # уничтожены 17 БПЛА, Ростовской – четыре", and the count's own place none after it)
    if not before or _AT_PLACE_RE.search(t.text, max(0, before[-1][0] - 8), before[-1][0]) \
            or _in(t.regions, f.end, f.noun_end + comma):
        return False
    lo, hi = f.noun_end + comma + 1, f.noun_end + dash.start()
    named = _in(t.regions, lo, hi)
    return bool(named) and not t.text[lo:named[0][0]].strip() and not t.text[named[-1][1]:hi].strip()


def _whole_after_item(t: Text, f: Figure) -> bool:
    """Whether a number follows an item's noun and "із", "out of" ("п'ять «шахедів» із семи"): the whole of that part."""
    before = _WHOLE_BEFORE_RE.search(t.text, max(0, f.start - 22), f.start)
    if before is None or not _WHOLE_AFTER_RE.match(t.text, f.end):
        return False  # "з 10 стратегічних бомбардувальників": a number with a noun of its own
    nouns = _in(t.items, max(0, before.start() - 40), before.start()) + _in(t.models, max(0, before.start() - 40), before.start())
    if any(noun[1] == before.start() for noun in nouns):
        return True
    if not before.group(0).lstrip("»\"”'’").lower().startswith(" out of"):
        return False
    # "shot down 8 drones of the criminal army of the Russian Federation out of 10 that …": whose they are between
    lo = max(0, before.start() - 100)
    nouns = _in(t.items, lo, before.start()) + _in(t.models, lo, before.start())
    return any(_OWNER_GAP_RE.fullmatch(t.text, noun[1], before.start()) for noun in nouns)


def _dash_place(t: Text, f: Figure) -> tuple | None:
    """The place a list line names right after its count and a dash ("12 – Kaluga Oblast"), or None."""
    dash = _DASH_PLACE_RE.match(t.text, f.end)
    if dash is None or dash.end() == f.end or not t.regions:
        return None
    named = _in(t.regions, dash.end(), dash.end() + 1)
    return named[0] if named else None


_UNCLEAR_WORDS = ("unclear", "not clear", "not known")
_UNCLEAR_RE = re.compile(r"(?<!\w)(?:unclear|not clear|not known)\s+(?:whether|if)(?!\w)", re.IGNORECASE)


def _said_by_other_side(t: Text, other: lx.Anchored, f: Figure) -> bool:
    """Whether the other side's words come before a figure in its sentence ("…, while Russia claimed it destroyed 53
    Ukrainian drones"): a figure of theirs that a report of this side quotes, not this side's own."""
    start = t.sentence_bounds(f.start)[0]
    return other.search(t.text, t.scan, start, f.start) is not None


# A count and a dash before the forces that brought it down, a line of a list that splits a figure by them: "знищено 13
# «шахедів»: 12 – силами та засобами ППО Повітряних сил, ще один – підрозділами ППО інших складових Сил оборони"
_BY_FORCES_RE = re.compile(r"\s*[–—-]\s*(?:силами|засобами|средствами|підрозділами|подразделениями|мобільними|мобильными|"
                           r"винищувальною|истребительной|зенітними|зенитними|by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:air\s+defen[cs]e|"
                           r"anti-aircraft|units|forces|mobile|fighter|aviation|means))(?!\w)", re.IGNORECASE)


# "перехватить из 17 восемь «Кинжалов»", "збили з 20 вісім ракет", "shot down, out of 20, eight missiles": a whole before
# the count of its part, with no noun of its own
_WHOLE_FIRST_RE = re.compile(r"(?<!\w)(?:з|із|из|out\s+of)\s+$", re.IGNORECASE)
_WHOLE_FIRST_GAP_RE = re.compile(r",?\s+")


def _whole_first(t: Text, f: Figure, nxt: int) -> bool:
    """Whether a bare number after "з", "из", "out of" is followed right away by another count, its part (`_WHOLE_FIRST_RE`):
    the whole, of the part's noun, launched."""
    if nxt >= len(t.text) or not _WHOLE_FIRST_RE.search(t.text, max(0, f.start - 8), f.start) \
            or not _WHOLE_FIRST_GAP_RE.fullmatch(t.text, f.end, nxt) \
            or not (t.text[nxt].isdigit() or lx.NUMBER_WORD_RE.match(t.text, nxt)):
        return False  # (not a range, "зросла з 20 до 30 дронів": the next count opens with a word of its bound)
    f.of_next = f.shares_noun = f.is_total = True
    return True


_LABEL_DASH_RE = re.compile(r"[»\"”\w]\s*[–—]\s*$")


def _count_between(t: Text, lo: int, hi: int) -> bool:
    """Whether a digit that is no part of a name with digits ("Х-101", "Shahed-136") stands between `lo` and `hi`."""
    return any(not any(a <= m.start() < b for a, b in t.digit_names) for m in _DIGIT_RE.finditer(t.text, lo, hi))


def _item_start(text: str, lo: int, pos: int) -> int:
    """Where the list item that ends at `pos` begins: after the last comma, semicolon or colon before it."""
    return max(text.rfind(",", lo, pos), text.rfind(";", lo, pos), text.rfind(":", lo, pos), lo - 1) + 1


# A dash after a count that ends its sentence's figures: "ПВО обезвредила 79 — Воздушные силы", "… сбила 40 — это рекорд"
_DASH_ASIDE_RE = re.compile(r"\s+[–—-]\s+")


def _dash_aside_after(t: Text, f: Figure, sent_start: int, sent_end: int, nxt: int) -> bool:
    """Whether a bare count after its verb is followed by a dash and words that name no weapon, place, verb or other
    count to the sentence's end (who said it, a comment): the count's noun comes from before it, as at a full stop."""
    if nxt < sent_end or f.end >= sent_end or _DASH_ASIDE_RE.match(t.text, f.end) is None \
            or t.metric_before(sent_start, f.start) is None:
        return False
    return not (_in(t.items, f.end, sent_end) or _in(t.models, f.end, sent_end) or _in(t.regions, f.end, sent_end)
                or t.metric_after(f.end, sent_end) is not None)


def _read_figure(t: Text, f: Figure, nxt: int) -> bool:
    """Fill in a figure's noun, metric and places; False when the number counts something else."""
    text = t.text
    # (by the count's last character: a count right before its sentence's full stop, "в Брянской — шесть. Ещё …", is of
    # that sentence, not of the next)
    sent_start, sent_end = t.sentence_bounds(max(f.start, f.end - 1))
    limit = nxt if nxt < sent_end else sent_end
    q = f.end
    ordinal_too = False
    if q < limit and text[q] == "-":
        suffix = _SUFFIX_RE.match(text, q)
        q = suffix.end() if suffix else q
        ordinal_too = suffix is not None and suffix.group(0) in _ORDINAL_TOO
    if t.has_places_word and _OTHER_PLACES_RE.match(text, q):
        return False  # "intercepted across Poltava, Cherkasy, Kyiv, and 12 other regions": places, not a count
    if text.startswith(" more of ", q):
        q += 5  # "Six more of the Russian drones were lost"
    of = _OF_RE.match(text, q, limit) if not f.singular and text.startswith(_OF_STARTS, q) else None
    if of is None and (text.find(" ", q + 1) + 1 == nxt and (
            text.startswith(_AND_NUMBER_STARTS, q) or text.startswith(", ", q) and _COMMA_NUMBERS_RE.match(text, q))
                       or q + 6 == nxt and text.startswith(", and ", q)) \
            and not (f.start > 3 and _whole_after_item(t, f)):  # (not "six drones out of eight and two missiles")
        f.of_next = f.shares_noun = True  # "4 и 3 беспилотника", "6, 5 and 4 drones", "six, five, and four"
    elif of is None and text.startswith(" and ", q) and not t.cyrillic:
        verb = _AND_VERB_NUMBER_RE.match(text, q, nxt)
        if verb is not None and verb.end() == nxt and t.metric_after(verb.start(1), verb.start(1) + 1) is not None:
            # "shot down ten and jammed another three Ukrainian drones": the noun of the next count, the verb before
            f.of_next = f.shares_noun = True
    if of is not None:
        if of.end() == nxt:
            f.of_next = True  # "16 out of 27 drones"
        else:
            after_of = sorted(_in(t.items, of.end(), min(limit, of.end() + 40)) + _in(t.models, of.end(), min(limit, of.end() + 40)))
            if after_of and len(_words_in(text, of.end(), after_of[0][0])) <= 2 \
                    and not _ATTRIBUTIVE_RE.match(text, after_of[0][1]):  # "one of the largest drone strikes"
                q = of.end()  # "460 of the drones", "Пять из сбитых аппаратов"
                participle = t.metric_after(q, after_of[0][0])
                if participle is not None:
                    f.after_cue, q = participle, participle[1]
    skip = _SKIP_RE.match(text, q)
    assert skip is not None  # (every part of it is optional)
    p = min(skip.end(), limit)
    hedge = _HEDGE_RE.match(text, p, limit)
    if hedge is not None:
        p = hedge.end()  # "32 нібито збитих безпілотники": a word of doubt before the participle
    adverb = _ADVERB_RE.match(text, p, limit)
    if adverb is not None and t.metric_after(adverb.end(), adverb.end() + 1) is not None:
        p = adverb.end()  # "and five ultimately returned to Russia": the verb after the adverb is the count's
    f.distributive = f.start >= 3 and text.startswith(("по ", "По "), f.start - 3) \
        and _PO_RE.search(text, max(0, f.start - 4), f.start) is not None \
        or text.startswith(_SINGLE, f.start)  # "single drones … over the Oryol and Ryazan regions": one over each
    if f.distributive and t.has_respectively and _RESPECTIVELY_AFTER_RE.match(text, f.end):
        f.distributive = False  # "по 67 и 66 соответственно": one count for each place in turn
    line_start = text.rfind("\n", 0, f.start) + 1
    bullet = BULLET_RE.match(text, line_start)
    # a bullet line opens with the figure, or with "по" and the figure ("▫️ по четыре – над …")
    f.bullet = line_start < f.start and bullet is not None and bullet.end() > line_start and (
        bullet.end() >= f.start or f.distributive and bullet.end() >= f.start - 3)
    if t.has_paren and f.start > 1 and (text[f.start - 1] == "(" or text[f.start - 2] == "(") and t.regions \
            and not _BOUND_IN_BRACKET_RE.match(text, f.end):
        # (not a count of those bound for a place that opens the bracket: "над Московским регионом (два из них летели на
        # Москву)", "(2 летательных аппарата двигались в сторону Москвы)", a part of the count over the region, whose
        # place is where they flew)
        f.paren_place = _place_before_bracket(t, f.start)
    noun_limit = t.next_break(p, limit)
    if noun_limit < limit and text[noun_limit] == ",":
        listed = _KINDS_LISTED_RE.match(text, p, limit)
        noun = _in(t.items, listed.end(), listed.end() + 1) if listed else None
        if listed and noun and noun[0][0] == listed.end() and not _in(t.items, p, listed.end()):
            # "43 surface-to-surface, air-to-surface and maritime surface-to-surface missiles": kinds listed, then the noun
            noun_limit = t.next_break(noun[0][1], limit)
    if noun_limit < limit and text[noun_limit] in ".(":
        # an abbreviation ("6 аеробал. ракет «Кинджал»", "165 unmanned aerial vehicles (UAVs) and missiles")
        # does not end the noun phrase
        cut = _in(t.items, p, noun_limit)
        if cut and cut[-1][1] > noun_limit:
            noun_limit = t.next_break(cut[-1][1], limit)
        elif text[noun_limit] == "(":
            # after the noun, "23 безпілотні літальні апарати (БпЛА) типу «Shahed»"; before it, with the noun right
            # after the bracket, "eight high-speed (jet) UAVs", or the bracket the weapon's abbreviation after its name
            # in full, "five Joint Direct Attack Munition (JDAM) guided bombs"
            short = _SHORT_BRACKET_RE.match(text, noun_limit)
            if short and short.end() < limit and (cut or _in(t.items, short.end() + 1, short.end() + 2)
                                                  or _in(t.items, noun_limit + 1, short.end() - 1)):
                noun_limit = t.next_break(short.end(), limit)
    if noun_limit > p and (t.has_article or t.has_and_the):
        new_phrase = _NEW_PHRASE_RE.search(text, p, noun_limit + 1)
        if new_phrase:
            noun_limit = new_phrase.start()
    if noun_limit > p and t.has_that_clause:
        clause = _AND_THAT_RE.search(text, p, noun_limit)
        if clause:
            noun_limit = clause.start()  # "launched 38 attack drones and that air defence systems had downed 25"
    if noun_limit > p and t.has_rest:
        rest = _REST_RE.search(text, p, noun_limit)
        if rest:
            noun_limit = rest.start()  # "around 200 were Shahed attack drones and the rest decoys": two phrases
    # A comma list of model names continues the noun phrase: "типу Shahed, Гербера та дронами інших типів".
    # "крылатые ракеты Х-101 — 20, баллистические ракеты …": a count after its weapon and a dash ends its list item, and
    # the weapon after the comma is the next item's
    labelled = noun_limit < limit and text[noun_limit] == "," and not _in(t.items, p, noun_limit) \
        and not _in(t.models, p, noun_limit) and _LABEL_DASH_RE.search(text, max(sent_start, f.start - 4), f.start) \
        and bool(_in(t.items, (item := _item_start(text, sent_start, f.start)), f.start) or _in(t.models, item, f.start)) \
        and not _count_between(t, item, f.start)
    while noun_limit < limit and text[noun_limit] == "," and not labelled:
        # (past a word of doubt set off by commas: "двома балістичними ракетами, ймовірно, «Іскандер-М»")
        hedged = _HEDGE_ASIDE_RE.match(text, noun_limit, limit)
        nb = t.next_break(hedged.end() if hedged is not None else noun_limit + 1, limit)
        verbs = _in(t.metrics, noun_limit, nb)
        if verbs:
            # "126 enemy UAVs of the Shahed, Gerbera and drones of other types were shot down": the list ends at its verb
            nb = verbs[0][0]
        listed_items = _in(t.items, noun_limit, nb)
        chunk = listed_items + _in(t.models, noun_limit, nb)
        if not chunk or verbs and (_number_between(t, noun_limit, nb) or _ALL_SUBJECT_RE.match(text, noun_limit)) \
                or len(_words_in(text, noun_limit, min(c[0] for c in chunk))) > 2:
            break
        first = _in(t.items, p, noun_limit)
        models_before = _in(t.models, p, noun_limit)
        named = None if first else models_before  # "673 шахеди, а також ракети": the model's kind
        if listed_items and (first or named and named[0][2]):
            group = ITEM_GROUP_OF.get(first[0][2] if first else lx.WEAPON_ITEMS.get(models_before[0][2]))
            if any(ITEM_GROUP_OF.get(c[2]) != group for c in listed_items):
                break  # "65 drones using aviation, anti-aircraft missile units": another kind, not the same list
        kinds = {lx.WEAPON_ITEMS.get(m[2]) for m in models_before if m[2]} if listed_items else None
        if kinds and any(c[2] in SUBKINDS and c[2] in MISSILE_ITEMS and c[2] not in kinds for c in listed_items):
            break  # "ракетою Х-31 з окупованої Луганщини, балістичною ракетою «Іскандер-М»": the next weapon
        if t.scopes and _in(t.scopes, noun_limit, noun_limit + 4):
            # "272 drones, including Shahed-type drones": a model named for part of the figure, without a number
            named = _in(t.models, noun_limit, nb)
            # (the digits of "Shahed-136/131" name it; a list of other models after it names none: "50 missiles,
            # including Zircon, Iskander and Kh-101")
            others = _in(t.models, named[-1][1], min(t.sentence_bounds(nb)[1], named[-1][1] + 80)) if named else []
            # (but drones of several models named are drones with the model named first: "126 strike drones of
            # various types were used, including Shahed, Gerbera, Italmas")
            if named and named[0][2] and not _DIGIT_RE.search(text, noun_limit, named[0][0]) \
                    and not _DIGIT_RE.search(text, named[-1][1], nb) \
                    and (lx.WEAPON_ITEMS.get(named[0][2]) in DRONE_ITEMS
                         or not any(m[2] and m[2] != named[0][2] for m in others)):
                f.including_model = named[0][2]
            break
        noun_limit = nb
        if verbs:
            break
    first_metric: tuple | None = t.metric_after(p, noun_limit)  # (start, end, metric, words)
    stop = first_metric[0] if first_metric else noun_limit
    items = _in(t.items, p, stop)
    models = _in(t.models, p, stop)
    word = _WORD_RE.match(text, p)
    first_word = word.group(0).casefold() if word else ""
    heads = sorted(items + models)
    if heads and first_word in ("by", "through") and _BY_AGENT_GAP_RE.fullmatch(text, p, heads[0][0]):
        heads = []  # "20 drones, 14 by air defence systems and six through electronic warfare": who downed them
    unit = lx.UNIT_RE.match(text, p) if word is not None and not heads else None
    if unit is not None and not _UNIT_END_RE.match(text, unit.end()):
        if _UNITS_OF_OTHER_RE.match(text, unit.end()):
            # "9882 единицы специальной военной автомобильной техники": units of vehicles, no weapon of the lists
            return False
        unit = None  # "30 одиниць техніки": units of something else
    units = _UNITS_IN_BRACKET_RE.match(text, f.end) if t.has_paren and f.end < len(text) and text[f.end] == " " \
        else None
    if t.has_paren and f.end < len(text) and (text[f.end] == ")" or units) and _model_before_bracket(t, f):
        heads = []  # "113 drones of the Shahed (around 70), Gerbera and other types": the 70 are Shaheds
        if units is not None:
            f.noun_end = units.end() - 1  # "Shahed (приблизно 55 одиниць)": with a word of units
    noun_after_cue = False
    if not heads and first_metric is not None and first_metric[0] == p and (
            first_metric[2] in ("hit", "launched") or first_metric[2] in DEFENCE_METRICS) \
            and not f.singular:
        # A metric word between the count and its noun: "п'ять влучань БпЛА", "Із 50 запущених дронів"
        nb = t.next_break(first_metric[1], limit)
        # (a model named as the noun: "збили 21 з 26 запущених "шахедів"")
        named = [m for m in _in(t.models, first_metric[1], nb) if m[2]]
        nouns = sorted(_in(t.items, first_metric[1], nb) + named)
        span = _SPAN_OF_TIME_RE.fullmatch(text, first_metric[1], nouns[0][0]) if nouns else None
        second = t.metric_after(first_metric[1], nouns[0][0]) if nouns else None
        if second is not None and second[2] in DEFENCE_METRICS and first_metric[2] in DEFENCE_METRICS \
                and _OR_RE.fullmatch(text, first_metric[1], second[0]) \
                and len(_words_in(text, second[1], nouns[0][0])) <= 1:
            # "34 нібито збитих або перехоплених дрони": two participles of one count
            metric = first_metric[2] if second[2] == first_metric[2] else "neutralised"
            first_metric = (first_metric[0], second[1], metric, text[first_metric[0]:second[1]])
        agent = _AGENT_RE.fullmatch(text, first_metric[1], nouns[0][0]) if nouns else None
        if agent is None and nouns and first_metric[2] == "launched":
            # "збито 14 запущених з росії безпілотників": where they were launched from, between the participle and noun
            # (not a region there, "запущених з Курщини", which would be read as the count's place)
            agent = _FROM_PLACE_GAP_RE.fullmatch(text, first_metric[1], nouns[0][0])
            if agent is not None and _in(t.regions, first_metric[1], nouns[0][0]):
                agent = None
        if nouns and nouns[0][2] in _CRAFT_ITEMS and first_metric[2] in DEFENCE_METRICS \
                and _INSTRUMENTAL_END_RE.search(nouns[0][3]):
            nouns = []  # "і одну збито винищувачем авіації": the fighter that shot it down, not what was shot down
        if nouns and _THEIR_GAP_RE.fullmatch(text, first_metric[1], nouns[0][0]):
            nouns = []  # "10 hit their targets": the verb's object, not the count's noun
        elif nouns and first_metric[2] == "hit" and t.cyrillic and _INTO_GAP_RE.fullmatch(text, first_metric[1], nouns[0][0]):
            nouns = []  # "5 попали в цели", "три влучили в об'єкти": what they struck, not the count's noun
        elif nouns and not t.cyrillic and first_metric[3].casefold() in ("hit", "struck") \
                and nouns[0][2] in ("location", "air_weapon") and text[first_metric[1]:nouns[0][0]].isspace():
            nouns = []  # "five hit targets", "3 struck sites": what they struck, not the count's noun
        if nouns and (len(_words_in(text, first_metric[1], nouns[0][0])) <= 1 or span is not None or agent):
            heads = nouns[:1]
            for head in _in(t.models, heads[0][1], limit):
                if not head[2] or not _NOUN_MODEL_GAP_RE.fullmatch(text, heads[-1][1], head[0]):
                    break
                heads.append(head)  # (and the models named right after it: "шість збитих ракет Х-47 «Кинджал»")
            items, models = ([], heads) if heads[0] in named else (heads[:1], heads[1:])
            f.after_cue, noun_after_cue = first_metric, span is not None or agent is not None
        elif first_metric[2] == "hit" and (_HIT_NOUN_RE.match(first_metric[3]) or not _in(t.items, sent_start, f.start)
                                           and not any(m[2] for m in _in(t.models, sent_start, f.start))) \
                and not (f.start > 1 and text[f.start - 2] in ".!" and t.cyrillic
                         and _ORDINAL_ONE_CYRILLIC_RE.match(text, f.start - 2) is not None) \
                and not (t.cyrillic and _OF_THEM_WORD_RE.search(text, sent_start, f.start)):
            # (a model named before it counts that model: "Один «Кинжал» сбит, еще два достигли целей"; and not "Одну
            # ракету збито. Друга – влучила …": the one left of the kind named in the sentence before)
            # "13 влучань": a count of hits with no noun (a verb after a count of a kind already named, "Семь ракет
            # были сбиты, одна достигла цели", counts that kind)
            f.item, f.explicit, f.noun_end = "air_weapon", True, first_metric[0]
            f.after_cue, f.hits = first_metric, True
            if _in(t.items, 0, f.start) and all(i[2] in DRONE_ITEMS or i[2] == "location" for i in t.items) \
                    and all(lx.WEAPON_ITEMS.get(m[2]) in DRONE_ITEMS for m in t.models):
                # (the places they struck are no other weapon: "зафіксовано 12 влучань на п'яти локаціях")
                f.item = "drone"  # "атакували майже 130 дронів …: зафіксовано 32 влучання": only drones are named
    elif not heads and first_metric is not None and first_metric[2] == "launched" and first_metric[3] == "attacks" \
            and _AERIAL_BEFORE_RE.fullmatch(text, p, first_metric[0]):
        # "carried out 114 aerial attacks on Ukraine overnight with drones and missiles": the weapons of those attacks
        f.item, f.explicit, f.noun_end, f.after_cue = "air_weapon", True, first_metric[1], first_metric
    share = _share(t, f, limit) if t.models and not f.singular and not f.of_next else None
    kind_share = _OF_THEM_DASH_RE.match(text, f.end, limit) if share is None and not f.explicit else None
    kind = _in(t.items, kind_share.end(), kind_share.end() + 1) if kind_share else None
    if kind and kind[0][2] in SUBKINDS:
        # "19 ракет (13 з них – «балістика»)": the share of one kind of the figure before
        f.item, f.explicit, f.share = kind[0][2], True, True
        f.noun_end = kind[0][1] + (kind[0][1] < limit and text[kind[0][1]] in "»\"”’'")
    elif share is not None:
        # "близько 80 з них – «шахеди»", "About 90 of them were Shahed-type drones": the model's share of a figure
        f.item, f.item_model = _item_of((), (share[0],), False)
        f.explicit, f.share, f.noun_end = True, True, share[1]
    elif heads and (heads[0][0] == p or noun_after_cue or _short_gap(_words_in(text, p, heads[0][0]))
                    or _NOUN_GAP_RE.fullmatch(text, p, heads[0][0])) and not f.of_next \
            and not _place_or_attack(text, f, heads[0]):
        # "(та інших типів)" after the noun mixes it; the search stops at a bracket closed before a semicolon: "two
        # Kh-59 missiles (fired from Bryansk region); two missiles of unknown type" is the next figure's type
        mixed = bool(lx.MIX.search(text, t.scan, p, noun_limit)) or f.including_model is not None or \
            noun_limit < len(text) and text[noun_limit] == "(" and bool(lx.MIX.search(text, t.scan, noun_limit,
                                                                                      _bracket_end(text, noun_limit))) \
            or noun_limit < limit and text[noun_limit] == "," and _mixed_after(t, noun_limit, limit)
        f.item, f.item_model = _item_of(tuple([h[2] for h in items]), tuple([h[2] for h in models if h[2]]), mixed)
        f.mixed = mixed
        noun_end = f.noun_end = max(map(_second, heads))
        if f.item == "air_weapon" and noun_end < limit and text[noun_end] in " –—" and items \
                and _TARGETS_RE.search(items[0][3]) and (dash := _TARGETS_DASH_RE.match(text, noun_end, limit)):
            # "145 повітряних цілей – ударних БпЛА типу «Shahed» та безпілотників невстановленого типу": the targets,
            # named as drones right after a dash
            end = t.next_break(dash.end(), limit)
            named = _in(t.items, dash.end(), end)
            if named and len(_words_in(text, dash.end(), named[0][0])) <= 2 \
                    and all(i[2] in DRONE_ITEMS for i in named) and not _DIGIT_RE.search(text, dash.end(), end):
                f.item, f.item_model = _item_of(tuple(i[2] for i in named),
                                                tuple(m[2] for m in _in(t.models, dash.end(), end) if m[2]),
                                                len(named) > 1 or bool(lx.MIX.search(text, t.scan, dash.end(), end)))
        if f.item == "drone" and len(items) == 2 and items[0][2] == "drone" and items[1][2] == "tactical_drone" \
                and items[1][3][:1].isupper() and _APPOSED_NAME_RE.fullmatch(text, items[0][1], items[1][0]):
            f.item = "tactical_drone"  # "3 ударных беспилотника «Байрактар»": the drone named after its noun
        if f.item_model is None and f.including_model and f.item in GENERIC["drone"] | GENERIC["missile"]:
            f.item_model = f.including_model
        if f.item == "drone" and f.item_model is None and t.models and not t.cyrillic:
            f.item_model = _apposed_model(t, noun_end, limit)
        if f.item == "rocket" and f.item_model is None and t.models:
            f.item_model = _launcher_model(t, noun_end)
        f.explicit = f.item is not None
        f.targets = bool(items) and _TARGETS_RE.match(items[0][3]) is not None
        f.objects = f.targets and items[0][3].casefold().startswith("объект")
        f.uncrewed = f.item == "vessel" and bool(items) and _UNCREWED_RE.search(items[0][3]) is not None
        if f.item == "people" and _SUPPLIED_RE.search(text, max(0, f.start - 40), f.start):
            return False  # "cut power to 5,000 local residents": people left without a service, not casualties
    elif not heads and t.cyrillic and (unknown := _UNIDENTIFIED_TYPE_RE.match(text, p)) is not None \
            and (group := _one_group_before(t, f)) is not None:
        # "14 Калібрів та ще одну невстановленого типу": one more of the kind listed, of a type not identified
        f.item, f.item_model, f.explicit, f.noun_end = group, None, True, unknown.end()
    elif f.explicit:
        pass
    elif f.singular or ordinal_too:
        return False
    elif not first_word or first_word in lx.LINKERS or (first_metric and first_metric[0] == p) or unit is not None \
            or f.distributive and first_word in ("each", "apiece") \
            or t.scopes and _in(t.scopes, p, p + 1) or f.of_next or f.paren_place is not None \
            or t.list_line is not None and _dash_place(t, f) is not None \
            or _BOUND_FOR_RE.match(text, f.end) is not None \
            or f.start > 3 and _whole_after_item(t, f) \
            or _between_dashes(t, f) \
            or _BY_FORCES_RE.match(text, f.end) is not None \
            or _whole_first(t, f, nxt) \
            or text.endswith("total of ", 0, f.start) and _OF_A_TOTAL_RE.search(text, max(0, f.start - 30), f.start) \
            or first_word in ("overnight", "ночью", "вночі", "уночі", "вне", "поза", "outside") and _after_scope_word(t, f) \
            or t.has_places_word and _PLACES_RE.match(text, p) is not None \
            and _DASH_END_RE.search(text, max(0, f.start - 4), f.start) is not None \
            or first_word in ("that", "which") and _after_scope_word(t, f) \
            and t.metric_after(p + 5, t.next_break(p + 5, limit)) is not None \
            or _dash_aside_after(t, f, sent_start, sent_end, nxt):
        # ("including two that left Ukrainian airspace": a part with a verb of its own, in a relative clause)
        # A bare number: its noun comes from the list or sentence it belongs to ("Брянской - 6 и Белгородской - 1
        # областями": the last count of a list, before the word for its places). A number word alone is a pronoun
        # ("and one"), but not in "в двух", "над Орловской — также шесть", "injuring more than a dozen", "в том числе
        # четыре, летевших на Москву" or after a qualifier ("число сбитых аппаратов превысило полторы сотни").
        if f.is_word and first_word in ("", "and", "та", "і", "и", "а") and not f.shares_noun and f.qualifier == "exact" \
                and f.paren_place is None and not _IN_BEFORE_RE.search(text, max(0, f.start - 18), f.start) \
                and not (t.list_line is not None and _places_before(t, f)) \
                and not _after_casualty_verb(t, f) and not _after_scope_word(t, f) and not _after_defence_verb(t, f) \
                and not (f.start > 3 and _whole_after_item(t, f)) and _aside_then_dash_place(t, f) is None:
            return False
        if f.count is not None and f.count in _YEARS and not f.is_word:
            return False
        f.noun_end = unit.end() if unit is not None else f.end
    else:
        return False
    if f.item in _CRAFT_ITEMS and _OWN_CRAFT_RE.match(text, f.end) and _ACTS_ON_RE.match(text, f.noun_end):
        return False  # "one of its Sukhoi fighter jets has destroyed a Ukrainian boat": who destroyed it
    if text.startswith(" of ", f.end) and (ship := _OWN_SHIP_RE.match(text, f.end, limit)) is not None \
            and _ACTS_ON_RE.match(text, ship.end()):
        return False  # "one of its Black Sea Fleet ships had destroyed two naval drones": the ship that did it
    after = t.metric_after(f.noun_end, t.next_break(f.noun_end, limit) if f.noun_end < limit else limit)
    if after is not None and after[0] - f.noun_end > 6 and len(_words_in(text, f.noun_end, after[0])) > 3 \
            and not _JAMMING_CAUSE_GAP_RE.fullmatch(text, f.noun_end, after[0]):
        after = None
    if after is None and f.noun_end == f.end:
        after = t.metric_after(p, t.next_break(p + 1, limit))
        if after is not None and after[2] in PEOPLE_METRICS and _ATTACKS_THAT_RE.search(text, p, after[0]):
            after = None  # "downed nearly 160 more over other regions in attacks that killed one": the attacks' verb
    if after is None and f.noun_end < limit and text[f.noun_end] == "," \
            and (aside := _JAMMING_CAUSE_ASIDE_RE.match(text, f.noun_end, limit)) is not None \
            and t.metric_before(t.breaks[k - 1] if (k := bisect_left(t.breaks, f.start)) else 0, f.start) is None:
        # "ще шість безпілотників, внаслідок протидії РЕБ, локаційно втрачені": the verb past the cause set off by commas
        # (of a count with no verb of its own before it in its clause: not "Збито 30 дронів, завдяки протидії РЕБ, …")
        own = t.metric_after(aside.end(), t.next_break(aside.end(), limit))
        after = own if own is not None and len(_words_in(text, aside.end(), own[0])) <= 1 else None
    if after is None and f.item == "people" and f.noun_end < limit and "," in text[f.noun_end:f.noun_end + 40] \
            and (aside := _WHO_ASIDE_RE.match(text, f.noun_end, limit)) is not None:
        own = t.metric_after(aside.end(), t.next_break(aside.end(), limit))
        after = own if own is not None and own[2] in PEOPLE_METRICS \
            and len(_words_in(text, aside.end(), own[0])) <= 2 else None  # ("получили тяжелые ранения", "were injured")
    if after is None and f.noun_end < limit and text[f.noun_end] == "," \
            and (ew := _EW_PARTICIPLE_RE.match(text, f.noun_end, limit)) is not None:
        # "не считая девяти беспилотников, обезвреженных РЭБ и затонувших в море": the participle after the comma is
        # the count's own verb (lost to jamming), not the verb of the clause before
        own = t.metric_after(ew.end(), ew.end() + 1)
        after = own if own is not None and own[2] == "suppressed" else None
    if after is None and f.noun_end < limit and text[f.noun_end] in " –—":
        dash = _DASH_VERB_RE.match(text, f.noun_end)
        if dash is not None and dash.end() < limit:
            after = t.metric_after(dash.end(), dash.end() + 1)
    if after is not None and after[2] == "launched":
        bound = _BOUND_FOR_RE.match(text, f.noun_end)
        if bound is not None and after[0] < bound.end():
            # "including 34 that targeted Moscow and 47 over …": where they flew, the verb of no figure
            t.metrics = Spans([m for m in t.metrics if m[0] != after[0]])
            t.metric_starts = t.metrics.starts
            after = None
    f.before_cue = t.metric_before(sent_start, f.start)
    if after is not None and limit == nxt and f.before_cue is not None and after[0] > f.noun_end \
            and _CONJUNCTION_RE.search(text, f.noun_end, after[0]) and t.next_break(f.before_cue[1], f.start) >= f.start:
        after = None  # "killed two people and wounded 10 more": the verb after "and" is the next figure's
    if after is not None and f.noun_end == f.end and f.before_cue is not None and t.cyrillic \
            and t._has_any(_BUT_WORDS) and _BUT_CLAUSE_RE.search(text, f.end, after[0]) is not None \
            and t.next_break(f.before_cue[1], f.start) >= f.start:
        after = None  # "ПВО удалось сбить одну, а остальные попали в цели": the verb after ", а" is the rest's
    f.after_cue = after or f.after_cue
    f.tail_end = limit
    tail = text[f.noun_end:limit]
    f.joined = bool(_JOINED_RE.fullmatch(tail))
    scopes = t.scopes
    # (a bracket opens a breakdown when the next figure stands in it: "1 location (Odesa city), as well as …" opens none)
    f.opens_scope = (":" in tail or "(" in tail and ")" not in tail[tail.index("("):] or bool(_DASH_END_RE.search(tail))
                     or bool(scopes and _in(scopes, f.noun_end, limit))) and not (scopes and _in(scopes, f.end, f.end + 14))
    if f.paren_place is not None:
        f.opens_scope = False  # "over Voronezh (32), Saratov (19)": a list of places, each with its own count
    elif f.opens_scope and t.list_line is None and t.regions and ":" not in tail \
            and _places_in_turn(t, f, sent_start, tail):
        f.opens_scope = False  # "атакував Сумщину двома ракетами, Одещину – чотирма": the next place's own count
    f.sentence = sent_start
    if f.of_next:
        f.tail_end = nxt
    if f.paren_place is not None:
        f.places = [f.paren_place]
        f.region_text = f.paren_place[2]
        f.region = lx.region_code(f.paren_place[2])
        if t.has_each and _EACH_IN_BRACKET_RE.match(text, f.end):
            # "Kursk and Kaluga Oblasts (2 drones each)": the count of each place joined before the bracket
            f.places = _joined_before(t, f.paren_place, sent_start)
            f.distributive = True
    else:
        _place(t, f, limit)
    if t.has_each and not f.distributive and _EACH_RE.search(text, f.end, limit):
        # "three each over Kaluga and Vladimir", "nine – over Volgograd and Rostov oblasts each"
        f.distributive = True
    f.all_launched = t.has_all and _ALL_RE.search(text, max(0, f.start - 12), f.start) is not None
    if f.distributive or f.all_launched:
        t.spread = True
    f.cumulative = bool(t.cumulative) and any(sent_start <= c < sent_end for c in t.cumulative)
    f.year_to_date = bool(t.year_to_date) and any(sent_start <= c < sent_end for c in t.year_to_date)
    return True


def _number_between(t: Text, start: int, end: int) -> bool:
    """Whether a digit stands between `start` and `end` outside the name of a model ("Kh-22" holds no number)."""
    for m in _DIGIT_RE.finditer(t.text, start, end):
        named = _in(t.models, max(0, m.start() - 20), m.start() + 1)
        if not any(a <= m.start() < b for a, b, _, _ in named):
            return True
    return False


# Between a verb of bringing down and a count of the places where it was done: "shot down in four separate locations"
_SHOT_DOWN_IN_RE = re.compile(r"\s+(?:in|at|across)\s+$")
_LOCATIONS_AFTER_RE = re.compile(r"\s+(?:separate\s+|different\s+|other\s+)?(?:locations|places|sites)(?!\w)")


def _shot_down_in(t: Text, f: Figure) -> bool:
    """Whether a count right after a verb of bringing down and "in" (of locations, `_LOCATIONS_AFTER_RE`) counts where
    weapons were brought down ("six drones had been shot down in four separate locations over the Bryansk region")."""
    verb = t.metric_before(max(0, f.start - 24), f.start)
    return verb is not None and verb[2] in DEFENCE_METRICS and _SHOT_DOWN_IN_RE.fullmatch(t.text, verb[1], f.start) is not None


def _place_or_attack(text: str, f: Figure, head: tuple) -> bool:
    """Whether the noun after a count names where it was or the attack that caused it (`_IN_OTHER_RE`), or a count of
    no number names attacks by a weapon ("repelled several Ukrainian drone attacks": the attacks, not the drones)."""
    if head[2] == "location":
        return _IN_OTHER_RE.fullmatch(text, f.end, head[0]) is not None
    if f.count is None and head[2] in _BARE_PLURAL_ITEMS and _ATTACK_AFTER_RE.match(text, head[1]) is not None:
        return True
    return _IN_AN_ATTACK_RE.fullmatch(text, f.end, head[0]) is not None and _ATTACK_AFTER_RE.match(text, head[1]) is not None


_SIDE_WORDS = frozenset({"Russian", "Iranian", "enemy", "hostile"})


def _bracket_end(text: str, start: int) -> int:
    """How far a mixing word after the bracket opened at start may be: 80 characters on, or the bracket's close
    where a semicolon follows it (the next figure of a list: "(fired from Bryansk region); two missiles of unknown
    type"); a comma or more words go on with the figure's own kinds ("113 drones of the Shahed (around 70), Gerbera
    and other types")."""
    close = text.find(")", start, start + 80)
    return close + 1 if close >= 0 and text.startswith(";", close + 1) else start + 80


def _short_gap(words: list[str]) -> bool:
    """Whether the words between a count and its noun are few enough to be its adjectives: two, or three of which one is
    a name in capitals ("four American HARM anti-radar missiles"), or up to five names and compound adjectives."""
    if len(words) <= 2 or len(words) == 3 and any(len(w) > 1 and w.isupper() for w in words):
        return True
    if len(words) == 3 and any(w in _SIDE_WORDS for w in words):
        return True  # "six advanced Russian hypersonic missiles": three, one of them whose they are
    # "three US-made Willard Sea Force high-speed boats": names and compound adjectives, with at most one other word
    return len(words) <= 5 and sum(not (w[:1].isupper() or "-" in w) for w in words) <= 1


# Between a noun and the model named right after it: "ракет Х-47 «Кинджал»", "дронів типу Shahed"
_NOUN_MODEL_GAP_RE = re.compile(r"[\s«»\"“”]*(?:(?:типу|типа|type)\s+)?[«\"“]?")
_DRONE_OR_MISSILE = DRONE_ITEMS | MISSILE_ITEMS


def _share(t: Text, f: Figure, limit: int) -> tuple[str, int] | None:
    """The drone model a count names as its share of a figure, after "з них", a dash or a linking word, and where its
    noun phrase ends: "близько 80 з них – «шахеди»", "About 90 of them were Shahed-type drones", "приблизно 60
    становили ударні «Shahed»", "Понад 35 із запущених дронів були "Шахеди"" -> (model, end), or None. The model must
    be the only kind named up to the end of its clause ("174 UAVs — strike Shaheds and decoy drones" is no share)."""
    text = t.text
    named = _in(t.models, f.end, min(limit, f.end + 60))
    if not named or lx.WEAPON_ITEMS.get(named[0][2]) not in _DRONE_OR_MISSILE:
        return None  # (a missile model too: "20 ракетами, шість із яких – «Кинджали»")
    model = named[0]
    words = lx.SHARE_WORDS
    linked = of_them = noun_before = False
    pos = f.end
    for w in _GAP_WORD_RE.finditer(text, f.end, model[0]):
        if not _SHARE_GAP_RE.fullmatch(text, pos, w.start()):
            return None  # a comma, a digit or a full stop between the count and the model
        linked = linked or _DASH_IN_RE.search(text, pos, w.start()) is not None
        word = w.group(0)
        item = _in(t.items, w.start(), w.start() + 1)
        if item and item[0][2] in _DRONE_OR_MISSILE:
            noun_before = True
        elif words["link"].fullmatch(word):
            linked = True
        elif words["of"].fullmatch(word):
            linked = of_them = True
        elif not words["word"].fullmatch(word):
            return None
        pos = item[0][1] if item and item[0][1] > w.end() else w.end()
    if not _SHARE_GAP_RE.fullmatch(text, pos, model[0]):
        return None
    linked = linked or _DASH_IN_RE.search(text, pos, model[0]) is not None
    if not linked:
        return None
    if noun_before and not of_them and f.qualifier == "exact" and t.metric_before(t.sentence_bounds(f.start)[0], f.start):
        return None  # "Russia launched 50 drones — Shaheds": the drones named, not a share of them
    end = t.next_break(model[1], limit)
    if _DIGIT_RE.search(text, model[1], end) or _in(t.models, model[1], end) or lx.MIX.search(text, t.scan, model[1], end) \
            or any(i[2] not in ("drone", "missile", lx.WEAPON_ITEMS[model[2]]) for i in _in(t.items, model[1], end)):
        return None
    after = _in(t.items, model[1], end)
    close = max([model[1]] + [i[1] for i in after])
    while close < end and text[close] in "»\"”’'":
        close += 1  # the closing quotation mark of «шахеди»
    return model[2], close


def _mixed_after(t: Text, pos: int, limit: int) -> bool:
    """Other kinds named after a comma that ends a noun phrase, with no number or verb between: "149 strike UAVs
    of the Shahed, Herbera, and other types" (a name the parsers do not know stands between)."""
    mix = lx.MIX.search(t.text, t.scan, pos, min(limit, pos + 40))
    return mix is not None and not _DIGIT_RE.search(t.text, pos, mix.start()) and not _in(t.metrics, pos, mix.start()) \
        and len(_words_in(t.text, pos, mix.start())) <= 2


def _one_group_before(t: Text, f: Figure) -> str | None:
    """The generic item of the weapons named before a count in its sentence, when they are all of one group."""
    lo = t.sentence_bounds(f.start)[0]
    kinds = {i[2] for i in _in(t.items, lo, f.start)} | {lx.WEAPON_ITEMS.get(m[2]) for m in _in(t.models, lo, f.start)
                                                          if m[2]}
    groups = {ITEM_GROUP_OF.get(k) for k in kinds}
    return fields.GENERIC_ITEM_OF_GROUP.get(next(iter(groups))) if len(groups) == 1 else None


def _model_before_bracket(t: Text, f: Figure) -> bool:
    """A number alone in brackets just after a model name counts that model: its item, model and noun."""
    opening = t.text.rfind("(", max(0, f.start - 16), f.start)
    if opening < 0 or _DIGIT_RE.search(t.text, opening, f.start) and t.text[opening + 1:f.start].strip():
        return False
    named = [m for m in _in(t.models, max(0, opening - 40), opening) if m[1] >= opening - 2 and m[2]]
    if not named:
        return False
    item, model = _item_of((), (named[-1][2],), False)
    if item is None:
        return False
    f.item, f.item_model, f.explicit, f.noun_end = item, model, True, f.end
    return True


# The rest of a bracket that holds a count of each place before it: "(2 drones each)", "(5 each)"
_EACH_IN_BRACKET_RE = re.compile(r"[^()]{0,30}?(?<!\w)(?:each|apiece)\s*\)", re.IGNORECASE)


def _joined_before(t: Text, place: tuple, lo: int) -> list[tuple]:
    """A place with those joined to it before it in its sentence ("Kursk and Kaluga Oblasts")."""
    last = i = t.regions.index(place)
    while i > 0 and t.regions[i - 1][0] >= lo and _JOINED_RE.fullmatch(t.text, t.regions[i - 1][1], t.regions[i][0]):
        i -= 1
    return t.regions[i:last + 1]


def _place_before_bracket(t: Text, start: int) -> tuple | None:
    """The place right before a bracket that holds a number: "Voronezh (32)", "Белгородской области (25)"."""
    text = t.text
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == 0 or text[j - 1] != "(":
        return None
    j -= 1
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = bisect_left(t.region_starts, j) - 1
    return t.regions[i] if i >= 0 and t.regions[i][1] == j else None


_AND_NEXT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _counted_next(text: str, end: int, starts: list[int]) -> bool:
    """Whether a count stands next after an English noun phrase and a comma or "and"."""
    m = _AND_NEXT_RE.match(text, end)
    return m is not None and (m.end() < len(text) and text[m.end()].isdigit() or m.end() in starts)


def _list_goes_on(text: str, end: int, starts: list[int]) -> bool:
    """Whether a count stands next after a noun phrase, past its model, and a comma or "и" (`_LIST_GOES_ON_RE`)."""
    m = _LIST_GOES_ON_RE.match(text, end)
    return m is not None and (m.end() < len(text) and text[m.end()].isdigit() or m.end() in starts)


# Between a single weapon of a list and the next one: its words in the genitive, its model and its maker
# ("реактивный снаряд системы залпового огня HIMARS производства США и …", "бомба «Hammer», …")
_SINGLE_TAIL_RE = re.compile(r"(?:\s+(?:[«\"“][^»\"”\n]{1,30}[»\"”]|[A-ZА-ЯЁІЇЄҐ][\w-]*|"
                             r"[а-яёіїєґ'’]+(?:ы|и|і|а|я|ого|его|ой|ей|ых|их|ов|ев|ия|ии)(?!\w))){0,6}"
                             r"\s*(?:,\s*(?:а также\s+|а також\s+)?|\s+(?:и|і|та|й)\s+)")


# A verb of hitting and its preposition before "ціль"/"цель": "влучили в ціль", "попали в цель"
_INTO_TARGET_BEFORE_RE = re.compile(r"(?<!\w)(?:влуч\w*|поціл\w*|потрап\w*|попа[лд]\w*)\s+(?:в|у|во)\s+$", re.IGNORECASE)


def _singulars_go_on(t: Text, end: int, starts: list[int], depth: int = 2) -> bool:
    """Whether a count stands next after a single weapon of a list and the single weapons named in turn after it,
    each past its words in the genitive, its model and its maker (`_SINGLE_TAIL_RE`)."""
    text = t.text
    m = _SINGLE_TAIL_RE.match(text, end)
    if m is None:
        return False
    j = m.end()
    if j < len(text) and text[j].isdigit() or j in starts:
        return True
    nxt = _in(t.items, j, j + 40)
    return depth > 0 and bool(nxt) and _singular_noun(nxt[0][3]) \
        and _LIST_ADJECTIVES_RE.fullmatch(text, j - 1, nxt[0][0]) is not None \
        and _singulars_go_on(t, nxt[0][1], starts, depth - 1)


def _more_drones_after(text: str, figures: list[Figure], end: int) -> bool:
    """Whether the numbers that follow a phrase count more than one drone: two figures of drones, or one of
    several ("… атаку с применением БПЛА самолетного типа. … два украинских БПЛА уничтожены над …"); where none
    follow and no single drone is named after it, the numbers before it."""
    drones = [f for f in figures if f.count and (f.item is None or f.item.endswith("drone"))]
    after = [f for f in drones if end < f.start < end + 400]
    if not after and _ONE_DRONE_AFTER_RE.search(text, end, end + 400) is None:
        # (or before it, where nothing after counts: "сбили 11 украинских беспилотников над Крымом. «… пресечена попытка
        # … совершить террористическую атаку БПЛА самолетного типа …»")
        after = [f for f in drones if end - 400 < f.start < end]
    return len(after) > 1 or any(f.count is not None and f.count > 1 for f in after)


_COUNT_TO_NOUN_RE = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,2}")


def _counted_right_before(text: str, ends: list[int], start: int) -> bool:
    """Whether a number ends right before `start`, up to two words before it: the noun there is that number's."""
    i = bisect_left(ends, start + 1) - 1
    return i >= 0 and _COUNT_TO_NOUN_RE.fullmatch(text, ends[i], start) is not None


def _with_singulars(t: Text, figures: list[Figure]) -> list[Figure]:
    """The numbers, and the noun phrases that count one without a number: "уничтожен украинский беспилотный
    летательный аппарат", "a drone was shot down over …", "an Iskander-M ballistic missile", and a bullet line
    under a header that names one target ("- штурмовик Су-25", "- БПЛА «Орлан-10»")."""
    if not t.items:
        return figures
    text = t.text
    # Each way of counting one needs a word of its own: an article, a header over bullet lines, a singular
    # verb or noun. A text with none of them is not searched.
    words = [i[3] for i in t.items]
    headers = ":\n" in text
    verbs = any(map(_singular_verb, [m[3] for m in t.metrics]))
    hit_of_one = any(map(_genitive_one, words)) \
        and any(m[2] in ("hit", "launched") or m[2] in DEFENCE_METRICS and _DEFENCE_NOUN_RE.fullmatch(m[3])
                for m in t.metrics)
    # English headlines and bulletins name one drone with no article: "shot down Ukrainian UAV", "The Ukrainian
    # unmanned aerial vehicle was destroyed"
    bare = bool(t.metrics) and any(map(_latin_one, words))
    # "уничтожили украинский БПЛА": an abbreviation counts one after a singular adjective; "БПЛА упал в результате
    # воздействия на него системы РЭБ": or before a singular past verb
    one_by_adjective = {i[0] for i in t.items if (i[3].isupper() or i[3] == "БпЛА") and (
        _ONE_ADJECTIVE_RE.search(text, max(0, i[0] - 30), i[0]) or _ONE_VERB_AFTER_RE.match(text, i[1]))
        # ("знищено розвідувальний БпЛА": the adjective in the item's own words)
        or i[3].endswith(("БпЛА", "БПЛА")) and _ONE_ADJECTIVE_RE.search(i[3], 0, len(i[3]) - 4) is not None}
    # "атаку БПЛА самолетного типа": an abbreviation with its type, in the Ministry's formula of one (`_ONE_OF_A_TYPE_RE`)
    typed = ("самолетн" in t.lowered or "самолётн" in t.lowered or "літаков" in t.lowered) and any(w.isupper() for w in words)
    if not (verbs or t.has_article or headers or hit_of_one or bare or one_by_adjective or typed
            or any(map(_singular_noun, words))):
        return figures
    starts = [f.start for f in figures]
    ends = [f.end for f in figures]
    breaks = t.breaks
    found: list[Figure] = []
    items = t.items
    for k, (start, end, _value, word) in enumerate(items):
        if _DIGIT_RE.search(word) and (k + 1 < len(items) and items[k + 1][2] == _value
                                       and not text[end:items[k + 1][0]].strip()
                                       or k and items[k - 1][2] == _value and not text[items[k - 1][1]:start].strip()):
            continue  # "Su-27 plane", "самолет МиГ-29": one noun phrase, counted at its noun
        if _DIGIT_RE.search(word) and k and _DIGIT_RE.search(items[k - 1][3]) and items[k - 1][2] == _value \
                and _TYPES_JOINED_RE.fullmatch(text, items[k - 1][1], start) \
                and any(items[k - 1][0] - 40 <= e <= items[k - 1][0] for e in ends):
            continue  # "Три самолета Су-25 и Су-24 были сбиты": the types of the three, not one more
        if headers and _bullet_target(t, start, starts):
            if _plural_word(text, start, word):
                # "- безпілотниками-імітаторами з напрямків …": weapons in the plural, not counted (no count of one)
                found.append(Figure(start, start, None, "unquantified", True))
                continue
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if hit_of_one and _genitive_one(word) and _HIT_OF_ONE_RE.search(text, max(0, start - 90), start) \
                and not _counted_right_before(text, ends, start):
            # (not a noun a number counts: "во время атаки дронов три беспилотника врага были сбиты": three)
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if not _may_count_one(word) or _ATTRIBUTIVE_RE.match(text, end):
            continue
        if _NONE_BEFORE_RE.search(text, max(0, start - 30), start):
            continue  # "ни одна ракета не достигла цели", "no drone reached": none
        if word[:3].casefold() in ("ціл", "цел") and _INTO_TARGET_BEFORE_RE.search(text, max(0, start - 24), start):
            continue  # "решта влучили в ціль", "попали в цель": what they hit, no weapon counted
        if _INSTRUMENT_BEFORE_RE.search(text, max(0, start - 50), start) and any(
                m[2] in DEFENCE_METRICS and m[1] <= start for m in _in(t.metrics, t.sentence_bounds(start)[0], start)):
            continue  # "were shot down with a Pantsyr-S anti-aircraft missile and gun system": what shot them down
        k = bisect_left(breaks, start)
        lo = breaks[k - 1] if k else 0
        if k > 1 and text[lo] == ")" and _SHORT_BRACKET_RE.fullmatch(text, breaks[k - 2], lo + 1) \
                and not _in(items, breaks[k - 3] if k > 2 else 0, breaks[k - 2]):
            # "сбили принадлежащий Вооруженным силам Украины (ВСУ) самолет": an abbreviation in brackets, no break (but
            # "истребитель Вооруженных сил Украины (ВСУ) МиГ-29" is one noun phrase, counted at its noun)
            k -= 2
            lo = breaks[k - 1] if k else 0
        i = bisect_left(starts, start)
        numbered = i and ends[i - 1] > lo  # a number before it in its clause may count it
        if typed and not numbered and word.isupper() and _ONE_OF_A_TYPE_RE.match(text, end) \
                and _ATTACK_WITH_ONE_RE.search(text, max(0, start - 40), start) \
                and any(m[2] == "launched" for m in _in(t.metrics, lo, start)) \
                and not _more_drones_after(text, figures, end):
            # "пресечена попытка … осуществить террористическую атаку БПЛА самолетного типа": the Ministry's formula
            # of one drone (of several it counts them: "атаку с использованием трех БПЛА самолетного типа"; and the
            # formula opens its bulletins of several too: "… атаку с применением БПЛА самолетного типа. Дежурными
            # средствами ПВО два украинских БПЛА уничтожены над …, и два – над …": no count of one)
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        article = _ARTICLE_RE.search(text, max(lo, start - 60), start) if t.has_article else None
        if article is None and t.has_article and not numbered and lo < len(text) and text[lo] == ",":
            # (past a comma between its adjectives: "A Ukraine-launched, anti-ship Neptune missile was destroyed")
            article = _ARTICLE_COMMA_RE.search(text, max(0, lo - 30), start)
        if not numbered and i and lo < len(text) and text[lo] == "," \
                and (start - ends[i - 1] < 150 or found and found[-1].singular and start - found[-1].start < 150) \
                and _singular_noun(word) and (_list_goes_on(text, end, starts) or _singulars_go_on(t, end, starts)):
            # "сбиты 11 реактивных снарядов HIMARS, ракета С-200 и 105 беспилотных …": one, inside a list of counts
            # (and one each of single weapons in turn: "сбиты шесть ракет «Storm Shadow», управляемая авиационная бомба
            # «Hammer», реактивный снаряд системы залпового огня HIMARS производства США и 81 беспилотный …")
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if not numbered and i and lo < len(text) and text[lo] == "," and start - ends[i - 1] < 150 \
                and _latin_one(word) and not _plural_word(text, start, word) \
                and _THE_LISTED_RE.fullmatch(text, lo, start) and _counted_next(text, end, starts):
            # "intercepted five HIMARS rockets, the Grom-2 operational-tactical missile and one Tochka-U missile": one,
            # named with "the" inside a list of counts
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if not numbered and i and lo < len(text) and text[lo] == "," and start - ends[i - 1] < 150 \
                and _singular_noun(word) and _ALSO_SINGULAR_RE.fullmatch(text, lo, start):
            # "сбили пять управляемых авиационных бомб, а также реактивный снаряд …": one more, after a list of counts
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if not numbered and found and found[-1].singular and lo < len(text) and text[lo] == "," \
                and _singular_noun(word) and start - found[-1].start < 120 and found[-1].start < lo \
                and t.sentence_bounds(found[-1].start)[0] == t.sentence_bounds(start)[0] \
                and _LIST_ADJECTIVES_RE.fullmatch(text, lo + 1, start):
            # "завдав удару керованою авіаційною ракетою Х-31 …, балістичною ракетою «Іскандер-М»", "знищила безпілотник
            # над …, а ракету – над …": one more, in a list of single weapons
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if not numbered and lo < len(text) and text[lo] == "," and _INSTRUMENTAL_ONE_RE.search(word) \
                and _LIST_ADJECTIVES_RE.fullmatch(text, lo + 1, start) and _weapons_listed_before(t, start):
            # "атаковали Украину ударными дронами из района …, баллистической ракетой «Искандер-М»": one, in a list of
            # weapons in the instrumental after a verb of attack
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        if numbered and article is None and _singular_noun(word):
            joined = _JOINED_SINGULAR_RE.search(text, max(ends[i - 1], start - 60), start)
            if joined and ends[i - 1] <= joined.start():
                found.append(Figure(start, start, 1, "exact", True, singular=True))
                continue
        if numbered and article is None and _latin_one(word) \
                and not _plural_word(text, start, word):
            joined = _AND_THE_RE.search(text, max(ends[i - 1], start - 40), start)
            if joined is not None:
                # "at least 36 drones and the missile struck 22 locations": the one missile, joined to a count
                found.append(Figure(joined.start(1), joined.end(1), 1, "exact", True, singular=True))
                continue
        if numbered and (article is None or ends[i - 1] > article.start()):
            continue
        if bare and article is None and _latin_one(word):
            verb = t.metric_before(lo, start)
            gap = _BARE_GAP_RE.fullmatch(text, verb[1], start) if verb is not None else None
            if verb is not None and gap is not None and _PIECES_OF_RE.search(text, max(0, verb[0] - 24), verb[0]):
                continue
            # (not a plural noun: "shot down Kinzhal hypersonic missiles, Kalibr cruise missiles, …" counts none)
            if verb is not None and gap is not None \
                    and (verb[2] in DEFENCE_METRICS and not _plural_word(text, start, word)
                         or verb[2] == "launched" and _value not in TARGETS
                         and _DIGIT_RE.search(text, verb[1], end) and not _plural_word(text, start, word)):
                # ("Ukrainian Armed Forces launched S-200 missile on the Crimean bridge": one, named by its model; from
                # the model before the noun, "shot down the Kinzhal missile", so that it is read)
                named = _in(t.models, max(0, start - 40), start)
                at = named[-1][0] if named and _MODEL_TO_NOUN_RE.fullmatch(text, named[-1][1], start) else start
                found.append(Figure(at, at, 1, "exact", True, singular=True))
                continue
            the = _THE_RE.search(text, max(lo, start - 40), start)
            aside = _COMMA_ASIDE_RE.match(text, end) if the is not None and text.startswith(",", end) else None
            if the is not None and _WAS_RE.match(text, aside.end() if aside else end):
                # (past an aside between commas: "The UAV, traveling at a low altitude, was shot down")
                # "The Kh-59 missile was downed": the phrase from its article, so that the model in it is read
                found.append(Figure(the.start(), the.start() + 3, 1, "exact", True, singular=True))
                continue
            opening = _OPENING_PHRASE_RE.fullmatch(text, t.sentence_bounds(start)[0], start)
            if opening is not None and _WAS_RE.match(text, end):
                # "“Ukrainian unmanned aerial vehicle was destroyed by air defense systems …”": a sentence that opens
                # with the noun phrase
                found.append(Figure(opening.start(1), opening.start(1), 1, "exact", True, singular=True))
                continue
        if article is not None:
            if not _SINGULAR_NOUN_RE.search(_ABBREVIATION_AFTER_RE.sub("", word)):
                continue  # "a few drones", "another 20 drones"
            if _WEAPONS_OF_RE.search(text, max(0, article.start() - 30), article.start()):
                continue  # "Air defense systems of a small missile boat …": the boat that fired, not a target
            if _DESCRIBED_AS_RE.search(text, max(0, article.start() - 30), article.start()):
                continue  # "a weapon Moscow has touted as a hypersonic missile": what it is called, not one more
            if _PIECES_BEFORE_RE.search(text, max(0, article.start() - 24), article.start()) \
                    and t.metric_after(end, t.next_break(end, len(text))) is None:
                # (but "fragments of a Tochka-U missile launched by Ukraine and downed by Russian air defense systems")
                continue  # "killed due to the fall of wreckage from an UAV at an airfield": the pieces, no figure
            found.append(Figure(article.start(), article.start() + len(article.group(0).split()[0]), 1, "exact", True,
                                singular=True))
            continue
        one = _singular_noun(word) or start in one_by_adjective
        if not (verbs or one):
            continue
        if one and _DIGIT_RE.search(word) and not numbered:
            # "истребители … сбили Су-25, Су-24 и МиГ-29": airframes named by their type, one each
            verb = t.metric_before(t.sentence_bounds(start)[0], start)
            if verb is not None and verb[2] in DEFENCE_METRICS and _NAMES_GAP_RE.fullmatch(text, verb[1], start):
                found.append(Figure(start, start, 1, "exact", True, singular=True))
                continue
        stop = t.next_break(end, len(text))
        short = _SHORT_BRACKET_RE.match(text, stop) if text[stop:stop + 1] == "(" else None
        if short is not None:  # "беспилотник Вооруженных сил Украины (ВСУ) сбили": past an abbreviation in brackets
            stop = t.next_break(short.end(), len(text))
        clause = _PARTICIPLE_CLAUSE_RE.match(text, stop) if one and text[stop:stop + 1] == "," else None
        if clause is not None and t.metric_after(clause.end(), clause.end() + 1) is not None \
                and not (t.has_destination and _BOUND_WORD_RE.search(clause.group(0))):
            # (not a drone bound for a place, "Беспилотник, летевший на Москву, был сбит", read as such elsewhere)
            # "катер, пытавшийся атаковать Крымский мост, также уничтожен": the verb past the participle's clause
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        cue: tuple | None = t.metric_after(lo, stop)  # (start, end, metric, words)
        if cue is None and one and text.startswith(":", lo) and not numbered:
            # "Средствами ПВО сбиты: управляемая авиабомба и 105 БПЛА": the verb right before the colon of a list
            cue = t.metric_before(breaks[k - 2] if k > 1 else 0, lo)
            cue = cue if cue is not None and not text[cue[1]:lo].strip() else None
        if cue is None or not (_singular_verb(cue[3]) or one) or _NOT_BEFORE_RE.search(text, max(0, cue[0] - 8), cue[0]):
            continue  # ("Житель не пострадал": no one)
        if word.isupper() and start not in one_by_adjective and cue[1] <= start and _PLURAL_VERB_RE.search(cue[3]):
            continue  # "Россияне запускали БПЛА с разных направлений": an abbreviation after a plural verb, many
        found.append(Figure(start, start, 1, "exact", True, singular=True))
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: (f.start, f.end))


# Casualties said to be, with no count: "есть пострадавшие среди личного состава", "є поранені", "привело к ранениям
# среди военнослужащих", "there were injured" (not "пострадавших нет", "без жертв среди", "двое раненых среди них")
_UNCOUNTED_CASUALTY_RE = re.compile(
    r"(?<!\w)(?:(?:есть|имеются|были|є|були|there (?:are|were|have been))\s+(?:также\s+|також\s+|and\s+)?"
    r"(?P<said>(?:погибш|пострадавш|раненые|раненых|загибл|постраждал|поранен)\w*|dead|injured|wounded)"
    r"(?:\s+(?:и|і|й|та|and)\s+(?P<also>(?:раненые|поранені|injured|wounded)(?!\w)))?"
    r"|(?P<among>(?:погибш|пострадавш|ранени|раненые|раненых|загибл|постраждал|поранен)\w*)\s+(?:среди|серед)\s+"
    r"(?:[^\W\d]+\s+)?(?:личного|военнослужащ|мирн|гражданск|особового|військовослужбовц|цивільн|жител|мешканц|населени|"
    r"населенн)\w*)", re.IGNORECASE)
_UNCOUNTED_CASUALTY_WORDS = ("есть ", "имеются ", "были ", "є ", "були ", "there ", "среди ", "серед ")
_NEGATION_AFTER_RE = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+(?:нет|не было|не зафиксировано|немає|не було|не зафіксовано)(?!\w)",
                                re.IGNORECASE)
_NEGATION_BEFORE_RE = re.compile(r"(?<!\w)(?:без|нет|не|немає|no|not)\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)


def _with_uncounted_casualties(t: Text, figures: list[Figure]) -> list[Figure]:
    """The numbers, and casualties a text says there were with no count of them: a figure of people not counted, at
    the casualty word."""
    text = t.text
    found = []
    for m in _UNCOUNTED_CASUALTY_RE.finditer(text):
        at = m.start("said") if m.group("said") else m.start("among")
        verb = t.metric_after(at, at + 1)
        if verb is None or verb[2] not in PEOPLE_METRICS or _NEGATION_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()) \
                or any(f.end <= at and not text[f.end:at].strip(" ,") for f in figures) \
                or any(f.start <= at < max(f.end, f.noun_end) for f in figures) \
                or _NEGATION_AFTER_RE.match(text, m.end()):
            continue  # ("двое раненых среди них": a count's noun)
        found.append(Figure(at, at, None, "unquantified", True, item="people", explicit=True, noun_end=at))
        if m.group("also"):  # "есть погибшие и раненые": both
            also = m.start("also")
            found.append(Figure(also, also, None, "unquantified", True, item="people", explicit=True, noun_end=also))
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: (f.start, f.end))


# Between a weapon named with no number and the count of a part of it: "уничтожили БПЛА самолетного типа, два из которых
# сбиты над Московским регионом"
_BARE_WHOLE_GAP_RE = re.compile(r"(?:\s+[^\W\d][\w-]*){0,2},\s+$")
_DRONE_TYPE_WORDS_RE = re.compile(r"(?:самол[её]тн|літаков)\w*\s+тип[ау](?!\w)", re.IGNORECASE)
_OF_WHICH_AFTER_RE = re.compile(r"\s+(?:из которых|з яких|із яких|of which)(?!\w)", re.IGNORECASE)


def _with_bare_wholes(t: Text, figures: list[Figure]) -> list[Figure]:
    """The numbers, and a weapon with no number that a verb shot down or launched, before a count of a part of it ("N из
    которых"): a figure the text does not count, the whole that part splits."""
    text = t.text
    found = []
    for f in figures:
        if f.count is None or not _OF_WHICH_AFTER_RE.match(text, f.end):
            continue
        k = bisect_left(t.items.starts, f.start) - 1
        if k < 0:
            continue
        item = t.items[k]
        if k and _DRONE_TYPE_WORDS_RE.match(text, item[0]):
            item = t.items[k - 1]  # "БПЛА самолетного типа": the drone's type, no aircraft
        if item[2] not in _BARE_PLURAL_ITEMS or not _BARE_WHOLE_GAP_RE.fullmatch(text, item[1], f.start) \
                or any(g.end <= item[0] and t.next_break(g.end, item[0]) >= item[0] for g in figures):
            continue  # (a counted noun: "76 беспилотников, 17 из которых …")
        verb = t.metric_before(t.sentence_bounds(item[0])[0], item[0])
        if verb is None or verb[2] not in _BARE_PLURAL_METRICS or len(_words_in(text, verb[1], item[0])) > 3:
            continue
        found.append(Figure(item[0], item[0], None, "unquantified", True))
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: (f.start, f.end))


def _with_some(t: Text, figures: list[Figure]) -> list[Figure]:
    """The numbers, and a part of the weapons counted before it that a verb says something of, with no number ("Some
    were shot down", "some of them did not reach their targets", "частину з яких силам ППО вдалося знищити"): a figure
    not counted, of the kind before it."""
    text = t.text
    found = []
    for m in _SOME_RE.finditer(text):
        before = [f for f in figures if f.end <= m.start()]
        if not before or before[-1].count is None:
            continue
        verb = t.metric_after(m.end(), t.next_break(m.end() + 1, len(text)))
        if verb is None or verb[2] not in DEFENCE_METRICS | {"hit"} or len(_words_in(text, m.end(), verb[0])) > 3:
            continue
        # (after "of them ", as a count would be; at the verb, past the words between: "частину з яких силам ППО
        # вдалося знищити")
        at = m.end() + 1 if text.startswith(" ", m.end()) else m.end()
        at = verb[0] if _words_in(text, at, verb[0]) else at
        found.append(Figure(at, at, None, "unquantified", True))
    for m in _SOME_OF_NOUN_RE.finditer(text):
        # "українська ППО збила частину «Шахедів»", "shot down some of the drones": a part of the weapons it names
        verb = t.metric_before(t.sentence_bounds(m.start())[0], m.start())
        heads = _in(t.items, m.end(), m.end() + 2) + [w for w in _in(t.models, m.end(), m.end() + 2) if w[2]]
        if verb is not None and verb[2] in DEFENCE_METRICS and heads and len(_words_in(text, verb[1], m.start())) <= 2 \
                and not any(f.start < heads[0][1] and heads[0][0] <= f.end for f in figures):
            found.append(Figure(m.end(), m.end(), None, "unquantified", True))
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: (f.start, f.end))


# The weapons a model named alone may count one of: missiles, and drones ("мы сбили «Кинжал»", "над Киевом сбит «шахед»")
_SINGLE_MODEL_ITEMS = frozenset(MISSILE_ITEMS) | frozenset(DRONE_ITEMS)
_A_BEFORE_RE = re.compile(r"(?<!\w)an?\s+$", re.IGNORECASE)
# What may follow a model named alone as the noun of one weapon: a stop, a place's or time's preposition, a conjunction
_MODEL_ALONE_AFTER_RE = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:over|above|in|on|near|at|from|towards?|into|and|or|which|"
                                   r"that|was|overnight|during|as)(?!\w)", re.IGNORECASE)


def _with_single_models(t: Text, figures: list[Figure]) -> list[Figure]:
    """The numbers, and a missile or drone named by its model alone, with no noun or number, that a verb of bringing
    down takes as its object ("Yes, we shot down the 'unique' Kinzhal", "мы сбили «Кинжал»", "над Киевом сбит «шахед»")
    or that is the subject of one ("The Kh-47 Kinzhal was shot down"): one weapon."""
    text = t.text
    found: list[Figure] = []
    starts = [f.start for f in figures]
    ends = [f.end for f in figures]
    for start, end, model, word in t.models:
        k = bisect_left(t.breaks, start)
        if lx.WEAPON_ITEMS.get(model) not in _SINGLE_MODEL_ITEMS or _in(t.items, t.breaks[k - 1] if k else 0, start):
            continue  # (a model after its noun, "ракету «Кинджал»", is counted at the noun)
        # ("shot down a Shahed over Kyiv", "launched a Kinzhal": one, with its article)
        one = start >= 2 and _A_BEFORE_RE.search(text, max(0, start - 4), start) is not None \
            and _MODEL_ALONE_AFTER_RE.match(text, end) is not None  # (not "a Shahed attack", "a Kinzhal strike")
        if any(start - (4 if one else 60) <= f.start <= end + 15 for f in figures):
            continue  # (one counted already)
        if _DIGIT_RE.fullmatch(word[-1:]) is None and _PLURAL_MODEL_RE.search(word):
            continue  # "two Kinzhals", "«Кинджали»"
        noun: list[tuple] | None = _in(t.items, end, end + 4)
        if noun and (_plural_word(text, noun[0][0], noun[0][3]) or not _MODEL_TO_NOUN_RE.fullmatch(text, end, noun[0][0])):
            continue  # "the Kalibr missiles": many
        noun = _in(t.items, end, end + 30) if not noun else None
        if noun and _ADJECTIVES_GAP_RE.fullmatch(text, end, noun[0][0]) and _plural_word(text, noun[0][0], noun[0][3]):
            continue  # "Kh-47M2 Kinzhal hypersonic missiles": many, past the words that describe them
        lo = t.sentence_bounds(start)[0]
        i = bisect_left(starts, start)
        if i and ends[i - 1] > lo and not one or i < len(starts) and starts[i] < t.next_break(end, len(text)):
            continue  # a number in its sentence before it, or in its clause after it, counts it
        verb = t.metric_before(lo, start)
        if verb is not None and (verb[2] in DEFENCE_METRICS or one and verb[2] == "launched") \
                and _MODEL_OBJECT_GAP_RE.fullmatch(text, verb[1], start):
            found.append(Figure(start, start, 1, "exact", True, singular=True))
            continue
        after = _WAS_RE.match(text, end)
        cue = t.metric_after(after.end(), after.end() + 1) if after is not None else None
        if cue is not None and cue[2] in DEFENCE_METRICS and (
                _THE_RE.search(text, max(lo, start - 40), start) or not text[lo:start].strip()):
            found.append(Figure(start, start, 1, "exact", True, singular=True))
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: (f.start, f.end))


# Joined to a counted weapon's noun, a weapon of another group named by its model, with an article and an adjective of
# where it was made at most: "dozens of Ukrainian drones and U.S.-supplied ATACMS missiles", "44 drones and a U.S.-made
# HIMARS rocket system"
_JOINED_MODEL_RE = re.compile(r"(?:,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?:(an?)\s+)?"
                              r"(?:[\w.]+-(?:supplied|made|built|produced|designed)\s+)?$", re.IGNORECASE)


_COMMA_LISTED_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[^\W\d][\w'’-]*\s+)?$")


def _with_named_weapons(t: Text, figures: list[Figure]) -> list[Figure]:
    """The numbers, and a weapon named by its model, with no number, that a list joins to a counted weapon of another
    group: "intercepted dozens of drones and U.S.-supplied ATACMS missiles", "shot down 51 drones, HIMARS MLRS shells and
    two Tochka-U missiles" (a figure the text does not count), "intercept 315 UAVs, Flamingo cruise missile" (one); not
    "16 drones and ballistic missiles", named by no model, counted together; but weapons of several groups listed with
    commas after a count of no number are each a figure as that one is ("shot down several missiles, aerial bombs, and
    rockets")."""
    text = t.text
    found: list[Figure] = []
    starts = [f.start for f in figures]
    for start, end, value, word in t.items:
        if value not in _BARE_PLURAL_ITEMS:
            continue
        named = _in(t.models, max(0, start - 30), start + 1)
        by_model = bool(named) and named[-1][2] is not None and (
            named[-1][1] >= start or _MODEL_GAP_RE.fullmatch(text, named[-1][1], start) is not None)
        at = named[-1][0] if by_model else start
        # (named by its model before it, or in its own name: "Flamingo cruise missile"; or, in the plural, in a list with
        # commas after a count of no number, below)
        unnamed = not by_model and not (word[:1].isupper() and word[1:2].islower())
        if unnamed and not (_COMMA_LISTED_RE.search(text, max(0, start - 40), start) and _plural_word(text, start, word)):
            continue
        joined = _JOINED_MODEL_RE.search(text, max(0, at - 40), at)
        k = bisect_left(starts, joined.start()) if joined else 0
        if k < len(starts) and starts[k] < end:
            continue  # counted already ("and a Kh-59 guided missile", at its article)
        before = _in(t.items, max(0, at - 80), joined.start()) if joined else None
        if joined is None or not before or before[-1][1] != joined.start() \
                or ITEM_GROUP_OF.get(before[-1][2], before[-1][2]) == ITEM_GROUP_OF.get(value, value):
            continue
        counted = sorted(figures + found, key=lambda f: f.end)
        i = bisect_right([f.end for f in counted], before[-1][0])
        if not i or len(_words_in(text, counted[i - 1].end, before[-1][0])) > 3 \
                or t.sentence_bounds(counted[i - 1].start)[0] != t.sentence_bounds(at)[0]:
            continue  # (the noun before it counted right before it, in its sentence)
        if unnamed and (counted[i - 1].count is not None
                        or not text.startswith(",", joined.start()) and not any(g is counted[i - 1] for g in found)):
            continue  # "shot down several missiles, aerial bombs, and rockets": each, as many as the first
        if _plural_word(text, start, word):
            if joined.group(1) is None:
                found.append(Figure(at, at, None, "unquantified", True))
        elif joined.group(1) is not None or not text.startswith(" and", joined.start()):
            found.append(Figure(at, at, 1, "exact", True, singular=True))
    if not found:
        return figures
    return sorted(figures + found, key=lambda f: (f.start, f.end))


def _weapons_listed_before(t: Text, start: int) -> bool:
    """Whether a sentence's verb of attack is followed, before `start`, by a weapon in the instrumental plural with
    no number ("атаковали Украину ударными дронами …, баллистической ракетой"): a list of weapons used."""
    lo = t.sentence_bounds(start)[0]
    verb = t.metric_before(lo, start)
    if verb is None or verb[2] != "launched":
        return False
    before = [i for i in t.items if verb[1] <= i[0] and i[1] <= start]
    return bool(before) and all(_INSTRUMENTAL_MANY_RE.search(i[3]) for i in before) \
        and not _DIGIT_RE.search(t.text, verb[1], before[-1][0])


def _with_bare_plurals(t: Text, items: list[tuple] | None = None) -> list[Figure]:
    """A weapon named in the plural in a text with no number, beside a verb of launching or shooting down,
    is a figure the text does not count: "силы ПВО сбили украинские дроны в Калужской области", "Russia attacked with
    Iskander-M ballistic missiles", "intercepted the Ukrainian UAVs" (of the given items only, if any are given)."""
    text = t.text
    found: list[Figure] = []
    for start, end, value, word in t.items if items is None else items:
        if value not in _BARE_PLURAL_ITEMS or _ATTRIBUTIVE_RE.match(text, end) or not (
                _plural_word(text, start, word) or t._has_any(_MANY_WORDS) and _MANY_BEFORE_RE.search(text, max(0, start - 40), start)):
            continue  # (a word of many before any form: "большое количество крылатых ракет", "a record number of drones")
        if _BARE_BEFORE_RE.search(text, max(0, start - 30), start):
            continue  # "атака беспилотников", "an attack by drones", "debris of drones": no figure of the weapons
        sent_lo, sent_hi = t.sentence_bounds(start)
        near = [m for m in _in(t.metrics, max(sent_lo, start - 70), min(sent_hi, end + 70))
                if m[2] in _BARE_PLURAL_METRICS]
        if not near:
            continue
        if _NONE_BEFORE_RE.search(text, max(sent_lo, start - 30), start) \
                or _NONE_OF_RE.search(text, max(sent_lo, start - 50), start) or _denied_before(text, near, start):
            # "не вдалося збити жодної ракети", "не удалось сбить ни одной гиперзвуковой российской ракеты": none, no
            # figure (the genitive singular after a word of none reads as a plural; and "не атаковал дронами")
            continue
        at = start
        for m in _in(t.models, max(sent_lo, start - 40), start)[::-1]:
            if _MODEL_GAP_RE.fullmatch(text, m[1], at):
                at = m[0]  # "Iskander-M ballistic missiles", "Shahed-131/136-type strike UAVs": the model's phrase
        if at < start:
            k = bisect_left(t.items.starts, at) - 1
            if k >= 0 and t.items[k][0] >= sent_lo and _NOUN_MODEL_GAP_RE.fullmatch(text, t.items[k][1], at):
                # "ударними БПЛА типу Shahed та дронами-імітаторами": the model is the noun's before it, one phrase
                at = t.items[k][0]
                if found and found[-1].start == at:
                    continue
        found.append(Figure(at, at, None, "unquantified", True))
    return found


_PLURAL_MODEL_WORD_RE = re.compile(r"(?:s|и|ы|ів|ов|ами)[»\"”]?$")  # "Shaheds", "шахеди", "«шахедами»"


def _with_bare_model_plurals(t: Text) -> list[Figure]:
    """A weapon named in the plural by its model alone, with no noun and no number, beside a verb of launching or
    shooting down, in a text with no count: a figure the text does not count ("ППО збила шахеди над Києвом", "ворог
    атакував Одещину шахедами", "shot down Shaheds over Kyiv")."""
    text = t.text
    found: list[Figure] = []
    for start, end, model, word in t.models:
        if model is None or lx.WEAPON_ITEMS.get(model) not in _BARE_PLURAL_ITEMS \
                or not _PLURAL_MODEL_WORD_RE.search(word) or _in(t.items, max(0, start - 30), end + 30) \
                or _BARE_BEFORE_RE.search(text, max(0, start - 30), start):
            continue  # (a model of a noun counts at its noun; "атака шахедів", "уламки шахедів": no figure of them)
        sent_lo, sent_hi = t.sentence_bounds(start)
        near = [m for m in _in(t.metrics, max(sent_lo, start - 70), min(sent_hi, end + 70))
                if m[2] in _BARE_PLURAL_METRICS]
        if not near or _NONE_BEFORE_RE.search(text, max(sent_lo, start - 30), start) \
                or _denied_before(text, near, start):
            continue  # (and "ворог не застосовував шахеди": none used)
        found.append(Figure(start, start, None, "unquantified", True))
    return found


# Between weapons named in the plural by their model and a count of another kind ("Iskander-M ballistic missiles and
# seven Shahed UAVs", "S-300 missiles from the Donetsk region and dispatched 10 Shahed-type UAVs")
_LIST_AND_RE = re.compile(r"[»\"”]?(?:\s+(?:from|з|із|из|с)\s+[^\W\d][^,.;:\d]{0,40}?)?\s+(?:and|та|і|й|и)\s+(?:[^\W\d][\w'’-]*\s+)?",
                          re.IGNORECASE)
_MODEL_AFTER_NOUN_RE = re.compile(r"\s+[«\"“]?")


def _named_before_count(t: Text, figures: list[Figure]) -> list[Figure]:
    """Weapons of a model named in the plural with no number after a verb of launching, joined by "and" to the count
    of weapons of another kind that follows in the same sentence: a figure the text does not count
    ("Russia attacked with Iskander-M ballistic missiles and seven Shahed UAVs")."""
    text = t.text
    starts = [f.start for f in figures]
    # (only the items near a model of a sentence before its first number, of the kinds a bare plural may be, are tried)
    near = []
    for m in t.models:
        i = bisect_left(starts, m[0])
        if i < len(figures) and (not i or figures[i - 1].end <= t.sentence_bounds(m[0])[0]):
            near.append(m)
    if not near:
        return []
    items = [item for item in t.items if item[2] in _BARE_PLURAL_ITEMS
             and any(m[0] - 3 <= item[1] and item[0] <= m[1] + 60 for m in near)]
    if not items:
        return []
    found: list[Figure] = []
    for f in _with_bare_plurals(t, items):
        item = _in(t.items, f.start, f.start + 80)
        if not item:
            continue
        _start, end, value, _word = item[0]
        model_after = _in(t.models, end, end + 3)
        if model_after and _MODEL_AFTER_NOUN_RE.fullmatch(text, end, model_after[0][0]):
            end = model_after[0][1]  # "балістичними ракетами Іскандер-М": the model after its noun
        elif item[0][0] == f.start or not _in(t.models, f.start, item[0][0]):
            continue  # (no model named)
        lo, hi = t.sentence_bounds(f.start)
        i = bisect_left(starts, f.start)
        if i and figures[i - 1].end > lo or i == len(figures) or figures[i].start >= hi:
            continue  # a number before it in its sentence, or none after it
        verb = t.metric_before(lo, f.start)
        if verb is None or verb[2] != "launched":
            continue
        count = figures[i]
        if not _LIST_AND_RE.fullmatch(text, end, count.start) and not (
                (verb_after := t.metric_after(end, count.start)) is not None and _LIST_AND_RE.match(text, end)
                and verb_after[2] == "launched"
                and not _DIGIT_RE.search(text, end, count.start)):
            continue
        after = _in(t.items, count.end, count.end + 60)
        if not after or ITEM_GROUP_OF.get(after[0][2]) in (None, ITEM_GROUP_OF.get(value)):
            continue  # a count of the same kind ("Shahed drones and 20 decoys"), or of none named
        found.append(f)
    return found


def _plural_word(text: str, start: int, word: str) -> bool:
    """Whether an item noun is in the plural: "drones", "беспилотники", "ракет" (an abbreviation only after a
    plural adjective: "украинские БПЛА")."""
    words = word.split() or [word]
    last = words[-1]
    if len(words) > 1 and last[:1] in "«\"“„":
        last = words[0]  # "ракети «Вільха»", "ракеты «Ольха»": the noun's number, not the name's
    if last.isupper() or _DIGIT_RE.search(last) or last[-1:].isupper() and last[:1].isupper() and len(last) > 2:
        # (and an abbreviation in mixed case: "ударними БпЛА")
        return bool(_PLURAL_ADJECTIVE_RE.search(text, max(0, start - 30), start))
    if _CYRILLIC_RE.search(last):
        return bool(_CYRILLIC_PLURAL_RE.search(last))
    return last[-1:] == "s" and last[-2:] != "ss"


_BARE_PLURAL_ITEMS = frozenset({"drone", "attack_drone", "decoy_drone", "jet_drone", "tactical_drone", "missile",
                                "cruise_missile", "ballistic_missile", "sam_missile", "rocket", "guided_bomb"})
_BARE_PLURAL_METRICS = DEFENCE_METRICS | {"launched", "hit"}
_MODEL_GAP_RE = re.compile(r"[»\"”]?(?:-type)?\s+(?:[^\W\d]+\s+){0,2}|[»\"”]?-type\s+")
_CYRILLIC_PLURAL_RE = re.compile(r"(?:ы|и|ов|ів|ами|ями|ах|ях|ракет|бомб)$", re.IGNORECASE)  # ("ракет": no ending)
_MANY_BEFORE_RE = re.compile(r"(?<!\w)(?:(?:велик|рекордн|значн|больш|огромн|значительн|небувал|безпрецедентн|беспрецедентн"
                             r"|небывал)\w* (?:кількість|кількістю|количество|количеством)"
                             r"|an? (?:large|record|huge|significant|massive|unprecedented) number of)\s+(?:[^\W\d][\w-]*\s+){0,2}$",
                             re.IGNORECASE)
_MANY_WORDS = ("кількіст", "количеств", "number of")  # (one is in every match)
_PLURAL_ADJECTIVE_RE = re.compile(r"[^\W\d]+(?:ие|ые|их|ых|ими|ыми|і|ї)\s+$", re.IGNORECASE)
_BARE_BEFORE_RE = re.compile(r"(?:атак(?:[аиуеі]|ою|ой|ами|ах|ам)?(?!\w)|нападени\w*|налет\w*|наліт\w*|attacks?(?: by| with| of)?|raids?(?: by)?|"
                             r"обломк\w*|уламк\w*|осколк\w*|фрагмент\w*|"
                             r"debris(?: of| from)?|fragments?(?: of)?|wreckage(?: of| from)?|"
                             r"так(?:ие|их|ими|і)|such|"  # ("мы уже такие ракеты сбивали": of a kind, no figure)
                             r"пуск\w*|запуск\w*|use of|применени\w*|застосуванн\w*|угроз\w*|загроз\w*|threat of)"
                             r"\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)


def _bullet_target(t: Text, start: int, starts: list[int]) -> bool:
    """Whether an item opens a bullet line with no number (`starts`: where the numbers are), under a header
    with a verb ("ЗНИЩЕНО:")."""
    text = t.text
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start:
        return False
    bullet = BULLET_RE.match(text, line_start)
    if bullet is None or bullet.end() != start:
        return False
    line_end = text.find("\n", start)
    i = bisect_left(starts, line_start)
    if i < len(starts) and starts[i] < (line_end if line_end >= 0 else len(text)):
        return False  # the line has a number of its own
    return _header_metric_at(t, line_start) is not None


@lru_cache(maxsize=4096)
def _singular_verb(word: str) -> bool:
    """Whether a verb as matched is singular ("уничтожен", "збитий", "was shot down")."""
    return _SINGULAR_VERB_RE.search(word.split()[0]) is not None


@lru_cache(maxsize=4096)
def _genitive_one(word: str) -> bool:
    """Whether an item noun as matched is the genitive of one ("ракети", "беспилотника")."""
    return _GENITIVE_ONE_RE.search(word) is not None


@lru_cache(maxsize=4096)
def _singular_noun(word: str) -> bool:
    """Whether an item noun as matched is a singular form in Cyrillic ("аппарат", "беспилотник", "дрон")."""
    return _CYRILLIC_RE.search(word) is not None and _SINGULAR_NOUN_RE.search(word) is not None


@lru_cache(maxsize=4096)
def _latin_one(word: str) -> bool:
    """Whether an item noun as matched has no Cyrillic letter and can be a singular noun phrase ("UAV", "drone")."""
    return not _CYRILLIC_RE.search(word) and _may_count_one(word)


@lru_cache(maxsize=4096)
def _may_count_one(word: str) -> bool:
    """Whether an item noun as matched can be a singular noun phrase ("unmanned aerial vehicle (UAV)" too)."""
    word = _ABBREVIATION_AFTER_RE.sub("", word)
    return bool(_SINGULAR_NOUN_RE.search(word) or _INDECLINABLE_RE.search(word))


def _header_metric_at(t: Text, line_start: int) -> tuple | None:
    """The verb of the header line ("ЗНИЩЕНО:") above a run of bullet lines that begins before `line_start`."""
    text = t.text
    pos = line_start - 1
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].rstrip()
        if line.endswith(":"):
            return t.metric_before(prev_start, pos)
        if not BULLET_RE.match(line) or not line:
            return None
        pos = prev_start - 1
    return None


def _choose_metric(t: Text, figures: list[Figure]) -> None:
    """A figure's verb: its own after it; else that of the figures it is listed with
    ("114 missiles and 27 drones were shot down"); else the nearest before it in its sentence,
    unless that verb closes another figure of the list; else a header line's verb."""
    # "загиблих … зросла до 20, поранених – до 66": the noun after a count opens the next count, not this one
    # (and "обезврежено 80: сбито 60, подавлено РЭБ 20": each verb before its count, the verb after a count and a comma
    # opens the next one)
    opens_next = {id(f) for f, g in pairwise(figures)
                  if f.after_cue is not None and f.before_cue is not None and g.before_cue == f.after_cue
                  and (f.after_cue[2] in PEOPLE_METRICS and f.before_cue[2] in PEOPLE_METRICS
                       and _CUE_OPENS_RE.fullmatch(t.text, f.after_cue[1], g.start) is not None
                       or t.cyrillic and f.sentence == g.sentence and f.before_cue[1] <= f.start
                       and _PUNCT_GAP_RE.fullmatch(t.text, max(f.end, f.noun_end), f.after_cue[0]) is not None
                       and len(_words_in(t.text, f.after_cue[1], g.start)) <= 2)}
    used_after = {f.after_cue[0] for f in figures if f.after_cue and id(f) not in opens_next}
    starts = [g.start for g in figures]
    modifies: dict[int, tuple] = {}  # a participle after a figure's noun -> the verb before that figure
    for i, f in enumerate(figures):
        cue = f.after_cue if id(f) not in opens_next else None
        j = i
        own_clause = f.before_cue is not None and t.next_break(f.before_cue[1], f.start) >= f.start
        while cue is None and not own_clause and figures[j].joined and j + 1 < len(figures) and figures[j + 1].sentence == f.sentence:
            j += 1
            cue = figures[j].after_cue
        # (or the verb of the list it ends: "Ukraine downs 10 drones, 10 missiles launched by Russia overnight")
        listed = i > 0 and figures[i - 1].joined and figures[i - 1].before_cue == f.before_cue
        if listed and figures[i - 1].all_launched and not (f.of_next or f.is_total) \
                and _AND_BEFORE_RE.search(t.text, max(0, f.start - 6), f.start):
            f.all_launched = True  # "destroyed all 15 cruise missiles and 21 attack drones launched by …": both
        if cue is not None and cue is f.after_cue and cue[2] == "launched" and t.cyrillic \
                and _OF_THE_LAUNCHED_RE.fullmatch(t.text, f.end, cue[0]):
            # "три из выпущенных ВСУ беспилотников были сбиты над …": the participle names the whole the count is
            # taken from; the count's verb is the one after its noun
            verb = t.metric_after(cue[1], t.sentence_bounds(cue[1])[1])
            if verb is not None and verb[2] in DEFENCE_METRICS and (i + 1 == len(figures) or starts[i + 1] > verb[0]):
                cue = verb
        # a launch verb after the noun, another verb before the count: perhaps a participle (the verb before may be the
        # participle of the figure before, standing for the list's verb: "intercepted six missiles launched from
        # aircraft, as well as nine missiles launched from ships")
        before_verb = f.before_cue
        if before_verb is not None and before_verb[0] in modifies and before_verb[2] == "launched":
            before_verb = modifies[before_verb[0]]
        launch = cue if cue is f.after_cue and cue is not None and cue[2] == "launched" \
            and before_verb is not None and before_verb[2] != "launched" else None
        if launch is not None and _OF_THE_LAUNCHED_RE.fullmatch(t.text, f.noun_end, launch[0]):
            cue = None  # "збила 99 дронів із запущених 109 БПЛА": the participle is the whole's; the verb is the one before
        elif launch is not None and own_clause and _SUBORDINATE_GAP_RE.fullmatch(t.text, f.noun_end, launch[0]):
            cue = None  # "Ukraine downed 26 drones overnight as Russia launched its latest salvo": a clause of its own
        elif launch is not None and (own_clause or listed or before_verb is not f.before_cue) \
                and not _MAJORITY_OF_RE.search(t.text, max(0, f.start - 20), f.start) \
                and (not _words_in(t.text, f.noun_end, launch[0])
                     or _RELATIVE_RE.search(t.text, f.noun_end, launch[0])
                     or _SUBJECT_GAP_RE.fullmatch(t.text, f.noun_end, launch[0])):
            # "neutralized 11 Shahed drones launched by …": a participle; the verb is the one before
            assert before_verb is not None  # (as `launch` tested)
            f.all_launched = f.all_launched and before_verb[2] in DEFENCE_METRICS
            modifies[launch[0]] = before_verb
            cue = None
        else:
            # "збили усі 18 ракет, запущених росією": the participle after a comma names the same weapons
            f.all_launched = f.all_launched and f.before_cue is not None and f.before_cue[2] in DEFENCE_METRICS \
                and (_LAUNCHED_AFTER_RE.match(t.text, f.noun_end) is not None
                     or _LAUNCHED_LATER_RE.search(t.text, f.end, t.sentence_bounds(f.end)[1]) is not None)
        if cue is None and f.of_next and i + 1 < len(figures) and (f.before_cue is None or f.shares_noun):
            cue = figures[i + 1].after_cue  # "six out of the 14 missiles were intercepted"
        elif cue is None and f.of_next and i and i + 1 < len(figures) and f.before_cue is not None \
                and f.before_cue[2] == "launched" and (prev := figures[i - 1]).sentence == f.sentence \
                and prev.before_cue == f.before_cue and (after := figures[i + 1].after_cue) is not None \
                and after[2] not in ("launched", "strike") \
                and len(_words_in(t.text, max(figures[i + 1].end, figures[i + 1].noun_end), after[0])) <= 1:
            # "Russia launched 40 drones, and 31 of the 40 were shot down": the launch verb is the count's before it;
            # the part's verb is the one after its whole
            cue = after
        if cue is not None and f.before_cue is None:
            finite = _past_participle(t, figures, f, cue)
            # "All 12 drones launched by Russia overnight were shot down": the weapons of "all" were launched (as in
            # "downed all 12 drones launched by Russia"; not those "attacking Ukraine", which says no more than the verb)
            f.all_launched = f.all_launched or finite is not cue and finite[2] in DEFENCE_METRICS and t.has_all \
                and (_LAUNCHED_LATER_RE.match(t.text, cue[0])
                     or _RELATIVE_SUBJECT_RE.search(t.text, f.end, cue[0])) is not None \
                and _ALL_RE.search(t.text, max(0, f.start - 12), f.start) is not None
            cue = finite
        if cue is not None:
            f.metric = cue[2] if cue[2] != "strike" else _resolve(cue, f)
            f.quote_start, f.quote_end = f.start, cue[1] if cue is f.after_cue else f.noun_end
            continue
        before = f.before_cue
        if before is not None and before[2] == "launched" and i and t.cyrillic \
                and (prev := figures[i - 1]).sentence == f.sentence and prev.before_cue is not None \
                and prev.before_cue[2] in DEFENCE_METRICS and _PLURAL_PARTICIPLE_RE.search(before[3]) \
                and _COMMA_GAP_RE.fullmatch(t.text, prev.noun_end, before[0]) \
                and _CLAUSE_CLOSED_RE.search(t.text, before[1], f.start):
            # "сбиты 13 реактивных снарядов, выпущенных из РСЗО HIMARS, и 280 дронов": the participle is the figure
            # before's; the verb is the list's
            before = prev.before_cue
        if before is not None and (before[2] in DEFENCE_METRICS or before[2] == "launched") and t.has_paren \
                and _closed_bracket(t.text, t.sentence_bounds(f.start)[0], before[0], f.start):
            # "атаковал 8 баллистическими ракетами (сбиты 6) и 90 дронами": the bracket's verb is its own count's; the
            # list's is the one before the bracket (and "shot down 40 drones (of 52 launched) and two missiles")
            lo = t.sentence_bounds(f.start)[0]
            outer = t.metric_before(lo, t.text.rfind("(", lo, before[0]))
            # (a launch in the bracket stays the verb where none stands before it: "four Kh-59 missiles (launched over
            # Kursk region); three unknown type missiles")
            before = outer if outer is not None or before[2] != "launched" else before
        if before is not None and before[0] in modifies and not _PREPOSITION_GAP_RE.fullmatch(t.text, before[1], f.start):
            # "shot down 10 missiles fired from the Caspian Sea, 23 Shahed drones …": the list's verb, not the
            # participle of the figure before (but "fired from 10 bombers" is the participle's own)
            before = modifies[before[0]]
        f.quote_start, f.quote_end = f.start, f.noun_end
        if before is not None and before[0] not in used_after:
            f.metric = _resolve(before, f)
            if f.metric == "launched" and before[2] == "strike" and i \
                    and _strikes_places_with(t, figures[i - 1], f, before):
                f.metric = "hit"  # "struck 12 locations with four missiles and 20 drones": the weapons that hit them
            if bisect_left(starts, before[1]) == i:  # no other figure between the verb and this one
                f.quote_start = before[0]
        elif before is not None:
            f.metric_from_list = _resolve(before, f)
        else:
            # the first verb after it but that of a whole it is counted out of ("43 drones of 55 launched … had been
            # destroyed")
            # (but the verb after the noun of a later whole is the parts' own when it is not a launch: "six out of
            # eight drones and two out of three missiles were shot down")
            end = t.sentence_bounds(f.end)[1]
            aside = _WHERE_CLAUSE_RE.search(t.text, f.noun_end, end) if t._has_any(_WHERE_WORDS) else None
            end = aside.start() if aside is not None else end  # ("… over the Kursk region, where Ukraine has sent …")
            aside = _BUT_CLAUSE_RE.search(t.text, f.noun_end, end) if t.cyrillic and t._has_any(_BUT_WORDS) else None
            end = aside.start() if aside is not None else end
            later = next((c for c in _in(t.metrics, f.noun_end, end) if c[0] not in used_after
                          or not any(g.is_total and g.start > f.start and g.after_cue is c
                                     and (c[2] == "launched" or c[0] < g.noun_end) for g in figures)), None)
            later = _past_participle(t, figures, f, later) if later is not None else None
            f.metric = _resolve(later, f) if later else _header_metric(t, f)
    if t.tally_line == "launched":
        for f, g in pairwise(figures):
            # "над Киевом летало 13 дронов, 10 из которых были сбиты": with no verb of its own, the Air Force's whole of
            # a part brought down is of those that came
            if f.metric is None and f.explicit and f.before_cue is None and f.count is not None \
                    and g.count is not None and g.count <= f.count and g.metric in DEFENCE_METRICS \
                    and g.sentence > f.sentence and g.sentence == t.sentence_bounds(f.end)[1] + 1 \
                    and (_SENTENCE_OPENER_RE.fullmatch(t.text, g.sentence, g.start) and _OF_WHICH_RE.match(t.text, g.end)
                         or _OF_THEM_OPENER_RE.fullmatch(t.text, g.sentence, g.start)):
                # "Над районом пролетели 7 дронов. Четыре из них сбили" ("… Из них четыре сбили"): a whole with no verb,
                # its part opening the next sentence
                f.metric = "launched"
                continue
            if f.metric not in DEFENCE_METRICS or f.before_cue is not None or g.sentence != f.sentence:
                continue
            verb = f.after_cue or t.metric_after(f.noun_end, t.sentence_bounds(f.end)[1])
            if verb is not None and _whole_of_the_next(t, f, g, verb):
                f.metric = "launched"
                f.quote_end = min(f.quote_end, max(f.noun_end, f.end))  # (not the part's verb)
        if " них" in t.lowered:
            for f in figures:
                # "Над районом летели 9 дронов. Большинство из них сбиты": a whole with no verb, a share of it brought
                # down in the next sentence
                if f.metric is None and f.explicit and f.before_cue is None and f.count is not None:
                    end = t.sentence_bounds(f.end)[1]
                    share = _SHARE_OF_THEM_OPENS_RE.match(t.text, end + 1) if end < len(t.text) else None
                    verb = t.metric_after(share.end(), t.sentence_bounds(share.end())[1]) if share is not None else None
                    if verb is not None and verb[2] in DEFENCE_METRICS \
                            and not any(end < g.start < verb[0] for g in figures):
                        f.metric = "launched"
        if "котор" in t.lowered or "яких" in t.lowered or "which" in t.lowered:
            for f in figures:
                # "над городом летели 10 дронов, большинство из которых были сбиты": with no verb of its own, the whole
                # of a share brought down came; the verb is the share's
                if f.metric in DEFENCE_METRICS and f.before_cue is None and f.explicit \
                        and (share := _SHARE_OF_WHICH_RE.match(t.text, f.noun_end)) is not None \
                        and (verb := t.metric_after(f.noun_end, t.sentence_bounds(f.end)[1])) is not None \
                        and verb[0] >= share.end():
                    f.metric = "launched"
                    f.quote_end = min(f.quote_end, max(f.noun_end, f.end))
    for f in figures:
        # (a part over one place makes the whole one of those brought down later, `_parts_of_a_list_total`)
        comma = _COMMA_GAP_RE.match(t.text, f.noun_end) if f.is_total and f.explicit and t.cyrillic \
            and not f.places and not any(g.places for g in figures if _counted_out_of(g, f)) else None
        participle: tuple | None = t.metric_after(comma.end(), comma.end() + 1) if comma is not None else None
        if participle is not None and participle[2] in DEFENCE_METRICS and _PLURAL_PARTICIPLE_RE.search(participle[3]):
            f.metric = participle[2]  # "41 из 66 дронов, уничтоженных средствами ПВО, …": the 66 destroyed
        elif f.is_total and not (f.after_cue is not None and f.after_cue[2] in DEFENCE_METRICS
                                 and f.end <= f.after_cue[0] < f.noun_end):
            f.metric = "launched"  # the 27 of "16 out of 27 drones" (but "Of the 22 intercepted drones, 13 …")
    for i in range(2, len(figures) - 1):
        part, f, g = figures[i - 1], figures[i], figures[i + 1]
        if f.is_total and f.metric == "launched" and figures[i - 2].joined \
                and figures[i - 2].sentence == g.sentence == f.sentence and not (g.is_total or g.of_next) \
                and g.metric in DEFENCE_METRICS and (g.after_cue is None or g.after_cue[2] == "launched") \
                and _OUT_OF_GAP_RE.fullmatch(t.text, part.noun_end if part.of_next else part.end, f.start) \
                and _AND_ONLY_RE.fullmatch(t.text, f.noun_end, g.start):
            g.metric = "launched"  # "shot down 36 missiles and 186 drones out of 194 drones and 67 missiles": both wholes


# "из них" before a count in its sentence: "Девять из них сбиты, а два попали в цель" (the rest of them, not hits counted)
_OF_THEM_WORD_RE = re.compile(r"(?<!\w)(?:из|з|із)\s+(?:них|которых|яких)(?!\w)", re.IGNORECASE)
# The Russian and Ukrainian words for a share of the weapons just counted: "большинство", "частина"
_SHARE_NOUN = (r"(?:подавляющее\s+)?большинство|большая\s+часть|часть|половина|(?:переважна\s+)?більшість"
               r"|більша\s+частина|частина")
# A share of the weapons just counted, in a relative clause: ", большинство из которых", ", частина з яких", ", the vast
# majority of which"
_SHARE_OF_WHICH_RE = re.compile(r"[»\"”]?\s*,\s*(?:(?:the\s+)?(?:vast\s+|overwhelming\s+)?(?:majority|bulk)|most|some|part|half"
                                rf"|{_SHARE_NOUN})\s+(?:of|из|з|із)\s+(?:which|которых|яких)(?!\w)", re.IGNORECASE)
# A share of the weapons just counted, opening the next sentence: "Большинство из них сбиты", "Частину з них знищено"
_SHARE_OF_THEM_OPENS_RE = re.compile(rf"\s*(?:{_SHARE_NOUN}|частину|половину)\s+(?:из|з|із)\s+них(?!\w)", re.IGNORECASE)
# The opening of a sentence before its first word: space and quotation marks
_SENTENCE_OPENER_RE = re.compile(r"[\s«\"“„]*")
# "Из них" opening a sentence before its count: "… Из них четыре сбили"
_OF_THEM_OPENER_RE = re.compile(r"\s*(?:из|з|із)\s+них,?\s+", re.IGNORECASE)
_OF_THEM_CLAUSE_RE = re.compile(r",\s*(?:из них|из которых|з них|із них|з яких|of them|of which)\s+", re.IGNORECASE)


def _whole_of_the_next(t: Text, f: Figure, g: Figure, verb: tuple) -> bool:
    """Whether the next figure, before the verb the figure would take, is a part of it ("13 дронов, 10 из которых
    были сбиты", "13 drones, 10 of which were downed"): the verb is the part's, the figure the whole it was taken from."""
    if g.sentence != f.sentence or f.count is None or g.count is None or g.count > f.count:
        return False
    if g.start < verb[0]:
        # (not a verb after the part's clause has closed: "All 12 drones, five of which targeted Odesa, were shot down"
        # are the whole's)
        return (_OF_WHICH_RE.match(t.text, g.end) is not None
                or _OF_WHICH_BEFORE_RE.search(t.text, max(0, g.start - 20), g.start) is not None) \
            and t.next_break(g.end, verb[0]) >= verb[0]
    # ("Ударних БпЛА було 80, з них збито 60": the verb of the part's clause, before its count)
    mark = _OF_THEM_CLAUSE_RE.search(t.text, f.end, g.start)
    return mark is not None and mark.end() <= verb[0] < g.start


_AND_ONLY_RE = re.compile(r",?\s+and\s+|,\s+")
_OUT_OF_GAP_RE = re.compile(r"(?:\s+[^\W\d][\w-]*){0,3}\s+(?:out\s+)?of\s+(?:the\s+)?")
# (the verb of the clause, not of a relative clause: "22 Shahed drones that were launched by Russia … were downed")
# A relative clause of launching with its own subject: "All 20 drones that Russia launched were shot down"
_RELATIVE_SUBJECT_RE = re.compile(r"(?<!\w)(?:that|which)" + _SUBJECT_GAP_RE.pattern + r"\Z", re.IGNORECASE)
_AUXILIARY_END_RE = re.compile(r"(?<!\w)(?<!that )(?<!which )(?:were|was|(?:had|have|has) been|are|is)\s+$", re.IGNORECASE)


# "Усі 14 ворожих «шахедів», що атакували вночі Україну, збито": a relative clause of the weapons' attack
_WHICH_BEFORE_RE = re.compile(r",\s+(?:що|які|котрі|которые|который|которая)\s+$", re.IGNORECASE)


def _past_participle(t: Text, figures: list[Figure], f: Figure, cue: tuple) -> tuple:
    """For "launched" worded as a participle after a figure ("Fifteen of the 22 Shahed drones launched by Russia … were
    downed", "Thirteen Shahed drones, launched from the area of Cape Chauda, were shot down", "All 13 Shahed drones
    attacking Ukraine last night shot down") or in a relative clause after it ("Усі 14 «шахедів», що атакували Україну,
    збито"), the finite verb after it in the sentence when no other figure stands between; else the cue itself."""
    if cue[2] != "launched" or f.is_total or cue[0] < f.end \
            or not (_BY_FROM_RE.match(t.text, cue[1]) or t.text[max(0, cue[0] - 2):cue[0]] == ", "
                    or t.cyrillic and _WHICH_BEFORE_RE.search(t.text, max(0, cue[0] - 12), cue[0])
                    or _RELATIVE_SUBJECT_RE.search(t.text, max(f.end, cue[0] - 40), cue[0])
                    or _INVOLVED_IN_RE.match(t.text, cue[0])
                    or cue[3].casefold().endswith("ing") and not t.text[f.noun_end:cue[0]].strip()) \
            or _AUXILIARY_END_RE.search(t.text, max(0, cue[0] - 10), cue[0]):
        return cue  # ("127 missiles and 109 drones were launched by Russian forces, with … downing 102": a finite verb)
    finite = next((c for c in _in(t.metrics, cue[1], t.sentence_bounds(f.end)[1]) if c[2] != "launched"), None)
    # (the figures of the list the participle ends stand before it: "18 missiles and six Shahed drones launched by
    # Russia overnight were shot down")
    if finite is None or any(max(f.end, cue[0]) < g.start < finite[0] and not g.is_total for g in figures):
        return cue
    return finite


# Between a count of places struck and the weapons that struck them: "hit 12 locations with four missiles"
_PLACES_WITH_RE = re.compile(r"\s+(?:with|using)\s+"
                             r"(?:(?:a total of|some|about|around|nearly|almost|more than|over|at least)\s+)?",
                             re.IGNORECASE)
_WEAPONS_GAP_RE = re.compile(r",?\s+(?:and\s+)?|\s*,\s*")


def _strikes_places_with(t: Text, prev: Figure, f: Figure, cue: tuple) -> bool:
    """Whether a strike verb before a count of places is said of the weapons after them: "struck 12 locations with
    four missiles and 20 drones" (those weapons hit the places), the count right after the places or after such a
    count in its list."""
    if prev.sentence != f.sentence or prev.metric != "hit" or prev.start < cue[1] or prev.noun_end > f.start:
        return False
    if prev.item == "location":
        return _PLACES_WITH_RE.fullmatch(t.text, prev.noun_end, f.start) is not None
    return _WEAPONS_GAP_RE.fullmatch(t.text, prev.noun_end, f.start) is not None


def _resolve(cue: tuple, f: Figure) -> str:
    """A cue's metric; a strike verb is a launch when it comes before the figure ("Russia struck with 20
    missiles") and a hit when after it ("52 drones struck …") or when it is said of places ("… managed to
    strike 25 targets")."""
    if cue[2] != "strike":
        return cue[2]
    if f.wave and cue[0] >= f.end:
        return "launched"  # "A wave of at least 179 Shahed-type attack drones … struck four regions"
    if cue[0] >= f.end and f.before_cue is not None and f.before_cue[2] == "launched" and cue[3].startswith("to "):
        return "launched"  # "launched two S-200 missiles to strike the Crimean Bridge": what they were launched for
    return "hit" if cue[0] >= f.end or f.item == "location" or f.targets else "launched"


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
            return _resolve(found, f) if found else None
        if not BULLET_RE.match(line):
            return None
        pos = line_start - 1
    return None


def _place(t: Text, f: Figure, limit: int) -> None:
    """The figure's places (one gives a code, several only wording) and its launch area."""
    dashed = _aside_then_dash_place(t, f) if t.text.startswith(",", f.end) else None
    if dashed is not None:
        # "и еще один, летевший в том же направлении, — над Смоленской областью": the place past the clause and the dash
        places, lo, hi = [dashed], dashed[0], dashed[1]
    else:
        places, lo, hi = _places_of(t, f, limit)
    before = _in(t.regions, t.sentence_bounds(f.start)[0], f.start) \
        if not places and t.regions and (t.has_likewise or t.cyrillic and t.has_destination) else []
    if before and t.cyrillic and t.has_destination and _BOUND_VERB_BEFORE_RE.fullmatch(t.text, before[-1][1], f.start) \
            and _BOUND_PREPOSITION_RE.search(t.text, max(0, before[-1][0] - 14), before[-1][0]):
        # "Ночью на столицу летело 34 украинских БПЛА": the place they flew to, named before their verb and count
        places, lo, hi = before[-1:], before[-1][0], f.start
        f.bound_for = True
    elif len(before) > 1 and t.has_likewise and _LIKEWISE_RE.fullmatch(t.text, before[-2][1], before[-1][0]) \
            and _LIKEWISE_TAIL_RE.fullmatch(t.text, before[-1][1], f.start):
        # "Над Астраханской областью, как и над Волгоградской, ликвидировано 4 БПЛА": the count over each
        places, lo, hi = before[-2:], before[-2][0], f.start
        f.distributive = True
    places = _without_neighbours(t, places)
    f.places = places
    if len(places) > 1 and t.has_each and not t.cyrillic and places[-1][1] <= f.start \
            and _EACH_RE.search(t.text, places[-1][1], f.start) \
            and not (t.has_respectively and _RESPECTIVELY_AFTER_RE.match(t.text, f.end)):
        f.distributive = True  # "Kaluga and Novgorod Oblasts each saw 11 drones neutralized": 11 over each
    if places:
        codes = {lx.region_code(p[2]) for p in places}
        f.region_text = t.text[places[0][0]:places[-1][1]]
        several = len(codes) > 1 or _several_places_named(t, places, lo, hi) or _settlements_named(t, f, places) \
            or t.has_places_word and _AND_COUNTED_PLACES_RE.match(t.text, places[-1][1]) is not None \
            or _AND_ELSEWHERE_RE.match(t.text, places[-1][1]) is not None
        f.region = None if several else next(iter(codes))
    for start, _end, span in t.launches:
        if f.end <= start < limit:
            f.launch_area = span


def _without_neighbours(t: Text, places: list[tuple]) -> list[tuple]:
    """The places but those named as the neighbour of another ("над соседней с Татарстаном Оренбургской областью": the
    Orenburg region)."""
    if len(places) > 1 and t._has_any(_NEIGHBOUR_WORDS):
        kept = [p for p in places if not _NEIGHBOUR_RE.search(t.text, max(0, p[0] - 30), p[0])]
        if kept:
            return kept
    return places


def _settlements_named(t: Text, f: Figure, places: list[tuple]) -> bool:
    """Whether the figure's place is the region of several settlements it names first ("в районах населенных пунктов
    Белогоровка, Кременная Луганской Народной Республики", "near the settlement of Aleshki, Novaya Kakhovka, and Kairy
    in the Kherson Region"): the figure is theirs together, not the region's."""
    start = places[0][0]
    # (looked for between the count and its place only)
    cue = _SETTLEMENTS_RE.search(t.text, f.end, start) if f.end < start else None
    if cue is None:
        return False
    names = t.text[cue.end():start].rstrip().removesuffix(",")  # ("the settlement of Orekhov, Zaporozhye region": one)
    return "," in names or " и " in names or " and " in names or " і " in names


def _several_places_named(t: Text, places: list[tuple], lo: int, hi: int) -> bool:
    """Whether a word for several places ("регионах", "областями") stands between `lo` and `hi` outside the given
    places: "в российских регионах" counts, "над Курской и Воронежской областями" (the word of places named) does not."""
    return t.has_places_word and any(not any(p[0] <= m.start() < p[1] for p in places)
                                     and not _other_places_apart(t, places, m.start())
                                     for m in _PLACES_RE.finditer(t.text, lo, hi))


def _other_places_apart(t: Text, places: list[tuple], at: int) -> bool:
    """Whether a word for places at `at` names other places, in a clause after the figure's place: "11 – над Кримом, а
    також інциденти сталися в інших регіонах" (not "11 над Кримом та іншими регіонами": those are the figure's too)."""
    return bool(places) and places[-1][1] <= at and _OTHER_BEFORE_RE.search(t.text, max(0, at - 12), at) is not None \
        and "," in t.text[places[-1][1]:at]


def _places_of(t: Text, f: Figure, limit: int) -> tuple[list[tuple], int, int]:
    """Places named after the figure, before the next figure (but those a list names before the next count and a
    dash: "…, над Брянской – 19"), else those before the figure and a dash; with the span they were found in."""
    if not t.regions:
        return [], f.start, f.start  # (a text that names no place)
    if not t.cyrillic:
        named = _place_then_count(t, f)
        if named and _WITH_RE.fullmatch(t.text, named[-1][1], f.start) and _own_place_after(t, f, limit):
            # "in the Bryansk region, with five more falling in the Moscow region", "over Tambov, Crimea, and Kursk,
            # with two each over Tambov and Crimea": the places after the count are its own
            named = []
        if named:
            return named, named[0][0], f.start
    places = _in(t.regions, f.end, limit)
    # (the places before the figure are looked for only when some place is named before it)
    if places and t.next_break(f.end, places[0][0]) < places[0][0] and t.regions[0][0] < f.start:
        before = _places_before(t, f)
        if not before and "," in t.text[f.end:places[0][0]]:
            before = _clause_places(t, f)
        if before:  # "над Ростовской областью – 44, в небе над Краснодарским краем сбили 6"
            return before, before[0][0], f.start
    if not places:
        return _places_not_after(t, f)
    if len(places) > 1:
        cyrillic = _CYRILLIC_RE.search(t.text, places[0][0], places[0][1])
        aside = (_ASIDE_CYRILLIC_RE if cyrillic else _ASIDE_RE).search(t.text, places[0][1], places[-1][0]) \
            or (None if cyrillic else _COAST_ASIDE_RE.search(t.text, places[0][1], places[-1][1]))
        if aside:
            # (past a place joined after the aside with a preposition of its own, the figure's places go on: "над
            # акваторией Черного моря вблизи побережья Крыма и в Туапсинском районе Краснодарского края")
            resume = _AND_PLACE_AFTER_ASIDE_RE.search(t.text, aside.end(), places[-1][0]) if cyrillic else None
            if not cyrillic and aside.group(0).lower() in ("that", "which"):
                later = next(p for p in places if p[0] >= aside.end())
                resume = _AND_PLACE_AFTER_CLAUSE_RE.search(t.text, aside.end(), later[0])
            places = [p for p in places if p[0] < aside.start() or resume is not None and p[0] >= resume.end()]
    if len(places) > 1 and "followed" in t.lowered:
        # "24 were destroyed in the Moscow region, followed by Crimea, where 22 …": the places of the ranking's next line
        after = _FOLLOWED_BY_RE.search(t.text, places[0][1], places[-1][0])
        if after is not None:
            places = [p for p in places if p[0] < after.start()]
    if len(places) > 1 and " of " in t.lowered:
        # "its Black Sea port of Novorossiysk": the sea names the port, the port is the place
        kept = [p for p in places if not _PORT_OF_RE.match(t.text, p[1])]
        places = kept or places
    if len(places) > 1 and _may_be_bound(t, f, places):
        # "5 over the Moscow region flying to Moscow", "boats heading toward Crimea were destroyed in the Black Sea":
        # the place they were flying to is not a second place of theirs
        bound = [bool(_DESTINATION_RE.search(t.text, max(f.end, p[0] - 40), p[0])) or t.text.startswith("-bound", p[1])
                 for p in places]  # ("three Crimea-bound sea drones in … the Black Sea")
        for k in range(1, len(places) * (not t.cyrillic)):
            # "targeting the Moscow and Tver regions": the places joined to a destination by "and" are destinations too
            bound[k] = bound[k] or bound[k - 1] and _AND_JOINED_RE.fullmatch(t.text, places[k - 1][1], places[k][0]) is not None
        if not all(bound):
            places = [p for p, b in zip(places, bound, strict=True) if not b]
    if len(places) > 1:
        verbs = _in(t.metrics, places[0][1], places[-1][0])
        if verbs:  # "По 6 БПЛА уничтожены – над Ленинградской и Тульской областями, также БПЛА сбиты над Орловской"
            places = [p for p in places if p[0] < verbs[0][0]]
            limit = verbs[0][0]
    if len(places) > 1 and t.cyrillic:
        for k, p in enumerate(places[1:], 1):
            opener = _CLAUSE_PLACE_RE.search(t.text, places[k - 1][1], p[0])
            if opener is not None and opener.end() == p[0] and _in(t.metrics, p[1], limit):
                # "отразили в столичном регионе, в Ярославской области ликвидировали восемь БПЛА": the next clause's
                places, limit = places[:k], opener.start()
                break
    if len(places) > 1 and t.cyrillic and "а также" in t.lowered:
        clause = _ALSO_CLAUSE_RE.search(t.text, places[0][1], places[-1][0])
        if clause:
            # "три — над Воронежской, а также зафиксированы перехваты в Волгоградской, …": another clause's places
            places = [p for p in places if p[0] < clause.start()]
            limit = clause.start()
    if len(places) > 1:
        contrast = _CONTRAST_RE.search(t.text, places[0][1], places[-1][0])
        if contrast and _in(t.metrics, contrast.end(), limit):
            # "два БПЛА уничтожили в Курской области, а в Белгородской … нейтрализовали": the other clause's places
            places = [p for p in places if p[0] < contrast.start()]
            limit = contrast.start()
    if places and t.has_paren and (paren := _PAREN_COUNT_RE.match(t.text, places[-1][1])) \
            and not _BOUND_IN_BRACKET_RE.match(t.text, paren.end()):
        # (not a bracket of those bound for a place: "по 3 — в Орловской области и Московском регионе (2 … двигались в
        # сторону Москвы)")
        places = []  # "14 БПЛА … над территориями Белгородской области (11 БПЛА) и Курской области (3 БПЛА)": theirs
    if places and _country_and(t, f.end, places[0][0]):
        places = []  # "40 беспилотников над территорией России и акваторией Черного моря": no one region
    if places and _words_between(t, _MOST_NEEDLES, f.end, places[0][0]) \
            and _MOST_OF_THEM_RE.search(t.text, f.end, places[0][0]):
        places = []  # "27 drones over Russia, most of them over the Kursk region": most, not all, were there
    if places and _words_between(t, _COUNTRY_PART_NEEDLES, f.end, places[0][0]) \
            and _COUNTRY_PART_RE.search(t.text, f.end, places[0][0]):
        # "launched 36 drones against southern Ukraine overnight, damaging infrastructure in the Odesa region": the
        # figure's is a part of the country, the region only one place in it
        places = []
    if places and t.scopes and _SCOPE_PLACE_RE.search(t.text, f.end, places[0][0]):
        places = []  # "123 беспилотника … над российской территорией, в том числе над Москвой": some of them there
    if places and _words_between(t, _REST_NEEDLES, f.end, places[-1][0]):
        rest = _REST_WORD_RE.search(t.text, f.end, places[-1][0])
        if rest:
            places = [p for p in places if p[0] < rest.start()]  # "по одному … в Курской, остальные в Белгородской"
            limit = rest.start()
    if places and not t.cyrillic and t._has_any(_AUTHORITY_WORDS):
        # "shot down 18 missiles …, the Kyiv city administration said": the name of who said it, no place of the figure
        places = [p for p in places if not _AUTHORITY_AFTER_RE.match(t.text, p[1])]
    if places and t.cyrillic and f.end < places[-1][0] \
            and (said := _SAID_AFTER_DASH_RE.search(t.text, f.end, places[-1][0])):
        # "35 БПЛА было выпущено по территории Украины, – сказал он на брифинге в Киеве": where it was said
        places = [p for p in places if p[0] < said.start()]
    if places and t.has_possessive:
        # "Kyiv's Air Force said" (but "over Kyiv's airspace", "in Odesa's skies": the place's own sky)
        places = [p for p in places if not t.text.startswith(_POSSESSIVE, p[1]) or _OWN_SKY_RE.match(t.text, p[1] + 3)]
    if places and _may_be_bound(t, f, places) and all(_DESTINATION_RE.search(t.text, max(f.end, p[0] - 40), p[0])
                                                      or t.text.startswith("-bound", p[1]) for p in places):
        if t.scopes and _in(t.scopes, f.end + 4, places[0][0]):
            places = []  # "34 беспилотников …, в том числе летевшие на Москву": some of them were bound there
        else:
            f.bound_for = True  # "12 БПЛА, которые летели в сторону Москвы"
    if places and _DASH_BEFORE_RE.fullmatch(t.text, places[-1][1], limit):
        # (the list item's places are all those joined before its dash: "…, над Новгородской, Рязанской и Тамбовской
        # областями — по два")
        k = len(places) - 1
        while k and _JOINED_RE.fullmatch(t.text, places[k - 1][1], places[k][0]):
            k -= 1
        i = bisect_left(t.breaks, places[k][0])
        if not i or t.breaks[i - 1] <= f.end:
            i = bisect_left(t.breaks, places[-1][0])
        cut = t.breaks[i - 1]
        places = [p for p in places if p[1] <= cut]
    if places and t.cyrillic and _opens_next_clause(t, f, places, limit):
        places = []  # "уничтожили 32 беспилотника, над Калужской областью было сбито пять БПЛА": the next count's
    elif places and t.cyrillic and (cue := f.after_cue or f.before_cue) is not None and cue[2] != "hit" \
            and (verbs := _in(t.metrics, f.end, places[0][0])) and verbs[-1][2] == "hit" \
            and "," in t.text[max(f.end, cue[1]):verbs[-1][0]]:
        places = []  # "збили 20 дронів, є влучання у Сумах": the place of the hits of the clause after the comma
    elif places and not t.cyrillic and "," in t.text[f.end:places[-1][0]]:
        # "12 drones were destroyed, while in the Bryansk Region, five were shot down": the next count's
        places = places[:_next_clause_place(t, f, places, limit)]
    if places:
        return places, f.end, limit
    return _places_not_after(t, f)


def _words_re(words: tuple[str, ...]) -> re.Pattern:
    """An expression of casefolded words, for `_words_between`."""
    return re.compile("|".join(map(re.escape, words)))


# The words one of which is in every match of an expression below, for a look in C before it is tried
_DESTINATION_NEEDLES = _words_re(_DESTINATION_WORDS)  # (`_DESTINATION_RE`, and "-bound")
_COUNTRY_NEEDLES = _words_re(_COUNTRY_WORDS)  # (`_COUNTRY_AND_RE`)
_MOST_NEEDLES = _words_re(_MOST_WORDS)  # (`_MOST_OF_THEM_RE`)
_REST_NEEDLES = _words_re(_REST_WORDS)  # (`_REST_WORD_RE`)
_COUNTRY_PART_NEEDLES = _words_re(_COUNTRY_PART_WORDS)  # (`_COUNTRY_PART_RE`)


def _words_between(t: Text, words: re.Pattern, start: int, end: int) -> bool:
    """Whether one of the words of `words` (`_words_re`) stands in the casefolded text between `start` and `end`, a look
    that costs less than trying a case-blind expression there (always true on a text whose casefolding moves its
    letters or may match otherwise than the expression)."""
    lowered = t.lowered
    return not t.plain or len(lowered) != len(t.text) or words.search(lowered, start, end) is not None


def _country_and(t: Text, start: int, end: int) -> bool:
    """Whether the whole country and a place are named before `end` ("над территорией России и акваторией Черного
    моря", `_COUNTRY_AND_RE`), its words looked for between `start` and `end` first."""
    return _words_between(t, _COUNTRY_NEEDLES, start, end) and _COUNTRY_AND_RE.search(t.text, start, end) is not None


def _may_be_bound(t: Text, f: Figure, places: list[tuple]) -> bool:
    """Whether one of the places after a figure may be where its weapons were bound for (`_DESTINATION_RE`, "Crimea-bound"):
    not when no word of `_DESTINATION_WORDS` stands between the figure and the end of its places (looked for there only,
    which costs less than over the whole text)."""
    return _words_between(t, _DESTINATION_NEEDLES, f.end, places[-1][1] + len("-bound"))


def _places_not_after(t: Text, f: Figure) -> tuple[list[tuple], int, int]:
    """A figure's places when none after it are its own: the object of a verb of attacking, those a list item names
    before its count and a dash, or those of the clause before or of its own clause's opening."""
    if t.regions[0][0] >= f.start:
        return [], f.start, f.start  # (each of those is named before the figure: no place is)
    attacked = _attacked_place(t, f)
    if attacked:
        return attacked, attacked[0][0], f.start
    places = _places_before(t, f)
    if not places and t.cyrillic and _clause_before(t, f) is not None:
        places = _clause_places(t, f)  # "подверглась Самарская область, где сбили 20 беспилотников"
    elif not places and t.cyrillic and _opens_clause(t, f):
        places = _clause_places(t, f)  # "…, над Калужской областью было сбито пять БПЛА"
    if not places and t.cyrillic and f.sentence > 1 and _THERE_OPENS_RE.match(t.text, f.sentence):
        # "Наибольшее количество целей пролетали над Крымом. Там сбили 12 беспилотников": the one place just named
        before = _in(t.regions, t.sentence_bounds(f.sentence - 2)[0], f.sentence)
        if before and len({lx.region_code(p[2]) for p in before}) == 1:
            places = before
    return places, (places[0][0] if places else f.start), f.start


# "Там" (there) opening a sentence: the place of the sentence before (and "Туди", "Туда", thither: "…атакувала аеродром
# поблизу Кропивницького. Туди влучили дві ракети")
_THERE_OPENS_RE = re.compile(r"\s*(?:Там|Туди|Туда)(?!\w)")


def _attacked_place(t: Text, f: Figure) -> list[tuple]:
    """The one place a verb of attacking names as its object right before the figure ("обстріляли Одеську область з
    19 ракет", "attacked the Odesa region with 19 drones"), or right before the verb ("столицю атакували 12 ракет")."""
    cue = f.before_cue
    if cue is None or cue[2] not in ("launched", "strike") or not _ATTACK_VERB_RE.fullmatch(cue[3]):
        return []
    places = _in(t.regions, cue[1], f.start)
    if not places:
        before = _in(t.regions, t.sentence_bounds(cue[0])[0], cue[0])
        if before and _PLACE_BEFORE_ATTACK_RE.fullmatch(t.text, before[-1][1], cue[0]) \
                and _WITH_AFTER_PLACE_RE.fullmatch(t.text, cue[1], f.start):
            return before[-1:]
        return []
    if len(places) != 1 or not _WITH_AFTER_PLACE_RE.fullmatch(t.text, places[0][1], f.start) \
            or not _OBJECT_BEFORE_PLACE_RE.fullmatch(t.text, cue[1], places[0][0]):
        return []
    return places


def _respectively(t: Text, figures: list[Figure]) -> None:
    """"45 drones and 3 missiles …, 40 and 2 of which respectively were shot down": the bare numbers before
    "respectively" take, in order, the items of as many figures named before them."""
    for m in _RESPECTIVELY_RE.finditer(t.text):
        sentence = t.sentence_bounds(m.start())[0]
        listed = [f for f in figures if f.sentence == sentence and f.count is not None and f.end <= m.end() + 40]
        places = _in(t.regions, sentence, listed[0].start) if listed else []
        codes = list(dict.fromkeys(lx.region_code(p[2]) for p in places))
        if len(listed) >= 2 and len(codes) == len(listed) and None not in codes \
                and all(f.region is None for f in listed):
            # "над Орловской и Брянской областями … — 16 и 13 соответственно": the places in order
            texts: dict[str | None, str] = {}
            for p in places:
                texts.setdefault(lx.region_code(p[2]), p[2])
            for f, code in zip(listed, codes, strict=True):
                f.region, f.region_text = code, texts[code]
        bare = [f for f in figures if f.sentence == sentence and not f.explicit and f.count is not None]
        if len(bare) < 2:
            continue
        named = [f for f in figures if f.explicit and f.end <= bare[0].start]
        if len(named) < len(bare):
            continue
        for f, source in zip(bare, named[-len(bare):], strict=True):
            f.item, f.item_model, f.explicit = source.item, None, True


def _paired_places(t: Text, figures: list[Figure]) -> None:
    """Counts joined by "и", "та", "and" that as many places named with them share out in order: "В Нижегородской и
    Липецкой областях перехвачено 4 и 3 беспилотника", "по 17 и 12 БПЛА … над Белгородской и Воронежской областями",
    "еще 14 и 10 — над Ростовской и Курской областями" (the places before the counts in their clause, else after)."""
    i = 0
    while i < len(figures):
        j = i
        while figures[j].shares_noun and j + 1 < len(figures) and figures[j + 1].sentence == figures[i].sentence:
            j += 1
        run, previous, first_index = figures[i:j + 1], figures[i - 1] if i else None, i
        following = figures[j + 1] if j + 1 < len(figures) else None
        i = j + 1
        if len(run) < 2 or any(f.count is None for f in run):
            continue
        lo, hi = t.sentence_bounds(run[0].start)
        if previous is not None and previous.sentence == run[0].sentence:
            lo = previous.end
        if following is not None and following.sentence == run[0].sentence:
            hi = following.start
        respectively = t.has_respectively and _RESPECTIVELY_RE.search(t.text, run[-1].end, min(hi, run[-1].end + 40))
        if any(f.region is not None for f in run) and not respectively:
            continue  # (places of their own, unless "respectively" shares out the places named before them)
        before = _in(t.regions, lo, run[0].start)
        if not respectively:
            before = _located(t, before, lo)  # "Bryansk and Belgorod Oblasts recorded 23 and 21 respectively"
        if before and previous is not None and previous.sentence == run[0].sentence:
            # (not the places earlier counts of the sentence took: "по 29 и 15 БПЛА … над Брянской и Белгородской
            # областями, по 13 и 10 — над Ярославской и Новгородской")
            claimed = {p[0] for g in figures[:first_index] if g.sentence == run[0].sentence for p in g.places}
            before = [p for p in before if p[0] not in claimed]
        for places in (before, _in(t.regions, run[-1].end, hi)):
            codes = list(dict.fromkeys(lx.region_code(p[2]) for p in places))
            if len(codes) != len(run) or None in codes:
                continue
            first: dict[str | None, tuple] = {}
            for p in places:
                first.setdefault(lx.region_code(p[2]), p)
            for f, code in zip(run, codes, strict=True):
                f.region, f.region_text, f.places, f.distributive = code, first[code][2], [first[code]], False
            break


def _of_all_kinds(t: Text, before: list[Figure], f: Figure, source: Figure) -> str | None:
    """"N of them" larger than the figure it would take its noun from, after figures of drones and of
    missiles that hold it together: it counts them all (`air_weapon`); after kinds of one group in its sentence, the
    item they share, else the group's word."""
    # (or "of which": "eight Shahed-type drones, two Iskander missiles and three S-300 missiles were launched, four of
    # which were shot down")
    if f.count is None or source.count is None or f.count <= source.count \
            or not (_OF_THEM_RE.match(t.text, f.end) or _OF_WHICH_RE.match(t.text, f.end)
                    or _OF_WHICH_BEFORE_RE.search(t.text, max(0, f.start - 20), f.start)):
        return None
    named = [(ITEM_GROUP_OF[g.item], g.count) for g in before
             if g.explicit and g.count is not None and g.item in ITEM_GROUP_OF and not g.is_breakdown]
    if len({group for group, _ in named}) > 1:
        return "air_weapon" if f.count <= sum(count for _, count in named) else None
    # "six Kinzhal and ten Iskander-M missiles, 12 of which were shot down": of both models; "20 Kh-101 and eight
    # Iskander-M missiles, of which 25 were downed": missiles
    kinds = [g for g in before if g.explicit and g.count is not None and g.sentence == f.sentence
             and g.item in ITEM_GROUP_OF and not g.is_breakdown]
    if len(kinds) < 2 or f.count > sum(g.count or 0 for g in kinds) or len({(g.item, g.item_model) for g in kinds}) < 2:
        return None
    items = {g.item for g in kinds}
    return items.pop() if len(items) == 1 else {"drones": "drone", "missiles": "missile"}[ITEM_GROUP_OF[source.item]]


# Between a count's place and the next count with no verb: "five … falling over Bryansk Oblast and one over …"
_NEXT_COUNT_GAP_RE = re.compile(r",?\s+(?:and\s+)?")


_MORE_AFTER_RE = re.compile(r" more(?!\w)(?!\s+(?:than|of)\s)")


def _after_own_count(t: Text, prev: Figure, f: Figure) -> bool:
    """Whether a count with no verb of its own follows, in an English retelling, the place of the sentence's own count
    before it ("with five of these drones falling over Bryansk Oblast and one over Moscow Region territory"): the
    sentence's own figure as that one is, not a line of the Ministry's list."""
    assert t.list_line is not None  # (asked on a list line only)
    return prev.sentence == f.sentence and bool(prev.places) and prev.count is not None and not prev.is_breakdown \
        and not prev.listed and prev.explicit and prev.item == t.list_line[1] \
        and _NEXT_COUNT_GAP_RE.fullmatch(t.text, prev.places[-1][1], f.start) is not None


# The preposition before a count of the carriers weapons were fired from: "from eight bombers", "з двох кораблів"
_CARRIER_FROM_RE = re.compile(r"(?<!\w)(?:from|з|із|зі|с|со|из)\s+(?:the\s+)?$", re.IGNORECASE)


def _link(t: Text, figures: list[Figure]) -> None:
    """Items and metrics from the context, breakdowns, launch areas, metric fixes, quotes."""
    _choose_metric(t, figures)
    if t.has_respectively:
        _respectively(t, figures)
    if t.regions and any(f.shares_noun for f in figures):
        _paired_places(t, figures)
    scope_parent: Figure | None = None
    last_explicit: Figure | None = None
    for i, f in enumerate(figures):
        prev = figures[i - 1] if i else None
        # (a scope word right after a count that splits nothing in the text is that count's own: "Семь из них были
        # уничтожены в Брянской области, три в Орловской"; not after a comma, where it opens the count's own parts:
        # "Всего уничтожены 9 БПЛА, в том числе два над …")
        scoped = bool(t.scopes) and (prev is not None and _scope_between(t, f, lo := prev.end + 2 * (not prev.is_breakdown))
                                     and _scope_between(t, f, _after_digit_sentence(t, lo, f.start))
                                     or bool(after := _in(t.scopes, f.end, f.end + 14))
                                     and not _in(t.scopes, t.sentence_bounds(f.start)[1], f.end + 14)
                                     and "," not in t.text[f.end:after[0][0]])
        if not scoped and prev is not None and prev.joined and prev.sentence == f.sentence and prev.scoped:
            scoped = True  # "Среди них — 510 беспилотников, шесть баллистических и 32 крылатые ракеты"
        elif not scoped and prev is not None and prev.scoped and prev.sentence == f.sentence and f.after_cue is None \
                and f.item in DRONE_ITEMS and prev.item in DRONE_ITEMS \
                and _REST_AFTER_PART_RE.fullmatch(t.text, prev.noun_end, f.start):
            scoped = True  # "з них 70 – «шахеди», решта 50 – імітатори", "…, а 50 – дрони-обманки": the next share
        scoped = scoped or f.share
        f.scoped = scoped
        in_list = scope_parent is not None and (scope_parent.sentence == f.sentence or f.bullet) \
            and not (t.has_paren and _bracket_closed_before(t.text, scope_parent, f.start))
        list_parent = scope_parent if in_list else None  # (the figure it is listed under)
        if not f.explicit and f.metric in PEOPLE_METRICS and any(c is not None and c[2] == f.metric
                                                                  for c in (f.after_cue, f.before_cue)):
            f.item = "people"  # "…вдарили по Києву дронами, наразі відомо про трьох загиблих": people, not drones
        elif not f.explicit:
            mentioned = None
            # (not the carriers the weapons came from: "fired 30 cruise missiles from eight bombers, of which 27 were
            # destroyed": the missiles)
            same = [g for g in figures[:i] if g.explicit and g.sentence == f.sentence and g is not scope_parent
                    and not (g.item in TARGETS and _CARRIER_FROM_RE.search(t.text, max(0, g.start - 10), g.start))]
            source = same[-1] if same else scope_parent if in_list else last_explicit
            if same and list_parent is not None and list_parent.start > same[-1].start:
                source = scope_parent  # "two missiles and two fighter jets — one over …": the list's, the last named
            if same and f.joined and i + 1 < len(figures) and figures[i + 1].explicit \
                    and _OTHERS_RE.match(t.text, f.end):
                # "60 drones and one missile were intercepted, but 16 others and six missiles hit": the others are of
                # the kind before that the next count does not name
                source = next((g for g in reversed(same) if g.item != figures[i + 1].item), source)
            of_next = f.of_next and i + 1 < len(figures) and figures[i + 1].explicit
            label = _dash_label(t, f, figures) if _LABEL_DASH_RE.search(t.text, max(0, f.start - 4), f.start) else None
            if of_next:
                source = figures[i + 1]
            elif label is not None:
                source = mentioned = label  # "…, баллистические ракеты Искандер-М — 4": the weapon of its own list item
                f.quote_start = min(f.quote_start, label.start)
            elif source is None or source.sentence != f.sentence and not in_list:
                mentioned = _mentioned_item(t, figures, f)
                source = mentioned or source
            if source is None and (f.before_cue is not None and t.next_break(f.before_cue[1], f.start) >= f.start
                                   or f.before_cue is None and f.after_cue is not None and f.after_cue[0] >= f.end
                                   and f.after_cue[2] in DEFENCE_METRICS and not t.text[f.end:f.after_cue[0]].strip()):
                # ("18 сбиты авиацией …, еще один ударный БпЛА вернулся в россию": the same, with the verb after)
                # "intercepted and downed 33, while 34 drones vanished from radar": the item named next in the sentence
                source = next((g for g in figures[i + 1:] if g.explicit and g.sentence == f.sentence), None)
            if source is not None:
                # "Four of six Iskander-M ballistic missiles": the model of the whole is the part's
                # (not when the whole counts several kinds: "61 out of 103 drones, including the Shahed-type ones")
                # "16 Shahed UAVs out of 18 launched": the whole named after its part is of the part's model
                whole = source.end <= f.start and _QUOTED_OUT_OF_RE.fullmatch(t.text, source.noun_end, f.start) is not None
                # "три «Шахеди» збили над Миколаївщиною та один — над Одеською": a count joined to its source's list
                same_list = source.metric is not None and source.sentence == f.sentence and (
                    _AND_BEFORE_RE.search(t.text, max(0, f.start - 6), f.start) is not None
                    # "five Shahed-136 drones over Mykolaiv Oblast, four over Odesa Oblast": places, each with its count
                    or bool(source.places) and bool(f.places) and source.places[0][0] > source.start
                    and f.places[0][0] > f.start and t.text.endswith(", ", 0, f.start))
                # "15 Shahed-136/131 attack UAVs …, 14 of which were shot down": a part of the figure named before
                part_of = source.end <= f.start and (_OF_WHICH_RE.match(t.text, f.end) is not None
                                                     or _OF_WHICH_BEFORE_RE.search(t.text, max(0, f.start - 20), f.start)
                                                     is not None)
                # "сбиты 40 «шахедов», в том числе 15 над Одесской областью": a part of it the sentence counts, of its model
                including = source.end <= f.start and source.sentence == f.sentence \
                    and _INCLUDING_BEFORE_RE.search(t.text, max(0, f.start - 24), f.start) is not None
                # "уничтожил три ракеты «ATACMS», две – достигли цели": the rest of those shot down, of their model
                rest = f.metric == "hit" and source.metric in DEFENCE_METRICS and source.sentence == f.sentence
                # "the enemy used 24 Shaheds. All 24 were destroyed": the same weapons again
                again = source.count == f.count and _ALL_RE.search(t.text, max(0, f.start - 12), f.start) is not None
                # "launched 62 Shahed-type drones overnight, with Ukrainian defenses shooting down 40": some of those
                # launched, the sentence's one figure before
                shot = source.metric == "launched" and f.metric in DEFENCE_METRICS and same == [source] \
                    and source.count is not None and f.count is not None and f.count <= source.count
                # "shot down eight Ukrainian drones headed for Moscow …, from a total of 90": the whole of that part
                total = source.end <= f.start and source.sentence == f.sentence and f.metric is None and not whole \
                    and _OF_A_TOTAL_RE.search(t.text, max(source.end, f.start - 30), f.start) is not None
                if total:
                    f.metric = source.metric
                # "знищено 13 «шахедів»: 12 – силами ППО Повітряних сил, ще один – …": the whole's, split by the forces
                by_forces = in_list and _BY_FORCES_RE.match(t.text, f.end) is not None
                # "Из 27 ракет Х-101 ПВО сбила 16": a part of the whole that opens its sentence, of its model
                fronted = source.is_total and source.end <= f.start and source.sentence == f.sentence \
                    and _FROM_TOTAL_RE.search(t.text, max(0, source.start - 45), source.start) is not None
                # "сбиты 23 «шахеда» – 6 в Херсонской области и 17 в Одесской": each place's count listed under it
                listed_under = in_list and source is scope_parent
                # "Четыре ракеты Х-59. Три из них сбиты, ещё одна упала": the rest of the whole its sentence's part was
                # taken from, of that whole's model
                rest_of_them = prev is not None and not prev.explicit and prev.sentence == f.sentence \
                    and prev.item_model is not None and (prev.item, prev.item_model) == (source.item, source.item_model) \
                    and _OF_WHICH_RE.match(t.text, prev.end) is not None
                # "Сбиты две ракеты Х-59, ещё одна не достигла цели": one more of the model just counted in its sentence
                more_of_it = source.item_model is not None and source.sentence == f.sentence and source.end <= f.start \
                    and f.count is not None and _MORE_RE.search(t.text, max(0, f.start - 8), f.start) is not None
                f.item, f.item_model = source.item, source.item_model if (of_next or whole or same_list or part_of
                                                                          or rest or again or shot or total
                                                                          or source is mentioned or by_forces
                                                                          or fronted or listed_under or rest_of_them
                                                                          or more_of_it or including) \
                    and (not source.mixed or of_next and source.including_model is None) else None
                if whole and source.metric in DEFENCE_METRICS and (f.after_cue is None or f.after_cue[2] == "launched"):
                    # "знищено п'ять «шахедів» із семи": the seven were launched (and "знищили 81 дрон «Шахед» з 112,
                    # які запустили росіяни": a launch said of the whole in a clause of its own)
                    f.metric = "launched"
                elif whole and source.metric == "launched" and f.after_cue is not None \
                        and f.after_cue[2] == "launched" and source.item in MISSILE_ITEMS - {"missile"} \
                        and source.item_model is None and not source.is_breakdown:
                    # "применив 28 баллистических ракет из 37 запущенных": one kind, a part of all the missiles launched
                    f.item, f.item_model, source.is_breakdown = "missile", None, True
                if (kinds := _of_all_kinds(t, figures[:i], f, source)) is not None:
                    f.item, f.item_model = kinds, None  # "472 drones and seven missiles …, it neutralized 385 of them"
                if f.metric is None and (in_list or scoped or f.bullet or same_list and t.list_line is None):
                    f.metric = source.metric  # (and "four S-300 missiles from Belgorod and one from Donetsk")
        if f.metric is None and f.metric_from_list and list_parent is not None:
            f.metric = list_parent.metric
        elif f.metric is None and f.metric_from_list:
            f.metric = f.metric_from_list
        if f.metric in PEOPLE_METRICS and f.item is None:
            f.item = "people"
        if f.item is not None and f.metric is None and (scoped or in_list):
            # "З них близько 350 – «шахеди»": the verb of the figure it splits.
            under = [g for g in reversed(figures[:i]) if g.metric and g.item and
                     (f.item == g.item or f.item in GENERIC.get(g.item, ()))]
            f.metric = under[0].metric if under else None
        if f.metric is None and f.share and t.share_line is not None:
            # "близько 80 з них – «шахеди»" with no verb: by the form of the source's statements, of those launched
            f.metric, f.listed = t.share_line, True
        if f.metric is None and f.item == "air_weapon" and f.explicit and f.opens_scope and t.share_line is not None:
            # "449 засобів повітряного нападу – 19 ракет …" with no verb: the source's tally of an attack, as its shares
            f.metric = t.share_line
        if f.metric is None and f.explicit and list_parent is not None and list_parent.metric == t.share_line \
                and list_parent.item == "air_weapon" and t.share_line is not None:
            f.metric = list_parent.metric  # the parts listed after that tally
        if f.metric is None and prev is not None and prev.metric is not None and prev.sentence == f.sentence \
                and f.item in (None, prev.item) and prev.item is not None and not t.cyrillic \
                and t.text.startswith(" more", f.end) and _MORE_AFTER_RE.match(t.text, f.end) \
                and not (f.places and f.places[0][0] > f.end):  # (not a list's line, "two more over Crimea")
            # "Kaluga Oblast reported seven drone interceptions, while Rostov Oblast … saw four more": more of the same
            f.metric, f.item = prev.metric, prev.item
        if f.metric is None and f.item is None and t.list_line is not None and f.count is not None \
                and _BOUND_COUNT_RE.match(t.text, f.end) and f.places:
            # "Из них два летели на Москву", "17 of them were targeting Volgograd Oblast": the Ministry's count of those
            # bound for a place, a part of its total
            f.metric, f.item, f.bound_for = t.list_line[0], t.list_line[1], True
        if t.list_line is not None and (f.metric is None or f.item is None and f.metric == t.list_line[0]
                                        and f.before_cue is None
                                        or f.item == t.list_line[1] and f.metric == t.list_line[0]
                                        and (f.before_cue is None or _verb_past_full_stop(t, f))
                                        and f.after_cue is None and t.cyrillic
                                        and _DASH_AFTER_RE.match(t.text, f.noun_end) is not None
                                        or f.item == t.list_line[1] and f.metric == t.list_line[0] and t.cyrillic
                                        and _FELL_TO_RE.match(t.text, f.noun_end) is not None
                                        or f.item == t.list_line[1] and f.metric == t.list_line[0] and t.cyrillic
                                        and f.places and f.places[-1][1] <= f.start
                                        and (_DASH_PLACE_RE.fullmatch(t.text, f.places[-1][1], f.start) is not None
                                             or _FELL_BEFORE_RE.fullmatch(t.text, f.places[-1][1], f.start) is not None)
                                        and _MOST_OF_ALL_RE.search(t.text, f.sentence, f.start) is None) \
                and _list_line(t, f):
            # (and with its noun: "3 БПЛА – над Белгородской областью и по одному БПЛА уничтожено над …")
            # (and after a verb before the list, a place and a dash: "дроны сбивали над Курской - 12, Брянской - 5")
            # (a verb later in the sentence lends its metric but no item: "Из них 8 штук — над Брянской областью, 7 —
            # над Белгородской и Курской, по два БПЛА сбили над …")
            # (but not after the place of the sentence's own count, in English: "with five of these drones falling over
            # Bryansk Oblast and one over Moscow Region territory", `_after_own_count`)
            listed = prev is None or t.cyrillic or not _after_own_count(t, prev, f)
            f.metric, f.is_breakdown, f.listed = t.list_line[0], listed, listed
            if f.item is None:
                f.item = t.list_line[1]
        if f.metric is None and f.item is None and t.list_line is not None and f.count is not None and f.places \
                and not t.cyrillic and f.places[0][0] > f.end and _between_dashes(t, f):
            # "The highest number - 73 - was recorded in Bryansk region": the Ministry's count over the place most struck,
            # with no verb of bringing down, the sentence's own figure
            f.metric, f.item = t.list_line[0], t.list_line[1]
        if f.metric is None and t.list_line is not None and f.item == t.list_line[1] and f.places \
                and f.places[0][0] > f.noun_end and _WERE_OVER_RE.fullmatch(t.text, f.noun_end, f.places[0][0]):
            # "Forty-six of the drones were over the Kursk region": the Ministry's count over a place, told with "were"
            f.metric = t.list_line[0]
        if f.metric is None and f.explicit and f.item in _TALLIED and not t.metrics and t.tally_line and not t.denied:
            f.metric = t.tally_line  # "21 крилату ракету Іскандер-К": a line of the Air Force's list of an attack
        if f.metric is None and f.explicit and f.before_cue is None and f.after_cue is None and t.list_line is not None \
                and ("attempt" in t.lowered or "tried" in t.lowered) and _ATTEMPT_WITH_RE.search(t.text, f.sentence, f.start):
            # "the attempted terrorist attack … with the use of two UAVs was thwarted", with a verb of shooting down only
            # in another sentence: the weapons the attack used
            f.metric = "launched"
        if f.metric is None and f.explicit and f.item in _TALLIED and f.sentence and (
                _TOTAL_OPENING_RE.fullmatch(t.text, f.sentence, f.start)
                or prev is not None and prev.sentence == f.sentence and prev.total_after_launch and prev.metric):
            # "Ворог атакував ударними БпЛА та ракетами. Всього 35 ударних БпЛА.": a sentence of a total with no
            # verb, after a sentence whose only verbs are of launching: the weapons launched
            lo = f.sentence
            plo = t.sentence_bounds(max(0, lo - 2))[0]
            before = _in(t.metrics, plo, lo)
            if plo < lo and before and all(m[2] == "launched" for m in before) \
                    and not _in(t.metrics, lo, t.sentence_bounds(lo)[1]):
                f.metric, f.total_after_launch = "launched", True
        if f.item is None and f.metric in lx.BARE_ITEMS and f.count is not None and (_names_no_item(t) or (
                t.list_line is not None and all(i[2] == t.list_line[1] for i in t.items)
                and (f.distributive or f.metric == t.list_line[0] and f.region is not None))):
            # (or a shared count of a bulletin that counts only its list's item: "with three each shot down over …", and
            # a count over a place before the item is named: "Ещё шесть были ликвидированы в Тульской области, …, и один
            # беспилотник перехвачен над Новгородской областью")
            # a count in a text that names no item ("Of these, 157 were shot down", "and three remain in the air")
            f.item = t.list_line[1] if t.list_line is not None else lx.BARE_ITEMS[f.metric]
            if f.item == "air_weapon" and f.metric == "neutralised" and any(m[2] == "suppressed" for m in t.metrics):
                f.item = "drone"  # "40 were neutralized – 22 by fire and 18 by electronic warfare": only drones are jammed
            elif f.item == "air_weapon" and f.metric == "intercepted" and t.cyrillic \
                    and any(m[2] == "suppressed" for m in t.metrics) and _BY_FIRE_RE.search(t.text, f.end, t.sentence_bounds(f.end)[1]):
                # "З них 91 було знищено за допомогою вогневих засобів, а 59 - втрачені або подавлені засобами РЕБ":
                # the Air Force's split of drones, by fire and by jamming
                f.item = "drone"
        if f.metric in ("hit", "debris") and not f.explicit and f.item != "location" \
                and _PLACES_AFTER_RE.search(t.text, max(0, f.start - 14), f.start):
            f.item = "location"  # "падіння уламків збитих цілей ще на трьох": a count of places
        if f.metric is None and f.explicit and f.count is not None and t._has_any(_ALL_WORDS):
            f.metric = _all_of_them_next(t, f)  # "обнаружены 7 безэкипажных катеров. Все цели уничтожены": those
        if f.item is None or f.metric is None:
            continue
        if f.item == "location" and f.metric not in LOCATION_METRICS:
            # "debris from intercepted drones fell at one other location": the nearest verb of places
            cues = [c for c in t.metrics if f.sentence <= c[0] < f.start and c[2] in ("hit", "debris", "strike")]
            if cues:
                f.metric = "hit" if cues[-1][2] == "strike" else cues[-1][2]
        if f.item in _ISKANDER_OF and f.item_model is None and ("skander" in t.lowered or "скандер" in t.lowered) \
                and (_ISKANDER_RE.search(t.text, f.start, f.noun_end)
                     or _ISKANDER_AFTER_RE.match(t.text, max(f.end, f.noun_end))):
            f.item_model = _ISKANDER_OF[f.item]  # "крылатой ракетой «Искандер»", "two Iskander cruise missiles"
        if f.item_model is None and f.item in MISSILE_ITEMS and t.has_paren and f.noun_end < len(t.text) \
                and t.text.startswith(" (", f.noun_end):
            bracket = _MODEL_IN_BRACKETS_RE.match(t.text, f.noun_end)
            named = _in(t.models, bracket.end(), bracket.end() + 1) if bracket else []
            if named and named[0][2] and t.text.startswith((")", "»)", "\")", "”)"), named[0][1]) \
                    and ((got := lx.WEAPON_ITEMS.get(named[0][2])) == f.item or got in GENERIC.get(f.item, ())):
                # "targeting Zaporizhzhia Oblast with a ballistic missile (presumably Iskander-M)": its model; a
                # missile of no kind takes the model's ("дві ракети (Х-59)" are cruise missiles)
                f.item_model = named[0][2]
                if f.item == "missile":
                    f.item = got
        if f.item_model is None and f.item in MISSILE_ITEMS and f.noun_end < len(t.text) - 8 \
                and t.text[f.noun_end] in ", " and t.models \
                and (fired := _FIRED_FROM_SYSTEMS_RE.match(t.text, f.noun_end)):
            named = _in(t.models, fired.end(), fired.end() + 1)
            if named and named[0][2] and ((got := lx.WEAPON_ITEMS.get(named[0][2])) == f.item
                                          or got in GENERIC.get(f.item, ())):
                # "три балістичні ракети, випущені з комплексів «Іскандер-М»": the model of the launchers named
                f.item_model = named[0][2]
                if f.item == "missile":
                    f.item = got
        if f.item == "missile" and f.item_model is None and f.start > f.sentence:
            named = _in(t.items, f.sentence, f.start)
            if named and named[-1][2] in MISSILE_ITEMS and named[-1][2] != "missile" \
                    and _APPOSITION_RE.fullmatch(t.text, named[-1][1], f.start) \
                    and not any(_RADAR_RE.search(w[3]) for w in _in(t.items, f.end, f.noun_end)):
                f.item = named[-1][2]  # "балістичні ракети – їх було 18": the missiles of the kind just named
        if f.item == "air_weapon" and t.list_line is not None and f.metric in DEFENCE_METRICS \
                and any(lx.MOST_SCOPE_RE.fullmatch(s[2]) for s in _in(t.scopes, f.sentence, f.start)) \
                and any(i[2] in DRONE_ITEMS for i in t.items) \
                and all(i[2] in DRONE_ITEMS or i[2] == "air_weapon" and _TARGETS_RE.search(i[3]) for i in t.items):
            # (or named after it: "The largest number of intercepted targets—30—were neutralized in the Bryansk Region,
            # while 15 drones were intercepted in Crimea")
            f.item = "drone"  # "больше всего дронов сбили над Брянской … – 30 … воздушных целей": the drones just named
        if f.item == "aircraft" and f.item_model is None and f.metric != "damaged" and t.has_drones_before(f.start) \
                and any(w[3].casefold() == "aircraft" for w in _in(t.items, f.end, f.noun_end)) \
                and not _AIRCRAFT_TYPE_RE.search(t.text, f.end, f.noun_end):  # (not "a Ukrainian Su-27 aircraft")
            # (not aircraft damaged: "fragments of Ukrainian UAVs …, the hull skin of two aircraft was slightly damaged")
            f.item = "drone"  # "Ryazan Oblast, where 29 aircraft were downed": the drones the text spoke of
            drones = [g for g in figures[:i] if g.item in DRONE_ITEMS and g.explicit]
            if _OF_THE_RE.search(t.text, max(0, f.start - 4), f.noun_end) and drones and not drones[-1].mixed:
                # "attacked Ukraine with 38 Shahed drones …, saying 26 of the aircraft were shot down": of those
                f.item, f.item_model = drones[-1].item, drones[-1].item_model
        if f.item == "air_weapon" and i and _OF_THE_WEAPONS_RE.match(t.text, f.end):
            weapons = [g for g in figures[:i] if g.sentence == f.sentence and g.explicit and g.item != "air_weapon"]
            if len({(g.item, g.item_model) for g in weapons}) == 1:
                # "launched three missiles …, destroying two of the weapons": of those, of the one kind named
                f.item, f.item_model = weapons[-1].item, weapons[-1].item_model
        _fix_metric(f)
        if f.metric == "launched" and t.has_expected and _expected(t, f):
            f.metric = None  # "about 30 missiles were expected", "we are expecting at least 30 missiles": a forecast
        if t._has_any(_FATE_WORDS) and _FATE_UNKNOWN_RE.search(t.text, max(0, f.start - 40), f.start):
            f.metric = None  # "did not say what happened to the remaining 12 drones": the rest, of no fate stated
        if f.metric in DEFENCE_METRICS and t._has_any(_PERCENT_WORDS) and _PERCENT_OF_RE.search(t.text, max(0, f.start - 30), f.start):
            f.metric = "launched"  # "shot down 93% of the 200 drones": the share brought down of the whole launched
            f.quote_start = f.start
        if f.metric is None:
            continue
        if f.metric in DEFENCE_METRICS and (f.after_cue is None and f.before_cue is None or f.after_cue is not None
                                            and _STOPPED_RE.fullmatch(f.after_cue[3])) \
                and _ATTEMPT_WITH_RE.search(t.text, f.sentence, f.start):
            # "an attempted terrorist attack … using 17 unmanned aerial vehicles was repelled": the weapons it used
            f.metric, f.is_breakdown = "launched", False
        elif f.metric in DEFENCE_METRICS and f.after_cue is None and f.before_cue is not None \
                and _STOPPED_RE.fullmatch(f.before_cue[3]) and _ATTEMPT_WITH_RE.search(t.text, f.before_cue[1], f.start):
            # "it repelled an attempt by Ukraine to attack its territory with drones and a Neptune missile": the
            # attempt stopped, its verb before it; the weapons it used
            f.metric, f.is_breakdown = "launched", False
        if f.metric == "hit" and f.item in _DRONE_OR_MISSILE and f.start >= 10 \
                and _ATTACK_BY_BEFORE_RE.search(t.text, max(0, f.start - 30), f.start):
            # "An attack by 25 drones launched by Russia … hit and damaged port infrastructure": the weapons of the
            # attack, launched (what hit is not counted)
            f.metric = "launched"
        if f.metric == "returned":
            country = lx.COUNTRY_RE.search(t.text, f.end, f.tail_end)
            f.region, f.region_text = None, country.group(0) if country else f.region_text
        if (in_list or scoped) and f.listed:
            f.is_breakdown = f.listed  # a line of a list is a part, whatever it is listed under
        elif in_list or scoped:
            if list_parent is not None and list_parent.item == "air_weapon":
                candidates = [list_parent]  # items listed under an all-weapons total split only that total
            elif list_parent is not None and t.has_more and _MORE_RE.search(t.text, max(0, f.start - 12), f.start):
                candidates = [list_parent]
            else:
                words = _in(t.scopes, f.sentence, f.start) if t.scopes else []
                opened = words[-1][0] if words else len(t.text)  # "зокрема" in "збито 112 цілей, зокрема 7 …, 31 …"
                candidates = ([list_parent] if list_parent is not None else []) + \
                    [g for g in reversed(figures[:i]) if g.item and g.metric and (not g.is_breakdown or g.listed)
                     and not (scoped and g.start > opened)  # a figure listed after the same scope word splits no other
                     and not (list_parent is not None and g.start > list_parent.start and g.metric != f.metric)]
                # (nor one listed before it under the same whole with a verb of its own: "восемь БПЛА: пять сбиты …,
                # три подавлены средствами РЭБ")
                if t.has_more and _MORE_RE.search(t.text, max(0, f.start - 12), f.start):
                    candidates = [g for g in candidates if g.metric != f.metric and g.metric not in DEFENCE_METRICS]
            parents = [g for g in candidates if g is not f and (_fits_under(f, g) or f.region is not None
                                                                 and g.item in GENERIC.get(f.item, ())
                                                                 and g.region is None and _fewer(f, g)
                                                                 and _fits_under(g, f))
                       # (not a count over another place, but in the Ministry's lists: "над Одещиною збито 5 дронів,
                       # над Миколаївщиною – 3")
                       and not (t.list_line is None and g.region is not None and f.region is not None
                                and g.region != f.region)]
            # (a line over one place may name the listed weapons by their group: "17 «шахедів» знищено: 10 дронів на
            # Миколаївщині, 4 на Херсонщині")
            # A drones or missiles figure under an all-weapons total is its group's own total, not a split.
            f.is_breakdown = any(g.item != "air_weapon" or f.item not in fields.ITEM_GROUP_OF for g in parents)
        if not f.is_breakdown and not t.cyrillic and t.list_line is not None and f.before_cue is not None \
                and f.metric == t.list_line[0] \
                and _COLON_LIST_RE.search(t.text, f.before_cue[1], f.start) and _list_line(t, f):
            # "The Ukrainian drones were intercepted and destroyed: four over the Belgorod, two over the Volgograd …":
            # the lines of the Ministry's list after its verb and a colon, parts of the night's total, as English
            # retellings write them
            f.is_breakdown = f.listed = True
        if not f.is_breakdown and not t.cyrillic and t.list_line is not None and f.metric == t.list_line[0] \
                and f.places and t.text.endswith("included ", 0, f.start) and not _in(t.metrics, f.sentence, f.start):
            # "Those drones included 91 shot down over the Moscow region, 126 over Kursk": with no verb before it, a
            # count "included" over a place is a part of a total stated before, as the Ministry lists them
            f.is_breakdown = f.listed = f.scoped = True
        if not f.is_breakdown and prev is not None and prev.is_breakdown and prev.scoped \
                and prev.sentence == f.sentence and (f.metric, f.item) == (prev.metric, prev.item) and _list_line(t, f) \
                and not (t.has_paren and ")" in t.text[prev.end:f.start] and _in_brackets(t.text, f.sentence, prev.start)):
            # "из которых восемь над Крымом и восемь над акваторией Черного моря": the list a part opened goes on (to
            # its end: "из них 31 – над Брянской областью, 17 – над Орловской, 10 – над Московским регионом"), but not
            # past the bracket it opened in ("два — над Московским регионом (один из них летел на Москву), по одному —
            # над Курской")
            f.is_breakdown = f.scoped = True
        if not f.is_breakdown and f.metric == "launched" and f.sentence == figures[0].sentence \
                and all(g.is_breakdown for g in figures[:i]) and _OPENING_PART_RE.match(t.text, f.sentence):
            # "These included six Kinzhal missiles": a part of the weapons of an attack stated before (not a count
            # over a place: "Among these, 24 were intercepted over the Moscow region")
            f.is_breakdown = f.scoped = True
        if not f.is_breakdown and f.metric == "launched" and f.item in DRONE_ITEMS and f.item_model is not None \
                and f.sentence == figures[0].sentence and all(g.is_breakdown for g in figures[:i]) \
                and _OPENING_SHARE_RE.match(t.text, f.sentence):
            # "Зокрема, для ударів ворог використав близько 90 «Шахедів»", "Серед цілей, що летіли на …, було понад 70
            # «Шахедів»": the Air Force's share of one drone model in the weapons of an attack stated before
            f.is_breakdown = f.scoped = True
        if f.share or f.bound_for and _bound_part(t, f, figures, scoped or in_list):
            # a share of a figure, quoted with it or not; the Ministry's count of those bound for a place ("в том числе
            # 5 БПЛА, летевших на Москву"), a part of the count over its region by the form of its bulletins
            f.is_breakdown = True
            if f.bound_for and prev is not None and prev.is_breakdown and prev.scoped and prev.sentence == f.sentence \
                    and (f.metric, f.item) == (prev.metric, prev.item):
                # "including 11 drones over the Kursk Region, five UAVs targeting the Belgorod Region and two …": a
                # line of the list a part opened, bound for its place; the list goes on after it
                f.scoped = True
        if f.opens_scope and not f.is_breakdown:
            scope_parent = f
        elif scope_parent is not None and scope_parent.sentence != f.sentence and not f.bullet:
            scope_parent = None
        if f.explicit and f.item in ("drone", "missile") and f.item_model is None \
                and _LIKE_RE.search(t.text, f.end, f.noun_end):
            if last_explicit is not None and last_explicit.item in GENERIC[f.item] and last_explicit.item != f.item:
                # "знищено дві ракети С-200, ще дві аналогічні ракети відхилено": of the kind of the weapons before
                f.item, f.item_model = last_explicit.item, last_explicit.item_model
            elif last_explicit is None or last_explicit.item != f.item and last_explicit.item not in GENERIC[f.item]:
                # "носій крилатих ракет Х-22 … знищено дві такі ракети": of the one model named before, with no count
                models = {m[2] for m in _in(t.models, 0, f.start) if lx.WEAPON_ITEMS.get(m[2]) in GENERIC[f.item]}
                if len(models) == 1:
                    f.item, f.item_model = _item_of((), tuple(models), False)
        if f.explicit:
            last_explicit = f
    _shared_places(t, figures)
    if t.regions and len(figures) > 1 \
            and any(f.metric in PEOPLE_METRICS and f.region_text is None for f in figures[:-1]):
        _places_of_causes(t, figures)
    _launch_places(t, figures)
    _spread_launch_areas(t, figures)


# Between casualties and the figure of what caused them: "Two people were wounded by falling debris when two missiles
# were shot down over the Kyiv region", "двоє людей поранені, коли над Київщиною збили дві ракети"
_CAUSE_RE = re.compile(r"(?<!\w)(?:when|after|(?<!well )as(?!\s+(?:well|of|for|to)(?!\w))|коли|після того,? як|когда|после того,? как)\s+",
                       re.IGNORECASE)


def _places_of_causes(t: Text, figures: list[Figure]) -> None:
    """Casualties with no place of their own take the one place of the figure that a clause after them says caused
    them ("Two people were wounded by falling debris when two Russian missiles were shot down over the Kyiv region")."""
    for f, g in pairwise(figures):
        if f.metric not in PEOPLE_METRICS or f.region_text is not None or g.region is None \
                or g.metric in PEOPLE_METRICS or g.sentence != f.sentence or _DIGIT_RE.search(t.text, f.end, g.start):
            continue
        if _CAUSE_RE.search(t.text, f.end, g.start) is not None:
            f.places, f.region, f.region_text = g.places, g.region, g.region_text


def _all_of_them_next(t: Text, f: Figure) -> str | None:
    """The verb of the sentence after a count with no verb of its own, when that sentence says all of them came to it
    ("были обнаружены 7 безэкипажных катеров. Все цели уничтожены", "Все они были сбиты"): that verb's metric."""
    end = t.sentence_bounds(f.start)[1]
    if t.metric_after(f.end, end) is not None:
        return None  # (a verb later in its own sentence)
    opening = _ALL_OF_THEM_RE.match(t.text, end + 1)
    if opening is not None and opening.group(1) is not None and f.count != 2:
        return None  # ("Оба были сбиты" after a count of two only)
    verb = t.metric_after(opening.end(), opening.end() + 1) if opening is not None else None
    return verb[2] if verb is not None else None


_ALL_WORDS = ("все ", "всі ", "усі ", "оба ", "обе ", "обидва ", "обидві ")
# The opening of a sentence about all of the weapons just counted: "Все цели", "Все они были", "Усі вони" (and both of
# two: "Оба были сбиты", "Обидва збито")
_ALL_OF_THEM_RE = re.compile(r"\s*(?:(?:Все|Всі|Усі)\s+(?:они|вони|цели|цілі|катера|катери|аппараты|апарати)"
                             r"|(Оба|Обе|Обидва|Обидві)(?:\s+(?:они|вони))?)\s+(?:были\s+|були\s+)?")


def _bound_part(t: Text, f: Figure, figures: list[Figure], under: bool) -> bool:
    """Whether a count of drones bound for a place is a part of another figure by the form of the Ministry's bulletins:
    under a scope or a list (`under`), beside another figure of its sentence or a total after it, or with no verb of
    shooting down right before it; not boats bound for Crimea, nor a sentence's own figure ("сбили больше десяти
    дронов …, летевших на Москву")."""
    if t.list_line is None or f.item not in GENERIC.get(t.list_line[1], {t.list_line[1]}):
        return False
    # (another figure of its sentence that it may be a part of: one with a number, of no casualties, not one more after it,
    # "shot down dozens of drones heading to Moscow and downed nearly 160 more over other regions")
    return under or f.listed or any(g is not f and g.sentence == f.sentence and g.count is not None
                                    and g.metric not in PEOPLE_METRICS
                                    and not (g.start > f.start and _MORE_AFTER_RE.match(t.text, g.end)) for g in figures) \
        or bool(t.scopes and _in(t.scopes, f.sentence, f.start)) \
        or not _BOUND_WHOLE_RE.search(t.text, f.sentence, f.start) \
        and not (f.after_cue is not None and f.after_cue[2] in DEFENCE_METRICS and f.after_cue[0] >= f.noun_end) \
        or _OF_A_TOTAL_AFTER_RE.search(t.text, f.end, t.sentence_bounds(f.end)[1]) is not None


def _launch_places(t: Text, figures: list[Figure]) -> None:
    """The weapons brought down of those launched at one place, in a sentence that names no other, were brought down
    there: "shot down 17 out of the 20 … drones Russia launched at Odesa region", "launched 33 Shaheds toward Kyiv
    Oblast, and 26 were shot down"; a kind named as a part of them was launched there."""
    for g in figures:
        if g.metric != "launched" or g.region is None or g.is_breakdown or not g.places \
                or any(a <= g.places[0][0] < b for a, b, _ in t.launches):
            continue  # (not where they were launched from)
        if g.item is None:
            continue  # (no figure is of its item or a kind of it)
        lo, hi = t.sentence_bounds(g.start)
        if {lx.region_code(r[2]) for r in _in(t.regions, lo, hi)} != {g.region}:
            continue
        for f in figures:
            if f is not g and f.sentence == g.sentence and not f.places and f.region_text is None \
                    and f.metric in DEFENCE_METRICS and not f.is_breakdown and f.item is not None \
                    and (f.item == g.item or f.item in GENERIC.get(g.item, ()) or g.item in GENERIC.get(f.item, ())):
                f.places, f.region, f.region_text = g.places, g.region, g.region_text
            elif f is not g and f.sentence == g.sentence and not f.places and f.region_text is None \
                    and f.metric == "launched" and f.is_breakdown and f.scoped and f.start > g.end \
                    and f.item in GENERIC.get(g.item, ()) and f.item != g.item:
                # "обстріляли Одеську область з 19 ракет різних типів, серед яких п'ять «Оніксів»": a part of them,
                # launched at the same place
                f.places, f.region, f.region_text = g.places, g.region, g.region_text


# "crashed without reaching their targets", "не достигнув своих целей": the targets are what the weapons aimed at
_REACH_BEFORE_RE = re.compile(r"(?<!\w)(?:reach(?:ing|ed)?|достиг\w*|досяг\w*)\s+(?:(?:their|its|the|своих|своей|своїх|своєї)\s+)?$",
                              re.IGNORECASE)
# A noun that says what some of the counted were found to be, not what was counted: "36 neutralized through electronic
# warfare or identified as decoys"
_IDENTIFIED_AS_BEFORE_RE = re.compile(r"(?<!\w)(?:identified|recogni[sz]ed)\s+as\s+$", re.IGNORECASE)


def _names_no_item(t: Text) -> bool:
    """Whether a text names no item but in its verbs ("failing to reach their targets"), as the ones that shoot
    ("Air defense systems managed to shoot down 40 of them") or as where ("lost in the area")."""
    if t.models:
        return False
    spans = [(m[0], m[1]) for m in t.metrics]
    return all(value in TARGETS or _overlaps(start, end, spans) or _REACH_BEFORE_RE.search(t.text, max(0, start - 30), start)
               or _IDENTIFIED_AS_BEFORE_RE.search(t.text, max(0, start - 20), start)
               or value == "location" and (t.text.endswith(("in the ", "in that ", "in this "), 0, start)
                                           or _apposed_to_place(t, start))
               for start, end, value, _word in t.items)


# A comma and an article before a word for a place, set beside the place before it: "in Crimea, a strategically
# significant area", "over Rostov Oblast, a region situated near the border"
_APPOSITION_BEFORE_RE = re.compile(r",\s+(?:an?|the)\s+(?:[^\W\d][\w-]*\s+){0,3}$", re.IGNORECASE)


def _apposed_to_place(t: Text, start: int) -> bool:
    """Whether the word for a place at `start` describes the place named right before it ("29 fell in Crimea, a
    strategically significant area"): no item of the text."""
    m = _APPOSITION_BEFORE_RE.search(t.text, max(0, start - 60), start)
    return m is not None and any(r[1] == m.start() for r in t.regions)


# After a count of drones, a phrase set beside it that names their model: "208 drones into Ukraine — Shahed-type strike
# drones and simulator drones", "97 drones on the night of 15-16 April, using Shahed loitering munitions and …"
_APPOSED_RE = re.compile(r"(?:\s+(?:into|in|on|against|at|across) (?:the )?[\w'’-]+|\s+overnight|\s+on the night of [^\d,—–]*"
                         r"\d{1,2}(?:[-–]\d{1,2})? \w+)?(?:\s+[—–]|,\s+(?:using|including))\s+")


def _apposed_model(t: Text, end: int, limit: int) -> str | None:
    """The drone model the phrase after a count of drones names (`_APPOSED_RE`), or None."""
    m = _APPOSED_RE.match(t.text, end, limit)
    if m is None:
        return None
    model = _in(t.models, m.end(), m.end() + 30)
    if model and model[0][2] and len(_words_in(t.text, m.end(), model[0][0])) <= 2 \
            and not _DIGIT_RE.search(t.text, m.end(), model[0][0]) and lx.WEAPON_ITEMS.get(model[0][2]) in GENERIC["drone"] \
            and not _DIGIT_RE.search(t.text, model[0][1], t.next_break(model[0][1], limit)):
        return model[0][2]
    return None


# Rockets and the launcher they were fired from: "seven rockets fired from HIMARS multiple rocket launchers", "21 снаряд,
# выпущенный из американской реактивной системы залпового огня HIMARS"
_FIRED_FROM_RE = re.compile(r",?\s*(?:fired|launched)\s+(?:from|by)\s+(?:the\s+)?|,?\s*(?:выпущенн|запущенн|випущен)\w*\s+"
                            r"(?:из|з|із)\s+(?:[^\W\d]+\s+){0,5}", re.IGNORECASE)


def _launcher_model(t: Text, end: int) -> str | None:
    """The model of the rocket launcher a count of rockets was fired from (`_FIRED_FROM_RE`), or None."""
    m = _FIRED_FROM_RE.match(t.text, end)
    model = _in(t.models, m.end(), m.end() + 1) if m else None
    return model[0][2] if model and model[0][2] and lx.WEAPON_ITEMS.get(model[0][2]) == "rocket" else None


def _verb_past_full_stop(t: Text, f: Figure) -> bool:
    """Whether the verb before a count stands before a full stop that `SENTENCE_RE` ends no sentence at, a digit
    following it: "… уничтожены 20 БПЛА. 16 — над территорией Брянской области, 4 — над …": the count's sentence has no
    verb of its own."""
    assert f.before_cue is not None  # (asked only of a count with a verb before it)
    return _DIGIT_SENTENCE_RE.search(t.text, f.before_cue[1], f.start + 1) is not None


_DIGIT_SENTENCE_RE = re.compile(r"(?<=[^\W\d]{2})[.!?]\s+\d")


def _list_line(t: Text, f: Figure) -> bool:
    """A count with no verb beside the place it is about: after it ("15 БПЛА – над территорией Брянской области",
    "nine over Rostov Oblast", "3 each — over Kaluga and Vladimir regions", "Белгородской (девять БПЛА)") or before
    it and a dash ("над Брянской — 17", `_places_before`)."""
    if f.count is None or not f.places:
        return False
    if f.paren_place is not None:
        return True
    if f.places[0][0] < f.start:
        # "над Брянской — 17"; not "Tambov Oblast saw two drones intercepted", a clause of its own
        return t.cyrillic or not _PLACE_THEN_COUNT_RE.fullmatch(t.text, f.places[-1][1], f.start)
    place = f.places[0][0]
    end = f.noun_end
    if f.shares_noun:
        joined = _AND_NUMBERS_RE.match(t.text, end, place)  # "еще 14 и 10 — над Ростовской и Курской"
        end = joined.end() if joined else end
    if _DASH_PLACE_RE.fullmatch(t.text, end, place):
        return True  # "12 – Kaluga Oblast": a count, a dash and its place
    locative = _LIST_LOCATIVE_RE.search(t.text, max(end, place - 60), place)
    return locative is not None and _LIST_GAP_RE.fullmatch(t.text, end, locative.start()) is not None


# An English retelling that names a place and then its count: "followed by Voronezh Oblast, where 13 drones were
# destroyed", "Voronezh Oblast followed closely with 27 intercepted drones", "The Bryansk region led the tally with 38",
# "Kursk Oblast, where air defense systems took down 34 drones; Oryol Oblast with 30", "Krasnodar Krai emerged as the
# most targeted area, with 21 UAVs neutralized", "with Ryazan Oblast bearing the brunt of the assault, as 29 drones were
# shot down there", "Krasnodar Krai saw the destruction of eight drones", "Kaluga Oblast reported seven drone
# interceptions", "Krasnodar Krai bore the brunt of the attacks, with 66 drones", "Voronezh Oblast saw the elimination
# of 13", "while Crimea accounted for 19", "The Moscow region followed closely, with 19 drones destroyed", "The Bryansk
# region emerged as the most active area of defense, with air systems downing 38 drones", "with Rostov Oblast bearing
# the brunt, as 34 drones were intercepted there", "Kaluga and Novgorod Oblasts each saw 11 drones neutralized".
_PLACE_THEN_COUNT_RE = re.compile(r",?\s+(?:where(?:\s+[^\W\d][\w-]*){0,5}|(?:led|topped) the (?:tally|list)(?: with)?|"
                                  r"followed(?: closely)?,? with|(?:came|was|ranked) next,? with|with|(?:emerged as|was) the most "
                                  r"(?:targeted|affected|attacked|active) (?:area|region|oblast)(?: of (?:air )?defen[cs]e)?,? "
                                  r"with(?: (?:air (?:defen[cs]e )?)?(?:systems|defen[cs]es|units|forces) (?:downing|destroying|"
                                  r"intercepting|neutrali[sz]ing|shooting down))?|"
                                  r"(?:bearing|bore|took) the brunt(?: of the (?:[^\W\d]+ )?(?:attacks?|assaults?|strikes?|raids?))?,? "
                                  r"(?:as|with)|(?:each )?saw(?: the (?:destruction|interception|downing|elimination|neutrali[sz]ation) of)?|"
                                  r"reported|accounted for)\s+")


_WITH_RE = re.compile(r",?\s+with\s+")
_OWN_PLACE_RE = re.compile(r"\s(?:in|over|above)\s+(?:the\s+)?$", re.IGNORECASE)


def _own_place_after(t: Text, f: Figure, limit: int) -> bool:
    """Whether a count after "with" names its own place in its clause ("with five more falling in the Moscow region")."""
    after = _in(t.regions, f.end, t.next_break(f.end, limit))
    return bool(after) and _OWN_PLACE_RE.search(t.text, max(f.end, after[0][0] - 12), after[0][0]) is not None


# A sea joined to a place before it by the word for its waters: "Rostov Oblast and the waters of the Azov Sea saw four more"
_JOINED_WATERS_RE = re.compile(r",?\s+and\s+(?:the\s+)?(?:waters|water area)\s+of\s+(?:the\s+)?")


def _place_then_count(t: Text, f: Figure) -> list[tuple]:
    """The place an English retelling names right before a count's clause (`_PLACE_THEN_COUNT_RE`), or []."""
    i = bisect_left(t.region_starts, f.start) - 1
    link = _PLACE_THEN_COUNT_RE.fullmatch(t.text, t.regions[i][1], f.start) if i >= 0 else None
    if link is None and i >= 0 and _COMMA_GAP_RE.fullmatch(t.text, t.regions[i][1], f.start):
        # "In the Kursk Region, 12 drones were destroyed, while in the Bryansk Region, five": a place that opens the
        # sentence or a clause, a comma and the count
        lo = max(f.sentence, t.regions[i][0] - 40)
        link = _FRONTED_PLACE_RE.fullmatch(t.text, lo, t.regions[i][0]) or _EN_CLAUSE_PLACE_RE.search(t.text, lo, t.regions[i][0])
    if link is None or t.regions[i][0] < f.sentence:
        return []
    places = [t.regions[i]]
    # "in Kursk and Lipetsk Oblasts, where three drones each were neutralized" (each place named before), "Tula and
    # Oryol Oblasts saw two drones intercepted" (the places together), "struck Poltava region and Odesa region with two
    # Iskander-M missiles" (both places a verb strikes with a count: no one place)
    while i > 0 and t.regions[i - 1][0] >= f.sentence and (
            _JOINED_RE.fullmatch(t.text, t.regions[i - 1][1], t.regions[i][0])
            or _JOINED_WATERS_RE.fullmatch(t.text, t.regions[i - 1][1], t.regions[i][0])):
        i -= 1
        places.insert(0, t.regions[i])
    return places


# A comma and a participle of shooting down right before a count: "…, destroying 47 in the region of Rostov"
_PARTICIPLE_PART_RE = re.compile(r",\s+(?:destroying|downing|intercepting|shooting down|neutrali[sz]ing)\s+$",
                                 re.IGNORECASE)
# A comma and a locative word that open a clause with its place: "…, над Калужской областью было сбито пять"
_CLAUSE_PLACE_RE = re.compile(r",\s+(?:а\s+)?(?:над|в|во|у)\s+(?:территорией\s+|территории\s+|небе\s+над\s+)?")


def _opens_next_clause(t: Text, f: Figure, places: list[tuple], limit: int) -> bool:
    """Whether the places after a figure open the next clause of its sentence, right after a comma and a locative word,
    with that clause's verb and then its count after them ("уничтожили 32 беспилотника, над Калужской областью было
    сбито пять БПЛА")."""
    if limit >= t.sentence_bounds(f.start)[1] or _DIGIT_RE.search(t.text, f.end, places[0][0]):
        return False
    opener = _CLAUSE_PLACE_RE.search(t.text, f.end, places[0][0])
    between = t.text[places[-1][1]:limit]
    if opener is not None and opener.end() == places[0][0] and _OF_THEM_DASH_END_RE.fullmatch(between):
        return True  # "сбили 26 БПЛА, над Ростовской областью из них — 15": the place of the part after it
    return opener is not None and opener.end() == places[0][0] and "—" not in between and "–" not in between \
        and bool(_in(t.metrics, places[-1][1], limit))


# In English, a comma, a word that opens a clause and a locative word right before that clause's place: "…, while in the
# Bryansk Region, five were shot down", "…, and over the Bryansk Region, five", "…, while Voronezh Oblast saw …"
_EN_CLAUSE_PLACE_RE = re.compile(r",\s+(?:and|while|whereas|but)\s+(?:(?P<loc>in|over|above)\s+(?:the\s+)?)?$", re.IGNORECASE)
_PLACE_COMMA_RE = re.compile(r"\s*,\s*")  # (between a clause's place and its count: "while in the Bryansk Region, five")
_FRONTED_PLACE_RE = re.compile(r"\W*(?:in|over|above)\s+(?:the\s+)?", re.IGNORECASE)  # ("In the Kursk Region, 12 …")


def _next_clause_place(t: Text, f: Figure, places: list[tuple], limit: int) -> int:
    """How many of the places after a figure of an English text are its own: those before the one that opens the next
    clause of its sentence, after a comma and "and", "while" or "but", with that clause's count right after its places
    ("12 drones were destroyed, while in the Bryansk Region, five were shot down", "12 drones over the Kursk Region,
    and over the Bryansk Region, five", "21 drones were neutralized, while Voronezh Oblast saw the elimination of 13")."""
    if limit >= t.sentence_bounds(f.start)[1] or _DIGIT_RE.search(t.text, f.end, places[-1][0]):
        return len(places)
    located = _PLACE_COMMA_RE.fullmatch(t.text, places[-1][1], limit) is not None
    if not located and _PLACE_THEN_COUNT_RE.fullmatch(t.text, places[-1][1], limit) is None:
        return len(places)
    lo = f.end
    for k, place in enumerate(places):
        opener = _EN_CLAUSE_PLACE_RE.search(t.text, lo, place[0])
        if opener is not None and (opener.group("loc") is not None or not located):
            return k  # (a place and a comma before the count: "…, while in the Bryansk Region, five")
        lo = place[1]
    return len(places)


def _opens_clause(t: Text, f: Figure) -> bool:
    """Whether a figure's clause opens with a comma, a locative word and one place, and its verb comes before the
    figure ("…, над Калужской областью было сбито пять БПЛА")."""
    k = bisect_left(t.breaks, f.start)
    lo = t.breaks[k - 1] if k else 0
    if lo <= f.sentence:
        return False
    opener = _CLAUSE_PLACE_RE.match(t.text, lo)
    places = _in(t.regions, lo, f.start)
    return opener is not None and len(places) == 1 and opener.end() == places[0][0] \
        and bool(_in(t.metrics, places[0][1], f.start)) and not _several_places_named(t, places, lo, f.start)


def _clause_places(t: Text, f: Figure) -> list[tuple]:
    """The one place that opens a figure's clause, with no other number between ("Над территорией Тульской области
    было сбито четыре дрона, в небе над Воронежской областью уничтожили два БПЛА"), or []."""
    k = bisect_left(t.breaks, f.start)
    lo = max(t.breaks[k - 1] if k else 0, f.sentence)
    back = _clause_before(t, f)
    if back is not None:  # "Тульская область, там сбили 12 БПЛА": the place of the clause before, with no locative word
        lo = back
        places = _in(t.regions, lo, f.start)
    else:
        places = _located(t, _in(t.regions, lo, f.start), lo)
    if not places or _DIGIT_RE.search(t.text, lo, f.start) or len({lx.region_code(p[2]) for p in places}) != 1:
        return []
    return places


def _places_before(t: Text, f: Figure) -> list[tuple]:
    """The places that a list item names before its count and a dash ("над Брянской — 17", "Брянской областью — 27
    беспилотников;", "над Брянской и Курской — по три дрона", "над Тульской областью и в Московском регионе — по
    два"), back to the clause's start."""
    i = bisect_left(t.region_starts, f.start) - 1
    if i < 0 or not _DASH_BEFORE_RE.fullmatch(t.text, t.regions[i][1], f.start):
        return []
    places = [t.regions[i]]
    while i > 0 and t.regions[i - 1][0] >= f.sentence and (
            _JOINED_RE.fullmatch(t.text, t.regions[i - 1][1], t.regions[i][0])
            or t.regions[i][0] - t.regions[i - 1][1] < 30
            and _PLACES_JOINED_RE.fullmatch(t.text, t.regions[i - 1][1], t.regions[i][0])):
        i -= 1
        places.insert(0, t.regions[i])
    return places


# Between a figure's noun and a model it names for part of it: "132 безпілотники, зокрема типу Shahed", "77 беспилотников,
# в том числе типа «Шахед»"
_INCLUDING_GAP_RE = re.compile(r",?\s*(?:зокрема|в тому числі|у тому числі|в том числе|в частности|including|among them)"
                               r"\s+(?:(?:типу|типа|type|of the|the)\s+)?[«\"“]?", re.IGNORECASE)


def _mentioned_item(t: Text, figures: list[Figure], f: Figure) -> Figure | None:
    """An item named without a number earlier in the figure's sentence ("Drones were shot down over Voronezh
    (32)"), as a stand-in figure whose item the bare number takes; None when there is none."""
    spans = [(g.start, g.noun_end) for g in figures if g.explicit]
    # (and the model a figure names for part of it: "132 безпілотники, зокрема типу Shahed. ППО збила 58 із них": the
    # 58 are of the 132, not Shaheds)
    including = [g.noun_end for g in figures if g.explicit and g.end <= f.start]
    lo = f.sentence
    if lo and _OF_THEM_AFTER_RE.match(t.text, f.end) and not _in(t.items, lo, f.start):
        lo = t.sentence_bounds(max(0, lo - 2))[0]  # "атакував область безпілотниками. … ліквідували 15 з них": the sentence before
    elif lo and not including and f.metric in DEFENCE_METRICS and not _in(t.items, lo, f.start) \
            and not _in(t.items, f.end, t.sentence_bounds(f.start)[1]):
        # "attacked the region with Shahed drones. Eleven were shot down …": the weapons the sentence before named with
        # no number, in a text with no count of them
        lo = t.sentence_bounds(max(0, lo - 2))[0]
    def stand_in(start: int, end: int, item: str, model: str | None) -> Figure:
        figure = Figure(start, end, None, "exact", False, item=item, item_model=model, explicit=True)
        figure.sentence = f.sentence
        return figure

    for start, end, value, _word in _in(t.items, lo, f.start)[::-1]:
        if value in TARGETS:
            continue  # "Air defense systems managed to shoot down 40 of them": the ones that shoot
        if value == "location" and (k := bisect_right(t.metric_starts, start) - 1) >= 0 and t.metrics[k][1] >= end:
            continue  # "12 локационно потеряны. Два из них …": a word of the verb, not the weapons
        if not any(a <= start < b for a, b in spans):
            # (with the model named right before it: "attacked with ATACMS missiles, claiming four were shot down")
            named = [m[2] for m in _in(t.models, max(lo, start - 24), start) if m[2] and not t.text[m[1]:start].strip()]
            return stand_in(start, end, *(_item_of((value,), tuple(named), False) if named else (value, None)))
    for start, end, value, _word in _in(t.models, lo, f.start)[::-1]:
        if value and value in lx.WEAPON_ITEMS and not any(a <= start < b for a, b in spans) \
                and not any(noun_end <= start < noun_end + 40 and _INCLUDING_GAP_RE.fullmatch(t.text, noun_end, start)
                            for noun_end in including):
            return stand_in(start, end, lx.WEAPON_ITEMS[value], value)  # "«Калібрів» вдалося збити менше - 10 із 22"
    return None


def _dash_label(t: Text, f: Figure, figures: list[Figure]) -> Figure | None:
    """The weapon that names a count after a dash at the head of its list item ("…, крылатые ракеты Х-101 — 20"), as a
    figure with no count to take the kind from; else None (and None when a count stands before the dash: "two
    helicopters — one over …" splits that count)."""
    lo = _item_start(t.text, t.sentence_bounds(f.start)[0], f.start)
    if any(lo <= g.start < f.start for g in figures):
        return None
    items = [i for i in _in(t.items, lo, f.start) if i[2] not in TARGETS]
    models = [m for m in _in(t.models, lo, f.start) if m[2]]
    if not items and not models:
        return None
    start = min([i[0] for i in items] + [m[0] for m in models])
    item, model = _item_of(tuple(i[2] for i in items[:1]), tuple(m[2] for m in models), False) if items \
        else (lx.WEAPON_ITEMS.get(models[0][2]), models[0][2])
    if item is None:
        return None
    label = Figure(start, f.start, None, "exact", False, item=item, item_model=model, explicit=True)
    label.sentence = f.sentence
    return label


def _spread(t: Text, figures: list[Figure]) -> list[Figure]:
    """One figure per place for a shared count ("по четыре – над Брянской, Липецкой и Орловской областями"), and
    the number launched beside "destroyed all 27 drones launched overnight"."""
    out: list[Figure] = []
    for f in figures:
        places = f.places or (_free_places(t, f, out) if f.distributive else [])
        codes = {lx.region_code(p[2]) for p in places}
        if f.distributive and len(codes) > 1:
            seen = set()
            for place in places:
                code = lx.region_code(place[2])
                if code in seen:
                    continue
                seen.add(code)
                out.append(replace(f, region=code, region_text=place[2], places=[place]))
        else:
            out.append(f)
        if f.all_launched:
            out.append(replace(f, metric="launched", is_breakdown=False, all_launched=False))
    return out


def _relative_twins(t: Text, figures: list[Figure]) -> list[Figure]:
    """Weapons launched that a relative clause, or a next sentence opening with "All of them", says were brought down
    ("launched three kamikaze drones over Ukraine, which were shot down by …"): the same count with that clause's metric
    and place, beside the number launched; and the number launched beside a count brought down that a verb of
    launching governs ("launched three drones that were destroyed above …")."""
    out: list[Figure] = []
    for i, f in enumerate(figures):
        out.append(f)
        if f.count is None and (f.metric != "launched" or f.qualifier != "unquantified"):
            continue  # (weapons launched with no number, as with one: "drones attempted to attack … but were destroyed")
        sentence_end = t.sentence_bounds(f.end)[1]
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(t.text)
        end = min(sentence_end, next_start)
        if f.metric in DEFENCE_METRICS:
            # "launched three drones that were destroyed above …": the count brought down, and the same count launched
            clause = _WHICH_WERE_RE.match(t.text, f.noun_end, end)
            cue = t.metric_before(t.sentence_bounds(f.start)[0], f.start) if clause else None
            if cue is not None and cue[2] == "launched" and not t.text[cue[1]:f.start].count(","):
                out.insert(len(out) - 1, replace(f, metric="launched", places=[], region=None, region_text=None))
            continue
        if f.metric != "launched":
            continue
        lo = f.noun_end
        if end == sentence_end and _ALL_OF_THEM_NEXT_RE.match(t.text, sentence_end):
            # "… detected seven Shaheds. All of them were shot down …": the next sentence says what became of them
            end = min(t.sentence_bounds(sentence_end + 2)[1], next_start)
        elif f.joined and end < sentence_end and _ALL_OF_THEM_NEXT_RE.match(t.text, sentence_end) \
                and _list_to_end(figures, i, sentence_end):
            # "… launched six Kinzhals, nine Kalibrs and three Iskanders. All of them were shot down": each of the list
            lo = sentence_end
            end = t.sentence_bounds(sentence_end + 2)[1]
            end = min([end] + [g.start for g in figures[i + 1:] if g.start >= sentence_end])
        clause = _WHICH_WERE_RE.search(t.text, lo, end)
        if clause is not None and clause["kind"] is not None \
                and ITEM_GROUP_OF.get(f.item) != _noun_group(clause["kind"]):
            clause = None  # "30 ракет …, все дроны сбиты": all of another kind
        if clause is not None and _PART_OF_WHICH_RE.search(t.text, max(f.noun_end, clause.start() - 20), clause.start() + 3):
            clause = None  # "four ballistic missiles, none of which were intercepted", "… most of which were shot down"
        cue = t.metric_after(clause.end(), clause.end() + 1) if clause else None
        if cue is None and t._has_any(_ALL_OF_THEM_WORDS):
            # "launched 16 drones overnight and air defences destroyed all of them": a verb whose object is them all
            # (all the weapons of a list of those launched: "launched 16 drones and three missiles … destroyed all of them")
            cue = next((m for m in t.metrics[bisect_left(t.metric_starts, f.noun_end):] if m[0] < sentence_end
                        and m[2] in DEFENCE_METRICS and _ALL_OF_THEM_OBJECT_RE.match(t.text, m[1])), None)
            if cue is not None and any(g.start < cue[0] and g.metric != "launched" for g in figures[i + 1:]):
                cue = None
        if cue is None and end == sentence_end and not f.is_breakdown and sentence_end < len(t.text) \
                and t._has_any(_ALL_NOUN_WORDS):
            cue = _all_of_a_kind_next(t, figures, f, sentence_end, next_start)
            end = t.sentence_bounds(sentence_end + 1)[1] if cue is not None else end
        if cue is None and clause is None and end == sentence_end:
            cue = _verb_then_all(t, f.noun_end, end)  # "запустил 18 дронов, сбиты все (до одного)"
        if cue is None or cue[2] not in DEFENCE_METRICS:
            continue
        twin = replace(f)
        places = _in(t.regions, cue[1], t.next_break(cue[1], end))
        listed = _in(t.regions, cue[1], end)
        if places and len(listed) > len(places) and _PLACES_LISTED_RE.fullmatch(t.text, places[-1][1], listed[-1][0]):
            places = listed  # "… were shot down in Kyiv, Poltava, Kherson and Dnipropetrovsk oblasts": several places
        twin.metric, twin.is_breakdown = cue[2], False
        if twin.item in TARGETS and twin.metric == "intercepted" \
                and not (twin.uncrewed and _INTERCEPT_WORD_RE.match(cue[3])):
            twin.metric = "destroyed"  # "three sea drones attacked the ships and were destroyed": boats, as `_fix_metric`
        if places:  # "… which was shot down over Dnipropetrovsk Oblast": where it was brought down, else where it flew
            codes = {lx.region_code(p[2]) for p in places}
            twin.places = places
            twin.region = next(iter(codes)) if len(codes) == 1 else None
            twin.region_text = places[0][2] if len(codes) == 1 else None
        out.append(twin)
    return out


# A clause of a verb of bringing down whose subject, all the weapons launched, follows it: "запустил 18 дронов, сбиты все",
# "…, збито всі до одного"
_COMMA_BEFORE_VERB_RE = re.compile(r"\s*[,;–—]\s*(?:(?:и|а|і|та|й)\s+)?")
_ALL_AFTER_VERB_RE = re.compile(r"\s+(?:все|всі|усі)(?:\s+до\s+(?:одного|единого|єдиного))?(?=\s*(?:[.;!]|$))",
                                re.IGNORECASE)


def _verb_then_all(t: Text, lo: int, end: int) -> tuple[int, int, str, str] | None:
    """The verb of bringing down of a clause right after `lo` whose subject, after it, is all of them, or None."""
    gap = _COMMA_BEFORE_VERB_RE.match(t.text, lo, end)
    cue = t.metric_after(gap.end(), gap.end() + 1) if gap is not None else None
    if cue is None or cue[2] not in DEFENCE_METRICS or _ALL_AFTER_VERB_RE.match(t.text, cue[1], end) is None:
        return None
    return cue


# The object of a verb of bringing down in the next sentence that is all the weapons of a kind, with no count ("… атакували
# Україну 24 ударними БпЛА. Мобільні вогневі групи знищили всі дрони в межах …"): the weapons counted before it
# (and in English: "… an attempt … with three unmanned aerial vehicles … was foiled. Russian air defense systems timely
# detected and destroyed all UAVs")
_ALL_NOUN = (r"(?:усі|всі|все|all(?:\s+(?:of\s+)?the)?)\s+(?:[^\W\d][\w'’-]*\s+)?[«\"“]?"
             r"((?:дрон|безпілотник|беспилотник|БпЛА|БПЛА|шахед|Шахед|ракет|drone|UAV|missile|"
             r"кинжал|кинджал|калибр|калібр|искандер|іскандер|Kinzhal|Kalibr|Iskander)[\w-]*)")
_ALL_NOUN_OBJECT_RE = re.compile(r"\s+" + _ALL_NOUN, re.IGNORECASE)
# (or its subject, opening it: "… атакували 24 дронами. Усі дрони збито над …", "… launched 24 drones. All the drones were
# shot down")
_ALL_NOUN_SUBJECT_RE = re.compile(r"\s*" + _ALL_NOUN, re.IGNORECASE)
_ALL_NOUN_WORDS = ("усі ", "всі ", "все ", "all ")  # (one is in every match)
_ALL_NOUN_CLAUSE_RE = re.compile(rf"[»\"”]?\s*,?\s*(?:що|які|котрі|которые|that|which|{_BOUND}|{_BOUND_TO})(?!\w)",
                                 re.IGNORECASE)


def _noun_group(word: str) -> str:
    """The group of weapons a noun of `_ALL_NOUN` or of `_WHICH_WERE_RE`'s kind names: "missiles" or "drones"."""
    # (and a missile's model: "Все «Кинжалы» сбиты")
    return "missiles" if word.casefold().startswith(("ракет", "missile", "кинжал", "кинджал", "калибр", "калібр",
                                                     "искандер", "іскандер", "kinzhal", "kalibr", "iskander")) \
        else "drones"


def _all_of_a_kind_next(t: Text, figures: list[Figure], f: Figure, sentence_end: int, next_start: int) -> tuple | None:
    """The verb of bringing down of the next sentence whose object is all the weapons of the launched figure's kind, when
    no count stands in that sentence and no other figure of that kind was launched in the figure's own; else None."""
    group = ITEM_GROUP_OF.get(f.item)
    if group is None:
        return None
    following = t.sentence_bounds(sentence_end + 1)
    if next_start < following[1] or any(g is not f and g.sentence == f.sentence and g.metric == "launched"
                                        and not g.is_breakdown and g.item is not None
                                        and ITEM_GROUP_OF.get(g.item) == group for g in figures):
        return None
    subject = _ALL_NOUN_SUBJECT_RE.match(t.text, following[0])
    if subject is not None:
        kind = _noun_group(subject.group(1))
        verb = t.metric_after(subject.end(), following[1])
        return verb if verb is not None and verb[2] in DEFENCE_METRICS and kind == group \
            and _ALL_NOUN_CLAUSE_RE.match(t.text, subject.end()) is None else None
    for m in t.metrics[bisect_left(t.metric_starts, following[0]):]:
        if m[0] >= following[1]:
            break
        whole = _ALL_NOUN_OBJECT_RE.match(t.text, m[1]) if m[2] in DEFENCE_METRICS else None
        if whole is not None:
            kind = _noun_group(whole.group(1))
            # (not all of those of a clause after the noun: "… знищили всі дрони, що летіли на столицю")
            bound = _ALL_NOUN_CLAUSE_RE.match(t.text, whole.end())
            return m if kind == group and bound is None else None
    return None


def _list_to_end(figures: list[Figure], i: int, sentence_end: int) -> bool:
    """Whether the figures from the i-th to the end of its sentence are one list of weapons launched, each joined to the
    next ("six Kinzhals, nine Kalibrs and three Iskanders")."""
    rest = [g for g in figures[i:] if g.start < sentence_end]
    return all(g.metric == "launched" and g.count is not None for g in rest) and all(g.joined for g in rest[:-1])


# Between a count in brackets and the next place of the list: "над Калужской (12), Воронежской …"
_BRACKET_LIST_GAP_RE = re.compile(r"\s*\)\s*,\s*")


def _free_places(t: Text, f: Figure, before: list[Figure]) -> list[tuple]:
    """Places of a figure's sentence before it and after the figures before it and their places ("над Курской и
    Ростовской областями сбили по два дрона", "два уничтожили в Курской, а в Белгородской и Крыму — по одному"), or
    those of the clause before one that points back to them ("атаке подверглись Орловская и Белгородская области —
    там сбили по одному беспилотнику")."""
    back = _clause_before(t, f)
    if back is not None:
        return _in(t.regions, back, f.start)
    lo = f.sentence
    last = None
    for g in before:
        if g.sentence == f.sentence and g.end <= f.start:
            lo = max(lo, g.end, *(p[1] for p in g.places if p[1] <= f.start))
            last = g
    places = _in(t.regions, lo, f.start)
    kept = _located(t, places, lo)
    if not kept and places and last is not None and last.places and last.places[-1][1] <= last.start \
            and t.has_paren and _BRACKET_LIST_GAP_RE.fullmatch(t.text, lo, places[0][0]):
        # "над Калужской (12), Смоленской (11), Воронежской и Ленинградской областями (по 8)": the list of places
        # with their counts in brackets goes on past the bracket before
        kept = [places[0]]
        for place in places[1:]:
            if kept[-1][1] + 12 < place[0]:
                break
            kept.append(place)
    return kept


def _clause_before(t: Text, f: Figure) -> int | None:
    """Where the clause before a figure's begins, when the figure's clause points back to it with "там", "где",
    "здесь", "над которой" ("Тульская область, там сбили 12 БПЛА", "Калужской области, над которой перехватили 1
    беспилотник"); else None."""
    k = bisect_left(t.breaks, f.start)
    if k and _THERE_RE.match(t.text, t.breaks[k - 1]):
        return max(t.breaks[k - 2] if k > 1 else 0, f.sentence)
    return None


def _located(t: Text, places: list[tuple], lo: int) -> list[tuple]:
    """The places introduced by a locative word ("над", "in"), or listed right after one that is: not the
    "Kyiv" of "Kyiv's Air Force said"."""
    text = t.text
    kept: list[tuple] = []
    for place in places:
        listed = kept and kept[-1][1] + 12 >= place[0]
        if listed or _LOCATIVE_RE.search(text, max(lo, place[0] - 50), place[0]) or _ADMINISTRATION_RE.match(text, place[1]) \
                or _NEAR_RE.match(place[2]):
            kept.append(place)
    return kept


def _shared_places(t: Text, figures: list[Figure]) -> None:
    """Places of a sentence that follow none of its figures ("Над акваторией Черного моря уничтожены
    10 катеров") belong to the sentence's figures that name no place and split no other figure."""
    if not t.regions:
        return
    claimed = {(r[0]) for f in figures for r in f.places}
    if claimed.issuperset(t.regions.starts):
        return  # (every place named is a figure's own: none is left to share)
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    for start, group in by_sentence.items():
        takers = [f for f in group if f.region_text is None and not f.is_breakdown and f.metric != "returned"]
        if not takers:
            continue  # (every figure of the sentence has its place, splits another or returned)
        end = t.sentence_bounds(start)[1]
        free = [r for r in _in(t.regions, start, end) if r[0] not in claimed and r[0] < group[-1].start]
        if free and t.cyrillic:
            free = [r for r in free if not _target_of_uncounted(t, group, r)]
        free = _without_neighbours(t, _located(t, free, start))
        if free and t.scopes:
            # "repelled the overnight attack, including on Kyiv, destroying all 11 drones": a place only some were at
            free = [r for r in free if not (_in(t.scopes, max(0, r[0] - 24), r[0])
                                            and _SCOPE_PLACE_RE.search(t.text, max(0, r[0] - 24), r[0]))]
        if not free:
            continue
        codes = {lx.region_code(r[2]) for r in free}
        if _several_places_named(t, [r for f in group for r in f.places], start, group[-1].start):
            codes.add(None)  # "в российских регионах и над Черным морем": several places
        if t.text.startswith(_AND_STARTS, free[-1][1]) and _AND_COUNTRY_PART_RE.match(t.text, free[-1][1]):
            codes.add(None)  # "attacked facilities in the Odesa region and central Ukraine with 38 drones": several
        if _country_and(t, start, free[0][0]):
            codes.add(None)  # "над полуостровом и Черным морем сбили 21 БПЛА": no one region
        region_text, region = t.text[free[0][0]:free[-1][1]], next(iter(codes)) if len(codes) == 1 else None
        totals = "всего" in t.lowered or "усього" in t.lowered or "загалом" in t.lowered or "total" in t.lowered
        for f in takers:
            if totals and _TOTAL_AFTER_RE.search(t.text, free[-1][1], f.start):
                continue  # "в Курской области сбили 3 БПЛА, а всего над Россией — 90": the place before the total's word
            f.region_text, f.region = region_text, region


# A weapon named with no count and the place it struck: "атакувала ракетами С-300 по Донеччині та 34 «шахедами»"
_TARGET_AFTER_WEAPON_RE = re.compile(r"[»\"”]?\s+по\s+$", re.IGNORECASE)


def _target_of_uncounted(t: Text, group: list[Figure], place: tuple) -> bool:
    """Whether a place is the target a weapon named with no count right before it struck ("атакувала ракетами С-300 по
    Донеччині та 34 «шахедами»": Donetsk is the missiles', not the drones'), with a figure of another kind after it."""
    before = _in(t.items, max(0, place[0] - 40), place[0]) + _in(t.models, max(0, place[0] - 40), place[0])
    named = [w for w in before if _TARGET_AFTER_WEAPON_RE.fullmatch(t.text, w[1], place[0])]
    if not named or any(f.start <= named[0][0] < max(f.end, f.noun_end) for f in group):
        return False  # (the weapon of a figure: "12 шахедами по Харківщині")
    kind = lx.WEAPON_ITEMS.get(named[0][2], named[0][2])
    after = [f for f in group if f.start > place[1]]
    return bool(after) and all(f.item is not None and ITEM_GROUP_OF.get(f.item) != ITEM_GROUP_OF.get(kind)
                               for f in after)


# A count forecast, not launched: "about 30 missiles were expected", "we are expecting at least 30 missiles",
# "очікується до 40 ракет"
_EXPECTED_AFTER_RE = re.compile(r"\s+(?:(?:were|are|is|was|had\s+been|have\s+been)\s+(?:also\s+)?expected|"
                                r"(?:очікуєть?ся|очікуються|ожидает?ся|ожидаются))(?!\w)", re.IGNORECASE)
# Before a count of weapons whose fate the text does not know: "without saying what happened to the other 12 drones",
# "the fate of the remaining nine"
# A share in hundredths before the whole it is taken of: "93% of the 200 drones", "90 відсотків із 150 дронів"
_PERCENT_WORDS = ("%", "percent", "per cent", "відсотк", "процент")  # (looked for before the expression)
_PERCENT_OF_RE = re.compile(r"\d\s*(?:%|percent|per\s+cent|відсотк\w*|процент\w*)\s+(?:of(?:\s+the)?|(?:з|із|из)(?:\s+(?:усіх|всех))?)\s+$",
                            re.IGNORECASE)
_FATE_WORDS = ("happened to", "fate of", "no information", "no details")  # (looked for before the expression)
_FATE_UNKNOWN_RE = re.compile(r"(?<!\w)(?:happened to|the fate of|no (?:information|details) (?:on|about|of))\s+"
                              r"(?:the\s+)?(?:(?:remaining|other|last)\s+)?$", re.IGNORECASE)
_EXPECTING_BEFORE_RE = re.compile(r"(?<!\w)(?:expect(?:s|ed|ing)?|очікуємо|очікуєть?ся|очікуються|ожидаем|ожидает?ся|"
                                  r"ожидаются)\s+(?:(?:up\s+to|about|around|some|another|до|около|близько)\s+)?$",
                                  re.IGNORECASE)


def _expected(t: Text, f: Figure) -> bool:
    """Whether a count is one the text says was expected, a forecast: "about 30 missiles were expected"."""
    return _EXPECTED_AFTER_RE.match(t.text, max(f.end, f.noun_end)) is not None \
        or _EXPECTING_BEFORE_RE.search(t.text, max(0, f.start - 24), f.start) is not None


def _fix_metric(f: Figure) -> None:
    cue = f.before_cue or f.after_cue
    if f.item in TARGETS and f.metric == "intercepted" \
            and not (f.uncrewed and cue is not None and _INTERCEPT_WORD_RE.match(cue[3])):
        f.metric = "destroyed"  # (but "морской дрон был перехвачен": a sea drone intercepted, as worded)
    if f.item in TARGETS and f.metric == "hit":
        f.metric = "damaged"  # "More than 40 bombers are currently known to have been hit": targets hit are damaged
    if f.item in TARGETS and f.metric == "launched" and not f.uncrewed:
        f.metric = None  # "missiles from 10 strategic bombers": carriers are not launched
    if f.item == "air_weapon" and f.metric in ("hit", "debris") and f.targets:
        f.item = "location"  # "strike 25 targets": places
    if f.metric in PEOPLE_METRICS and f.item != "people":
        # "destroyed 88 Ukrainian drones overnight with no injuries": the verb before is the weapons'
        f.metric = f.before_cue[2] if f.before_cue is not None and f.before_cue[2] in DEFENCE_METRICS | {"launched"} \
            and f.item not in TARGETS else None
    if f.item == "people" and f.metric not in PEOPLE_METRICS:
        f.metric = None
    if f.item == "location" and f.metric in DEFENCE_METRICS and f.objects:
        f.item = "drone"  # "Еще 13 объектов обезврежено": objects shot down are aerial ones
    if f.item == "location" and f.metric not in LOCATION_METRICS:
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
    # Validation counts the words of a quote between white space: a quote must have at most that many.
    # (fewer than 2 * MAX_QUOTE_WORDS characters cannot hold more than MAX_QUOTE_WORDS words)
    if end - start >= 2 * MAX_QUOTE_WORDS and text.count(" ", start, end) + text.count("\n", start, end) >= MAX_QUOTE_WORDS \
            and len(text[start:end].split()) > MAX_QUOTE_WORDS:
        start = f.start
        if len(text[start:end].split()) > MAX_QUOTE_WORDS:
            tokens = list(_TOKEN_RE.finditer(text, start, end))
            end = tokens[MAX_QUOTE_WORDS - 1].end()
    f.quote_start, f.quote_end = start, end
