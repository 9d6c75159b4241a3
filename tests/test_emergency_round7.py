"""End to end against the Bot API stand-in, as a sixth user test of emergencies found them: a suicidal worker
who misses her child is still the one in danger, every crisis line shows the number to call, a mother who
cannot ring abroad is told what she can do from home."""

from __future__ import annotations

import re

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.emergency import Writer, kind_line, writer_of
from faq.model import LANGUAGES
from storage.models.cases import Reporter
from tests.complaint_helpers import (
    STAFF_CHAT,
    answer_first_questions,
    confirm_place,
    next_message,
    next_question,
    talk_to_an_officer,
)
from tests.emergency_helpers import TABLE, Exchange, exchanges, said_to


def test_every_crisis_line_shows_the_number_to_call() -> None:
    for place in TABLE:
        if place.crisis is None:
            continue
        for lang in LANGUAGES:
            shown = kind_line(place, TABLE, lang)
            number = re.escape(place.crisis.phone.shown(lang))
            # bold on its own, not the tail of a WhatsApp number ("WhatsApp 9151 1767")
            assert re.search(rf"(?<!\d )(?<!\d)<b>{number}</b>", shown), (place.code, lang, shown)


async def test_singapores_crisis_reply_gives_1767_to_call(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await said_to(standin, 7950, "kayaknya lbh baik aku gk ada aja")
    text = await said_to(standin, 7950, "aku di spore", first=True)
    assert re.search(r"Samaritans of Singapore[^\n]*: 1767\b", text), text


@pytest.mark.parametrize(
    ("first", "place", "story"),
    [
        ("kayaknya lbh baik aku gk ada aja", "aku di spore", "majikan marah2 trs, aku kangen anakku"),
        ("aku gk kuat lg pengen mati aja", "di penang", "aku kangen anakku di kampung"),
    ],
)
async def test_a_suicidal_worker_who_misses_her_child_is_filed_as_herself(
    standin: BotApiStandIn, case_bot: BotApplication, first: str, place: str, story: str
) -> None:
    user = standin.private_user(7951, "Yanti", "id")
    await standin.send_text(user, first)
    await standin.send_text(user, place)
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, story)
    received = await next_question(standin, user.id, "Laporan diterima")
    assert "Temani dia" not in received.plain_text, received.plain_text
    assert "Kirimkan nomor ini kepadanya" not in received.plain_text, received.plain_text
    assert "💛" in received.plain_text, received.plain_text
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.reporter is Reporter.WORKER


@pytest.mark.parametrize(
    ("said", "writer"),
    [
        ("kayaknya lbh baik aku gk ada aja", Writer.SELF),
        ("aku gk kuat lg pengen mati aja", Writer.SELF),
        ("bukan kak, aku sendiri yg gk kuat", Writer.SELF),
        ("sy kerja di brunei, anak sy di kampung, majikan gk bayar gaji", Writer.SELF),
        ("adik sy tiap hari nangis pengen mati", Writer.FAMILY),
        ("sy kangen anak sy di malaysia", Writer.FAMILY),
        ("anak sy di rumah majikan dikunci", Writer.FAMILY),
        ("anak sy bilang dia pengen mati", Writer.FAMILY),
    ],
)
def test_who_is_in_danger_when_a_child_is_named(said: str, writer: Writer) -> None:
    assert writer_of(said) is writer


@pytest.mark.parametrize(
    "correction",
    [
        "bukan kak, aku sendiri yg gk kuat",
        # read as urgent in itself, and as thoughts of suicide: the line must still come again
        "bukan kak, aku sendiri yg pengen mati",
    ],
)
async def test_she_says_it_is_herself_and_gets_a_kind_word_and_the_line_again(
    standin: BotApiStandIn, case_bot: BotApplication, correction: str
) -> None:
    user = standin.private_user(7952, "Yanti", "id")
    # she first speaks of herself as of someone else
    await standin.send_text(user, "kak, adik sy di singapur bilang dia pengen mati aja")
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "tolong bantu kak, majikannya marah2 trs")
    await next_question(standin, user.id, "Laporan diterima")
    cases = services_of(case_bot).cases
    (case,) = await cases.cases_of(user.id)
    assert case.reporter is Reporter.FAMILY
    await standin.send_text(user, correction)
    text = ""
    while "Diteruskan ke petugas" not in text or "1767" not in text:  # a timeout if either never comes
        text += "\n" + (await next_message(standin, user.id)).plain_text
    assert "💛" in text, text
    assert re.search(r"Samaritans of Singapore[^\n]*: 1767\b", text), text
    (case,) = await cases.cases_of(user.id)
    assert case.reporter is Reporter.WORKER


async def test_a_mother_who_cannot_ring_abroad_is_told_what_she_can_do_from_home(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await said_to(standin, 7953, "anak sy di malaysa td mlm wa katanya dikunci majikan tolong mak")
    await said_to(standin, 7953, "sy gk bisa nelpon ke luar negri, pulsa gk ada")
    for asked in ("sy hrs gmn skrg, telp siapa", "anak sy gk bls wa lg dr tadi sy takut dia diapa2in"):
        text = await said_to(standin, 7953, asked, first=True)
        assert "0800-1000" in text, (asked, text)
        assert "+62 812-9007-0027" in text, (asked, text)
        assert "999" in text, (asked, text)  # still hers to pass on


def test_not_being_able_to_ring_abroad_is_no_harm_to_herself() -> None:
    story = "anak sy di malaysa td mlm wa katanya dikunci majikan tolong mak\nsy gk bisa nelpon ke luar negri"
    assert writer_of(story) is Writer.FAMILY
    assert writer_of("sy gk bisa nelpon, hp sy disita majikan") is Writer.SELF


async def test_a_shared_location_is_kept_in_the_story_she_reports(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await said_to(standin, 7954, "tolong sy disekap")
    user = standin.known_user(7954)
    assert user is not None
    await standin.send_location(user, 24.71, 46.68)
    await next_question(standin, user.id, "Lokasi diterima")
    await said_to(standin, 7954, "sy gk tau alamatnya, cm tau dkt masjid")
    story = await services_of(live_bot).emergency.story_of(user.id) or ""
    assert "24.71000,46.68000" in story, story
    assert "Arab Saudi" in story, story
    assert "dkt masjid" in story, story


async def test_a_location_sent_while_her_urgent_case_is_open_reaches_the_officer(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7955, "Ani", "id")
    await standin.send_text(user, "sy di riyadh, aku pengen mati aja kak")
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "majikan kunci sy di kamar")
    await next_question(standin, user.id, "Laporan diterima")
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    await standin.send_location(user, 24.71, 46.68)
    reply = await next_question(standin, user.id, "Lokasi diterima")
    assert case.ticket is not None
    assert case.ticket in reply.plain_text, reply.plain_text
    relayed = await next_question(standin, STAFF_CHAT, "Lokasi dibagikan")
    assert "24.71000,46.68000" in relayed.plain_text, relayed.plain_text
    assert case.ticket in relayed.plain_text, relayed.plain_text


def test_a_location_in_her_story_is_near_the_top_of_the_staff_card() -> None:
    from handlers.case_view import location_lines
    from storage.models.cases import Case

    shared = "📍 Lokasi dibagikan: 24.71000,46.68000 (Riyadh; Arab Saudi) https://x.test/?q=1"
    story = f"tolong sy disekap\n{shared}\nsy gk tau"
    (line,) = location_lines(Case(story=story))
    assert "24.71000,46.68000 (Riyadh; Arab Saudi)" in line, line
    assert location_lines(Case(story="tolong sy disekap")) == []


def test_her_review_screen_says_she_will_not_be_rung_when_her_story_asks_it() -> None:
    from datetime import UTC, datetime

    from handlers.complaint_ask import summary
    from storage.services.intake import Draft
    from storage.services.intake_form import Step

    def review(story: str) -> str:
        answers = {"story": story, "phone": None}
        return summary(Draft(1, 1, Step.CONFIRM, "id", True, answers, datetime.now(UTC)), "id")

    assert "Petugas tidak akan menelepon" in review("jangan telepon ya, chat aja. majikan kunci sy")
    assert "Petugas tidak akan menelepon" not in review("sy gk bisa nelpon ke luar negri, pulsa gk ada")


async def test_she_asked_not_to_be_reported_so_nothing_is_filed_until_she_says_yes(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7958, "Rini", "id")
    await standin.send_text(user, "sy di kuwait, rasanya pengen bunuh diri aja")
    await standin.send_text(user, "jgn lapor2 kak, sy cm mau ngomong")
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "sy cm kesepian, majikan baik kok")
    asked = await next_question(standin, user.id, "report:v1:talk:send")
    assert "Laporan diterima" not in asked.plain_text, asked.plain_text
    cases = services_of(case_bot).cases
    assert await cases.cases_of(user.id) == []
    await standin.press_button(user, asked, "report:v1:talk:keep")
    kept = await next_question(standin, user.id, "tidak saya kirim")
    assert await cases.cases_of(user.id) == []
    # she changes her mind: the same words go to an officer once she says yes
    await standin.press_button(user, kept, "report:v1:talk")
    await next_question(standin, user.id, "Tulis saja")
    await standin.send_text(user, "tp sy mau cerita ke petugas aja deh")
    asked = await next_question(standin, user.id, "report:v1:talk:send")
    await standin.press_button(user, asked, "report:v1:talk:send")
    await next_question(standin, user.id, "Laporan diterima")
    (case,) = await cases.cases_of(user.id)
    assert "sy cm kesepian" in (case.story or "")


async def test_only_able_to_chat_next_to_a_country_gets_where_to_write_there(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await Exchange(
        before=("tolong sy dikunci majikan",),
        says="sy di taiwan, ini pinjem hp temen, cuma bisa chat",
        starts="💬",
        shows=("WhatsApp KP2MI: +62 811-8080-141",),
        first=True,
    ).check(standin, 7959)
    assert await services_of(live_bot).emergency.country_of(7959) == "TW"


async def test_a_worker_reporting_for_herself_is_not_told_her_family_is_in_danger(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7960, "Sari", "id")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, reporter="worker", category="violence")
    await next_question(standin, user.id, "report:v1:country:")
    await standin.send_text(user, "Brunei")
    await confirm_place(standin, user, "country", "provinsi")
    await standin.send_text(user, "/lewati")
    await confirm_place(standin, user, "province", "agensi")
    await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "Ceritakan")
    await standin.send_text(user, "majikan pukul terus pake kayu, anak sy sakit tp gk boleh pulang, tolong")
    block = (await next_question(standin, user.id, "🆘")).plain_text
    assert "Keluarga Anda dalam bahaya" not in block, block
    assert "Kirimkan nomor ini kepadanya" not in block, block
    assert "Brunei" in block, block


@exchanges(
    bleeding_in_malaysia_is_told_999_is_also_the_ambulance=Exchange(
        before=("tolong sy dipukul majikan di malaysia",),
        says="tangan sy berdarah kena pisau",
        shows=("Ambulans 999",),
        first=True,
    ),
    a_worker_who_has_fled_mid_emergency_is_told_where_to_go_now=Exchange(
        before=("tolong aku dipukul majikan di taichung",),
        says="aku udh kabur skrg di stasiun taichung gk tau mau kmn",
        shows=("KDEI Taipei", "1955", "minta perlindungan"),
        lacks=("sebelum pergi", "Bukan ini?"),
        alone=True,
    ),
    working_a_scam_job_in_cambodia_now_gets_cambodias_help_first=Exchange(
        says="bang sy di kamboja kerja scam",
        starts="🆘",
        shows=("KBRI Phnom Penh",),
        lacks=("Belum berangkat",),
        first=True,
    ),
)
async def test_what_the_reply_says(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
