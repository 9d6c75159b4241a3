"""Findings of user test 7 (tests/data/user_tests/2026-12-06-round7-everyday-questions.md, 104 everyday
questions asked by someone who had not read the code), as tests of the bot's first reply: a paid shortcut
to Korea, Japan or Taiwan gets a plain "don't pay" first; the facts the tester found wrong are right; the
questions answered by the wrong entry, or only with choices, get the entry that fits."""

from __future__ import annotations

import pytest

from faq.matcher import Decision
from tests.answer_helpers import answer_text, engine

# A shortcut sold for money: the answer opens with "don't pay" / "don't hand over money".
PAID_SHORTCUTS = [
    ("ada yg nawarin visa kerja korea E-7 bayar 100jt, asli gk", "biaya-korea", "Jangan bayar"),
    ("visa kerja E-7 korea lewat agen bayar 150 juta", "biaya-korea", "Jangan bayar"),
    ("ada yg nawarin ke korea bayar 40jt tanpa tes", "biaya-korea", "Jangan bayar"),
    ("ditawarin ke jepang tanpa tes bayar 80 juta, aman gk", "calo-sponsor", "Jangan serahkan uang"),
    ("ada jalur khusus ke taiwan bayar 70jt langsung berangkat", "calo-sponsor", "Jangan serahkan uang"),
]


@pytest.mark.parametrize(("question", "entry_id", "opens_with"), PAID_SHORTCUTS)
def test_a_paid_shortcut_gets_the_scam_warning_first(question: str, entry_id: str, opens_with: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id), reply.offered
    assert answer_text(entry_id).startswith(opens_with)


def test_a_korean_work_visa_sold_for_money_is_named_a_scam() -> None:
    assert "visa kerja (E-9, E-7 atau lainnya) yang dijual asal bayar: penipuan" in answer_text("biaya-korea")
    assert "a work visa (E-9, E-7 or any other) sold for money: a scam" in answer_text("biaya-korea", "en")


def test_hong_kong_maternity_leave_is_14_weeks() -> None:
    indonesian, english = answer_text("hamil-sakit"), answer_text("hamil-sakit", "en")

    assert "Cuti melahirkan 14 minggu (sejak Desember 2020)" in indonesian
    assert "14 weeks' maternity leave (since December 2020)" in english
    assert "10 minggu" not in indonesian
    assert "10 weeks" not in english


def test_only_emergency_dental_care_is_on_the_hong_kong_employer() -> None:
    reply = engine().decide_reply("sakit gigi di hk mahal, pake asuransi bisa gk")

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, "hamil-sakit")
    assert "majikan wajib bayar hanya perawatan gigi darurat" in answer_text("hamil-sakit")
    assert "only for emergency dental treatment" in answer_text("hamil-sakit", "en")


@pytest.mark.parametrize("entry_id", ["gaji-biaya-negara", "gaji-di-luar-negeri"])
def test_malaysia_gives_a_domestic_worker_one_figure(entry_id: str) -> None:
    """The general RM1,700 minimum does not cover domestic workers: both salary entries give a domestic
    worker the MoU's RM1,500 and say the 1,700 is for other jobs."""
    indonesian, english = answer_text(entry_id), answer_text(entry_id, "en")

    assert "Malaysia, PRT" in indonesian or "Malaysia 1.500 ringgit sebulan" in indonesian
    assert "1.500 ringgit sebulan (MoU Indonesia-Malaysia 2022)" in indonesian
    assert "lain" in indonesian.split("1.500 ringgit sebulan")[1].split("1.700 ringgit")[0].lower()
    assert "1,500 ringgit a month" in english


# S2-6, S2-7: answered by the wrong entry, or the generic one where a specific one exists.
RIGHT_ENTRY = [
    ("apa aja yg hrs dibawa pas brgkt", "dokumen-pmi", "Hari berangkat, bawa sendiri paspor"),
    ("kontrak kerja di korea brp taun", "korea-kontrak", "4 tahun 10 bulan"),
    ("sy pengen pulang aja kak, kangen anak, tp kontrak msh 1 thn", "masa-kerja-selesai", "sebelum kontrak"),
    ("sy di malaysia permit mati, bisa diurus gk", "pulang-deportasi", "Jangan sembunyi"),
    # No entry on cruise ships: the official vacancies, not the fishing-crew entry.
    ("kerja di kapal pesiar lewat mana", "lowongan-resmi", "Cari lowongan resmi"),
]


@pytest.mark.parametrize(("question", "entry_id", "says"), RIGHT_ENTRY)
def test_a_question_gets_the_entry_that_fits(question: str, entry_id: str, says: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id), reply.offered
    assert says in answer_text(entry_id)


def test_a_cruise_ship_is_not_a_fishing_boat() -> None:
    assert engine().decide_reply("kerja di kapal pesiar lewat mana").entry_id != "abk-kapal-ikan"


# S2-8: plain questions that got only "Maksud Anda" although one entry clearly fits.
SURE_ANSWERS = [
    ("assalamualaikum kak, sy mau krj ke hongkong jd art, biaya nya brp ya", "negara-hongkong"),
    ("biaya ke hk brp", "negara-hongkong"),
    ("sy gk pny uang, bs pinjem gk? katanya nanti potong gaji", "utang-berangkat"),
    ("boleh bawa hp gk kalo krj di singapur", "libur-hp-ibadah"),
]


@pytest.mark.parametrize(("question", "entry_id"), SURE_ANSWERS)
def test_a_plain_question_gets_an_answer_not_choices(question: str, entry_id: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id), reply.offered
