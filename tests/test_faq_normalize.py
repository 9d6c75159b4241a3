"""Normalisation, the slang map, YAML synonyms and spelling correction against the FAQ vocabulary."""

from __future__ import annotations

import pytest

from faq.normalize import Normalizer, basic_tokens
from faq.slang import SLANG
from faq.spelling import SpellingCorrector


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Apa Itu TPPO?", ["apa", "itu", "tppo"]),
        ("tolonggg!!! sy dikurung", ["tolong", "sy", "dikurung"]),
        ("ciri2 calo", ["ciri", "ciri", "calo"]),
        ("anak-anak", ["anak", "anak"]),
        ("ＰＴ nya resmi?", ["pt", "nya", "resmi"]),  # full-width letters from some phone keyboards
        ("gaji 8jt/bulan", ["gaji", "8jt", "bulan"]),
        ("", []),
    ],
)
def test_basic_tokens(text: str, tokens: list[str]) -> None:
    assert basic_tokens(text) == tokens


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("gmn cara kerja ke LN yg resmi", "bagaimana cara kerja ke luar negeri yang resmi"),
        ("brp biaya jd TKW", "berapa biaya jadi pmi"),
        ("sy blm dpt kontrak", "saya belum dapat kontrak"),
        ("piye carane daftar", "bagaimana cara daftar"),
        ("kumaha lamun teu boga paspor", "bagaimana kalau tidak boga paspor"),
        ("gk ada gaji udh 3 bln", "tidak ada gaji sudah 3 bulan"),
        ("my passport", "saya paspor"),
        ("kerja di hk", "kerja di hongkong"),
        ("brks ijin sm akte", "berkas izin sama akta"),  # paperwork abbreviations
        ("udh setaun blh pulang ga", "sudah setahun boleh pulang tidak"),
        ("berkas punapa mawon", "berkas apa saja"),  # Javanese krama
        ("badhe damel malih", "ingin kerja lagi"),
        ("bade damel anu resmi", "ingin kerja yang resmi"),  # Sundanese
    ],
)
def test_slang_and_abbreviations(text: str, normalized: str) -> None:
    assert Normalizer().normalize(text) == normalized


def test_slang_values_are_already_normal() -> None:
    """A slang value must not itself be a slang key, or the map would need a second pass."""
    normalizer = Normalizer()
    chained = {key: value for key, value in SLANG.items() if normalizer.normalize(value) != value}
    assert chained == {}


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("lewat pjtki", "lewat p3mi"),
        ("PT penyalur itu resmi?", "p3mi itu resmi"),  # multi-word variant, longest match first
        ("daftar lewat agency", "daftar lewat p3mi"),
        ("PT saya", "pt saya"),  # a prefix of a variant alone is left alone
    ],
)
def test_yaml_synonyms_rewrite_to_canonical(text: str, normalized: str) -> None:
    normalizer = Normalizer({"p3mi": ["pjtki", "pt penyalur", "agency"]})
    assert normalizer.normalize(text) == normalized


VOCABULARY = ["dokumen", "majikan", "berangkat", "paspor", "syarat", "gaji", "taiwan"]


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("dokumn", "dokumen"),
        ("majikn", "majikan"),
        ("brangkat", "berangkat"),
        ("syrat", "syarat"),
        ("paspornya", "paspor"),  # enclitic stripped before fuzzy matching
        ("gajinya", "gaji"),
        ("taiwn", "taiwan"),
        ("paspor", None),  # known words are left alone
        ("gji", None),  # too short to guess
        ("rendang", None),  # nothing close enough
        ("2026", None),
    ],
)
def test_spelling_correction_uses_the_faq_vocabulary(word: str, corrected: str | None) -> None:
    assert SpellingCorrector(VOCABULARY).correct(word) == corrected


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        (["paspor", "di", "tahan"], ["paspor", "ditahan"]),
        (["kerja", "di", "taiwan"], ["kerja", "di", "taiwan"]),  # "taiwan" is known: a place, not a verb
        (["tinggal", "di"], ["tinggal", "di"]),
    ],
)
def test_passive_prefix_typed_apart_is_joined(words: list[str], joined: list[str]) -> None:
    speller = SpellingCorrector(["ditahan", "taiwan", "paspor", "kerja", "tinggal"])
    assert speller.join_split_prefixes(words) == joined


def test_words_known_to_be_real_are_not_corrected() -> None:
    speller = SpellingCorrector(["perawat", "employer"], real_words=["pesawat"])

    assert speller.correct("pesawat") is None  # a real word (from the answers), not a typo of "perawat"
    assert speller.correct("perawst") == "perawat"
    assert speller.correct("employers") == "employer"  # English plural


@pytest.mark.parametrize(
    ("words", "corrected"),
    [
        (["daftarlewat", "agensi"], ["daftar", "lewat", "agensi"]),  # a space left out
        (["syaratkerja"], ["syarat", "kerja"]),
        (["kartupmi"], ["kartu", "pmi"]),  # a short piece when nothing more even fits
        (["paspornya"], ["paspor"]),  # an enclitic is not a second word
        (["daftar"], ["daftar"]),  # a known word is never split
        (["zzkerja"], ["zzkerja"]),  # both pieces must be words
        (["dbayar"], ["dibayar"]),  # the passive prefix typed as a bare "d"
        (["dlewat"], ["dlewat"]),  # only when the full passive is a word the content uses
    ],
)
def test_run_together_words_and_bare_prefixes_are_mended(words: list[str], corrected: list[str]) -> None:
    speller = SpellingCorrector(
        ["daftar", "lewat", "agensi", "syarat", "kerja", "kartu", "pmi", "paspor", "dibayar"]
    )
    assert speller.correct_all(words) == corrected


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        (
            "gaji sy blm naik2 udh 2 thn, boleh minta naik gk",
            "gaji saya belum kenaikan kenaikan sudah 2 tahun boleh minta kenaikan tidak",
        ),
        ("takut naik pesawat", "takut naik pesawat"),
        ("naik pesawat dulu, gaji nanti dikirim", "naik pesawat dulu gaji nanti dikirim"),
    ],
)
def test_naik_beside_pay_is_a_rise_not_boarding(text: str, normalized: str) -> None:
    assert Normalizer().normalize(text) == normalized
