"""The case queue: what staff do to cases, what complainants add to them, and what each may see.

Every staff method takes the acting user's id and re-checks the role inside its own transaction, so a
forged or stale button cannot change a case. Complainant methods only ever touch the caller's own cases.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from faq.places import load_places
from storage.base import utcnow
from storage.db import Database
from storage.errors import AccessDenied, CaseClosed, CaseNotFound, InvalidInput, InvalidTransition
from storage.models.cases import (
    CLOSED_STATUSES,
    Attachment,
    AttachmentKind,
    Case,
    CaseEvent,
    CaseMessage,
    CasePriority,
    CaseStatus,
    Direction,
    EventKind,
    LinkKind,
    MessageLink,
    TimerKind,
    WaitingReason,
)
from storage.repositories.cases import CaseFilter, CaseRepository, TimerRepository
from storage.repositories.intake import DraftRepository
from storage.services.intake import DraftAttachment, clean_text
from storage.services.intake_form import export_columns
from storage.services.rules import QueuePolicy, can_transition
from storage.services.staff import StaffDirectory
from storage.services.timers import rearm_timers
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)

ERASED_TEXT = "[dihapus atas permintaan pelapor]"
COMPLAINANT_LINKS = frozenset({LinkKind.COMPLAINANT})
LINK_POLL_SECONDS = 0.2


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    events: Sequence[CaseEvent]
    messages: Sequence[CaseMessage]
    attachments: Sequence[Attachment]


@dataclass(frozen=True)
class StatusChange:
    case: Case
    previous: CaseStatus


@dataclass(frozen=True)
class OutgoingMessage:
    """A staff reply recorded and waiting to be delivered to the complainant."""

    case: Case
    message_id: int
    text: str
    duplicate: bool = False


@dataclass(frozen=True)
class IncomingMessage:
    case: Case
    message_id: int
    duplicate: bool = False


@dataclass(frozen=True)
class LinkedCase:
    case: Case
    kind: LinkKind


@dataclass(frozen=True)
class Statistics:
    total: int
    by_status: list[tuple[str | None, int]]
    by_category: list[tuple[str | None, int]]
    by_country: list[tuple[str | None, int]]
    open_by_age: list[tuple[str, int]]
    open_unassigned: int
    open_urgent: int
    unreachable: int


@dataclass(frozen=True)
class Erasure:
    erased: list[str] = field(default_factory=list)
    still_open: list[str] = field(default_factory=list)
    erased_case_ids: list[int] = field(default_factory=list)  # their staff cards are redrawn without the data


AGE_BUCKETS: tuple[tuple[str, timedelta], ...] = (
    ("< 1 hari", timedelta(days=1)),
    ("1-7 hari", timedelta(days=7)),
    ("7-30 hari", timedelta(days=30)),
)
OLDEST_BUCKET = "> 30 hari"

# The form's fields (in form order, from `FORM`) between the case's identity and its handling.
EXPORT_COLUMNS = (
    "ticket",
    "created_at",
    "status",
    "priority",
    *export_columns(),
    "assigned_to",
    "unreachable",
    "closure_flag",
    "updated_at",
    "closed_at",
)


# Spreadsheets start a formula at =, +, - or @, also in their full-width forms, and skip invisible
# characters and spaces in front of one, so those do not make a cell safe.
_FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_INVISIBLE_LEAD = re.compile(r"^[\u200b\u200c\u200d\u2060\ufeff\s]+")


def _csv_safe(value: object) -> str:
    """Neutralise spreadsheet formulas that a complainant could smuggle into a cell."""
    text = "" if value is None else str(value)
    visible = _INVISIBLE_LEAD.sub("", text)
    if text[:1] in _FORMULA_STARTS or visible[:1] in _FORMULA_STARTS:
        return "'" + text
    return text


def _country_name(code: str | None) -> str | None:
    place = load_places().country(code) if code else None
    return place.name_id if place is not None else code


class CaseQueue:
    def __init__(self, database: Database, staff: StaffDirectory, policy: QueuePolicy) -> None:
        self._database = database
        self._staff = staff
        self._policy = policy

    # --- staff: reading ---

    async def detail(self, actor_id: int, ticket_or_id: str | int) -> CaseDetail:
        async with self._database.sessions() as session:
            await self._staff.require(session, actor_id)
            return await self._detail(CaseRepository(session), ticket_or_id)

    async def queue(self, actor_id: int, case_filter: CaseFilter) -> Sequence[Case]:
        async with self._database.sessions() as session:
            await self._staff.require(session, actor_id)
            return await CaseRepository(session).filtered(case_filter)

    async def search(
        self, actor_id: int, text: str, provinces: frozenset[str] | None = None
    ) -> Sequence[Case]:
        text = clean_text(text).strip()
        if not text:
            raise InvalidInput("empty search")
        async with self._database.sessions() as session:
            await self._staff.require(session, actor_id)
            places = load_places()
            codes = [
                found.code for found in (places.match_country(text), places.match_province(text)) if found
            ]
            return await CaseRepository(session).search(text, provinces=provinces, place_codes=codes)

    async def statistics(self, actor_id: int, now: datetime | None = None) -> Statistics:
        now = now or utcnow()
        async with self._database.sessions() as session:
            await self._staff.require(session, actor_id)
            repo = CaseRepository(session)
            ages: dict[str, int] = {label: 0 for label, _ in AGE_BUCKETS} | {OLDEST_BUCKET: 0}
            for created in await repo.open_created_times():
                age = now - created
                label = next((name for name, limit in AGE_BUCKETS if age < limit), OLDEST_BUCKET)
                ages[label] += 1
            open_cases = await repo.filtered(CaseFilter(limit=None))
            return Statistics(
                total=await repo.total(),
                by_status=await repo.count_by("status"),
                by_category=await repo.count_by("category"),
                by_country=[
                    (_country_name(code), count) for code, count in (await repo.count_by("country_code"))[:10]
                ],
                open_by_age=list(ages.items()),
                open_unassigned=sum(1 for case in open_cases if case.assigned_to is None),
                open_urgent=sum(1 for case in open_cases if case.priority is CasePriority.URGENT),
                unreachable=sum(1 for case in open_cases if case.is_unreachable),
            )

    async def export_csv(self, actor_id: int | None, start: datetime, end: datetime) -> tuple[str, int]:
        """CSV of cases created in [start, end). `actor_id=None` is the command line (trusted operator)."""
        if end <= start:
            raise InvalidInput("the end of the range must be after its start")
        async with self._database.sessions() as session:
            if actor_id is not None:
                await self._staff.require(session, actor_id)
            cases = await CaseRepository(session).filtered(
                CaseFilter(statuses=None, created_from=start, created_before=end, limit=None)
            )
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        for case in sorted(cases, key=lambda c: c.id):
            handling = {
                "ticket": case.ticket,
                "created_at": case.created_at.isoformat(),
                "status": case.status.value,
                "priority": case.priority.value,
                "assigned_to": case.assigned_to,
                "unreachable": "yes" if case.is_unreachable else "no",
                "closure_flag": case.closure_flag.value if case.closure_flag else "",
                "updated_at": case.updated_at.isoformat(),
                "closed_at": case.closed_at.isoformat() if case.closed_at else "",
            }
            writer.writerow(
                [
                    _csv_safe(handling[column] if column in handling else getattr(case, column))
                    for column in EXPORT_COLUMNS
                ]
            )
        return buffer.getvalue(), len(cases)

    async def list_all(self, case_filter: CaseFilter) -> Sequence[Case]:
        """For the command line, which runs as the operator (no Telegram role)."""
        async with self._database.sessions() as session:
            return await CaseRepository(session).filtered(case_filter)

    async def card_view(self, case_id: int) -> tuple[Case, Sequence[Attachment]]:
        """What a case card shows: the case and its attachments (the bot draws cards; no user input here)."""
        async with self._database.sessions() as session:
            repo = CaseRepository(session)
            case = await self._find(repo, case_id)
            return case, await repo.attachments(case.id)

    async def detail_for_operator(self, ticket_or_id: str | int) -> CaseDetail:
        """The whole case for the command line and the bot's own redraws (no Telegram role to check)."""
        async with self._database.sessions() as session:
            return await self._detail(CaseRepository(session), ticket_or_id)

    # --- staff: acting ---

    async def claim(self, actor_id: int, case_id: int) -> StatusChange:
        """Assign the case to the caller; a new case moves to "in progress" (`previous` tells if it did)."""
        async with write_transaction(self._database) as session:
            await self._staff.require(session, actor_id)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id)
            previous_status = case.status
            if case.assigned_to == actor_id:
                return StatusChange(case, previous_status)
            now = utcnow()
            previous = case.assigned_to
            case.assigned_to = actor_id
            case.updated_at = now
            detail = f"{previous or '-'} -> {actor_id}"
            await repo.add_event(case.id, EventKind.CLAIMED, actor_user_id=actor_id, detail=detail, at=now)
            if case.status is CaseStatus.NEW:
                await self._change_status(repo, case, CaseStatus.IN_PROGRESS, actor_id, now)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return StatusChange(case, previous_status)

    async def set_status(
        self, actor_id: int, case_id: int, status: CaseStatus, waiting_reason: WaitingReason | None = None
    ) -> StatusChange:
        async with write_transaction(self._database) as session:
            await self._staff.require(session, actor_id)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id)
            if case.erased_at is not None:
                raise CaseClosed("erased cases cannot change")
            previous = case.status
            if not can_transition(previous, status):
                raise InvalidTransition(f"{previous} -> {status}")
            now = utcnow()
            await self._change_status(repo, case, status, actor_id, now, waiting_reason)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return StatusChange(case, previous)

    async def set_priority(self, actor_id: int, case_id: int, priority: CasePriority) -> Case:
        async with write_transaction(self._database) as session:
            await self._staff.require(session, actor_id)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id)
            if case.priority is priority:
                return case
            now = utcnow()
            detail = f"{case.priority.value} -> {priority.value}"
            case.priority = priority
            case.updated_at = now
            await repo.add_event(
                case.id, EventKind.PRIORITY_CHANGED, actor_user_id=actor_id, detail=detail, at=now
            )
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return case

    async def add_note(self, actor_id: int, case_id: int, text: str) -> Case:
        text = clean_text(text)
        if not text.strip():
            raise InvalidInput("empty note")
        async with write_transaction(self._database) as session:
            await self._staff.require(session, actor_id)
            repo = CaseRepository(session)
            case = await self._get(repo, case_id)
            now = utcnow()
            case.updated_at = now
            await repo.add_event(case.id, EventKind.NOTE, actor_user_id=actor_id, text=text, at=now)
            return case

    async def staff_reply(
        self, actor_id: int, case_id: int, text: str, *, update_key: str | None
    ) -> OutgoingMessage:
        """Record a staff message to the complainant; the caller delivers it and reports the outcome."""
        text = clean_text(text)
        if not text.strip():
            raise InvalidInput("empty reply")
        async with write_transaction(self._database) as session:
            await self._staff.require(session, actor_id)
            repo = CaseRepository(session)
            if update_key is not None:
                existing = await repo.message_by_source_update(update_key)
                if existing is not None:
                    case = await self._get(repo, existing.case_id)
                    return OutgoingMessage(case, existing.id, existing.text or "", duplicate=True)
            case = await self._get(repo, case_id)
            if case.complainant_chat_id is None:
                raise CaseClosed("the complainant's data was erased")
            now = utcnow()
            message = await repo.add_message(
                CaseMessage(
                    case_id=case.id,
                    direction=Direction.TO_COMPLAINANT,
                    author_user_id=actor_id,
                    text=text,
                    source_update_key=update_key,
                    created_at=now,
                )
            )
            case.last_staff_reply_at = now
            case.updated_at = now
            await repo.add_event(case.id, EventKind.MESSAGE_OUT, actor_user_id=actor_id, text=text, at=now)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return OutgoingMessage(case, message.id, text)

    async def record_delivery(self, message_id: int, delivered: bool) -> None:
        async with write_transaction(self._database) as session:
            message = await CaseRepository(session).get_message(message_id)
            if message is not None:
                message.delivered = delivered

    async def mark_unreachable(self, case_id: int) -> Case | None:
        """The complainant blocked the bot (403): staff must see it; the 60-day closure clock starts.

        Returns the case when it just became unreachable, None when it already was.
        """
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            case = await self._get(repo, case_id)
            if case.unreachable_since is not None:
                return None
            now = utcnow()
            case.unreachable_since = now
            case.updated_at = now
            await repo.add_event(case.id, EventKind.UNREACHABLE, at=now)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
        logger.info("case %s: complainant unreachable", case.ticket)
        return case

    async def mark_complainant_unreachable(self, user_id: int) -> list[Case]:
        """The user blocked the bot: their open cases become unreachable; returns the ones that just did."""
        newly = []
        for case in await self.cases_of(user_id):
            if case.is_open and (changed := await self.mark_unreachable(case.id)) is not None:
                newly.append(changed)
        return newly

    # --- the staff chat's messages ---

    async def link_message(self, case_id: int, chat_id: int, message_id: int, kind: LinkKind) -> None:
        """Record a message Telegram accepted; ahead of other writers, so a crash rarely sends it twice."""
        async with write_transaction(self._database, urgent=True) as session:
            repo = CaseRepository(session)
            await repo.link(chat_id, message_id, case_id, kind)
            if kind is LinkKind.CARD:
                case = await self._get(repo, case_id)
                case.staff_chat_id = chat_id
                case.card_message_id = message_id
                await TimerRepository(session).clear(case_id, TimerKind.POST_CARD)

    async def case_for_staff_message(
        self, actor_id: int, chat_id: int, message_id: int, *, wait_seconds: float = 0.0
    ) -> LinkedCase | None:
        """The case a staff-chat message of the bot belongs to (None: not a case message).

        A card is linked right after Telegram returns its message id; a reply handled concurrently in that
        moment passes `wait_seconds` to wait for the link instead of missing it.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_seconds
        while True:
            async with self._database.sessions() as session:
                await self._staff.require(session, actor_id)
                repo = CaseRepository(session)
                link = await repo.find_link(chat_id, message_id)
                if link is not None and link.kind is not LinkKind.COMPLAINANT:
                    case = await repo.get(link.case_id)
                    return None if case is None else LinkedCase(case, link.kind)
            if link is not None or loop.time() >= deadline:
                return None
            await asyncio.sleep(LINK_POLL_SECONDS)

    async def case_for_card(self, case_id: int) -> Case:
        """The case to (re)draw a card for; only called by the bot itself, never with user input."""
        async with self._database.sessions() as session:
            return await self._get(CaseRepository(session), case_id)

    # --- the complainant's side ---

    async def cases_of(self, user_id: int) -> Sequence[Case]:
        async with self._database.sessions() as session:
            return await CaseRepository(session).of_complainant(user_id)

    async def own_case(self, user_id: int, case_id: int) -> Case:
        async with self._database.sessions() as session:
            return await self._own(CaseRepository(session), user_id, case_id)

    async def case_for_complainant_message(self, user_id: int, chat_id: int, message_id: int) -> Case | None:
        """The user's own case a reply of theirs refers to (a reply to a bot message about it)."""
        async with self._database.sessions() as session:
            repo = CaseRepository(session)
            link = await repo.find_link(chat_id, message_id)
            if link is None or link.kind is not LinkKind.COMPLAINANT:
                return None
            case = await repo.get(link.case_id)
            if case is None or case.complainant_user_id != user_id:
                return None
            return case  # closed too: the user is then told the case is closed

    async def case_for_incoming(
        self, user_id: int, chat_id: int, replied_message_id: int | None, *, has_media: bool
    ) -> int | None:
        """Which of the user's cases a private message is about; None: it is not (the FAQ gets it).

        In order: the case they pressed "message the officer" for, the case of the bot message they replied
        to, and for a photo or document their latest open case. Other text is a new question, never
        swallowed by an old case.
        """
        pending = await self.pending_reply_case(user_id)
        if pending is not None:
            return pending
        if replied_message_id is not None:
            linked = await self.case_for_complainant_message(user_id, chat_id, replied_message_id)
            if linked is not None:
                return linked.id
        if has_media:
            latest = await self.latest_open_case(user_id)
            if latest is not None:
                return latest.id
        return None

    async def latest_open_case(self, user_id: int) -> Case | None:
        cases = [case for case in await self.cases_of(user_id) if case.is_open]
        return cases[-1] if cases else None

    async def await_reply(self, user_id: int, case_id: int) -> Case:
        """The user pressed "message the officer": their next message goes to this case."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            case = await self._own(repo, user_id, case_id)
            if not case.is_open:
                raise CaseClosed("case is closed")
            await DraftRepository(session).set_pending_reply(user_id, case.id)
            return case

    async def pending_reply_case(self, user_id: int) -> int | None:
        async with self._database.sessions() as session:
            pending = await DraftRepository(session).get_pending_reply(user_id)
            return None if pending is None else pending.case_id

    async def complainant_message(
        self,
        user_id: int,
        case_id: int,
        text: str | None,
        *,
        update_key: str | None,
        forwarded: bool = False,
        attachment: Attachment | None = None,
    ) -> IncomingMessage:
        """Add a message (and/or an attachment) from the complainant to their own open case."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            if update_key is not None:
                existing = await repo.message_by_source_update(update_key)
                if existing is not None:
                    case = await self._get(repo, existing.case_id)
                    return IncomingMessage(case, existing.id, duplicate=True)
            case = await self._own(repo, user_id, case_id)
            if not case.is_open:
                raise CaseClosed("case is closed")
            now = utcnow()
            stored_text = clean_text(text) if text is not None else None
            message = await repo.add_message(
                CaseMessage(
                    case_id=case.id,
                    direction=Direction.FROM_COMPLAINANT,
                    author_user_id=user_id,
                    text=stored_text,
                    forwarded=forwarded,
                    source_update_key=update_key,
                    created_at=now,
                )
            )
            if attachment is not None:
                attachment.case_id = case.id
                attachment.created_at = now
                await repo.add_attachment(attachment)
                await repo.add_event(
                    case.id, EventKind.ATTACHMENT, actor_user_id=user_id, detail=attachment.kind.value, at=now
                )
            await repo.add_event(
                case.id,
                EventKind.MESSAGE_IN,
                actor_user_id=user_id,
                detail="forwarded" if forwarded else None,
                text=stored_text,
                at=now,
            )
            if case.status is CaseStatus.WAITING_FOR_COMPLAINANT:
                # She answered: the case goes back to the officer.
                await self._change_status(repo, case, CaseStatus.IN_PROGRESS, user_id, now)
            case.last_complainant_at = now
            case.updated_at = now
            # Hearing from the complainant again undoes "unreachable" and any closure flag.
            case.unreachable_since = None
            case.closure_flag = None
            await DraftRepository(session).clear_pending_reply(user_id)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return IncomingMessage(case, message.id)

    async def link_complainant_message(self, case_id: int, chat_id: int, message_id: int) -> None:
        async with write_transaction(self._database) as session:
            await CaseRepository(session).link(chat_id, message_id, case_id, LinkKind.COMPLAINANT)

    async def erase_personal_data(self, user_id: int, attachments_root: Path | None = None) -> Erasure:
        """/hapusdata: anonymise the user's closed cases; open ones are listed so the user knows."""
        result = Erasure()
        files: list[Path] = []
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            drafts = DraftRepository(session)
            await drafts.delete(user_id)
            await drafts.clear_pending_reply(user_id)
            now = utcnow()
            for case in await repo.of_complainant(user_id):
                if case.status not in CLOSED_STATUSES:
                    result.still_open.append(case.ticket or str(case.id))
                    continue
                for attachment in await repo.attachments(case.id):
                    if attachment.stored_path:
                        files.append(Path(attachment.stored_path))
                await repo.delete_attachments(case.id)
                for message in await repo.messages(case.id):
                    message.text = None
                    message.author_user_id = None
                for event in await repo.events(case.id):
                    if event.kind in (EventKind.MESSAGE_IN, EventKind.MESSAGE_OUT, EventKind.NOTE):
                        event.text = None
                    if event.actor_user_id == user_id:
                        event.actor_user_id = None
                await repo.delete_links(case.id, COMPLAINANT_LINKS)
                case.complainant_user_id = None
                case.complainant_chat_id = None
                case.complainant_name = None
                case.phone = None
                case.story = ERASED_TEXT
                case.agency = None
                case.erased_at = now
                case.updated_at = now
                await repo.add_event(case.id, EventKind.ERASED, at=now)
                await TimerRepository(session).clear_all(case.id)
                result.erased.append(case.ticket or str(case.id))
                result.erased_case_ids.append(case.id)
        await asyncio.to_thread(_delete_files, files, attachments_root)
        if result.erased:
            logger.info("personal data erased from %d closed case(s)", len(result.erased))
        return result

    # --- helpers ---

    async def _change_status(
        self,
        repo: CaseRepository,
        case: Case,
        status: CaseStatus,
        actor_id: int,
        now: datetime,
        waiting_reason: WaitingReason | None = None,
    ) -> None:
        previous = case.status
        case.status = status
        case.status_changed_at = now
        case.updated_at = now
        case.closure_flag = None
        case.waiting_reason = (
            (waiting_reason or WaitingReason.CLARIFICATION)
            if status is CaseStatus.WAITING_FOR_COMPLAINANT
            else None
        )
        case.closed_at = now if status in CLOSED_STATUSES else None
        detail = f"{previous.value} -> {status.value}"
        if case.waiting_reason is not None:
            detail += f" ({case.waiting_reason.value})"
        await repo.add_event(case.id, EventKind.STATUS_CHANGED, actor_user_id=actor_id, detail=detail, at=now)

    async def _detail(self, repo: CaseRepository, ticket_or_id: str | int) -> CaseDetail:
        case = await self._find(repo, ticket_or_id)
        return CaseDetail(
            case=case,
            events=await repo.events(case.id),
            messages=await repo.messages(case.id),
            attachments=await repo.attachments(case.id),
        )

    async def _get(self, repo: CaseRepository, case_id: int) -> Case:
        case = await repo.get(case_id, for_update=True)
        if case is None:
            raise CaseNotFound(str(case_id))
        return case

    async def _find(self, repo: CaseRepository, ticket_or_id: str | int) -> Case:
        case = (
            await repo.get(ticket_or_id)
            if isinstance(ticket_or_id, int)
            else await repo.get_by_ticket(ticket_or_id)
        )
        if case is None:
            raise CaseNotFound(str(ticket_or_id))
        return case

    async def _own(self, repo: CaseRepository, user_id: int, case_id: int) -> Case:
        case = await repo.get(case_id)
        # Someone else's case looks exactly like a missing one: nothing is revealed.
        if case is None or case.complainant_user_id != user_id:
            raise CaseNotFound(str(case_id))
        return case


def _delete_files(files: list[Path], root: Path | None) -> None:
    for path in files:
        # Only files under the attachments directory: a path in the database is never trusted further.
        if root is None or path.resolve().is_relative_to(root.resolve()):
            path.unlink(missing_ok=True)


def new_attachment(
    kind: AttachmentKind,
    file_id: str,
    *,
    file_unique_id: str | None = None,
    file_name: str | None = None,
    mime_type: str | None = None,
    size_bytes: int | None = None,
    stored_path: str | None = None,
    not_stored_reason: str | None = None,
) -> Attachment:
    """An attachment for `complainant_message` (keyword arguments for what Telegram may leave out)."""
    return DraftAttachment(
        kind, file_id, file_unique_id, file_name, mime_type, size_bytes, stored_path, not_stored_reason
    ).to_model()


__all__ = [
    "AccessDenied",
    "CaseDetail",
    "CaseQueue",
    "Erasure",
    "IncomingMessage",
    "LinkedCase",
    "MessageLink",
    "OutgoingMessage",
    "Statistics",
    "StatusChange",
    "new_attachment",
]
