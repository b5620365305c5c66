"""A channel's public Telegram web preview (`https://t.me/s/<channel>`) -> raw-report lines.

In: a channel name, a source key, and how far back to go (`since`, a UTC date; `max_pages`, by
default `MAX_PAGES`). Pages are read newest first, `{base_url}/s/{channel}` then
`?before={smallest id on the page}`, one at a time with a pause between them, with the standard
library only. A page must arrive whole within `DEADLINE` seconds and hold at most `MAX_PAGE_BYTES`;
a redirect to another host is not followed; a charset Python does not know is read as UTF-8.
Out: the text posts appended through the raw store (times converted to UTC, `retrieved_at`, and
`note` "edited" when the preview marks the post edited; service posts and posts without text are
skipped, posts of another channel refused) and a summary of pages, posts, new, edited, unchanged,
skipped, service, invalid (no time, or a time outside the war's span), foreign (another channel's),
older (before `since`) and why it stopped.

Resuming: the store keeps, beside the source's files, the frontier of the walk (`.fetch-<channel>.json`:
the newest and oldest post of the range walked page by page without a gap, and whether the walk
went on below it to the end of the channel or to a `since` date). A run reads the newest pages until
it meets that range; when the range is not complete down to this run's `since`, it goes on from the
range's oldest post, so that a run stopped by a failing page, by `max_pages` or by SIGTERM is
continued by the next one, and a second run after a complete one reads one page. Posts read are
stored whatever ends the run (an error, Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from tqdm import tqdm

from strikeclaims import __version__, collect
from strikeclaims.collect import CollectError
from strikeclaims.collect.raw_store import RawStore, check_source, make_record, now_utc, post_url, problem, utc_iso
from strikeclaims.collect.telegram_export import progress_disabled
from strikeclaims.read.reports import out_of_span

USER_AGENT = f"strikeclaims/{__version__} (strike-claims dataset collector; one page at a time)"
TIMEOUT = 30                 # seconds a connection may stay silent
DEADLINE = 90                # seconds a whole page may take to arrive, however it trickles in
MAX_PAGE_BYTES = 4 << 20     # a web-preview page is about 100 KB
MAX_PAGES = collect.MAX_PAGES
RETRIES = 2
_CHANNEL = re.compile(r"[A-Za-z0-9_]{1,64}")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr"}


@dataclass
class Post:
    """One post of a web-preview page, as shown."""

    channel: str
    message_id: int
    published_at: str | None = None   # UTC, `YYYY-MM-DDTHH:MM:SS+00:00`
    text: str | None = None
    is_edited: bool = False
    is_service: bool = False


class _PageParser(HTMLParser):
    """Collects the posts of one page: id, text (line breaks, inline text, emoji kept), time, edited mark.

    What is open is kept as a stack with counts of its tags and roles, so that each tag costs the same
    however deep the page nests (a page of unclosed tags is read in linear time)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[Post] = []
        self.stack: list[tuple[str, str | None]] = []   # (tag, role) of the open elements
        self.tags: Counter[str] = Counter()             # open elements by tag
        self.roles: Counter[str | None] = Counter()     # open elements by role
        self.post: Post | None = None
        self.parts: list[str] | None = None             # text of the message-text element being read
        self.meta: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        roles = self.roles
        role = None
        if tag == "div" and "tgme_widget_message" in classes and not roles["post"]:
            role = "post"
            self.post = _new_post(attr.get("data-post", ""), "service_message" in classes)
        elif self.post is not None:
            if tag == "div" and "tgme_widget_message_text" in classes and not roles["reply"] \
                    and self.post.text is None and self.parts is None:
                role, self.parts = "text", []
            elif any("reply" in c for c in classes):
                role = "reply"   # a quoted message is not this post's text
            elif tag == "span" and "tgme_widget_message_meta" in classes:
                role, self.meta = "meta", []
            elif tag == "a" and "tgme_widget_message_date" in classes:
                role = "date"
            elif tag == "time" and roles["date"] and attr.get("datetime") and self.post.published_at is None:
                self.post.published_at = _utc(attr["datetime"])
        if self.parts is not None and (roles["text"] or role == "text") and not roles["reply"]:
            if tag == "br":
                self.parts.append("\n")
            elif tag == "img" and attr.get("alt"):
                self.parts.append(attr["alt"])   # an emoji drawn as an image keeps its character
        if tag not in _VOID:
            self.stack.append((tag, role))
            self.tags[tag] += 1
            roles[role] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.tags[tag]:
            return   # a stray end tag
        while self.stack:
            open_tag = self._pop()
            if open_tag == tag:
                break

    def _pop(self) -> str:
        tag, role = self.stack.pop()
        self.tags[tag] -= 1
        self.roles[role] -= 1
        self._close(role)
        return tag

    def _close(self, role: str | None) -> None:
        if role == "text" and self.post is not None and self.parts is not None:
            self.post.text = "".join(self.parts).strip()
            self.parts = None
        elif role == "meta" and self.post is not None:
            self.post.is_edited = self.post.is_edited or "edited" in "".join(self.meta).casefold()
        elif role == "post" and self.post is not None:
            self.posts.append(self.post)
            self.post, self.parts = None, None

    def handle_data(self, data: str) -> None:
        roles = self.roles
        if self.parts is not None and roles["text"] and not roles["reply"]:
            self.parts.append(data)
        if roles["meta"]:
            self.meta.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:   # a page cut short still gives the posts it holds
            self._pop()


def _new_post(data_post: str, is_service: bool) -> Post | None:
    channel, _, mid = data_post.rpartition("/")
    if not channel or not mid.isdigit():
        return Post(channel="", message_id=-1, is_service=is_service)
    return Post(channel=channel, message_id=int(mid), is_service=is_service)


def _utc(value: str) -> str | None:
    """ISO 8601 with an offset -> UTC ISO string; None when there is no offset, it is not a time, or it lies
    outside the war's span (year 9999 included)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None or out_of_span(moment):
        return None
    return utc_iso(moment)


def parse_page(html: str) -> list[Post]:
    """The posts of one web-preview page, in page order (oldest first)."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.posts


def page_url(base_url: str, channel: str, before: int | None = None) -> str:
    url = f"{base_url.rstrip('/')}/s/{channel}"
    return f"{url}?before={before}" if before is not None else url


class _SameHost(HTTPRedirectHandler):
    """Follows a redirect only to the host asked for."""

    def __init__(self, url: str):
        self.host = _host(url)

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if _host(newurl) != self.host:
            raise CollectError(f"{req.full_url}: redirected to another host ({newurl}); not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _host(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    return (parts.hostname or "").casefold(), parts.port


def _body(response, url: str) -> bytes:
    """A response's body, read in pieces until `DEADLINE` seconds have passed or `MAX_PAGE_BYTES` come."""
    deadline = time.monotonic() + DEADLINE
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(1 << 16):
        size += len(chunk)
        if size > MAX_PAGE_BYTES:
            raise CollectError(f"{url}: the page is over {MAX_PAGE_BYTES >> 20} MiB, larger than any web-preview "
                               "page; not read")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise CollectError(f"{url}: the page took over {DEADLINE:g} s to arrive (the server sends it too "
                               "slowly); not read")
    return b"".join(chunks)


def _decode(data: bytes, charset: str | None) -> str:
    """A page's text in its charset, or in UTF-8 when the charset is missing or unknown."""
    try:
        codecs.lookup(charset or "utf-8")
    except LookupError:
        charset = "utf-8"
    return data.decode(charset or "utf-8", errors="replace")


def fetch_page(url: str, pause: float = 1.0) -> str:
    """One page's HTML; a busy or failing server is retried after a growing pause, then CollectError."""
    request = Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html", "Accept-Language": "en"})
    opener = build_opener(_SameHost(url))
    for attempt in range(RETRIES + 1):
        wait = pause * 2 ** (attempt + 1)
        try:
            with opener.open(request, timeout=TIMEOUT) as response:
                return _decode(_body(response, url), response.headers.get_content_charset())
        except HTTPError as exc:
            if exc.code not in (429, 500, 502, 503, 504) or attempt == RETRIES:
                raise CollectError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
            retry_after = exc.headers.get("Retry-After", "") if exc.headers else ""
            wait = min(float(retry_after), 120.0) if retry_after.isdigit() else wait
        except (URLError, TimeoutError, OSError) as exc:
            if attempt == RETRIES:
                raise CollectError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}") from exc
        time.sleep(wait)
    raise AssertionError("unreachable")


def _since(since: str | None) -> date | None:
    if since is None:
        return None
    try:
        return date.fromisoformat(since)
    except ValueError as exc:
        raise CollectError(f"--since {since!r} is not a date (YYYY-MM-DD)") from exc


@dataclass
class Frontier:
    """The range of a channel's posts walked page by page without a gap, and how far below it the walk went:
    `floor` "end" (to the channel's first post), a date (past a post older than it), or None (not below)."""

    newest: int
    oldest: int
    floor: str | None = None

    def done(self, since: date | None) -> bool:
        """Whether nothing below the range is wanted: the walk went on below it far enough for `since`."""
        if self.floor == "end":
            return True
        return self.floor is not None and since is not None and date.fromisoformat(self.floor) <= since


def _frontier_path(raw_dir: Path, source: str, channel: str) -> Path:
    return Path(raw_dir) / source / f".fetch-{channel.casefold()}.json"


def read_frontier(raw_dir: Path, source: str, channel: str, store: RawStore) -> Frontier | None:
    """The frontier kept beside the source's files; without one, the range of this channel's posts already
    stored (from an export, or a fetch that kept none), not known to be complete below."""
    try:
        data = json.loads(_frontier_path(raw_dir, source, channel).read_text(encoding="utf-8"))
        floor = data.get("floor")
        if floor not in (None, "end"):
            floor = date.fromisoformat(floor).isoformat()
        return Frontier(int(data["newest"]), int(data["oldest"]), floor)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # none, or not readable: as if there were none
    ids = store.ids_of(channel)
    return Frontier(max(ids), min(ids)) if ids else None


def write_frontier(raw_dir: Path, source: str, channel: str, frontier: Frontier) -> None:
    path = _frontier_path(raw_dir, source, channel)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps({"channel": channel, **asdict(frontier)}, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def fetch_channel(channel: str, source: str, since: str | None, max_pages: int | None, raw_dir: Path,
                  base_url: str = "https://t.me", pause: float = 1.0) -> dict[str, int | str]:
    """Collect a channel's new posts, and the older ones an earlier run left, into the raw layer -> summary."""
    language = check_source(source)
    channel = channel.strip().lstrip("@")
    if not _CHANNEL.fullmatch(channel):
        raise CollectError(f"{channel!r} is not a channel name (letters, digits and _ only, as in t.me/NAME)")
    oldest = _since(since)
    if max_pages is not None and max_pages < 1:
        raise CollectError("--max-pages must be at least 1")
    summary: dict[str, int | str] = dict.fromkeys(
        ("pages", "posts", "new", "edited", "unchanged", "skipped", "service", "invalid", "foreign", "older"), 0)
    collected: dict[int, tuple[Post, str]] = {}
    with RawStore(raw_dir, source) as store:
        walk = _Walk(read_frontier(raw_dir, source, channel, store), oldest)
        error = None
        try:
            summary["stopped"] = walk.run(channel, base_url, pause, max_pages or MAX_PAGES, collected, summary)
        except CollectError as exc:
            error = exc
        finally:  # whatever ended the walk, what it read is kept, then where it got to
            for mid in sorted(collected):
                post, retrieved = collected[mid]
                record = make_record(source, mid, post.published_at, language, post_url(post.channel, mid), post.text,
                                     retrieved_at=retrieved, note="edited" if post.is_edited else None)
                summary[store.add(record)] += 1
            frontier = walk.frontier()
            if frontier is not None and frontier != walk.start:
                write_frontier(raw_dir, source, channel, frontier)
        summary["files"] = len(store.written)
    if error is not None:
        kept = summary["new"] + summary["edited"]
        raise CollectError(f"{error} (after {summary['pages']} pages; {kept} posts stored; "
                           "the next run goes on from there)")
    return summary


class _Walk:
    """One run's walk over the pages, newest first, and the frontier it leaves."""

    def __init__(self, start: Frontier | None, since: date | None):
        self.start, self.since = start, since
        self.newest: int | None = None     # the range walked in this run, without a gap
        self.oldest: int | None = None
        self.joined = False                # it met the stored range and took it in
        self.below = False                 # it went on below the stored range
        self.reason: str | None = None

    def run(self, channel: str, base_url: str, pause: float, max_pages: int, collected: dict,
            summary: dict) -> str:
        """Read pages into `collected` until a stop condition -> the reason it stopped."""
        before = None
        with tqdm(unit="page", desc=channel, disable=progress_disabled(), file=sys.stderr) as bar:
            while True:
                if summary["pages"] >= max_pages:
                    return self._stop("max pages")
                if summary["pages"] and pause > 0:
                    time.sleep(pause)
                url = page_url(base_url, channel, before)
                shown = [p for p in parse_page(fetch_page(url, pause)) if p.message_id >= 0]
                retrieved = now_utc()
                summary["pages"] += 1
                bar.update(1)
                self.below = self.joined   # a page read after meeting the stored range lies below it
                posts = [p for p in shown if p.channel.casefold() == channel.casefold()]
                summary["foreign"] += len(shown) - len(posts)   # another channel's posts are never stored
                if not posts:
                    if summary["pages"] == 1:
                        raise CollectError(f"no posts of {channel} at {url}: the channel does not exist, is not "
                                           "public, or has no web preview")
                    return self._stop("end of channel")
                smallest = min(p.message_id for p in posts)
                if before is not None and smallest >= before:
                    return self._stop("end of channel")   # the same page again: nothing older
                # (the page's posts are collected before the range takes them in: a run stopped in between, by
                # SIGTERM, leaves a frontier that claims no post it has not stored)
                kept = self._read(posts, retrieved, collected, summary)
                self.newest = self.newest if self.newest is not None else max(p.message_id for p in posts)
                self.oldest = smallest
                if len(kept) < len(posts):   # a post older than `since`: the range ends at the last one kept
                    if kept:
                        self.oldest = min(kept)
                    elif before is not None:
                        self.oldest = before
                    else:
                        self.newest = self.oldest = None
                    return self._stop("since")
                start = self.start
                if not self.joined and start is not None and start.newest >= smallest - 1 \
                        and start.oldest <= self.newest + 1:
                    self.joined = True
                    self.newest, self.oldest = max(self.newest, start.newest), min(smallest, start.oldest)
                    if start.done(self.since):
                        return self._stop("known post")
                if self.oldest <= 1:
                    return self._stop("end of channel")
                before = self.oldest

    def _stop(self, reason: str) -> str:
        self.reason = reason
        return reason

    def _read(self, posts: list[Post], retrieved: str, collected: dict, summary: dict) -> list[int]:
        """Count a page's posts and collect those to store -> the ids of the posts not older than `since`."""
        kept = []
        for post in posts:
            summary["posts"] += 1
            older = post.published_at is not None and self.since is not None \
                and date.fromisoformat(post.published_at[:10]) < self.since
            if not older:
                kept.append(post.message_id)
            if post.is_service:
                summary["service"] += 1
            elif post.published_at is None:
                summary["invalid"] += 1
            elif older:
                summary["older"] += 1
            elif not post.text:
                summary["skipped"] += 1
            elif problem({"published_at": post.published_at, "text": post.text}):
                summary["invalid"] += 1
            else:
                collected[post.message_id] = (post, retrieved)
        return kept

    def frontier(self) -> Frontier | None:
        """Where the walk got to, to be kept for the next run."""
        start = self.start
        if self.newest is None or self.oldest is None:
            return start
        floor = "end" if self.reason == "end of channel" else \
            self.since.isoformat() if self.reason == "since" and self.since is not None else None
        if self.joined:
            # Below the stored range nothing changed unless the walk went on below it.
            return Frontier(self.newest, self.oldest, floor if self.below else start.floor)
        if start is None or floor is not None:
            return Frontier(self.newest, self.oldest, floor)
        return start   # the newest pages, not yet joined to the stored range: the next run reads them again


__all__ = ["Frontier", "Post", "fetch_channel", "fetch_page", "page_url", "parse_page"]
