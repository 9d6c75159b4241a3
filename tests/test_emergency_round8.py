"""End to end against the Bot API stand-in, as a sixth user test of emergencies found them (the second
round of fixes): a worn-out worker is offered someone to tell rather than job topics, and handing a passport
over for the visa is told apart from an employer keeping it."""

from __future__ import annotations

import pytest

from bot.context import BotApplication
from bot.smalltalk import SmallTalk, classify
from bot.standin import BotApiStandIn
from faq.back_reference import refers_back
from faq.emergency import cannot_ring_out
from tests.emergency_helpers import Exchange, exchanges, replies_from


@pytest.mark.parametrize("said", ["aku capek bgt disini", "sy lelah kak", "capek banget kerja disini huhu"])
def test_weariness_alone_is_not_a_question(said: str) -> None:
    assert classify(said) is SmallTalk.WEARY


@pytest.mark.parametrize("said", ["capek nyuci tiap hari, boleh minta libur?", "gaji sy dipotong, capek"])
def test_weariness_beside_a_question_is_still_the_question(said: str) -> None:
    assert classify(said) is None


async def test_an_exhausted_worker_gets_a_kind_word_and_no_job_topics(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    (reply,) = await replies_from(standin, 7980, "aku capek bgt disini")
    assert "Maksud Anda" not in reply.plain_text, reply.plain_text
    assert "🙏" in reply.plain_text, reply.plain_text
    assert "cerita" in reply.plain_text, reply.plain_text
    assert "📝 Lapor" in reply.button_texts, reply.button_texts
    assert not any("faq:" in (button.callback_data or "") for button in reply.flat_buttons), reply.buttons


@exchanges(
    handing_a_passport_over_for_the_visa_is_told_it_is_normal_if_it_comes_back=Exchange(
        says="paspor dipegang agen buat visa normal ga",
        shows=("mengurus visa itu wajar", "tanda terima", "dikembalikan", "tidak boleh menahannya"),
        first=True,
    ),
    there_after_a_question_about_saudi_arabia_is_saudi_arabia=Exchange(
        before=("kerja di arab saudi syaratnya apa",),
        says="di sana aman gk sih, katanya byk yg disiksa",
        shows=("Arab Saudi",),
        lacks=("Kamboja",),
        first=True,
    ),
    a_mother_who_cannot_ring_abroad_is_told_where_to_write_not_the_no_credit_faq=Exchange(
        before=("anak sy di malaysa td mlm wa katanya dikunci majikan tolong mak",),
        says="sy gk bisa nelpon ke luar negri, pulsa gk ada",
        shows=("tidak harus menelepon", "WhatsApp"),
        lacks=("HP tanpa pulsa",),
        alone=True,
    ),
)
async def test_what_the_reply_says(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


@pytest.mark.parametrize(
    ("said", "back"),
    [("di sana aman gk sih", True), ("disana gajinya brp", True), ("gaji sy dipotong", False)],
)
def test_there_is_a_reference_back(said: str, back: bool) -> None:
    assert refers_back(said) is back


@pytest.mark.parametrize(
    ("said", "cannot"),
    [
        ("sy gk bisa nelpon ke luar negri, pulsa gk ada", True),
        ("hp sy gk ada pulsa", True),
        ("gk bisa nelpon keluarga", False),
        ("nomor kbri brp", False),
    ],
)
def test_cannot_ring_out(said: str, cannot: bool) -> None:
    assert cannot_ring_out(said) is cannot
