"""The staff chat: case cards with buttons, replies to cards relayed to the complainant, queue commands,
statistics, CSV export, officer management, and the sweep job that posts reminders.

Staff commands and `case:v1:*` buttons work only in the configured staff chats, and every action is
checked again by the service against the caller's role (a forged button from anywhere else is refused and
logged). Outside staff chats the commands answer one neutral line that reveals nothing about cases.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.app import add_startup_hook
from bot.complaints import provinces_of_chat
from bot.context import BotApplication, BotContext
from bot.services import Services
from handlers import groups, sweep_turn
from handlers.case_notify import notify_complainant, post_card, refresh_card, relay_staff_reply, staff_notice
from handlers.case_view import (
    CLOSURE_TEXT,
    STATUS_CODES,
    card_keyboard,
    card_text,
    card_ticket,
    chunk_lines,
    message_lines,
    queue_line,
    statistics_text,
    story_chunks,
    trail_lines,
)
from handlers.complaint_groups import STAFF_CHAT
from handlers.delivery import with_retry
from handlers.telegram_text import message_text
from handlers.texts_complaint import STATUS_LABELS, label, text
from storage.errors import AccessDenied, CaseClosed, CaseNotFound, InvalidInput, InvalidTransition
from storage.models.cases import Case, CasePriority, CaseStatus, LinkKind, WaitingReason
from storage.repositories.cases import CaseFilter
from storage.services.cases import LinkedCase
from storage.services.rules import parse_telegram_id, parse_ticket
from storage.services.timers import ActionKind
from storage.update_keys import key_of

logger = logging.getLogger(__name__)

STAFF_COMMANDS = ("kasus", "cari", "statistik", "export", "staff")
NOT_HERE = "Perintah ini hanya untuk petugas di grup petugas."
REFUSED = "Tidak diizinkan."
QUEUE_LIMIT = 30
CARD_LINK_WAIT_SECONDS = 5.0
NOT_A_CARD = (
    "ℹ️ Balasan ini <b>tidak diteruskan</b> ke pelapor: pesan yang Anda balas bukan kartu kasus. "
    "Balas kartu kasusnya (atau buka <code>/kasus TIKET</code>) untuk menulis ke pelapor."
)
CARD_NOT_LINKED = (
    "⚠️ Balasan Anda <b>tidak terkirim</b> ke pelapor: kartu {ticket} belum tercatat di bot. "
    "Kirim lagi sebagai balasan kartu itu sebentar lagi, atau buka <code>/kasus {ticket}</code>."
)
EXPORT_DEFAULT_DAYS = 30

STATUS_WORDS: dict[str, frozenset[CaseStatus]] = {
    "baru": frozenset({CaseStatus.NEW}),
    "proses": frozenset({CaseStatus.IN_PROGRESS}),
    "tunggu": frozenset({CaseStatus.WAITING_FOR_COMPLAINANT}),
    "selesai": frozenset({CaseStatus.RESOLVED}),
    "tolak": frozenset({CaseStatus.REJECTED}),
    "rujuk": frozenset({CaseStatus.REFERRED}),
}


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
    app.add_handler(CallbackQueryHandler(on_card_button, pattern=r"^case:v1:"), group=groups.COMMANDS)
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


def chat_provinces(update: Update, context: BotContext) -> frozenset[str] | None:
    """A province staff chat lists its province's cases; the default staff chat lists them all."""
    chat = update.effective_chat
    return None if chat is None else provinces_of_chat(context.services.config, chat.id)


def in_staff_chat(update: Update, context: BotContext) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.id in context.services.config.staff.chat_ids()


async def reply(
    update: Update, context: BotContext, html_text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return await with_retry(
        lambda: context.bot.send_message(chat.id, html_text, parse_mode=ParseMode.HTML, reply_markup=markup)
    )


async def refuse_outside(update: Update, context: BotContext) -> None:
    """A staff command outside a staff chat: one neutral line, whoever asks."""
    user = update.effective_user
    logger.warning("staff command outside a staff chat by user %s", user.id if user else None)
    if update.effective_chat is not None and update.effective_chat.type == "private":
        await reply(update, context, NOT_HERE)
    raise ApplicationHandlerStop


async def _require_staff(update: Update, context: BotContext) -> int | None:
    user = update.effective_user
    if user is None:
        return None
    if await context.services.staff_directory.role_of(user.id) is None:
        logger.warning("staff command refused for non-staff user %s", user.id)
        await reply(update, context, NOT_HERE)
        return None
    return user.id


# --- commands ---

STAFF_HELP = """<b>Perintah petugas</b>
/kasus - antrean terbuka; filter: baru, proses, tunggu, selesai, tolak, rujuk, semua, urgen, saya, bebas
/kasus ADU-000123 - kasus lengkap dengan cerita, pesan dan jejaknya
/cari KATA - cari di tiket, cerita, agensi, negara, provinsi, nama
/statistik - jumlah per status, kategori, negara dan umur kasus
/export [DARI] [SAMPAI] - CSV kasus (tanggal YYYY-MM-DD; bawaan: 30 hari terakhir)
/staff list | add ID | remove ID - daftar petugas; admin menambah/menghapus petugas

Di kartu kasus: 🙋 Ambil, 📝 Catatan, status, prioritas.
<b>Balas</b> kartu (reply) untuk menulis ke pelapor; awali dengan <b>!</b> untuk catatan internal."""


async def staff_help(update: Update, context: BotContext) -> None:
    if await _require_staff(update, context) is not None:
        await reply(update, context, STAFF_HELP)


async def kasus_command(update: Update, context: BotContext) -> None:
    actor = await _require_staff(update, context)
    if actor is None:
        return
    args = context.args or []
    ticket = parse_ticket(args[0]) if len(args) == 1 else None
    if ticket is not None:
        await show_case(update, context, actor, ticket)
        return
    case_filter = replace(parse_filter(args, actor), provinces=chat_provinces(update, context))
    cases = await context.services.cases.queue(actor, case_filter)
    if not cases:
        await reply(update, context, "Tidak ada kasus untuk filter ini.")
        return
    lines = [f"<b>Antrean</b> ({len(cases)}):"] + [queue_line(case) for case in cases]
    buttons = [
        [InlineKeyboardButton(f"Buka {case.ticket}", callback_data=f"case:v1:open:{case.id}")]
        for case in cases[:10]
    ]
    for index, chunk in enumerate(chunk_lines(lines)):
        await reply(update, context, chunk, InlineKeyboardMarkup(buttons) if index == 0 else None)


def parse_filter(args: list[str], actor: int) -> CaseFilter:
    """`/kasus [baru|proses|tunggu|selesai|tolak|rujuk|semua] [urgen] [saya] [bebas]`."""
    statuses: frozenset[CaseStatus] | None = frozenset(
        {CaseStatus.NEW, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_COMPLAINANT}
    )
    priority = None
    mine = unassigned = False
    chosen: set[CaseStatus] = set()
    for word in (arg.lower() for arg in args):
        if word in STATUS_WORDS:
            chosen |= STATUS_WORDS[word]
        elif word in ("semua", "all"):
            statuses = None
        elif word in ("urgen", "urgent"):
            priority = CasePriority.URGENT
        elif word in ("saya", "mine"):
            mine = True
        elif word in ("bebas", "unassigned", "belum"):
            unassigned = True
    if chosen:
        statuses = frozenset(chosen)
    return CaseFilter(
        statuses=statuses,
        priority=priority,
        assigned_to=actor if mine else None,
        unassigned=unassigned,
        limit=QUEUE_LIMIT,
    )


async def show_case(update: Update, context: BotContext, actor: int, ticket_or_id: str | int) -> None:
    """The whole case: a fresh card (replying to it works like the original), story, messages, trail."""
    try:
        detail = await context.services.cases.detail(actor, ticket_or_id)
    except CaseNotFound:
        await reply(update, context, "Kasus tidak ditemukan.")
        return
    case = detail.case
    card = await reply(update, context, card_text(case, detail.attachments), card_keyboard(case))
    if card is not None:
        await context.services.cases.link_message(case.id, card.chat_id, card.message_id, LinkKind.REMINDER)
    story = story_chunks(case.story)
    if len(story) > 1 or (case.story and len(case.story) > 1500):
        for index, chunk in enumerate(story):
            await reply(update, context, f"<b>Cerita lengkap ({index + 1}/{len(story)})</b>\n{chunk}")
    if detail.attachments:
        lines = []
        for attachment in detail.attachments:
            skipped = (
                f" (tidak disalin: {attachment.not_stored_reason})" if attachment.not_stored_reason else ""
            )
            lines.append(html.escape(f"• {attachment.kind.value} {attachment.file_name or ''}{skipped}"))
        await reply(update, context, "<b>Lampiran</b>\n" + "\n".join(lines))
    for chunk in chunk_lines(["<b>Pesan</b>", *message_lines(detail.messages)] if detail.messages else []):
        await reply(update, context, chunk)
    for chunk in chunk_lines(["<b>Jejak kasus</b>", *trail_lines(detail.events)]):
        await reply(update, context, chunk)


async def search_command(update: Update, context: BotContext) -> None:
    actor = await _require_staff(update, context)
    if actor is None:
        return
    query = " ".join(context.args or [])
    try:
        cases = await context.services.cases.search(actor, query, chat_provinces(update, context))
    except InvalidInput:
        await reply(update, context, "Tulis kata yang dicari, misalnya <code>/cari Malaysia</code>.")
        return
    if not cases:
        await reply(update, context, "Tidak ada kasus yang cocok.")
        return
    lines = [f"<b>Hasil pencarian</b> ({len(cases)}):"] + [queue_line(case) for case in cases]
    buttons = [
        [InlineKeyboardButton(f"Buka {c.ticket}", callback_data=f"case:v1:open:{c.id}")] for c in cases[:10]
    ]
    for index, chunk in enumerate(chunk_lines(lines)):
        await reply(update, context, chunk, InlineKeyboardMarkup(buttons) if index == 0 else None)


async def statistics_command(update: Update, context: BotContext) -> None:
    actor = await _require_staff(update, context)
    if actor is None:
        return
    stats = await context.services.cases.statistics(actor)
    await reply(update, context, statistics_text(stats))


def parse_day(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise InvalidInput("date must be YYYY-MM-DD") from None


async def export_command(update: Update, context: BotContext) -> None:
    """`/export [DARI] [SAMPAI]` (YYYY-MM-DD, both days included); default: the last 30 days."""
    actor = await _require_staff(update, context)
    chat = update.effective_chat
    if actor is None or chat is None:
        return
    args = context.args or []
    try:
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        start = parse_day(args[0]) if args else today - timedelta(days=EXPORT_DEFAULT_DAYS)
        end = parse_day(args[1]) + timedelta(days=1) if len(args) > 1 else today + timedelta(days=1)
        content, count = await context.services.cases.export_csv(actor, start, end)
    except InvalidInput:
        await reply(
            update, context, "Format: <code>/export 2026-11-01 2026-11-30</code> (tanggal awal ≤ akhir)."
        )
        return
    name = f"kasus_{start:%Y-%m-%d}_{(end - timedelta(days=1)):%Y-%m-%d}.csv"
    data = content.encode("utf-8-sig")  # a BOM so spreadsheet programs read the UTF-8 correctly
    await with_retry(
        lambda: context.bot.send_document(
            chat.id,
            InputFile(data, filename=name),
            caption=f"{count} kasus",
            disable_content_type_detection=True,
        ),
        what="export",
    )
    logger.info("export of %d cases by staff %s", count, actor)


async def staff_command(update: Update, context: BotContext) -> None:
    """`/staff list`, `/staff add USER_ID`, `/staff remove USER_ID` (add/remove: admins only)."""
    actor = await _require_staff(update, context)
    if actor is None:
        return
    args = context.args or []
    directory = context.services.staff_directory
    action = args[0].lower() if args else "list"
    try:
        user_id = parse_telegram_id(args[1]) if len(args) == 2 else None
        if action in ("add", "tambah", "remove", "hapus") and len(args) == 2 and user_id is None:
            await reply(
                update, context, "ID Telegram tidak valid: angka dari profil petugas, mis. 123456789."
            )
        elif action in ("add", "tambah") and user_id is not None:
            await directory.add_officer(actor, user_id)
            await reply(update, context, f"Petugas <code>{user_id}</code> ditambahkan.")
        elif action in ("remove", "hapus") and user_id is not None:
            removed = await directory.remove_officer(actor, user_id)
            await reply(
                update, context, "Petugas dihapus." if removed else "Bukan petugas yang ditambahkan di bot."
            )
        elif action == "list":
            entries = await directory.members(actor)
            lines = [
                f"• <code>{e.user_id}</code> {e.role.value}{' (config)' if e.from_config else ''}"
                for e in entries
            ]
            await reply(update, context, "<b>Petugas</b>\n" + ("\n".join(lines) or "-"))
        else:
            await reply(
                update,
                context,
                "Pakai: <code>/staff list</code>, <code>/staff add ID</code>, <code>/staff remove ID</code>",
            )
    except AccessDenied:
        await reply(update, context, "Hanya admin yang dapat menambah atau menghapus petugas.")
    except InvalidInput:
        await reply(update, context, "Petugas dari konfigurasi diubah di config.yaml / STAFF_ADMIN_IDS.")


# --- card buttons ---


@dataclass(frozen=True)
class CardPress:
    """A parsed `case:v1:<action>:<case id>[:<arg>]` press by `actor` (whose role the services re-check)."""

    update: Update
    context: BotContext
    actor: int
    case_id: int
    arg: str


# Each action returns the toast to show and the case whose card to redraw (None: nothing to redraw).
CardAction = Callable[[CardPress], Awaitable[tuple[str, Case | None]]]


async def claim_case(press: CardPress) -> tuple[str, Case | None]:
    change = await press.context.services.cases.claim(press.actor, press.case_id)
    if change.previous is not change.case.status:
        await push_status(press.context, change.case)
    return "Diambil.", change.case


async def change_status(press: CardPress) -> tuple[str, Case | None]:
    if press.arg not in STATUS_CODES:
        raise InvalidInput("unknown status")
    status, reason = STATUS_CODES[press.arg]
    waiting = WaitingReason(reason) if reason else None
    case = (await press.context.services.cases.set_status(press.actor, press.case_id, status, waiting)).case
    await push_status(press.context, case)
    return "Status diubah.", case


async def change_priority(press: CardPress) -> tuple[str, Case | None]:
    if press.arg not in ("urgent", "normal"):
        raise InvalidInput("unknown priority")
    case = await press.context.services.cases.set_priority(
        press.actor, press.case_id, CasePriority(press.arg)
    )
    return "Prioritas diubah.", case


async def ask_for_note(press: CardPress) -> tuple[str, Case | None]:
    cases = press.context.services.cases
    detail = await cases.detail(press.actor, press.case_id)
    prompt = await reply_force(
        press.update,
        press.context,
        f"📝 Catatan internal untuk <b>{detail.case.ticket}</b>: balas pesan ini.",
    )
    if prompt is not None:
        await cases.link_message(press.case_id, prompt.chat_id, prompt.message_id, LinkKind.NOTE_PROMPT)
    return "", None


async def redraw_card(press: CardPress) -> tuple[str, Case | None]:
    return "Diperbarui.", (await press.context.services.cases.detail(press.actor, press.case_id)).case


async def open_case(press: CardPress) -> tuple[str, Case | None]:
    await show_case(press.update, press.context, press.actor, press.case_id)
    return "", None


CARD_ACTIONS: dict[str, CardAction] = {
    "claim": claim_case,
    "st": change_status,
    "prio": change_priority,
    "note": ask_for_note,
    "show": redraw_card,
    "open": open_case,
}
REFUSALS: tuple[tuple[type[Exception], str], ...] = (
    (AccessDenied, REFUSED),
    (CaseNotFound, "Kasus tidak ditemukan."),
    (InvalidTransition, "Perubahan status itu tidak bisa dari status sekarang."),
    (CaseClosed, "Perubahan status itu tidak bisa dari status sekarang."),
    (InvalidInput, "Tombol tidak dikenal."),
)


async def on_card_button(update: Update, context: BotContext) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    if not in_staff_chat(update, context):
        logger.warning("case button refused outside a staff chat (user %s)", user.id)
        await query.answer(REFUSED, show_alert=True)
        return
    parts = query.data.split(":")
    action = CARD_ACTIONS.get(parts[2] if len(parts) > 2 else "")
    case_id = int(parts[3]) if len(parts) > 3 and parts[3].isdigit() else -1
    press = CardPress(update, context, user.id, case_id, parts[4] if len(parts) > 4 else "")
    try:
        if action is None:
            raise InvalidInput("unknown card action")
        notice, case = await action(press)
    except (AccessDenied, CaseNotFound, InvalidTransition, CaseClosed, InvalidInput) as error:
        await query.answer(next(text for kind, text in REFUSALS if isinstance(error, kind)), show_alert=True)
        return
    await query.answer(notice or None)
    if case is not None:
        await redraw(update, context, case.id)


async def push_status(context: BotContext, case: Case) -> None:
    """Tell the complainant their case moved on (in their language)."""
    lang = case.language
    status = label(STATUS_LABELS, case.status.value, lang)
    await notify_complainant(
        context.bot, context.services, case, text(lang, "status_changed", ticket=case.ticket, status=status)
    )


async def reply_force(update: Update, context: BotContext, html_text: str) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return await with_retry(
        lambda: context.bot.send_message(
            chat.id, html_text, parse_mode=ParseMode.HTML, reply_markup=ForceReply(selective=True)
        )
    )


async def redraw(update: Update, context: BotContext, case_id: int) -> None:
    """Redraw the card whose button was pressed, and the original card if that was another message."""
    services = context.services
    case = await services.cases.case_for_card(case_id)
    await refresh_card(context.bot, services, case)
    query = update.callback_query
    pressed = query.message if query is not None else None
    if isinstance(pressed, Message) and pressed.message_id != case.card_message_id:
        detail = await services.cases.detail_for_operator(case.id)
        try:
            await pressed.edit_text(
                card_text(detail.case, detail.attachments),
                parse_mode=ParseMode.HTML,
                reply_markup=card_keyboard(detail.case),
            )
        except BadRequest as error:
            logger.debug("could not redraw a card copy: %s", error)


# --- replies to cards ---


async def on_staff_reply(update: Update, context: BotContext) -> None:
    message, user = update.message, update.effective_user
    if message is None or user is None or message.reply_to_message is None:
        return
    services = context.services
    try:
        linked = await replied_case(update, context, user.id, message.reply_to_message)
    except AccessDenied:
        return  # a non-staff member of the staff group: nothing happens, and it is logged
    if linked is None:
        return
    case = linked.case
    body = message_text(message)
    if not body:
        await reply(update, context, "Hanya pesan teks yang diteruskan ke pelapor.")
        raise ApplicationHandlerStop
    try:
        if linked.kind is LinkKind.NOTE_PROMPT or body.startswith("!"):
            await services.cases.add_note(user.id, case.id, body.removeprefix("!"))
            await reply(update, context, f"📝 Catatan disimpan ({case.ticket}).")
        else:
            delivered = await relay_staff_reply(
                context.bot, services, user.id, case, body, update_key=key_of(update)
            )
            if delivered is not None:
                outcome = "✅ Terkirim ke pelapor" if delivered else "🚫 Tidak terkirim"
                await reply(update, context, f"{outcome} ({case.ticket}).")
    except InvalidInput:
        await reply(update, context, "Pesan kosong tidak dikirim.")
    except CaseClosed:
        await reply(update, context, "Data pelapor sudah dihapus; pesan tidak bisa dikirim.")
    raise ApplicationHandlerStop


async def replied_case(
    update: Update, context: BotContext, actor: int, replied: Message
) -> LinkedCase | None:
    """The case of the bot message a staff member replied to. A reply meant for a complainant is never
    dropped silently: when the bot's message is not a case message, the staff member is told so."""
    cases = context.services.cases
    linked = await cases.case_for_staff_message(actor, replied.chat_id, replied.message_id)
    if linked is not None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return linked  # None here: staff replying to each other, not to the bot
    ticket = card_ticket(replied.text)
    if ticket is None:
        await reply(update, context, NOT_A_CARD)
        return None
    # Cards are posted while other chats' updates are handled; this card's id may not be recorded yet.
    linked = await cases.case_for_staff_message(
        actor, replied.chat_id, replied.message_id, wait_seconds=CARD_LINK_WAIT_SECONDS
    )
    if linked is None:
        logger.warning("reply to an unlinked card in chat %s not delivered", replied.chat_id)
        await reply(update, context, CARD_NOT_LINKED.format(ticket=html.escape(ticket)))
    return linked


# --- the sweep job ---

HEADINGS = {
    ActionKind.URGENT_UNCLAIMED: "⏰ <b>Pengingat</b>: kasus urgen belum diambil petugas.",
    ActionKind.UNANSWERED: "⏰ <b>Pengingat</b>: pelapor belum mendapat balasan.",
}


async def post_unposted_cards(app: BotApplication) -> None:
    """At start-up, before any update is handled: the cards a killed run filed but never posted."""
    services: Services = app.bot_data["services"]
    unposted = await services.case_timers.take_unposted_cards()
    for case in unposted:
        await post_card(app.bot, services, case)
    if unposted:
        logger.info("posted %d case card(s) a previous run left unposted", len(unposted))


async def run_sweep(bot: Bot, services: Services, now: datetime | None = None) -> int:
    """Act on every due timer; returns how many actions were taken (for tests and logs)."""
    actions = await services.case_timers.sweep(now)
    for action in actions:
        try:
            if action.kind is ActionKind.POST_CARD:
                await post_card(bot, services, action.case)
            elif action.kind in HEADINGS:
                await post_card(bot, services, action.case, heading=HEADINGS[action.kind])
            elif action.kind is ActionKind.CLOSURE_FLAGGED and action.closure_reason is not None:
                await refresh_card(bot, services, action.case)
                reason = CLOSURE_TEXT[action.closure_reason]
                await staff_notice(
                    bot, services, action.case, f"⚑ <b>{action.case.ticket}</b> diusulkan ditutup: {reason}."
                )
        except TelegramError as error:
            logger.warning("sweep action %s failed: %s", action.kind, type(error).__name__)
    if actions:
        logger.info("case timers: %d action(s)", len(actions))
    return len(actions)
