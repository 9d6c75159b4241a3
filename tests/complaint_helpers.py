# The helpers take `timeout=` like the stand-in's wait_* helpers.
# ruff: noqa: ASYNC109
"""Helpers for the complaint tests: a config with a staff chat and staff, and a user filing a report
through the real bot on the Bot API stand-in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import AppConfig, ComplaintSettings, StaffMember, StaffSettings
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from tests.bot_fixtures import make_config

STAFF_CHAT = -1001000000555
PROVINCE_CHAT = -1001000000777
OTHER_GROUP = -1001000000999
ADMIN = 9001
OFFICER = 9002
PROVINCE_OFFICER = 9010  # sees Nusa Tenggara Barat (ID-NB) only


def complaint_config(tmp_path: Path, **complaints: Any) -> AppConfig:
    config = make_config(tmp_path)
    staff = StaffSettings(
        chat_id=STAFF_CHAT,
        province_chats={"Nusa Tenggara Barat": PROVINCE_CHAT},
        members=(
            StaffMember(user_id=ADMIN, role="admin"),
            StaffMember(user_id=OFFICER, role="officer"),
            StaffMember(user_id=PROVINCE_OFFICER, role="officer", name="Nia", province="ID-NB"),
        ),
    )
    settings = ComplaintSettings(attachments_dir=tmp_path / "attachments", **complaints)
    return config.model_copy(update={"staff": staff, "complaints": settings})


def prepare_chats(api: BotApiStandIn) -> tuple[StandInUser, StandInUser]:
    api.group_chat(STAFF_CHAT, "Petugas BP3MI")
    api.group_chat(PROVINCE_CHAT, "Petugas NTB")
    api.group_chat(OTHER_GROUP, "Grup lain")
    admin = api.private_user(ADMIN, "Admin", "id")
    officer = api.private_user(OFFICER, "Petugas", "id")
    return admin, officer


async def replies_to(api: BotApiStandIn, user: StandInUser, text: str) -> list[SentMessage]:
    """Everything the bot says to `text`, up to its greeting for a sentinel "halo" sent after it."""
    await api.send_text(user, text)
    await api.send_text(user, "halo")
    replies: list[SentMessage] = []
    while True:
        (message,) = await api.wait_for_bot_messages(user.id, 1)
        if message.plain_text.startswith(("Halo!", "Hello!")):
            return replies
        replies.append(message)


async def next_message(api: BotApiStandIn, chat_id: int, timeout: float = 10.0) -> SentMessage:
    (message,) = await api.wait_for_bot_messages(chat_id, 1, timeout)
    return message


async def next_question(api: BotApiStandIn, chat_id: int, marker: str, timeout: float = 10.0) -> SentMessage:
    """The next bot message whose text or button data contains `marker`, skipping others (such as the
    emergency contacts triage sends first when a story sounds dangerous)."""
    while True:
        message = await next_message(api, chat_id, timeout)
        if marker in message.plain_text or any(marker in data for data in message.callback_data):
            return message


async def confirm_place(
    api: BotApiStandIn, user: StandInUser, step: str, next_marker: str, timeout: float = 10.0
) -> SentMessage:
    """After a typed place: say "Ya" when the bot asks "did you mean ...?"; return the next question."""
    while True:
        message = await next_message(api, user.id, timeout)
        if f"report:v1:place:{step}:y" in message.callback_data:
            await api.press_button(user, message, f"report:v1:place:{step}:y")
        elif next_marker in message.plain_text:
            return message


async def file_report(
    api: BotApiStandIn,
    user: StandInUser,
    *,
    phone: str | None = None,
    timeout: float = 10.0,
    **answers: str | None,
) -> str:
    """Walk the intake with buttons and texts (`answers` as for `walk_to_phone`); return the bot's
    "received" message text."""
    chat = user.id
    await walk_to_phone(api, user, timeout=timeout, **answers)  # type: ignore[arg-type]
    await api.send_text(user, phone if phone is not None else "/lewati")
    summary = await next_question(api, chat, "report:v1:confirm", timeout)
    await api.press_button(user, summary, "report:v1:confirm")
    received = await next_question(api, chat, "Laporan diterima", timeout)
    return received.plain_text


async def walk_to_phone(
    api: BotApiStandIn,
    user: StandInUser,
    *,
    story: str = "Gaji saya belum dibayar 3 bulan oleh majikan.",
    category: str = "unpaid_wages",
    country: str = "Malaysia",
    province: str | None = "Jawa Timur",
    agency: str | None = "PT Maju Jaya",
    timeout: float = 10.0,
) -> SentMessage:
    """Answer the intake up to the phone question (which shows the share-contact keyboard); return it."""
    chat = user.id
    await api.send_text(user, "/lapor")
    await answer_first_questions(api, user, category=category, timeout=timeout)
    await next_question(api, chat, "report:v1:country:", timeout)
    await api.send_text(user, country)
    await confirm_place(api, user, "country", "provinsi", timeout)
    await api.send_text(user, province if province is not None else "/lewati")
    await confirm_place(api, user, "province", "agensi", timeout)
    await api.send_text(user, agency if agency is not None else "/lewati")
    await next_question(api, chat, "Ceritakan", timeout)
    await api.send_text(user, story)
    saved = await next_question(api, chat, "report:v1:done:story", timeout)
    await api.press_button(user, saved, "report:v1:done:story")
    await next_question(api, chat, "report:v1:att:done", timeout)
    await api.send_text(user, "/lewati")
    return await next_question(api, chat, "Nomor HP", timeout)


async def answer_first_questions(
    api: BotApiStandIn,
    user: StandInUser,
    *,
    reporter: str = "worker",
    category: str = "unpaid_wages",
    timeout: float = 10.0,
) -> None:
    """Consent, who reports and what happened, with their buttons, once the report has begun (/lapor, or
    the report button under the emergency reply)."""
    question = await next_question(api, user.id, "report:v1:consent:yes", timeout)
    await api.press_button(user, question, "report:v1:consent:yes")
    question = await next_question(api, user.id, "report:v1:rep:", timeout)
    await api.press_button(user, question, f"report:v1:rep:{reporter}")
    question = await next_question(api, user.id, "report:v1:cat:", timeout)
    await api.press_button(user, question, f"report:v1:cat:{category}")


async def talk_to_an_officer(api: BotApiStandIn, user: StandInUser, timeout: float = 10.0) -> SentMessage:
    """Press "talk to an officer" under the emergency lines; return the bot's invitation to write."""
    lines = await next_question(api, user.id, "report:v1:talk", timeout)
    await api.press_button(user, lines, "report:v1:talk")
    return await next_question(api, user.id, "Tulis saja", timeout)
