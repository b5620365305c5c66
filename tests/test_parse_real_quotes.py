"""Wordings the parsers read, each on a real quote of the manual layer (`data/raw/manual/`, the line named beside
it): news agencies' retellings of the Air Force's figures, its shares of Shaheds, hits and debris, the Defence Ministry's
list lines, and the nights, evenings and windows of the 2025 pages.

None of these quotes occurs in a report of the held-out gold sets (`strikeclaims/gold/real_heldout4/`,
`real_heldout14/`):
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
    assert got == [("intercepted", "drone", *line, True)[:5] for line in expected]


def test_a_number_word_before_managed_to_is_a_count():
    got = figures("два удалось нейтрализовать в Курской области", "ru_mod", PUBLISHED,
                  "metric", "item", "count", "region")  # ru_mod_2025-10.csv:140
    assert got == [("intercepted", "drone", 2, "RU-KRS")]


@pytest.mark.parametrize("source,text,metric", [
    # an outlet retells the Defence Ministry's one figure of drones brought down in a word of its own
    ("ru_mod", "Так же восемь дронов уничтожено над Краснодарским краем, шесть беспилотников нейтрализованы над "
               "Республикой Крым", "intercepted"),  # gold real: ru_mod:6ce58afbaf98
    ("ru_mod", "Минобороны РФ заявило о нейтрализации 152 дронов ВСУ", "intercepted"),  # gold real: ru_mod:3405f0063d9b
    ("ru_mod", "Among these, 66 drones were neutralized over Russia's southern Krasnodar region", "intercepted"),
    # a combined figure stays one, and the Air Force's own "нейтралізовано" is its combined figure
    ("ru_mod", "дежурными средствами ПВО уничтожены или подавлены 12 БПЛА", "neutralised"),
    ("ua_air_force", "Станом на 09:00 нейтралізовано 12 ударних БпЛА", "neutralised"),
])
def test_the_ministrys_figure_retold_as_neutralised_is_intercepted(source, text, metric):
    assert {m for (m,) in figures(text, source, PUBLISHED, "metric")} == {metric}


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
    # several kinds after the dash describe the whole figure: no share, but drones of the model named first
    ("ua_air_force_2025-03.csv:52", "Russian forces unleashed 174 UAVs — strike Shaheds and decoy drones — from Oryol, "
     "Shatalovo, Kursk, Bryansk, and Primorsko-Akhtarsk", [("launched", "drone", "shahed-136", 174, "exact", False)]),
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


# The Defence Ministry's list lines in the wordings of the 2025 pages: drones intercepted, a part of the night's total
# (count and place; a third value, the breakdown flag, where a count is not such a part).
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
     "Moscow", [(74, None, False), (23, "RU-MOS"), (15, "RU-MOW")]),  # with no verb, the Ministry's count is of drones
    # downed: the total, and its parts
]


@pytest.mark.parametrize("line,text,expected", LIST_LINES_2025, ids=[d[0] for d in LIST_LINES_2025])
def test_the_defence_ministrys_list_lines_of_2025(line, text, expected):
    got = figures(text, "ru_mod", PUBLISHED, "metric", "item", "count", "region", "is_breakdown")
    assert got == [("intercepted", "drone", *line, True)[:5] for line in expected]


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
     [("intercepted", "drone", 13, "exact", "RU-ROS", False)]),
    ("ru_mod_2025-08.csv:12", "11 БПЛА — над акваториями Азовского и Черного морей.",
     [("intercepted", "drone", 11, "exact", None, True)]),
    ("ru_mod_2025-12.csv:424", "8 БпЛА – над територією Республіки Адигея,",
     [("intercepted", "drone", 8, "exact", "RU-AD", True)]),
    ("ru_mod_2024.csv:16", "17 drones over the waters of the Black and Azov Seas",
     [("intercepted", "drone", 17, "exact", None, True)]),
]


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


# Wordings of manual quotes that parsers 1.16.0 read: a word of doubt before the participle, drones called "птиц".
WORDINGS_1_16 = [
    ("ru_mod_2025-01.csv:20", "Міноборони Російської Федерації повідомило зранку про 32 нібито збитих безпілотників над семи "
     "областями країни-агресорки та акваторією Азовського моря.", [("intercepted", "drone", 32, "exact", None, False)]),
    ("ru_mod_2025-04.csv:73", 'Всего за последнюю ночь силы противовоздушной обороны России уничтожили и перехватили 158 '
     'вражеских "птиц"', [("intercepted", "drone", 158, "exact", None, False)]),
]


@pytest.mark.parametrize(("line", "text", "expected"), WORDINGS_1_6 + WORDINGS_1_7 + WORDINGS_1_16,
                         ids=[c[0] for c in WORDINGS_1_6 + WORDINGS_1_7 + WORDINGS_1_16])
def test_the_wordings_of_parsers_1_6_1_7_and_1_16(line, text, expected):
    source = "ru_mod" if line.startswith("ru_mod") else "ua_air_force"
    keys = ("metric", "item", "count", "qualifier", "region", "is_breakdown")
    assert figures(text, source, PUBLISHED, *keys) == expected


# Dates and windows (manual line, quote, publication time, the figure's count, date, window kind, start, end). A page that
# shows only its date is published at 23:59 local time, as the gold sets take it.
DATES_2025 = [
    ("ru_mod_2025-08.csv:324", "Ночью ранее, 6 августа, Минобороны сообщило о перехвате пяти десятков летательных аппаратов "
     "над Россией.", "2025-08-07T20:59:00Z", (50, "2025-08-06", "night", None, None)),
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
    held_out = [json.loads(line)["text"] for name in ("real_heldout4", "real_heldout14")
                for line in
                (REPO / "src" / "strikeclaims" / "gold" / name / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    cases = [(line, text) for line, text, _ in AIR_FORCE + DEFENCE_MINISTRY + SHARES + AIR_FORCE_2025 + LIST_LINES_2025
             + DEFENCE_MINISTRY_2025 + WORDINGS_1_5 + WORDINGS_1_6 + WORDINGS_1_7 + WORDINGS_1_16] + [(line, text) for line, text, _, _ in DATES_2025]
    for line, text in cases:
        assert quotes.get(line) == text, line
        assert not any(text in report or report in text for report in held_out), line


def test_a_count_under_a_list_line_splits_it_and_a_place_flown_to_is_no_second_place():
    text = "8 беспилотников - над территорией Московского региона, в том числе 5 БПЛА, летевших на Москву"  # ru_mod_2025-07.csv:162
    assert figures(text, "ru_mod", PUBLISHED, "count", "region", "is_breakdown") == [
        (8, "RU-MOS", True), (5, "RU-MOW", True)]
    english = "including 5 over the Moscow region flying to Moscow"  # written for the test, in agency English
    assert figures(english, "ru_mod", PUBLISHED, "count", "region") == [(5, "RU-MOS")]


# Wordings of pages outside the manual layer that parsers 1.7.0 read (gold `real/` reports: source, publication time,
# quote, the figures read: metric, item, count, region, breakdown, date, window kind, window start and end)
PAGES_1_7 = [
    ('ua_air_force', '2024-09-29T06:34:00Z', 'Fifteen of the 22 Shahed drones launched by Russia in an overnight attack against Ukraine were downed by air defense',
     [('intercepted', 'attack_drone', 15, None, False, '2024-09-29', 'night', None, None), ('launched', 'attack_drone', 22, None, False, '2024-09-29', 'night', None, None)]),
    ('ua_air_force', '2023-10-23T20:59:00Z', 'Thirteen Shahed kamikaze drones, launched from the area of Cape Chauda in Ukraine’s Russian-occupied Crimea, were shot down',
     [('intercepted', 'attack_drone', 13, None, False, '2023-10-23', 'event', None, None)]),
    ('ru_mod', '2024-09-14T20:59:00Z', 'Russian Defense Ministry: Air defense systems shot down Ukrainian UAV in Belgorod Region',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2024-09-14', 'event', None, None)]),
    ('ru_mod', '2024-09-26T20:59:00Z', 'Russian Defense Ministry: air defense systems on duty shot down 2 Ukrainian Armed Forces drones over the Belgorod region',
     [('intercepted', 'drone', 2, 'RU-BEL', False, '2024-09-26', 'event', None, None)]),
    ('ru_mod', '2024-08-25T20:59:00Z', 'The Ukrainian unmanned aerial vehicle was destroyed over the territory of the Belgorod Region by the air defense system on duty',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2024-08-25', 'event', None, None)]),
    ('ua_air_force', '2024-01-01T21:59:00Z', 'Повітряні сили заявляють про рекордну кількість збитих дронів за цю ніч – 87 одиниць.',
     [('intercepted', 'drone', 87, None, False, '2024-01-01', 'night', None, None)]),
    ('ua_air_force', '2026-01-26T21:59:00Z', 'За попередніми даними, на 08:00 протиповітряною обороною збито/подавлено 110 ворожих БпЛА типу Shahed, «Гербера» і дрони інших типів на півночі та сході країни',
     [('neutralised', 'drone', 110, None, False, '2026-01-26', 'night', None, '2026-01-26T06:00:00Z')]),
    ('ua_air_force', '2023-11-22T05:20:14Z', 'З 20:00 вечора 21 листопада по 03:00 22 листопада 2023 року окупанти атакували з південно-східного напрямку 14-ма ударними БпЛА типу "Shahed"',
     [('launched', 'attack_drone', 14, None, False, '2023-11-22', 'night', '2023-11-21T18:00:00Z', '2023-11-22T01:00:00Z')]),
    ('ru_mod', '2026-01-06T20:59:00Z', 'Силы противовоздушной обороны России за вечер понедельника, 5 января, перехватили и уничтожили 55 украинских беспилотных летательных аппаратов.',
     [('intercepted', 'drone', 55, None, False, '2026-01-06', 'night', None, None)]),
    ('ru_mod', '2024-09-14T20:59:00Z', 'On September 13, a drone of the Armed Forces of Ukraine (AFU) was shot down in the skies over the Bryansk region.',
     [('intercepted', 'drone', 1, 'RU-BRY', False, '2024-09-13', 'event', None, None)]),
    ('ua_air_force', '2026-01-28T21:59:00Z', 'Російська армія атакувала Україну протягом ночі із застосуванням 146 безпілотників та балістичної ракети, повідомляє командування Повітряних сил вранці 28 січня.',
     [('launched', 'drone', 146, None, False, '2026-01-28', 'night', None, None), ('launched', 'ballistic_missile', 1, None, False, '2026-01-28', 'night', None, None)]),
    ('ua_air_force', '2024-07-06T05:05:56Z', 'У ніч на 6 липня ворог завдав удару 27 ударними БпЛА типу "Shahed-131/136" із Криму та Курської області',
     [('launched', 'attack_drone', 27, None, False, '2024-07-06', 'night', None, None)]),
    ('ua_air_force', '2023-09-14T20:59:00Z', 'У ніч на 14 вересня cили ППО ліквідували 17 із 22 БпЛА типу Shahed-136/131, запущених російськими окупантами по Україні.',
     [('intercepted', 'attack_drone', 17, None, False, '2023-09-14', 'night', None, None), ('launched', 'attack_drone', 22, None, False, '2023-09-14', 'night', None, None)]),
    ('ua_air_force', '2024-07-06T05:05:56Z', 'Цієї ночі захисникам неба вдалось уразити 24 "шахеди"',
     [('intercepted', 'attack_drone', 24, None, False, '2024-07-06', 'night', None, None)]),
    ('ua_air_force', '2023-09-26T20:59:00Z', 'The launches of 38 Shahed-136/131 attack UAVs from the south-eastern direction (Primorsko-Akhtarsk - RF, Cape Chauda - Crimea) were recorded.',
     [('launched', 'attack_drone', 38, None, False, '2023-09-26', 'event', None, None)]),
    ('ua_air_force', '2023-12-22T12:55:00Z', 'У ніч на 22 грудня російські окупаційні війська атакували 28 ударними безпілотниками типу Shahed з районів Курська, Приморсько-Ахтарська — РФ, Чауда — Крим',
     [('launched', 'attack_drone', 28, None, False, '2023-12-22', 'night', None, None)]),
    ('ru_mod', '2023-10-03T20:59:00Z', 'The ministry statement said Russian air defense systems had downed a Ukrainian Neptun missile over the northwestern part of the Black Sea',
     [('intercepted', 'cruise_missile', 1, 'SEA-BLACK', False, '2023-10-03', 'event', None, None)]),
    ('ua_air_force', '2024-07-23T20:59:00Z', 'Внаслідок активної протидії ворожа керована авіаційна ракета Х-69 не досягла своєї цілі',
     [('suppressed', 'cruise_missile', 1, None, False, '2024-07-23', 'event', None, None)]),
    ('ru_mod', '2026-01-02T09:30:00Z', 'Помимо этого, за этот период были перехвачены шесть управляемых авиабомб, две ракеты «Гром», три снаряда HIMARS и другие средства воздушного нападения.',
     [('intercepted', 'guided_bomb', 6, None, False, '2026-01-02', 'event', None, None), ('intercepted', 'ballistic_missile', 2, None, False, '2026-01-02', 'event', None, None), ('intercepted', 'rocket', 3, None, False, '2026-01-02', 'event', None, None)]),
    ('ru_mod', '2024-06-22T20:59:00Z', 'Russian Defence Ministry: air defence forces shot down 48 UAVs and a HIMARS MLRS rocket overnight',
     [('intercepted', 'drone', 48, None, False, '2024-06-22', 'night', None, None), ('intercepted', 'rocket', 1, None, False, '2024-06-22', 'night', None, None)]),
    ('ru_mod', '2026-03-07T20:59:00Z', 'Air defenses shot down 124 Ukrainian unmanned aerial vehicles over Russian regions overnight, including one headed for Moscow, Russia’s Defense Ministry reported.',
     [('intercepted', 'drone', 124, None, False, '2026-03-07', 'night', None, None), ('intercepted', 'drone', 1, 'RU-MOW', True, '2026-03-07', 'night', None, None)]),
    ('ru_mod', '2026-03-08T20:59:00Z', 'В оборонном ведомстве уточнили, что восемь БПЛА сбили над территорией Московского региона, в том числе четыре, летевших на Москву.',
     [('intercepted', 'drone', 8, 'RU-MOS', False, '2026-03-08', 'event', None, None), ('intercepted', 'drone', 4, 'RU-MOW', True, '2026-03-08', 'event', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'Среди уничтоженных — 12 БПЛА, которые летели в сторону Москвы.',
     [('intercepted', 'drone', 12, 'RU-MOW', True, '2026-02-26', 'event', None, None)]),
    ('ru_mod', '2026-03-08T20:59:00Z', 'Средства противовоздушной обороны за 3 часа уничтожила над российскими регионами 34 беспилотников Вооруженных сил Украины, в том числе летевшие на Москву, сообщили в Минобороны РФ.',
     [('intercepted', 'drone', 34, None, False, '2026-03-08', 'event', None, None)]),
    ('ru_mod', '2024-03-27T20:59:00Z', 'Силами противовоздушной обороны (ПВО) России над Белгородской областью в ночь с 26 по 27 марта были сбиты 18 снарядов реактивной системы залпового огня (РСЗО)',
     [('intercepted', 'rocket', 18, 'RU-BEL', False, '2024-03-27', 'night', None, None)]),
    ('ru_mod', '2024-06-22T20:59:00Z', 'Russian air defences shot down 48 Ukrainian drones and a HIMARS MLRS rocket over the course of the day.',
     [('intercepted', 'drone', 48, None, False, '2024-06-22', 'day_total', None, None), ('intercepted', 'rocket', 1, None, False, '2024-06-22', 'day_total', None, None)]),
    ('ru_mod', '2026-01-23T20:59:00Z', 'Оборонное ведомство рассказало, что по одному беспилотному аппарату было уничтожено в Курской и Воронежской областях, остальные в Белгородской области.',
     [('intercepted', 'drone', 1, 'RU-KRS', False, '2026-01-23', 'event', None, None), ('intercepted', 'drone', 1, 'RU-VOR', False, '2026-01-23', 'event', None, None)]),
    ('ru_mod', '2026-01-02T20:59:00Z', 'в период с 23:00 мск 1 января текущего года до 07:00 мск 2 января дежурными средствами ПВО перехвачены и уничтожены 64 украинских беспилотных летательных аппарата',
     [('intercepted', 'drone', 64, None, False, '2026-01-02', 'night', '2026-01-01T20:00:00Z', '2026-01-02T04:00:00Z')]),
    ('ru_mod', '2024-01-08T20:59:00Z', 'In Crimea, Russia said its forces shot down four Ukrainian missiles on Saturday.',
     [('intercepted', 'missile', 4, 'UA-43', False, '2024-01-06', 'event', None, None)]),
]


# Wordings of pages outside the manual layer that parsers 1.8.0 read (gold `real/` reports, as above)
PAGES_1_8 = [
    # a place before its count and a dash is that count's, not the place named after it in the next clause
    ('ru_mod', '2024-04-05T09:32:00Z', 'По информации оборонного ведомства, наибольшее количество дронов было уничтожено над Ростовской областью – 44, в небе над Краснодарским краем сбили 6 беспилотников',
     [('intercepted', 'drone', 44, 'RU-ROS', False, '2024-04-05', 'event', None, None), ('intercepted', 'drone', 6, 'RU-KDA', False, '2024-04-05', 'event', None, None)]),
    # a place a sentence names first belongs to its first count, when the other places of the sentence are the other counts'
    ('ru_mod', '2026-01-24T20:59:00Z', 'Над Крымом сбили 2 БПЛА, над Белгородской областью — 22, над Курской и Воронежской областями — 2 и 1 БПЛА соответственно.',
     [('intercepted', 'drone', 2, 'UA-43', False, '2026-01-24', 'event', None, None), ('intercepted', 'drone', 22, 'RU-BEL', True, '2026-01-24', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KRS', True, '2026-01-24', 'event', None, None), ('intercepted', 'drone', 1, 'RU-VOR', True, '2026-01-24', 'event', None, None)]),
    # "по Москве" after a clock time is the time zone, not a place
    ('ru_mod', '2026-01-05T20:59:00Z', 'Дежурными средствами ПВО с 20:00 до 23:00 по Москве понедельника перехвачены и уничтожены 55 украинских беспилотных летательных аппаратов, сообщили в Минобороны РФ.',
     [('intercepted', 'drone', 55, None, False, '2026-01-06', 'night', '2026-01-05T17:00:00Z', '2026-01-05T20:00:00Z')]),
    # a count with a dash written against it ("11- над …")
    ('ru_mod', '2026-01-05T20:59:00Z', 'Уточняется, что 31 БПЛА ликвидирован над территорией Брянской области, 11- над территорией Ростовской области, три БПЛА - над Белгородской областью.',
     [('intercepted', 'drone', 31, 'RU-BRY', False, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 11, 'RU-ROS', False, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 3, 'RU-BEL', False, '2026-01-05', 'event', None, None)]),
    # "Moscow officials": a capital that stands for its government is no place
    ('ru_mod', '2023-12-30T20:59:00Z', 'Thirty-two Ukrainian drones were shot down over Russia, Moscow officials reported',
     [('intercepted', 'drone', 32, None, False, '2023-12-30', 'event', None, None)]),
    # shot down and electronically suppressed is one combined figure; an early-morning attack is the night
    ('ru_mod', '2023-08-12T20:59:00Z', 'Russian defence ministry says 20 Ukrainian drones were shot down and electronically suppressed in early morning attack.',
     [('neutralised', 'drone', 20, None, False, '2023-08-12', 'night', None, None)]),
    # one missile named with "the" and its model
    ('ua_air_force', '2023-11-16T09:51:00Z', 'The Kh-59 missile was downed on the evening of Nov. 15 over Poltava Oblast.',
     [('intercepted', 'cruise_missile', 1, 'UA-53', False, '2023-11-16', 'night', None, None)]),
    # "are currently lost" is lost to electronic warfare
    ('ua_air_force', '2024-10-23T20:59:00Z', 'In addition, 15 Russian drones are currently lost.',
     [('suppressed', 'drone', 15, None, False, '2024-10-23', 'event', None, None)]),
    # a launch area "from the airspace over" a region is no place of the weapons
    ('ua_air_force', '2024-08-14T20:59:00Z', "Overnight August 14, 2024, Russian ivaders launched two Kh-59/69 guided air missiles from the airspace over Russia's Belgorod region",
     [('launched', 'cruise_missile', 2, None, False, '2024-08-14', 'night', None, None)]),
    # an abbreviation in brackets does not end the noun phrase before its model
    ('ua_air_force', '2024-08-14T20:59:00Z', 'Ворог запустив дві керовані авіаційні ракети Х-59/69 із повітряного простору Бєлгородської області та 23 ударні безпілотні літальні апарати (БпЛА) типу «Shahed»',
     [('launched', 'cruise_missile', 2, None, False, '2024-08-14', 'event', None, None), ('launched', 'attack_drone', 23, None, False, '2024-08-14', 'event', None, None)]),
    # "said early on Thursday" dates the statement, not a night
    ('ru_mod', '2024-01-18T20:59:00Z', "Russia's Defence Ministry said early on Thursday that its air defence units had intercepted and destroyed one Ukrainian drone over Moscow region",
     [('intercepted', 'drone', 1, 'RU-MOS', False, '2024-01-18', 'event', None, None)]),
    # a day a text opens with dates its week's total
    ('ru_mod', '2024-10-01T20:59:00Z', '27 сентября в Минобороны России сообщили, что средствами ПВО за неделю были сбиты оперативно-тактическая ракета ATACMS производства США, десять управляемых ракет большой дальности «Нептун»',
     [('intercepted', 'ballistic_missile', 1, None, False, '2024-09-27', 'period_total', None, None), ('intercepted', 'cruise_missile', 10, None, False, '2024-09-27', 'period_total', None, None)]),
    # the Air Force's list lines of an attack with no verb are weapons launched
    ('ua_air_force', '2025-07-25T20:59:00Z', '61 ударный БпЛА типа Shahed;',
     [('launched', 'attack_drone', 61, None, False, '2025-07-25', 'event', None, None)]),
    # "sent by Kyiv" is the government; a place after a relative clause ("which borders Ukraine") is not the figure's
    ('ru_mod', '2023-08-24T20:59:00Z', 'Two drones sent by Kyiv “were destroyed by air defence over the territory of the Bryansk region” which borders Ukraine,',
     [('intercepted', 'drone', 2, 'RU-BRY', False, '2023-08-24', 'event', None, None)]),
    # places after a relative clause are not the figure's
    ('ru_mod', '2023-08-24T02:57:00Z', 'Two drones were downed over the Bryansk region that borders Ukraine and one more - over the Kaluga region that is closer to Moscow.',
     [('intercepted', 'drone', 2, 'RU-BRY', False, '2023-08-24', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KLU', False, '2023-08-24', 'event', None, None)]),
    # a place after a bearing ("southwest of Moscow") is not the figure's
    ('ru_mod', '2023-08-24T20:59:00Z', 'Another drone “was detected and destroyed by air defence over the territory of Kaluga region” southwest of Moscow, it added.',
     [('intercepted', 'drone', 1, 'RU-KLU', False, '2023-08-24', 'event', None, None)]),
    # "and another over …" is one more
    ('ru_mod', '2023-08-13T20:59:00Z', 'Two drones were shot down over Belgorod region and another over the Kursk region, the defence ministry said.',
     [('intercepted', 'drone', 2, 'RU-BEL', False, '2023-08-13', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KRS', False, '2023-08-13', 'event', None, None)]),
    # "deviated off course" is lost to electronic warfare; "overnight Monday" is the night into Monday
    ('ua_air_force', '2024-12-24T21:59:00Z', "Ukraine's Defense Forces shot down 47 Russian drones overnight Monday, and 25 decoy attack drones deviated off course.",
     [('intercepted', 'drone', 47, None, False, '2024-12-23', 'night', None, None), ('suppressed', 'decoy_drone', 25, None, False, '2024-12-23', 'night', None, None)]),
    # "вышли из подконтрольного воздушного пространства" is flown away
    ('ua_air_force', '2024-12-03T21:59:00Z', 'Один беспилотник локационно потерян, два – вышли из подконтрольного воздушного пространства в направлении Беларуси и временно оккупированной территории.',
     [('suppressed', 'drone', 1, None, False, '2024-12-03', 'event', None, None), ('returned', 'drone', 2, None, False, '2024-12-03', 'event', None, None)]),
    # "left the airspace" is flown away
    ('ua_air_force', '2024-10-26T20:59:00Z', 'According to the Ukrainian Air Force, one drone left the airspace over Ukraine heading towards Belarus.',
     [('returned', 'drone', 1, None, False, '2024-10-26', 'event', None, None)]),
    # "Tonight" in a morning report is the night
    ('ua_air_force', '2024-03-25T08:18:35Z', 'Tonight, our sky defenders managed to take down 8 out of 9 Shahed attack drones, which the enemy launched from Cape Chauda (Crimea),',
     [('intercepted', 'attack_drone', 8, None, False, '2024-03-25', 'night', None, None), ('launched', 'attack_drone', 9, None, False, '2024-03-25', 'night', None, None)]),
    # "in a single day" is a whole day
    ('ru_mod', '2025-07-05T20:59:00Z', 'Russian air defense forces have claimed to have shot down 371 Ukrainian drones in a single day',
     [('intercepted', 'drone', 371, None, False, '2025-07-05', 'day_total', None, None)]),
    # "с начала боевых действий" is a running total
    ('ru_mod', '2025-10-08T20:59:00Z', 'Из него следует, что ВСУ с начала боевых действий лишились 89 163 дронов.',
     [('intercepted', 'drone', 89163, None, False, '2025-10-08', 'cumulative', None, None)]),
    # Tochka-U missiles are ballistic
    ('ru_mod', '2024-08-11T20:59:00Z', 'Дежурными средствами ПВО 14 украинских беспилотных летательных аппаратов и 4 тактические ракеты «Точка-У» уничтожены над территорией Курской области, 16 БПЛА сбиты над территорией Воронежской области',
     [('intercepted', 'drone', 14, 'RU-KRS', False, '2024-08-11', 'event', None, None), ('intercepted', 'ballistic_missile', 4, 'RU-KRS', False, '2024-08-11', 'event', None, None), ('intercepted', 'drone', 16, 'RU-VOR', False, '2024-08-11', 'event', None, None)]),
    # Taganrog is in Rostov Oblast
    ('ru_mod', '2023-07-28T20:59:00Z', 'Ранее Минобороны РФ сообщило о том, что в небе над Таганрогом была перехвачена украинская баллистическая ракета.',
     [('intercepted', 'ballistic_missile', 1, 'RU-ROS', False, '2023-07-28', 'event', None, None)]),
    # the misspelling "missles"
    ('ua_air_force', '2024-03-30T21:59:00Z', 'Overnight on March 29, Ukraine’s air defense downed 58 Russian drone and 26 missles launched at Ukraine',
     [('intercepted', 'drone', 58, None, False, '2024-03-29', 'night', None, None), ('intercepted', 'missile', 26, None, False, '2024-03-29', 'night', None, None)]),
    # words typed with Latin letters among Cyrillic ones are read as Cyrillic
    ('ua_air_force', '2025-10-25T20:59:00Z', 'Чотири бaлістичні рaкети були збиті, вони впaли у вигляді фрaгментів, улaмків.',
     [('intercepted', 'ballistic_missile', 4, None, False, '2025-10-25', 'event', None, None)]),
    # a single clock time at which a figure is stated is a window that starts and ends there
    ('ru_mod', '2025-03-15T20:59:00Z', 'Дрон был уничтожен около 12:10 по московскому времени.',
     [('intercepted', 'drone', 1, None, False, '2025-03-15', 'day', '2025-03-15T09:10:00Z', '2025-03-15T09:10:00Z')]),
    # "Предыдущей ночью" is the night before the one the page reports
    ('ru_mod', '2026-01-31T20:59:00Z', 'Предыдущей ночью средствами ПВО над регионами России были уничтожены 18 украинских беспилотников самолетного типа',
     [('intercepted', 'drone', 18, None, False, '2026-01-30', 'night', None, None)]),
    # "Накануне" is the day before publication; one boat or more are vessels destroyed
    ('ru_mod', '2025-08-07T20:59:00Z', 'Накануне в юго-западной части Черного моря уничтожили еще два безэкипажных катера.',
     [('destroyed', 'vessel', 2, 'SEA-BLACK', False, '2025-08-06', 'event', None, None)]),
    # one uncrewed boat named with no number
    ('ru_mod', '2025-09-10T05:56:00Z', 'Украинский безэкипажный катер уничтожен в Черном море',
     [('destroyed', 'vessel', 1, 'SEA-BLACK', False, '2025-09-10', 'event', None, None)]),
    # "Около Крыма": a place its sentence names first
    ('ru_mod', '2024-05-31T20:59:00Z', 'Около Крыма были также перехвачены восемь БПЛА.',
     [('intercepted', 'drone', 8, 'UA-43', False, '2024-05-31', 'event', None, None)]),
    # a place after "около" is an aside, not a second place
    ('ru_mod', '2024-01-21T20:59:00Z', 'Дежурными средствами ПВО две украинские ракеты уничтожены над акваторией Черного моря около западного побережья Крымского полуострова',
     [('intercepted', 'missile', 2, 'SEA-BLACK', False, '2024-01-21', 'event', None, None)]),
    # "в том числе над Москвой": a place only some of the figure's drones were over
    ('ru_mod', '2026-02-15T20:59:00Z', 'Средства ПВО уничтожили 123 беспилотника Вооруженных сил Украины над российской территорией, в том числе над Москвой.',
     [('intercepted', 'drone', 123, None, False, '2026-02-15', 'event', None, None)]),
    # "днем" is the daytime of the day of publication
    ('ru_mod', '2025-09-25T20:59:00Z', 'Три украинских беспилотных летательных аппарата (БПЛА) сбили днем над регионами РФ.',
     [('intercepted', 'drone', 3, None, False, '2025-09-25', 'day', None, None)]),
    # "ночь на 7 сентября" without a preposition is a named night
    ('ua_air_force', '2025-10-02T20:59:00Z', 'Особенно показательной стала ночь на 7 сентября, когда Россия выпустила 810 дронов — самый большой зафиксированный объем за время войны.',
     [('launched', 'drone', 810, None, False, '2025-09-07', 'night', None, None)]),
    # "в сентябре" is a month's total
    ('ua_air_force', '2025-10-02T20:59:00Z', 'Согласно данным, в сентябре Россия осуществила 5 638 запусков дронов-камикадзе и 185 ракетных атак в ночное время.',
     [('launched', 'drone', 5638, None, False, '2025-09-30', 'period_total', None, None), ('launched', 'missile', 185, None, False, '2025-09-30', 'period_total', None, None)]),
    # "вирушили в напрямку Росії" is flown away; "ще один" is one more
    ('ua_air_force', '2024-08-31T20:59:00Z', 'Два безпілотники вирушили в напрямку Росії, а ще один - у республіку Білорусь.',
     [('returned', 'drone', 2, None, False, '2024-08-31', 'event', None, None), ('returned', 'drone', 1, None, False, '2024-08-31', 'event', None, None)]),
    # "втратили зв'язок і впали самостійно" is lost to electronic warfare
    ('ua_air_force', '2024-08-31T20:59:00Z', 'Під час протиповітряного бою було збито 24 ударних БпЛА "Shahed-131/136", 25 дронів втратили зв\'язок і впали самостійно.',
     [('intercepted', 'attack_drone', 24, None, False, '2024-08-31', 'event', None, None), ('suppressed', 'drone', 25, None, False, '2024-08-31', 'event', None, None)]),
    # the whole after a part ("п'ять «шахедів» із семи") was launched, of the same model
    ('ua_air_force', '2023-12-08T21:59:00Z', 'Українською ППО знищено п\'ять "шахедів" із семи протягом ночі на 8 грудня.',
     [('intercepted', 'attack_drone', 5, None, False, '2023-12-08', 'night', None, None), ('launched', 'attack_drone', 7, None, False, '2023-12-08', 'night', None, None)]),
    # a reconnaissance drone is a tactical drone
    ('ua_air_force', '2023-05-04T07:05:28Z', 'Повітряне командування "Центр" цієї ночі ліквідувало 6 "Шахедів" та один російський розвідувальний безпілотник.',
     [('intercepted', 'attack_drone', 6, None, False, '2023-05-04', 'night', None, None), ('intercepted', 'tactical_drone', 1, None, False, '2023-05-04', 'night', None, None)]),
    # "более полусотни" is at least 51; "попытались атаковать" is a launch
    ('ru_mod', '2026-01-06T20:59:00Z', 'Более полусотни украинских беспилотников попытались атаковать 10 регионов России в период с 20:00 до 23:00 по московскому времени.',
     [('launched', 'drone', 51, None, False, '2026-01-07', 'night', '2026-01-06T17:00:00Z', '2026-01-06T20:00:00Z')]),
    # "Over the course of the night" is the night
    ('ru_mod', '2025-07-20T20:59:00Z', 'Over the course of the night, Russian air defenses shot down 93 enemy drones across multiple regions.',
     [('intercepted', 'drone', 93, None, False, '2025-07-20', 'night', None, None)]),
    # "in 24 hours" is a whole day
    ('ru_mod', '2026-02-16T20:59:00Z', 'Russia says it downed 345 Ukrainian drones in 24 hours, took two villages',
     [('intercepted', 'drone', 345, None, False, '2026-02-16', 'day_total', None, None)]),
    # "on Saturday morning" is the night into Saturday
    ('ru_mod', '2025-07-20T20:59:00Z', 'Russian air defense systems intercepted five Ukrainian drones in the Bryansk and Kaluga regions within a ten-minute window on Saturday morning,',
     [('intercepted', 'drone', 5, None, False, '2025-07-19', 'night', None, None)]),
    # "others - in …" ends the places of the figure before it
    ('ru_mod', '2025-04-17T20:59:00Z', 'Most of the drones - 49 - were downed in the Kursk region, others - in Oryol, Ryazan, Bryansk, Vladimir, and Tula regions.',
     [('intercepted', 'drone', 49, 'RU-KRS', False, '2025-04-17', 'event', None, None)]),
    # "and a third over …" is one more
    ('ru_mod', '2023-09-17T18:38:00Z', "Russia's defence ministry said its forces had downed two Ukrainian drones over southwestern Crimea and a third over Belgorod region on Sunday.",
     [('intercepted', 'drone', 2, 'UA-43', False, '2023-09-17', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', False, '2023-09-17', 'event', None, None)]),
    # weapons launched "which were shot down" are both launched and intercepted
    ('ua_air_force', '2024-05-28T20:59:00Z', 'Overnight into May 28, russia launched three kamikaze drones over Ukraine, which were shot down by the Air Defense Forces.',
     [('launched', 'drone', 3, None, False, '2024-05-28', 'night', None, None), ('intercepted', 'drone', 3, None, False, '2024-05-28', 'night', None, None)]),
    # "що з 673 засобів …" is the whole launched
    ('ua_air_force', '2025-12-23T21:59:00Z', 'Ігнат додав, що з 673 засобів повітряного нападу збито і подавлено 635:',
     [('launched', 'air_weapon', 673, None, False, '2025-12-23', 'event', None, None), ('neutralised', 'air_weapon', 635, None, False, '2025-12-23', 'event', None, None)]),
    # two adjectives joined by "и" between a count and its noun
    ('ua_air_force', '2025-08-24T20:59:00Z', 'Силы обороны в ночь на 24 августа отбили дроновую атаку РФ на мирные города Украины, обезвредив 48 ударных и имитационных беспилотников.',
     [('neutralised', 'drone', 48, None, False, '2025-08-24', 'night', None, None)]),
    # "16 Shahed UAVs out of 18": the whole is of the part's model; "the early and morning hours of Thursday, November 16" is a night
    ('ua_air_force', '2023-11-16T21:59:00Z', 'In the early and morning hours of Thursday, November 16, the Ukrainian Air Force destroyed 16 Shahed UAVs out of 18 launched by Russia',
     [('intercepted', 'attack_drone', 16, None, False, '2023-11-16', 'night', None, None), ('launched', 'attack_drone', 18, None, False, '2023-11-16', 'night', None, None)]),
    # a count joined to a list ("та один — над Одеською") keeps its model
    ('ua_air_force', '2023-05-25T20:59:00Z', 'Зокрема, три "Шахеди" збили над Миколаївщиною та один — над Одеською областю, повідомили в повітряному командуванні "Південь".',
     [('intercepted', 'attack_drone', 3, 'UA-48', False, '2023-05-25', 'event', None, None), ('intercepted', 'attack_drone', 1, 'UA-51', False, '2023-05-25', 'event', None, None)]),
    # a place named with its administration speaks of that place
    ('ua_air_force', '2025-01-18T21:59:00Z', 'The Kyiv City Military Administration said three people were killed and three more injured in the attack.',
     [('killed', 'people', 3, 'UA-30', False, '2025-01-18', 'event', None, None), ('injured', 'people', 3, 'UA-30', False, '2025-01-18', 'event', None, None)]),
    ('ru_mod', '2023-08-13T20:59:00Z', 'Two drones were shot down over Belgorod region and another over the Kursk region, the defence ministry said.',
     [('intercepted', 'drone', 2, 'RU-BEL', False, '2023-08-13', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KRS', False, '2023-08-13', 'event', None, None)]),
    # weapons launched "все они были уничтожены" are both launched and intercepted
    ('ru_mod', '2024-08-16T10:19:00Z', 'Всего украинская армия выпустила в направлении моста 12 ракет ATACMS - все они были уничтожены, уточнили в ведомстве.',
     [('launched', 'ballistic_missile', 12, None, False, '2024-08-16', 'event', None, None), ('intercepted', 'ballistic_missile', 12, None, False, '2024-08-16', 'event', None, None)]),
    # "збили усі 18 ракет, запущених росією": the weapons launched too
    ('ua_air_force', '2023-05-16T20:59:00Z', 'У ході чергової масштабної атаки на Україну в ніч проти 16 травня сили ППО збили усі 18 ракет, запущених росією.',
     [('intercepted', 'missile', 18, None, False, '2023-05-16', 'night', None, None), ('launched', 'missile', 18, None, False, '2023-05-16', 'night', None, None)]),
    # a day a text opens with, within a month of publication
    ('ru_mod', '2024-04-14T20:59:00Z', '1 апреля ведомство заявило о перехвате силами ПВО шести дронов над акваторией.',
     [('intercepted', 'drone', 6, None, False, '2024-04-01', 'event', None, None)]),
    # operational-tactical missiles are ballistic
    ('ru_mod', '2024-05-31T20:59:00Z', 'В ведомстве сообщали, что над Азовским морем силы ПВО сбили «восемь оперативно-тактических ракет».',
     [('intercepted', 'ballistic_missile', 8, 'SEA-AZOV', False, '2024-05-31', 'event', None, None)]),
    # one rocket named with no number after a count
    ('ru_mod', '2023-07-11T20:59:00Z', 'Российские средства противовоздушной обороны за сутки перехватили три крылатые ракеты Storm Shadow и снаряд РСЗО HIMARS в зоне проведения спецоперации.',
     [('intercepted', 'cruise_missile', 3, None, False, '2023-07-11', 'day_total', None, None), ('intercepted', 'rocket', 1, None, False, '2023-07-11', 'day_total', None, None)]),
    # a HIMARS "missile" is a rocket
    ('ru_mod', '2023-07-24T20:59:00Z', 'Air defense forces have intercepted one HIMARS long-range guided missile.',
     [('intercepted', 'rocket', 1, None, False, '2023-07-24', 'event', None, None)]),
    # "fixed-wing type" between a count and its noun
    ('ru_mod', '2025-05-25T20:59:00Z', 'air defenses on duty destroyed and intercepted 95 Ukrainian fixed-wing type unmanned aerial vehicles',
     [('intercepted', 'drone', 95, None, False, '2025-05-25', 'event', None, None)]),
    # a moment of a day named ("Вчера, 23 января, около 21:40")
    ('ru_mod', '2024-01-24T20:59:00Z', 'Вчера, 23 января, около 21:40 над Белгородской областью дежурные средства ПВО уничтожили украинский беспилотник самолётного типа.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2024-01-24', 'night', '2024-01-23T18:40:00Z', '2024-01-23T18:40:00Z')]),
    # "в районе 14:30" is a moment
    ('ru_mod', '2025-07-23T20:59:00Z', 'В оборонном ведомстве добавили, что в районе 14:30 по московскому времени украинский беспилотник самолетного типа удалось сбить над Белгородской областью.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2025-07-23', 'day', '2025-07-23T11:30:00Z', '2025-07-23T11:30:00Z')]),
    # the plural of a place named ("над Курской областями") is not several places
    ('ru_mod', '2024-07-28T20:59:00Z', 'дежурными средствами ПВО перехвачены и уничтожены пять БПЛА над Белгородской и два БПЛА над Курской областями',
     [('intercepted', 'drone', 5, 'RU-BEL', False, '2024-07-28', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KRS', False, '2024-07-28', 'event', None, None)]),
    # rockets of a multiple launch rocket system
    ('ru_mod', '2024-01-02T20:59:00Z', 'Над Белгородской областью средствами противовоздушной обороны (ПВО) были сбиты пять украинских ракет реактивной системы залпового огня (РСЗО) «Ольха».',
     [('intercepted', 'rocket', 5, 'RU-BEL', False, '2024-01-02', 'event', None, None)]),
    # a part "из которых" bound for Moscow
    ('ru_mod', '2026-02-26T20:59:00Z', 'По данным министерства, за шесть часов средства ПВО отразили атаку 167 украинских беспилотных летательных аппарата (БПЛА), 12 из которых летели в сторону Москвы.',
     [('intercepted', 'drone', 167, None, False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 12, 'RU-MOW', True, '2026-02-26', 'event', None, None)]),
]

# Wordings of the tenth set's pages that parsers 1.9.0 read and 1.8.0 did not (gold `real/` reports, as above): attempts
# to attack that were stopped, tactical missiles, rockets, suppression by electronic warfare, places off a coast, places
# named before a count in English retellings, aircraft by type, uncrewed boats, spans of months, midnight, "both".
PAGES_1_9 = [
    ('ru_mod', '2023-05-30T06:27:00Z', 'По данным ведомства, три аппарата были поражены средствами радиоэлектронной борьбы (РЭБ).',
     [('suppressed', 'drone', 3, None, False, '2023-05-30', 'event', None, None)]),
    ('ru_mod', '2023-07-04T20:59:00Z', 'Попытка киевского режима осуществить террористическую атаку пятью беспилотниками по объектам на территории Московской области и Новой Москвы пресечена утром во вторник.',
     [('launched', 'drone', 5, None, False, '2023-07-04', 'event', None, None)]),
    ('ru_mod', '2023-08-12T10:50:00Z', 'По данным Минобороны РФ, в субботу, 12 августа, около 13:00 Киев попытался нанести удар по Крымскому мосту ракетой C-200, разрушений и пострадавших нет.',
     [('launched', 'sam_missile', 1, None, False, '2023-08-12', 'day', '2023-08-12T10:00:00Z', '2023-08-12T10:00:00Z')]),
    ('ru_mod', '2023-08-20T20:59:00Z', 'The Russian Defence Ministry said on Sunday that anti-aircraft defences had prevented an attack by two drones on Belgorod region',
     [('launched', 'drone', 2, 'RU-BEL', False, '2023-08-20', 'event', None, None)]),
    ('ru_mod', '2023-09-13T20:59:00Z', 'Кроме того, корабли Черноморского флота были атакованы 3 безэкипажными катерами.',
     [('launched', 'vessel', 3, None, False, '2023-09-13', 'event', None, None)]),
    ('ru_mod', '2023-09-22T10:34:00Z', 'По имеющейся информации один военнослужащий погиб',
     [('killed', 'people', 1, None, False, '2023-09-22', 'event', None, None)]),
    ('ru_mod', '2023-10-04T20:59:00Z', 'Дежурными средствами ПВО «украинская ракета была обнаружена и уничтожена над северо-западной частью акватории Черного моря у побережья Крымского полуострова», уточнили в Минобороны РФ.',
     [('intercepted', 'missile', 1, 'SEA-BLACK', False, '2023-10-04', 'event', None, None)]),
    ('ru_mod', '2023-10-04T20:59:00Z', 'Российские дежурные средства ПВО обнаружили и уничтожили украинскую противокорабельную ракету «Нептун» над северо-западной частью Черного моря у побережья Крыма.',
     [('intercepted', 'cruise_missile', 1, 'SEA-BLACK', False, '2023-10-04', 'event', None, None)]),
    ('ru_mod', '2023-10-07T20:59:00Z', 'Сегодня около 10:00 пресечена попытка киевского режима совершить террористическую атаку по объектам на территории Российской Федерации с применением трёх оперативно-тактических ракет "Точка-У".',
     [('launched', 'ballistic_missile', 3, None, False, '2023-10-07', 'night', '2023-10-07T07:00:00Z', '2023-10-07T07:00:00Z')]),
    ('ru_mod', '2023-11-01T20:59:00Z', 'Two Ukrainian uncrewed aerial vehicles were intercepted by air defense systems over the territory of the Kursk region',
     [('intercepted', 'drone', 2, 'RU-KRS', False, '2023-11-01', 'event', None, None)]),
    ('ru_mod', '2023-12-30T20:59:00Z', 'Вечером 29 декабря российские системы противовоздушной обороны сбили 13 реактивных ракет над Белгородской областью, – сообщили в Министерстве обороны РФ.',
     [('intercepted', 'rocket', 13, 'RU-BEL', False, '2023-12-30', 'night', None, None)]),
    ('ru_mod', '2024-01-20T21:49:00Z', 'Ранее примерно в 22.30 по московскому времени была пресечена атака украинского БПЛА над Орловской областью.',
     [('launched', 'drone', 1, 'RU-ORL', False, '2024-01-21', 'night', '2024-01-20T19:30:00Z', '2024-01-20T19:30:00Z')]),
    ('ru_mod', '2024-01-20T21:49:00Z', 'Около полуночи беспилотник самолетного типа сбит средствами ПВО над Смоленской областью.',
     [('intercepted', 'drone', 1, 'RU-SMO', False, '2024-01-21', 'night', '2024-01-20T21:00:00Z', '2024-01-20T21:00:00Z')]),
    ('ru_mod', '2024-05-12T04:22:00Z', 'Дежурными средствами ПВО были уничтожены: две ОТР над территорией Белгородской области; три украинских БПЛА над территорией Брянской области; два БПЛА над территорией Липецкой области.',
     [('intercepted', 'ballistic_missile', 2, 'RU-BEL', False, '2024-05-12', 'event', None, None), ('intercepted', 'drone', 3, 'RU-BRY', False, '2024-05-12', 'event', None, None), ('intercepted', 'drone', 2, 'RU-LIP', False, '2024-05-12', 'event', None, None)]),
    ('ru_mod', '2024-05-18T20:59:00Z', 'Около 21.15 мск пресечена попытка киевского режима совершить террористическую атаку с применением тактической ракеты Точка-У',
     [('launched', 'ballistic_missile', 1, None, False, '2024-05-19', 'night', '2024-05-18T18:15:00Z', '2024-05-18T18:15:00Z')]),
    ('ru_mod', '2024-05-18T20:59:00Z', 'Дежурными средствами ПВО была уничтожена одна тактическая ракета над территорией Белгородской области, добавили в Минобороны.',
     [('intercepted', 'ballistic_missile', 1, 'RU-BEL', False, '2024-05-18', 'event', None, None)]),
    ('ru_mod', '2024-05-30T20:59:00Z', 'The statement also mentioned intercepting eight drones at night "over the Black Sea, near the coast of Crimea."',
     [('intercepted', 'drone', 8, 'SEA-BLACK', False, '2024-05-30', 'night', None, None)]),
    ('ru_mod', '2024-07-01T20:59:00Z', '18 UAVs were destroyed or jammed by electronic warfare in Bryansk Oblast, nine in Kursk Oblast and nine in Belgorod Oblast.',
     [('neutralised', 'drone', 18, 'RU-BRY', False, '2024-07-01', 'event', None, None), ('neutralised', 'drone', 9, 'RU-KRS', False, '2024-07-01', 'event', None, None), ('neutralised', 'drone', 9, 'RU-BEL', False, '2024-07-01', 'event', None, None)]),
    ('ru_mod', '2024-08-11T20:59:00Z', 'The Russian Defense Ministry announced this morning, Sunday, the destruction of 35 Ukrainian drones and 4 tactical missiles',
     [('intercepted', 'drone', 35, None, False, '2024-08-11', 'event', None, None), ('intercepted', 'ballistic_missile', 4, None, False, '2024-08-11', 'event', None, None)]),
    ('ru_mod', '2024-08-14T06:15:00Z', 'Russia’s air defences destroyed 117 drones and four tactical missiles launched overnight by Ukraine targeting several regions including Kursk, its defence ministry said on Wednesday.',
     [('intercepted', 'drone', 117, None, False, '2024-08-14', 'night', None, None), ('intercepted', 'ballistic_missile', 4, None, False, '2024-08-14', 'night', None, None)]),
    ('ru_mod', '2025-08-25T20:59:00Z', 'В Минобороны России сообщали о подавлении 7 украинских БПЛА над регионами России с 20:00 до 23:00 по московскому времени в воскресенье, 24 августа.',
     [('suppressed', 'drone', 7, None, False, '2025-08-25', 'night', '2025-08-24T17:00:00Z', '2025-08-24T20:00:00Z')]),
    ('ru_mod', '2025-12-15T07:01:00Z', 'Помимо этого, российские средства ПВО за отчётный период успешно перехватили и уничтожили оперативно-тактическую ракету «Гром-2», а также 17 реактивных снарядов от американских РСЗО HIMARS.',
     [('intercepted', 'ballistic_missile', 1, None, False, '2025-12-15', 'period_total', None, None), ('intercepted', 'rocket', 17, None, False, '2025-12-15', 'period_total', None, None)]),
    ('ru_mod', '2026-01-01T20:59:00Z', 'В период с 27 по 28 декабря 2025 года российские ПВО уничтожили 370 дронов и управляемую авиационную бомбу ВСУ.',
     [('intercepted', 'drone', 370, None, False, '2025-12-28', 'period_total', None, None), ('intercepted', 'guided_bomb', 1, None, False, '2025-12-28', 'period_total', None, None)]),
    ('ru_mod', '2026-02-06T18:20:00Z', 'Кроме того, в ночь на 6 февраля силы ПВО сбили почти 40 украинских беспилотников над территорией России и акваторией Черного моря.',
     [('intercepted', 'drone', 40, None, False, '2026-02-06', 'night', None, None)]),
    ('ua_air_force', '2023-03-23T21:59:00Z', 'По информации защитников украинского неба, 23 марта 2023 года, около 21:30, силами и средствами противовоздушной обороны Воздушного командования «Юг» сбиты обе управляемые авиационные ракеты Х-59',
     [('intercepted', 'cruise_missile', 2, None, False, '2023-03-24', 'night', '2023-03-23T19:30:00Z', '2023-03-23T19:30:00Z')]),
    ('ua_air_force', '2023-05-06T20:59:00Z', 'Кроме того, Олещук указал, что ракета X-47 была выпущена боевым истребителем МиГ-31К  с территории России.',
     [('launched', 'ballistic_missile', 1, None, False, '2023-05-06', 'event', None, None)]),
    ('ua_air_force', '2023-10-08T09:10:59Z', 'За 6 месяцев прошлого отопительного сезона было использовано против Украины более 1000 "шахедов".',
     [('launched', 'attack_drone', 1001, None, False, '2023-10-08', 'period_total', None, None)]),
    ('ua_air_force', '2023-10-08T09:10:59Z', 'Игнат напомнил, что только за прошлый месяц Россия применила против Украины более 500 беспилотников.',
     [('launched', 'drone', 501, None, False, '2023-09-30', 'period_total', None, None)]),
    ('ua_air_force', '2023-12-25T06:29:00Z', 'with air defences destroying 28 drones and both missiles, the Ukrainian military said on Monday.',
     [('intercepted', 'drone', 28, None, False, '2023-12-25', 'event', None, None), ('intercepted', 'missile', 2, None, False, '2023-12-25', 'event', None, None)]),
    ('ua_air_force', '2024-03-02T21:59:00Z', 'Повітряне командування «Схід» підтвердило збиття винищувача-бомбардувальника Су-34, повідомив командувач Повітряними силами Збройних сил України, генерал-лейтенант Микола Олещук.',
     [('destroyed', 'aircraft', 1, None, False, '2024-03-02', 'event', None, None)]),
    ('ua_air_force', '2024-04-07T20:59:00Z', 'Увечері 7 квітня на Дніпропетровщині українські захисники збили російську авіаракету.',
     [('intercepted', 'missile', 1, 'UA-12', False, '2024-04-08', 'night', None, None)]),
    ('ua_air_force', '2024-04-19T08:58:00Z', 'Сегодня, 19 апреля, зенитные ракетные подразделения Воздушных сил ВСУ во взаимодействии с ГУР Минобороны уничтожили стратегический ракетоносец-бомбардировщик Ту-22М3',
     [('destroyed', 'aircraft', 1, None, False, '2024-04-19', 'event', None, None)]),
    ('ua_air_force', '2024-05-14T20:59:00Z', 'The Air Force also said that Russia launched an Iskander-EM ballistic missile.',
     [('launched', 'ballistic_missile', 1, None, False, '2024-05-14', 'event', None, None)]),
    ('ua_air_force', '2024-06-26T20:59:00Z', 'З 1 січня 2024 року російські окупанти випустили по території України 2277 ударних безпілотників типу Shahed.',
     [('launched', 'attack_drone', 2277, None, False, '2024-06-26', 'period_total', None, None)]),
    ('ua_air_force', '2024-06-27T04:58:00Z', 'Ukrainian air defense shot down all of the 23 Shahed-type attack drones and five of the six missiles launched by Russia overnight on June 27',
     [('intercepted', 'attack_drone', 23, None, False, '2024-06-27', 'night', None, None), ('launched', 'attack_drone', 23, None, False, '2024-06-27', 'night', None, None), ('intercepted', 'missile', 5, None, False, '2024-06-27', 'night', None, None), ('launched', 'missile', 6, None, False, '2024-06-27', 'night', None, None)]),
    ('ua_air_force', '2024-08-26T20:59:00Z', 'At about 5 a.m., the Ukrainian Air Force confirmed that the invaders had 11 Tu-95MS strategic bombers in the air.',
     [('airborne', 'aircraft', 11, None, False, '2024-08-26', 'event', None, None)]),
    ('ua_air_force', '2024-11-26T08:40:00Z', 'while another 95 were either lost from their radars or downed by electronic jamming defensive systems.',
     [('suppressed', 'drone', 95, None, False, '2024-11-26', 'event', None, None)]),
    ('ua_air_force', '2025-01-28T21:59:00Z', '28 enemy drones-simulators — lost in location (without negative consequences), two of them flew in the direction of Russia and Belarus.',
     [('suppressed', 'decoy_drone', 28, None, False, '2025-01-28', 'event', None, None), ('returned', 'decoy_drone', 2, None, False, '2025-01-28', 'event', None, None)]),
    ('ua_air_force', '2025-01-28T21:59:00Z', '28 вражеских беспилотников-имитаторов - локально потеряны (без негативных последствий), два из них вылетели в направлении России и Беларуси.',
     [('suppressed', 'decoy_drone', 28, None, False, '2025-01-28', 'event', None, None), ('returned', 'decoy_drone', 2, None, False, '2025-01-28', 'event', None, None)]),
    ('ua_air_force', '2025-01-28T21:59:00Z', 'Another 28 enemy imitator drones were lost, two of which flew in the direction of Russia and Belarus.',
     [('suppressed', 'decoy_drone', 28, None, False, '2025-01-28', 'event', None, None), ('returned', 'decoy_drone', 2, None, False, '2025-01-28', 'event', None, None)]),
    ('ua_air_force', '2025-10-02T20:59:00Z', 'Особливо показовою стала ніч проти 7 вересня, коли Росія випустила 810 дронів — найбільший зафіксований обсяг за час війни.',
     [('launched', 'drone', 810, None, False, '2025-09-07', 'night', None, None)]),
    ('ua_air_force', '2025-11-19T19:35:31Z', 'По словам начальника управления коммуникации командования Воздушных сил Юрия Игната, в Тернополе в жилой дом попала ракета Х-101.',
     [('hit', 'cruise_missile', 1, 'UA-61', False, '2025-11-19', 'event', None, None)]),
    ('ua_air_force', '2025-12-24T21:59:00Z', 'За даними військових, ворог випустив 673 шахеди, а також ракети, зосередивши удари по об’єктах енергетичної інфраструктури.',
     [('launched', 'attack_drone', 673, None, False, '2025-12-24', 'event', None, None)]),
    ('ua_air_force', '2026-01-08T06:21:08Z', 'По предварительным данным, по состоянию на 08:00, противовоздушной обороной сбито, или подавлено 70 вражеских БПЛА типа Shahed, "Гербера" и дронов других типов',
     [('neutralised', 'drone', 70, None, False, '2026-01-08', 'night', None, '2026-01-08T06:00:00Z')]),
    ('ua_air_force', '2026-02-27T07:06:00Z', 'Російські війська вночі атакували Україну майже двома сотнями безпілотників.',
     [('launched', 'drone', 200, None, False, '2026-02-27', 'night', None, None)]),

    ('ru_mod', '2023-12-26T20:59:00Z', 'Российские средства противовоздушной обороны (ПВО) сбили в зоне спецоперации два тактических бомбардировщика Су-24 Вооруженных сил Украины (ВСУ).',
     [('destroyed', 'aircraft', 2, None, False, '2023-12-26', 'event', None, None)]),
    ('ru_mod', '2024-01-17T23:38:00Z', 'Минобороны отчиталось о перехвате дрона над Ленобластью впервые с начала российской военной операции на Украине.',
     [('intercepted', 'drone', 1, 'RU-LEN', False, '2024-01-18', 'event', None, None)]),
    ('ru_mod', '2024-05-15T20:59:00Z', 'It claimed to have intercepted or destroyed 10 U.S.-made ATACMS missiles over annexed Crimea',
     [('intercepted', 'ballistic_missile', 10, 'UA-43', False, '2024-05-15', 'event', None, None)]),
    ('ru_mod', '2024-05-15T20:59:00Z', 'Вооруженные силы Украины (ВСУ) попытались атаковать территорию Республики Татарстан с помощью беспилотника.',
     [('launched', 'drone', 1, 'RU-TA', False, '2024-05-15', 'event', None, None)]),
    ('ru_mod', '2025-08-25T20:59:00Z', 'Еще шесть аппаратов, выпущенных украинскими войсками, остановили в небе над Брянской областью.',
     [('intercepted', 'drone', 6, 'RU-BRY', False, '2025-08-25', 'event', None, None)]),
    ('ru_mod', '2025-08-25T20:59:00Z', 'По три дрона сбили над Орловской и Московской областями, при этом два БПЛА противника направлялись к Москве.',
     [('intercepted', 'drone', 3, 'RU-ORL', False, '2025-08-25', 'event', None, None), ('intercepted', 'drone', 3, 'RU-MOS', False, '2025-08-25', 'event', None, None), ('intercepted', 'drone', 2, 'RU-MOW', True, '2025-08-25', 'event', None, None)]),
    ('ru_mod', '2025-09-12T20:59:00Z', 'with three each shot down over Rostov and Tver oblasts, and one drone each over Pskov, Tula, and Kursk',
     [('intercepted', 'drone', 3, 'RU-ROS', False, '2025-09-12', 'event', None, None), ('intercepted', 'drone', 3, 'RU-TVE', False, '2025-09-12', 'event', None, None), ('intercepted', 'drone', 1, 'RU-PSK', False, '2025-09-12', 'event', None, None), ('intercepted', 'drone', 1, 'RU-TUL', False, '2025-09-12', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KRS', False, '2025-09-12', 'event', None, None)]),
    ('ru_mod', '2025-10-26T20:59:00Z', 'По данным Минобороны, ночью перехвачено и уничтожено 82 украинских беспилотника, в том числе четыре на Кубани и три в Ростовской области.',
     [('intercepted', 'drone', 82, None, False, '2025-10-26', 'night', None, None), ('intercepted', 'drone', 4, 'RU-KDA', True, '2025-10-26', 'night', None, None), ('intercepted', 'drone', 3, 'RU-ROS', True, '2025-10-26', 'night', None, None)]),
    ('ru_mod', '2025-12-24T20:59:00Z', 'В пресс-службе Минобороны во вторник, 23 декабря, сообщили, что за ночь над регионами РФ ликвидировали 29 украинских БПЛА.',
     [('intercepted', 'drone', 29, None, False, '2025-12-23', 'night', None, None)]),
    ('ru_mod', '2025-12-27T20:59:00Z', 'Накануне вечером в Минобороны сообщали, что военные за три часа уничтожили четыре украинских беспилотника самолетного типа над Крымом и акваторией Черного моря.',
     [('intercepted', 'drone', 4, None, False, '2025-12-26', 'event', None, None)]),
    ('ru_mod', '2026-02-15T19:26:00Z', "Russia's Defense Ministry said its air defense systems destroyed 268 Ukrainian drones across multiple regions on Saturday, including 15 over the Moscow area",
     [('intercepted', 'drone', 268, None, False, '2026-02-14', 'event', None, None), ('intercepted', 'drone', 15, 'RU-MOS', True, '2026-02-14', 'event', None, None)]),
    ('ru_mod', '2026-02-25T20:59:00Z', 'Утром во вторник уничтожили 18 украинских дронов над регионами РФ, Черным и Азовским морями.',
     [('intercepted', 'drone', 18, None, False, '2026-02-24', 'event', None, None)]),
    ('ru_mod', '2026-02-25T20:59:00Z', '24 февраля в Минобороны сообщили, что российские силы ПВО обнаружили и сбили за сутки 380 украинских беспилотников самолетного типа.',
     [('intercepted', 'drone', 380, None, False, '2026-02-24', 'day_total', None, None)]),
    ('ua_air_force', '2023-07-23T07:12:00Z', '3 крилаті ракети повітряного базування Х-22 – пуски здійснювались з літаків Ту-22МЗ [акваторія Чорного моря];',
     [('launched', 'cruise_missile', 3, None, False, '2023-07-23', 'event', None, None)]),
    ('ua_air_force', '2024-05-17T20:59:00Z', 'В Повітряних силах повідомили про 20 збитих дронів',
     [('intercepted', 'drone', 20, None, False, '2024-05-17', 'event', None, None)]),
    ('ua_air_force', '2024-10-11T20:59:00Z', 'еще три покинули воздушное пространство Украины в направлении Беларуси и временно оккупированных россиянами украинских территорий',
     [('returned', 'drone', 3, None, False, '2024-10-11', 'event', None, None)]),
    ('ua_air_force', '2024-12-07T21:59:00Z', 'Станом на 8.30 сили оборони збили сім російських БПЛА, ще шість локально втрачено, один вийшов із підконтрольного повітряного простору на російську територію.',
     [('intercepted', 'drone', 7, None, False, '2024-12-07', 'night', None, '2024-12-07T06:30:00Z'), ('suppressed', 'drone', 6, None, False, '2024-12-07', 'night', None, '2024-12-07T06:30:00Z'), ('returned', 'drone', 1, None, False, '2024-12-07', 'night', None, '2024-12-07T06:30:00Z')]),
    ('ua_air_force', '2025-11-24T21:59:00Z', 'За попередньою інформацією станом на 09:00 24 листопада, українська ППО збила або придушила 125 ворожих БПЛА на півночі, півдні та сході країни.',
     [('neutralised', 'drone', 125, None, False, '2025-11-24', 'night', None, '2025-11-24T07:00:00Z')]),
    ('ua_air_force', '2026-01-26T20:12:00Z', 'Над столицей были сбиты две баллистические ракеты.',
     [('intercepted', 'ballistic_missile', 2, 'UA-30', False, '2026-01-26', 'event', None, None)]),
    ('ua_air_force', '2026-01-26T21:59:00Z', 'Над столицею було збито дві балістичні ракети.',
     [('intercepted', 'ballistic_missile', 2, 'UA-30', False, '2026-01-26', 'event', None, None)]),
    ('ru_mod', '2023-08-10T20:59:00Z', 'Near the city of Sevastopol, 2 UAVs were hit by the air defense, another 9 were suppressed by means of electronic warfare',
     [('intercepted', 'drone', 2, 'UA-40', False, '2023-08-10', 'event', None, None), ('suppressed', 'drone', 9, 'UA-40', False, '2023-08-10', 'event', None, None)]),
    ('ru_mod', '2023-08-12T10:56:00Z', '12 августа около 13 часов мск киевским режимом была предпринята попытка нанесения террористического удара по Крымскому мосту зенитной управляемой ракетой С-200, переделанной в ударный вариант',
     [('launched', 'sam_missile', 1, None, False, '2023-08-12', 'day', '2023-08-12T10:00:00Z', '2023-08-12T10:00:00Z')]),
    ('ru_mod', '2023-11-09T20:59:00Z', 'Минобороны России сообщило в Telegram-канале об уничтожении украинской ракеты над акваторией Черного моря у побережья Крыма.',
     [('intercepted', 'missile', 1, 'SEA-BLACK', False, '2023-11-09', 'event', None, None)]),
    ('ru_mod', '2023-11-09T20:59:00Z', '9 ноября около 17:40 по московскому времени была пресечена попытка ракетной атаки Вооруженных сил Украины (ВСУ) с применением противокорабельной ракеты «Нептун»',
     [('launched', 'cruise_missile', 1, None, False, '2023-11-09', 'day', '2023-11-09T14:40:00Z', '2023-11-09T14:40:00Z')]),
    ('ru_mod', '2023-11-09T20:59:00Z', 'Дежурными средствами ПВО украинская ракета была обнаружена и уничтожена над акваторией Черного моря у побережья Крымского полуострова',
     [('intercepted', 'missile', 1, 'SEA-BLACK', False, '2023-11-09', 'event', None, None)]),
    ('ru_mod', '2024-01-17T20:59:00Z', 'four missiles from the Czech multiple launch rocket system (MLRS) RM-70 Vampire were shot down and two Ukrainian drones were hit.',
     [('intercepted', 'rocket', 4, None, False, '2024-01-17', 'event', None, None), ('intercepted', 'drone', 2, None, False, '2024-01-17', 'event', None, None)]),
    ('ru_mod', '2024-01-17T20:59:00Z', 'Earlier on Wednesday, seven Ukrainian Olkha missiles and four drones were destroyed above the region.',
     [('intercepted', 'rocket', 7, None, False, '2024-01-17', 'event', None, None), ('intercepted', 'drone', 4, None, False, '2024-01-17', 'event', None, None)]),
    ('ru_mod', '2024-01-17T20:59:00Z', 'As the Ministry of Defense clarified, seven more missiles from the Vilkha MLRS were shot down.',
     [('intercepted', 'rocket', 7, None, False, '2024-01-17', 'event', None, None)]),
    ('ru_mod', '2025-08-30T20:59:00Z', 'По данным Минобороны РФ, в течение сегодняшней ночи силы ПВО сбили 86 БПЛА над десятью регионами',
     [('intercepted', 'drone', 86, None, False, '2025-08-30', 'night', None, None)]),
    ('ru_mod', '2025-09-24T20:59:00Z', 'Расчеты беспилотных летательных аппаратов испытательного центра «Рубикон» Министерства обороны России уничтожили безэкипажный катер ВСУ в акватории Черного моря у побережья Крыма.',
     [('destroyed', 'vessel', 1, 'SEA-BLACK', False, '2025-09-24', 'event', None, None)]),
    ('ru_mod', '2025-10-08T20:59:00Z', 'The Ministry’s update revealed that over nightfall, Russian air defenses intercepted and destroyed 107 drones in total.',
     [('intercepted', 'drone', 107, None, False, '2025-10-08', 'night', None, None)]),
    ('ru_mod', '2025-10-25T20:59:00Z', 'На протяжении ночи на субботу, 25 октября, российская противовоздушная оборона нейтрализовала над регионами РФ 121 дрон неприятеля.',
     [('intercepted', 'drone', 121, None, False, '2025-10-25', 'night', None, None)]),
    ('ru_mod', '2026-01-01T20:59:00Z', 'В Ярославской области сбили один беспилотник 31 декабря 2025 года.',
     [('intercepted', 'drone', 1, 'RU-YAR', False, '2025-12-31', 'event', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'Ранее дежурные средства противовоздушной обороны перехватили и уничтожили 17 украинских беспилотников самолетного типа в ночь со среды на четверг.',
     [('intercepted', 'drone', 17, None, False, '2026-02-26', 'night', None, None)]),
    ('ua_air_force', '2023-09-20T20:59:00Z', 'At night, the occupiers attacked Ukraine with 24 kamikaze drones of the Shahed-136/131 type, 17 of which were destroyed by Ukrainian Air Defense',
     [('launched', 'attack_drone', 24, None, False, '2023-09-20', 'night', None, None), ('intercepted', 'attack_drone', 17, None, False, '2023-09-20', 'night', None, None)]),
    ('ua_air_force', '2023-09-23T06:49:00Z', 'The Russian occupiers attacked Ukraine with 15 Shahed-136/131 attack UAVs on the night of 22-23 September 2023, 14 of which were shot down.',
     [('launched', 'attack_drone', 15, None, False, '2023-09-23', 'night', None, None), ('intercepted', 'attack_drone', 14, None, False, '2023-09-23', 'night', None, None)]),
    ('ru_mod', '2023-07-28T15:04:00Z', 'Ранее в ведомстве сообщили о попытке Киева атаковать ракетой С-200 Таганрог.',
     [('launched', 'sam_missile', 1, 'RU-ROS', False, '2023-07-28', 'event', None, None)]),
    ('ru_mod', '2023-07-28T15:04:00Z', 'Украина повторно атаковала территорию Ростовской области ракетой комплекса С-200 днем 28 июля, сообщает Минобороны РФ.',
     [('launched', 'sam_missile', 1, 'RU-ROS', False, '2023-07-28', 'day', None, None)]),
    ('ru_mod', '2023-12-25T05:20:00Z', 'In its daily dispatch, the Russian Defence Ministry said its air defence shot down three Su-27 fighter aircraft and one Su-24 tactical bomber',
     [('destroyed', 'aircraft', 3, None, False, '2023-12-25', 'event', None, None), ('destroyed', 'aircraft', 1, None, False, '2023-12-25', 'event', None, None)]),
    ('ru_mod', '2024-03-28T20:59:00Z', '26 reactive projectiles HIMARS and Vampire were shot down',
     [('intercepted', 'rocket', 26, None, False, '2024-03-28', 'event', None, None)]),
    ('ru_mod', '2024-04-11T20:59:00Z', '10 апреля Минобороны РФ сообщило об уничтожении за ночь средствами ПВО над Брянской областью пяти украинских беспилотников.',
     [('intercepted', 'drone', 5, 'RU-BRY', False, '2024-04-10', 'night', None, None)]),
    ('ru_mod', '2024-04-30T20:59:00Z', 'Russia said Tuesday it had shot down six US-supplied tactical missiles launched by Ukraine',
     [('intercepted', 'ballistic_missile', 6, None, False, '2024-04-30', 'event', None, None)]),
    ('ru_mod', '2024-05-15T20:59:00Z', 'Five operational and tactical missiles were destroyed by air defense systems on duty over the territory of the Republic of Crimea',
     [('intercepted', 'ballistic_missile', 5, 'UA-43', False, '2024-05-15', 'event', None, None)]),
    ('ru_mod', '2024-08-11T05:53:00Z', 'Система ПВО сбила четыре ракеты "Точка-У" за ночь над Курской областью',
     [('intercepted', 'ballistic_missile', 4, 'RU-KRS', False, '2024-08-11', 'night', None, None)]),
    ('ru_mod', '2025-03-09T20:59:00Z', "Russia's air defence units destroyed 88 Ukrainian drones overnight with no injuries or damage reported, Russian authorities said on Sunday.",
     [('intercepted', 'drone', 88, None, False, '2025-03-09', 'night', None, None)]),
    ('ru_mod', '2025-08-16T20:59:00Z', 'Минобороны России в субботу, 16 августа, сообщило, что в ночь силы ПВО сбили 29 украинских беспилотников над несколькими регионами страны и Азовским морем.',
     [('intercepted', 'drone', 29, None, False, '2025-08-16', 'night', None, None)]),
    ('ru_mod', '2025-09-30T20:59:00Z', 'Под Белгородом сбили 25 БПЛА, в Ростовской области — 12 беспилотников.',
     [('intercepted', 'drone', 25, 'RU-BEL', False, '2025-09-30', 'event', None, None), ('intercepted', 'drone', 12, 'RU-ROS', True, '2025-09-30', 'event', None, None)]),
    ('ru_mod', '2026-01-10T20:59:00Z', 'По данным оборонного ведомства, три беспилотника перехвачены в Московском регионе, один из них летел на российскую столицу.',
     [('intercepted', 'drone', 3, 'RU-MOS', False, '2026-01-10', 'event', None, None), ('intercepted', 'drone', 1, 'RU-MOW', True, '2026-01-10', 'event', None, None)]),
    ('ua_air_force', '2023-08-19T05:31:00Z', "Russia launched 17 drones overnight attempting to strike Ukraine's northern, central and western regions, Ukraine's Air Force said on Saturday.",
     [('launched', 'drone', 17, None, False, '2023-08-19', 'night', None, None)]),
    ('ua_air_force', '2024-03-02T21:59:00Z', 'Протягом доби українські повітряні сили збили черговий російський винищувач СУ-34 і 14 з 17 дронів, якими РФ атакувала Україну.',
     [('destroyed', 'aircraft', 1, None, False, '2024-03-02', 'day_total', None, None), ('intercepted', 'drone', 14, None, False, '2024-03-02', 'day_total', None, None), ('launched', 'drone', 17, None, False, '2024-03-02', 'day_total', None, None)]),
    ('ua_air_force', '2024-07-25T06:51:36Z', 'Три Shahed перетнули кордон із Румунією.',
     [('returned', 'attack_drone', 3, None, False, '2024-07-25', 'event', None, None)]),
]

# Wordings of `real/` that parsers 1.10.0 read and 1.9.0 did not (gold reports, as above; the fifteenth set's among
# them): "столько же"; places before "N and M respectively"; "all of 37 … launched"; guided air missiles without a model
# as missiles; a list's verb past a participle ("shot down 10 missiles fired from …, 23 Shahed drones"); "Of the 22
# intercepted drones, 13 …" and "out of a total of 437" as parts; "N единиц", "N штук"; drones "that targeted Moscow";
# "both of which were destroyed"; the places most struck as figures of their own; Russian "-щина" places; "свыше
# сотни"; afternoons, "после полуночи", "before midnight", "Днем ранее", "с 2 по 8 февраля", "с 7 до 14 часов".
PAGES_1_10 = [
    ('ru_mod', '2023-09-06T04:10:00Z', 'The Russian defence ministry said its air defence systems destroyed a Ukraine-launched drone just before midnight on Tuesday over the Bryansk region, which borders Ukraine.',
     [('intercepted', 'drone', 1, 'RU-BRY', False, '2023-09-06', 'night', None, None)]),
    ('ru_mod', '2023-09-14T20:59:00Z', 'The Russian Ministry of Defence has claimed that four UAVs were shot down over Bryansk Oblast after midnight on 14 September.',
     [('intercepted', 'drone', 4, 'RU-BRY', False, '2023-09-14', 'night', None, None)]),
    ('ru_mod', '2023-09-21T20:59:00Z', 'On August 25, Russia said it had downed 42 drones over Crimea.',
     [('intercepted', 'drone', 42, 'UA-43', False, '2023-08-25', 'event', None, None)]),
    ('ru_mod', '2024-01-17T20:59:00Z', 'Russian air defenses shot down four rockets launched from a Czech-made Vampire multiple-launch rocket system (MLRS) and two drones',
     [('intercepted', 'rocket', 4, None, False, '2024-01-17', 'event', None, None), ('intercepted', 'drone', 2, None, False, '2024-01-17', 'event', None, None)]),
    ('ru_mod', '2025-05-23T20:59:00Z', "Russia's defense ministry announced downing 112 Ukrainian drones, with 24 over Moscow.",
     [('intercepted', 'drone', 112, None, False, '2025-05-23', 'event', None, None), ('intercepted', 'drone', 24, 'RU-MOW', True, '2025-05-23', 'event', None, None)]),
    ('ru_mod', '2025-05-30T20:59:00Z', 'Больше всего БПЛА уничтожили над территорией Белгородской области — 15 дронов — и Курской — 12 дронов.',
     [('intercepted', 'drone', 15, 'RU-BEL', False, '2025-05-30', 'event', None, None), ('intercepted', 'drone', 12, 'RU-KRS', False, '2025-05-30', 'event', None, None)]),
    ('ru_mod', '2025-06-24T20:59:00Z', 'Of the 22 intercepted drones, 13 were over the territory of Voronezh Oblast, 4 in Belgorod Oblast, 3 in Samara Oblast',
     [('intercepted', 'drone', 22, None, False, '2025-06-24', 'event', None, None), ('intercepted', 'drone', 13, 'RU-VOR', True, '2025-06-24', 'event', None, None), ('intercepted', 'drone', 4, 'RU-BEL', True, '2025-06-24', 'event', None, None), ('intercepted', 'drone', 3, 'RU-SAM', True, '2025-06-24', 'event', None, None)]),
    ('ru_mod', '2025-06-24T20:59:00Z', 'Between 13:00 and 16:05 Moscow time, seven BPLAs (unmanned aerial vehicles) were shot down over Voronezh Oblast, five over Ulyanovsk Oblast',
     [('intercepted', 'drone', 7, 'RU-VOR', False, '2025-06-24', 'day', '2025-06-24T10:00:00Z', '2025-06-24T13:05:00Z'), ('intercepted', 'drone', 5, 'RU-ULY', False, '2025-06-24', 'day', '2025-06-24T10:00:00Z', '2025-06-24T13:05:00Z')]),
    ('ru_mod', '2025-08-07T20:59:00Z', 'Больше всего дронов — 31 единица — сбили над акваторией Азовского моря.',
     [('intercepted', 'drone', 31, 'SEA-AZOV', False, '2025-08-07', 'event', None, None)]),
    ('ru_mod', '2025-08-16T20:59:00Z', 'Так, 26 июля были сбиты два дрона над Ингушетией и Курской областью, а также шесть аппаратов в Северной Осетии и Московском регионе.',
     [('intercepted', 'drone', 2, None, False, '2025-07-26', 'event', None, None), ('intercepted', 'drone', 6, None, False, '2025-07-26', 'event', None, None)]),
    ('ru_mod', '2025-09-07T20:59:00Z', 'Krasnodar Krai emerged as the most targeted area, with 21 UAVs neutralized, followed by Voronezh Oblast, where 13 drones were destroyed.',
     [('intercepted', 'drone', 21, 'RU-KDA', False, '2025-09-07', 'event', None, None), ('intercepted', 'drone', 13, 'RU-VOR', False, '2025-09-07', 'event', None, None)]),
    ('ru_mod', '2025-10-08T04:44:00Z', 'Больше всего — 28 — в Белгородской области.',
     [('intercepted', 'drone', 28, 'RU-BEL', False, '2025-10-08', 'event', None, None)]),
    ('ru_mod', '2025-10-08T20:59:00Z', 'Among the most affected areas were Kursk Oblast, where air defense systems took down 34 drones; Oryol Oblast with 30 drones neutralized',
     [('intercepted', 'drone', 34, 'RU-KRS', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 30, 'RU-ORL', False, '2025-10-08', 'event', None, None)]),
    ('ru_mod', '2025-10-27T10:50:00Z', 'Russian air defence systems destroyed 193 Ukrainian drones overnight, including 34 that targeted Moscow and 47 over the Bryansk region',
     [('intercepted', 'drone', 193, None, False, '2025-10-27', 'night', None, None), ('intercepted', 'drone', 34, 'RU-MOW', True, '2025-10-27', 'night', None, None), ('intercepted', 'drone', 47, 'RU-BRY', True, '2025-10-27', 'night', None, None)]),
    ('ru_mod', '2025-11-18T20:59:00Z', 'Средства противовоздушной обороны в течение прошлой ночи ликвидировали 31 украинский беспилотник.',
     [('intercepted', 'drone', 31, None, False, '2025-11-18', 'night', None, None)]),
    ('ru_mod', '2025-11-18T20:59:00Z', 'В течение прошлой недели над российскими регионами сбили 848 беспилотных аппаратов.',
     [('intercepted', 'drone', 848, None, False, '2025-11-18', 'period_total', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'Voronezh Oblast followed closely with 27 intercepted drones, while Bryansk and Belgorod Oblasts recorded 23 and 21 respectively.',
     [('intercepted', 'drone', 27, 'RU-VOR', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 23, 'RU-BRY', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 21, 'RU-BEL', False, '2025-12-06', 'event', None, None)]),
    ('ru_mod', '2025-12-20T20:59:00Z', 'Днем ранее силы ПВО ликвидировали 94 дрона над российскими регионами.',
     [('intercepted', 'drone', 94, None, False, '2025-12-19', 'event', None, None)]),
    ('ru_mod', '2026-01-01T20:50:00Z', 'Пять беспилотников ВСУ самолетного типа уничтожили в небе над Орловщиной 1 января.',
     [('intercepted', 'drone', 5, 'RU-ORL', False, '2026-01-01', 'event', None, None)]),
    ('ru_mod', '2026-01-02T06:26:00Z', 'Кроме того, восемь беспилотников уничтожили над Воронежской областью и столько же – над Саратовской.',
     [('intercepted', 'drone', 8, 'RU-VOR', False, '2026-01-02', 'event', None, None), ('intercepted', 'drone', 8, 'RU-SAR', False, '2026-01-02', 'event', None, None)]),
    ('ru_mod', '2026-01-02T20:59:00Z', 'Во второй половине дня 1 января российские ПВО сбили 201 украинский беспилотник, большинство — в Белгородской, Брянской областях и Подмосковье.',
     [('intercepted', 'drone', 201, None, False, '2026-01-01', 'day', None, None)]),
    ('ru_mod', '2026-01-05T20:59:00Z', 'Russian air defense systems had destroyed 57 drones over the Moscow region out of a total of 437 drones shot down over Russia.',
     [('intercepted', 'drone', 57, 'RU-MOS', True, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 437, None, False, '2026-01-05', 'event', None, None)]),
    ('ru_mod', '2026-01-05T20:59:00Z', 'Russian air defence systems had shot down 57 drones over the Moscow region, out of a total of 437 intercepted across Russia.',
     [('intercepted', 'drone', 57, 'RU-MOS', True, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 437, None, False, '2026-01-05', 'event', None, None)]),
    ('ru_mod', '2026-01-10T20:59:00Z', 'Как уточняется, больше всего дронов были обнаружены над акваторией Черного моря (11), еще 10 — над Краснодарским краем, восемь — над Брянской областью.',
     [('intercepted', 'drone', 11, 'SEA-BLACK', False, '2026-01-10', 'event', None, None), ('intercepted', 'drone', 10, 'RU-KDA', False, '2026-01-10', 'event', None, None), ('intercepted', 'drone', 8, 'RU-BRY', False, '2026-01-10', 'event', None, None)]),
    ('ru_mod', '2026-01-10T20:59:00Z', 'four over the Republic of Adyghea',
     [('intercepted', 'drone', 4, 'RU-AD', True, '2026-01-10', 'event', None, None)]),
    ('ru_mod', '2026-01-27T20:59:00Z', 'Российские средства противовоздушной обороны за сутки уничтожили в зоне СВО свыше сотни беспилотников ВСУ самолетного типа, заявили в пресс-службе Минобороны РФ.',
     [('intercepted', 'drone', 101, None, False, '2026-01-27', 'day_total', None, None)]),
    ('ru_mod', '2026-02-09T20:59:00Z', 'С 26 января по 1 февраля российские средства ПВО суммарно перехватили не менее 694 украинских беспилотников, сказано в статье.',
     [('intercepted', 'drone', 694, None, False, '2026-02-01', 'period_total', None, None)]),
    ('ru_mod', '2026-02-16T20:59:00Z', 'Предыдущая неделя также была напряженной: с 2 по 8 февраля ПВО ликвидировала 1096 беспилотников.',
     [('intercepted', 'drone', 1096, None, False, '2026-02-08', 'period_total', None, None)]),
    ('ru_mod', '2026-02-25T20:59:00Z', 'Кроме того, по данным ведомства, армия РФ перехватила шесть управляемых авиационных бомб и столько же снарядов реактивной системы залпового огня.',
     [('intercepted', 'guided_bomb', 6, None, False, '2026-02-25', 'event', None, None), ('intercepted', 'rocket', 6, None, False, '2026-02-25', 'event', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'В результате в течение вечера 26 февраля над страной сбили 53 дрона.',
     [('intercepted', 'drone', 53, None, False, '2026-02-27', 'night', None, None)]),
    ('ru_mod', '2026-03-21T12:52:00Z', 'по данным Минобороны РФ, с 7 до 14 часов 21 марта дежурные средства ПВО перехватили и уничтожили 54 украинских беспилотных летательных аппарата самолетного типа',
     [('intercepted', 'drone', 54, None, False, '2026-03-21', 'day', '2026-03-21T04:00:00Z', '2026-03-21T11:00:00Z')]),
    ('ua_air_force', '2023-05-16T10:32:00Z', 'Ukraine said on Tuesday it had shot down six Russian Kinzhal missiles in a single night,',
     [('intercepted', 'ballistic_missile', 6, None, False, '2023-05-16', 'night', None, None)]),
    ('ua_air_force', '2023-05-26T07:26:00Z', 'Ukrainian air defence managed to shoot down 10 cruise missiles, 23 Shaheeds and two reconnaissance UAVs.',
     [('intercepted', 'cruise_missile', 10, None, False, '2023-05-26', 'event', None, None), ('intercepted', 'attack_drone', 23, None, False, '2023-05-26', 'event', None, None), ('intercepted', 'tactical_drone', 2, None, False, '2023-05-26', 'event', None, None)]),
    ('ua_air_force', '2023-05-26T20:59:00Z', 'The Ukrainian air force said it had shot down 10 missiles fired from the Caspian Sea, 23 Iranian-made Shahed drones and two reconnaissance drones,',
     [('intercepted', 'missile', 10, None, False, '2023-05-26', 'event', None, None), ('intercepted', 'attack_drone', 23, None, False, '2023-05-26', 'event', None, None), ('intercepted', 'tactical_drone', 2, None, False, '2023-05-26', 'event', None, None)]),
    ('ua_air_force', '2023-08-19T05:31:00Z', 'The Air Force said that 15 of the Russia-launched Iranian-made Shahed drones were shot down.',
     [('intercepted', 'attack_drone', 15, None, False, '2023-08-19', 'event', None, None)]),
    ('ua_air_force', '2023-10-06T07:20:00Z', 'Twenty-five Shahed 131 and 136 drones were shot down in six regions including Odesa, Kharkiv, Mykolaiv and Dnipro, the air force said',
     [('intercepted', 'attack_drone', 25, None, False, '2023-10-06', 'event', None, None)]),
    ('ua_air_force', '2023-11-16T21:59:00Z', "Ukraine's military shot down 16 out of 18 attack drones launched by Russia as well as one missile during overnight strikes",
     [('intercepted', 'drone', 16, None, False, '2023-11-16', 'night', None, None), ('launched', 'drone', 18, None, False, '2023-11-16', 'night', None, None), ('intercepted', 'missile', 1, None, False, '2023-11-16', 'night', None, None)]),
    ('ua_air_force', '2023-12-02T21:59:00Z', 'Напомним, в ночь на субботу, 2 декабря, войска рф атаковали Украину 11 ударными БпЛА типа «Shahed» и управляемой авиационной ракетой.',
     [('launched', 'attack_drone', 11, None, False, '2023-12-02', 'night', None, None), ('launched', 'missile', 1, None, False, '2023-12-02', 'night', None, None)]),
    ('ua_air_force', '2023-12-02T21:59:00Z', 'Украинским защитникам удалось сбить ракету над Днепропетровщиной.',
     [('intercepted', 'missile', 1, 'UA-12', False, '2023-12-02', 'event', None, None)]),
    ('ua_air_force', '2023-12-04T21:59:00Z', 'Росія атакувала Україну 23 ударними дронами та керованою авіаційною ракетою.',
     [('launched', 'drone', 23, None, False, '2023-12-04', 'event', None, None), ('launched', 'missile', 1, None, False, '2023-12-04', 'event', None, None)]),
    ('ua_air_force', '2023-12-04T21:59:00Z', 'У ніч на понеділок, 4 грудня, Росія атакувала Україну 23 ударними дронами типу Shahed-136/131 з мису Чауда в анексованому Криму та керованою авіаційною ракетою',
     [('launched', 'attack_drone', 23, None, False, '2023-12-04', 'night', None, None), ('launched', 'missile', 1, None, False, '2023-12-04', 'night', None, None)]),
    ('ua_air_force', '2024-01-01T21:59:00Z', 'Ukraine downed nine of the 10 Shahed drones and one Kh-59 missile launched by Russia in the afternoon of Jan. 1, the Air Force reported.',
     [('intercepted', 'attack_drone', 9, None, False, '2024-01-01', 'day', None, None), ('launched', 'attack_drone', 10, None, False, '2024-01-01', 'day', None, None), ('intercepted', 'cruise_missile', 1, None, False, '2024-01-01', 'day', None, None)]),
    ('ua_air_force', '2024-01-01T21:59:00Z', 'Від початку повномасштабного вторгнення російська армія запустила по Україні понад 7500 ракет.',
     [('launched', 'missile', 7501, None, False, '2024-01-01', 'cumulative', None, None)]),
    ('ua_air_force', '2024-03-31T20:59:00Z', 'the enemy used various types of missiles and attack drones, a total of 99 means of air attack',
     [('launched', 'air_weapon', 99, None, False, '2024-03-31', 'event', None, None)]),
    ('ua_air_force', '2024-05-19T20:59:00Z', "Ukraine's forces have destroyed all of 37 attack drones launched by Russia overnight, Ukraine's Air Force chief said on Sunday.",
     [('intercepted', 'drone', 37, None, False, '2024-05-19', 'night', None, None), ('launched', 'drone', 37, None, False, '2024-05-19', 'night', None, None)]),
    ('ua_air_force', '2024-06-12T20:59:00Z', 'The air defence said it downed all 24 drones and five out of six missiles fired by Russia',
     [('intercepted', 'drone', 24, None, False, '2024-06-12', 'event', None, None), ('launched', 'drone', 24, None, False, '2024-06-12', 'event', None, None), ('intercepted', 'missile', 5, None, False, '2024-06-12', 'event', None, None), ('launched', 'missile', 6, None, False, '2024-06-12', 'event', None, None)]),
    ('ua_air_force', '2024-07-01T20:59:00Z', "The Russians launched two Iskander-K cruise missiles towards Kyiv on 30 June – both of which were successfully destroyed by Ukraine's Air Defence.",
     [('launched', 'cruise_missile', 2, 'UA-30', False, '2024-06-30', 'event', None, None), ('intercepted', 'cruise_missile', 2, 'UA-30', False, '2024-06-30', 'event', None, None)]),
    ('ua_air_force', '2024-08-01T20:59:00Z', 'According to the general, seven "Shaheeds" were found and escorted by the radio engineering troops.',
     [('launched', 'attack_drone', 7, None, False, '2024-08-01', 'event', None, None)]),
    ('ua_air_force', '2024-08-25T20:59:00Z', 'Russia launched an Iskander-M ballistic missile, an Iskander-K cruise missile and six guided air missiles.',
     [('launched', 'ballistic_missile', 1, None, False, '2024-08-25', 'event', None, None), ('launched', 'cruise_missile', 1, None, False, '2024-08-25', 'event', None, None), ('launched', 'missile', 6, None, False, '2024-08-25', 'event', None, None)]),
    ('ua_air_force', '2024-09-19T20:59:00Z', 'The Ukrainian Air Force said it intercepted nine out of 10 combat drones launched by Russia overnight, as well as one Russian cruise missile',
     [('intercepted', 'drone', 9, None, False, '2024-09-19', 'night', None, None), ('launched', 'drone', 10, None, False, '2024-09-19', 'night', None, None), ('intercepted', 'cruise_missile', 1, None, False, '2024-09-19', 'night', None, None)]),
    ('ua_air_force', '2024-09-22T20:59:00Z', 'Six more of the Russian drones were lost after getting neutralised by Ukraine’s electronic warfare, the air force said on the Telegram messaging app.',
     [('suppressed', 'drone', 6, None, False, '2024-09-22', 'event', None, None)]),
    ('ua_air_force', '2024-10-08T06:36:00Z', 'В ночь на 8 октября россияне снова ударили по Одесщине — на этот раз противник применил две баллистические ракеты Искандер-М из оккупированного Крыма',
     [('launched', 'ballistic_missile', 2, 'UA-51', False, '2024-10-08', 'night', None, None)]),
    ('ua_air_force', '2024-10-11T20:59:00Z', 'В ночь на 11 октября армия страны-агрессора России выпустила по Украине две ракеты Х-59/69, а также 74 ударных дрона Shahed и беспилотников другого типа.',
     [('launched', 'cruise_missile', 2, None, False, '2024-10-11', 'night', None, None), ('launched', 'drone', 74, None, False, '2024-10-11', 'night', None, None)]),
    ('ua_air_force', '2024-10-23T20:59:00Z', 'The enemy also attacked Odesa region with an Kh-31P guided missile from the Black Sea.',
     [('launched', 'cruise_missile', 1, 'UA-51', False, '2024-10-23', 'event', None, None)]),
    ('ua_air_force', '2024-10-23T20:59:00Z', 'On the night of October 23, 2024 (from 22.00 on October 22), the enemy attacked Ukraine with 81 Shahed-type attack UAVs and unidentified drones',
     [('launched', 'drone', 81, None, False, '2024-10-23', 'night', '2024-10-22T19:00:00Z', None)]),
    ('ua_air_force', '2024-10-25T20:59:00Z', 'У ніч на 25 жовтня 2024 року росіяни атакували Україну 63 ударними БпЛА типу Shahed та безпілотниками невстановленого типу.',
     [('launched', 'drone', 63, None, False, '2024-10-25', 'night', None, None)]),
    ('ua_air_force', '2025-02-18T21:59:00Z', 'Ukraine’s air force downed 103 drones, with another 67 lost due to interference.',
     [('intercepted', 'drone', 103, None, False, '2025-02-18', 'event', None, None), ('suppressed', 'drone', 67, None, False, '2025-02-18', 'event', None, None)]),
    ('ua_air_force', '2025-08-14T05:48:00Z', 'Станом на 09:00 протиповітряна оборона збила або придушила 24 ворожі БпЛА типу Shahed і дрони-імітатори різних типів на півночі та сході країни.',
     [('neutralised', 'drone', 24, None, False, '2025-08-14', 'night', None, '2025-08-14T06:00:00Z')]),
    ('ua_air_force', '2025-08-25T20:59:00Z', '21 августа РФ совершила массированную атаку на Украину, запустив 614 воздушных средств нападения.',
     [('launched', 'air_weapon', 614, None, False, '2025-08-21', 'event', None, None)]),
    ('ua_air_force', '2026-01-09T08:15:19Z', 'Він зазначив, що сьогодні із 13 балістичних ракет сили ППО збили 8.',
     [('launched', 'ballistic_missile', 13, None, False, '2026-01-09', 'event', None, None), ('intercepted', 'ballistic_missile', 8, None, False, '2026-01-09', 'event', None, None)]),
]


# Wordings of `real/` that parsers 1.11.0 read and 1.10.0 did not (the sixteenth set's among them): "уничтожили
# украинский БПЛА" as one; uncrewed sea drones ("морской дрон") as boats; a place that opens its clause before the verb
# ("Над территорией Тульской области было сбито четыре дрона, в небе над …"); "made it through" as a hit; "both
# missiles and drones" as no count; "Под Ростовом-на-Дону", "the Zaporozhye Region"; nights, evenings and weeks named
# ("ночью в четверг, 22 января", "за вечер субботы", "за праздничную ночь", "за последнюю неделю"); windows "с 17 до
# 23:30", "between 4 and 10 pm"; "During the last 24-hour period"; "Вечером пятницы министерство обороны сообщало".
PAGES_1_11 = [
    ('ru_mod', '2023-07-25T20:59:00Z', 'During the last 24-hour period, Russian air defense systems also destroyed 22 Ukrainian unmanned aerial vehicles',
     [('intercepted', 'drone', 22, None, False, '2023-07-25', 'day_total', None, None)]),
    ('ru_mod', '2023-07-25T20:59:00Z', 'Russian air defense forces shot down a Ukrainian Mi-24 helicopter in the Zaporozhye Region, intercepted 10 rockets of the US-made HIMARS multiple launch rocket system',
     [('destroyed', 'helicopter', 1, 'UA-23', False, '2023-07-25', 'event', None, None), ('intercepted', 'rocket', 10, None, False, '2023-07-25', 'event', None, None)]),
    ('ru_mod', '2024-03-09T20:59:00Z', 'Российские средства ПВО уничтожили украинский БПЛА самолетного типа над территорией Белгородской области около 22:00',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2024-03-10', 'night', '2024-03-09T19:00:00Z', '2024-03-09T19:00:00Z')]),
    ('ru_mod', '2025-07-21T20:59:00Z', 'Russian air defense forces claimed to have shot down 25 Ukrainian unmanned aerial vehicles between 4 and 10 pm Moscow time,',
     [('intercepted', 'drone', 25, None, False, '2025-07-21', 'day', '2025-07-21T13:00:00Z', '2025-07-21T19:00:00Z')]),
    ('ru_mod', '2025-08-24T20:59:00Z', 'В российском Минобороны заявили, что за вечер субботы над регионами РФ и акваторией Черного моря их ПВО якобы перехватило и уничтожило 57 "украинских" беспилотников.',
     [('intercepted', 'drone', 57, None, False, '2025-08-24', 'night', None, None)]),
    ('ru_mod', '2025-08-24T20:59:00Z', 'В оборонном ведомстве России отметили, что по московскому времени с 17 до 23:30 их ПВО якобы сбило 57 "украинских беспилотных летательных аппаратов".',
     [('intercepted', 'drone', 57, None, False, '2025-08-24', 'day', '2025-08-24T14:00:00Z', '2025-08-24T20:30:00Z')]),
    ('ru_mod', '2025-09-10T06:32:00Z', 'В Черном море уничтожили украинский морской дрон',
     [('destroyed', 'vessel', 1, 'SEA-BLACK', False, '2025-09-10', 'event', None, None)]),
    ('ru_mod', '2025-09-12T20:59:00Z', 'Вечером пятницы министерство обороны России сообщало, что дежурные средства ПВО уничтожили и перехватили 16 украинских беспилотников над Белгородской и Брянской областями.',
     [('intercepted', 'drone', 16, None, False, '2025-09-12', 'event', None, None)]),
    ('ru_mod', '2025-10-13T20:59:00Z', 'Под Ростовом-на-Дону поразили 14 аппаратов.',
     [('intercepted', 'drone', 14, 'RU-ROS', False, '2025-10-13', 'event', None, None)]),
    ('ru_mod', '2025-10-19T20:59:00Z', 'Над Тверской областью уничтожили украинский БПЛА',
     [('intercepted', 'drone', 1, 'RU-TVE', False, '2025-10-19', 'event', None, None)]),
    ('ru_mod', '2026-01-01T20:59:00Z', 'Согласно официальному сообщению Министерства обороны РФ, опубликованному 1 января, за праздничную ночь было уничтожено 168 украинских беспилотных летательных аппаратов самолетного типа.',
     [('intercepted', 'drone', 168, None, False, '2026-01-01', 'night', None, None)]),
    ('ru_mod', '2026-01-04T20:59:00Z', 'Над территорией Тульской области было сбито четыре дрона, в небе над Воронежской областью уничтожили два БПЛА,',
     [('intercepted', 'drone', 4, 'RU-TUL', False, '2026-01-04', 'event', None, None), ('intercepted', 'drone', 2, 'RU-VOR', False, '2026-01-04', 'event', None, None)]),
    ('ru_mod', '2026-01-23T20:59:00Z', 'Ранее в Минобороны РФ сообщили, что 14 украинских БПЛА ликвидировано над регионами России ночью в четверг, 22 января.',
     [('intercepted', 'drone', 14, None, False, '2026-01-22', 'night', None, None)]),
    ('ru_mod', '2026-03-09T20:59:00Z', 'За ту неделю, согласно опубликованным данным, было уничтожено не менее 1900 дронов.',
     [('intercepted', 'drone', 1900, None, False, '2026-03-09', 'period_total', None, None)]),
    ('ru_mod', '2026-03-09T20:59:00Z', 'За последнюю неделю российские системы противовоздушной обороны перехватили и уничтожили не менее 1999 беспилотных летательных аппаратов.',
     [('intercepted', 'drone', 1999, None, False, '2026-03-09', 'period_total', None, None)]),
    ('ua_air_force', '2025-07-09T20:59:00Z', 'He noted that there were 741 air attack vehicles in total - these were both missiles and drones, including simulator drones.',
     [('launched', 'air_weapon', 741, None, False, '2025-07-09', 'event', None, None)]),
    ('ua_air_force', '2026-02-09T21:59:00Z', 'At least 23 drones and several missiles made it through, striking 15 locations.',
     [('hit', 'drone', 23, None, False, '2026-02-09', 'event', None, None), ('hit', 'missile', None, None, False, '2026-02-09', 'event', None, None), ('hit', 'location', 15, None, False, '2026-02-09', 'event', None, None)]),
]


# Wordings of the seventeenth set that parsers 1.12.0 read and 1.11.0 did not: "за последние сутки" as a day total;
# "накануне вечером" as the evening before; "Утром 29 января Минобороны РФ сообщило" as the day of the statement;
# "Оренбуржье".
PAGES_1_12 = [
    ('ru_mod', '2025-11-14T05:22:00Z', 'Над территорией Оренбуржья был уничтожен один беспилотный летательный аппарат.',
     [('intercepted', 'drone', 1, 'RU-ORE', False, '2025-11-14', 'event', None, None)]),
    ('ru_mod', '2025-12-28T20:59:00Z', 'Российские средства противовоздушной обороны за последние сутки уничтожили 370 беспилотников самолетного типа ВСУ, сообщили в Министерстве обороны РФ.',
     [('intercepted', 'drone', 370, None, False, '2025-12-28', 'day_total', None, None)]),
    ('ru_mod', '2026-01-30T20:59:00Z', 'Утром 29 января Минобороны РФ сообщило, что за ночь силы противовоздушной обороны сбили девять украинских беспилотников над регионами России.',
     [('intercepted', 'drone', 9, None, False, '2026-01-29', 'night', None, None)]),
    ('ru_mod', '2026-02-20T20:59:00Z', 'По информации министерства обороны РФ, накануне вечером средства ПВО перехватили и уничтожили 48 украинских беспилотных летательных аппаратов самолетного типа над территорией России.',
     [('intercepted', 'drone', 48, None, False, '2026-02-20', 'night', None, None)]),
    ('ru_mod', '2026-02-23T09:24:00Z', 'За последние сутки Вооружённые силы Российской Федерации нейтрализовали свыше 500 украинских беспилотных летательных аппаратов.',
     [('intercepted', 'drone', 501, None, False, '2026-02-23', 'day_total', None, None)]),
]

# Wordings that parsers 1.13.0 read and 1.12.0 did not: launch areas ("from its positions in", "из районов", "із
# російських"); "Черного и Азовского морей" as two seas; a figure over Russia (or a peninsula) and a sea has no one
# region; places with their counts in brackets are the counts'; a place the clause before names for "там"/"где";
# "Белгородская и Курская области"; "зафіксували 509 ворожих цілей" as launched; "on Saturday afternoon"; a window with
# its time in GMT aside and "11:00 p.m. the previous night"; "птичек" as drones; "вывели из строя"; "near Moscow",
# "в районе Москвы" as Moscow Oblast.
PAGES_1_13 = [
    ('ru_mod', '2024-03-14T20:59:00Z', 'Дежурными средствами ПВО 14 БПЛА перехвачено и уничтожено над территориями Белгородской области (11 БПЛА) и Курской области (3 БПЛА)',
     [('intercepted', 'drone', 14, None, False, '2024-03-14', 'event', None, None), ('intercepted', 'drone', 11, 'RU-BEL', True, '2024-03-14', 'event', None, None), ('intercepted', 'drone', 3, 'RU-KRS', True, '2024-03-14', 'event', None, None)]),
    ('ru_mod', '2024-10-26T20:59:00Z', 'Russian air defenses downed four Ukrainian drones in the skies over the Lipetsk Region on Saturday afternoon, Russia’s Defense Ministry said.',
     [('intercepted', 'drone', 4, 'RU-LIP', False, '2024-10-26', 'day', None, None)]),
    ('ru_mod', '2025-05-21T19:49:00Z', 'Пять беспилотников вывели из строя над Рязанской областью, четыре — над Орловской, а ещё один — над Крымом.',
     [('intercepted', 'drone', 5, 'RU-RYA', False, '2025-05-21', 'event', None, None), ('intercepted', 'drone', 4, 'RU-ORL', False, '2025-05-21', 'event', None, None), ('intercepted', 'drone', 1, 'UA-43', False, '2025-05-21', 'event', None, None)]),
    ('ru_mod', '2025-05-25T18:45:00Z', 'Russian air defenses shot down 51 Ukrainian drones over five Russian regions from 1 p.m. (10:00 GMT) to 8 p.m.',
     [('intercepted', 'drone', 51, None, False, '2025-05-25', 'day', '2025-05-25T10:00:00Z', '2025-05-25T17:00:00Z')]),
    ('ru_mod', '2025-07-25T20:59:00Z', 'Among those, 19 drones were intercepted near Moscow, the ministry noted.',
     [('intercepted', 'drone', 19, 'RU-MOS', False, '2025-07-25', 'event', None, None)]),
    ('ru_mod', '2025-09-20T20:59:00Z', 'Также дроны сбили над акваторией Черного (15) и Азовского (три) морей.',
     [('intercepted', 'drone', 15, 'SEA-BLACK', False, '2025-09-20', 'event', None, None), ('intercepted', 'drone', 3, 'SEA-AZOV', False, '2025-09-20', 'event', None, None)]),
    ('ru_mod', '2025-10-08T04:44:00Z', 'Еще 11 "птичек" ликвидировали в Воронежской области, 6 — в Ростовской, по 2 — в Брянской и Курской, по 1 — в Липецкой, Тамбовской, Смоленской.',
     [('intercepted', 'drone', 11, 'RU-VOR', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 6, 'RU-ROS', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 2, 'RU-BRY', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KRS', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 1, 'RU-LIP', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 1, 'RU-TAM', False, '2025-10-08', 'event', None, None), ('intercepted', 'drone', 1, 'RU-SMO', False, '2025-10-08', 'event', None, None)]),
    ('ru_mod', '2025-10-14T20:59:00Z', 'Еще 12 "птичек" сбили в Воронежской области, 3 - над Черным морем, по 2 - над Тамбовской областью и Крымом,',
     [('intercepted', 'drone', 12, 'RU-VOR', False, '2025-10-14', 'event', None, None), ('intercepted', 'drone', 3, 'SEA-BLACK', False, '2025-10-14', 'event', None, None), ('intercepted', 'drone', 2, 'RU-TAM', False, '2025-10-14', 'event', None, None), ('intercepted', 'drone', 2, 'UA-43', False, '2025-10-14', 'event', None, None)]),
    ('ru_mod', '2025-10-30T20:59:00Z', 'По данным ведомства, всего над Россией было сбито 170 вражеских "птичек".',
     [('intercepted', 'drone', 170, None, False, '2025-10-30', 'event', None, None)]),
    ('ru_mod', '2025-11-24T20:59:00Z', 'Наибольшее число дронов ликвидировали над акваториями Черного и Азовского морей — 17 и шесть соответственно.',
     [('intercepted', 'drone', 17, 'SEA-BLACK', False, '2025-11-24', 'event', None, None), ('intercepted', 'drone', 6, 'SEA-AZOV', False, '2025-11-24', 'event', None, None)]),
    ('ru_mod', '2025-12-25T20:59:00Z', 'На втором месте по интенсивности атак оказалась Тульская область, там сбили 12 БПЛА, в Калужской отразили атаку 11 дронов.',
     [('intercepted', 'drone', 12, 'RU-TUL', False, '2025-12-25', 'event', None, None), ('intercepted', 'drone', 11, 'RU-KLU', False, '2025-12-25', 'event', None, None)]),
    ('ru_mod', '2026-01-02T05:39:00Z', 'Масштабной атаке подверглась Самарская область, где сбили 20 беспилотников, еще восемь — над Саратовской областью.',
     [('intercepted', 'drone', 20, 'RU-SAM', False, '2026-01-02', 'event', None, None), ('intercepted', 'drone', 8, 'RU-SAR', False, '2026-01-02', 'event', None, None)]),
    ('ru_mod', '2026-01-05T20:59:00Z', 'Помимо Брянской области, активно работали средства ПВО в Ростовской области, где уничтожено 11 БПЛА, а также в Белгородской (3), Волгоградской (2) и Рязанской (2) областях.',
     [('intercepted', 'drone', 11, 'RU-ROS', False, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 3, 'RU-BEL', True, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 2, 'RU-VGG', True, '2026-01-05', 'event', None, None), ('intercepted', 'drone', 2, 'RU-RYA', True, '2026-01-05', 'event', None, None)]),
    ('ru_mod', '2026-01-16T20:59:00Z', 'Силы ПВО перехватили 23 украинских БПЛА самолетного типа над Россией и Черным морем за пять часов, сообщает пресс-служба Минобороны в телеграм-канале.',
     [('intercepted', 'drone', 23, None, False, '2026-01-16', 'event', None, None)]),
    ('ru_mod', '2026-01-28T20:59:00Z', 'Военные сбили 75 дронов над Россией и Черным морем за ночь',
     [('intercepted', 'drone', 75, None, False, '2026-01-28', 'night', None, None)]),
    ('ru_mod', '2026-02-15T19:26:00Z', 'Earlier, the Defense Ministry had reported downing 156 Ukrainian drones between 11:00 p.m. the previous night and 9:00 a.m. Saturday morning.',
     [('intercepted', 'drone', 156, None, False, '2026-02-14', 'night', '2026-02-13T20:00:00Z', '2026-02-14T06:00:00Z')]),
    ('ru_mod', '2026-02-15T20:59:00Z', 'В районе Москвы было сбито 15 БПЛА.',
     [('intercepted', 'drone', 15, 'RU-MOS', False, '2026-02-15', 'event', None, None)]),
    ('ru_mod', '2026-02-25T20:59:00Z', 'В ночь на среду над полуостровом и Черным морем сбили 21 БПЛА.',
     [('intercepted', 'drone', 21, None, False, '2026-02-25', 'night', None, None)]),
    ('ru_mod', '2026-02-26T04:17:00Z', 'По одному дрону было уничтожено над Белгородской, Воронежской областями, а также над акваториями Черного и Азовского морей.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'RU-VOR', False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'SEA-BLACK', False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'SEA-AZOV', False, '2026-02-26', 'event', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'по одному — над Белгородской и Воронежской областями и над акваториями Черного и Азовского морей.',
     [('intercepted', 'drone', 1, 'RU-BEL', True, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'RU-VOR', True, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'SEA-BLACK', True, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'SEA-AZOV', True, '2026-02-26', 'event', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'Кроме того, по одному беспилотному летательному аппарату сбили над территориями Белгородской и Воронежской областей и акваториями Черного и Азовского морей.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'RU-VOR', False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'SEA-BLACK', False, '2026-02-26', 'event', None, None), ('intercepted', 'drone', 1, 'SEA-AZOV', False, '2026-02-26', 'event', None, None)]),
    ('ua_air_force', '2023-12-17T07:46:00Z', 'Позже стало известно, что оккупанты выпустили 20 ударных беспилотников из районов Приморско-Ахтарск (РФ) и Чауда (Крым)',
     [('launched', 'drone', 20, None, False, '2023-12-17', 'event', None, None)]),
    ('ua_air_force', '2023-12-22T21:59:00Z', 'Россия в ночь на 22 декабря атаковала Украину 28 ударными беспилотниками типа Shahed из районов российского Курска и Приморско-Ахтарска, а также оккупированного Крыма.',
     [('launched', 'attack_drone', 28, None, False, '2023-12-22', 'night', None, None)]),
    ('ua_air_force', '2024-04-18T09:15:00Z', 'Russia launched 13 Shahed drones from its positions in Cape Chauda in Russian-occupied Crimea and the port town of Primorsko-Akhtarsk,',
     [('launched', 'attack_drone', 13, None, False, '2024-04-18', 'event', None, None)]),
    ('ua_air_force', '2025-02-03T21:59:00Z', 'Починаючи з 19:00 2 лютого ворог випустив 71 дрон-камікадзе Shahed і безпілотники-імітатори із російських Орла, Курська, Брянська, Міллєрова, Приморсько-Ахтарська та окупованого Криму.',
     [('launched', 'drone', 71, None, False, '2025-02-03', 'night', '2025-02-02T17:00:00Z', None)]),
    ('ua_air_force', '2026-03-07T21:59:00Z', 'Всього Повітряні сили зафіксували 509 ворожих цілей, збили — 472.',
     [('launched', 'air_weapon', 509, None, False, '2026-03-07', 'event', None, None), ('intercepted', 'air_weapon', 472, None, False, '2026-03-07', 'event', None, None)]),
]

# Wordings that parsers 1.14.0 read and 1.13.0 did not: a list line whose place follows "под" ("девять — под
# Рязанью"); "здесь", "тут" and a shared count after "там" point back to the places of the clause before; a count set
# between dashes after "больше всего" ("Больше всего дронов — 28 — военные сбили …"); "по три" after a place and a dash
# is a part, as "три" is; "аппарату", "аппаратом"; "беспилотное воздушное средство"; "в Орловском и Калужском
# регионах"; "на Крымском полуострове"; "claimed on the morning of 16 August" as the time of the statement.
PAGES_1_14 = [
    ('ru_mod', '2023-08-16T20:59:00Z', 'The Russian Defence Ministry claimed on the morning of 16 August to have downed three drones in Kaluga Oblast.',
     [('intercepted', 'drone', 3, 'RU-KLU', False, '2023-08-16', 'event', None, None)]),
    ('ru_mod', '2025-04-25T20:59:00Z', 'Большая часть атак сосредоточилась на Крымском полуострове — здесь сбили 59 аппаратов.',
     [('intercepted', 'drone', 59, 'UA-43', False, '2025-04-25', 'event', None, None)]),
    ('ru_mod', '2025-10-09T20:59:00Z', 'Над Волгоградской областью перехвачено девять беспилотников, Над Брянской и Курской – по три, указало ведомство в своем Telegram-канале.',
     [('intercepted', 'drone', 9, 'RU-VGG', False, '2025-10-09', 'event', None, None), ('intercepted', 'drone', 3, 'RU-BRY', True, '2025-10-09', 'event', None, None), ('intercepted', 'drone', 3, 'RU-KRS', True, '2025-10-09', 'event', None, None)]),
    ('ru_mod', '2025-12-03T20:59:00Z', 'Помимо этого, над акваторией Чёрного моря военные сбили три дрона, над Липецкой, Тверской и Орловской областями — по одному.',
     [('intercepted', 'drone', 3, 'SEA-BLACK', False, '2025-12-03', 'event', None, None), ('intercepted', 'drone', 1, 'RU-LIP', True, '2025-12-03', 'event', None, None), ('intercepted', 'drone', 1, 'RU-TVE', True, '2025-12-03', 'event', None, None), ('intercepted', 'drone', 1, 'RU-ORL', True, '2025-12-03', 'event', None, None)]),
    ('ru_mod', '2026-01-06T20:59:00Z', 'Больше всего дронов — 29 — средства противовоздушной обороны (ПВО) сбили над Брянской областью, еще пятнадцать — над Белгородской.',
     [('intercepted', 'drone', 29, 'RU-BRY', False, '2026-01-06', 'event', None, None), ('intercepted', 'drone', 15, 'RU-BEL', False, '2026-01-06', 'event', None, None)]),
    ('ru_mod', '2026-01-22T06:00:00Z', 'Всего за указанный промежуток времени было уничтожено 31 беспилотное воздушное средство.',
     [('intercepted', 'drone', 31, None, False, '2026-01-22', 'event', None, None)]),
    ('ru_mod', '2026-01-22T20:59:00Z', 'По одному — под Белгородом и Краснодарским краем.',
     [('intercepted', 'drone', 1, 'RU-BEL', True, '2026-01-22', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KDA', True, '2026-01-22', 'event', None, None)]),
    ('ru_mod', '2026-01-22T20:59:00Z', 'Над Волгоградской областью уничтожено четыре беспилотника, над Республикой Крым и Ростовской областью — по три.',
     [('intercepted', 'drone', 4, 'RU-VGG', False, '2026-01-22', 'event', None, None), ('intercepted', 'drone', 3, 'UA-43', True, '2026-01-22', 'event', None, None), ('intercepted', 'drone', 3, 'RU-ROS', True, '2026-01-22', 'event', None, None)]),
    ('ru_mod', '2026-01-27T20:59:00Z', 'Кроме того, атаке подверглись Орловская и Белгородская области — там сбили по одному беспилотнику ВСУ, уточнили в Telegram-канале ведомства.',
     [('intercepted', 'drone', 1, 'RU-ORL', False, '2026-01-27', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', False, '2026-01-27', 'event', None, None)]),
    ('ru_mod', '2026-02-03T20:59:00Z', 'По одному аппарату уничтожили над Курской и Ростовской областями.',
     [('intercepted', 'drone', 1, 'RU-KRS', False, '2026-02-03', 'event', None, None), ('intercepted', 'drone', 1, 'RU-ROS', False, '2026-02-03', 'event', None, None)]),
    ('ru_mod', '2026-02-04T20:59:00Z', 'Два беспилотника российские военные сбили в Калужской области и по одному – в Курском и Ростовском регионах.',
     [('intercepted', 'drone', 2, 'RU-KLU', False, '2026-02-04', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KRS', False, '2026-02-04', 'event', None, None), ('intercepted', 'drone', 1, 'RU-ROS', False, '2026-02-04', 'event', None, None)]),
    ('ru_mod', '2026-02-09T20:59:00Z', 'Пять воздушных целей российские военные поразили в Белгородской области, три – в Тульской, по две – в Орловском и Калужском регионах.',
     [('intercepted', 'air_weapon', 5, 'RU-BEL', False, '2026-02-09', 'event', None, None), ('intercepted', 'air_weapon', 3, 'RU-TUL', False, '2026-02-09', 'event', None, None), ('intercepted', 'air_weapon', 2, 'RU-ORL', False, '2026-02-09', 'event', None, None), ('intercepted', 'air_weapon', 2, 'RU-KLU', False, '2026-02-09', 'event', None, None)]),
    ('ru_mod', '2026-02-09T20:59:00Z', 'Больше всего дронов — 28 — военные сбили в небе над Курской областью.',
     [('intercepted', 'drone', 28, 'RU-KRS', False, '2026-02-09', 'event', None, None)]),
    ('ru_mod', '2026-03-07T20:59:00Z', 'По пять дронов сбили над территориями Тульской и Самарской областей, по три — под Липецком и в Московском регионе.',
     [('intercepted', 'drone', 5, 'RU-TUL', False, '2026-03-07', 'event', None, None), ('intercepted', 'drone', 5, 'RU-SAM', False, '2026-03-07', 'event', None, None), ('intercepted', 'drone', 3, 'RU-LIP', False, '2026-03-07', 'event', None, None), ('intercepted', 'drone', 3, 'RU-MOS', False, '2026-03-07', 'event', None, None)]),
    ('ru_mod', '2026-03-07T20:59:00Z', 'Больше всего беспилотников ликвидировали в Брянской области — 29 устройств, 15 — над Орловской областью, 11 — под Белгородом, девять — под Рязанью.',
     [('intercepted', 'drone', 29, 'RU-BRY', False, '2026-03-07', 'event', None, None), ('intercepted', 'drone', 15, 'RU-ORL', False, '2026-03-07', 'event', None, None), ('intercepted', 'drone', 11, 'RU-BEL', False, '2026-03-07', 'event', None, None), ('intercepted', 'drone', 9, 'RU-RYA', False, '2026-03-07', 'event', None, None)]),
    ('ru_mod', '2026-03-12T20:59:00Z', 'При этом над Белгородской областью сбили два аппарата, а над Брянской и Калужской областями — по одному.',
     [('intercepted', 'drone', 2, 'RU-BEL', False, '2026-03-12', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BRY', True, '2026-03-12', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KLU', True, '2026-03-12', 'event', None, None)]),
]

# Wordings that parsers 1.15.0 read and 1.14.0 did not: "surface-to-air guided missiles", "missiles from the S-300";
# "за последние 24 часа" as a day total, "за одну ночь" as a night; an item's name with digits ("Mirage 2000") counts
# nothing; "supplied to Kyiv" names a government.
PAGES_1_15 = [
    ('ru_mod', '2025-12-15T20:59:00Z', 'Российские системы противовоздушной обороны за одну ночь сбили 130 украинских беспилотников самолётного типа над различными регионами страны.',
     [('intercepted', 'drone', 130, None, False, '2025-12-15', 'night', None, None)]),
    ('ru_mod', '2026-02-15T20:59:00Z', 'Ранее сообщалось, что за последние 24 часа российские системы противовоздушной обороны нейтрализовали 222 украинских беспилотника.',
     [('intercepted', 'drone', 222, None, False, '2026-02-15', 'day_total', None, None)]),
    ('ua_air_force', '2024-04-09T20:59:00Z', 'He added that Russia also launched four missiles from the S-300 surface-to-air missile systems,',
     [('launched', 'sam_missile', 4, None, False, '2024-04-09', 'event', None, None)]),
    ('ua_air_force', '2024-04-22T20:59:00Z', 'Russia also attacked Ukraine with three surface-to-air guided missiles that were launched from occupied Donetsk Oblast.',
     [('launched', 'sam_missile', 3, None, False, '2024-04-22', 'event', None, None)]),
    ('ua_air_force', '2025-11-20T21:59:00Z', 'This includes 10 missiles reportedly destroyed by F-16 and Mirage 2000 fighter jets supplied to Kyiv by its Western allies.',
     [('intercepted', 'missile', 10, None, False, '2025-11-20', 'event', None, None)]),
]


# Wordings that parsers 1.16.0 read and 1.15.0 did not: the last count of a list before the word for its places ("і
# Бєлгородською - 1 областями"), a word of doubt or a span of time between a count and its participle ("32 нібито
# збитих", "55 сбитых за ночь дронах"), "the missile" after a count of drones, "ракеты комплекса «Точка-У»", "this night",
# "in the first half of Sunday", "around 0500 GMT", "reported on September 15 that … during the night", "Накануне днем
# … сообщало, что за ночь", counts bound for the capital ("пять летели на столицу"), "launched three drones that were
# destroyed" (both counts), "the Kyiv Air Force" (a government, no place).
PAGES_1_16 = [
    ('ru_mod', '2023-10-01T20:59:00Z', "Air defences shot down a Ukrainian drone in the Krasnodar region around 0500 GMT, Russia's defence ministry said.",
     [('intercepted', 'drone', 1, 'RU-KDA', False, '2023-10-01', 'night', '2023-10-01T05:00:00Z', '2023-10-01T05:00:00Z')]),
    ('ru_mod', '2024-08-26T19:48:17Z', 'Средства противовоздушной обороны сбили над Курской областью четыре ракеты комплекса «Точка-У», сообщило Минобороны в телеграм-канале.',
     [('intercepted', 'ballistic_missile', 4, 'RU-KRS', False, '2024-08-26', 'event', None, None)]),
    ('ru_mod', '2025-02-11T20:59:00Z', 'українські дрони збивали над прикордонними Ростовською - 13, Брянською - 6 і Бєлгородською - 1 областями',
     [('intercepted', 'drone', 13, 'RU-ROS', True, '2025-02-11', 'event', None, None), ('intercepted', 'drone', 6, 'RU-BRY', True, '2025-02-11', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', True, '2025-02-11', 'event', None, None)]),
    ('ru_mod', '2025-03-11T20:59:00Z', 'Ранее в российском оборонном ведомстве сообщили о 337 сбитых за прошедшую ночь беспилотниках над регионами РФ.',
     [('intercepted', 'drone', 337, None, False, '2025-03-11', 'night', None, None)]),
    ('ru_mod', '2025-08-27T20:59:00Z', 'Накануне днем Минобороны сообщало, что средства противовоздушной обороны за ночь перехватили и уничтожили 43 украинских беспилотника над территориями различных регионов России.',
     [('intercepted', 'drone', 43, None, False, '2025-08-26', 'night', None, None)]),
    ('ru_mod', '2025-09-27T20:59:00Z', 'Утром 27 сентября Минобороны отчиталось о 55 сбитых за ночь дронах, шесть из них сбили над Астраханской областью.',
     [('intercepted', 'drone', 55, None, False, '2025-09-27', 'night', None, None), ('intercepted', 'drone', 6, 'RU-AST', True, '2025-09-27', 'night', None, None)]),
    ('ru_mod', '2025-10-05T20:59:00Z', 'Накануне в Минобороны рассказали, что российские силы ПВО за сутки сбили 314 украинских беспилотников самолетного типа.',
     [('intercepted', 'drone', 314, None, False, '2025-10-04', 'day_total', None, None)]),
    ('ru_mod', '2025-10-08T20:59:00Z', 'The Russian Ministry of Defense had previously reported on September 15 that air defense systems destroyed six Ukrainian unmanned aerial vehicles (UAVs) during the night.',
     [('intercepted', 'drone', 6, None, False, '2025-09-15', 'night', None, None)]),
    ('ru_mod', '2025-11-07T01:11:00Z', '"Дежурные средства ПВО нейтрализовали 11 украинских беспилотных воздушных аппаратов самолетного типа в течение прошедшей ночи", - уточнили в ведомстве.',
     [('intercepted', 'drone', 11, None, False, '2025-11-07', 'night', None, None)]),
    ('ru_mod', '2025-11-30T20:59:00Z', 'According to the ministry, troops in this region have eliminated 13 Ukrainian drones and 17 heavy quadcopters over the past 24 hours.',
     [('intercepted', 'drone', 13, None, False, '2025-11-30', 'day_total', None, None), ('intercepted', 'tactical_drone', 17, None, False, '2025-11-30', 'day_total', None, None)]),
    ('ru_mod', '2025-12-01T20:59:00Z', 'Air defense systems shot down 32 Ukrainian drones over Russian regions in the night, the Russian Defense Ministry reported.',
     [('intercepted', 'drone', 32, None, False, '2025-12-01', 'night', None, None)]),
    ('ru_mod', '2026-02-22T20:59:00Z', 'Air defenses destroyed 73 Ukrainian drones over Russian regions in the first half of Sunday, Russia’s Defense Ministry reported.',
     [('intercepted', 'drone', 73, None, False, '2026-02-22', 'day', None, None)]),
    ('ru_mod', '2026-02-27T20:59:00Z', 'Среди сбитых за ночь БПЛА пять летели на столицу, отметило ведомство.',
     [('intercepted', 'drone', 5, 'RU-MOW', True, '2026-02-27', 'night', None, None)]),
    ('ua_air_force', '2023-08-19T20:59:00Z', 'The Ukrainian air defenses shot down 15 Russian drones during a nighttime attack on Friday-Saturday, as announced by the Kyiv Air Force.',
     [('intercepted', 'drone', 15, None, False, '2023-08-19', 'night', None, None)]),
    ('ua_air_force', '2023-10-10T20:59:00Z', 'Moscow launched a total of 36 Iranian-made drones from the Russia-annexed Crimean peninsula, it added.',
     [('launched', 'drone', 36, None, False, '2023-10-10', 'event', None, None)]),
    ('ua_air_force', '2023-11-28T21:59:00Z', 'This night on 28 November 2023, air defence downed a Shahed-type assault UAV,',
     [('intercepted', 'attack_drone', 1, None, False, '2023-11-28', 'night', None, None)]),
    ('ua_air_force', '2024-01-01T21:59:00Z', 'Russian forces also launched a Kh-59 guided missile which was shot down over Dnipropetrovsk Oblast.',
     [('launched', 'cruise_missile', 1, None, False, '2024-01-01', 'event', None, None), ('intercepted', 'cruise_missile', 1, 'UA-12', False, '2024-01-01', 'event', None, None)]),
    ('ua_air_force', '2026-01-01T21:59:00Z', 'По состоянию на 08:30 ПВО сбила/подавила 176 дронов типа «Шахед», «Гербера» и других типов на севере, юге и востоке Украины.',
     [('neutralised', 'drone', 176, None, False, '2026-01-01', 'night', None, '2026-01-01T06:30:00Z')]),
    ('ua_air_force', '2026-02-22T21:59:00Z', 'Russia launched 50 missiles and 297 drones in overnight strikes on Ukraine, targeting key energy infrastructure and residential areas, according to Ukraine’s air force.',
     [('launched', 'missile', 50, None, False, '2026-02-22', 'night', None, None), ('launched', 'drone', 297, None, False, '2026-02-22', 'night', None, None)]),
]


# Wordings that parsers 1.17.0 read and 1.16.0 did not: "destroyed the Ukrainian UAV" counts one; "Tochka U
# tactical projectiles", "ракет ТРК "Точка-У"" are ballistic missiles, "Vilkha MLRS missiles" rockets; "most of them over
# the Kursk region" is no place of the whole figure; "10 of the 22 drones were shot down in Bryansk Oblast" puts the
# place on the 10; "Білгородської області"; "около семи утра"; "в течение вечера"; "сьогоднішню ніч"; "earlier this
# week" is no week's total; "a missile-air strike", "a combined missile and drone attack" count no weapon.
PAGES_1_17 = [
    ('ru_mod', '2023-08-13T20:59:00Z', 'Russian air defense capabilities detected and destroyed the Ukrainian unmanned aerial vehicle over the Kursk Region.',
     [('intercepted', 'drone', 1, 'RU-KRS', False, '2023-08-13', 'event', None, None)]),
    ('ru_mod', '2023-08-13T20:59:00Z', 'Russian air defense systems detected and destroyed the UAV over the territory of the Belgorod Region.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2023-08-13', 'event', None, None)]),
    ('ru_mod', '2023-10-15T20:59:00Z', "Anti-aircraft units destroyed 27 Ukraine-launched drones over Russia, most of them over the Kursk region, Russia's defence ministry said early on Sunday.",
     [('intercepted', 'drone', 27, None, False, '2023-10-15', 'event', None, None)]),
    ('ru_mod', '2023-11-27T20:59:00Z', 'It added that the Russian air defense system had allegedly destroyed the drone in the Smolensk region.',
     [('intercepted', 'drone', 1, 'RU-SMO', False, '2023-11-27', 'event', None, None)]),
    ('ru_mod', '2023-12-12T20:59:00Z', 'Russian air defense systems on duty shot down the Ukrainian missile over the Belgorod Region,',
     [('intercepted', 'missile', 1, 'RU-BEL', False, '2023-12-12', 'event', None, None)]),
    ('ru_mod', '2024-01-02T20:59:00Z', 'Over the Belgorod region, air defense systems shot down two Tochka-U missiles and seven Vilkha MLRS missiles.',
     [('intercepted', 'ballistic_missile', 2, 'RU-BEL', False, '2024-01-02', 'event', None, None), ('intercepted', 'rocket', 7, 'RU-BEL', False, '2024-01-02', 'event', None, None)]),
    ('ru_mod', '2024-01-03T07:41:00Z', '«Дежурными средствами ПВО шесть ракет ТРК "Точка-У" и шесть ракет РСЗО "Ольха" были уничтожены над Белгородской областью», — говорится в пресс-релизе министерства.',
     [('intercepted', 'ballistic_missile', 6, 'RU-BEL', False, '2024-01-03', 'event', None, None), ('intercepted', 'rocket', 6, 'RU-BEL', False, '2024-01-03', 'event', None, None)]),
    ('ru_mod', '2024-01-15T20:59:00Z', 'In a statement released in the early hours of Monday, the ministry said Russian air defense systems destroyed three Tochka U tactical projectiles overnight',
     [('intercepted', 'ballistic_missile', 3, None, False, '2024-01-15', 'night', None, None)]),
    ('ru_mod', '2024-01-15T20:59:00Z', "Three Tochka U ballistic weapons were downed over Russia's Kursk Region, with no casualties reported, according to the Defense Ministry",
     [('intercepted', 'ballistic_missile', 3, 'RU-KRS', False, '2024-01-15', 'event', None, None)]),
    ('ru_mod', '2024-01-20T20:59:00Z', 'On-duty air defenses destroyed the UAV over the Bryansk Region,"',
     [('intercepted', 'drone', 1, 'RU-BRY', False, '2024-01-20', 'event', None, None)]),
    ('ru_mod', '2024-09-06T20:59:00Z', 'Как уточнили в ведомстве, военные сбили дрон около семи утра по московскому времени.',
     [('intercepted', 'drone', 1, None, False, '2024-09-06', 'night', '2024-09-06T04:00:00Z', '2024-09-06T04:00:00Z')]),
    ('ru_mod', '2024-10-30T20:59:00Z', 'по три - над територіями Орловської та Брянської областей і один - над територією Білгородської області".',
     [('intercepted', 'drone', 3, 'RU-ORL', True, '2024-10-30', 'event', None, None), ('intercepted', 'drone', 3, 'RU-BRY', True, '2024-10-30', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', True, '2024-10-30', 'event', None, None)]),
    ('ru_mod', '2025-11-15T20:59:00Z', 'The Russian Ministry of Defense has confirmed that two Ukrainian drones were intercepted over the Bryansk region earlier this week',
     [('intercepted', 'drone', 2, 'RU-BRY', False, '2025-11-15', 'event', None, None)]),
    ('ua_air_force', '2023-08-06T20:59:00Z', 'За даними повітряних сил ЗСУ, всього за вчорашній вечір та сьогоднішню ніч на території України знищено 30 ракет та 27 ударних дронів.',
     [('intercepted', 'missile', 30, None, False, '2023-08-06', 'night', None, None), ('intercepted', 'drone', 27, None, False, '2023-08-06', 'night', None, None)]),
    ('ua_air_force', '2024-05-28T20:59:00Z', 'overnight into May 26, the russian occupiers launched a missile-air strike against Ukraine using 14 air-launched missiles and more than three dozen attack UAVs.',
     [('launched', 'missile', 14, None, False, '2024-05-26', 'night', None, None), ('launched', 'drone', 37, None, False, '2024-05-26', 'night', None, None)]),
]


# Wordings that parsers 1.18.0 read and 1.17.0 did not: "the interception of 34 out of 55 drones"; "aircraft-type
# kamikaze drones"; "больше всего — над Ростовской областью" is no place of the total; "в течение второй половины дня";
# "… seven Shaheds. All of them were shot down …" (the number launched, and the same number brought down).
PAGES_1_18 = [
    ('ru_mod', '2023-09-14T20:59:00Z', 'at least four aircraft-type kamikaze drones were allegedly destroyed in the skies over Bryansk region in the early hours of Thursday.',
     [('intercepted', 'drone', 4, 'RU-BRY', False, '2023-09-14', 'night', None, None)]),
    ('ru_mod', '2025-09-27T20:59:00Z', 'Всего, по данным Минобороны, за ночь в небе над Россией сбили 55 украинских дронов, больше всего — над Ростовской областью.',
     [('intercepted', 'drone', 55, None, False, '2025-09-27', 'night', None, None)]),
    ('ru_mod', '2025-10-23T20:59:00Z', 'В течение второй половины дня в четверг, 23 октября, российские системы противовоздушной обороны (ПВО) ликвидировали 20 украинских дронов над территорией Белгородской области.',
     [('intercepted', 'drone', 20, 'RU-BEL', False, '2025-10-23', 'day', None, None)]),
    ('ru_mod', '2025-11-30T20:59:00Z', 'The Russian Ministry of Defense has confirmed the interception of a single Ukrainian drone over Tatarstan',
     [('intercepted', 'drone', 1, 'RU-TA', False, '2025-11-30', 'event', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'The Russian Ministry of Defense has confirmed the interception of five Ukrainian drones over the Leningrad Region between 8:00 and 11:00 am Moscow time',
     [('intercepted', 'drone', 5, 'RU-LEN', False, '2025-12-06', 'night', '2025-12-06T05:00:00Z', '2025-12-06T08:00:00Z')]),
    ('ua_air_force', '2024-08-01T06:23:00Z', 'Air surveillance troops detected and tracked seven Shaheds. All of them were shot down by air defence units in Kyiv, Poltava, Kherson and Dnipropetrovsk oblasts.',
     [('launched', 'attack_drone', 7, None, False, '2024-08-01', 'event', None, None), ('intercepted', 'attack_drone', 7, None, False, '2024-08-01', 'event', None, None)]),
    ('ua_air_force', '2025-01-16T21:59:00Z', "Ukraine's air force announced on Thursday their interception of 34 out of 55 drones launched by Russia during an overnight attack.",
     [('intercepted', 'drone', 34, None, False, '2025-01-16', 'night', None, None), ('launched', 'drone', 55, None, False, '2025-01-16', 'night', None, None)]),
]


# Wordings that parsers 1.19.0 read and 1.18.0 did not: a window of whole hours with the part of the day after its end
# ("с 7 до 8 утра").
PAGES_1_19 = [
    ('ru_mod', '2026-03-13T20:59:00Z', 'По данным военного ведомства, с 7 до 8 утра по московскому времени четыре беспилотника были сбиты над Кировской областью,',
     [('intercepted', 'drone', 4, 'RU-KIR', False, '2026-03-13', 'night', '2026-03-13T04:00:00Z', '2026-03-13T05:00:00Z')]),
]


# Wordings that parsers 1.20.0 read and 1.19.0 did not: "102/127" (so many of so many), "понад десяток", a clause set
# against the figure's ("…, а в Белгородской …"), "столичный регион", "bound for Moscow", "between Wednesday and
# Thursday", a time in another zone in brackets, "Ночью Министерство обороны … объявило" (when it was said), a moment
# followed by its date ("Близько 19:40 21 березня"), "повітряну ціль", "снарядов «Вампир»", "з початку 2024 року",
# "нібито збитих або перехоплених дрони", "знешкодила" (the Ministry's figure retold), "третина з яких"
PAGES_1_20 = [
    ('ru_mod', '2023-09-15T20:59:00Z', 'Russia said it destroyed five Ukrainian naval drones in the Black Sea between Wednesday and Thursday',
     [('destroyed', 'vessel', 5, 'SEA-BLACK', False, '2023-09-14', 'period_total', None, None)]),
    ('ru_mod', '2023-09-24T20:59:00Z', 'Зазначається, що російська ППО набито знищила повітряну ціль.',
     [('intercepted', 'air_weapon', 1, None, False, '2023-09-24', 'event', None, None)]),
    ('ru_mod', '2023-11-05T20:59:00Z', 'Там заявили, що Збройні сили України запустили 15 ракет по суднобудівному заводу у Керчі.',
     [('launched', 'missile', 15, 'UA-43', False, '2023-11-05', 'event', None, None)]),
    ('ru_mod', '2023-11-25T20:59:00Z', 'Sixteen Ukrainian drones were intercepted in southern Russia and Crimea between Thursday and Friday, according to Moscow.',
     [('intercepted', 'drone', 16, None, False, '2023-11-24', 'period_total', None, None)]),
    ('ru_mod', '2024-01-02T20:59:00Z', 'Вже налічили понад десяток «збитих» цілей.',
     [('intercepted', 'air_weapon', 11, None, False, '2024-01-02', 'event', None, None)]),
    ('ru_mod', '2024-01-05T20:59:00Z', 'У п\'ятницю 5 січня Росія звинуватила Україну в нібито використанні протикорабельної ракети "Нептун" по кримському півострову.',
     [('launched', 'cruise_missile', 1, 'UA-43', False, '2024-01-05', 'event', None, None)]),
    ('ru_mod', '2024-01-05T20:59:00Z', '"5 січня близько 12:30 за мск припинено спробу київського режиму здійснити терористичну атаку з використанням протикорабельної ракети "Нептун" по об\'єктах на території Російської Федерації"',
     [('launched', 'cruise_missile', 1, None, False, '2024-01-05', 'day', '2024-01-05T09:30:00Z', '2024-01-05T09:30:00Z')]),
    ('ru_mod', '2024-01-18T20:59:00Z', 'Ночью Министерство обороны России объявило о перехвате беспилотного летательного аппарата над Ленинградской областью, а ещё один аппарат такого же типа был уничтожен в Подмосковье.',
     [('intercepted', 'drone', 1, 'RU-LEN', False, '2024-01-18', 'event', None, None), ('intercepted', 'drone', 1, 'RU-MOS', False, '2024-01-18', 'event', None, None)]),
    ('ru_mod', '2024-03-17T20:59:00Z', 'Российские средства противовоздушной обороны (ПВО) уничтожили в небе над Белгородской областью девять снарядов реактивной системы залпового огня (РСЗО) RM-70 «Вампир» и три снаряда системы «Ураган»',
     [('intercepted', 'rocket', 9, 'RU-BEL', False, '2024-03-17', 'event', None, None), ('intercepted', 'rocket', 3, 'RU-BEL', False, '2024-03-17', 'event', None, None)]),
    ('ru_mod', '2024-03-29T20:59:00Z', 'Силы ПВО сбили 15 снарядов «Вампир» над Белгородской областью',
     [('intercepted', 'rocket', 15, 'RU-BEL', False, '2024-03-29', 'event', None, None)]),
    ('ru_mod', '2024-04-17T20:59:00Z', 'около 11.20 по московскому времени была пресечена попытка киевского режима осуществить террористическую атаку на территорию России с использованием беспилотного летательного аппарата (БПЛА) самолетного типа.',
     [('launched', 'drone', 1, None, False, '2024-04-17', 'night', '2024-04-17T08:20:00Z', '2024-04-17T08:20:00Z')]),
    ('ru_mod', '2024-07-22T20:59:00Z', "Russia's air defence systems destroyed 75 Ukraine-launched drones, more than half of them over the Rostov region in the southwest",
     [('intercepted', 'drone', 75, None, False, '2024-07-22', 'event', None, None)]),
    ('ru_mod', '2024-07-25T20:59:00Z', 'Two unmanned boats heading toward the Crimean Peninsula were destroyed in the Black Sea.',
     [('destroyed', 'vessel', 2, 'SEA-BLACK', False, '2024-07-25', 'event', None, None)]),
    ('ru_mod', '2025-07-11T20:59:00Z', 'Russian air defences downed 155 Ukrainian drones between 11pm local time (8pm Irish time) on Thursday and 7am on Friday, including 11 bound for Moscow',
     [('intercepted', 'drone', 155, None, False, '2025-07-11', 'night', '2025-07-10T20:00:00Z', '2025-07-11T04:00:00Z'), ('intercepted', 'drone', 11, 'RU-MOW', True, '2025-07-11', 'night', '2025-07-10T20:00:00Z', '2025-07-11T04:00:00Z')]),
    ('ru_mod', '2025-10-23T20:59:00Z', 'З початку 2024 року українські війська декілька разів атакували цей завод, але засобами протиповітряної оборони, як стверджує Міноборони РФ, було знищено 139 українських дронів.',
     [('intercepted', 'drone', 139, None, False, '2025-10-23', 'period_total', None, None)]),
    ('ru_mod', '2025-10-26T20:59:00Z', 'У Міноборони Росії заявили, що протягом минулої ночі їхня ППО нібито знешкодила 82 "українські безпілотники".',
     [('intercepted', 'drone', 82, None, False, '2025-10-26', 'night', None, None)]),
    ('ru_mod', '2025-10-27T20:59:00Z', 'Міноборони РФ нарахувало 34 нібито збитих або перехоплених дрони, що летіли на столицю.',
     [('intercepted', 'drone', 34, 'RU-MOW', True, '2025-10-27', 'event', None, None)]),
    ('ru_mod', '2025-11-30T20:59:00Z', 'В это же время еще два БПЛА уничтожили в Курской области, а в Белгородской области и Крыму нейтрализовали по одному дрону.',
     [('intercepted', 'drone', 2, 'RU-KRS', False, '2025-11-30', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', False, '2025-11-30', 'event', None, None), ('intercepted', 'drone', 1, 'UA-43', False, '2025-11-30', 'event', None, None)]),
    ('ru_mod', '2025-12-12T20:59:00Z', "Russia's Ministry of Defence said on Friday that air defence systems had destroyed 90 Ukrainian drones over the country and the Black Sea overnight.",
     [('intercepted', 'drone', 90, None, False, '2025-12-12', 'night', None, None)]),
    ('ru_mod', '2026-02-07T20:59:00Z', 'Один из БПЛА перехвачен над территорией столичного региона, еще два – над Белгородской и Брянской областями.',
     [('intercepted', 'drone', 1, 'RU-MOS', False, '2026-02-07', 'event', None, None), ('intercepted', 'drone', 2, None, False, '2026-02-07', 'event', None, None)]),
    ('ru_mod', '2026-02-22T20:59:00Z', 'Три украинских БПЛА уничтожены над Калужской областью, по одному дрону военные сбили над Крымом и над столичным регионом.',
     [('intercepted', 'drone', 3, 'RU-KLU', False, '2026-02-22', 'event', None, None), ('intercepted', 'drone', 1, 'UA-43', False, '2026-02-22', 'event', None, None), ('intercepted', 'drone', 1, 'RU-MOS', False, '2026-02-22', 'event', None, None)]),
    ('ua_air_force', '2023-03-22T21:59:00Z', 'Близько 19:40 21 березня у небі над Одещиною силами та засобами протиповітряної оборони повітряного командування “Південь” збито дві керовані авіаційні ракети класу “повітря-поверхня” Х-59',
     [('intercepted', 'cruise_missile', 2, 'UA-51', False, '2023-03-22', 'night', '2023-03-21T17:40:00Z', '2023-03-21T17:40:00Z')]),
    ('ua_air_force', '2024-08-26T08:06:00Z', 'Остання новина по цій темі: Збито 102/127 ракет і 99/109 ударних БпЛА.',
     [('intercepted', 'missile', 102, None, False, '2024-08-26', 'event', None, None), ('launched', 'missile', 127, None, False, '2024-08-26', 'event', None, None), ('intercepted', 'drone', 99, None, False, '2024-08-26', 'event', None, None), ('launched', 'drone', 109, None, False, '2024-08-26', 'event', None, None)]),
    ('ua_air_force', '2024-08-27T08:43:32Z', 'the commander of the Ukrainian Air Force, Mykola Oleshchuk, who mentioned that one of the strike drones crossed the border into Belarus',
     [('returned', 'drone', 1, None, False, '2024-08-27', 'event', None, None)]),
    ('ua_air_force', '2025-02-23T09:20:00Z', 'Air force spokesman Yuriy Ignat called the 267 drones spotted in Ukrainian skies between Saturday and Sunday "a record for a single attack"',
     [('launched', 'drone', 267, None, False, '2025-02-23', 'period_total', None, None)]),
]


# Wordings that parsers 1.21.0 read and 1.20.0 did not: "veered off course", "disabled by means of electronic warfare"
# (suppressed), "flew away toward Belarus" (returned), "shooting down and suppressing" (neutralised), an attempted
# attack "using 17 unmanned aerial vehicles" that "was repelled" (the number launched), "pounded … with at least 25
# drones", "launching them from the Orel … areas" (a launch area), "before they reached their targets" (no hit),
# "Сутками ранее", "донского региона", "projectiles of the HIMARS and Vampire multiple launch rocket systems", a place
# before a clause with a verb of its own ("three drones were downed in the Moscow region, while others were intercepted
# over the western oblasts of …")
PAGES_1_21 = [
    ('ru_mod', '2023-03-01T20:59:00Z', 'six Ukrainian drones were shot down by means of air defense (air defense), and four more were disabled by means of electronic warfare.',
     [('intercepted', 'drone', 6, None, False, '2023-03-01', 'event', None, None), ('suppressed', 'drone', 4, None, False, '2023-03-01', 'event', None, None)]),
    ('ru_mod', '2023-07-24T20:59:00Z', 'an attempted terrorist attack by the Kiev regime against objects on the territory of Crimea using 17 unmanned aerial vehicles was repelled.',
     [('launched', 'drone', 17, 'UA-43', False, '2023-07-24', 'event', None, None)]),
    ('ru_mod', '2023-07-24T20:59:00Z', 'it had repelled a Ukrainian drone attack against objects in Crimea, shooting down and suppressing all 17 drones.',
     [('neutralised', 'drone', 17, 'UA-43', False, '2023-07-24', 'event', None, None)]),
    ('ru_mod', '2023-08-03T20:59:00Z', 'The Armed Forces of Ukraine (APU) made an attempt to attack the Kaluga region with six drones.',
     [('launched', 'drone', 6, 'RU-KLU', False, '2023-08-03', 'event', None, None)]),
    ('ru_mod', '2023-08-16T20:59:00Z', 'the Kiev government’s attempt to use three unmanned aerial vehicles for a terror attack on facilities in the Kaluga Region was thwarted.',
     [('launched', 'drone', 3, 'RU-KLU', False, '2023-08-16', 'event', None, None)]),
    ('ru_mod', '2024-03-12T20:59:00Z', 'Ukraine pounded targets across Russia on Tuesday with at least 25 drones and seven missiles, Russia’s defence ministry said',
     [('launched', 'drone', 25, None, False, '2024-03-12', 'event', None, None), ('launched', 'missile', 7, None, False, '2024-03-12', 'event', None, None)]),
    ('ru_mod', '2024-03-28T20:59:00Z', 'Over the past day, Russian air defense forces have neutralized 26 Ukrainian projectiles of the HIMARS and Vampire multiple launch rocket systems (MLRS)',
     [('intercepted', 'rocket', 26, None, False, '2024-03-28', 'day_total', None, None)]),
    ('ru_mod', '2025-07-22T20:59:00Z', 'Officials stated that three drones were downed in the Moscow region, while others were intercepted over the western oblasts of Bryansk, Smolensk, and Belgorod.',
     [('intercepted', 'drone', 3, 'RU-MOS', False, '2025-07-22', 'event', None, None)]),
    ('ru_mod', '2025-10-16T20:59:00Z', 'Сутками ранее над Черноземьем ликвидировали 22 беспилотника',
     [('intercepted', 'drone', 22, None, False, '2025-10-15', 'event', None, None)]),
    ('ru_mod', '2025-11-29T20:59:00Z', 'Минувшей ночью над территорией донского региона дежурными средствами ПВО уничтожено и перехвачено 20 украинских беспилотников самолетного типа.',
     [('intercepted', 'drone', 20, 'RU-ROS', False, '2025-11-29', 'night', None, None)]),
    ('ua_air_force', '2023-12-04T01:00:00Z', 'adding that its air defence systems destroyed the missile and 18 of the drones before they reached their targets.',
     [('intercepted', 'missile', 1, None, False, '2023-12-04', 'event', None, None), ('intercepted', 'drone', 18, None, False, '2023-12-04', 'event', None, None)]),
    ('ua_air_force', '2024-12-22T10:40:00Z', 'One drone flew away toward Belarus, according to the report.',
     [('returned', 'drone', 1, None, False, '2024-12-22', 'event', None, None)]),
    ('ua_air_force', '2024-12-26T21:59:00Z', 'the Russian attacked Ukraine with 31 Shahed one-way attack UAVs and drones of other types, launching them from the Orel and Millerovo areas.',
     [('launched', 'drone', 31, None, False, '2024-12-26', 'event', None, None)]),
    ('ua_air_force', '2024-12-26T21:59:00Z', 'Due to the active countermeasures (e-warfare), 11 Russian decoy drones veered off course, causing no damage on the ground.',
     [('suppressed', 'decoy_drone', 11, None, False, '2024-12-26', 'event', None, None)]),
    ('ua_air_force', '2024-12-26T21:59:00Z', "Ukraine's Defense Forces overnight Thursday shot down 20 Russian drones, while 11 more veered off their intended course.",
     [('intercepted', 'drone', 20, None, False, '2024-12-26', 'night', None, None), ('suppressed', 'drone', 11, None, False, '2024-12-26', 'night', None, None)]),
]

# Wordings that parsers 1.22.0 read and 1.21.0 did not: a window's end after "и" or a comma, "восемью", "attacks …
# with", "локація була уражена", a participle with its agent ("запущенных российской армией"), "At approximately 03:30
# GMT", "попытались ударить", "у Білгородській"
PAGES_1_22 = [
    ('ru_mod', '2026-02-18T20:59:00Z', 'за прошедшую ночь, начиная с 23:00 17 февраля и до 7:00 утра 18 февраля, силами противовоздушной обороны было успешно перехвачено и уничтожено 43 украинских беспилотника',
     [('intercepted', 'drone', 43, None, False, '2026-02-18', 'night', '2026-02-17T20:00:00Z', '2026-02-18T04:00:00Z')]),
    ('ru_mod', '2025-05-22T12:43:00Z', 'силы ПВО сбили 485 украинских БПЛА в небе над регионами России за полтора дня — с 20:00 вторника, 20 мая, до 08:00 четверга, 22 мая.',
     [('intercepted', 'drone', 485, None, False, '2025-05-22', 'night', '2025-05-20T17:00:00Z', '2025-05-22T05:00:00Z')]),
    ('ru_mod', '2023-10-30T11:01:00Z', 'Российские средства противовоздушной обороны предотвратили попытку украинских войск атаковать объекты в Крыму восемью крылатыми ракетами Storm Shadow, сообщает Минобороны РФ.',
     [('launched', 'cruise_missile', 8, 'UA-43', False, '2023-10-30', 'event', None, None)]),
    ('ru_mod', '2023-10-30T11:01:00Z', '30 октября около 13.00 мск пресечена попытка атаки киевского режима восемью крылатыми ракетами Storm Shadow по объектам на полуострове Крым.',
     [('launched', 'cruise_missile', 8, 'UA-43', False, '2023-10-30', 'day', '2023-10-30T10:00:00Z', '2023-10-30T10:00:00Z')]),
    ('ua_air_force', '2024-02-08T05:19:00Z', 'Russia attacks Ukraine with 17 Shahed drones, 11 of them downed',
     [('launched', 'attack_drone', 17, None, False, '2024-02-08', 'event', None, None), ('intercepted', 'attack_drone', 11, None, False, '2024-02-08', 'event', None, None)]),
    ('ua_air_force', '2025-12-23T21:59:00Z', 'Зокрема, 21 локація була уражена.',
     [('hit', 'location', 21, None, False, '2025-12-23', 'event', None, None)]),
    ('ua_air_force', '2024-02-13T08:28:00Z', 'Вооруженные силы Украины объявили, что в ходе отражения очередного налета поздно вечером в понедельник были сбиты 16 из 23 запущенных российской армией беспилотников',
     [('intercepted', 'drone', 16, None, False, '2024-02-13', 'night', None, None), ('launched', 'drone', 23, None, False, '2024-02-13', 'night', None, None)]),
    ('ru_mod', '2024-02-01T20:59:00Z', 'At approximately 03:30 GMT, 4 other Ukrainian drones were destroyed over the Belgorod region and two drones over the Voronezh region',
     [('intercepted', 'drone', 4, 'RU-BEL', False, '2024-02-01', 'night', '2024-02-01T03:30:00Z', '2024-02-01T03:30:00Z'), ('intercepted', 'drone', 2, 'RU-VOR', False, '2024-02-01', 'night', '2024-02-01T03:30:00Z', '2024-02-01T03:30:00Z')]),
    ('ru_mod', '2024-02-13T20:59:00Z', 'В ночь на пятницу, 9 февраля, ВСУ попытались ударить 19 дронами по объектам на территории Курской, Брянской и Орловской областей, а также Краснодарского края.',
     [('launched', 'drone', 19, None, False, '2024-02-09', 'night', None, None)]),
    ('ru_mod', '2025-02-08T20:59:00Z', 'За даними відомства, 18 дронів збили в Ростовській області, 11 — у Волгоградській, п’ять — у Білгородській і два — над Краснодарським краєм.',
     [('intercepted', 'drone', 18, 'RU-ROS', False, '2025-02-08', 'event', None, None), ('intercepted', 'drone', 11, 'RU-VGG', False, '2025-02-08', 'event', None, None), ('intercepted', 'drone', 5, 'RU-BEL', False, '2025-02-08', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KDA', False, '2025-02-08', 'event', None, None)]),
]


# Wordings that parsers 1.23.0 read and 1.22.0 did not: a place's Ukrainian and transliterated names ("Севастополю",
# "Khmelnitskyi", "Dnepropetrovsk", "Суми", Novorossiysk); the weapons brought down of those launched at one place; the
# Ministry's colon lists in English; "N of M" with a place in the Ministry's statements; "aircraft" for drones named
# before; "during the day" in the Ministry's statements; the day a text opens with, or "накануне", for its clock times;
# "said on Tuesday evening"; "at about 11 p.m."; "late on Dec. 22"; "об уничтожении над Курской областью … дрона";
# "полсотни", "полдюжины"; "drone boats", "maritime drones"; "went astray", "still being tracked", "found their
# targets"; "began at around 2 p.m."; and more
PAGES_1_23 = [
    ('ua_air_force', '2026-01-15T21:59:00Z', 'From 7:00 p.m. on Wednesday, January 14, the enemy attacked with 82 Shahed-type strike UAVs (including jet-powered ones), Gerbera, Italmas, and other types of drones',
     [('launched', 'drone', 82, None, False, '2026-01-15', 'night', '2026-01-14T17:00:00Z', None)]),
    ('ru_mod', '2023-10-03T20:59:00Z', 'The Russian Defense Ministry said on Tuesday evening it had shot down a Ukrainian missile off the Crimea coast,',
     [('intercepted', 'missile', 1, 'UA-43', False, '2023-10-03', 'event', None, None)]),
    ('ru_mod', '2024-04-17T20:59:00Z', 'Ранее ВС РФ перехватили другой беспилотный летательный аппарат самолетного типа, летевший в сторону Мордовии.',
     [('intercepted', 'drone', 1, 'RU-MO', False, '2024-04-17', 'event', None, None)]),
    ('ua_air_force', '2024-01-01T21:59:00Z', 'The attack reportedly began at around 2 p.m. local time with 10 Shahed-135/131 drones from the north.',
     [('launched', 'attack_drone', 10, None, False, '2024-01-01', 'day', '2024-01-01T12:00:00Z', None)]),
    ('ua_air_force', '2024-07-23T20:59:00Z', 'Сили протиповітряної оборони в ніч на 23 липня збили сім із восьми російських безпілотників Shahed, які атакували Сумську область',
     [('intercepted', 'attack_drone', 7, 'UA-59', False, '2024-07-23', 'night', None, None), ('launched', 'attack_drone', 8, 'UA-59', False, '2024-07-23', 'night', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'Системы противовоздушной обороны (ПВО) сбили больше десяти дронов Вооруженных сил Украины (ВСУ), летевших на Москву.',
     [('intercepted', 'drone', 11, 'RU-MOW', False, '2026-02-26', 'event', None, None)]),
    ('ua_air_force', '2023-11-25T08:18:00Z', 'Also in the Dnepropetrovsk region, an X-59 guided aircraft missile was destroyed.',
     [('intercepted', 'cruise_missile', 1, 'UA-12', False, '2023-11-25', 'event', None, None)]),
    ('ru_mod', '2023-09-22T10:34:00Z', 'В Минобороны России заявили, что по Севастополю был нанесен ракетный удар, пять ракет удалось сбить.',
     [('intercepted', 'missile', 5, 'UA-40', False, '2023-09-22', 'event', None, None)]),
    ('ru_mod', '2024-01-20T21:49:00Z', 'Минобороны рапортовало об уничтожении около 23.50 по московскому времени беспилотника самолетного типа.',
     [('intercepted', 'drone', 1, None, False, '2024-01-21', 'night', '2024-01-20T20:50:00Z', '2024-01-20T20:50:00Z')]),
    ('ua_air_force', '2023-06-23T05:01:00Z', 'Ukrainian air defences shot down 13 Russian cruise missiles heading towards a military airfield in the western Khmelnitskyi region early on Friday',
     [('intercepted', 'cruise_missile', 13, 'UA-68', False, '2023-06-23', 'night', None, None)]),
    ('ua_air_force', '2024-05-09T20:59:00Z', "Ukraine's defense forces shot down 17 out of the 20 one-way attack drones Russia launched at Odesa region overnight Thursday.",
     [('intercepted', 'drone', 17, 'UA-51', False, '2024-05-09', 'night', None, None), ('launched', 'drone', 20, 'UA-51', False, '2024-05-09', 'night', None, None)]),
    ('ru_mod', '2024-09-03T10:25:00Z', 'Ранее Минобороны России отчиталось об уничтожении над Курской областью украинского ударного дрона.',
     [('intercepted', 'drone', 1, 'RU-KRS', False, '2024-09-03', 'event', None, None)]),
    ('ru_mod', '2024-04-17T20:59:00Z', 'Как уточнили в ведомстве, около 11:20 по московскому времени российские средства противовоздушной обороны (ПВО) пресекли попытку удара по территории региона, уничтожив беспилотник самолетного типа.',
     [('intercepted', 'drone', 1, None, False, '2024-04-17', 'night', '2024-04-17T08:20:00Z', '2024-04-17T08:20:00Z')]),
    ('ru_mod', '2023-08-04T04:18:00Z', 'До этого Минобороны РФ сообщило, что ВСУ ночью двумя морскими безэкипажными катерами попытались атаковать военно-морскую базу Новороссийск.',
     [('launched', 'vessel', 2, 'RU-KDA', False, '2023-08-04', 'night', None, None)]),
    ('ru_mod', '2023-09-13T20:59:00Z', 'ВСУ минувшей ночью осуществили удар по Севастополю десятком крылатых ракет, а также атаковали корабли Черноморского флота морскими дронами.',
     [('launched', 'cruise_missile', 10, 'UA-40', False, '2023-09-13', 'night', None, None)]),
    ('ru_mod', '2026-01-24T20:59:00Z', 'В ночь на 24 января ПВО перехватила украинский беспилотник в воздушном пространстве Воронежской области, граничащей с Саратовской.',
     [('intercepted', 'drone', 1, 'RU-VOR', False, '2026-01-24', 'night', None, None)]),
    ('ua_air_force', '2023-05-08T05:27:00Z', 'Russian forces deployed Tu-22m3 long-range bombers to attack Odesa Oblast, firing eight missiles from the area near Cape Tarkhankut in Russian-occupied Crimea.',
     [('launched', 'missile', 8, 'UA-51', False, '2023-05-08', 'event', None, None)]),
    ('ru_mod', '2023-08-10T20:59:00Z', 'overnight into August 10, 11 drones tried to attack the Crimean city of Sevastopol, 2 of them were allegedly shot down',
     [('launched', 'drone', 11, 'UA-40', False, '2023-08-10', 'night', None, None), ('intercepted', 'drone', 2, 'UA-40', False, '2023-08-10', 'night', None, None)]),
    ('ua_air_force', '2024-05-09T20:59:00Z', 'On the night of May 9, air defense forces destroyed 17 of 20 Shahed drones in Odesa, Air Force Commander Mykola Oleschuk said.',
     [('intercepted', 'attack_drone', 17, 'UA-51', False, '2024-05-09', 'night', None, None), ('launched', 'attack_drone', 20, 'UA-51', False, '2024-05-09', 'night', None, None)]),
    ('ua_air_force', '2023-09-25T04:25:00Z', "At least 19 Shahed drones and 11 Kalibr cruise missiles were downed by Ukraine's air defense mostly over Odesa Oblast.",
     [('intercepted', 'attack_drone', 19, None, False, '2023-09-25', 'event', None, None), ('intercepted', 'cruise_missile', 11, None, False, '2023-09-25', 'event', None, None)]),
    ('ru_mod', '2023-08-04T20:59:00Z', 'Ukraine attempted to attack a Russian naval base in the city of Novorossiysk overnight with two unmanned boats',
     [('launched', 'vessel', 2, 'RU-KDA', False, '2023-08-04', 'night', None, None)]),
    ('ua_air_force', '2024-04-08T20:59:00Z', 'The air force destroyed 17 of the Iranian-produced Shahed drones Russia used in its attack',
     [('intercepted', 'attack_drone', 17, None, False, '2024-04-08', 'event', None, None)]),
    ('ru_mod', '2026-03-08T20:59:00Z', 'Из них два летели на Москву.',
     [('intercepted', 'drone', 2, 'RU-MOW', True, '2026-03-08', 'event', None, None)]),
    ('ua_air_force', '2024-08-17T20:59:00Z', 'У ніч на 17 серпня 2024 року ворог завдав удару крилатою ракетою “Іскандер-К” по місту Суми, та атакував 14-ма ударними БпЛА типу “Shahed”.',
     [('launched', 'cruise_missile', 1, 'UA-59', False, '2024-08-17', 'night', None, None), ('launched', 'attack_drone', 14, None, False, '2024-08-17', 'night', None, None)]),
    ('ua_air_force', '2024-08-17T20:59:00Z', 'вночі російські війська завдали удару крилатою ракетою “Іскандер-К” по місту Суми (пуски із Воронезької області – рф.) та 14-ма ударними БпЛА типу “Shahed”',
     [('launched', 'cruise_missile', 1, 'UA-59', False, '2024-08-17', 'night', None, None), ('launched', 'attack_drone', 14, None, False, '2024-08-17', 'night', None, None)]),
    ('ua_air_force', '2023-07-23T20:59:00Z', 'According to the Air Force Command, air defense systems shot down 9 out of 19 different types of missiles over Odesa.',
     [('intercepted', 'missile', 9, 'UA-51', False, '2023-07-23', 'event', None, None), ('launched', 'missile', 19, 'UA-51', False, '2023-07-23', 'event', None, None)]),
    ('ru_mod', '2025-07-21T20:59:00Z', 'The intercepted drones were distributed across multiple regions: 12 over Rostov Oblast, 8 in Bryansk Oblast, 2 in Kaluga Oblast',
     [('intercepted', 'drone', 12, 'RU-ROS', True, '2025-07-21', 'event', None, None), ('intercepted', 'drone', 8, 'RU-BRY', True, '2025-07-21', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KLU', True, '2025-07-21', 'event', None, None)]),
    ('ru_mod', '2026-02-23T20:59:00Z', 'Четыре из них летели на Москву, уточнили там.',
     [('intercepted', 'drone', 4, 'RU-MOW', True, '2026-02-23', 'event', None, None)]),
    ('ru_mod', '2026-01-16T20:59:00Z', 'Минобороны отчиталось о 23 сбитых за пять часов БПЛА',
     [('intercepted', 'drone', 23, None, False, '2026-01-16', 'event', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'The largest concentration of intercepted drones occurred over Ryazan Oblast, where 29 aircraft were downed, followed by Voronezh Oblast with 27, Bryansk Oblast with 23',
     [('intercepted', 'drone', 29, 'RU-RYA', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 27, 'RU-VOR', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 23, 'RU-BRY', False, '2025-12-06', 'event', None, None)]),
    ('ru_mod', '2025-12-11T20:59:00Z', 'Of the drones "intercepted and shot down" by Russian air defenses, 32 were headed towards Moscow',
     [('intercepted', 'drone', 32, 'RU-MOW', True, '2025-12-11', 'event', None, None)]),
    ('ru_mod', '2025-05-01T20:59:00Z', 'В ночь на 1 мая 2025 года российские силы противовоздушной обороны успешно пресекли попытку атаки со стороны Украины, уничтожив восемь беспилотных летательных аппаратов самолетного типа.',
     [('intercepted', 'drone', 8, None, False, '2025-05-01', 'night', None, None)]),
    ('ua_air_force', '2024-11-26T21:59:00Z', 'Earlier, Ukrinform reported that the Ukrainian Defense Forces had shot down 76 drones today, with 95 drones lost from tracking during the course of operations.',
     [('intercepted', 'drone', 76, None, False, '2024-11-26', 'event', None, None), ('suppressed', 'drone', 95, None, False, '2024-11-26', 'event', None, None)]),
    ('ua_air_force', '2023-09-10T20:59:00Z', 'According to the Air Force, published hours later, Russian forces launched 33 Shaheds toward Kyiv Oblast, and 26 were shot down by the air defense.',
     [('launched', 'attack_drone', 33, 'UA-32', False, '2023-09-10', 'event', None, None), ('intercepted', 'attack_drone', 26, 'UA-32', False, '2023-09-10', 'event', None, None)]),
    ('ru_mod', '2023-09-10T20:59:00Z', 'On Saturday, the Russian Defense Ministry reported that another drone was shot down above Crimea at around 7:30 p.m. Moscow time.',
     [('intercepted', 'drone', 1, 'UA-43', False, '2023-09-10', 'night', '2023-09-09T16:30:00Z', '2023-09-09T16:30:00Z')]),
    ('ua_air_force', '2023-11-11T21:59:00Z', 'The country’s air force said Russian troops launched 31 Shahed-136/131 drones, of which 19 were shot down.',
     [('launched', 'attack_drone', 31, None, False, '2023-11-11', 'event', None, None), ('intercepted', 'attack_drone', 19, None, False, '2023-11-11', 'event', None, None)]),
    ('ru_mod', '2024-03-10T20:59:00Z', "Russia's Defense Ministry said the drone had come from Ukraine, adding that defense systems shot down the aircraft at around 6:00 pm local time.",
     [('intercepted', 'drone', 1, None, False, '2024-03-11', 'night', '2024-03-10T15:00:00Z', '2024-03-10T15:00:00Z')]),
    ('ru_mod', '2026-02-14T20:59:00Z', 'Накануне с 20:00 до 23:00 мск были сбиты 13 беспилотников над Россией.',
     [('intercepted', 'drone', 13, None, False, '2026-02-14', 'night', '2026-02-13T17:00:00Z', '2026-02-13T20:00:00Z')]),
    ('ru_mod', '2026-03-12T20:59:00Z', 'Минобороны отчиталось об уничтожении полусотни дронов над российскими регионами.',
     [('intercepted', 'drone', 50, None, False, '2026-03-12', 'event', None, None)]),
    ('ru_mod', '2026-03-12T20:59:00Z', 'Два аппарата подавили над Воронежской областью — регионом, граничащим с Саратовской областью.',
     [('intercepted', 'drone', 2, 'RU-VOR', False, '2026-03-12', 'event', None, None)]),
    ('ru_mod', '2023-05-14T20:59:00Z', 'During the day, air defense systems intercepted six HIMARS MLRS rockets.',
     [('intercepted', 'rocket', 6, None, False, '2023-05-14', 'day_total', None, None)]),
    ('ru_mod', '2026-02-24T20:59:00Z', '23 февраля оборонное ведомство отчиталось, что в период с 12:00 по 15:00 российские силы ПВО уничтожили 27 украинских беспилотников над регионами РФ.',
     [('intercepted', 'drone', 27, None, False, '2026-02-23', 'day', '2026-02-23T09:00:00Z', '2026-02-23T12:00:00Z')]),
    ('ru_mod', '2026-03-08T20:59:00Z', 'в том числе четыре летевших на Москву, шесть БПЛА — над территорией Республики Крым, четыре БПЛА — над акваторией Азовского моря,',
     [('intercepted', 'drone', 4, 'RU-MOW', True, '2026-03-08', 'event', None, None), ('intercepted', 'drone', 6, 'UA-43', True, '2026-03-08', 'event', None, None), ('intercepted', 'drone', 4, 'SEA-AZOV', True, '2026-03-08', 'event', None, None)]),
    ('ua_air_force', '2024-02-08T21:59:00Z', 'Ukraine intercepted 11 of 17 Shahed drones launched by Russia from the Cape of Chauda in Crimea, on the night of Feb. 8,',
     [('intercepted', 'attack_drone', 11, None, False, '2024-02-08', 'night', None, None), ('launched', 'attack_drone', 17, None, False, '2024-02-08', 'night', None, None)]),
    ('ua_air_force', '2023-11-28T21:59:00Z', 'Ukraine’s Air Force downed a Shahed-type assault drone in Khmelnitsky Oblast on the night of 27-28 November.',
     [('intercepted', 'attack_drone', 1, 'UA-68', False, '2023-11-28', 'night', None, None)]),
    ('ru_mod', '2025-11-06T20:59:00Z', 'Russia’s Defense Ministry said 49 of the 75 Ukrainian drones it downed were over the Volgograd region.',
     [('intercepted', 'drone', 49, 'RU-VGG', True, '2025-11-06', 'event', None, None), ('intercepted', 'drone', 75, None, False, '2025-11-06', 'event', None, None)]),
    ('ru_mod', '2023-09-14T20:59:00Z', 'Ukraine launched ten cruise missiles at a ship repair yard in Sevastopol, seven of which were intercepted by air defense systems.',
     [('launched', 'cruise_missile', 10, 'UA-40', False, '2023-09-14', 'event', None, None), ('intercepted', 'cruise_missile', 7, 'UA-40', False, '2023-09-14', 'event', None, None)]),
    ('ru_mod', '2025-06-24T20:59:00Z', 'Thirteen of the 22 drones were over Voronezh Oblast, a region frequently targeted in recent weeks.',
     [('intercepted', 'drone', 13, 'RU-VOR', True, '2025-06-24', 'event', None, None), ('intercepted', 'drone', 22, None, False, '2025-06-24', 'event', None, None)]),
    ('ru_mod', '2025-10-28T20:59:00Z', 'In a meticulously timed operation spanning five hours, Russia’s air defense systems intercepted and destroyed 15 Ukrainian drone aircraft across five strategically significant regions',
     [('intercepted', 'drone', 15, None, False, '2025-10-28', 'event', None, None)]),
    ('ru_mod', '2025-07-17T20:59:00Z', 'The ministry provided a detailed breakdown of the incident, stating that 10 of the 22 drones were shot down in Bryansk Oblast',
     [('intercepted', 'drone', 10, 'RU-BRY', True, '2025-07-17', 'event', None, None), ('intercepted', 'drone', 22, None, False, '2025-07-17', 'event', None, None)]),
    ('ru_mod', '2024-02-04T20:59:00Z', 'A second drone was intercepted over the region at about 11 p.m. local time, the ministry added.',
     [('intercepted', 'drone', 1, None, False, '2024-02-05', 'night', '2024-02-04T20:00:00Z', '2024-02-04T20:00:00Z')]),
    ('ru_mod', '2024-09-06T20:59:00Z', 'Ранее Минобороны России отчиталось об уничтожении средствами ПВО украинского беспилотника самолетного типа над Белгородской областью.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2024-09-06', 'event', None, None)]),
    ('ua_air_force', '2023-12-23T08:47:00Z', "Ukrainian forces downed nine Russian Shahed-type drones in Odesa and Khmelnytskyi oblasts late on Dec. 22, Ukraine's Air Force reported on Telegram.",
     [('intercepted', 'attack_drone', 9, None, False, '2023-12-23', 'night', None, None)]),
    ('ua_air_force', '2023-09-10T20:59:00Z', 'In a separate statement, the Ukrainian Air Force said that Russia sent 33 Shahed UAVs toward Kyiv and Ukrainian forces shot down 26 of them.',
     [('launched', 'attack_drone', 33, 'UA-30', False, '2023-09-10', 'event', None, None), ('intercepted', 'attack_drone', 26, 'UA-30', False, '2023-09-10', 'event', None, None)]),
    ('ua_air_force', '2024-05-06T20:59:00Z', 'Air Defence Forces Destroy 12 Out Of 13 Shaheeds Launched From North',
     [('intercepted', 'attack_drone', 12, None, False, '2024-05-06', 'event', None, None), ('launched', 'attack_drone', 13, None, False, '2024-05-06', 'event', None, None)]),
    ('ua_air_force', '2025-05-25T20:59:00Z', "On Saturday, Ukraine's air force said Russia launched 14 ballistic missiles and 250 attack drones overnight, adding that it downed six missiles and 245 drones.",
     [('launched', 'ballistic_missile', 14, None, False, '2025-05-24', 'night', None, None), ('launched', 'drone', 250, None, False, '2025-05-24', 'night', None, None), ('intercepted', 'missile', 6, None, False, '2025-05-24', 'night', None, None), ('intercepted', 'drone', 245, None, False, '2025-05-24', 'night', None, None)]),
    ('ru_mod', '2023-07-16T20:59:00Z', 'Russian Defense Ministry: air defense systems intercepted three HIMARS projectiles and two S-200 SAM missiles during the day',
     [('intercepted', 'rocket', 3, None, False, '2023-07-16', 'day_total', None, None), ('intercepted', 'sam_missile', 2, None, False, '2023-07-16', 'day_total', None, None)]),
    ('ru_mod', '2024-02-03T20:59:00Z', 'The Ukrainian drones were intercepted and destroyed: four over the Belgorod, two over the Volgograd and one over the Rostov Regions',
     [('intercepted', 'drone', 4, 'RU-BEL', True, '2024-02-03', 'event', None, None), ('intercepted', 'drone', 2, 'RU-VGG', True, '2024-02-03', 'event', None, None), ('intercepted', 'drone', 1, 'RU-ROS', True, '2024-02-03', 'event', None, None)]),
    ('ua_air_force', '2023-09-28T20:59:00Z', 'Російські окупанти випустили по території України 44 дрони Shahed, з них 34 збили сили ППО.',
     [('launched', 'attack_drone', 44, None, False, '2023-09-28', 'event', None, None), ('intercepted', 'attack_drone', 34, None, False, '2023-09-28', 'event', None, None)]),
    ('ru_mod', '2023-12-14T09:51:00Z', 'Russia said Thursday that its air defence systems had downed nine Ukrainian drones headed towards the capital',
     [('intercepted', 'drone', 9, 'RU-MOW', False, '2023-12-14', 'event', None, None)]),
    ('ru_mod', '2023-09-13T17:29:00Z', 'Moscow said Wednesday it had destroyed three Ukrainian drone boats in the Black Sea',
     [('destroyed', 'vessel', 3, 'SEA-BLACK', False, '2023-09-13', 'event', None, None)]),
    ('ru_mod', '2023-09-13T17:29:00Z', 'Russia, which annexed Crimea in 2014, said that Ukraine used three maritime drones and ten cruise missiles in the attack',
     [('launched', 'vessel', 3, None, False, '2023-09-13', 'event', None, None), ('launched', 'cruise_missile', 10, None, False, '2023-09-13', 'event', None, None)]),
    ('ru_mod', '2023-12-01T20:59:00Z', "Russia's navy on Friday destroyed an uncrewed Ukrainian navy vessel heading towards Crimea, the defence ministry said.",
     [('destroyed', 'vessel', 1, 'UA-43', False, '2023-12-01', 'event', None, None)]),
    ('ru_mod', '2024-07-01T02:01:00Z', 'Russia’s air defence systems destroyed 36 drones that Ukraine launched overnight targeting several regions in Russia’s southwest, the Russian defence ministry said on Sunday.',
     [('intercepted', 'drone', 36, None, False, '2024-06-30', 'night', None, None)]),
    ('ua_air_force', '2025-09-07T20:59:00Z', '54 drones and nine missiles still found their targets across the country',
     [('hit', 'drone', 54, None, False, '2025-09-07', 'event', None, None), ('hit', 'missile', 9, None, False, '2025-09-07', 'event', None, None)]),
    ('ru_mod', '2024-11-05T20:59:00Z', 'Полдюжины беспилотных летательных аппаратов самолетного типа перехвачены над территорией Брянской области минувшей ночью.',
     [('intercepted', 'drone', 6, 'RU-BRY', False, '2024-11-05', 'night', None, None)]),
    ('ru_mod', '2025-12-25T20:59:00Z', 'За день 24 декабря средства ПВО сбили 132 украинских дрона над российскими регионами.',
     [('intercepted', 'drone', 132, None, False, '2025-12-24', 'day', None, None)]),
    ('ru_mod', '2025-09-01T20:59:00Z', 'Вооруженные силы Украины (ВСУ) в ночь на понедельник, 1 сентября, выпустили по России полсотни беспилотников.',
     [('launched', 'drone', 50, None, False, '2025-09-01', 'night', None, None)]),
    ('ua_air_force', '2024-10-18T20:59:00Z', 'Ukrainian air defense forces intercepted and shot down the majority of 135 Russian drones launched overnight,',
     [('launched', 'drone', 135, None, False, '2024-10-18', 'night', None, None)]),
    ('ua_air_force', '2024-10-18T20:59:00Z', '44 Russian drones went astray, two flew into Belarus, and approximately 10 strike drones were still being tracked in the airspace of central Ukrainian regions.',
     [('suppressed', 'drone', 44, None, False, '2024-10-18', 'event', None, None), ('returned', 'drone', 2, None, False, '2024-10-18', 'event', None, None), ('airborne', 'drone', 10, None, False, '2024-10-18', 'event', None, None)]),
    ('ru_mod', '2024-07-05T20:59:00Z', "Russia's air defenses destroyed and suppressed 50 Ukrainian drones over three Russian regions overnight, the Defense Ministry said in a statement.",
     [('neutralised', 'drone', 50, None, False, '2024-07-05', 'night', None, None)]),
    ('ru_mod', '2024-07-05T20:59:00Z', 'and also destroyed and suppressed 10 UAVs over the Rostov Region,',
     [('neutralised', 'drone', 10, 'RU-ROS', False, '2024-07-05', 'event', None, None)]),
    ('ru_mod', '2023-07-30T20:59:00Z', 'According to the Russian Defense Ministry, Ukraine also attempted to attack Crimea overnight using 25 drones, all of which were destroyed.',
     [('launched', 'drone', 25, 'UA-43', False, '2023-07-30', 'night', None, None), ('intercepted', 'drone', 25, 'UA-43', False, '2023-07-30', 'night', None, None)]),
    ('ru_mod', '2024-05-17T20:59:00Z', 'The ministry added that Russian warplanes had destroyed six drone boats in the waters of the Black Sea.',
     [('destroyed', 'vessel', 6, 'SEA-BLACK', False, '2024-05-17', 'event', None, None)]),
    ('ru_mod', '2024-03-21T07:00:00Z', 'Над Белгородской областью сбиты 10 «Вампиров»',
     [('intercepted', 'rocket', 10, 'RU-BEL', False, '2024-03-21', 'event', None, None)]),
    ('ru_mod', '2023-11-07T20:59:00Z', 'Nine drones were destroyed by air defence systems and eight were intercepted by electronic warfare',
     [('intercepted', 'drone', 9, None, False, '2023-11-07', 'event', None, None), ('suppressed', 'drone', 8, None, False, '2023-11-07', 'event', None, None)]),
    ('ru_mod', '2023-09-05T20:59:00Z', "Russia shot down at least three Ukraine-launched drones early Tuesday that were targeting the country's capital, the Russian defence ministry said.",
     [('intercepted', 'drone', 3, 'RU-MOW', False, '2023-09-05', 'night', None, None)]),
    ('ru_mod', '2023-11-04T21:43:00Z', 'Силы российской противовоздушной обороны (ПВО) сбили 13 из 15 крылатых ракет, выпущенных украинской армией по территории судостроительного завода в Керчи.',
     [('intercepted', 'cruise_missile', 13, 'UA-43', False, '2023-11-05', 'event', None, None), ('launched', 'cruise_missile', 15, 'UA-43', False, '2023-11-05', 'event', None, None)]),
]

# Wordings that parsers 1.24.0 read and 1.23.0 did not: a negated verb of shooting down ("не удалось перехватить", "was
# not able to down"); "downed a barrage of"; "с 24 на 25 апреля" as a night; the list a part opened going on ("из
# которых восемь над Крымом и восемь над акваторией"); a scope word right after a count that splits nothing is its own;
# a count of a kind already named that "reached its target"; the model of drones named beside their count ("208 drones —
# Shahed-type strike drones and …"); rockets "fired from HIMARS"; "airborne threats", "UAS", "controlled aerial bombs";
# "lost en route", "turned back to Russia", "take down", "«приземлення»"; "the country was hit by 598 drones"; "this
# year alone"; "at around 9:25-11:00 p.m."; "Between February 2nd and 3rd"; "yesterday"; a part "overnight" in a
# figure of the past day; and more
PAGES_1_24 = [
    ('ru_mod', '2026-01-01T20:59:00Z', 'Russian air defences have downed 250 drones over the past day, including 12 targeting the Moscow region overnight',
     [('intercepted', 'drone', 250, None, False, '2026-01-01', 'day_total', None, None), ('intercepted', 'drone', 12, 'RU-MOS', True, '2026-01-01', 'night', None, None)]),
    ('ua_air_force', '2024-07-26T04:54:00Z', "Ukraine's Air Force was not able to down the other aerial target, a single Iskander-M ballistic missile, launched overnight.",
     [('launched', 'ballistic_missile', 1, None, False, '2024-07-26', 'night', None, None)]),
    ('ru_mod', '2025-07-23T20:59:00Z', 'Всего удалось уничтожить 16 БПЛА, из которых восемь над Крымом и восемь над акваторией Черного моря.',
     [('intercepted', 'drone', 16, None, False, '2025-07-23', 'event', None, None), ('intercepted', 'drone', 8, 'UA-43', True, '2025-07-23', 'event', None, None), ('intercepted', 'drone', 8, 'SEA-BLACK', True, '2025-07-23', 'event', None, None)]),
    ('ua_air_force', '2025-02-28T21:59:00Z', 'On the night of February 28, Russian troops launched 208 drones into Ukraine — Shahed-type strike drones and simulator drones of various types.',
     [('launched', 'drone', 208, None, False, '2025-02-28', 'night', None, None)]),
    ('ru_mod', '2023-09-29T20:59:00Z', 'Так, средствами ПВО уничтожены одиннадцать украинских БПЛА, один из которых был сбит над Калужской областью, а еще десять — над Курской.',
     [('intercepted', 'drone', 11, None, False, '2023-09-29', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KLU', True, '2023-09-29', 'event', None, None), ('intercepted', 'drone', 10, 'RU-KRS', True, '2023-09-29', 'event', None, None)]),
    ('ua_air_force', '2025-04-16T20:59:00Z', 'Russian forces attacked Ukraine with 97 drones on the night of 15-16 April, using Shahed loitering munitions and various types of decoy drones.',
     [('launched', 'drone', 97, None, False, '2025-04-16', 'night', None, None)]),
    ('ru_mod', '2024-11-26T20:59:00Z', 'В ходе противоракетного боя боевой расчет ЗРПК «Панцирь», осуществлявший прикрытие этого дивизиона, уничтожил три ракеты «ATACMS», две – достигли цели.',
     [('intercepted', 'ballistic_missile', 3, None, False, '2024-11-26', 'event', None, None), ('hit', 'ballistic_missile', 2, None, False, '2024-11-26', 'event', None, None)]),
    ('ru_mod', '2024-11-26T20:59:00Z', 'Семь ракет были сбиты боевыми расчетами ЗРС С-400 и ЗРПК «Панцирь», одна достигла цели.',
     [('intercepted', 'missile', 7, None, False, '2024-11-26', 'event', None, None), ('hit', 'missile', 1, None, False, '2024-11-26', 'event', None, None)]),
    ('ru_mod', '2026-03-01T20:59:00Z', 'Из них 8 штук — над Брянской областью, 7 — над Белгородской и Курской, по два БПЛА сбили над Тульской и Орловской областями',
     [('intercepted', 'drone', 8, 'RU-BRY', True, '2026-03-01', 'event', None, None), ('intercepted', 'drone', 7, None, True, '2026-03-01', 'event', None, None), ('intercepted', 'drone', 2, 'RU-TUL', False, '2026-03-01', 'event', None, None), ('intercepted', 'drone', 2, 'RU-ORL', False, '2026-03-01', 'event', None, None)]),
    ('ru_mod', '2025-05-25T01:24:00Z', 'По данным Минобороны РФ, больше всего дронов сбили над Брянской и Белгородской областями – 30 и 20 воздушных целей соответственно.',
     [('intercepted', 'drone', 30, 'RU-BRY', False, '2025-05-25', 'event', None, None), ('intercepted', 'drone', 20, 'RU-BEL', False, '2025-05-25', 'event', None, None)]),
    ('ru_mod', '2025-10-28T18:37:00Z', 'Семь из них были уничтожены в Брянской области, три в Орловской, по два в Курской и Тульской, и один в Калужской.',
     [('intercepted', 'drone', 7, 'RU-BRY', False, '2025-10-28', 'event', None, None), ('intercepted', 'drone', 3, 'RU-ORL', False, '2025-10-28', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KRS', False, '2025-10-28', 'event', None, None), ('intercepted', 'drone', 2, 'RU-TUL', False, '2025-10-28', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KLU', False, '2025-10-28', 'event', None, None)]),
    ('ua_air_force', '2023-08-14T06:34:00Z', 'Ворог тричі атакував вночі Одещину, застосувавши дві хвилі ударних дронів, загальною кількістю 15 штук, та 8 ракет морського базування типу "Калібр"',
     [('launched', 'drone', 15, 'UA-51', False, '2023-08-14', 'night', None, None), ('launched', 'cruise_missile', 8, 'UA-51', False, '2023-08-14', 'night', None, None)]),
    ('ru_mod', '2026-01-27T20:59:00Z', 'Средствами ПВО сбиты 11 реактивных снарядов системы залпового огня HIMARS, <...> ракета С-200 и 105 беспилотных летательных аппаратов самолетного типа',
     [('intercepted', 'rocket', 11, None, False, '2026-01-27', 'event', None, None), ('intercepted', 'sam_missile', 1, None, False, '2026-01-27', 'event', None, None), ('intercepted', 'drone', 105, None, False, '2026-01-27', 'event', None, None)]),
    ('ru_mod', '2023-03-26T20:59:00Z', 'Russian air defense forces intercepted seven rockets fired from HIMARS multiple rocket launchers and shot down 14 Ukrainian drones in the past 24 hours',
     [('intercepted', 'rocket', 7, None, False, '2023-03-26', 'day_total', None, None), ('intercepted', 'drone', 14, None, False, '2023-03-26', 'day_total', None, None)]),
    ('ru_mod', '2024-03-11T20:59:00Z', 'Four of them were destroyed over the Bryansk region, while the other two were eliminated over the Oryol region.',
     [('intercepted', 'drone', 4, 'RU-BRY', False, '2024-03-11', 'event', None, None), ('intercepted', 'drone', 2, 'RU-ORL', False, '2024-03-11', 'event', None, None)]),
    ('ua_air_force', '2023-04-28T20:59:00Z', 'Ukraine said Friday it had downed a barrage of 21 Russian missiles and two attack drones overnight',
     [('intercepted', 'missile', 21, None, False, '2023-04-28', 'night', None, None), ('intercepted', 'drone', 2, None, False, '2023-04-28', 'night', None, None)]),
    ('ru_mod', '2025-04-25T20:59:00Z', 'По данным Министерства обороны РФ, за десять часов с 24 на 25 апреля российские системы ПВО нейтрализовали 79 вражеских дронов.',
     [('intercepted', 'drone', 79, None, False, '2025-04-25', 'night', None, None)]),
    ('ru_mod', '2026-01-05T20:59:00Z', '3 января ночью в пресс-службе Министерства обороны РФ сообщили, что силы ПВО сбили 22 беспилотника Вооруженных сил Украины (ВСУ) над несколькими регионами России.',
     [('intercepted', 'drone', 22, None, False, '2026-01-03', 'event', None, None)]),
    ('ua_air_force', '2023-05-03T20:59:00Z', 'Під час нічної атаки російськими дронами Повітряні сили ЗСУ збили 21 з 26 запущених "шахедів"',
     [('intercepted', 'attack_drone', 21, None, False, '2023-05-03', 'night', None, None), ('launched', 'attack_drone', 26, None, False, '2023-05-03', 'night', None, None)]),
    ('ru_mod', '2026-02-23T09:24:00Z', 'Также удалось перехватить семь управляемых авиационных бомб, используемых Вооруженными силами Украины, и 21 снаряд, выпущенный из американской реактивной системы залпового огня HIMARS.',
     [('intercepted', 'guided_bomb', 7, None, False, '2026-02-23', 'event', None, None), ('intercepted', 'rocket', 21, None, False, '2026-02-23', 'event', None, None)]),
    ('ru_mod', '2025-07-25T20:59:00Z', "Russia's Defense Ministry reported on Friday that its air defenses had destroyed 105 Ukrainian drones, including 93 overnight across 10 regions,",
     [('intercepted', 'drone', 105, None, False, '2025-07-25', 'event', None, None), ('intercepted', 'drone', 93, None, True, '2025-07-25', 'night', None, None)]),
    ('ru_mod', '2023-04-28T20:59:00Z', 'The air defense units intercepted eight rockets fired from HIMARS and Uragan multiple rocket launchers over the day.',
     [('intercepted', 'rocket', 8, None, False, '2023-04-28', 'day_total', None, None)]),
    ('ua_air_force', '2024-07-25T20:59:00Z', 'Three more "shahids" were lost after crossing the state border with Romania,"',
     [('suppressed', 'attack_drone', 3, None, False, '2024-07-25', 'event', None, None)]),
    ('ru_mod', '2024-08-26T20:59:00Z', 'Nine of them were shot down over the Saratov Region, two over each of the Belgorod, Bryansk and Tula Regions,',
     [('intercepted', 'drone', 9, 'RU-SAR', False, '2024-08-26', 'event', None, None), ('intercepted', 'drone', 2, 'RU-BEL', False, '2024-08-26', 'event', None, None), ('intercepted', 'drone', 2, 'RU-BRY', False, '2024-08-26', 'event', None, None), ('intercepted', 'drone', 2, 'RU-TUL', False, '2024-08-26', 'event', None, None)]),
    ('ru_mod', '2023-09-14T20:59:00Z', 'the Ukrainian armed forces attempted to attack the Black Sea Fleet patrol ship Sergey Kotov in the Black Sea with five unmanned sea boats',
     [('launched', 'vessel', 5, 'SEA-BLACK', False, '2023-09-14', 'event', None, None)]),
    ('ru_mod', '2025-08-24T20:59:00Z', 'в течение вечера субботы, 23 августа, их ПВО якобы перехватила и уничтожила 57 "украинских" беспилотников над регионами РФ и акваторией Черного моря.',
     [('intercepted', 'drone', 57, None, False, '2025-08-24', 'night', None, None)]),
    ('ua_air_force', '2023-01-26T21:59:00Z', 'According to preliminary information, the enemy used 24 Shaheds. All 24 were destroyed',
     [('launched', 'attack_drone', 24, None, False, '2023-01-26', 'event', None, None), ('intercepted', 'attack_drone', 24, None, False, '2023-01-26', 'event', None, None)]),
    ('ua_air_force', '2023-09-26T20:59:00Z', 'Russia attacked Ukraine with 38 Shahed drones overnight, the Ukrainian Air Force said, saying 26 of the aircraft were shot down.',
     [('launched', 'attack_drone', 38, None, False, '2023-09-26', 'night', None, None), ('intercepted', 'attack_drone', 26, None, False, '2023-09-26', 'night', None, None)]),
    ('ua_air_force', '2024-10-26T20:59:00Z', 'These drones were confirmed to be downed in multiple locations, with one drone heading towards Belarus and one still in Ukrainian airspace.',
     [('returned', 'drone', 1, None, False, '2024-10-26', 'event', None, None), ('airborne', 'drone', 1, None, False, '2024-10-26', 'event', None, None)]),
    ('ua_air_force', '2025-03-17T07:48:00Z', 'The Ukrainian military employed electronic warfare techniques to redirect 70 drones, minimizing damages.',
     [('suppressed', 'drone', 70, None, False, '2025-03-17', 'event', None, None)]),
    ('ru_mod', '2025-11-05T20:59:00Z', 'восемь – над Ростовской, по шесть дронов уничтожила в Курской области и Республике Крым.',
     [('intercepted', 'drone', 8, 'RU-ROS', True, '2025-11-05', 'event', None, None), ('intercepted', 'drone', 6, 'RU-KRS', False, '2025-11-05', 'event', None, None), ('intercepted', 'drone', 6, 'UA-43', False, '2025-11-05', 'event', None, None)]),
    ('ua_air_force', '2025-02-23T21:59:00Z', "Ukraine's air force said 138 drones had been shot down over 13 Ukrainian regions, with 119 more lost en route to their targets.",
     [('intercepted', 'drone', 138, None, False, '2025-02-23', 'event', None, None), ('suppressed', 'drone', 119, None, False, '2025-02-23', 'event', None, None)]),
    ('ua_air_force', '2025-07-04T20:59:00Z', 'direct strikes were reported in eight locations and falling debris in 33 more',
     [('hit', 'location', 8, None, False, '2025-07-04', 'event', None, None), ('debris', 'location', 33, None, False, '2025-07-04', 'event', None, None)]),
    ('ua_air_force', '2025-08-28T20:59:00Z', 'According to Ukraine’s Air Force, the country was hit overnight by 598 drones and 31 missiles, as reported by Strana.ua.',
     [('launched', 'drone', 598, None, False, '2025-08-28', 'night', None, None), ('launched', 'missile', 31, None, False, '2025-08-28', 'night', None, None)]),
    ('ua_air_force', '2024-11-17T21:59:00Z', 'The Ukrainian Air Force said that dozens of cruise missiles and ballistic missiles were fired at targets across the country, including by strategic bombers.',
     [('launched', 'missile', 24, None, False, '2024-11-17', 'event', None, None)]),
    ('ua_air_force', '2026-03-02T21:59:00Z', 'У ніч на сьогодні противник запустив 94 ударних БпЛА типу Shahed, «Гербера», «Італмас» та безпілотники інших типів із п’яти напрямків',
     [('launched', 'drone', 94, None, False, '2026-03-02', 'night', None, None)]),
    ('ua_air_force', '2026-03-02T21:59:00Z', 'Ще десяток російських дронів влучили на чотирьох локаціях, а уламки впали — на двох.',
     [('hit', 'drone', 10, None, False, '2026-03-02', 'event', None, None), ('hit', 'location', 4, None, False, '2026-03-02', 'event', None, None), ('debris', 'location', 2, None, False, '2026-03-02', 'event', None, None)]),
    ('ua_air_force', '2025-08-08T20:59:00Z', 'Наразі відомо про «приземлення» на півночі, півдні, сході та в центрі України 82 повітряних цілей: трьох реактивних дронів та 79 «Шахедів» і дронів-імітаторів різних типів.',
     [('neutralised', 'air_weapon', 82, None, False, '2025-08-08', 'event', None, None), ('neutralised', 'jet_drone', 3, None, False, '2025-08-08', 'event', None, None), ('neutralised', 'drone', 79, None, False, '2025-08-08', 'event', None, None)]),
    ('ru_mod', '2025-07-06T20:59:00Z', 'the drones that were intercepted overnight included 30 over the western Bryansk region, 29 in the Kursk region and 17 in Belgorod',
     [('intercepted', 'drone', 30, 'RU-BRY', True, '2025-07-06', 'night', None, None), ('intercepted', 'drone', 29, 'RU-KRS', True, '2025-07-06', 'night', None, None), ('intercepted', 'drone', 17, 'RU-BEL', True, '2025-07-06', 'night', None, None)]),
    ('ru_mod', '2025-11-25T20:59:00Z', 'The ministry’s broader report for the same night revealed a staggering toll: 249 Ukrainian drone aircraft were destroyed in total.',
     [('intercepted', 'drone', 249, None, False, '2025-11-25', 'night', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'six UAS were intercepted over the territory of Bryansk Oblast, three over the territory of Kursk Oblast',
     [('intercepted', 'drone', 6, 'RU-BRY', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 3, 'RU-KRS', False, '2025-12-06', 'event', None, None)]),
    ('ru_mod', '2025-11-21T20:59:00Z', 'In the past week, the Russian military has shot down 15 controlled aerial bombs, two long-range ‘Neptun’ cruise missiles, and 1,089 airplane-type UAVs',
     [('intercepted', 'guided_bomb', 15, None, False, '2025-11-21', 'period_total', None, None), ('intercepted', 'cruise_missile', 2, None, False, '2025-11-21', 'period_total', None, None), ('intercepted', 'drone', 1089, None, False, '2025-11-21', 'period_total', None, None)]),
    ('ru_mod', '2025-11-25T20:59:00Z', 'air defense forces had successfully intercepted and destroyed 249 Ukrainian drones of a ‘plane type’ in the preceding 24 hours',
     [('intercepted', 'drone', 249, None, False, '2025-11-25', 'day_total', None, None)]),
    ('ua_air_force', '2024-06-25T20:59:00Z', 'Ukraine has downed 1,953 Shahed drones out of 2,277 launched by Russia this year alone, Ukraine’s air force commander said on Tuesday.',
     [('intercepted', 'attack_drone', 1953, None, False, '2024-06-25', 'period_total', None, None), ('launched', 'attack_drone', 2277, None, False, '2024-06-25', 'period_total', None, None)]),
    ('ua_air_force', '2024-10-22T20:59:00Z', 'A total of 42 drones were destroyed, 10 disappeared from radar, 1 flew to Belarus and 3 turned back to Russia.',
     [('intercepted', 'drone', 42, None, False, '2024-10-22', 'event', None, None), ('suppressed', 'drone', 10, None, False, '2024-10-22', 'event', None, None), ('returned', 'drone', 1, None, False, '2024-10-22', 'event', None, None), ('returned', 'drone', 3, None, False, '2024-10-22', 'event', None, None)]),
    ('ua_air_force', '2024-02-03T21:59:00Z', "Air defence forces managed to take down nine Russian drones, Ukraine's Air Force has reported.",
     [('intercepted', 'drone', 9, None, False, '2024-02-03', 'event', None, None)]),
    ('ru_mod', '2023-08-25T20:59:00Z', 'Russia downed a barrage of 42 Ukrainian drones near Crimea, the Russian Defense Ministry said Friday',
     [('intercepted', 'drone', 42, 'UA-43', False, '2023-08-25', 'event', None, None)]),
    ('ru_mod', '2023-08-25T20:59:00Z', 'Nine drones were "destroyed... over the territory of the Republic of Crimea," the Defense Ministry wrote on the Telegram messaging app early Friday.',
     [('intercepted', 'drone', 9, 'UA-43', False, '2023-08-25', 'event', None, None)]),
    ('ru_mod', '2023-08-25T20:59:00Z', 'Russia early Friday said that it downed 42 Ukrainian drones in an attempted attack over the Crimean Peninsula',
     [('intercepted', 'drone', 42, 'UA-43', False, '2023-08-25', 'event', None, None)]),
    ('ru_mod', '2023-08-30T09:31:00Z', 'Shortly after midnight, three unmanned aircraft were shot down in the border region of Bryansk and at least one intercepted over Oryol',
     [('intercepted', 'drone', 3, 'RU-BRY', False, '2023-08-30', 'night', None, None), ('intercepted', 'drone', 1, 'RU-ORL', False, '2023-08-30', 'night', None, None)]),
    ('ru_mod', '2023-11-26T20:59:00Z', 'Russian air defense intercepted 9 drones across the Moscow, Tula, Kaluga, and Bryansk regions on the early morning of Sunday, Nov. 26',
     [('intercepted', 'drone', 9, None, False, '2023-11-26', 'night', None, None)]),
    ('ru_mod', '2024-11-11T20:59:00Z', 'Russian air defences destroyed another 36 drones over other regions of Western Russia in three hours yesterday, the defence ministry said.',
     [('intercepted', 'drone', 36, None, False, '2024-11-10', 'event', None, None)]),
    ('ru_mod', '2024-11-11T20:59:00Z', 'at around 9:25-11:00 p.m. (6:25-8:00 p.m. GMT), two Ukrainian drones were shot down over the Belgorod Region and one over the Kursk Region',
     [('intercepted', 'drone', 2, 'RU-BEL', False, '2024-11-12', 'night', '2024-11-11T18:25:00Z', '2024-11-11T20:00:00Z'), ('intercepted', 'drone', 1, 'RU-KRS', False, '2024-11-12', 'night', '2024-11-11T18:25:00Z', '2024-11-11T20:00:00Z')]),
    ('ru_mod', '2023-05-30T20:59:00Z', 'The defence ministry said special electronic counter-drone technology was used to divert three of the Ukrainian drones while five more were shot down',
     [('suppressed', 'drone', 3, None, False, '2023-05-30', 'event', None, None), ('intercepted', 'drone', 5, None, False, '2023-05-30', 'event', None, None)]),
    ('ua_air_force', '2025-07-04T20:59:00Z', 'Ukraine said Russia had fired a record 550 drones and 11 missiles during a long night of bombardment.',
     [('launched', 'drone', 550, None, False, '2025-07-04', 'night', None, None), ('launched', 'missile', 11, None, False, '2025-07-04', 'night', None, None)]),
    ('ua_air_force', '2026-02-03T21:59:00Z', 'Between February 2nd and 3rd, Russia launched what the Ukrainian Air Force called the "most powerful" combined strike of 2026: 71 missiles and 450 drones',
     [('launched', 'missile', 71, None, False, '2026-02-03', 'night', None, None), ('launched', 'drone', 450, None, False, '2026-02-03', 'night', None, None)]),
    ('ua_air_force', '2023-06-04T08:20:39Z', '5 ударних дронів (випустила РФ, - ред.). Це з району аеродрому Сеща з північного напрямку.',
     [('launched', 'drone', 5, None, False, '2023-06-04', 'event', None, None)]),
]


# Parsers 1.25.0, after the thirty-fourth to thirty-sixth sets (pages of 2022 and 2023 among them): several
# settlements named before their region give no one region; "the previous night" of an English page is the night just
# gone; "unmanned aerial systems"; "Armed Forces’" before the noun; a place an English retelling names before its count
# ("bearing the brunt of the assault, as 29 drones …", "saw the destruction of", "reported"), with the places joined
# before it; "the third was shot down"; ", а также реактивный снаряд"; "so far", "since they were first used", "С
# начала спецоперации" as running totals; "four thousand"; "bring down", "intercepts"; "allegedly launched by" as a
# participle; "out of just over 70"; a sea that names a fleet is no place; aircraft and helicopters named by their
# type (Су-25, МиГ-29, Ми-8), one each; "сбиты в воздухе"; "одном"; "In the span of 24 hours"; and more
PAGES_1_25 = [
    ('ru_mod', '2023-12-14T06:12:00Z', 'Кроме того, уничтожены 26 украинских беспилотных летательных аппаратов в районах населенных пунктов Белогоровка, Кременная Луганской Народной Республики',
     [('intercepted', 'drone', 26, None, False, '2023-12-14', 'event', None, None)]),
    ('ru_mod', '2025-08-25T06:05:00Z', 'Также по одном БПЛА нейтрализовано над Калужской и Тверской областями.',
     [('intercepted', 'drone', 1, 'RU-KLU', False, '2025-08-25', 'event', None, None), ('intercepted', 'drone', 1, 'RU-TVE', False, '2025-08-25', 'event', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'with Ryazan Oblast bearing the brunt of the assault, as 29 drones were shot down there.',
     [('intercepted', 'drone', 29, 'RU-RYA', False, '2025-12-06', 'event', None, None)]),
    ('ua_air_force', '2024-04-19T20:59:00Z', 'Ukraine’s Air Force and Defence Intelligence of Ukraine have destroyed a Russian Tu-22M3 long-range strategic bomber that carries Kh-22 cruise missiles.',
     [('destroyed', 'aircraft', 1, None, False, '2024-04-19', 'event', None, None)]),
    ('ru_mod', '2025-07-18T20:59:00Z', 'Теперь в пресс-службе Минобороны России сообщают ещё об одном дроне, который сбили над Орловской областью.',
     [('intercepted', 'drone', 1, 'RU-ORL', False, '2025-07-18', 'event', None, None)]),
    ('ru_mod', '2023-07-25T20:59:00Z', 'Air defense capabilities shot down a Ukrainian Air Force Mi-24 helicopter near the settlement of Novodarovka in the Zaporozhye Region.',
     [('destroyed', 'helicopter', 1, 'UA-23', False, '2023-07-25', 'event', None, None)]),
    ('ru_mod', '2023-04-22T20:59:00Z', "In addition, five Ukrainian drones were destroyed in the areas of Novokrasnyanka, Golikovo, Rubezhnoye of the Luhansk People's Republic",
     [('intercepted', 'drone', 5, None, False, '2023-04-22', 'event', None, None)]),
    ('ru_mod', '2025-08-07T20:59:00Z', 'Силы Черноморского флота России сообщили об уничтожении безэкипажного катера Вооруженных сил Украины (ВСУ).',
     [('destroyed', 'vessel', 1, None, False, '2025-08-07', 'event', None, None)]),
    ('ru_mod', '2025-10-05T20:59:00Z', 'Кроме того, бойцы ВС России сбили пять управляемых авиационных бомб, а также реактивный снаряд системы залпового огня HIMARS американского производства.',
     [('intercepted', 'guided_bomb', 5, None, False, '2025-10-05', 'event', None, None), ('intercepted', 'rocket', 1, None, False, '2025-10-05', 'event', None, None)]),
    ('ua_air_force', '2024-04-19T20:59:00Z', 'For the first time, the anti-aircraft missile units of the Air Force, in cooperation with the Defense Intelligence, destroyed the Tu-22M3 long-range strategic bomber',
     [('destroyed', 'aircraft', 1, None, False, '2024-04-19', 'event', None, None)]),
    ('ru_mod', '2023-09-14T20:59:00Z', 'Later, the ministry said that three more Ukrainian unmanned motor boats were destroyed by Russian Black Sea Fleet’s maritime aviation.',
     [('destroyed', 'vessel', 3, None, False, '2023-09-14', 'event', None, None)]),
    ('ru_mod', '2023-09-10T20:59:00Z', 'Russia’s ministry of defense said on Sunday its Black Sea Fleet aviation destroyed three US-made military boats with Ukrainian troops on board',
     [('destroyed', 'vessel', 3, None, False, '2023-09-10', 'event', None, None)]),
    ('ru_mod', '2025-12-14T20:59:00Z', 'The previous night had seen an even more staggering effort, with Russian forces claiming to have intercepted and eliminated 94 Ukrainian drones across multiple regions.',
     [('intercepted', 'drone', 94, None, False, '2025-12-14', 'night', None, None)]),
    ('ru_mod', '2023-12-10T20:59:00Z', 'Apart from that, 20 Ukrainian unmanned aerial vehicles were shot down near the settlement of Aleshki, Novaya Kakhoovka, and Kairy inn the Kherson Region',
     [('intercepted', 'drone', 20, None, False, '2023-12-10', 'event', None, None)]),
    ('ru_mod', '2023-07-04T20:59:00Z', 'The ministry claimed Russian air defences destroyed four of the drones, and the fifth was intercepted and fell.',
     [('intercepted', 'drone', 4, None, False, '2023-07-04', 'event', None, None), ('intercepted', 'drone', 1, None, False, '2023-07-04', 'event', None, None)]),
    ('ru_mod', '2025-10-31T20:59:00Z', 'The ministry specified that two of the drones were intercepted in the Kursk region, while the third was shot down over Belgorod.',
     [('intercepted', 'drone', 2, 'RU-KRS', False, '2025-10-31', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', False, '2025-10-31', 'event', None, None)]),
    ('ru_mod', '2025-10-31T20:59:00Z', 'stating that their air defenses had destroyed 130 Ukrainian drones during the previous night.',
     [('intercepted', 'drone', 130, None, False, '2025-10-31', 'night', None, None)]),
    ('ru_mod', '2025-07-17T20:59:00Z', 'Ten of the 22 Ukrainian unmanned aerial systems were neutralized in Bryansk Oblast',
     [('intercepted', 'drone', 10, 'RU-BRY', True, '2025-07-17', 'event', None, None), ('intercepted', 'drone', 22, None, False, '2025-07-17', 'event', None, None)]),
    ('ru_mod', '2025-12-17T20:59:00Z', 'with Krasnodar Krai bearing the brunt of the attack, as 31 drones were shot down over its territory.',
     [('intercepted', 'drone', 31, 'RU-KDA', False, '2025-12-17', 'event', None, None)]),
    ('ru_mod', '2025-11-21T20:59:00Z', 'Russian anti-aircraft defenses have reportedly destroyed over 1,000 Ukrainian Armed Forces’ airplane-type unmanned aerial vehicles (UAVs) in the past week',
     [('intercepted', 'drone', 1001, None, False, '2025-11-21', 'period_total', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'Additional strikes were recorded in Tver Oblast, where six drones were intercepted, and in Kursk and Lipetsk Oblasts, where three drones each were neutralized.',
     [('intercepted', 'drone', 6, 'RU-TVE', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 3, 'RU-KRS', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 3, 'RU-LIP', False, '2025-12-06', 'event', None, None)]),
    ('ru_mod', '2025-12-06T20:59:00Z', 'Smaller numbers of drones were also shot down in Tula and Oryol Oblasts, with one drone each destroyed, while Tambov Oblast saw two drones intercepted.',
     [('intercepted', 'drone', 1, 'RU-TUL', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 1, 'RU-ORL', False, '2025-12-06', 'event', None, None), ('intercepted', 'drone', 2, 'RU-TAM', False, '2025-12-06', 'event', None, None)]),
    ('ua_air_force', '2022-10-28T20:59:00Z', 'Ukraine has shot down more than 300 Iranian Shahed-136 ‘kamikaze’ drones so far, air force spokesman Yuriy Ihnat told a briefing on Friday.',
     [('intercepted', 'attack_drone', 301, None, False, '2022-10-28', 'cumulative', None, None)]),
    ('ua_air_force', '2022-11-01T12:56:00Z', 'The Ukrainian military has downed more than 300 Iranian-made Shahed-136 drones since Russia started to use them in its war in Ukraine.',
     [('intercepted', 'attack_drone', 301, None, False, '2022-11-01', 'cumulative', None, None)]),
    ('ua_air_force', '2022-12-05T21:59:00Z', 'Over 60 out of just over 70 Russian cruise missiles were shot down on Dec. 5 by Ukrainian air defense and planes',
     [('intercepted', 'cruise_missile', 61, None, False, '2022-12-05', 'event', None, None), ('launched', 'cruise_missile', 71, None, False, '2022-12-05', 'event', None, None)]),
    ('ua_air_force', '2022-10-28T08:05:00Z', 'Ukraine has shot down more than 300 Iranian-made drones so far, an official from its air force said on Friday.',
     [('intercepted', 'drone', 301, None, False, '2022-10-28', 'cumulative', None, None)]),
    ('ua_air_force', '2023-02-10T23:30:00Z', 'they shot down five Shahed-136 drones over Mykolaiv Oblast, four over Odesa Oblast, and two over Kherson Oblast',
     [('intercepted', 'attack_drone', 5, 'UA-48', False, '2023-02-11', 'event', None, None), ('intercepted', 'attack_drone', 4, 'UA-51', False, '2023-02-11', 'event', None, None), ('intercepted', 'attack_drone', 2, 'UA-65', False, '2023-02-11', 'event', None, None)]),
    ('ru_mod', '2022-06-01T08:57:00Z', 'Российские силы ПВО сбили за сутки Су-25 и Ми-8, а также семь БПЛА ВСУ',
     [('destroyed', 'aircraft', 1, None, False, '2022-06-01', 'day_total', None, None), ('destroyed', 'helicopter', 1, None, False, '2022-06-01', 'day_total', None, None), ('intercepted', 'drone', 7, None, False, '2022-06-01', 'day_total', None, None)]),
    ('ru_mod', '2022-10-14T20:59:00Z', 'в воздухе уничтожены 14 снарядов реактивных систем залпового огня HIMARS и "Ольха" в районах населенных пунктов Томарино, Отрадокаменка, Новая Каховка, Веровка и Веселое Херсонской области',
     [('intercepted', 'rocket', 14, None, False, '2022-10-14', 'event', None, None)]),
    ('ru_mod', '2022-03-06T20:59:00Z', 'Кроме того, в районе Киева были сбиты два вертолета Ми-8.',
     [('destroyed', 'helicopter', 2, 'UA-32', False, '2022-03-06', 'event', None, None)]),
    ('ru_mod', '2022-07-12T20:59:00Z', 'Уточняется, что один ударный беспилотник был сбит средствами ПВО в районе украинского города Николаев.',
     [('intercepted', 'drone', 1, 'UA-48', False, '2022-07-12', 'event', None, None)]),
    ('ru_mod', '2022-09-29T20:59:00Z', 'Украинские МиГ-29 и Су-24 были сбиты в воздухе истребительной авиацией Воздушно-космических сил России.',
     [('destroyed', 'aircraft', 1, None, False, '2022-09-29', 'event', None, None), ('destroyed', 'aircraft', 1, None, False, '2022-09-29', 'event', None, None)]),
    ('ru_mod', '2022-12-26T20:59:00Z', 'Средства ПВО сбили украинский беспилотник над военным аэродромом Энгельс',
     [('intercepted', 'drone', 1, 'RU-SAR', False, '2022-12-26', 'event', None, None)]),
    ('ru_mod', '2022-12-26T05:37:00Z', 'Минобороны РФ: в районе аэродрома "Энгельс" сбит украинский беспилотник',
     [('intercepted', 'drone', 1, 'RU-SAR', False, '2022-12-26', 'event', None, None)]),
    ('ru_mod', '2022-12-26T05:37:00Z', 'Министерство обороны России сообщило, что в районе военного аэродрома "Энгельс" (Саратовская область) сбит украинский беспилотник, трое российских военнослужащих погибли в результате падения его обломков.',
     [('intercepted', 'drone', 1, 'RU-SAR', False, '2022-12-26', 'event', None, None), ('killed', 'people', 3, 'RU-SAR', False, '2022-12-26', 'event', None, None)]),
    ('ru_mod', '2022-12-26T20:59:00Z', 'В ночь на 26 декабря российские средства ПВО сбили на малой высоте при подлете к военному аэродрому "Энгельс" под Саратовом беспилотник ВСУ',
     [('intercepted', 'drone', 1, 'RU-SAR', False, '2022-12-26', 'night', None, None)]),
    ('ru_mod', '2023-02-17T20:59:00Z', 'since the beginning of Russia\'s "special military operation," the Russian army destroyed 385 aircraft, 209 helicopters, 3,152 unmanned aerial vehicles, 404 anti-aircraft missile systems',
     [('destroyed', 'aircraft', 385, None, False, '2023-02-17', 'cumulative', None, None), ('destroyed', 'helicopter', 209, None, False, '2023-02-17', 'cumulative', None, None), ('intercepted', 'drone', 3152, None, False, '2023-02-17', 'cumulative', None, None), ('destroyed', 'air_defence_system', 404, None, False, '2023-02-17', 'cumulative', None, None)]),
    ('ru_mod', '2022-05-28T20:59:00Z', 'Earlier it became known that Russian air defense systems shot down a MiG-29 of the Armed Forces of Ukraine in the Odessa region.',
     [('destroyed', 'aircraft', 1, 'UA-51', False, '2022-05-28', 'event', None, None)]),
    ('ru_mod', '2024-05-23T20:59:00Z', 'Three French-made Nammeg guided aerial bombs, four American HARM anti-radar missiles, 47 HIMARS, Vampire and Alder rockets were also destroyed.',
     [('intercepted', 'guided_bomb', 3, None, False, '2024-05-23', 'event', None, None), ('intercepted', 'missile', 4, None, False, '2024-05-23', 'event', None, None), ('intercepted', 'rocket', 47, None, False, '2024-05-23', 'event', None, None)]),
    ('ru_mod', '2023-09-02T20:59:00Z', '1 сентября в 23:15 Киев предпринял очередную попытку нанесения террористического удара по Крымскому мосту с помощью полупогружного безэкипажного катера.',
     [('launched', 'vessel', 1, None, False, '2023-09-02', 'night', '2023-09-01T20:15:00Z', '2023-09-01T20:15:00Z')]),
    ('ru_mod', '2024-05-23T20:59:00Z', 'Three Olkha MLRS rockets, thirty-two Vampire MLRS rockets and three UAVs were destroyed over the territory of Belgorod Region',
     [('intercepted', 'rocket', 3, 'RU-BEL', False, '2024-05-23', 'event', None, None), ('intercepted', 'rocket', 32, 'RU-BEL', False, '2024-05-23', 'event', None, None), ('intercepted', 'drone', 3, 'RU-BEL', False, '2024-05-23', 'event', None, None)]),
    ('ru_mod', '2025-09-10T20:59:00Z', 'Минобороны отчиталось об уничтожении в акватории Черного моря безэкипажного катера, направленного со стороны Украины.',
     [('destroyed', 'vessel', 1, 'SEA-BLACK', False, '2025-09-10', 'event', None, None)]),
    ('ru_mod', '2023-10-30T20:59:00Z', 'The Russian Defense Ministry claimed on Oct. 30 that its forces shot down eight Storm Shadow missiles allegedly launched by Ukraine at Russian-occupied Crimea.',
     [('intercepted', 'cruise_missile', 8, 'UA-43', False, '2023-10-30', 'event', None, None)]),
    ('ru_mod', '2023-09-14T20:59:00Z', 'Ukraine has launched 10 missiles and three unmanned boats in an attack on the home of its Black Sea fleet in Crimea.',
     [('launched', 'missile', 10, 'UA-43', False, '2023-09-14', 'event', None, None), ('launched', 'vessel', 3, 'UA-43', False, '2023-09-14', 'event', None, None)]),
    ('ua_air_force', '2023-05-08T20:59:00Z', 'Ukrainian air defenses bring down all 35 Russian Shahed drones over Kyiv – Air Force Command',
     [('intercepted', 'attack_drone', 35, 'UA-30', False, '2023-05-08', 'event', None, None)]),
    ('ua_air_force', '2023-12-13T05:20:00Z', 'Air Force: Ukraine downs 10 drones, 10 missiles launched by Russia overnight',
     [('intercepted', 'drone', 10, None, False, '2023-12-13', 'night', None, None), ('intercepted', 'missile', 10, None, False, '2023-12-13', 'night', None, None)]),
    ('ua_air_force', '2023-12-31T16:06:00Z', 'Patriot air defense systems have already shot down 15 Russian Kinzhal missiles since they were first used in May',
     [('intercepted', 'ballistic_missile', 15, None, False, '2023-12-31', 'cumulative', None, None)]),
    ('ru_mod', '2023-05-30T20:59:00Z', 'The raid involved eight drones, all of which have been neutralized, Russia’s Ministry of Defense has said',
     [('launched', 'drone', 8, None, False, '2023-05-30', 'event', None, None), ('intercepted', 'drone', 8, None, False, '2023-05-30', 'event', None, None)]),
    ('ru_mod', '2022-10-29T11:56:00Z', 'Russia’s Defense Ministry blamed Ukraine for sending nine drones to the Russian-occupied port city of Sevastopol in the early morning of Oct. 29.',
     [('launched', 'drone', 9, 'UA-40', False, '2022-10-29', 'night', None, None)]),
    ('ru_mod', '2022-10-29T11:56:00Z', "Russia's Defense Ministry claimed that all nine drones were downed by its Black Sea Fleet.",
     [('intercepted', 'drone', 9, None, False, '2022-10-29', 'event', None, None)]),
    ('ru_mod', '2022-05-22T20:59:00Z', "Almost 1,000 Ukrainian unmanned aerial vehicles (UAVs) have been destroyed since the start of Russia's special military operation in Ukraine on February 24",
     [('intercepted', 'drone', 1000, None, False, '2022-05-22', 'cumulative', None, None)]),
    ('ru_mod', '2023-05-08T20:59:00Z', 'since the beginning of the special military operation, the Russian forces have destroyed: 418 aircraft, 230 helicopters, 4,042 unmanned aerial vehicles, 421 anti-aircraft missile systems',
     [('destroyed', 'aircraft', 418, None, False, '2023-05-08', 'cumulative', None, None), ('destroyed', 'helicopter', 230, None, False, '2023-05-08', 'cumulative', None, None), ('intercepted', 'drone', 4042, None, False, '2023-05-08', 'cumulative', None, None), ('destroyed', 'air_defence_system', 421, None, False, '2023-05-08', 'cumulative', None, None)]),
    ('ru_mod', '2022-12-26T20:59:00Z', 'Three Russian soldiers were killed due to the fall of the wreckage of the drone, the Russian Defense Ministry specified.',
     [('killed', 'people', 3, None, False, '2022-12-26', 'event', None, None)]),
    ('ru_mod', '2022-12-05T20:59:00Z', 'Three Russian soldiers were killed, four more were injured as a result of the attack of the Kyiv regime on Russian airfields.',
     [('killed', 'people', 3, None, False, '2022-12-05', 'event', None, None), ('injured', 'people', 4, None, False, '2022-12-05', 'event', None, None)]),
    ('ru_mod', '2022-03-30T20:59:00Z', 'Russian defence ministry spokesman Igor Konashenkov has said that the Russian military has shot down a Ukrainian Air Force Su-24 plane.',
     [('destroyed', 'aircraft', 1, None, False, '2022-03-30', 'event', None, None)]),
    ('ru_mod', '2022-03-30T20:59:00Z', 'A Russian Air Force fighter reportedly shot down a Ukrainian Su-24 during a dogfight in the Rovno region close to the Ukrainian-Belarusian border.',
     [('destroyed', 'aircraft', 1, 'UA-56', False, '2022-03-30', 'event', None, None)]),
    ('ru_mod', '2023-01-08T20:59:00Z', 'In particular, Russian aircraft downed Ukraine’s Su-27 plane in the area of the settlement of Lozovoye in the Kharkov Region',
     [('destroyed', 'aircraft', 1, 'UA-63', False, '2023-01-08', 'event', None, None)]),
    ('ru_mod', '2022-08-06T20:59:00Z', 'One of the planes was destroyed by operational and tactical aircraft in an aerial fight near the Solntsevo settlement in the Kirovograd Region.',
     [('destroyed', 'aircraft', 1, 'UA-35', False, '2022-08-06', 'event', None, None)]),
    ('ru_mod', '2023-05-07T20:59:00Z', 'since the beginning of the special military operation (SVO) in Ukraine, Russian air defense systems have shot down more than four thousand UAVs.',
     [('intercepted', 'drone', 4001, None, False, '2023-05-07', 'cumulative', None, None)]),
    ('ru_mod', '2025-07-18T20:59:00Z', 'за ночь над страной сбиты 73 БПЛА, из них 31 – над Брянской областью, 17 – над Орловской, 10 – над Московским регионом.',
     [('intercepted', 'drone', 73, None, False, '2025-07-18', 'night', None, None), ('intercepted', 'drone', 31, 'RU-BRY', True, '2025-07-18', 'night', None, None), ('intercepted', 'drone', 17, 'RU-ORL', True, '2025-07-18', 'night', None, None), ('intercepted', 'drone', 10, 'RU-MOS', True, '2025-07-18', 'night', None, None)]),
    ('ua_air_force', '2022-08-02T17:32:00Z', 'Ukraine’s air defense intercepts 7 out of 8 missiles in recent Russian strike',
     [('intercepted', 'missile', 7, None, False, '2022-08-02', 'event', None, None), ('launched', 'missile', 8, None, False, '2022-08-02', 'event', None, None)]),
    ('ua_air_force', '2022-08-02T17:32:00Z', 'Russia launched eight missiles from the Caspian Sea using Tupolev Tu-160, a supersonic heavy bomber, on the evening of Aug. 2.',
     [('launched', 'missile', 8, None, False, '2022-08-03', 'night', None, None)]),
    ('ua_air_force', '2022-05-17T06:51:00Z', 'One more Russian cruise missile was shot down over Mykolayiv Oblast by a unit of anti-aircraft defence forces of the Air Command "South".',
     [('intercepted', 'cruise_missile', 1, 'UA-48', False, '2022-05-17', 'event', None, None)]),
    ('ru_mod', '2022-03-28T20:59:00Z', 'С начала спецоперации на Украине уничтожены 123 самолета, 74 вертолета и 309 беспилотников, сообщил официальный представитель Минобороны Игорь Конашенков',
     [('destroyed', 'aircraft', 123, None, False, '2022-03-28', 'cumulative', None, None), ('destroyed', 'helicopter', 74, None, False, '2022-03-28', 'cumulative', None, None), ('intercepted', 'drone', 309, None, False, '2022-03-28', 'cumulative', None, None)]),
    ('ru_mod', '2022-03-28T20:59:00Z', 'Российской авиацией и средствами противовоздушной обороны в течение дня 28 марта сбиты в воздухе еще три самолета военно-воздушных сил Украины',
     [('destroyed', 'aircraft', 3, None, False, '2022-03-28', 'day', None, None)]),
    ('ru_mod', '2022-03-28T20:59:00Z', 'Речь идет о двух Су-24, сбитых западнее города Коростень Житомирской области, и одном Су-25, сбитом в районе города Дружковка в Донецкой области.',
     [('destroyed', 'aircraft', 2, 'UA-18', False, '2022-03-28', 'event', None, None), ('destroyed', 'aircraft', 1, 'UA-14', False, '2022-03-28', 'event', None, None)]),
    ('ru_mod', '2022-07-13T20:59:00Z', 'Российские истребители сбили в воздухе три самолета Воздушных сил Украины (ВСУ).',
     [('destroyed', 'aircraft', 3, None, False, '2022-07-13', 'event', None, None)]),
    ('ru_mod', '2022-07-13T20:59:00Z', 'По словам Конашенкова, истребители Вооруженных сил (ВС) России сбили Су-25, Су-24 и МиГ-29.',
     [('destroyed', 'aircraft', 1, None, False, '2022-07-13', 'event', None, None), ('destroyed', 'aircraft', 1, None, False, '2022-07-13', 'event', None, None), ('destroyed', 'aircraft', 1, None, False, '2022-07-13', 'event', None, None)]),
    ('ru_mod', '2022-07-13T20:59:00Z', 'с начала проведения спецоперации на Украине и в Донбассе были уничтожены 247 самолетов, 137 вертолетов и 1522 беспилотных летательных аппарата ВСУ',
     [('destroyed', 'aircraft', 247, None, False, '2022-07-13', 'cumulative', None, None), ('destroyed', 'helicopter', 137, None, False, '2022-07-13', 'cumulative', None, None), ('intercepted', 'drone', 1522, None, False, '2022-07-13', 'cumulative', None, None)]),
    ('ru_mod', '2022-11-12T20:59:00Z', 'Истребительной авиацией ВКС России в районе населенного пункта Ясная Поляна Запорожской области сбит вертолет Ми-8 воздушных сил Украины',
     [('destroyed', 'helicopter', 1, 'UA-23', False, '2022-11-12', 'event', None, None)]),
    ('ru_mod', '2023-01-11T20:59:00Z', 'Истребительной авиацией ВКС России в районе населенного пункта Попов ЯР Донецкой народной республики сбит самолет Су-27 воздушных сил Украины',
     [('destroyed', 'aircraft', 1, 'UA-14', False, '2023-01-11', 'event', None, None)]),
    ('ru_mod', '2023-12-27T20:59:00Z', 'In the span of 24 hours, Russian air defense systems exhibited their effectiveness by shooting down two Su-24 aircraft belonging to the Ukrainian Armed Forces',
     [('destroyed', 'aircraft', 2, None, False, '2023-12-27', 'day_total', None, None)]),
    ('ru_mod', '2024-05-29T16:36:00Z', 'planes from its Black Sea Fleet had destroyed three Ukrainian Crimea-bound sea drones in the northwestern part of the Black Sea',
     [('destroyed', 'vessel', 3, 'SEA-BLACK', False, '2024-05-29', 'event', None, None)]),
    ('ua_air_force', '2022-10-31T21:59:00Z', 'Украинские военные 31 октября сбили 44 из более чем 50 российских ракет, большинство – в центре страны.',
     [('intercepted', 'missile', 44, None, False, '2022-10-31', 'event', None, None), ('launched', 'missile', 51, None, False, '2022-10-31', 'event', None, None)]),
    ('ua_air_force', '2022-10-31T21:59:00Z', 'С самолетов-ракетоносцев стратегической авиации Ту-95 и Ту-160 было выпущено более 50 крылатых ракет Х-101/Х-555 с севера Каспийского моря и из района Волгодонская (Ростовская область)',
     [('launched', 'cruise_missile', 51, None, False, '2022-10-31', 'event', None, None)]),
]



# Parsers 1.26.0, after the thirty-ninth to forty-second sets (the Ministry's Russian and English of 2025 and 2026, the
# Air Force's Ukrainian and English of 2024 to 2026): jamming after shooting down, wholes counted out of, spans of hours,
# editors' notes, single weapons in a list, and more.
PAGES_1_26 = [
    ('ua_air_force', '2024-02-27T21:59:00Z', 'Російські війська в ніч на вівторок, 27 лютого, атакували Україну балістичними ракетами "Іскандер-М"/KN-23 (північнокорейські Hwasong-11Ga. - Ред.), чотирма керованими авіаційними ракетами Х-59, однією протирадіолокаційною Х-31П',
     [('launched', 'cruise_missile', 4, None, False, '2024-02-27', 'night', None, None), ('launched', 'cruise_missile', 1, None, False, '2024-02-27', 'night', None, None)]),
    ('ru_mod', '2023-08-23T20:59:00Z', 'В ночь на 23 августа системы противовоздушной обороны сбили два дрона в Подмосковье, еще один беспилотник подавили средствами РЭБ',
     [('intercepted', 'drone', 2, 'RU-MOS', False, '2023-08-23', 'night', None, None), ('suppressed', 'drone', 1, None, False, '2023-08-23', 'night', None, None)]),
    ('ua_air_force', '2024-04-07T20:59:00Z', 'За інформацією Командувача Повітряних Сил, у ніч на 7 квітня 2024 року ворог завдав удару керованою авіаційною ракетою Х-31 з окупованої Луганщини, балістичною ракетою «Іскандер-М»',
     [('launched', 'cruise_missile', 1, None, False, '2024-04-07', 'night', None, None), ('launched', 'ballistic_missile', 1, None, False, '2024-04-07', 'night', None, None)]),
    ('ru_mod', '2026-03-07T20:59:00Z', 'Российские средства ПВО перехватили и уничтожили за ночь над регионами РФ 124 украинских БПЛА, в том числе летевший на Москву.',
     [('intercepted', 'drone', 124, None, False, '2026-03-07', 'night', None, None), ('intercepted', 'drone', 1, 'RU-MOW', True, '2026-03-07', 'night', None, None)]),
    ('ua_air_force', '2026-01-26T11:16:58Z', 'Он отметил, что над Киевом тогда уничтожили два "Искандера-М" и еще две ракеты в Киевской области.',
     [('intercepted', 'ballistic_missile', 2, 'UA-30', False, '2026-01-26', 'event', None, None), ('intercepted', 'missile', 2, 'UA-32', False, '2026-01-26', 'event', None, None)]),
    ('ru_mod', '2025-01-25T05:30:00Z', 'Предыдущая случилась 14 января — тогда Минобороны отчиталось об уничтожении 180 дронов, из которых 146 — «вне зоны СВО».',
     [('intercepted', 'drone', 180, None, False, '2025-01-14', 'event', None, None), ('intercepted', 'drone', 146, None, True, '2025-01-14', 'event', None, None)]),
    ('ru_mod', '2023-08-12T03:01:00Z', "Russia's air defence systems shot down 14 drones, while electronic warfare neutralised six, the agencies cited the ministry as saying.",
     [('intercepted', 'drone', 14, None, False, '2023-08-12', 'event', None, None), ('suppressed', 'drone', 6, None, False, '2023-08-12', 'event', None, None)]),
    ('ua_air_force', '2023-06-20T06:00:00Z', 'The Air Force units managed to destroy 30 drones, and the Ground Forces shot down two.',
     [('intercepted', 'drone', 30, None, False, '2023-06-20', 'event', None, None), ('intercepted', 'drone', 2, None, False, '2023-06-20', 'event', None, None)]),
    ('ru_mod', '2025-12-11T20:59:00Z', 'Из них 118 были сбили над Брянской областью, 40 — над Калужской областью, 40 — над Московским регионом (включая 32 дрона, летевших на Москву),',
     [('intercepted', 'drone', 118, 'RU-BRY', False, '2025-12-11', 'event', None, None), ('intercepted', 'drone', 40, 'RU-KLU', False, '2025-12-11', 'event', None, None), ('intercepted', 'drone', 40, 'RU-MOS', False, '2025-12-11', 'event', None, None), ('intercepted', 'drone', 32, 'RU-MOW', True, '2025-12-11', 'event', None, None)]),
    ('ru_mod', '2023-10-07T20:59:00Z', 'Air defense systems of a small missile boat of Russia’s Black Sea Fleet destroyed a Ukrainian drone 10 km off Crimea',
     [('intercepted', 'drone', 1, 'UA-43', False, '2023-10-07', 'event', None, None)]),
    ('ru_mod', '2023-10-07T20:59:00Z', 'Air defense forces of a small missile boat detected and destroyed a Ukrainian unmanned aerial vehicle 10 km southwest off the Crimean Peninsula,"',
     [('intercepted', 'drone', 1, 'UA-43', False, '2023-10-07', 'event', None, None)]),
    ('ru_mod', '2023-12-01T20:59:00Z', "Russia's defense ministry has reported the downing of at least three drones launched from Ukraine, with the intent to target the Russian capital.",
     [('intercepted', 'drone', 3, 'RU-MOW', False, '2023-12-01', 'event', None, None)]),
    ('ru_mod', '2026-02-26T20:59:00Z', 'The latest ministry statement said 53 drones were intercepted and destroyed in a three-hour period ending 11 p.m. (2000 GMT).',
     [('intercepted', 'drone', 53, None, False, '2026-02-27', 'night', '2026-02-26T17:00:00Z', '2026-02-26T20:00:00Z')]),
    ('ru_mod', '2024-02-22T20:59:00Z', 'Зазначається, що російська ППО нібито знищила безпілотник над територією Брянської області, а ракету – над територією Ростовської області.',
     [('intercepted', 'drone', 1, 'RU-BRY', False, '2024-02-22', 'event', None, None), ('intercepted', 'missile', 1, 'RU-ROS', False, '2024-02-22', 'event', None, None)]),
    ('ru_mod', '2025-09-14T20:59:00Z', 'Наибольшее количество сбито над Брянской областью — 30, еще 15 БПЛА уничтожено над Крымом и 12 над Смоленской областью.',
     [('intercepted', 'drone', 30, 'RU-BRY', False, '2025-09-14', 'event', None, None), ('intercepted', 'drone', 15, 'UA-43', False, '2025-09-14', 'event', None, None), ('intercepted', 'drone', 12, 'RU-SMO', False, '2025-09-14', 'event', None, None)]),
    ('ru_mod', '2026-01-04T20:59:00Z', 'в Міноборони повідомили про нібито 11 збитих над Московським регіоном дронах.',
     [('intercepted', 'drone', 11, 'RU-MOS', False, '2026-01-04', 'event', None, None)]),
    ('ua_air_force', '2024-04-02T20:59:00Z', 'A spokesperson for Ukraine’s air force, Illya Yevlash, told national television that Ukrainian forces had downed a Russian “Forpost” drone',
     [('intercepted', 'tactical_drone', 1, None, False, '2024-04-02', 'event', None, None)]),
    ('ru_mod', '2022-06-11T08:31:00Z', 'The Russian military shot down two MIG-29 planes in the Mikolayiv region and one Su-25 fighter jet in the Kharkiv region',
     [('destroyed', 'aircraft', 2, 'UA-48', False, '2022-06-11', 'event', None, None), ('destroyed', 'aircraft', 1, 'UA-63', False, '2022-06-11', 'event', None, None)]),
    ('ru_mod', '2023-04-24T20:59:00Z', 'the Kyiv regime attempted to attack the base of the Black Sea Fleet in the city of Sevastopol with three unmanned speedboats',
     [('launched', 'vessel', 3, 'UA-40', False, '2023-04-24', 'event', None, None)]),
    ('ua_air_force', '2024-09-22T20:59:00Z', 'Ukrainian forces shot down 71 attack drones out of the 80 launched by the Russians overnight to attack Ukraine.',
     [('intercepted', 'drone', 71, None, False, '2024-09-22', 'night', None, None), ('launched', 'drone', 80, None, False, '2024-09-22', 'night', None, None)]),
    ('ua_air_force', '2024-12-23T07:22:00Z', 'a further 25 drones, deployed by Russia across various territories, were unable to reach their intended targets.',
     [('suppressed', 'drone', 25, None, False, '2024-12-23', 'event', None, None)]),
    ('ua_air_force', '2024-07-26T20:59:00Z', 'The Russian Federation also hit Donetsk region with an “Iskander-M” ballistic missile launched from the Rostov region.',
     [('launched', 'ballistic_missile', 1, 'UA-14', False, '2024-07-26', 'event', None, None)]),
    ('ua_air_force', '2025-10-27T21:59:00Z', 'Russia launched 101 drones against Ukraine overnight into Sunday, the Ukrainian air force said, with 90 of them being shot down and neutralised',
     [('launched', 'drone', 101, None, False, '2025-10-26', 'night', None, None), ('neutralised', 'drone', 90, None, False, '2025-10-26', 'night', None, None)]),
    ('ua_air_force', '2025-04-24T20:59:00Z', 'The Ukrainian air force reported Russia launched 66 ballistic and cruise missiles, coupled with numerous drones, across Kyiv and other regions.',
     [('launched', 'missile', 66, None, False, '2025-04-24', 'event', None, None), ('launched', 'drone', None, None, False, '2025-04-24', 'event', None, None)]),
    ('ua_air_force', '2025-07-26T20:59:00Z', 'air defense and electronic warfare took down or intercepted 183 drones and 17 missiles',
     [('neutralised', 'drone', 183, None, False, '2025-07-26', 'event', None, None), ('neutralised', 'missile', 17, None, False, '2025-07-26', 'event', None, None)]),
    ('ua_air_force', '2024-11-10T21:59:00Z', '67 enemy drones lost their track in various regions of Ukraine, while 10 other Russian UAVs exited Ukrainian airspace toward Moldova, Belarus, and Russia',
     [('suppressed', 'drone', 67, None, False, '2024-11-10', 'event', None, None), ('returned', 'drone', 10, None, False, '2024-11-10', 'event', None, None)]),
    ('ua_air_force', '2024-04-10T20:59:00Z', 'In addition, at around 20:00 on April 9, Ukrainian air defenders destroyed two Kh-59 guided aerial missiles that the enemy used to attack Odesa.',
     [('intercepted', 'cruise_missile', 2, 'UA-51', False, '2024-04-10', 'night', '2024-04-09T17:00:00Z', '2024-04-09T17:00:00Z')]),
    ('ua_air_force', '2024-08-27T20:59:00Z', 'Нагадаємо, 26 серпня під час наймасованішої російської атаки ППО збила 102 російські ракети і 99 дронів із запущених 127 ракет і 109 БПЛА.',
     [('intercepted', 'missile', 102, None, False, '2024-08-26', 'event', None, None), ('intercepted', 'drone', 99, None, False, '2024-08-26', 'event', None, None), ('launched', 'missile', 127, None, False, '2024-08-26', 'event', None, None), ('launched', 'drone', 109, None, False, '2024-08-26', 'event', None, None)]),
    ('ua_air_force', '2025-09-23T20:59:00Z', 'Сили ППО збили/придушили 103 ворожих БпЛА',
     [('neutralised', 'drone', 103, None, False, '2025-09-23', 'event', None, None)]),
    ('ru_mod', '2024-02-29T20:59:00Z', 'Отмечается, что Киев пытался атаковать объекты на территории России при помощи беспилотника самолетного типа.',
     [('launched', 'drone', 1, None, False, '2024-02-29', 'event', None, None)]),
    ('ru_mod', '2025-10-24T20:59:00Z', 'Ещё шесть были ликвидированы в Тульской области, четыре – в Калужской, три – в Тверской, и один беспилотник перехвачен над Новгородской областью.',
     [('intercepted', 'drone', 6, 'RU-TUL', False, '2025-10-24', 'event', None, None), ('intercepted', 'drone', 4, 'RU-KLU', False, '2025-10-24', 'event', None, None), ('intercepted', 'drone', 3, 'RU-TVE', False, '2025-10-24', 'event', None, None), ('intercepted', 'drone', 1, 'RU-NGR', False, '2025-10-24', 'event', None, None)]),
    ('ru_mod', '2025-11-20T20:59:00Z', 'On November 18th, Ukrainian forces reportedly attempted to launch four ATACMS long-range missiles at the Voronezh region of Russia.',
     [('launched', 'ballistic_missile', 4, 'RU-VOR', False, '2025-11-18', 'event', None, None)]),
    ('ru_mod', '2025-05-02T20:59:00Z', 'the Black Sea Fleet’s firing units on duty eliminated 10 Ukrainian uncrewed boats and one US-made Willard speedboat, also damaging two additional uncrewed vessels',
     [('destroyed', 'vessel', 10, None, False, '2025-05-02', 'event', None, None), ('destroyed', 'vessel', 1, None, False, '2025-05-02', 'event', None, None), ('damaged', 'vessel', 2, None, False, '2025-05-02', 'event', None, None)]),
    ('ru_mod', '2025-05-22T06:50:34Z', 'The previous day, Russia said it shot down well over 300 Ukrainian drones.',
     [('intercepted', 'drone', 301, None, False, '2025-05-21', 'event', None, None)]),
    ('ru_mod', '2025-12-31T20:59:00Z', 'The Russian Defense Ministry said air defense units destroyed 27 Ukrainian drones in the three-hour period starting at 8 p.m. (1700 GMT).',
     [('intercepted', 'drone', 27, None, False, '2026-01-01', 'night', '2025-12-31T17:00:00Z', '2025-12-31T20:00:00Z')]),
    ('ru_mod', '2025-08-29T20:59:00Z', 'its air defense forces successfully shot down a Ukrainian Su-27 fighter jet and intercepted 18 guided bombs over the course of a single week.',
     [('destroyed', 'aircraft', 1, None, False, '2025-08-29', 'period_total', None, None), ('intercepted', 'guided_bomb', 18, None, False, '2025-08-29', 'period_total', None, None)]),
    ('ua_air_force', '2025-08-28T20:59:00Z', 'Загалом йдеться про 629 засобів повітряного нападу, з яких 589 збито або подавлено силами ППО.',
     [('launched', 'air_weapon', 629, None, False, '2025-08-28', 'event', None, None), ('neutralised', 'air_weapon', 589, None, False, '2025-08-28', 'event', None, None)]),
    ('ua_air_force', '2026-01-15T21:59:00Z', 'Близько 60 дронів із загальної кількості — Шахеди.',
     [('launched', 'attack_drone', 60, None, True, '2026-01-15', 'event', None, None)]),
    ('ru_mod', '2026-01-01T20:59:00Z', 'Российскими военными в среду с 8:00 до 23:00 мск перехвачены и уничтожены 53 украинских беспилотника, сообщило Минобороны РФ.',
     [('intercepted', 'drone', 53, None, False, '2025-12-31', 'day', '2025-12-31T05:00:00Z', '2025-12-31T20:00:00Z')]),
]


# Parsers 1.27.0, after the forty-third set (the Ministry's Russian of 2025 and 2026): a participle of attacking after
# the noun, a list of models after "including", a status time opening a sentence ("На 09.30"), minutes in words.
PAGES_1_27 = [
    ('ua_air_force', '2026-02-23T21:59:00Z', 'Крім того, було випущено 50 ракет, включаючи гіперзвукові "Циркон", балістичні "Іскандер" та крилаті Х-101.',
     [('launched', 'missile', 50, None, False, '2026-02-23', 'event', None, None)]),
    ('ua_air_force', '2024-04-18T07:57:00Z', 'All 13 Shahed drones attacking Ukraine last night shot down',
     [('intercepted', 'attack_drone', 13, None, False, '2024-04-18', 'night', None, None)]),
    ('ua_air_force', '2026-01-09T21:59:00Z', '8 січня о 23 годині 47 хвилин ворог завдав ракетний удар по об’єктах інфраструктури у Львові, застосувавши балістичну ракету…',
     [('launched', 'ballistic_missile', 1, 'UA-46', False, '2026-01-09', 'night', '2026-01-08T21:47:00Z', '2026-01-08T21:47:00Z')]),
    ('ua_air_force', '2024-10-11T20:59:00Z', 'На 09.30 подтверждено сбитие обоих ракет, говорится в утренней сводке ВС.',
     [('intercepted', 'missile', 2, None, False, '2024-10-11', 'night', None, '2024-10-11T06:30:00Z')]),
]


# Parsers 1.28.0, after the forty-fourth set (the Air Force's English, Russian and Ukrainian, the Ministry's English and
# Russian): places where weapons came from, single drones over several regions, "по … и … соответственно", a window
# with only its end after a day named in words, the Tu-141, wire phrases for drones lost or gone from Ukraine's airspace.
PAGES_1_28 = [
    ('ua_air_force', '2024-04-18T07:57:00Z', "On the night of April 18, 2024, the adversary attacked [Ukraine] by 13 Shahed-131/136 drones from Russia's Primorsko-Akhtarsk and Cape Chauda in Crimea",
     [('launched', 'attack_drone', 13, None, False, '2024-04-18', 'night', None, None)]),
    ('ru_mod', '2024-08-26T20:59:00Z', 'It added that single drones were destroyed over the Oryol and Ryazan regions.',
     [('intercepted', 'drone', 1, 'RU-ORL', False, '2024-08-26', 'event', None, None), ('intercepted', 'drone', 1, 'RU-RYA', False, '2024-08-26', 'event', None, None)]),
    ('ua_air_force', '2023-07-23T07:12:00Z', '5 крилатих «Онікс» з берегового ракетного комплексу «Бастіон» [Крим];',
     [('launched', 'cruise_missile', 5, None, False, '2023-07-23', 'event', None, None)]),
    ('ru_mod', '2026-03-02T20:59:00Z', 'По данным ведомства, больше всего беспилотных летательных аппаратов сбили над Черным морем и Краснодарским краем — по 67 и 66 соответственно.',
     [('intercepted', 'drone', 67, 'SEA-BLACK', False, '2026-03-02', 'event', None, None), ('intercepted', 'drone', 66, 'RU-KDA', False, '2026-03-02', 'event', None, None)]),
    ('ru_mod', '2023-03-27T05:18:00Z', 'Минобороны РФ утверждает, что боевой дрон Ту-141 был успешно деозирентирован и сбит с курса.',
     [('suppressed', 'jet_drone', 1, None, False, '2023-03-27', 'event', None, None)]),
    ('ru_mod', '2025-03-13T20:59:00Z', 'Со вчерашнего вечера до 7:40 сегодняшнего дня над Россией сбили 77 украинских беспилотников.',
     [('intercepted', 'drone', 77, None, False, '2025-03-13', 'night', None, '2025-03-13T04:40:00Z')]),
    ('ru_mod', '2026-02-27T20:59:00Z', 'По данным Минобороны, накануне до 23:00 силы ПВО перехватили 24 дрона, направлявшихся на Москву.',
     [('intercepted', 'drone', 24, 'RU-MOW', False, '2026-02-26', 'day', None, '2026-02-26T20:00:00Z')]),
    ('ua_air_force', '2024-11-26T21:59:00Z', 'Dozens more were said to have been stopped in their tracks using electronic countermeasures.',
     [('suppressed', 'drone', 24, None, False, '2024-11-26', 'event', None, None)]),
    ('ua_air_force', '2024-12-03T21:59:00Z', "The air force reported, through the Telegram messaging app, that two drones journeyed beyond Ukraine-controlled airspace, and one drone was declared 'lost.'",
     [('returned', 'drone', 2, None, False, '2024-12-03', 'event', None, None), ('suppressed', 'drone', 1, None, False, '2024-12-03', 'event', None, None)]),
    ('ru_mod', '2025-04-25T20:59:00Z', 'Белгородская и Курская области отразили по четыре и два БПЛА соответственно, тогда как над Ивановской и Нижегородской областями ликвидировали три воздушные цели.',
     [('intercepted', 'drone', 4, 'RU-BEL', False, '2025-04-25', 'event', None, None), ('intercepted', 'drone', 2, 'RU-KRS', False, '2025-04-25', 'event', None, None), ('intercepted', 'air_weapon', 3, None, False, '2025-04-25', 'event', None, None)]),
    ('ru_mod', '2023-05-16T20:59:00Z', 'Seven Storm Shadow long-range cruise missiles, three HARM anti-radar missiles and seven HIMARS multiple rocket launcher shells were intercepted,',
     [('intercepted', 'cruise_missile', 7, None, False, '2023-05-16', 'event', None, None), ('intercepted', 'missile', 3, None, False, '2023-05-16', 'event', None, None), ('intercepted', 'rocket', 7, None, False, '2023-05-16', 'event', None, None)]),
    ('ua_air_force', '2026-01-01T21:59:00Z', 'Около 130 выпущенных БпЛА — это «Шахеды».',
     [('launched', 'attack_drone', 130, None, True, '2026-01-01', 'event', None, None)]),
    ('ua_air_force', '2024-02-08T05:19:00Z', 'On 7-8 February at night, the Russians launched an attack with 17 combat UAVs of the Shahed-136/131 type from the Chauda cape in Crimea.',
     [('launched', 'attack_drone', 17, None, False, '2024-02-08', 'night', None, None)]),
]


# Parsers 1.29.0, after the rest of the forty-fourth set (the Ministry's Russian of 2024 to 2026 and its English of 2023
# and 2026): a clock time on a weekday, the evening of the day before, missiles not intercepted, "Moscow" in an English
# list of regions, weapons "recorded", a count "of the weapons".
PAGES_1_29 = [
    ('ua_air_force', '2023-05-06T20:59:00Z', 'the missile was shot down with a Patriot air-defense system in skies over Kyiv at around 2:30 am on Thursday (2330 GMT Wednesday).',
     [('intercepted', 'missile', 1, 'UA-30', False, '2023-05-04', 'night', '2023-05-03T23:30:00Z', '2023-05-03T23:30:00Z')]),
    ('ru_mod', '2026-01-02T20:59:00Z', 'Днем ранее в течение вечера подразделения ПВО сбили 201 беспилотник, больше всего над Белгородской областью — 51.',
     [('intercepted', 'drone', 201, None, False, '2026-01-02', 'night', None, None), ('intercepted', 'drone', 51, 'RU-BEL', True, '2026-01-02', 'night', None, None)]),
    ('ua_air_force', '2025-08-29T20:59:00Z', 'Около 30 дронов не было сбито, есть прямые попадания пяти ракет, можно сказать…',
     [('hit', 'drone', 30, None, False, '2025-08-29', 'event', None, None), ('hit', 'missile', 5, None, False, '2025-08-29', 'event', None, None)]),
    ('ua_air_force', '2026-02-17T21:59:00Z', 'У той же час, зазначив Ігнат, чотири балістичні ракети, випущені по східних регіонах, перехопити не вдалося.',
     [('hit', 'ballistic_missile', 4, None, False, '2026-02-17', 'event', None, None)]),
    ('ru_mod', '2025-12-23T20:59:00Z', '10 drones were shot down over the Bryansk region, four over Kursk, and one each over Belgorod, Moscow, and Tula',
     [('intercepted', 'drone', 10, 'RU-BRY', False, '2025-12-23', 'event', None, None), ('intercepted', 'drone', 4, 'RU-KRS', False, '2025-12-23', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', False, '2025-12-23', 'event', None, None), ('intercepted', 'drone', 1, 'RU-MOS', False, '2025-12-23', 'event', None, None), ('intercepted', 'drone', 1, 'RU-TUL', False, '2025-12-23', 'event', None, None)]),
    ('ru_mod', '2024-09-10T20:59:00Z', 'Russian air defenses intercepted 72 drones over the Bryansk region, 20 over Moscow, 14 over Kursk, 13 over Tula',
     [('intercepted', 'drone', 72, 'RU-BRY', False, '2024-09-10', 'event', None, None), ('intercepted', 'drone', 20, 'RU-MOS', False, '2024-09-10', 'event', None, None), ('intercepted', 'drone', 14, 'RU-KRS', False, '2024-09-10', 'event', None, None), ('intercepted', 'drone', 13, 'RU-TUL', False, '2024-09-10', 'event', None, None)]),
    ('ua_air_force', '2024-01-13T21:59:00Z', '"A total of 40 means of enemy air attack were recorded," the Air Force said, adding it destroyed eight missiles.',
     [('launched', 'air_weapon', 40, None, False, '2024-01-13', 'event', None, None), ('intercepted', 'missile', 8, None, False, '2024-01-13', 'event', None, None)]),
    ('ua_air_force', '2024-06-23T20:59:00Z', 'Russia launched three missiles overnight on Ukraine, with air defence systems destroying two of the weapons over the Kyiv region',
     [('launched', 'missile', 3, None, False, '2024-06-23', 'night', None, None), ('intercepted', 'missile', 2, 'UA-32', False, '2024-06-23', 'night', None, None)]),
]


# Parsers 1.30.0: the noun "направлений" is no verb, an abbreviation after a plural verb counts no single drone, "зафіксовано
# атаку 48" counts those launched.
PAGES_1_30 = [
    ('ua_air_force', '2025-09-23T20:59:00Z', 'Россияне запускали БПЛА с разных направлений: Курск, Орел, Миллерово, Шаталово, Приморско-Ахтарск – РФ., Гвардейское – ВОТ Крыма, около 60 из них – шахеды.',
     [('launched', 'attack_drone', 60, None, True, '2025-09-23', 'event', None, None)]),
    ('ru_mod', '2025-03-01T20:59:00Z', 'У ніч на суботу в регіонах Росії та тимчасово окупованому Криму було зафіксовано атаку 48 невідомих безпілотників.',
     [('launched', 'drone', 48, None, False, '2025-03-01', 'night', None, None)]),
]

# Parsers 1.31.0: weapons named in the plural in a text with no number are a figure with no number; "1 тыс. 218";
# totals "during the operation", "since Sept. 13" and "over the past 48 hours"; a fighter in the instrumental is who shot
# it down; two airframe types of one count; a morning named before "reported"; "потеряли"; "finished off"; the places
# "Херсоном", "Донецку", "ЗАЭС", "Вінничині", "Кропивницкого"; «Химарс»; a militia named for its republic.
PAGES_1_31 = [
    ('ru_mod', '2023-09-21T20:59:00Z', 'Moscow said Thursday it had downed multiple Ukrainian drones overnight in annexed Crimea and the Black Sea, as well as in parts of western Russia.',
     [('intercepted', 'drone', None, None, False, '2023-09-21', 'night', None, None)]),
    ('ua_air_force', '2023-11-25T21:59:00Z', 'On the night of November 25, the enemy launched a record number of Shahed-131/136-type strike UAVs in Ukraine',
     [('launched', 'attack_drone', None, None, False, '2023-11-25', 'night', None, None)]),
    ('ua_air_force', '2023-10-23T06:38:00Z', 'Дев’ять БпЛА було збито на Одещині, ще один- на Вінничині.',
     [('intercepted', 'drone', 9, 'UA-51', False, '2023-10-23', 'event', None, None), ('intercepted', 'drone', 1, 'UA-05', False, '2023-10-23', 'event', None, None)]),
    ('ua_air_force', '2023-06-04T07:41:00Z', 'Спикер Воздушных сил Юрий Игнат заявил, что две российские крылатые ракеты, которые не удалось перехватить ночью 4 июня, попали в оперативный аэродром вблизи Кропивницкого',
     [('hit', 'cruise_missile', 2, 'UA-35', False, '2023-06-04', 'night', None, None)]),
    ('ru_mod', '2023-08-30T20:59:00Z', 'Так, беспилотники были перехвачены дежурными средствами ПВО в Московской, Рязанской, Калужской, Брянской и Орловской областях.',
     [('intercepted', 'drone', None, None, False, '2023-08-30', 'event', None, None)]),
    ('ua_air_force', '2024-08-01T07:32:58Z', 'On the night of August 1, Russia attacked with Iskander-M ballistic missiles from the Voronezh region and Crimea',
     [('launched', 'ballistic_missile', None, None, False, '2024-08-01', 'night', None, None)]),
    ('ru_mod', '2023-12-22T20:59:00Z', 'В Минобороны РФ уточнили, что силы ПВО сбили украинские дроны в Калужской области около 13:50.',
     [('intercepted', 'drone', None, 'RU-KLU', False, '2023-12-22', 'day', '2023-12-22T10:50:00Z', '2023-12-22T10:50:00Z')]),
    ('ua_air_force', '2022-08-02T20:59:00Z', 'Шість ракет ліквідували зенітні ракетні війська і одну збито винищувачем авіації Повітряних сил.',
     [('intercepted', 'missile', 6, None, False, '2022-08-02', 'event', None, None), ('intercepted', 'missile', 1, None, False, '2022-08-02', 'event', None, None)]),
    ('ua_air_force', '2022-10-23T20:59:00Z', 'Anti-aircraft gunners of the air East and Center commands finished off two more loitering munitions',
     [('intercepted', 'drone', 2, None, False, '2022-10-23', 'event', None, None)]),
    ('ua_air_force', '2022-10-22T08:31:00Z', 'Eighteen Russian cruise missiles were taken down by air defense systems in Ukraine in the morning of Oct. 22, reported the Air Force of Ukraine.',
     [('intercepted', 'cruise_missile', 18, None, False, '2022-10-22', 'night', None, None)]),
    ('ua_air_force', '2022-10-19T09:35:00Z', "Ukraine's Air Force reported on Oct. 19 that Ukraine had downed a total of 223 Iranian-made Shahed-136 drones since Sept. 13",
     [('intercepted', 'attack_drone', 223, None, False, '2022-10-19', 'period_total', None, None)]),
    ('ua_air_force', '2022-12-20T21:59:00Z', 'After a long pause… since December 7, we have 67 downed UAVs of this type. These are only those downed,” Ihnat added.',
     [('intercepted', 'drone', 67, None, False, '2022-12-20', 'period_total', None, None)]),
    ('ru_mod', '2022-12-05T20:59:00Z', 'МО заявило о перехвате ПВО беспилотников ВСУ под Рязанью и Саратовом',
     [('intercepted', 'drone', None, None, False, '2022-12-05', 'event', None, None)]),
    ('ru_mod', '2022-06-16T06:40:00Z', 'В целом, уточнил Конашенков, с начала проведения специальной военной операции уничтожены 204 украинских самолета, 131 вертолет, 1 тыс. 218 беспилотных летательных аппаратов',
     [('destroyed', 'aircraft', 204, None, False, '2022-06-16', 'cumulative', None, None), ('destroyed', 'helicopter', 131, None, False, '2022-06-16', 'cumulative', None, None), ('intercepted', 'drone', 1218, None, False, '2022-06-16', 'cumulative', None, None)]),
    ('ru_mod', '2022-09-25T10:59:00Z', 'В Минобороны РФ сообщили о перехвате восьми украинских дронов-камикадзе над ЗАЭС',
     [('intercepted', 'drone', 8, 'UA-23', False, '2022-09-25', 'event', None, None)]),
    ('ru_mod', '2022-03-14T11:04:00Z', 'В Минобороны РФ заявили о нанесении удара по Донецку ракетой «Точка-У» с кассетным боеприпасом',
     [('launched', 'ballistic_missile', 1, 'UA-14', False, '2022-03-14', 'event', None, None)]),
    ('ru_mod', '2022-08-25T20:59:00Z', 'Кроме того, перехвачены девятнадцать снарядов реактивной системы залпового огня «Химарс» в районах Каховской ГЭС, городов Херсон и Донецк», — сказано в сводке министерства.',
     [('intercepted', 'rocket', 19, None, False, '2022-08-25', 'event', None, None)]),
    ('ru_mod', '2022-03-31T19:52:00Z', 'Два украинских вертолета Ми-8 сбили бойцы Народной милиции Донецкой Народной Республики, сообщил на брифинге официальный представитель Минобороны России генерал-майор Игорь Конашенков.',
     [('destroyed', 'helicopter', 2, None, False, '2022-03-31', 'event', None, None)]),
    ('ru_mod', '2022-07-13T10:44:00Z', 'Три самолета Су-25 и Су-24 были сбиты российской армией в воздухе в ДНР, заявил официальный представитель Минобороны РФ генерал-лейтенант Игорь Конашенков.',
     [('destroyed', 'aircraft', 3, 'UA-14', False, '2022-07-13', 'event', None, None)]),
    ('ru_mod', '2022-03-02T07:31:00Z', 'Russian forces have destroyed 58 planes, 46 drones, and 38 air defense systems during the operation in Ukraine, Russian Defense Ministry spokesman Igor Konashenkov said.',
     [('destroyed', 'aircraft', 58, None, False, '2022-03-02', 'cumulative', None, None), ('intercepted', 'drone', 46, None, False, '2022-03-02', 'cumulative', None, None), ('destroyed', 'air_defence_system', 38, None, False, '2022-03-02', 'cumulative', None, None)]),
    ('ru_mod', '2022-05-09T20:59:00Z', 'Theatrewide, Konashenkov reported that some 29 Ukrainian-operated unmanned aerial vehicles, including eight Turkish-made Bayraktar TB-2 attack drones, were shot down over the past 48 hours.',
     [('intercepted', 'drone', 29, None, False, '2022-05-09', 'period_total', None, None), ('intercepted', 'tactical_drone', 8, None, True, '2022-05-09', 'period_total', None, None)]),
    ('ru_mod', '2022-12-05T20:59:00Z', 'Russian air defence forces intercepted the Ukrainian UAVs as they were flying at a low altitude, MoD claims.',
     [('intercepted', 'drone', None, None, False, '2022-12-05', 'event', None, None)]),
]

# Parsers 1.32.0: an evening at which the Ministry spoke ("On Thursday evening, the Defense Ministry already reported",
# "announced in the evening"); a sentence that opens with a singular noun phrase and "was"; "launched S-200 missile";
# singular nouns in the instrumental ("морским дроном"); a place that only measures a distance or borders another;
# "several hours later"; "06:00 години 16 вересня"; "marine drones"; "attempted to target"; the Ramensky district.
PAGES_1_32 = [
    ('ru_mod', '2023-08-04T04:18:00Z', 'Ранее киевский режим также осуществил безуспешную попытку атаковать тремя безэкипажными катерами корабли Черноморского флота в 340 километрах от Севастополя.',
     [('launched', 'vessel', 3, None, False, '2023-08-04', 'event', None, None)]),
    ('ru_mod', '2023-09-01T21:47:00Z', '1 сентября около 23:15 мск киевским режимом была предпринята попытка нанесения террористического удара по Крымскому мосту полупогружным безэкипажным катером.',
     [('launched', 'vessel', 1, None, False, '2023-09-02', 'night', '2023-09-01T20:15:00Z', '2023-09-01T20:15:00Z')]),
    ('ru_mod', '2023-08-18T20:59:00Z', 'Минобороны РФ: ВСУ пытались атаковать морским дроном корабли ЧФ России',
     [('launched', 'vessel', 1, None, False, '2023-08-18', 'event', None, None)]),
    ('ua_air_force', '2024-09-16T06:47:00Z', 'Нагадаємо, з 20:00 години 15 вересня до 06:00 години 16 вересня радіотехнічні війська Повітряних Сил супроводжували на території України 56 ударних БплА росії.',
     [('launched', 'drone', 56, None, False, '2024-09-16', 'night', '2024-09-15T17:00:00Z', '2024-09-16T03:00:00Z')]),
    ('ru_mod', '2023-10-06T20:59:00Z', 'On Thursday evening, the Defense Ministry already reported two downed Ukrainian drones.',
     [('intercepted', 'drone', 2, None, False, '2023-10-05', 'event', None, None)]),
    ('ru_mod', '2023-08-01T20:59:00Z', 'Russian Ministry of Defense claimed that its ships destroyed three Ukrainian marine drones by fire from guns.',
     [('destroyed', 'vessel', 3, None, False, '2023-08-01', 'event', None, None)]),
    ('ru_mod', '2023-10-09T20:59:00Z', '“Ukrainian unmanned aerial vehicle was destroyed by air defense systems on duty over the Belgorod region,” the department said.',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2023-10-09', 'event', None, None)]),
    ('ru_mod', '2023-12-15T20:59:00Z', 'The Ministry announced in the evening, via the Telegram application, that it had neutralized two drones and then four drones using its air defenses.',
     [('intercepted', 'drone', 2, None, False, '2023-12-15', 'event', None, None), ('intercepted', 'drone', 4, None, False, '2023-12-15', 'event', None, None)]),
    ('ru_mod', '2023-09-07T20:59:00Z', 'the Russian defense ministry said one drone was downed in Ramensky district, 60 kilometers southeast of Moscow, at around 3:00 a.m. local time (2400 GMT),',
     [('intercepted', 'drone', 1, 'RU-MOS', False, '2023-09-07', 'night', '2023-09-07T00:00:00Z', '2023-09-07T00:00:00Z')]),
    ('ru_mod', '2023-09-07T20:59:00Z', 'According to the defense ministry, two other Ukrainian drones were shot down several hours later in the Bryansk region, bordering Ukraine, without causing any casualties.',
     [('intercepted', 'drone', 2, 'RU-BRY', False, '2023-09-07', 'event', None, None)]),
    ('ru_mod', '2023-07-04T20:59:00Z', 'Defense Ministry claims 5 Ukrainian drones attempted to target airport, other facilities.',
     [('launched', 'drone', 5, None, False, '2023-07-04', 'event', None, None)]),
]

# Parsers 1.33.0: parts out of wholes in a list ("six out of eight drones and two missiles out of three Kh-59 were shot
# down"); "all" over a list; a whole of one model named after a generic part; "Moscow time" and a clock's zone in
# brackets; a place a list shares; a country launched from; "without reaching their targets", "in the area";
# "penetrating air defences"; a second reported clause ("and that …"); a month with its year; a part before "всего";
# "атакующих столицу"; "з них" of the sentence before; "из них —" after a place; evening hours; a count bound for Moscow
# with a verb of its own; "in the air" after a verb of shooting down; a place attacked; "Среди … N дронов"; a count before
# its verb; "Late Monday Moscow's defence ministry said"; initials ("им. Б.Е. Бутомы"); "but others hit"; the instrument
# that shot down; "перехват дежурными средствами ПВО"; "попытке … совершить теракт".
PAGES_1_33 = [
    ('ru_mod', '2026-02-15T20:59:00Z', 'Air defense crews and mobile fire groups shot down 41 fixed-wing UAVs and 70 heavy combat quadcopters of the enemy in the air',
     [('intercepted', 'drone', 41, None, False, '2026-02-15', 'event', None, None), ('intercepted', 'tactical_drone', 70, None, False, '2026-02-15', 'event', None, None)]),
    ('ua_air_force', '2023-10-23T20:59:00Z', 'Ukrainian air defenses successfully intercepted and destroyed all 14 Russian attack drones and one Kh-59 cruise missile launched by Russia at Ukraine overnight',
     [('intercepted', 'drone', 14, None, False, '2023-10-23', 'night', None, None), ('launched', 'drone', 14, None, False, '2023-10-23', 'night', None, None), ('intercepted', 'cruise_missile', 1, None, False, '2023-10-23', 'night', None, None), ('launched', 'cruise_missile', 1, None, False, '2023-10-23', 'night', None, None)]),
    ('ru_mod', '2023-08-23T20:59:00Z', 'Два из атакующих столицу БПЛА уничтожены средствами ПВО в воздухе над территорией Можайского и Химкинского районов Московской области.',
     [('intercepted', 'drone', 2, 'RU-MOS', False, '2023-08-23', 'event', None, None)]),
    ('ua_air_force', '2025-09-08T06:35:41Z', 'Среди почти полторы сотни беспилотников, которые атаковали Украину, 100 дронов - именно типа Shahed.',
     [('launched', 'drone', 150, None, False, '2025-09-08', 'event', None, None), ('launched', 'attack_drone', 100, None, True, '2025-09-08', 'event', None, None)]),
    ('ru_mod', '2024-10-06T20:59:00Z', 'The ministry later added that another drone was downed on Sunday at 6:35 a.m. Moscow time (3:35 a.m. GMT) over the Bryansk Region.',
     [('intercepted', 'drone', 1, 'RU-BRY', False, '2024-10-06', 'night', '2024-10-06T03:35:00Z', '2024-10-06T03:35:00Z')]),
    ('ua_air_force', '2024-08-23T20:59:00Z', 'Two more were lost in the area, there was no information on damage',
     [('suppressed', 'drone', 2, None, False, '2024-08-23', 'event', None, None)]),
    ('ua_air_force', '2025-09-08T06:47:00Z', 'Серед майже півтори сотні безпілотників, які атакували Україну, 100 дронів - саме типу Shahed.',
     [('launched', 'drone', 150, None, False, '2025-09-08', 'event', None, None), ('launched', 'attack_drone', 100, None, True, '2025-09-08', 'event', None, None)]),
    ('ru_mod', '2023-09-13T20:59:00Z', 'Сегодня ночью ВСУ нанесли удар десятью крылатыми ракетами по судоремонтному заводу им. С. Орджоникидзе в городе Севастополе и тремя безэкипажными катерами',
     [('launched', 'cruise_missile', 10, 'UA-40', False, '2023-09-13', 'night', None, None), ('launched', 'vessel', 3, None, False, '2023-09-13', 'night', None, None)]),
    ('ua_air_force', '2024-10-08T06:36:00Z', '18 сбиты авиацией, зенитными ракетными подразделениями, мобильными огневыми группами и РЕБ Сил обороны Украины, еще один ударный БпЛА вернулся в россию.',
     [('intercepted', 'drone', 18, None, False, '2024-10-08', 'event', None, None), ('returned', 'drone', 1, None, False, '2024-10-08', 'event', None, None)]),
    ('ru_mod', '2024-05-16T20:59:00Z', 'It said air defense systems on duty destroyed two Vilkha MLRS rockets, one Tochka-U tactical missile and one drone over the Belgorod Region.',
     [('intercepted', 'rocket', 2, 'RU-BEL', False, '2024-05-16', 'event', None, None), ('intercepted', 'ballistic_missile', 1, 'RU-BEL', False, '2024-05-16', 'event', None, None), ('intercepted', 'drone', 1, 'RU-BEL', False, '2024-05-16', 'event', None, None)]),
    ('ru_mod', '2023-09-30T20:59:00Z', 'The Russian defense ministry said on Saturday that its air defense had downed all nine missiles launched from Ukraine over its western Belgorod region.',
     [('intercepted', 'missile', 9, 'RU-BEL', False, '2023-09-30', 'event', None, None), ('launched', 'missile', 9, 'RU-BEL', False, '2023-09-30', 'event', None, None)]),
    ('ua_air_force', '2023-08-14T20:59:00Z', 'Ukrainian air defense shot down all eight Kalibr missiles and 15 Shahed drones with which the Russian army attacked Ukraine overnight.',
     [('intercepted', 'cruise_missile', 8, None, False, '2023-08-14', 'night', None, None), ('launched', 'cruise_missile', 8, None, False, '2023-08-14', 'night', None, None), ('intercepted', 'attack_drone', 15, None, False, '2023-08-14', 'night', None, None), ('launched', 'attack_drone', 15, None, False, '2023-08-14', 'night', None, None)]),
    ('ua_air_force', '2024-09-09T20:59:00Z', 'According to the Ukrainian Air Force, six out of eight drones and two missiles out of three Kh-59 were shot down.',
     [('intercepted', 'drone', 6, None, False, '2024-09-09', 'event', None, None), ('launched', 'drone', 8, None, False, '2024-09-09', 'event', None, None), ('intercepted', 'cruise_missile', 2, None, False, '2024-09-09', 'event', None, None), ('launched', 'cruise_missile', 3, None, False, '2024-09-09', 'event', None, None)]),
    ('ru_mod', '2023-11-04T21:43:00Z', '4 ноября ВСУ нанесли удар 15 крылатыми ракетами по судостроительному заводу им. Б.Е. Бутомы в городе Керчи.',
     [('launched', 'cruise_missile', 15, 'UA-43', False, '2023-11-04', 'event', None, None)]),
    ('ru_mod', '2023-08-25T20:59:00Z', 'Thirty-three others "were suppressed by electronic warfare and crashed without reaching their targets," it added',
     [('suppressed', 'drone', 33, None, False, '2023-08-25', 'event', None, None)]),
    ('ua_air_force', '2025-07-04T20:59:00Z', 'Russia’s overnight air strikes broke another record, Ukraine’s air force said, with 72 of the 550 drones penetrating air defences',
     [('hit', 'drone', 72, None, False, '2025-07-04', 'night', None, None), ('launched', 'drone', 550, None, False, '2025-07-04', 'night', None, None)]),
    ('ua_air_force', '2023-06-02T06:45:00Z', 'Ukrainian defenders destroyed all 15 cruise missiles and 21 attack drones used by the Russians to attack Kyiv Oblast on the night of 2 June.',
     [('intercepted', 'cruise_missile', 15, 'UA-32', False, '2023-06-02', 'night', None, None), ('launched', 'cruise_missile', 15, 'UA-32', False, '2023-06-02', 'night', None, None), ('intercepted', 'drone', 21, 'UA-32', False, '2023-06-02', 'night', None, None), ('launched', 'drone', 21, 'UA-32', False, '2023-06-02', 'night', None, None)]),
    ('ua_air_force', '2023-12-29T21:59:00Z', 'According to the Ukrainian air force, the previous biggest assault was in November 2022 when Russia launched 96 missiles against Ukraine.',
     [('launched', 'missile', 96, None, False, '2022-11-30', 'period_total', None, None)]),
    ('ua_air_force', '2024-07-25T20:59:00Z', 'The Ukrainian Air Force said Russia had launched 38 Iranian-designed attack drones and that air defence systems had downed 25.',
     [('launched', 'drone', 38, None, False, '2024-07-25', 'event', None, None), ('intercepted', 'drone', 25, None, False, '2024-07-25', 'event', None, None)]),
    ('ru_mod', '2025-10-19T20:59:00Z', 'Ранее Минобороны сообщало, что над регионом в ночь на 19 октября перехватили один беспилотник самолетного типа, всего в России сбили 45 БПЛА.',
     [('intercepted', 'drone', 1, None, True, '2025-10-19', 'night', None, None), ('intercepted', 'drone', 45, None, False, '2025-10-19', 'night', None, None)]),
    ('ua_air_force', '2025-02-28T21:59:00Z', 'According to Ukraine’s Air Force, Ukrainian air defense forces shot down 107 Russian drones of the 208 Shahed-type one-way attack drones and decoy UAVs.',
     [('intercepted', 'drone', 107, None, False, '2025-02-28', 'event', None, None), ('launched', 'drone', 208, None, False, '2025-02-28', 'event', None, None)]),
    ('ua_air_force', '2025-04-27T07:09:00Z', 'Ukrainian forces downed 57 out of 149 Shahed-type drones and other drones, launched by Russia overnight, the Air Force reported.',
     [('intercepted', 'drone', 57, None, False, '2025-04-27', 'night', None, None), ('launched', 'drone', 149, None, False, '2025-04-27', 'night', None, None)]),
    ('ua_air_force', '2025-09-05T20:59:00Z', 'Вночі ворог масовано атакував область безпілотниками. Оборонці неба ліквідували 15 з них, повідомили в ПвК.',
     [('intercepted', 'drone', 15, None, False, '2025-09-05', 'night', None, None)]),
    ('ru_mod', '2025-08-27T20:59:00Z', 'По данным Минобороны, в целом за ночь российские ПВО сбили 26 БПЛА, над Ростовской областью из них — 15.',
     [('intercepted', 'drone', 26, None, False, '2025-08-27', 'night', None, None), ('intercepted', 'drone', 15, 'RU-ROS', True, '2025-08-27', 'night', None, None)]),
    ('ru_mod', '2026-02-01T21:04:00Z', 'Как утверждают в пресс-службе Минобороны РФ, за пять вечерних часов над российскими регионами сбили 23 украинских беспилотника.',
     [('intercepted', 'drone', 23, None, False, '2026-02-02', 'night', None, None)]),
    ('ru_mod', '2026-02-27T20:59:00Z', 'Пять дронов уничтожены на подлете к Москве, сообщили в Минобороны РФ.',
     [('intercepted', 'drone', 5, 'RU-MOW', False, '2026-02-27', 'event', None, None)]),
    ('ru_mod', '2023-08-22T20:59:00Z', 'Late Monday Moscow’s defence ministry said its forces downed two Ukrainian drones over the Black Sea 40 kilometres northwest of the Crimean peninsula.',
     [('intercepted', 'drone', 2, 'SEA-BLACK', False, '2023-08-21', 'event', None, None)]),
    ('ru_mod', '2023-11-06T20:59:00Z', '"On November 4, the Ukrainian army launched 15 cruise missiles at the B.E. Butoma (Zaliv) shipyard in the city of Kerch," Russia\'s defence ministry said',
     [('launched', 'cruise_missile', 15, 'UA-43', False, '2023-11-04', 'event', None, None)]),
    ('ru_mod', '2023-05-30T20:59:00Z', 'Five more unmanned aerial vehicles were shot down with a Pantsyr-S anti-aircraft missile and gun system in the Moscow Region," the Defense Ministry said.',
     [('intercepted', 'drone', 5, 'RU-MOS', False, '2023-05-30', 'event', None, None)]),
    ('ru_mod', '2024-03-06T20:59:00Z', 'В Минобороны России подтвердили перехват дежурными средствами ПВО украинского беспилотного летательного аппарата над территорией Воронежской области.',
     [('intercepted', 'drone', 1, 'RU-VOR', False, '2024-03-06', 'event', None, None)]),
    ('ru_mod', '2024-01-24T19:03:00Z', 'Как передавало ИА Регнум, 20 января в Министерстве обороны сообщили о попытке Киева совершить теракт на территории России с помощью беспилотного летательного аппарата самолётного типа.',
     [('launched', 'drone', 1, None, False, '2024-01-20', 'event', None, None)]),
]

# Parsers 1.34.0: "all but N of the M"; three counts "respectively"; "Russia's capital"; a part and its whole share the
# place of the attack; "превысило полторы сотни"; "the Black Sea peninsula"; "the capital region"; a day or morning at
# which the Ministry spoke; a Su-27 among drones; "12 other regions"; a count shot down of those launched; a headline's
# "Down"; "three that were heading towards Moscow"; "впервые с начала СВО"; an abbreviation in brackets before the verb;
# "suicide bombers"; "seaborne drones", "unmanned motorboats", "wiped out"; "early on November 1"; a week's total the
# Ministry gave the day before; "в течение дня".
PAGES_1_34 = [
    ('ua_air_force', '2024-06-05T05:52:27Z', 'Air defenses managed to intercept all but five of the 27 drones that were launched, citing the Commander of the Air Forces, Mykola Oleshchuk.',
     [('intercepted', 'drone', 22, None, False, '2024-06-05', 'event', None, None), ('launched', 'drone', 27, None, False, '2024-06-05', 'event', None, None)]),
    ('ru_mod', '2025-12-02T20:59:00Z', 'Krasnodar Krai saw the destruction of eight drones, while Crimea, Volgograd Oblast, and Chechnya accounted for six, five, and four respectively.',
     [('intercepted', 'drone', 8, 'RU-KDA', False, '2025-12-02', 'event', None, None), ('intercepted', 'drone', 6, 'UA-43', False, '2025-12-02', 'event', None, None), ('intercepted', 'drone', 5, 'RU-VGG', False, '2025-12-02', 'event', None, None), ('intercepted', 'drone', 4, 'RU-CE', False, '2025-12-02', 'event', None, None)]),
    ('ru_mod', '2026-02-22T20:59:00Z', "65 over the Bryansk Region, 26 over the Moscow Region, including 10 flying towards Russia's capital, 20 over the Belgorod Region",
     [('intercepted', 'drone', 65, 'RU-BRY', True, '2026-02-22', 'event', None, None), ('intercepted', 'drone', 26, 'RU-MOS', True, '2026-02-22', 'event', None, None), ('intercepted', 'drone', 10, 'RU-MOW', True, '2026-02-22', 'event', None, None), ('intercepted', 'drone', 20, 'RU-BEL', True, '2026-02-22', 'event', None, None)]),
    ('ua_air_force', '2024-10-08T20:59:00Z', "Ukraine's military reported on Tuesday that it intercepted 18 out of 19 drones and two Iskander-M ballistic missiles in a Russian overnight attack targeting Odesa.",
     [('intercepted', 'drone', 18, 'UA-51', False, '2024-10-08', 'night', None, None), ('launched', 'drone', 19, 'UA-51', False, '2024-10-08', 'night', None, None), ('intercepted', 'ballistic_missile', 2, 'UA-51', False, '2024-10-08', 'night', None, None)]),
    ('ru_mod', '2026-03-08T20:59:00Z', 'Общее число сбитых аппаратов превысило полторы сотни.',
     [('intercepted', 'drone', 151, None, False, '2026-03-08', 'event', None, None)]),
    ('ru_mod', '2024-05-15T10:22:00Z', "Russia's air defences have shot down 10 US-made ATACMS missiles over the annexed Black Sea peninsula of Crimea overnight",
     [('intercepted', 'ballistic_missile', 10, 'UA-43', False, '2024-05-15', 'night', None, None)]),
    ('ru_mod', '2023-07-04T20:59:00Z', 'At least five drones headed for Moscow were intercepted in the skies over the capital region this morning, Russia’s ministry of defence said',
     [('intercepted', 'drone', 5, 'RU-MOS', False, '2023-07-04', 'event', None, None)]),
    ('ru_mod', '2025-12-30T20:59:00Z', 'Днем Минобороны РФ сообщило, что над Россией за четыре часа были сбиты 22 украинских дрона.',
     [('intercepted', 'drone', 22, None, False, '2025-12-30', 'event', None, None)]),
    ('ru_mod', '2026-01-29T20:59:00Z', 'Днем 28 января пресс-служба Минобороны проинформировала, что силы ПВО за пять часов ликвидировали и перехватили 41 украинский беспилотник над регионами России.',
     [('intercepted', 'drone', 41, None, False, '2026-01-28', 'event', None, None)]),
    ('ru_mod', '2026-01-01T20:59:00Z', 'In addition to the drones, the ministry said one guided aerial bomb and a Ukrainian Su-27 aircraft were intercepted.',
     [('intercepted', 'guided_bomb', 1, None, False, '2026-01-01', 'event', None, None), ('destroyed', 'aircraft', 1, None, False, '2026-01-01', 'event', None, None)]),
    ('ua_air_force', '2025-01-21T21:59:00Z', 'The Air Force confirmed that 72 attack drones were intercepted across Poltava, Cherkasy, Kyiv, and 12 other regions.',
     [('intercepted', 'drone', 72, None, False, '2025-01-21', 'event', None, None)]),
    ('ua_air_force', '2025-04-14T20:59:00Z', 'The Ukrainian Air Force reported that Russian forces launched 62 Shahed-type drones overnight, with Ukrainian defenses shooting down 40.',
     [('launched', 'attack_drone', 62, None, False, '2025-04-14', 'night', None, None), ('intercepted', 'attack_drone', 40, None, False, '2025-04-14', 'night', None, None)]),
    ('ru_mod', '2024-02-14T20:59:00Z', 'the Russian Defence Ministry stated that six drones were allegedly downed over the Black Sea, two in Belgorod Oblast and one more in Voronezh Oblast.',
     [('intercepted', 'drone', 6, 'SEA-BLACK', False, '2024-02-14', 'event', None, None), ('intercepted', 'drone', 2, 'RU-BEL', False, '2024-02-14', 'event', None, None), ('intercepted', 'drone', 1, 'RU-VOR', False, '2024-02-14', 'event', None, None)]),
    ('ru_mod', '2023-08-17T20:59:00Z', 'Russian Air Defenses Down Ukrainian Strike Drone Over Belgorod Region - MoD',
     [('intercepted', 'drone', 1, 'RU-BEL', False, '2023-08-17', 'event', None, None)]),
    ('ru_mod', '2025-10-28T20:59:00Z', 'four over the Moscow Region — including three that were heading towards Moscow',
     [('intercepted', 'drone', 4, 'RU-MOS', True, '2025-10-28', 'event', None, None), ('intercepted', 'drone', 3, 'RU-MOW', True, '2025-10-28', 'event', None, None)]),
    ('ru_mod', '2023-05-07T12:53:00Z', 'On the morning of 7 May, Russia’s MoD claimed that a total of 10 UAVs were shot down over Crimea.',
     [('intercepted', 'drone', 10, 'UA-43', False, '2023-05-07', 'event', None, None)]),
    ('ru_mod', '2024-04-11T20:59:00Z', 'В ночь на четверг, 11 апреля, беспилотник Вооруженных сил Украины (ВСУ) впервые с начала СВО сбили в Мордовии. Об этом сообщило Минобороны России в Telegram-канале.',
     [('intercepted', 'drone', 1, 'RU-MO', False, '2024-04-11', 'night', None, None)]),
    ('ua_air_force', '2023-09-14T20:59:00Z', '"In total, launches of 22 suicide bombers were recorded in the direction of Mykolaiv, Zaporizhia, Dnipropetrovsk and Sumy regions," the AFU said.',
     [('launched', 'attack_drone', 22, None, False, '2023-09-14', 'event', None, None)]),
    ('ua_air_force', '2023-11-25T08:18:00Z', 'In total, about 75 suicide bombers were launched from two directions – Primorsko-Akhtarsk and the Kursk region – Russian Federation.',
     [('launched', 'attack_drone', 75, None, False, '2023-11-25', 'event', None, None)]),
    ('ru_mod', '2024-05-17T20:59:00Z', 'On May 16, Russian naval aircraft eliminated 15 Ukrainian seaborne drones heading to Crimea, the ministry said.',
     [('destroyed', 'vessel', 15, 'UA-43', False, '2024-05-16', 'event', None, None)]),
    ('ru_mod', '2024-06-08T20:59:00Z', 'Russian forces have wiped out two Ukrainian unmanned motorboats heading to Crimea, the Russian Defense Ministry said.',
     [('destroyed', 'vessel', 2, 'UA-43', False, '2024-06-08', 'event', None, None)]),
    ('ru_mod', '2024-11-01T20:59:00Z', 'Russia’s Defense Ministry said its defenses shot down 83 Ukrainian drones over six regions early on November 1.',
     [('intercepted', 'drone', 83, None, False, '2024-11-01', 'night', None, None)]),
    ('ru_mod', '2025-08-09T20:59:00Z', 'Накануне Минобороны РФ заявило, что системы ПВО за прошедшую неделю сбили 1508 украинских дронов.',
     [('intercepted', 'drone', 1508, None, False, '2025-08-08', 'period_total', None, None)]),
    ('ru_mod', '2026-01-17T20:59:00Z', 'Дежурные средства противовоздушной обороны в течение дня нейтрализовали более 70 украинских беспилотных летательных аппаратов самолетного типа над российскими регионами, сообщили в Минобороны России.',
     [('intercepted', 'drone', 71, None, False, '2026-01-17', 'day', None, None)]),
]

# Parsers 1.35.0: the places most struck, retold as where drones were sent ("Больше всего дронов было направлено в …");
# "…, all drones were shot down" after a count launched; "fixed-wing" with its noun cut off; a city's own cases
# ("под Астраханью", "по Львову", "возле Москвы"); a model named alone before "10 із 22" and "менше -" before it; "ICBM";
# "left Ukrainian airspace"; "the last"; "two of its … Tsirkon"; the ATACMS of a count named before it; a window in
# Saratov or Yekaterinburg time; an evening of the figures after the evening the Ministry spoke; "над которой"; a
# launch area that ends at "targeting"; a place before a verb of attacking ("Одесу атакували"); "на жаль" between a count
# and its verb; a next clause's place after a comma.
PAGES_1_35 = [
    ('ru_mod', '2026-03-12T20:59:00Z', 'С 15:00 до 21:00 по саратовскому времени силы ПВО перехватили и ликвидировали 53 украинских беспилотника самолетного типа.',
     [('intercepted', 'drone', 53, None, False, '2026-03-12', 'day', '2026-03-12T11:00:00Z', '2026-03-12T17:00:00Z')]),
    ('ru_mod', '2025-09-01T20:59:00Z', 'Вечером 31 августа Минобороны сообщило, что силы ПВО за вечер 31 августа сбили 32 украинских беспилотных летательных аппарата над Крымом и Черным морем.',
     [('intercepted', 'drone', 32, None, False, '2025-09-01', 'night', None, None)]),
    ('ru_mod', '2026-02-24T20:59:00Z', 'From 7:00 a.m. to 9:00 a.m. Moscow time [03:00-05:00 GMT] on February 24, air defense alert systems destroyed and intercepted 18 Ukrainian fixed-wing unmanned aerial',
     [('intercepted', 'drone', 18, None, False, '2026-02-24', 'night', '2026-02-24T04:00:00Z', '2026-02-24T06:00:00Z')]),
    ('ru_mod', '2026-01-15T20:59:00Z', 'Сегодня, 15 января, в небе над Башкортостаном в период с 10:00 до 14:00 (екб) сбили три БПЛА.',
     [('intercepted', 'drone', 3, 'RU-BA', False, '2026-01-15', 'night', '2026-01-15T05:00:00Z', '2026-01-15T09:00:00Z')]),
    ('ru_mod', '2023-05-30T06:40:00Z', "Russia's Defence Ministry said that Ukraine targeted Moscow with eight drones on Tuesday, but that all the drones involved in the incident were downed.",
     [('launched', 'drone', 8, 'RU-MOW', False, '2023-05-30', 'event', None, None), ('intercepted', 'drone', 8, 'RU-MOW', False, '2023-05-30', 'event', None, None)]),
    ('ru_mod', '2025-09-27T20:59:00Z', 'Активнее всего ВСУ атаковали Ростовскую область, на которую пришлась почти половина дронов — 27.',
     [('intercepted', 'drone', 27, 'RU-ROS', False, '2025-09-27', 'event', None, None)]),
    ('ru_mod', '2023-07-04T05:54:00Z', 'Минобороны: возле Москвы сбиты пять украинских беспилотников',
     [('intercepted', 'drone', 5, 'RU-MOS', False, '2023-07-04', 'event', None, None)]),
    ('ru_mod', '2025-09-03T20:59:00Z', 'air defenses intercepted and destroyed 105 Ukrainian fixed-wing: 25 over the Rostov Region, 24 over the Bryansk Region, 20 over the Krasnodar Region',
     [('intercepted', 'drone', 105, None, False, '2025-09-03', 'event', None, None), ('intercepted', 'drone', 25, 'RU-ROS', True, '2025-09-03', 'event', None, None), ('intercepted', 'drone', 24, 'RU-BRY', True, '2025-09-03', 'event', None, None), ('intercepted', 'drone', 20, 'RU-KDA', True, '2025-09-03', 'event', None, None)]),
    ('ru_mod', '2025-11-01T20:59:00Z', 'Помимо Московского региона, где сбили 11 дронов, и Калужской области, над которой перехватили 1 беспилотник',
     [('intercepted', 'drone', 11, 'RU-MOS', False, '2025-11-01', 'event', None, None), ('intercepted', 'drone', 1, 'RU-KLU', False, '2025-11-01', 'event', None, None)]),
    ('ru_mod', '2025-12-12T20:59:00Z', 'Атаку четырех летательных аппаратов отразили в столичном регионе, в Ярославской области ликвидировали восемь БПЛА.',
     [('intercepted', 'drone', 4, 'RU-MOS', False, '2025-12-12', 'event', None, None), ('intercepted', 'drone', 8, 'RU-YAR', False, '2025-12-12', 'event', None, None)]),
    ('ru_mod', '2026-03-05T20:59:00Z', 'Больше всего дронов было направлено в Саратовскую область - 33 аппарата.',
     [('intercepted', 'drone', 33, 'RU-SAR', False, '2026-03-05', 'event', None, None)]),
    ('ru_mod', '2023-05-30T06:33:00Z', 'Ukraine attacked the Russian capital with eight unmanned aerial vehicles early on Tuesday, all drones were shot down, the Russian Defense Ministry said.',
     [('launched', 'drone', 8, 'RU-MOW', False, '2023-05-30', 'night', None, None), ('intercepted', 'drone', 8, 'RU-MOW', False, '2023-05-30', 'night', None, None)]),
    ('ru_mod', '2026-03-08T20:59:00Z', 'Больше всего аппаратов уничтожили под Астраханью и в Крыму — там поразили по 20 беспилотников.',
     [('intercepted', 'drone', 20, 'RU-AST', False, '2026-03-08', 'event', None, None), ('intercepted', 'drone', 20, 'UA-43', False, '2026-03-08', 'event', None, None)]),
    ('ua_air_force', '2023-12-24T21:59:00Z', 'Кроме того, по данным пресс-центра ПС ВСУ, Одессу атаковали ракетой.',
     [('launched', 'missile', 1, 'UA-51', False, '2023-12-24', 'event', None, None)]),
    ('ua_air_force', '2026-01-09T08:15:19Z', 'Однак "Калібрів" вдалося збити менше - 10 із 22.',
     [('intercepted', 'cruise_missile', 10, None, False, '2026-01-09', 'event', None, None), ('launched', 'cruise_missile', 22, None, False, '2026-01-09', 'event', None, None)]),
    ('ua_air_force', '2023-06-04T08:20:39Z', 'З шести ракет чотири знищила ППО, а дві, на жаль, влучили на оперативний аеродром поблизу Кропивницького.',
     [('launched', 'missile', 6, None, False, '2023-06-04', 'event', None, None), ('intercepted', 'missile', 4, None, False, '2023-06-04', 'event', None, None), ('hit', 'missile', 2, 'UA-35', False, '2023-06-04', 'event', None, None)]),
    ('ua_air_force', '2026-01-09T21:59:00Z', 'У Повітряних силах повідомили, що Львів атакували ракетою середньої дальності, яка летіла з полігону «Капустин Яр» зі швидкістю 13 тис. км/год.',
     [('launched', 'missile', 1, 'UA-46', False, '2026-01-09', 'event', None, None)]),
    ('ua_air_force', '2026-02-02T21:59:00Z', 'Під час одного з останніх обстрілів столицю атакували одразу 12 ракет Х-22, кожна з яких оснащена бойовою частиною близько однієї тонни.',
     [('launched', 'cruise_missile', 12, 'UA-30', False, '2026-02-02', 'event', None, None)]),
    ('ua_air_force', '2024-09-07T20:59:00Z', 'Of the remaining few, six reportedly left Ukrainian-controlled airspace, heading towards Russia, Belarus, and temporarily occupied Luhansk.',
     [('returned', 'drone', 6, None, False, '2024-09-07', 'event', None, None)]),
    ('ua_air_force', '2026-01-24T21:59:00Z', 'Ukraine’s air force said Russia had unleashed 375 drones and 21 missiles, including two of its rarely deployed Tsirkon ballistic missiles,',
     [('launched', 'drone', 375, None, False, '2026-01-24', 'event', None, None), ('launched', 'missile', 21, None, False, '2026-01-24', 'event', None, None), ('launched', 'cruise_missile', 2, None, True, '2026-01-24', 'event', None, None)]),
    ('ua_air_force', '2023-05-08T20:59:00Z', 'Ukraine’s Air Force Command says Russian forces launched 35 Iranian-made Shahed-136/131 one-way attack drones from the Seshcha airfield in Russia’s Bryansk Oblast, targeting Kyiv Oblast.',
     [('launched', 'attack_drone', 35, 'UA-32', False, '2023-05-08', 'event', None, None)]),
    ('ua_air_force', '2024-11-21T13:31:00Z', "The ICBM was fired from Russia's southern Astrakhan region, the Air Force said on Telegram",
     [('launched', 'ballistic_missile', 1, None, False, '2024-11-21', 'event', None, None)]),
    ('ua_air_force', '2024-10-08T20:59:00Z', 'the air force shot down 18 drones, and the last returned to Russian territory.',
     [('intercepted', 'drone', 18, None, False, '2024-10-08', 'event', None, None), ('returned', 'drone', 1, None, False, '2024-10-08', 'event', None, None)]),
]

# Parsers 1.36.0: a district named by its town ("Starokostiantyniv district"); a strike "был нанесен по" after its count.
PAGES_1_36 = [
    ('ua_air_force', '2023-12-14T20:13:00Z', 'The Air Force said it shot down one Kinzhal missile over Kyiv region, while another two hit Starokostiantyniv district',
     [('intercepted', 'ballistic_missile', 1, 'UA-32', False, '2023-12-14', 'event', None, None), ('hit', 'ballistic_missile', 2, 'UA-68', False, '2023-12-14', 'event', None, None)]),
    ('ru_mod', '2024-11-26T20:59:00Z', '25 ноября еще один удар восемью оперативно-тактическими ракетами «ATACMS» был нанесен по аэродрому Курск-Восточный возле поселка Халино пригородного Курского района.',
     [('launched', 'ballistic_missile', 8, 'RU-KRS', False, '2024-11-25', 'event', None, None)]),
]

PAGES = (PAGES_1_7 + PAGES_1_8 + PAGES_1_9 + PAGES_1_10 + PAGES_1_11 + PAGES_1_12 + PAGES_1_13 + PAGES_1_14
         + PAGES_1_15 + PAGES_1_16 + PAGES_1_17 + PAGES_1_18 + PAGES_1_19 + PAGES_1_20
         + PAGES_1_21 + PAGES_1_22 + PAGES_1_23 + PAGES_1_24 + PAGES_1_25 + PAGES_1_26
         + PAGES_1_27 + PAGES_1_28 + PAGES_1_29 + PAGES_1_30 + PAGES_1_31 + PAGES_1_32 + PAGES_1_33 + PAGES_1_34
         + PAGES_1_35 + PAGES_1_36)


@pytest.mark.parametrize(("source", "published", "text", "expected"), PAGES, ids=[str(i) for i in range(len(PAGES))])
def test_the_wordings_of_parsers_1_7_to_1_36_on_real_pages(source, published, text, expected):
    keys = ("metric", "item", "count", "region", "is_breakdown", "date", "window_kind", "window_start", "window_end")
    assert figures(text, source, published, *keys) == expected


def test_those_pages_quotes_are_reports_of_the_tuning_set_only():
    def texts(name: str) -> set[str]:
        path = REPO / "src" / "strikeclaims" / "gold" / name / "reports.jsonl"
        return {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()}

    tuned, held_out = texts("real"), texts("real_heldout4") | texts("real_heldout14")
    for _source, _published, text, _expected in PAGES:
        assert text in tuned and not any(text in report or report in text for report in held_out), text
