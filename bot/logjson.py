"""One JSON object per log line (`log_format: json`), for log collectors.

The fields are the time, level, logger and the message; an exception is reported by its type only, since a
traceback can quote the values a failing line was working on. The bot's own messages carry ids and counts,
never names, phones or message text, and the token is masked by `bot.cli_run.SecretRedactor`.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exc_type"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def use_json_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.setFormatter(JsonFormatter())
