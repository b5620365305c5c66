"""Collectors: Telegram channel exports and web previews -> appended raw-report lines.

In: a Telegram Desktop export (`telegram_export`) or a channel's public web preview
(`telegram_web`). Out: new lines in `data/raw/reports/<source>/<YYYY-MM>.jsonl`, written through
the shared append-only store (`raw_store`), and a summary of what was added.
"""


class CollectError(Exception):
    """A collection that cannot go ahead (unreadable or malformed input, unknown source); one line."""
