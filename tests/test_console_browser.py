# The helpers take `timeout=` like the stand-in's wait_* helpers.
"""The staff console in a real browser (Debian's chromium, headless) against the real bot on the Bot API
stand-in: sign in with a one-time link from /konsol, claim, reply (the worker receives it), close with a
reason (the Telegram card and the worker's /status show it), reports with charts, CSV export; screenshots
of the queue, a case and the reports page at phone and desktop widths go to artifacts/screenshots/."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.standin import BotApiStandIn
from tests.bot_fixtures import with_api
from tests.complaint_helpers import OFFICER, STAFF_CHAT, file_report, next_message, prepare_chats
from tests.console_helpers import SCREENSHOTS, chromium, console_config, login_link
from tests.staff_helpers import wait_for

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def case_config(tmp_path: Path) -> AppConfig:
    return console_config(tmp_path)


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


@pytest.mark.timeout(180)
async def test_an_officer_runs_a_case_from_the_browser(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    worker = standin.private_user(4301, "Siti")
    await file_report(standin, worker, story="Gaji saya belum dibayar 3 bulan. Majikan di Penang.")
    card = await wait_for(standin, STAFF_CHAT, lambda m: m.plain_text.startswith("📁"))
    ticket = card.plain_text.split()[1]
    officer = standin.private_user(OFFICER, "Petugas")
    link = await login_link(standin, officer)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    async with chromium() as browser:
        context = await browser.new_context(viewport=DESKTOP, accept_downloads=True)
        page = await context.new_page()
        await page.goto(link)
        await page.click("#masuk")
        await page.wait_for_selector(f"text={ticket}")
        assert "1–1 dari 1" in await page.inner_text("#count")
        await page.screenshot(path=str(SCREENSHOTS / "queue-desktop.png"), full_page=True)

        await page.click(f"text={ticket}")
        await page.wait_for_selector("#claim")
        await page.click("#claim")
        await page.wait_for_selector("text=Tersimpan.")
        assert "belum diambil" not in await page.inner_text("#assignee")
        assert "Diproses" in await page.inner_text("#status")

        standin.mark_read(worker.id)
        await page.fill("#reply-text", "Kami sedang menghubungi agensi Anda di Penang.")
        await page.click("#reply-send")
        received = await next_message(standin, worker.id)
        assert "Kami sedang menghubungi agensi Anda di Penang." in received.plain_text
        await page.wait_for_selector(".d-sent")
        await page.fill("#note-text", "Agensi sudah ditelepon, janji bayar minggu ini.")
        await page.click("#note-add")
        await page.wait_for_selector("text=Agensi sudah ditelepon")
        await page.screenshot(path=str(SCREENSHOTS / "case-desktop.png"), full_page=True)

        standin.mark_read(worker.id)
        await page.select_option("#status-select", "resolved")
        await page.fill("input[name=reason_text]", "Gaji sudah dibayar penuh oleh majikan.")
        await page.click("#status-save")
        await page.wait_for_selector("text=Tersimpan.")
        assert "Selesai" in await page.inner_text("#status")
        push = await next_message(standin, worker.id)
        assert "Gaji sudah dibayar penuh oleh majikan." in push.plain_text
        await standin.wait_until(
            lambda: (
                "Selesai"
                in next(
                    m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == card.message_id
                ).plain_text
            )
        )
        await standin.send_text(worker, "/status")
        assert "Selesai" in (await next_message(standin, worker.id)).plain_text

        await page.goto(link.split("/masuk")[0] + "/laporan")
        for chart in ("#chart-time svg", "#chart-province svg", "#chart-country svg"):
            await page.wait_for_selector(chart)
        assert "Jawa Timur" in await page.inner_text("#timings")
        await page.screenshot(path=str(SCREENSHOTS / "reports-desktop.png"), full_page=True)
        async with page.expect_download() as download_info:
            await page.click("#export")
        download = await download_info.value
        exported = (await download.path()).read_bytes().decode("utf-8")
        assert ticket in exported

        await page.set_viewport_size(PHONE)
        for name, path in (("queue", "/?status=all"), ("case", None), ("reports", "/laporan")):
            if path is None:
                await page.goto(link.split("/masuk")[0] + "/?status=all")
                await page.click(f"text={ticket}")
            else:
                await page.goto(link.split("/masuk")[0] + path)
            await page.screenshot(path=str(SCREENSHOTS / f"{name}-phone.png"), full_page=True)
        await context.close()
