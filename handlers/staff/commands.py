"""Staff commands: the queue and one case (`/kasus`), search, statistics, CSV export, officers."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot.complaints import province_code_of
from bot.context import BotContext
from handlers.callbacks import CASE, CallbackTooLong
from handlers.case_notify import staff_view
from handlers.case_view import (
    card_keyboard,
    card_text,
    chunk_lines,
    message_lines,
    queue_line,
    statistics_text,
    story_chunks,
    trail_lines,
)
from handlers.delivery import with_retry
from handlers.staff.common import reply, require_staff
from handlers.staff.response_times import RESPONSE_DAYS, response_time_text
from handlers.staff.texts import NOT_FOUND, STAFF_HELP, UNKNOWN_FILTER
from storage.errors import AccessDenied, CaseNotFound, InvalidInput
from storage.models.cases import (
    OPEN_STATUSES,
    URGENT_WATCHED_STATUSES,
    CasePriority,
    CaseStatus,
    LinkKind,
)
from storage.models.staff import StaffRole
from storage.repositories.cases import CaseFilter
from storage.services.cases import Page, StaffActor
from storage.services.rules import parse_telegram_id, parse_ticket
from storage.services.staff import KEEP, Unchanged

logger = logging.getLogger(__name__)

QUEUE_PAGE = 30
SEARCH_PAGE = 20
OPEN_BUTTONS = 10
EXPORT_DEFAULT_DAYS = 30

STATUS_WORDS: dict[str, frozenset[CaseStatus]] = {
    "baru": frozenset({CaseStatus.NEW}),
    "proses": frozenset({CaseStatus.IN_PROGRESS}),
    "tunggu": frozenset({CaseStatus.WAITING_FOR_COMPLAINANT}),
    "selesai": frozenset({CaseStatus.RESOLVED}),
    "tolak": frozenset({CaseStatus.REJECTED}),
    "rujuk": frozenset({CaseStatus.REFERRED}),
}
ALL_WORDS = ("semua", "all")
URGENT_WORDS = ("urgen", "urgent")
MINE_WORDS = ("saya", "mine")
UNASSIGNED_WORDS = ("bebas", "unassigned", "belum")


@dataclass(frozen=True)
class QueueRequest:
    case_filter: CaseFilter
    unknown: tuple[str, ...]


def parse_filter(args: Sequence[str], actor: int) -> QueueRequest:
    """`/kasus [baru|proses|tunggu|selesai|tolak|rujuk|semua] [urgen] [saya] [bebas]`."""
    statuses: frozenset[CaseStatus] | None = OPEN_STATUSES
    priority = None
    mine = unassigned = False
    chosen: set[CaseStatus] = set()
    unknown: list[str] = []
    for word in (arg.lower() for arg in args):
        if word in STATUS_WORDS:
            chosen |= STATUS_WORDS[word]
        elif word in ALL_WORDS:
            statuses = None
        elif word in URGENT_WORDS:
            priority = CasePriority.URGENT
        elif word in MINE_WORDS:
            mine = True
        elif word in UNASSIGNED_WORDS:
            unassigned = True
        else:
            unknown.append(word)
    if chosen:
        statuses = frozenset(chosen)
    elif priority is CasePriority.URGENT and statuses == OPEN_STATUSES:
        statuses = URGENT_WATCHED_STATUSES
    case_filter = CaseFilter(
        statuses=statuses,
        priority=priority,
        assigned_to=actor if mine else None,
        unassigned=unassigned,
        limit=QUEUE_PAGE,
    )
    return QueueRequest(case_filter, tuple(unknown))


def page_callback(kind: str, offset: int, rest: str) -> str | None:
    """`case:v1:pg:<offset>:<filter words>` / `case:v1:sp:<offset>:<query>`; None past 64 bytes.
    A colon in the query splits it into more arguments, which `parse_press` joins back."""
    try:
        return CASE.pack(kind, offset, *rest.split(":"))
    except CallbackTooLong:
        return None


def page_buttons(page: Page, size: int, kind: str, rest: str) -> list[InlineKeyboardButton]:
    buttons = []
    if page.offset > 0:
        previous = page_callback(kind, max(page.offset - size, 0), rest)
        if previous:
            buttons.append(InlineKeyboardButton("◀️ Sebelumnya", callback_data=previous))
    if page.has_more:
        following = page_callback(kind, page.offset + size, rest)
        if following:
            buttons.append(InlineKeyboardButton("Berikutnya ▶️", callback_data=following))
    return buttons


async def send_page(
    update: Update, context: BotContext, title: str, page: Page, size: int, kind: str, rest: str
) -> None:
    """A list that says how many there are ("30 dari 68") and pages with buttons."""
    if not page.cases:
        await reply(
            update, context, "Tidak ada kasus untuk filter ini." if page.total == 0 else "Tidak ada lagi."
        )
        return
    view = await staff_view(context.services)
    first, last = page.offset + 1, page.offset + len(page.cases)
    header = f"<b>{title}</b>: {len(page.cases)} dari {page.total} (no. {first}–{last})"
    if page.has_more and page_callback(kind, last, rest) is None:
        header += "\n<i>Persempit pencarian untuk melihat sisanya.</i>"
    lines = [header] + [queue_line(case, view) for case in page.cases]
    rows = [
        [InlineKeyboardButton(f"Buka {case.ticket}", callback_data=CASE.pack("open", case.id))]
        for case in page.cases[:OPEN_BUTTONS]
    ]
    navigation = page_buttons(page, size, kind, rest)
    if navigation:
        rows.append(navigation)
    chunks = chunk_lines(lines)
    for index, chunk in enumerate(chunks):
        # The buttons go under the last part, where the officer finishes reading.
        await reply(update, context, chunk, InlineKeyboardMarkup(rows) if index == len(chunks) - 1 else None)


async def staff_help(update: Update, context: BotContext) -> None:
    if await require_staff(update, context) is not None:
        await reply(update, context, STAFF_HELP)


async def kasus_command(update: Update, context: BotContext) -> None:
    actor = await require_staff(update, context)
    if actor is None:
        return
    args = context.args or []
    ticket = parse_ticket(args[0]) if len(args) == 1 else None
    if ticket is not None:
        await show_case(update, context, actor, ticket)
        return
    await show_queue(update, context, actor, args, 0)


async def show_queue(
    update: Update, context: BotContext, actor: StaffActor, args: Sequence[str], offset: int
) -> None:
    request = parse_filter(args, actor.user_id)
    if request.unknown:
        await reply(update, context, UNKNOWN_FILTER.format(words=html.escape(" ".join(request.unknown))))
        return
    page = await context.services.cases.queue_page(actor, request.case_filter, offset)
    await send_page(update, context, "Antrean", page, QUEUE_PAGE, "pg", ".".join(a.lower() for a in args))


async def show_case(update: Update, context: BotContext, actor: StaffActor, ticket_or_id: str | int) -> None:
    """The whole case: a fresh card (replying to it works like the original), story, messages, trail."""
    try:
        detail = await context.services.cases.detail(actor, ticket_or_id)
    except CaseNotFound:
        await reply(update, context, NOT_FOUND)
        return
    case = detail.case
    view = await staff_view(context.services)
    card = await reply(update, context, card_text(case, detail.attachments, view=view), card_keyboard(case))
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
    messages = ["<b>Pesan</b>", *message_lines(detail.messages, view)] if detail.messages else []
    for chunk in chunk_lines(messages):
        await reply(update, context, chunk)
    for chunk in chunk_lines([f"<b>Jejak kasus</b> ({view.zone_label})", *trail_lines(detail.events, view)]):
        await reply(update, context, chunk)


async def search_command(update: Update, context: BotContext) -> None:
    actor = await require_staff(update, context)
    if actor is None:
        return
    await show_search(update, context, actor, " ".join(context.args or []), 0)


async def show_search(
    update: Update, context: BotContext, actor: StaffActor, query: str, offset: int
) -> None:
    try:
        page = await context.services.cases.search_page(actor, query, offset, SEARCH_PAGE)
    except InvalidInput:
        await reply(update, context, "Tulis kata yang dicari, misalnya <code>/cari Malaysia</code>.")
        return
    if page.total == 0:
        await reply(update, context, "Tidak ada kasus yang cocok.")
        return
    await send_page(update, context, "Hasil pencarian", page, SEARCH_PAGE, "sp", query)


async def statistics_command(update: Update, context: BotContext) -> None:
    actor = await require_staff(update, context)
    if actor is None:
        return
    cases = context.services.cases
    stats = await cases.statistics(actor)
    now = datetime.now(UTC)
    rows = await cases.report_rows(actor, now - timedelta(days=RESPONSE_DAYS), now)
    limit = context.services.config.complaints.unanswered_hours
    await reply(update, context, statistics_text(stats))
    # 38 provinces of timings may pass Telegram's limit: split at line ends.
    for chunk in chunk_lines(response_time_text(rows, limit).split("\n")):
        await reply(update, context, chunk)


# The bot prints dates as dd-mm-yyyy; officers type them that way, with slashes, or as ISO dates.
DAY_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d")
EXPORT_FORMAT_HELP = (
    "Tanggal tidak terbaca. Contoh: <code>/export 01-12-2026 31-12-2026</code> "
    "(juga 01/12/2026 atau 2026-12-01, atau <code>01-12-2026 sampai 31-12-2026</code>)."
)
EXPORT_NO_SUCH_DAY = "Tanggal <b>{day}</b> tidak ada di kalender. Periksa hari dan bulannya."


# Words officers put between the two dates ("01-12-2026 sampai 06-12-2026").
RANGE_WORDS = {"sampai", "s.d.", "sd", "s/d", "hingga", "-", "to", "until"}
DATE_SHAPE = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$|^(\d{4})-(\d{1,2})-(\d{1,2})$")


class ImpossibleDay(InvalidInput):
    """A date written correctly that does not exist, such as 31-11-2026."""

    def __init__(self, written: str) -> None:
        super().__init__("day does not exist")
        self.written = written


def parse_day(value: str) -> datetime:
    for day_format in DAY_FORMATS:
        try:
            return datetime.strptime(value.strip(), day_format).replace(tzinfo=UTC)
        except ValueError:
            continue
    if DATE_SHAPE.match(value.strip()):
        raise ImpossibleDay(value.strip())
    raise InvalidInput("date must be dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd")


def export_days(args: list[str], today: datetime) -> tuple[datetime, datetime]:
    """The first and last day asked for, in order (reversed dates are swapped, not refused)."""
    days = [parse_day(arg) for arg in args if arg.lower() not in RANGE_WORDS]
    if len(days) > 2:
        raise InvalidInput("at most two dates")
    first = days[0] if days else today - timedelta(days=EXPORT_DEFAULT_DAYS)
    last = days[1] if len(days) > 1 else today
    return min(first, last), max(first, last)


async def export_command(update: Update, context: BotContext) -> None:
    """`/export [DARI] [SAMPAI]` (dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd, both days included); default: the
    last 30 days."""
    actor = await require_staff(update, context)
    chat = update.effective_chat
    if actor is None or chat is None:
        return
    args = context.args or []
    try:
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        start, last_day = export_days(args, today)
        end = last_day + timedelta(days=1)
        content, count = await context.services.cases.export_csv(actor, start, end)
    except ImpossibleDay as impossible:
        await reply(update, context, EXPORT_NO_SUCH_DAY.format(day=html.escape(impossible.written)))
        return
    except InvalidInput:
        await reply(update, context, EXPORT_FORMAT_HELP)
        return
    last = end - timedelta(days=1)
    name = f"kasus_{start:%Y-%m-%d}_{last:%Y-%m-%d}.csv"
    data = content.encode("utf-8-sig")  # a BOM so spreadsheet programs read the UTF-8 correctly
    await with_retry(
        lambda: context.bot.send_document(
            chat.id,
            InputFile(data, filename=name),
            caption=f"{count} kasus · {start:%d-%m-%Y} s.d. {last:%d-%m-%Y}",
            disable_content_type_detection=True,
        ),
        what="export",
    )
    logger.info("export of %d cases by a staff member", count)


@dataclass(frozen=True)
class NewStaff:
    user_id: int
    role: StaffRole
    province_code: str | Unchanged | None  # KEEP: none given, an existing member keeps hers
    name: str | None  # None: none given, an existing member keeps hers


ROLE_WORDS = {role.value: role for role in StaffRole} | {
    "petugas": StaffRole.OFFICER,
    "penyunting": StaffRole.EDITOR,
}
# Words an admin may try as a role that are no role here: refused by name rather than taken for a name.
NOT_ROLES = frozenset(
    {"superadmin", "super", "owner", "moderator", "mod", "supervisor", "viewer", "staff", "user", "manager"}
)
NATIONAL_WORDS = frozenset({"nasional", "semua", "all", "national"})


class UnknownRole(ValueError):
    pass


def parse_new_staff(args: Sequence[str]) -> NewStaff | None:
    """`add USER_ID [officer|admin|editor] [PROVINCE|nasional] [NAME ...]`; None when it does not parse,
    UnknownRole for a role word that is none of ours."""
    user_id = parse_telegram_id(args[1]) if len(args) >= 2 else None
    if user_id is None:
        return None
    rest = list(args[2:])
    role = StaffRole.OFFICER
    if rest and rest[0].lower() in ROLE_WORDS:
        role = ROLE_WORDS[rest.pop(0).lower()]
    elif rest and rest[0].lower() in NOT_ROLES:
        raise UnknownRole(rest[0])
    province: str | Unchanged | None = KEEP
    if rest and rest[0].lower() in NATIONAL_WORDS:
        rest.pop(0)
        province = None
    elif rest and (code := province_code_of(rest[0])) is not None:
        rest.pop(0)
        province = code
    return NewStaff(user_id, role, province, " ".join(rest).strip() or None)


MANAGING = ("add", "tambah", "remove", "hapus")
BAD_TELEGRAM_ID = "ID Telegram tidak valid: angka dari profil petugas, mis. 123456789."
STAFF_USAGE = (
    "Pakai: <code>/staff list</code>, <code>/staff add ID [officer|admin|editor] [PROVINSI|nasional] "
    "[NAMA]</code> (provinsi sebagai kode, mis. <code>ID-JI</code>; tanpa provinsi atau nama, yang lama "
    "tetap), <code>/staff remove ID</code>"
)
UNKNOWN_ROLE = "Peran <b>{role}</b> tidak dikenal. Pilih officer, admin atau editor; tidak ada yang diubah."


async def staff_command(update: Update, context: BotContext) -> None:
    """`/staff list`, `/staff add ...`, `/staff remove USER_ID` (add/remove: admins only)."""
    actor = await require_staff(update, context)
    if actor is None:
        return
    args = context.args or []
    directory = context.services.staff_directory
    action = args[0].lower() if args else "list"
    try:
        new = parse_new_staff(args) if action in ("add", "tambah") else None
    except UnknownRole as unknown:
        await reply(update, context, UNKNOWN_ROLE.format(role=html.escape(str(unknown))))
        return
    removed_id = parse_telegram_id(args[1]) if action in ("remove", "hapus") and len(args) == 2 else None
    try:
        if action in MANAGING and len(args) >= 2 and new is None and removed_id is None:
            await reply(update, context, BAD_TELEGRAM_ID)
        elif new is not None:
            added = await directory.add_officer(
                actor.user_id, new.user_id, new.role, province_code=new.province_code, name=new.name
            )
            where = f" · provinsi {added.province_code}" if added.province_code else " · semua provinsi"
            named = f" {html.escape(added.name)}" if added.name else ""
            await reply(
                update,
                context,
                f"Petugas <code>{added.user_id}</code>{named} ({added.role.value}{where}) ditambahkan.",
            )
        elif removed_id is not None:
            removed = await directory.remove_officer(actor.user_id, removed_id)
            await reply(
                update, context, "Petugas dihapus." if removed else "Bukan petugas yang ditambahkan di bot."
            )
        elif action == "list":
            entries = await directory.members(actor.user_id)
            lines = [
                f"• <code>{e.user_id}</code> {html.escape(e.name or '-')} · {e.role.value}"
                f" · {e.province_code or 'semua provinsi'}{' (config)' if e.from_config else ''}"
                for e in entries
            ]
            await reply(update, context, "<b>Petugas</b>\n" + ("\n".join(lines) or "-"))
        else:
            await reply(update, context, STAFF_USAGE)
    except AccessDenied:
        await reply(
            update, context, "Hanya admin (untuk provinsinya) yang dapat menambah atau menghapus petugas."
        )
    except InvalidInput:
        await reply(update, context, "Petugas dari konfigurasi diubah di config.yaml / STAFF_ADMIN_IDS.")
