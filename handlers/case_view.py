"""How cases look in the staff chat: the case card, its buttons, the full case with its trail, the queue
and the statistics. Pure functions over the storage objects; every user-provided string is escaped here.

Staff strings are Indonesian only: the staff are BP3MI officers.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from faq.emergency import asks_not_to_be_called
from faq.places import load_places
from handlers.callbacks import CASE
from handlers.telegram_text import html_with_links, split_text, truncate, utf16_len
from handlers.texts_complaint import CATEGORY_LABELS, CHOICE_LABELS, label
from storage.models.cases import (
    Attachment,
    Case,
    CaseEvent,
    CaseMessage,
    CasePriority,
    CaseStatus,
    ClosureReason,
    Direction,
    EventKind,
    Reporter,
    WaitingReason,
)
from storage.services.cases import Statistics
from storage.services.intake_form import FORM, Kind, Question, Step
from storage.services.rules import can_transition

# how the bot writes a location she shared into her story, her report or her case (`location_words`)
LOCATION_PREFIX = "📍 Lokasi dibagikan:"
SHARED_LOCATION = re.compile(re.escape(LOCATION_PREFIX) + r" (.+)")
CARD_STORY_LIMIT = 1500  # characters of the story on the card; /kasus TICKET shows it whole
CARD_FIELD_LIMIT = 200
CHUNK_LIMIT = 3500  # UTF-16 units per message when a long text is split (Telegram allows 4096)
TRAIL_TEXT_LIMIT = 600  # a note in the trail; messages are listed whole above it
CARD_MARK = "📁"  # opens the ticket line of every card (and of reminders, which are cards too)
CARD_TICKET = re.compile(rf"^{CARD_MARK} (\S+) ·", re.MULTILINE)

STAFF_STATUS = {
    CaseStatus.NEW: "🆕 Baru",
    CaseStatus.IN_PROGRESS: "▶️ Diproses",
    CaseStatus.WAITING_FOR_COMPLAINANT: "⏳ Menunggu pelapor",
    CaseStatus.RESOLVED: "✅ Selesai",
    CaseStatus.REJECTED: "⛔ Ditolak",
    CaseStatus.REFERRED: "↪️ Dirujuk",
}

CLOSURE_TEXT = {
    ClosureReason.DOCUMENTS_INCOMPLETE: "dokumen tidak lengkap 30 hari",
    ClosureReason.NO_CLARIFICATION: "tidak ada klarifikasi 15 hari kerja",
    ClosureReason.UNREACHABLE: "pelapor tidak dapat dihubungi 60 hari",
    ClosureReason.NO_RESPONSE: "tidak ada tanggapan 6 bulan",
}

# Short status codes keep callback data well under Telegram's 64 bytes.
STATUS_CODES: dict[str, tuple[CaseStatus, str | None]] = {
    "prog": (CaseStatus.IN_PROGRESS, None),
    "wait": (CaseStatus.WAITING_FOR_COMPLAINANT, "clarification"),
    "wdoc": (CaseStatus.WAITING_FOR_COMPLAINANT, "documents"),
    "done": (CaseStatus.RESOLVED, None),
    "rej": (CaseStatus.REJECTED, None),
    "ref": (CaseStatus.REFERRED, None),
}
STATUS_BUTTONS = {
    "prog": "▶️ Proses",
    "wait": "⏳ Tunggu pelapor",
    "wdoc": "📄 Tunggu dokumen",
    "done": "✅ Selesai",
    "rej": "⛔ Tolak",
    "ref": "↪️ Rujuk",
}


def esc(value: object | None, limit: int | None = None) -> str:
    """A value escaped for HTML, cut to `limit` UTF-16 units (as Telegram counts)."""
    if value is None or value == "":
        return "-"
    text = str(value)
    return html.escape(text if limit is None else truncate(text, limit))


def words(value: str | None, limit: int | None = None) -> str:
    """Someone's own words (a story, a message): escaped like `esc`, their web addresses as links."""
    if not value:
        return "-"
    return html_with_links(value if limit is None else truncate(value, limit))


@dataclass(frozen=True)
class StaffView:
    """How staff are named and times are shown: names from the staff directory, the office's time zone."""

    names: Mapping[int, str] = field(default_factory=dict)
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Jakarta"))
    # Whether a story speaks of suicide (the triage detector), so the card names that risk.
    suicidal: Callable[[str], bool] = field(default=lambda story: False)

    def when(self, moment: datetime | None) -> str:
        return local_when(moment, self.zone)

    @property
    def zone_label(self) -> str:
        return zone_label(self.zone)

    def who(self, user_id: int | None) -> str:
        """An officer's name (escaped HTML); her id only when no name is configured."""
        if user_id is None:
            return "belum ada"
        name = self.names.get(user_id)
        return html.escape(name) if name else f"petugas #{user_id}"

    def mention(self, user_id: int) -> str:
        """Her name as a mention, so Telegram notifies her."""
        return f'<a href="tg://user?id={user_id}">{self.who(user_id)}</a>'


ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def zone_label(zone: ZoneInfo) -> str:
    return ZONE_LABELS.get(zone.key, zone.key)


def local_when(moment: datetime | None, zone: ZoneInfo) -> str:
    """A stored time (UTC) as the office reads it, e.g. `07-12-2026 02:21 WIB`: the staff card and the
    worker's /status both show this, so an officer and a worker reading one case see the same day."""
    if moment is None:
        return "-"
    local = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return local.astimezone(zone).strftime("%d-%m-%Y %H:%M ") + zone_label(zone)


def card_text(
    case: Case,
    attachments: Sequence[Attachment] = (),
    *,
    view: StaffView,
    heading: str | None = None,
) -> str:
    priority = "🔴 <b>URGEN</b>" if case.priority is CasePriority.URGENT else "⚪ normal"
    lines = []
    if heading:
        lines.append(heading)
    lines += [
        f"{CARD_MARK} <b>{esc(case.ticket)}</b> · {priority} · {STAFF_STATUS[case.status]}",
        f"Petugas: {view.who(case.assigned_to)}",
        f"Nama pelapor: {esc(case.complainant_name, 100)}",
        *form_lines(case),
        *no_call_lines(case),
        *location_lines(case),
        f"Masuk: {view.when(case.created_at)}",
    ]
    if case.triage_urgent and view.suicidal(case.story or ""):
        whom = (
            "pelapor (keluarga) segera, dan lewat KBRI/KJRI orang yang berisiko"
            if case.reporter is Reporter.FAMILY
            else "pelapor segera"
        )
        lines.append(f"⚠️ Triase: <b>risiko bunuh diri</b> dalam cerita; hubungi {whom}")
    elif case.triage_urgent:
        lines.append("⚠️ Triase: ada tanda bahaya dalam laporan")
    if attachments:
        too_large = sum(1 for a in attachments if a.not_stored_reason)
        extra = f" ({too_large} tidak disalin: terlalu besar)" if too_large else ""
        lines.append(f"📎 Lampiran: {len(attachments)}{extra}")
    if case.is_unreachable:
        lines.append(f"🚫 <b>Pelapor tidak dapat dihubungi</b> sejak {view.when(case.unreachable_since)}")
    if case.closure_flag is not None:
        lines.append(f"⚑ <b>Usul ditutup</b>: {CLOSURE_TEXT[case.closure_flag]}")
    if case.erased_at is not None:
        lines.append("🗑 Data pribadi dihapus atas permintaan pelapor")
    lines.append("")
    lines.append(f"<b>Cerita:</b>\n{words(case.story, CARD_STORY_LIMIT)}")
    if case.story and utf16_len(case.story) > CARD_STORY_LIMIT:
        lines.append(f"<i>(cerita lengkap: /kasus {esc(case.ticket)})</i>")
    lines.append("")
    lines.append("<i>Balas pesan ini untuk menulis ke pelapor; awali dengan ! untuk catatan internal.</i>")
    return "\n".join(lines)


def form_lines(case: Case) -> list[str]:
    """The form's short fields in form order, as `FORM` labels them for the card (the story comes last)."""
    return [
        f"{q.card_label}: {card_value(case, q)}"
        for q in FORM
        if q.card_label is not None and q.field is not None
    ]


def location_words(latitude: float, longitude: float, town: str, country: str) -> str:
    """Her shared location as staff read it: the coordinates, the town and country, and a map link. A woman
    who does not know her address ("dkt masjid") can give nothing more useful."""
    named = "; ".join(part for part in (town, country) if part)
    point = f"{latitude:.5f},{longitude:.5f}"
    return (
        f"{LOCATION_PREFIX} {point}"
        + (f" ({named})" if named else "")
        + f" https://www.google.com/maps?q={point}"
    )


def location_lines(case: Case) -> list[str]:
    """The location she shared before or while filing, near the top: a long story would push it off the
    card."""
    found = SHARED_LOCATION.findall(case.story or "")
    return [f"<b>Lokasi dibagikan:</b> {words(found[-1])}"] if found else []


def no_call_lines(case: Case) -> list[str]:
    """A warning under the phone when she asked not to be called, anywhere in what she wrote: a watched
    phone that rings can cost her dearly."""
    if not asks_not_to_be_called(case.story or ""):
        return []
    return ["📵 <b>Jangan telepon</b>: pelapor minta dihubungi lewat chat/pesan tertulis"]


def card_value(case: Case, q: Question) -> str:
    assert q.field is not None
    raw = getattr(case, q.field)
    if q.kind is Kind.CHOICE:
        return html.escape(label(CHOICE_LABELS[q.field], None if raw is None else str(raw), "id"))
    if q.kind is Kind.PLACE:
        return place_value(raw, getattr(case, f"{q.field}_code"), q.step)
    return esc(raw, CARD_FIELD_LIMIT)


def place_value(typed: str | None, code: str | None, step: Step) -> str:
    """The place as matched, with its code, and what she typed where that reads differently (so the
    officer can tell whether "jatim, kab. blitar" was read as Jawa Timur)."""
    name = place_name(code, step)
    if name is None or code is None:
        return esc(typed)
    return f"{html.escape(name)} ({html.escape(code)}){typed_aside(typed, name)}"


def place_short(typed: str | None, code: str | None, step: Step) -> str:
    """The same for a list line: the matched name, and what she typed only where it differs."""
    name = place_name(code, step)
    if name is None:
        return esc(typed, CARD_FIELD_LIMIT)
    return f"{html.escape(name)}{typed_aside(typed, name)}"


def place_name(code: str | None, step: Step) -> str | None:
    if code is None:
        return None
    places = load_places()
    place = places.country(code) if step is Step.COUNTRY else places.province(code)
    return place.name_id if place is not None else code


def typed_aside(typed: str | None, name: str) -> str:
    if typed is None or typed.strip().casefold() == name.casefold():
        return ""
    return f" (ditulis: {esc(typed, CARD_FIELD_LIMIT)})"


def card_ticket(message_text: str | None) -> str | None:
    """The ticket of a card as the staff see it (plain text), or None when the text is not a card."""
    match = CARD_TICKET.search(message_text or "")
    return None if match is None else match.group(1)


def card_keyboard(case: Case) -> InlineKeyboardMarkup:
    cid = case.id
    # The card is one message for the whole chat: a held case offers a take-over (which asks first), so
    # the officer holding it is not invited to take what is already hers.
    claim = "🙋 Ambil" if case.assigned_to is None else "🔁 Ambil alih"
    rows: list[list[InlineKeyboardButton]] = [
        [
            InlineKeyboardButton(claim, callback_data=CASE.pack("claim", cid)),
            InlineKeyboardButton("📝 Catatan", callback_data=CASE.pack("note", cid)),
            InlineKeyboardButton("💬 Balasan siap", callback_data=CASE.pack("tpl", cid)),
            InlineKeyboardButton("🔄", callback_data=CASE.pack("show", cid)),
        ]
    ]
    status_row = [
        InlineKeyboardButton(STATUS_BUTTONS[code], callback_data=CASE.pack("st", cid, code))
        for code, (target, _) in STATUS_CODES.items()
        if can_transition(case.status, target)
    ]
    rows += [status_row[i : i + 3] for i in range(0, len(status_row), 3)]
    if case.priority is CasePriority.URGENT:
        rows.append(
            [InlineKeyboardButton("🔻 Jadikan normal", callback_data=CASE.pack("prio", cid, "normal"))]
        )
    else:
        rows.append(
            [InlineKeyboardButton("🔺 Jadikan urgen", callback_data=CASE.pack("prio", cid, "urgent"))]
        )
    return InlineKeyboardMarkup(rows)


def queue_line(case: Case, view: StaffView) -> str:
    urgent = "🔴 " if case.priority is CasePriority.URGENT else ""
    who = "" if case.assigned_to is None else f" · {view.who(case.assigned_to)}"
    unreachable = " · 🚫" if case.is_unreachable else ""
    category = html.escape(label(CATEGORY_LABELS, case.category.value, "id"))
    return (
        f"{urgent}<b>{esc(case.ticket)}</b> · {STAFF_STATUS[case.status]} · "
        f"{category} · {place_short(case.country, case.country_code, Step.COUNTRY)}{who}{unreachable}"
    )


EVENT_TEXT = {
    EventKind.CREATED: "laporan masuk",
    EventKind.STATUS_CHANGED: "status",
    EventKind.CLAIMED: "diambil",
    EventKind.PRIORITY_CHANGED: "prioritas",
    EventKind.NOTE: "catatan",
    EventKind.MESSAGE_IN: "pesan pelapor",
    EventKind.MESSAGE_OUT: "balasan petugas",
    EventKind.ATTACHMENT: "lampiran",
    EventKind.UNREACHABLE: "pelapor tidak dapat dihubungi",
    EventKind.REMINDER: "pengingat",
    EventKind.CLOSURE_FLAGGED: "usul ditutup",
    EventKind.ERASED: "data pribadi dihapus",
}


PLAIN_STATUS = {
    CaseStatus.NEW: "baru",
    CaseStatus.IN_PROGRESS: "diproses",
    CaseStatus.WAITING_FOR_COMPLAINANT: "menunggu pelapor",
    CaseStatus.RESOLVED: "selesai",
    CaseStatus.REJECTED: "ditolak",
    CaseStatus.REFERRED: "dirujuk",
}
WAITING_TEXT = {WaitingReason.CLARIFICATION: "klarifikasi", WaitingReason.DOCUMENTS: "dokumen"}
PRIORITY_TEXT = {CasePriority.NORMAL: "normal", CasePriority.URGENT: "urgen"}
TRAIL_DETAIL = re.compile(r"^(?P<old>[a-z_0-9-]+) -> (?P<new>[a-z_0-9-]+)(?: \((?P<why>[a-z]+)\))?$")
REMINDER_TEXT = {"urgent_unclaimed": "urgen belum diambil", "unanswered": "belum dibalas"}
CLOSURE_CODES = {reason.value: text for reason, text in CLOSURE_TEXT.items()}


AGENCY_PREFIX = "Instansi: "  # how the case core keeps a referral's agency before its reason


def decision_parts(text: str | None) -> tuple[str, str]:
    """(reason, referral agency) from the words the case core keeps with a status change."""
    first, _, rest = (text or "").partition("\n")
    if first.startswith(AGENCY_PREFIX):
        return rest, first.removeprefix(AGENCY_PREFIX)
    return text or "", ""


def trail_detail(event: CaseEvent, view: StaffView) -> str | None:
    """The stored codes of a trail line in the staff's words: "Baru → Diproses", "Budi → Ratna"."""
    detail = event.detail
    if not detail:
        return None
    match = TRAIL_DETAIL.match(detail)
    if event.kind is EventKind.STATUS_CHANGED and match:
        old, new = CaseStatus(match["old"]), CaseStatus(match["new"])
        why = match["why"]
        waiting = f" ({WAITING_TEXT[WaitingReason(why)]})" if why else ""
        return f"{PLAIN_STATUS[old]} → {PLAIN_STATUS[new]}{waiting}"
    if event.kind is EventKind.PRIORITY_CHANGED and match:
        return f"{PRIORITY_TEXT[CasePriority(match['old'])]} → {PRIORITY_TEXT[CasePriority(match['new'])]}"
    if event.kind is EventKind.CLAIMED and match:
        old_id = match["old"]
        previous = "belum ada" if old_id == "-" else view.who(int(old_id))
        return f"{previous} → {view.who(int(match['new']))}"
    if event.kind is EventKind.REMINDER:
        return REMINDER_TEXT.get(detail, esc(detail))
    if event.kind is EventKind.CLOSURE_FLAGGED:
        return CLOSURE_CODES.get(detail, esc(detail))
    if event.kind is EventKind.MESSAGE_IN and detail == "forwarded":
        return "diteruskan"
    if event.kind is EventKind.ATTACHMENT:
        return {"photo": "foto", "document": "dokumen"}.get(detail, esc(detail))
    return esc(detail)


def trail_lines(events: Sequence[CaseEvent], view: StaffView) -> list[str]:
    lines = []
    for event in events:
        parts = [f"{view.when(event.created_at)} · {EVENT_TEXT[event.kind]}"]
        detail = trail_detail(event, view)
        if detail:
            parts.append(detail)
        if event.actor_user_id is not None and event.kind not in (EventKind.CREATED, EventKind.MESSAGE_IN):
            parts.append(f"oleh {view.who(event.actor_user_id)}")
        line = " · ".join(parts)
        if event.text:
            line += f"\n    {words(event.text, TRAIL_TEXT_LIMIT)}"
        lines.append(line)
    return lines


def message_lines(messages: Sequence[CaseMessage], view: StaffView) -> list[str]:
    lines = []
    for message in messages:
        arrow = (
            "⬅️ pelapor"
            if message.direction is Direction.FROM_COMPLAINANT
            else f"➡️ {view.who(message.author_user_id)}"
        )
        forwarded = " (diteruskan)" if message.forwarded else ""
        failed = " (tidak terkirim)" if message.delivered is False else ""
        lines.append(
            f"{view.when(message.created_at)} {arrow}{forwarded}{failed}: {words(message.text, CHUNK_LIMIT)}"
        )
    return lines


def chunk_lines(lines: Sequence[str], limit: int = CHUNK_LIMIT) -> list[str]:
    """Join lines into messages under `limit` UTF-16 units of HTML (so of text too; each line is already
    short enough)."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        if current and utf16_len(current) + utf16_len(line) + 1 > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def story_chunks(story: str | None, limit: int = CHUNK_LIMIT) -> list[str]:
    """The whole story, escaped, split on plain-text boundaries so no HTML entity is cut."""
    return [html_with_links(part) for part in split_text(story, limit)] if story else []


def statistics_text(stats: Statistics) -> str:
    def block(
        title: str, rows: Sequence[tuple[str | None, int]], labels: dict[str, str] | None = None
    ) -> str:
        body = "\n".join(
            f"• {esc(labels.get(name or '', name) if labels else name)}: {count}" for name, count in rows
        )
        return f"<b>{title}</b>\n{body or '• -'}"

    status_labels = {status.value: text for status, text in STAFF_STATUS.items()}
    category_labels = {code: names["id"] for code, names in CATEGORY_LABELS.items()}
    return "\n\n".join(
        [
            f"📊 <b>Statistik</b>: {stats.total} laporan · terbuka tanpa petugas: {stats.open_unassigned}"
            f" · urgen terbuka: {stats.open_urgent} · tak terhubungi: {stats.unreachable}",
            block("Status", stats.by_status, status_labels),
            block("Kategori", stats.by_category, category_labels),
            block("Negara (10 teratas)", stats.by_country),
            block("Provinsi asal", stats.by_province),
            block("Umur kasus terbuka", [(name, count) for name, count in stats.open_by_age]),
        ]
    )
