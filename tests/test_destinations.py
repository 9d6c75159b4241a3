"""The destinations table, its checks, and the pure emergency replies composed from it."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace
from pathlib import Path

import pytest

from faq.destinations import DEFAULT_PATH, read_destinations
from faq.emergency import (
    Action,
    Situation,
    Writer,
    danger_line,
    emergency_reply,
    follow_up_reply,
    has_left,
    reminder_reply,
    writer_of,
)
from faq.geocode import country_at
from faq.lint import lint_paths
from faq.places import load_places
from tests.emergency_helpers import HOME, TABLE

COMMON_DESTINATIONS = {
    *("MY", "SG", "HK", "TW", "BN", "SA", "AE", "QA", "KW", "OM", "BH", "JO", "TR", "KR", "JP"),
    *("KH", "MM", "LA", "TH", "PH", "VN"),
}


def test_the_table_covers_every_common_destination_with_evidence() -> None:
    assert set(TABLE.codes) == COMMON_DESTINATIONS
    for destination in TABLE:
        assert destination.police is not None, destination.code
        assert destination.missions, destination.code
        for name, number in destination.numbers().items():
            assert number.source, name
            assert number.as_of <= dt.date.today(), name
    assert TABLE.get("TW").labour.phone.number == "1955"  # type: ignore[union-attr]
    assert read_destinations()[1] == []


def test_placeholders_mark_unverified_numbers_in_the_readers_language() -> None:
    assert TABLE.placeholders("id")["dest_tw_labour_hotline"] == "1955"
    unverified = TABLE.unverified()
    assert unverified, "the shipped table still has numbers to confirm"
    name = unverified[0]
    assert TABLE.placeholders("id")[name].endswith("(cek ulang)")
    assert TABLE.placeholders("en")[name].endswith("(please verify)")


def test_an_operator_override_replaces_a_number_and_counts_as_verified() -> None:
    fixed = TABLE.with_overrides({"dest_th_mission": "+66 2 000 0000"}, today=dt.date(2026, 12, 6))
    mission = fixed.get("TH").mission  # type: ignore[union-attr]
    assert mission is not None
    assert mission.hotline is not None
    assert (mission.hotline.number, mission.hotline.verified) == ("+66 2 000 0000", True)
    assert "dest_th_mission" not in fixed.unverified()
    with pytest.raises(KeyError, match="dest_xx_police"):
        TABLE.with_overrides({"dest_xx_police": "1"})


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (("  MY:\n", "  Malaysia:\n"), "is not an ISO 3166-1 alpha-2 country code"),
        (
            ('source: "content review 2026-12-06, row 28 (HK/SG/MY 999)"}', "source: ''}"),
            "`source` is required",
        ),
        (("verified: true, as_of: 2024-12-03", "verified: yes-ish, as_of: 2024-12-03"), "`verified` must be"),
        (('number: "+60 17-668 8032"', "number: 6017"), "must be a quoted phone number"),
        (("as_of: 2024-12-03", "as_of: 2099-01-01"), "is in the future"),
        # a note in brackets would reach English replies in Indonesian: it belongs in `note` (id/en)
        (
            ("- name: KBRI Kuala Lumpur\n", "- name: KBRI Kuala Lumpur (24 jam)\n"),
            "put the words in brackets",
        ),
        (('en: "KSATRIA WhatsApp, 24 hours"', "en: 24"), "mission `note` needs text in `id` and `en`"),
        # a figure answers quote by name: a name a placeholder can carry, and its evidence
        (
            ('      min_wage:\n        id: "1.700', '      Min-Wage:\n        id: "1.700'),
            "lower-case letters",
        ),
        (
            ("verified: true\n        as_of: 2024-10-19", "verified: maybe\n        as_of: 2024-10-19"),
            "`verified`",
        ),
    ],
)
def test_a_broken_table_names_file_and_line(tmp_path: Path, change: tuple[str, str], fragment: str) -> None:
    original = DEFAULT_PATH.read_text(encoding="utf-8")
    old, new = change
    assert old in original
    broken = tmp_path / "destinations.yaml"
    broken.write_text(original.replace(old, new, 1), encoding="utf-8")
    expected_line = original[: original.index(old)].count("\n") + 1
    table, problems = read_destinations(broken)
    assert table is None
    assert len(problems) == 1, [str(problem) for problem in problems]
    assert fragment in problems[0].message
    assert problems[0].location.path == str(broken)
    assert problems[0].location.line == expected_line


def test_every_country_must_be_in_the_places_table() -> None:
    _, problems = read_destinations(known_codes=COMMON_DESTINATIONS - {"VN"})
    assert [problem.message for problem in problems] == ["country `VN` is not in the places table"]


def test_lint_knows_destination_placeholders(tmp_path: Path) -> None:
    source = (Path(__file__).parent / "data" / "lint_cases" / "unknown-placeholder.yaml").read_text()
    assert "{hotline_kemnaker}" in source
    known = tmp_path / "known.yaml"
    known.write_text(source.replace("{hotline_kemnaker}", "{dest_tw_labour_hotline}"), encoding="utf-8")
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text(source.replace("{hotline_kemnaker}", "{dest_xx_police}"), encoding="utf-8")
    assert lint_paths([known]) == []
    assert [problem.message for problem in lint_paths([unknown])] == [
        "entry `entry-satu`: unknown placeholder `{dest_xx_police}` in answer.id"
    ]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("tolong saya dikurung majikan", Writer.SELF),
        ("aku dipukuli majikan tiap hari", Writer.SELF),
        ("anak sy dikunci majikannya", Writer.FAMILY),
        ("adik saya tidak dikasih makan", Writer.FAMILY),
        ("istri sy dipukul majikan", Writer.FAMILY),
        ("anakku disekap", Writer.FAMILY),
        ("bojoku dikurung majikane", Writer.FAMILY),
        ("my sister is being beaten by her boss in dubai", Writer.FAMILY),
        ("my daughter is locked in", Writer.FAMILY),
        ("my boss beats me", Writer.SELF),
    ],
)
def test_who_is_writing(text: str, writer: Writer) -> None:
    assert writer_of(text) is writer


def test_the_person_abroad_gets_local_numbers_and_kp2mi_from_abroad() -> None:
    taiwan = TABLE.get("TW")
    reply = emergency_reply(Situation("id", taiwan), TABLE, HOME)
    assert "Taiwan" in reply.html
    for number in ("110", "+886 901 132 000", "1955", "+62 21 2924 4800"):
        assert number in reply.html
    assert "0800-1000" not in reply.html  # toll-free inside Indonesia only
    assert reply.actions == (Action.REPORT,)


def test_family_at_home_gets_numbers_to_pass_on_and_what_to_do_from_home() -> None:
    saudi = TABLE.get("SA")
    reply = emergency_reply(Situation("id", saudi, Writer.FAMILY), TABLE, HOME)
    for number in ("911", "+966 56 917 3990", "+966 50 360 9667", "0800-1000", "+62 812-9007-0027"):
        assert number in reply.html
    assert "Kirimkan nomor ini kepadanya" in reply.html
    assert "perekrut atau calo ke Polisi: <b>110</b>" in reply.html


def test_an_unknown_country_gets_indonesian_numbers_and_the_abroad_choice() -> None:
    reply = emergency_reply(Situation("en", None), TABLE, HOME)
    assert reply.actions == (Action.ABROAD, Action.REPORT)
    for number in ("110", "0800-1000", "+62 21 2924 4800", "+62 812-9007-0027", "129"):
        assert number in reply.html
    assert "setempat" not in reply.html
    assert "local emergency number" not in reply.html
    at_home = emergency_reply(Situation("id", None, in_indonesia=True), TABLE, HOME)
    assert at_home.actions == (Action.REPORT,)


def test_a_mission_without_a_known_hotline_points_to_the_foreign_ministry() -> None:
    brunei = TABLE.get("BN")
    assert brunei is not None
    assert brunei.mission is not None
    unknown = replace(brunei, missions=(replace(brunei.mission, hotline=None, note=None),))
    reply = emergency_reply(Situation("id", unknown), TABLE, HOME)
    assert "KBRI Bandar Seri Begawan: nomor hotline-nya belum kami punya; hubungi lewat Kemlu" in reply.html
    assert "+62 812-9007-0027" in reply.html


def test_an_office_line_is_shown_marked_with_the_foreign_ministrys_day_and_night_line() -> None:
    reply = emergency_reply(Situation("id", TABLE.get("BN")), TABLE, HOME)
    assert "KBRI Bandar Seri Begawan (telepon kantor): <b>+673 233 0180 (cek ulang)</b>" in reply.html
    assert "+62 812-9007-0027" in reply.html  # the office may be closed
    reminder = reminder_reply(Situation("en", TABLE.get("BN")), TABLE, HOME)
    assert "+673 233 0180 (please verify)" in reminder.html
    assert "+62 812-9007-0027" in reminder.html
    ticket = danger_line(TABLE.get("BN"), "id", HOME)
    assert "+673 233 0180 (cek ulang)" in ticket
    assert "Kemlu +62 812-9007-0027 (24 jam)" in ticket
    # in Penang the consulate's office line comes first, and the embassy's 24-hour hotline still shows
    penang = reminder_reply(Situation("id", TABLE.get("MY"), near="sy di penang"), TABLE, HOME)
    assert penang.html.index("KJRI Penang") < penang.html.index("+60 17-668 8032")
    assert "Kemlu" not in penang.html


def test_a_country_without_a_checked_crisis_line_says_so_plainly() -> None:
    for code in ("KW", "OM", "BH"):
        destination = TABLE.get(code)
        assert destination is not None
        assert destination.crisis is None
        reply = emergency_reply(Situation("id", destination, suicidal=True), TABLE, HOME)
        assert f"Nomor layanan jiwa di {destination.name.id} yang sudah kami cek belum ada." in reply.html
        assert "healing119.id" in reply.html
    saudi = emergency_reply(Situation("en", TABLE.get("SA"), suicidal=True), TABLE, HOME)
    assert "920033360 (please verify)" in saudi.html
    qatar = emergency_reply(Situation("en", TABLE.get("QA"), suicidal=True), TABLE, HOME)
    assert "<b>16000</b>" in qatar.html


def test_suicidal_thoughts_get_a_kind_word_the_mental_health_line_and_a_person() -> None:
    reply = emergency_reply(Situation("id", None, suicidal=True), TABLE, HOME)
    assert reply.html.startswith("💛 Terima kasih sudah mau bercerita")
    assert "119 ext. 8" in reply.html
    assert reply.actions == (Action.TALK, Action.ABROAD)  # where she is, unknown: one tap
    abroad = emergency_reply(Situation("en", TABLE.get("HK"), suicidal=True), TABLE, HOME)
    assert "healing119.id" in abroad.html
    assert "999" in abroad.html
    assert "+852 6773 0466" in abroad.html


def test_the_reminder_is_one_line_with_the_key_numbers() -> None:
    reply = reminder_reply(Situation("id", TABLE.get("TW")), TABLE, HOME)
    assert "\n" not in reply.html
    for number in ("110", "+886 901 132 000", "1955"):
        assert number in reply.html


def test_unverified_numbers_are_marked_and_names_are_escaped() -> None:
    reply = emergency_reply(Situation("id", TABLE.get("LA")), TABLE, HOME)
    assert "+856 20 5597 0520 (cek ulang)" in reply.html
    assert html.unescape(reply.html).count("<b>") == reply.html.count("<b>")


def test_the_danger_line_of_a_confirmation_uses_the_cases_country() -> None:
    line = danger_line(TABLE.get("SA"), "id", HOME)
    assert "911" in line
    assert "+966 56 917 3990" in line
    assert "0800-1000" not in line
    assert "110" in danger_line(None, "id", HOME)


def test_the_danger_line_of_a_report_from_a_scam_compound_puts_the_mission_before_the_police() -> None:
    line = danger_line(TABLE.get("MM"), "id", HOME, near="sy disekap di kk park, perusahaan scam")
    assert line.index("KBRI Yangon") < line.index("Polisi setempat (setelah Anda keluar dari kompleks)")
    # the urgent reply's warning and notes too, not only its numbers
    assert line.startswith("⚠️ Di kompleks scam: hubungi KBRI dulu")
    assert "KBRI Bangkok (bila sudah menyeberang ke Thailand) +66 92 903 1103" in line
    plain = danger_line(TABLE.get("TH"), "id", HOME, near="sy dikunci majikan di bangkok")
    assert plain.index("Polisi") < plain.index("KBRI Bangkok")


@pytest.mark.parametrize(
    ("latitude", "longitude", "code"),
    [
        (25.03, 121.56, "TW"),
        (3.14, 101.69, "MY"),
        (24.7, 46.7, "SA"),
        (-6.2, 106.8, "ID"),
        (22.3, 114.17, "HK"),
    ],
)
def test_a_location_is_placed_in_its_country_offline(latitude: float, longitude: float, code: str) -> None:
    assert country_at(latitude, longitude) == code


def test_impossible_coordinates_have_no_country() -> None:
    assert country_at(123.0, 0.0) is None


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("ibu sy di kampung sakit, sy dikunci majikan", Writer.SELF),
        ("tolong kabarin ibu sy di blitar, sy gk bisa keluar kamar", Writer.SELF),
        ("help, my mother is sick and my employer locks me in", Writer.SELF),
        ("aku dipukul bos, bapakku ra ngerti", Writer.SELF),
        ('tadi malam dia wa "tolong mak aku dikunci"', Writer.FAMILY),
        ("anak sy dikunci majikan di johor", Writer.FAMILY),
        ("tolong sy, anak sy dikurung", Writer.FAMILY),
        ("suami sy ABK, tadi nelp katanya dipukul kapten", Writer.FAMILY),
        ("my sister is being beaten by her boss in dubai", Writer.FAMILY),
    ],
)
def test_the_writer_is_the_person_in_danger_unless_she_writes_about_a_relative(
    text: str, writer: Writer
) -> None:
    assert writer_of(text) is writer


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("dulu sy di malaysia, skrg di rumah", True),
        ("sy pernah kerja di saudi", True),
        ("sy udh pulang dr taiwan", True),
        ("sy di riyadh kak, dikunci majikan", False),
        ("hrs bayar dulu di malaysia baru boleh pulang", False),  # "dulu" after a verb means "first"
        ("skrg di rumah majikan di penang", False),
    ],
)
def test_a_country_she_has_left_is_told_apart_from_where_she_is(text: str, left: bool) -> None:
    assert has_left(text) is left


@pytest.mark.parametrize(
    ("code", "text", "first"),
    [
        ("MY", "majikan di johor bahru", "KJRI Johor Bahru"),
        ("MY", "kerja di ladang sawit sabah", "KJRI Kota Kinabalu"),
        ("MY", "sy di kuching", "KJRI Kuching"),
        ("MY", "sy di kuala lumpur", "KBRI Kuala Lumpur"),
        ("SA", "sy di mekkah", "KJRI Jeddah"),
        ("SA", "sy di riyadh", "KBRI Riyadh"),
        ("AE", "di sharjah", "KJRI Dubai"),
        ("MM", "disekap di myawaddy", "KBRI Yangon"),
        ("VN", "di saigon", "KJRI Ho Chi Minh City"),
    ],
)
def test_the_mission_nearest_to_the_place_named_comes_first(code: str, text: str, first: str) -> None:
    destination = TABLE.get(code)
    assert destination is not None
    shown = destination.missions_near(text)
    assert shown[0].name.startswith(first)
    assert destination.missions[0] in shown  # the embassy always shows
    assert not any(mission.nearby_only and not mission.serves_place_in(text) for mission in shown)


def test_myawaddy_goes_to_kbri_yangon_first_and_bangkok_only_for_the_thai_side() -> None:
    """KBRI Yangon takes reports from the compounds; KBRI Bangkok receives those already across the river."""
    destination = TABLE.get("MM")
    assert destination is not None
    shown = [mission.name for mission in destination.missions_near("sy di kk park myawaddy")]
    assert shown[0] == "KBRI Yangon"
    assert shown[1] == "KBRI Bangkok"
    assert destination.missions_near("")[1].label("en") == "KBRI Bangkok (once you are across in Thailand)"


def test_every_place_a_mission_serves_is_in_its_country_in_the_places_table() -> None:
    places = load_places()
    for destination in TABLE:
        for mission in destination.missions:
            for name in mission.serves:
                assert places.countries_in(f"di {name}") == [destination.code], (mission.name, name)


def test_the_scam_compound_countries_have_a_mission_number() -> None:
    for code in ("KH", "MM", "LA", "TH", "PH", "VN"):
        destination = TABLE.get(code)
        assert destination is not None
        assert destination.mission is not None
        assert destination.mission.hotline is not None, code


def test_a_suicidal_person_abroad_gets_the_local_crisis_line() -> None:
    reply = emergency_reply(Situation("en", TABLE.get("SG"), suicidal=True), TABLE, HOME)
    assert "1767" in reply.html
    follow_up = follow_up_reply(Situation("id", TABLE.get("HK"), suicidal=True), TABLE, HOME)
    assert follow_up.html.startswith("💛 Saya masih di sini")
    assert "2896 0000" in follow_up.html
    assert follow_up.actions == (Action.TALK,)


def test_a_follow_up_without_a_country_asks_where_and_offers_both_buttons() -> None:
    reply = follow_up_reply(Situation("id", None), TABLE, HOME)
    assert "Tulis nama negara atau kotanya" in reply.html
    assert reply.actions == (Action.ABROAD, Action.REPORT)


def test_a_follow_up_from_family_adds_what_she_can_do_from_home() -> None:
    reply = follow_up_reply(Situation("id", TABLE.get("MY"), Writer.FAMILY, near="johor bahru"), TABLE, HOME)
    assert "+60 10-528 8040" in reply.html
    assert "0800-1000" in reply.html
    alone = follow_up_reply(Situation("id", TABLE.get("MY")), TABLE, HOME)
    assert "0800-1000" not in alone.html
