"""The sources the parsers read, and who attacks whom in each one's reports.

In: nothing. Out: `PARSERS`, source key -> `Parser` (claimant, attacker, version). The
Ukrainian Air Force reports Russian attacks; the Russian Defence Ministry's air-defence
bulletins and summaries report Ukrainian ones. Both use the shared grammar; the version
changes whenever what a parser reads from a text changes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Parser:
    source: str
    claimant: str
    attacker: str
    version: str


PARSERS: dict[str, Parser] = {
    "ua_air_force": Parser("ua_air_force", "UA", "RU", "1.0.0"),
    "ru_mod": Parser("ru_mod", "RU", "UA", "1.0.0"),
}
