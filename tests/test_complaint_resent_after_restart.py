"""A re-sent answer after an outage lands in the right field: the bot process is killed between her
answer and the next question, or while she answers and answers again, and is started anew. The re-sent
answer gets "we are at step X" restated; it never becomes the story.

The bot runs as a real subprocess (`python -m bot run`) against the Bot API stand-in, on a SQLite file.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.standin import BotApiStandIn, StandInUser
from storage.db import Database
from storage.repositories.cases import CaseFilter, CaseRepository
from storage.repositories.intake import DraftRepository
from tests.bot_fixtures import TEST_TOKEN
from tests.complaint_helpers import prepare_chats
from tests.test_durability import Inboxes
from tests.test_durability_restart import BotProcess, walk_to_agency, write_config

AGENCY = "PT Maju Jaya Sentosa"
STORY = "Gaji saya tidak dibayar 3 bulan, majikan di Penang."


async def draft_step(url: str, user_id: int) -> str | None:
    database = Database.connect(url)
    try:
        async with database.sessions() as session:
            row = await DraftRepository(session).get(user_id)
            return None if row is None else row.step
    finally:
        await database.dispose()


async def wait_for_step(url: str, user_id: int, step: str) -> None:
    """Poll the database file (another process writes it) until the draft reaches `step`."""
    async with asyncio.timeout(20):
        while await draft_step(url, user_id) != step:  # noqa: ASYNC110 - no event crosses processes
            await asyncio.sleep(0.01)


async def filed_case(url: str) -> tuple[str | None, str | None]:
    database = Database.connect(url)
    try:
        async with database.sessions() as session:
            (case,) = await CaseRepository(session).filtered(CaseFilter(statuses=None, limit=None))
            return case.agency, case.story
    finally:
        await database.dispose()


async def finish_report(api: BotApiStandIn, inbox: Inboxes, user: StandInUser) -> None:
    await api.send_text(user, STORY)
    saved = await inbox.next_containing(user.id, "report:v1:done:story")
    await api.press_button(user, saved, "report:v1:done:story")
    await inbox.next_containing(user.id, "report:v1:att:done")
    await api.send_text(user, "/lewati")
    await inbox.next_containing(user.id, "Nomor HP")
    await api.send_text(user, "/lewati")
    summary = await inbox.next_containing(user.id, "report:v1:confirm")
    await api.press_button(user, summary, "report:v1:confirm")
    await inbox.next_containing(user.id, "Laporan diterima")


async def test_an_answer_and_its_resend_while_the_bot_is_down(tmp_path: Path) -> None:
    async with BotApiStandIn(token=TEST_TOKEN) as api:
        prepare_chats(api)
        config_path, url = write_config(tmp_path, api)
        bot = BotProcess(config_path, tmp_path / "bot.log")
        inbox = Inboxes(api)
        user = api.private_user(310_001, "Sari")
        try:
            await bot.start(api)
            await walk_to_agency(api, inbox, user)
            await bot.kill()
            # The bot is down: she answers, hears nothing, and sends the same answer again.
            await api.send_text(user, AGENCY)
            await asyncio.sleep(0.5)
            await api.send_text(user, AGENCY)
            await bot.start(api)
            story_question = await inbox.next_containing(user.id, "Ceritakan")
            assert "Langkah 6 dari 8 · Cerita" in story_question.plain_text
            restated = await inbox.next(user.id)
            assert "sudah tersimpan" in restated.plain_text
            assert "langkah 6 (Cerita)" in restated.plain_text
            assert "Ceritakan" in (await inbox.next(user.id)).plain_text
            assert await draft_step(url, user.id) == "story"
            await finish_report(api, inbox, user)
            assert await filed_case(url) == (AGENCY, STORY)
        finally:
            await bot.stop()
            await inbox.close()


async def test_killed_between_her_answer_and_the_next_question(tmp_path: Path) -> None:
    async with BotApiStandIn(token=TEST_TOKEN) as api:
        prepare_chats(api)
        config_path, url = write_config(tmp_path, api)
        bot = BotProcess(config_path, tmp_path / "bot.log")
        inbox = Inboxes(api)
        user = api.private_user(310_002, "Rina")
        try:
            await bot.start(api)
            await walk_to_agency(api, inbox, user)
            await api.send_text(user, AGENCY)
            await wait_for_step(url, user.id, "story")
            await bot.kill()  # the answer is stored; the story question may or may not have gone out
            await asyncio.sleep(0.5)
            await bot.start(api)
            await api.send_text(user, AGENCY)  # she re-sends what she thinks was lost
            restated = await inbox.next_containing(user.id, "sudah tersimpan")
            assert "langkah 6 (Cerita)" in restated.plain_text
            await inbox.next_containing(user.id, "Ceritakan")
            assert await draft_step(url, user.id) == "story"
            await finish_report(api, inbox, user)
            assert await filed_case(url) == (AGENCY, STORY)
        finally:
            await bot.stop()
            await inbox.close()
