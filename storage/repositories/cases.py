"""Queries over cases and the rows hanging off them. Never commits: the service owns the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Executable, Select, Table, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models.cases import (
    OPEN_STATUSES,
    Attachment,
    Case,
    CaseCategory,
    CaseEvent,
    CaseMessage,
    CasePriority,
    CaseStatus,
    CaseTimer,
    Direction,
    EventKind,
    LinkKind,
    MessageLink,
    TimerKind,
)

T = TypeVar("T")


@dataclass(frozen=True)
class CaseFilter:
    """Queue filters for `/kasus` and the CLI; None means "any"."""

    statuses: frozenset[CaseStatus] | None = OPEN_STATUSES
    priority: CasePriority | None = None
    assigned_to: int | None = None
    unassigned: bool = False
    created_from: datetime | None = None
    created_before: datetime | None = None
    provinces: frozenset[str] | None = None  # province codes ("ID-JI"): the caller's province scope
    limit: int | None = 50
    category: CaseCategory | None = None
    country_code: str | None = None
    # A substring of the ticket, story, agency, typed places, or anything the complainant wrote since
    text: str | None = None
    # Past the queue timers: urgent and unclaimed since before the first, or no staff reply to the
    # complainant since before the second (both given together: either breach counts).
    sla_breached: tuple[datetime, datetime] | None = None
    order: str = "priority"  # "priority" (urgent first, oldest first), "oldest", "newest", "updated"


def upsert(
    session: AsyncSession,
    model: type[MessageLink] | type[CaseTimer],
    values: dict[str, Any],
    keys: tuple[str, ...],
    updated: tuple[str, ...],
) -> tuple[Executable, dict[str, Any]]:
    """INSERT ... ON CONFLICT DO UPDATE in one statement (SQLite and PostgreSQL share the syntax), and its
    parameters. On the table, not the mapped class (an ORM-enabled insert costs several times the CPU, for
    nothing here), and built once per shape: the values come as parameters."""
    dialect = session.get_bind().dialect.name
    shape = (model, dialect, tuple(values), keys, updated)
    statement = _UPSERTS.get(shape)
    if statement is None:
        table = model.__table__
        assert isinstance(table, Table)
        insert = postgresql_insert(table) if dialect == "postgresql" else sqlite_insert(table)
        statement = _UPSERTS[shape] = insert.on_conflict_do_update(
            index_elements=list(keys), set_={name: insert.excluded[name] for name in updated}
        )
    return statement, values


_UPSERTS: dict[tuple[Any, ...], Executable] = {}


# Filing order is ticket order: the ticket is the case's id, given when its row is written, while
# `created_at` is read when its transaction begins, so two reports sent at once can have crossed times.
_ORDERS: dict[str, tuple[Any, ...]] = {
    "priority": ((Case.priority == CasePriority.URGENT).desc(), Case.id.asc()),
    "oldest": (Case.id.asc(),),
    "newest": (Case.id.desc(),),
    "updated": (Case.updated_at.desc(), Case.id.desc()),
}


def _province_in(provinces: frozenset[str]) -> ColumnElement[bool]:
    return Case.province_code.in_(sorted(provinces))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


MAX_ROW_ID = 2**31 - 1  # integer keys on PostgreSQL; a forged or typed id beyond is simply not found


class CaseRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, case: Case) -> Case:
        self.session.add(case)
        await self.session.flush()
        return case

    async def get(self, case_id: int, *, for_update: bool = False) -> Case | None:
        if not 0 < case_id <= MAX_ROW_ID:
            return None  # no such row, and a number this large would not even fit the query
        statement = select(Case).where(Case.id == case_id)
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def get_by_ticket(self, ticket: str, *, for_update: bool = False) -> Case | None:
        statement = select(Case).where(Case.ticket == ticket)
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def get_by_source_update(self, update_key: str) -> Case | None:
        return (
            await self.session.execute(select(Case).where(Case.source_update_key == update_key))
        ).scalar_one_or_none()

    async def filtered(self, case_filter: CaseFilter, *, offset: int = 0) -> Sequence[Case]:
        statement = self._filtered(select(Case), case_filter)
        statement = statement.order_by(*_ORDERS.get(case_filter.order, _ORDERS["priority"]))
        if offset:
            statement = statement.offset(offset)
        if case_filter.limit is not None:
            statement = statement.limit(case_filter.limit)
        return (await self.session.execute(statement)).scalars().all()

    async def count(self, case_filter: CaseFilter) -> int:
        statement = self._filtered(select(func.count()).select_from(Case), case_filter)
        return int((await self.session.execute(statement)).scalar_one())

    async def assign_if(self, case: Case, *, expected: int | None, assignee: int, now: datetime) -> bool:
        """Compare-and-set the assignee: True when `expected` still held the case and it is now
        `assignee`'s; False when someone else changed it first (the case is then reloaded)."""
        holder = Case.assigned_to.is_(None) if expected is None else Case.assigned_to == expected
        statement = (
            update(Case)
            .where(Case.id == case.id, holder)
            .values(assigned_to=assignee, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        changed = bool(getattr(await self.session.execute(statement), "rowcount", 0))
        await self.session.refresh(case)
        return changed

    def _filtered(self, statement: Select[T], case_filter: CaseFilter) -> Select[T]:
        if case_filter.statuses is not None:
            statement = statement.where(Case.status.in_(sorted(case_filter.statuses)))
        if case_filter.priority is not None:
            statement = statement.where(Case.priority == case_filter.priority)
        if case_filter.assigned_to is not None:
            statement = statement.where(Case.assigned_to == case_filter.assigned_to)
        if case_filter.unassigned:
            statement = statement.where(Case.assigned_to.is_(None))
        if case_filter.created_from is not None:
            statement = statement.where(Case.created_at >= case_filter.created_from)
        if case_filter.created_before is not None:
            statement = statement.where(Case.created_at < case_filter.created_before)
        if case_filter.provinces is not None:
            statement = statement.where(_province_in(case_filter.provinces))
        if case_filter.category is not None:
            statement = statement.where(Case.category == case_filter.category)
        if case_filter.country_code is not None:
            statement = statement.where(Case.country_code == case_filter.country_code)
        if case_filter.text:
            pattern = f"%{_escape_like(case_filter.text.lower())}%"
            columns = (Case.ticket, Case.story, Case.agency, Case.country, Case.province)
            said_it = select(CaseMessage.case_id).where(
                CaseMessage.direction == Direction.FROM_COMPLAINANT,
                func.lower(CaseMessage.text).like(pattern, escape="\\"),
            )
            statement = statement.where(
                or_(
                    *(func.lower(column).like(pattern, escape="\\") for column in columns),
                    Case.id.in_(said_it),
                )
            )
        if case_filter.sla_breached is not None:
            urgent_before, unanswered_before = case_filter.sla_breached
            urgent_unclaimed = (
                (Case.priority == CasePriority.URGENT)
                & Case.assigned_to.is_(None)
                & (Case.created_at < urgent_before)
            )
            unanswered = (
                Case.last_staff_reply_at.is_(None) | (Case.last_staff_reply_at < Case.last_complainant_at)
            ) & (Case.last_complainant_at < unanswered_before)
            statement = statement.where(Case.status.in_(sorted(OPEN_STATUSES)), urgent_unclaimed | unanswered)
        return statement

    async def search(
        self,
        text: str,
        limit: int = 20,
        offset: int = 0,
        provinces: frozenset[str] | None = None,
        place_codes: Sequence[str] = (),
    ) -> Sequence[Case]:
        """Cases whose text contains `text`, or whose country or province code is one of `place_codes`
        (so a search for "Malaysia" finds the case typed "malaysa")."""
        statement = self._searched(select(Case), text, provinces, place_codes)
        statement = statement.order_by(Case.id.desc()).offset(offset).limit(limit)
        return (await self.session.execute(statement)).scalars().all()

    async def search_count(
        self, text: str, provinces: frozenset[str] | None = None, place_codes: Sequence[str] = ()
    ) -> int:
        statement = self._searched(select(func.count()).select_from(Case), text, provinces, place_codes)
        return int((await self.session.execute(statement)).scalar_one())

    def _searched(
        self,
        statement: Select[T],
        text: str,
        provinces: frozenset[str] | None,
        place_codes: Sequence[str],
    ) -> Select[T]:
        pattern = f"%{_escape_like(text)}%"
        columns = (Case.ticket, Case.story, Case.agency, Case.country, Case.province, Case.complainant_name)
        matches = [column.ilike(pattern, escape="\\") for column in columns]
        if place_codes:
            matches += [Case.country_code.in_(place_codes), Case.province_code.in_(place_codes)]
        statement = statement.where(or_(*matches))
        if provinces is not None:
            statement = statement.where(_province_in(provinces))
        return statement

    async def of_complainant(self, user_id: int) -> Sequence[Case]:
        statement = select(Case).where(Case.complainant_user_id == user_id).order_by(Case.id.asc())
        return (await self.session.execute(statement)).scalars().all()

    async def count_by(
        self, column: str, *, open_only: bool = False, provinces: frozenset[str] | None = None
    ) -> list[tuple[str | None, int]]:
        attribute = getattr(Case, column)
        statement = select(attribute, func.count()).group_by(attribute).order_by(func.count().desc())
        if open_only:
            statement = statement.where(Case.status.in_(sorted(OPEN_STATUSES)))
        if provinces is not None:
            statement = statement.where(_province_in(provinces))
        rows = (await self.session.execute(statement)).all()
        return [(None if value is None else str(value), int(count)) for value, count in rows]

    async def open_created_times(self, provinces: frozenset[str] | None = None) -> Sequence[datetime]:
        statement = select(Case.created_at).where(Case.status.in_(sorted(OPEN_STATUSES)))
        if provinces is not None:
            statement = statement.where(_province_in(provinces))
        return (await self.session.execute(statement)).scalars().all()

    async def total(self, provinces: frozenset[str] | None = None) -> int:
        statement = select(func.count()).select_from(Case)
        if provinces is not None:
            statement = statement.where(_province_in(provinces))
        return int((await self.session.execute(statement)).scalar_one())

    # --- audit trail, messages, attachments ---

    async def add_event(
        self,
        case_id: int,
        kind: EventKind,
        *,
        actor_user_id: int | None = None,
        detail: str | None = None,
        text: str | None = None,
        at: datetime | None = None,
    ) -> CaseEvent:
        event = CaseEvent(case_id=case_id, kind=kind, actor_user_id=actor_user_id, detail=detail, text=text)
        if at is not None:
            event.created_at = at
        self.session.add(event)
        await self.session.flush()
        return event

    async def events(self, case_id: int) -> Sequence[CaseEvent]:
        statement = select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id.asc())
        return (await self.session.execute(statement)).scalars().all()

    async def add_message(self, message: CaseMessage) -> CaseMessage:
        self.session.add(message)
        await self.session.flush()
        return message

    async def message_by_source_update(self, update_key: str) -> CaseMessage | None:
        statement = select(CaseMessage).where(CaseMessage.source_update_key == update_key)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def get_message(self, message_id: int) -> CaseMessage | None:
        return await self.session.get(CaseMessage, message_id)

    async def messages(self, case_id: int) -> Sequence[CaseMessage]:
        statement = select(CaseMessage).where(CaseMessage.case_id == case_id).order_by(CaseMessage.id.asc())
        return (await self.session.execute(statement)).scalars().all()

    async def add_attachment(self, attachment: Attachment) -> Attachment:
        self.session.add(attachment)
        await self.session.flush()
        return attachment

    async def attachments(self, case_id: int) -> Sequence[Attachment]:
        statement = select(Attachment).where(Attachment.case_id == case_id).order_by(Attachment.id.asc())
        return (await self.session.execute(statement)).scalars().all()

    async def delete_attachments(self, case_id: int) -> None:
        await self.session.execute(delete(Attachment).where(Attachment.case_id == case_id))

    # --- which Telegram message belongs to which case ---

    async def link(
        self, chat_id: int, message_id: int, case_id: int, kind: LinkKind, detail: str | None = None
    ) -> None:
        values = {
            "chat_id": chat_id,
            "message_id": message_id,
            "case_id": case_id,
            "kind": kind,
            "detail": detail,
        }
        await self.session.execute(
            *upsert(
                self.session, MessageLink, values, ("chat_id", "message_id"), ("case_id", "kind", "detail")
            )
        )

    async def find_link(self, chat_id: int, message_id: int) -> MessageLink | None:
        return await self.session.get(MessageLink, (chat_id, message_id))

    async def links_of(self, case_id: int, kind: LinkKind) -> Sequence[MessageLink]:
        """The case's links of one kind, the newest first."""
        statement = (
            select(MessageLink)
            .where(MessageLink.case_id == case_id, MessageLink.kind == kind)
            .order_by(MessageLink.created_at.desc(), MessageLink.message_id.desc())
        )
        return (await self.session.scalars(statement)).all()

    async def delete_link(self, chat_id: int, message_id: int) -> None:
        await self.session.execute(
            delete(MessageLink).where(MessageLink.chat_id == chat_id, MessageLink.message_id == message_id)
        )

    async def delete_links(self, case_id: int, kinds: frozenset[LinkKind]) -> None:
        await self.session.execute(
            delete(MessageLink).where(MessageLink.case_id == case_id, MessageLink.kind.in_(sorted(kinds)))
        )


class TimerRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def set(self, case_id: int, kind: TimerKind, due_at: datetime, detail: str | None = None) -> None:
        values = {"case_id": case_id, "kind": kind, "due_at": due_at, "detail": detail}
        await self.session.execute(
            *upsert(self.session, CaseTimer, values, ("case_id", "kind"), ("due_at", "detail"))
        )

    async def clear(self, case_id: int, kind: TimerKind) -> None:
        await self.session.execute(
            delete(CaseTimer).where(CaseTimer.case_id == case_id, CaseTimer.kind == kind)
        )

    async def clear_all(self, case_id: int) -> None:
        await self.session.execute(delete(CaseTimer).where(CaseTimer.case_id == case_id))

    async def due(self, now: datetime, limit: int) -> Sequence[CaseTimer]:
        statement = (
            select(CaseTimer)
            .where(CaseTimer.due_at <= now)
            .order_by(CaseTimer.due_at.asc(), CaseTimer.id.asc())
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return (await self.session.execute(statement)).scalars().all()

    async def of_kind(self, kind: TimerKind, limit: int) -> Sequence[CaseTimer]:
        """Timers of one kind whether due or not, oldest first."""
        statement = (
            select(CaseTimer)
            .where(CaseTimer.kind == kind)
            .order_by(CaseTimer.due_at.asc(), CaseTimer.id.asc())
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return (await self.session.execute(statement)).scalars().all()

    async def of_case(self, case_id: int) -> Sequence[CaseTimer]:
        statement = select(CaseTimer).where(CaseTimer.case_id == case_id).order_by(CaseTimer.kind)
        return (await self.session.execute(statement)).scalars().all()
