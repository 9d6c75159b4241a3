# The helpers take `timeout=` like the stand-in's wait_* helpers.
"""What an officer and a mother still found in the staff flow, end to end on the stand-in: a reply makes
the officer the case's owner, "Tunggu pelapor" from the card asks and waits, a referral names the mission
and its number, places read as matched, /export takes the bot's own date format, /statistik has provinces
and response times, a worker with several cases is asked which one, and her reopening reaches staff."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bot.config import AppConfig
from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from storage.base import utcnow
from storage.models.cases import Case
from storage.services.uow import write_transaction
from tests.complaint_helpers import (
    STAFF_CHAT,
    next_message,
    prepare_chats,
)
from tests.staff_helpers import card_now, filed_with_card, named_staff_config, wait_for


@pytest.fixture
def case_config(tmp_path: Path, complaint_settings: dict[str, Any]) -> AppConfig:
    return named_staff_config(tmp_path, complaint_settings)


@pytest.fixture
def officer(standin: BotApiStandIn) -> StandInUser:
    return prepare_chats(standin)[1]


async def staff_says(api: BotApiStandIn, who: StandInUser, text: str) -> SentMessage:
    api.mark_read(STAFF_CHAT)
    await api.send_text(who, text, chat_id=STAFF_CHAT)
    return await next_message(api, STAFF_CHAT)


async def test_a_reply_to_an_unclaimed_case_makes_the_officer_its_owner(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4201, "Wati")
    card = await filed_with_card(standin, worker)
    assert "Petugas: belum ada" in card.plain_text
    standin.mark_read(worker.id)
    await standin.send_text(officer, "Bu, kami sudah terima laporannya.", chat_id=STAFF_CHAT, reply_to=card)
    assert "kami sudah terima" in (await next_message(standin, worker.id)).plain_text
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, card))
    free = await staff_says(standin, officer, "/kasus bebas")
    assert "Tidak ada kasus" in free.plain_text
    mine = await staff_says(standin, officer, "/kasus saya")
    assert "ADU-000001" in mine.plain_text


async def test_a_referral_offers_the_destinations_mission_and_tells_the_worker_its_number(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4203, "Eka")
    card = await filed_with_card(standin, worker, country="Taiwan", category="contract")
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, "↪️ Rujuk")
    agencies = await wait_for(standin, STAFF_CHAT, lambda m: "ke instansi mana" in m.plain_text)
    assert agencies.button_texts[0] == "KDEI Taipei"  # the mission of the case's country comes first
    assert "Kepolisian (Polri)" in agencies.button_texts
    await standin.press_button(officer, agencies, "KDEI Taipei")
    reasons = await wait_for(standin, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    await standin.press_button(officer, reasons, reasons.callback_data[2])
    push = await next_message(standin, worker.id)
    assert "kami teruskan ke KDEI Taipei" in push.plain_text
    assert "+886 901 132 000" in push.plain_text
    assert "sebutkan nomor tiket ADU-000001" in push.plain_text
    # Whoever decides on an unclaimed case is named on its card.
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, card))


async def test_a_referral_to_a_configured_agency_gives_its_number(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4204, "Dimas")
    card = await filed_with_card(standin, worker, category="trafficking", country="Kamboja")
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, "↪️ Rujuk")
    agencies = await wait_for(standin, STAFF_CHAT, lambda m: "ke instansi mana" in m.plain_text)
    await standin.press_button(officer, agencies, "Kepolisian (Polri)")
    reasons = await wait_for(standin, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    await standin.press_button(officer, reasons, reasons.callback_data[1])
    push = await next_message(standin, worker.id)
    polri = case_bot.bot_data["services"].config.hotlines.police
    assert f"Kepolisian (Polri): {polri}" in push.plain_text


async def test_lists_and_cards_show_the_matched_place_and_what_was_typed_where_it_differs(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    card = await filed_with_card(
        standin, standin.private_user(4205, "Wati"), country="malaysa", province="jatim, kab. blitar"
    )
    assert "Negara: Malaysia (MY) (ditulis: malaysa)" in card.plain_text
    assert "Provinsi asal: Jawa Timur (ID-JI) (ditulis: jatim, kab. blitar)" in card.plain_text
    await filed_with_card(standin, standin.private_user(4206, "Ani"), country="Malaysia")
    queue = (await staff_says(standin, officer, "/kasus")).plain_text
    assert "Malaysia (ditulis: malaysa)" in queue
    assert "Malaysia (ditulis: Malaysia)" not in queue  # the same spelling is not repeated
    assert queue.count("Malaysia") == 2


@pytest.mark.parametrize(
    ("arguments", "period"),
    [
        ("01-12-2026 31-12-2026", "01-12-2026 s.d. 31-12-2026"),
        ("01/12/2026 31/12/2026", "01-12-2026 s.d. 31-12-2026"),
        ("2026-12-01 2026-12-31", "01-12-2026 s.d. 31-12-2026"),
        ("06-12-2026 01-12-2026", "01-12-2026 s.d. 06-12-2026"),
        ("01/12/2026 sampai 06/12/2026", "01-12-2026 s.d. 06-12-2026"),
    ],
)
async def test_export_takes_the_date_format_the_bot_prints(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser, arguments: str, period: str
) -> None:
    document = await staff_says(standin, officer, f"/export {arguments}")
    assert document.plain_text == f"0 kasus · {period}"


@pytest.mark.parametrize("arguments", ["1 Desember", "01-12-2026 02-12-2026 03-12-2026"])
async def test_export_explains_a_date_it_cannot_read(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser, arguments: str
) -> None:
    answer = await staff_says(standin, officer, f"/export {arguments}")
    assert "Contoh: /export 01-12-2026 31-12-2026" in answer.plain_text


@pytest.mark.parametrize(
    ("arguments", "wrong"), [("31-11-2026 06-12-2026", "31-11-2026"), ("01-02-2026 31-02-2026", "31-02-2026")]
)
async def test_export_names_a_day_that_does_not_exist(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser, arguments: str, wrong: str
) -> None:
    answer = await staff_says(standin, officer, f"/export {arguments}")
    assert f"Tanggal {wrong} tidak ada di kalender" in answer.plain_text


async def test_waiting_from_the_card_takes_a_reply_to_the_card_as_the_question(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4207, "Dimas")
    card = await filed_with_card(standin, worker)
    await standin.press_button(officer, card, "🙋 Ambil")
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, card))
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, "⏳ Tunggu pelapor")
    prompt = await wait_for(standin, STAFF_CHAT, lambda m: "Tunggu pelapor ADU-000001" in m.plain_text)
    # On a phone she replies to the card, not to the prompt.
    await standin.send_text(officer, "Transfernya tanggal berapa?", chat_id=STAFF_CHAT, reply_to=card)
    question = await next_message(standin, worker.id)
    assert "Petugas bertanya" in question.plain_text
    assert "Transfernya tanggal berapa?" in question.plain_text
    await standin.wait_until(lambda: "Menunggu pelapor" in card_now(standin, card))
    await wait_for(standin, STAFF_CHAT, lambda m: "Dikirim sebagai pertanyaan" in m.plain_text)
    assert not next(m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == prompt.message_id).buttons
    waiting = await staff_says(standin, officer, "/kasus tunggu")
    assert "ADU-000001" in waiting.plain_text
    # Her answer moves the case back; the next reply to the card is an ordinary message again.
    await standin.send_text(worker, "Tanggal 20 November", reply_to=question)
    await standin.wait_until(lambda: "Diproses" in card_now(standin, card))
    standin.mark_read(worker.id)
    await standin.send_text(officer, "Terima kasih, kami cek.", chat_id=STAFF_CHAT, reply_to=card)
    reply = await next_message(standin, worker.id)
    assert "Petugas (ADU-000001)" in reply.plain_text
    assert "Diproses" in card_now(standin, card)


async def test_waiting_with_a_saved_question(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4208, "Rina")
    card = await filed_with_card(standin, worker)
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, "⏳ Tunggu pelapor")
    prompt = await wait_for(standin, STAFF_CHAT, lambda m: "Tunggu pelapor ADU-000001" in m.plain_text)
    await standin.press_button(officer, prompt, "2. Minta dokumen")
    question = await next_message(standin, worker.id)
    assert "Petugas bertanya" in question.plain_text
    assert "foto paspor, kontrak kerja" in question.plain_text
    await standin.wait_until(lambda: "Menunggu pelapor" in card_now(standin, card))
    assert "Petugas: Ratna" in card_now(standin, card)  # asking her is handling the case


async def test_a_cancelled_waiting_prompt_leaves_replies_to_the_card_as_messages(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4209, "Nur")
    card = await filed_with_card(standin, worker)
    await standin.press_button(officer, card, "⏳ Tunggu pelapor")
    prompt = await wait_for(standin, STAFF_CHAT, lambda m: "Tunggu pelapor ADU-000001" in m.plain_text)
    await standin.press_button(officer, prompt, "Batal")
    await standin.wait_until(
        lambda: (
            "Dibatalkan"
            in next(
                m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == prompt.message_id
            ).plain_text
        )
    )
    standin.mark_read(worker.id)
    await standin.send_text(officer, "Kami sedang cek.", chat_id=STAFF_CHAT, reply_to=card)
    assert "Petugas (ADU-000001)" in (await next_message(standin, worker.id)).plain_text
    await standin.wait_until(lambda: "Diproses" in card_now(standin, card))


async def backdate(app: BotApplication, case_id: int, hours: float) -> None:
    """The case came in `hours` ago (its staff messages and closure keep their real times)."""
    services: Services = app.bot_data["services"]
    async with write_transaction(services.database) as session:
        await session.execute(
            update(Case).where(Case.id == case_id).values(created_at=utcnow() - timedelta(hours=hours))
        )


async def test_statistics_show_provinces_and_response_times_like_the_console(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    east = await filed_with_card(standin, standin.private_user(4210, "Wati"), province="Jawa Timur")
    west = await filed_with_card(standin, standin.private_user(4211, "Ani"), province="Jawa Barat")
    await filed_with_card(standin, standin.private_user(4212, "Sri"), province="jatim")
    await standin.send_text(officer, "Kami terima.", chat_id=STAFF_CHAT, reply_to=east)
    await standin.send_text(officer, "Kami terima juga.", chat_id=STAFF_CHAT, reply_to=west)
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, west))
    await standin.press_button(officer, west, "✅ Selesai")
    reasons = await wait_for(standin, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    await standin.press_button(officer, reasons, reasons.callback_data[0])
    await standin.wait_until(lambda: "Selesai" in card_now(standin, west))
    await backdate(case_bot, 1, hours=5)
    await backdate(case_bot, 2, hours=72)
    standin.mark_read(STAFF_CHAT)
    await standin.send_text(officer, "/statistik", chat_id=STAFF_CHAT)
    counts, times = (m.plain_text for m in await standin.wait_for_bot_messages(STAFF_CHAT, 2, timeout=10))
    assert "Provinsi asal\n• Jawa Timur: 2\n• Jawa Barat: 1" in counts
    assert "Waktu tanggapan (90 hari terakhir, median · p90)" in times
    # First responses after 5 hours and after 3 days; the third case has none yet.
    assert "• Semua (3): respons pertama 38,5 j · 3,0 hari" in times
    assert "• Jawa Timur (2): respons pertama 5,0 j · 5,0 j" in times
    assert "; selesai 3,0 hari · 3,0 hari" in times  # Jawa Barat, closed 3 days after it came in
    assert "• Jawa Barat (1): respons pertama 3,0 hari · 3,0 hari" in times


async def test_waiting_for_documents_opens_a_prompt_titled_after_it(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4211, "Sari")
    card = await filed_with_card(standin, worker)
    await standin.press_button(officer, card, "🙋 Ambil")
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, card))
    await standin.press_button(officer, card, "📄 Tunggu dokumen")
    prompt = await wait_for(
        standin, STAFF_CHAT, lambda m: "ADU-000001:" in m.plain_text and "pertanyaan" in m.plain_text
    )
    assert "📄 Tunggu dokumen ADU-000001" in prompt.plain_text
    assert "Tunggu pelapor" not in prompt.plain_text


async def refer_by_typing(api: BotApiStandIn, officer: StandInUser, card: SentMessage, typed: str) -> None:
    await api.press_button(officer, card, "↪️ Rujuk")
    agencies = await wait_for(api, STAFF_CHAT, lambda m: "ke instansi mana" in m.plain_text)
    await api.send_text(officer, typed, chat_id=STAFF_CHAT, reply_to=agencies)
    reasons = await wait_for(api, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    await api.press_button(officer, reasons, reasons.callback_data[0])


async def test_a_typed_agency_spelled_loosely_gets_its_number(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4212, "Eka")
    card = await filed_with_card(standin, worker, country="Taiwan", category="contract")
    standin.mark_read(worker.id)
    await refer_by_typing(standin, officer, card, "kdei taipe")
    push = await next_message(standin, worker.id)
    assert "📞 KDEI Taipei: +886 901 132 000" in push.plain_text


async def test_a_typed_agency_without_a_number_says_so_and_names_who_to_call(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4213, "Wati")
    card = await filed_with_card(standin, worker, country="Malaysia")
    standin.mark_read(worker.id)
    await refer_by_typing(standin, officer, card, "Disnaker Sarawak")
    push = await next_message(standin, worker.id)
    hotlines = case_bot.bot_data["services"].config.hotlines
    assert "kami teruskan ke Disnaker Sarawak" in push.plain_text
    assert "Nomor Disnaker Sarawak belum ada pada kami" in push.plain_text
    assert "KBRI Kuala Lumpur: +60 17-668 8032" in push.plain_text
    assert hotlines.kemlu in push.plain_text
    assert hotlines.kp2mi in push.plain_text


async def test_a_referred_urgent_case_stays_in_the_urgent_list_until_staff_lower_it(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4214, "Wati")
    card = await filed_with_card(standin, worker, country="Malaysia")
    await standin.press_button(officer, card, "🔺 Jadikan urgen")
    await standin.wait_until(lambda: "URGEN" in card_now(standin, card))
    await refer_by_typing(standin, officer, card, "KJRI Kuching")
    await standin.wait_until(lambda: "Dirujuk" in card_now(standin, card))
    assert "ADU-000001" in (await staff_says(standin, officer, "/kasus urgen")).plain_text
    assert "ADU-000001" not in (await staff_says(standin, officer, "/kasus")).plain_text
    assert "urgen terbuka: 1" in (await staff_says(standin, officer, "/statistik")).plain_text
    await standin.press_button(officer, card, "🔻 Jadikan normal")
    await standin.wait_until(lambda: "URGEN" not in card_now(standin, card))
    assert "Tidak ada kasus" in (await staff_says(standin, officer, "/kasus urgen")).plain_text
    assert "urgen terbuka: 0" in (await staff_says(standin, officer, "/statistik")).plain_text


@pytest.mark.parametrize(
    ("button", "said"), [("⛔ Tolak", "tidak dapat kami tindak lanjuti"), ("✅ Selesai", "selesai")]
)
async def test_closing_an_urgent_case_asks_first_and_gives_her_local_emergency_numbers(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser, button: str, said: str
) -> None:
    worker = standin.private_user(4215, "Wati")
    card = await filed_with_card(standin, worker, country="Malaysia")
    await standin.press_button(officer, card, "🙋 Ambil")
    await standin.press_button(officer, card, "🔺 Jadikan urgen")
    await standin.wait_until(
        lambda: "URGEN" in card_now(standin, card) and "Petugas: Ratna" in card_now(standin, card)
    )
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, button)
    sure = await wait_for(standin, STAFF_CHAT, lambda m: "Kasus ini ditandai URGEN. Yakin?" in m.plain_text)
    assert not any("Pilih alasan" in m.plain_text for m in standin.bot_messages(STAFF_CHAT))
    await standin.press_button(officer, sure, "Ya, lanjutkan")
    reasons = await wait_for(standin, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    await standin.press_button(officer, reasons, reasons.callback_data[0])
    push = await next_message(standin, worker.id)
    assert said in push.plain_text
    assert "Jika Anda dalam bahaya di Malaysia, telepon:" in push.plain_text
    assert "Polisi: 999" in push.plain_text
    assert "KBRI Kuala Lumpur: +60 17-668 8032" in push.plain_text


async def test_closing_a_normal_case_asks_no_confirmation(
    standin: BotApiStandIn, case_bot: BotApplication, officer: StandInUser
) -> None:
    worker = standin.private_user(4216, "Eka")
    card = await filed_with_card(standin, worker, country="Malaysia")
    await standin.press_button(officer, card, "⛔ Tolak")
    await wait_for(standin, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    assert not any("Yakin?" in m.plain_text for m in standin.bot_messages(STAFF_CHAT))
