"""The Telegram plumbing alone: a minimal python-telegram-bot echo application for benchmark baselines.

One `MessageHandler` replies with the text it got, one `CallbackQueryHandler` answers the query and replies
with its data. It polls like the real bot's deployment (same long-poll timeout and read timeout, same
`PerChatUpdateProcessor`), but through PTB's own `Updater`: no database, no durable inbox, no handlers of
ours. Whatever the real bot costs on top of this is the bot's own work.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

EchoApplication = Application[Any, Any, Any, Any, Any, Any]


async def echo_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text is not None:
        # HTML with the user's text escaped, as the real bot sends every reply.
        await message.reply_text(html.escape(message.text), parse_mode=ParseMode.HTML)


async def echo_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    await query.answer()
    await context.bot.send_message(
        update.effective_chat.id, html.escape(query.data or ""), parse_mode=ParseMode.HTML
    )


def build_echo_application(
    token: str,
    base_url: str,
    base_file_url: str,
    *,
    poll_timeout_seconds: float,
    concurrent_updates: bool | int | BaseUpdateProcessor = False,
) -> EchoApplication:
    """Built like `bot.app.build_application` (base URLs, update processor, long-poll read timeout)."""
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # as build_application: no deprecation warning per RetryAfter
    builder: Any = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .concurrent_updates(concurrent_updates)
        .get_updates_read_timeout(poll_timeout_seconds + 10.0)
    )
    app: EchoApplication = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo_text))
    app.add_handler(CallbackQueryHandler(echo_button))
    return app


@contextlib.asynccontextmanager
async def running_echo(
    token: str,
    base_url: str,
    base_file_url: str,
    *,
    poll_timeout_seconds: float,
    concurrent_updates: bool | int | BaseUpdateProcessor = False,
) -> AsyncIterator[EchoApplication]:
    """The echo application long polling `base_url` until the block exits (the steps of `run_polling`)."""
    app = build_echo_application(
        token,
        base_url,
        base_file_url,
        poll_timeout_seconds=poll_timeout_seconds,
        concurrent_updates=concurrent_updates,
    )
    await app.initialize()
    try:
        await app.start()
        updater = app.updater
        assert updater is not None
        await updater.start_polling(
            timeout=timedelta(seconds=poll_timeout_seconds), allowed_updates=Update.ALL_TYPES
        )
        try:
            yield app
        finally:
            await updater.stop()
            await app.stop()
    finally:
        await app.shutdown()
