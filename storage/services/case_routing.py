"""Where a complainant's plain message goes once it reached one of her cases: back out to the FAQ (it was a
question, not for the officer) or over to another of her open cases. (Reopening her closed case is a status
change, so it lives in the case core.) Each write is one transaction and touches only the caller's own
cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storage.base import utcnow
from storage.db import Database
from storage.errors import CaseClosed, CaseNotFound
from storage.models.cases import Case, CaseMessage, Direction, EventKind
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.services.rules import QueuePolicy
from storage.services.timers import rearm_timers
from storage.services.uow import write_transaction

WITHDRAWN_DETAIL = "ditarik pelapor: pertanyaan untuk FAQ"


@dataclass(frozen=True)
class MovedMessage:
    """A complainant's message taken off a case (`source`), and where it went (`target`, None: the FAQ)."""

    source: Case
    target: Case | None
    text: str


@dataclass(frozen=True)
class PlainTextCandidates:
    """The cases a plain message of hers may be for: her open cases (the most recently active last), and
    `decided`, her case most recently closed since she last wrote to it: what she writes next is often about
    that decision (not yet picked up, still in danger), so it is offered too."""

    open: Sequence[Case]
    decided: Case | None

    def __bool__(self) -> bool:
        return bool(self.open) or self.decided is not None


class ComplainantRouting:
    def __init__(self, database: Database, policy: QueuePolicy) -> None:
        self._database = database
        self._policy = policy

    async def open_cases(self, user_id: int) -> Sequence[Case]:
        """Her open cases, the most recently active last."""
        async with self._database.sessions() as session:
            cases = await CaseRepository(session).of_complainant(user_id)
        return sorted((case for case in cases if case.is_open), key=lambda case: (case.updated_at, case.id))

    async def plain_text_candidates(self, user_id: int) -> PlainTextCandidates:
        async with self._database.sessions() as session:
            cases = await CaseRepository(session).of_complainant(user_id)
        open_cases = sorted(
            (case for case in cases if case.is_open), key=lambda case: (case.updated_at, case.id)
        )
        decided = [
            case
            for case in cases
            if case.closed_at is not None
            and case.erased_at is None
            and case.closed_at > (case.last_complainant_at or case.created_at)
        ]
        latest = max(decided, key=lambda case: (case.closed_at or case.created_at, case.id), default=None)
        return PlainTextCandidates(open_cases, latest)

    async def withdraw(self, user_id: int, message_id: int) -> MovedMessage:
        """ "This is a question, not for the officer": the message leaves the case (the trail says so) and
        its text goes to the FAQ. CaseNotFound when it is not hers or was already taken back."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            message, case = await self._own_message(repo, user_id, message_id)
            text = message.text or ""
            await session.delete(message)
            now = utcnow()
            await repo.add_event(
                case.id,
                EventKind.MESSAGE_IN,
                actor_user_id=user_id,
                detail=WITHDRAWN_DETAIL,
                text=text,
                at=now,
            )
            case.updated_at = now
            return MovedMessage(case, None, text)

    async def move(self, user_id: int, message_id: int, case_id: int) -> MovedMessage:
        """The message was meant for another of her open cases."""
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            message, source = await self._own_message(repo, user_id, message_id)
            target = await repo.get(case_id, for_update=True)
            if target is None or target.complainant_user_id != user_id:
                raise CaseNotFound(str(case_id))
            if not target.is_open:
                raise CaseClosed("case is closed")
            now = utcnow()
            message.case_id = target.id
            detail = f"dipindahkan ke {target.ticket}"
            await repo.add_event(
                source.id, EventKind.MESSAGE_IN, actor_user_id=user_id, detail=detail, at=now
            )
            await repo.add_event(
                target.id, EventKind.MESSAGE_IN, actor_user_id=user_id, text=message.text, at=now
            )
            target.last_complainant_at = target.updated_at = now
            await rearm_timers(TimerRepository(session), target, self._policy, now)
            return MovedMessage(source, target, message.text or "")

    @staticmethod
    async def _own_message(repo: CaseRepository, user_id: int, message_id: int) -> tuple[CaseMessage, Case]:
        message = await repo.get_message(message_id)
        if message is None or message.direction is not Direction.FROM_COMPLAINANT:
            raise CaseNotFound(f"message {message_id}")
        case = await repo.get(message.case_id, for_update=True)
        if case is None or case.complainant_user_id != user_id:
            raise CaseNotFound(f"message {message_id}")
        return message, case
