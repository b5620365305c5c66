"""The derived rules are written once, in `rules.py`, and every stage that needs them calls it."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pandas as pd
import pytest

from strikeclaims import aggregate, compare, rules
from strikeclaims.importers import piterfm

PACKAGE = Path(rules.__file__).parent
# What would be a second copy of a rule: a time zone named in code, the night's noon and evening, the
# defended count's sum of parts.
COPIES = re.compile(r'ZoneInfo\("|time\(1[28], 0\)|\[\["intercepted", "suppressed"\]\]')


def test_no_module_but_rules_writes_a_time_zone_the_night_window_or_the_defended_count():
    copies = [f"{path.relative_to(PACKAGE)}:{n}" for path in sorted(PACKAGE.rglob("*.py")) if path.name != "rules.py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if COPIES.search(line)]
    assert copies == []


@pytest.mark.parametrize("start, end, expected", [
    ((date(2025, 5, 1), time(20, 0)), (date(2025, 5, 2), time(6, 0)), ("night", date(2025, 5, 2))),
    ((date(2025, 5, 1), time(18, 0)), (date(2025, 5, 1), time(23, 0)), ("night", date(2025, 5, 2))),
    ((date(2025, 5, 1), time(9, 0)), (date(2025, 5, 1), time(12, 0)), ("night", date(2025, 5, 1))),
    ((date(2025, 5, 1), time(9, 0)), (date(2025, 5, 1), time(17, 0)), ("day", date(2025, 5, 1))),
    ((date(2025, 5, 1), time(9, 0)), (date(2025, 5, 1), None), ("day", date(2025, 5, 1))),
])
def test_the_night_rule_is_the_importers_rule(start, end, expected):
    assert rules.night_or_day(start, end) == expected
    window, why = piterfm.read_window(f"{start[0]} {start[1]:%H:%M}",
                                      f"{end[0]}" + (f" {end[1]:%H:%M}" if end[1] else ""))
    assert why is None and (window.kind, window.date) == (expected[0], expected[1].isoformat())


def test_aggregation_and_comparison_count_what_was_stopped_alike():
    nightly = pd.DataFrame({"neutralised": [None, 50, None, None], "intercepted": [40, 45, None, 30],
                            "suppressed": [5, None, None, None], "launched": [50, 60, 10, 0]})
    expected = [45, 50, None, 30]
    assert rules.defended_numbers(nightly).astype(object).where(lambda s: s.notna(), None).tolist() == expected
    assert aggregate.defended_numbers(nightly).equals(rules.defended_numbers(nightly))
    assert compare._merged_defended(nightly)["merged"].equals(rules.defended_numbers(nightly))
    assert rules.defended_share(nightly).astype(object).where(lambda s: s.notna(), None).tolist() == [0.9, 50 / 60,
                                                                                                     None, None]
