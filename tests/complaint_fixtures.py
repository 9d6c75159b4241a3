"""Fixtures for the complaint tests (a pytest plugin, see conftest.py): the bot with a staff chat and
staff, either polling the Bot API stand-in or offline over a recording request.

A test module changes the complaint settings by overriding `complaint_settings`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.standin import BotApiStandIn
from tests.bot_fixtures import OfflineBot, offline_app, with_api
from tests.complaint_helpers import complaint_config, prepare_chats


@pytest.fixture
def complaint_settings() -> dict[str, Any]:
    """Overrides of `ComplaintSettings` for the module's tests (none by default)."""
    return {}


@pytest.fixture
def case_config(tmp_path: Path, complaint_settings: dict[str, Any]) -> AppConfig:
    return complaint_config(tmp_path, **complaint_settings)


@pytest.fixture
async def case_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    """The real application with staff configured, long polling the stand-in (staff chats prepared)."""
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


@pytest.fixture
async def offline_case_bot(case_config: AppConfig) -> AsyncIterator[OfflineBot]:
    """The same application driven with `process_update` over a recording request."""
    async with offline_app(case_config) as bot:
        yield bot
