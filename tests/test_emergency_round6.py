"""End to end against the Bot API stand-in, as a sixth user test found it: a country only asked about or
planned for is not where she is; after an alarm, ordinary questions still get their answers and thanks a
kind word; a worker whose country is known gets its contacts."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import replies_to


async def test_a_country_she_asks_about_is_not_where_she_is(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7901, "Siti", "id")
    for question in ("klo ke taiwan gmn kak, lbh enak hk ato taiwan", "klo gaji di taiwan brp kak"):
        await replies_to(standin, user, question)
    assert await services_of(live_bot).emergency.country_of(user.id) is None
    (block, *_) = await replies_to(standin, user, "tolong sy dikunci majikan")
    assert "🆘" in block.plain_text, block.plain_text
    assert "Taiwan" not in block.plain_text, block.plain_text


async def test_the_country_a_son_plans_to_go_to_is_not_where_he_is(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7902, "Bambang", "id")
    for question in ("anak sy mau kerja ke korea, gmn caranya ya", "klo ke jepang bedanya magang sm SSW apa"):
        await replies_to(standin, user, question)
    assert await services_of(live_bot).emergency.country_of(user.id) is None
    (block, *_) = await replies_to(standin, user, "tolong anak sy disekap sponsornya")
    assert "Jepang" not in block.plain_text, block.plain_text
    assert "Korea" not in block.plain_text, block.plain_text


async def test_where_she_says_she_is_is_remembered(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    emergency = services_of(live_bot).emergency
    for user_id, said, code in (
        (7903, "assalamualaikum kak sy tkw di malaysia udh 2 thn", "MY"),
        (7904, "anak sy kerja di hongkong", "HK"),
        (7905, "skrg di taiwan kak", "TW"),
    ):
        user = standin.private_user(user_id, "Lina", "id")
        await replies_to(standin, user, said)
        assert await emergency.country_of(user.id) == code, said


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
    user = standin.private_user(7906, "Siti", "id")
    (block, *_) = await replies_to(standin, user, "tolong sy dikunci majikan")
    assert "🆘" in block.plain_text, block.plain_text
    for question, title in (
        ("sponsor sy bilang gk usah ke disnaker, langsung aja ke pt di jkt, bener gk", "Calo, sponsor"),
        ("kalo ada masalah di sana sy lapor kemana", "Cara melapor"),
    ):
        (reply,) = await replies_to(standin, user, question)
        text = reply.plain_text
        assert text.startswith(title), text
        assert text.count("🆘") == 1, text  # the numbers in one line, no second block
        if "Bukan ini?" in text:  # the question stays next to the buttons it belongs to
            assert text.index("🆘") < text.index("Bukan ini?"), text
    (thanks,) = await replies_to(standin, user, "makasih kak infonya")
    assert "🆘" not in thanks.plain_text, thanks.plain_text
    assert "belum punya jawaban" not in thanks.plain_text, thanks.plain_text
    assert "Sama-sama" in thanks.plain_text, thanks.plain_text


async def test_thanks_for_the_information_is_thanks(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    user = standin.private_user(7907, "Siti", "id")
    (reply,) = await replies_to(standin, user, "makasih kak infonya")
    assert "Sama-sama" in reply.plain_text, reply.plain_text


async def test_checking_an_offer_points_to_the_bots_own_checks_first(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7908, "Bambang", "id")
    for question in (
        "gimana cara cek tawaran kerja asli?",
        "gmn cara ngecek tawaran kerja itu asli ato bukan",
    ):
        (reply, *_) = await replies_to(standin, user, question)
        answer = reply.plain_text.split("\n\n", 1)[1]
        first_line = answer.splitlines()[0]
        assert "/cektawaran" in first_line, reply.plain_text
        assert "/cekp3mi" in first_line, reply.plain_text


async def test_a_worker_in_malaysia_asking_for_the_embassys_number_gets_it(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7909, "Lina", "id")
    await replies_to(standin, user, "assalamualaikum kak sy tkw di malaysia udh 2 thn")
    for question in ("nomor kbri kl brp", "nomor kbri brp kak"):
        (reply,) = await replies_to(standin, user, question)
        assert "KBRI Kuala Lumpur: +60 17-668 8032" in reply.plain_text, reply.plain_text
        assert "1955" not in reply.plain_text, reply.plain_text
    (penang,) = await replies_to(standin, user, "no kjri penang")
    assert penang.plain_text.index("KJRI Penang") < penang.plain_text.index("KBRI Kuala Lumpur")


async def test_a_worker_known_in_malaysia_gets_her_own_lines_beside_taiwans(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7910, "Lina", "id")
    (reply, *_) = await replies_to(standin, user, "gaji sy telat 2 bulan kak")
    assert "Untuk Anda di" not in reply.plain_text  # nowhere known: the answer as it is
    await replies_to(standin, user, "assalamualaikum kak sy tkw di malaysia udh 2 thn")
    (reply, *_) = await replies_to(standin, user, "gaji sy telat 2 bulan kak")
    text = reply.plain_text
    assert "Untuk Anda di Malaysia: KBRI Kuala Lumpur +60 17-668 8032" in text, text
    assert text.index("Untuk Anda di Malaysia") < text.index("Bukan ini?"), text


async def test_an_english_question_in_an_indonesian_chat_is_told_about_bahasa(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7911, "Lina", "id")
    (reply, *_) = await replies_to(standin, user, "can i transfer to another employer if my employer agree?")
    assert "/bahasa" in reply.plain_text, reply.plain_text
    (indonesian, *_) = await replies_to(standin, user, "sy mau ganti majikan bisa gk kak")
    assert "/bahasa" not in indonesian.plain_text, indonesian.plain_text
