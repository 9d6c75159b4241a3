"""The complainant's side: messages about an open case, the "message the officer" button, photos sent
later, closed cases, /status, and Telegram delivering the same update twice."""

from __future__ import annotations

from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.models.cases import CaseStatus
from tests.complaint_helpers import (
    ADMIN,
    OFFICER,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
    walk_to_phone,
)


async def test_message_officer_button_routes_the_next_message(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6001, "Sari")
    await file_report(standin, user)
    await next_message(standin, STAFF_CHAT)
    await standin.send_text(user, "/status")
    status = await next_message(standin, user.id)
    await standin.press_button(user, status, "report:v1:msg:1")
    assert "ADU-000001" in (await next_message(standin, user.id)).plain_text
    await standin.send_text(user, "Majikan mengancam saya lagi")  # triage may answer with help first
    await standin.wait_until(lambda: any("diteruskan" in m.plain_text for m in standin.bot_messages(user.id)))
    notice = await next_message(standin, STAFF_CHAT)
    assert "Majikan mengancam saya lagi" in notice.plain_text
    # Without the button or a reply, text goes to the FAQ as usual, not to the case.
    await standin.send_text(user, "apa itu P3MI")
    await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    services: Services = case_bot.bot_data["services"]
    messages = (await services.cases.detail(ADMIN, 1)).messages
    assert [m.text for m in messages] == ["Majikan mengancam saya lagi"]


async def test_a_photo_sent_later_joins_the_open_case(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6002, "Nur")
    await file_report(standin, user)
    await next_message(standin, STAFF_CHAT)
    await standin.send_photo(user, data=b"\x89PNG bukti", caption="bukti transfer")
    assert "diteruskan" in (await next_message(standin, user.id)).plain_text
    notice, photo = await standin.wait_for_bot_messages(STAFF_CHAT, 2, timeout=10)
    assert "bukti transfer" in notice.plain_text
    assert photo.kind == "photo"
    services: Services = case_bot.bot_data["services"]
    detail = await services.cases.detail(ADMIN, 1)
    assert len(detail.attachments) == 1


async def test_a_message_on_a_closed_case_still_reaches_staff(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    prepare_chats(standin)
    user = standin.private_user(6003, "Eka")
    await file_report(standin, user)
    card = await next_message(standin, STAFF_CHAT)
    services: Services = case_bot.bot_data["services"]
    await services.cases.set_status(OFFICER, 1, CaseStatus.REJECTED, reason="Bukan wewenang kami")
    received = next(m for m in standin.bot_messages(user.id) if "Laporan diterima" in m.plain_text)
    await standin.send_text(user, "halo?", reply_to=received)
    assert "sudah ditutup" in (await next_message(standin, user.id)).plain_text
    await standin.wait_until(
        lambda: any("halo?" in m.plain_text for m in standin.bot_messages(STAFF_CHAT)), timeout=10
    )
    assert card


async def test_a_redelivered_confirmation_files_one_case(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6004, "Ika")
    await file_report(standin, user)
    summary = next(m for m in reversed(standin.bot_messages(user.id)) if "Kirim laporan ini?" in m.plain_text)
    await standin.press_button(user, summary, "report:v1:confirm", check_present=False)
    again = await next_message(standin, user.id)
    assert "sudah kami terima" in again.plain_text
    assert "ADU-000001" in again.plain_text
    services: Services = case_bot.bot_data["services"]
    assert len(await services.cases.cases_of(user.id)) == 1
    assert OFFICER


async def test_cancel_at_any_step_drops_the_draft(standin: BotApiStandIn, case_bot: BotApplication) -> None:
    user = standin.private_user(6005, "Lia")
    await standin.send_text(user, "/lapor")
    consent = await next_message(standin, user.id)
    await standin.press_button(user, consent, "report:v1:consent:yes")
    await next_message(standin, user.id)
    await standin.send_text(user, "/batal")
    await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    services: Services = case_bot.bot_data["services"]
    assert await services.intake.current(user.id) is None
    await standin.send_text(user, "/lapor")
    assert "Sebelum mulai" in (await next_message(standin, user.id)).plain_text


async def test_cancel_at_the_phone_step_removes_the_share_contact_keyboard(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6010, "Rina")
    phone_question = await walk_to_phone(standin, user)
    assert phone_question.reply_keyboard is not None
    await standin.send_text(user, "/batal")
    cancelled, menu = await standin.wait_for_bot_messages(user.id, 2, timeout=10)
    assert cancelled.plain_text.startswith("Dibatalkan")
    assert cancelled.remove_keyboard
    assert "report:v1:start" in menu.callback_data  # the way forward: the main menu
    assert await case_bot.bot_data["services"].intake.current(user.id) is None
    await standin.send_text(user, "/batal")  # nothing on screen any more: one reply, with the menu
    (again,) = await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    assert not again.remove_keyboard
    assert "report:v1:start" in again.callback_data


async def test_start_at_the_phone_step_also_removes_the_share_contact_keyboard(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6011, "Sari")
    await walk_to_phone(standin, user)
    await standin.send_text(user, "/start")
    greeting, menu = await standin.wait_for_bot_messages(user.id, 2, timeout=10)
    assert greeting.remove_keyboard
    assert "report:v1:start" in menu.callback_data


async def test_no_consent_stores_nothing(standin: BotApiStandIn, case_bot: BotApplication) -> None:
    user = standin.private_user(6006, "Ayu")
    await standin.send_text(user, "/lapor")
    await standin.press_button(user, await next_message(standin, user.id), "report:v1:consent:no")
    assert "tidak ada yang disimpan" in (await next_message(standin, user.id)).plain_text
    services: Services = case_bot.bot_data["services"]
    assert await services.intake.current(user.id) is None


async def test_the_menu_buttons_start_a_report_and_show_status(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6007, "Mia", "en")
    await standin.send_text(user, "/start")
    menu = await next_message(standin, user.id)
    await standin.press_button(user, menu, "report:v1:status")
    assert "no reports" in (await next_message(standin, user.id)).plain_text
    await standin.press_button(user, menu, "report:v1:start:urgent", check_present=False)  # emergency button
    consent = await next_message(standin, user.id)
    assert "Do you agree" in consent.plain_text
    services: Services = case_bot.bot_data["services"]
    draft = await services.intake.current(user.id)
    assert draft is not None
    assert draft.urgent


async def test_replying_to_the_officer_during_a_new_report_reaches_the_case(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    user = standin.private_user(6008, "Wati")
    await file_report(standin, user)
    card = await next_message(standin, STAFF_CHAT)
    await standin.send_text(officer, "Apakah paspor masih ditahan?", chat_id=STAFF_CHAT, reply_to=card)
    question = await next_message(standin, user.id)
    await next_message(standin, STAFF_CHAT)  # "sent" confirmation
    await standin.send_text(user, "/lapor")
    await next_message(standin, user.id)  # a new report starts at the consent question
    await standin.send_text(user, "Ya, masih", reply_to=question)
    assert "diteruskan" in (await next_message(standin, user.id)).plain_text
    services: Services = case_bot.bot_data["services"]
    messages = (await services.cases.detail(ADMIN, 1)).messages
    assert [m.text for m in messages] == ["Apakah paspor masih ditahan?", "Ya, masih"]
    draft = await services.intake.current(user.id)
    assert draft is not None
    assert draft.step.value == "consent"


async def test_a_long_message_reaches_the_staff_whole(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6009, "Panjang")
    await file_report(standin, user)
    await next_message(standin, STAFF_CHAT)
    long_text = ("Kronologi <lengkap> & rinci. " * 200)[:4000]
    await standin.send_text(user, "/status")
    status = await next_message(standin, user.id)
    await standin.press_button(user, status, "report:v1:msg:1")
    await next_message(standin, user.id)
    await standin.send_text(user, long_text)
    notices = await standin.wait_for_bot_messages(STAFF_CHAT, 2, timeout=10)
    shown = "".join(notice.plain_text.split("\n")[1] for notice in notices)
    assert shown == long_text
