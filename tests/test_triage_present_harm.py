"""Harm told as happening now is not held back by the wording of ordinary questions, and signs counted
however they are asked are not counted under a supposition or the news."""

from __future__ import annotations

import pytest

from faq.triage import UrgencyDetector

rules = UrgencyDetector(model=None)
with_model = UrgencyDetector()


@pytest.mark.parametrize(
    "text",
    [
        # only a question in name
        "berapa lama ya orang bisa bertahan tanpa makan? nanya aja. majikan udah gak ngasih makan dari senin",
        # all well said first, then harm since yesterday
        "sy baik2 aja kak, cuma dari kemarin gak dikasih makan sama majikan",
        # a hypothetical asked, then told as fact
        "mau tanya, kalo kena pukul di kepala terus muntah itu bahaya ga? soalnya kemarin nyonya mukul"
        " sy pake setrika, blm boleh ke dokter",
        # a pretext before "sebenernya"
        "permisi min mau tanya prosedur cuti... eh sebenernya sy udh demam 5 hari, batuk ada darahnya",
    ],
)
def test_harm_now_is_urgent_however_it_is_framed(text: str) -> None:
    assert rules.is_urgent(text), rules.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        "seandainya adik sy dimasukin ke bagasi mobil, lapor ke mana?",
        "ada berita orang dimasukin ke bagasi mobil di johor, serem ya",
        "misalnya PMI meninggal di HK, surat buat ibu udah ditulis, gajinya ke siapa?",
    ],
)
def test_a_supposition_or_the_news_is_not_urgent(text: str) -> None:
    assert not rules.is_urgent(text), rules.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # all well said, and only a weak sign after it
        "sy baik2 aja kak, tadi cuma jatuh di kamar mandi, lutut memar",
        "sebenarnya sy cuma mau tanya cara perpanjang paspor di KBRI",
        "maaf pak saya mau tanya, nomor pengaduan saya kok ga bisa dicek?",
    ],
)
def test_ordinary_messages_stay_quiet(text: str) -> None:
    assert not with_model.is_urgent(text), with_model.assess(text)
