"""Wordings of the sides' real bulletins, one rule at a time, in Russian, Ukrainian and English.

The texts are synthetic (written for the tests), in the wording the Defence Ministry's bulletins, the Air
Force's reports and news agencies use; the real texts are in the real-text gold sets (`strikeclaims/gold/`).
"""

from __future__ import annotations

import pytest

from strikeclaims import fields
from strikeclaims.parse import parse_text

RU_MORNING = "2025-06-20T04:30:00Z"  # 07:30 in Moscow
UA_MORNING = "2025-06-20T06:30:00Z"  # 09:30 in Kyiv


def claims(text: str, source: str = "ru_mod", published: str = RU_MORNING) -> list[dict]:
    got, rejected = parse_text(text, source, published, "r:1", "x:1")
    assert not rejected
    return got


def rows(got: list[dict], *keys: str) -> list[tuple]:
    return [tuple(c[k] for k in keys) for c in got]


# --- a count shared by several places: one row per place --------------------------------------------

def test_shared_count_on_a_bulletin_line_gives_one_breakdown_row_per_place():
    got = claims("В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 20 украинских "
                 "беспилотных летательных аппаратов самолетного типа:\n"
                 "▫️ 8 – над территорией Курской области,\n"
                 "▫️ по четыре – над территориями Брянской, Липецкой и Орловской областей.")
    assert rows(got, "count", "region", "is_breakdown") == [
        (20, None, False), (8, "RU-KRS", True), (4, "RU-BRY", True), (4, "RU-LIP", True), (4, "RU-ORL", True)]
    assert all(c["window_kind"] == "night" and c["metric"] == "intercepted" for c in got)
    assert got[-1]["region_text"] == "Орловской областей" and "по четыре" not in got[-1]["quote"][:3]


@pytest.mark.parametrize("text,source,expected", [
    ("Перехвачены и уничтожены 16 украинских БПЛА, из них по 8 БПЛА над территориями Белгородской и Курской "
     "областей.", "ru_mod", [(16, None, False), (8, "RU-BEL", True), (8, "RU-KRS", True)]),
    ("Минулої ночі збито 4 ударні БпЛА: по два – над Сумською та Полтавською областями.", "ua_air_force",
     [(4, None, False), (2, "UA-59", True), (2, "UA-53", True)]),
    ("Russian air defences destroyed 12 Ukrainian drones overnight: six over the Belgorod region and three each "
     "over the Kursk and Tula regions.", "ru_mod",
     [(12, None, False), (6, "RU-BEL", True), (3, "RU-KRS", True), (3, "RU-TUL", True)]),
    ("Drones were shot down over Voronezh (32), Saratov (19), and one each in Rostov and Tambov.", "ru_mod",
     [(32, "RU-VOR", False), (19, "RU-SAR", False), (1, "RU-ROS", False), (1, "RU-TAM", False)]),
])
def test_shared_counts_and_counts_in_brackets_in_three_languages(text, source, expected):
    assert rows(claims(text, source, UA_MORNING), "count", "region", "is_breakdown") == expected


# --- the items after a list are kept, each with its own place --------------------------------------

def test_trailing_items_after_a_list_keep_their_own_places():
    got = claims("Дежурными средствами ПВО уничтожены 10 украинских БПЛА: пять – над Белгородской областью, три – над "
                 "акваторией Черного моря и по одному – над территориями Курской области и Краснодарского края.")
    assert rows(got, "count", "region", "is_breakdown") == [
        (10, None, False), (5, "RU-BEL", True), (3, "SEA-BLACK", True), (1, "RU-KRS", True), (1, "RU-KDA", True)]


# --- a singular noun phrase without a number counts one --------------------------------------------

@pytest.mark.parametrize("text,source,expected", [
    ("В течение прошедшей ночи дежурными средствами ПВО уничтожен украинский беспилотный летательный аппарат над "
     "территорией Брянской области. Также украинский БпЛА уничтожен над акваторией Азовского моря.", "ru_mod",
     [("intercepted", "drone", 1, "RU-BRY"), ("intercepted", "drone", 1, "SEA-AZOV")]),
    ("Вночі над Сумщиною збито ворожий ударний безпілотник.", "ua_air_force",
     [("intercepted", "drone", 1, "UA-59")]),
    ("A Ukrainian drone was shot down over the Kursk region overnight, the ministry said.", "ru_mod",
     [("intercepted", "drone", 1, "RU-KRS")]),
    ("In general, Russia launched 162 drones and an X-47 M2 Kinzhal air-to-ground missile.", "ua_air_force",
     [("launched", "drone", 162, None), ("launched", "ballistic_missile", 1, None)]),
    ("Всього протягом ночі окупанти запустили по Україні 145 безпілотників та балістичну ракету «Іскандер-М».",
     "ua_air_force", [("launched", "drone", 145, None), ("launched", "ballistic_missile", 1, None)]),
])
def test_a_singular_noun_phrase_counts_one(text, source, expected):
    assert rows(claims(text, source, UA_MORNING), "metric", "item", "count", "region") == expected


def test_a_drone_attack_or_a_plural_is_not_a_count_of_one():
    assert claims("Над Сумщиною триває атака ворожих безпілотників.", "ua_air_force", UA_MORNING) == []
    assert claims("Russia said a drone attack on Kursk was repelled.", "ru_mod") == []


# --- number words in every case and gender; "dozens" ---------------------------------------------------

@pytest.mark.parametrize("text,source,count,qualifier", [
    ("Перехвачены и уничтожены двадцать три украинских беспилотных летательных аппарата.", "ru_mod", 23, "exact"),
    ("Противник атакував тридцятьма ударними БпЛА.", "ua_air_force", 30, "exact"),
    ("Знешкоджено до тридцяти ударних БпЛА.", "ua_air_force", 30, "at_most"),
    ("По одному беспилотнику сбито над Брянской областью.", "ru_mod", 1, "exact"),
    ("Противник атакував шістьма ракетами.", "ua_air_force", 6, "exact"),
    ("Сбиты шесть украинских БПЛА.", "ru_mod", 6, "exact"),
    ("Перехвачены сорок два беспилотника.", "ru_mod", 42, "exact"),
    ("Ворог атакував сорока ударними БпЛА.", "ua_air_force", 40, "exact"),
    ("Russia launched dozens of drones overnight.", "ua_air_force", 24, "at_least"),
    ("More than a dozen drones were shot down overnight.", "ua_air_force", 13, "at_least"),
    ("Противник випустив десятки крилатих ракет.", "ua_air_force", 20, "at_least"),
    ("Russia fired several missiles.", "ua_air_force", None, "unquantified"),
])
def test_number_words_in_cases_genders_and_plurals(text, source, count, qualifier):
    got = claims(text, source, UA_MORNING)
    assert rows(got, "count", "qualifier") == [(count, qualifier)]


def test_numbers_with_case_endings_are_counts_and_ordinals_are_not():
    got = claims("Станом на 08:00 підтверджено збиття 82-х ударних БпЛА; противник застосував 2-ма зенітними ракетами "
                 "С-300.", "ua_air_force", UA_MORNING)
    assert rows(got, "count", "item") == [(82, "drone"), (2, "sam_missile")]
    assert claims("Вітаємо 5-й полк зі святом.", "ua_air_force", UA_MORNING) == []


# --- list lines naming one target ------------------------------------------------------------------

def test_bullet_lines_naming_one_target_count_one_under_the_header_verb():
    got = claims("18.05.2023 (07.00)\nВ ніч на 18 травня противник атакував ударними БпЛА та ракетами.\nЗНИЩЕНО:\n"
                 "- 29 крилатих ракет Х-101/555;\n- штурмовик Су-25;\n- БПЛА «Орлан-10».", "ua_air_force",
                 "2023-05-18T06:00:00Z")
    assert rows(got, "metric", "item", "item_model", "count") == [
        ("intercepted", "cruise_missile", "kh-101", 29), ("destroyed", "aircraft", None, 1),
        ("intercepted", "tactical_drone", "orlan-10", 1)]
    assert {c["date"] for c in got} == {"2023-05-18"} and got[2]["quote"] == "БПЛА «Орлан-10"


# --- abbreviations ---------------------------------------------------------------------------------

def test_abbreviations_of_missiles_and_drones_and_this_year():
    got = claims("В ніч на 18 травня противник випустив 6 аеробал. ракет «Кинджал», 9 КР «Калібр», 3 КАР Х-59 та "
                 "1 баліст. ракету. Знищено 4 БпЛА ОТР. Всього з початку т.г. знищено 400 КР.", "ua_air_force",
                 "2023-05-18T06:00:00Z")
    assert rows(got, "metric", "item", "count", "window_kind") == [
        ("launched", "ballistic_missile", 6, "night"), ("launched", "cruise_missile", 9, "night"),
        ("launched", "cruise_missile", 3, "night"), ("launched", "ballistic_missile", 1, "night"),
        ("intercepted", "tactical_drone", 4, "night"), ("intercepted", "cruise_missile", 400, "period_total")]
    assert [c["item_model"] for c in got[:3]] == ["kinzhal", "kalibr", "kh-59"]


def test_the_abbreviation_kr_is_matched_only_in_capitals():
    assert claims("Противник обстріляв кр. 5 будинків.", "ua_air_force", UA_MORNING) == []


# --- dates stated in the text ----------------------------------------------------------------------

@pytest.mark.parametrize("text,source,published,expected", [
    # a date stamp fixes the date and the window's end
    ("18.05.2023 (07.00)\nЗНИЩЕНО:\n- 29 крилатих ракет.", "ua_air_force", "2023-05-18T06:00:00Z",
     ("night", "2023-05-18", None, "2023-05-18T04:00:00Z")),
    # a status time closes the window
    ("(станом на 07.00) знищено 20 ударних БпЛА.", "ua_air_force", "2023-05-18T06:00:00Z",
     ("night", "2023-05-18", None, "2023-05-18T04:00:00Z")),
    ("As of 09:00, 59 Shahed-type attack UAVs and other types of drones were confirmed shot down.", "ua_air_force",
     "2025-01-31T08:00:00Z", ("night", "2025-01-31", None, "2025-01-31T07:00:00Z")),
    # a stamped range gives the whole window
    ("17.05 (21.00) – 18.05 (05.30) противник атакував 30 ударними БпЛА.", "ua_air_force", "2023-05-18T06:00:00Z",
     ("night", "2023-05-18", "2023-05-17T18:00:00Z", "2023-05-18T02:30:00Z")),
    # dates on both ends of a range: the start is a date without a time
    ("с 6.05 до 7.00 мск 7.05 уничтожены 12 украинских БПЛА.", "ru_mod", "2024-05-07T05:00:00Z",
     ("night", "2024-05-07", None, "2024-05-07T04:00:00Z")),
    # a date before the window dates it ...
    ("3 ноября с 20:00 до 23:30 мск дежурными средствами ПВО перехвачено и уничтожено 26 украинских БПЛА.",
     "ru_mod", "2025-11-04T20:59:00Z", ("night", "2025-11-04", "2025-11-03T17:00:00Z", "2025-11-03T20:30:00Z")),
    ("On May 6, from 9:30 a.m. to 1:10 p.m. Moscow time, on-duty air defense forces destroyed 25 Ukrainian UAVs.",
     "ru_mod", "2025-05-06T20:59:00Z", ("day", "2025-05-06", "2025-05-06T06:30:00Z", "2025-05-06T10:10:00Z")),
    # ... and an evening window posted after midnight belongs to the night it began
    ("С 20.00 до 24.00 мск уничтожены 12 украинских БПЛА.", "ru_mod", "2025-01-04T21:30:00Z",
     ("night", "2025-01-05", "2025-01-04T17:00:00Z", "2025-01-04T21:00:00Z")),
    # named nights with a weekday, a range of days, an evening
    ("У ніч проти суботи, 6 грудня, російська армія запустила по Україні 51 ракету.", "ua_air_force",
     "2025-12-06T21:59:00Z", ("night", "2025-12-06", None, None)),
    ("Russia claims its air defences destroyed 110 Ukrainian drones overnight on 24-25 May.", "ru_mod",
     "2025-05-25T20:59:00Z", ("night", "2025-05-25", None, None)),
    ("In the early evening of June 27, Russian air defense systems destroyed 25 Ukrainian drones.", "ru_mod",
     "2025-06-28T08:00:00Z", ("night", "2025-06-28", None, None)),
    ("За ночь 5 августа ВС РФ перехватили и уничтожили 24 украинских беспилотника.", "ru_mod",
     "2025-08-06T08:00:00Z", ("night", "2025-08-05", None, None)),
])
def test_dates_and_windows_stated_in_the_text(text, source, published, expected):
    got = claims(text, source, published)
    assert got and {(c["window_kind"], c["date"], c["window_start"], c["window_end"]) for c in got} == {expected}


# --- summary blocks carry their own window ---------------------------------------------------------

def test_a_summary_block_has_its_own_window_and_lends_it_to_no_other_figure():
    got = claims("С 7.00 до 9.00 мск уничтожены 5 украинских БПЛА над Курской областью. Всего, начиная с 20.00 мск "
                 "28 апреля до 06.00 мск 29 апреля, уничтожены 100 украинских БПЛА.", published="2025-04-29T06:30:00Z")
    assert rows(got, "count", "window_kind", "date", "window_start", "window_end") == [
        (5, "night", "2025-04-29", "2025-04-29T04:00:00Z", "2025-04-29T06:00:00Z"),
        (100, "night", "2025-04-29", "2025-04-28T17:00:00Z", "2025-04-29T03:00:00Z")]


@pytest.mark.parametrize("text,source,published,expected", [
    ("С 20.00 до 23.00 мск 4 июля уничтожены 5 БПЛА. Всего за ночь сбито 94 беспилотника.", "ru_mod",
     "2025-07-05T04:30:00Z", [(5, "night", "2025-07-05", "2025-07-04T17:00:00Z"), (94, "night", "2025-07-05", None)]),
    ("В ніч на 10 червня знищено 20 ударних БпЛА. Загалом за добу 9.06 знищено 35 БпЛА.", "ua_air_force",
     "2023-06-10T06:00:00Z", [(20, "night", "2023-06-10", None), (35, "day_total", "2023-06-09", None)]),
    ("Overnight, 30 drones were shot down. In total, 120 drones were destroyed over the past day.", "ru_mod",
     "2025-07-05T04:30:00Z", [(30, "night", "2025-07-05", None), (120, "day_total", "2025-07-05", None)]),
])
def test_summary_blocks_in_three_languages(text, source, published, expected):
    assert rows(claims(text, source, published), "count", "window_kind", "date", "window_start") == expected


# --- X of Y, all N, participles ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Ukrainian military said it shot down 16 out of 27 drones launched by Russia overnight.",
     [("intercepted", "drone", 16), ("launched", "drone", 27)]),
    ("ППО вдалося знешкодити дві з трьох аеробалістичних ракет Х-47М2 «Кинджал».",
     [("neutralised", "ballistic_missile", 2), ("launched", "ballistic_missile", 3)]),
    ("Ukraine’s forces destroyed all 27 Russian attack drones launched overnight.",
     [("intercepted", "drone", 27), ("launched", "drone", 27)]),
    ("Ukrainian Air Defense Forces neutralized 11 Shahed kamikaze drones launched by Russian aggressors last night.",
     [("neutralised", "attack_drone", 11)]),
    ("Russian drones killed two people and wounded 10 more in the Chernihiv region.",
     [("killed", "people", 2), ("injured", "people", 10)]),
])
def test_totals_named_after_of_all_and_participles(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "item", "count") == expected


# --- a long quote is clipped to the span that states the figure, never dropped ------------------------

def test_a_quote_longer_than_the_limit_is_clipped_and_the_claim_kept():
    places = ", ".join(["Белгородской", "Брянской", "Курской", "Орловской", "Воронежской", "Липецкой", "Тульской",
                        "Калужской", "Смоленской", "Рязанской", "Тамбовской", "Ростовской"])
    text = (f"В течение прошедшей ночи дежурными средствами противовоздушной обороны над территориями {places} "
            "областей и над акваторией Черного моря перехвачены и уничтожены 221 украинский беспилотный летательный "
            "аппарат самолетного типа, а также иные средства поражения противника.")
    got = claims(text)
    assert rows(got, "count", "metric") == [(221, "intercepted")]
    quote = got[0]["quote"]
    assert quote in text and "221" in quote and len(quote.split()) <= fields.MAX_QUOTE_WORDS
    assert len(" ".join(quote.split()).split()) == len(quote.split())


# --- clock hours in words, evenings named by a weekday -------------------------------------------------

@pytest.mark.parametrize("text,source,published,expected", [
    ("З восьмої вечора 19 червня противник атакував 120 ударними БпЛА.", "ua_air_force", UA_MORNING,
     ("2025-06-20", "night", "2025-06-19T17:00:00Z", None)),
    ("С восьми часов вечера средствами ПВО уничтожены 40 беспилотников.", "ru_mod", RU_MORNING,
     ("2025-06-20", "night", "2025-06-19T17:00:00Z", None)),
    ("С 20 часов вечера 19 июня до 7 часов утра 20 июня средствами ПВО уничтожены 40 беспилотников.", "ru_mod",
     RU_MORNING, ("2025-06-20", "night", "2025-06-19T17:00:00Z", "2025-06-20T04:00:00Z")),
    ("Станом на 9-ту ранку захисникам вдалося знищити 126 ворожих дронів.", "ua_air_force", UA_MORNING,
     ("2025-06-20", "night", None, "2025-06-20T06:00:00Z")),
    ("Ukraine's air defense downs 137 of 164 Russian drones launched since Thursday evening.", "ua_air_force",
     UA_MORNING, ("2025-06-20", "night", None, None)),
    ("З вечора четверга противник атакував 40 ударними БпЛА.", "ua_air_force", UA_MORNING,
     ("2025-06-20", "night", None, None)),
])
def test_clock_hours_in_words_and_evenings_named_by_weekday(text, source, published, expected):
    got = claims(text, source, published)
    assert got and {(c["date"], c["window_kind"], c["window_start"], c["window_end"]) for c in got} == {expected}
    assert not any(c["count"] in (7, 8, 9, 20) for c in got)  # the hours are not counts


# --- "N and M respectively" -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,source,expected", [
    ("Russia attacked with 45 drones and 3 missiles overnight, 40 and 2 of which respectively were shot down.",
     "ua_air_force", [("launched", "drone", 45, None), ("launched", "missile", 3, None),
                      ("intercepted", "drone", 40, None), ("intercepted", "missile", 2, None)]),
    ("Росія атакувала 45 дронами та 3 ракетами. Збито відповідно 40 та 2.", "ua_air_force",
     [("launched", "drone", 45, None), ("launched", "missile", 3, None),
      ("intercepted", "drone", 40, None), ("intercepted", "missile", 2, None)]),
    ("На территории Орловской и Брянской областей было сбито наибольшее число беспилотников — 16 и 13 "
     "соответственно.", "ru_mod", [("intercepted", "drone", 16, "RU-ORL"), ("intercepted", "drone", 13, "RU-BRY")]),
    ("Больше всего вражеских дронов сбито в Белгородской области и Крыму — 49 и 22 аппарата соответственно.",
     "ru_mod", [("intercepted", "drone", 49, "RU-BEL"), ("intercepted", "drone", 22, "UA-43")]),
])
def test_numbers_listed_respectively_take_the_items_and_places_in_order(text, source, expected):
    assert rows(claims(text, source, UA_MORNING), "metric", "item", "count", "region") == expected


# --- news agencies' wording of the Air Force's figures --------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Another 74 drones lost their course and crashed without causing any damage.", [("suppressed", "drone", 74)]),
    ('It said that 47 drones were "lost".', [("suppressed", "drone", 47)]),
    ("59 enemy imitation drones were rendered location-disrupted.", [("suppressed", "decoy_drone", 59)]),
    ("Russia launched 100 drones, with 70 decoys lost to radar without fallout.",
     [("launched", "drone", 100), ("suppressed", "decoy_drone", 70)]),
    ("It had managed to down nine of the drones and nine of the missiles.",
     [("intercepted", "drone", 9), ("intercepted", "missile", 9)]),
    ("Russia unleashed 214 drones overnight.", [("launched", "drone", 214)]),
    ("The Russians have been attacking Ukraine with 55 drones.", [("launched", "drone", 55)]),
    ("The radio engineering troops detected and tracked 24 combat drones.", [("launched", "drone", 24)]),
    ("The massive strike included a total of 381 drones and 35 missiles.",
     [("launched", "drone", 381), ("launched", "missile", 35)]),
    ("21 drones and three Kh-59 missiles participated in the strikes.",
     [("launched", "drone", 21), ("launched", "cruise_missile", 3)]),
    ("A total of 17 barrage munitions were launched.", [("launched", "drone", 17)]),
    ("Over 740 projectiles were launched.", [("launched", "air_weapon", 741)]),
    ("About five strike drones remain in Ukrainian airspace.", [("airborne", "drone", 5)]),
    ("Russia launched 50 drones; two remained airborne by 9 a.m.",
     [("launched", "drone", 50), ("airborne", "drone", 2)]),
    ("Russia launched 206 drones, 2 ballistic and 7 other missiles.",
     [("launched", "drone", 206), ("launched", "ballistic_missile", 2), ("launched", "missile", 7)]),
    ("Russia launched 99 drones, including Shahed one-way attack drones and decoys.", [("launched", "drone", 99)]),
    ("Air defenses stopped all but four of the drones and downed six cruise missiles.",
     [("intercepted", "cruise_missile", 6)]),
])
def test_agency_wordings_of_the_air_force_figures(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "item", "count") == expected


@pytest.mark.parametrize("text,source,expected", [
    ("Ще 54 дрони-імітатори були втрачені в результаті локаційних обставин.", "ua_air_force",
     [("suppressed", "decoy_drone", 54)]),
    ("Збито або придушити вдалося 78 російських БпЛА.", "ua_air_force", [("neutralised", "drone", 78)]),
    ("Силам оборони вдалося збити/подавити 320 повітряних цілей.", "ua_air_force",
     [("neutralised", "air_weapon", 320)]),
    ("Вдалося збити або подавили 577 цілей.", "ua_air_force", [("neutralised", "air_weapon", 577)]),
    ("Атака была осуществлена 187 дронами.", "ua_air_force", [("launched", "drone", 187)]),
    ("Зафиксировано 582 средства воздушного нападения: 537 ударных дронов и 45 ракет.", "ua_air_force",
     [("launched", "air_weapon", 582), ("launched", "drone", 537), ("launched", "missile", 45)]),
])
def test_ukrainian_and_russian_retellings_of_the_air_force_figures(text, source, expected):
    assert rows(claims(text, source, UA_MORNING), "metric", "item", "count") == expected


def test_a_drone_phrase_with_an_undetermined_type_counts_drones_of_several_kinds():
    got = claims("Russia attacked with 59 Shahed strike drones and UAVs of an undetermined type.", "ua_air_force",
                 UA_MORNING)
    assert rows(got, "item", "item_model", "count") == [("drone", "shahed-136", 59)]


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 472 drones and seven missiles; the Air Force neutralized 385 of them.",
     [("launched", "drone", 472), ("launched", "missile", 7), ("neutralised", "air_weapon", 385)]),
    ("Russia used 322 types of weaponry, including 315 drones and seven missiles.",
     [("launched", "air_weapon", 322), ("launched", "drone", 315), ("launched", "missile", 7)]),
    ("107 drones were shot down in regions such as Kharkiv, Sumy and several others.",
     [("intercepted", "drone", 107)]),
])
def test_of_them_after_drones_and_missiles_counts_all_weapons_and_several_others_is_no_count(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "item", "count") == expected


@pytest.mark.parametrize("text,published,expected", [
    ("З 19:00 понеділка, 13 жовтня, противник атакував 96 ударними дронами.", "2025-10-14T06:30:00Z",
     ("launched", 96, "2025-10-14", "night", "2025-10-13T16:00:00Z", None)),
    ("Станом на 08:30 протиповітряною обороною збито, або подавлено 60 ворожих безпілотників.",
     "2025-10-14T06:30:00Z", ("neutralised", 60, "2025-10-14", "night", None, "2025-10-14T05:30:00Z")),
    ("У ніч проти неділі росіяни запустили по території України 98 безпілотних апаратів.", "2025-10-14T06:30:00Z",
     ("launched", 98, "2025-10-12", "night", None, None)),
])
def test_weekdays_beside_dates_and_nights_and_a_comma_before_or(text, published, expected):
    assert rows(claims(text, "ua_air_force", published), "metric", "count", "date", "window_kind", "window_start",
                "window_end") == [expected]


def test_hits_in_settlements_count_locations():
    got = claims("Зафіксовано 26 влучань ударних безпілотників у 11 населених пунктах.", "ua_air_force", UA_MORNING)
    assert rows(got, "metric", "item", "count") == [("hit", "drone", 26), ("hit", "location", 11)]


@pytest.mark.parametrize("text,expected", [
    ("Russia attacked with 113 drones of the Shahed (around 70), Gerbera and other types.",
     [("drone", "shahed-136", 113, "exact", False), ("attack_drone", "shahed-136", 70, "about", True)]),
    ("Противник атакував 458 БпЛА різних типів (близько 300 – «Шахеди»).",
     [("drone", None, 458, "exact", False), ("attack_drone", "shahed-136", 300, "about", True)]),
])
def test_a_number_in_brackets_after_a_model_counts_that_model(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "item", "item_model", "count", "qualifier",
                "is_breakdown") == expected


@pytest.mark.parametrize("text,published,expected", [
    ("The attack involved 151 drones, primarily Shahed-type and imitation UAVs.", UA_MORNING,
     [("launched", "drone", "shahed-136", 151, "2025-06-20", "event")]),
    ("Russia launched a combined attack of 165 unmanned aerial vehicles (UAVs) and missiles at Ukraine overnight "
     "and in the morning on Feb. 1", "2025-02-02T21:59:00Z",
     [("launched", "air_weapon", None, 165, "2025-02-01", "night")]),
])
def test_imitation_uavs_an_abbreviation_in_brackets_and_a_night_with_its_morning(text, published, expected):
    assert rows(claims(text, "ua_air_force", published), "metric", "item", "item_model", "count", "date",
                "window_kind") == expected


@pytest.mark.parametrize("text,expected", [
    ("On the night of Friday to Saturday, Russia launched 100 drones.", "2025-06-21"),
    ("У ніч з п'ятниці на суботу противник атакував 50 БпЛА.", "2025-06-21"),
    ("Russia launched 100 drones overnight on June 20-21.", "2025-06-21"),
    ("On the night of June 20-21, Russia launched 100 drones.", "2025-06-21"),
])
def test_a_night_named_by_two_days_is_dated_by_the_second(text, expected):
    got = claims(text, "ua_air_force", "2025-06-21T06:30:00Z")
    assert [(c["date"], c["window_kind"]) for c in got] == [(expected, "night")]


def test_all_missiles_after_a_count_of_drones_is_a_phrase_of_its_own():
    got = claims("Russia launched 100 drones and 5 missiles, with air defenses intercepting 90 drones and all "
                 "missiles.", "ua_air_force", UA_MORNING)
    assert rows(got, "metric", "item", "count") == [
        ("launched", "drone", 100), ("launched", "missile", 5), ("intercepted", "drone", 90)]


@pytest.mark.parametrize("text,expected", [
    ("Впродовж ночі противник атакував 100 БпЛА.", (100, "exact", "night")),
    ("Росія випустила по Україні понад півтисячі дронів.", (501, "at_least", "event")),
    ("Росія випустила понад тисячу дронів.", (1001, "at_least", "event")),
    ("Russia launched more than a thousand drones.", (1001, "at_least", "event")),
    ("Противник атакував сотнею дронів.", (100, "exact", "event")),
])
def test_hundreds_and_thousands_in_words_and_a_night_said_as_throughout_the_night(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "count", "qualifier", "window_kind") == [expected]


def test_a_window_with_weekdays_at_both_ends_keeps_its_end():
    got = claims("The Defence Ministry said its forces had shot down 25 Ukrainian drones between 11 p.m. on Thursday "
                 "and 7 a.m. on Friday.", "ru_mod", "2025-06-20T06:30:00Z")
    assert rows(got, "count", "date", "window_kind", "window_start", "window_end") == [
        (25, "2025-06-20", "night", "2025-06-19T20:00:00Z", "2025-06-20T04:00:00Z")]


@pytest.mark.parametrize("text,expected", [
    ("Of the 50 drones launched, 40 were shot down.", [("launched", "drone", 50), ("intercepted", "drone", 40)]),
    ("Із 50 запущених дронів збито 40.", [("launched", "drone", 50), ("intercepted", "drone", 40)]),
    ("З 19 запущених ракет збито 17.", [("launched", "missile", 19), ("intercepted", "missile", 17)]),
    ("Уночі противник атакував ракетою Іскандер-М та 50 дронами.",
     [("launched", "ballistic_missile", 1), ("launched", "drone", 50)]),
])
def test_a_total_named_first_with_of_and_a_singular_missile_in_the_instrumental(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "item", "count") == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 28 Geran drones.", ("attack_drone", "shahed-136", 28)),
    ("Росія атакувала 50 Геранями.", ("attack_drone", "shahed-136", 50)),
    ("Russia launched 28 Geran-3 jet drones.", ("jet_drone", "geran-3", 28)),
])
def test_geran_is_the_russian_name_of_the_shahed(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "item", "item_model", "count") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 100 drones at Ukraine on Thursday night.", (100, "exact", "2025-06-20", "night")),
    ("Russia launched 100 drones at Ukraine early on Friday.", (100, "exact", "2025-06-20", "night")),
    ("Russia launched 100 drones at Ukraine early Friday morning.", (100, "exact", "2025-06-20", "night")),
    ("On the night to Friday Russia launched 100 drones.", (100, "exact", "2025-06-20", "night")),
    ("Russia launched 100 drones over the night.", (100, "exact", "2025-06-20", "night")),
    ("Russia launched close to 100 drones.", (100, "about", "2025-06-20", "event")),
    ("Russia launched upwards of 100 drones.", (101, "at_least", "2025-06-20", "event")),
])
def test_nights_named_in_agency_english_and_more_qualifiers(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "count", "qualifier", "date", "window_kind") == [expected]


def test_strikes_by_drones_are_hits():
    got = claims("Hits by 9 missiles and 20 drones were recorded at 8 locations.", "ua_air_force", UA_MORNING)
    assert rows(got, "metric", "item", "count") == [("hit", "missile", 9), ("hit", "drone", 20), ("hit", "location", 8)]


@pytest.mark.parametrize("text,metric", [
    ("Air defence shot down or electronically suppressed 80 drones.", "neutralised"),
    ("Air defence shot down or locationally lost 80 drones.", "neutralised"),
    ("80 drones were intercepted or redirected.", "neutralised"),
    ("80 drones were shot down or lost.", "neutralised"),
    ("Air defenses neutralized or jammed 80 drones.", "neutralised"),
    ("Air defense units eliminated 80 drones.", "intercepted"),
    ("Air defenses took down 80 drones.", "intercepted"),
])
def test_shot_down_or_lost_together_is_neutralised(text, metric):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "count") == [(metric, 80)]


@pytest.mark.parametrize("text,expected", [
    ("Ukrainian air defense shot down 71 drones out of 101 launched overnight.",
     [("intercepted", 71), ("launched", 101)]),
    ("Збито 71 ударний БпЛА з 101.", [("intercepted", 71), ("launched", 101)]),
])
def test_a_total_named_after_the_part_with_out_of_is_the_number_launched(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "count") == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 101 drones starting at 6 p.m. on May 31.", ("2025-06-01", "night", "2025-05-31T15:00:00Z")),
    ("Russia launched 101 drones during the night of May 31 to June 1.", ("2025-06-01", "night", None)),
    ("Russia launched 101 drones on the night of May 31-June 1.", ("2025-06-01", "night", None)),
])
def test_a_window_starting_at_an_hour_and_a_night_named_by_both_its_dates(text, expected):
    assert rows(claims(text, "ua_air_force", "2025-06-01T07:00:00Z"), "date", "window_kind", "window_start") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Ukraine's air force said 44 drones had been downed and 35 had been 'lost', most likely thanks to electronic "
     "countermeasures.", [("intercepted", "drone", 44), ("suppressed", "drone", 35)]),
    ("The Ukrainian Air Force said 40 decoy drones went missing without causing any damage.",
     [("suppressed", "decoy_drone", 40)]),
    ("In total, 15 drones were not tracked on radar.", [("suppressed", "drone", 15)]),
    ("Russia hurled 120 drones at Ukraine overnight, 80 were taken out and 30 flew off toward Belarus, while 5 were "
     "still in Ukrainian airspace.", [("launched", "drone", 120), ("intercepted", "drone", 80),
                                      ("returned", "drone", 30), ("airborne", "drone", 5)]),
    ("12 БпЛА не досягли своїх цілей.", [("suppressed", "drone", 12)]),
])
def test_losses_returns_and_launches_in_more_agency_wordings(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "metric", "item", "count") == expected


@pytest.mark.parametrize("text", [
    "Air defenses destroyed 41 Ukrainian drones overnight, with the largest number, 16, destroyed over the Bryansk Region.",
    "Уничтожены 41 БПЛА. Больше всего — 16 — над Брянской областью.",
])
def test_the_largest_number_over_one_place_splits_the_total(text):
    assert rows(claims(text), "count", "region", "is_breakdown") == [(41, None, False), (16, "RU-BRY", True)]


@pytest.mark.parametrize("text,published,expected", [
    ("between 5:35 and 7:30 PM Moscow time, another 10 Ukrainian drones were neutralized across four regions.",
     RU_MORNING, ("2025-06-19", "day", "2025-06-19T14:35:00Z", "2025-06-19T16:30:00Z")),
    ("Russian air defence units shot down eight Ukrainian drones headed for Moscow late on Sunday",
     "2025-06-23T05:00:00Z", ("2025-06-23", "night", None, None)),
])
def test_an_evening_hour_shared_by_both_ends_and_late_on_a_weekday(text, published, expected):
    assert rows(claims(text, "ru_mod", published), "date", "window_kind", "window_start", "window_end") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Russia launched 101 drones on the night of Monday, May 5.", ("2025-05-05", "night")),
    ("On the night to Tuesday, May 6, Russia launched 101 drones.", ("2025-05-06", "night")),
])
def test_a_night_named_by_its_weekday_and_date(text, expected):
    assert rows(claims(text, "ua_air_force", "2025-05-06T10:00:00Z"), "date", "window_kind") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("У ніч на 5-те травня ворог атакував 101 дроном.", ("2025-05-05", "night")),
    ("Минулої доби ворог атакував 101 дроном.", ("2025-05-06", "day_total")),
    ("З вечора 5 травня ворог атакував 101 дроном.", ("2025-05-06", "night")),
    ("С вечера 5 мая враг атаковал 101 дроном.", ("2025-05-06", "night")),
])
def test_a_day_with_its_ordinal_ending_the_past_day_and_an_evening_named_by_its_date(text, expected):
    assert rows(claims(text, "ua_air_force", "2025-05-06T10:00:00Z"), "date", "window_kind") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Russia launched one hundred and twelve drones.", (112, "exact")),
    ("Russia launched more than two hundred drones.", (201, "at_least")),
    ("Ворог запустив сто дванадцять дронів.", (112, "exact")),
    ("Ворог запустив двісті дронів.", (200, "exact")),
    ("Враг выпустил двести тридцать пять дронов.", (235, "exact")),
    ("Противник запустив понад пів сотні дронів.", (51, "at_least")),
])
def test_hundreds_in_words(text, expected):
    assert rows(claims(text, "ua_air_force", UA_MORNING), "count", "qualifier") == [expected]
