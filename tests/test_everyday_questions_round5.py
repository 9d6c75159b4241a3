"""Everyday questions from user test 5 (tests/data/user_tests/2026-12-06-round5-everyday-questions.md) that
were answered with the wrong entry, with choices only, or without the figure asked for: each first reply now
shows the entry that answers it, and that answer carries the fact the person asked about (a wage, a length,
how to check), with the figures filled in from the destinations table."""

from __future__ import annotations

import pytest

from faq.destinations import load_destinations
from faq.matcher import Decision
from tests.answer_helpers import answer_text, engine


@pytest.mark.parametrize(
    ("question", "entry_id", "says"),
    [
        # Bu Siti, planning domestic work in Hong Kong or Taiwan
        ("itu wajar gk kak 15jt? sy gk punya uang sbnyk itu", "biaya-penempatan", "tidak boleh ditagih"),
        ("umur sy 30 thn cm lulusan smp bisa gk", "syarat-pmi", "30-an"),
        ("klo ke taiwan gmn kak, lbh enak hk ato taiwan", "gaji-biaya-negara", "20.000 dolar Taiwan"),
        ("klo gaji di taiwan brp kak", "gaji-biaya-negara", "20.000 dolar Taiwan"),
        ("boleh bawa hp gk kak? takut disita majikan", "libur-hp-ibadah", "boleh bawa"),
        ("berapa lama prosesnya dr daftar sampe brgkt", "lama-proses", "3–4 bulan"),
        ("pelatihan nya di BLK brp bulan", "pelatihan-lpk", "3–4 bulan"),
        ("kontrak kerja nya brp thn", "perjanjian-kerja", "Hong Kong 2 tahun, Taiwan 3 tahun"),
        ("punten teh, sy punya anak umur 2 thn, boleh brgkt gk", "anak-dititipkan", "12 bulan"),
        # Pak Bambang, whose son wants Korea or Japan
        ("ujian bahasa korea nya gmn, daftarnya dmn", "negara-korea", "EPS-TOPIK"),
        ("anak sy umur 24 lulusan SMK, bs ikut?", "syarat-pmi", "Korea: 18–39"),
        (
            "sy sdh bayar sponsor 25jt katanya dijamin lolos ke korea, itu penipuan bukan?",
            "calo-uang-kembali",
            "ciri penipuan",
        ),
        ("gaji di korea brp per bulan", "eps-gaji-menunggu", "10.320 won per jam"),
        ("stlh lulus ujian eps nunggu brp lama", "eps-gaji-menunggu", "2 tahun sejak pengumuman"),
        ("anak sy blm bisa bahasa jepang, bisa langsung brgkt?", "negara-jepang", "Belum bisa berangkat"),
        ("sponsornya ngancam klo sy lapor uangnya ilang, gmn pak", "calo-uang-kembali", "diancam"),
        # Lina, a domestic worker in Malaysia
        ("kontrak sy habis bulan dpn, gmn cara pulangnya", "masa-kerja-selesai", "tiket pulang"),
        ("sy kerja tiap hari gk ada libur", "libur-hp-ibadah", "Tidak pernah libur"),
        ("sy mau perpanjang kontrak, hrs lewat agen lg?", "masa-kerja-selesai", "tanpa agen"),
        ("bpjs ketenagakerjaan sy masih aktif gk ya, cara ceknya", "bpjs-pmi", "JMO"),
        ("bisa klaim bpjs klo sakit di sini?", "bpjs-pmi", "Sakit biasa"),
        ("pas pulang bawa barang kena pajak gk", "barang-bawaan-pulang", "500 dolar AS"),
        ("temen sy kabur dr majikan, skrg dia gk pny paspor, gmn", "kabur-majikan", "tanpa paspor"),
        ("kalo kabur jd ilegal ya kak", "kabur-majikan", "ilegal"),
        ("sy pengen pulang tp majikan gk ngizinin", "masa-kerja-selesai", "tidak boleh ditahan"),
    ],
)
def test_the_first_reply_answers_what_was_asked(question: str, entry_id: str, says: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id)
    assert says in answer_text(entry_id)


def test_a_student_visa_for_work_is_answered_in_english() -> None:
    question = "my son got offer from agency in Japan, student visa but he will work. is it legal?"
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, "visa-non-kerja")
    assert "student" in answer_text("visa-non-kerja", "en")


def test_wages_and_lengths_come_from_the_destinations_table_with_their_evidence() -> None:
    table = load_destinations()
    figures = table.figures()
    names = ("dest_kr_min_wage", "dest_tw_home_care_wage", "dest_hk_min_wage", "dest_id_customs_allowance")
    for name in names:
        assert figures[name].verified, name
        assert figures[name].source, name
    assert table.placeholders("en")["dest_kr_min_wage"].startswith("10,320 won")
