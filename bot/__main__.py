"""Command line: `migrasi-aman` and `python -m bot`. Parses arguments, sets up logging and dispatches.

Each command lives in its own `bot.cli_*` module with a `register(subparsers)` function; they are imported
here, when the parser is built, so importing `bot` itself stays light.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.cli_common import silence_stdout
from bot.config import ConfigError

# Exit codes, the same for every command: 1 the command ran and found a problem (lint findings, no reply
# from the bot), 2 the configuration or the database must be fixed first, 3 the Bot API cannot be reached,
# 130 Ctrl+C, 141 the reader of its output left (`| head`), as a process stopped by SIGPIPE.
EXIT_CONFIG = 2
PIPE_CLOSED = 141

COMMAND_MODULES: tuple[str, ...] = (
    "bot.cli_faq",
    "bot.cli_agencies",
    "bot.cli_db",
    "bot.cli_run",
    "bot.cli_cases",
    "bot.cli_web",
    "bot.cli_standin",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migrasi-aman",
        description="Migrasi Aman: safe-migration Telegram bot and its content tools.",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="path of config.yaml (default: $MIGRASI_CONFIG or ./config.yaml); with $MIGRASI_CONFIG set, a "
        "file laid over that one (a per-instance file with only what differs)",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def setup_logging(level: str = "INFO") -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback while Python exits
    except BrokenPipeError:
        silence_stdout()
        return PIPE_CLOSED
    except ConfigError as exc:
        if exc.log_format == "json":
            from bot.logjson import JsonFormatter

            record = logging.LogRecord("migrasi_aman", logging.CRITICAL, __file__, 0, "%s", (str(exc),), None)
            print(JsonFormatter().format(record), file=sys.stderr)
        else:
            print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
