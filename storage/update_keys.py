"""The identity of a Telegram update, from what Telegram guarantees about its content.

The bare `update_id` is no identity: Telegram starts update ids again after a week without updates, under a
new token, and a fresh Bot API stand-in starts them at 1. Deduplicating on it forever silences the bot
(every new update looks handled) or, worse, maps a new confirmation to an old case. Content is stable:
a message id is unique within its chat, a callback query id is unique everywhere, and a redelivered update
is the same JSON again. So:

- message (and channel/business posts): `msg:<chat>:<message_id>:<date>`; the date costs nothing on a
  genuine redelivery (same JSON) and keeps a stand-in that restarts message ids from colliding;
- edited message: `edit:<chat>:<message_id>:<edit_date>`;
- callback, inline, shipping and pre-checkout queries: `<kind>:<id>`;
- chat member changes and join requests: `<kind>:<chat>:<user>:<date>`;
- anything else: a hash of the payload without its update id.

Keys are at most `MAX_KEY_LENGTH` characters. Stored keys of updates from before keys existed read
`upd:<update_id>`; no new update gets such a key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

MAX_KEY_LENGTH = 100
LEGACY_PREFIX = "upd:"

_MESSAGES = {
    "message": "msg",
    "channel_post": "post",
    "business_message": "bmsg",
}
_EDITS = {
    "edited_message": "edit",
    "edited_channel_post": "editpost",
    "edited_business_message": "bedit",
}
_QUERIES = {
    "callback_query": "cbq",
    "inline_query": "iq",
    "shipping_query": "ship",
    "pre_checkout_query": "pcq",
}
_MEMBERS = {
    "my_chat_member": "mcm",
    "chat_member": "cm",
    "chat_join_request": "cjr",
}


class HasPayload(Protocol):
    """A python-telegram-bot `Update` (or anything else that turns into the Bot API's JSON)."""

    def to_dict(self) -> dict[str, Any]: ...


def update_key(payload: Mapping[str, Any]) -> str:
    """The identity key of an update given as the Bot API's JSON object."""
    for field, prefix in _MESSAGES.items():
        message = payload.get(field)
        if isinstance(message, Mapping) and _has(message, "message_id", "chat", "date"):
            return _bounded(f"{prefix}:{_chat(message)}:{message['message_id']}:{message['date']}")
    for field, prefix in _EDITS.items():
        message = payload.get(field)
        if isinstance(message, Mapping) and _has(message, "message_id", "chat"):
            edited = message.get("edit_date", message.get("date", ""))
            return _bounded(f"{prefix}:{_chat(message)}:{message['message_id']}:{edited}")
    for field, prefix in _QUERIES.items():
        query = payload.get(field)
        if isinstance(query, Mapping) and query.get("id") is not None:
            return _bounded(f"{prefix}:{query['id']}")
    for field, prefix in _MEMBERS.items():
        change = payload.get(field)
        if isinstance(change, Mapping) and _has(change, "chat", "from", "date"):
            user = change["from"].get("id") if isinstance(change["from"], Mapping) else change["from"]
            return _bounded(f"{prefix}:{_chat(change)}:{user}:{change['date']}")
    return _hashed(payload)


def key_of(update: HasPayload) -> str:
    """The identity key of a parsed update (the same key the inbox stored it under). A button press or a
    new message has its key read off the parsed objects: rebuilding the whole update as JSON for that
    costs more than the rest of the key, on every handler that records one."""
    message = getattr(update, "message", None)
    query = getattr(update, "callback_query", None)
    if message is not None:
        date, chat = getattr(message, "date", None), getattr(message, "chat", None)
        if isinstance(date, datetime) and date.tzinfo is not None and chat is not None:
            return _bounded(f"{_MESSAGES['message']}:{chat.id}:{message.message_id}:{int(date.timestamp())}")
    elif query is not None and isinstance(query.id, str):
        return _bounded(f"{_QUERIES['callback_query']}:{query.id}")
    return update_key(update.to_dict())


def legacy_key(update_id: int) -> str:
    """The key of an update recorded before keys existed, when only its id is known."""
    return f"{LEGACY_PREFIX}{update_id}"


def _has(value: Mapping[str, Any], *fields: str) -> bool:
    return all(value.get(field) is not None for field in fields)


def _chat(value: Mapping[str, Any]) -> object:
    chat = value["chat"]
    return chat.get("id") if isinstance(chat, Mapping) else chat


def _bounded(key: str) -> str:
    # Ids are numbers, so a key this long was built from something unexpected: hash it to stay in the column.
    if len(key) <= MAX_KEY_LENGTH:
        return key
    return "long:" + hashlib.sha256(key.encode()).hexdigest()[:40]


def _hashed(payload: Mapping[str, Any]) -> str:
    content = {name: value for name, value in payload.items() if name != "update_id"}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return "sha:" + hashlib.sha256(canonical.encode()).hexdigest()[:40]
