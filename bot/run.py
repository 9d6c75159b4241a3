"""Run the bot with long polling: `running_bot` for tests and the terminal chat, `run_until_signal` for `run`.

Both use the same steps as PTB's `run_polling` (initialise, prepare, start polling, start the
application; and the reverse on the way out), but under our control: tests need the bot inside their own
event loop, and `run` needs a clean shutdown on SIGINT and SIGTERM with a clear message on a bad token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from typing import Any

from telegram import Update

from bot.app import build_application, prepare_application, release_application
from bot.config import AppConfig
from bot.context import BotApplication
from bot.updates import PerChatUpdateProcessor

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
async def _started(app: BotApplication, config: AppConfig) -> AsyncIterator[None]:
    await app.initialize()
    try:
        await prepare_application(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0.0,
            timeout=config.telegram.poll_timeout_seconds,
            allowed_updates=Update.ALL_TYPES,
            bootstrap_retries=0,
        )
        await app.start()
        try:
            yield
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()
        await release_application(app)  # PTB calls post_shutdown only from run_polling


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
        async with running_bot(config, concurrent_updates=PerChatUpdateProcessor()):
            logger.info("polling for updates; press Ctrl+C to stop")
            await stop_event.wait()
            logger.info("stopping")
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
