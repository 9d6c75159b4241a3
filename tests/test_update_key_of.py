"""`key_of` reads a message's or a button press's key off the parsed update: the same key as from its JSON."""

from __future__ import annotations

import datetime as dtm

from telegram import CallbackQuery, Chat, Message, Update, User

from storage.update_keys import key_of, update_key

USER = User(id=42, first_name="Siti", is_bot=False)
CHAT = Chat(id=42, type=Chat.PRIVATE)
WHEN = dtm.datetime(2026, 3, 1, 8, 30, 15, 900_000, tzinfo=dtm.UTC)


def test_message_key_matches_its_json() -> None:
    update = Update(7, message=Message(11, WHEN, CHAT, from_user=USER, text="halo"))
    assert key_of(update) == update_key(update.to_dict()) == "msg:42:11:1772353815"


def test_button_key_matches_its_json() -> None:
    message = Message(12, WHEN, CHAT, from_user=USER, text="pilih")
    update = Update(8, callback_query=CallbackQuery("q-1", USER, "inst", message=message, data="x"))
    assert key_of(update) == update_key(update.to_dict()) == "cbq:q-1"


def test_other_updates_keyed_by_their_json() -> None:
    update = Update(9, edited_message=Message(13, WHEN, CHAT, from_user=USER, text="ubah", edit_date=WHEN))
    assert key_of(update) == update_key(update.to_dict())
    assert key_of(update).startswith("edit:42:13:")
