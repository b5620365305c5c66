"""Wordings the parsers read, each on a real quote of the manual layer (`data/raw/manual/`, the line named beside
it): news agencies' retellings of the Air Force's figures, its shares of Shaheds, hits and debris, the Defence Ministry's
list lines, and the nights, evenings and windows of the 2025 pages.

None of these quotes occurs in a report of the held-out gold sets (`strikeclaims/gold/real_heldout4/`,
`real_heldout5/`):
the test at the end checks it, so that the held-out scores stay a measure on wording the parsers were not written for.
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


# The Air Force's share of one drone model in a figure: "of them", a dash or a linking verb before the model; with no
# verb of its own, a part of the drones launched (`share_line`). (manual line, quote, the figures read: metric, item,
# item_model, count, qualifier, is_breakdown)
SHARES = [
    ("ua_air_force_2025-09.csv:77", "близько 80 із них — шахеди.",
     [("launched", "attack_drone", "shahed-136", 80, "about", True)]),
    ("ua_air_force_2025-09.csv:60", "Приблизно 70 з них були дронами Shahed.",
     [("launched", "attack_drone", "shahed-136", 70, "about", True)]),
    ("ua_air_force_2025-10.csv:43", 'Близько 50 апаратів становили саме ударні "Шахеди".',
     [("launched", "attack_drone", "shahed-136", 50, "about", True)]),
    ("ua_air_force_2025-12.csv:67", "About 90 of them were Shahed-type drones.",
     [("launched", "attack_drone", "shahed-136", 90, "about", True)]),
    ("ua_air_force_2025-10.csv:22", 'более 80 из них – "Шахеды"',
     [("launched", "attack_drone", "shahed-136", 81, "at_least", True)]),
    ("ua_air_force_2025.csv:125", 'більше половини з них - близько 60 - це "Шахеди"',
     [("launched", "attack_drone", "shahed-136", 60, "about", True)]),
    ("ua_air_force_2025-11.csv:7", 'Близько 140 дронів – "шахеди".',
     [("launched", "attack_drone", "shahed-136", 140, "about", True)]),
    # with the figure it splits, it takes that figure's verb
    ("ua_air_force_2025-11.csv:54", "Російські військові в ніч проти 23 листопада атакували Україну 98 ударними "
     "безпілотниками, близько 60 із яких – «Шахеди», повідомили Повітряні сили ЗСУ.",
     [("launched", "drone", None, 98, "exact", False), ("launched", "attack_drone", "shahed-136", 60, "about", True)]),
    # several kinds after the dash describe the whole figure: no share
    ("ua_air_force_2025-03.csv:52", "Russian forces unleashed 174 UAVs — strike Shaheds and decoy drones — from Oryol, "
     "Shatalovo, Kursk, Bryansk, and Primorsko-Akhtarsk", [("launched", "drone", None, 174, "exact", False)]),
]


@pytest.mark.parametrize("line,text,expected", SHARES, ids=[s[0] for s in SHARES])
def test_the_air_forces_share_of_shaheds_is_a_part_of_the_drones_launched(line, text, expected):
    got = figures(text, "ua_air_force", "2025-11-23T20:00:00Z", "metric", "item", "item_model", "count", "qualifier",
                  "is_breakdown")
    assert got == expected


# Hits, debris, losses to jamming and launches in the Air Force's figures as pages word them.
AIR_FORCE_2025 = [
    ("ua_air_force_2025-08.csv:96", "а також падіння уламків збитих цілей ще на трьох.", [("debris", "location", 3)]),
    ("ua_air_force_2025.csv:62", "а також падіння уламків ще у двох.", [("debris", "location", 2)]),
    ("ua_air_force_2025-12.csv:113", "Загалом ураження є на 21 локації.", [("hit", "location", 21)]),
    ("ua_air_force_2025-08.csv:68", "Зафіксовано влучання ракети та 24 БпЛА на 12 локаціях.",
     [("hit", "missile", 1), ("hit", "drone", 24), ("hit", "location", 12)]),
    ("ua_air_force_2025-10.csv:82", "Зафиксированы прилеты 47 ударных БпЛА на 10 локациях.",
     [("hit", "drone", 47), ("hit", "location", 10)]),
    ("ua_air_force_2025-11.csv:45", "Водночас офіційно підтверджено влучання 27 ударних безпілотників у 12",
     [("hit", "drone", 27), ("hit", "location", 12)]),
    ("ua_air_force_2025-06.csv:121", "An impact of an enemy attack UAV was recorded at 1 location (Odesa city), as well as "
     "the fall of downed ones at 8 locations", [("hit", "drone", 1), ("hit", "location", 1), ("debris", "location", 8)]),
    ("ua_air_force_2025-07.csv:68", "As of 8:00 a.m., air defenses had neutralized 34 Russian drones – 26 shot down by air "
     "defense systems and eight disabled through electronic warfare.",
     [("neutralised", "drone", 34), ("intercepted", "drone", 26), ("suppressed", "drone", 8)]),
    ("ua_air_force_2025-05.csv:117", "Twenty-two were shot down, while 41 were neutralized by electronic warfare systems",
     [("intercepted", "air_weapon", 22), ("suppressed", "drone", 41)]),
    ("ua_air_force_2025-07.csv:61", "Ukrainian air defenses managed to shoot down 27 drones and used electronic warfare to "
     "suppress or jam 18 more.", [("intercepted", "drone", 27), ("suppressed", "drone", 18)]),
    ("ua_air_force_2025-10.csv:99", "The Russian barrage consisted of 52 missiles and 653 drones, the Ukrainian air force "
     "said, adding that it had downed 623 air targets.",
     [("launched", "missile", 52), ("launched", "drone", 653), ("intercepted", "air_weapon", 623)]),
    ("ua_air_force_2025-04.csv:92", "Russia launched 75 drones, including Shahed-type drones, two Iskander-M ballistic "
     "missiles, and three S-300/400 anti-aircraft guided missiles against Ukraine overnight",
     [("launched", "drone", 75), ("launched", "ballistic_missile", 2), ("launched", "sam_missile", 3)]),
    ("ua_air_force_2025-06.csv:59", "The Ukrainian military said Russia launched 206 drones, 2 ballistic and seven other "
     "missiles against Ukraine overnight.",
     [("launched", "drone", 206), ("launched", "ballistic_missile", 2), ("launched", "missile", 7)]),
    ("ua_air_force_2025-09.csv:152", "A total of 413 aerial assets have been shot down, but 16 missiles and 21 drones hit "
     "their targets.", [("intercepted", "air_weapon", 413), ("hit", "missile", 16), ("hit", "drone", 21)]),
]


@pytest.mark.parametrize("line,text,expected", AIR_FORCE_2025, ids=[a[0] for a in AIR_FORCE_2025])
def test_the_air_forces_hits_debris_and_jamming_as_pages_word_them(line, text, expected):
    assert figures(text) == expected


# The Defence Ministry's list lines in the wordings of the 2025 pages: drones intercepted, a part of the night's total.
LIST_LINES_2025 = [
    ("ru_mod_2025-12.csv:275", "над Брянской — еще три", [(3, "RU-BRY")]),
    ("ru_mod_2025-01.csv:124", "two more - over the Kursk region", [(2, "RU-KRS")]),
    ("ru_mod_2025-03.csv:96", "три — над Калмыкией", [(3, "RU-KL")]),
    ("ru_mod_2025-12.csv:343", "восемь — в Республике Адыгея", [(8, "RU-AD")]),
    ("ru_mod_2025-09.csv:241", "четыре — над регионом Тулы", [(4, "RU-TUL")]),
    ("ru_mod_2025-10.csv:235", "еще три — над Подмосковьем", [(3, "RU-MOS")]),
    ("ru_mod_2025-12.csv:55", "еще два — над акваторией Чёрного моря", [(2, "SEA-BLACK")]),
    ("ru_mod_2025-05.csv:75", "8 — above Orlovskaya,", [(8, "RU-ORL")]),
    ("ru_mod_2025-07.csv:12", "пять – в Ставропольском", [(5, "RU-STA")]),
    ("ru_mod_2025-05.csv:54", "п'ять - над Володимирською областю, три - над Рязанською.", [(5, "RU-VLA"), (3, "RU-RYA")]),
    ("ru_mod_2025-10.csv:405", "еще 21 БПЛА пришелся на Воронежскую область", [(21, "RU-VOR")]),
    ("ru_mod_2025-10.csv:408", "еще 14 и 10 — над Ростовской и Курской областями", [(14, "RU-ROS"), (10, "RU-KRS")]),
    ("ru_mod_2025-07.csv:202", "nine – over Volgograd and Rostov oblasts each,", [(9, "RU-VGG"), (9, "RU-ROS")]),
    ("ru_mod_2025-07.csv:172", "74 Ukrainian drones, 23 of them over the Moscow region, including 15 drones flying towards "
     "Moscow", [(23, "RU-MOS"), (15, "RU-MOW")]),
]


@pytest.mark.parametrize("line,text,expected", LIST_LINES_2025, ids=[d[0] for d in LIST_LINES_2025])
def test_the_defence_ministrys_list_lines_of_2025(line, text, expected):
    got = figures(text, "ru_mod", PUBLISHED, "metric", "item", "count", "region", "is_breakdown")
    assert got == [("intercepted", "drone", count, region, True) for count, region in expected]


# Figures with a verb: counts joined by "и" shared out over as many places, words of air defence, nouns of drones.
DEFENCE_MINISTRY_2025 = [
    ("ru_mod_2025-12.csv:129", "В Нижегородской и Липецкой областях перехвачено 4 и 3 беспилотника",
     [(4, "RU-NIZ"), (3, "RU-LIP")]),
    ("ru_mod_2025-11.csv:52", "По данным ведомства, по 17 и 12 БПЛА уничтожили над территориями Белгородской и "
     "Воронежской областей", [(17, "RU-BEL"), (12, "RU-VOR")]),
    ("ru_mod_2025-10.csv:406", "16 и 15 дронов сбили над Нижегородской и Калужской областями соответственно",
     [(16, "RU-NIZ"), (15, "RU-KLU")]),
    ("ru_mod_2025-11.csv:235", "Над Смоленской и Воронежской областями ликвидировали два и один беспилотник "
     "соответственно.", [(2, "RU-SMO"), (1, "RU-VOR")]),
    ("ru_mod_2025-11.csv:166", "Остальные аппараты поражены над Белгородской (девять), Воронежской (три), Ростовской (три) "
     "и Курской (одной) областями.", [(9, "RU-BEL"), (3, "RU-VOR"), (3, "RU-ROS"), (1, "RU-KRS")]),
    ("ru_mod_2025-09.csv:206", "восемь БПЛА поражено над Волгоградской областью", [(8, "RU-VGG")]),
    ("ru_mod_2025-12.csv:354", "шесть беспилотников ВСУ устранили над территорией Республики Крым", [(6, "UA-43")]),
    ("ru_mod_2025-03.csv:119", "Минобороны РФ утром в пятницу докладывало о перехвате 43 дронов ВСУ над Белгородской, "
     "Волгоградской, Курской, Ростовской областями.", [(43, None)]),
    ("ru_mod_2025-11.csv:233", "Больше всего БПЛА уничтожили над Белгородской областью — 10 штук.", [(10, "RU-BEL")]),
    ("ru_mod_2025-03.csv:115", "Больше всего БПЛА уничтожили над Саратовской областью – 54 устройства.", [(54, "RU-SAR")]),
    ("ru_mod_2025-10.csv:410", "По девяти беспилотникам ПВО отработала в Московском регионе и Тульской области",
     [(9, "RU-MOS"), (9, "RU-TUL")]),
    ("ru_mod_2025-12.csv:271", "Еще по восемь летательных аппаратов удалось нейтрализовать над Саратовской областью, "
     "Черным и Азовским морями", [(8, "RU-SAR"), (8, "SEA-BLACK"), (8, "SEA-AZOV")]),
    ("ru_mod_2025-03.csv:117", "Из них семь аппаратов были уничтожены над Чёрным морем и один – над Азовским.",
     [(7, "SEA-BLACK"), (1, "SEA-AZOV")]),
]


@pytest.mark.parametrize("line,text,expected", DEFENCE_MINISTRY_2025, ids=[d[0] for d in DEFENCE_MINISTRY_2025])
def test_the_defence_ministrys_figures_with_their_places(line, text, expected):
    got = figures(text, "ru_mod", PUBLISHED, "item", "count", "region", "is_breakdown")
    assert got == [("drone", count, region, False) for count, region in expected]


# Wordings added in parsers 1.5.0: stopping verbs paired in Ukrainian and Russian, a toll that "rose to" a figure, a list
# line with "также", a misspelt sea, women counted as people (manual line, quote, the figures read).
WORDINGS_1_5 = [
    ("ua_air_force_2025-12.csv:121", "Сили ППО знищили/подавили 37 БпЛА на півночі, півдні та сході країни.",
     [("neutralised", "drone", 37, "exact", None)]),
    ("ua_air_force_2025-09.csv:139", "протиповітряна оборона збила й подавила 103 ворожі БпЛА типу Shahed, «Гербера» і "
     "дронів інших типів", [("neutralised", "drone", 103, "exact", None)]),
    ("ua_air_force_2025-09.csv:145", "станом на ранок протиповітряна оборона збила або заглушила 611 цілей:",
     [("neutralised", "air_weapon", 611, "exact", None)]),
    ("ua_air_force_2025-12.csv:115", "удалось сбить или подавить 57 вражеских дронов",
     [("neutralised", "drone", 57, "exact", None)]),
    ("ua_air_force_2025-11.csv:39", "Кількість загиблих у Тернополі через російську ракетно-дронову атаку зросла до 20, "
     "поранених – до 66, серед яких 16 дітей.", [("killed", "people", 20, "exact", "UA-61"),
                                                ("injured", "people", 66, "exact", "UA-61")]),
    ("ua_air_force_2025-05.csv:112", "Пострадали три женщины.", [("injured", "people", 3, "exact", None)]),
    ("ru_mod_2025-05.csv:41", "девять над Черном морем и три над Белгородской областью.",
     [("intercepted", "drone", 9, "exact", "SEA-BLACK"), ("intercepted", "drone", 3, "exact", "RU-BEL")]),
    ("ru_mod_2025-11.csv:221", "в Орловской области — также шесть", [("intercepted", "drone", 6, "exact", "RU-ORL")]),
    ("ua_air_force_2024.csv:37", "killing four people, injuring more than a dozen and damaging energy facilities",
     [("killed", "people", 4, "exact", None), ("injured", "people", 13, "at_least", None)]),
]


@pytest.mark.parametrize(("line", "text", "expected"), WORDINGS_1_5, ids=[c[0] for c in WORDINGS_1_5])
def test_the_wordings_of_parsers_1_5(line, text, expected):
    source = "ru_mod" if line.startswith("ru_mod") else "ua_air_force"
    assert figures(text, source, PUBLISHED, "metric", "item", "count", "qualifier", "region") == expected


# Wordings added in parsers 1.6.0 (manual line, quote, the figures read: metric, item, count, qualifier, region, breakdown).
WORDINGS_1_6 = [
    # a verb in the past masculine ("влучив") keeps the debris of the next clause off the hits
    ("ua_air_force_2025-10.csv:57", "А 31 дрон влучив на 10 локаціях, а уламки впали на двох локаціях.",
     [("hit", "drone", 31, "exact", None, False), ("hit", "location", 10, "exact", None, False),
      ("debris", "location", 2, "exact", None, False)]),
    # residents are people; a collective number word with a modifier apostrophe
    ("ua_air_force_2025-11.csv:86", "Постраждали пʼятеро мешканців, серед них — дитина.",
     [("injured", "people", 5, "exact", None, False)]),
    ("ua_air_force_2025-11.csv:126", "У Кам'янському внаслідок масованої атаки російських безпілотників загинула одна "
     "людина, ще восьмеро отримали поранення.", [("killed", "people", 1, "exact", None, False),
                                                  ("injured", "people", 8, "exact", None, False)]),
    # a noun of destroying ("о ликвидации 29"), copters, a verb of using ("задействовал")
    ("ru_mod_2025-12.csv:276", "Ранее в Минобороны РФ сообщили о ликвидации 29 украинских БПЛА над регионами России в "
     "ночь на вторник, 23 декабря.", [("intercepted", "drone", 29, "exact", None, False)]),
    ("ru_mod_2025-11.csv:189", "По данным ведомства, над территорией Рязанской области сбили 25 коптеров, над Ростовской — "
     "17, над Тамбовской — восемь.", [("intercepted", "drone", 25, "exact", "RU-RYA", False),
                                      ("intercepted", "drone", 17, "exact", "RU-ROS", True),
                                      ("intercepted", "drone", 8, "exact", "RU-TAM", True)]),
    ("ua_air_force_2025-09.csv:109", "Также враг задействовал для атаки 172 ударных БпЛА типа Shahed, Гербера и "
     "беспилотников других типов", [("launched", "drone", 172, "exact", None, False)]),
    # the Air Force's share of Shaheds: "из них оказались", "із цих дронів були", "of them being"
    ("ua_air_force_2025-09.csv:110", 'Более 100 из них оказались "Шахедами".',
     [("launched", "attack_drone", 101, "at_least", None, True)]),
    ("ua_air_force_2025.csv:41", "Близько 100 із цих дронів були «Шахедами»",
     [("launched", "attack_drone", 100, "about", None, True)]),
    ("ua_air_force_2025-12.csv:73", "with about 90 of them being Shahed types",
     [("launched", "attack_drone", 90, "about", None, True)]),
    ("ua_air_force_2025-07.csv:91", "Ukraine's air force said Russia targeted several regions overnight with 267 drones, "
     "of which around 200 were Shahed attack drones and the rest decoys.",
     [("launched", "drone", 267, "exact", None, False), ("launched", "attack_drone", 200, "about", None, True)]),
    # where the weapons were launched from is no region of theirs
    ("ua_air_force_2024.csv:9", "the enemy launched 14 Shahed-136/131 strike UAVs from the Primorsko-Akhtarsk area "
     "(Russia) and Cape Chauda (Crimea)", [("launched", "attack_drone", 14, "exact", None, False)]),
    ("ua_air_force_2025-03.csv:100", "росіяни застосували балістичну ракету Іскандер-М з Криму та 139 ударні БпЛА типу "
     "Shahed та безпілотники-імітатори різних типів", [("launched", "ballistic_missile", 1, "exact", None, False),
                                                         ("launched", "drone", 139, "exact", None, False)]),
    # a combined figure split by fire and by electronic warfare: drones, the only ones jammed
    ("ua_air_force_2025-07.csv:99", "Ukraine\u9225\u6a9a Air Force said 40 were neutralized – 22 by fire and 18 by "
     "electronic warfare.", [("neutralised", "drone", 40, "exact", None, False), ("intercepted", "drone", 22, "exact", None, True),
                  ("suppressed", "drone", 18, "exact", None, True)]),
    # objects shot down are aerial ones; list lines over two seas, a republic in Ukrainian
    ("ru_mod_2025-04.csv:186", "Еще 13 объектов обезврежено над Ростовской областью",
     [("neutralised", "drone", 13, "exact", "RU-ROS", False)]),
    ("ru_mod_2025-08.csv:12", "11 БПЛА — над акваториями Азовского и Черного морей.",
     [("intercepted", "drone", 11, "exact", None, True)]),
    ("ru_mod_2025-12.csv:424", "8 БпЛА – над територією Республіки Адигея,",
     [("intercepted", "drone", 8, "exact", "RU-AD", True)]),
    ("ru_mod_2024.csv:16", "17 drones over the waters of the Black and Azov Seas",
     [("intercepted", "drone", 17, "exact", None, True)]),
]


@pytest.mark.parametrize(("line", "text", "expected"), WORDINGS_1_6, ids=[c[0] for c in WORDINGS_1_6])
def test_the_wordings_of_parsers_1_6(line, text, expected):
    source = "ru_mod" if line.startswith("ru_mod") else "ua_air_force"
    keys = ("metric", "item", "count", "qualifier", "region", "is_breakdown")
    assert figures(text, source, PUBLISHED, *keys) == expected


# Wordings that parsers 1.7 read (manual line, quote, figures: metric, item, count, qualifier, region, breakdown)
WORDINGS_1_7 = [
    # an English list line of the Ministry with a place's other name
    ("ru_mod_2025-01.csv:135", "two over the Kuban region", [("intercepted", "drone", 2, "exact", "RU-KDA", True)]),
    # "Iskander" named with "ballistic" is the Iskander-M
    ("ua_air_force_2025-01.csv:102", "Ukraine’s air force said it downed two Iskander ballistic missiles as well as 24 "
     "Russian attack drones overnight.", [("intercepted", "ballistic_missile", 2, "exact", None, False),
                                          ("intercepted", "drone", 24, "exact", None, False)]),
    # figures joined by "and" share the one place named after the last of them
    ("ua_air_force_2025-02.csv:86", "The Ukrainian military reported that Russia launched 124 drones and up to 19 missiles "
     "in overnight strikes targeting gas production facilities in the Poltava region.",
     [("launched", "drone", 124, "exact", "UA-53", False), ("launched", "missile", 19, "at_most", "UA-53", False)]),
    ("ua_air_force_2025-03.csv:131", "Four people were killed and 21 injured in a massive Russian drone attack on the "
     "Ukrainian city of Dnipro.", [("killed", "people", 4, "exact", "UA-12", False),
                                   ("injured", "people", 21, "exact", "UA-12", False)]),
    ("ua_air_force_2025-11.csv:103", "at least one person was killed and 19 others were injured due to an overnight Russian "
     "drone attack on the city of Vyshhorod", [("killed", "people", 1, "at_least", "UA-32", False),
                                               ("injured", "people", 19, "exact", "UA-32", False)]),
    # "a dozen" is about twelve
    ("ua_air_force_2025-02.csv:98", "Russia launched 161 drones and a dozen missiles overnight, targeting gas "
     "infrastructure in Ukraine’s northeastern Kharkiv region",
     [("launched", "drone", 161, "exact", "UA-63", False), ("launched", "missile", 12, "about", "UA-63", False)]),
    # drones "diverted" by electronic warfare are lost to it
    ("ua_air_force_2025-02.csv:88", "The air force successfully intercepted 57 drones, while electronic warfare likely "
     "diverted 66 others from reaching their intended targets.",
     [("intercepted", "drone", 57, "exact", None, False), ("suppressed", "drone", 66, "exact", None, False)]),
    # people left without power are not casualties
    ("ua_air_force_2025-02.csv:102", "In Odesa region, a “massive” drone attack injured one person and cut power to 5,000 "
     "local residents, prosecutors said", [("injured", "people", 1, "exact", "UA-51", False)]),
    # "a wave of" drones that "struck" regions is an attack, not hits
    ("ua_air_force_2025-03.csv:133", "A wave of at least 179 Shahed-type attack drones from Russia struck four regions in "
     "Ukraine overnight on March 21-22", [("launched", "attack_drone", 179, "at_least", None, False)]),
    # "wounding" is a verb of injury
    ("ua_air_force_2025-03.csv:135", "killing a family of three in Zaporizhzhya, and wounding at least 12 people",
     [("killed", "people", 3, "exact", "UA-23", False), ("injured", "people", 12, "at_least", None, False)]),
    # the verb after "N drones of M launched" is the N's
    ("ua_air_force_2025-04.csv:121", "Ukraine’s air force said 43 drones of 55 launched by Russia overnight to Sunday had "
     "been destroyed by Ukrainian air defenses.", [("intercepted", "drone", 43, "exact", None, False),
                                                  ("launched", "drone", 55, "exact", None, False)]),
    # the head of a region speaks of that region
    ("ua_air_force_2025-06.csv:130", "The head of the Kharkiv region, Oleh Syniehubov, said that 15 people, including four "
     "children, were injured by Russian drone attacks overnight.", [("injured", "people", 15, "exact", "UA-63", False)]),
    # "various types of" between a count and its noun
    ("ua_air_force_2025-11.csv:99", "its air defenses shot down 104 out of 122 various types of drones launched by Russia "
     "overnight", [("intercepted", "drone", 104, "exact", None, False), ("launched", "drone", 122, "exact", None, False)]),
    # the Air Force's statements in Russian: detected and tracked; a tally with no verb and its parts
    ("ua_air_force_2025-11.csv:108", "Радиотехническими войсками Воздушных Сил обнаружено и осуществлено сопровождение 449 "
     "средств воздушного нападения", [("launched", "air_weapon", 449, "exact", None, False)]),
    ("ua_air_force_2025-11.csv:109", '449 средств воздушного нападения – 19 ракет (13 из них – "баллистика") и 430 БП',
     [("launched", "air_weapon", 449, "exact", None, False), ("launched", "missile", 19, "exact", None, False),
      ("launched", "ballistic_missile", 13, "exact", None, True)]),
]


@pytest.mark.parametrize(("line", "text", "expected"), WORDINGS_1_7, ids=[c[0] for c in WORDINGS_1_7])
def test_the_wordings_of_parsers_1_7(line, text, expected):
    source = "ru_mod" if line.startswith("ru_mod") else "ua_air_force"
    keys = ("metric", "item", "count", "qualifier", "region", "is_breakdown")
    assert figures(text, source, PUBLISHED, *keys) == expected


# Dates and windows (manual line, quote, publication time, the figure's count, date, window kind, start, end). A page that
# shows only its date is published at 23:59 local time, as the gold sets take it.
DATES_2025 = [
    ("ru_mod_2025-08.csv:125", "В ночь на 13 августа (с 22:35 до 06:05 мск) силы ПВО сбили 46 украинских беспилотников.",
     "2025-08-14T20:59:00Z", (46, "2025-08-13", "night", "2025-08-12T19:35:00Z", "2025-08-13T03:05:00Z")),
    ("ru_mod_2025-04.csv:74", "В ночь с 8 на 9 апреля над Курской областью были сбиты десять украинских беспилотных "
     "летательных аппаратов", "2025-04-09T20:59:00Z", (10, "2025-04-09", "night", None, None)),
    ("ru_mod_2025-09.csv:192", "За прошедшую ночь силы противовоздушной обороны перехватили и уничтожили 43 украинских "
     "дрона.", "2025-09-18T20:59:00Z", (43, "2025-09-18", "night", None, None)),
    ("ru_mod_2025-09.csv:228", "Всего в ночное время дежурными средствами ПВО перехвачено и уничтожено 55 украинских "
     "беспилотных летательных аппаратов самолетного типа", "2025-09-25T20:59:00Z", (55, "2025-09-25", "night", None, None)),
    ("ru_mod_2025-03.csv:151", "Шесть украинских БПЛА перехватили вечером в четверг, 27 марта, средства ПВО над "
     "Воронежской областью.", "2025-03-27T20:59:00Z", (6, "2025-03-28", "night", None, None)),
    ("ru_mod_2025-10.csv:167", "Силы противовоздушной обороны (ПВО) вечером в понедельник уничтожили 14 украинских "
     "беспилотников самолетного типа над тремя регионами России", "2025-10-20T20:59:00Z",
     (14, "2025-10-21", "night", None, None)),
    ("ru_mod_2025-08.csv:193", "Средства противовоздушной обороны (ПВО) за вечер уничтожили десять беспилотников над "
     "регионами России.", "2025-08-23T20:59:00Z", (10, "2025-08-24", "night", None, None)),
    ("ru_mod_2025-12.csv:312", "Российские силы противовоздушной обороны за вечер 24 декабря перехватили и уничтожили 29 "
     "украинских беспилотных летательных аппаратов над территорией страны.", "2025-12-24T21:20:00Z",
     (29, "2025-12-25", "night", None, None)),
    ("ru_mod_2025-10.csv:341", "C 15.00 до 20.00 мск дежурными средствами ПВО уничтожены 15 украинских беспилотных "
     "летательных аппаратов самолётного типа", "2025-10-28T20:59:00Z",
     (15, "2025-10-28", "day", "2025-10-28T12:00:00Z", "2025-10-28T17:00:00Z")),
    ("ru_mod_2025-04.csv:133", "between 10pm and 10.30pm nine drones were destroyed in Rostov region",
     "2025-04-12T20:59:00Z", (9, "2025-04-13", "night", "2025-04-12T19:00:00Z", "2025-04-12T19:30:00Z")),
    ("ua_air_force_2025-07.csv:59", "Russian forces launched a total of 71 drones— Shahed-type and decoy drones—overnight "
     "on 23 July, beginning around 20:00 on 22 July.", "2025-07-23T20:59:00Z",
     (71, "2025-07-23", "night", "2025-07-22T17:00:00Z", None)),
    # clock times with weekdays: the window ends on the latest Sunday at or before publication
    ("ua_air_force_2025-06.csv:135", "the Ukrainian Air Force reported that a total of 49 drones launched by Russia "
     "attacked Ukraine from 21:00 Saturday to 09:00 Sunday", "2025-06-08T20:59:00Z",
     (49, "2025-06-08", "night", "2025-06-07T18:00:00Z", "2025-06-08T06:00:00Z")),
]


@pytest.mark.parametrize("line,text,published,expected", DATES_2025, ids=[d[0] for d in DATES_2025])
def test_named_nights_evenings_and_windows_of_2025(line, text, published, expected):
    source = "ua_air_force" if line.startswith("ua_") else "ru_mod"
    got = figures(text, source, published, "count", "date", "window_kind", "window_start", "window_end")
    assert got == [expected]


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
    held_out = [json.loads(line)["text"] for name in ("real_heldout4", "real_heldout5")
                for line in
                (REPO / "src" / "strikeclaims" / "gold" / name / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    cases = [(line, text) for line, text, _ in AIR_FORCE + DEFENCE_MINISTRY + SHARES + AIR_FORCE_2025 + LIST_LINES_2025
             + DEFENCE_MINISTRY_2025 + WORDINGS_1_5 + WORDINGS_1_6 + WORDINGS_1_7] + [(line, text) for line, text, _, _ in DATES_2025]
    for line, text in cases:
        assert quotes.get(line) == text, line
        assert not any(text in report or report in text for report in held_out), line


def test_a_count_under_a_list_line_splits_it_and_a_place_flown_to_is_no_second_place():
    text = "8 беспилотников - над территорией Московского региона, в том числе 5 БПЛА, летевших на Москву"  # ru_mod_2025-07.csv:162
    assert figures(text, "ru_mod", PUBLISHED, "count", "region", "is_breakdown") == [
        (8, "RU-MOS", True), (5, "RU-MOW", True)]
    english = "including 5 over the Moscow region flying to Moscow"  # written for the test, in agency English
    assert figures(english, "ru_mod", PUBLISHED, "count", "region") == [(5, "RU-MOS")]
