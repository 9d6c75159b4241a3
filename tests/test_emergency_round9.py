"""End to end against the Bot API stand-in, as the seventh user test of emergencies found them: "sdh di
rumah" abroad is not safety at home, a plea for numbers in danger gets the numbers, the ambulance where the
one number brings it."""

from __future__ import annotations

import pytest

from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.emergency import back_in_indonesia, is_home_now
from tests.emergency_helpers import Exchange, exchanges


@pytest.mark.parametrize(
    ("said", "home", "indonesia"),
    [
        ("sdh di rumah kak", True, False),
        ("sdh di rumah majikan baru", False, False),
        ("sy udh di rumah agen skrg, agen jg marah2", False, False),
        ("skrg sy di rumah majikan, di kamar mandi", False, False),
        ("kak majikan sy udh pulang", False, False),
        ("sy sdh pulang ke indonesia", True, True),
        ("udh di kampung kak", True, True),
    ],
)
def test_home_words(said: str, home: bool, indonesia: bool) -> None:
    assert is_home_now(said) is home
    assert back_in_indonesia(said) is indonesia


@exchanges(
    at_home_in_abu_dhabi_is_asked_whose_house_and_keeps_the_uae_numbers=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk",),
        says="sdh di rumah kak",
        shows=("rumah siapa", "999"),
        lacks=("Syukurlah", "salah paham", "Menu utama"),
        first=True,
    ),
    after_at_home_a_beating_still_gets_the_uae_numbers=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk", "sdh di rumah kak"),
        says="dia pukul lagi",
        shows=("999", "Uni Emirat Arab"),
        lacks=("110", "Polisi (Indonesia)"),
        first=True,
    ),
    a_new_employers_house_in_kuwait_is_no_safety=Exchange(
        before=("sy dikunci di kamar sm majikan di kuwait",),
        says="sdh di rumah majikan baru",
        lacks=("Syukurlah", "salah paham"),
    ),
    after_a_new_employers_house_a_beating_still_gets_kuwait=Exchange(
        before=("sy dikunci di kamar sm majikan di kuwait", "sdh di rumah majikan baru"),
        says="sy dipukul lagi",
        shows=("112", "Kuwait"),
        lacks=("110",),
        first=True,
    ),
    the_agents_house_in_singapore_is_no_safety=Exchange(
        before=("sy dikunci majikan di singapore",),
        says="sy udh di rumah agen skrg, agen jg marah2",
        lacks=("Syukurlah", "salah paham"),
    ),
    back_in_indonesia_is_glad_without_i_misunderstood=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk",),
        says="sy sdh pulang ke indonesia kak",
        shows=("Syukurlah",),
        lacks=("salah paham",),
        first=True,
    ),
    back_in_indonesia_keeps_the_country_for_a_beating_told_next=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk", "sy sdh pulang ke indonesia kak"),
        says="dia pukul lagi",
        shows=("999",),
        first=True,
    ),
)
async def test_at_home_abroad(exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await exchange.check(standin)
