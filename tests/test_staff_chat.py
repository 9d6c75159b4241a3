"""Staff chat commands and the reminder sweep, end to end on the stand-in."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta

import pytest

from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn, StandInUser
from handlers.staff import run_sweep
from storage.base import utcnow
from tests.complaint_helpers import (
    ADMIN,
    PROVINCE_CHAT,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
)


@pytest.fixture
def staff(standin: BotApiStandIn) -> tuple[StandInUser, StandInUser]:
    return prepare_chats(standin)


async def staff_says(api: BotApiStandIn, who: StandInUser, text: str, count: int = 1) -> list[str]:
    await api.send_text(who, text, chat_id=STAFF_CHAT)
    return [m.plain_text for m in await api.wait_for_bot_messages(STAFF_CHAT, count, timeout=10)]


async def two_cases(api: BotApiStandIn) -> None:
    await file_report(api, api.private_user(3001, "A"), country="Malaysia")
    await file_report(
        api,
        api.private_user(3002, "B"),
        category="trafficking",
        country="Kamboja",
        story="Saya dijual ke perusahaan scam di Kamboja, tidak boleh keluar.",
    )
    await api.wait_for_bot_messages(STAFF_CHAT, 2, timeout=10)


async def cards_linked(services: Services, count: int) -> None:
    """Wait until the bot has recorded the posted cards (it does so right after posting them)."""
    async with asyncio.timeout(10):
        while True:
            cases = [await services.cases.case_for_card(case_id) for case_id in range(1, count + 1)]
            if all(case.card_message_id is not None for case in cases):
                return
            await asyncio.sleep(0.05)


async def test_queue_filters_search_and_statistics(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    admin, officer = staff
    await two_cases(standin)
    (queue,) = await staff_says(standin, officer, "/kasus")
    assert "ADU-000001" in queue
    assert "ADU-000002" in queue
    assert queue.index("ADU-000002") < queue.index("ADU-000001")  # urgent first
    (urgent,) = await staff_says(standin, officer, "/kasus urgen")
    assert "ADU-000001" not in urgent
    (mine,) = await staff_says(standin, officer, "/kasus saya")
    assert "Tidak ada kasus" in mine
    (found,) = await staff_says(standin, officer, "/cari kamboja")
    assert "ADU-000002" in found
    assert "ADU-000001" not in found
    (stats,) = await staff_says(standin, admin, "/statistik")
    assert "2 laporan" in stats
    assert "Kamboja: 1" in stats


async def test_export_sends_a_csv(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    await two_cases(standin)
    await standin.send_text(staff[1], "/export", chat_id=STAFF_CHAT)
    (document,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    assert document.kind == "document"
    rows = list(csv.DictReader(io.StringIO(standin.file_data(document.file_id or "").decode("utf-8-sig"))))
    assert [row["ticket"] for row in rows] == ["ADU-000001", "ADU-000002"]
    (bad,) = await staff_says(standin, staff[1], "/export kemarin")
    assert "Tanggal tidak terbaca" in bad


async def test_admin_adds_an_officer_who_can_then_claim(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    admin, _ = staff
    newcomer = standin.private_user(8888, "Baru")
    await two_cases(standin)
    card = standin.bot_messages(STAFF_CHAT)[0]
    query = await standin.press_button(newcomer, card, "🙋 Ambil")
    assert (await standin.wait_for_callback_answer(query)).get("text") == "Tidak diizinkan."
    (added,) = await staff_says(standin, admin, "/staff add 8888")
    assert "ditambahkan" in added
    query = await standin.press_button(newcomer, card, "🙋 Ambil")
    assert (await standin.wait_for_callback_answer(query)).get("text") == "Diambil."
    (listing,) = await staff_says(standin, admin, "/staff list")
    assert "8888" in listing
    (removed,) = await staff_says(standin, admin, "/staff remove 8888")
    assert "dihapus" in removed


async def test_an_officer_added_with_a_province_sees_only_that_province(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    admin, _ = staff
    wulan = standin.private_user(8889, "Wulan")
    await two_cases(standin)  # both in Jawa Timur
    (added,) = await staff_says(standin, admin, "/staff add 8889 officer id-nb Wulan Sari")
    assert "ID-NB" in added
    (listing,) = await staff_says(standin, admin, "/staff list")
    assert "8889 Wulan Sari · officer · ID-NB" in listing
    card = standin.bot_messages(STAFF_CHAT)[0]
    query = await standin.press_button(wulan, card, "🙋 Ambil")
    assert (await standin.wait_for_callback_answer(query)).get("text") == "Kasus tidak ditemukan."
    (queue,) = await staff_says(standin, wulan, "/kasus")
    assert "Tidak ada kasus" in queue


async def test_note_button_prompts_and_the_reply_stays_internal(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    _, officer = staff
    await two_cases(standin)
    card = standin.bot_messages(STAFF_CHAT)[0]
    standin.mark_read(3001)
    await standin.press_button(officer, card, "📝 Catatan")
    prompt = await next_message(standin, STAFF_CHAT)
    await standin.send_text(officer, "sudah telpon P3MI", chat_id=STAFF_CHAT, reply_to=prompt)
    assert "Catatan disimpan" in (await next_message(standin, STAFF_CHAT)).plain_text
    assert standin.bot_messages(3001)[-1].plain_text.startswith("✅")  # nothing new for the complainant


async def test_status_buttons_follow_the_rules_and_ask_before_deciding(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    _, officer = staff
    await two_cases(standin)
    card = standin.bot_messages(STAFF_CHAT)[0]
    assert "✅ Selesai" not in card.button_texts  # new -> resolved is not allowed
    told = len(standin.bot_messages(3001))
    await standin.press_button(officer, card, "⏳ Tunggu pelapor")
    prompt = await next_message(standin, STAFF_CHAT)
    assert "tulis pertanyaan" in prompt.plain_text
    assert len(standin.bot_messages(3001)) == told  # "waiting for your answer" only with a question
    standin.mark_read(3001)
    await standin.send_text(officer, "Apa nama majikan Anda?", chat_id=STAFF_CHAT, reply_to=prompt)
    assert "Apa nama majikan Anda?" in (await next_message(standin, 3001)).plain_text
    await standin.wait_until(lambda: "Menunggu pelapor" in standin.bot_messages(STAFF_CHAT)[0].plain_text)
    stale = await standin.press_button(officer, card, "case:v1:st:1:wait", check_present=False)
    assert "tidak bisa" in (await standin.wait_for_callback_answer(stale)).get("text", "")


async def test_sweep_reposts_unclaimed_urgent_cases_and_unanswered_ones(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    _, officer = staff
    await two_cases(standin)
    services: Services = case_bot.bot_data["services"]
    await cards_linked(services, 2)
    await run_sweep(case_bot.bot, services, utcnow() + timedelta(minutes=31))
    (reminder,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    assert "kasus urgen belum diambil" in reminder.plain_text
    assert "ADU-000002" in reminder.plain_text
    # Replying to the reminder reaches the complainant like a reply to the card.
    standin.mark_read(3002)
    await standin.send_text(officer, "Kami segera hubungi", chat_id=STAFF_CHAT, reply_to=reminder)
    assert "Kami segera hubungi" in (await next_message(standin, 3002)).plain_text
    await run_sweep(case_bot.bot, services, utcnow() + timedelta(hours=25))
    texts = [m.plain_text for m in await standin.wait_for_bot_messages(STAFF_CHAT, 2, timeout=10)]
    assert any("belum mendapat balasan" in text and "ADU-000001" in text for text in texts)
    # The officer who replied owns ADU-000002 now: it is no longer an unclaimed urgent case.
    assert not any("belum diambil" in text for text in texts)
    assert ADMIN


async def test_flood_limits_and_server_errors_are_retried(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    _, officer = staff
    await two_cases(standin)
    card = standin.bot_messages(STAFF_CHAT)[0]
    standin.mark_read(3001)
    standin.fail_next("sendMessage", 429, retry_after=1)
    standin.fail_next("sendMessage", 502)
    await standin.send_text(officer, "Halo, kami bantu", chat_id=STAFF_CHAT, reply_to=card)
    assert "Halo, kami bantu" in (await next_message(standin, 3001)).plain_text
    assert "Terkirim" in (await next_message(standin, STAFF_CHAT)).plain_text


async def test_a_long_staff_reply_reaches_the_complainant_whole(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    _, officer = staff
    await two_cases(standin)
    card = standin.bot_messages(STAFF_CHAT)[0]
    standin.mark_read(3001)
    long_reply = ("Langkah <berikut> & seterusnya. " * 150)[:4000]
    await standin.send_text(officer, long_reply, chat_id=STAFF_CHAT, reply_to=card)
    parts = await standin.wait_for_bot_messages(3001, 2, timeout=10)
    assert "".join(part.plain_text.split("\n")[1] for part in parts) == long_reply
    assert "Terkirim" in (await next_message(standin, STAFF_CHAT)).plain_text


async def test_help_in_the_staff_chat_lists_the_staff_commands(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    (help_text,) = await staff_says(standin, staff[1], "/bantuan")
    for command in ("/kasus", "/cari", "/statistik", "/export", "/staff"):
        assert command in help_text


async def test_a_province_chat_sees_its_own_cases_and_the_default_chat_all(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    _, officer = staff
    await file_report(standin, standin.private_user(3101, "A"), province="Jawa Timur")
    await file_report(standin, standin.private_user(3102, "B"), province=" nusa tenggara BARAT ")
    await standin.send_text(officer, "/kasus", chat_id=PROVINCE_CHAT)
    await standin.wait_until(
        lambda: any("Antrean" in m.plain_text for m in standin.bot_messages(PROVINCE_CHAT))
    )
    province_queue = next(m for m in standin.bot_messages(PROVINCE_CHAT) if "Antrean" in m.plain_text)
    assert "ADU-000002" in province_queue.plain_text
    assert "ADU-000001" not in province_queue.plain_text
    await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)  # the card of case 1
    (everything,) = await staff_says(standin, officer, "/kasus")
    assert "ADU-000001" in everything
    assert "ADU-000002" in everything


async def test_adding_a_member_again_keeps_her_name_and_province_unless_given(
    standin: BotApiStandIn, case_bot: BotApplication, staff: tuple[StandInUser, StandInUser]
) -> None:
    admin, _ = staff
    ratna = standin.private_user(8890, "Ratna")
    await two_cases(standin)  # both in Jawa Timur
    await staff_says(standin, admin, "/staff add 8890 officer ID-JI Ratna")
    card = standin.bot_messages(STAFF_CHAT)[0]
    query = await standin.press_button(ratna, card, "🙋 Ambil")
    assert (await standin.wait_for_callback_answer(query)).get("text") == "Diambil."
    (changed,) = await staff_says(standin, admin, "/staff add 8890 admin")
    assert "Ratna" in changed
    assert "ID-JI" in changed
    (listing,) = await staff_says(standin, admin, "/staff list")
    assert "8890 Ratna · admin · ID-JI" in listing
    card_text, trail = await staff_says(standin, admin, "/kasus ADU-000001", count=2)
    assert "diambil · belum ada → Ratna · oleh Ratna" in trail  # the trail still names who took it
    assert "#8890" not in card_text + trail
    (editor,) = await staff_says(standin, admin, "/staff add 8890 editor")
    assert "editor · provinsi ID-JI" in editor
    (refused,) = await staff_says(standin, admin, "/staff add 8890 superadmin")
    assert "tidak dikenal" in refused
    (listing,) = await staff_says(standin, admin, "/staff list")
    assert "8890 Ratna · editor · ID-JI" in listing  # nothing changed
    (national,) = await staff_says(standin, admin, "/staff add 8890 officer nasional")
    assert "semua provinsi" in national
    assert "Ratna" in national
