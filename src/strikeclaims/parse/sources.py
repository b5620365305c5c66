"""The sources the parsers read, and who attacks whom in each one's reports.

In: the sources reference table (the author of each source's statements). Out: `PARSERS`, source
key -> `Parser` (claimant, author, attacker, version). The
Ukrainian Air Force reports Russian attacks; the Russian Defence Ministry's air-defence
bulletins and summaries report Ukrainian ones. Both use the shared grammar; the version
changes whenever what a parser reads from a text changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from strikeclaims import reference, rules


@dataclass(frozen=True)
class Parser:
    source: str
    claimant: str
    attacker: str
    version: str

    @property
    def author(self) -> str | None:
        """Whose statements the source publishes (`sources.csv`; None where it names none)."""
        return reference.sources()[self.source]["author"]


def _parser(source: str, version: str) -> Parser:
    """A source's parser: its claimant from `sources.csv`, the attacker the other side."""
    claimant = reference.sources()[source]["claimant"]
    assert claimant is not None  # (every source in `sources.csv` has a claimant)
    return Parser(source, claimant, rules.ATTACKER_OF[claimant], version)


PARSERS: dict[str, Parser] = {
    "ua_air_force": _parser("ua_air_force", "1.50.0"),
    "ru_mod": _parser("ru_mod", "1.50.0"),
}
