"""Which bot message in a staff chat belongs to which case, so a reply or a button press finds it.

Prompts (a reason, a question for the complainant, a note) are linked too, with what they ask for in
`detail`, so the officer's reply to one carries on where her button press left off, even after a restart.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from storage.models.cases import Case, CaseStatus, LinkKind, TimerKind, WaitingReason
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.services.cases.base import Actor, CaseCore
from storage.services.rules import can_transition
from storage.services.uow import write_transaction

LINK_POLL_SECONDS = 0.2
DETAIL_SEPARATOR = "|"


def question_detail(waiting: WaitingReason, officer: int) -> str:
    """What a question prompt's link remembers: the waiting reason, and the officer it asked."""
    return f"{waiting.value}{DETAIL_SEPARATOR}{officer}"


def parse_question_detail(detail: str | None) -> tuple[WaitingReason, int | None]:
    reason, _, officer = (detail or "").partition(DETAIL_SEPARATOR)
    waiting = WaitingReason(reason) if reason in set(WaitingReason) else WaitingReason.CLARIFICATION
    return waiting, int(officer) if officer.isdigit() else None


@dataclass(frozen=True)
class OpenQuestion:
    """A "Tunggu pelapor" prompt still waiting for the officer's question."""

    chat_id: int
    message_id: int
    waiting: WaitingReason


@dataclass(frozen=True)
class LinkedCase:
    case: Case
    kind: LinkKind
    detail: str | None = None


class StaffChatLinks(CaseCore):
    async def link_message(
        self, case_id: int, chat_id: int, message_id: int, kind: LinkKind, detail: str | None = None
    ) -> None:
        """Record a message Telegram accepted; ahead of other writers, so a crash rarely sends it twice."""
        async with write_transaction(self._database, urgent=True) as session:
            repo = CaseRepository(session)
            await repo.link(chat_id, message_id, case_id, kind, detail)
            if kind is LinkKind.CARD:
                case = await self._get(repo, case_id)
                case.staff_chat_id = chat_id
                case.card_message_id = message_id
                await TimerRepository(session).clear(case_id, TimerKind.POST_CARD)

    async def open_question(self, actor: Actor, case_id: int) -> OpenQuestion | None:
        """The caller's unanswered question prompt on this case, if any: she pressed "Tunggu pelapor" and
        may write her question as a reply to the card instead of to the prompt. Asking the question (or
        cancelling the prompt) removes it."""
        async with self._database.sessions() as session:
            actor_id, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            case = await self._find(repo, case_id, scope)
            if not can_transition(case.status, CaseStatus.WAITING_FOR_COMPLAINANT):
                return None
            for link in await repo.links_of(case.id, LinkKind.QUESTION_PROMPT):
                waiting, officer = parse_question_detail(link.detail)
                if officer == actor_id:
                    return OpenQuestion(link.chat_id, link.message_id, waiting)
            return None

    async def drop_prompt(self, actor: Actor, case_id: int, chat_id: int, message_id: int) -> None:
        """A cancelled prompt no longer carries on (a question prompt no longer waits for a question)."""
        async with write_transaction(self._database) as session:
            _, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            link = await repo.find_link(chat_id, message_id)
            if link is None or link.case_id != case_id or link.kind is LinkKind.CARD:
                return
            await self._find(repo, case_id, scope)  # staff and scope only
            await repo.delete_link(chat_id, message_id)

    async def case_for_staff_message(
        self, actor: Actor, chat_id: int, message_id: int, *, wait_seconds: float = 0.0
    ) -> LinkedCase | None:
        """The case a staff-chat message of the bot belongs to (None: not a case message, or a case outside
        the caller's provinces).

        A card is linked right after Telegram returns its message id; a reply handled concurrently in that
        moment passes `wait_seconds` to wait for the link instead of missing it.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_seconds
        while True:
            async with self._database.sessions() as session:
                _, scope = await self._scope(session, actor)
                repo = CaseRepository(session)
                link = await repo.find_link(chat_id, message_id)
                if link is not None and link.kind is not LinkKind.COMPLAINANT:
                    case = await repo.get(link.case_id)
                    if case is None or not (scope is None or (case.province_code or "") in scope):
                        return None
                    return LinkedCase(case, link.kind, link.detail)
            if link is not None or loop.time() >= deadline:
                return None
            await asyncio.sleep(LINK_POLL_SECONDS)
