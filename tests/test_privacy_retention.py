"""Her messages do not outlive their use: /hapusdata blanks her chat's handled updates in the inbox, the
timer sweep deletes handled updates after the retention time, and a sentence typed at the country step keeps
only its place words (and erasure clears even those)."""

from __future__ import annotations

import json
import time
from datetime import timedelta

from sqlalchemy import select
from telegram import Update

from bot.config import AppConfig
from bot.run import running_webhook_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from handlers.sweep_turn import SWEEP_LEASE, sweep_if_our_turn
from storage.base import utcnow
from storage.db import Database
from storage.models.cases import CaseStatus
from storage.models.inbox import InboxUpdate
from storage.models.leases import WorkLease
from storage.services.cases import CaseQueue
from storage.services.inbox import FetchedUpdate, UpdateInbox
from storage.services.intake import IntakeService, Step
from storage.services.timers import TimerSweep
from tests.bot_fixtures import BOT_USER, OfflineBot
from tests.cluster_helpers import text_update, webhook_config
from tests.storage_fixtures import OFFICER_ID, file_case

HER_CHAT = 1
OTHER_CHAT = 2
HER_ID = 5_151_515
SENTENCE = "Majikan saya di Kuala Lumpur tidak bayar gaji tiga bulan, nama saya Siti Aminah"


async def _payloads(database: Database) -> dict[int, dict[str, object]]:
    async with database.sessions() as session:
        rows = (await session.scalars(select(InboxUpdate))).all()
        return {row.update_id: row.payload for row in rows}


async def _store(inbox: UpdateInbox, update_id: int, chat_id: int, text: str) -> str:
    fetched = FetchedUpdate.of(text_update(update_id, chat_id, text))
    await inbox.store([fetched])
    return fetched.key


async def test_erasure_blanks_her_handled_updates_and_typed_places(
    database: Database, intake: IntakeService, queue: CaseQueue
) -> None:
    inbox = UpdateInbox(database)
    handled = [
        await _store(inbox, 10, HER_CHAT, "nomor saya +6281234567890"),
        await _store(inbox, 11, OTHER_CHAT, "halo"),
    ]
    await inbox.mark_handled(handled)
    await _store(inbox, 12, HER_CHAT, "/hapusdata")  # in hand while erasing: handled after
    case = await file_case(intake, HER_CHAT, country=SENTENCE)
    assert (case.country, case.country_code) == ("kuala lumpur", "MY")  # the place words only
    await queue.set_status(OFFICER_ID, case.id, CaseStatus.REFERRED, reason="Penipuan", agency="Polri")
    await queue.erase_personal_data(HER_CHAT)
    payloads = await _payloads(database)
    assert payloads[10] == {}
    assert payloads[11]["update_id"] == 11  # another chat's stays until the retention time
    assert payloads[12]["update_id"] == 12  # still to be handled
    erased = (await queue.detail(OFFICER_ID, case.id)).case
    assert (erased.country, erased.province) == (None, None)
    assert (erased.country_code, erased.province_code) == ("MY", "ID-JI")


async def test_the_sweep_deletes_handled_updates_after_the_retention_time(
    database: Database, sweep: TimerSweep
) -> None:
    inbox = UpdateInbox(database)
    old = await _store(inbox, 20, HER_CHAT, "cerita saya")
    await inbox.mark_handled([old])
    await _store(inbox, 21, HER_CHAT, "belum ditangani")
    await sweep.sweep(utcnow() + timedelta(hours=23))
    assert set(await _payloads(database)) == {20, 21}
    await sweep.sweep(utcnow() + timedelta(hours=25))
    assert set(await _payloads(database)) == {21}  # an unhandled update is never purged


async def test_a_stopped_webhook_instance_lets_go_of_the_sweep_lease(
    standin_config: AppConfig, database: Database
) -> None:
    config = webhook_config(standin_config)
    services = Services(config, database)
    async with running_webhook_bot(config, set_webhook=False, services=services) as instance:
        assert await sweep_if_our_turn(instance.app.bot, services) is not None
    async with database.sessions() as session:
        holders = (await session.scalars(select(WorkLease.name))).all()
    assert SWEEP_LEASE not in holders


async def test_the_erasure_request_itself_keeps_only_its_ids_and_button(
    standin_config: AppConfig, standin: BotApiStandIn
) -> None:
    """Her /hapusdata and her "Ya" press pass through the inbox like every message: after the erasure
    neither payload holds her name or username, and the press can still be handled again."""
    her = standin.private_user(HER_ID, "Siti", "id", last_name="Aminah", username="siti_aminah_my")
    async with running_webhook_bot(webhook_config(standin_config)) as instance:
        await standin.send_text(her, "/hapusdata")
        (question,) = await standin.wait_for_bot_messages(HER_ID, 1, 10)
        await standin.press_button(her, question, "report:v1:erase:yes")
        (erased,) = await standin.wait_for_bot_messages(HER_ID, 1, 10)
        assert "Data pribadi dihapus" in erased.plain_text
        payloads = await _payloads(instance.worker_database)
        assert len(payloads) == 2
        for payload in payloads.values():
            for word in ("Siti", "Aminah", "siti_aminah_my", "Hapus data pribadi"):
                assert word not in json.dumps(payload)
        press = next(payload for payload in payloads.values() if "callback_query" in payload)
        assert press["callback_query"]["data"] == "report:v1:erase:yes"
        # Should its instance die before finishing it, the press is handled again from what is left.
        await instance.app.process_update(Update.de_json(press, instance.app.bot))
        (again,) = await standin.wait_for_bot_messages(HER_ID, 1, 10)
        assert "Data pribadi dihapus" in again.plain_text


async def test_a_place_sentence_is_never_stored_whole(offline_case_bot: OfflineBot) -> None:
    """A sentence at the country or province step leaves only the place in the draft, before any
    erasure: not her name, not her story."""
    bot, intake = offline_case_bot, offline_case_bot.services.intake
    await intake.start(HER_ID, HER_ID, "id")
    for step, value in ((Step.CONSENT, "yes"), (Step.REPORTER, "worker"), (Step.CATEGORY, "other")):
        await intake.answer(HER_ID, step, value)
    await intake.mark_asked(HER_ID, Step.COUNTRY)
    await bot.process(her_text(SENTENCE))
    await bot.process(her_press("report:v1:place:country:y"))
    await bot.process(her_text("Keluarga saya di Kabupaten Blitar Jawa Timur, nama saya Siti Aminah"))
    await bot.process(her_press("report:v1:place:province:y"))
    draft = await intake.current(HER_ID)
    assert draft is not None
    assert draft.step is Step.AGENCY
    stored = json.dumps(draft.answers)
    for word in ("Siti", "Aminah", "Majikan", "gaji", "Keluarga"):
        assert word not in stored
    assert (draft.country_code(), draft.province_code()) == ("MY", "ID-JI")
    assert draft.text("country") == "kuala lumpur"


def her_text(text: str) -> dict[str, object]:
    chat = {"id": HER_ID, "type": "private", "first_name": "Siti"}
    sender = {"id": HER_ID, "is_bot": False, "first_name": "Siti"}
    message = {"message_id": len(text), "date": int(time.time()), "chat": chat, "from": sender, "text": text}
    return {"message": message}


def her_press(data: str) -> dict[str, object]:
    chat = {"id": HER_ID, "type": "private", "first_name": "Siti"}
    sender = {"id": HER_ID, "is_bot": False, "first_name": "Siti"}
    shown = {"message_id": 1, "date": 0, "chat": chat, "from": BOT_USER, "text": "?"}
    return {
        "callback_query": {"id": data, "from": sender, "chat_instance": "c", "data": data, "message": shown}
    }
