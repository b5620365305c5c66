"""import-telegram: a Telegram Desktop export (synthetic, written for the tests) -> appended raw-report lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from strikeclaims import read
from strikeclaims.collect import CollectError
from strikeclaims.collect.telegram_export import import_export, iter_messages

FIXTURES = Path(__file__).parent / "fixtures" / "telegram"
EXPORT = FIXTURES / "synthetic_export_result.json"


def _lines(raw_dir: Path) -> dict[str, list[dict]]:
    return {p.relative_to(raw_dir).as_posix(): [json.loads(line) for line in p.read_text("utf-8").splitlines()]
            for p in sorted(raw_dir.glob("*/*.jsonl"))}


def _export_with(tmp_path: Path, name: str, change) -> Path:
    data = json.loads(EXPORT.read_text("utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_imports_exactly_the_text_messages_with_utc_times_from_date_unixtime(tmp_path):
    raw = tmp_path / "raw"
    summary = import_export(EXPORT, "ua_air_force", None, raw)
    assert summary["messages"] == 9
    assert (summary["new"], summary["unchanged"], summary["edited"]) == (5, 0, 0)
    assert summary["skipped"] == 2 and summary["service"] == 2 and summary["invalid"] == 0
    files = _lines(raw)
    # Grouped by the UTC month: message 2 is 1 June locally but 31 May in UTC, message 9 likewise 30 June.
    assert list(files) == ["ua_air_force/2025-05.jsonl", "ua_air_force/2025-06.jsonl"]
    records = {r["message_id"]: r for lines in files.values() for r in lines}
    assert sorted(records) == [2, 3, 6, 8, 9]
    assert records[2]["published_at"] == "2025-05-31T22:30:00+00:00"
    assert records[3]["published_at"] == "2025-06-02T05:30:00+00:00"
    assert records[9]["published_at"] == "2025-06-30T21:10:00+00:00"
    assert records[8]["published_at"] == "2025-06-03T06:15:00+00:00"   # date_unixtime given as a number
    assert records[6]["edited_at"] == "2025-06-02T09:12:45+00:00"
    assert "edited_at" not in records[3]
    assert {r["language"] for r in records.values()} == {"uk"}
    assert records[3]["url"] == "https://t.me/kpszsu/3"
    assert list(records[3]) == ["source", "message_id", "published_at", "language", "url", "text"]


def test_entity_lists_are_joined_in_order(tmp_path):
    import_export(EXPORT, "ua_air_force", None, tmp_path)
    records = {r["message_id"]: r for lines in _lines(tmp_path).values() for r in lines}
    assert records[3]["text"] == ("Synthetic test report. У ніч на 2 червня противник атакував 80 ударними БпЛА "
                                  "та 4 ракетами.\nЗбито/подавлено 52 БпЛА.\n#ППО деталі")
    assert records[8]["text"] == "⚡ Synthetic test report. «Увага» & \"лапки\": повторна атака 🔥"


def test_lines_are_utf8_unescaped_and_newline_terminated(tmp_path):
    import_export(EXPORT, "ua_air_force", None, tmp_path)
    data = (tmp_path / "ua_air_force" / "2025-06.jsonl").read_bytes()
    assert data.endswith(b"\n") and b"\r" not in data
    assert "БпЛА".encode() in data and b"\\u" not in data


def test_reimporting_adds_nothing(tmp_path):
    import_export(EXPORT, "ua_air_force", None, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.jsonl")}
    summary = import_export(EXPORT, "ua_air_force", None, tmp_path)
    assert (summary["new"], summary["edited"], summary["unchanged"]) == (0, 0, 5)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.jsonl")} == before


def test_an_edited_message_is_appended_as_a_new_version_in_the_same_file(tmp_path):
    raw = tmp_path / "raw"
    import_export(EXPORT, "ua_air_force", None, raw)
    original = (raw / "ua_air_force" / "2025-05.jsonl").read_bytes()

    def edit(data):
        data["messages"][1]["text"] = "Synthetic test report. У ніч на 1 червня противник атакував 14 ударними БпЛА."
        data["messages"][1]["edited_unixtime"] = "1748760000"

    summary = import_export(_export_with(tmp_path, "edited.json", edit), "ua_air_force", None, raw)
    assert (summary["new"], summary["edited"], summary["unchanged"]) == (0, 1, 4)
    after = (raw / "ua_air_force" / "2025-05.jsonl").read_bytes()
    assert after.startswith(original)   # append-only: the first version is untouched
    versions = [json.loads(line) for line in after.decode().splitlines()]
    assert [v["message_id"] for v in versions] == [2, 2]
    assert "14 ударними" in versions[1]["text"] and versions[1]["edited_at"] == "2025-06-01T06:40:00+00:00"

    records, rejected, n = read.read_reports(read.raw_report_files(raw))
    assert rejected.empty and len(records) == n == 6
    by_id = dict(zip(records["report_id"], records["status"], strict=True))
    assert by_id["ua_air_force:2@v1"] == "superseded" and by_id["ua_air_force:2"] == "parsed"

    # The older export again: its text is a stored version, so nothing is added.
    again = import_export(EXPORT, "ua_air_force", None, raw)
    assert again["new"] == again["edited"] == 0


def test_every_written_line_is_accepted_by_the_build_reader(tmp_path):
    import_export(EXPORT, "ua_air_force", None, tmp_path)
    import_export(EXPORT, "ru_mod", "en", tmp_path)
    records, rejected, n = read.read_reports(read.raw_report_files(tmp_path))
    assert n == 10 and rejected.empty and len(records) == 5 + 5
    assert set(records["published_at"].str[-1]) == {"Z"}


def test_language_argument_and_unknown_source(tmp_path):
    import_export(EXPORT, "ru_mod", "en", tmp_path)
    lines = [r for rs in _lines(tmp_path).values() for r in rs]
    assert {r["language"] for r in lines} == {"en"} and lines[0]["url"].startswith("https://t.me/mod_russia/")
    with pytest.raises(CollectError, match="unknown source 'nobody'"):
        import_export(EXPORT, "nobody", None, tmp_path)
    with pytest.raises(CollectError, match="unknown language"):
        import_export(EXPORT, "ru_mod", "de", tmp_path)


def test_byte_order_mark_is_not_an_error(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXPORT.read_bytes())
    assert import_export(path, "ua_air_force", None, tmp_path / "raw")["new"] == 5


@pytest.mark.parametrize("chunk_size", [1, 7, 64, 1 << 20])
def test_stream_reader_gives_the_same_messages_as_a_whole_file_parse(chunk_size):
    whole = json.loads(EXPORT.read_text("utf-8"))
    header: dict = {}
    streamed = list(iter_messages(io.BytesIO(EXPORT.read_bytes()), chunk_size=chunk_size, header=header))
    assert streamed == whole["messages"]
    assert header == {k: v for k, v in whole.items() if k != "messages"}


def test_numbers_split_across_chunks_are_read_whole():
    data = b'{"id": 1234567890, "messages": [{"id": 98765, "type": "message"}], "tail": 42}'
    header: dict = {}
    assert list(iter_messages(io.BytesIO(data), chunk_size=3, header=header)) == [{"id": 98765, "type": "message"}]
    assert header == {"id": 1234567890, "tail": 42}


def test_appends_start_on_a_new_line_after_a_broken_last_line(tmp_path):
    folder = tmp_path / "ua_air_force"
    folder.mkdir()
    (folder / "2025-06.jsonl").write_bytes(b'{"source": "ua_air_force", "broken')
    import_export(EXPORT, "ua_air_force", None, tmp_path)
    lines = (folder / "2025-06.jsonl").read_bytes().split(b"\n")
    assert lines[0] == b'{"source": "ua_air_force", "broken'
    assert all(json.loads(line)["source"] == "ua_air_force" for line in lines[1:] if line)


@pytest.mark.parametrize(("content", "message"), [
    (lambda b: b[: len(b) // 2], "truncated"),
    (lambda b: b[: b.index(b'"messages"') + 14], "truncated"),
    (lambda b: b"[" + b + b"]", "top level is a list"),
    (lambda b: b'"just a string"', "top level is a string"),
    (lambda b: b"", "top level is empty"),
    (lambda b: b'{"name": "Synthetic", "type": "public_channel"}', "no messages list"),
    (lambda b: b'{"name": "Synthetic", "messages": {"id": 1}}', "messages is not a list"),
    (lambda b: b'{"messages": [{"id": 1,}]}', "malformed"),
    (lambda b: b'{"messages": []} trailing', "extra data"),
    (lambda b: b'{"messages": ["\xff\xfe"]}', "not UTF-8"),
    (lambda b: b'{"messages": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}", "nested too deeply"),
    (lambda b: b'{"messages": [{"id": ' + b"9" * 5000 + b"}]}", "thousands of digits"),
])
def test_malformed_exports_give_a_clear_one_line_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content(EXPORT.read_bytes()))
    with pytest.raises(CollectError, match=message) as info:
        import_export(path, "ua_air_force", None, tmp_path / "raw")
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_a_truncated_export_keeps_the_complete_messages_before_the_cut(tmp_path):
    data = EXPORT.read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: data.index(b'"id": 8,')])
    with pytest.raises(CollectError, match="appended"):
        import_export(path, "ua_air_force", None, tmp_path / "raw")
    assert import_export(EXPORT, "ua_air_force", None, tmp_path / "raw")["new"] == 2   # messages 8 and 9


def test_missing_file_is_a_collect_error(tmp_path):
    with pytest.raises(CollectError, match="cannot read"):
        import_export(tmp_path / "absent.json", "ua_air_force", None, tmp_path)


def test_command_line_import_prints_a_summary(tmp_path, capsys):
    from strikeclaims import cli

    args = ["import-telegram", str(EXPORT), "--source", "ua_air_force", "--raw-dir", str(tmp_path)]
    assert cli.main(args) == 0
    assert "new 5" in capsys.readouterr().out
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "new 0" in out and "unchanged 5" in out


# --- hostile input and a hostile machine: whole lines or nothing, one import at a time --------------------

import subprocess  # noqa: E402
import sys  # noqa: E402

from conftest import wait_for_output  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from strikeclaims import publish  # noqa: E402

_IMPORT = ("import sys, resource\n"
           "from strikeclaims.collect import CollectError\n"
           "from strikeclaims.collect.telegram_export import import_export\n"
           "limit = int(sys.argv[3])\n"
           "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
           "try:\n"
           "    import_export(sys.argv[1], 'ua_air_force', None, sys.argv[2])\n"
           "except CollectError as exc:\n"
           "    print(exc, file=sys.stderr)\n"
           "    sys.exit(2)\n")


@settings(max_examples=8, deadline=None)
@given(room=st.integers(min_value=1, max_value=900))
def test_a_full_disk_during_an_import_leaves_whole_lines_only(tmp_path_factory, room):
    raw = tmp_path_factory.mktemp("raw")
    folder = raw / "ua_air_force"
    folder.mkdir()
    existing = b'{"source": "ua_air_force", "message_id": 1, "note": "synthetic"}\n'
    for month in ("2025-05", "2025-06"):
        (folder / f"{month}.jsonl").write_bytes(existing)
    # The file may grow by `room` bytes: the next line is cut wherever the limit falls, a letter included.
    done = subprocess.run([sys.executable, "-c", _IMPORT, str(EXPORT), str(raw), str(len(existing) + room)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 2)
    if done.returncode == 2:
        assert "the line was not written, the file is as it was" in done.stderr
    for path in folder.glob("*.jsonl"):
        data = path.read_bytes()
        assert data.endswith(b"\n") and data.startswith(existing)
        data.decode("utf-8")
    records, rejected, n = read.read_reports(sorted(folder.glob("*.jsonl")))
    assert len(records) + len(rejected) == n and not rejected["reason"].str.contains("UTF-8").any()


def test_a_second_import_into_the_raw_folder_waits_for_the_first(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    cmd = [sys.executable, "-m", "strikeclaims.cli", "import-telegram", str(EXPORT), "--source", "ua_air_force",
           "--raw-dir", str(raw)]
    with publish.locked(raw, "a test"):
        second = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = wait_for_output(second.stderr, "waiting for another import into")
        assert "waiting for another import into" in said
        assert second.poll() is None and not list(raw.rglob("*.jsonl"))
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0 and "new 5" in out


def test_imports_started_together_write_every_message_once(tmp_path):
    raw = tmp_path / "raw"
    messages = [{"id": i, "type": "message", "date_unixtime": str(1_748_736_000 + 60 * i),
                 "text": f"Synthetic test report {i}. " + "Противник атакував 5 БпЛА. " * 20} for i in range(1, 20_001)]
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Synthetic", "type": "public_channel", "id": 1, "messages": messages}))
    cmd = [sys.executable, "-m", "strikeclaims.cli", "import-telegram", str(export), "--source", "ua_air_force",
           "--raw-dir", str(raw)]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) for _ in range(3)]
    assert [r.wait(timeout=300) for r in runs] == [0, 0, 0]
    ids = [r["message_id"] for lines in _lines(raw).values() for r in lines]
    assert len(ids) == len(set(ids)) == 20_000


def test_a_lone_surrogate_or_a_time_outside_the_war_is_an_invalid_message_not_a_traceback(tmp_path):
    def change(data):
        messages = {m["id"]: m for m in data["messages"]}
        messages[3]["text"] = "Synthetic test report \ud800."
        messages[6]["date_unixtime"] = "253402300799"   # 9999-12-31T23:59:59 UTC
        messages[8]["date_unixtime"] = "-62135596800"   # year 1

    path = tmp_path / "export.json"
    data = json.loads(EXPORT.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")   # the surrogate as \ud800
    summary = import_export(path, "ua_air_force", None, tmp_path / "raw")
    assert (summary["new"], summary["invalid"]) == (2, 3)
    records, rejected, n = read.read_reports(read.raw_report_files(tmp_path / "raw"))
    assert rejected.empty and sorted(records["message_id"].astype(int)) == [2, 9]


def test_a_symbolic_link_in_the_raw_folder_is_never_appended_to(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("not a raw file\n")
    folder = tmp_path / "raw" / "ua_air_force"
    folder.mkdir(parents=True)
    (folder / "2025-06.jsonl").symlink_to(target)
    with pytest.raises(CollectError, match="a symbolic link, not a regular file"):
        import_export(EXPORT, "ua_air_force", None, tmp_path / "raw")
    assert target.read_text() == "not a raw file\n"
