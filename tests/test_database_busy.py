"""A database that cannot be reached in time (SQLite's lock held by another process past the busy timeout)
is not the user's error: in long polling the update is handled again after a pause, and the user hears of
it only when the last try fails too; the webhook retries storing before it refuses the update."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.ext import TypeHandler

import bot.inbox
import bot.webhook
from bot.config import AppConfig
from bot.context import BotContext
from bot.deferred import is_database_unreachable
from bot.run import running_bot
from bot.standin import BotApiStandIn, StandInUser
from storage.services.inbox import FetchedUpdate

USER = 1001
ERROR_TEXT = "Maaf, terjadi gangguan"


def locked() -> OperationalError:
    return OperationalError("UPDATE ...", {}, sqlite3.OperationalError("database is locked"))


@pytest.fixture
def siti(standin: BotApiStandIn) -> StandInUser:
    return standin.private_user(USER, "Siti", "id")


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.inbox, "DATABASE_RETRY_PAUSES", (0.01, 0.01))
    monkeypatch.setattr(bot.webhook, "STORE_RETRY_PAUSES", (0.01, 0.01))


def test_a_locked_sqlite_database_is_worth_a_retry() -> None:
    assert is_database_unreachable(locked())
    assert not is_database_unreachable(
        OperationalError("SELECT ...", {}, sqlite3.OperationalError("no such table: cases"))
    )


async def _polling_with_lock(
    standin: BotApiStandIn, config: AppConfig, siti: StandInUser, failures: int, replies: int
) -> list[str]:
    """/bantuan with a first handler that finds the database locked `failures` times. The later handler
    groups still run on each try (as in python-telegram-bot), so /bantuan is answered once per try."""
    left = [failures]

    async def lock_held(update: Update, context: BotContext) -> None:
        if left[0] > 0:
            left[0] -= 1
            raise locked()

    async with running_bot(config) as app:
        app.add_handler(TypeHandler(Update, lock_held), group=-100)
        await standin.send_text(siti, "/bantuan")
        await standin.wait_for_bot_messages(USER, replies, timeout=10)
    return [reply.plain_text for reply in standin.bot_messages(USER)]


async def test_polling_retries_an_update_the_locked_database_failed_and_says_nothing_of_it(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser
) -> None:
    texts = await _polling_with_lock(standin, standin_config, siti, failures=2, replies=3)
    assert len(texts) == 3
    assert all(text.startswith("Perintah") for text in texts)  # no word of the locked database


async def test_polling_answers_the_error_when_the_last_try_fails_too(
    standin: BotApiStandIn, standin_config: AppConfig, siti: StandInUser
) -> None:
    texts = await _polling_with_lock(standin, standin_config, siti, failures=10, replies=4)
    assert len(texts) == 4
    assert sum(ERROR_TEXT in text for text in texts) == 1  # told once, on the last of three tries


class _LockedQueues:
    """Chat queues whose database is locked for the first few stores."""

    def __init__(self, failures: int) -> None:
        self.failures = failures

    async def store(self, fetched: FetchedUpdate) -> bool:
        if self.failures > 0:
            self.failures -= 1
            raise locked()
        return True


@pytest.mark.parametrize(("failures", "stored"), [(2, True), (3, False)])
async def test_the_webhook_retries_storing_while_the_database_is_locked(failures: int, stored: bool) -> None:
    queues = _LockedQueues(failures)
    fetched = FetchedUpdate.of({"update_id": 1, "message": {"chat": {"id": USER}, "text": "hi"}})
    if stored:
        assert await bot.webhook._stored(queues, fetched) is True  # type: ignore[arg-type]
    else:
        with pytest.raises(OperationalError):
            await bot.webhook._stored(queues, fetched)  # type: ignore[arg-type]
