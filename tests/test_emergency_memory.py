"""The emergency memory and the prefilled story, on a real database (SQLite; PostgreSQL when configured)."""

from __future__ import annotations

from datetime import timedelta

from storage.base import utcnow
from storage.db import Database
from storage.services.emergency import CONVERSATION_GAP, FOLLOW_UP_WINDOW, EmergencyMemory
from storage.services.intake import IntakeService, Step
from storage.services.rules import QueuePolicy

USER = 777


async def test_the_country_survives_a_new_service_on_the_same_database(database: Database) -> None:
    await EmergencyMemory(database).remember_country(USER, "tw", "message")
    assert await EmergencyMemory(database).country_of(USER) == "TW"
    assert await EmergencyMemory(database).country_of(USER + 1) is None


async def test_the_full_block_once_per_conversation_and_danger(database: Database) -> None:
    memory = EmergencyMemory(database)
    start = utcnow()
    assert await memory.note_alert(USER, "danger:MY", start)
    assert not await memory.note_alert(USER, "danger:MY", start + timedelta(minutes=5))
    assert await memory.note_alert(USER, "suicidal:MY", start + timedelta(minutes=6))  # another danger
    later = start + timedelta(minutes=5) + CONVERSATION_GAP + timedelta(minutes=1)
    assert await memory.note_alert(USER, "danger:MY", later)  # a new conversation


async def test_a_kept_story_is_the_story_so_far_and_is_not_typed_again(database: Database) -> None:
    memory, intake = EmergencyMemory(database), IntakeService(database, QueuePolicy(ticket_prefix="ADU"))
    story = "Majikan memukul saya dan pintu dikunci dari luar. " * 20
    await memory.keep_story(USER, story)
    kept = await memory.story_of(USER)
    assert kept == story
    started = await intake.start(USER, USER, "id", urgent=True, story=kept)
    assert started.draft.text("story") == story
    draft = await intake.answer(USER, Step.CONSENT, "yes")
    draft = await intake.answer(USER, Step.REPORTER, "worker")
    draft = await intake.answer(USER, Step.CATEGORY, "violence")
    draft = await intake.answer(USER, Step.COUNTRY, "Malaysia")
    draft = await intake.skip(USER, Step.PROVINCE)
    draft = await intake.skip(USER, Step.AGENCY)
    assert draft.step is Step.STORY  # she may add to the story so far, or press "Selesai"
    assert draft.text("story") == story
    draft = await intake.finish(USER, Step.STORY)
    assert draft.step is Step.ATTACHMENTS
    await memory.drop_story(USER)
    assert await memory.story_of(USER) is None


async def test_a_draft_waiting_for_its_story_takes_the_kept_one(database: Database) -> None:
    intake = IntakeService(database, QueuePolicy(ticket_prefix="ADU"))
    await intake.start(USER, USER, "id")
    await intake.answer(USER, Step.CONSENT, "yes")
    await intake.answer(USER, Step.REPORTER, "family")
    await intake.answer(USER, Step.CATEGORY, "trafficking")
    await intake.skip(USER, Step.COUNTRY)
    await intake.skip(USER, Step.PROVINCE)
    waiting = await intake.skip(USER, Step.AGENCY)
    assert waiting.step is Step.STORY
    resumed = await intake.start(USER, USER, "id", urgent=True, story="Adik saya dikurung di Kamboja.")
    assert resumed.resumed
    assert resumed.draft.step is Step.STORY
    assert resumed.draft.urgent
    assert resumed.draft.text("story") == "Adik saya dikurung di Kamboja."


async def test_an_urgent_message_is_kept_and_counted_in_one_step(database: Database) -> None:
    memory = EmergencyMemory(database)
    assert await memory.note_urgent(USER, "danger:-", "tolong saya dikurung")
    assert not await memory.note_urgent(USER, "danger:-", "tolong, dipukul lagi")
    assert await memory.story_of(USER) == "tolong saya dikurung\ntolong, dipukul lagi"


async def test_a_story_from_a_past_conversation_is_not_carried_into_a_new_one(database: Database) -> None:
    memory = EmergencyMemory(database)
    await memory.note_urgent(USER, "danger:-", "tolong saya dikurung", now=utcnow() - timedelta(days=1))
    assert await memory.note_urgent(USER, "danger:-", "sy dipukul majikan")
    assert await memory.story_of(USER) == "sy dipukul majikan"


async def test_an_emergency_stays_active_for_its_window_while_her_words_are_kept(database: Database) -> None:
    memory = EmergencyMemory(database)
    start = utcnow()
    await memory.note_alert(USER, "danger:-", start)
    assert await memory.active_danger(USER, start) is None  # a shared location alone starts no emergency
    await memory.note_urgent(USER, "suicidal:HK", "sy pengen mati aja", start + timedelta(minutes=1))
    active = await memory.active_danger(USER, start + timedelta(minutes=30))
    assert active is not None
    assert active.suicidal
    assert active.country == "HK"
    await memory.add_to_story(USER, "gk ada yg peduli")
    assert await memory.story_of(USER) == "sy pengen mati aja\ngk ada yg peduli"
    assert await memory.active_danger(USER, start + FOLLOW_UP_WINDOW + timedelta(minutes=2)) is None
    await memory.drop_story(USER)  # the story went into a report: the emergency is in staff hands
    assert await memory.active_danger(USER, start + timedelta(minutes=31)) is None


async def test_back_home_forgets_the_country(database: Database) -> None:
    memory = EmergencyMemory(database)
    await memory.remember_country(USER, "SA", "message")
    await memory.forget_country(USER)
    assert await memory.country_of(USER) is None
