"""The places table: typed countries and provinces become ISO codes; ambiguous or weak guesses are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from faq.places import Places, PlacesError, load_places, read_places

JAWA_TIMUR_SPELLINGS = [
    "jatim",
    "Jatim",
    "JATIM",
    "jawa timur",
    "Jawa Timur ",
    "jawatimur",
    "jwa timur",
    "jawa timr",
    "east java",
    "Prov. Jawa Timur",
    "jatim, kab. blitar",
    "kab. blitar, jatim",
    "kab blitar",
    "Kab. Blitar",
    "kota blitar",
    "blitar jawa timur",
    "surabaya",
    "tulungagung",
    "Ponorogo",
    "ID-JI",
]


@pytest.fixture(scope="module")
def places() -> Places:
    return load_places()


@pytest.mark.parametrize("typed", JAWA_TIMUR_SPELLINGS)
def test_every_spelling_of_jawa_timur_is_id_ji(places: Places, typed: str) -> None:
    assert places.province_code(typed) == "ID-JI"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("jateng", "ID-JT"),
        ("Jawa Tengah", "ID-JT"),
        ("banyumas", "ID-JT"),
        ("kab. cilacap", "ID-JT"),
        ("jabar", "ID-JB"),
        ("indramayu", "ID-JB"),
        ("Cirebon", "ID-JB"),
        ("garut", "ID-JB"),
        ("diy", "ID-YO"),
        ("jogja", "ID-YO"),
        ("Yogya", "ID-YO"),
        ("ntb", "ID-NB"),
        ("NTB", "ID-NB"),
        ("lombok", "ID-NB"),
        ("Lombok Timur", "ID-NB"),
        ("nusa tengara barat", "ID-NB"),
        ("ntt", "ID-NT"),
        ("kupang", "ID-NT"),
        ("kalbar", "ID-KB"),
        ("sumut", "ID-SU"),
        ("sumatra utra", "ID-SU"),
        ("sulsel", "ID-SN"),
        ("dki", "ID-JK"),
        ("jakarta", "ID-JK"),
        ("Jakarta Timur", "ID-JK"),
        ("kepri", "ID-KR"),
        ("batam", "ID-KR"),
        ("papua", "ID-PA"),
        ("papua barat", "ID-PB"),
        ("papua brat", "ID-PB"),
        ("papua barat daya", "ID-PD"),
        ("sorong", "ID-PD"),
        ("papua selatan", "ID-PS"),
        ("merauke", "ID-PS"),
        ("papua tengah", "ID-PT"),
        ("timika", "ID-PT"),
        ("papua pegunungan", "ID-PE"),
        ("wamena", "ID-PE"),
    ],
)
def test_provinces_by_name_abbreviation_regency_and_typo(places: Places, typed: str, code: str) -> None:
    assert places.province_code(typed) == code


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "-", "tidak tahu", "gk tw", "jawa", "kalimantan", "jatim, kab. sleman", "rumah", "aman"],
)
def test_no_province_for_unknown_ambiguous_or_contradictory_answers(places: Places, typed: str) -> None:
    assert places.match_province(typed) is None


def test_exact_and_forgiven_matches_are_told_apart(places: Places) -> None:
    exact = places.match_province("Jawa Timur")
    typo = places.match_province("jwa timur")
    assert exact is not None
    assert typo is not None
    assert (exact.code, exact.name_id, exact.name_en, exact.exact, exact.score) == (
        "ID-JI",
        "Jawa Timur",
        "East Java",
        True,
        100.0,
    )
    assert (typo.code, typo.exact) == ("ID-JI", False)
    assert 85 <= typo.score < 100


def test_all_38_provinces_are_there_with_their_iso_codes(places: Places) -> None:
    codes = [province.code for province in places.provinces()]
    assert len(codes) == len(set(codes)) == 38
    assert {"ID-JI", "ID-JK", "ID-YO", "ID-PS", "ID-PT", "ID-PE", "ID-PD"} <= set(codes)
    for province in places.provinces():
        assert places.province_code(province.name_id) == province.code
        assert places.province_code(province.name_en) == province.code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("malaysa", "MY"),
        ("malaisya", "MY"),
        ("msia", "MY"),
        ("mlaysia", "MY"),
        ("Malaysia", "MY"),
        ("KL", "MY"),
        ("Kuala Lumpur", "MY"),
        ("penang", "MY"),
        ("johor", "MY"),
        ("Sabah", "MY"),
        ("sarawak", "MY"),
        ("kuching", "MY"),
        ("kota kinabalu", "MY"),
        ("tawau", "MY"),
        ("selangor", "MY"),
        ("malaysia, johor bahru", "MY"),
        ("singapura", "SG"),
        ("spore", "SG"),
        ("sg", "SG"),
        ("singapur", "SG"),
        ("hk", "HK"),
        ("hongkong", "HK"),
        ("hong kong", "HK"),
        ("Hongkok", "HK"),
        ("kowloon", "HK"),
        ("tw", "TW"),
        ("taiwan", "TW"),
        ("taiwa", "TW"),
        ("taipei", "TW"),
        ("taichung", "TW"),
        ("kaohsiung", "TW"),
        ("taoyuan", "TW"),
        ("arab", "SA"),
        ("saudi", "SA"),
        ("ksa", "SA"),
        ("arab saudi", "SA"),
        ("Saudi Arabia", "SA"),
        ("riyadh", "SA"),
        ("jeddah", "SA"),
        ("mekkah", "SA"),
        ("makkah", "SA"),
        ("madinah", "SA"),
        ("dammam", "SA"),
        ("uae", "AE"),
        ("emirat", "AE"),
        ("dubai", "AE"),
        ("abu dhabi", "AE"),
        ("sharjah", "AE"),
        ("qatar", "QA"),
        ("doha", "QA"),
        ("kuwait", "KW"),
        ("oman", "OM"),
        ("bahrain", "BH"),
        ("yordania", "JO"),
        ("jordan", "JO"),
        ("turki", "TR"),
        ("turkey", "TR"),
        ("korsel", "KR"),
        ("korea selatan", "KR"),
        ("south korea", "KR"),
        ("korea", "KR"),
        ("seoul", "KR"),
        ("busan", "KR"),
        ("ansan", "KR"),
        ("korea utara", "KP"),
        ("jepang", "JP"),
        ("japan", "JP"),
        ("nihon", "JP"),
        ("jepan", "JP"),
        ("tokyo", "JP"),
        ("osaka", "JP"),
        ("brunei", "BN"),
        ("brunai", "BN"),
        ("kamboja", "KH"),
        ("cambodia", "KH"),
        ("phnom penh", "KH"),
        ("sihanoukville", "KH"),
        ("sihanoukvile", "KH"),
        ("shihanoukville", "KH"),
        ("bavet", "KH"),
        ("poipet", "KH"),
        ("myanmar", "MM"),
        ("burma", "MM"),
        ("myawaddy", "MM"),
        ("yangon", "MM"),
        ("shwe kokko", "MM"),
        ("laos", "LA"),
        ("thailand", "TH"),
        ("bangkok", "TH"),
        ("mae sot", "TH"),
        ("filipina", "PH"),
        ("philippines", "PH"),
        ("manila", "PH"),
        ("vietnam", "VN"),
        ("australia", "AU"),
        ("selandia baru", "NZ"),
        ("polandia", "PL"),
        ("jerman", "DE"),
        ("italia", "IT"),
        ("inggris", "GB"),
        ("amerika", "US"),
        ("belanda", "NL"),
        ("china", "CN"),
        ("makau", "MO"),
        ("irak", "IQ"),
        ("mesir", "EG"),
        ("sudan", "SD"),
        ("libya", "LY"),
        ("yaman", "YE"),
        ("suriah", "SY"),
        ("lebanon", "LB"),
        ("aljazair", "DZ"),
        ("maroko", "MA"),
        ("tunisia", "TN"),
        ("mauritania", "MR"),
        ("palestina", "PS"),
        ("indonesia", "ID"),
        ("negara Malaysia", "MY"),
        ("di Taiwan", "TW"),
        ("MY", "MY"),
    ],
)
def test_countries_by_name_slang_city_and_typo(places: Places, typed: str, code: str) -> None:
    assert places.country_code(typed) == code


@pytest.mark.parametrize(
    "typed", ["", "tidak tahu", "gk tw", "aman", "luar negeri", "malaysia atau singapura", "papua", "rumah"]
)
def test_no_country_for_unknown_or_ambiguous_answers(places: Places, typed: str) -> None:
    assert places.match_country(typed) is None


@pytest.mark.parametrize(
    ("message", "codes"),
    [
        ("my sister is being beaten by her boss in dubai", ["AE"]),
        ("anak sy di penang", ["MY"]),
        ("majikan sy di penang", ["MY"]),
        ("tolong kak anak saya dikurung majikan di Malaysia", ["MY"]),
        ("sy kerja di hk 2 thn lalu pindah ke taiwan", ["HK", "TW"]),
        ("adik sy di kamboja disekap, HP diambil", ["KH"]),
        ("PASPOR DITAHAN AGENSI DI RIYADH", ["SA"]),
        ("kerja di Hong Kong sebagai PRT", ["HK"]),
        ("di hongkong gaji berapa", ["HK"]),
        ("tulung mas, aku dikunci neng kamar karo majikan", []),
        ("aku dikunci neng kamar karo majikan", []),
        ("sy cm punya ktp sm kk", []),
        ("hp sy gk ada pulsa", []),
        ("gk tw kl sg mana yg resmi", []),
        ("sy takut naik pesawat kak", []),
        ("anak sy masih kecil, sy titip ke ibu", []),
        ("apakah aman kerja di luar negeri lewat calo", []),
        ("us embassy", []),
        ("my passport was taken", []),
        ("as soon as possible please help", []),
    ],
)
def test_countries_named_inside_a_message(places: Places, message: str, codes: list[str]) -> None:
    assert places.countries_in(message) == codes


def test_lookup_by_code(places: Places) -> None:
    malaysia = places.country("my")
    assert malaysia is not None
    assert (malaysia.code, malaysia.name_id, malaysia.name_en) == (
        "MY",
        "Malaysia",
        "Malaysia",
    )
    taiwan = places.country("TW")
    assert taiwan is not None
    assert taiwan.name_en == "Taiwan"
    assert places.country("XX") is None
    jatim = places.province("ID-JI")
    assert jatim is not None
    assert jatim.name_id == "Jawa Timur"
    assert places.province("ID-XX") is None
    issue_countries = [
        "MY",
        "SG",
        "HK",
        "TW",
        "BN",
        "SA",
        "AE",
        "QA",
        "KW",
        "OM",
        "BH",
        "JO",
        "TR",
        "KR",
        "JP",
        "KH",
        "MM",
        "LA",
        "TH",
        "PH",
        "VN",
    ]
    assert set(issue_countries) <= {country.code for country in places.countries()}


BROKEN_PLACES = """\
countries:
  MY:
    id: Malaysia
    aliases: [malaysa, hk]
  XX:
    id: Nowhere
  HK:
    id: Hong Kong
    aliases: [hong kong, hk]
    colour: red
  SG:
    aliases: [kab.]
provinces:
  ID-JI:
    id: Jawa Timur
    aliases: [jatim]
  ID-JW:
    id: Jawa
  ID-JT:
    id: Jawa Tengah
    places: [Jatim]
"""


def test_lint_names_file_and_line_of_every_problem_in_the_places_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "places.yaml"
    broken.write_text(BROKEN_PLACES, encoding="utf-8")
    assert main(["faq", "lint", "--places", str(broken)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{broken}:5: country `XX` is not an ISO 3166-1 alpha-2 code",
        f"{broken}:9: country `HK`: `hk` is also a spelling of `MY` ({broken}:4)",
        f"{broken}:10: country `HK`: unknown field `colour`",
        f"{broken}:11: country `SG`: `id` is required",
        f"{broken}:17: province `ID-JW` is not an ISO 3166-2:ID code",
        f"{broken}:21: province `ID-JT`: `Jatim` is also a spelling of `ID-JI` ({broken}:16)",
    ]
    with pytest.raises(PlacesError, match=r"places\.yaml:5: country `XX`"):
        load_places(broken)


def test_lint_reports_a_yaml_error_in_the_places_table_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "places.yaml"
    broken.write_text("countries:\n  MY: [\n", encoding="utf-8")
    assert main(["faq", "lint", "--places", str(broken)]) == 1
    assert capsys.readouterr().out.startswith(f"{broken}:3: invalid YAML")


def test_shipped_places_table_passes_lint() -> None:
    assert read_places().problems == []
