"""The staff chat: case cards with buttons, replies to cards relayed to the complainant, queue commands,
statistics, CSV export, officer management, and the sweep job that posts reminders.

Staff commands and `case:v1:*` buttons work only in the configured staff chats, and every action is
checked again by the case core against the caller's role and province scope (a forged button from anywhere
else is refused and logged). Outside staff chats the commands answer one neutral line that reveals nothing.
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.app import add_startup_hook
from bot.context import BotApplication
from bot.services import Services
from handlers import groups, sweep_turn
from handlers.callbacks import CASE
from handlers.complaint_groups import STAFF_CHAT
from handlers.staff.card_buttons import on_card_button
from handlers.staff.commands import (
    export_command,
    kasus_command,
    search_command,
    staff_command,
    staff_help,
    statistics_command,
)
from handlers.staff.common import refuse_outside
from handlers.staff.jobs import post_unposted_cards, run_sweep
from handlers.staff.replies import on_staff_reply

STAFF_COMMANDS = ("kasus", "cari", "statistik", "export", "staff")


def register(app: BotApplication) -> None:
    services: Services = app.bot_data["services"]
    chat_ids = sorted(services.config.staff.chat_ids())
    staff_chats = filters.Chat(chat_ids) if chat_ids else filters.Chat(chat_id=[])
    commands = {
        "kasus": kasus_command,
        "cari": search_command,
        "statistik": statistics_command,
        "export": export_command,
        "staff": staff_command,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=staff_chats), group=groups.COMMANDS)
    app.add_handler(
        CommandHandler(["bantuan", "help"], staff_help, filters=staff_chats), group=groups.COMMANDS
    )
    app.add_handler(
        CommandHandler(list(STAFF_COMMANDS), refuse_outside, filters=~staff_chats), group=groups.COMMANDS
    )
    app.add_handler(CallbackQueryHandler(on_card_button, pattern=CASE.pattern()), group=groups.COMMANDS)
    app.add_handler(
        MessageHandler(
            staff_chats & filters.REPLY & filters.UpdateType.MESSAGE & ~filters.COMMAND, on_staff_reply
        ),
        group=STAFF_CHAT,
    )
    add_startup_hook(app, post_unposted_cards)
    if app.job_queue is not None:
        interval = services.config.complaints.sweep_interval_seconds
        app.job_queue.run_repeating(
            sweep_turn.sweep_job, interval=interval, first=min(interval, 5), name="case-timers"
        )


__all__ = ["STAFF_COMMANDS", "register", "run_sweep"]
