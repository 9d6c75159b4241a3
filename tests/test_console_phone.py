"""The console at a phone's width (390 px) for an officer with fifty open cases: the filters fold away and
the queue shows compact cards (five or more on the first screen, each one tap target) paged with true
counts; nothing is wider than the screen on the queue, a case and the reports; a case's conversation comes
before its actions; the charts name their places. Screenshots go to artifacts/screenshots/
(fifty-*-phone*.png) for a reviewer to look at."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from tests.bot_fixtures import with_api
from tests.complaint_helpers import OFFICER, prepare_chats
from tests.console_helpers import SCREENSHOTS, chromium, console_config, login_link
from tests.storage_fixtures import file_case

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
CASES = 50
CATEGORIES = ("unpaid_wages", "documents_kept", "violence", "fees_fraud", "contract", "repatriation")
COUNTRIES = ("Malaysia", "Arab Saudi", "Taiwan", "Hong Kong", "Korea Selatan")
PROVINCES = ("Jawa Timur", "Jawa Tengah", "Nusa Tenggara Barat", "Jawa Barat", "Lampung")
LONG_STORY = (
    "Saya bekerja di rumah majikan di Kowloon sejak Januari, gaji tiga bulan belum dibayar, paspor dipegang "
    "agensi PT Sumber Rejeki Abadi Internasional, dan saya tidak boleh keluar rumah. "
    "Alamat email saya siti.rahayu.pekerjamigran.kowloon2026@contohsurel.example "
)
WIDER_THAN_SCREEN = """() => [...document.querySelectorAll("body *")]
  .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .filter((el) => !el.closest(".scroll-x"))
  .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + "." + el.className)"""


@pytest.fixture
def case_config(tmp_path: Path) -> AppConfig:
    return console_config(tmp_path)


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


@pytest.mark.timeout(240)
async def test_fifty_open_cases_read_well_on_a_phone(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    for number in range(CASES):
        await file_case(
            services.intake,
            5000 + number,
            category=CATEGORIES[number % len(CATEGORIES)],
            country=COUNTRIES[number % len(COUNTRIES)],
            province=PROVINCES[number % len(PROVINCES)],
            story=LONG_STORY if number == 0 else f"Laporan nomor {number}: gaji belum dibayar.",
            agency="PT Sumber Rejeki Abadi Internasional Sejahtera Bersama"
            if number == 0
            else "PT Maju Jaya",
            urgent=number % 7 == 0,
        )
    link = await login_link(standin, standin.private_user(OFFICER, "Petugas"))
    base = case_config.web.public_url
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    async with chromium() as browser:
        context = await browser.new_context(viewport=PHONE)
        page = await context.new_page()
        await page.goto(link)
        await page.click("#masuk")
        await page.wait_for_selector("#count")
        await page.screenshot(path=str(SCREENSHOTS / "fifty-queue-phone.png"), full_page=True)
        await page.screenshot(path=str(SCREENSHOTS / "fifty-queue-phone-first-screen.png"))
        assert await page.inner_text("#count") == "1–30 dari 50"
        assert await page.evaluate(WIDER_THAN_SCREEN) == []
        # The filters fold away: the first screen shows cases, at least five of them.
        assert not await page.locator("#filters").evaluate("box => box.open")
        visible = await page.locator("table.queue.cases tbody tr").evaluate_all(
            "rows => rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length"
        )
        assert visible >= 5
        # The whole card is the link: a tap on its category line opens the case.
        first_row = page.locator("table.queue.cases tbody tr").first
        ticket = await first_row.locator("td.c-ticket").inner_text()
        await page.click("text=Berikutnya")
        await page.wait_for_selector("text=31–50 dari 50")
        await page.goto(base + "/")
        category = (
            await page.locator("table.queue.cases tbody tr").first.locator("td.c-category").bounding_box()
        )
        assert category is not None
        await page.mouse.click(category["x"] + category["width"] / 2, category["y"] + category["height"] / 2)
        await page.wait_for_selector("#ticket")
        assert (await page.inner_text("#ticket")).startswith(ticket)

        await page.goto(f"{base}/kasus/1")
        assert "<" not in await page.title()
        await page.screenshot(path=str(SCREENSHOTS / "fifty-case-phone.png"), full_page=True)
        await page.screenshot(path=str(SCREENSHOTS / "fifty-case-phone-first-screen.png"))
        assert await page.evaluate(WIDER_THAN_SCREEN) == []
        # On a phone the conversation comes before the actions: read, then reply.
        thread_top = await page.locator(".case-thread").evaluate("el => el.getBoundingClientRect().top")
        actions_top = await page.locator("#aksi").evaluate("el => el.getBoundingClientRect().top")
        assert thread_top < actions_top
        assert "Belum ada pesan." in await page.inner_text("#thread")

        await page.goto(f"{base}/laporan")
        for chart in ("#chart-time svg", "#chart-province svg", "#chart-country svg"):
            await page.wait_for_selector(chart)
        await page.screenshot(path=str(SCREENSHOTS / "fifty-reports-phone.png"), full_page=True)
        await page.screenshot(path=str(SCREENSHOTS / "fifty-reports-phone-first-screen.png"))
        assert await page.evaluate(WIDER_THAN_SCREEN) == []
        # Places are named on the bars' axis, not in a colour legend a reader must decode.
        assert "Nusa Tenggara Barat" in await page.inner_text("#chart-province")

        await page.set_viewport_size(DESKTOP)
        await page.goto(f"{base}/kasus/1")
        fields = await page.locator(".case-fields").bounding_box()
        actions = await page.locator("#aksi").bounding_box()
        assert fields is not None
        assert actions is not None
        assert actions["x"] > fields["x"] + fields["width"] - 1  # beside the case, not below it
        await page.goto(base + "/")
        assert await page.locator("#filters").evaluate("box => box.open")
        await context.close()
