"""The bar's table, generated from the data: for every destination in `destinations.yaml`, every way people
type it (its names, the places table's spellings and cities, the cities its consulates serve), in a slang
and an English message by the person in danger and by family at home, is flagged urgent, placed in that
country and answered first with its emergency number, its mission's hotline and its labour hotline.

A new row in the table, or a new spelling in the places table, is covered without touching this file. The
same steps as the bot, without Telegram: `test_emergency_e2e.py` sends a sample of these through the
stand-in."""

from __future__ import annotations

import pytest

from faq.destinations import Destination
from faq.emergency import Situation, Writer, emergency_reply, in_scam_compound, writer_of
from faq.places import load_places
from faq.places.text import place_key
from faq.triage import UrgencyDetector
from faq.whereabouts import country_in_message
from tests.emergency_helpers import HOME, TABLE

PLACES = load_places()
DETECTOR = UrgencyDetector()
# (language, who writes, message): slang and English, by the person in danger and by family at home.
MESSAGES = [
    ("id", Writer.SELF, "tlg sy dikunci majikan d {place} gk blh kluar, hp sy disita"),
    ("en", Writer.SELF, "please help me, my employer in {place} locks me in the house and beats me"),
    ("id", Writer.FAMILY, "adik sy di {place} dikurung majikan ga dikasih makan, tlg"),
    ("en", Writer.FAMILY, "my sister is being beaten by her boss in {place}, please help"),
]


def spellings(destination: Destination) -> list[str]:
    """Every way the data says people name this country inside a sentence."""
    place = PLACES.country(destination.code)
    assert place is not None, destination.code
    served = (name for mission in destination.missions for name in mission.serves)
    return sorted({*place.spellings(), *served})


def expected_numbers(destination: Destination, text: str) -> list[str]:
    """Police, the main mission's hotline (Kemlu's line when it has none), the labour hotline, and the
    hotline of a consulate serving the place the message names."""
    assert destination.police is not None
    numbers = [destination.police.number]
    mission = destination.mission
    assert mission is not None
    numbers.append(mission.hotline.number if mission.hotline is not None else HOME.kemlu)
    if destination.labour is not None:
        numbers.append(destination.labour.phone.number)
    key = place_key(text)
    numbers.extend(
        near.hotline.number
        for near in destination.missions
        if near.hotline is not None and near.serves and near.serves_place_in(key)
    )
    return numbers


def test_every_destination_has_spellings_and_a_city() -> None:
    for destination in TABLE:
        place = PLACES.country(destination.code)
        assert place is not None, destination.code
        assert place.aliases, destination.code
        assert [*place.places, *(name for m in destination.missions for name in m.serves)], destination.code


@pytest.mark.parametrize("code", TABLE.codes)
def test_every_spelling_of_a_destination_gets_its_numbers_first(code: str) -> None:
    destination = TABLE.get(code)
    assert destination is not None
    for spelling in spellings(destination):
        for lang, writer, template in MESSAGES:
            text = template.format(place=spelling)
            assert DETECTOR.is_urgent(text), text
            assert country_in_message(PLACES.country_mentions(text), None, TABLE.codes) == code, text
            assert writer_of(text) is writer, text
            situation = Situation(lang, destination, writer, near=text, scam_compound=in_scam_compound(text))
            shown = emergency_reply(situation, TABLE, HOME).html
            assert shown.startswith("🆘"), (text, shown)
            for number in expected_numbers(destination, text):
                assert number in shown, (text, number, shown)
