"""Who may be phoned: a request not to be called puts a warning on the staff card; not being able to ring
home does not."""

import pytest

from faq.emergency import asks_not_to_be_called


@pytest.mark.parametrize(
    "text",
    [
        "jgn ditelpon ya, chat aja",
        "aku gk bisa nelpon, ketahuan bos",
        "gk bisa angkat telpon, majikan di sebelah",
        "please don't call me",
        "i cant call, boss is here",
        "gk bisa nelp",
        "bisa lewat wa aja?",
    ],
)
def test_she_must_not_be_rung(text: str) -> None:
    assert asks_not_to_be_called(text)


@pytest.mark.parametrize(
    "text",
    [
        "hp sy diambil majikan, gk bisa nelpon keluarga",
        "sdh 2 bulan gak bisa telpon ke ibu",
        "sy tdk bisa telepon rumah, pulsa habis",
        "i cant call my family since march",
        "dia gak bisa nelpon anak2nya",
        "sy gk bisa nelpon ke luar negri, pulsa gk ada",
        "ibu gak bisa telpon luar negeri",
        "i can't call abroad",
    ],
)
def test_not_ringing_home_is_not_a_request_about_her_own_phone(text: str) -> None:
    assert not asks_not_to_be_called(text)
