"""Every question of user test 6 (tests/data/user_tests/2026-12-06-round6-everyday-questions.md, 64
everyday questions asked by someone who had not read the code), as a test of the bot's first reply: the
entry it answers with and, for the findings that were fixed, the fact the person asked about (a country's
own figure, a plain "don't pay", the rule for her country). Questions the test graded right stay pinned to
the entry that answered them. The few the FAQ does not cover (height, comparing Korea and Japan) are pinned
to offer the right entry."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.matcher import Decision
from tests.answer_helpers import answer_text, engine

# The S2 findings (and the S3 choices that now get a sure answer): the entry, and words its answer must carry.
FIXED = [
    # S2-1: the sponsor's 15 million, word for word the persona's key question
    ("kata sponsor hrs byr 15jt, itu bener gk", "biaya-penempatan", "tidak boleh ditagih biaya penempatan"),
    # S2-2: how to check a sponsor, not only that sponsors are illegal
    ("sponsor sy legal gk ya, gmn cara ceknya", "calo-sponsor", "atau /cekp3mi"),
    # S2-3: language lessons in training, not arrest or drug couriers
    ("sy gk bisa bhs inggris, nanti diajarin?", "pelatihan-lpk", "termasuk bahasa"),
    # S2-4, S2-6: the cost of Korea and a plain "don't pay" to a training centre
    ("daftar eps topik biayanya brp", "biaya-korea", "Biaya resmi"),
    ("ada yg nawarin ke korea bayar 50jt lewat lpk, aman gk", "biaya-korea", "Jangan bayar puluhan juta"),
    # S2-5: the wait for Korea is the EPS job-seeker list, not the HK/TW training time
    ("dari daftar sampe berangkat ke korea brp lama", "eps-gaji-menunggu", "daftar pencari kerja"),
    # S2-7: a Korean contract's length and extension
    ("kontrak di korea brp taun, bs diperpanjang?", "korea-kontrak", "4 tahun 10 bulan"),
    # S2-8: a training centre's cost for Japan
    ("biaya ke jepang lwt lpk brp", "negara-jepang", "rincian tertulis"),
    # S2-9: claiming BPJS after coming home
    ("cara klaim bpjs kalo udah pulang", "bpjs-klaim-pulang", "buku rekening atas nama sendiri"),
    # S2-10: Taiwan's health insurance named, with who pays what
    ("asuransi kesehatan di taiwan siapa yg bayar", "asuransi-kesehatan-taiwan", "majikan 60%, Anda 30%"),
    # S2-11: home leave, not quitting
    ("cuti pulang kampung boleh gk di tengah kontrak", "cuti-pulang-kampung", "Ini cuti, bukan putus"),
    # S2-12: the Hong Kong minimum, not Malaysia's
    ("gaji minimum art di hk brp skrg", "negara-hongkong", "5.100 dolar Hong Kong"),
    # S2-14: registering a phone brought home
    ("bawa hp dr hk kena imei gk", "imei-hp-luar-negeri", "IMEI (nomor identitas ponsel)"),
    # S2-15: unpaid overtime is unpaid pay, not violence
    ("kalo majikan gk bayar lembur gmn", "gaji-tidak-dibayar", "Kumpulkan bukti dulu"),
    # Retaking the Korean test (right topic, retakes not said)
    ("kalo gagal tes eps bs ulang?", "eps-gaji-menunggu", "Boleh daftar lagi"),
    # S3-3: an answer where one choice was plainly right
    ("neng hk oleh sholat ora?", "libur-hp-ibadah", "ibadah"),
]

# Graded right in the test (or right topic, with what is missing noted in the report): the same entry.
KEPT = [
    ("sy mau krj di hk jd art, biayanya brp ya kak?", "negara-hongkong"),
    ("umur sy 30 thn msh bs gk ke hk", "syarat-pmi"),
    ("syarat dokumen apa aja buat ke taiwan", "dokumen-pmi"),
    ("pelatihan di pt brp lama bu", "pelatihan-lpk"),
    ("gaji art di hk brp skrg", "negara-hongkong"),
    ("gaji di taiwan brp per bln", "gaji-biaya-negara"),
    ("kontrak kerja art brp taun", "perjanjian-kerja"),
    ("boleh bawa hp gk di rumah majikan", "libur-hp-ibadah"),
    ("anak sy msh kecil 3thn, sy titip ke ibu, gmn ya", "anak-dititipkan"),
    ("sy cm lulusan smp bs daftar gk", "syarat-pmi"),
    ("sy cm punya ktp sm kk, paspor blm ada", "dokumen-pmi"),
    ("medical check up nya dmn", "medical"),
    ("libur seminggu sekali gk di hk", "libur-hp-ibadah"),
    ("mending hk apa taiwan sih", "gaji-biaya-negara"),
    ("potongan gaji di taiwan brp bln", "potongan-gaji"),
    ("hrs ada surat izin suami gk", "dokumen-pmi"),
    ("bs gk daftar sendiri tanpa sponsor lewat disnaker", "daftar-siskop2mi"),
    ("kalo gk lolos medical uang balik gk", "medical"),
    ("cara daftar kerja ke korea gmn bro", "negara-korea"),
    ("eps topik itu apa", "jalur-g2g"),
    ("gaji di korea brp sebulan", "eps-gaji-menunggu"),
    ("umur max ke korea brp", "negara-korea"),
    ("lulusan smk jurusan mesin bs kerja apa di korea", "negara-korea"),
    ("how much is the salary in korea for factory worker", "eps-gaji-menunggu"),
    ("magang ke jepang gmn caranya", "negara-jepang"),
    ("ssw jepang itu apa", "negara-jepang"),
    ("piye carane daftar kerjo neng Korea", "negara-korea"),
    ("ada gk visa kerja korea lewat agen swasta", "negara-korea"),
    ("bertato bs ke korea gk", "negara-korea"),
    ("abdi hoyong damel di jepang, kumaha carana", "negara-jepang"),
    ("kontrak sy di taiwan habis bln depan, gmn cara perpanjang", "masa-kerja-selesai"),
    ("mau ganti majikan di taiwan bs gk", "pindah-majikan"),
    ("libur sy cm sebulan sekali di hk, itu boleh gk", "libur-hp-ibadah"),
    ("bpjs ketenagakerjaan msh aktif gk kalo di luar negri", "bpjs-pmi"),
    ("kirim uang ke indo yg murah lwt apa", "kirim-uang"),
    ("bawa barang pulang ke indo kena pajak gk", "barang-bawaan-pulang"),
    ("temen sy kabur dr majikan di taiwan, gmn nasibnya", "kabur-majikan"),
    ("gaji sy dipotong agensi terus tiap bln, normal gk", "potongan-gaji"),
    ("nomor 1955 itu buat apa", "negara-taiwan"),
    ("paspor sy dipegang majikan, boleh gk", "paspor-ditahan"),
    ("ahma sy meninggal, broker suruh cari majikan sendiri", "pindah-majikan"),
    ("sy sakit, berobat di hk bayar sndiri gk", "hamil-sakit"),
    ("hrs lapor diri ke kbri gk", "kbri-kjri"),
    ("kalo mau pulang for good ngurus apa aja", "masa-kerja-selesai"),
]

# Not covered, or asking to compare two countries: the right entry must at least be in the first reply.
CHOICES = [
    ("tes topik susah gk, belajarnya dmn", "negara-korea"),
    ("tinggi badan minimal buat ke korea brp", "negara-korea"),
    ("mending korea atau jepang", "negara-korea"),
]


@pytest.mark.parametrize(("question", "entry_id", "says"), FIXED)
def test_a_finding_now_gets_the_answer_it_asked_for(question: str, entry_id: str, says: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id), reply.offered
    assert says in answer_text(entry_id)


@pytest.mark.parametrize(("question", "entry_id"), KEPT)
def test_a_question_answered_right_stays_answered(question: str, entry_id: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id), reply.offered


@pytest.mark.parametrize(("question", "entry_id"), CHOICES)
def test_choices_offer_the_right_entry(question: str, entry_id: str) -> None:
    reply = engine().decide_reply(question)

    assert entry_id in reply.offered


def test_an_english_question_about_hong_kong_gets_the_hong_kong_rule() -> None:
    """S2-13: changing employer at the end of a Hong Kong contract, not Taiwan's transfer rules only."""
    question = "my contract is finishing, can i change employer in hong kong"
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, "pindah-majikan")
    assert "Hong Kong: contract finished? Sign with a new employer" in answer_text("pindah-majikan", "en")
    assert "Hong Kong: kontrak selesai?" in answer_text("pindah-majikan")


def test_a_country_named_in_the_question_outranks_an_entry_about_another_country() -> None:
    """The Korea cost entry does not answer a question about Japan, nor Taiwan's health insurance one about
    Hong Kong: an entry tagged for other countries only is weighed down when the question names its own."""
    matcher = engine().matcher
    japan = [candidate.entry_id for candidate in matcher.rank("biaya ke jepang lwt lpk brp")]
    korea = [candidate.entry_id for candidate in matcher.rank("biaya ke korea lwt lpk brp")]

    assert japan.index("negara-jepang") < japan.index("biaya-korea")
    assert korea[0] == "biaya-korea"


# Questions the new entries must leave to the general ones: no country named, or a general word alone.
LEFT_TO_GENERAL = [
    ("kontrak?", "perjanjian-kerja"),
    ("asuransi", "bpjs-pmi"),
    ("bpjs", "bpjs-pmi"),
    ("kontrak sy 2 thn tp majikan mau perpanjang sendiri tnp tanda tangan baru", "masa-kerja-selesai"),
    ("hak libur pmi brp hari sebulan?", "libur-hp-ibadah"),
]


@pytest.mark.parametrize(("question", "entry_id"), LEFT_TO_GENERAL)
def test_an_entry_about_one_country_does_not_take_a_general_question(question: str, entry_id: str) -> None:
    """An entry whose id names its country (korea-kontrak, asuransi-kesehatan-taiwan) is weighed down when the
    question names no country, and the new entries' phrasings do not pull in one-word questions."""
    ranked = [candidate.entry_id for candidate in engine().matcher.rank(question)]

    assert ranked[0] == entry_id, ranked[:3]


def test_an_english_course_is_not_the_training_entry() -> None:
    assert engine().decide_reply("kursus bahasa inggris online gratis dmn").decision is not Decision.ANSWER


def test_every_question_of_the_user_test_is_pinned() -> None:
    asked = [row[0] for row in FIXED] + [row[0] for row in KEPT] + [row[0] for row in CHOICES]

    assert len(asked) + 1 == 64  # and the English Hong Kong question above
    assert len(set(asked)) == len(asked)


E2E_USER = 1017
# Through the stand-in Bot API: the chat's first reply, with triage and its layout, as the tester saw it.
THROUGH_THE_CHAT = [
    ("kata sponsor hrs byr 15jt, itu bener gk", "biaya-penempatan", "tidak boleh ditagih"),
    ("gaji minimum art di hk brp skrg", "negara-hongkong", "5.100 dolar Hong Kong"),
    ("kalo majikan gk bayar lembur gmn", "gaji-tidak-dibayar", "Kumpulkan bukti dulu"),
    ("ada yg nawarin ke korea bayar 50jt lewat lpk, aman gk", "biaya-korea", "Jangan bayar puluhan juta"),
    ("sy gk bisa bhs inggris, nanti diajarin?", "pelatihan-lpk", "termasuk bahasa"),
]


@pytest.mark.parametrize(("question", "entry_id", "says"), THROUGH_THE_CHAT)
async def test_the_chat_shows_the_answer_first(
    standin: BotApiStandIn, live_bot: BotApplication, question: str, entry_id: str, says: str
) -> None:
    user = standin.private_user(E2E_USER, "Sri", "id")
    assert not services_of(live_bot).faq.is_urgent(question)
    await standin.send_text(user, question)
    (reply,) = await standin.wait_for_bot_messages(user.id, 1)

    shown = {
        data.removeprefix("fb:v1:up:")
        for data in (button.callback_data or "" for button in reply.flat_buttons)
        if data.startswith("fb:v1:up:")
    }
    assert shown == {entry_id}, reply.plain_text
    assert says in reply.plain_text
    assert "Maksud Anda" not in reply.plain_text
    assert "narkoba" not in reply.plain_text.lower()
