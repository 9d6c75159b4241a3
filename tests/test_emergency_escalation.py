"""End to end against the Bot API stand-in: when the danger grows within one conversation. An act of
self-harm under way brings the local emergency number first, with the kind word and the crisis line; every
message of the conversation reaches the story carried to /lapor, in order."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, StandInUser
from tests.complaint_helpers import (
    answer_first_questions,
    confirm_place,
    next_question,
    replies_to,
    talk_to_an_officer,
)


async def _say(api: BotApiStandIn, user: StandInUser, text: str) -> None:
    """Send `text` and wait for the one reply, with no sentinel that would join the story."""
    await api.send_text(user, text)
    await api.wait_for_bot_messages(user.id, 1)


async def test_standing_at_a_window_brings_the_police_number_first(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7101, "Maya", "id")
    await replies_to(standin, user, "rasanya pengen ilang aja dr dunia ini, gk kuat lg")
    await replies_to(standin, user, "sy di hongkong kak, kerja di tai po")
    (reply,) = await replies_to(standin, user, "td udh brdiri di jendela lt 20")
    text = reply.plain_text
    assert text.startswith("🚨")
    assert text.index("999") < text.index("💛") < text.index("2896 0000")
    assert reply.button("💬 Cerita ke petugas").callback_data == "report:v1:talk"


async def test_pills_ready_after_a_beating_get_the_crisis_line_and_the_police(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7102, "Lina", "id")
    await replies_to(standin, user, "sy di hk kak, majikan mukul sy td pagi")
    (reply,) = await replies_to(standin, user, "sy udh nyiapin obat byk")
    text = reply.plain_text
    assert text.startswith("🚨")
    for shown in ("999", "2896 0000", "💛"):
        assert shown in text


async def test_a_reminder_names_the_labour_hotline_it_gives(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7103, "Ina", "id")
    await replies_to(standin, user, "sy di hk kak, majikan mukul sy td pagi")
    (reply,) = await replies_to(standin, user, "sy dikunci di kamar skrg")
    assert "Hotline PRT Labour Department 2157 9537" in reply.plain_text


async def test_every_urgent_message_joins_the_story_in_order(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7104, "Sari", "id")
    said = (
        "tolong kak",
        "sy dikunci majikan dr kmrn gk blh kluar",
        "sy di johor bahru kak, skudai",
        "tangan sy bengkak kena pukul",
    )
    for text in said:
        await _say(standin, user, text)
    story = await services_of(case_bot).emergency.story_of(user.id) or ""
    assert story == "\n".join(said)
    await standin.send_text(user, "/lapor")
    await next_question(standin, user.id, "report:v1:consent:yes")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert draft.text("story") == "\n".join(said)


async def test_the_first_english_message_stays_in_the_story(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7105, "Rudi", "en")
    said = (
        "help pls im in myawaddy kk park, they take my passport n phone, cant go out",
        "they beat us if we dont reach target",
        "pls help me",
    )
    for text in said:
        await _say(standin, user, text)
    story = await services_of(case_bot).emergency.story_of(user.id) or ""
    assert story.split("\n") == list(said)


async def test_the_ticket_keeps_the_nearest_consulate_she_named(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7106, "Sari", "id")
    for text in ("tolong kak", "sy dikunci majikan dr kmrn gk blh kluar", "sy di johor bahru kak, skudai"):
        await _say(standin, user, text)
    received = await _file_prefilled_report(standin, user, "worker")
    assert "KJRI Johor Bahru" in received
    assert "KBRI Kuala Lumpur" not in received
    assert "Jika Anda dalam bahaya" in received


async def test_the_place_she_named_outlives_the_story(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7109, "Sari", "id")
    await _say(standin, user, "sy dikunci majikan dr kmrn gk blh kluar")
    await _say(standin, user, "sy di johor bahru kak, skudai")
    await standin.send_text(user, "/lapor")  # the story goes into the draft, which she then drops
    await next_question(standin, user.id, "report:v1:consent:yes")
    await replies_to(standin, user, "/batal")
    assert await services_of(case_bot).emergency.story_of(user.id) is None
    (block,) = await replies_to(standin, user, "/darurat")
    assert block.plain_text.index("KJRI Johor Bahru") < block.plain_text.index("KBRI Kuala Lumpur")


async def test_a_ticket_for_family_at_home_says_to_pass_the_numbers_on(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7107, "Wati", "id")
    await _say(standin, user, "anak sy di riyadh dikunci majikannya, gk blh pulang")
    received = await _file_prefilled_report(standin, user, "family")
    assert "Jika Anda dalam bahaya" not in received
    assert "Kirimkan nomor ini kepadanya, berlaku di Arab Saudi: Polisi Arab Saudi 911" in received
    assert "Yang bisa Anda lakukan dari Indonesia: KP2MI" in received


async def test_myawaddy_follow_ups_keep_the_mission_reachable_from_there(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7108, "Rudi", "id")
    (block,) = await replies_to(
        standin, user, "tolong sy di myawaddy kk park, paspor sy ditahan, gk blh keluar"
    )
    assert "KBRI Yangon" in block.plain_text
    assert "KBRI Bangkok (bila sudah menyeberang ke Thailand)" in block.plain_text
    for follow_up in ("sy dipukul lg td", "mereka ngancam jual sy", "sy takut bgt"):
        (reply,) = await replies_to(standin, user, follow_up)
        assert "KBRI Yangon" in reply.plain_text, (follow_up, reply.plain_text)


async def _file_prefilled_report(api: BotApiStandIn, user: StandInUser, reporter: str) -> str:
    """/lapor after the urgent messages: the story and country are filled in; the rest is skipped."""
    await api.send_text(user, "/lapor")
    await answer_first_questions(api, user, reporter=reporter, category="violence")
    named = await next_question(api, user.id, "report:v1:place:country:y")
    await api.press_button(user, named, "report:v1:place:country:y")
    await next_question(api, user.id, "provinsi")
    await api.send_text(user, "Jawa Timur")
    await confirm_place(api, user, "province", "agensi")
    await api.send_text(user, "/lewati")
    kept = await next_question(api, user.id, "report:v1:done:story")  # her story, already filled in
    await api.press_button(user, kept, "report:v1:done:story")
    attachments = await next_question(api, user.id, "report:v1:att:done")
    await api.press_button(user, attachments, "report:v1:att:done")
    await next_question(api, user.id, "Nomor HP")
    await api.send_text(user, "/lewati")
    summary = await next_question(api, user.id, "report:v1:confirm")
    await api.press_button(user, summary, "report:v1:confirm")
    return (await next_question(api, user.id, "Laporan diterima")).plain_text


async def test_an_urgent_message_in_english_gets_the_english_block(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7110, "Budi", "id")  # the phone is set to Indonesian
    (block,) = await replies_to(standin, user, "my sister is being beaten by her boss in dubai")
    assert block.plain_text.startswith("🆘 Is your family member in danger in")
    (reply,) = await replies_to(standin, user, "she texted me an hour ago, she has bruises")
    assert reply.plain_text.startswith("🆘 Emergency numbers still apply")
    (indonesian,) = await replies_to(standin, user, "adik sy bilang tangannya bengkak")
    assert indonesian.plain_text.startswith("🆘 Nomor darurat tetap berlaku")


# She works in Sarawak; the agency and the shelter before departure were in Batam, "dulu".
LONG_STORY = (
    "kak sy mau cerita panjang, maaf ya. sy kerja di kuching sarawak udah hampir 2 thn jd art d"
    "i rumah majikan cina. awalnya baik tp 6 bln ini gaji sy gk dibayar, katanya nanti dikirim "
    "ke kampung tp ibu sy bilang gk pernah ada uang masuk. sy juga disuruh bayar utang 10 ribu "
    "ringgit katanya buat biaya agensi waktu berangkat. agensinya di batam, dulu sy ditampung d"
    "isana 3 bulan sebelum dikirim lewat entikong. paspor sy dipegang majikan, hp sy cuma boleh"
    " dipake malam. td pagi sy dipukul majikan pake sapu krn sy telat masak, tangan sy biru. sy"
    " takut kak, gk tau hrs kemana, sy gk punya uang buat pulang dan gk kenal siapa2 disini. to"
    "long bantu sy kak, sy pengen pulang ke rumah ketemu anak sy"
)


async def test_a_long_story_finds_where_she_works_past_the_town_she_left(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    assert len(LONG_STORY) > 650
    user = standin.private_user(7111, "Tuti", "id")
    (block,) = await replies_to(standin, user, LONG_STORY)
    text = block.plain_text
    assert text.startswith("🆘 Dalam bahaya di Malaysia?")
    assert text.index("KJRI Kuching") < text.index("KBRI Kuala Lumpur")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, category="violence")
    named = await next_question(standin, user.id, "report:v1:place:country:")
    assert "Dari pesan Anda: Malaysia" in named.plain_text


async def test_talk_to_an_officer_is_a_few_words_not_a_form(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7112, "Dewi", "id")
    await _say(standin, user, "sy pengen mati aja kak, capek")
    await standin.send_text(user, "sy di hongkong kak, kerja di tai po")
    prompt = await talk_to_an_officer(standin, user)
    assert "Petugas akan membaca" in prompt.plain_text
    assert "setuju" in prompt.plain_text  # consent in one line, no legal page
    assert "Langkah" not in prompt.plain_text
    assert not any(data.startswith("report:v1:cat:") for data in prompt.callback_data)
    await standin.send_text(user, "majikan sy marah2 trs, sy gk punya siapa2 disini")
    received = await next_question(standin, user.id, "Laporan diterima")
    assert "Polisi Hong Kong 999" in received.plain_text
    (case,) = await services_of(case_bot).cases.cases_of(user.id)  # stored before "received" was sent
    assert case.category.value == "other"
    assert case.triage_urgent
    assert case.country_code == "HK"
    assert case.story == (
        "sy pengen mati aja kak, capek\nsy di hongkong kak, kerja di tai po\n"
        "majikan sy marah2 trs, sy gk punya siapa2 disini"
    )
    assert await services_of(case_bot).intake.current(user.id) is None
