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
    if len(text) == 25 and text.endswith("+00:00"):
        return text[:19] + "Z", None  # already UTC to the second: the common case, kept fast
    return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z", None


def display_path(path: Path, root: Path | None) -> str:
    """Repository-relative path where the file is under `root`, else the path as given."""
    if root is not None:
        try:
            return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


class _Rejected(Exception):
    def __init__(self, reason: str, value: object = None):
        super().__init__(reason)
        self.reason, self.value = reason, value


# Positions in a record tuple; RECORD_COLUMNS less report_id and status, which assign_ids adds.
_FIELDS = ["source", "claimant", "message_id", "published_at", "language", "url", "text", "text_sha256",
           "raw_path", "note", "retrieved_at", "edited_at"]
_SOURCE, _MESSAGE_ID, _TEXT, _SHA, _RAW_PATH = 0, 2, 6, 7, 8


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) and value else None


def _check(obj: object, known_sources: dict, where: str) -> tuple:
    """A parsed JSON value -> a record tuple (see `_FIELDS`); raises _Rejected with a reason."""
    if not isinstance(obj, dict):
        raise _Rejected(f"the line is JSON but not an object (it is a {type(obj).__name__})", obj)
    source = obj.get("source")
    if not isinstance(source, str) or source not in known_sources:
        raise _Rejected("unknown source: not a key of sources.csv", source)
    text = obj.get("text")
    if text is None:
        raise _Rejected("the report has no text field")
    if not isinstance(text, str):
        raise _Rejected("the report's text is not a string", text)
    if len(text) > fields.MAX_TEXT_LENGTH:
        raise _Rejected(f"the text is over {fields.MAX_TEXT_LENGTH:,} characters, too long to be one report",
                        text[:80])
    language = obj.get("language") or known_sources[source]["language"]
    if language not in fields.LANGUAGES:
        raise _Rejected("unknown language: expected uk, ru or en", obj.get("language"))
    published, why = to_utc(obj.get("published_at"))
    if why:
        raise _Rejected(why, obj.get("published_at"))
    message_id = obj.get("message_id")
    if isinstance(message_id, bool) or not (message_id is None or isinstance(message_id, (int, str))):
        raise _Rejected("message_id is neither a number, a string nor null", message_id)
    text = clean_text(text)
    return (source, known_sources[source]["claimant"], None if message_id in (None, "") else str(message_id),
            published, language, _optional_str(obj, "url"), text, sha256(text), where, _optional_str(obj, "note"),
            _optional_str(obj, "retrieved_at"), _optional_str(obj, "edited_at"))


def read_reports(paths: Iterable[Path], root: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Read raw-report files in the order given -> (records, rejected, number of lines read).

    Raises OSError (or UnicodeDecodeError) only when a file cannot be read at all.
    """
    known = reference.sources()
    records: list[tuple] = []
    rejected: list[dict] = []
    seen_lines: dict[bytes, str] = {}
    n_lines = 0
    loads, blake2b = json.loads, hashlib.blake2b
    for path in paths:
        shown = display_path(Path(path), root)
        with open(path, encoding="utf-8-sig", newline="\n") as fh:
            for number, line in enumerate(fh, start=1):
                n_lines += 1
                where = f"{shown}:{number}"
                line = line.rstrip("\r\n").lstrip("\ufeff")
                if not line.strip():
                    rejected.append({"input": where, "stage": "read", "reason": "the line is empty", "value": None})
                    continue
                digest = blake2b(line.encode("utf-8"), digest_size=16).digest()
                first = seen_lines.setdefault(digest, where)
                if first is not where:
                    rejected.append({"input": where, "stage": "read", "reason": f"an exact duplicate of {first}",
                                     "value": shorten(line)})
                    continue
                try:
                    records.append(_check(loads(line), known, where))
                except ValueError as exc:
                    rejected.append({"input": where, "stage": "read",
                                     "reason": f"not valid JSON ({exc.msg} at character {exc.pos + 1})",
                                     "value": shorten(line)})
                except _Rejected as exc:
                    rejected.append({"input": where, "stage": "read", "reason": exc.reason,
                                     "value": None if exc.value is None else shorten(exc.value)})
    frame, dupes = assign_ids(records)
    rejected.extend(dupes)
    return frame, pd.DataFrame(rejected, columns=REJECTED_COLUMNS), n_lines


def assign_ids(records: list[tuple]) -> tuple[pd.DataFrame, list[dict]]:
    """Give report ids; a message seen again with new text is a new version.

    The last version read of a message keeps `{source}:{message_id}`; earlier ones become
    `{source}:{message_id}@v{n}` with status `superseded`. The same message with the same
    text again, or the same text again without a message id, is rejected as a repeat.
    """
    ids: list[str | None] = [None] * len(records)
    status: list[str] = ["parsed"] * len(records)
    dropped: set[int] = set()
    rejected: list[dict] = []
    first_of: dict[str, int] = {}
    chains: dict[str, list[int]] = {}
    for i, rec in enumerate(records):
        if rec[_MESSAGE_ID] is None:
            rid = f"{rec[_SOURCE]}:{rec[_SHA][:12]}"
            if rid in first_of:
                rejected.append({"input": rec[_RAW_PATH], "stage": "read",
                                 "reason": f"the same report text as {records[first_of[rid]][_RAW_PATH]} "
                                           "(no message id tells them apart)", "value": shorten(rec[_TEXT])})
                dropped.add(i)
                continue
            first_of[rid] = i
            ids[i] = rid
            continue
        rid = f"{rec[_SOURCE]}:{rec[_MESSAGE_ID]}"
        chain = chains.get(rid)
        if chain is None:
            chains[rid] = [i]
            ids[i] = rid
            continue
        same = next((j for j in chain if records[j][_SHA] == rec[_SHA]), None)
        if same is not None:
            rejected.append({"input": rec[_RAW_PATH], "stage": "read",
                             "reason": f"message {rec[_MESSAGE_ID]} again with the same text as "
                                       f"{records[same][_RAW_PATH]}", "value": shorten(rec[_TEXT])})
            dropped.add(i)
            continue
        chain.append(i)
    for rid, chain in chains.items():
        for n, i in enumerate(chain, start=1):
            if n < len(chain):
                ids[i], status[i] = f"{rid}@v{n}", "superseded"
            else:
                ids[i] = rid
    keep = [i for i in range(len(records)) if i not in dropped] if dropped else range(len(records))
    frame = pd.DataFrame([records[i] for i in keep], columns=_FIELDS) if len(records) else \
        pd.DataFrame(columns=_FIELDS)
    frame.insert(0, "report_id", [ids[i] for i in keep])
    frame["status"] = [status[i] for i in keep]
    frame = frame[RECORD_COLUMNS]
    return frame, rejected


def raw_report_files(raw_dir: Path) -> list[Path]:
    """Every raw-report file under `raw_dir`, in a stable order (source, then month)."""
    return sorted(Path(raw_dir).glob("*/*.jsonl"))
