"""End to end against the Bot API stand-in, as a sixth user test found it: a country only asked about or
planned for is not where she is; after an alarm, ordinary questions still get their answers and thanks a
kind word; a worker whose country is known gets its contacts."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.emergency_helpers import WRITER_ID, Exchange, exchanges, said_to


@pytest.mark.parametrize(
    ("asked", "alarm", "shows", "lacks"),
    [
        pytest.param(
            ("klo ke taiwan gmn kak, lbh enak hk ato taiwan", "klo gaji di taiwan brp kak"),
            "tolong sy dikunci majikan",
            ("🆘",),
            ("Taiwan",),
            id="a_country_she_asks_about_is_not_where_she_is",
        ),
        pytest.param(
            ("anak sy mau kerja ke korea, gmn caranya ya", "klo ke jepang bedanya magang sm SSW apa"),
            "tolong anak sy disekap sponsornya",
            (),
            ("Jepang", "Korea"),
            id="the_country_a_son_plans_to_go_to_is_not_where_he_is",
        ),
    ],
)
async def test_a_country_only_asked_about_is_not_remembered(
    asked: tuple[str, ...],
    alarm: str,
    shows: tuple[str, ...],
    lacks: tuple[str, ...],
    standin: BotApiStandIn,
    live_bot: BotApplication,
) -> None:
    for question in asked:
        await said_to(standin, WRITER_ID, question)
    assert await services_of(live_bot).emergency.country_of(WRITER_ID) is None
    await Exchange(says=alarm, shows=shows, lacks=lacks, first=True).check(standin)


async def test_where_she_says_she_is_is_remembered(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    emergency = services_of(live_bot).emergency
    for user_id, said, code in (
        (7903, "assalamualaikum kak sy tkw di malaysia udh 2 thn", "MY"),
        (7904, "anak sy kerja di hongkong", "HK"),
        (7905, "skrg di taiwan kak", "TW"),
    ):
        await said_to(standin, user_id, said)
        assert await emergency.country_of(user_id) == code, said


def test_which_words_place_someone_in_a_country() -> None:
    from faq.places import load_places
    from faq.whereabouts import placing_mentions

    places = load_places()

    def placed(text: str, *, urgent: bool = False, answering: bool = False) -> list[str]:
        mentions = places.country_mentions(text)
        return [m.code for m in placing_mentions(text, mentions, urgent=urgent, answering=answering)]

    for asked in (
        "klo gaji di taiwan brp kak",
        "klo ke taiwan gmn kak, lbh enak hk ato taiwan",
        "anak sy mau ke jepang",
        "gaji art di hk brp skrg",
        "kerja di taiwan enak gk",
        "temen sy mau ke saudi, katanya gk boleh ya?",
        "anake kulo pengen neng jepang",
    ):
        assert placed(asked) == [], asked
    assert placed("klo gaji di taiwan brp", answering=True) == []
    assert placed("takut nanti mau ke taiwan dikurung majikan", urgent=True) == []
    for said, code in (
        ("sy di taiwan", "TW"),
        ("anak sy di korea", "KR"),
        ("adik sy kerja di hongkong", "HK"),
        ("skrg di dubai", "AE"),
        ("my sister is in dubai", "AE"),
    ):
        assert placed(said) == [code], said
    assert placed("malaysia", answering=True) == ["MY"]
    assert placed("tolong sy dikunci majikan di taiwan", urgent=True) == ["TW"]


async def test_after_an_alarm_ordinary_questions_get_their_answers_and_thanks_a_kind_word(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await Exchange(says="tolong sy dikunci majikan", shows=("🆘",), first=True).check(standin)
    for question, title in (
        ("sponsor sy bilang gk usah ke disnaker, langsung aja ke pt di jkt, bener gk", "Calo, sponsor"),
        ("kalo ada masalah di sana sy lapor kemana", "Cara melapor"),
    ):
        text = await said_to(standin, WRITER_ID, question, alone=True)
        assert text.startswith(title), text
        assert text.count("🆘") == 1, text  # the numbers in one line, no second block
        if "Bukan ini?" in text:  # the question stays next to the buttons it belongs to
            assert text.index("🆘") < text.index("Bukan ini?"), text
    await Exchange(
        says="makasih kak infonya", shows=("Sama-sama",), lacks=("🆘", "belum punya jawaban"), alone=True
    ).check(standin)


async def test_checking_an_offer_points_to_the_bots_own_checks_first(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    for question in (
        "gimana cara cek tawaran kerja asli?",
        "gmn cara ngecek tawaran kerja itu asli ato bukan",
    ):
        reply = await said_to(standin, WRITER_ID, question, first=True)
        first_line = reply.split("\n\n", 1)[1].splitlines()[0]
        assert "/cektawaran" in first_line, reply
        assert "/cekp3mi" in first_line, reply


async def test_a_worker_in_malaysia_asking_for_the_embassys_number_gets_it(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await said_to(standin, WRITER_ID, "assalamualaikum kak sy tkw di malaysia udh 2 thn")
    for question in ("nomor kbri kl brp", "nomor kbri brp kak"):
        await Exchange(
            says=question, shows=("KBRI Kuala Lumpur: +60 17-668 8032",), lacks=("1955",), alone=True
        ).check(standin)
    penang = await said_to(standin, WRITER_ID, "no kjri penang", alone=True)
    assert penang.index("KJRI Penang") < penang.index("KBRI Kuala Lumpur"), penang


async def test_a_worker_known_in_malaysia_gets_her_own_lines_beside_taiwans(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    # nowhere known: the answer as it is
    await Exchange(says="gaji sy telat 2 bulan kak", lacks=("Untuk Anda di",), first=True).check(standin)
    await said_to(standin, WRITER_ID, "assalamualaikum kak sy tkw di malaysia udh 2 thn")
    text = await said_to(standin, WRITER_ID, "gaji sy telat 2 bulan kak", first=True)
    assert "Untuk Anda di Malaysia: KBRI Kuala Lumpur +60 17-668 8032" in text, text
    assert text.index("Untuk Anda di Malaysia") < text.index("Bukan ini?"), text


@exchanges(
    thanks_for_the_information_is_thanks=Exchange(
        says="makasih kak infonya", shows=("Sama-sama",), alone=True
    ),
    an_english_question_in_an_indonesian_chat_is_told_about_bahasa=Exchange(
        says="can i transfer to another employer if my employer agree?", shows=("/bahasa",), first=True
    ),
    an_indonesian_question_after_it_is_not=Exchange(
        before=("can i transfer to another employer if my employer agree?",),
        says="sy mau ganti majikan bisa gk kak",
        lacks=("/bahasa",),
        first=True,
    ),
)
async def test_what_the_reply_says(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
