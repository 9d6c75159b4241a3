"""Run the bot with long polling: `running_bot` for tests and the terminal chat, `run_until_signal` for `run`.

Both use the steps of PTB's `run_polling` (initialise, prepare, start the application, poll; and the reverse
on the way out), but under our control: tests need the bot inside their own event loop, `run` needs a clean
shutdown on SIGINT and SIGTERM with a clear message on a bad token, and polling goes through the durable
inbox of `bot.inbox` (PTB's `Updater` confirms updates to Telegram before they are handled, so a crash in
between would lose them).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from typing import Any

from bot.app import build_application, prepare_application, release_application, services_of
from bot.config import AppConfig
from bot.context import BotApplication
from bot.inbox import InboxPoller
from bot.updates import PerChatUpdateProcessor
from storage.services.inbox import UpdateInbox

logger = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def running_bot(config: AppConfig, **build_options: Any) -> AsyncIterator[BotApplication]:
    """The real application polling `config.telegram.api_base_url` until the block exits.

    `build_options` go to `build_application` (e.g. `services=`, `concurrent_updates=`).
    """
    app = build_application(config, **build_options)
    async with _started(app, config):
        yield app


@contextlib.asynccontextmanager
async def _running_with_poller(config: AppConfig, **build_options: Any) -> AsyncIterator[InboxPoller]:
    app = build_application(config, **build_options)
    async with _started(app, config) as poller:
        yield poller


@contextlib.asynccontextmanager
async def _started(app: BotApplication, config: AppConfig) -> AsyncIterator[InboxPoller]:
    await app.initialize()
    try:
        await prepare_application(app)
        poller = InboxPoller(
            app, UpdateInbox(services_of(app).database), poll_timeout=config.telegram.poll_timeout_seconds
        )
        await app.start()
        try:
            await poller.start()
            async with _console(app, config):
                yield poller
        finally:
            await poller.stop()
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()
        await release_application(app)  # PTB calls post_shutdown only from run_polling


@contextlib.asynccontextmanager
async def _console(app: BotApplication, config: AppConfig) -> AsyncIterator[None]:
    """The staff console beside the bot when `web.enabled`: same process, same services, and the Telegram
    notifier, so a change made in the browser reaches the complainant and the staff card."""
    if not config.web.enabled:
        yield
        return
    from bot.telegram_notifier import TelegramCaseNotifier
    from bot.web import build_web_app, serving

    services = services_of(app)
    web_app = build_web_app(config, services, TelegramCaseNotifier(app.bot, services))
    async with serving(web_app, config.web.listen_host, config.web.listen_port):
        logger.info("console at %s", config.web.public_url)
        yield


async def run_until_signal(config: AppConfig, stop: asyncio.Event | None = None) -> None:
    """Poll until SIGINT/SIGTERM (or `stop` is set), then shut down cleanly."""
    stop_event = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []

    def request_stop() -> None:
        stop_event.set()
        # A second Ctrl+C should not wait for a stuck shutdown: restore Python's default handlers.
        for signum in installed:
            loop.remove_signal_handler(signum)
        installed.clear()

    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, request_stop)
            installed.append(signum)
    try:
        # Chats are served concurrently in production; within a chat, updates stay in order.
        async with _running_with_poller(config, concurrent_updates=PerChatUpdateProcessor()) as poller:
            logger.info("polling for updates; press Ctrl+C to stop")
            polling = poller.polling
            assert polling is not None
            stop_requested = asyncio.ensure_future(stop_event.wait())
            try:
                await asyncio.wait({stop_requested, polling}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                stop_requested.cancel()
            logger.info("stopping")
        failure = polling.exception() if polling.done() and not polling.cancelled() else None
        if failure is not None:
            raise failure  # e.g. InvalidToken: `run` reports it and exits non-zero
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
