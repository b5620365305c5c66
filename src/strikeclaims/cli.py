"""The command line: `strikeclaims COMMAND …`. Parses arguments, calls a stage, prints.

Errors a user can fix (an unreadable file, a missing column) end in one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from strikeclaims import __version__, fields

if TYPE_CHECKING:
    from strikeclaims.pipeline import Importer


class UserError(Exception):
    """An error the user can fix; printed as one line."""


def _print_summary(summary: dict) -> None:
    print(", ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k} {v}" for k, v in summary.items()))


def cmd_build(args: argparse.Namespace) -> int:
    from strikeclaims import build, publish

    try:
        result = build.build(Path(args.root), force=args.force, allow_shrink=args.allow_shrink)
    except build.BuildError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(publish.describe(exc)) from exc
    print(result.summary())
    return 0


def _jobs(value: int) -> int:
    """`--jobs`: a number of worker processes, or 0 for one a core."""
    if value < 0:
        raise UserError("--jobs must be 0 (one a core) or more")
    if value:
        return value
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _distinct(inputs: list[str], outputs: dict[str, str | None]) -> None:
    """Refuse an output that is an input, or the same file as another output: it would be overwritten."""
    taken = {_same_file_key(path): f"the input {path}" for path in inputs}
    for option, value in outputs.items():
        if value is None:
            continue
        key = _same_file_key(value)
        if key in taken:
            raise UserError(f"{option} {value} is {taken[key]}: it would be overwritten; choose another path")
        taken[key] = f"the file of {option}"


def _same_file_key(path: str) -> str:
    """One key for every name of a file: its device and inode where it exists, else its resolved path."""
    try:
        info = os.stat(path)
        return f"{info.st_dev}:{info.st_ino}"
    except OSError:
        return str(Path(path).resolve())


def cmd_parse(args: argparse.Namespace) -> int:
    from strikeclaims import build, pipeline, publish

    _distinct([args.reports], {"-o": args.output, "--rejects": args.rejects})
    try:
        result = pipeline.parse_files([Path(args.reports)], claims_out=Path(args.output),
                            rejects_out=Path(args.rejects) if args.rejects else None,
                            chunk_size=max(1, args.chunk_size), progress=build.progress_enabled(),
                            jobs=_jobs(args.jobs))
    except OSError as exc:
        raise UserError(f"cannot read or write: {publish.describe(exc)}") from exc
    print(f"{result.lines:,} lines: {result.reports:,} reports, {result.claims:,} claims, "
          f"{result.rejected:,} rejected", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from strikeclaims.dev import evaluate

    return evaluate.main(Path(args.gold) if args.gold else None)


def cmd_import_telegram(args: argparse.Namespace) -> int:
    from strikeclaims.collect import telegram_export

    summary = telegram_export.import_export(Path(args.export), source=args.source, language=args.language,
                                            raw_dir=Path(args.raw_dir))
    _print_summary(summary)
    return 0


def cmd_fetch_telegram(args: argparse.Namespace) -> int:
    from strikeclaims.collect import telegram_web

    summary = telegram_web.fetch_channel(args.channel, source=args.source, since=args.since,
                                         max_pages=args.max_pages, raw_dir=Path(args.raw_dir),
                                         base_url=args.base_url)
    _print_summary(summary)
    return 0


def _import_dataset(args: argparse.Namespace, name: str, importer: Importer, unit: str) -> int:
    """An external dataset file -> a claims file and a rejects file, through the build's route."""
    from strikeclaims import pipeline
    from strikeclaims.importers import DatasetError

    _distinct([args.path], {"-o": args.output, "--rejects": args.rejects})
    try:
        rows, n_reports, n_claims, n_rejected, sha = pipeline.import_file(
            name, importer, Path(args.path), claims_out=Path(args.output),
            rejects_out=Path(args.rejects) if args.rejects else None)
    except (OSError, UnicodeDecodeError, DatasetError) as exc:
        raise UserError(f"cannot read {args.path}: {exc}") from exc
    print(f"{rows:,} {unit}: {n_reports:,} reports, {n_claims:,} claims, {n_rejected:,} rejected; sha256 {sha}",
          file=sys.stderr)
    return 0


def cmd_import_piterfm(args: argparse.Namespace) -> int:
    from strikeclaims.importers import piterfm

    return _import_dataset(args, "piterfm", piterfm.import_stream, "rows")


def cmd_import_eodi(args: argparse.Namespace) -> int:
    from strikeclaims.importers import eodi

    return _import_dataset(args, "eodi", eodi.import_stream, "records")


def cmd_crosscheck_piterfm(args: argparse.Namespace) -> int:
    from strikeclaims import crosscheck, load, publish
    from strikeclaims.importers import DatasetError

    _distinct([args.path], {"-o": args.output})
    try:
        table, counts = crosscheck.run(Path(args.data), Path(args.path))
    except load.MissingData as exc:
        raise UserError(str(exc)) from exc
    except (OSError, UnicodeDecodeError, DatasetError) as exc:
        raise UserError(f"cannot read {args.path}: {exc}") from exc
    text = table.to_csv(index=False, lineterminator="\n")
    if args.output:
        publish.write_file(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    print(f"{counts['nights_both']:,} Air Force nights in both; launched drones agree on "
          f"{counts['launched_agree']:,} of {counts['launched_compared']:,}, drones stopped on "
          f"{counts['defended_agree']:,} of {counts['defended_compared']:,}", file=sys.stderr)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from strikeclaims.dev import bench

    jobs = _jobs(args.jobs)
    if args.build:
        result = bench.run_build(args.reports)
    elif args.process:
        result = bench.run_process(args.reports, jobs=jobs)
    else:
        result = bench.run(args.reports, jobs=jobs)
    print(json.dumps(result, sort_keys=True))
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from strikeclaims import charts, load

    try:
        written, skipped = charts.export_all(Path(args.data), Path(args.output))
    except load.MissingData as exc:
        raise UserError(str(exc)) from exc
    for path in written:
        print(path)
    for name, sentence in skipped.items():
        print(f"{name}: not drawn. {sentence}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from strikeclaims import export, load

    try:
        written = export.export(Path(args.data), Path(args.output), args.format)
    except load.MissingData as exc:
        raise UserError(str(exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(str(exc)) from exc
    for path in written:
        print(path)
    return 0


def cmd_codebook(args: argparse.Namespace) -> int:
    from strikeclaims import publish

    publish.write_file(Path(args.output), publish.codebook().encode("utf-8"))
    return 0


def _claims_outputs(sub: argparse.ArgumentParser, func) -> None:
    sub.add_argument("-o", "--output", required=True, help="claims CSV to write")
    sub.add_argument("--rejects", help="rejected CSV to write (the rejected.csv columns)")
    sub.set_defaults(func=func)


# Each subcommand: its one-line description and an example. The help, and the README's command list
# (`command_list`, checked by a test), are made from this table.
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build data/clean/ (and data/full/ with external datasets), print the accounting",
              "strikeclaims build --force"),
    "parse": ("parse a raw-report JSONL file into claims",
              "strikeclaims parse data/raw/reports/ru_mod/2025-05.jsonl -o claims.csv --rejects rejected.csv"),
    "evaluate": ("precision, recall, F1 and dates of the parsers on each gold set", "strikeclaims evaluate"),
    "import-telegram": ("append a Telegram Desktop channel export to the raw layer",
                        "strikeclaims import-telegram result.json --source ua_air_force"),
    "fetch-telegram": ("collect a channel's public web preview into the raw layer",
                       "strikeclaims fetch-telegram kpszsu --source ua_air_force --since 2025-05-01"),
    "import-piterfm": ("import the piterfm missile_attacks_daily.csv into claims",
                       "strikeclaims import-piterfm missile_attacks_daily.csv -o claims.csv --rejects rejected.csv"),
    "import-eodi": ("import the EODI ucrania.json (both sides' figures per attack) into claims",
                    "strikeclaims import-eodi ucrania.json -o claims.csv --rejects rejected.csv"),
    "crosscheck-piterfm": ("list the Air Force nights whose drone figures differ from the piterfm dataset's",
                           "strikeclaims crosscheck-piterfm missile_attacks_daily.csv -o differences.csv"),
    "bench": ("benchmark parse, validate and aggregate, or a whole build (--build), on synthetic reports",
              "strikeclaims bench --build --reports 200000"),
    "figures": ("render every chart as PNG (none for a chart with nothing to draw)",
                "strikeclaims figures --data data/clean -o reports/figures"),
    "export": ("write every published table with its types as Parquet files or a SQLite database",
               "strikeclaims export --format sqlite -o exports/sqlite"),
    "codebook": ("write the codebook generated from the field dictionary", "strikeclaims codebook -o docs/codebook.md"),
}


class _Wide(argparse.HelpFormatter):
    """Help without line wrapping of the usage (for `command_list`)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=10_000)


def command_list() -> str:
    """The README's command list: each subcommand's usage, its description and its example."""
    out = []
    for name, sub in _subparsers(parser(_Wide)).items():
        usage = sub.format_usage().removeprefix("usage: ").replace(" [-h]", "").strip()
        out += [usage, f"    {COMMANDS[name][0]}", f"    e.g. {COMMANDS[name][1]}"]
    return "\n".join(out) + "\n"


def _subparsers(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def parser(formatter: type[argparse.HelpFormatter] = argparse.HelpFormatter) -> argparse.ArgumentParser:
    from strikeclaims.collect import MAX_PAGES

    p = argparse.ArgumentParser(prog="strikeclaims", description="Build and query the strike-claims dataset.")
    p.add_argument("--version", action="version", version=f"strikeclaims {__version__}")
    subparsers = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str) -> argparse.ArgumentParser:
        """A subcommand with its one-line description and its example from `COMMANDS`."""
        text, example = COMMANDS[name]
        return subparsers.add_parser(name, help=text, description=text[:1].upper() + text[1:] + ".",
                                     epilog=f"example: {example}", formatter_class=formatter)

    b = command("build")
    b.add_argument("--root", default=".", help="project folder (default: .)")
    b.add_argument("--force", action="store_true", help="redo every stage, ignoring the cache")
    b.add_argument("--allow-shrink", action="store_true",
                   help="publish even when data/clean would lose reports or claims from a raw layer that did not shrink")
    b.set_defaults(func=cmd_build)

    pa_ = command("parse")
    pa_.add_argument("reports", help="raw reports, JSON Lines")
    pa_.add_argument("--chunk-size", type=int, default=20_000,
                     help="reports parsed at a time; memory grows with it (default: 20000)")
    pa_.add_argument("--jobs", type=int, default=1,
                     help="worker processes that parse chunks; 0 for one a core (default: 1)")
    _claims_outputs(pa_, cmd_parse)

    e = command("evaluate")
    e.add_argument("--gold", help="a gold folder with reports.jsonl and claims.csv (default: every gold set)")
    e.set_defaults(func=cmd_evaluate)

    t = command("import-telegram")
    t.add_argument("export", help="result.json of a channel export")
    t.add_argument("--source", required=True, help="source key (sources.csv)")
    t.add_argument("--language", choices=fields.LANGUAGES, help="language (default: the source's)")
    t.add_argument("--raw-dir", default="data/raw/reports", help="raw reports folder")
    t.set_defaults(func=cmd_import_telegram)

    f = command("fetch-telegram")
    f.add_argument("channel", help="channel name, such as kpszsu")
    f.add_argument("--source", required=True, help="source key (sources.csv)")
    f.add_argument("--since", help="oldest date to collect, YYYY-MM-DD")
    f.add_argument("--max-pages", type=int, help=f"stop after this many pages (default {MAX_PAGES}); the "
                   "next run goes on from where this one stopped")
    f.add_argument("--raw-dir", default="data/raw/reports", help="raw reports folder")
    f.add_argument("--base-url", default="https://t.me", help="web preview host (default https://t.me)")
    f.set_defaults(func=cmd_fetch_telegram)

    i = command("import-piterfm")
    i.add_argument("path", help="missile_attacks_daily.csv")
    _claims_outputs(i, cmd_import_piterfm)

    e = command("import-eodi")
    e.add_argument("path", help="ucrania.json")
    _claims_outputs(e, cmd_import_eodi)

    x = command("crosscheck-piterfm")
    x.add_argument("path", help="piterfm missile_attacks_daily.csv")
    x.add_argument("--data", default="data/clean", help="published tables to check (default: data/clean)")
    x.add_argument("-o", "--output", help="CSV to write the differences to (default: standard output)")
    x.set_defaults(func=cmd_crosscheck_piterfm)

    bn = command("bench")
    bn.add_argument("--reports", type=int, default=100_000, help="number of synthetic reports")
    bn.add_argument("--process", action="store_true",
                    help="time `strikeclaims parse` as a whole process against a bare scan process")
    bn.add_argument("--build", action="store_true",
                    help="time `strikeclaims build` as a whole process on the reports placed in a raw layer, with "
                         "the peak memory of its process tree")
    bn.add_argument("--jobs", type=int, default=1,
                    help="parse in this many worker processes, unpinned; 0 for one a core (default: 1, on one core)")
    bn.set_defaults(func=cmd_bench)

    fg = command("figures")
    fg.add_argument("--data", default="data/clean", help="published folder to chart (default data/clean)")
    fg.add_argument("-o", "--output", default="reports/figures", help="folder for the PNG files")
    fg.set_defaults(func=cmd_figures)

    ex = command("export")
    ex.add_argument("--format", required=True, choices=("parquet", "sqlite"), help="parquet: a file per table; "
                    "sqlite: one database, strikeclaims.sqlite")
    ex.add_argument("-o", "--output", required=True, help="folder to write into (created when missing)")
    ex.add_argument("--data", default="data/clean", help="published tables to export (default: data/clean)")
    ex.set_defaults(func=cmd_export)

    c = command("codebook")
    c.add_argument("-o", "--output", default="docs/codebook.md")
    c.set_defaults(func=cmd_codebook)
    return p


def main(argv: list[str] | None = None) -> int:
    from strikeclaims.collect import CollectError

    args = parser().parse_args(argv)
    previous = _stop_on_sigterm()
    try:
        return args.func(args)
    except (UserError, CollectError) as exc:
        print(f"strikeclaims {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"strikeclaims {args.command}: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print(f"strikeclaims {args.command}: terminated", file=sys.stderr)
        return 143
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """SIGTERM arrived: raised where the program is, so that temporary files are removed on the way out.
    Not an `Exception`, so that no handler of bad input mistakes it for one."""


def _raise_terminated(signum, frame) -> None:
    raise _Terminated


def _stop_on_sigterm():
    """Turn SIGTERM into `_Terminated`; the handler it replaces, or None where none can be set."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


if __name__ == "__main__":
    sys.exit(main())
