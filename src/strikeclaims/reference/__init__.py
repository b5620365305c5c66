"""Reference tables shipped with the package: weapons, regions and sources.

In: the CSV files beside this module. Out: DataFrames (all strings, empty cells as null)
and alias look-ups the parsers and importers use, so that no vocabulary lives in code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

REFERENCE_DIR = Path(__file__).parent
FILES = {"weapons": "weapons.csv", "regions": "regions.csv", "sources": "sources.csv"}


@cache
def load(name: str) -> pd.DataFrame:
    """One reference table by name (`weapons`, `regions`, `sources`)."""
    frame = pd.read_csv(REFERENCE_DIR / FILES[name], dtype=str, keep_default_na=False, na_values=[""])
    return frame


def path(name: str) -> Path:
    return REFERENCE_DIR / FILES[name]


@cache
def sources() -> dict[str, dict[str, str | None]]:
    """Source key -> its row (claimant, name, url, language, kind)."""
    frame = load("sources")
    return {row["source"]: {k: (None if pd.isna(v) else v) for k, v in row.items()} for _, row in frame.iterrows()}


def _alias_map(name: str, key: str, columns: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, row in load(name).iterrows():
        names = [row[c] for c in columns if isinstance(row[c], str)]
        if isinstance(row.get("aliases"), str):
            names += row["aliases"].split("|")
        for n in names:
            out.setdefault(n.strip().casefold(), row[key])
    return out


@cache
def region_aliases() -> dict[str, str]:
    """Casefolded region name or inflected form -> ISO 3166-2 or sea-area code."""
    out = _alias_map("regions", "code", ("name_en", "name_uk", "name_ru"))
    for code in load("regions")["code"]:
        out.setdefault(code.casefold(), code)
    return out


@cache
def weapon_aliases() -> dict[str, str]:
    """Casefolded weapon name or alias -> canonical item_model."""
    out = _alias_map("weapons", "item_model", ("name_en", "name_uk", "name_ru"))
    for model in load("weapons")["item_model"]:
        out.setdefault(model.casefold(), model)
    return out


@cache
def weapon_items() -> dict[str, str]:
    """item_model -> item class."""
    frame = load("weapons")
    return dict(zip(frame["item_model"], frame["item"], strict=True))


@cache
def weapon_names() -> dict[str, tuple[str, str | None]]:
    """Casefolded dataset weapon name -> (item, item_model or None), from `weapon_names.csv`.

    For the names `weapons.csv` cannot express: bundles of several models counted as one
    figure, generic names ("Unknown UAV") and names whose item differs from their model's.
    """
    frame = pd.read_csv(REFERENCE_DIR / "weapon_names.csv", dtype=str, keep_default_na=False, na_values=[""])
    return {
        name.strip().casefold(): (item, None if pd.isna(model) else model)
        for name, item, model in zip(frame["name"], frame["item"], frame["item_model"], strict=True)
    }


@cache
def general_staff_categories() -> dict[str, dict[str, str]]:
    """A General Staff loss category as the dataset names it (`drone`, `cruise missiles`, `personnel`) -> its
    file (`equipment` or `personnel`), item, metric, whether it belongs to the air war, and a description."""
    frame = pd.read_csv(REFERENCE_DIR / "general_staff_categories.csv", dtype=str, keep_default_na=False)
    return {row["category"]: dict(row) for _, row in frame.iterrows()}
