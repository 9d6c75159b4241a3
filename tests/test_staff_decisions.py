# The helpers take `timeout=` like the stand-in's wait_* helpers.
"""Staff decisions that explain themselves, end to end on the stand-in: reasons, the agency of a referral,
the question of "waiting for the complainant" and her answer moving the case back, take-overs asked first,
saved replies, names instead of ids, the office's time zone, and lists that say how many and page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config import AppConfig, StaffMember
from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn, StandInUser
from storage.models.cases import CasePriority
from tests.complaint_helpers import (
    ADMIN,
    OFFICER,
    PROVINCE_OFFICER,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
)
from tests.staff_helpers import card_now, filed_with_card, named_staff_config, wait_for
from tests.storage_fixtures import walk_draft

SECOND_OFFICER = 9003


@pytest.fixture
def case_config(tmp_path: Path, complaint_settings: dict[str, Any]) -> AppConfig:
    return named_staff_config(
        tmp_path, complaint_settings, StaffMember(user_id=SECOND_OFFICER, role="officer", name="Sari")
    )


@pytest.fixture
def officers(standin: BotApiStandIn) -> tuple[StandInUser, StandInUser]:
    _, officer = prepare_chats(standin)
    return officer, standin.private_user(SECOND_OFFICER, "Sari", "id")


async def test_waiting_asks_the_question_and_her_answer_moves_the_case_back(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    worker = standin.private_user(4101, "Wati")
    card = await filed_with_card(standin, worker)
    standin.mark_read(worker.id)
    told = len(standin.bot_messages(worker.id))
    await standin.press_button(officer, card, "⏳ Tunggu pelapor")
    prompt = await wait_for(standin, STAFF_CHAT, lambda m: "tulis pertanyaan" in m.plain_text)
    assert len(standin.bot_messages(worker.id)) == told  # nothing is said to her before anyone asked
    await standin.send_text(officer, "Kapan terakhir Anda digaji?", chat_id=STAFF_CHAT, reply_to=prompt)
    question = await next_message(standin, worker.id)
    assert "Petugas bertanya" in question.plain_text
    assert "Kapan terakhir Anda digaji?" in question.plain_text
    assert any("Pesan ke petugas" in text for text in question.button_texts)
    await standin.wait_until(lambda: "Menunggu pelapor" in card_now(standin, card))
    await standin.send_text(worker, "Bulan Agustus", reply_to=question)
    assert "diteruskan" in (await next_message(standin, worker.id)).plain_text
    relay = await wait_for(standin, STAFF_CHAT, lambda m: "Bulan Agustus" in m.plain_text)
    assert "status kembali diproses" in relay.plain_text
    await standin.wait_until(lambda: "Diproses" in card_now(standin, card))
    await standin.send_text(worker, "/status")
    status = (await next_message(standin, worker.id)).plain_text
    assert "Sedang ditangani" in status
    assert "menunggu petugas" not in status.lower()
    assert "Balasan petugas terakhir" in status


async def test_a_staff_reply_means_status_no_longer_says_waiting_for_an_officer(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    worker = standin.private_user(4102, "Yuni")
    card = await filed_with_card(standin, worker)
    standin.mark_read(worker.id)
    await standin.send_text(officer, "Kami sedang cek ke agensi.", chat_id=STAFF_CHAT, reply_to=card)
    assert "Kami sedang cek" in (await next_message(standin, worker.id)).plain_text
    await standin.send_text(worker, "/status")
    status = (await next_message(standin, worker.id)).plain_text
    assert "menunggu petugas" not in status.lower()
    assert "Sedang ditangani" in status


async def test_a_referral_asks_agency_and_reason_and_the_worker_can_still_write(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    worker = standin.private_user(4103, "Eka")
    card = await filed_with_card(standin, worker)
    standin.mark_read(worker.id)
    told = len(standin.bot_messages(worker.id))
    await standin.press_button(officer, card, "↪️ Rujuk")
    agencies = await wait_for(standin, STAFF_CHAT, lambda m: "ke instansi mana" in m.plain_text)
    assert len(standin.bot_messages(worker.id)) == told  # one tap decides nothing
    await standin.press_button(officer, agencies, "Kepolisian (Polri)")
    reasons = await wait_for(standin, STAFF_CHAT, lambda m: "Pilih alasan" in m.plain_text)
    assert "Kepolisian (Polri)" in reasons.plain_text
    await standin.press_button(officer, reasons, reasons.callback_data[1])
    push = await next_message(standin, worker.id)
    assert "Kepolisian (Polri)" in push.plain_text
    assert "Ada dugaan tindak pidana" in push.plain_text  # the second saved reason
    assert "tombol di bawah" in push.plain_text  # what she can do next
    notice = await wait_for(standin, STAFF_CHAT, lambda m: "→ dirujuk" in m.plain_text)
    assert "Ratna" in notice.plain_text
    assert "Instansi: Kepolisian (Polri)" in notice.plain_text
    # The prompt cannot act twice.
    assert card_now(standin, card)
    assert not next(m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == reasons.message_id).buttons
    # She keeps a way to write to staff on the closed case, and staff hear it.
    await standin.press_button(worker, push, push.callback_data[0])
    assert "Tulis pesan Anda" in (await next_message(standin, worker.id)).plain_text
    await standin.send_text(worker, "Belum ada kabar dari sana")
    assert "sudah ditutup" in (await next_message(standin, worker.id)).plain_text
    relay = await wait_for(standin, STAFF_CHAT, lambda m: "Belum ada kabar dari sana" in m.plain_text)
    assert "(sudah ditutup)" in relay.plain_text
    # /status says again why, and where the case went with the agency's number.
    standin.mark_read(worker.id)
    await standin.send_text(worker, "/status")
    status = (await wait_for(standin, worker.id, lambda m: "Terakhir diperbarui" in m.plain_text)).plain_text
    assert "Alasan: Ada dugaan tindak pidana" in status
    services: Services = case_bot.bot_data["services"]
    police = services.config.hotlines.police
    assert f"Diteruskan ke Kepolisian (Polri): {police}" in status


async def test_rejecting_with_a_written_reason(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    worker = standin.private_user(4104, "Nur")
    card = await filed_with_card(standin, worker)
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, "⛔ Tolak")
    prompt = await wait_for(
        standin, STAFF_CHAT, lambda m: "Tolak" in m.plain_text and "alasan" in m.plain_text
    )
    await standin.send_text(
        officer, "Majikan di luar negeri <b>bukan</b> P3MI", chat_id=STAFF_CHAT, reply_to=prompt
    )
    push = await next_message(standin, worker.id)
    assert "tidak dapat kami tindak lanjuti" in push.plain_text
    assert "Majikan di luar negeri <b>bukan</b> P3MI" in push.plain_text  # escaped, shown as typed
    assert push.callback_data  # "Pesan ke petugas" stays on a refused case
    await standin.wait_until(lambda: "Ditolak" in card_now(standin, card))
    await standin.send_text(worker, "/status")
    status = (await wait_for(standin, worker.id, lambda m: "Terakhir diperbarui" in m.plain_text)).plain_text
    assert "Alasan: Majikan di luar negeri <b>bukan</b> P3MI" in status


async def test_taking_a_colleagues_case_asks_first_and_tells_her(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    ratna, sari = officers
    card = await filed_with_card(standin, standin.private_user(4105, "Ani"))
    query = await standin.press_button(ratna, card, "🙋 Ambil")
    assert (await standin.wait_for_callback_answer(query)).get("text") == "Diambil."
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, card))
    held = next(m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == card.message_id)
    assert "🙋 Ambil" not in held.button_texts  # Ratna is not invited to take what is hers
    query = await standin.press_button(sari, card, "🔁 Ambil alih")
    assert "Ratna" in (await standin.wait_for_callback_answer(query)).get("text", "")
    ask = await wait_for(standin, STAFF_CHAT, lambda m: "Ambil alih?" in m.plain_text)
    services: Services = case_bot.bot_data["services"]
    assert (await services.cases.detail(ADMIN, 1)).case.assigned_to == OFFICER  # nothing taken yet
    await standin.press_button(sari, ask, "Ya, ambil alih")
    await standin.wait_until(lambda: "Petugas: Sari" in card_now(standin, card))
    told = await wait_for(standin, STAFF_CHAT, lambda m: "diambil alih" in m.plain_text)
    assert "Sari" in told.plain_text
    assert f"tg://user?id={OFFICER}" in (told.text or "")  # a mention: Ratna is notified


async def test_saved_replies_reach_the_worker(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    worker = standin.private_user(4106, "Rina")
    card = await filed_with_card(standin, worker)
    standin.mark_read(worker.id)
    await standin.press_button(officer, card, "💬 Balasan siap")
    listing = await wait_for(standin, STAFF_CHAT, lambda m: "Balasan siap untuk" in m.plain_text)
    await standin.press_button(officer, listing, listing.callback_data[1])
    assert "foto paspor, kontrak kerja" in (await next_message(standin, worker.id)).plain_text


async def test_cards_and_the_trail_show_names_indonesian_labels_and_office_time(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    card = await filed_with_card(standin, standin.private_user(4107, "Tuti"))
    assert "WIB" in card.plain_text
    assert "UTC" not in card.plain_text
    await standin.press_button(officer, card, "🙋 Ambil")
    await standin.wait_until(lambda: "Petugas: Ratna" in card_now(standin, card))
    standin.mark_read(STAFF_CHAT)
    await standin.send_text(officer, "/kasus ADU-000001", chat_id=STAFF_CHAT)
    trail = await wait_for(standin, STAFF_CHAT, lambda m: "Jejak kasus" in m.plain_text)
    assert "baru → diproses" in trail.plain_text
    assert "oleh Ratna" in trail.plain_text
    assert "in_progress" not in trail.plain_text
    assert "9002" not in trail.plain_text


async def test_lists_say_how_many_and_page(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    officer, _ = officers
    services: Services = case_bot.bot_data["services"]
    for user_id in range(5000, 5035):
        await walk_draft(services.intake, user_id, urgent=user_id % 2 == 1)
        await services.intake.file(user_id, update_key=None, complainant_name="X")
    await standin.send_text(officer, "/kasus", chat_id=STAFF_CHAT)
    first = await wait_for(standin, STAFF_CHAT, lambda m: "Antrean" in m.plain_text and bool(m.callback_data))
    assert "30 dari 35" in first.plain_text
    assert all(len(data.encode()) <= 64 for data in first.callback_data)
    await standin.press_button(officer, first, "Berikutnya ▶️")
    second = await wait_for(standin, STAFF_CHAT, lambda m: "5 dari 35" in m.plain_text)
    assert "◀️ Sebelumnya" in second.button_texts
    cases = [await services.cases.case_for_card(case_id) for case_id in range(1, 36)]
    urgent = sum(1 for case in cases if case.priority is CasePriority.URGENT)
    assert urgent == 17
    await standin.send_text(officer, "/kasus urgen", chat_id=STAFF_CHAT)
    await wait_for(standin, STAFF_CHAT, lambda m: f"Antrean: {urgent} dari {urgent}" in m.plain_text)
    await standin.send_text(officer, "/cari gaji", chat_id=STAFF_CHAT)
    found = await wait_for(standin, STAFF_CHAT, lambda m: "Hasil pencarian" in m.plain_text)
    assert "20 dari 35" in found.plain_text
    assert "Berikutnya ▶️" in found.button_texts
    await standin.send_text(officer, "/kasus urgentt", chat_id=STAFF_CHAT)
    unknown = await wait_for(standin, STAFF_CHAT, lambda m: "Filter tidak dikenal" in m.plain_text)
    assert "urgentt" in unknown.plain_text
    assert "urgen, saya, bebas" in unknown.plain_text
    assert not any("Antrean: 35" in m.plain_text for m in standin.bot_messages(STAFF_CHAT))


async def test_a_province_officer_opening_another_provinces_case_is_refused(
    standin: BotApiStandIn, case_bot: BotApplication, officers: tuple[StandInUser, StandInUser]
) -> None:
    nia = standin.private_user(PROVINCE_OFFICER, "Nia", "id")
    east_java = await filed_with_card(standin, standin.private_user(4108, "Jatim"))
    await file_report(standin, standin.private_user(4109, "Lombok"), province="lombok timur")
    await standin.send_text(nia, "/kasus ADU-000001", chat_id=STAFF_CHAT)
    await wait_for(standin, STAFF_CHAT, lambda m: "Kasus tidak ditemukan" in m.plain_text)
    query = await standin.press_button(nia, east_java, "🙋 Ambil")
    assert (await standin.wait_for_callback_answer(query)).get("text") == "Kasus tidak ditemukan."
    await standin.send_text(nia, "/kasus", chat_id=STAFF_CHAT)
    queue = await wait_for(standin, STAFF_CHAT, lambda m: "Antrean" in m.plain_text)
    assert "1 dari 1" in queue.plain_text
    assert "ADU-000002" in queue.plain_text
    assert "ADU-000001" not in queue.plain_text
    await standin.send_text(nia, "/statistik", chat_id=STAFF_CHAT)
    stats = await wait_for(standin, STAFF_CHAT, lambda m: "Statistik" in m.plain_text)
    assert "1 laporan" in stats.plain_text
    services: Services = case_bot.bot_data["services"]
    assert (await services.cases.detail(ADMIN, 1)).case.assigned_to is None
