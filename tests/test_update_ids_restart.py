"""Telegram starts update ids again (after a quiet week, under a new token; a fresh stand-in starts at 1):
the bot keeps answering, because updates are known by what Telegram guarantees about their content, while
a genuine second delivery of the same update is still ignored.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.config import AppConfig
from bot.run import running_bot
from bot.standin import BotApiStandIn
from storage.update_keys import legacy_key, update_key
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN, with_api

REPO = REPO_CONFIG.parent
USER = 1001
CHAT = {"id": USER, "type": "private", "first_name": "Siti"}
FROM = {"id": USER, "is_bot": False, "first_name": "Siti"}


def message(message_id: int = 5, date: int = 1_700_000_000, **fields: Any) -> dict[str, Any]:
    return {"message_id": message_id, "date": date, "chat": CHAT, "from": FROM, "text": "halo", **fields}


@pytest.mark.parametrize(
    ("payload", "key"),
    [
        ({"update_id": 9, "message": message()}, f"msg:{USER}:5:1700000000"),
        ({"update_id": 1, "message": message()}, f"msg:{USER}:5:1700000000"),  # same message, new id
        ({"update_id": 9, "edited_message": message(edit_date=1_700_000_060)}, f"edit:{USER}:5:1700000060"),
        ({"update_id": 9, "channel_post": message()}, f"post:{USER}:5:1700000000"),
        (
            {"update_id": 9, "callback_query": {"id": "4412", "from": FROM, "chat_instance": "c"}},
            "cbq:4412",
        ),
        (
            {"update_id": 9, "my_chat_member": {"chat": CHAT, "from": FROM, "date": 1_700_000_001}},
            f"mcm:{USER}:{USER}:1700000001",
        ),
        (
            {"update_id": 9, "chat_member": {"chat": CHAT, "from": FROM, "date": 1_700_000_001}},
            f"cm:{USER}:{USER}:1700000001",
        ),
    ],
)
def test_an_update_is_known_by_what_telegram_guarantees(payload: dict[str, Any], key: str) -> None:
    assert update_key(payload) == key


def test_other_updates_are_known_by_their_content_without_the_update_id() -> None:
    poll = {"poll": {"id": "p1", "question": "?", "options": []}}
    assert update_key({"update_id": 1, **poll}) == update_key({"update_id": 700, **poll})
    assert update_key({"update_id": 1, **poll}).startswith("sha:")
    other = {"poll": {"id": "p2", "question": "?", "options": []}}
    assert update_key({"update_id": 1, **other}) != update_key({"update_id": 1, **poll})
    # A new message that reuses a message id (never on Telegram; a restarted stand-in does) is not a repeat.
    assert update_key({"message": message(date=1)}) != update_key({"message": message(date=2)})
    assert legacy_key(42) == "upd:42"


async def test_ids_restarting_at_1_after_handled_updates_are_answered(
    standin: BotApiStandIn, standin_config: AppConfig
) -> None:
    """Telegram starts the ids again while the bot runs: the bot's offset is then far above them."""
    siti = standin.private_user(USER, "Siti")
    async with running_bot(standin_config):
        for text in ("/start", "/bantuan", "/bahasa"):
            await standin.send_text(siti, text)
            await standin.wait_for_bot_messages(USER, 1, timeout=10)
        standin.restart_update_ids()
        await standin.send_text(siti, "/darurat")  # update id 1 again
        (emergency,) = await standin.wait_for_bot_messages(USER, 1, timeout=10)
        await standin.send_text(siti, "/start")  # update id 2 again
        (hello,) = await standin.wait_for_bot_messages(USER, 1, timeout=10)
    assert emergency.plain_text.startswith("🆘")
    assert hello.plain_text.startswith("Halo")


async def test_a_fresh_stand_in_after_a_restart_is_answered_and_a_redelivery_is_not(
    bot_config: AppConfig,
) -> None:
    """A new Bot API (a new token, a fresh stand-in) starts at update id 1 against the same database."""
    async with BotApiStandIn(token=TEST_TOKEN) as first:
        siti = first.private_user(USER, "Siti")
        async with running_bot(with_api(bot_config, first)):
            await first.send_text(siti, "/start")
            await first.wait_for_bot_messages(USER, 1, timeout=10)
            await first.send_text(siti, "/bantuan")
            await first.wait_for_bot_messages(USER, 1, timeout=10)
            # The same update once more (its offset was lost): stored once, answered once.
            first.redeliver_last()
            await first.send_text(siti, "/bahasa")
            await first.wait_for_bot_messages(USER, 1, timeout=10)
            await asyncio.sleep(0.3)
        assert len(first.bot_messages(USER)) == 3
    # A restarted stand-in also reuses message ids (Telegram never does): let the message dates differ.
    await asyncio.sleep(1 - time.time() % 1 + 0.01)
    async with BotApiStandIn(token=TEST_TOKEN) as second:
        siti = second.private_user(USER, "Siti")
        async with running_bot(with_api(bot_config, second)):
            await second.send_text(siti, "/start")  # update id 1 and message id 1, both seen before
            (hello,) = await second.wait_for_bot_messages(USER, 1, timeout=10)
    assert hello.plain_text.startswith("Halo")


async def _make_run(cwd: Path, lines: str) -> str:
    """What `make run` starts without a token: `migrasi-aman run --or-chat`, the chat driven on stdin."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "DATABASE_", "STAFF_", "MIGRASI_"))
    }
    environ["PYTHONUNBUFFERED"] = "1"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--or-chat",
        "--config",
        str(REPO_CONFIG),
        cwd=cwd,
        env=environ,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(lines.encode()), 120)
    assert process.returncode == 0, output.decode(errors="replace")
    return output.decode()


async def test_make_run_twice_in_the_same_checkout_answers_the_second_time(tmp_path: Path) -> None:
    first = await _make_run(tmp_path, "/start\n/darurat\n:keluar\n")
    second = await _make_run(tmp_path, "/start\n/darurat\n:keluar\n")
    assert (tmp_path / "data" / "chat.db").exists()  # both runs used the same local database
    for output in (first, second):
        assert "Halo" in output.split("👤 Anda: /start", 1)[1]
        assert "🆘" in output.split("👤 Anda: /darurat", 1)[1]
