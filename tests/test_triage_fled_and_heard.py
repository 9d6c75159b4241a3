"""A flight that leaves a friend without papers is a legal question; a story heard, a video watched, an
offender already in jail and Sundanese "diajar" (learn) or "dikurangi" (reduced) raise no alarm. Fled and
hiding from pursuers, hurt, hungry or with nowhere to sleep is still urgent."""

from __future__ import annotations

import pytest

from faq.triage import UrgencyDetector

rules = UrgencyDetector(model=None)
with_model = UrgencyDetector()


@pytest.mark.parametrize(
    "text",
    [
        "temen sy kabur dr majikan, skrg gk ada dokumen, gmn",
        "temen sy kabur dr majikan di taiwan, dia aman kok, cm gk ada dokumen. gmn ngurusnya",
        "sy kabur dari majikan taun lalu, skrg ga punya paspor, gmn cara pulang",
        "kumaha carana daftar ka Korea? abdi lulusan SMK di Subang, tos diajar basa Korea saeutik",
        "Ramadhan di qatar jam kerjanya dikurangi ga?",
        "kak, tetangga sy pulang dr malaysia bawa cerita ada yg dijual. jadi takut mau berangkat. gimana biar"
        " aman?",
        "min aku nonton di yt ada TKW dikunci majikan. serem. kalo itu kejadian ke aku, aku harus hubungin"
        " siapa ya? aku berangkat bulan depan ke HK",
        "dulu pernah diancam dibunuh sama sponsor krn mau mundur, tahun 2019, sekarang dia udah dipenjara."
        " aku mau coba lagi lewat PT resmi. mulai dari mana?",
    ],
)
def test_an_ordinary_message_is_not_flagged(text: str) -> None:
    assert not with_model.is_urgent(text), with_model.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # hiding from those who look for her, hurt, hungry, nowhere to sleep: the flight is still danger
        "temen sy kabur dr majikan, skrg gk ada dokumen, sembunyi di toilet masjid, majikan lagi nyari dia",
        "temen sy kabur dr majikan, skrg gk ada dokumen, kepalanya berdarah dipukul majikan",
        "temen sy kabur dr majikan, gk ada dokumen, udah 3 hari ga makan",
        "sy kabur dr majikan, ga punya paspor, skrg tidur di taman, hamil 7 bulan",
        # a jail threatened, not an offender jailed
        "majikan ngancem kl lapor sy yg dipenjara, sy dikunci di gudang dari kemarin",
        # a story told by a sister is hers
        "kakak sy cerita tadi dia dijual agen ke majikan lain",
    ],
)
def test_the_rules_flag_it(text: str) -> None:
    assert rules.is_urgent(text), rules.assess(text)
