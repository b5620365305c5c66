"""Telegram Desktop channel export (`result.json`) -> raw-report lines.

In: the export file, a source key (sources.csv) and optionally a language. The file is read as a
stream, one message object at a time, so an export of hundreds of MB needs little memory.
Out: every text message appended through the raw store (`published_at` from `date_unixtime`,
UTC; `edited_at` from `edited_unixtime`; the `date` field, local to the exporting computer, is
never used) and a summary: `messages` read, `new`, `edited` (a stored message whose text changed,
kept as a new version), `unchanged`, `skipped` (no text), `service`, `invalid` (no id, no time, a
time outside the war's span, or a lone surrogate in the text), `files` appended to. An unreadable or malformed export or an unknown source raises CollectError.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from tqdm import tqdm

from strikeclaims.collect import CollectError
from strikeclaims.collect.raw_store import (
    RawStore,
    channel_of,
    check_source,
    make_record,
    post_url,
    problem,
    utc_iso,
)

CHUNK_SIZE = 1 << 20
# No message comes near this; a value still open after this much text is a broken file.
MAX_VALUE_CHARS = 64 << 20
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"


def progress_disabled() -> bool:
    """No progress bar in CI or when stderr is not a terminal (logs, pipes, tests)."""
    return bool(os.environ.get("CI")) or not sys.stderr.isatty()


class _Reader:
    """A buffered JSON reader that decodes one value at a time with `raw_decode`."""

    def __init__(self, fh: BinaryIO, chunk_size: int, bar: tqdm | None = None):
        self.fh, self.chunk_size, self.bar = fh, chunk_size, bar
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf, self.pos, self.consumed, self.eof = "", 0, 0, False

    def where(self) -> str:
        return f"character {self.consumed + self.pos + 1:,}"

    def fill(self) -> bool:
        """Read one more chunk into the buffer; False at the end of the file."""
        if self.eof:
            return False
        chunk = self.fh.read(self.chunk_size)
        try:
            text = self.decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            raise CollectError(f"the export is not UTF-8 text ({exc.reason} near {self.where()})") from exc
        if self.bar is not None:
            self.bar.update(len(chunk))
        if self.pos > self.chunk_size:
            self.consumed += self.pos
            self.buf, self.pos = self.buf[self.pos:], 0
        self.buf += text
        self.eof = not chunk
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not whitespace, without consuming it; "" at the end."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.fill():
                return ""

    def take(self, expected: str, what: str) -> None:
        found = self.peek()
        if found != expected:
            shown = repr(found) if found else "the end of the file"
            raise CollectError(f"the export is malformed or truncated: expected {what} at {self.where()}, "
                               f"found {shown}")
        self.pos += 1

    def value(self) -> object:
        """Decode the next JSON value, reading more of the file as long as it is incomplete."""
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof:
                    raise CollectError(f"the export is malformed or truncated: {exc.msg} at "
                                       f"character {self.consumed + exc.pos + 1:,}") from exc
                if len(self.buf) - self.pos > MAX_VALUE_CHARS:
                    raise CollectError(f"the export is malformed: {exc.msg} at "
                                       f"character {self.consumed + exc.pos + 1:,}") from exc
                self.fill()
                continue
            except RecursionError as exc:
                raise CollectError(f"the export holds a value nested too deeply to be a message, at "
                                   f"{self.where()}") from exc
            except ValueError as exc:  # a number of more digits than Python converts
                raise CollectError(f"the export holds a number of thousands of digits, at {self.where()}") from exc
            # A number at the very end of the buffer may go on in the next chunk.
            if end == len(self.buf) and not self.eof and self.fill():
                continue
            self.pos = end
            return obj


def _kind(first: str) -> str:
    return {"[": "a list", '"': "a string", "": "empty"}.get(first, "not a JSON object")


def iter_messages(fh: BinaryIO, chunk_size: int = CHUNK_SIZE, bar: tqdm | None = None,
                  header: dict | None = None) -> Iterator[object]:
    """The elements of the top-level `messages` array of an export, one at a time.

    The other top-level fields (`name`, `type`, `id`) are put in `header` as they are met.
    Raises CollectError when the file is not a JSON object holding a `messages` list.
    """
    header = {} if header is None else header
    reader = _Reader(fh, chunk_size, bar)
    first = reader.peek()
    if first != "{":
        raise CollectError(f"not a Telegram export: the file's top level is {_kind(first)}, "
                           "expected a JSON object with a messages list")
    reader.pos += 1
    seen_messages = False
    if reader.peek() == "}":
        reader.pos += 1
    else:
        while True:
            key = reader.value()
            if not isinstance(key, str):
                raise CollectError(f"the export is malformed: an object key is not a string at {reader.where()}")
            reader.take(":", "':' after a key")
            if key == "messages":
                seen_messages = True
                yield from _iter_array(reader)
            else:
                header[key] = reader.value()
            if reader.peek() == ",":
                reader.pos += 1
                continue
            reader.take("}", "',' or '}' after a top-level field")
            break
    if not seen_messages:
        raise CollectError("not a Telegram channel export: the top-level object has no messages list")
    if reader.peek():
        raise CollectError(f"the export is malformed: extra data after the top-level object at {reader.where()}")


def _iter_array(reader: _Reader) -> Iterator[object]:
    if reader.peek() != "[":
        raise CollectError(f"not a Telegram export: messages is not a list (at {reader.where()})")
    reader.pos += 1
    if reader.peek() == "]":
        reader.pos += 1
        return
    while True:
        yield reader.value()
        if reader.peek() == ",":
            reader.pos += 1
            continue
        reader.take("]", "',' or ']' between messages")
        return


def message_text(message: dict) -> str | None:
    """The text of an export message: a string, or a list of strings and entity objects joined in order."""
    text = message.get("text")
    if text is None or (text == [] and message.get("text_entities")):
        text = message.get("text_entities")
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        parts = []
        for part in text:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return None


def _unix_time(value: object) -> str | None:
    """`date_unixtime` (seconds since the epoch, a string or a number) -> ISO 8601 UTC, or None."""
    if isinstance(value, bool):
        return None
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        return None
    try:
        return utc_iso(datetime.fromtimestamp(seconds, UTC))
    except (OverflowError, OSError, ValueError):
        return None


def to_record(message: object, source: str, language: str, channel: str | None) -> tuple[dict | None, str]:
    """One export message -> (record, "ok") or (None, why not: `service`, `skipped`, `invalid`)."""
    if not isinstance(message, dict):
        return None, "invalid"
    if message.get("type") != "message":
        return None, "service"
    mid = message.get("id")
    if isinstance(mid, str) and mid.isdigit():
        mid = int(mid)
    if not isinstance(mid, int) or isinstance(mid, bool):
        return None, "invalid"
    text = message_text(message)
    if text is None or not text.strip():
        return None, "skipped"
    published = _unix_time(message.get("date_unixtime"))
    if published is None:
        return None, "invalid"
    edited = _unix_time(message.get("edited_unixtime")) if message.get("edited_unixtime") is not None else None
    record = make_record(source, mid, published, language, post_url(channel, mid), text, edited_at=edited)
    return (None, "invalid") if problem(record) else (record, "ok")


def import_export(path: Path, source: str, language: str | None, raw_dir: Path,
                  chunk_size: int = CHUNK_SIZE) -> dict[str, int]:
    """Append the text messages of a Telegram Desktop export to the raw layer -> summary counts."""
    language = check_source(source, language)
    channel = channel_of(source)
    path = Path(path)
    summary = dict.fromkeys(("messages", "new", "edited", "unchanged", "skipped", "service", "invalid"), 0)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise CollectError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with fh, RawStore(raw_dir, source) as store, \
            tqdm(total=os.fstat(fh.fileno()).st_size, unit="B", unit_scale=True, desc=path.name,
                 disable=progress_disabled()) as bar:
        try:
            for message in iter_messages(fh, chunk_size, bar):
                summary["messages"] += 1
                record, why = to_record(message, source, language, channel)
                summary[store.add(record) if record else why] += 1
        except CollectError as exc:
            added = summary["new"] + summary["edited"]
            raise CollectError(f"{path}: {exc} ({added:,} messages read before it were appended; "
                               "importing a complete export adds only the rest)" if added else f"{path}: {exc}"
                               ) from exc
        except OSError as exc:
            raise CollectError(f"cannot read {path}: {exc.strerror or exc}") from exc
        summary["files"] = len(store.written)
    return summary
