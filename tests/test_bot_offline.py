"""The application driven offline: updates go in through `process_update`, Bot API calls are recorded.

The FAQ matcher is replaced by a table of canned results, so each test pins one decision exactly.
"""

from __future__ import annotations

import html
import logging
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import build_application, prepare_application, release_application, services_of
from bot.config import RateLimitSettings, StaffSettings
from bot.knowledge import Decision, MatchResult
from faq.matcher import Candidate
from faq.reply import ReplyDecision, legacy_decision
from storage.models.questions import QuestionEventKind, QuestionLog
from storage.services.preferences import PreferenceService
from tests.bot_fixtures import OfflineBot, RecordingRequest, make_config, offline_app

_ids = count(100)
ANSWER_Q = "boleh kerja pakai visa turis?"
CLARIFY_Q = "gmn cara kerja ke LN yg resmi"
FALLBACK_Q = "resep rendang enak"


class TableMatcher:
    """Stands in for the reply decision: a fixed result per question, fallback otherwise."""

    def __init__(self) -> None:
        self.results = {
            ANSWER_Q: MatchResult(
                ANSWER_Q,
                Decision.ANSWER,
                "visa-non-kerja",
                0.8,
                (Candidate("visa-non-kerja", 0.8), Candidate("jalur-resmi", 0.4)),
            ),
            CLARIFY_Q: MatchResult(
                CLARIFY_Q,
                Decision.CLARIFY,
                "jalur-resmi",
                0.5,
                (
                    Candidate("jalur-resmi", 0.5),
                    Candidate("jalur-p3mi", 0.48),
                    Candidate("jalur-mandiri", 0.4),
                ),
            ),
        }

    def match(self, query: str) -> MatchResult:
        return self.results.get(
            query, MatchResult(query, Decision.FALLBACK, None, 0.1, (Candidate("jalur-resmi", 0.1),))
        )

    def decide_reply(self, query: str) -> ReplyDecision:
        return legacy_decision(self.match(query))


def user(user_id: int = 1001, first_name: str = "Siti", language_code: str | None = "id") -> dict[str, Any]:
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        data["language_code"] = language_code
    return data


def message(
    text: str | None = None,
    *,
    chat_id: int | None = None,
    sender: dict[str, Any] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    sender = sender or user()
    chat_id = chat_id if chat_id is not None else sender["id"]
    chat = (
        {"id": chat_id, "type": "private", "first_name": sender["first_name"]}
        if chat_id > 0
        else {"id": chat_id, "type": "supergroup", "title": "Grup"}
    )
    body: dict[str, Any] = {"message_id": next(_ids), "date": 0, "chat": chat, "from": sender, **fields}
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"message": body}


def callback(
    data: str,
    *,
    sender: dict[str, Any] | None = None,
    question: str | None = None,
    markup: dict[str, Any] | None = None,
) -> dict[str, Any]:
    sender = sender or user()
    bot_message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": 0,
        "text": "…",
        "chat": {"id": sender["id"], "type": "private", "first_name": sender["first_name"]},
        "from": {"id": 123456, "is_bot": True, "first_name": "Migrasi Aman"},
    }
    if question is not None:
        bot_message["reply_to_message"] = {
            "message_id": next(_ids),
            "date": 0,
            "text": question,
            "chat": bot_message["chat"],
            "from": sender,
        }
    if markup is not None:
        bot_message["reply_markup"] = markup
    return {
        "callback_query": {
            "id": str(next(_ids)),
            "from": sender,
            "chat_instance": "c",
            "data": data,
            "message": bot_message,
        }
    }


def buttons(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [button.get("callback_data", "") for row in markup.get("inline_keyboard", []) for button in row]


@pytest.fixture
def bot(offline_bot: OfflineBot) -> OfflineBot:
    table = TableMatcher()
    services_of(offline_bot.app).faq.matcher = table  # type: ignore[assignment]
    services_of(offline_bot.app).faq.answers = table  # type: ignore[assignment]
    offline_bot.request.clear()
    return offline_bot


async def logged(bot: OfflineBot) -> list[QuestionLog]:
    async with services_of(bot.app).database.sessions() as session:
        return list((await session.execute(select(QuestionLog).order_by(QuestionLog.id))).scalars())


# ----- start-up --------------------------------------------------------------------------------------------


async def test_start_up_publishes_commands_per_language(offline_bot: OfflineBot) -> None:
    calls = offline_bot.request.sent("setMyCommands")
    assert [call.get("language_code") for call in calls] == [None, "id", "en"]
    indonesian = {c["command"]: c["description"] for c in calls[1]["commands"]}
    english = {c["command"]: c["description"] for c in calls[2]["commands"]}
    assert {"start", "bantuan", "darurat", "cektawaran", "cekp3mi", "bahasa", "batal"} <= indonesian.keys()
    assert indonesian["darurat"] == "Kontak darurat"
    assert english["darurat"] == "Emergency contacts"


async def test_staff_chats_get_the_staff_command_menu(tmp_path: Path) -> None:
    config = make_config(tmp_path).model_copy(update={"staff": StaffSettings(chat_id=-100555)})
    async with offline_app(config) as bot:
        calls = bot.request.sent("setMyCommands")
    staff = [call for call in calls if call.get("scope")]
    assert [call["scope"] for call in staff] == [{"type": "chat", "chat_id": -100555}]
    assert [command["command"] for command in staff[0]["commands"]] == [
        "kasus",
        "cari",
        "statistik",
        "export",
        "staff",
    ]


async def test_start_up_survives_set_my_commands_failing(tmp_path: Path) -> None:
    request = RecordingRequest()
    request.fail_methods["setMyCommands"] = (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: x"},
    )
    app = build_application(make_config(tmp_path), request=request)
    await app.initialize()
    try:
        await prepare_application(app)  # does not raise
    finally:
        await app.shutdown()
        await release_application(app)
    assert len(request.sent("setMyCommands")) == 3


# ----- commands and menu --------------------------------------------------------------------

MENU = [
    "menu:v1:ask",
    "menu:v1:routes",
    "offer:v1:start",
    "agency:v1:start",
    "report:v1:start",
    "report:v1:status",
    "menu:v1:emergency",
    "lang:v1:set:en",
]


async def test_start_greets_escapes_the_name_and_shows_the_menu(bot: OfflineBot) -> None:
    await bot.process(message("/start", sender=user(first_name="<b>Budi</b> & co")))
    (sent,) = bot.request.sent()
    assert "Halo, &lt;b&gt;Budi&lt;/b&gt; &amp; co!" in sent["text"]
    assert sent["parse_mode"] == "HTML"
    assert buttons(sent) == MENU


async def test_start_follows_telegram_language(bot: OfflineBot) -> None:
    await bot.process(message("/start", sender=user(language_code="en-GB")))
    (sent,) = bot.request.sent()
    assert sent["text"].startswith("Hello, Siti!")
    assert buttons(sent)[-1] == "lang:v1:set:id"


@pytest.mark.parametrize("command", ["/bantuan", "/help"])
async def test_help_lists_commands(bot: OfflineBot, command: str) -> None:
    await bot.process(message(command))
    (sent,) = bot.request.sent()
    for name in ("/start", "/darurat", "/cektawaran", "/cekp3mi", "/bahasa", "/batal /cancel"):
        assert name in sent["text"]
    assert buttons(sent) == MENU


@pytest.mark.parametrize("command", ["/batal", "/cancel"])
async def test_cancel_replies_and_shows_menu(bot: OfflineBot, command: str) -> None:
    await bot.process(message(command))
    (sent,) = bot.request.sent()
    assert sent["text"].startswith("Dibatalkan")
    assert buttons(sent) == MENU


async def test_language_choice_is_remembered_in_the_database(bot: OfflineBot) -> None:
    await bot.process(message("/bahasa"))
    assert buttons(bot.request.sent()[0]) == ["lang:v1:set:id", "lang:v1:set:en"]
    await bot.process(callback("lang:v1:set:en"))
    assert bot.request.sent()[-1]["text"].startswith("OK, I will use English.")
    services = services_of(bot.app)
    fresh = PreferenceService(services.database)  # no cache: straight from the database
    assert await fresh.chosen_language(1001) == "en"
    bot.request.clear()
    await bot.process(message("/start"))  # the Telegram app still says "id"
    assert bot.request.sent()[0]["text"].startswith("Hello")
    await bot.process(message("/bahasa id"))
    assert await PreferenceService(services.database).chosen_language(1001) == "id"


async def test_menu_buttons_of_this_bot(bot: OfflineBot) -> None:
    await bot.process(callback("menu:v1:main"))
    await bot.process(callback("menu:v1:ask"))
    await bot.process(callback("menu:v1:emergency"))
    texts = bot.request.texts()
    assert texts[0].startswith("Apa yang ingin Anda lakukan?")
    assert texts[1].startswith("Silakan tulis pertanyaan Anda")
    assert "110" in texts[2]
    assert len(bot.request.sent("answerCallbackQuery")) == 3


# ----- asking --------------------------------------------------------------------


async def test_answer_has_related_feedback_and_menu_buttons_and_quotes_the_question(bot: OfflineBot) -> None:
    question = message(ANSWER_Q)
    await bot.process(question)
    assert bot.request.calls[0].method == "sendChatAction"
    (sent,) = bot.request.sent()
    assert "Kerja pakai visa turis" in sent["text"]
    data = buttons(sent)
    assert data[-3:] == ["fb:v1:up:visa-non-kerja", "fb:v1:down:visa-non-kerja", "menu:v1:main"]
    assert all(item.startswith("faq:v1:show:") for item in data[:-3])
    assert sent["reply_parameters"]["message_id"] == question["message"]["message_id"]
    assert await logged(bot) == []  # a good answer is not a gap


async def test_clarify_offers_entries_and_none_of_these(bot: OfflineBot) -> None:
    await bot.process(message(CLARIFY_Q))
    (sent,) = bot.request.sent()
    assert sent["text"] == "Maksud Anda:"
    assert buttons(sent) == [
        "faq:v1:pick:jalur-resmi",
        "faq:v1:pick:jalur-p3mi",
        "faq:v1:pick:jalur-mandiri",
        "faq:v1:none",
        "menu:v1:main",
    ]


async def test_fallback_is_kind_offers_hotline_menu_and_report_and_is_logged(bot: OfflineBot) -> None:
    await bot.process(message(FALLBACK_Q))
    (sent,) = bot.request.sent()
    assert "0800-1000" in sent["text"]
    assert "report:v1:start" in buttons(sent)
    (row,) = await logged(bot)
    assert (row.kind, row.question, row.decision, row.entry_id) == (
        QuestionEventKind.FALLBACK,
        FALLBACK_Q,
        "fallback",
        None,
    )
    assert row.candidates == [{"entry_id": "jalur-resmi", "score": 0.1}]
    assert not hasattr(row, "user_id")


async def test_clarify_choice_is_logged_and_answered(bot: OfflineBot) -> None:
    await bot.process(callback("faq:v1:pick:jalur-p3mi", question=CLARIFY_Q))
    sent = bot.request.sent()[-1]
    assert "fb:v1:up:jalur-p3mi" in buttons(sent)
    (row,) = await logged(bot)
    assert (row.kind, row.question, row.entry_id) == (
        QuestionEventKind.CLARIFY_CHOICE,
        CLARIFY_Q,
        "jalur-p3mi",
    )
    assert [c["entry_id"] for c in row.candidates] == ["jalur-resmi", "jalur-p3mi", "jalur-mandiri"]


async def test_none_of_these_is_logged_and_falls_back(bot: OfflineBot) -> None:
    await bot.process(callback("faq:v1:none", question=CLARIFY_Q))
    assert "0800-1000" in bot.request.sent()[-1]["text"]
    (row,) = await logged(bot)
    assert (row.kind, row.entry_id) == (QuestionEventKind.CLARIFY_CHOICE, None)


async def test_thumbs_down_is_logged_trims_buttons_and_offers_help(bot: OfflineBot) -> None:
    markup = {
        "inline_keyboard": [
            [{"text": "Jalur", "callback_data": "faq:v1:show:jalur-resmi"}],
            [
                {"text": "👍", "callback_data": "fb:v1:up:visa-non-kerja"},
                {"text": "👎", "callback_data": "fb:v1:down:visa-non-kerja"},
            ],
        ]
    }
    await bot.process(callback("fb:v1:down:visa-non-kerja", question=ANSWER_Q, markup=markup))
    (edit,) = bot.request.sent("editMessageReplyMarkup")
    assert buttons(edit) == ["faq:v1:show:jalur-resmi"]
    assert "kurang membantu" in bot.request.sent()[-1]["text"]
    (row,) = await logged(bot)
    assert (row.kind, row.question, row.entry_id) == (
        QuestionEventKind.THUMBS_DOWN,
        ANSWER_Q,
        "visa-non-kerja",
    )


async def test_thumbs_up_thanks(bot: OfflineBot) -> None:
    await bot.process(callback("fb:v1:up:visa-non-kerja", question=ANSWER_Q))
    assert bot.request.sent("answerCallbackQuery")[0]["text"] == "Terima kasih atas masukannya!"
    assert bot.request.sent() == []
    (row,) = await logged(bot)
    assert row.kind == QuestionEventKind.THUMBS_UP


async def test_user_text_with_html_is_escaped_in_replies(bot: OfflineBot) -> None:
    await bot.process(message("/cekp3mi <b>PT & Co</b>"))
    (sent,) = bot.request.sent()
    assert "“&lt;b&gt;PT &amp; Co&lt;/b&gt;”" in sent["text"]


# ----- emergency --------------------------------------------------------------------


async def test_urgent_text_gets_emergency_contacts_and_no_unrelated_choices(bot: OfflineBot) -> None:
    await bot.process(message("tolong saya dikurung majikan"))
    (first,) = bot.request.sent()  # the matcher was unsure: no "Maksud Anda" choices after the contacts
    config = services_of(bot.app).config
    for number in (
        config.hotlines.kp2mi,
        config.hotlines.police,
        config.hotlines.sapa,
        config.hotlines.kemlu,
    ):
        assert html.escape(number) in first["text"]
    assert buttons(first) == ["sos:v1:abroad", "report:v1:story", "menu:v1:main"]


async def test_darurat_command(bot: OfflineBot) -> None:
    await bot.process(message("/darurat"))
    (sent,) = bot.request.sent()
    assert sent["text"].startswith("🆘")
    assert "report:v1:story" in buttons(sent)


# ----- bad input and guard --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "sticker": {
                    "file_id": "s",
                    "file_unique_id": "s",
                    "type": "regular",
                    "width": 1,
                    "height": 1,
                    "is_animated": False,
                    "is_video": False,
                }
            },
            "Stiker",
        ),
        ({"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}, "foto"),
        ({"document": {"file_id": "d", "file_unique_id": "d"}}, "foto atau dokumen"),
        ({"voice": {"file_id": "v", "file_unique_id": "v", "duration": 2}}, "pesan suara"),
        ({"location": {"latitude": 1.0, "longitude": 2.0}}, "Lokasi diterima"),
        ({"contact": {"phone_number": "+62", "first_name": "A"}}, "kontak"),
    ],
)
async def test_unusable_messages_get_a_short_helpful_reply(
    bot: OfflineBot, fields: dict[str, Any], expected: str
) -> None:
    await bot.process(message(None, **fields))
    (sent,) = bot.request.sent()
    assert expected in sent["text"]
    assert buttons(sent)  # always a way forward


async def test_very_long_text_is_kept_and_offered_as_a_report(bot: OfflineBot) -> None:
    story = "kata " * 400
    await bot.process(message(story))
    (sent,) = bot.request.sent()
    assert "panjang sekali" not in sent["text"]
    assert "Laporkan dengan cerita ini" in sent["text"]
    assert "report:v1:story" in buttons(sent)
    assert await services_of(bot.app).emergency.story_of(user()["id"]) == story.strip()
    assert await logged(bot) == []


@pytest.mark.parametrize(
    ("text", "expected"), [("halo min", "Silakan tulis"), ("makasih kak 🙏", "Sama-sama")]
)
async def test_greetings_and_thanks_are_answered_kindly_and_not_logged(
    bot: OfflineBot, text: str, expected: str
) -> None:
    await bot.process(message(text))
    (sent,) = bot.request.sent()
    assert expected in sent["text"]
    assert buttons(sent) == MENU
    assert await logged(bot) == []


@pytest.mark.parametrize("text", ["😀😀😀", "🙏", "???"])
async def test_emoji_only(bot: OfflineBot, text: str) -> None:
    await bot.process(message(text))
    (sent,) = bot.request.sent()
    assert "emoji" in sent["text"]


async def test_unknown_command(bot: OfflineBot) -> None:
    await bot.process(message("/resep"))
    (sent,) = bot.request.sent()
    assert "/bantuan" in sent["text"]


async def test_edited_message_gets_a_note(bot: OfflineBot) -> None:
    edited = message("halo")["message"] | {"edit_date": 1}
    await bot.process({"edited_message": edited})
    (sent,) = bot.request.sent()
    assert "diedit" in sent["text"]


@pytest.mark.parametrize(
    ("data", "answer"),
    [
        ("menu:v0:main", "tidak berlaku"),
        ("faq:v1:show:no-such-entry", None),
        ("offer:v1:ans:zzz", "tidak berlaku"),
        ("offer:v1:ans:000000:y", "tidak berlaku"),  # answers to an older version of the questions
        ("fb:v1:down:no-such-entry", "tidak berlaku"),
        ("faq:v1:pick:gone", None),
    ],
)
async def test_stale_buttons(bot: OfflineBot, data: str, answer: str | None) -> None:
    await bot.process(callback(data))
    answers = bot.request.sent("answerCallbackQuery")
    assert answers, "the spinner must stop"
    if answer:
        assert answer in answers[0]["text"]
    texts = bot.request.texts()
    assert not texts or "tidak berlaku" in texts[0]


async def test_foreign_group_is_ignored_and_left_when_added(bot: OfflineBot) -> None:
    stranger = user(2002, "Andi")
    await bot.process(message("/start", chat_id=-100999, sender=stranger))
    await bot.process(message("tolong saya dikurung", chat_id=-100999, sender=stranger))
    assert bot.request.calls == []
    added = {"new_chat_members": [{"id": 123456, "is_bot": True, "first_name": "Migrasi Aman"}]}
    await bot.process(message(None, chat_id=-100999, sender=stranger, **added))
    (sent,) = bot.request.sent()
    assert sent["chat_id"] == -100999
    assert "chat pribadi" in sent["text"]
    assert bot.request.sent("leaveChat")[0]["chat_id"] == -100999


async def test_staff_chat_updates_pass_the_guard(tmp_path: Path) -> None:
    config = make_config(tmp_path).model_copy(update={"staff": StaffSettings(chat_id=-100555)})
    seen: list[int] = []

    async def probe(update: Update, context: object) -> None:
        assert update.effective_chat is not None
        seen.append(update.effective_chat.id)

    async with offline_app(config) as bot:
        bot.app.add_handler(TypeHandler(Update, probe), group=-9)
        for chat_id in (-100555, -100999):
            await bot.process(message("/kasus", chat_id=chat_id))
    assert seen == [-100555]


async def test_rate_limit_answers_once_then_drops(tmp_path: Path) -> None:
    config = make_config(tmp_path).model_copy(
        update={"rate_limit": RateLimitSettings(max_messages=3, per_seconds=60)}
    )
    async with offline_app(config) as bot:
        bot.request.clear()
        for _ in range(6):
            await bot.process(message("/darurat"))
        await bot.process(message("/darurat", sender=user(3003)))  # another user is not affected
    texts = bot.request.texts()
    assert len(texts) == 5
    assert "banyak sekali" in texts[3]
    assert texts[4].startswith("🆘")


async def test_over_the_limit_danger_still_gets_through_and_buttons_have_their_own_limit(
    tmp_path: Path,
) -> None:
    config = make_config(tmp_path).model_copy(
        update={"rate_limit": RateLimitSettings(max_messages=2, per_seconds=60)}
    )
    async with offline_app(config) as bot:
        for _ in range(3):
            await bot.process(message("/darurat"))
        for _ in range(3):
            await bot.process(callback("menu:v1:main"))  # presses are counted apart, 3x as many allowed
        bot.request.clear()
        await bot.process(message("/darurat"))
        assert bot.request.texts() == []  # still limited
        await bot.process(message("tolong saya dipukuli majikan"))
        assert bot.request.texts()[0].startswith("🆘")


async def test_errors_are_logged_without_message_text_and_the_user_is_told(
    bot: OfflineBot, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def decide_reply(self, query: str) -> ReplyDecision:
            raise RuntimeError("boom")

    services_of(bot.app).faq.answers = Broken()  # type: ignore[assignment]
    with caplog.at_level(logging.ERROR):
        await bot.process(message("rahasia pribadi saya nomor 0812"))
    assert "coba lagi" in bot.request.texts()[-1]
    record = next(r for r in caplog.records if r.name == "handlers.errors")
    assert record.exc_info is not None
    assert record.getMessage().endswith("(text)")  # the kind of update, not its chat
    assert "1001" not in caplog.text
    assert "rahasia" not in caplog.text
    assert "0812" not in caplog.text


async def test_a_user_who_blocked_the_bot_is_logged_once_without_a_traceback(
    bot: OfflineBot, caplog: pytest.LogCaptureFixture
) -> None:
    bot.request.fail_methods["sendMessage"] = (
        403,
        {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
    )
    with caplog.at_level(logging.INFO):
        await bot.process(message("/start"))
    records = [r for r in caplog.records if r.name == "handlers.errors"]
    assert [r.levelno for r in records] == [logging.INFO]
    assert records[0].exc_info is None
    assert [c.method for c in bot.request.calls].count("sendMessage") == 1  # no second try to tell her
