"""The Bot API stand-in speaks the real API's shapes to the real client, strictly enough to catch mistakes."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import httpx
import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter
from telegram.request import HTTPXRequest

from bot.standin import BotApiStandIn
from bot.standin.tghtml import HtmlParseError, to_plain_text, to_terminal_text
from tests.bot_fixtures import TEST_TOKEN


@pytest.fixture
async def bot(standin: BotApiStandIn) -> Bot:
    client = Bot(
        TEST_TOKEN,
        base_url=standin.base_url,
        base_file_url=standin.base_file_url,
        request=HTTPXRequest(),
        get_updates_request=HTTPXRequest(),
    )
    await client.initialize()
    yield client  # type: ignore[misc]
    await client.shutdown()


async def test_get_me_describes_the_bot(bot: Bot) -> None:
    assert bot.username == "migrasi_aman_test_bot"
    assert bot.id == 123456


async def test_wrong_token_is_unauthorized(standin: BotApiStandIn) -> None:
    intruder = Bot("999:WRONG", base_url=standin.base_url, request=HTTPXRequest())
    with pytest.raises(InvalidToken):
        await intruder.initialize()
    await intruder.shutdown()


async def test_unknown_method_is_404_in_api_shape(standin: BotApiStandIn) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{standin.base_url}{TEST_TOKEN}/noSuchMethod", json={})
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found: method not found"}


async def test_json_bodies_are_understood(standin: BotApiStandIn) -> None:
    standin.private_user(1001)
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{standin.base_url}{TEST_TOKEN}/sendMessage",
            json={"chat_id": 1001, "text": "<b>hai</b>", "parse_mode": "HTML"},
        )
    body = response.json()
    assert body["ok"] is True
    assert body["result"]["text"] == "hai"
    assert standin.last_bot_message(1001).text == "<b>hai</b>"


async def test_send_message_records_text_buttons_and_reply(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    question = await standin.send_text(user, "halo")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ya", callback_data="x:v1:yes")]])
    sent = await bot.send_message(
        1001,
        "<i>Halo</i> &amp; selamat",
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        reply_to_message_id=question["message_id"],
    )
    assert sent.text == "Halo & selamat"
    assert sent.reply_to_message is not None
    assert sent.reply_to_message.text == "halo"
    (recorded,) = await standin.wait_for_bot_messages(1001)
    assert recorded.plain_text == "Halo & selamat"
    assert recorded.button("Ya").callback_data == "x:v1:yes"
    assert recorded.reply_to_message_id == question["message_id"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<b>unclosed", "can't find end tag"),
        ("1 < 2", "unsupported start tag"),
        ("<script>x</script>", 'unsupported start tag "script"'),
        ("Tom & Jerry", "must be escaped"),
        ("<b>a</i>", "unmatched end tag"),
        ("   ", "text is empty"),
        ("x" * 4097, "too long"),
    ],
)
async def test_bad_html_or_length_is_refused_like_telegram(
    standin: BotApiStandIn, bot: Bot, text: str, problem: str
) -> None:
    standin.private_user(1001)
    with pytest.raises(BadRequest, match=problem):
        await bot.send_message(1001, text, parse_mode=ParseMode.HTML)


def test_html_rendering_for_terminal() -> None:
    assert to_plain_text("<b>Hai</b> &lt;3 &#128512;") == "Hai <3 😀"
    assert to_terminal_text('<a href="https://kp2mi.go.id">KP2MI</a>') == "KP2MI (https://kp2mi.go.id)"
    with pytest.raises(HtmlParseError):
        to_plain_text("<unknown>")


async def test_callback_data_over_64_bytes_is_refused(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(1001, "x", reply_markup=markup)


async def test_unknown_private_chat_is_not_found(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(777, "hello")


async def test_get_updates_long_polls_and_confirms_by_offset(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    waiting = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    assert not waiting.done()
    await standin.send_text(user, "/start")
    (update,) = await asyncio.wait_for(waiting, 2)
    assert update.message is not None
    assert update.message.text == "/start"
    assert update.message.entities[0].type == "bot_command"
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [update.update_id]  # not confirmed yet
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


async def test_flood_limit_is_injected_with_retry_after(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    standin.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(1001, "x")
    assert raised.value.retry_after == timedelta(seconds=3)
    await bot.send_message(1001, "x")  # only the next call failed


async def test_server_error_is_injected(standin: BotApiStandIn) -> None:
    standin.private_user(1001)
    standin.fail_next("sendMessage", 502, times=2)
    async with httpx.AsyncClient() as client:
        url = f"{standin.base_url}{TEST_TOKEN}/sendMessage"
        statuses = [
            (await client.post(url, json={"chat_id": 1001, "text": "x"})).status_code for _ in range(3)
        ]
    assert statuses == [502, 502, 200]


async def test_blocked_user_gives_403(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    standin.block_bot(1001)
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(1001, "x")
    standin.unblock_bot(1001)
    await bot.send_message(1001, "x")


async def test_edit_text_and_markup_and_not_modified(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(1001, "satu", reply_markup=markup)
    await bot.edit_message_text("dua", chat_id=1001, message_id=sent.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("dua", chat_id=1001, message_id=sent.message_id, reply_markup=markup)
    await bot.edit_message_reply_markup(chat_id=1001, message_id=sent.message_id, reply_markup=None)
    recorded = standin.last_bot_message(1001)
    assert (recorded.plain_text, recorded.buttons, recorded.edit_count) == ("dua", (), 2)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=1001, message_id=999)


async def test_press_button_and_answer_callback(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Pilih", callback_data="menu:v1:main")]])
    await bot.send_message(1001, "menu", reply_markup=markup)
    (message,) = await standin.wait_for_bot_messages(1001)
    query_id = await standin.press_button(user, message, "Pilih")
    (update,) = await bot.get_updates(timeout=1)
    assert update.callback_query is not None
    assert update.callback_query.data == "menu:v1:main"
    assert update.callback_query.message is not None
    await bot.answer_callback_query(query_id, text="ok")
    assert (await standin.wait_for_callback_answer(query_id))["text"] == "ok"
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("nope")
    with pytest.raises(LookupError):
        await standin.press_button(user, message, "Tidak ada")


async def test_upload_photo_then_get_file_and_download(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    sent = await bot.send_photo(
        1001, InputFile(b"\x89PNG data", filename="a.png"), caption="<b>bukti</b>", parse_mode=ParseMode.HTML
    )
    file_id = sent.photo[-1].file_id
    telegram_file = await bot.get_file(file_id)
    assert bytes(await telegram_file.download_as_bytearray()) == b"\x89PNG data"
    recorded = standin.last_bot_message(1001)
    assert (recorded.kind, recorded.plain_text) == ("photo", "bukti")


async def test_user_photo_and_document_can_be_downloaded_by_the_bot(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    photo = await standin.send_photo(user, b"JPEGDATA", caption="lihat")
    document = await standin.send_document(user, b"%PDF-1.4 x", "kontrak.pdf")
    for file_id, data in (
        (photo["photo"][-1]["file_id"], b"JPEGDATA"),
        (document["document"]["file_id"], b"%PDF-1.4 x"),
    ):
        telegram_file = await bot.get_file(file_id)
        assert bytes(await telegram_file.download_as_bytearray()) == data


async def test_send_document_by_file_id_and_media_group(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    standin.group_chat(-100123, "Staf")
    document = await standin.send_document(user, b"%PDF", "a.pdf")
    await bot.send_document(-100123, document["document"]["file_id"], caption="dari pelapor")
    assert standin.last_bot_message(-100123).file_id == document["document"]["file_id"]


async def test_copy_and_forward_user_messages(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    standin.group_chat(-100123, "Staf")
    text = await standin.send_text(user, "gaji belum dibayar")
    copied = await bot.copy_message(-100123, 1001, text["message_id"])
    forwarded = await bot.forward_message(-100123, 1001, text["message_id"])
    staff_messages = standin.bot_messages(-100123)
    assert [m.kind for m in staff_messages] == ["copy", "forward"]
    assert staff_messages[0].message_id == copied.message_id
    assert forwarded.forward_origin is not None
    assert all(m.plain_text == "gaji belum dibayar" for m in staff_messages)


async def test_group_reply_to_bot_message(standin: BotApiStandIn, bot: Bot) -> None:
    staff = standin.private_user(9001, "Petugas")
    standin.group_chat(-100123, "Staf")
    card = await bot.send_message(-100123, "ADU-000001")
    (recorded,) = await standin.wait_for_bot_messages(-100123)
    await standin.send_text(staff, "sudah kami hubungi", chat_id=-100123, reply_to=recorded)
    (update,) = await bot.get_updates(timeout=1)
    assert update.message is not None
    assert update.message.chat.type == "supergroup"
    assert update.message.reply_to_message is not None
    assert update.message.reply_to_message.message_id == card.message_id


async def test_commands_per_language_and_leave_chat(standin: BotApiStandIn, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Mulai")], language_code="id")
    await bot.set_my_commands([BotCommand("start", "Start")], language_code="en")
    assert standin.commands[("default", "id")][0]["description"] == "Mulai"
    assert standin.commands[("default", "en")][0]["description"] == "Start"
    with pytest.raises(BadRequest):
        await bot.set_my_commands([BotCommand("Bad-Command", "x")])
    standin.group_chat(-555, "Lain")
    assert await bot.leave_chat(-555)
    assert -555 in standin.left_chats
    with pytest.raises(Forbidden):
        await bot.send_message(-555, "x")


async def test_chat_action_and_other_updates(standin: BotApiStandIn, bot: Bot) -> None:
    user = standin.private_user(1001)
    await bot.send_chat_action(1001, "typing")
    assert standin.chat_actions == [(1001, "typing")]
    sent = await standin.send_text(user, "asli")
    await standin.edit_user_message(user, sent, "diubah")
    await standin.send_sticker(user)
    await standin.send_voice(user)
    await standin.send_location(user)
    await standin.send_contact(user, "+628123")
    updates = await bot.get_updates(timeout=0)
    assert updates[1].edited_message is not None
    assert updates[1].edited_message.text == "diubah"
    assert updates[2].message is not None
    assert updates[2].message.sticker is not None
    assert updates[3].message is not None
    assert updates[3].message.voice is not None
    assert updates[4].message is not None
    assert updates[4].message.location is not None
    contact = updates[5].message.contact if updates[5].message else None
    assert contact is not None
    assert contact.user_id == 1001


async def test_wait_for_bot_messages_times_out_with_what_arrived(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    await bot.send_message(1001, "satu")
    with pytest.raises(TimeoutError, match="got 1"):
        await standin.wait_for_bot_messages(1001, count=2, timeout=0.2)


async def test_events_reach_observers(standin: BotApiStandIn, bot: Bot) -> None:
    standin.private_user(1001)
    events = standin.subscribe()
    await bot.send_message(1001, "x")
    event = events.get_nowait()
    assert (event.kind, event.chat_id) == ("sent", 1001)
    assert json.dumps(event.message.raw if event.message else {})  # raw JSON stays serialisable
