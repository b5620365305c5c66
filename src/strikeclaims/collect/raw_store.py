"""The append-only raw-report store shared by the Telegram collectors.

In: the raw-report folder (`data/raw/reports`) and one source key. On opening, the store reads
`<raw_dir>/<source>/*.jsonl` to learn which messages it already holds, each with the texts of its
stored versions and the file it lies in. Out: `add(record)` appends a report as one line when the
message is new (`"new"`) or its text changed (`"edited"`), and does nothing for a text already
stored (`"unchanged"`).

Lines are only ever appended: files are opened in append mode, each line goes out whole or not
at all (a write cut short by a full disk is undone by truncating the file back), keys come in a
fixed order, `\\n` line ends, UTF-8 without escaping. A message's versions all go to the file of
the month (UTC) of its first stored version, in the order seen, so the build's reader meets them
in order and marks the earlier ones superseded. One store at a time holds a raw folder: a second
import into it waits for the first (`publish.locked`), then reads what the first added.

`problem` says why a record cannot be stored (a time outside the war, a lone surrogate): the
collectors count such posts as invalid rather than write a line the build would reject.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

from strikeclaims import fields, publish, reference
from strikeclaims.collect import CollectError
from strikeclaims.read.files import listed
from strikeclaims.read.reports import to_utc

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


_SURROGATE = re.compile("[\ud800-\udfff]")


def problem(record: dict) -> str | None:
    """Why a record cannot be stored as a raw line the build accepts, or None."""
    _, why = to_utc(record.get("published_at"))
    if why:
        return why
    for key, value in record.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            return f"the {key} holds a lone surrogate, which is no character"
    return None


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

    def __init__(self, raw_dir: Path, source: str, wait: float | None = None):
        self.folder = Path(raw_dir) / source
        self.source = source
        # message id -> (the file holding its versions, text keys of the stored versions in order)
        self.messages: dict[int | str, tuple[Path, tuple[bytes, ...]]] = {}
        self._handles: dict[Path, int] = {}
        self.written: set[Path] = set()        # files appended to by this store
        self._lock = ExitStack()
        try:
            self._hold(Path(raw_dir), wait)
            self._load()
        except BaseException:
            self.close()
            raise

    def _hold(self, raw_dir: Path, wait: float | None) -> None:
        """Hold the lock of the raw folder until `close`: two imports at once would both append."""
        try:
            raw_dir.mkdir(parents=True, exist_ok=True)
            self._lock.enter_context(publish.locked(raw_dir, f"another import into {raw_dir}", wait))
        except publish.Busy as exc:
            raise CollectError(str(exc)) from exc
        except OSError as exc:
            raise CollectError(f"cannot open the raw folder {publish.describe(exc)}") from exc

    def _stored(self) -> Iterator[tuple[Path, dict]]:
        """Every stored JSON object of this source, with its file (lines that are not JSON objects are the
        build's to reject, with their line numbers; here they are only not messages)."""
        for path in listed(self.folder, ".jsonl"):
            with open(path, encoding="utf-8-sig", errors="replace", newline="\n") as fh:
                for line in fh:
                    try:
                        obj = json.loads(line)
                    except (ValueError, RecursionError):
                        continue
                    if isinstance(obj, dict) and obj.get("source") == self.source:
                        yield path, obj

    def _load(self) -> None:
        for path, obj in self._stored():
            mid, text = obj.get("message_id"), obj.get("text")
            if mid is None or isinstance(mid, bool) or not isinstance(text, str):
                continue
            self._remember(mid, path, text)

    def _remember(self, message_id: object, path: Path, text: str) -> None:
        file, versions = self.messages.get(_id(message_id), (path, ()))
        self.messages[_id(message_id)] = (file, (*versions, text_key(text)))

    def ids_of(self, channel: str) -> list[int]:
        """The ids of the stored messages whose address is a post of `channel` (`https://t.me/<channel>/<id>`)."""
        post = re.compile(rf"https?://t\.me/(?:s/)?{re.escape(channel)}/(\d+)/?", re.IGNORECASE)
        found = []
        for _, obj in self._stored():
            url = obj.get("url")
            m = post.fullmatch(url) if isinstance(url, str) else None
            if m and str(obj.get("message_id")) == m.group(1):
                found.append(int(m.group(1)))
        return found

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
        try:
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        except UnicodeEncodeError as exc:
            raise CollectError(f"message {record['message_id']}: the text is not writable as UTF-8 ({exc.reason})"
                               ) from exc
        self._append(path, line)
        self._remember(record["message_id"], path, record["text"])
        return state

    def _append(self, path: Path, line: bytes) -> None:
        """Append one whole line, or nothing: a write cut short (a full disk) is undone."""
        try:
            fd = self._handle(path)
        except OSError as exc:
            why = f"{path}: a symbolic link, not a regular file" if exc.errno == errno.ELOOP else publish.describe(exc)
            raise CollectError(f"cannot append to {why}") from exc
        size = os.fstat(fd).st_size
        done = 0
        try:
            while done < len(line):
                n = os.write(fd, line[done:])
                if n <= 0:
                    raise OSError(0, "nothing was written", str(path))
                done += n
        except OSError as exc:
            try:
                os.ftruncate(fd, size)
            except OSError:
                pass
            raise CollectError(f"cannot append to {path}: {exc.strerror or exc}; the line was not written, "
                               "the file is as it was") from exc

    def _handle(self, path: Path) -> int:
        """A file descriptor open for appending; a last line left without its `\\n` is ended first."""
        if path not in self._handles:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Only a regular file is appended to: never through a symbolic link, never to a FIFO.
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
            try:
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    raise OSError(0, "not a regular file", str(path))
                if info.st_size:
                    with open(path, "rb") as fh:
                        fh.seek(info.st_size - 1)
                        if fh.read(1) != b"\n":
                            # Otherwise the new line would be glued to a broken one and both lost.
                            os.write(fd, b"\n")
            except BaseException:
                os.close(fd)
                raise
            self._handles[path] = fd
            self.written.add(path)
        return self._handles[path]

    def close(self) -> None:
        while self._handles:
            os.close(self._handles.popitem()[1])
        self._lock.close()

    def __enter__(self) -> RawStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
