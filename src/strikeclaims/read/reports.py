"""Raw reports (JSON Lines) -> report records and rejections.

In: one or more `.jsonl` files in the raw-layer format of the data contract.
Out: a frame of report records (one per accepted line, with `raw_path` `path:N`,
UTC `published_at`, `report_id` and a provisional `status` of `parsed` or `superseded`)
and a frame of rejections (`input`, `stage`, `reason`, `value`).

Every line ends in exactly one of the two frames. A byte-order mark, CRLF line ends and
stray control characters are tolerated; they are not errors. A line that is not UTF-8, not JSON
(or JSON nested too deeply, or holding a number of thousands of digits), over `MAX_LINE_BYTES`,
holding a lone surrogate, or published outside the war's span (`fields.war_span`) is a rejection
with its reason; the file is read on.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

from strikeclaims import fields, reference
from strikeclaims.read.files import open_regular, report_files

RECORD_COLUMNS = [
    "report_id", "source", "claimant", "message_id", "published_at", "language", "url", "text",
    "text_sha256", "raw_path", "note", "retrieved_at", "edited_at", "status",
]
REJECTED_COLUMNS = fields.TABLES["rejected"].columns

# C0 control characters other than tab and newline, and DEL: dropped from texts.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# What a published cell must not hold: control characters and lone surrogates (not characters at all).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)
# A JSON escape of a UTF-16 surrogate: only a line holding one can give a string with a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
# No report line comes near this (a text of MAX_TEXT_LENGTH characters, escaped, is under 1.3 MB).
MAX_LINE_BYTES = 4 << 20
# Python's JSON parser gives up on nesting deeper than the interpreter's recursion limit: no report nests so.
_TOO_DEEP = "the line is JSON nested too deeply to be a report"


def printable(text: str) -> str:
    """A text with its control characters and lone surrogates written as escapes (`\\x00`, `\\ud800`),
    so that a published cell never holds them."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)


def shorten(value: object, limit: int = 120) -> str:
    """A value as a short one-line string for `rejected.value`, without control characters."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """Why a line is not read: its first byte that is not UTF-8, and where."""
    return f"not UTF-8 text (byte 0x{data[exc.start]:02x} at byte {exc.start + 1:,} of the line)"


def around(data: bytes, position: int, width: int = 50) -> str:
    """The bytes around a position, decoded with replacement characters, for `rejected.value`."""
    return shorten(data[max(0, position - width):position + width].decode("utf-8", "replace"))


_SPAN: list = [0.0, None]  # when the cached span expires (time.monotonic) and the span's dates as ISO text


def _span() -> tuple[str, str]:
    """`fields.war_span()` as ISO dates, read again every minute (a long run may cross midnight)."""
    now = time.monotonic()
    if now >= _SPAN[0]:
        first, last = fields.war_span()
        _SPAN[:] = [now + 60, (first.isoformat(), last.isoformat())]
    return _SPAN[1]


def out_of_span(moment: datetime) -> str | None:
    """Why an aware publication time cannot be a report's, or None when it lies within the war's span."""
    day = (moment.astimezone(UTC) if date.min < moment.date() < date.max else moment).date().isoformat()
    return _span_reason(day)


def _span_reason(day: str) -> str | None:
    first, last = _span()
    if day < first:
        return f"published_at is before {first[:4]}, outside the war's span"
    if day > last:
        return "published_at is more than a day after the build, in the future"
    return None


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
    if len(text) == 25 and text.endswith("+00:00"):  # already UTC to the second: the common case, kept fast
        why = _span_reason(text[:10])
        return (None, why) if why else (text[:19] + "Z", None)
    why = out_of_span(moment)
    if why:
        return None, why
    return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z", None


def display_path(path: Path, root: Path | None) -> str:
    """Repository-relative path where the file is under `root`, else the path as given; a name that is
    not UTF-8 or holds control characters is shown with replacement characters and escapes."""
    shown = Path(path).as_posix()
    if root is not None:
        try:
            # The folder is resolved, not the file: a symbolic link is shown as itself.
            shown = (Path(path).parent.resolve() / Path(path).name).relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return printable(shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


class _Rejected(Exception):
    def __init__(self, reason: str, value: object = None):
        super().__init__(reason)
        self.reason, self.value = reason, value


# Positions in a record tuple from `_check`: RECORD_COLUMNS less report_id and status, which the reader adds.
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
    if isinstance(message_id, str) and "@" in message_id:
        raise _Rejected("message_id holds '@', which report ids keep for the versions of an edited message "
                        "(`{message_id}@v{n}`)", message_id)
    text = clean_text(text)
    return (source, known_sources[source]["claimant"], None if message_id in (None, "") else str(message_id),
            published, language, _optional_str(obj, "url"), text, sha256(text), where, _optional_str(obj, "note"),
            _optional_str(obj, "retrieved_at"), _optional_str(obj, "edited_at"))


def _skip_line(fh) -> None:
    """Read on to the end of an over-long line."""
    while (rest := fh.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
        pass


def _no_lone_surrogate(obj: object) -> None:
    """Reject a line whose fields hold a lone surrogate (a JSON escape such as `\\ud800` with no pair):
    it is not a character and cannot be written as UTF-8."""
    for name in _KEYS if isinstance(obj, dict) else ():
        value = obj.get(name)
        if isinstance(value, str) and _LONE.search(value):
            raise _Rejected(f"the {name} holds a lone surrogate (a \\ud800-style escape that is no character)",
                            _LONE.sub("\ufffd", value))


_LONE = re.compile(r"[\ud800-\udfff]")
_KEYS = ("source", "message_id", "published_at", "language", "url", "text", "note", "retrieved_at", "edited_at")


def read_reports(paths: Iterable[Path], root: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Read raw-report files in the order given -> (records, rejected, number of lines read).

    Raises OSError only when a file cannot be read at all (`files.NotRegularFile` for a FIFO or a device).
    """
    reader = ReportReader(root)
    records: list[tuple] = []
    rejected: list[dict] = []
    repeats: list[dict] = []
    for chunk in reader.chunks(paths, size=None):
        records.extend(chunk.records)
        rejected.extend(chunk.rejected)
        repeats.extend(chunk.repeats)
    frame = apply_versions(records_frame(records), reader.versions())
    return frame, pd.DataFrame(rejected + repeats, columns=REJECTED_COLUMNS), reader.n_lines


# A version of a report in one int: 128 bits of its text's sha256, 64 of its line's digest, then 48 of
# its position (the file's index above the line number).
_LINE_MASK = (1 << 64) - 1
_TEXT_SHIFT = 48 + 64


def _version(sha: str, line_digest: int, file_index: int, number: int) -> int:
    return int(sha[:32], 16) << _TEXT_SHIFT | line_digest << 48 | file_index << 32 | number


class Chunk:
    """Records (tuples in `RECORD_COLUMNS` order, with provisional ids) and rejections of some lines."""

    __slots__ = ("records", "rejected", "repeats")

    def __init__(self) -> None:
        self.records: list[tuple] = []
        self.rejected: list[dict] = []  # lines that are not reports
        self.repeats: list[dict] = []  # reports read before (the same line, message or text again)


class ReportReader:
    """Raw-report files -> chunks of records and rejections, reading each line once.

    Report ids: a message (`{source}:{message_id}`) seen again with new text is a new version.
    The last version read keeps `{source}:{message_id}`; earlier ones become `{source}:{message_id}@v{n}`
    with status `superseded`. While reading, the first version of a message is given the plain id and
    the k-th `@v{k}`; `versions()` gives, once every line is read, the ids that change. The same
    message with the same text again, or the same text again without a message id, is a repeat.

    A line that repeats an earlier report line exactly is rejected as an exact duplicate of it.
    What is kept per report is small (digests and a position), so files larger than memory can be
    read chunk by chunk.
    """

    def __init__(self, root: Path | None = None):
        self.root = root
        self.known = reference.sources()
        self.n_lines = 0
        self._shown: list[str] = []  # file index -> its path as shown in `path:N`
        # Report id -> its versions, each `_version(...)`: one int, or a list of them for an edited message.
        self._messages: dict[str, int | list[int]] = {}
        self._texts: dict[str, int] = {}  # the same for reports without message id (one version each)

    def _where(self, version: int) -> str:
        position = version & 0xFFFFFFFFFFFF
        return f"{self._shown[position >> 32]}:{position & 0xFFFFFFFF}"

    def chunks(self, paths: Iterable[Path], size: int | None = 20_000) -> Iterator[Chunk]:
        """Chunks of at most `size` records (one chunk for everything when `size` is None)."""
        loads, blake2b = json.loads, hashlib.blake2b
        known = self.known
        chunk = Chunk()
        for path in paths:
            file_index = len(self._shown)
            self._shown.append(display_path(Path(path), self.root))
            shown = self._shown[file_index]
            with open_regular(Path(path)) as fh:
                number = 0
                while raw_line := fh.readline(MAX_LINE_BYTES + 1):
                    number += 1
                    self.n_lines += 1
                    where = f"{shown}:{number}"
                    if len(raw_line) > MAX_LINE_BYTES and not raw_line.endswith(b"\n"):
                        _skip_line(fh)
                        chunk.rejected.append({"input": where, "stage": "read", "value": shorten(raw_line[:80]
                                               .decode("utf-8", "replace")), "reason": f"the line is over "
                                               f"{MAX_LINE_BYTES >> 20} MiB, too long to be one report"})
                        continue
                    try:
                        line = raw_line.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        chunk.rejected.append({"input": where, "stage": "read", "reason": not_utf8(raw_line, exc),
                                               "value": around(raw_line, exc.start)})
                        continue
                    line = line.rstrip("\r\n").lstrip("\ufeff")
                    if not line or line.isspace():
                        chunk.rejected.append({"input": where, "stage": "read", "reason": "the line is empty",
                                               "value": None})
                        continue
                    try:
                        obj = loads(line)
                        if ("\\ud" in line or "\\uD" in line) and _SURROGATE_ESCAPE.search(line):
                            _no_lone_surrogate(obj)
                        record = _check(obj, known, where)
                    except json.JSONDecodeError as exc:
                        chunk.rejected.append({"input": where, "stage": "read",
                                               "reason": f"not valid JSON ({exc.msg} at character {exc.pos + 1})",
                                               "value": shorten(line)})
                        continue
                    except ValueError:  # a number of more digits than Python converts
                        chunk.rejected.append({"input": where, "stage": "read", "value": shorten(line[:80]),
                                               "reason": "the line holds a number of thousands of digits, too long "
                                                         "to be read"})
                        continue
                    except RecursionError:
                        chunk.rejected.append({"input": where, "stage": "read", "reason": _TOO_DEEP,
                                               "value": shorten(line[:80])})
                        continue
                    except _Rejected as exc:
                        chunk.rejected.append({"input": where, "stage": "read", "reason": exc.reason,
                                               "value": None if exc.value is None else shorten(exc.value)})
                        continue
                    line_digest = int.from_bytes(blake2b(line.encode("utf-8"), digest_size=8).digest())
                    self._identify(record, line, _version(record[_SHA], line_digest, file_index, number), chunk)
                    if size is not None and len(chunk.records) >= size:
                        yield chunk
                        chunk = Chunk()
        yield chunk

    def _repeat(self, chunk: Chunk, rec: tuple, line: str, version: int, first: int, reason: str) -> None:
        if (first ^ version) >> 48 & _LINE_MASK == 0:
            reason, value = f"an exact duplicate of {self._where(first)}", shorten(line)
        else:
            value = shorten(rec[_TEXT])
        chunk.repeats.append({"input": rec[_RAW_PATH], "stage": "read", "reason": reason, "value": value})

    def _identify(self, rec: tuple, line: str, version: int, chunk: Chunk) -> None:
        """Give a record its provisional id and status, or reject it as a repeat."""
        if rec[_MESSAGE_ID] is None:
            rid = f"{rec[_SOURCE]}:{rec[_SHA][:12]}"
            first = self._texts.get(rid)
            if first is not None:
                self._repeat(chunk, rec, line, version, first, f"the same report text as {self._where(first)} "
                                                                "(no message id tells them apart)")
                return
            self._texts[rid] = version
            chunk.records.append((rid, *rec, "parsed"))
            return
        rid = f"{rec[_SOURCE]}:{rec[_MESSAGE_ID]}"
        seen = self._messages.get(rid)
        if seen is None:
            self._messages[rid] = version
            chunk.records.append((rid, *rec, "parsed"))
            return
        chain = seen if isinstance(seen, list) else [seen]
        same = next((v for v in chain if v >> _TEXT_SHIFT == version >> _TEXT_SHIFT), None)
        if same is not None:
            self._repeat(chunk, rec, line, version, same, f"message {rec[_MESSAGE_ID]} again with the same text as "
                                                          f"{self._where(same)}")
            return
        chain.append(version)
        self._messages[rid] = chain
        chunk.records.append((f"{rid}@v{len(chain)}", *rec, "parsed"))

    def versions(self) -> dict[str, tuple[str, str]]:
        """Provisional report id -> (final id, status), for the messages read in several versions."""
        out: dict[str, tuple[str, str]] = {}
        for rid, chain in self._messages.items():
            if not isinstance(chain, list):
                continue
            for n in range(1, len(chain) + 1):
                provisional = rid if n == 1 else f"{rid}@v{n}"
                out[provisional] = (rid, "parsed") if n == len(chain) else (f"{rid}@v{n}", "superseded")
        return out


def records_frame(records: list[tuple]) -> pd.DataFrame:
    """Record tuples (as `Chunk.records`) -> a frame with `RECORD_COLUMNS`."""
    return pd.DataFrame(records, columns=RECORD_COLUMNS) if records else pd.DataFrame(columns=RECORD_COLUMNS)


def apply_versions(frame: pd.DataFrame, versions: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Settle provisional report ids (see `ReportReader.versions`) in a frame's `report_id` and `status`."""
    if not versions or frame.empty:
        return frame
    ids = frame["report_id"]
    hit = fields.within(ids, versions.keys())
    if not hit.any():
        return frame
    frame = frame.copy()
    settled = ids[hit].map(versions)
    frame.loc[hit, "report_id"] = settled.map(lambda v: v[0])
    frame.loc[hit, "status"] = settled.map(lambda v: v[1])
    return frame


def raw_report_files(raw_dir: Path) -> list[Path]:
    """Every raw-report file under `raw_dir` (`data/raw/reports`), in a stable order (source, then month):
    the regular `<source>/*.jsonl` files (see `files.raw_files` for what is refused)."""
    return report_files(Path(raw_dir), [])
