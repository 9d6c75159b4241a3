"""A case's files in a real browser (Debian's chromium, headless): the worker's voice note plays (an audio
element fed Ogg Opus as audio/ogg), her photo shows, her PDF opens inline and an HTML "document" only
downloads; an officer of another province and a browser without a session get none of them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.models.cases import Attachment
from tests.bot_fixtures import with_api
from tests.complaint_helpers import (
    OFFICER,
    PROVINCE_OFFICER,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
)
from tests.console_helpers import SCREENSHOTS, chromium, console_config, login_link
from tests.media_samples import png, voice_note

PHONE = {"width": 390, "height": 844}
PDF = b"%PDF-1.4 kontrak kerja"
HTML_DOCUMENT = b"<script>document.title='dijalankan'</script>"

# Loads the voice note's metadata, then plays it muted for a moment: what "playable" means to a browser.
PLAY_VOICE = """async () => {
  const audio = document.querySelector("audio");
  if (audio.error) return {error: audio.error.code};
  if (audio.readyState < 1) {
    await new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error("no metadata in 5 s")), 5000);
      audio.addEventListener("loadedmetadata", resolve, {once: true});
      const failed = () => reject(new Error("media error " + audio.error.code));
      audio.addEventListener("error", failed, {once: true});
    });
  }
  audio.muted = true;
  await audio.play();
  await new Promise((resolve) => setTimeout(resolve, 400));
  return {duration: audio.duration, time: audio.currentTime, error: audio.error && audio.error.code};
}"""


@pytest.fixture
def case_config(tmp_path: Path) -> AppConfig:
    return console_config(tmp_path)


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


async def stored_attachments(services: Services, count: int) -> list[Attachment]:
    for _ in range(100):
        attachments = [a for a in (await services.cases.detail(OFFICER, 1)).attachments if a.stored_path]
        if len(attachments) >= count:
            return attachments
        await asyncio.sleep(0.1)
    raise AssertionError("the attachments were not stored")


@pytest.mark.timeout(180)
async def test_a_voice_note_plays_and_files_show_only_to_officers_of_the_case(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    worker = standin.private_user(4311, "Rina")
    await file_report(standin, worker, story="Majikan memukul saya.")  # a case of Jawa Timur
    await next_message(standin, STAFF_CHAT)
    voice = voice_note()
    await standin.send_voice(worker, duration=1, data=voice)
    await standin.send_photo(worker, data=png(4, 3))
    await standin.send_document(worker, data=PDF, file_name="kontrak.pdf")
    await standin.send_document(worker, data=HTML_DOCUMENT, file_name="surat.html", mime_type="text/html")
    voice_file, photo, pdf, html_document = await stored_attachments(services, 4)
    base = case_config.web.public_url
    urls = {
        name: f"{base}/kasus/1/lampiran/{a.id}"
        for name, a in (("voice", voice_file), ("photo", photo), ("pdf", pdf), ("html", html_document))
    }
    officer_link = await login_link(standin, standin.private_user(OFFICER, "Petugas"))
    other_link = await login_link(standin, standin.private_user(PROVINCE_OFFICER, "Nia"))

    async with chromium() as browser:
        context = await browser.new_context(viewport=PHONE)
        page = await context.new_page()
        await page.goto(officer_link)
        await page.click("#masuk")
        await page.wait_for_selector("#count")
        await page.goto(f"{base}/kasus/1")
        await page.wait_for_selector("audio")
        assert await page.get_attribute("audio", "src") == urls["voice"].removeprefix(base)
        played = await page.evaluate(PLAY_VOICE)
        assert played["error"] is None
        assert 0.9 <= played["duration"] <= 1.1
        assert played["time"] > 0
        served = await page.request.get(urls["voice"])
        assert served.headers["content-type"] == "audio/ogg"
        assert await served.body() == voice

        image = page.locator(".attachments img")
        await image.scroll_into_view_if_needed()
        await page.wait_for_function("document.querySelector('.attachments img').complete")
        assert await image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [4, 3]
        pdf_response = await page.request.get(urls["pdf"])
        assert pdf_response.headers["content-type"] == "application/pdf"
        assert pdf_response.headers["content-disposition"].startswith("inline")
        assert await pdf_response.body() == PDF
        assert await page.inner_text(f"a[href='{urls['html'].removeprefix(base)}']") == "📄 surat.html"
        html_response = await page.request.get(urls["html"])
        assert html_response.headers["content-type"] == "application/octet-stream"
        assert html_response.headers["content-disposition"].startswith("attachment")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(SCREENSHOTS / "case-attachments-phone.png"), full_page=True)
        await context.close()

        # An officer of Nusa Tenggara Barat: neither the case nor any of its files.
        context = await browser.new_context(viewport=PHONE)
        page = await context.new_page()
        await page.goto(other_link)
        await page.click("#masuk")
        await page.wait_for_selector("#count")
        response = await page.goto(f"{base}/kasus/1")
        assert response is not None
        assert response.status == 404
        assert await page.locator("audio").count() == 0
        for url in urls.values():
            refused = await page.request.get(url)
            assert refused.status == 404
            assert await refused.body() not in (voice, PDF, HTML_DOCUMENT)
        await context.close()

        # No session at all.
        context = await browser.new_context(viewport=PHONE)
        for url in urls.values():
            refused = await context.request.get(url, max_redirects=0)
            assert refused.status in (303, 401, 403)
            assert b"OggS" not in await refused.body()
        await context.close()
