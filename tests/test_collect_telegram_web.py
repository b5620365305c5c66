"""fetch-telegram: web-preview pages written for the tests (synthetic), served on 127.0.0.1 -> raw-report lines."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from strikeclaims import read
from strikeclaims.collect import CollectError
from strikeclaims.collect.telegram_export import import_export
from strikeclaims.collect.telegram_web import fetch_channel, parse_page

FIXTURES = Path(__file__).parent / "fixtures" / "telegram"
PAGES = {
    "/s/kpszsu": "s_kpszsu.html",
    "/s/kpszsu?before=18": "s_kpszsu_before_18.html",
    "/s/kpszsu?before=14": "s_kpszsu_before_14.html",
    "/s/kpszsu?before=8": "s_kpszsu_before_8.html",
}
TEXT_POSTS = [8, 9, 11, 12, 13, 14, 16, 17, 18, 20, 21]   # 10 and 15 are service posts, 19 a photo alone


class _Site:
    def __init__(self) -> None:
        self.pages = {url: (FIXTURES / "synthetic_web" / name).read_text("utf-8") for url, name in PAGES.items()}
        self.requests: list[tuple[str, str]] = []


@pytest.fixture
def site():
    state = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            state.requests.append((self.path, self.headers.get("User-Agent", "")))
            body = state.pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode("utf-8"))

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()
    thread.join()


def _fetch(site, raw, **kw):
    options = {"since": None, "max_pages": None}
    options.update(kw)
    return fetch_channel("kpszsu", "ua_air_force", options["since"], options["max_pages"], raw,
                         base_url=site.base_url, pause=0)


def _records(raw: Path) -> dict[int, dict]:
    out = {}
    for path in sorted(raw.glob("*/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            out.setdefault(rec["message_id"], []).append(rec)
    return out


def test_collects_every_post_across_pages_linked_by_before(site, tmp_path):
    summary = _fetch(site, tmp_path)
    assert [path for path, _ in site.requests] == list(PAGES)
    assert summary["pages"] == 4 and summary["stopped"] == "end of channel"
    assert (summary["new"], summary["service"], summary["skipped"]) == (len(TEXT_POSTS), 2, 1)
    records = _records(tmp_path)
    assert sorted(records) == TEXT_POSTS
    assert all(len(v) == 1 for v in records.values())
    assert records[20][0]["url"] == "https://t.me/kpszsu/20"
    assert all(ua.startswith("strikeclaims/") for _, ua in site.requests)


def test_times_are_stored_in_utc_and_files_grouped_by_utc_month(site, tmp_path):
    _fetch(site, tmp_path)
    records = _records(tmp_path)
    assert records[20][0]["published_at"] == "2025-07-06T05:40:00+00:00"
    assert records[14][0]["published_at"] == "2025-07-03T06:00:00+00:00"
    assert records[17][0]["published_at"] == "2025-07-04T20:59:59+00:00"
    # 00:30 on 1 August at UTC+3 is still July in UTC.
    assert records[21][0]["published_at"] == "2025-07-31T21:30:00+00:00"
    july = [json.loads(line)["message_id"] for line in (tmp_path / "ua_air_force" / "2025-07.jsonl").open()]
    assert 21 in july and july == sorted(july)
    assert all(r[0]["retrieved_at"].endswith("+00:00") for r in records.values())


def test_text_keeps_line_breaks_inline_text_and_emoji_with_entities_decoded(site, tmp_path):
    _fetch(site, tmp_path)
    records = _records(tmp_path)
    assert records[20][0]["text"] == (
        "Synthetic test report. У ніч на 6 липня (з 18:00 5 липня) противник атакував 45 ударними БпЛА & 2 "
        "ракетами.\n\nЗбито/подавлено 40 БпЛА.\nДеталі: «Synthetic» <test> \"quoted\" it's\n#ППО")
    assert records[18][0]["text"] == "🔥 Synthetic test report. Вдень 5 липня противник атакував 7 БпЛА. ✅"
    assert records[8][0]["text"].startswith("⚡") and records[8][0]["text"].endswith("повторна атака 🔥")
    # A quoted (replied-to) message is not the post's text.
    assert records[16][0]["text"] == "Synthetic test report. Уточнення: збито 19 БпЛА."
    assert records[21][0]["note"] == "edited" and "note" not in records[20][0]


def test_a_second_run_adds_nothing_and_reads_one_page(site, tmp_path):
    _fetch(site, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.jsonl")}
    site.requests.clear()
    summary = _fetch(site, tmp_path)
    assert summary["new"] == summary["edited"] == 0 and summary["stopped"] == "known post"
    assert [path for path, _ in site.requests] == ["/s/kpszsu"]
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.jsonl")} == before


def test_a_new_post_and_an_edit_on_the_newest_page_are_added(site, tmp_path):
    _fetch(site, tmp_path)
    page = site.pages["/s/kpszsu"]
    page = page.replace("збито 41 БпЛА", "збито 43 БпЛА")
    extra = page[page.index('<div class="tgme_widget_message_wrap'):page.index("</div></div>") + 12]
    page = page.replace("</section>", extra.replace("kpszsu/18", "kpszsu/22").replace("7 БпЛА", "9 БпЛА")
                        + "</section>")
    site.pages["/s/kpszsu"] = page
    summary = _fetch(site, tmp_path)
    assert (summary["new"], summary["edited"], summary["pages"]) == (1, 1, 1)
    records = _records(tmp_path)
    assert [r["text"][-8:] for r in records[21]] == ["41 БпЛА.", "43 БпЛА."]
    frame, rejected, n = read.read_reports(read.raw_report_files(tmp_path))
    assert rejected.empty and len(frame) == n == len(TEXT_POSTS) + 2
    assert set(frame.loc[frame["message_id"] == "21", "report_id"]) == {"ua_air_force:21@v1", "ua_air_force:21"}


def test_since_and_max_pages_bound_the_walk(site, tmp_path):
    summary = _fetch(site, tmp_path / "a", since="2025-07-03")
    assert summary["stopped"] == "since" and summary["pages"] == 3
    assert sorted(_records(tmp_path / "a")) == [14, 16, 17, 18, 20, 21]
    summary = _fetch(site, tmp_path / "b", max_pages=1)
    assert summary["stopped"] == "max pages" and sorted(_records(tmp_path / "b")) == [18, 20, 21]


def test_every_written_line_is_accepted_by_the_build_reader(site, tmp_path):
    _fetch(site, tmp_path)
    frame, rejected, n = read.read_reports(read.raw_report_files(tmp_path))
    assert rejected.empty and len(frame) == n == len(TEXT_POSTS)
    assert set(frame["status"]) == {"parsed"}


def test_posts_already_imported_from_an_export_are_not_stored_again(site, tmp_path):
    # Messages 8 and 9 of the export are shown on the oldest page, with emoji markup and entities.
    import_export(FIXTURES / "synthetic_export_result.json", "ua_air_force", None, tmp_path)
    site.pages["/s/kpszsu?before=2"] = site.pages["/s/kpszsu?before=8"]   # nothing before the export's first post
    summary = _fetch(site, tmp_path)
    # Below the stored posts nothing is known to be complete: the walk goes on once, to the channel's start.
    assert summary["stopped"] == "end of channel" and summary["edited"] == 0
    assert summary["unchanged"] == 2 and summary["new"] == len(TEXT_POSTS) - 2
    site.requests.clear()
    assert _fetch(site, tmp_path)["stopped"] == "known post" and len(site.requests) == 1


def test_unknown_channel_page_and_bad_arguments_give_a_collect_error(site, tmp_path):
    with pytest.raises(CollectError, match="HTTP 404"):
        fetch_channel("nochannel", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    site.pages["/s/empty"] = "<html><body>no posts here</body></html>"
    with pytest.raises(CollectError, match="no posts"):
        fetch_channel("empty", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    with pytest.raises(CollectError, match="not a date"):
        _fetch(site, tmp_path, since="3 July")
    with pytest.raises(CollectError, match="unknown source"):
        fetch_channel("kpszsu", "nobody", None, None, tmp_path, base_url=site.base_url, pause=0)
    with pytest.raises(CollectError, match="not a channel name"):
        fetch_channel("../etc", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)


def test_a_failing_page_keeps_the_posts_already_read(site, tmp_path):
    del site.pages["/s/kpszsu?before=14"]
    with pytest.raises(CollectError, match="HTTP 404.*2 pages; 6 posts stored"):
        _fetch(site, tmp_path)
    assert sorted(_records(tmp_path)) == [14, 16, 17, 18, 20, 21]


def test_a_page_cut_short_still_gives_its_complete_posts():
    html = (FIXTURES / "synthetic_web" / "s_kpszsu.html").read_text("utf-8")
    posts = parse_page(html[: html.index('data-post="kpszsu/21"')])
    assert [p.message_id for p in posts][:3] == [18, 19, 20]


def test_command_line_fetch_prints_a_summary(site, tmp_path, capsys):
    from strikeclaims import cli

    code = cli.main(["fetch-telegram", "kpszsu", "--source", "ua_air_force", "--max-pages", "1",
                     "--raw-dir", str(tmp_path), "--base-url", site.base_url])
    assert code == 0
    assert "new 3" in capsys.readouterr().out


# --- hostile and broken sites: nothing lost, nothing of another channel or host, nothing hangs ------------

import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

from strikeclaims.collect import telegram_web  # noqa: E402


def _post(channel: str, mid: int, when: str | None = None) -> str:
    when = when or f"2025-07-{1 + mid % 28:02d}T{mid % 24:02d}:00:00+03:00"
    return (f'<div class="tgme_widget_message" data-post="{channel}/{mid}"><div class="tgme_widget_message_text">'
            f"Synthetic test report {mid}. Противник атакував 5 БпЛА.</div><span class=\"tgme_widget_message_meta\">"
            f'<a class="tgme_widget_message_date"><time datetime="{when}"></time></a></span></div>')


def _page(*posts: str) -> str:
    return "<html><body><section>" + "".join(posts) + "</section></body></html>"


class _Server:
    """A local web-preview site on 127.0.0.1 whose handler a test chooses; stopped by the fixture."""

    def __init__(self, respond) -> None:
        self.respond = respond
        self.requests: list[str] = []


@pytest.fixture
def server():
    servers: list[ThreadingHTTPServer] = []

    def start(respond) -> _Server:
        state = _Server(respond)

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                state.requests.append(self.path)
                state.respond(self)

            def log_message(self, *args):
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(httpd)
        state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
        return state

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def _send(handler, body: str | bytes, status: int = 200, content_type: str = "text/html; charset=utf-8",
          headers: dict | None = None) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(data)


def _endless(pages_served: int = 60, channel: str = "kpszsu", top: int = 100_000):
    """A channel whose 'load more' never ends (20 posts a page), for at most `pages_served` pages."""
    count = {"n": 0}

    def respond(handler) -> None:
        count["n"] += 1
        if count["n"] > pages_served:
            _send(handler, "gone", 404)
            return
        before = int(handler.path.split("before=")[1]) if "before=" in handler.path else top + 1
        _send(handler, _page(*(_post(channel, mid) for mid in range(before - 20, before))))

    return respond


def test_a_page_that_failed_is_fetched_by_the_next_run(site, tmp_path):
    page = site.pages.pop("/s/kpszsu?before=14")
    with pytest.raises(CollectError, match="HTTP 404.*the next run goes on from there"):
        _fetch(site, tmp_path)
    site.pages["/s/kpszsu?before=14"] = page
    site.requests.clear()
    summary = _fetch(site, tmp_path)
    assert [path for path, _ in site.requests] == ["/s/kpszsu", "/s/kpszsu?before=14", "/s/kpszsu?before=8"]
    assert summary["stopped"] == "end of channel" and sorted(_records(tmp_path)) == TEXT_POSTS
    site.requests.clear()
    assert _fetch(site, tmp_path)["stopped"] == "known post" and len(site.requests) == 1


def test_a_run_stopped_by_max_pages_is_continued_by_the_next(site, tmp_path):
    assert _fetch(site, tmp_path, max_pages=2)["stopped"] == "max pages"
    assert sorted(_records(tmp_path)) == [14, 16, 17, 18, 20, 21]
    site.requests.clear()
    summary = _fetch(site, tmp_path)
    assert [path for path, _ in site.requests] == ["/s/kpszsu", "/s/kpszsu?before=14", "/s/kpszsu?before=8"]
    assert summary["new"] == 5 and sorted(_records(tmp_path)) == TEXT_POSTS
    frontier = json.loads((tmp_path / "ua_air_force" / ".fetch-kpszsu.json").read_text())
    assert (frontier["newest"], frontier["oldest"], frontier["floor"]) == (21, 8, "end")


def test_the_frontier_remembers_how_far_back_a_run_went(site, tmp_path):
    assert _fetch(site, tmp_path, since="2025-07-03")["stopped"] == "since"
    site.requests.clear()
    assert _fetch(site, tmp_path, since="2025-07-04")["stopped"] == "known post" and len(site.requests) == 1
    site.requests.clear()
    summary = _fetch(site, tmp_path)   # no since: the posts before 3 July are wanted now
    assert summary["stopped"] == "end of channel" and sorted(_records(tmp_path)) == TEXT_POSTS
    assert [path for path, _ in site.requests][1] == "/s/kpszsu?before=14"


def test_posts_of_another_channel_are_refused_and_block_no_later_fetch(site, tmp_path):
    foreign = _post("otherchannel", 99_999)
    site.pages["/s/kpszsu"] = site.pages["/s/kpszsu"].replace("</section>", foreign + "</section>")
    summary = _fetch(site, tmp_path)
    assert summary["foreign"] == 1 and sorted(_records(tmp_path)) == TEXT_POSTS
    # A store holding such a post from an earlier version still gets the channel's new posts.
    polluted = tmp_path / "polluted"
    write = {"source": "ua_air_force", "message_id": 99_999, "published_at": "2025-07-06T06:00:00+00:00",
             "language": "uk", "url": "https://t.me/otherchannel/99999", "text": "Synthetic foreign post."}
    (polluted / "ua_air_force").mkdir(parents=True)
    (polluted / "ua_air_force" / "2025-07.jsonl").write_text(json.dumps(write) + "\n", encoding="utf-8")
    _fetch(site, polluted)
    assert sorted(_records(polluted)) == [*TEXT_POSTS, 99_999]


def test_a_redirect_to_another_host_is_not_followed(server, tmp_path):
    def respond(handler):
        if handler.path == "/s/kpszsu":
            _send(handler, "", 302, headers={"Location": "/s/kpszsu/"})   # the same host: followed
        else:
            _send(handler, "", 302, headers={"Location": "http://elsewhere.invalid/s/kpszsu"})

    site = server(respond)
    with pytest.raises(CollectError, match="redirected to another host .*elsewhere.invalid"):
        fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    assert site.requests == ["/s/kpszsu", "/s/kpszsu/"] and not list(tmp_path.rglob("*.jsonl"))


def test_a_page_in_an_unknown_charset_is_read_as_utf8(server, tmp_path):
    site = server(lambda h: _send(h, _page(_post("kpszsu", 2), _post("kpszsu", 1)),
                                  content_type="text/html; charset=x-unknown-42"))
    summary = fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    assert summary["new"] == 2 and summary["stopped"] == "end of channel"


def test_a_time_in_year_9999_is_an_invalid_post_and_loses_no_other(server, tmp_path):
    site = server(lambda h: _send(h, _page(_post("kpszsu", 3), _post("kpszsu", 2, "9999-12-31T23:59:59-05:00"),
                                           _post("kpszsu", 1, "0001-01-01T00:30:00+01:00"))))
    summary = fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    assert (summary["new"], summary["invalid"]) == (1, 2) and sorted(_records(tmp_path)) == [3]


def test_a_server_that_trickles_a_page_is_given_up(server, tmp_path, monkeypatch):
    monkeypatch.setattr(telegram_web, "DEADLINE", 1, raising=False)
    body = _page(_post("kpszsu", 1)).encode()

    def respond(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for i in range(len(body)):   # one byte every 0.05 s: each read is quick, the page takes 15 s
            try:
                handler.wfile.write(body[i:i + 1])
                handler.wfile.flush()
            except OSError:
                return
            time.sleep(0.05)

    site = server(respond)
    with pytest.raises(CollectError, match="took over 1 s to arrive"):
        fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)


def test_a_page_over_the_size_cap_is_not_read(server, tmp_path, monkeypatch):
    monkeypatch.setattr(telegram_web, "MAX_PAGE_BYTES", 1 << 20, raising=False)
    site = server(lambda h: _send(h, _page(_post("kpszsu", 1)) + " " * (3 << 20)))
    with pytest.raises(CollectError, match="over 1 MiB"):
        fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)


def test_a_page_of_unclosed_tags_is_parsed_without_hanging():
    page = '<div class="tgme_widget_message" data-post="kpszsu/5"><div class="tgme_widget_message_text">' \
        + "<div>" * 64_000 + "<b>x" * 20_000
    code = "import sys; from strikeclaims.collect.telegram_web import parse_page; print(len(parse_page(sys.stdin.read())))"
    done = subprocess.run([sys.executable, "-c", code], input=page, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "1"


def test_without_max_pages_an_endless_channel_stops_at_the_default_and_the_next_run_goes_on(server, tmp_path,
                                                                                              monkeypatch):
    monkeypatch.setattr(telegram_web, "MAX_PAGES", 3, raising=False)
    site = server(_endless())
    summary = fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    assert (summary["stopped"], summary["pages"], summary["new"]) == ("max pages", 3, 60)
    summary = fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    assert summary["new"] == 40 and site.requests[3:] == ["/s/kpszsu", "/s/kpszsu?before=99941",
                                                          "/s/kpszsu?before=99921"]


def test_sigterm_keeps_the_posts_fetched_so_far(server, tmp_path):
    site = server(_endless(pages_served=200))
    cmd = [sys.executable, "-m", "strikeclaims.cli", "fetch-telegram", "kpszsu", "--source", "ua_air_force",
           "--raw-dir", str(tmp_path), "--base-url", site.base_url]
    proc = subprocess.Popen(cmd, env={**os.environ, "CI": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 60
        while len(site.requests) < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 143 and "terminated" in err
    stored = _records(tmp_path)
    assert len(stored) >= 40 and all(len(v) == 1 for v in stored.values())
    frontier = json.loads((tmp_path / "ua_air_force" / ".fetch-kpszsu.json").read_text())
    assert frontier["newest"] == 100_000 and frontier["oldest"] == min(stored)


def test_a_run_stopped_while_a_page_is_read_claims_no_post_it_did_not_store(server, tmp_path, monkeypatch):
    # SIGTERM (or Ctrl-C) may arrive at any line of the walk: here while the third page's posts are being read
    site = server(_endless(pages_served=200))
    read, calls = telegram_web._Walk._read, []

    def interrupted(self, *args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return read(self, *args)

    monkeypatch.setattr(telegram_web._Walk, "_read", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fetch_channel("kpszsu", "ua_air_force", None, None, tmp_path, base_url=site.base_url, pause=0)
    stored = _records(tmp_path)
    frontier = json.loads((tmp_path / "ua_air_force" / ".fetch-kpszsu.json").read_text())
    assert len(stored) == 40 and (frontier["newest"], frontier["oldest"]) == (max(stored), min(stored))
