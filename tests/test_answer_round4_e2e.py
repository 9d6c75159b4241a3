"""Ordinary questions from a user test, end to end through the stand-in Bot API: the first reply answers the
question that was asked (documents, a pay rise, wages in Malaysia, insurance cover, a fee over the cap), an
opener to tell a story is invited, and a long ordinary question still gets its answer beside the report."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, SentMessage, StandInUser

USER = 1013
# An ordinary question past the length where a message is kept as a story (about 700 characters).
LONG_QUESTION = (
    "assalamualaikum kak, sy mau tanya bbrp hal ya soalnya bingung. sy umur 24 thn, lulusan SMP aja, di "
    "kampung sy bnyk yg brgkt ke taiwan sm hongkong jd PRT. sy pengen brgkt jg buat bantu ortu, tp sy gk "
    "tau mulai dr mana. pertanyaan sy: SMP cukup gk buat daftar kerja ke luar negeri? trus pelatihan di "
    "LPK itu bayar gk, soalnya tetangga sy blg bayar 5jt buat pelatihan bhs mandarin. ada sponsor yg dtg "
    "ke rumah, katanya bisa bantu urus semua tp minta uang 3jt dulu buat ngurus paspor sm medical, itu "
    "wajar gk kak? sy jg punya anak 2 masih kecil, nanti anak2 sy titip ke ibu sy, surat2nya perlu apa "
    "aja? mohon penjelasannya kak, sy takut salah langkah kyk tetangga sy yg kemarin ketipu. makasih bnyk"
    " kak"
)


@pytest.fixture
def sri(standin: BotApiStandIn) -> StandInUser:
    return standin.private_user(USER, "Sri", "id")


async def first_reply(api: BotApiStandIn, user: StandInUser, text: str) -> SentMessage:
    await api.send_text(user, text)
    (reply,) = await api.wait_for_bot_messages(user.id, 1)
    return reply


def answered(message: SentMessage) -> str | None:
    """The entry whose answer the message shows (its 👍 button names it)."""
    for button in message.flat_buttons:
        data = button.callback_data or ""
        if data.startswith("fb:v1:up:"):
            return data.removeprefix("fb:v1:up:")
    return None


def offered(message: SentMessage) -> set[str]:
    """Every entry the message's buttons lead to."""
    prefixes = ("faq:v1:show:", "faq:v1:alt:", "faq:v1:pick:", "fb:v1:up:")
    return {
        data.split(":", 3)[3]
        for data in (button.callback_data or "" for button in message.flat_buttons)
        if data.startswith(prefixes)
    }


@pytest.mark.parametrize(
    ("question", "entry_id", "never"),  # never: an entry the first reply must not even offer
    [
        ("sy cm punya ktp sm kk", "dokumen-pmi", None),
        ("gaji sy blm naik2 udh 2 thn, boleh minta naik gk", "gaji-di-luar-negeri", "pesawat-pertama-kali"),
        ("klo sy dpt majikan di penang gmn kak, gajinya brp", "negara-malaysia", None),
        ("klo di sana sakit atau kecelakaan gmn kak, ada asuransi gk", "bpjs-pmi", None),
        (
            "dulu sy pernah dipukul majikan di arab, skrg udh di rumah. mau brgkt lg ke taiwan aman gk ya",
            "negara-taiwan",
            None,
        ),
        (
            "PT minta 15jt kak, katanya nanti potong gaji 7 bln. wajar gk",
            "potongan-gaji",
            "penipuan-kerja-online",
        ),
    ],
)
async def test_ordinary_questions_get_the_answer_they_asked_for(
    standin: BotApiStandIn,
    sri: StandInUser,
    live_bot: BotApplication,
    question: str,
    entry_id: str,
    never: str | None,
) -> None:
    assert not services_of(live_bot).faq.is_urgent(question)
    reply = await first_reply(standin, sri, question)
    assert answered(reply) == entry_id, reply.plain_text
    assert never not in offered(reply)


async def test_a_fee_over_the_cap_is_plainly_not_allowed(
    standin: BotApiStandIn, sri: StandInUser, live_bot: BotApplication
) -> None:
    reply = await first_reply(standin, sri, "PT minta 15jt kak, katanya nanti potong gaji 7 bln. wajar gk")
    _, _, answer = reply.plain_text.partition("\n")
    assert "tidak boleh" in answer.strip().split("\n")[0]  # the first line under the title


async def test_an_employer_in_a_malaysian_town_is_not_read_as_running_away(
    standin: BotApiStandIn, sri: StandInUser, live_bot: BotApplication
) -> None:
    reply = await first_reply(standin, sri, "majikan sy di penang")
    assert answered(reply) != "kabur-majikan"
    assert "negara-malaysia" in offered(reply)


async def test_an_opener_to_tell_a_story_is_invited_not_answered(
    standin: BotApiStandIn, sri: StandInUser, live_bot: BotApplication
) -> None:
    reply = await first_reply(standin, sri, "kak sy mau cerita")
    assert reply.plain_text.startswith("Silakan cerita")
    assert "/lapor" in reply.plain_text
    assert answered(reply) is None


async def test_a_long_ordinary_question_gets_its_answer_beside_the_report(
    standin: BotApiStandIn, sri: StandInUser, live_bot: BotApplication
) -> None:
    assert len(LONG_QUESTION) > services_of(live_bot).config.ask.max_question_chars
    assert not services_of(live_bot).faq.is_urgent(LONG_QUESTION)
    reply = await first_reply(standin, sri, LONG_QUESTION)
    assert answered(reply) is not None or "Maksud Anda" in reply.plain_text
    assert "Ini perlu ditangani petugas" not in reply.plain_text
    assert "📝 Laporkan dengan cerita ini" in reply.button_texts
    assert {"syarat-pmi", "pelatihan-lpk", "calo-sponsor"} & offered(reply)
