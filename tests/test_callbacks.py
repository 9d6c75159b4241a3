"""Typed callback data: each codec packs within Telegram's 64 bytes (or refuses), unpacks what it packed,
and the stale-button pattern is derived from every codec, so it never overlaps a handler's pattern."""

from __future__ import annotations

import re

import pytest
from telegram.ext import CallbackQueryHandler

from bot.config import AppConfig
from handlers.callbacks import (
    CASE,
    MAX_CALLBACK_BYTES,
    REPORT,
    Callback,
    CallbackTooLong,
    codecs,
    stale_pattern,
)
from handlers.staff.card_buttons import rest_of
from handlers.staff.commands import page_callback
from tests.bot_fixtures import offline_app


def test_pack_refuses_data_over_64_bytes() -> None:
    with pytest.raises(CallbackTooLong):
        REPORT.pack("msg", "x" * 60)
    fits = REPORT.pack("msg", "x" * (MAX_CALLBACK_BYTES - len("report:v1:msg:")))
    assert len(fits.encode()) == MAX_CALLBACK_BYTES
    with pytest.raises(CallbackTooLong):
        REPORT.pack("msg", "é" * 26)  # 52 bytes of UTF-8 in 26 characters


def test_unpack_refuses_over_long_and_foreign_data() -> None:
    assert REPORT.unpack("report:v1:msg:" + "1" * 60) is None
    assert REPORT.unpack("report:v2:msg:1") is None
    assert REPORT.unpack("report:v1:bogus:1") is None
    assert REPORT.unpack(None) is None


def test_pack_refuses_unknown_actions_and_separators_in_arguments() -> None:
    with pytest.raises(ValueError, match="unknown action"):
        REPORT.pack("bogus")
    with pytest.raises(ValueError, match="contains"):
        REPORT.pack("msg", "1:2")


@pytest.mark.parametrize("codec", codecs(), ids=lambda codec: codec.prefix)
def test_every_action_round_trips_and_is_not_stale(codec: object) -> None:
    assert codec in codecs()
    stale = re.compile(stale_pattern())
    for action in getattr(codec, "actions", None) or ("any",):
        data = codec.pack(action, "7", "x")  # type: ignore[attr-defined]
        assert codec.unpack(data) == Callback(action, ("7", "x"))  # type: ignore[attr-defined]
        assert re.match(codec.pattern(), data)  # type: ignore[attr-defined]
        assert not stale.match(data), data


@pytest.mark.parametrize(
    "data", ["report:v1:bogus", "report:v0:start", "menu:v1:nothing", "unknown:v1:x", "faq:v1:showx:1"]
)
def test_unknown_buttons_are_stale(data: str) -> None:
    assert re.match(stale_pattern(), data)


async def test_every_button_handler_of_the_bot_uses_a_codec_pattern(case_config: AppConfig) -> None:
    """Every callback handler's pattern is one a codec built: data it takes is never also stale, and the
    intake's buttons all reach a handler."""
    async with offline_app(case_config) as bot:
        patterns = [
            handler.pattern
            for handlers in bot.app.handlers.values()
            for handler in handlers
            if isinstance(handler, CallbackQueryHandler) and isinstance(handler.pattern, re.Pattern)
        ]
    stale = re.compile(stale_pattern())
    assert any(pattern.pattern == stale.pattern for pattern in patterns)
    taken = [pattern for pattern in patterns if pattern.pattern != stale.pattern]
    for action in REPORT.actions or ():
        data = REPORT.pack(action, "1")
        assert any(pattern.match(data) for pattern in taken), f"no handler for {data}"
    assert any(pattern.match(CASE.pack("claim", 1)) for pattern in taken)


def test_a_search_page_button_keeps_the_colons_of_its_query() -> None:
    data = page_callback("sp", 10, "PT Maju: Taiwan")
    assert data is not None
    pressed = CASE.unpack(data)
    assert pressed is not None
    assert (pressed.action, pressed.int_arg(), rest_of(pressed)) == ("sp", 10, "PT Maju: Taiwan")


def test_a_page_button_past_64_bytes_is_left_out() -> None:
    assert page_callback("sp", 10, "x" * 60) is None
