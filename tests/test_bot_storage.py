"""Preferences and the question log on real databases: SQLite, and PostgreSQL if TEST_DATABASE_URL is set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from storage.db import Database
from storage.models.questions import QuestionEventKind
from storage.services.preferences import PreferenceService, language_from_code
from storage.services.question_log import QuestionLogService


@dataclass
class FakeUser:
    id: int
    language_code: str | None


async def test_language_follows_telegram_until_chosen(database: Database) -> None:
    preferences = PreferenceService(database)
    assert await preferences.language_for(FakeUser(1, "en-US")) == "en"
    assert await preferences.language_for(FakeUser(1, None)) == "id"
    await preferences.set_language(1, "en")
    assert await preferences.language_for(FakeUser(1, "id")) == "en"
    await preferences.set_language(1, "id")
    assert await PreferenceService(database).language_for(FakeUser(1, "en")) == "id"  # stored, not cached
    assert await preferences.language_for(None) == "id"


def test_language_codes() -> None:
    assert [language_from_code(code) for code in ("en", "en-GB", "id", "jv", "ms", "ar", None)] == [
        "en",
        "en",
        "id",
        "id",
        "id",
        "id",
        "id",
    ]
    assert language_from_code("ar", default="en") == "en"


async def test_gaps_group_by_normalised_text_most_frequent_first(database: Database) -> None:
    log = QuestionLogService(database)
    for question in ("Gmn cara ke Taiwan", "gimana cara ke taiwan", "gmn cara ke taiwan??"):
        await log.record(
            QuestionEventKind.FALLBACK,
            question,
            decision="fallback",
            normalized_question="gimana cara ke taiwan",
            candidates=[("negara-taiwan", 0.21)],
        )
    await log.record(
        QuestionEventKind.THUMBS_DOWN, "visa turis", decision="answer", entry_id="visa-non-kerja"
    )
    await log.record(QuestionEventKind.CLARIFY_CHOICE, "visa turis", decision="clarify", entry_id=None)
    await log.record(QuestionEventKind.THUMBS_UP, "bagus", decision="answer", entry_id="jalur-resmi")
    gaps = await log.gaps()
    assert [(gap.count, gap.normalized_question) for gap in gaps] == [
        (3, "gimana cara ke taiwan"),
        (2, "visa turis"),
    ]
    assert gaps[1].kinds == ("clarify_choice", "thumbs_down")
    assert gaps[1].entry_ids == ("visa-non-kerja",)
    assert gaps[0].entry_ids == ()
    assert gaps[0].last_seen.tzinfo is not None
    assert await log.gaps(since=datetime.now(UTC) + timedelta(minutes=1)) == []
    assert len(await log.gaps(limit=1)) == 1


async def test_very_long_questions_are_cut(database: Database) -> None:
    log = QuestionLogService(database)
    await log.record(QuestionEventKind.FALLBACK, "x" * 5000, decision="fallback")
    (gap,) = await log.gaps()
    assert len(gap.question) == 1000
