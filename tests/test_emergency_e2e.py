"""End to end against the Bot API stand-in: someone in danger, or her family at home, gets numbers that work
where she is in the first reply; without a country, "Di luar negeri" leads to them."""

from __future__ import annotations

import re

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from faq.destinations import Destination, load_destinations
from faq.places import load_places
from faq.triage import DangerCategory
from tests.complaint_helpers import answer_first_questions, file_report, next_question

TABLE = load_destinations()
KEMLU = "+62 812-9007-0027"
KP2MI_FREE = "0800-1000"
KP2MI_ABROAD = "+62 21 2924 4800"
PLACES = load_places()


def typed(code: str) -> tuple[str, str]:
    """What people type for a country besides its name, from the data: a spelling of the country (a short
    form, a misspelling) and a city (the places table's, or one a consulate serves). Every spelling of
    every country is checked without Telegram in `test_emergency_every_spelling.py`."""
    place, destination = PLACES.country(code), TABLE.get(code)
    assert place is not None
    assert destination is not None
    names = {place.name_id.lower(), place.name_en.lower()}
    spelling = next(alias for alias in place.aliases if alias.lower() not in names)
    served = [name for mission in destination.missions for name in mission.serves]
    return spelling, [*place.places, *served][0]


# (language of the user's app, who writes, message): Indonesian, slang and English, by the person in danger
# and by family at home.
MESSAGES = [
    ("id", "self", "tolong saya dikurung majikan di {name}, tidak boleh keluar"),
    ("id", "self", "tlg sy dikunci majikan d {spelling} gk blh kluar, hp sy disita"),
    ("en", "self", "please help me, my employer in {name_en} locks me in the house and beats me"),
    ("id", "family", "anak saya dipukuli majikannya di {name}, tolong bantu"),
    ("id", "family", "adik sy di {city} dikurung majikan ga dikasih makan, tlg"),
    ("en", "family", "my sister is being beaten by her boss in {city}, please help"),
]


def test_every_destination_has_a_typed_spelling_and_city() -> None:
    for code in TABLE.codes:
        spelling, city = typed(code)
        assert spelling
        assert city


def _expected_numbers(destination: Destination) -> list[str]:
    assert destination.police is not None
    numbers = [destination.police.number]
    mission = destination.mission
    assert mission is not None
    numbers.append(mission.hotline.number if mission.hotline is not None else KEMLU)
    if destination.labour is not None:
        numbers.append(destination.labour.phone.number)
    return numbers


@pytest.mark.parametrize("code", TABLE.codes)
async def test_an_urgent_message_naming_a_destination_gets_its_numbers_first(
    standin: BotApiStandIn, live_bot: BotApplication, code: str
) -> None:
    destination = TABLE.get(code)
    assert destination is not None
    for index, (lang, writer, template) in enumerate(MESSAGES):
        user = standin.private_user(5000 + index, "Rina", lang)
        spelling, city = typed(code)
        text = template.format(
            name=destination.name.id, name_en=destination.name.en, spelling=spelling, city=city
        )
        await standin.send_text(user, text)
        (first,) = await standin.wait_for_bot_messages(user.id, 1)
        shown = first.plain_text
        assert shown.startswith("🆘"), (text, shown)
        assert destination.name.get("en" if lang == "en" else "id") in shown, (text, shown)
        for number in _expected_numbers(destination):
            assert number in shown, (text, number, shown)
        if destination.mission is not None and destination.mission.hotline is None:
            assert destination.mission.name in shown
        if writer == "family":
            assert KP2MI_FREE in shown, (text, shown)  # what she can do from home
        else:
            assert KP2MI_ABROAD in shown, (text, shown)
            assert KP2MI_FREE not in shown, (text, shown)
        if lang == "en":
            assert "Police" in shown
        assert first.button("🚨").callback_data == "report:v1:story"


async def test_without_a_country_the_abroad_choice_gives_the_numbers_there(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(6001, "Ani", "id")
    await standin.send_text(user, "tolong saya dikurung majikan, tidak boleh keluar")
    (first,) = await standin.wait_for_bot_messages(user.id, 1)
    assert KP2MI_FREE in first.plain_text
    assert KEMLU in first.plain_text
    await standin.press_button(user, first, "🌏 Di luar negeri")
    choice = await next_question(standin, user.id, "sos:v1:cc:")  # a confident answer may come between
    assert "Malaysia" in choice.button_texts
    assert "Lainnya" in choice.button_texts
    await standin.press_button(user, choice, "Lainnya")
    more = await next_question(standin, user.id, "sos:v1:cc:KH")
    await standin.press_button(user, more, "Kamboja")
    numbers = await next_question(standin, user.id, "Kamboja")
    assert "Kamboja" in numbers.plain_text
    assert "117" in numbers.plain_text
    assert "KBRI Phnom Penh" in numbers.plain_text
    # remembered: the next urgent message in the conversation reminds her of Cambodia's numbers
    await standin.send_text(user, "mereka pukul saya lagi, tolong")
    reminder = await next_question(standin, user.id, "🆘")
    assert "117" in reminder.plain_text
    assert "\n" not in reminder.plain_text


@pytest.mark.parametrize("code", TABLE.codes)
async def test_the_abroad_choice_reaches_every_destination(
    standin: BotApiStandIn, live_bot: BotApplication, code: str
) -> None:
    destination = TABLE.get(code)
    assert destination is not None
    user = standin.private_user(6100, "Ani", "en")
    await standin.send_text(user, "my sister is locked in by her employer, please help")
    first = await next_question(standin, user.id, "🆘")
    await standin.press_button(user, first, "sos:v1:abroad")
    choice = await next_question(standin, user.id, "sos:v1:cc:")
    if destination.name.en not in choice.button_texts:
        await standin.press_button(user, choice, "sos:v1:more")
        choice = await next_question(standin, user.id, f"sos:v1:cc:{code}")
    await standin.press_button(user, choice, f"sos:v1:cc:{code}")
    numbers = await next_question(standin, user.id, destination.name.en)
    for number in _expected_numbers(destination):
        assert number in numbers.plain_text, (code, number, numbers.plain_text)


async def test_the_full_block_shows_once_per_conversation(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(6002, "Ibu Sri", "id")
    await standin.send_text(user, "anak saya dikurung majikan di malaysia, tolong")
    (full,) = await standin.wait_for_bot_messages(user.id, 1)
    assert "Kirimkan nomor ini kepadanya" in full.plain_text
    await standin.send_text(user, "URGEN tolong anak saya dipukul lagi")
    again = await next_question(standin, user.id, "🆘")
    assert again.plain_text.startswith("🆘 Nomor darurat tetap berlaku:")
    assert "999" in again.plain_text
    assert "+60 17-668 8032" in again.plain_text
    assert again.button("🚨").callback_data == "report:v1:story"


async def _replies_until_sentinel(api: BotApiStandIn, user: StandInUser) -> list[SentMessage]:
    """Everything the bot says before it greets back: a way to see that nothing else followed."""
    await api.send_text(user, "halo")
    replies: list[SentMessage] = []
    while True:
        (message,) = await api.wait_for_bot_messages(user.id, 1)
        if message.plain_text.startswith("Halo!"):
            return replies
        replies.append(message)


async def test_suicidal_thoughts_get_their_own_reply_and_no_faq_choices(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    text = "sy pengen mati aja kak, capek"
    assessed = services_of(live_bot).faq.detector.assess(text)
    assert DangerCategory.SUICIDAL in assessed.categories
    user = standin.private_user(6003, "Dewi", "id")
    await standin.send_text(user, text)
    (reply,) = await standin.wait_for_bot_messages(user.id, 1)
    assert reply.plain_text.startswith("💛 Terima kasih sudah mau bercerita")
    assert "119 ext. 8" in reply.plain_text
    assert reply.button("💬 Cerita ke petugas").callback_data == "report:v1:talk"
    assert await _replies_until_sentinel(standin, user) == []


async def test_an_urgent_message_is_not_followed_by_unrelated_choices(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(6004, "Tini", "id")
    await standin.send_text(user, "tulung mas, aku dikunci neng kamar karo majikan")
    (first,) = await standin.wait_for_bot_messages(user.id, 1)
    assert first.plain_text.startswith("🆘")
    assert not any(
        "Maksud Anda" in reply.plain_text for reply in await _replies_until_sentinel(standin, user)
    )


STORY = (
    "Saya kerja di Malaysia sudah 8 bulan. Majikan sering memukul saya kalau pekerjaan belum selesai, "
    "kemarin kepala saya dibenturkan ke tembok. Paspor saya ditahan agen sejak datang. Saya tidak boleh "
    "keluar rumah, pintu selalu dikunci dari luar kalau mereka pergi. Gaji saya baru dibayar 2 bulan, "
    "katanya sisanya untuk potongan agen. HP saya juga sering diambil, saya hanya bisa pakai malam hari "
    "diam-diam. Saya takut sekali dan mau pulang tapi tidak tahu caranya. Tolong bantu saya, saya tidak "
    "tahu harus lapor ke mana dan takut kalau ketahuan majikan saya akan dipukul lagi. Alamat saya di "
    "daerah Johor Bahru dekat pasar, rumahnya warna putih dua lantai."
)


async def test_a_long_urgent_story_becomes_a_report_without_retyping(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    assert len(STORY) > 600
    user = standin.private_user(6005, "Lestari", "id")
    await standin.send_text(user, STORY)
    (first,) = await standin.wait_for_bot_messages(user.id, 1)
    assert "999" in first.plain_text
    assert "panjang sekali" not in first.plain_text
    await standin.press_button(user, first, "report:v1:story")
    await answer_first_questions(standin, user, category="violence")
    named = await next_question(standin, user.id, "report:v1:place:country:y")  # she named it already
    assert "Dari pesan Anda: Malaysia" in named.plain_text
    await standin.press_button(user, named, "report:v1:place:country:y")
    await next_question(standin, user.id, "provinsi")
    await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "agensi")
    await standin.send_text(user, "/lewati")
    kept = await next_question(standin, user.id, "report:v1:done:story")  # the story so far is hers
    assert "sudah terisi" in kept.plain_text
    await standin.press_button(user, kept, "report:v1:done:story")
    await next_question(standin, user.id, "report:v1:att:done")
    await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "Nomor HP")
    await standin.send_text(user, "/lewati")
    summary = await next_question(standin, user.id, "report:v1:confirm")
    await standin.press_button(user, summary, "report:v1:confirm")
    received = await next_question(standin, user.id, "Laporan diterima")
    assert KP2MI_FREE not in received.plain_text
    assert "999" in received.plain_text
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.story == STORY
    assert case.triage_urgent


async def test_a_long_question_that_is_not_urgent_is_kept_and_offered_as_a_report(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    story = "Saya mau tanya soal kontrak kerja saya di Taiwan. " * 15
    user = standin.private_user(6006, "Wati", "id")
    await standin.send_text(user, story)
    (offer,) = await standin.wait_for_bot_messages(user.id, 1)
    assert "Cerita Anda sudah saya simpan" in offer.plain_text
    await standin.press_button(user, offer, "📝 Laporkan dengan cerita ini")
    kept = await next_question(standin, user.id, "sudah terisi")
    assert kept.plain_text.startswith("📝")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert draft.text("story") == story.strip()
    assert not draft.urgent


async def test_a_report_from_saudi_arabia_confirms_with_numbers_that_work_there(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6007, "Nur", "id")
    received = await file_report(standin, user, country="Arab Saudi")
    assert "911" in received
    assert "+966 56 917 3990" in received
    assert KP2MI_FREE not in received
    assert re.search(r"ADU-\d+", received)


async def test_a_report_from_a_scam_compound_confirms_with_the_urgent_replys_numbers_and_notes(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    story = "Saya ditahan di KK Park Myawaddy, dipaksa kerja scam online, paspor disita, dipukul kalau gagal."
    teller = standin.private_user(6012, "Sari", "id")  # the same story as an urgent message, for comparison
    await standin.send_text(teller, story)
    urgent = await next_question(standin, teller.id, "🆘", timeout=30)
    user = standin.private_user(6013, "Sari", "id")
    received = await file_report(standin, user, country="Myanmar", story=story, category="trafficking")
    myanmar = TABLE.get("MM")
    assert myanmar is not None
    for mission in myanmar.missions_near(story):  # the same missions, with their notes, as the urgent reply
        assert mission.hotline is not None
        assert mission.label("id") in urgent.plain_text
        assert mission.label("id") in received
        assert mission.hotline.number in urgent.plain_text
        assert mission.hotline.number in received
    assert "KBRI dulu" in received
    assert "bukan polisi" in received
    assert received.index("KBRI Yangon") < received.index("Polisi setempat (setelah Anda keluar")


async def test_a_report_from_a_crew_member_at_sea_confirms_with_who_can_reach_the_ship(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    story = "Saya ABK di kapal ikan berbendera Taiwan, dipukuli kapten dan tidak boleh turun di pelabuhan."
    user = standin.private_user(6014, "Dodi", "id")
    received = await file_report(standin, user, country="Taiwan", story=story, category="violence")
    assert "Polisi setempat tidak bisa datang ke kapal" in received
    assert KEMLU in received
    assert "KDEI Taipei +886 901 132 000" in received
    assert "Polisi 110" not in received


async def test_an_open_urgent_case_offers_to_message_its_officer(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6008, "Yanti", "id")
    story = "Majikan memukul saya setiap hari dan mengunci saya di kamar."
    await file_report(standin, user, category="violence", country="Taiwan", story=story)
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    await standin.send_text(user, "tolong saya dipukul majikan lagi")
    reply = await next_question(standin, user.id, "🆘")
    assert reply.button("💬 Pesan ke petugas").callback_data == f"report:v1:msg:{case.id}"
    assert "1955" in reply.plain_text  # the country of her open case
    assert not any("🚨" in label for label in reply.button_texts)


async def test_a_shared_location_gives_the_numbers_of_its_country(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(6009, "Eka", "en")
    await standin.send_location(user, 25.03, 121.56)
    (reply,) = await standin.wait_for_bot_messages(user.id, 1)
    assert reply.plain_text.startswith("📍 Location received: Taiwan")
    for number in ("110", "+886 901 132 000", "1955"):
        assert number in reply.plain_text
    await standin.send_text(user, "help me, my employer locks me in")
    urgent = await next_question(standin, user.id, "🆘")
    assert "1955" in urgent.plain_text
    assert "Taiwan" in urgent.plain_text


async def test_darurat_uses_the_remembered_country(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    user = standin.private_user(6010, "Sari", "id")
    await standin.send_text(user, "sy kerja di hongkong sbg art")
    await standin.wait_for_bot_messages(user.id, 1)
    await standin.send_text(user, "/darurat")
    reply = await next_question(standin, user.id, "🆘")
    assert "+852 6773 0466" in reply.plain_text
    assert "2157 9537" in reply.plain_text
