"""Build the python-telegram-bot `Application`: services, handlers, start-up and shutdown work.

`build_application(config)` returns an application that is not started yet. Whoever runs it (the `run`
command, `bot.run.running_bot` in tests, the terminal chat) initialises it and then awaits
`prepare_application(app)` (registered as PTB's `post_init`, which PTB itself only calls from
`run_polling`): that applies database migrations when `database.auto_migrate` is on, publishes the command
menu (a failure there never stops start-up) and runs the start-up hooks.

Start-up hooks: features add async work that needs a running bot and a migrated database with
`add_startup_hook(app, hook)` (typically from their `register(app)`), or, for work not tied to a handler
module, by appending to `STARTUP_HOOKS`. `add_shutdown_hook` / `SHUTDOWN_HOOKS` run before the database is
closed. Each hook is `async def hook(app: BotApplication) -> None`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import ApplicationBuilder, BaseUpdateProcessor, ContextTypes
from telegram.request import BaseRequest

import handlers
from bot.bounded_request import BoundedRequest
from bot.commands import publish_commands
from bot.config import AppConfig
from bot.context import SERVICES_KEY, BotApplication, BotContext
from bot.lean_request import LeanRequest
from bot.metered_request import MeteredRequest
from bot.pacing import Pacer
from bot.services import Services
from storage.db import Database
from storage.migrate import upgrade_database

logger = logging.getLogger(__name__)

AppHook = Callable[[BotApplication], Awaitable[None]]
STARTUP_HOOKS: list[AppHook] = []
SHUTDOWN_HOOKS: list[AppHook] = []
_STARTUP_KEY = "_startup_hooks"
_SHUTDOWN_KEY = "_shutdown_hooks"
_PREPARED_KEY = "_prepared"
_OWNS_DATABASE_KEY = "_owns_database"


class MissingTokenError(Exception):
    """No bot token is configured (TELEGRAM_BOT_TOKEN)."""


def build_application(
    config: AppConfig,
    *,
    services: Services | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    concurrent_updates: bool | int | BaseUpdateProcessor = False,
    token: str | None = None,
) -> BotApplication:
    """The application for this config, handlers registered, services in `bot_data["services"]`.

    `request` / `get_updates_request` replace the HTTP layer (tests pass a recording request);
    `concurrent_updates` goes to PTB (default: one update at a time). `migrasi-aman run` passes a
    `PerChatUpdateProcessor`: different chats concurrently, each chat's updates in order. `token` replaces
    the configured one (the terminal chat uses the stand-in's, so a real token never leaves for 127.0.0.1).
    """
    # Opt in now to PTB's coming timedelta time periods (RetryAfter.retry_after, ...); without it PTB 22 emits
    # a deprecation warning for every flood-limit error it builds.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    secret = token or (config.telegram.token.get_secret_value() if config.telegram.token else None)
    if not secret:
        raise MissingTokenError("no bot token: set TELEGRAM_BOT_TOKEN")
    context_types = ContextTypes(context=BotContext)
    builder: Any = (
        ApplicationBuilder()
        .token(secret)
        .base_url(config.telegram.api_base_url)
        .base_file_url(api_base_file_url(config))
        .context_types(context_types)
        .concurrent_updates(concurrent_updates)
        # Polling goes through bot.inbox.InboxPoller (stores updates before confirming them), not Updater.
        .updater(None)
        .post_init(prepare_application)
        .post_shutdown(release_application)
    )
    if config.telegram.pacing.enabled:
        builder = builder.rate_limiter(Pacer(config.telegram.pacing))
    if request is not None:
        builder = builder.get_updates_request(get_updates_request or request)
    else:
        # One connection for the long poll, apart from the sends' pool; the poller gives each poll its
        # own read timeout (longer than the poll).
        builder = builder.get_updates_request(LeanRequest(1))
    # Sends are counted for /metrics where every call passes, whichever code path makes it. (Set after the
    # get_updates options: PTB refuses those once a request object is given.)
    builder = builder.request(MeteredRequest(request or sending_request(config)))
    app: BotApplication = builder.build()
    owns_database = services is None
    if services is None:
        services = Services(
            config,
            Database.connect(config.database.url, echo=config.database.echo, pool=config.database.pool),
        )
    app.bot_data[SERVICES_KEY] = services
    app.bot_data[_OWNS_DATABASE_KEY] = owns_database
    app.bot_data[_STARTUP_KEY] = []
    app.bot_data[_SHUTDOWN_KEY] = []
    handlers.register_all(app)
    return app


def sending_request(config: AppConfig) -> BaseRequest:
    """A pool of the configured size (`bot.lean_request`), sends beyond it waiting their turn in front."""
    size = config.telegram.connection_pool_size
    return BoundedRequest(LeanRequest(size), size)


def api_base_file_url(config: AppConfig) -> str:
    """The file-download base URL: configured, or derived from the API one (".../bot" -> ".../file/bot")."""
    if config.telegram.api_base_file_url:
        return config.telegram.api_base_file_url
    base = config.telegram.api_base_url
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base.rstrip("/") + "/file/bot"


def add_startup_hook(app: BotApplication, hook: AppHook) -> None:
    app.bot_data[_STARTUP_KEY].append(hook)


def add_shutdown_hook(app: BotApplication, hook: AppHook) -> None:
    app.bot_data[_SHUTDOWN_KEY].append(hook)


def services_of(app: BotApplication) -> Services:
    services = app.bot_data[SERVICES_KEY]
    assert isinstance(services, Services)
    return services


async def prepare_application(app: BotApplication) -> None:
    """Migrate, publish commands, run start-up hooks. Call after `app.initialize()`; runs once per app."""
    if app.bot_data.get(_PREPARED_KEY):
        return
    app.bot_data[_PREPARED_KEY] = True
    services = services_of(app)
    if services.config.database.auto_migrate:
        await upgrade_database(services.database)
    await publish_commands(app.bot, services.config.staff.chat_ids())
    for hook in [*STARTUP_HOOKS, *app.bot_data[_STARTUP_KEY]]:
        await hook(app)
    logger.info("bot ready as @%s", app.bot.username)


async def release_application(app: BotApplication) -> None:
    """Run shutdown hooks and close the database if this application opened it. Safe to call twice."""
    if not app.bot_data.pop(_PREPARED_KEY, False) and not app.bot_data.get(_OWNS_DATABASE_KEY):
        return
    for hook in [*app.bot_data[_SHUTDOWN_KEY], *SHUTDOWN_HOOKS]:
        try:
            await hook(app)
        except Exception:
            logger.exception("shutdown hook %s failed", getattr(hook, "__qualname__", hook))
    if app.bot_data.pop(_OWNS_DATABASE_KEY, False):
        await services_of(app).database.dispose()
