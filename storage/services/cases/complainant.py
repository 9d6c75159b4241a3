"""The complainant's side of her cases: finding which case a message is about, adding it, and the
"message the officer" mode. She only ever reaches her own cases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storage.base import utcnow
from storage.errors import CaseClosed, CaseNotFound
from storage.models.cases import (
    Attachment,
    Case,
    CaseMessage,
    CasePriority,
    CaseStatus,
    Direction,
    EventKind,
    LinkKind,
    Reporter,
)
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.repositories.intake import DraftRepository
from storage.services.cases.base import CaseCore, Decision
from storage.services.cases.events import ComplainantMessaged, DomainEvent, Outcome, StatusChanged
from storage.services.intake import clean_text
from storage.services.timers import rearm_timers
from storage.services.uow import write_transaction

ANSWERED_REASON = "pelapor menjawab"
DANGER_DETAIL = "pesan pelapor menyebut bahaya"
REOPENED_REASON = "dibuka kembali oleh pelapor"


@dataclass(frozen=True)
class IncomingOutcome(Outcome):
    """Her message stored on the case: `message_id` is the stored message (the earlier one for a repeat)."""

    message_id: int = -1


class ComplainantSide(CaseCore):
    async def cases_of(self, user_id: int) -> Sequence[Case]:
        async with self._database.sessions() as session:
            return await CaseRepository(session).of_complainant(user_id)

    async def decisions_of(self, user_id: int, case_ids: Sequence[int]) -> dict[int, Decision]:
        """Why each of these closed cases of hers was closed (the last status change's reason and
        agency), so /status can say it again."""
        decisions: dict[int, Decision] = {}
        async with self._database.sessions() as session:
            repo = CaseRepository(session)
            for case_id in case_ids:
                case = await repo.get(case_id)
                if case is None or case.complainant_user_id != user_id or not case.status.is_closed:
                    continue
                changes = [e for e in await repo.events(case_id) if e.kind is EventKind.STATUS_CHANGED]
                if changes:
                    decisions[case_id] = Decision.from_trail(changes[-1].text)
        return decisions

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
        """The user pressed "message the officer": their next message goes to this case (a closed one
        too: staff hear from her, and decide whether to reopen)."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            case = await self._own(repo, user_id, case_id)
            if case.erased_at is not None:
                raise CaseClosed("the case's personal data was erased")
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
        danger: bool = False,
        herself: bool = False,
    ) -> IncomingOutcome:
        """Add a message (and/or an attachment) from the complainant to her own case. A case waiting for
        her answer goes back to work (the outcome then holds that status change too); a closed case stays
        closed, and staff see her message with that said. A message the triage found to describe danger
        (`danger`) makes the case urgent, so it leads the queue and the officer's notice says so. `herself`:
        she says she is the one in danger ("bukan kak, aku sendiri yg gk kuat"), so a case filed as family's
        is hers: the card then asks staff to reach her, not someone else through the mission."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            if update_key is not None:
                existing = await repo.message_by_source_update(update_key)
                if existing is not None:
                    # Handled again after an interruption: whether staff were shown it is unknown, so it is
                    # published again (at least once; a card may show it twice, never not at all).
                    stored = await self._get(repo, existing.case_id)
                    shown_again = ComplainantMessaged(
                        stored,
                        existing.id,
                        existing.text,
                        forwarded=existing.forwarded,
                        attachment_kind=attachment.kind if attachment is not None else None,
                        attachment_file_id=attachment.file_id if attachment is not None else None,
                        danger=danger,
                    )
                    return IncomingOutcome(stored, (shown_again,), duplicate=True, message_id=existing.id)
            case = await self._own(repo, user_id, case_id)
            if case.erased_at is not None:
                raise CaseClosed("the case's personal data was erased")
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
            events: list[DomainEvent] = []
            if case.status is CaseStatus.WAITING_FOR_COMPLAINANT:
                await self._change_status(
                    repo, case, CaseStatus.IN_PROGRESS, None, now, reason=ANSWERED_REASON
                )
                events.append(
                    StatusChanged(
                        case,
                        CaseStatus.WAITING_FOR_COMPLAINANT,
                        CaseStatus.IN_PROGRESS,
                        None,
                        reason=ANSWERED_REASON,
                    )
                )
            if danger and case.priority is not CasePriority.URGENT:
                await repo.add_event(
                    case.id,
                    EventKind.PRIORITY_CHANGED,
                    actor_user_id=user_id,
                    detail=f"{case.priority.value} -> {CasePriority.URGENT.value}",
                    text=DANGER_DETAIL,
                    at=now,
                )
                case.priority = CasePriority.URGENT
            if herself and case.reporter is Reporter.FAMILY:
                case.reporter = Reporter.WORKER
            case.last_complainant_at = now
            case.updated_at = now
            # Hearing from the complainant again undoes "unreachable" and any closure flag.
            case.unreachable_since = None
            case.closure_flag = None
            await DraftRepository(session).clear_pending_reply(user_id)
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            events.append(
                ComplainantMessaged(
                    case,
                    message.id,
                    stored_text,
                    forwarded=forwarded,
                    attachment_kind=attachment.kind if attachment is not None else None,
                    attachment_file_id=attachment.file_id if attachment is not None else None,
                    danger=danger,
                )
            )
            return IncomingOutcome(case, tuple(events), message_id=message.id)

    async def reopen_own_case(self, user_id: int, case_id: int) -> Outcome:
        """She asks to reopen her closed case: back to the officer who had it, or to the queue. The
        outcome's `StatusChanged` (actor None, her reason) lets the notifier tell staff; an open case is
        left alone (no events)."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            case = await self._own(repo, user_id, case_id)
            if case.erased_at is not None:
                raise CaseNotFound(str(case_id))
            previous = case.status
            if not previous.is_closed:
                return Outcome(case)
            now = utcnow()
            status = CaseStatus.IN_PROGRESS if case.assigned_to is not None else CaseStatus.NEW
            await self._change_status(repo, case, status, None, now, reason=REOPENED_REASON)
            case.last_complainant_at = now
            await rearm_timers(TimerRepository(session), case, self._policy, now)
            return Outcome(case, (StatusChanged(case, previous, status, None, reason=REOPENED_REASON),))

    async def complainant_told(self, case_id: int) -> bool:
        """A message to the complainant about the case went out (the first one is its ticket)."""
        async with self._database.sessions() as session:
            return bool(await CaseRepository(session).links_of(case_id, LinkKind.COMPLAINANT))

    async def link_complainant_message(self, case_id: int, chat_id: int, message_id: int) -> None:
        async with write_transaction(self._database) as session:
            await CaseRepository(session).link(chat_id, message_id, case_id, LinkKind.COMPLAINANT)
