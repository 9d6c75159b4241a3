"""End to end against the Bot API stand-in: help where the person in danger is, as a user tester found it
missing. A city of the known country brings its consulate, never a job answer; suicidal thoughts abroad get
lines that work there in every follow-up; a question in an emergency gets its answer with the numbers in one
line, and "cm nanya aja" stands the emergency down; a country without numbers is said plainly; a crew member
at sea gets who can reach the ship; "Bukan" keeps only what she typed; a story told after suicidal words gets
a kind ticket and a card that names the risk; no reminder interrupts the report she is writing."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from tests.complaint_helpers import (
    STAFF_CHAT,
    answer_first_questions,
    next_message,
    next_question,
    replies_to,
    talk_to_an_officer,
)


async def _press(api: BotApiStandIn, user: StandInUser, message: SentMessage, data: str) -> SentMessage:
    await api.press_button(user, message, data)
    (reply,) = await api.wait_for_bot_messages(user.id, 1)
    return reply


async def test_a_city_after_the_abroad_button_brings_its_consulate_not_a_job_answer(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7301, "Dewi", "id")
    (block,) = await replies_to(standin, user, "tlg sy dipukul trs sm bos sy")
    countries = await _press(standin, user, block, "sos:v1:abroad")
    malaysia = await _press(standin, user, countries, "sos:v1:cc:MY")
    assert "KJRI Johor Bahru" not in malaysia.plain_text
    (numbers,) = await replies_to(standin, user, "sy di johor bahru")
    assert numbers.plain_text.startswith("🆘 Dalam bahaya di Malaysia?")
    assert "+60 10-528 8040" in numbers.plain_text
    assert "Kerja di Malaysia" not in numbers.plain_text


async def test_a_city_after_a_typed_country_brings_its_consulate(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7302, "Siti", "id")
    await replies_to(standin, user, "tlg sy dipukul trs sm bos sy")
    await replies_to(standin, user, "di arab saudi")
    (numbers,) = await replies_to(standin, user, "sy di jeddah")
    text = numbers.plain_text
    assert text.startswith("🆘 Dalam bahaya di Arab Saudi?")
    assert text.index("KJRI Jeddah") < text.index("KBRI Riyadh")
    assert "moratorium" not in text


async def test_suicidal_thoughts_in_taiwan_get_lines_that_work_there_in_every_follow_up(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7303, "Ani", "id")
    crisis = services_of(live_bot).destinations.countries["TW"].crisis
    await replies_to(standin, user, "ga ada gunanya lg sy hidup")
    (first,) = await replies_to(standin, user, "sy di taichung")
    # a beating told next, and a harmless word after it, keep the kind reply and the lines
    (beaten,) = await replies_to(standin, user, "majikan sy mukul sy td mlm")
    (later,) = await replies_to(standin, user, "gpp kak, makasih udh dengerin")
    for reply in (first, beaten, later):
        text = reply.plain_text
        assert text.startswith("💛"), text
        assert "1955" in text  # the line with Indonesian-speaking staff
        assert "healing119.id" in text
        assert "119 ext. 8" not in text  # Healing119's phone works only from Indonesia
        assert "simpan bukti" not in text
        if crisis is not None:
            assert crisis.phone.number in text


async def test_a_question_during_an_emergency_gets_its_answer_and_the_numbers_in_one_line(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7304, "Ibu Sarni", "id")
    await replies_to(standin, user, "anak sy di kuching dipukul majikannya")
    (answer,) = await replies_to(standin, user, "maaf bu KJRI itu apa ya? sy gak ngerti")
    text = answer.plain_text
    assert "KJRI (konsulat Indonesia)" in text
    reminders = [line for line in text.splitlines() if line.startswith("🆘")]
    assert len(reminders) == 1, text
    assert "999" in reminders[0]


async def test_an_urgent_sounding_question_in_an_emergency_is_answered(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7305, "Yuni", "id")
    await replies_to(standin, user, "sy di hongkong. tolong sy dikunci majikan")
    (answer,) = await replies_to(standin, user, "hp sy diambil majikan tiap malem jam 10, boleh ya?")
    text = answer.plain_text
    assert not text.startswith("🆘"), text  # the answer first
    assert sum(line.startswith("🆘") for line in text.splitlines()) == 1
    assert "2157 9537" in text  # Hong Kong's numbers, not Taiwan's or Indonesia's


async def test_just_asking_stands_the_emergency_down(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7306, "Lina", "id")
    await replies_to(standin, user, "sy di hongkong. tolong sy dikunci majikan")
    (calm,) = await replies_to(standin, user, "sy gpp kok kak, cm nanya aja")
    assert calm.plain_text.startswith("Syukurlah Anda aman")
    assert "🆘" not in calm.plain_text
    assert await services_of(live_bot).emergency.active_danger(user.id) is None
    (answer,) = await replies_to(standin, user, "gaji minimum PRT di hongkong berapa?")
    assert "🆘" not in answer.plain_text


async def test_after_suicidal_words_fine_does_not_stand_down(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7307, "Mira", "id")
    await replies_to(standin, user, "ga ada gunanya lg sy hidup")
    (reply,) = await replies_to(standin, user, "gpp kok kak, sy baik2 aja")
    assert reply.plain_text.startswith("💛")
    assert await services_of(live_bot).emergency.active_danger(user.id) is not None


async def test_no_reminder_in_the_middle_of_the_report_she_is_writing(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7308, "Sari", "id")
    await replies_to(standin, user, "tolong sy dikunci majikan di malaysia")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, category="violence")
    named = await next_question(standin, user.id, "report:v1:place:country:y")
    await standin.press_button(user, named, "report:v1:place:country:y")
    for marker in ("provinsi", "agensi"):
        await next_question(standin, user.id, marker)
        await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "report:v1:done:story")
    await standin.send_text(user, "tolong sy dikunci lagi sama majikan, hp nya suka diambil")
    saved = await next_message(standin, user.id)  # triage answers first: a reminder would come before it
    assert saved.plain_text.startswith("📝 Tersimpan"), saved.plain_text


async def test_a_country_without_numbers_is_said_plainly_not_answered_with_indonesian_police(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7309, "Rani", "id")
    await replies_to(standin, user, "tlg sy dipukul trs sm bos sy")
    (reply,) = await replies_to(standin, user, "polandia")
    text = reply.plain_text
    assert text.startswith("🆘 Dalam bahaya di Polandia?")
    assert "belum ada di daftar kami" in text
    assert "110" not in text
    assert "Polisi (Indonesia)" not in text
    assert "+62 812-9007-0027" in text  # Kemlu, reachable from anywhere
    assert "Ketik nama negaranya" in text
    assert reply.button("🌏").callback_data == "sos:v1:abroad"
    (again,) = await replies_to(standin, user, "tolong sy dikunci")
    assert "110" not in again.plain_text


async def test_a_known_country_is_not_moved_by_a_country_without_numbers(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7310, "Wiwik", "id")
    await replies_to(standin, user, "sy di malaysia, tolong sy dipukul majikan")
    (reply,) = await replies_to(standin, user, "majikan sy orang china, dia mukul sy lagi")
    assert "999" in reply.plain_text
    assert "China" not in reply.plain_text
    assert "Tiongkok" not in reply.plain_text


async def test_bukan_to_the_country_her_words_suggest_keeps_only_what_she_typed(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7311, "Nur", "id")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, reporter="family", category="other")
    await next_question(standin, user.id, "report:v1:country:")
    await standin.send_text(user, "di laut, kapal taiwan deket somalia")
    asked = await next_question(standin, user.id, "report:v1:place:country:n")
    await standin.press_button(user, asked, "report:v1:place:country:n")
    await next_question(standin, user.id, "provinsi")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert draft.country_code() is None
    assert draft.text("country") == "di laut, kapal taiwan deket somalia"


async def test_a_sister_of_a_crew_member_at_sea_gets_who_can_reach_the_ship(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7312, "Tuti", "id")
    first_words = "tolong kak adik sy ABK di kapal ikan, katanya dipukulin kapten, skrg gk bisa dihubungi"
    (first,) = await replies_to(standin, user, first_words)
    (flag,) = await replies_to(standin, user, "kapalnya bendera taiwan, namanya Fu Yuan 88, dkt somalia")
    for reply in (first, flag):
        text = reply.plain_text
        assert text.startswith("🆘 Awak kapal (ABK)"), text
        assert "Sedang di luar negeri?" not in text
        assert "SAPA" not in text
        assert "Kirimkan nomor ini kepadanya" not in text
        assert "+62 812-9007-0027" in text  # Kemlu
        assert "nama kapal" in text
    assert "KDEI Taipei" in flag.plain_text  # the flag country's mission
    assert "Ambulans" not in flag.plain_text  # Taiwan's emergency numbers cannot reach a ship near Somalia
    (again,) = await replies_to(standin, user, "sy hrs gmn kak")
    assert again.plain_text.startswith("🆘"), again.plain_text  # help again, not a guessed topic


async def test_family_at_home_is_asked_where_she_is_not_whether_they_are_abroad(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7313, "Bu Karsih", "id")
    (block,) = await replies_to(standin, user, "tolong anak sy dikunci majikannya, gk dikasih makan")
    assert "Sedang di luar negeri?" not in block.plain_text
    assert "Di negara mana dia?" in block.plain_text


async def test_a_story_told_to_an_officer_after_suicidal_words_gets_a_kind_ticket_and_a_named_risk(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7314, "Eka", "id")
    await replies_to(standin, user, "ga ada gunanya lg sy hidup")
    await standin.send_text(user, "sy di taichung")
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "sy cape kak, sy udh gk kuat")
    received = (await next_question(standin, user.id, "Laporan diterima")).plain_text
    assert "💛 Terima kasih sudah mau bercerita" in received
    assert "1955" in received
    assert "healing119.id" in received
    assert "Polisi Taiwan 110" in received
    card = await next_question(standin, STAFF_CHAT, "ADU-")
    assert "risiko bunuh diri" in card.plain_text
