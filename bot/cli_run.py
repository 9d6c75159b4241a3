"""`migrasi-aman run` (long polling on Telegram) and `migrasi-aman chat` (the same bot in the terminal).

`run --or-chat` (what `make run` uses) starts the terminal chat when no token is configured, and says so.
The token itself is never printed or logged; only its absence or rejection is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import sys

from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from telegram.error import InvalidToken, NetworkError, TimedOut

from bot.cli_common import add_config_option, config_from_args, missing_database_advice
from bot.config import AppConfig
from bot.destinations import destination_table, unverified_summary, unverified_warnings
from faq.agencies import RegistryError
from faq.destinations import DestinationsError
from faq.loader import FaqContentError
from faq.offer_check import OfferCheckError
from storage.db import describe as describe_database
from storage.db import is_sqlite
from storage.migrate import MigrationError

logger = logging.getLogger(__name__)
EXIT_CONFIG = 2
EXIT_NETWORK = 3
TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
TELEGRAM_HOST = "api.telegram.org"
# Problems found while starting: broken FAQ content or data files, an unreachable database.
STARTUP_ERRORS: tuple[type[Exception], ...] = (
    FaqContentError,
    DestinationsError,
    RegistryError,
    OfferCheckError,
    MigrationError,
    SQLAlchemyError,
    OSError,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = subparsers.add_parser(
        "run", help="run the bot on Telegram (long polling, or --webhook; needs TELEGRAM_BOT_TOKEN)"
    )
    run.add_argument(
        "--or-chat",
        action="store_true",
        help="without a token, start the local terminal chat instead of failing",
    )
    run.add_argument(
        "--webhook",
        action="store_true",
        help="serve Telegram's webhook (webhook.* in config, TELEGRAM_WEBHOOK_SECRET) instead of polling; "
        "any number of instances may share one PostgreSQL database",
    )
    run.add_argument(
        "--take-over-from-webhook",
        action="store_true",
        help="poll even though the bot has a webhook set: deletes it, so stop the webhook instances first",
    )
    add_config_option(run)
    run.set_defaults(func=run_command)
    chat = subparsers.add_parser("chat", help="try the bot in the terminal: no token, no internet")
    _add_chat_options(chat)
    add_config_option(chat)
    chat.set_defaults(func=chat_command)


def _add_chat_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=("id", "en"), default="id", help="your Telegram app's language")
    parser.add_argument("--name", default="Anda", help="your first name in the chat")
    parser.add_argument("--database", default=None, help="database URL (default: sqlite data/chat.db)")
    parser.add_argument("--verbose", action="store_true", help="show the bot's log lines")


def run_command(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    token = config.telegram.token.get_secret_value().strip() if config.telegram.token else ""
    if not token:
        if args.or_chat:
            print(
                "No bot token configured (TELEGRAM_BOT_TOKEN), so starting the local chat instead:\n"
                "the same bot, served by a Bot API stand-in on 127.0.0.1. Nothing goes to Telegram.\n",
                file=sys.stderr,
            )
            return _chat(config, language="id", name="Anda", database=None, verbose=False)
        return _fatal(
            config,
            "no bot token: set TELEGRAM_BOT_TOKEN (from @BotFather), "
            "or try the bot without one: migrasi-aman chat",
        )
    if not TOKEN_SHAPE.match(token):
        return _fatal(
            config, "TELEGRAM_BOT_TOKEN does not look like a bot token (expected <digits>:<letters>)"
        )
    webhook = bool(getattr(args, "webhook", False))
    if webhook and not (config.webhook.secret and config.webhook.secret.get_secret_value()):
        return _fatal(
            config,
            "webhook mode needs a secret token: set TELEGRAM_WEBHOOK_SECRET "
            "(1-256 characters A-Z, a-z, 0-9, _ and -)",
        )
    if webhook and not config.webhook.public_url:
        return _fatal(
            config,
            f"webhook mode needs webhook.public_url in {config.source} "
            "(or WEBHOOK_PUBLIC_URL): the https address Telegram posts updates to",
        )
    if webhook and is_sqlite(config.database.url) and not config.webhook.single_instance:
        return _fatal(
            config,
            f"run --webhook is on {describe_database(config.database.url)}, from DATABASE_URL or "
            f"database.url in {config.source}: a SQLite file cannot be shared, so this instance would keep "
            "its chats and cases apart from the other instances'. Set DATABASE_URL to the instances' "
            "PostgreSQL database (postgresql+asyncpg://USER@HOST:5432/NAME); for one instance alone, set "
            "webhook.single_instance: true",
        )
    if TELEGRAM_HOST in config.telegram.api_base_url and config.operator_is_example():
        return _fatal(
            config,
            f"{config.source}: bot.operator is still the example text; write the name of the "
            "office that runs this bot before it talks to real users (the local chat works without it)",
        )
    _setup_logging(config.log_level)
    if config.log_format == "json":
        from bot.logjson import use_json_logs

        use_json_logs()
    redact_in_logs(token)
    if config.database.driver_note:
        logger.info("%s", config.database.driver_note)
    if webhook and config.webhook.secret:
        redact_in_logs(config.webhook.secret.get_secret_value())
    try:
        table = destination_table(config)
    except DestinationsError as exc:
        return _report_startup_error(config, exc)
    summary = unverified_summary(table)
    if summary:
        logger.warning("%s", summary)
    for line in unverified_warnings(table):
        logger.debug("%s", line)
    take_over = bool(getattr(args, "take_over_from_webhook", False))
    return _run_polling(config, webhook=webhook, take_over_webhook=take_over)


def _run_polling(config: AppConfig, *, webhook: bool = False, take_over_webhook: bool = False) -> int:
    from bot.instance_check import SecretDisagrees
    from bot.run import PortInUse, WebhookIsSet, run_until_signal, run_webhook_until_signal

    try:
        asyncio.run(
            run_webhook_until_signal(config)
            if webhook
            else run_until_signal(config, take_over_webhook=take_over_webhook)
        )
    except PortInUse as exc:
        return _fatal(
            config,
            f"cannot listen on {exc.host}:{exc.port} (webhook.listen_host/listen_port in {config.source}): "
            "the port is in use, perhaps by another instance started with the same file. Nothing was "
            "registered with Telegram",
        )
    except WebhookIsSet as exc:
        return _fatal(
            config,
            f"this bot has a webhook set ({exc.where}), so webhook instances may be serving it: polling "
            "would delete the webhook and leave them without updates. Nothing was changed. To switch this "
            "bot to polling deliberately, stop the webhook instances (each start sets the webhook again) "
            "and run `migrasi-aman run --take-over-from-webhook`; to try the bot without Telegram, run "
            "`migrasi-aman chat` (or `make run` without TELEGRAM_BOT_TOKEN)",
        )
    except SecretDisagrees as exc:
        return _fatal(
            config,
            f"TELEGRAM_WEBHOOK_SECRET (or TELEGRAM_BOT_TOKEN) differs from that of {len(exc.others)} of "
            f"the {exc.live} live instance(s) on {describe_database(config.database.url)} "
            f"({', '.join(exc.others)}): started, this instance would set the webhook with its secret and "
            "they would refuse every update. Nothing was registered with Telegram. Give this host the "
            "secret in the other instances' env file; to change the secret, stop every instance first (a "
            "killed one counts for "
            "cluster.lease_seconds)",
        )
    except STARTUP_ERRORS as exc:
        return _report_startup_error(config, exc)
    except InvalidToken:
        return _fatal(config, "Telegram refused the bot token (Unauthorized): check TELEGRAM_BOT_TOKEN")
    except (NetworkError, TimedOut) as exc:
        # The Bot API is asked before the database: say both when both are wrong, not one after the other.
        also = _database_problem(config)
        return _fatal(
            config,
            f"cannot reach the Bot API at {config.telegram.api_base_url}: {type(exc).__name__}"
            + (f"; and {also}" if also else ""),
            EXIT_NETWORK,
        )
    return 0


DATABASE_PROBE_SECONDS = 10.0


def _database_problem(config: AppConfig) -> str | None:
    """What is wrong with a PostgreSQL database start-up did not reach, or None (SQLite files are made)."""
    if is_sqlite(config.database.url):
        return None
    from sqlalchemy import text

    from storage.db import Database

    async def probe() -> None:
        database = Database.connect(config.database.url)
        try:
            async with asyncio.timeout(DATABASE_PROBE_SECONDS), database.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        finally:
            await database.dispose()

    try:
        asyncio.run(probe())
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        advice = missing_database_advice(config.database.url, exc)
        where = make_url(config.database.url).render_as_string(hide_password=True)
        return advice or f"cannot open the database {where}: {type(exc).__name__}"
    return None


def chat_command(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    return _chat(config, language=args.language, name=args.name, database=args.database, verbose=args.verbose)


def _chat(config: AppConfig, *, language: str, name: str, database: str | None, verbose: bool) -> int:
    from bot.chat import chat_database, run_chat
    from bot.chat_lock import ChatInUse

    try:
        settings = chat_database(database)
    except ValidationError as exc:
        reasons = (str(error["msg"]).removeprefix("Value error, ") for error in exc.errors())
        return _fatal(config, f"--database: {'; '.join(reasons)}")  # the URL itself may hold a password
    # Start-up problems are then reported against the database the chat opens, not the configured one.
    config = config.model_copy(update={"database": settings})
    _setup_logging("INFO" if verbose else "WARNING")
    try:
        return asyncio.run(run_chat(config, first_name=name, language=language, database_url=settings.url))
    except ChatInUse as exc:
        return _fatal(config, str(exc))
    except STARTUP_ERRORS as exc:
        # The chat migrates a new database itself: once created, starting again is all it takes.
        advice = missing_database_advice(
            settings.url, exc, named_by="--database", then="start the chat again"
        )
        return _fatal(config, advice) if advice else _report_startup_error(config, exc)
    except KeyboardInterrupt:
        return 0


def _report_startup_error(config: AppConfig, exc: Exception) -> int:
    """Content, data files and the database are checked at start-up; say which one failed, no traceback."""
    where = make_url(config.database.url).render_as_string(hide_password=True)
    advice = missing_database_advice(config.database.url, exc)
    if advice is not None:
        return _fatal(config, advice)
    if isinstance(exc, MigrationError):
        return _fatal(
            config,
            f"cannot bring the database {where} up to date: {exc}. Run `migrasi-aman db upgrade` once "
            "(with several instances, before starting them), then start the bot again",
        )
    if isinstance(exc, SQLAlchemyError | OSError):
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _fatal(config, f"cannot open the database {where}: {type(exc).__name__}: {first_line}")
    return _fatal(config, f"cannot start: {exc}")


def _fatal(config: AppConfig, message: str, code: int = EXIT_CONFIG) -> int:
    """Print why start-up stopped, as one JSON log line under `log_format: json` (collectors read stderr
    as the log), else as plain text."""
    if config.log_format == "json":
        from bot.logjson import JsonFormatter

        record = logging.LogRecord("migrasi_aman", logging.CRITICAL, __file__, 0, "%s", (message,), None)
        print(JsonFormatter().format(record), file=sys.stderr)
    else:
        print(f"migrasi-aman: {message}", file=sys.stderr)
    return code


class SecretRedactor(logging.Filter):
    """Masks a secret in every log line, whoever logs it: a library that prints a request URL must not leak
    the bot token (httpx's INFO lines do; its logger is also held at WARNING)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._secret in message:
            record.msg = message.replace(self._secret, "***")
            record.args = None
        return True


def redact_in_logs(secret: str) -> None:
    redactor = SecretRedactor(secret)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)


def _setup_logging(level: str) -> None:
    from bot.__main__ import setup_logging

    setup_logging(level)
    logging.getLogger().setLevel(level)  # basicConfig ignores a second call; the level must still apply
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per job run drowns the chat
