"""The Telegram side of "what to tell whom" after something happened to a case.

Every front end (the staff chat, the command line, a browser console) calls the case core and hands the
outcome's events to `TelegramCaseNotifier.publish`, so whoever acted and wherever: the complainant hears of
decisions in her language with what she can do next, the staff card is redrawn, the staff chat is told
under the card (take-overs mention the officer the case was taken from), and staff replies are delivered
and their delivery recorded. Reminders need nothing here: the core re-arms their timers in the same
transaction as the change, and the sweep job posts them.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from telegram import Bot
from telegram.error import TelegramError

from bot.context import BotContext
from bot.referrals import find_agency, reachable_mission
from bot.services import Services
from faq.model import as_language
from handlers.case_notify import notify_complainant, refresh_card, send_file, staff_notice, staff_view
from handlers.case_view import PLAIN_STATUS, StaffView
from handlers.delivery import with_retry
from handlers.telegram_text import html_with_links, split_text
from handlers.texts_complaint import STATUS_LABELS, Raw, label, text
from storage.models.cases import AttachmentKind, Case, CasePriority, CaseStatus
from storage.services.cases import (
    Claimed,
    ComplainantMessaged,
    ComplainantUnreachable,
    DataErased,
    DomainEvent,
    NoteAdded,
    PriorityChanged,
    Published,
    ReplySent,
    StatusChanged,
)

logger = logging.getLogger(__name__)

RELAY_CHUNK = 3000
DECISIONS = {
    CaseStatus.RESOLVED: "decision_resolved",
    CaseStatus.REJECTED: "decision_rejected",
    CaseStatus.REFERRED: "decision_referred",
}
STATUS_MARKS = {
    CaseStatus.IN_PROGRESS: "▶️",
    CaseStatus.WAITING_FOR_COMPLAINANT: "⏳",
    CaseStatus.RESOLVED: "✅",
    CaseStatus.REJECTED: "⛔",
    CaseStatus.REFERRED: "↪️",
}


NOTICE_QUOTE_CHARS = 200


def _start(text: str) -> str:
    """The beginning of a message, enough to recognise it in a staff-chat notice."""
    return text if len(text) <= NOTICE_QUOTE_CHARS else text[: NOTICE_QUOTE_CHARS - 1].rstrip() + "…"


class TelegramCaseNotifier:
    def __init__(self, bot: Bot, services: Services) -> None:
        self._bot = bot
        self._services = services

    async def publish(self, events: Sequence[DomainEvent]) -> Published:
        """Act on the events of one outcome, in order; each case's card is redrawn once at the end."""
        view = await staff_view(self._services)
        delivered: bool | None = None
        touched: dict[int, Case] = {}
        answered = {e.case.id for e in events if isinstance(e, StatusChanged) and e.actor is None}
        # A staff reply that takes up a new case says enough by itself: no separate "being handled" push.
        replied = {e.case.id for e in events if isinstance(e, ReplySent)}
        for event in events:
            touched[event.case.id] = event.case
            try:
                if isinstance(event, StatusChanged):
                    await self._status_changed(event, view, replied=event.case.id in replied)
                elif isinstance(event, Claimed):
                    await self._claimed(event, view)
                elif isinstance(event, ReplySent):
                    outcome = await self._deliver_reply(event)
                    delivered = outcome if delivered is None else delivered and outcome
                elif isinstance(event, ComplainantMessaged):
                    await self._relay_to_staff(event, reopened=event.case.id in answered)
                elif isinstance(event, ComplainantUnreachable):
                    ticket = self._ticket(event.case)
                    await self._staff(
                        event.case, f"🚫 <b>{ticket}</b>: pelapor memblokir bot; tidak dapat dihubungi."
                    )
                elif isinstance(event, (PriorityChanged, NoteAdded, DataErased)):
                    pass  # the card redraw below is all they need
            except TelegramError as error:
                logger.warning("case notice %s failed: %s", type(event).__name__, type(error).__name__)
        for case in touched.values():
            await refresh_card(self._bot, self._services, case)
        return Published(reply_delivered=delivered)

    @staticmethod
    def _ticket(case: Case) -> str:
        return html.escape(case.ticket or "")

    async def _staff(self, case: Case, html_text: str) -> None:
        await staff_notice(self._bot, self._services, case, html_text)

    async def _status_changed(self, event: StatusChanged, view: StaffView, *, replied: bool) -> None:
        case, ticket = event.case, self._ticket(event.case)
        if event.actor is None:
            if event.old.is_closed:  # she reopened her case; she was answered where she pressed
                await self._staff(
                    case,
                    f"🔓 <b>{ticket}</b>: {html.escape(event.reason or '')} · {PLAIN_STATUS[event.old]} → "
                    f"<b>{PLAIN_STATUS[event.new]}</b>",
                )
            return  # the complainant answered: the relay of her message says the case is back in work
        lines = [
            f"{STATUS_MARKS.get(event.new, 'ℹ️')} <b>{ticket}</b>: {PLAIN_STATUS[event.old]} → "
            f"<b>{PLAIN_STATUS[event.new]}</b> oleh {view.who(event.actor)}"
        ]
        if event.agency:
            lines.append(f"Instansi: {html.escape(event.agency)}")
        if event.reason:
            lines.append(f"Alasan: {html.escape(event.reason)}")
        # Taking up a new case shows on the card; the question for the complainant is its own notice.
        quiet = event.old is CaseStatus.NEW and event.new is CaseStatus.IN_PROGRESS
        if not quiet and event.new is not CaseStatus.WAITING_FOR_COMPLAINANT:
            await self._staff(case, "\n".join(lines))
        if not (quiet and replied):
            await self._tell_complainant(event)

    async def _tell_complainant(self, event: StatusChanged) -> None:
        case, lang = event.case, event.case.language
        if event.new is CaseStatus.WAITING_FOR_COMPLAINANT:
            return  # she receives the officer's question instead (a ReplySent in the same outcome)
        if event.new in DECISIONS:
            message = text(
                lang,
                DECISIONS[event.new],
                ticket=case.ticket,
                reason=event.reason or "-",
                agency=event.agency or "-",
                hotline=self._services.config.hotlines.kp2mi,
            )
            if event.new is CaseStatus.REFERRED and event.agency:
                message += self._referral_contact(case, event.agency)
            elif case.priority is CasePriority.URGENT:
                message += self._local_emergency(case)
        elif event.new is CaseStatus.IN_PROGRESS and event.old.is_closed:
            message = text(lang, "decision_reopened", ticket=case.ticket)
        elif event.new is CaseStatus.IN_PROGRESS and event.old is CaseStatus.NEW:
            message = text(lang, "decision_in_progress", ticket=case.ticket)
        elif event.new is CaseStatus.IN_PROGRESS:
            return  # back to work after waiting: nothing new for her
        else:
            status = label(STATUS_LABELS, case.status.value, lang)
            message = text(lang, "status_changed", ticket=case.ticket, status=status)
        await notify_complainant(self._bot, self._services, case, message)

    def _local_emergency(self, case: Case) -> str:
        """A closed urgent case: the numbers that help where she is, not only the ones at home."""
        lang = as_language(case.language)
        destination = self._services.destinations.get(case.country_code)
        if destination is None:
            return ""
        labels = {"id": ("Polisi", "Ambulans"), "en": ("Police", "Ambulance")}[lang]
        numbers = [
            f"{label}: {number.shown(lang)}"
            for label, number in zip(labels, (destination.police, destination.ambulance), strict=True)
            if number is not None
        ]
        mission = reachable_mission(self._services.destinations, case.country_code, lang)
        if mission is not None:
            numbers.append(f"{mission.name}: {mission.contact}")
        if not numbers:
            return ""
        country = destination.name.get(lang)
        return "\n\n" + text(lang, "decision_urgent_numbers", country=country, numbers="\n".join(numbers))

    def _referral_contact(self, case: Case, agency: str) -> str:
        """How she reaches the agency the case went to; when it has no number known, who she can call
        instead (her country's mission that has one, the foreign ministry and KP2MI)."""
        lang = as_language(case.language)
        services = self._services
        found = find_agency(services.config, services.destinations, agency, case.country_code, lang)
        if found is not None and found.contact is not None:
            contact = text(
                lang, "referral_contact", agency=found.name, contact=found.contact, ticket=case.ticket
            )
            return "\n\n" + contact
        hotlines = services.config.hotlines
        mission = reachable_mission(services.destinations, case.country_code, lang)
        instead = "" if mission is None else f"{mission.name}: {mission.contact}\n"
        return "\n\n" + text(
            lang,
            "referral_no_number",
            agency=agency,
            instead=instead,
            kemlu=hotlines.kemlu,
            kp2mi=hotlines.kp2mi,
            ticket=case.ticket,
        )

    async def _claimed(self, event: Claimed, view: StaffView) -> None:
        if event.previous_assignee is None:
            return  # the card shows the new officer
        await self._staff(
            event.case,
            f"🔁 <b>{self._ticket(event.case)}</b> diambil alih oleh {view.who(event.by)} dari "
            f"{view.mention(event.previous_assignee)}.",
        )

    async def _deliver_reply(self, event: ReplySent) -> bool:
        """Deliver a staff message in parts Telegram accepts; record and report whether it arrived."""
        case = event.case
        key = "staff_question" if event.is_question else "staff_reply"
        delivered = True
        for part in split_text(event.text):  # Telegram takes at most 4,096 UTF-16 units a message
            shown = text(case.language, key, ticket=case.ticket, text=Raw(html_with_links(part)))
            delivered = delivered and await notify_complainant(self._bot, self._services, case, shown)
        await self._services.cases.record_delivery(event.message_id, delivered)
        ticket = self._ticket(case)
        if event.is_question:
            state = "terkirim ke pelapor" if delivered else "<b>tidak terkirim</b>"
            await self._staff(case, f"❓ <b>{ticket}</b>: pertanyaan {state}:\n{html.escape(event.text)}")
        else:
            # Said wherever the reply was written (the console too): who wrote it and how it begins.
            view = await staff_view(self._services)
            state = f"✅ Terkirim ke pelapor ({ticket})" if delivered else f"🚫 Tidak terkirim ({ticket})"
            await self._staff(case, f"{state} · {view.who(event.actor)}:\n{html.escape(_start(event.text))}")
        return delivered

    async def _relay_to_staff(self, event: ComplainantMessaged, *, reopened: bool) -> None:
        case = event.case
        forwarded = " (diteruskan)" if event.forwarded else ""
        closed = " (sudah ditutup)" if case.status.is_closed else ""
        back = " · status kembali <b>diproses</b>" if reopened else ""
        header = f"⬅️ <b>{self._ticket(case)}</b>{closed}: pesan dari pelapor{forwarded}{back}"
        if event.danger:
            header = f"🆘 <b>BAHAYA · URGEN</b>\n{header}"
        parts = split_text(event.text or "", RELAY_CHUNK)
        sent = None
        for index, part in enumerate(parts):
            more = f" ({index + 1}/{len(parts)})" if len(parts) > 1 else ""
            notice = (
                f"{header}{more}\n{html_with_links(part)}\n<i>Balas pesan ini untuk menjawab pelapor.</i>"
            )
            sent = await staff_notice(self._bot, self._services, case, notice)
        file_id, kind = event.attachment_file_id, event.attachment_kind
        if sent is None or file_id is None:
            return
        caption = f"📎 {case.ticket}"
        attachment_kind = kind or AttachmentKind.DOCUMENT
        try:
            await with_retry(
                lambda: send_file(self._bot, attachment_kind, sent.chat_id, file_id, caption=caption)
            )
        except TelegramError as error:
            logger.warning("case %s: attachment copy failed: %s", case.ticket, type(error).__name__)


def notifier_of(context: BotContext) -> TelegramCaseNotifier:
    """The notifier for a handler: the update's bot and the application's services."""
    return TelegramCaseNotifier(context.bot, context.services)
