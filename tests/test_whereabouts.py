"""Where a message puts the person in danger: a street or building named after a country moves no one, a
city of the country already known keeps it, a city says more than a bare country word, and the country of
her open case outranks an old name; the nearest consulate follows the city named."""

from __future__ import annotations

import pytest

from faq.emergency import Situation, reminder_reply
from faq.places import load_places
from faq.whereabouts import country_in_message, depends_on_known
from tests.emergency_helpers import HOME, TABLE

PLACES = load_places()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("majikannya namanya Mr Tan di Jalan Burma Georgetown", ["MY"]),
        ("tolong sy dikunci majikan, rumahnya di Burma Road", []),
        ("rumah majikan di Jln. Siam no 12", []),
        ("alamatnya jl siam", []),
        ("kerja di toko Thailand Street", []),
        ("majikan tinggal di Jalan Sultan Ismail, Kuala Lumpur", ["MY"]),
        ("kantornya di Wisma Singapura", []),
        ("rumahnya dkt Malaysia Building", []),
        ("jalan kuching", []),  # a road in Kuala Lumpur, not the city
        # "jalan" as a walk, or a street word with "di"/"ke" between: still the country
        ("sy jalan2 ke thailand", ["TH"]),
        ("disuruh jalan ke burma", ["MM"]),
        ("sy jalan di malaysia sendirian", ["MY"]),
        ("kerja di orchard road", ["SG"]),  # a place of its own, street word included
        ("sy disekap di burma", ["MM"]),
        ("di kl, dulu di penang", ["MY"]),
    ],
)
def test_street_and_building_names_name_no_country(text: str, codes: list[str]) -> None:
    assert PLACES.countries_in(text) == codes


@pytest.mark.parametrize(
    ("text", "known", "country"),
    [
        # a city of the country already known: nothing switches
        ("majikannya namanya Mr Tan di Jalan Burma Georgetown", "MY", "MY"),
        ("majikannya namanya Mr Tan di Jalan Burma Georgetown", None, "MY"),
        ("tolong sy dikunci majikan, rumahnya di Burma Road", "HK", None),
        # a city says more than a bare country word
        ("majikannya orang burma, rumahnya di penang", None, "MY"),
        ("majikannya orang burma, rumahnya di penang", "HK", "MY"),
        ("majikan sy orang siam, sy di bangkok", "MY", "TH"),
        # the known country outranks an old name alone
        ("majikan sy orang burma", "MY", None),
        ("masakan siam tiap hari", "SG", None),
        # ... but not a plain statement of where she is
        ("sy dibawa ke myanmar", "MY", "MM"),
        ("sy di singapura skrg", "HK", "SG"),
        ("sy disekap di burma", None, "MM"),
        ("tolong sy masih dikunci", "MY", None),
    ],
)
def test_the_country_a_message_places_her_in(text: str, known: str | None, country: str | None) -> None:
    assert country_in_message(PLACES.country_mentions(text), known, TABLE) == country


def test_a_country_without_help_in_the_table_is_not_chosen() -> None:
    mentions = PLACES.country_mentions("majikan di malaysia")
    assert country_in_message(mentions, None, usable={"SG"}) is None


@pytest.mark.parametrize(
    ("near", "consulate"),
    [
        ("Malaysia\nAnak saya kerja di Penang", "KJRI Penang"),
        ("majikan di jalan burma georgetown", "KJRI Penang"),
        ("sy di kuching", "KJRI Kuching"),
    ],
)
def test_the_one_line_reminder_names_the_nearest_consulate(near: str, consulate: str) -> None:
    reply = reminder_reply(Situation("id", TABLE.get("MY"), near=near), TABLE, HOME)
    assert f"{consulate} (telepon kantor) <b>+60 " in reply.html  # its office line, marked
    assert "(cek ulang)" in reply.html
    assert reply.html.index(consulate) < reply.html.index("KBRI Kuala Lumpur")  # still a number to call


def test_the_reminder_without_a_city_gives_the_embassy_alone() -> None:
    reply = reminder_reply(Situation("id", TABLE.get("MY"), near="tolong sy dikunci"), TABLE, HOME)
    assert "KBRI Kuala Lumpur <b>+60 17-668 8032</b>" in reply.html
    assert "KJRI" not in reply.html
    assert "Kemlu" not in reply.html


@pytest.mark.parametrize(
    ("text", "depends"),
    [
        ("gaji di malaysia berapa", False),
        ("sy di georgetown, penang", False),
        ("majikan sy orang burma", True),
        ("dari malaysia dibawa ke thailand", True),
    ],
)
def test_only_a_message_the_known_country_could_change_needs_it(text: str, depends: bool) -> None:
    mentions = PLACES.country_mentions(text)
    assert depends_on_known(mentions) is depends
    if not depends:  # then the answer is the same whatever is known
        answers = {country_in_message(mentions, known, TABLE) for known in (None, "MY", "HK", "MM")}
        assert len(answers) == 1
