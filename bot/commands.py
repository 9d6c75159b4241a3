"""The bot's user commands in one place: `/bantuan` lists them and Telegram's command menu shows them.

Each engineer appends its own user commands to `USER_COMMANDS` and staff-chat commands to `STAFF_COMMANDS`
(one line each). Telegram gets the user list per language and the staff list in each staff chat with
`set_my_commands`; if that call fails the bot still starts (the menu is a convenience).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from telegram import Bot, BotCommand, BotCommandScope, BotCommandScopeChat
from telegram.error import TelegramError

from faq.model import Language

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CommandSpec:
    command: str
    id: str  # description in Indonesian
    en: str  # description in English
    menu: bool = True  # shown in Telegram's command menu (aliases such as /help are not)
    alias_of: str = ""  # the command this one stands for (/emergency for /darurat), handled the same

    def description(self, lang: Language) -> str:
        return self.en if lang == "en" else self.id


USER_COMMANDS: Final[tuple[CommandSpec, ...]] = (
    # --- issue 3 (bot engineer) ---
    CommandSpec("start", "Mulai dan tampilkan menu", "Start and show the menu"),
    CommandSpec("bantuan", "Daftar perintah", "List of commands"),
    CommandSpec("help", "Daftar perintah", "List of commands", menu=False),
    CommandSpec("darurat", "Kontak darurat", "Emergency contacts"),
    CommandSpec("emergency", "Kontak darurat", "Emergency contacts", menu=False, alias_of="darurat"),
    CommandSpec("cektawaran", "Cek tanda bahaya tawaran kerja", "Check a job offer for warning signs"),
    CommandSpec("cekp3mi", "Cek izin perusahaan penempatan (P3MI)", "Check a placement company's licence"),
    CommandSpec("bahasa", "Ganti bahasa / change language", "Change language / ganti bahasa"),
    CommandSpec("batal", "Batalkan langkah yang sedang berjalan", "Cancel what you are doing"),
    CommandSpec("cancel", "Batalkan langkah yang sedang berjalan", "Cancel what you are doing", menu=False),
    # --- issue 4 (complaints engineer) ---
    CommandSpec("lapor", "Laporkan masalah ke petugas", "Report a problem to officers"),
    CommandSpec(
        "report", "Laporkan masalah ke petugas", "Report a problem to officers", menu=False, alias_of="lapor"
    ),
    CommandSpec("status", "Status laporan Anda", "Status of your reports"),
    CommandSpec("lewati", "Lewati pertanyaan saat melapor", "Skip a question in a report", menu=False),
    CommandSpec("hapusdata", "Hapus data dari laporan yang ditutup", "Erase your data from closed reports"),
)

# Shown as the command menu inside the staff chats only (Indonesian; staff work in Indonesian).
STAFF_COMMANDS: Final[tuple[CommandSpec, ...]] = (
    # --- issue 4 (complaints engineer) ---
    CommandSpec("kasus", "Antrean kasus, atau /kasus ADU-000123", "Case queue, or /kasus ADU-000123"),
    CommandSpec("cari", "Cari kasus", "Search cases"),
    CommandSpec("statistik", "Statistik kasus", "Case statistics"),
    CommandSpec("export", "Ekspor kasus (CSV)", "Export cases (CSV)"),
    CommandSpec("staff", "Kelola petugas (admin)", "Manage officers (admin)"),
)

# Commands handled by other features that /bantuan does not list (staff-chat commands, intake steps).
# The unknown-command reply leaves these alone.
OTHER_COMMANDS: Final[frozenset[str]] = frozenset(
    {"lapor", "lewati", "status", "hapusdata", "kasus", "cari", "statistik", "export", "staff", "konsol"}
)


def names_of(command: str) -> list[str]:
    """The command and its aliases, for its handler: `names_of("darurat")` is ["darurat", "emergency"]."""
    return [command, *(spec.command for spec in USER_COMMANDS if spec.alias_of == command)]


def known_command_names() -> frozenset[str]:
    names = {spec.command for spec in (*USER_COMMANDS, *STAFF_COMMANDS)}
    return frozenset(names) | OTHER_COMMANDS


def command_lines(lang: Language) -> list[str]:
    """`/command - description` lines for /bantuan; an alias (/help, /cancel) joins its command's line."""
    lines: dict[str, str] = {}
    for spec in USER_COMMANDS:
        description = spec.description(lang)
        if description in lines:
            lines[description] += f" /{spec.command}"
        else:
            lines[description] = f"/{spec.command}"
    return [f"{commands} - {description}" for description, commands in lines.items()]


def menu_commands(lang: Language) -> list[BotCommand]:
    return [BotCommand(spec.command, spec.description(lang)) for spec in USER_COMMANDS if spec.menu]


async def publish_commands(bot: Bot, staff_chat_ids: Iterable[int] = ()) -> bool:
    """Register the command menus: users' in Indonesian (also the default) and English, staff commands in
    each staff chat. Never raises: a bot without its command menu still works."""
    targets: list[tuple[list[BotCommand], str | None, BotCommandScope | None]] = [
        (menu_commands("id"), None, None),
        (menu_commands("id"), "id", None),
        (menu_commands("en"), "en", None),
    ]
    staff_menu = [BotCommand(spec.command, spec.description("id")) for spec in STAFF_COMMANDS if spec.menu]
    if staff_menu:
        targets.extend((staff_menu, None, BotCommandScopeChat(chat_id)) for chat_id in sorted(staff_chat_ids))
    published = True
    for commands, language_code, scope in targets:
        try:
            await bot.set_my_commands(commands, scope=scope, language_code=language_code)
        except TelegramError as exc:
            published = False
            logger.warning(
                "set_my_commands(%s, %s) failed, continuing without it: %s", language_code, scope, exc
            )
    return published
