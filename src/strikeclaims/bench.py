"""The benchmark: speed and memory of parse, validate and aggregate on synthetic reports.

In: a number of reports N. Out: a dict of figures (printed by `strikeclaims bench` as its last
line, JSON): `reports_per_s` end to end, `baseline_ratio` (our time over that of a bare scan
that only reads each line as JSON and finds its digits with one regular expression),
`peak_rss_mb`, and seconds per stage. The reports are generated into a temporary folder
and marked synthetic (`"note": "synthetic benchmark report"`); nothing is written to `data/`.
The process pins itself to one core so that figures compare across machines of this size.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from strikeclaims import aggregate, parse, read, validate

NOTE = "synthetic benchmark report"
_DIGITS = re.compile(r"\d+")

UA_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                 "жовтня", "листопада", "грудня"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
UA_AREAS = ["Курськ", "Орел", "Брянськ", "Міллерово", "Приморсько-Ахтарськ", "Шаталово"]
RU_REGIONS = ["Брянской", "Курской", "Белгородской", "Орловской", "Калужской", "Тульской", "Воронежской",
              "Ростовской", "Московской", "Смоленской"]
UA_OBLASTS = ["Харківщині", "Київщині", "Одещині", "Дніпропетровщині", "Сумщині", "Полтавщині"]


def _ua_uk(rng: random.Random, night: date) -> str:
    drones = rng.randint(20, 800)
    down = rng.randint(0, drones)
    missiles = rng.choice([0, 0, rng.randint(1, 60)])
    prev = night - timedelta(days=1)
    parts = [
        f"⚡️У ніч на {night.day} {UA_MONTHS_GEN[night.month - 1]} (з 18:00 {prev.day} "
        f"{UA_MONTHS_GEN[prev.month - 1]}) противник атакував {drones} ударними БпЛА типу Shahed, Гербера та "
        f"дронами інших типів з напрямків: {', '.join(rng.sample(UA_AREAS, 3))}.",
    ]
    if missiles:
        parts.append(f"Також зафіксовано пуски {missiles} крилатих ракет Х-101.")
    parts.append("Повітряний напад відбивали авіація, зенітні ракетні війська, підрозділи РЕБ і безекіпажних систем.")
    parts.append(f"За попередніми даними, станом на 09:00 протиповітряною обороною збито/подавлено {down} ворожих "
                 f"БпЛА на півночі, півдні та сході країни.")
    if rng.random() < 0.6:
        parts.append(f"Зафіксовано влучання {rng.randint(1, 40)} ударних БпЛА на {rng.randint(1, 20)} локаціях, "
                     f"падіння уламків на {rng.randint(1, 10)} локаціях, зокрема на {rng.choice(UA_OBLASTS)}.")
    parts.append("Атака триває, дотримуйтеся правил безпеки!")
    return "\n\n".join(parts)


def _ua_en(rng: random.Random, night: date) -> str:
    drones = rng.randint(20, 800)
    down = rng.randint(0, drones)
    return (f"Russia launched {drones} drones at Ukraine overnight on {EN_MONTHS[night.month - 1]} {night.day}, "
            f"Ukraine's Air Force said. Air defence shot down or suppressed {down} of them, the statement said. "
            f"Debris fell in several regions; officials said the attack caused fires at energy facilities.")


def _ru_ru(rng: random.Random, night: date) -> str:
    total = rng.randint(5, 400)
    regions = rng.sample(RU_REGIONS, rng.randint(1, 5))
    if rng.random() < 0.5:
        return (f"В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены {total} украинских "
                f"беспилотных летательных аппаратов самолетного типа над территориями "
                f"{', '.join(regions[:-1]) + ' и ' + regions[-1] if len(regions) > 1 else regions[0]} "
                f"{'областей' if len(regions) > 1 else 'области'}.")
    lines = [f"В период с 20.00 мск {(night - timedelta(days=1)).day} {RU_MONTHS_GEN[night.month - 1]} до 7.00 мск "
             f"{night.day} {RU_MONTHS_GEN[night.month - 1]} дежурными средствами ПВО перехвачены и уничтожены {total} "
             f"украинских беспилотных летательных аппаратов самолетного типа:"]
    left = total
    for region in regions:
        n = rng.randint(0, left)
        left -= n
        lines.append(f"▫️ {n} – над территорией {region} области;")
    return "\n".join(lines)


def _ru_en(rng: random.Random, night: date) -> str:
    total = rng.randint(5, 400)
    return (f"Russian air defences intercepted and destroyed {total} Ukrainian fixed-wing drones overnight over "
            f"the Bryansk, Kursk and Belgorod regions, the Defence Ministry said on "
            f"{EN_MONTHS[night.month - 1]} {night.day}.")


def _other(rng: random.Random, night: date) -> str:
    return rng.choice([
        "Вітаємо зі Днем Повітряних сил! Дякуємо кожному, хто захищає наше небо.",
        "Министр обороны провел совещание по вопросам выполнения государственного оборонного заказа.",
    ])


GENERATORS = [("ua_air_force", "uk", _ua_uk, 4), ("ua_air_force", "en", _ua_en, 1), ("ru_mod", "ru", _ru_ru, 4),
              ("ru_mod", "en", _ru_en, 1), ("ua_air_force", "uk", _other, 1)]


def generate(path: Path, n: int, seed: int = 1) -> Path:
    """Write n synthetic raw reports (both sources, three languages) to `path` as JSON Lines."""
    rng = random.Random(seed)
    weights = [g[3] for g in GENERATORS]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i in range(n):
            source, language, make, _ = rng.choices(GENERATORS, weights)[0]
            published = start + timedelta(minutes=7 * i)
            text = make(rng, published.date())
            fh.write(json.dumps({
                "source": source, "message_id": i + 1, "published_at": published.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "language": language, "url": None, "text": text, "note": NOTE,
            }, ensure_ascii=False) + "\n")
    return path


def baseline(path: Path) -> float:
    """Seconds for the bare scan: each line read as JSON, its digits found with one regex."""
    started = time.perf_counter()
    found = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            found += len(_DIGITS.findall(json.loads(line)["text"]))
    return time.perf_counter() - started


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, seed: int = 1, pin: bool = True) -> dict:
    """Generate n reports, time each stage and the baseline, and return the figures."""
    if pin:
        pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="strikeclaims-bench-") as tmp:
        path = generate(Path(tmp) / "reports.jsonl", n, seed)
        size_mb = path.stat().st_size / 1e6
        base = baseline(path)
        t0 = time.perf_counter()
        records, rejected, _ = read.read_reports([path])
        t1 = time.perf_counter()
        claims, _ = parse.parse_records(records)
        t2 = time.perf_counter()
        reports = records.assign(n_claims=0, method="parser", outlet=None)
        claims, invalid = validate.validate("claims", claims)
        t3 = time.perf_counter()
        nightly = aggregate.build_nightly(claims, reports)
        t4 = time.perf_counter()
    total = t4 - t0
    figures = {
        "reports": n, "input_mb": round(size_mb, 1), "claims": len(claims), "nightly_rows": len(nightly),
        "rejected": len(rejected) + len(invalid),
        "read_s": round(t1 - t0, 3), "parse_s": round(t2 - t1, 3), "validate_s": round(t3 - t2, 3),
        "aggregate_s": round(t4 - t3, 3), "total_s": round(total, 3), "baseline_s": round(base, 3),
        "reports_per_s": round(n / total) if total else None,
        "baseline_ratio": round(total / base, 2) if base else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    for key in ("read_s", "parse_s", "validate_s", "aggregate_s", "baseline_s"):
        print(f"{key:<13}{figures[key]:>10.3f}", file=sys.stderr)
    return figures


_BARE_SCAN = (
    "import json, re, sys\n"
    "digits = re.compile(r'\\d+')\n"
    "n = 0\n"
    "with open(sys.argv[1], encoding='utf-8') as fh:\n"
    "    for line in fh:\n"
    "        n += len(digits.findall(json.loads(line)['text']))\n"
)


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a child process pinned to one core."""
    core = str(min(os.sched_getaffinity(0))) if hasattr(os, "sched_getaffinity") else "0"
    started = time.perf_counter()
    proc = subprocess.run(["taskset", "-c", core, *cmd], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "child failed")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, usage.ru_maxrss / 1024


def run_process(n: int, seed: int = 2) -> dict:
    """`strikeclaims parse` as a whole process on n reports, against a bare scan process of the same file."""
    with tempfile.TemporaryDirectory(prefix="strikeclaims-bench-") as tmp:
        path = generate(Path(tmp) / "reports.jsonl", n, seed)
        scan_s, _ = _timed([sys.executable, "-c", _BARE_SCAN, str(path)])
        parse_s, rss = _timed([sys.executable, "-m", "strikeclaims.cli", "parse", str(path), "-o",
                               str(Path(tmp) / "claims.csv"), "--rejects", str(Path(tmp) / "rejected.csv")])
        with open(Path(tmp) / "claims.csv", encoding="utf-8") as fh:
            n_claims = sum(1 for _ in fh) - 1
    return {"reports": n, "claims": n_claims, "parse_process_s": round(parse_s, 3),
            "bare_scan_process_s": round(scan_s, 3), "reports_per_s": round(n / parse_s),
            "baseline_ratio": round(parse_s / scan_s, 2), "peak_rss_mb": round(rss, 1)}
