"""One table drives every staff action (and the complainant's side) through the case core, with no
Telegram handler involved, and checks the events each returns and what the Telegram notifier then sends to
the worker and to the staff chat (the Bot API stand-in records both). Real SQLite, and PostgreSQL where
TEST_DATABASE_URL is set: whatever front end calls the core gets these same effects."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from telegram import Bot

from bot.config import StaffMember
from bot.services import Services
from bot.standin import BotApiStandIn
from bot.telegram_notifier import TelegramCaseNotifier
from handlers.case_notify import post_card
from storage.db import Database
from storage.models.cases import CasePriority, CaseStatus
from storage.services.cases import (
    CaseNotifier,
    CaseQueue,
    Claimed,
    ComplainantMessaged,
    ComplainantUnreachable,
    DataErased,
    DomainEvent,
    NoteAdded,
    Outcome,
    PriorityChanged,
    ReplySent,
    StatusChanged,
)
from tests.bot_fixtures import TEST_TOKEN
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT, complaint_config
from tests.storage_fixtures import walk_draft

WORKER = 7100
SARI = 9003


@dataclass
class Core:
    services: Services
    notifier: TelegramCaseNotifier
    api: BotApiStandIn
    case_id: int

    @property
    def cases(self) -> CaseQueue:
        return self.services.cases


@pytest.fixture
async def core(database: Database, standin: BotApiStandIn, tmp_path: Path) -> AsyncIterator[Core]:
    config = complaint_config(tmp_path)
    members = (
        StaffMember(user_id=ADMIN, role="admin", name="Budi"),
        StaffMember(user_id=OFFICER, role="officer", name="Ratna"),
        StaffMember(user_id=SARI, role="officer", name="Sari"),
    )
    config = config.model_copy(update={"staff": config.staff.model_copy(update={"members": members})})
    services = Services(config, database)
    standin.group_chat(STAFF_CHAT, "Petugas")
    standin.private_user(WORKER, "Wati")
    bot = Bot(TEST_TOKEN, base_url=standin.base_url)
    async with bot:
        await walk_draft(services.intake, WORKER)
        filed = await services.intake.file(WORKER, update_key=None, complainant_name="Wati")
        # The intake's chat id is the user's own (a private chat).
        assert await post_card(bot, services, filed.case) is not None
        standin.mark_read(STAFF_CHAT)
        notifier: CaseNotifier = TelegramCaseNotifier(bot, services)  # the port a console also implements
        assert isinstance(notifier, TelegramCaseNotifier)
        yield Core(services, notifier, standin, filed.case.id)


Step = Callable[[Core], Awaitable[Outcome]]


def claim(by: int = OFFICER, take_over_from: int | None = None) -> Step:
    return lambda core: core.cases.claim(by, core.case_id, take_over_from=take_over_from)


def status(target: CaseStatus, **values: str) -> Step:
    return lambda core: core.cases.set_status(OFFICER, core.case_id, target, **values)


async def answer(core: Core) -> Outcome:
    return await core.cases.complainant_message(WORKER, core.case_id, "Agustus terakhir", update_key=None)


async def erase(core: Core) -> Outcome:
    erasure = await core.cases.erase_personal_data(WORKER)
    return Outcome(erasure.events[0].case, tuple(erasure.events))


@dataclass(frozen=True)
class Row:
    before: tuple[Step, ...]
    action: Step
    events: tuple[type[DomainEvent], ...]
    to_worker: str | None  # a phrase of what the worker receives; None: she receives nothing
    to_staff: str | None  # a phrase of the notice under the card; None: only the card is redrawn
    card_shows: str | None = None


WAIT = status(CaseStatus.WAITING_FOR_COMPLAINANT, question="Kapan terakhir digaji?")
RESOLVE = status(CaseStatus.RESOLVED, reason="Gaji sudah dibayar")

TABLE = {
    "claim-new": Row((), claim(), (Claimed, StatusChanged), "sedang ditangani", None, "Petugas: Ratna"),
    "claim-again-by-the-holder": Row((claim(),), claim(), (), None, None),
    "take-over": Row((claim(),), claim(SARI, OFFICER), (Claimed,), None, "diambil alih", "Petugas: Sari"),
    "resolve": Row(
        (claim(),), RESOLVE, (StatusChanged,), "Gaji sudah dibayar", "→ selesai oleh Ratna", "Selesai"
    ),
    "reject": Row(
        (),
        status(CaseStatus.REJECTED, reason="Bukan wewenang BP3MI"),
        (StatusChanged, Claimed),  # deciding on an unassigned case is handling it
        "tidak dapat kami tindak lanjuti",
        "Alasan: Bukan wewenang BP3MI",
        "Petugas: Ratna",
    ),
    "refer": Row(
        (claim(),),
        status(CaseStatus.REFERRED, reason="Dugaan pidana", agency="Polda Jatim"),
        (StatusChanged,),
        "kami teruskan ke Polda Jatim",
        "Instansi: Polda Jatim",
        "Dirujuk",
    ),
    "wait-with-question": Row(
        (claim(),),
        WAIT,
        (StatusChanged, ReplySent),
        "Kapan terakhir digaji?",
        "pertanyaan terkirim",
        "Menunggu",
    ),
    "reopen": Row(
        (claim(), RESOLVE),
        status(CaseStatus.IN_PROGRESS),
        (StatusChanged,),
        "dibuka kembali",
        "selesai → diproses",
    ),
    "complainant-reopens": Row(
        (claim(), RESOLVE),
        lambda core: core.cases.reopen_own_case(WORKER, core.case_id),
        (StatusChanged,),
        None,  # she is answered where she pressed
        "dibuka kembali oleh pelapor · selesai → diproses",
        "Diproses",
    ),
    "priority": Row(
        (),
        lambda core: core.cases.set_priority(OFFICER, core.case_id, CasePriority.URGENT),
        (PriorityChanged,),
        None,
        None,
        "URGEN",
    ),
    "note": Row(
        (),
        lambda core: core.cases.add_note(OFFICER, core.case_id, "sudah telpon P3MI"),
        (NoteAdded,),
        None,
        None,
    ),
    "reply-to-new-case": Row(
        (),
        lambda core: core.cases.staff_reply(OFFICER, core.case_id, "Kami bantu cek", update_key=None),
        (Claimed, StatusChanged, ReplySent),
        "Kami bantu cek",
        "Terkirim ke pelapor",
        "Petugas: Ratna",
    ),
    "reply-to-a-colleagues-case-leaves-her-the-owner": Row(
        (claim(SARI),),
        lambda core: core.cases.staff_reply(OFFICER, core.case_id, "Kami bantu cek", update_key=None),
        (ReplySent,),
        "Kami bantu cek",
        "Terkirim ke pelapor",
        "Petugas: Sari",
    ),
    "question-on-an-unclaimed-case": Row(
        (),
        WAIT,
        (StatusChanged, Claimed, ReplySent),
        "Kapan terakhir digaji?",
        "pertanyaan terkirim",
        "Petugas: Ratna",
    ),
    "worker-answers-a-question": Row(
        (claim(), WAIT),
        answer,
        (StatusChanged, ComplainantMessaged),
        None,
        "status kembali diproses",
        "Diproses",
    ),
    "worker-blocked-the-bot": Row(
        (),
        lambda core: core.cases.mark_unreachable(core.case_id),
        (ComplainantUnreachable,),
        None,
        "memblokir bot",
    ),
    "erasure": Row((claim(), RESOLVE), erase, (DataErased,), None, None, "Data pribadi dihapus"),
}


@pytest.mark.parametrize("row", TABLE.values(), ids=TABLE.keys())
async def test_every_action_returns_its_events_and_the_notifier_tells_the_right_people(
    core: Core, row: Row
) -> None:
    for step in row.before:
        await core.notifier.publish((await step(core)).events)
    core.api.mark_read(WORKER)
    core.api.mark_read(STAFF_CHAT)
    worker_before = len(core.api.bot_messages(WORKER))
    staff_before = len(core.api.bot_messages(STAFF_CHAT))
    outcome = await row.action(core)
    assert tuple(type(event) for event in outcome.events) == row.events
    await core.notifier.publish(outcome.events)
    to_worker = [m.plain_text for m in core.api.bot_messages(WORKER)[worker_before:]]
    to_staff = [m.plain_text for m in core.api.bot_messages(STAFF_CHAT)[staff_before:]]
    if row.to_worker is None:
        assert to_worker == []
    else:
        assert any(row.to_worker in text for text in to_worker), to_worker
        assert all(
            "Pesan ke petugas" in " ".join(m.button_texts)
            for m in core.api.bot_messages(WORKER)[worker_before:]
        )
    if row.to_staff is None:
        assert to_staff == []
    else:
        assert any(row.to_staff in text for text in to_staff), to_staff
    if row.card_shows is not None:
        card = core.api.bot_messages(STAFF_CHAT)[0]
        assert row.card_shows in card.plain_text
