"""Emergency memory, one unit of work per call: where the person in danger is, which alarms were shown in
this conversation, and a story kept for the report the user may start with one tap.

A "conversation" is a run of messages without a long pause: after `CONVERSATION_GAP` without an urgent
message about the same danger, the full block shows again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from storage.base import utcnow
from storage.db import Database
from storage.models.emergency import PLACE_WORDS_LIMIT, EmergencyContext
from storage.repositories.emergency import EmergencyRepository, read_context
from storage.services.intake import clean_text
from storage.services.uow import key_read_connection, write_transaction

CONVERSATION_GAP: Final = timedelta(hours=6)
# How long after an urgent message the next ones are read as part of the same emergency.
FOLLOW_UP_WINDOW: Final = timedelta(hours=2)
STORY_LIMIT: Final = 4000  # a kept story grows with follow-ups; the report form takes it whole


@dataclass(frozen=True, slots=True)
class ActiveDanger:
    """The latest alert of a conversation still going on: its kind and the country whose numbers it showed."""

    suicidal: bool
    country: str | None


@dataclass(frozen=True, slots=True)
class KeptForReport:
    """What a report started now is filled in with: her kept words and the country she named."""

    story: str | None
    country: str | None


class EmergencyMemory:
    def __init__(self, database: Database, gap: timedelta = CONVERSATION_GAP) -> None:
        self._database = database
        self._gap = gap

    async def country_of(self, user_id: int) -> str | None:
        async with key_read_connection(self._database) as connection:
            row = await read_context(connection, user_id)
            return None if row is None else row.country

    async def remember_country(self, user_id: int, code: str, source: str, words: str = "") -> None:
        """Where she is; `words`: the message naming it, kept so a city there finds the nearest mission.
        Words about the same country add up ("sy di malaysia" after "johor bahru" keeps Johor Bahru)."""
        code, words = code.upper(), clean_text(words)
        async with key_read_connection(self._database) as connection:
            known = await read_context(connection, user_id)
            same = known is not None and known.country == code
            kept = (known.place_words or "") if known is not None and same else ""
        if same and (not words or words in kept):
            return  # a read is cheap; SQLite has one writer for every user's messages
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get_or_add(user_id)
            row.country, row.country_source, row.updated_at = code, source, utcnow()
            joined = f"{kept}\n{words}".strip() if words else kept
            row.place_words = joined[-PLACE_WORDS_LIMIT:] or None

    async def place_of(self, user_id: int) -> str:
        """Her words about where she is, for the remembered country ("" when none)."""
        async with key_read_connection(self._database) as connection:
            row = await read_context(connection, user_id)
            return "" if row is None or row.country is None else row.place_words or ""

    async def forget_country(self, user_id: int) -> None:
        """She said she is back home: the remembered country no longer says where she is."""
        if await self.country_of(user_id) is None:
            return
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get_or_add(user_id)
            row.country, row.country_source, row.updated_at = None, None, utcnow()
            row.place_words = None

    async def active_danger(
        self, user_id: int, now: datetime | None = None, window: timedelta = FOLLOW_UP_WINDOW
    ) -> ActiveDanger | None:
        """The danger of the latest alert when it was shown within `window` and her words are kept for the
        report, else None. A shared location alone shows the numbers but starts no emergency; a filed or
        started report ends it (the story went into the report)."""
        async with key_read_connection(self._database) as connection:
            row = await read_context(connection, user_id)
            urgent = row is not None and bool(row.pending_story)
            alerts = dict(row.alerts or {}) if row is not None and urgent else {}
        if not alerts:
            return None
        danger, shown = max(alerts.items(), key=lambda item: str(item[1]))
        if (now or utcnow()) - datetime.fromisoformat(str(shown)) > window:
            return None
        kind, _, code = str(danger).partition(":")
        return ActiveDanger(kind == "suicidal", code if code and code != "-" else None)

    async def add_to_story(self, user_id: int, text: str) -> None:
        """A follow-up to an urgent message joins the kept story, so the report has all of it."""
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get_or_add(user_id)
            added = clean_text(text)
            story = f"{row.pending_story}\n{added}" if row.pending_story else added
            row.pending_story, row.updated_at = story[:STORY_LIMIT], utcnow()

    async def note_urgent(self, user_id: int, danger: str, story: str, now: datetime | None = None) -> bool:
        """An urgent message, in one write: keep its words for the report the reply offers, and record the
        alarm. True when it is the first about `danger` in this conversation (show the full block)."""
        moment = now or utcnow()
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get_or_add(user_id)
            words = clean_text(story)
            # later urgent messages of the same conversation add to her story; they never replace it
            if row.pending_story and self._ongoing(row, moment):
                words = f"{row.pending_story}\n{words}"[:STORY_LIMIT]
            row.pending_story = words
            return self._alert(row, danger, moment)

    def _ongoing(self, row: EmergencyContext, moment: datetime) -> bool:
        """An alert was shown within the conversation gap: the kept story belongs to this conversation."""
        shown = [datetime.fromisoformat(str(at)) for at in (row.alerts or {}).values()]
        return bool(shown) and moment - max(shown) <= self._gap

    async def note_alert(self, user_id: int, danger: str, now: datetime | None = None) -> bool:
        """Record an urgent message about `danger`; True when it is the first in this conversation (show the
        full block), False when a reminder is enough."""
        moment = now or utcnow()
        async with write_transaction(self._database) as session:
            return self._alert(await EmergencyRepository(session).get_or_add(user_id), danger, moment)

    def _alert(self, row: EmergencyContext, danger: str, moment: datetime) -> bool:
        alerts = dict(row.alerts or {})
        last = alerts.get(danger)
        first = last is None or moment - datetime.fromisoformat(str(last)) > self._gap
        alerts[danger] = moment.isoformat()
        row.alerts, row.updated_at = alerts, moment
        return first

    async def stand_down(self, user_id: int) -> None:
        """She says she is safe or was only asking: no emergency goes on, and her words are no report to
        offer (the country she named stays known)."""
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get(user_id)
            if row is not None:
                row.alerts, row.pending_story, row.updated_at = {}, None, utcnow()

    async def keep_story(self, user_id: int, story: str) -> None:
        """Store the user's words before the bot offers to turn them into a report."""
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get_or_add(user_id)
            row.pending_story, row.updated_at = clean_text(story), utcnow()

    async def kept_for_report(self, user_id: int) -> KeptForReport:
        """The story and the country in one read (starting a report needs both)."""
        async with key_read_connection(self._database) as connection:
            row = await read_context(connection, user_id)
            if row is None:
                return KeptForReport(None, None)
            return KeptForReport(row.pending_story, row.country)

    async def story_of(self, user_id: int) -> str | None:
        async with key_read_connection(self._database) as connection:
            row = await read_context(connection, user_id)
            return None if row is None else row.pending_story

    async def drop_story(self, user_id: int) -> None:
        async with write_transaction(self._database) as session:
            row = await EmergencyRepository(session).get(user_id)
            if row is not None:
                row.pending_story = None
