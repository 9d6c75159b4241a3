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

When a bot sets a webhook (`run --webhook`), updates go to it with the secret-token header, as Telegram
does; with `spread` URLs they go to those in turn and a refused one to the next (nginx's
`proxy_next_upstream`), so two instances can be tried without a proxy.
"""

from __future__ import annotations

import json
from typing import Any

from bot.standin.http import HttpRequest, HttpResponse
from bot.standin.server import BotApiStandIn, BotEvent, SentMessage

CONTROL_PREFIX = "/standin/"
QUIET_SECONDS = 1.0
DEFAULT_WAIT_SECONDS = 10.0


class StandInControl:
    def __init__(self, api: BotApiStandIn) -> None:
        self._api = api

    def install(self) -> None:
        self._api.add_route(CONTROL_PREFIX, self.handle)

    async def handle(self, request: HttpRequest) -> HttpResponse:
        action = request.path.split("?", 1)[0].removeprefix(CONTROL_PREFIX)
        if request.method != "POST" or action not in ("say", "press"):
            return _json(404, {"error": "POST /standin/say or /standin/press"})
        try:
            body = json.loads(request.body or b"{}")
            user_id = int(body["user"])
            wait = float(body.get("wait", DEFAULT_WAIT_SECONDS))
            # A user played before keeps her name and language unless they are given again.
            known = self._api.known_user(user_id)
            name = body.get("name") or (known.first_name if known else "Pengguna")
            lang = body.get("lang") or (known.language_code if known else "id")
            user = self._api.private_user(user_id, str(name), lang)
            before = len(self._api.bot_messages(user_id))
            query_id = None
            if action == "say":
                await self._api.send_text(user, str(body["text"]))
            else:
                button = str(body["button"])
                query_id = await self._api.press_button(user, self._message_with(user_id, button), button)
        except (KeyError, TypeError, ValueError, LookupError) as error:
            return _json(400, {"error": f"{type(error).__name__}: {error}"})
        replies = await self.replies_after(user_id, before, wait)
        answer: dict[str, Any] = {"replies": [reply_json(message) for message in replies]}
        if query_id is not None:
            # A button often answers with a short notice instead of a message.
            answer["notice"] = self._api.callback_answers.get(query_id, {}).get("text")
        return _json(200, answer)

    def _message_with(self, chat_id: int, button: str) -> SentMessage:
        for message in reversed(self._api.bot_messages(chat_id)):
            try:
                message.button(button)
            except LookupError:
                continue
            return message
        raise LookupError(f"no message in chat {chat_id} has a button {button!r}")

    async def replies_after(self, chat_id: int, before: int, wait: float) -> list[SentMessage]:
        """The bot's messages to the chat after the first `before`: the first within `wait` seconds, the
        rest until the bot has been quiet for QUIET_SECONDS."""

        def count() -> int:
            return len(self._api.bot_messages(chat_id))

        try:
            await self._api.wait_until(lambda: count() > before, wait)
        except TimeoutError:
            return []
        while True:
            seen = count()
            try:
                await self._api.wait_until(lambda: count() > seen, QUIET_SECONDS)  # noqa: B023
            except TimeoutError:
                return self._api.bot_messages(chat_id)[before:]


def reply_json(message: SentMessage) -> dict[str, Any]:
    return {"text": message.plain_text, "buttons": message.button_texts}


def describe(event: BotEvent) -> str | None:
    """One transcript line for what the bot did, or None for what is not worth a line."""
    if event.kind == "webhook_set":
        return f"the bot set its webhook: {event.text}"
    if event.kind in ("sent", "edited") and event.message is not None:
        verb = "sent" if event.kind == "sent" else "edited"
        buttons = " ".join(f"[{text}]" for text in event.message.button_texts)
        text = event.message.plain_text.replace("\n", " / ")
        return f"bot {verb} to {event.chat_id}: {text}" + (f"  {buttons}" if buttons else "")
    return None


def _json(status: int, body: dict[str, Any]) -> HttpResponse:
    return HttpResponse(status, json.dumps(body, ensure_ascii=False).encode("utf-8"))
