"""Staff reading cases: one case whole, the queue, search; always within the caller's province scope."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from faq.places import load_places
from storage.errors import InvalidInput
from storage.models.cases import Attachment, Case, CaseEvent, CaseMessage
from storage.repositories.cases import CaseFilter, CaseRepository
from storage.services.cases.base import Actor, CaseCore, Scope, narrow
from storage.services.intake import clean_text

SEARCH_PAGE = 20


def place_codes(text: str) -> list[str]:
    """The country and province codes a search names, so "Malaysia" also finds the case typed "malaysa"."""
    places = load_places()
    return [found.code for found in (places.match_country(text), places.match_province(text)) if found]


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    events: Sequence[CaseEvent]
    messages: Sequence[CaseMessage]
    attachments: Sequence[Attachment]


@dataclass(frozen=True)
class Page:
    """One page of a list and how many there are in all, so a list can say "30 dari 68"."""

    cases: Sequence[Case]
    total: int
    offset: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.cases) < self.total


class CaseReads(CaseCore):
    async def detail(self, actor: Actor, ticket_or_id: str | int) -> CaseDetail:
        async with self._database.sessions() as session:
            _, scope = await self._scope(session, actor)
            return await self._detail(CaseRepository(session), ticket_or_id, scope)

    async def queue(self, actor: Actor, case_filter: CaseFilter) -> Sequence[Case]:
        return (await self.queue_page(actor, case_filter)).cases

    async def queue_page(self, actor: Actor, case_filter: CaseFilter, offset: int = 0) -> Page:
        async with self._database.sessions() as session:
            _, scope = await self._scope(session, actor)
            scoped = replace(case_filter, provinces=narrow(case_filter.provinces, scope))
            repo = CaseRepository(session)
            cases = await repo.filtered(scoped, offset=offset)
            return Page(cases, await repo.count(scoped), offset)

    async def search(self, actor: Actor, text: str) -> Sequence[Case]:
        return (await self.search_page(actor, text)).cases

    async def search_page(self, actor: Actor, text: str, offset: int = 0, limit: int = SEARCH_PAGE) -> Page:
        text = clean_text(text).strip()
        if not text:
            raise InvalidInput("empty search")
        async with self._database.sessions() as session:
            _, scope = await self._scope(session, actor)
            repo = CaseRepository(session)
            codes = place_codes(text)
            cases = await repo.search(text, limit=limit, offset=offset, provinces=scope, place_codes=codes)
            return Page(cases, await repo.search_count(text, scope, codes), offset)

    async def list_all(self, case_filter: CaseFilter) -> Sequence[Case]:
        """For the command line, which runs as the operator (no Telegram role)."""
        return (await self.list_page(case_filter)).cases

    async def list_page(self, case_filter: CaseFilter, offset: int = 0) -> Page:
        """`list_all` with how many match in all, so the command line can say what it left out."""
        async with self._database.sessions() as session:
            repo = CaseRepository(session)
            cases = await repo.filtered(case_filter, offset=offset)
            return Page(cases, await repo.count(case_filter), offset)

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

    async def case_for_card(self, case_id: int) -> Case:
        """The case to (re)draw a card for; only called by the bot itself, never with user input."""
        async with self._database.sessions() as session:
            return await self._get(CaseRepository(session), case_id)

    async def _detail(self, repo: CaseRepository, ticket_or_id: str | int, scope: Scope = None) -> CaseDetail:
        case = await self._find(repo, ticket_or_id, scope)
        return CaseDetail(
            case=case,
            events=await repo.events(case.id),
            messages=await repo.messages(case.id),
            attachments=await repo.attachments(case.id),
        )
