"""Which bot message in a staff chat belongs to which case, so a reply or a button press finds it.

Prompts (a reason, a question for the complainant, a note) are linked too, with what they ask for in
`detail`, so the officer's reply to one carries on where her button press left off, even after a restart.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from storage.models.cases import Case, LinkKind, TimerKind
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.services.cases.base import Actor, CaseCore
from storage.services.uow import write_transaction

LINK_POLL_SECONDS = 0.2


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
