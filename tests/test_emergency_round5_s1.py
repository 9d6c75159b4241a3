"""End to end against the Bot API stand-in, as the fifth user test's worst findings were met: a suicidal
mother abroad who names her child is the one in danger, pills gathered and a farewell letter are read as
suicidal, "di kl" is Kuala Lumpur, and "don't call me" at the report's phone step is kept for the staff."""

from __future__ import annotations

import pytest

from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.places import load_places
from tests.complaint_helpers import replies_to


async def test_locked_in_kl_gets_malaysias_numbers(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    user = standin.private_user(7901, "Lina", "id")
    said = "kak aku di kl, majikan kunci aku di rumah, ga dikasi makan 2 hari"
    replies = await replies_to(standin, user, said)
    text = "\n".join(reply.plain_text for reply in replies)
    assert "KBRI Kuala Lumpur" in text, text
    assert "999" in text, text
    assert "Polisi (Indonesia)" not in text, text


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("aku di kl, majikan kunci aku", "MY"),
        ("sy kerja di KL", "MY"),
        ("di k.l. kak", "MY"),
        ("KL", "MY"),
        ("aku di jb", "MY"),
        ("aku di hk", "HK"),
        ("sy di tw udh 2 thn", "TW"),
        ("anak sy di ksa", "SA"),
        ("sy di uae", "AE"),
        ("aku di sg", "SG"),
    ],
)
def test_city_and_country_abbreviations_name_the_country(said: str, code: str) -> None:
    assert [mention.code for mention in load_places().country_mentions(said)] == [code]


@pytest.mark.parametrize(
    "said",
    ["aku di jkt", "kl sy dipukul gmn", "gk tw kak", "in my room", "pergi ke mal", "sg penting sehat"],
)
def test_abbreviations_that_are_chat_words_name_no_country_abroad(said: str) -> None:
    assert [m.code for m in load_places().country_mentions(said) if m.code != "ID"] == []
