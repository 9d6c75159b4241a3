"""`BotApiStandIn`: a fake Telegram Bot API server on 127.0.0.1 for `migrasi-aman chat` and end-to-end tests.

It speaks the real Bot API's JSON shapes over HTTP, so the real polling application (python-telegram-bot and
httpx included) runs against it unchanged. Test code plays the users: `send_text`, `press_button`,
`send_photo`, ... queue updates that the bot fetches with `getUpdates`; what the bot sends is recorded as
`SentMessage`s that tests read with `wait_for_bot_messages` / `bot_messages`.

It is strict where the real server is strict (HTML parse errors, 4096-character limit, 64-byte callback
data, "message is not modified"), and can inject flood limits (`fail_next`) and blocked users (`block_bot`).
"""

# The wait_* helpers take `timeout=` because tests read better that way than wrapped in asyncio.timeout.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from bot.standin.http import (
    HttpRequest,
    HttpResponse,
    HttpServer,
    RequestHandler,
    UploadedFile,
    parse_multipart,
)
from bot.standin.tghtml import HtmlParseError, to_plain_text
from bot.standin.webhook import WebhookDelivery

JsonDict = dict[str, Any]
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64


class ApiError(Exception):
    """An error answer in the Bot API's shape: {"ok": false, "error_code", "description", "parameters"}."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def to_json(self) -> JsonDict:
        body: JsonDict = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass(frozen=True)
class InlineButton:
    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class StandInUser:
    """A Telegram user played by the test; `id` doubles as the private chat id."""

    id: int
    first_name: str
    language_code: str | None = "id"
    username: str | None = None
    last_name: str | None = None

    def to_json(self) -> JsonDict:
        data: JsonDict = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data


@dataclass
class SentMessage:
    """A message the bot sent (or copied/forwarded); edits update it in place (`edit_count` counts them)."""

    chat_id: int
    message_id: int
    text: str | None  # text or caption exactly as the bot sent it (HTML when parse_mode is HTML)
    parse_mode: str | None
    buttons: tuple[tuple[InlineButton, ...], ...]
    reply_to_message_id: int | None
    kind: str = "text"  # text | photo | document | copy | forward | media
    plain_text: str = ""  # what a reader sees: tags removed, entities decoded
    reply_keyboard: tuple[tuple[JsonDict, ...], ...] | None = None
    remove_keyboard: bool = False
    file_id: str | None = None
    edit_count: int = 0
    deleted: bool = False
    raw: JsonDict = field(default_factory=dict)

    @property
    def flat_buttons(self) -> list[InlineButton]:
        return [button for row in self.buttons for button in row]

    @property
    def button_texts(self) -> list[str]:
        return [button.text for button in self.flat_buttons]

    @property
    def callback_data(self) -> list[str]:
        return [button.callback_data for button in self.flat_buttons if button.callback_data is not None]

    def button(self, text_or_data: str) -> InlineButton:
        """The button whose callback data or label is `text_or_data` (or whose label starts with it)."""
        buttons = self.flat_buttons
        for button in buttons:
            if text_or_data in (button.callback_data, button.text):
                return button
        for button in buttons:
            if button.text.startswith(text_or_data):
                return button
        raise LookupError(f"no button {text_or_data!r} on message {self.message_id}: {self.button_texts}")


@dataclass(frozen=True)
class BotEvent:
    """Something the bot did, for observers such as the terminal chat."""

    # sent | edited | deleted | callback_answer | chat_action | left_chat | webhook_set | webhook_trouble
    kind: str
    chat_id: int | None
    message: SentMessage | None = None
    text: str | None = None


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class _Failure:
    error_code: int
    description: str
    retry_after: int | None
    remaining: int


class _Params:
    """Bot API parameters from a JSON, urlencoded or multipart body (form values are JSON-encoded)."""

    def __init__(self, values: Mapping[str, Any], files: Mapping[str, UploadedFile]) -> None:
        self.values = values
        self.files = files

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.values.get(name)
        if value is None:
            return default
        return value if isinstance(value, str) else json.dumps(value)

    def integer(self, name: str) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ApiError(400, f"Bad Request: invalid {name} specified") from None

    def required_int(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            raise ApiError(400, f"Bad Request: {name} is empty")
        return value

    def json_value(self, name: str) -> Any:
        value = self.values.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from None
        return value

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            return value.lower() == "true"
        return bool(value)


class BotApiStandIn:
    """An in-process fake Bot API server. Use as `async with BotApiStandIn(token) as api:`."""

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        bot_username: str = "migrasi_aman_test_bot",
        first_message_id: int = 1,
        port: int = 0,
    ) -> None:
        """`first_message_id`: where every chat's message ids start (Telegram never reuses one in a chat, so a
        stand-in started again against the same database should start past the last run's). `port`: 0 picks
        a free one (tests); `migrasi-aman standin` gives a fixed one."""
        self.token = token
        bot_id = token.split(":", 1)[0]
        self.bot_user: JsonDict = {
            "id": int(bot_id) if bot_id.isdigit() else 123456,
            "is_bot": True,
            "first_name": "Migrasi Aman",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self._server = HttpServer(self._handle, port=port)
        self._extra_routes: dict[str, RequestHandler] = {}
        self._update_ids = itertools.count(1)
        self._last_update_id = 0
        self._issued: list[JsonDict] = []
        self._file_ids = itertools.count(1)
        self._message_ids: dict[int, Iterator[int]] = defaultdict(lambda: itertools.count(first_message_id))
        self._updates: list[JsonDict] = []
        self._changed = asyncio.Condition()
        self._chats: dict[int, JsonDict] = {}
        self._users: dict[int, StandInUser] = {}
        self._members: dict[int, dict[int, tuple[JsonDict, str]]] = {}  # chat -> user -> (user, status)
        self._messages: dict[tuple[int, int], JsonDict] = {}  # every message, user's and bot's, as JSON
        self._sent: dict[int, list[SentMessage]] = defaultdict(list)
        self._read_cursor: dict[int, int] = defaultdict(int)
        self._files: dict[str, StoredFile] = {}
        self._failures: dict[str, list[_Failure]] = defaultdict(list)
        self._blocked: set[int] = set()
        self._observers: list[asyncio.Queue[BotEvent]] = []
        self.callback_answers: dict[str, JsonDict] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        self.left_chats: set[int] = set()
        self.calls: list[str] = []  # method names in the order the bot called them
        self._open_callbacks: set[str] = set()
        self._webhook: WebhookDelivery | None = None
        self._webhook_spread: list[str] = []
        self.webhook_url = ""
        self.webhook_allowed_updates: list[str] | None = None
        self._flood_limit: int | None = None
        self._chat_flood_limit: int | None = None
        self._send_times: deque[float] = deque()
        self._chat_send_times: dict[int, deque[float]] = defaultdict(deque)
        self.flood_refusals = 0
        self.busiest_second = 0  # the most sends the bot made in any one-second window

    # ----- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> BotApiStandIn:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def start(self) -> None:
        await self._server.start()

    async def close(self) -> None:
        if self._webhook is not None:
            await self._webhook.close()
            self._webhook = None
        await self._server.close()

    def spread_webhook_over(self, urls: list[str]) -> None:
        """Play a load balancer: deliver webhook updates to these URLs in turn instead of the one set."""
        self._webhook_spread = list(urls)
        if self._webhook is not None:
            self._webhook.spread_over(self._webhook_spread)

    def add_route(self, prefix: str, handler: RequestHandler) -> None:
        """Serve paths starting with `prefix` (not a Bot API path) with `handler`: `migrasi-aman standin`
        adds its control endpoints this way."""
        self._extra_routes[prefix] = handler

    @property
    def webhook(self) -> WebhookDelivery | None:
        return self._webhook

    @property
    def port(self) -> int:
        return self._server.port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ----- the test plays users ------------------------------------------------------------------------

    def private_user(
        self,
        user_id: int = 1001,
        first_name: str = "Siti",
        language_code: str | None = "id",
        *,
        username: str | None = None,
        last_name: str | None = None,
    ) -> StandInUser:
        user = StandInUser(user_id, first_name, language_code, username, last_name)
        self._users[user_id] = user
        self._chats[user_id] = {"id": user_id, "type": "private", "first_name": first_name}
        return user

    def known_user(self, user_id: int) -> StandInUser | None:
        return self._users.get(user_id)

    def has_chat(self, chat_id: int) -> bool:
        return chat_id in self._chats

    def member_status(self, chat_id: int, user_id: int) -> str:
        """Someone's status in a group as `set_member` left it ("left" when never put there)."""
        return self._members.get(chat_id, {}).get(user_id, ({}, "left"))[1]

    def group_chat(self, chat_id: int, title: str = "Grup") -> JsonDict:
        """Register a group chat (a negative id; -100... ids are supergroups)."""
        chat_type = "supergroup" if str(chat_id).startswith("-100") else "group"
        chat = {"id": chat_id, "type": chat_type, "title": title}
        self._chats[chat_id] = chat
        return chat

    async def send_text(
        self,
        user: StandInUser,
        text: str,
        *,
        chat_id: int | None = None,
        reply_to: SentMessage | JsonDict | int | None = None,
        forward_from: StandInUser | None = None,
    ) -> JsonDict:
        """The user sends a text message; a leading /command gets its bot_command entity like on Telegram."""
        fields: JsonDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0] if text.strip() else text
            fields["entities"] = [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]
        if forward_from is not None:
            fields["forward_origin"] = {
                "type": "user",
                "date": int(time.time()),
                "sender_user": forward_from.to_json(),
            }
        return await self.send_message(user, fields, chat_id=chat_id, reply_to=reply_to)

    async def send_message(
        self,
        user: StandInUser,
        fields: JsonDict,
        *,
        chat_id: int | None = None,
        reply_to: SentMessage | JsonDict | int | None = None,
    ) -> JsonDict:
        """The user sends any kind of message: `fields` are the Message fields (text, sticker, voice, ...)."""
        chat = self._chat_for(user, chat_id)
        message: JsonDict = {
            "message_id": next(self._message_ids[chat["id"]]),
            "date": int(time.time()),
            "chat": chat,
            "from": user.to_json(),
            **fields,
        }
        if reply_to is not None:
            message["reply_to_message"] = self._message_json(chat["id"], reply_to)
        self._messages[(chat["id"], message["message_id"])] = message
        await self._push_update({"message": message})
        return message

    async def edit_user_message(self, user: StandInUser, message: JsonDict, new_text: str) -> JsonDict:
        """The user edits a message they sent earlier (Telegram sends an `edited_message` update)."""
        edited = {**message, "text": new_text, "edit_date": int(time.time())}
        self._messages[(edited["chat"]["id"], edited["message_id"])] = edited
        await self._push_update({"edited_message": edited})
        return edited

    async def send_photo(
        self,
        user: StandInUser,
        data: bytes = b"\x89PNG fake image",
        caption: str | None = None,
        *,
        chat_id: int | None = None,
        reply_to: SentMessage | JsonDict | int | None = None,
    ) -> JsonDict:
        stored = self._store_file(data, "photos", ".jpg", None, "image/jpeg")
        photo = [
            {
                "file_id": f"{stored.file_id}_s",
                "file_unique_id": f"{stored.file_unique_id}s",
                "width": 90,
                "height": 90,
                "file_size": min(len(data), 1000),
            },
            {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": 800,
                "height": 600,
                "file_size": len(data),
            },
        ]
        self._files[f"{stored.file_id}_s"] = stored
        fields: JsonDict = {"photo": photo}
        if caption is not None:
            fields["caption"] = caption
        return await self.send_message(user, fields, chat_id=chat_id, reply_to=reply_to)

    async def send_document(
        self,
        user: StandInUser,
        data: bytes = b"%PDF-1.4 fake",
        file_name: str = "dokumen.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
        *,
        chat_id: int | None = None,
        reply_to: SentMessage | JsonDict | int | None = None,
    ) -> JsonDict:
        stored = self._store_file(data, "documents", "", file_name, mime_type)
        fields: JsonDict = {
            "document": {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": file_name,
                "mime_type": mime_type,
                "file_size": len(data),
            }
        }
        if caption is not None:
            fields["caption"] = caption
        return await self.send_message(user, fields, chat_id=chat_id, reply_to=reply_to)

    async def send_contact(
        self, user: StandInUser, phone_number: str, *, own: bool = True, first_name: str | None = None
    ) -> JsonDict:
        """Shares a contact; `own=True` is what Telegram's "share my phone number" button sends."""
        contact: JsonDict = {"phone_number": phone_number, "first_name": first_name or user.first_name}
        if own:
            contact["user_id"] = user.id
        return await self.send_message(user, {"contact": contact})

    async def send_sticker(self, user: StandInUser, emoji: str = "😀") -> JsonDict:
        sticker = {
            "file_id": "sticker1",
            "file_unique_id": "st1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return await self.send_message(user, {"sticker": sticker})

    async def send_voice(
        self, user: StandInUser, duration: int = 4, data: bytes = b"OggS fake voice"
    ) -> JsonDict:
        stored = self._store_file(data, "voice", ".oga", None, "audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(stored.data),
        }
        return await self.send_message(user, {"voice": voice})

    async def send_video(self, user: StandInUser, caption: str | None = None, duration: int = 3) -> JsonDict:
        stored = self._store_file(b"fake mp4 video", "videos", ".mp4", None, "video/mp4")
        video = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 640,
            "height": 360,
            "duration": duration,
            "mime_type": "video/mp4",
            "file_size": len(stored.data),
        }
        fields: JsonDict = {"video": video}
        if caption is not None:
            fields["caption"] = caption
        return await self.send_message(user, fields)

    async def send_location(
        self, user: StandInUser, latitude: float = -6.2, longitude: float = 106.8
    ) -> JsonDict:
        return await self.send_message(user, {"location": {"latitude": latitude, "longitude": longitude}})

    def set_member(self, chat_id: int, user: StandInUser | JsonDict, status: str = "member") -> None:
        """Put someone in a group without telling the bot (as when the bot is not an administrator there).
        status: "member", "administrator", "creator", "left"; the bot itself is a member of every group."""
        data = user.to_json() if isinstance(user, StandInUser) else user
        self._members.setdefault(chat_id, {})[int(data["id"])] = (data, status)

    async def member_joins(self, chat_id: int, user: StandInUser, *, by: StandInUser | None = None) -> None:
        """Someone joins a group: the bot gets a `chat_member` update (Telegram sends those only to
        administrators, so call `set_member(chat, bot_user, "administrator")` first for a realistic test)."""
        old = self._members.get(chat_id, {}).get(user.id, (user.to_json(), "left"))[1]
        self.set_member(chat_id, user)
        await self._push_update(
            {
                "chat_member": {
                    "chat": self._chats[chat_id],
                    "from": (by or user).to_json(),
                    "date": int(time.time()),
                    "old_chat_member": {"status": old, "user": user.to_json()},
                    "new_chat_member": {"status": "member", "user": user.to_json()},
                }
            }
        )

    async def add_bot_to_group(self, user: StandInUser, chat_id: int, title: str = "Grup") -> JsonDict:
        """A user adds the bot to a group: a service message with new_chat_members."""
        chat = self._chats.get(chat_id) or self.group_chat(chat_id, title)
        return await self.send_message(user, {"new_chat_members": [self.bot_user]}, chat_id=chat["id"])

    async def press_button(
        self, user: StandInUser, message: SentMessage, text_or_data: str, *, check_present: bool = True
    ) -> str:
        """The user taps an inline button (found by callback data or label); returns the callback query id.

        With `check_present=False` the data is sent even if the message no longer shows such a button,
        which is how a stale button from an old message behaves.
        """
        current = self._current(message)
        if check_present:
            button = current.button(text_or_data)
            if button.callback_data is None:
                raise LookupError(f"button {button.text!r} opens a URL, it has no callback data")
            data = button.callback_data
        else:
            data = text_or_data
        query_id = str(secrets.randbits(63))  # like Telegram's: unique everywhere, not a counter
        self._open_callbacks.add(query_id)
        await self._push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user.to_json(),
                    "message": current.raw,
                    "chat_instance": f"ci{current.chat_id}",
                    "data": data,
                }
            }
        )
        return query_id

    # ----- the test reads what the bot did ---------------------------------------------------------------

    def bot_messages(self, chat_id: int) -> list[SentMessage]:
        return list(self._sent.get(chat_id, []))

    def last_bot_message(self, chat_id: int) -> SentMessage:
        messages = self._sent.get(chat_id)
        if not messages:
            raise LookupError(f"the bot has sent nothing to chat {chat_id}")
        return messages[-1]

    async def wait_for_bot_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[SentMessage]:
        """Wait for the next `count` messages the bot sends to the chat (after those returned before)."""
        start = self._read_cursor[chat_id]

        def arrived() -> bool:
            return len(self._sent.get(chat_id, [])) - start >= count

        try:
            await self.wait_until(arrived, timeout)
        except TimeoutError:
            got = [message.plain_text[:80] for message in self._sent.get(chat_id, [])[start:]]
            raise TimeoutError(
                f"waited {timeout}s for {count} bot message(s) to chat {chat_id}, got {len(got)}: {got}"
            ) from None
        self._read_cursor[chat_id] = start + count
        return self._sent[chat_id][start : start + count]

    def mark_read(self, chat_id: int) -> None:
        """Skip everything sent so far, so the next `wait_for_bot_messages` waits for new messages only."""
        self._read_cursor[chat_id] = len(self._sent.get(chat_id, []))

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(predicate)

    async def wait_for_callback_answer(self, query_id: str, timeout: float = 5.0) -> JsonDict:
        await self.wait_until(lambda: query_id in self.callback_answers, timeout)
        return self.callback_answers[query_id]

    def subscribe(self) -> asyncio.Queue[BotEvent]:
        """A queue that receives every `BotEvent` from now on (the terminal chat renders them)."""
        queue: asyncio.Queue[BotEvent] = asyncio.Queue()
        self._observers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[BotEvent]) -> None:
        """Stop feeding a queue from `subscribe` (events nobody reads would pile up in it)."""
        with contextlib.suppress(ValueError):
            self._observers.remove(queue)

    def file_data(self, file_id: str) -> bytes:
        return self._files[file_id].data

    # ----- fault injection ---------------------------------------------------------------------------------

    def enforce_flood_limits(self, per_second: int, per_chat_per_second: int | None = None) -> None:
        """Answer 429 (retry after 1 s) to sends past `per_second` in any second, bot-wide, or past
        `per_chat_per_second` in one chat, as Telegram does; `busiest_second` is counted either way."""
        self._flood_limit = per_second
        self._chat_flood_limit = per_chat_per_second

    def redeliver_last(self) -> None:
        """Queue the latest update again, unchanged: Telegram does so when the bot's offset never arrived."""
        self._updates.append(dict(self._issued[-1]))

    def restart_update_ids(self, first: int = 1) -> None:
        """Start update ids again at `first`, as Telegram does after a week without updates."""
        self._update_ids = itertools.count(first)

    def block_bot(self, user_id: int) -> None:
        """The user blocks the bot: from now on sends to their chat fail with 403 Forbidden."""
        self._blocked.add(user_id)

    def unblock_bot(self, user_id: int) -> None:
        self._blocked.discard(user_id)

    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        retry_after: int | None = 1,
        *,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` fail (429 flood limit by default, or e.g. 500/502)."""
        if description is None:
            if error_code == 429:
                description = f"Too Many Requests: retry after {retry_after}"
            elif error_code >= 500:
                description = "Internal Server Error"
            else:
                description = "Bad Request"
        self._failures[method.lower()].append(
            _Failure(error_code, description, retry_after if error_code == 429 else None, times)
        )

    # ----- HTTP ---------------------------------------------------------------------------------------------

    async def _handle(self, request: HttpRequest) -> HttpResponse:
        path = unquote(urlsplit(request.path).path)  # httpx may send the token's ':' as %3A
        for prefix, handler in self._extra_routes.items():
            if path.startswith(prefix):
                return await handler(request)
        file_prefix = f"/file/bot{self.token}/"
        if path.startswith("/file/bot"):
            if not path.startswith(file_prefix):
                return _json_response(ApiError(401, "Unauthorized").to_json(), 401)
            return self._download(path.removeprefix(file_prefix))
        if not path.startswith("/bot"):
            return _json_response(ApiError(404, "Not Found").to_json(), 404)
        token, _, method = path.removeprefix("/bot").partition("/")
        if token != self.token:
            return _json_response(ApiError(401, "Unauthorized").to_json(), 401)
        try:
            params = _parse_params(request)
            result = await self._call(method, params)
        except ApiError as error:
            return _json_response(error.to_json(), error.error_code)
        return _json_response({"ok": True, "result": result}, 200)

    def _download(self, file_path: str) -> HttpResponse:
        for stored in self._files.values():
            if stored.file_path == file_path:
                return HttpResponse(200, stored.data, stored.mime_type or "application/octet-stream")
        return HttpResponse(404, b'{"ok":false,"error_code":404,"description":"Not Found"}')

    async def _call(self, method: str, params: _Params) -> Any:
        name = method.lower()
        async with self._changed:
            self.calls.append(method)
            self._changed.notify_all()  # someone may wait for this call (e.g. the first getUpdates)
        failures = self._failures.get(name)
        if failures:
            failure = failures[0]
            failure.remaining -= 1
            if failure.remaining <= 0:
                failures.pop(0)
            raise ApiError(failure.error_code, failure.description, failure.retry_after)
        if name.startswith(("send", "copy", "forward")) and name != "sendchataction":
            self._count_send(params)
        handler = self._methods().get(name)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        try:
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
        finally:
            # Wake whoever waits for bot activity (wait_for_bot_messages, wait_until).
            async with self._changed:
                self._changed.notify_all()
        return result

    def _count_send(self, params: _Params) -> None:
        now = time.monotonic()
        window = self._send_times
        while window and now - window[0] >= 1.0:
            window.popleft()
        chat_id = params.integer("chat_id") or 0
        in_chat = self._chat_send_times[chat_id]
        while in_chat and now - in_chat[0] >= 1.0:
            in_chat.popleft()
        over_all = self._flood_limit is not None and len(window) >= self._flood_limit
        over_chat = self._chat_flood_limit is not None and len(in_chat) >= self._chat_flood_limit
        if over_all or over_chat:
            self.flood_refusals += 1
            raise ApiError(429, "Too Many Requests: retry after 1", 1)
        window.append(now)
        in_chat.append(now)
        self.busiest_second = max(self.busiest_second, len(window))

    def _methods(self) -> dict[str, Callable[[_Params], Any]]:
        return {
            "getme": lambda _p: self.bot_user,
            "logout": lambda _p: True,
            "close": lambda _p: True,
            "deletewebhook": self._delete_webhook,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": lambda _p: {
                "url": self.webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": self._webhook.pending if self._webhook else len(self._updates),
            },
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setchatmenubutton": lambda _p: True,
            "sendphoto": lambda p: self._send_file(p, "photo"),
            "senddocument": lambda p: self._send_file(p, "document"),
            "sendvoice": lambda p: self._send_file(p, "voice"),
            "sendaudio": lambda p: self._send_file(p, "audio"),
            "sendvideo": lambda p: self._send_file(p, "video"),
            "sendmediagroup": self._send_media_group,
            "copymessage": self._copy_message,
            "forwardmessage": self._forward_message,
            "getfile": self._get_file,
            "leavechat": self._leave_chat,
            "getchat": self._get_chat,
            "getchatmembercount": self._get_chat_member_count,
            "getchatmember": self._get_chat_member,
            "pinchatmessage": lambda _p: True,
        }

    # ----- Bot API methods ------------------------------------------------------------------------------

    async def _delete_webhook(self, params: _Params) -> bool:
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        if self._webhook is not None:
            await self._webhook.close()
            self._webhook = None
        self.webhook_url = ""
        return True

    async def _set_webhook(self, params: _Params) -> bool:
        url = params.text("url") or ""
        if not url:
            return await self._delete_webhook(params)
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        allowed = params.values.get("allowed_updates")
        if isinstance(allowed, str):
            allowed = json.loads(allowed)
        self.webhook_allowed_updates = list(allowed) if isinstance(allowed, list) else None
        # Updates not delivered yet go out through the new webhook, as Telegram does (a webhook set again
        # with the right secret then delivers what the wrong one had refused).
        waiting = [(_chat_of_update(update), update) for update in self._updates]
        self._updates = []
        if self._webhook is not None:
            waiting = self._webhook.take_pending() + waiting
            await self._webhook.close()
        self.webhook_url = url
        self._notify(BotEvent("webhook_set", None, text=url))
        self._webhook = WebhookDelivery(
            self._webhook_spread or [url],
            params.text("secret_token"),
            params.integer("max_connections") or 40,
            on_trouble=lambda chat_id, line: self._notify(BotEvent("webhook_trouble", chat_id, text=line)),
        )
        for chat_id, update in waiting:
            self._webhook.deliver(chat_id, update)
        return True

    async def _get_updates(self, params: _Params) -> list[JsonDict]:
        if self._webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = params.integer("offset")
        limit = params.integer("limit") or 100
        timeout = params.integer("timeout") or 0
        if offset is not None and offset > self._last_update_id + 1:
            # An offset beyond every update ever issued (the ids started again since the bot last polled):
            # Telegram answers with what it holds rather than skipping it.
            offset = None
        if offset is not None and offset > 0:
            # Telegram forgets updates below the offset: they count as confirmed.
            self._updates = [update for update in self._updates if update["update_id"] >= offset]
        if not self._updates and timeout > 0:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout), self._changed:
                    await self._changed.wait_for(lambda: bool(self._updates))
        return self._updates[:limit]

    def _send_message(self, params: _Params) -> JsonDict:
        chat = self._target_chat(params)
        text = params.text("text") or ""
        parse_mode = params.text("parse_mode")
        plain = self._check_text(text, parse_mode, MAX_TEXT_LENGTH, "text")
        sent = self._record(
            chat, params, kind="text", text=text, plain=plain, parse_mode=parse_mode, fields={"text": plain}
        )
        return sent.raw

    def _send_file(self, params: _Params, kind: str) -> JsonDict:
        chat = self._target_chat(params)
        stored = self._input_file(params, kind)
        caption = params.text("caption")
        parse_mode = params.text("parse_mode")
        plain = self._check_text(caption, parse_mode, MAX_CAPTION_LENGTH, "caption") if caption else ""
        media_json = self._media_json(kind, stored)
        fields: JsonDict = {kind: media_json}
        if caption:
            fields["caption"] = plain
        sent = self._record(
            chat,
            params,
            kind=kind,
            text=caption,
            plain=plain,
            parse_mode=parse_mode,
            fields=fields,
            file_id=stored.file_id,
        )
        return sent.raw

    def _send_media_group(self, params: _Params) -> list[JsonDict]:
        chat = self._target_chat(params)
        media = params.json_value("media") or []
        if not isinstance(media, list) or not 2 <= len(media) <= 10:
            raise ApiError(400, "Bad Request: wrong number of media specified")
        results = []
        for item in media:
            kind = item.get("type", "photo")
            reference = str(item.get("media", ""))
            if reference.startswith("attach://"):
                upload = params.files.get(reference.removeprefix("attach://"))
                if upload is None:
                    raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
                stored = self._store_file(upload.data, f"{kind}s", "", upload.filename, upload.content_type)
            else:
                stored = self._lookup_or_placeholder(reference, kind)
            caption = item.get("caption")
            plain = (
                self._check_text(caption, item.get("parse_mode"), MAX_CAPTION_LENGTH, "caption")
                if caption
                else ""
            )
            fields: JsonDict = {kind: self._media_json(kind, stored)}
            if caption:
                fields["caption"] = plain
            sent = self._record(
                chat,
                params,
                kind=kind,
                text=caption,
                plain=plain,
                parse_mode=item.get("parse_mode"),
                fields=fields,
                file_id=stored.file_id,
            )
            results.append(sent.raw)
        return results

    def _edit_message_text(self, params: _Params) -> JsonDict:
        sent = self._editable(params)
        if "text" not in sent.raw:  # photos, documents and their copies have captions instead
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        text = params.text("text") or ""
        parse_mode = params.text("parse_mode")
        plain = self._check_text(text, parse_mode, MAX_TEXT_LENGTH, "text")
        buttons, markup = self._inline_markup(params)
        if plain == sent.plain_text and buttons == sent.buttons:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message",
            )
        sent.text, sent.parse_mode, sent.plain_text, sent.buttons = text, parse_mode, plain, buttons
        return self._after_edit(sent, {"text": plain}, markup)

    def _edit_message_caption(self, params: _Params) -> JsonDict:
        sent = self._editable(params)
        caption = params.text("caption") or ""
        parse_mode = params.text("parse_mode")
        plain = self._check_text(caption, parse_mode, MAX_CAPTION_LENGTH, "caption") if caption else ""
        buttons, markup = self._inline_markup(params)
        sent.text, sent.parse_mode, sent.plain_text, sent.buttons = caption, parse_mode, plain, buttons
        return self._after_edit(sent, {"caption": plain}, markup)

    def _edit_message_reply_markup(self, params: _Params) -> JsonDict:
        sent = self._editable(params)
        buttons, markup = self._inline_markup(params)
        if buttons == sent.buttons:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message",
            )
        sent.buttons = buttons
        return self._after_edit(sent, {}, markup)

    def _after_edit(self, sent: SentMessage, fields: JsonDict, markup: JsonDict | None) -> JsonDict:
        sent.edit_count += 1
        raw = {**sent.raw, **fields, "edit_date": int(time.time())}
        raw.pop("reply_markup", None)
        if markup is not None and sent.buttons:
            raw["reply_markup"] = markup
        sent.raw = raw
        self._messages[(sent.chat_id, sent.message_id)] = raw
        self._notify(BotEvent("edited", sent.chat_id, sent))
        return raw

    def _delete_message(self, params: _Params) -> bool:
        chat_id = params.required_int("chat_id")
        message_id = params.required_int("message_id")
        sent = self._find_sent(chat_id, message_id)
        if sent is None or sent.deleted:
            raise ApiError(400, "Bad Request: message to delete not found")
        sent.deleted = True
        self._notify(BotEvent("deleted", chat_id, sent))
        return True

    def _answer_callback_query(self, params: _Params) -> bool:
        query_id = params.text("callback_query_id") or ""
        if query_id not in self._open_callbacks:
            raise ApiError(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        self._open_callbacks.discard(query_id)
        text = params.text("text")
        self.callback_answers[query_id] = {"text": text, "show_alert": params.flag("show_alert")}
        self._notify(BotEvent("callback_answer", None, None, text))
        return True

    def _send_chat_action(self, params: _Params) -> bool:
        chat = self._target_chat(params)
        action = params.text("action") or ""
        self.chat_actions.append((chat["id"], action))
        self._notify(BotEvent("chat_action", chat["id"], None, action))
        return True

    def _set_my_commands(self, params: _Params) -> bool:
        commands = params.json_value("commands") or []
        for command in commands:
            name = str(command.get("command", ""))
            description = str(command.get("description", ""))
            if not (1 <= len(name) <= 32 and name.replace("_", "").isalnum() and name == name.lower()):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: command description is empty or too long")
        self.commands[self._command_key(params)] = list(commands)
        return True

    def _get_my_commands(self, params: _Params) -> list[JsonDict]:
        return self.commands.get(self._command_key(params), [])

    def _delete_my_commands(self, params: _Params) -> bool:
        self.commands.pop(self._command_key(params), None)
        return True

    def _command_key(self, params: _Params) -> tuple[str, str]:
        scope = params.json_value("scope") or {"type": "default"}
        where = str(scope.get("type", "default"))
        if scope.get("chat_id") is not None:
            where += f":{scope['chat_id']}"  # e.g. "chat:-100123"
        return (where, params.text("language_code") or "")

    def _copy_message(self, params: _Params) -> JsonDict:
        chat = self._target_chat(params)
        source = self._source_message(params)
        caption = params.text("caption")
        parse_mode = params.text("parse_mode")
        fields = {
            key: value
            for key, value in source.items()
            if key in {"text", "caption", "photo", "document", "voice", "sticker", "contact", "location"}
        }
        text = source.get("text") or source.get("caption")
        plain = text or ""
        if caption is not None:
            plain = self._check_text(caption, parse_mode, MAX_CAPTION_LENGTH, "caption")
            fields["caption"], text = plain, caption
        file_id = _file_id_of(source)
        sent = self._record(
            chat,
            params,
            kind="copy",
            text=text,
            plain=plain,
            parse_mode=parse_mode,
            fields=fields,
            file_id=file_id,
        )
        return {"message_id": sent.message_id}

    def _forward_message(self, params: _Params) -> JsonDict:
        chat = self._target_chat(params)
        source = self._source_message(params)
        fields = {
            key: value
            for key, value in source.items()
            if key in {"text", "caption", "photo", "document", "voice", "sticker", "contact", "location"}
        }
        origin_user = source.get("from") or self.bot_user
        fields["forward_origin"] = {"type": "user", "date": source.get("date", 0), "sender_user": origin_user}
        text = source.get("text") or source.get("caption")
        sent = self._record(
            chat,
            params,
            kind="forward",
            text=text,
            plain=text or "",
            parse_mode=None,
            fields=fields,
            file_id=_file_id_of(source),
        )
        return sent.raw

    def _get_file(self, params: _Params) -> JsonDict:
        file_id = params.text("file_id") or ""
        stored = self._files.get(file_id)
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    def _leave_chat(self, params: _Params) -> bool:
        chat_id = params.required_int("chat_id")
        self.left_chats.add(chat_id)
        self._notify(BotEvent("left_chat", chat_id))
        return True

    def _present(self, chat_id: int) -> dict[int, tuple[JsonDict, str]]:
        if chat_id not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        members = self._members.get(chat_id, {})
        present = {uid: entry for uid, entry in members.items() if entry[1] not in ("left", "kicked")}
        present.setdefault(int(self.bot_user["id"]), (self.bot_user, "member"))
        return present

    def _get_chat_member_count(self, params: _Params) -> int:
        return len(self._present(params.required_int("chat_id")))

    def _get_chat_member(self, params: _Params) -> JsonDict:
        user_id = params.required_int("user_id")
        present = self._present(params.required_int("chat_id"))
        user, status = present.get(user_id, ({"id": user_id, "is_bot": False, "first_name": "?"}, "left"))
        member: JsonDict = {"status": status, "user": user}
        if status == "administrator":
            member.update(
                {
                    "can_be_edited": False,
                    "is_anonymous": False,
                    "can_manage_chat": True,
                    "can_delete_messages": True,
                    "can_manage_video_chats": True,
                    "can_restrict_members": True,
                    "can_promote_members": False,
                    "can_change_info": True,
                    "can_invite_users": True,
                    "can_post_stories": False,
                    "can_edit_stories": False,
                    "can_delete_stories": False,
                }
            )
        return member

    def _get_chat(self, params: _Params) -> JsonDict:
        chat_id = params.required_int("chat_id")
        chat = self._chats.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
            },
        }

    # ----- helpers -----------------------------------------------------------------------------------------

    def _chat_for(self, user: StandInUser, chat_id: int | None) -> JsonDict:
        if chat_id is None or chat_id == user.id:
            if user.id not in self._chats:
                self.private_user(user.id, user.first_name, user.language_code)
            return self._chats[user.id]
        return self._chats.get(chat_id) or self.group_chat(chat_id)

    def _target_chat(self, params: _Params) -> JsonDict:
        chat_id = params.required_int("chat_id")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        chat = self._chats.get(chat_id)
        if chat is None:
            if chat_id > 0:
                raise ApiError(400, "Bad Request: chat not found")
            chat = self.group_chat(chat_id)  # a staff group the bot was added to before the test began
        if chat_id in self.left_chats:
            raise ApiError(403, "Forbidden: bot is not a member of the group chat")
        return chat

    def _check_text(self, text: str | None, parse_mode: str | None, limit: int, what: str) -> str:
        if not text or not text.strip():
            raise ApiError(400, f"Bad Request: message {what} is empty")
        if parse_mode and parse_mode.upper() == "HTML":
            try:
                plain = to_plain_text(text)
            except HtmlParseError as exc:
                raise ApiError(400, str(exc)) from None
        elif parse_mode:
            raise ApiError(400, f"Bad Request: the stand-in only supports HTML, got parse_mode {parse_mode}")
        else:
            plain = text
        if not plain.strip():
            raise ApiError(400, f"Bad Request: message {what} is empty")
        if _utf16_len(plain) > limit:
            raise ApiError(
                400,
                f"Bad Request: message {what} is too long"
                if what == "text"
                else "Bad Request: message caption is too long",
            )
        return plain

    def _inline_markup(self, params: _Params) -> tuple[tuple[tuple[InlineButton, ...], ...], JsonDict | None]:
        markup = params.json_value("reply_markup")
        if not markup or "inline_keyboard" not in markup:
            return (), None
        rows: list[tuple[InlineButton, ...]] = []
        for row in markup["inline_keyboard"]:
            buttons = []
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if data is None and not button.get("url"):
                    raise ApiError(
                        400, "Bad Request: can't parse inline keyboard button: button has no action"
                    )
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                buttons.append(InlineButton(button["text"], data, button.get("url")))
            rows.append(tuple(buttons))
        return tuple(rows), markup

    def _record(
        self,
        chat: JsonDict,
        params: _Params,
        *,
        kind: str,
        text: str | None,
        plain: str,
        parse_mode: str | None,
        fields: JsonDict,
        file_id: str | None = None,
    ) -> SentMessage:
        chat_id = chat["id"]
        buttons, inline_markup = self._inline_markup(params)
        markup = params.json_value("reply_markup") or {}
        reply_keyboard = None
        if "keyboard" in markup:
            reply_keyboard = tuple(
                tuple(button if isinstance(button, dict) else {"text": button} for button in row)
                for row in markup["keyboard"]
            )
        reply_to = self._reply_to_id(params)
        message_id = next(self._message_ids[chat_id])
        raw: JsonDict = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": self.bot_user,
            **fields,
        }
        if inline_markup is not None and buttons:
            raw["reply_markup"] = inline_markup
        if reply_to is not None:
            original = self._messages.get((chat_id, reply_to))
            if original is None:
                params_reply = params.json_value("reply_parameters") or {}
                if not params_reply.get("allow_sending_without_reply"):
                    raise ApiError(400, "Bad Request: message to be replied not found")
            else:
                raw["reply_to_message"] = original
        sent = SentMessage(
            chat_id=chat_id,
            message_id=message_id,
            text=text,
            parse_mode=parse_mode,
            buttons=buttons,
            reply_to_message_id=reply_to,
            kind=kind,
            plain_text=plain,
            reply_keyboard=reply_keyboard,
            remove_keyboard=bool(markup.get("remove_keyboard")),
            file_id=file_id,
            raw=raw,
        )
        self._messages[(chat_id, message_id)] = raw
        self._sent[chat_id].append(sent)
        self._notify(BotEvent("sent", chat_id, sent))
        return sent

    def _reply_to_id(self, params: _Params) -> int | None:
        reply_parameters = params.json_value("reply_parameters")
        if isinstance(reply_parameters, dict) and reply_parameters.get("message_id") is not None:
            return int(reply_parameters["message_id"])
        return params.integer("reply_to_message_id")

    def _editable(self, params: _Params) -> SentMessage:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by the stand-in")
        chat_id = params.required_int("chat_id")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        sent = self._find_sent(chat_id, params.required_int("message_id"))
        if sent is None or sent.deleted:
            raise ApiError(400, "Bad Request: message to edit not found")
        return sent

    def _find_sent(self, chat_id: int, message_id: int) -> SentMessage | None:
        for sent in self._sent.get(chat_id, []):
            if sent.message_id == message_id:
                return sent
        return None

    def _current(self, message: SentMessage) -> SentMessage:
        return self._find_sent(message.chat_id, message.message_id) or message

    def _source_message(self, params: _Params) -> JsonDict:
        from_chat_id = params.required_int("from_chat_id")
        message_id = params.required_int("message_id")
        source = self._messages.get((from_chat_id, message_id))
        if source is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        return source

    def _message_json(self, chat_id: int, reference: SentMessage | JsonDict | int) -> JsonDict:
        if isinstance(reference, SentMessage):
            return reference.raw
        if isinstance(reference, dict):
            return reference
        found = self._messages.get((chat_id, reference))
        if found is None:
            raise LookupError(f"no message {reference} in chat {chat_id}")
        return found

    def _input_file(self, params: _Params, kind: str) -> StoredFile:
        upload = params.files.get(kind)
        if upload is not None:
            return self._store_file(upload.data, f"{kind}s", "", upload.filename, upload.content_type)
        reference = params.text(kind)
        if not reference:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        return self._lookup_or_placeholder(reference, kind)

    def _lookup_or_placeholder(self, reference: str, kind: str) -> StoredFile:
        if reference in self._files:
            return self._files[reference]
        if reference.startswith(("http://", "https://")):
            return self._store_file(b"", f"{kind}s", "", reference.rsplit("/", 1)[-1], None)
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")

    def _store_file(
        self, data: bytes, folder: str, suffix: str, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        number = next(self._file_ids)
        name = file_name or f"file_{number}{suffix}"
        stored = StoredFile(
            file_id=f"F{number:06d}",
            file_unique_id=f"U{number:06d}",
            data=data,
            file_path=f"{folder}/{number}_{name}",
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        return stored

    def _media_json(self, kind: str, stored: StoredFile) -> Any:
        base = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if kind == "photo":
            return [{**base, "width": 800, "height": 600}]
        if kind in ("voice", "audio", "video"):
            base["duration"] = 3
        if kind == "video":
            base.update(width=640, height=360)
        if stored.file_name:
            base["file_name"] = stored.file_name
        if stored.mime_type:
            base["mime_type"] = stored.mime_type
        return base

    async def _push_update(self, payload: JsonDict) -> None:
        update = {"update_id": next(self._update_ids), **payload}
        self._last_update_id = update["update_id"]
        self._issued.append(update)
        if self._webhook is not None:
            self._webhook.deliver(_chat_of_update(update), update)
            return
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()

    def _notify(self, event: BotEvent) -> None:
        for queue in self._observers:
            queue.put_nowait(event)


def _chat_of_update(update: JsonDict) -> int:
    for body in update.values():
        if isinstance(body, dict):
            message = body.get("message") if "chat" not in body else body
            if isinstance(message, dict) and isinstance(message.get("chat"), dict):
                return int(message["chat"]["id"])
            sender = body.get("from")
            if isinstance(sender, dict):
                return int(sender["id"])
    return 0


def _parse_params(request: HttpRequest) -> _Params:
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    query = dict(parse_qsl(urlsplit(request.path).query))
    if media_type == "application/json":
        try:
            body = json.loads(request.body or b"{}")
        except json.JSONDecodeError:
            raise ApiError(400, "Bad Request: can't parse JSON") from None
        if not isinstance(body, dict):
            raise ApiError(400, "Bad Request: JSON body must be an object")
        return _Params({**query, **body}, {})
    if media_type == "multipart/form-data":
        fields, files = parse_multipart(request.body, content_type)
        return _Params({**query, **fields}, files)
    if request.body:
        return _Params({**query, **dict(parse_qsl(request.body.decode("utf-8"), keep_blank_values=True))}, {})
    return _Params(query, {})


def _json_response(body: JsonDict, status: int) -> HttpResponse:
    return HttpResponse(status, json.dumps(body, ensure_ascii=False).encode("utf-8"))


def _file_id_of(message: Mapping[str, Any]) -> str | None:
    if message.get("photo"):
        return str(message["photo"][-1]["file_id"])
    for key in ("document", "voice", "sticker", "video", "audio"):
        if message.get(key):
            return str(message[key]["file_id"])
    return None


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
