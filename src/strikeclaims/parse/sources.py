"""The sources the parsers read, and who attacks whom in each one's reports.

In: the sources reference table (the author of each source's statements). Out: `PARSERS`, source
key -> `Parser` (claimant, author, attacker, version). The
Ukrainian Air Force reports Russian attacks; the Russian Defence Ministry's air-defence
bulletins and summaries report Ukrainian ones. Both use the shared grammar; the version
changes whenever what a parser reads from a text changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from strikeclaims import reference


@dataclass(frozen=True)
class Parser:
    source: str
    claimant: str
    attacker: str
    version: str

    @property
    def author(self) -> str:
        """Whose statements the source publishes (`sources.csv`)."""
        return reference.sources()[self.source]["author"]


PARSERS: dict[str, Parser] = {
    "ua_air_force": Parser("ua_air_force", "UA", "RU", "1.1.0"),
    "ru_mod": Parser("ru_mod", "RU", "UA", "1.1.0"),
}
