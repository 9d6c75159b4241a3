"""End to end: the real polling application against the Bot API stand-in on 127.0.0.1, with the shipped FAQ.

A user sends messages and presses buttons; the test reads what the bot sent, as a phone would show it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import services_of
from bot.config import AppConfig
from bot.context import BotApplication
from bot.knowledge import Decision
from bot.run import running_bot
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from tests.bot_fixtures import make_config, with_api

USER = 1001
MENU_LABELS = [
    "❓ Tanya",
    "🛂 Jalur resmi",
    "🔍 Cek tawaran kerja",
    "🏢 Cek P3MI",
    "📝 Lapor",
    "📋 Status laporan",
    "🆘 Kontak darurat",
    "🌐 English",
]
URGENT = "tolong saya dikurung majikan, tidak boleh keluar"


@pytest.fixture
def siti(standin: BotApiStandIn) -> StandInUser:
    return standin.private_user(USER, "Siti", "id")


async def say(api: BotApiStandIn, user: StandInUser, text: str, replies: int = 1) -> list[SentMessage]:
    await api.send_text(user, text)
    return await api.wait_for_bot_messages(user.id, replies)


async def press(
    api: BotApiStandIn, user: StandInUser, message: SentMessage, button: str, replies: int = 1
) -> list[SentMessage]:
    await api.press_button(user, message, button)
    return await api.wait_for_bot_messages(user.id, replies) if replies else []


async def wait_edited(api: BotApiStandIn, message: SentMessage, edits: int) -> SentMessage:
    await api.wait_until(lambda: message.edit_count >= edits)
    return message


def query_with(app: BotApplication, decision: Decision, candidates: list[str]) -> str:
    """The first question the shipped FAQ decides this way (content evolves; the decision is tested)."""
    faq = services_of(app).faq
    for question in candidates:
        if faq.decide_reply(question).decision is decision and not faq.is_urgent(question):
            return question
    raise AssertionError(f"none of {candidates} gives {decision} with the current FAQ content")


# ----- commands --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected", "button"),
    [
        ("/start", "Halo, Siti!", "❓ Tanya"),
        ("/bantuan", "/cektawaran", "❓ Tanya"),
        ("/help", "/cekp3mi", "🆘 Kontak darurat"),
        ("/bahasa", "Pilih bahasa", "🇬🇧 English"),
        ("/batal", "Dibatalkan", "❓ Tanya"),
        ("/cancel", "Dibatalkan", "❓ Tanya"),
        ("/darurat", "Polisi", "🚨 Laporkan sekarang (darurat)"),
        ("/cekp3mi", "Tulis nama perusahaan", "🏠 Menu utama"),
    ],
)
async def test_every_command_replies_with_a_way_forward(
    standin: BotApiStandIn,
    siti: StandInUser,
    live_bot: BotApplication,
    command: str,
    expected: str,
    button: str,
) -> None:
    (reply,) = await say(standin, siti, command)
    assert expected in reply.plain_text
    assert reply.button(button)
    assert reply.parse_mode == "HTML"


async def test_cektawaran_command_starts_the_check(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    intro, question = await say(standin, siti, "/cektawaran", replies=2)
    assert "Cek tawaran kerja" in intro.plain_text
    assert question.plain_text.startswith("🔍 Pertanyaan 1 dari 12")
    assert question.button_texts == ["Ya", "Tidak", "Tidak tahu"]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("darurat", "🆘"),
        ("cektawaran", "🔍 Cek tawaran kerja"),
        ("tanya", "Silakan tulis"),
        ("cekp3mi", "🏢"),
    ],
)
async def test_deep_links_open_a_feature_after_the_greeting(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication, payload: str, expected: str
) -> None:
    greeting, feature = await say(standin, siti, f"/start {payload}", replies=2)
    assert greeting.plain_text.startswith("Halo, Siti!")
    assert feature.plain_text.startswith(expected)
    if payload == "cekp3mi":
        (result,) = await say(standin, siti, "karunia bersama makmur")
        assert "PT Contoh Karunia Bersama Makmur" in result.plain_text


async def test_command_menu_is_published_in_both_languages(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    assert standin.commands[("default", "id")][0] == {
        "command": "start",
        "description": "Mulai dan tampilkan menu",
    }
    assert standin.commands[("default", "en")][0] == {
        "command": "start",
        "description": "Start and show the menu",
    }


# ----- menu --------------------------------------------------------------------


async def test_main_menu_buttons(standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication) -> None:
    (menu,) = await say(standin, siti, "/start")
    assert menu.button_texts == MENU_LABELS
    assert menu.button("📝 Lapor").callback_data == "report:v1:start"  # the complaints feature takes over
    assert menu.button("📋 Status laporan").callback_data == "report:v1:status"

    (ask,) = await press(standin, siti, menu, "❓ Tanya")
    assert "tulis pertanyaan" in ask.plain_text.lower()
    (main,) = await press(standin, siti, ask, "🏠 Menu utama")
    assert main.plain_text.startswith("Apa yang ingin Anda lakukan?")
    assert main.button_texts == MENU_LABELS
    (routes,) = await press(standin, siti, menu, "🛂 Jalur resmi")
    assert "jalur" in routes.plain_text.lower()
    assert any(data.startswith("faq:v1:show:") for data in routes.callback_data)
    _intro, question = await press(standin, siti, menu, "🔍 Cek tawaran kerja", replies=2)
    assert "Pertanyaan 1" in question.plain_text
    (agency,) = await press(standin, siti, menu, "🏢 Cek P3MI")
    assert "nama perusahaan" in agency.plain_text
    (emergency,) = await press(standin, siti, menu, "🆘 Kontak darurat")
    assert "0800-1000" in emergency.plain_text
    (english,) = await press(standin, siti, menu, "🌐 English")
    assert english.plain_text.startswith("OK, I will use English.")
    assert english.button_texts[0] == "❓ Ask"


# ----- asking --------------------------------------------------------------------


async def test_answer_then_related_topic_then_feedback(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    question = query_with(live_bot, Decision.ANSWER, ["visa turis boleh kerja?", "berapa biaya ke taiwan"])
    (answer,) = await say(standin, siti, question)
    assert (USER, "typing") in standin.chat_actions
    assert answer.reply_to_message_id is not None  # quotes the question
    assert answer.button_texts[-3:] == ["👍", "👎", "🏠 Menu utama"]
    related = [b for b in answer.flat_buttons if (b.callback_data or "").startswith("faq:v1:show:")]
    assert related
    (shown,) = await press(standin, siti, answer, related[0].callback_data or "")
    assert shown.plain_text.split("\n")[0] == related[0].text  # the related entry's title
    await press(standin, siti, answer, "👍", replies=0)
    await wait_edited(standin, answer, 1)
    assert "👍" not in answer.button_texts
    assert related[0].text in answer.button_texts


async def test_thumbs_down_says_sorry_and_logs(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    question = query_with(live_bot, Decision.ANSWER, ["visa turis boleh kerja?", "berapa biaya ke taiwan"])
    (answer,) = await say(standin, siti, question)
    (sorry,) = await press(standin, siti, answer, "👎")
    assert "kurang membantu" in sorry.plain_text
    (gap,) = await services_of(live_bot).questions.gaps()
    assert gap.question == question
    assert gap.kinds == ("thumbs_down",)


async def test_clarify_then_pick(standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication) -> None:
    question = query_with(
        live_bot,
        Decision.CLARIFY,
        ["gmn cara kerja ke LN yg resmi", "kerja luar negeri", "syarat kerja", "kerja", "cara", "pt"],
    )
    (clarify,) = await say(standin, siti, question)
    assert clarify.plain_text == "Maksud Anda:"
    entries = [b for b in clarify.flat_buttons if (b.callback_data or "").startswith("faq:v1:pick:")]
    assert 1 <= len(entries) <= 3
    assert clarify.button_texts[-2:] == ["Bukan semuanya", "🏠 Menu utama"]
    (answer,) = await press(standin, siti, clarify, entries[0].text)
    assert answer.plain_text.startswith(entries[0].text)
    (gap,) = await services_of(live_bot).questions.gaps()
    assert (gap.question, gap.kinds) == (question, ("clarify_choice",))


async def test_clarify_none_of_these_falls_back(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    question = query_with(
        live_bot, Decision.CLARIFY, ["gmn cara kerja ke LN yg resmi", "kerja luar negeri", "kerja", "cara"]
    )
    (clarify,) = await say(standin, siti, question)
    (fallback,) = await press(standin, siti, clarify, "Bukan semuanya")
    assert "0800-1000" in fallback.plain_text
    assert "📝 Lapor" in fallback.button_texts


async def test_fallback_is_kind_and_logged(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    question = query_with(live_bot, Decision.FALLBACK, ["resep rendang padang", "halo", "jadwal sepak bola"])
    (reply,) = await say(standin, siti, question)
    assert "Maaf" in reply.plain_text
    assert "0800-1000" in reply.plain_text
    assert reply.button("📝 Lapor").callback_data == "report:v1:start"
    (gap,) = await services_of(live_bot).questions.gaps()
    assert (gap.question, gap.kinds) == (question, ("fallback",))


# ----- emergency first --------------------------------------------------------------------


async def test_urgent_message_gets_contacts_first(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    assert services_of(live_bot).faq.is_urgent(URGENT)
    (emergency,) = await say(standin, siti, URGENT, replies=1)
    assert emergency.plain_text.startswith("🆘")
    assert emergency.button("🚨").callback_data == "report:v1:story"


async def test_urgent_message_inside_the_offer_check(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    _, question = await say(standin, siti, "/cektawaran", replies=2)
    await press(standin, siti, question, "Ya", replies=0)
    await wait_edited(standin, question, 1)
    emergency, reminder, again = await say(standin, siti, URGENT, replies=3)
    assert emergency.plain_text.startswith("🆘")
    assert "jawab dengan tombol" in reminder.plain_text
    assert again.plain_text.startswith("🔍 Pertanyaan 2 dari 12")  # the flow carries on where it was
    await press(standin, siti, again, "Tidak", replies=0)
    await wait_edited(standin, again, 1)
    assert again.plain_text.startswith("🔍 Pertanyaan 3 dari 12")


async def test_urgent_message_while_the_agency_check_waits(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    await say(standin, siti, "/cekp3mi")
    (emergency,) = await say(standin, siti, URGENT)
    assert emergency.plain_text.startswith("🆘")
    (answer,) = await say(standin, siti, "visa turis boleh kerja?")  # the agency check stopped waiting
    assert "P3MI" not in answer.plain_text.split("\n")[0]


async def test_darurat_inside_a_flow(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    _, question = await say(standin, siti, "/cektawaran", replies=2)
    (emergency,) = await say(standin, siti, "/darurat")
    assert emergency.plain_text.startswith("🆘")
    await press(standin, siti, question, "Ya", replies=0)  # the check is still there
    await wait_edited(standin, question, 1)
    assert "Pertanyaan 2" in question.plain_text


# ----- red-flag check --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("risky", "level", "flag"),
    [
        ({"biaya-di-muka"}, "Risiko SEDANG", "Diminta bayar di muka"),
        ({"visa-bukan-kerja"}, "Risiko TINGGI", "visa turis"),
        (set(), "Risiko RENDAH", "Tidak ada tanda bahaya"),
    ],
)
async def test_full_offer_check(
    standin: BotApiStandIn,
    siti: StandInUser,
    live_bot: BotApplication,
    risky: set[str],
    level: str,
    flag: str,
) -> None:
    answers = "".join(
        question.risky_answer.value
        if question.id in risky
        else ("n" if question.risky_answer.value == "y" else "y")
        for question in services_of(live_bot).offer_check.questions
    )
    _, question = await say(standin, siti, "/cektawaran", replies=2)
    labels = {"y": "Ya", "n": "Tidak", "u": "Tidak tahu"}
    for number, answer in enumerate(answers, start=1):
        assert f"Pertanyaan {number} dari 12" in question.plain_text
        if number < len(answers):
            await press(standin, siti, question, labels[answer], replies=0)
            await wait_edited(standin, question, number)
    (result,) = await press(standin, siti, question, labels[answers[-1]])
    assert level in result.plain_text
    assert flag in result.plain_text
    assert result.button("📝 Laporkan masalah").callback_data == "report:v1:start"
    assert {"🏢 Cek P3MI", "🔁 Cek tawaran lain", "🏠 Menu utama"} <= set(result.button_texts)
    await standin.wait_until(lambda: not question.buttons)  # the last question's buttons are gone


async def test_text_while_the_offer_check_waits_repeats_the_question(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    _, question = await say(standin, siti, "/cektawaran", replies=2)
    reminder, again = await say(standin, siti, "saya tidak mengerti", replies=2)
    assert "Ya" in reminder.plain_text
    assert "/batal" in reminder.plain_text
    assert again.plain_text == question.plain_text
    await standin.send_sticker(siti)
    reminder, _ = await standin.wait_for_bot_messages(USER, 2)
    assert "jawab dengan tombol" in reminder.plain_text
    (cancelled,) = await say(standin, siti, "/batal")
    assert cancelled.plain_text.startswith("Dibatalkan")
    question_text = "visa turis boleh kerja?"
    (answer,) = await say(standin, siti, question_text)  # free text goes to the FAQ again
    assert "Pertanyaan" not in answer.plain_text


# ----- agency check --------------------------------------------------------------------


async def test_agency_check_from_the_menu(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    (menu,) = await say(standin, siti, "/start")
    await press(standin, siti, menu, "🏢 Cek P3MI")
    (result,) = await say(standin, siti, "pt. sinar mandiri sejahtra")
    text = result.plain_text
    assert "PT Contoh Sinar Mandiri Sejahtera: ✅ izin aktif" in text
    assert "Data per 2026-11-01" in text
    assert "CONTOH" in text  # the sample registry says what it is
    assert "🔁 Cek nama lain" in result.button_texts


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anugerah Jaya", "⛔ izin dicabut"),
        ("duta samudra abadi", "⚠️ izin dibekukan"),
        ("PT Maju Terus Pantang Mundur", "tidak ada di daftar"),
    ],
)
async def test_agency_statuses_and_not_found(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication, name: str, expected: str
) -> None:
    (result,) = await say(standin, siti, f"/cekp3mi {name}")
    assert expected in result.plain_text
    assert result.button("📝 Laporkan masalah").callback_data == "report:v1:start"


async def test_too_short_agency_name_asks_again(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    (reply,) = await say(standin, siti, "/cekp3mi PT")
    assert "terlalu pendek" in reply.plain_text
    (result,) = await say(standin, siti, "bahtera karya utama")
    assert "PT Contoh Bahtera Karya Utama" in result.plain_text


# ----- language --------------------------------------------------------------------


async def test_language_switch_is_remembered_across_restarts(
    standin: BotApiStandIn, siti: StandInUser, standin_config: AppConfig
) -> None:
    async with running_bot(standin_config):
        (choose,) = await say(standin, siti, "/bahasa")
        (english,) = await press(standin, siti, choose, "🇬🇧 English")
        assert english.plain_text.startswith("OK, I will use English.")
        (emergency,) = await say(standin, siti, "/darurat")
        assert emergency.plain_text.startswith("🆘 If you or your family are in danger")
    async with running_bot(standin_config):  # a restart: the choice comes from the database
        (start,) = await say(standin, siti, "/start")
        assert start.plain_text.startswith("Hello, Siti!")
        (back,) = await say(standin, siti, "/bahasa id")
        assert back.plain_text.startswith("Baik, saya akan memakai Bahasa Indonesia.")


async def test_english_telegram_users_are_answered_in_english(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    john = standin.private_user(2002, "John", "en")
    (start,) = await say(standin, john, "/start")
    assert start.plain_text.startswith("Hello, John!")
    (result,) = await say(standin, john, "/cekp3mi PT Maju Terus Pantang Mundur")
    assert "is <b>not</b>" not in result.plain_text
    assert "is not on the list" in result.plain_text


# ----- bad input --------------------------------------------------------------------


async def test_bad_inputs_get_short_helpful_replies(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    replies: dict[str, SentMessage] = {}
    for kind, send in [
        ("sticker", standin.send_sticker(siti)),
        ("photo", standin.send_photo(siti)),
        ("document", standin.send_document(siti)),
        ("voice", standin.send_voice(siti)),
        ("location", standin.send_location(siti)),
        ("contact", standin.send_contact(siti, "+6281234567")),
        ("long", standin.send_text(siti, "panjang " * 300)),
        ("emoji", standin.send_text(siti, "😭😭😭")),
    ]:
        await send
        (replies[kind],) = await standin.wait_for_bot_messages(USER)
    assert "Stiker" in replies["sticker"].plain_text
    assert "foto" in replies["photo"].plain_text
    assert "foto" in replies["document"].plain_text
    assert "pesan suara" in replies["voice"].plain_text
    assert "Lokasi" in replies["location"].plain_text
    assert any("🚨" in text for text in replies["location"].button_texts)
    assert "kontak" in replies["contact"].plain_text
    assert "Laporkan dengan cerita ini" in replies["long"].plain_text
    assert "emoji" in replies["emoji"].plain_text
    assert all(reply.buttons for reply in replies.values())
    # short replies; a location gets the emergency numbers of its country, which take more room
    assert all(len(reply.plain_text) < 400 for kind, reply in replies.items() if kind != "location")


async def test_edited_message(standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication) -> None:
    sent = await standin.send_text(siti, "visa turis boleh kerja?")
    await standin.wait_for_bot_messages(USER)
    await standin.edit_user_message(siti, sent, "visa kerja boleh?")
    (note,) = await standin.wait_for_bot_messages(USER)
    assert "diedit" in note.plain_text


async def test_stale_button_from_an_old_message(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    (menu,) = await say(standin, siti, "/start")
    query_id = await standin.press_button(siti, menu, "menu:v0:old-version", check_present=False)
    (reply,) = await standin.wait_for_bot_messages(USER)
    assert "tidak berlaku" in reply.plain_text
    assert "tidak berlaku" in ((await standin.wait_for_callback_answer(query_id))["text"] or "")


async def test_foreign_group(standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication) -> None:
    await standin.add_bot_to_group(siti, -100777, "Grup arisan")
    (hello,) = await standin.wait_for_bot_messages(-100777)
    assert "chat pribadi" in hello.plain_text
    await standin.wait_until(lambda: -100777 in standin.left_chats)
    await standin.send_text(siti, "/start", chat_id=-100778)
    await standin.send_text(siti, URGENT, chat_id=-100778)
    (private,) = await say(
        standin, siti, "/darurat"
    )  # later updates are handled: the group ones were ignored
    assert standin.bot_messages(-100778) == []
    assert private.plain_text.startswith("🆘")


async def test_rate_limit_stops_a_flood_politely(
    standin: BotApiStandIn, siti: StandInUser, tmp_path: Path
) -> None:
    config = with_api(make_config(tmp_path), standin)
    config = config.model_copy(
        update={"rate_limit": config.rate_limit.model_copy(update={"max_messages": 3})}
    )
    async with running_bot(config):
        for _ in range(6):
            await standin.send_text(siti, "/darurat")
        messages = await standin.wait_for_bot_messages(USER, 4)
        assert "banyak sekali" in messages[3].plain_text
        await standin.send_text(siti, "/darurat")
        with pytest.raises(TimeoutError):
            await standin.wait_for_bot_messages(USER, 1, timeout=0.5)


async def test_a_failed_reply_is_reported_and_the_bot_carries_on(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    standin.fail_next("sendMessage", 500, description="Internal Server Error")
    (sorry,) = await say(
        standin, siti, "/darurat"
    )  # the reply failed; the error handler's message got through
    assert "coba lagi" in sorry.plain_text
    (reply,) = await say(standin, siti, "/start")
    assert reply.plain_text.startswith("Halo")


async def test_triage_and_darurat_inside_the_complaint_intake(
    standin: BotApiStandIn, siti: StandInUser, live_bot: BotApplication
) -> None:
    """The complaints feature owns /lapor; this only checks that emergency help comes first inside it."""
    await say(standin, siti, "/lapor")
    emergency, flow_reply = await say(standin, siti, URGENT, replies=2)
    assert emergency.plain_text.startswith("🆘")
    assert not flow_reply.plain_text.startswith("🆘")  # the intake answers after the contacts
    seen = len(standin.bot_messages(USER))
    await standin.send_text(siti, "/darurat")
    await standin.wait_until(
        lambda: any(m.plain_text.startswith("🆘") for m in standin.bot_messages(USER)[seen:])
    )
