"""Fixtures for the bot's tests: a test config (temp SQLite database), the Bot API stand-in, the real bot
polling the stand-in, and an offline application driven with `process_update` over a recording request."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.app import build_application, prepare_application, release_application
from bot.config import AppConfig, RateLimitSettings, load_config
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn

# Same opt-in as build_application: PTB 22 otherwise warns (an error under pytest) on every RetryAfter.
os.environ.setdefault("PTB_TIMEDELTA", "1")

REPO_CONFIG = Path(__file__).resolve().parents[1] / "config.yaml"
TEST_TOKEN = "123456:TEST-token"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Migrasi Aman",
    "username": "migrasi_aman_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


def make_config(tmp_path: Path, **updates: Any) -> AppConfig:
    """The shipped config.yaml with a temp SQLite database, a test token and a generous rate limit."""
    environ = {"TELEGRAM_BOT_TOKEN": TEST_TOKEN, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"}
    config = load_config(REPO_CONFIG, environ=environ)
    # Pacing off: the recording request and the stand-in have no flood limits, and a paced staff group
    # (20 messages a minute) would stall every test that sends it more than a few messages.
    telegram = config.telegram.model_copy(
        update={"pacing": config.telegram.pacing.model_copy(update={"enabled": False})}
    )
    config = config.model_copy(
        update={"rate_limit": RateLimitSettings(max_messages=500, per_seconds=60), "telegram": telegram}
    )
    return config.model_copy(update=updates) if updates else config


def with_api(config: AppConfig, api: BotApiStandIn) -> AppConfig:
    telegram = config.telegram.model_copy(
        update={
            "api_base_url": api.base_url,
            "api_base_file_url": api.base_file_url,
            "poll_timeout_seconds": 10,
            # Timing-sensitive: tests and the local chat talk to a stand-in with no flood limits.
            "pacing": config.telegram.pacing.model_copy(update={"enabled": False}),
        }
    )
    return config.model_copy(update={"telegram": telegram})


@pytest.fixture
def bot_config(tmp_path: Path) -> AppConfig:
    return make_config(tmp_path)


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    async with BotApiStandIn(token=TEST_TOKEN) as api:
        yield api


@pytest.fixture
def standin_config(bot_config: AppConfig, standin: BotApiStandIn) -> AppConfig:
    return with_api(bot_config, standin)


@pytest.fixture
async def live_bot(standin_config: AppConfig) -> AsyncIterator[BotApplication]:
    """The real application, long polling the stand-in."""
    async with running_bot(standin_config) as app:
        yield app


@dataclass
class RecordedCall:
    method: str
    params: dict[str, Any]


class RecordingRequest(BaseRequest):
    """Answers every Bot API call with canned JSON and records it; no network."""

    def __init__(self) -> None:
        self.calls: list[RecordedCall] = []
        self._message_ids = 1000
        self.fail_methods: dict[str, tuple[int, dict[str, Any]]] = {}

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = {
            key: _decode(value)
            for key, value in (request_data.json_parameters if request_data else {}).items()
        }
        self.calls.append(RecordedCall(name, params))
        if name in self.fail_methods:
            status, body = self.fail_methods[name]
            return status, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return BOT_USER
        if name in {"sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument"}:
            self._message_ids += 1
            chat_id = int(params.get("chat_id", 1))
            message: dict[str, Any] = {
                "message_id": params.get("message_id", self._message_ids),
                "date": 0,
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
            markup = params.get("reply_markup")
            # Telegram echoes only an inline keyboard on the message; a reply keyboard, ReplyKeyboardRemove
            # or ForceReply is not part of the returned Message (and PTB could not parse it there).
            if isinstance(markup, dict) and "inline_keyboard" in markup:
                message["reply_markup"] = markup
            return message
        if name == "getUpdates":
            return []
        if name == "getChatMemberCount":
            return 1  # the bot alone
        if name == "getChatMember":
            return {
                "status": "left",
                "user": {"id": params.get("user_id", 0), "is_bot": False, "first_name": "?"},
            }
        return True

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [call.params for call in self.calls if call.method == method]

    def texts(self) -> list[str]:
        return [str(params.get("text", "")) for params in self.sent()]

    def clear(self) -> None:
        self.calls.clear()


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value


@dataclass
class OfflineBot:
    app: BotApplication
    request: RecordingRequest
    _update_id: int = 0

    @property
    def services(self) -> Services:
        services: Services = self.app.bot_data["services"]
        return services

    async def process(self, payload: dict[str, Any]) -> None:
        self._update_id += 1
        update = Update.de_json({"update_id": self._update_id, **payload}, self.app.bot)
        await self.app.process_update(update)


@contextlib.asynccontextmanager
async def offline_app(
    config: AppConfig, request: RecordingRequest | None = None
) -> AsyncIterator[OfflineBot]:
    """An initialised, migrated application whose Bot API calls go to a RecordingRequest."""
    request = request or RecordingRequest()
    app = build_application(config, request=request)
    await app.initialize()
    try:
        await prepare_application(app)
        yield OfflineBot(app, request)
    finally:
        await app.shutdown()
        await release_application(app)


@pytest.fixture
async def offline_bot(bot_config: AppConfig) -> AsyncIterator[OfflineBot]:
    async with offline_app(bot_config) as bot:
        yield bot
