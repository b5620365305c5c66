"""Raw reports (JSON Lines) -> report records and rejections.

In: one or more `.jsonl` files in the raw-layer format of the data contract.
Out: a frame of report records (one per accepted line, with `raw_path` `path:N`,
UTC `published_at`, `report_id` and a provisional `status` of `parsed` or `superseded`)
and a frame of rejections (`input`, `stage`, `reason`, `value`).

Every line ends in exactly one of the two frames. A byte-order mark, CRLF line ends and
stray control characters are tolerated; they are not errors.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from strikeclaims import fields, reference

RECORD_COLUMNS = [
    "report_id", "source", "claimant", "message_id", "published_at", "language", "url", "text",
    "text_sha256", "raw_path", "note", "retrieved_at", "edited_at", "status",
]
REJECTED_COLUMNS = fields.TABLES["rejected"].columns

# C0 control characters other than tab and newline, and DEL: dropped from texts.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)


def shorten(value: object, limit: int = 120) -> str:
    """A value as a short one-line string for `rejected.value`."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    """Normalise line ends and drop stray control characters; keeps everything else."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def to_utc(value: object) -> tuple[str | None, str | None]:
    """ISO 8601 with offset -> (`YYYY-MM-DDTHH:MM:SSZ`, None), or (None, reason)."""
    if not isinstance(value, str) or not value.strip():
        return None, "published_at is missing or not a string"
    text = value.strip()
    if not _OFFSET.search(text):
        return None, "published_at has no UTC offset, so its moment is unknown"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None, "published_at is not a valid ISO 8601 timestamp"
    if moment.tzinfo is None:
        return None, "published_at has no UTC offset, so its moment is unknown"
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), None


def display_path(path: Path, root: Path | None) -> str:
    """Repository-relative path where the file is under `root`, else the path as given."""
    if root is not None:
        try:
            return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


def _check(obj: object, known_sources: dict) -> tuple[dict | None, str | None, object]:
    """A parsed JSON value -> (record fields, None, None) or (None, reason, offending value)."""
    if not isinstance(obj, dict):
        return None, f"the line is JSON but not an object (it is a {type(obj).__name__})", obj
    source = obj.get("source")
    if not isinstance(source, str) or source not in known_sources:
        return None, "unknown source: not a key of sources.csv", source
    text = obj.get("text")
    if text is None:
        return None, "the report has no text field", None
    if not isinstance(text, str):
        return None, "the report's text is not a string", text
    if len(text) > fields.MAX_TEXT_LENGTH:
        return None, f"the text is over {fields.MAX_TEXT_LENGTH:,} characters, too long to be one report", text[:80]
    language = obj.get("language") or known_sources[source].get("language")
    if language not in fields.LANGUAGES:
        return None, "unknown language: expected uk, ru or en", obj.get("language")
    published, why = to_utc(obj.get("published_at"))
    if why:
        return None, why, obj.get("published_at")
    message_id = obj.get("message_id")
    if isinstance(message_id, bool) or not (message_id is None or isinstance(message_id, (int, str))):
        return None, "message_id is neither a number, a string nor null", message_id
    url = obj.get("url")
    text = clean_text(text)
    return {
        "source": source,
        "claimant": known_sources[source]["claimant"],
        "message_id": None if message_id in (None, "") else str(message_id),
        "published_at": published,
        "language": language,
        "url": url if isinstance(url, str) and url else None,
        "text": text,
        "text_sha256": sha256(text),
        "note": obj.get("note") if isinstance(obj.get("note"), str) else None,
        "retrieved_at": obj.get("retrieved_at") if isinstance(obj.get("retrieved_at"), str) else None,
        "edited_at": obj.get("edited_at") if isinstance(obj.get("edited_at"), str) else None,
    }, None, None


def read_reports(paths: Iterable[Path], root: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Read raw-report files in the order given -> (records, rejected, number of lines read).

    Raises OSError (or UnicodeDecodeError) only when a file cannot be read at all.
    """
    known = reference.sources()
    records: list[dict] = []
    rejected: list[dict] = []
    seen_lines: dict[bytes, str] = {}
    n_lines = 0
    for path in paths:
        shown = display_path(Path(path), root)
        with open(path, encoding="utf-8-sig", newline="\n") as fh:
            for number, line in enumerate(fh, start=1):
                n_lines += 1
                _read_line(line.rstrip("\n").rstrip("\r").lstrip("\ufeff"), f"{shown}:{number}",
                           known, seen_lines, records, rejected)
    frame, dupes = assign_ids(records)
    rejected.extend(dupes)
    return frame, pd.DataFrame(rejected, columns=REJECTED_COLUMNS), n_lines


def _read_line(line: str, where: str, known: dict, seen_lines: dict, records: list, rejected: list) -> None:
    """One raw line -> a record appended to `records` or a rejection appended to `rejected`."""
    if not line.strip():
        rejected.append({"input": where, "stage": "read", "reason": "the line is empty", "value": None})
        return
    digest = hashlib.blake2b(line.encode("utf-8"), digest_size=16).digest()
    if digest in seen_lines:
        rejected.append({"input": where, "stage": "read",
                         "reason": f"an exact duplicate of {seen_lines[digest]}", "value": shorten(line)})
        return
    seen_lines[digest] = where
    try:
        obj = json.loads(line)
    except ValueError as exc:
        rejected.append({"input": where, "stage": "read",
                         "reason": f"not valid JSON ({exc.msg} at character {exc.pos + 1})",
                         "value": shorten(line)})
        return
    record, why, value = _check(obj, known)
    if why:
        rejected.append({"input": where, "stage": "read", "reason": why,
                         "value": None if value is None else shorten(value)})
        return
    record["raw_path"] = where
    records.append(record)


def assign_ids(records: list[dict]) -> tuple[pd.DataFrame, list[dict]]:
    """Give report ids; a message seen again with new text is a new version.

    The last version read of a message keeps `{source}:{message_id}`; earlier ones become
    `{source}:{message_id}@v{n}` with status `superseded`. The same message with the same
    text again, or the same text again without a message id, is rejected as a repeat.
    """
    versions: dict[tuple[str, str], list[dict]] = {}
    keep: list[dict] = []
    rejected: list[dict] = []
    by_hash: dict[str, str] = {}
    for rec in records:
        if rec["message_id"] is None:
            rid = f"{rec['source']}:{rec['text_sha256'][:12]}"
            if rid in by_hash:
                rejected.append({"input": rec["raw_path"], "stage": "read",
                                 "reason": f"the same report text as {by_hash[rid]} (no message id tells them apart)",
                                 "value": shorten(rec["text"])})
                continue
            by_hash[rid] = rec["raw_path"]
            rec["report_id"] = rid
            rec["status"] = "parsed"
            keep.append(rec)
            continue
        chain = versions.setdefault((rec["source"], rec["message_id"]), [])
        same = next((v for v in chain if v["text_sha256"] == rec["text_sha256"]), None)
        if same is not None:
            rejected.append({"input": rec["raw_path"], "stage": "read",
                             "reason": f"message {rec['message_id']} again with the same text as {same['raw_path']}",
                             "value": shorten(rec["text"])})
            continue
        chain.append(rec)
    for (source, message_id), chain in versions.items():
        last = len(chain)
        for n, rec in enumerate(chain, start=1):
            if n == last:
                rec["report_id"] = f"{source}:{message_id}"
                rec["status"] = "parsed"
            else:
                rec["report_id"] = f"{source}:{message_id}@v{n}"
                rec["status"] = "superseded"
            keep.append(rec)
    frame = pd.DataFrame(keep, columns=RECORD_COLUMNS)
    return frame, rejected


def raw_report_files(raw_dir: Path) -> list[Path]:
    """Every raw-report file under `raw_dir`, in a stable order (source, then month)."""
    return sorted(Path(raw_dir).glob("*/*.jsonl"))
