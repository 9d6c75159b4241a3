"""Access bar: every staff command and every case button, tried by a non-staff user (in the staff chat and
in private) and by staff outside a staff chat, neither reveals nor changes a case. Forged buttons are
refused server-side."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from telegram import Update

from bot.context import BotApplication
from bot.services import Services
from storage.models.cases import LinkKind
from storage.services.intake import IntakeService
from tests.bot_fixtures import BOT_USER, OfflineBot, RecordingRequest
from tests.complaint_helpers import ADMIN, OFFICER, OTHER_GROUP, PROVINCE_CHAT, PROVINCE_OFFICER, STAFF_CHAT
from tests.storage_fixtures import walk_draft

STRANGER = 5555
SECRETS = ("ADU-000001", "Rahasia-cerita-XYZ", "PT Rahasia", "Kamboja", "+6281234567890")

STAFF_COMMANDS = (
    "/bantuan",
    "/kasus",
    "/kasus ADU-000001",
    "/kasus semua",
    "/kasus saya",
    "/cari Rahasia",
    "/cari ADU-000001",
    "/statistik",
    "/export",
    "/export 2020-01-01 2030-12-31",
    "/staff",
    "/staff list",
    f"/staff add {STRANGER}",
    f"/staff remove {OFFICER}",
)
CASE_BUTTONS = (
    "case:v1:claim:1",
    "case:v1:st:1:prog",
    "case:v1:st:1:wait",
    "case:v1:st:1:wdoc",
    "case:v1:st:1:done",
    "case:v1:st:1:rej",
    "case:v1:st:1:ref",
    "case:v1:prio:1:urgent",
    "case:v1:prio:1:normal",
    "case:v1:note:1",
    "case:v1:show:1",
    "case:v1:open:1",
    "case:v1:take:1:9002",
    "case:v1:ag:1:0",
    "case:v1:why:1:0",
    "case:v1:tpl:1",
    "case:v1:tpl:1:0",
    "case:v1:x:1",
    "case:v1:pg:0:semua",
    "case:v1:sp:0:Rahasia",
)


@dataclass
class Harness:
    app: BotApplication
    request: RecordingRequest
    services: Services
    update_id: int = 0

    async def send(self, payload: dict[str, Any]) -> None:
        self.update_id += 1
        await self.app.process_update(Update.de_json({"update_id": self.update_id, **payload}, self.app.bot))

    def chat(self, chat_id: int) -> dict[str, Any]:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "X"}
        return {"id": chat_id, "type": "supergroup", "title": "Grup"}

    async def command(self, user_id: int, chat_id: int, text: str, reply_to: int | None = None) -> None:
        message: dict[str, Any] = {
            "message_id": self.update_id + 100,
            "date": 0,
            "chat": self.chat(chat_id),
            "from": {"id": user_id, "is_bot": False, "first_name": "Orang"},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if reply_to is not None:
            message["reply_to_message"] = {
                "message_id": reply_to,
                "date": 0,
                "chat": self.chat(chat_id),
                "from": BOT_USER,
                "text": "kartu",
            }
        await self.send({"message": message})

    async def press(self, user_id: int, chat_id: int, data: str, message_id: int = 77) -> None:
        await self.send(
            {
                "callback_query": {
                    "id": str(self.update_id),
                    "from": {"id": user_id, "is_bot": False, "first_name": "Orang"},
                    "chat_instance": "x",
                    "data": data,
                    "message": {
                        "message_id": message_id,
                        "date": 0,
                        "chat": self.chat(chat_id),
                        "from": BOT_USER,
                        "text": "kartu",
                    },
                }
            }
        )

    def replies(self) -> str:
        return json.dumps([call.params for call in self.request.calls], ensure_ascii=False)


@pytest.fixture
async def harness(offline_case_bot: OfflineBot) -> Harness:
    services = offline_case_bot.services
    intake: IntakeService = services.intake
    await walk_draft(intake, 7001, story="Rahasia-cerita-XYZ", agency="PT Rahasia", country="Kamboja")
    case = (await intake.file(7001, update_key=None, complainant_name="Siti")).case
    await services.cases.link_message(case.id, STAFF_CHAT, 77, LinkKind.CARD)
    offline_case_bot.request.clear()
    return Harness(offline_case_bot.app, offline_case_bot.request, services)


async def case_state(services: Services) -> tuple[Any, ...]:
    detail = await services.cases.detail(ADMIN, 1)
    case = detail.case
    return (
        case.status,
        case.priority,
        case.assigned_to,
        case.story,
        len(detail.events),
        len(detail.messages),
        tuple(entry.user_id for entry in await services.staff_directory.members(ADMIN)),
    )


WHO_WHERE = [
    pytest.param(STRANGER, STAFF_CHAT, id="non-staff-in-staff-chat"),
    pytest.param(STRANGER, STRANGER, id="non-staff-in-private"),
    pytest.param(OFFICER, OFFICER, id="officer-in-private"),
    pytest.param(ADMIN, ADMIN, id="admin-in-private"),
    pytest.param(ADMIN, OTHER_GROUP, id="admin-in-foreign-group"),
]


@pytest.mark.parametrize(("user_id", "chat_id"), WHO_WHERE)
async def test_staff_commands_reveal_and_change_nothing(harness: Harness, user_id: int, chat_id: int) -> None:
    before = await case_state(harness.services)
    for text in STAFF_COMMANDS:
        await harness.command(user_id, chat_id, text)
    await harness.command(user_id, chat_id, "Halo pelapor", reply_to=77)
    await harness.command(user_id, chat_id, "!catatan palsu", reply_to=77)
    assert await case_state(harness.services) == before
    replies = harness.replies()
    for secret in SECRETS:
        assert secret not in replies
    assert harness.request.sent("sendDocument") == []


@pytest.mark.parametrize(("user_id", "chat_id"), WHO_WHERE)
async def test_case_buttons_are_refused(harness: Harness, user_id: int, chat_id: int) -> None:
    before = await case_state(harness.services)
    for data in CASE_BUTTONS:
        await harness.press(user_id, chat_id, data)
    assert await case_state(harness.services) == before
    replies = harness.replies()
    for secret in SECRETS:
        assert secret not in replies
    answers = harness.request.sent("answerCallbackQuery")
    if chat_id != OTHER_GROUP:  # the guard drops foreign groups before any handler
        assert len(answers) == len(CASE_BUTTONS)
        assert all(answer.get("text") == "Tidak diizinkan." for answer in answers)


# Staff who may act, but not on this case: it is in Jawa Timur.
OUT_OF_SCOPE = [
    pytest.param(PROVINCE_OFFICER, STAFF_CHAT, id="ntb-officer-in-the-national-chat"),
    pytest.param(PROVINCE_OFFICER, PROVINCE_CHAT, id="ntb-officer-in-the-ntb-chat"),
    pytest.param(ADMIN, PROVINCE_CHAT, id="national-admin-in-the-ntb-chat"),
    pytest.param(OFFICER, PROVINCE_CHAT, id="national-officer-in-the-ntb-chat"),
]


async def province_attempts(harness: Harness, user_id: int, chat_id: int) -> int:
    attempts = 0
    for text in STAFF_COMMANDS:
        if not text.startswith("/staff"):  # officer management is not case data (tested above)
            await harness.command(user_id, chat_id, text)
            attempts += 1
    for body in ("Halo pelapor", "!catatan palsu"):
        await harness.command(user_id, chat_id, body, reply_to=77)
        attempts += 1
    for data in CASE_BUTTONS:
        await harness.press(user_id, chat_id, data)
        attempts += 1
    return attempts


@pytest.mark.parametrize(("user_id", "chat_id"), OUT_OF_SCOPE)
async def test_province_scope_reveals_and_changes_nothing_outside_it(
    harness: Harness, user_id: int, chat_id: int
) -> None:
    before = await case_state(harness.services)
    await province_attempts(harness, user_id, chat_id)
    assert await case_state(harness.services) == before
    replies = harness.replies()
    for secret in SECRETS:
        assert secret not in replies
    for document in harness.request.sent("sendDocument"):
        assert str(document.get("caption")).startswith("0 kasus ·")


async def test_province_officer_works_on_her_own_province(harness: Harness) -> None:
    """The control: her province's case is hers to see and act on, in either chat."""
    intake: IntakeService = harness.services.intake
    await walk_draft(intake, 7002, story="Cerita-NTB", province="Nusa Tenggara Barat", country="Malaysia")
    own = (await intake.file(7002, update_key=None, complainant_name="Wulan")).case
    assert own.province_code == "ID-NB"
    await harness.press(PROVINCE_OFFICER, PROVINCE_CHAT, f"case:v1:claim:{own.id}")
    await harness.command(PROVINCE_OFFICER, STAFF_CHAT, "/kasus semua")
    detail = await harness.services.cases.detail(ADMIN, own.id)
    assert detail.case.assigned_to == PROVINCE_OFFICER
    replies = harness.replies()
    assert own.ticket in replies
    assert "ADU-000001" not in replies


async def test_forged_button_is_refused_and_logged(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await harness.press(STRANGER, STAFF_CHAT, "case:v1:st:1:done")
    assert "refused" in caplog.text
    assert str(STRANGER) not in caplog.text  # no user ids in logs, not even a stranger's
    assert "Rahasia" not in caplog.text


async def test_staff_in_the_staff_chat_can_act(harness: Harness) -> None:
    """The control: the same commands and buttons do work for staff in the staff chat."""
    await harness.press(OFFICER, STAFF_CHAT, "case:v1:claim:1")
    await harness.command(OFFICER, STAFF_CHAT, "/kasus ADU-000001")
    await harness.command(ADMIN, STAFF_CHAT, f"/staff add {STRANGER}")
    detail = await harness.services.cases.detail(ADMIN, 1)
    assert detail.case.assigned_to == OFFICER
    assert "Rahasia-cerita-XYZ" in harness.replies()
    assert await harness.services.staff_directory.role_of(STRANGER) == "officer"


async def test_an_officer_cannot_manage_staff(harness: Harness) -> None:
    await harness.command(OFFICER, STAFF_CHAT, f"/staff add {STRANGER}")
    await harness.command(OFFICER, STAFF_CHAT, f"/staff remove {ADMIN}")
    assert await harness.services.staff_directory.role_of(STRANGER) is None
    assert "Hanya admin" in harness.replies()


async def test_a_complainant_cannot_reach_someone_elses_case(harness: Harness) -> None:
    """Forged `report:v1:msg:<id>` for another user's case: told it is stale, nothing is revealed or set."""
    await harness.press(STRANGER, STRANGER, "report:v1:msg:1")
    await harness.command(STRANGER, STRANGER, "/status")
    assert await harness.services.cases.pending_reply_case(STRANGER) is None
    replies = harness.replies()
    for secret in SECRETS:
        assert secret not in replies
    await harness.command(STRANGER, STRANGER, "apa kabar", reply_to=77)
    assert len((await harness.services.cases.detail(ADMIN, 1)).messages) == 0


async def test_access_summary(harness: Harness) -> None:
    """Every attempt of the access bar in one run, with the figure for the closing note."""
    before = await case_state(harness.services)
    attempts = 0
    for param in WHO_WHERE:
        user_id, chat_id = param.values
        assert isinstance(user_id, int)
        assert isinstance(chat_id, int)
        for text in STAFF_COMMANDS:
            await harness.command(user_id, chat_id, text)
            attempts += 1
        for body in ("Halo pelapor", "!catatan palsu"):
            await harness.command(user_id, chat_id, body, reply_to=77)
            attempts += 1
        for data in CASE_BUTTONS:
            await harness.press(user_id, chat_id, data)
            attempts += 1
    for param in OUT_OF_SCOPE:
        user_id, chat_id = param.values
        assert isinstance(user_id, int)
        assert isinstance(chat_id, int)
        attempts += await province_attempts(harness, user_id, chat_id)
    replies = harness.replies()
    revealed = sum(replies.count(secret) for secret in SECRETS)
    changed = int(await case_state(harness.services) != before)
    print(
        f"\naccess: {attempts} attempts by non-staff, outside staff chats or outside the province, "
        f"{revealed} revealed, {changed} changed"
    )
    assert revealed == 0
    assert changed == 0
