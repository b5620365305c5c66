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
    summary = _fetch(site, tmp_path)
    assert summary["stopped"] == "known post" and summary["edited"] == 0
    assert summary["unchanged"] == 2 and summary["new"] == len(TEXT_POSTS) - 2


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
