"""The rules, not the learned model, decide messages the model turned over between retrains: harm told in
English or in the active voice, tiredness after work, a greeting, an account locked, a borrowed phone, last
words in English."""

from __future__ import annotations

import pytest

from faq.triage import UrgencyDetector

rules = UrgencyDetector(model=None)
with_model = UrgencyDetector()


@pytest.mark.parametrize(
    "text",
    [
        # English hitting told of an employer, now, whatever "just asking" and "im ok tho" say
        "just asking, is it normal in Saudi that madam hits with the hanger when the ironing is wrong? its"
        " every day now and my arm is swollen, cant lift it since yesterday. im ok tho",
        # the active voice, like "dikunci"
        "majikan baru jg kunci sy",
        "my new employer locks me too",
        # a few words between "udah" and the count still tell of now
        "mau tanya aja, obat maag apa ya. udah muntah darah 3 hari tp laoban blm kasih ijin ke dokter",
        # a supposition written on a phone lent for five minutes
        "seandainya ada orang yg dikunci majikan, cuma bisa pinjem hp ini 5 menit, apa yg harus dia lakukan?",
        # last words in English, hiding and writing when she can, insurance for a suicide
        "thank u for everything kak. sorry i cant continue. tell my ibu in Makassar i tried",
        "jgn bls dulu. sy di gudang. nanti sy chat lg klo bisa",
        "klo bunuh diri di luar negri nanti keluarga tetep dapet asuransi ga",
        # krama: not given food
        "putri kula wonten oman sampun tigang dinten mboten dipunparingi nedha",
        # "tdr" is sleeping
        "maaf mlm2. sy disuruh tdr di kandang anjing lg mlm ini",
    ],
)
def test_the_rules_flag_it(text: str) -> None:
    assert rules.is_urgent(text), rules.assess(text)


@pytest.mark.parametrize(
    "text",
    [
        # tiredness after a day's work
        "sy capek hari ini banyak tamu di rumah majikan",
        "majikan suruh sy cuci mobil, kerja dr jam 5 pagi smp jam 11 malem. capek bgt tp gaji lancar. itu"
        " melanggar ga?",
        # a greeting or an apology alone
        "maaf malam2",
        "assalamualaikum pak/bu maaf malam2",
        "maaf malam2 ganggu pak",
        "maaf min td salah kirim",
        "nyuwun pirsa, sertifikat BLK kulo sampun dangu, saged dipunginakaken malih mboten?",
        # an account locked, a key, a supposition with no phone lent
        "akun siskop2mi sy dikunci krn salah password 5x, bukanya gimana",
        "majikan minta kunci sy buat dicopy",
        "seandainya ada pmi dikunci majikan, harus lapor kemana?",
        # an illness or injury seen to
        "Bapak saya lagi sakit stroke di rumah, dirawat adik saya, sudah stabil. Saya di Kuwait, boleh minta"
        " cuti pulang gak sama majikan?",
        "Suami sy di Taiwan, kemarin tangannya luka sedikit, udah dijahit di rumah sakit dan udah masuk kerja"
        " lagi. Ditanggung asuransi gak ya?",
        # English that is no violence
        "my boss hit the target this month so we got a bonus",
        "sorry i cant continue the application, my passport expired",
    ],
)
def test_an_ordinary_message_is_not_flagged(text: str) -> None:
    assert not with_model.is_urgent(text), with_model.assess(text)


def test_the_hotline_command_word_alone_is_unchanged() -> None:
    assert not with_model.is_urgent("darurat")


def test_tiredness_of_life_still_counts() -> None:
    assert rules.is_urgent("sy capek hidup kak, pengen mati aja")
