"""Danger told in several sentences, none urgent alone: a wish to follow the dead, pills already taken, a
scam compound and phones collected, an injury and work forced on, groping and a threat to keep quiet, a
padlocked door and the family away, a call cut off and a stranger answering, deaths where she is. The
rules alone must flag them, and stay quiet on questions, past events and news about the same topics."""

from __future__ import annotations

import pytest

from faq.triage import DangerCategory, UrgencyDetector

rules = UrgencyDetector(model=None)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("aku wis ora kuat. pengen nyusul bapak sing wis ora ono", DangerCategory.SUICIDAL),
        ("hoyong nyusul apa nu tos pupus, abdi teu kiat deui di dieu", DangerCategory.SUICIDAL),
        ("i just want to join my mom in heaven. nobody here cares", DangerCategory.SUICIDAL),
        (
            "my cousin texted that she swallowed a handful of sleeping pills and is waiting to die",
            DangerCategory.SUICIDAL,
        ),
        ("sy udh minum sebotol obat tidur punya nyonya. maaf ya bu", DangerCategory.SUICIDAL),
        (
            "we are in a compound in myawaddy, they collect our phones and nobody can leave."
            " I have 5 minutes",
            DangerCategory.TRAFFICKING,
        ),
        ("adik sy di sihanoukville, hp nya diambil bos, ga boleh keluar gedung", DangerCategory.TRAFFICKING),
        (
            "sy jatuh dr tangga, tangan patah gk bisa digerakin, majikan suruh tetap kerja walau sakit",
            DangerCategory.MEDICAL,
        ),
        (
            "my mother has had a high fever for days and the employer won't let her go to the hospital",
            DangerCategory.MEDICAL,
        ),
        (
            "kaki adik sy bengkak parah, gk bisa jalan, agen bilang kerja aja dulu nanti sembuh",
            DangerCategory.MEDICAL,
        ),
        (
            "anak majikan sering raba2 sy, dia bilang kalo sy lapor sy dipecat. malam ini sy sendirian",
            DangerCategory.SEXUAL_ABUSE,
        ),
        (
            "baba keeps touching me at night and said if i tell madam he will send me home without pay",
            DangerCategory.SEXUAL_ABUSE,
        ),
        (
            "majikan pergi liburan 3 minggu, pintu digembok dr luar, makanan tinggal sedikit",
            DangerCategory.CONFINEMENT,
        ),
        (
            "they left me locked inside and flew off for a week, the food is running out",
            DangerCategory.CONFINEMENT,
        ),
        (
            "kakak sy di qatar tadi telpon sambil nangis terus putus. skrg yg angkat cowok marah2",
            DangerCategory.MISSING,
        ),
        (
            "my sister called me screaming and then the line went dead. now a man answers her phone",
            DangerCategory.MISSING,
        ),
        (
            "di mess ini yg gk nyampe target dipukul mandor. kemarin ada temen yg gk bangun lagi",
            DangerCategory.VIOLENCE,
        ),
        (
            "those who miss the target are beaten, one of us never woke up this morning",
            DangerCategory.VIOLENCE,
        ),
        (
            "my wife slipped, her arm looks broken, the agency says just rest and keep working",
            DangerCategory.MEDICAL,
        ),
        ("kemarin dua orang pingsan di lapangan karena dihukum berdiri seharian", DangerCategory.VIOLENCE),
    ],
)
def test_danger_told_across_sentences_is_flagged(text: str, category: DangerCategory) -> None:
    result = rules.assess(text)
    assert result.urgent, result
    assert category in result.categories, result


@pytest.mark.parametrize(
    "text",
    [
        "ibu sy udh meninggal tahun lalu, sy pengen nyusul ke makamnya pas lebaran, boleh cuti ga",
        "is it true people in kk park get their phones taken? saw it on the news",
        "berita td pagi: 200 wni dipulangkan dari myawaddy. cara cek keluarga sy ada di daftar ga",
        "calo yg nipu sy ditangkap polisi, bisa dipenjara berapa tahun ya",
        "kalau majikan ga ngizinin ke dokter, lapor ke mana ya",
        "what should i do if my employer won't let me see a doctor",
        "sy td jatuh dr sepeda, lutut lecet dikit, boleh libur sehari ga",
        "majikan pergi liburan 2 minggu ke eropa, sy dapet libur juga ga",
        "beras di rumah tinggal sedikit, kiriman gaji blm masuk. bisa pinjam ke koperasi ga",
        "dulu di shwe kokko banyak yg dipukul, sy udh pulang 2 thn lalu. bisa klaim ganti rugi ga",
        "obat flu sy udh habis semua, beli di apotek mana yg buka minggu",
        "teman sy cerita ada pmi di taiwan yg gk bangun lagi, kena serangan jantung",
        "kalau sy lapor agensi ke bp3mi, sy bisa dipulangkan ga",
        "apa hukumannya kalau pmi dihukum berdiri sama majikan",
        "majikan bilang tetap kerja aja walau hujan, boleh ga",
        "kemarin sy nangis terus sinyal putus pas video call sama anak, kangen banget",
    ],
)
def test_questions_past_events_and_news_on_these_topics_are_not_flagged(text: str) -> None:
    assert not rules.is_urgent(text), rules.assess(text)


def test_a_call_in_tears_that_dropped_is_not_a_suicide_signal() -> None:
    result = rules.assess("kakak sy tadi telpon sambil nangis terus putus. skrg yg angkat cowok marah2")
    assert result.urgent
    assert DangerCategory.SUICIDAL not in result.categories
