"""A "di sana" points at the country named last anywhere in the conversation: an urgent message, the
country chosen after "🌏 Di luar negeri", else her open case's country; with no country in play, or a
"there" that points at no place, the question is matched as she wrote it."""

from __future__ import annotations

import pytest

from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.back_reference import country_referred_to, refers_back
from handlers.country_in_play import COUNTRY_NAMED_KEY
from tests.complaint_helpers import file_report, next_message, next_question, replies_to
from tests.emergency_helpers import said_to

ASKED = "di sana aman gk sih, katanya byk yg disiksa"  # alone, it leans to the online-scam entry


@pytest.mark.parametrize(
    ("said", "back"),
    [
        ("di sana aman gk sih", True),
        ("disana gajinya brp", True),
        ("klo kesana hrs bawa apa", True),
        ("negaranya aman gk", True),
        ("is it safe there?", True),
        ("how much is the salary there", True),
        ("gaji sy dipotong", False),
        ("is there a fee for the visa", False),
        ("there is no food for me", False),
        ("are there any jobs for women", False),
        ("sy udh cari kerja sana sini", False),
        ("nyari info kesana kemari", False),
        ("sy mau kesana bulan depan", True),
    ],
)
def test_there_is_a_reference_back(said: str, back: bool) -> None:
    assert refers_back(said) is back


@pytest.mark.parametrize(
    ("question", "named_last", "known", "country"),
    [
        ("di sana aman gk", "SA", "MY", "SA"),  # named last wins over what is known for her
        ("di sana aman gk", None, "MY", "MY"),  # her open case's country
        ("di sana aman gk", None, None, None),  # no country in play
        ("gaji sy dipotong", "SA", "MY", None),  # no "there"
        ("is there a fee", "SA", None, None),
    ],
)
def test_the_country_a_there_points_at(
    question: str, named_last: str | None, known: str | None, country: str | None
) -> None:
    assert country_referred_to(question, named_last, known) == country


async def test_there_after_an_urgent_message_is_the_country_it_named(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await said_to(standin, 7992, "tolong sy dipukul majikan di riyadh")
    text = await said_to(standin, 7992, ASKED, first=True)
    assert "Kamboja" not in text, text
    assert "Arab Saudi" in text, text


async def test_there_after_choosing_a_country_abroad_is_that_country(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7993, "Ani", "id")
    (block, *_) = await replies_to(standin, user, "tolong sy dikunci majikan")
    await standin.press_button(user, block, "sos:v1:abroad")
    countries = await next_question(standin, user.id, "sos:v1:cc:SA")
    await standin.press_button(user, countries, "sos:v1:cc:SA")
    await next_question(standin, user.id, "Arab Saudi")
    text = await said_to(standin, user.id, ASKED, first=True)
    assert "Kamboja" not in text, text
    assert "Arab Saudi" in text, text


async def test_there_with_only_her_open_case_in_play_is_the_cases_country(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7994, "Ani", "id")
    await file_report(standin, user, country="Arab Saudi", province=None, agency=None)
    case_bot.user_data[user.id].pop(COUNTRY_NAMED_KEY, None)  # the conversation that named it is over
    await standin.send_text(user, ASKED)  # goes to her case, with a button to ask it as a question
    forwarded = await next_question(standin, user.id, "report:v1:faq")
    (question,) = [data for data in forwarded.callback_data if data.startswith("report:v1:faq")]
    await standin.press_button(user, forwarded, question)
    await next_question(standin, user.id, "tidak diteruskan ke petugas")
    text = (await next_message(standin, user.id)).plain_text
    assert "Kamboja" not in text, text
    assert "Arab Saudi" in text, text


async def test_there_with_no_country_in_play_is_matched_as_written(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    alone = await said_to(standin, 7995, ASKED, first=True)
    assert "Arab Saudi" not in alone, alone
    # a "there" that points at no place leaves a question after a country as it was
    asked = "is there a fee for the visa"
    before = await said_to(standin, 7996, asked, first=True)
    await said_to(standin, 7997, "kerja di arab saudi syaratnya apa")
    assert await said_to(standin, 7997, asked, first=True) == before
