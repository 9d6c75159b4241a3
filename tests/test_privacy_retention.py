"""Her messages do not outlive their use: /hapusdata blanks her chat's handled updates in the inbox, the
timer sweep deletes handled updates after the retention time, and a sentence typed at the country step keeps
only its place words (and erasure clears even those)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.config import AppConfig
from bot.run import running_webhook_bot
from bot.services import Services
from handlers.sweep_turn import SWEEP_LEASE, sweep_if_our_turn
from storage.base import utcnow
from storage.db import Database
from storage.models.cases import CaseStatus
from storage.models.inbox import InboxUpdate
from storage.models.leases import WorkLease
from storage.services.cases import CaseQueue
from storage.services.inbox import FetchedUpdate, UpdateInbox
from storage.services.intake import IntakeService
from storage.services.timers import TimerSweep
from tests.cluster_helpers import text_update, webhook_config
from tests.storage_fixtures import OFFICER_ID, file_case

HER_CHAT = 1
OTHER_CHAT = 2
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
