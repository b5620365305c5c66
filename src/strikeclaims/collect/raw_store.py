"""The append-only raw-report store shared by the Telegram collectors.

In: the raw-report folder (`data/raw/reports`) and one source key. On opening, the store reads
`<raw_dir>/<source>/*.jsonl` to learn which messages it already holds, each with the texts of its
stored versions and the file it lies in. Out: `add(record)` appends a report as one line when the
message is new (`"new"`) or its text changed (`"edited"`), and does nothing for a text already
stored (`"unchanged"`).

Lines are only ever appended: files are opened in append mode, each line goes out in one write,
keys come in a fixed order, `\\n` line ends, UTF-8 without escaping. A message's versions all go
to the file of the month (UTC) of its first stored version, in the order seen, so the build's
reader meets them in order and marks the earlier ones superseded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from strikeclaims import fields, reference
from strikeclaims.collect import CollectError

# The order keys are written in; optional keys are left out when they have no value.
REQUIRED_KEYS = ("source", "message_id", "published_at", "language", "url", "text")
OPTIONAL_KEYS = ("retrieved_at", "edited_at", "note")

# Emoji presentation selectors and zero-width characters differ between an export and the web
# preview of the same post; they are not an edit.
_INVISIBLE = re.compile("[\ufe0e\ufe0f\u200b\u200c\u200d\u2060\ufeff]")


def text_key(text: str) -> bytes:
    """A digest of a text that ignores whitespace layout, Unicode normal form and emoji selectors.

    Two renderings of one post (export and web preview) get the same key; a changed word does not.
    """
    normal = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return hashlib.blake2b(" ".join(normal.split()).encode("utf-8"), digest_size=16).digest()


def _id(message_id: object) -> int | str:
    """A message id as a dictionary key: numbers and digit strings alike (a small int, not a long string)."""
    text = str(message_id)
    return int(text) if text.isascii() and text.isdigit() else text


def utc_iso(moment: datetime) -> str:
    """An aware datetime -> `YYYY-MM-DDTHH:MM:SS+00:00`."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def now_utc() -> str:
    return utc_iso(datetime.now(UTC))


def check_source(source: str, language: str | None = None) -> str:
    """Validate a source key (and language) -> the language to record; CollectError otherwise."""
    known = reference.sources()
    if source not in known:
        raise CollectError(f"unknown source {source!r}: expected one of {', '.join(sorted(known))} (sources.csv)")
    chosen = language or known[source].get("language")
    if chosen not in fields.LANGUAGES:
        raise CollectError(f"unknown language {chosen!r}: expected one of {', '.join(fields.LANGUAGES)}")
    return chosen


def post_url(channel: str | None, message_id: int | str) -> str | None:
    return f"https://t.me/{channel}/{message_id}" if channel else None


def channel_of(source: str) -> str | None:
    """The Telegram channel name of a source, from its `https://t.me/<channel>` url in sources.csv."""
    url = reference.sources().get(source, {}).get("url") or ""
    match = re.fullmatch(r"https?://t\.me/(?:s/)?([A-Za-z0-9_]+)/?", url)
    return match.group(1) if match else None


def make_record(source: str, message_id: int, published_at: str, language: str, url: str | None, text: str,
                **optional: str | None) -> dict:
    """A raw-report record with its keys in the fixed order."""
    record = {"source": source, "message_id": message_id, "published_at": published_at, "language": language,
              "url": url, "text": text}
    for key in OPTIONAL_KEYS:
        if optional.get(key):
            record[key] = optional[key]
    return record


class RawStore:
    """The stored messages of one source, and appends to its files. Use as a context manager."""

    def __init__(self, raw_dir: Path, source: str):
        self.folder = Path(raw_dir) / source
        self.source = source
        # message id -> (the file holding its versions, text keys of the stored versions in order)
        self.messages: dict[int | str, tuple[Path, tuple[bytes, ...]]] = {}
        self._handles: dict[Path, int] = {}
        self.written: set[Path] = set()        # files appended to by this store
        self._load()

    def _load(self) -> None:
        for path in sorted(self.folder.glob("*.jsonl")):
            with open(path, encoding="utf-8-sig", errors="replace", newline="\n") as fh:
                for line in fh:
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        continue  # the build rejects it with its line number; here it is only not a message
                    if not isinstance(obj, dict) or obj.get("source") != self.source:
                        continue
                    mid, text = obj.get("message_id"), obj.get("text")
                    if mid is None or isinstance(mid, bool) or not isinstance(text, str):
                        continue
                    self._remember(mid, path, text)

    def _remember(self, message_id: object, path: Path, text: str) -> None:
        file, versions = self.messages.get(_id(message_id), (path, ()))
        self.messages[_id(message_id)] = (file, (*versions, text_key(text)))

    def newest_id(self) -> int | None:
        """The highest numeric message id stored, or None."""
        return max((m for m in self.messages if isinstance(m, int)), default=None)

    def has(self, message_id: int | str) -> bool:
        return _id(message_id) in self.messages

    def status(self, record: dict) -> str:
        """`new`, `edited` or `unchanged` for a record not yet added."""
        known = self.messages.get(_id(record["message_id"]))
        if known is None:
            return "new"
        # A text equal to any stored version (not only the latest) is not appended again: the reader
        # would reject it as a repeat of that version.
        return "unchanged" if text_key(record["text"]) in known[1] else "edited"

    def add(self, record: dict) -> str:
        """Append the record if its message is new or its text changed -> `new`/`edited`/`unchanged`."""
        state = self.status(record)
        if state == "unchanged":
            return state
        known = self.messages.get(_id(record["message_id"]))
        path = known[0] if known else self.folder / f"{record['published_at'][:7]}.jsonl"
        line = json.dumps(record, ensure_ascii=False) + "\n"
        os.write(self._handle(path), line.encode("utf-8"))
        self._remember(record["message_id"], path, record["text"])
        return state

    def _handle(self, path: Path) -> int:
        """A file descriptor open for appending; a last line left without its `\\n` is ended first."""
        if path not in self._handles:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            size = os.fstat(fd).st_size
            if size:
                with open(path, "rb") as fh:
                    fh.seek(size - 1)
                    if fh.read(1) != b"\n":
                        # Otherwise the new line would be glued to a broken one and both lost.
                        os.write(fd, b"\n")
            self._handles[path] = fd
            self.written.add(path)
        return self._handles[path]

    def close(self) -> None:
        while self._handles:
            os.close(self._handles.popitem()[1])

    def __enter__(self) -> RawStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
