"""Helpers for the console tests: a config with the console enabled on a free port, a one-time link from
`/konsol` in the Telegram stand-in, and Debian's chromium driven by Playwright."""

from __future__ import annotations

import contextlib
import re
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import AppConfig, WebSettings
from bot.standin import BotApiStandIn, StandInUser
from tests.complaint_helpers import complaint_config, next_message

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CHROMIUM_INSTALLED = CHROMIUM.exists()
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
LINK = re.compile(r"(http://127\.0\.0\.1:\d+/masuk\?t=[A-Za-z0-9_-]+)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def console_config(tmp_path: Path, **complaints: Any) -> AppConfig:
    port = free_port()
    web = WebSettings(
        enabled=True,
        public_url=f"http://127.0.0.1:{port}",
        listen_port=port,
        data_dir=tmp_path / "data",
        session_minutes=60,
    )
    return complaint_config(tmp_path, **complaints).model_copy(update={"web": web})


async def login_link(api: BotApiStandIn, officer: StandInUser) -> str:
    """What an officer gets from `/konsol` in her private chat with the bot."""
    api.mark_read(officer.id)
    await api.send_text(officer, "/konsol")
    message = await next_message(api, officer.id)
    found = LINK.search(message.plain_text)
    assert found, message.plain_text
    return found.group(1)


@contextlib.asynccontextmanager
async def chromium() -> AsyncIterator[Any]:
    """A headless chromium (skips the test, saying why, when Debian's chromium is not installed)."""
    if not CHROMIUM_INSTALLED:
        pytest.skip("no /usr/bin/chromium: `make test` installs Debian's chromium (apt-get install chromium)")
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()
