"""A channel's public Telegram web preview (`https://t.me/s/<channel>`) -> raw-report lines.

In: a channel name, a source key, and how far back to go (`since`, a UTC date; `max_pages`).
Pages are read newest first, `{base_url}/s/{channel}` then `?before={smallest id on the page}`,
one at a time with a pause between them, with the standard library only.
Out: the text posts appended through the raw store (times converted to UTC, `retrieved_at`, and
`note` "edited" when the preview marks the post edited; service posts and posts without text are
skipped) and a summary of pages, posts, new, edited, unchanged, skipped, service, invalid, older
(before `since`) and why it stopped. The run stops at the first page holding a post at or below
the newest id already stored, at a post older than `since`, after `max_pages`, or at the end of
the channel, so a second run adds nothing.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from tqdm import tqdm

from strikeclaims import __version__
from strikeclaims.collect import CollectError
from strikeclaims.collect.raw_store import RawStore, check_source, make_record, now_utc, post_url, utc_iso
from strikeclaims.collect.telegram_export import progress_disabled

USER_AGENT = f"strikeclaims/{__version__} (strike-claims dataset collector; one page at a time)"
TIMEOUT = 30
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
    """Collects the posts of one page: id, text (line breaks, inline text, emoji kept), time, edited mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[Post] = []
        self.stack: list[tuple[str, str | None]] = []   # (tag, role) of the open elements
        self.post: Post | None = None
        self.parts: list[str] | None = None             # text of the message-text element being read
        self.meta: list[str] = []

    def _roles(self) -> set[str | None]:
        return {role for _, role in self.stack}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        roles = self._roles()
        role = None
        if tag == "div" and "tgme_widget_message" in classes and "post" not in roles:
            role = "post"
            self.post = _new_post(attr.get("data-post", ""), "service_message" in classes)
        elif self.post is not None:
            if tag == "div" and "tgme_widget_message_text" in classes and "reply" not in roles \
                    and self.post.text is None and self.parts is None:
                role, self.parts = "text", []
            elif any("reply" in c for c in classes):
                role = "reply"   # a quoted message is not this post's text
            elif tag == "span" and "tgme_widget_message_meta" in classes:
                role, self.meta = "meta", []
            elif tag == "a" and "tgme_widget_message_date" in classes:
                role = "date"
            elif tag == "time" and "date" in roles and attr.get("datetime") and self.post.published_at is None:
                self.post.published_at = _utc(attr["datetime"])
        if self.parts is not None and "text" in roles | {role} and "reply" not in roles:
            if tag == "br":
                self.parts.append("\n")
            elif tag == "img" and attr.get("alt"):
                self.parts.append(attr["alt"])   # an emoji drawn as an image keeps its character
        if tag not in _VOID:
            self.stack.append((tag, role))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self.stack):
            return   # a stray end tag
        while self.stack:
            open_tag, role = self.stack.pop()
            self._close(role)
            if open_tag == tag:
                break

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
        roles = self._roles()
        if self.parts is not None and "text" in roles and "reply" not in roles:
            self.parts.append(data)
        if "meta" in roles:
            self.meta.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:   # a page cut short still gives the posts it holds
            self._close(self.stack.pop()[1])


def _new_post(data_post: str, is_service: bool) -> Post | None:
    channel, _, mid = data_post.rpartition("/")
    if not channel or not mid.isdigit():
        return Post(channel="", message_id=-1, is_service=is_service)
    return Post(channel=channel, message_id=int(mid), is_service=is_service)


def _utc(value: str) -> str | None:
    """ISO 8601 with an offset -> UTC ISO string; None when there is no offset or it is not a time."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return utc_iso(moment) if moment.tzinfo is not None else None


def parse_page(html: str) -> list[Post]:
    """The posts of one web-preview page, in page order (oldest first)."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.posts


def page_url(base_url: str, channel: str, before: int | None = None) -> str:
    url = f"{base_url.rstrip('/')}/s/{channel}"
    return f"{url}?before={before}" if before is not None else url


def fetch_page(url: str, pause: float = 1.0) -> str:
    """One page's HTML; a busy or failing server is retried after a growing pause, then CollectError."""
    request = Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html", "Accept-Language": "en"})
    for attempt in range(RETRIES + 1):
        wait = pause * 2 ** (attempt + 1)
        try:
            with urlopen(request, timeout=TIMEOUT) as response:
                charset = response.headers.get_content_charset() or "utf-8"
                return response.read().decode(charset, errors="replace")
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


def fetch_channel(channel: str, source: str, since: str | None, max_pages: int | None, raw_dir: Path,
                  base_url: str = "https://t.me", pause: float = 1.0) -> dict[str, int | str]:
    """Collect a channel's new posts from its web preview into the raw layer -> summary."""
    language = check_source(source)
    channel = channel.strip().lstrip("@")
    if not _CHANNEL.fullmatch(channel):
        raise CollectError(f"{channel!r} is not a channel name (letters, digits and _ only, as in t.me/NAME)")
    oldest = _since(since)
    if max_pages is not None and max_pages < 1:
        raise CollectError("--max-pages must be at least 1")
    summary: dict[str, int | str] = dict.fromkeys(
        ("pages", "posts", "new", "edited", "unchanged", "skipped", "service", "invalid", "older"), 0)
    collected: dict[int, tuple[Post, str]] = {}
    with RawStore(raw_dir, source) as store:
        newest = store.newest_id()
        error = None
        try:
            summary["stopped"] = _walk(channel, base_url, pause, max_pages, oldest, newest, collected, summary)
        except CollectError as exc:
            error = exc
        for mid in sorted(collected):
            post, retrieved = collected[mid]
            record = make_record(source, mid, post.published_at, language, post_url(post.channel, mid), post.text,
                                 retrieved_at=retrieved, note="edited" if post.is_edited else None)
            summary[store.add(record)] += 1
        summary["files"] = len(store.written)
    if error is not None:
        kept = summary["new"] + summary["edited"]
        raise CollectError(f"{error} (after {summary['pages']} pages; {kept} posts stored)")
    return summary


def _walk(channel: str, base_url: str, pause: float, max_pages: int | None, oldest: date | None,
          newest: int | None, collected: dict, summary: dict) -> str:
    """Read pages newest first into `collected` until a stop condition -> the reason it stopped."""
    before = None
    with tqdm(unit="page", desc=channel, disable=progress_disabled(), file=sys.stderr) as bar:
        while True:
            if summary["pages"] and pause > 0:
                time.sleep(pause)
            url = page_url(base_url, channel, before)
            posts = [p for p in parse_page(fetch_page(url, pause)) if p.message_id >= 0]
            retrieved = now_utc()
            summary["pages"] += 1
            bar.update(1)
            if not posts:
                if summary["pages"] == 1:
                    raise CollectError(f"no posts at {url}: the channel does not exist, is not public, "
                                       "or has no web preview")
                return "end of channel"
            reached_known = reached_since = False
            for post in posts:
                summary["posts"] += 1
                reached_known = reached_known or (newest is not None and post.message_id <= newest)
                if post.is_service:
                    summary["service"] += 1
                elif post.published_at is None:
                    summary["invalid"] += 1
                elif oldest is not None and date.fromisoformat(post.published_at[:10]) < oldest:
                    summary["older"] += 1
                    reached_since = True
                elif not post.text:
                    summary["skipped"] += 1
                else:
                    collected[post.message_id] = (post, retrieved)
            smallest = min(p.message_id for p in posts)
            if reached_known:
                return "known post"
            if reached_since:
                return "since"
            if before is not None and smallest >= before:
                return "end of channel"
            if max_pages is not None and summary["pages"] >= max_pages:
                return "max pages"
            if smallest <= 1:
                return "end of channel"
            before = smallest


__all__ = ["Post", "fetch_channel", "fetch_page", "page_url", "parse_page"]
