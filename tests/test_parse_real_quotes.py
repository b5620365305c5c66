"""Wordings the parsers read, each on a real quote of the manual layer (`data/raw/manual/`, the line named beside
it): news agencies' retellings of the Air Force's figures and the Defence Ministry's list lines.

None of these quotes occurs in a report of the held-out gold set (`strikeclaims/gold/real_heldout/`): the test at
the end checks it, so that the held-out score stays a measure on wording the parsers were not written for.
"""

from __future__ import annotations

import csv
import json

import pytest
from conftest import REPO

from strikeclaims.parse import parse_text

PUBLISHED = "2025-06-20T06:30:00Z"


def figures(text: str, source: str = "ua_air_force", published: str = PUBLISHED, *keys: str) -> list[tuple]:
    got, rejected = parse_text(text, source, published, "r:1", "x:1")
    assert not rejected
    keys = keys or ("metric", "item", "count")
    return [tuple(c[k] for k in keys) for c in got]


# (manual line, quote, the figures read: metric, item, count)
AIR_FORCE = [
    # a count in a text that names no item: drones where only drones can be meant, else weapons of any kind
    ("ua_air_force_2025-07.csv:27", "Of these, 157 were shot down and 135 were lost, likely having been electronically "
     "jammed.", [("intercepted", "air_weapon", 157), ("suppressed", "drone", 135)]),
    ("ua_air_force_2025-03.csv:30", "73 of which were shot down and 37 lost in flight without causing any damage",
     [("intercepted", "air_weapon", 73), ("suppressed", "drone", 37)]),
    ("ua_air_force_2025-02.csv:43", "while 59 were lost from radar tracking, according to the Ukrainian Air Force.",
     [("suppressed", "drone", 59)]),
    ("ua_air_force_2025-01.csv:27", "with a further 18 failing to reach their targets, something which usually indicates "
     "they were jammed by electronic warfare", [("suppressed", "drone", 18)]),
    ("ua_air_force_2025-01.csv:67", "and three remain in the air.", [("airborne", "drone", 3)]),
    ("ua_air_force_2025-01.csv:5", "Ще два полетіли у Росію та Білорусь.", [("returned", "drone", 2)]),
    ("ua_air_force_2025-06.csv:4", "60 were shot down by fire weapons, 15 were lost in location.",
     [("intercepted", "air_weapon", 60), ("suppressed", "drone", 15)]),
    ("ua_air_force_2025-06.csv:90", "Air defense systems managed to shoot down 40 of them, and nine others crashed "
     "before hitting any targets.", [("intercepted", "air_weapon", 40), ("suppressed", "drone", 9)]),
    # a bare number takes the item named next in its sentence
    ("ua_air_force_2025-01.csv:23", "Ukraine's air force intercepted and downed 33, while 34 drones vanished from radar.",
     [("intercepted", "drone", 33), ("suppressed", "drone", 34)]),
    # losses, returns and the rest in agency English
    ("ua_air_force_2025-05.csv:13", "Of the 183 drones, it said it had shot down 77 and that another 73 had fallen without "
     "causing any damage.", [("launched", "drone", 183), ("intercepted", "drone", 77), ("suppressed", "drone", 73)]),
    ("ua_air_force_2024.csv:56", "25 Shahed drones had fallen on their own and three others had flown towards Russia and "
     "Belarus", [("suppressed", "attack_drone", 25), ("returned", "attack_drone", 3)]),
    ("ua_air_force_2025-06.csv:61", "It said its air defense units shot down 87 drones while electronic measures jammed "
     "another 80 drones.", [("intercepted", "drone", 87), ("suppressed", "drone", 80)]),
    ("ua_air_force_2025-03.csv:38", "Ukrainian forces managed to intercept approximately 130 drones, while 38 failed to "
     "reach their intended targets.", [("intercepted", "drone", 130), ("suppressed", "drone", 38)]),
    ("ua_air_force_2025-06.csv:33", "The air force said 277 drones were shot down or otherwise neutralized, as were seven "
     "missiles.", [("neutralised", "drone", 277), ("neutralised", "missile", 7)]),
    ("ua_air_force_2025-09.csv:68", "as of 09:00, air defence forces had destroyed or jammed 89 Russian drones, including "
     "Shahed, Gerbera and other types", [("neutralised", "drone", 89)]),
    ("ua_air_force_2025-07.csv:4", "The Ukrainian air force said it had shot down 478 of the weapons launched by Russia "
     "overnight", [("intercepted", "air_weapon", 478)]),
    ("ua_air_force_2025-05.csv:42", "Підтверджено збиття 80 БпЛА, Ще 42 російські безпілотники-імітатори — локаційно "
     "втрачені.", [("intercepted", "drone", 80), ("suppressed", "decoy_drone", 42)]),
    # launches
    ("ua_air_force_2025-02.csv:63", "launching 166 strike drones and decoys", [("launched", "drone", 166)]),
    ("ua_air_force_2025-10.csv:17", "the massive Russian strike on 6 out of 24 regions included a total of 381 drones and "
     "35 missiles.", [("launched", "drone", 381), ("launched", "missile", 35)]),
    ("ua_air_force_2025.csv:141", "The intense barrage, which also included seven missiles", [("launched", "missile", 7)]),
    ("ua_air_force_2025-02.csv:47", "в ночь на 26 февраля армия страны-агрессора России направила по Украине "
     "177 беспилотников Shahed и дронов-имитаторов других типов", [("launched", "drone", 177)]),
    ("ua_air_force_2025-10.csv:54", "З 20.00 16 жовтня противник спрямував по Україні 70 ударних БпЛА типу Shahed, "
     "«Гербера» і безпілотників інших типів.", [("launched", "drone", 70)]),
    ("ua_air_force_2025-03.csv:72", "Moscow had launched as many as 145 attack and decoy drones, as well as six missiles, "
     "against Ukraine", [("launched", "drone", 145), ("launched", "missile", 6)]),
    # hits
    ("ua_air_force_2025-05.csv:91", "while 22 locations recorded a direct strike", [("hit", "location", 22)]),
    ("ua_air_force_2025-06.csv:116", "officials confirmed that six strikes made impact, though further details were not "
     "immediately released.", [("hit", "air_weapon", 6)]),
    ("ua_air_force_2025-09.csv:56", "There were confirmed strikes from the missile and 27 drones at nine locations",
     [("hit", "drone", 27), ("hit", "location", 9)]),
    # numbers that count nothing
    ("ua_air_force_2025-02.csv:26", "Ukrainian air defense forces managed to shoot down 70 drones across 14 regions, "
     "including Kyiv.", [("intercepted", "drone", 70)]),
    ("ua_air_force_2025-07.csv:24", "one of the largest drone strikes since the beginning of the conflict in the city, with "
     "about 400 drones and a missile used.", [("launched", "drone", 400), ("launched", "missile", 1)]),
]


@pytest.mark.parametrize("line,text,expected", AIR_FORCE, ids=[a[0] for a in AIR_FORCE])
def test_the_air_forces_figures_as_news_pages_retell_them(line, text, expected):
    assert figures(text) == expected


DEFENCE_MINISTRY = [
    # a list line with no verb: drones intercepted, a part of the night's total, at its place
    ("ru_mod_2025-03.csv:87", "15 БПЛА – над территорией Брянской области", [(15, "RU-BRY")]),
    ("ru_mod_2025-03.csv:41", "nine over Rostov Oblast", [(9, "RU-ROS")]),
    ("ru_mod_2025-01.csv:35", "3 each over Nizhny Novgorod and Kaluga oblasts", [(3, "RU-NIZ"), (3, "RU-KLU")]),
    ("ru_mod_2025.csv:70", "one drone each over Voronezh, Nizhny Novgorod, and Orenburg regions",
     [(1, "RU-VOR"), (1, "RU-NIZ"), (1, "RU-ORE")]),
    # the place before the count and a dash
    ("ru_mod_2025-10.csv:28", "Брянской областью — 27 беспилотников;", [(27, "RU-BRY")]),
    ("ru_mod_2025-10.csv:120", "над Брянской и Курской — по три дрона", [(3, "RU-BRY"), (3, "RU-KRS")]),
    ("ru_mod_2025-12.csv:118", "над Белгородской, Брянской и Волгоградской областями — по два",
     [(2, "RU-BEL"), (2, "RU-BRY"), (2, "RU-VGG")]),
    ("ru_mod_2025-12.csv:133", "в Брянской и Тульской областях по одному дрону ВСУ", [(1, "RU-BRY"), (1, "RU-TUL")]),
    # a few words between the locative and the place; "во"
    ("ru_mod_2025-01.csv:14", "1 over the territory of the Republic of Crimea", [(1, "UA-43")]),
    ("ru_mod_2025-04.csv:57", "3 — во Владимирской", [(3, "RU-VLA")]),
]


@pytest.mark.parametrize("line,text,expected", DEFENCE_MINISTRY, ids=[d[0] for d in DEFENCE_MINISTRY])
def test_the_defence_ministrys_list_lines_are_drones_intercepted_at_their_places(line, text, expected):
    got = figures(text, "ru_mod", PUBLISHED, "metric", "item", "count", "region", "is_breakdown")
    assert got == [("intercepted", "drone", count, region, True) for count, region in expected]


def test_a_number_word_before_managed_to_is_a_count():
    got = figures("два удалось нейтрализовать в Курской области", "ru_mod", PUBLISHED,
                  "metric", "item", "count", "region")  # ru_mod_2025-10.csv:140
    assert got == [("neutralised", "drone", 2, "RU-KRS")]


def test_a_list_that_names_its_places_before_the_counts_gives_each_count_its_own():
    text = "Уничтожены 40 БПЛА: над Брянской – 19, над Курской – 21."  # the form of the list lines above
    assert figures(text, "ru_mod", PUBLISHED, "count", "region", "is_breakdown") == [
        (40, None, False), (19, "RU-BRY", True), (21, "RU-KRS", True)]


def test_the_part_named_with_of_keeps_the_model_of_the_whole():
    text = "Four of six Iskander-M ballistic missiles and two Iskander-K cruise missiles were also downed."  # :16
    assert figures(text, "ua_air_force", PUBLISHED, "metric", "item_model", "count") == [
        ("intercepted", "iskander-m", 4), ("launched", "iskander-m", 6), ("intercepted", "iskander-k", 2)]


def test_a_list_of_kinds_ends_at_its_verb():
    text = ("as of 09.00, 126 enemy UAVs of the Shahed, Gerbera and drones of other types were shot down/"
            "suppressed")  # ua_air_force_2025-09.csv:84
    assert figures(text, "ua_air_force", PUBLISHED, "metric", "item", "item_model", "count") == [
        ("neutralised", "drone", "shahed-136", 126)]


def test_a_night_of_two_days_in_agency_english_and_a_status_time_with_by():
    night = figures("Russian air defence forces shot down 34 Ukrainian drones over various regions of the country on the "
                    "night of April 29 to 30.", "ru_mod", "2025-04-30T06:00:00Z",
                    "count", "date", "window_kind")  # ru_mod_2025-04.csv:106
    assert night == [(34, "2025-04-30", "night")]
    status = figures("while two remained airborne by 9 a.m..", "ua_air_force", "2025-02-09T21:59:00Z",
                     "count", "date", "window_kind", "window_end")  # ua_air_force_2025-02.csv:28
    assert status == [(2, "2025-02-09", "night", "2025-02-09T07:00:00Z")]


def _manual_quotes() -> dict[str, str]:
    out = {}
    for path in sorted((REPO / "data" / "raw" / "manual").glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            for row in reader:
                out[f"{path.name}:{reader.line_num}"] = row["quote"]
    return out


def test_each_quote_is_on_its_manual_line_and_in_no_held_out_report():
    quotes = _manual_quotes()
    held_out = [json.loads(line)["text"] for line in
                (REPO / "src" / "strikeclaims" / "gold" / "real_heldout" / "reports.jsonl").read_text(
                    encoding="utf-8").splitlines()]
    cases = [(line, text) for line, text, _ in AIR_FORCE + DEFENCE_MINISTRY]
    for line, text in cases:
        assert quotes.get(line) == text, line
        assert not any(text in report or report in text for report in held_out), line


def test_a_count_under_a_list_line_splits_it_and_a_place_flown_to_is_no_second_place():
    text = "8 беспилотников - над территорией Московского региона, в том числе 5 БПЛА, летевших на Москву"  # ru_mod_2025-07.csv:162
    assert figures(text, "ru_mod", PUBLISHED, "count", "region", "is_breakdown") == [
        (8, "RU-MOS", True), (5, "RU-MOW", True)]
    english = "including 5 over the Moscow region flying to Moscow"  # written for the test, in agency English
    assert figures(english, "ru_mod", PUBLISHED, "count", "region") == [(5, "RU-MOS")]
