"""A complainant's plain message reaches her open case: staff read it in the staff chat, a case waiting for
her goes back to work, and she can send it to the FAQ instead; with several open cases she picks the case;
on a closed case she may reopen it or file a new report, and staff are told either way. End to end on the
stand-in with a real database."""

from __future__ import annotations

from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from handlers.common import HELD_TEXT_KEY
from handlers.complainant_routing import HeldText
from storage.base import utcnow
from storage.models.cases import CasePriority, CaseStatus, WaitingReason
from tests.complaint_helpers import OFFICER, STAFF_CHAT, file_report, next_question


def services_of(app: BotApplication) -> Services:
    services: Services = app.bot_data["services"]
    return services


async def filed(
    api: BotApiStandIn, user: StandInUser, story: str = "Gaji belum dibayar.", country: str = "Malaysia"
) -> None:
    await file_report(api, user, story=story, country=country)
    await next_question(api, STAFF_CHAT, "📁")  # the card
    api.mark_read(user.id)


def received(api: BotApiStandIn, user: StandInUser) -> SentMessage:
    """The bot's "report received" message: replying to it is writing about that case."""
    return next(m for m in api.bot_messages(user.id) if "Laporan diterima" in m.plain_text)


async def staff_text_containing(api: BotApiStandIn, wanted: str) -> SentMessage:
    await api.wait_until(lambda: any(wanted in m.plain_text for m in api.bot_messages(STAFF_CHAT)), 10)
    return next(m for m in api.bot_messages(STAFF_CHAT) if wanted in m.plain_text)


async def test_a_plain_message_reaches_the_staff_chat_and_moves_the_status(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7101, "Sari")
    await filed(standin, user)
    cases = services_of(case_bot).cases
    await cases.claim(OFFICER, 1)
    await cases.set_status(
        OFFICER,
        1,
        CaseStatus.WAITING_FOR_COMPLAINANT,
        WaitingReason.CLARIFICATION,
        question="Di mana kontrak kerja Anda sekarang?",
    )
    await standin.send_text(user, "kontrak saya dibawa agensi pak")
    ack = await next_question(standin, user.id, "Diteruskan")
    assert ack.plain_text == "📨 Diteruskan ke petugas kasus ADU-000001."  # one line
    assert ack.button_texts == ["❓ Ini pertanyaan, bukan untuk petugas"]
    relay = await staff_text_containing(standin, "kontrak saya dibawa agensi pak")
    assert "ADU-000001" in relay.plain_text
    case = (await cases.detail_for_operator(1)).case
    assert case.status is CaseStatus.IN_PROGRESS
    assert [m.text for m in (await cases.detail_for_operator(1)).messages] == [
        "Di mana kontrak kerja Anda sekarang?",  # the officer's question, sent to her
        "kontrak saya dibawa agensi pak",
    ]


async def test_the_faq_instead_button_takes_it_off_the_case_and_answers_it(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7102, "Rina")
    await filed(standin, user)
    question = "apakah visa turis boleh untuk bekerja?"
    await standin.send_text(user, question)
    ack = await next_question(standin, user.id, "report:v1:faq:")
    await staff_text_containing(standin, question)
    await standin.press_button(user, ack, "❓ Ini pertanyaan, bukan untuk petugas")
    await next_question(standin, user.id, "tidak diteruskan ke petugas")
    answer = await next_question(standin, user.id, "fb:v1:")  # an FAQ answer, with its feedback buttons
    assert "visa" in answer.plain_text.lower()
    await staff_text_containing(standin, "ditarik")
    detail = await services_of(case_bot).cases.detail_for_operator(1)
    assert detail.messages == []
    assert any(event.detail and "FAQ" in event.detail for event in detail.events)  # the trail says so


async def test_with_two_open_cases_she_is_asked_which_and_the_choice_holds(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7103, "Dewi")
    await filed(standin, user, "Paspor ditahan.")
    await filed(standin, user, "Gaji belum dibayar.", country="Taiwan")
    await standin.send_text(user, "paspornya")
    ask = await next_question(standin, user.id, "report:v1:pick:")
    await standin.send_text(user, "masih di agensi")  # a burst before she picks is kept whole
    held = await next_question(standin, user.id, "Pilih dulu kasusnya")
    assert "Tersimpan" in held.plain_text
    assert held.button_texts == ask.button_texts  # the choice again, where she is reading
    assert "2 laporan yang masih berjalan" in ask.plain_text
    day = f"{utcnow():%d-%m}"
    assert ask.button_texts == [
        f"ADU-000002 · 💰 Gaji tidak dibayar · Taiwan · {day}",  # the most recently active first
        f"ADU-000001 · 💰 Gaji tidak dibayar · Malaysia · {day}",
        "❓ Ini pertanyaan, bukan untuk petugas",
    ]
    cases = services_of(case_bot).cases
    assert (await cases.detail_for_operator(1)).messages == []  # nothing filed before she says where
    assert not any("paspornya" in m.plain_text for m in standin.bot_messages(STAFF_CHAT))
    await standin.press_button(user, ask, f"ADU-000001 · 💰 Gaji tidak dibayar · Malaysia · {day}")
    ack = await next_question(standin, user.id, "Diteruskan")
    assert "ADU-000001" in ack.plain_text
    assert "➡️ Untuk kasus ADU-000002" in ack.button_texts
    await staff_text_containing(standin, "paspornya\nmasih di agensi")
    # The next free text goes to the chosen case without asking again.
    await standin.send_text(user, "agensinya PT Maju Jaya")
    ack = await next_question(standin, user.id, "Diteruskan")
    assert "ADU-000001" in ack.plain_text
    assert [m.text for m in (await cases.detail_for_operator(1)).messages] == [
        "paspornya\nmasih di agensi",
        "agensinya PT Maju Jaya",
    ]
    # A message meant for the other case moves there, and that case is the choice from then on.
    await standin.press_button(user, ack, "➡️ Untuk kasus ADU-000002")
    await next_question(standin, user.id, "Dipindahkan")
    await staff_text_containing(standin, "untuk ADU-000002")
    await standin.send_text(user, "gajinya 4 bulan")
    assert "ADU-000002" in (await next_question(standin, user.id, "Diteruskan")).plain_text
    assert [m.text for m in (await cases.detail_for_operator(2)).messages] == [
        "agensinya PT Maju Jaya",
        "gajinya 4 bulan",
    ]


async def test_with_two_open_cases_a_question_goes_to_the_faq(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7107, "Lina")
    await filed(standin, user, "Paspor ditahan.")
    await filed(standin, user, "Gaji belum dibayar.")
    await standin.send_text(user, "apakah visa turis boleh untuk bekerja?")
    ask = await next_question(standin, user.id, "report:v1:pick:")
    await standin.press_button(user, ask, "❓ Ini pertanyaan, bukan untuk petugas")
    answer = await next_question(standin, user.id, "fb:v1:")
    assert "visa" in answer.plain_text.lower()
    cases = services_of(case_bot).cases
    assert (await cases.detail_for_operator(1)).messages == []
    assert (await cases.detail_for_operator(2)).messages == []


async def test_a_message_on_a_closed_case_offers_reopen_and_tells_staff(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7104, "Ani")
    await filed(standin, user)
    cases = services_of(case_bot).cases
    await cases.claim(OFFICER, 1)
    await cases.set_status(OFFICER, 1, CaseStatus.RESOLVED, reason="Gaji sudah dibayar")
    await standin.send_text(user, "gaji belum masuk juga pak", reply_to=received(standin, user))
    offer = await next_question(standin, user.id, "report:v1:reopen:")
    assert offer.button_texts == ["🔓 Buka kembali ADU-000001", "📝 Laporan baru"]
    told = await staff_text_containing(standin, "(sudah ditutup)")
    assert "gaji belum masuk juga pak" in told.plain_text
    await standin.press_button(user, offer, "🔓 Buka kembali ADU-000001")
    await next_question(standin, user.id, "dibuka kembali")
    await staff_text_containing(standin, "dibuka kembali oleh pelapor")
    assert (await cases.detail_for_operator(1)).case.status is CaseStatus.IN_PROGRESS


async def test_a_message_on_a_closed_case_can_start_a_new_report_and_staff_are_told(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7105, "Lia")
    await filed(standin, user)
    cases = services_of(case_bot).cases
    await cases.set_status(OFFICER, 1, CaseStatus.REJECTED, reason="Bukan wewenang kami")
    await standin.send_text(user, "ada masalah baru", reply_to=received(standin, user))
    offer = await next_question(standin, user.id, "report:v1:new:")
    await standin.press_button(user, offer, "📝 Laporan baru")
    await next_question(standin, user.id, "report:v1:consent:yes")  # a new report starts
    await staff_text_containing(standin, "membuat laporan baru")
    assert (await cases.detail_for_operator(1)).case.status is CaseStatus.REJECTED


async def test_an_urgent_message_gets_emergency_help_before_it_reaches_the_case(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7106, "Tari")
    await filed(standin, user)
    await standin.send_text(user, "tolong saya dipukul majikan dan dikurung")
    first, second = await standin.wait_for_bot_messages(user.id, 2, timeout=10)
    assert "report:v1:story" in first.callback_data  # emergency contacts first
    assert "999" in first.plain_text  # the numbers of her case's country (Malaysia)
    assert "Diteruskan ke petugas kasus ADU-000001" in second.plain_text
    await staff_text_containing(standin, "dipukul majikan")


async def test_a_danger_message_after_a_decision_is_offered_to_that_case_and_reaches_staff_urgent(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7108, "Wulan")
    await filed(standin, user, "Paspor ditahan.")
    await filed(standin, user, "Gaji belum dibayar.")
    cases = services_of(case_bot).cases
    await cases.claim(OFFICER, 1)
    await cases.claim(OFFICER, 2)
    # She had picked the other case for her messages before staff closed the first one.
    await standin.send_text(user, "gajinya 3 bulan")
    ask = await next_question(standin, user.id, "report:v1:pick:")
    await standin.press_button(user, ask, ask.button_texts[0])  # the latest first: ADU-000002
    await next_question(standin, user.id, "Diteruskan")
    await cases.set_status(OFFICER, 1, CaseStatus.RESOLVED, reason="Anda sudah dipulangkan dengan selamat.")
    standin.mark_read(user.id)
    await standin.send_text(user, "Bu saya belum dijemput! Majikan sudah pulang, saya masih dikunci")
    # Danger does not wait for her to pick: it goes to the case just decided, and she can move it.
    ack = await next_question(standin, user.id, "Diteruskan")
    assert "ADU-000001" in ack.plain_text
    assert "➡️ Untuk kasus ADU-000002" in ack.button_texts
    offer = await next_question(standin, user.id, "report:v1:reopen:")
    assert offer.button_texts == ["🔓 Buka kembali ADU-000001", "📝 Laporan baru"]
    told = await staff_text_containing(standin, "saya masih dikunci")
    assert told.plain_text.startswith("🆘")
    assert "ADU-000001" in told.plain_text
    assert "(sudah ditutup)" in told.plain_text
    first = await cases.detail_for_operator(1)
    assert first.case.priority is CasePriority.URGENT
    assert [m.text for m in first.messages][-1].endswith("saya masih dikunci")
    assert all("dijemput" not in (m.text or "") for m in (await cases.detail_for_operator(2)).messages)
    # Asked once per decision: the next message follows her earlier choice again.
    await standin.send_text(user, "gaji juga belum")
    assert "ADU-000002" in (await next_question(standin, user.id, "Diteruskan")).plain_text


async def test_a_danger_message_relayed_to_her_open_case_raises_its_priority(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7109, "Nur")
    await filed(standin, user)
    await standin.send_text(user, "tolong saya dipukul majikan dan dikurung")
    told = await staff_text_containing(standin, "dipukul majikan")
    assert told.plain_text.startswith("🆘")
    detail = await services_of(case_bot).cases.detail_for_operator(1)
    assert detail.case.priority is CasePriority.URGENT


async def test_with_two_open_cases_danger_reaches_staff_at_once_on_the_urgent_case(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7111, "Wati")
    await filed(standin, user, "Paspor ditahan.")
    await filed(standin, user, "Gaji belum dibayar.", country="Taiwan")
    await services_of(case_bot).cases.set_priority(OFFICER, 1, CasePriority.URGENT)
    await standin.send_text(user, "paspornya")
    await next_question(standin, user.id, "report:v1:pick:")
    await standin.send_text(user, "bu sy dikunci majikan di rumah, hp mau diambil")
    await staff_text_containing(standin, "paspornya\nbu sy dikunci majikan di rumah")
    ack = await next_question(standin, user.id, "Diteruskan")
    assert "ADU-000001" in ack.plain_text  # her urgent case, though ADU-000002 is the latest
    assert "➡️ Untuk kasus ADU-000002" in ack.button_texts  # and she can still move it
    assert [m.text for m in (await services_of(case_bot).cases.detail_for_operator(1)).messages] == [
        "paspornya\nbu sy dikunci majikan di rumah, hp mau diambil"
    ]


async def test_batal_lets_go_of_a_message_waiting_for_its_case(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7112, "Ratna")
    await filed(standin, user, "Paspor ditahan.")
    await filed(standin, user, "Gaji belum dibayar.", country="Taiwan")
    await standin.send_text(user, "paspornya")
    await next_question(standin, user.id, "report:v1:pick:")
    await standin.send_text(user, "/batal")
    await standin.wait_until(lambda: len(standin.bot_messages(user.id)) > 0, 5)
    standin.mark_read(user.id)
    await standin.send_text(user, "masih di agensi")
    ask = await next_question(standin, user.id, "report:v1:pick:")
    assert "Pesan ini untuk kasus mana?" in ask.plain_text  # asked afresh, not "Tersimpan"
    await standin.press_button(user, ask, ask.button_texts[0])
    await staff_text_containing(standin, "masih di agensi")
    assert not any("paspornya" in m.plain_text for m in standin.bot_messages(STAFF_CHAT))


async def test_a_held_message_stored_before_an_interruption_still_reaches_staff_when_her_choice_is_handled(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    """An instance stored her held message on the case she picked but stopped before posting it: handling
    her choice again shows it to staff (at least once), not only in the case trail."""
    user = standin.private_user(7113, "Yuni")
    await filed(standin, user, "Paspor ditahan.")
    await filed(standin, user, "Gaji belum dibayar.", country="Taiwan")
    await standin.send_text(user, "agensi bilang minggu depan")
    ask = await next_question(standin, user.id, "report:v1:pick:")
    held = case_bot.user_data[user.id][HELD_TEXT_KEY]
    assert isinstance(held, HeldText)
    await services_of(case_bot).cases.complainant_message(user.id, 2, held.text, update_key=held.update_key)
    await standin.press_button(user, ask, next(b for b in ask.button_texts if "ADU-000002" in b))
    await staff_text_containing(standin, "agensi bilang minggu depan")
    assert [m.text for m in (await services_of(case_bot).cases.detail_for_operator(2)).messages] == [
        "agensi bilang minggu depan"
    ]
