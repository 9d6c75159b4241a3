"""One server process, `migrasi-aman run --webhook` with `web.enabled`, answers Telegram's webhook posts
(only with the secret) and the staff console on the same port; a reply typed in the console reaches the
worker through the bot, and a claim there redraws the Telegram card. The bot runs as a real subprocess
against the Bot API stand-in served by this test, which delivers updates to the webhook."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from bot.standin import BotApiStandIn
from bot.webhook import SECRET_HEADER
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN
from tests.cluster_helpers import WEBHOOK_SECRET, free_port, text_update
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT, file_report, next_message, prepare_chats

REPO = REPO_CONFIG.parent
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def write_config(tmp_path: Path, api: BotApiStandIn, port: int, unused_port: int) -> Path:
    raw: dict[str, Any] = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    base = f"http://127.0.0.1:{port}"
    raw["telegram"] = {
        "api_base_url": api.base_url,
        "api_base_file_url": api.base_file_url,
        "pacing": {"enabled": False},
    }
    raw["database"] = {"url": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", "auto_migrate": True}
    raw["staff"] = {
        "chat_id": STAFF_CHAT,
        "members": [{"user_id": ADMIN, "role": "admin"}, {"user_id": OFFICER, "role": "officer"}],
    }
    raw["complaints"] = {**raw.get("complaints", {}), "attachments_dir": str(tmp_path / "files")}
    raw["webhook"] = {
        "public_url": f"{base}/telegram/webhook",
        "listen_host": "127.0.0.1",
        "listen_port": port,
        "single_instance": True,  # one process on SQLite
    }
    # The console's own port is left at another free port: with --webhook it must not be used at all.
    raw["web"] = {
        "enabled": True,
        "public_url": base,
        "listen_port": unused_port,
        "data_dir": str(tmp_path / "data"),
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@contextlib.asynccontextmanager
async def webhook_process(config: Path, log: Path, api: BotApiStandIn) -> AsyncIterator[None]:
    environ = {
        key: value for key, value in os.environ.items() if not key.startswith(("TELEGRAM_", "DATABASE_"))
    }
    environ.update(
        {"TELEGRAM_BOT_TOKEN": TEST_TOKEN, "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET, "PYTHONUNBUFFERED": "1"}
    )
    with log.open("ab") as output:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--webhook",
            "--config",
            str(config),
            cwd=REPO,
            env=environ,
            stdout=output,
            stderr=output,
        )
    try:
        await api.wait_until(lambda: bool(api.webhook_url), timeout=60)
        yield
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                async with asyncio.timeout(20):
                    await process.wait()
            except TimeoutError:
                process.kill()
                await process.wait()


@pytest.mark.timeout(180)
async def test_one_process_serves_the_webhook_and_the_console(standin: BotApiStandIn, tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    unused_port = free_port()
    config = write_config(tmp_path, standin, port, unused_port)
    prepare_chats(standin)
    log = tmp_path / "bot.log"
    async with webhook_process(config, log, standin), httpx.AsyncClient(base_url=base) as client:
        assert standin.webhook_url == f"{base}/telegram/webhook"

        # Telegram's post: refused without the secret, taken with it, and answered by the bot.
        standin.private_user(4801, "Siti")  # the chat exists, so the bot's answer can be delivered
        update = text_update(900001, 4801, "/start")
        assert (await client.post("/telegram/webhook", json=update)).status_code == 401
        taken = await client.post("/telegram/webhook", json=update, headers={SECRET_HEADER: WEBHOOK_SECRET})
        assert taken.status_code == 200
        assert await standin.wait_for_bot_messages(4801, timeout=20)

        # A worker reports through the stand-in, which delivers every update to the same webhook.
        worker = standin.private_user(4802, "Siti")
        await file_report(standin, worker, story="Gaji saya belum dibayar 3 bulan.", timeout=20)
        card = await next_message(standin, STAFF_CHAT, timeout=20)
        assert card.plain_text.startswith("📁")

        # The console, on the same port: a /konsol link, sign-in, the queue, the case.
        officer = standin.private_user(OFFICER, "Petugas")
        standin.mark_read(OFFICER)
        await standin.send_text(officer, "/konsol")
        link = (await next_message(standin, OFFICER, timeout=20)).plain_text
        token = re.search(r"/masuk\?t=([A-Za-z0-9_-]+)", link)
        assert token is not None
        assert f"{base}/masuk?t=" in link
        signed = await client.post("/masuk", data={"t": token.group(1)})
        assert signed.status_code == 303
        queue = await client.get("/")
        assert queue.status_code == 200
        assert card.plain_text.split()[1] in queue.text
        page = await client.get("/kasus/1")
        csrf = CSRF.search(page.text)
        assert csrf is not None

        # A claim and a reply made in the console reach Telegram through the bot.
        claimed = await client.post("/kasus/1/ambil", data={"csrf": csrf.group(1)})
        assert claimed.status_code == 303
        await standin.wait_until(
            lambda: (
                "Petugas"
                in next(
                    m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == card.message_id
                ).plain_text
            ),
            timeout=20,
        )
        standin.mark_read(worker.id)
        replied = await client.post(
            "/kasus/1/balas", data={"csrf": csrf.group(1), "text": "Kami sudah menghubungi majikan Anda."}
        )
        assert replied.status_code == 303
        reply = await next_message(standin, worker.id, timeout=20)
        assert "Kami sudah menghubungi majikan Anda." in reply.plain_text
        assert standin.webhook is not None
        assert standin.webhook.refused == 0
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{unused_port}/")
    assert "Traceback" not in log.read_text(encoding="utf-8")
