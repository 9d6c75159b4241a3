"""`migrasi-aman web`: the staff console alone (the bot may run in another process on the same database).

Staff replies typed in the console are delivered through the Bot API with the configured token; without a
token the console still works for reading and deciding, and says replies could not be delivered.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from collections.abc import Sequence

from telegram import Bot

from bot.app import api_base_file_url
from bot.cli_common import add_config_option, config_from_args
from bot.config import AppConfig
from bot.services import Services
from storage.db import Database
from storage.migrate import upgrade_database
from storage.services.cases import DomainEvent, Published, ReplySent


class UndeliveredNotifier:
    """No bot token: nothing can reach Telegram; replies are recorded as not delivered."""

    def __init__(self, services: Services) -> None:
        self._services = services

    async def publish(self, events: Sequence[DomainEvent]) -> Published:
        replies = [event for event in events if isinstance(event, ReplySent)]
        for event in replies:
            await self._services.cases.record_delivery(event.message_id, False)
        return Published(reply_delivered=False if replies else None)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    web = subparsers.add_parser("web", help="serve the staff console in the browser (web.listen_host/port)")
    add_config_option(web)
    web.set_defaults(func=web_command)


def web_command(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    asyncio.run(serve_console(config))
    return 0


async def serve_console(config: AppConfig) -> None:
    from bot.telegram_notifier import TelegramCaseNotifier
    from bot.web import build_web_app, serving

    database = Database.connect(config.database.url, echo=config.database.echo)
    services = Services(config, database)
    bot: Bot | None = None
    try:
        if config.database.auto_migrate:
            await upgrade_database(database)
        token = config.telegram.token.get_secret_value().strip() if config.telegram.token else ""
        if token:
            bot = Bot(token, base_url=config.telegram.api_base_url, base_file_url=api_base_file_url(config))
            await bot.initialize()
        notifier = TelegramCaseNotifier(bot, services) if bot is not None else UndeliveredNotifier(services)
        app = build_web_app(config, services, notifier)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
        async with serving(app, config.web.listen_host, config.web.listen_port):
            print(f"Konsol petugas: {config.web.public_url} (Ctrl+C untuk berhenti)")
            await stop.wait()
    finally:
        if bot is not None:
            await bot.shutdown()
        await database.dispose()
