"""The European Observatory of Drone Incidents' `ucrania.json` -> reports, claims and rejections.

In: `ucrania.json` as published at droneobservatory.eu/datos/ucrania.json (CC BY 4.0; the quoted source
sentences stay their authors'): a JSON object whose lists hold records. An attack record (`tipo`
`ataque_guerra`) gives one side's figures for one report window: `sentido` `RU_UA` (the Ukrainian Air
Force's figures of a Russian attack) or `UA_RU` (the Russian Defence Ministry's bulletins of a Ukrainian one),
`periodo` (`inicio`, `fin`, each an instant with a `precision`), `lanzados` (`total`, `shahed_geran`,
`gerbera_senuelos`, `otros`), `derribados` with `derribados_categoria`, `perdidos_guerra_electronica`,
`localizaciones_impacto`, `localizaciones_restos`, `cruces` (per country), `regiones` (per region: `derribados`,
`impactos`, `caida_restos`, `heridos`, `fallecidos`), `zonas_lanzamiento` and `fuentes` (each source post
with its link). An impact record (`tipo` `impacto_guerra`) is one place hit, with its region and any
`heridos` and `fallecidos`. Every figure is a range `{"min": a, "max": b}`, or `"desconocido"` (not stated).

Out: one report `eodi:N` per record that gives a claim (N the record's 1-based position in the file, its
lists taken in order), its first source's link as the report's URL; one claim per figure; and one rejection
(stage `import`, input `path:N`) for every record or figure that cannot be read. Ranges map to qualifiers:
`min = max` is `exact`; `0 < min < max` is `at_least` min; `min = 0 < max` is `at_most` max, except for a
split of the launched total by type, where it says only that the type was among them (`unquantified`).
The range is kept in the claim's note. Windows stated to the minute are kept; approximate ones date the
figure by the contract's night rule but are not published as stated windows.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from strikeclaims import fields, rules
from strikeclaims.importers import DatasetError, ImportResult, frames
from strikeclaims.read.files import open_regular
from strikeclaims.read.reports import display_path, shorten

SOURCE = "eodi"
METHOD = "import:eodi"
REJECTED_COLUMNS = fields.TABLES["rejected"].columns

ATTACK, IMPACT = "ataque_guerra", "impacto_guerra"
UNKNOWN = "desconocido"
# sentido -> (attacker, claimant): each side reports the other's attacks.
SIDES = {"RU_UA": ("RU", "UA"), "UA_RU": ("UA", "RU")}
# Telegram channels whose posts are an author's own statements; others are officials of the claimant's side.
CHANNEL_AUTHORS = {"kpszsu": "ua_air_force", "mod_russia": "ru_mod"}
OFFICIALS = {"UA": "ua_officials", "RU": "ru_officials"}
STOPPED = {"derribados": "intercepted", "derribados_o_neutralizados": "neutralised"}
# Record states whose figures stand; any other (a denial) is rejected with its state.
STANDING = {"confirmado", "notificado"}
STATED_PRECISIONS = {"minuto", "segundo"}
LAUNCH_SPLIT = (("shahed_geran", "attack_drone", "shahed-136"), ("gerbera_senuelos", "decoy_drone", None),
                ("otros", "drone", None))
LANGUAGES = set(fields.LANGUAGES)


class Bad(ValueError):
    """A figure or a record that cannot be read; the message is the reason."""


def span(value: object, path: str) -> tuple[int, int] | None:
    """A range -> (min, max); None when not stated (`desconocido`, null, missing); `Bad` when unreadable."""
    if value is None or value == UNKNOWN:
        return None
    if not isinstance(value, dict) or not {"min", "max"} <= set(value):
        raise Bad(f"{path} is neither a range {{min, max}} nor '{UNKNOWN}'")
    lo, hi = value["min"], value["max"]
    for v in (lo, hi):
        if isinstance(v, bool) or not isinstance(v, int):
            raise Bad(f"{path} is not a range of whole numbers")
        if v < 0:
            raise Bad(f"{path} is negative")
        if v > fields.MAX_COUNT:
            raise Bad(f"{path} is over {fields.MAX_COUNT:,}, too large to be a count of anything")
    if lo > hi:
        raise Bad(f"{path} has a minimum above its maximum")
    return lo, hi


def qualify(lo: int, hi: int, split: bool = False) -> tuple[int | None, str]:
    """A range -> (count, qualifier), by the rule of the module docstring."""
    if lo == hi:
        return lo, "exact"
    if lo > 0:
        return lo, "at_least"
    return (None, "unquantified") if split else (hi, "at_most")


def instant(value: object) -> tuple[datetime | None, bool]:
    """`{"valor": "2025-01-20T04:20Z", "precision": "minuto"}` -> (aware datetime or None, stated to the
    minute or better)."""
    if not isinstance(value, dict) or not isinstance(value.get("valor"), str):
        return None, False
    text = value["valor"].strip().replace("Z", "+00:00")
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None, False
    if stamp.tzinfo is None:
        return None, False
    return stamp.astimezone(UTC), value.get("precision") in STATED_PRECISIONS


def utc_text(stamp: datetime | None) -> str | None:
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ") if stamp is not None else None


def author_of(record: dict, claimant: str) -> str:
    """Whose statement the record gives: the channel of its first source, else the claimant's officials."""
    for source in record.get("fuentes") or []:
        link = str((source or {}).get("enlace") or "")
        channel = link.rstrip("/").split("/")[-2] if link.count("/") >= 4 else ""
        if channel in CHANNEL_AUTHORS:
            return CHANNEL_AUTHORS[channel]
    return OFFICIALS[claimant]


def first_source(record: dict) -> dict:
    sources = [s for s in record.get("fuentes") or [] if isinstance(s, dict)]
    return sources[0] if sources else {}


def _region(code: object) -> tuple[str | None, str | None]:
    """A region code -> (code when it has the contract's form, the wording)."""
    text = str(code).strip() if code is not None else ""
    return (text if re.match(fields.REGION_PATTERN, text) else None), (text or None)


class Record:
    """Claims of one record, gathered figure by figure."""

    def __init__(self, record: dict, where: str, report_id: str):
        self.record, self.where, self.report_id = record, where, report_id
        self.claims: list[dict] = []
        self.rejected: list[dict] = []
        sides = SIDES.get(record.get("sentido"))
        if sides is None:
            raise Bad("sentido is neither RU_UA nor UA_RU, so who attacks whom is unknown")
        self.attacker, self.claimant = sides
        self.author = author_of(record, self.claimant)
        state = (record.get("estado") or {}).get("actual") if isinstance(record.get("estado"), dict) else None
        if state is not None and state not in STANDING:
            raise Bad(f"the observatory marks the record '{state}', not confirmed or notified")
        self.base: dict = {}

    def reject(self, reason: str, value: object) -> None:
        self.rejected.append({"input": self.where, "stage": "import", "reason": reason, "value": shorten(str(value))})

    def add(self, path: str, value: object, metric: str, item: str, *, model: str | None = None,
            region: str | None = None, region_text: str | None = None, breakdown: bool = False,
            split: bool = False, launch_area: str | None = None) -> bool:
        """One figure; False when it is not stated or cannot be read (then a rejection)."""
        try:
            found = span(value, path)
        except Bad as exc:
            self.reject(str(exc), value)
            return False
        if found is None:
            return False
        count, qualifier = qualify(*found, split=split)
        lo, hi = found
        quote = f"{path}={lo}" if lo == hi else f"{path}={lo}-{hi}"
        note = None if lo == hi else f"EODI range {lo}-{hi}"
        self.claims.append({**self.base, "metric": metric, "item": item, "item_group": fields.ITEM_GROUP_OF.get(item),
                            "item_model": model, "count": count, "qualifier": qualifier, "region": region,
                            "region_text": region_text, "launch_area": launch_area, "is_breakdown": breakdown,
                            "quote": quote, "note": note})
        return True


def _base(rec: Record, date: str, kind: str, start: str | None, end: str | None) -> dict:
    return {"report_id": rec.report_id, "source": SOURCE, "claimant": rec.claimant, "author": rec.author,
            "attacker": rec.attacker, "date": date, "window_kind": kind, "window_start": start, "window_end": end,
            "method": METHOD, "_input": rec.where}


def attack_claims(rec: Record) -> None:
    """An attack record's figures (see the module docstring)."""
    r = rec.record
    period = r.get("periodo") if isinstance(r.get("periodo"), dict) else {}
    start, start_stated = instant(period.get("inicio"))
    end, end_stated = instant(period.get("fin"))
    if start is None and end is None:
        raise Bad("periodo has neither a readable start nor end, so the figures cannot be dated")
    if start is not None and end is not None and end < start:
        raise Bad("the period ends before it starts")
    kind, day = rules.classify(start, end, rules.timezone(rec.claimant))
    rec.base = _base(rec, day.isoformat(), kind, utc_text(start) if start_stated else None,
                     utc_text(end) if end_stated else None)
    regions = [x for x in r.get("regiones") or [] if isinstance(x, dict)]
    codes = [str(x.get("region")) for x in regions if x.get("region")]
    one_region = _region(codes[0])[0] if len(codes) == 1 else None
    where_text = "; ".join(codes) or None
    areas = "; ".join(" ".join(str(a).split()) for a in r.get("zonas_lanzamiento") or [] if a) or None
    launched = r.get("lanzados") if isinstance(r.get("lanzados"), dict) else {}
    has_total = rec.add("lanzados.total", launched.get("total"), "launched", "drone", region=one_region,
                        region_text=where_text, launch_area=areas)
    for key, item, model in LAUNCH_SPLIT:
        rec.add(f"lanzados.{key}", launched.get(key), "launched", item, model=model, breakdown=has_total,
                split=has_total, launch_area=areas)
    stopped = STOPPED.get(r.get("derribados_categoria"))
    stated = [("derribados", r.get("derribados"))] + [(f"regiones[{x.get('region')}].derribados", x.get("derribados"))
                                                      for x in regions]
    if stopped is None:
        for path, value in stated:
            if value is not None and value != UNKNOWN:
                rec.reject(f"{path} is given, but derribados_categoria is neither 'derribados' nor "
                           "'derribados_o_neutralizados', so what it counts is unknown",
                           f"{r.get('derribados_categoria')}: {value}")
    stopped_total = stopped is not None and rec.add("derribados", r.get("derribados"), stopped, "drone",
                                                    region=one_region, region_text=where_text)
    rec.add("perdidos_guerra_electronica", r.get("perdidos_guerra_electronica"), "suppressed", "drone",
            region=one_region, region_text=where_text)
    hits = rec.add("localizaciones_impacto", r.get("localizaciones_impacto"), "hit", "location", region=one_region,
                   region_text=where_text)
    debris = rec.add("localizaciones_restos", r.get("localizaciones_restos"), "debris", "location",
                     region=one_region, region_text=where_text)
    for n, crossing in enumerate(r.get("cruces") or [], start=1):
        if not isinstance(crossing, dict):
            rec.reject(f"cruces[{n}] is not an object", crossing)
            continue
        country = " ".join(str(crossing.get("pais") or "").split()) or None
        rec.add(f"cruces[{country or n}].numero", crossing.get("numero"), "returned", "drone", region_text=country)
    for x in regions:
        code, text = _region(x.get("region"))
        label = f"regiones[{text}]"
        if stopped is not None:
            rec.add(f"{label}.derribados", x.get("derribados"), stopped, "drone", region=code, region_text=text,
                    breakdown=stopped_total)
        rec.add(f"{label}.impactos", x.get("impactos"), "hit", "location", region=code, region_text=text,
                breakdown=hits)
        rec.add(f"{label}.caida_restos", x.get("caida_restos"), "debris", "location", region=code, region_text=text,
                breakdown=debris)
        rec.add(f"{label}.heridos", x.get("heridos"), "injured", "people", region=code, region_text=text)
        rec.add(f"{label}.fallecidos", x.get("fallecidos"), "killed", "people", region=code, region_text=text)


def impact_claims(rec: Record) -> None:
    """An impact record: one place hit (or struck by debris), with its casualties."""
    r = rec.record
    stamp, _ = instant(r.get("fecha"))
    daily = bool(r.get("parte_diario")) and isinstance(r.get("dia"), str)
    if daily:
        try:
            day, kind = datetime.fromisoformat(r["dia"]).date().isoformat(), "day_total"
        except ValueError as exc:
            raise Bad("dia is not a date (YYYY-MM-DD)") from exc
    elif stamp is not None:
        day, kind = rules.local_dates(pd.Series([utc_text(stamp)]), pd.Series([rec.claimant])).iloc[0], "event"
    else:
        raise Bad("the impact has neither a readable fecha nor a dia, so it cannot be dated")
    rec.base = _base(rec, day, kind, None, None)
    code, text = _region(r.get("region"))
    place = r.get("lugar") if isinstance(r.get("lugar"), dict) else {}
    name = place.get("nombre_latino") or place.get("nombre")
    wording = f"{name} ({text})" if name and text else (name or text)
    what = {"impacto": "hit", "restos": "debris"}.get(r.get("impacto"))
    if what is None:
        rec.reject("impacto is neither 'impacto' nor 'restos'", r.get("impacto"))
    else:
        rec.add("impacto", {"min": 1, "max": 1}, what, "location", region=code, region_text=wording)
        rec.claims[-1]["quote"] = f"impacto={r.get('impacto')}"
    rec.add("heridos", r.get("heridos"), "injured", "people", region=code, region_text=wording)
    rec.add("fallecidos", r.get("fallecidos"), "killed", "people", region=code, region_text=wording)


def records_of(document: object) -> list[object]:
    """The records of the file: the items of its top-level lists, in file order."""
    if isinstance(document, list):
        return list(document)
    if not isinstance(document, dict):
        raise DatasetError("eodi: the file is neither a JSON object of record lists nor a list of records")
    lists = [v for v in document.values() if isinstance(v, list)]
    if not lists:
        raise DatasetError("eodi: the file holds no list of records (such as 'ataques')")
    return [item for part in lists for item in part]


def import_records(records: list[object], shown: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Records -> (reports, claims, rejected); `shown` is the path used in `path:N`."""
    reports, claims, rejected = [], [], []
    for n, record in enumerate(records, start=1):
        where, report_id = f"{shown}:{n}", f"{SOURCE}:{n}"
        if not isinstance(record, dict):
            rejected.append({"input": where, "stage": "import", "reason": "the record is not a JSON object",
                             "value": shorten(str(record))})
            continue
        kind = record.get("tipo")
        try:
            if kind not in (ATTACK, IMPACT):
                raise Bad(f"a record of type '{kind}' is neither an attack ({ATTACK}) nor an impact ({IMPACT})")
            rec = Record(record, where, report_id)
            (attack_claims if kind == ATTACK else impact_claims)(rec)
        except Bad as exc:
            rejected.append({"input": where, "stage": "import", "reason": str(exc),
                             "value": shorten(str(record.get("id") or kind))})
            continue
        rejected.extend(rec.rejected)
        if not rec.claims:
            if not rec.rejected:
                rejected.append({"input": where, "stage": "import", "reason": "the record states no figure",
                                 "value": shorten(str(record.get("id")))})
            continue
        for k, claim in enumerate(rec.claims, start=1):
            claim["claim_id"] = f"{report_id}#{k}"
        claims.extend(rec.claims)
        source = first_source(record)
        published, _ = instant(source.get("fecha"))
        language = source.get("idioma") if source.get("idioma") in LANGUAGES else None
        notes = [str(record.get("id") or "")]
        for key, label in (("incluido_en", "included in"), ("solapado_con", "overlaps")):
            if record.get(key):
                notes.append(f"{label} {record[key]}")
        # Lists of places and types that state no count: kept as words in the note, never as figures.
        for key in ("regiones_misiles", "lugares_impacto", "lugares_restos", "tipos_dron"):
            values = record.get(key)
            if isinstance(values, list) and values:
                notes.append(f"{key}: {shorten('; '.join(str(v) for v in values))}")
        reports.append({
            "report_id": report_id, "source": SOURCE, "claimant": rec.claimant, "author": rec.author,
            "published_at": utc_text(published), "language": language,
            "url": str(source.get("enlace")) if source.get("enlace") else None, "outlet": None,
            "raw_path": where, "text_sha256": None, "status": "imported", "n_claims": len(rec.claims),
            "method": METHOD, "note": "; ".join(n for n in notes if n) or None, "text": None,
        })
    report_frame, claim_frame = frames(reports, claims)
    return report_frame, claim_frame, pd.DataFrame(rejected, columns=REJECTED_COLUMNS)


def import_stream(stream: BinaryIO, shown: str) -> ImportResult:
    """Read `ucrania.json` from a binary stream -> ImportResult; `shown` names the input in `path:N`.
    `DatasetError` (one line) when the file is not JSON or holds no records."""
    data = stream.read()
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DatasetError(f"eodi: the file is not readable JSON ({exc})") from exc
    records = records_of(document)
    reports, claims, rejected = import_records(records, shown)
    return ImportResult(reports, claims, rejected, len(records), hashlib.sha256(data).hexdigest())


def import_eodi(path: Path, root: Path | None = None) -> ImportResult:
    """`import_stream` of a file, named relative to `root`; `OSError` when it cannot be read."""
    with open_regular(Path(path)) as fh:
        return import_stream(fh, display_path(Path(path), root))
