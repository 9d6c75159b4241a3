"""A worker files a report through the real bot on the stand-in, and staff handle it in the staff chat."""

from __future__ import annotations

import re

from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn
from tests.complaint_helpers import (
    OFFICER,
    PROVINCE_CHAT,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
)

TICKET = re.compile(r"ADU-\d{6}")


async def test_report_gets_a_ticket_and_a_staff_card(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(2001, "Siti")
    received = await file_report(standin, user, phone="0812 3456 7890")
    ticket = TICKET.search(received)
    assert ticket is not None
    card = await next_message(standin, STAFF_CHAT)
    assert ticket.group() in card.plain_text
    assert "+6281234567890" in card.plain_text
    assert "case:v1:claim:1" in card.callback_data


async def test_province_chat_gets_its_cases(standin: BotApiStandIn, case_bot: BotApplication) -> None:
    user = standin.private_user(2002, "Rina")
    await file_report(standin, user, province="nusa tenggara barat")
    card = await next_message(standin, PROVINCE_CHAT)
    assert "ADU-000001" in card.plain_text
    assert standin.bot_messages(STAFF_CHAT) == []


async def test_staff_reply_reaches_the_complainant_and_back(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    user = standin.private_user(2003, "Dewi")
    await file_report(standin, user)
    card = await next_message(standin, STAFF_CHAT)
    await standin.press_button(officer, card, "🙋 Ambil")
    await standin.wait_until(lambda: "Diproses" in standin.bot_messages(STAFF_CHAT)[0].plain_text)
    status_push = await next_message(standin, user.id)
    assert "sedang ditangani" in status_push.plain_text
    await standin.send_text(officer, "Halo <b>Dewi</b>, kirim kontrak ya", chat_id=STAFF_CHAT, reply_to=card)
    relayed = await next_message(standin, user.id)
    assert "Halo <b>Dewi</b>, kirim kontrak ya" in relayed.plain_text
    confirmation = await next_message(standin, STAFF_CHAT)
    assert "Terkirim" in confirmation.plain_text
    await standin.send_text(user, "Baik pak, ini kontraknya", reply_to=relayed)
    ack = await next_message(standin, user.id)
    assert "diteruskan" in ack.plain_text
    notice = await next_message(standin, STAFF_CHAT)
    assert "Baik pak, ini kontraknya" in notice.plain_text
    await standin.send_text(officer, "!cek ke P3MI dulu", chat_id=STAFF_CHAT, reply_to=card)
    saved = await next_message(standin, STAFF_CHAT)
    assert "Catatan disimpan" in saved.plain_text
    assert all("cek ke P3MI" not in m.plain_text for m in standin.bot_messages(user.id))
    await standin.send_text(officer, "/kasus ADU-000001", chat_id=STAFF_CHAT)
    await standin.wait_until(
        lambda: any("Jejak kasus" in m.plain_text for m in standin.bot_messages(STAFF_CHAT))
    )
    trail = next(m for m in standin.bot_messages(STAFF_CHAT) if "Jejak kasus" in m.plain_text)
    assert "cek ke P3MI dulu" in trail.plain_text
    assert officer.id == OFFICER


async def test_blocked_complainant_marks_the_case_unreachable(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    user = standin.private_user(2004, "Ani")
    await file_report(standin, user)
    card = await next_message(standin, STAFF_CHAT)
    standin.block_bot(user.id)
    await standin.send_text(officer, "Halo", chat_id=STAFF_CHAT, reply_to=card)
    notice = await next_message(standin, STAFF_CHAT)
    assert "tidak dapat dihubungi" in notice.plain_text
    await standin.wait_until(
        lambda: "tidak dapat dihubungi" in standin.bot_messages(STAFF_CHAT)[0].plain_text
    )


async def test_status_and_erase(standin: BotApiStandIn, case_bot: BotApplication) -> None:
    _, officer = prepare_chats(standin)
    user = standin.private_user(2005, "Tini")
    await file_report(standin, user, story="Rahasia saya", agency="PT Calo Nakal, rek BRI 555")
    card = await next_message(standin, STAFF_CHAT)
    await standin.send_text(user, "/status")
    status = await next_message(standin, user.id)
    assert "ADU-000001" in status.plain_text
    await standin.press_button(officer, card, "⛔ Tolak")
    reasons = await next_message(standin, STAFF_CHAT)
    await standin.press_button(officer, reasons, reasons.callback_data[0])
    await next_message(standin, user.id)  # the decision, with its reason
    await standin.send_text(user, "/hapusdata")
    question = await next_message(standin, user.id)
    assert "data pelaku" in question.plain_text
    await standin.press_button(user, question, "report:v1:erase:yes")
    erased = await next_message(standin, user.id)
    assert "1" in erased.plain_text
    await standin.send_text(user, "/status")
    assert "belum punya laporan" in (await next_message(standin, user.id)).plain_text
    card_now = standin.bot_messages(STAFF_CHAT)[0]
    assert "Rahasia saya" not in card_now.plain_text
    assert "Tini" not in card_now.plain_text
    assert "Data pribadi dihapus" in card_now.plain_text
    assert "PT Calo Nakal, rek BRI 555" in card_now.plain_text  # the evidence staff need stays


async def test_typed_answers_where_buttons_are_expected(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    """Text instead of a button re-asks kindly; "selesai" finishes the attachments step."""
    user = standin.private_user(2006, "Uli")
    await standin.send_text(user, "/lapor")
    await next_message(standin, user.id)
    await standin.send_text(user, "iya setuju")
    assert "pilih salah satu tombol" in (await next_message(standin, user.id)).plain_text
    consent = await next_message(standin, user.id)
    await standin.press_button(user, consent, "report:v1:consent:yes")
    await standin.press_button(user, await next_message(standin, user.id), "report:v1:rep:worker")
    await standin.press_button(user, await next_message(standin, user.id), "report:v1:cat:contract")
    country = await next_message(standin, user.id)
    await standin.press_button(user, country, "Hong Kong")
    for answer in ("/lewati", "/lewati", "Kontrak diganti setelah sampai"):
        await next_message(standin, user.id)
        await standin.send_text(user, answer)
    assert "Tersimpan (1 pesan" in (await next_message(standin, user.id)).plain_text
    await standin.send_text(user, "Selesai")  # "selesai" finishes the story, then the attachments step
    await next_message(standin, user.id)  # the attachments question
    await standin.send_text(user, "Selesai")
    assert "Nomor HP" in (await next_message(standin, user.id)).plain_text
    stale = await standin.press_button(user, consent, "report:v1:consent:yes", check_present=False)
    await standin.wait_for_callback_answer(stale)
    assert "tidak berlaku" in (await next_message(standin, user.id)).plain_text


async def test_an_agency_check_during_a_report_gets_its_text_and_the_report_resumes(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(2007, "Rani")
    await standin.send_text(user, "/lapor")
    await standin.press_button(user, await next_message(standin, user.id), "report:v1:consent:yes")
    await standin.press_button(user, await next_message(standin, user.id), "report:v1:rep:worker")
    await standin.press_button(user, await next_message(standin, user.id), "report:v1:cat:fees_fraud")
    await next_message(standin, user.id)  # country question
    await standin.send_text(user, "/cekp3mi")
    await next_message(standin, user.id)  # the agency check asks for a name
    await standin.send_text(user, "PT Maju Jaya")
    await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    services: Services = case_bot.bot_data["services"]
    draft = await services.intake.current(user.id)
    assert draft is not None
    assert draft.step.value == "country"  # the name went to the agency check, not into the report
    await standin.send_text(user, "/lapor")
    resumed = await standin.wait_for_bot_messages(user.id, 2, timeout=10)
    assert "Melanjutkan" in resumed[0].plain_text
    await standin.send_text(user, "Malaysia")
    assert "provinsi" in (await next_message(standin, user.id)).plain_text
