"""The stand-in run on its own (`migrasi-aman standin`): users are played over HTTP, what the bot does is
printed.

Control endpoints beside the Bot API, on the same port:

- `POST /standin/say` `{"user": 1001, "text": "halo", "name": "Siti", "lang": "id", "wait": 10}`: the user
  sends a text message (`name` and `lang` are optional: a user played before keeps hers, a new one is
  "Pengguna" speaking Indonesian); the answer lists the bot's replies to that chat (waiting up to `wait`
  seconds for the first, then until the bot is quiet for a second).
- `POST /standin/press` `{"user": 1001, "button": "Ya", "wait": 10}`: the user taps a button (by label or
  callback data) on the latest bot message in her chat that has it; the answer adds the `notice` the bot
  showed for the tap, if any.

Both take `"chat": -1001234` to act in a group instead of her private chat, as a staff member does in the
staff group (she becomes a member of it if she was not). `say` takes `"reply_to": "ADU-000001"` to reply
to the latest bot message in that chat whose text contains it, preferring one that asks for a reply
("Balas pesan ini": a case card, or the prompt for a reason or a question); `press` takes `"on":
"ADU-000001"` to tap the button on the latest message containing it. In a group the first sign the bot
acted may be an edited card or a notice, not a message. `also` lists what else the bot did meanwhile
(messages to other chats, every edit), one line each. Actions in one chat take turns (the next starts
when the bot has gone quiet after the one before), so officers acting at once in the staff group are each
told their own result.

When a bot sets a webhook (`run --webhook`), updates go to it with the secret-token header, as Telegram
does; with `spread` URLs they go to those in turn and a refused one to the next (nginx's
`proxy_next_upstream`), so two instances can be tried without a proxy.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from typing import Any

from bot.standin.http import HttpRequest, HttpResponse
from bot.standin.server import BotApiStandIn, BotEvent, SentMessage, StandInUser

CONTROL_PREFIX = "/standin/"
# How the bot's staff messages ask for a reply ("Balas pesan ini ...", "... dengan membalas pesan ini").
REPLY_INVITATION = re.compile(r"\b(?:mem)?balas pesan ini\b|\breply to this\b", re.IGNORECASE)
QUIET_SECONDS = 1.0
DEFAULT_WAIT_SECONDS = 10.0


class StandInControl:
    def __init__(self, api: BotApiStandIn) -> None:
        self._api = api
        self._turns: dict[int, asyncio.Lock] = {}

    def install(self) -> None:
        self._api.add_route(CONTROL_PREFIX, self.handle)

    async def handle(self, request: HttpRequest) -> HttpResponse:
        action = request.path.split("?", 1)[0].removeprefix(CONTROL_PREFIX)
        if request.method != "POST" or action not in ("say", "press"):
            return _json(404, {"error": "POST /standin/say or /standin/press"})
        try:
            body = json.loads(request.body or b"{}")
            chat_id = int(body.get("chat") or body["user"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            return _json(400, {"error": f"{type(error).__name__}: {error}"})
        # What the bot sends to a chat names no action it answers: actions in one chat (officers in the
        # staff group) take turns, so each is told what the bot did for it, not a neighbour's result.
        async with self._turns.setdefault(chat_id, asyncio.Lock()):
            events = self._api.subscribe()  # before acting: the bot may answer at once
            try:
                return await self._act(action, body, chat_id, events)
            finally:
                self._api.unsubscribe(events)

    async def _act(
        self, action: str, body: dict[str, Any], chat_id: int, events: asyncio.Queue[BotEvent]
    ) -> HttpResponse:
        try:
            user_id = int(body["user"])
            wait = float(body.get("wait", DEFAULT_WAIT_SECONDS))
            # A user played before keeps her name and language unless they are given again.
            known = self._api.known_user(user_id)
            name = body.get("name") or (known.first_name if known else "Pengguna")
            lang = body.get("lang") or (known.language_code if known else "id")
            user = self._api.private_user(user_id, str(name), lang)
            if chat_id != user_id:
                self._join(chat_id, user)
            if action == "say":
                reply_to = body.get("reply_to")
                target = self._message_containing(chat_id, str(reply_to)) if reply_to else None
                await self._api.send_text(user, str(body["text"]), chat_id=chat_id, reply_to=target)
                query_id = None
            else:
                button = str(body["button"])
                message = self._message_with(chat_id, button, str(body.get("on") or ""))
                query_id = await self._api.press_button(user, message, button)
        except (KeyError, TypeError, ValueError, LookupError) as error:
            return _json(400, {"error": f"{type(error).__name__}: {error}"})
        in_group = chat_id != user_id
        seen = await collect(events, lambda event: _first_sign(event, chat_id, in_group), wait)
        replies = [event.message for event in seen if event.kind == "sent" and event.chat_id == chat_id]
        answer: dict[str, Any] = {
            "replies": [reply_json(message) for message in replies if message is not None],
            "also": [
                line
                for event in seen
                if not (event.kind == "sent" and event.chat_id == chat_id) and (line := describe(event))
            ],
        }
        webhook = self._api.webhook
        trouble = webhook.trouble(chat_id) if webhook is not None else None
        if trouble and not answer["replies"]:
            answer["undelivered"] = trouble  # why nothing came back: the bot never got it
        if query_id is not None:
            # A button often answers with a short notice instead of a message.
            answer["notice"] = self._api.callback_answers.get(query_id, {}).get("text")
        return _json(200, answer)

    def _join(self, chat_id: int, user: StandInUser) -> None:
        if chat_id > 0:
            raise ValueError(f"chat {chat_id} is not a group (group ids are negative)")
        if not self._api.has_chat(chat_id):
            self._api.group_chat(chat_id)
        if self._api.member_status(chat_id, user.id) == "left":
            self._api.set_member(chat_id, user)

    def _message_with(self, chat_id: int, button: str, containing: str = "") -> SentMessage:
        for message in reversed(self._api.bot_messages(chat_id)):
            if containing not in message.plain_text:
                continue
            try:
                message.button(button)
            except LookupError:
                continue
            return message
        where = f" containing {containing!r}" if containing else ""
        raise LookupError(f"no message{where} in chat {chat_id} has a button {button!r}")

    def _message_containing(self, chat_id: int, text: str) -> SentMessage:
        """The latest bot message in the chat containing `text`, preferring one that asks for a reply (a
        case card, a prompt for a reason or a question) over listings and notices that name the ticket."""
        found = [
            message
            for message in self._api.bot_messages(chat_id)
            if text in message.plain_text and not message.deleted
        ]
        if not found:
            raise LookupError(f"no bot message in chat {chat_id} contains {text!r}")
        inviting = [message for message in found if REPLY_INVITATION.search(message.plain_text)]
        return (inviting or found)[-1]


async def collect(
    events: asyncio.Queue[BotEvent], first_sign: Callable[[BotEvent], bool], wait: float
) -> list[BotEvent]:
    """What the bot did: nothing if no event passes `first_sign` within `wait` seconds; else every event
    until the bot has been quiet for QUIET_SECONDS (at most `wait` seconds more)."""
    loop = asyncio.get_running_loop()
    seen: list[BotEvent] = []
    deadline = loop.time() + wait
    while not any(first_sign(event) for event in seen):
        try:
            seen.append(await asyncio.wait_for(events.get(), max(deadline - loop.time(), 0)))
        except TimeoutError:
            return []
    deadline = loop.time() + wait
    while loop.time() < deadline:
        try:
            seen.append(await asyncio.wait_for(events.get(), QUIET_SECONDS))
        except TimeoutError:
            break
    return seen


def _first_sign(event: BotEvent, chat_id: int, in_group: bool) -> bool:
    """In her private chat, a message to her; in a group, anything the bot does (a tap on a card's button
    often only redraws the card and shows a notice)."""
    if in_group:
        return event.kind in ("sent", "edited", "callback_answer")
    return event.kind == "sent" and event.chat_id == chat_id


def reply_json(message: SentMessage) -> dict[str, Any]:
    return {"text": message.plain_text, "buttons": message.button_texts}


def describe(event: BotEvent) -> str | None:
    """One transcript line for what the bot did, or None for what is not worth a line."""
    if event.kind == "webhook_set":
        return f"the bot set its webhook: {event.text}"
    if event.kind == "webhook_trouble":
        return f"webhook delivery to {event.chat_id}: {event.text}"
    if event.kind in ("sent", "edited") and event.message is not None:
        verb = "sent" if event.kind == "sent" else "edited"
        buttons = " ".join(f"[{text}]" for text in event.message.button_texts)
        text = event.message.plain_text.replace("\n", " / ")
        return f"bot {verb} to {event.chat_id}: {text}" + (f"  {buttons}" if buttons else "")
    return None


def _json(status: int, body: dict[str, Any]) -> HttpResponse:
    return HttpResponse(status, json.dumps(body, ensure_ascii=False).encode("utf-8"))
