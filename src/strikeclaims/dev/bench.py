"""The benchmark: speed and memory of parse, validate and aggregate on synthetic reports.

In: a number of reports N. Out: a dict of figures (printed by `strikeclaims bench` as its last
line, JSON): `reports_per_s` end to end, `baseline_ratio` (our time over that of a bare scan
that only reads each line as JSON and finds its digits with one regular expression),
`peak_rss_mb`, seconds per stage, and `compiled` (whether the parser modules ran as the C extensions
built from them, `parse/compiled.py`). Reports are read, parsed and validated in chunks
(`pipeline.parse_files`), as `strikeclaims parse` does. The reports are generated into a temporary folder
and marked synthetic (`"note": "synthetic benchmark report"`); nothing is written to `data/`.
The process pins itself to one core so that figures compare across machines of this size, unless
it is asked to parse in several worker processes (`jobs`).

A second scan splits each text into words and numbers with one regular expression
(`tokenise_ratio`, over the bare scan): any parser that reads the words does at least that much,
so it shows how close to the bare scan a parser can come at all. Both scans are timed twice and
the faster run is kept.

`run_build` measures a whole build instead: the synthetic reports are placed in a raw layer
(`data/raw/reports/<source>/<YYYY-MM>.jsonl`) in a temporary project folder, `strikeclaims build`
runs there as a child process, and the peak memory of its process tree (the sum over the process
and its descendants, sampled every few milliseconds, or the largest single process where that is
more) is reported with the wall time.
"""

from __future__ import annotations

import csv
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

from strikeclaims import pipeline
from strikeclaims.parse import compiled

NOTE = "synthetic benchmark report"
_DIGITS = re.compile(r"\d+")
_TOKENS = re.compile(r"\d+|[^\W\d_]+")

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

# A second set of wordings, never used to tune the parsers: the speed of a parse of text it has not seen.
UA_DIRECTIONS = ["Брянська обл. РФ", "Курська обл. РФ", "Приморсько-Ахтарськ", "ТОТ Криму", "Міллерово"]
RU_SEAS = ["Черного моря", "Азовского моря"]


def _ua_uk_unseen(rng: random.Random, night: date) -> str:
    drones = rng.randint(30, 700)
    down = rng.randint(0, drones)
    lost = rng.randint(0, drones - down)
    lines = [f"{night.day} {UA_MONTHS_GEN[night.month - 1]}: протягом ночі ворог запустив по Україні {drones} "
             f"безпілотників (з них близько {rng.randint(1, drones)} – «шахеди»).",
             "Запуски фіксувалися з напрямків {} та {}.".format(*rng.sample(UA_DIRECTIONS, 2)),
             f"Станом на ранок знешкоджено {down} ворожих БпЛА, ще {lost} локаційно втрачено.",
             f"Є пошкодження на {rng.choice(UA_OBLASTS)}. Ворожі дрони ще в повітрі."]
    return "\n".join(lines)


def _ua_en_unseen(rng: random.Random, night: date) -> str:
    missiles = rng.randint(1, 90)
    drones = rng.randint(10, 500)
    return (f"Ukrainian Air Force: overnight into {EN_MONTHS[night.month - 1]} {night.day} Russia struck with "
            f"{missiles} missiles and {drones} attack drones. Air defence downed {rng.randint(0, missiles)} missiles "
            f"and {rng.randint(0, drones)} drones; impacts were recorded at {rng.randint(1, 15)} sites.")


def _ru_ru_unseen(rng: random.Random, night: date) -> str:
    parts = [rng.randint(1, 60) for _ in range(rng.randint(1, 4))]
    places = [f"{n} – над территорией {r} области" for n, r in zip(parts, rng.sample(RU_REGIONS, len(parts)),
                                                                      strict=True)]
    sea = rng.randint(0, 20)
    if sea:
        places.append(f"{sea} – над акваторией {rng.choice(RU_SEAS)}")
    return (f"Минувшей ночью дежурные средства ПВО уничтожили {sum(parts) + sea} беспилотников, из них "
            + ", ".join(places) + ".")


def _ru_en_unseen(rng: random.Random, night: date) -> str:
    return (f"On {EN_MONTHS[night.month - 1]} {night.day}, air defence units shot down {rng.randint(2, 120)} "
            f"fixed-wing UAVs over the {rng.choice(['Kursk', 'Bryansk', 'Belgorod', 'Rostov'])} region, "
            f"Russia's Defence Ministry reported.")


UNSEEN_GENERATORS = [("ua_air_force", "uk", _ua_uk_unseen, 4), ("ua_air_force", "en", _ua_en_unseen, 1),
                     ("ru_mod", "ru", _ru_ru_unseen, 4), ("ru_mod", "en", _ru_en_unseen, 1),
                     ("ua_air_force", "uk", _other, 1)]
WORDINGS = {"bench": GENERATORS, "unseen": UNSEEN_GENERATORS}


def generate(path: Path, n: int, seed: int = 1, wording: str = "bench") -> Path:
    """Write n synthetic raw reports (both sources, three languages) to `path` as JSON Lines, in the
    wordings of `GENERATORS` ("bench") or of `UNSEEN_GENERATORS` ("unseen")."""
    rng = random.Random(seed)
    generators = WORDINGS[wording]
    weights = [g[3] for g in generators]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i in range(n):
            source, language, make, _ = rng.choices(generators, weights)[0]
            published = start + timedelta(minutes=7 * i)
            text = make(rng, published.date())
            fh.write(json.dumps({
                "source": source, "message_id": i + 1, "published_at": published.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "language": language, "url": None, "text": text, "note": NOTE,
            }, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())  # on disk before anything is timed, so that no write-back runs meanwhile
    return path


def _scan(path: Path, pattern: re.Pattern) -> float:
    """Seconds to read each line of `path` as JSON and find every match of `pattern` in its text."""
    started = time.perf_counter()
    found = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            found += len(pattern.findall(json.loads(line)["text"]))
    return time.perf_counter() - started


def baseline(path: Path) -> float:
    """Seconds for the bare scan: each line read as JSON, its digits found with one regex."""
    return _scan(path, _DIGITS)


def tokenise(path: Path) -> float:
    """Seconds to read each line as JSON and split its text into words and numbers with one regex:
    less than any parser that reads the words does, so a floor for `baseline_ratio`."""
    return _scan(path, _TOKENS)


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, seed: int = 1, pin: bool = True, chunk_size: int = pipeline.CHUNK_SIZE, jobs: int = 1) -> dict:
    """Generate n reports, time each stage (streamed as `strikeclaims parse` does) and the baseline.

    With `jobs` above 1, chunks are parsed in that many worker processes and nothing is pinned; the
    stage seconds then add up the workers' time, and only `total_s` is wall-clock time."""
    if pin and jobs <= 1:
        pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="strikeclaims-bench-") as tmp:
        path = generate(Path(tmp) / "reports.jsonl", n, seed)
        size_mb = path.stat().st_size / 1e6
        base = min(baseline(path), baseline(path))  # the faster of two, so that a slow moment does not flatter us
        floor = min(tokenise(path), tokenise(path))
        t0 = time.perf_counter()
        result = pipeline.parse_files([path], nightly=True, chunk_size=chunk_size, jobs=jobs)
        total = time.perf_counter() - t0
    seconds = result.seconds
    figures = {
        "reports": n, "input_mb": round(size_mb, 1), "claims": result.claims, "nightly_rows": len(result.nightly),
        "rejected": result.rejected, "chunk_size": chunk_size, "jobs": jobs,
        "read_s": round(seconds["read"], 3), "parse_s": round(seconds["parse"], 3),
        "validate_s": round(seconds["validate"], 3), "aggregate_s": round(seconds["aggregate"], 3),
        "total_s": round(total, 3), "baseline_s": round(base, 3),
        "reports_per_s": round(n / total) if total else None,
        "baseline_ratio": round(total / base, 2) if base else None,
        "tokenise_s": round(floor, 3), "tokenise_ratio": round(floor / base, 2) if base else None,
        "peak_rss_mb": round(peak_rss_mb(), 1), "compiled": compiled.IN_USE,
    }
    if jobs > 1:
        figures["worker_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    for key in ("read_s", "parse_s", "validate_s", "aggregate_s", "baseline_s", "tokenise_s"):
        print(f"{key:<13}{figures[key]:>10.3f}", file=sys.stderr)
    return figures


def generate_raw_layer(root: Path, n: int, seed: int = 1, wording: str = "bench") -> list[Path]:
    """Write n synthetic raw reports as the raw layer of a project folder `root`: one JSON Lines file
    per source and month under `data/raw/reports/`, and an empty `data/raw/manual/`. -> the files."""
    raw = Path(root) / "data" / "raw"
    (raw / "manual").mkdir(parents=True, exist_ok=True)
    whole = Path(root) / "generated.jsonl"
    generate(whole, n, seed, wording)
    handles: dict[Path, object] = {}
    try:
        with open(whole, encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                path = raw / "reports" / obj["source"] / f"{obj['published_at'][:7]}.jsonl"
                if path not in handles:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    handles[path] = open(path, "w", encoding="utf-8", newline="\n")
                handles[path].write(line)
    finally:
        for out in handles.values():
            out.close()
    whole.unlink()
    return sorted(handles)


def _tree_rss(pid: int) -> int:
    """The resident memory of a process and all its descendants, in bytes (Linux /proc; 0 elsewhere)."""
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * page
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue  # the process ended meanwhile
    return total


def _watched(cmd: list[str], interval: float = 0.02) -> tuple[float, float, float]:
    """Run a child process to its end -> (wall seconds, peak RSS of its process tree in MB as sampled,
    peak RSS of its largest single process in MB as the kernel counted it)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(interval)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(err.strip().splitlines()[-1] if err.strip() else "child failed")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak / 2**20, largest


def run_build(n: int, seed: int = 1) -> dict:
    """`strikeclaims build` as a whole process on a synthetic raw layer of n reports in a temporary
    project folder -> wall seconds, peak memory of the process tree, and what the build published."""
    with tempfile.TemporaryDirectory(prefix="strikeclaims-bench-build-") as tmp:
        files = generate_raw_layer(Path(tmp), n, seed)
        size_mb = sum(p.stat().st_size for p in files) / 1e6
        seconds, tree_mb, largest_mb = _watched([sys.executable, "-m", "strikeclaims.cli", "build", "--root", tmp,
                                                 "--force"])
        clean = Path(tmp) / "data" / "clean"
        with open(clean / "claims.csv", encoding="utf-8") as fh:
            n_claims = sum(1 for _ in csv.reader(fh)) - 1
        published_mb = sum(p.stat().st_size for p in clean.iterdir()) / 1e6
    return {"reports": n, "raw_files": len(files), "input_mb": round(size_mb, 1), "claims": n_claims,
            "published_mb": round(published_mb, 1), "build_process_s": round(seconds, 3),
            "reports_per_s": round(n / seconds), "peak_rss_mb": round(max(tree_mb, largest_mb), 1),
            "peak_tree_rss_sampled_mb": round(tree_mb, 1), "largest_process_rss_mb": round(largest_mb, 1)}


_BARE_SCAN = (
    "import json, re, sys\n"
    "digits = re.compile(r'\\d+')\n"
    "n = 0\n"
    "with open(sys.argv[1], encoding='utf-8') as fh:\n"
    "    for line in fh:\n"
    "        n += len(digits.findall(json.loads(line)['text']))\n"
)


def _timed(cmd: list[str], pin: bool = True) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a child process, pinned to one core unless `pin` is False."""
    if pin:
        core = str(min(os.sched_getaffinity(0))) if hasattr(os, "sched_getaffinity") else "0"
        cmd = ["taskset", "-c", core, *cmd]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "child failed")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, usage.ru_maxrss / 1024


def run_process(n: int, seed: int = 2, wording: str = "unseen", jobs: int = 1) -> dict:
    """`strikeclaims parse` as a whole process on n reports (by default in wordings the parsers were not
    tuned on), against a bare scan process of the same file. With `jobs` above 1 the parse is not pinned
    to one core and runs that many workers; its peak memory is then that of the largest process."""
    with tempfile.TemporaryDirectory(prefix="strikeclaims-bench-") as tmp:
        path = generate(Path(tmp) / "reports.jsonl", n, seed, wording)
        scan_s = min(_timed([sys.executable, "-c", _BARE_SCAN, str(path)])[0] for _ in range(2))
        parse_s, rss = _timed([sys.executable, "-m", "strikeclaims.cli", "parse", str(path), "-o",
                               str(Path(tmp) / "claims.csv"), "--rejects", str(Path(tmp) / "rejected.csv"),
                               "--jobs", str(jobs)], pin=jobs <= 1)
        with open(Path(tmp) / "claims.csv", encoding="utf-8") as fh:
            n_claims = sum(1 for _ in fh) - 1
    return {"reports": n, "wording": wording, "jobs": jobs, "claims": n_claims, "parse_process_s": round(parse_s, 3),
            "bare_scan_process_s": round(scan_s, 3), "reports_per_s": round(n / parse_s),
            "baseline_ratio": round(parse_s / scan_s, 2), "peak_rss_mb": round(rss, 1)}
