"""Collectors: Telegram channel exports and web previews -> appended raw-report lines.

In: a Telegram Desktop export (`telegram_export`) or a channel's public web preview
(`telegram_web`). Out: new lines in `data/raw/reports/<source>/<YYYY-MM>.jsonl`, written through
the shared append-only store (`raw_store`), and a summary of what was added.
"""


# Pages of a channel's web preview one `fetch-telegram` run reads unless told otherwise; the next run
# goes on from where it stopped.
MAX_PAGES = 200


class CollectError(Exception):
    """A collection that cannot go ahead (unreadable or malformed input, unknown source); one line."""
