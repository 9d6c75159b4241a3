"""What an officer who had never seen the code ran into in the console, each checked where she met it:
pages that refuse say why and lead back, an editor lands on her own page, the queue says what it leaves
out, the status form asks only what the status needs, a reply's notice names its author and text, the
decision the worker was sent stands in the conversation, the reports count weeks from Monday, the CSV
opens in an Indonesian spreadsheet, and a stored "photo" that is no image is offered as a download."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from bot.web import secret_key
from handlers.case_notify import staff_view
from handlers.web.common import SESSION_COOKIE, cookie_signer
from handlers.web.reports import week_index, week_starts
from storage.models.cases import CaseStatus, WaitingReason
from storage.models.staff import StaffRole
from tests.bot_fixtures import with_api
from tests.complaint_helpers import (
    ADMIN,
    OFFICER,
    PROVINCE_OFFICER,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
)
from tests.console_helpers import chromium, console_config, login_link
from tests.test_console_access import session_cookie

EDITOR = 7301
SELF_DEMOTING_ADMIN = 7302
JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def case_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppConfig:
    # As `make run` has it: attachments kept under a path relative to the bot's working directory.
    monkeypatch.chdir(tmp_path)
    config = console_config(tmp_path)
    complaints = config.complaints.model_copy(update={"attachments_dir": Path("data/attachments")})
    return config.model_copy(update={"complaints": complaints})


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


async def signed_in_client(
    services: Services, config: AppConfig, user_id: int
) -> tuple[httpx.AsyncClient, str]:
    cookie = await session_cookie(services, config, user_id)
    signed = await services.console.current(cookie_signer(secret_key(config)).loads(cookie))
    assert signed is not None
    client = httpx.AsyncClient(base_url=config.web.public_url, cookies={SESSION_COOKIE: cookie})
    return client, signed.csrf_token


async def one_case(standin: BotApiStandIn, services: Services) -> None:
    worker = standin.private_user(4501, "Siti")
    await file_report(standin, worker, story="Majikan mengunci saya di rumah.", phone="081234567890")
    await next_message(standin, STAFF_CHAT)
    standin.mark_read(STAFF_CHAT)
    await standin.send_text(worker, "Alamat saya Taman Molek blok C")
    for _ in range(100):
        if len((await services.cases.detail(OFFICER, 1)).messages) >= 1:
            break
        await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    standin.mark_read(STAFF_CHAT)


async def test_refusals_say_why_and_lead_back_and_an_editor_lands_on_her_page(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    await one_case(standin, services)
    await services.staff_directory.add_officer(ADMIN, EDITOR, StaffRole.EDITOR, name="Eka")
    await services.staff_directory.add_officer(ADMIN, SELF_DEMOTING_ADMIN, StaffRole.ADMIN, name="Ratna")

    editor, _ = await signed_in_client(services, case_config, EDITOR)
    async with editor:
        landing = await editor.get("/", follow_redirects=True)
        assert landing.url.path == "/konten"
        refused = await editor.get("/kasus/1")
        assert refused.status_code == 403
        assert "editor konten" in refused.text
        assert 'href="/konten" id="back"' in refused.text
        assert "ADU-000001" not in refused.text

    officer, _ = await signed_in_client(services, case_config, OFFICER)
    async with officer:
        refused = await officer.get("/petugas")
        assert refused.status_code == 403
        assert "hanya untuk admin" in refused.text
        assert 'href="/" id="back"' in refused.text
        assert 'href="/laporan"' in refused.text  # the menu is there

    other, _ = await signed_in_client(services, case_config, PROVINCE_OFFICER)
    async with other:
        queue = await other.get("/")
        assert "Hanya kasus provinsi Anda: Nusa Tenggara Barat." in queue.text
        outside = await other.get("/kasus/1")
        assert outside.status_code == 404
        assert "tidak ditemukan atau di luar provinsi Anda" in outside.text
        missing = await other.get("/kasus/999")
        assert missing.text == outside.text  # whether it exists is not told

    demoting, csrf = await signed_in_client(services, case_config, SELF_DEMOTING_ADMIN)
    async with demoting:
        saved = await demoting.post(
            "/petugas/tambah",
            data={"csrf": csrf, "user_id": str(SELF_DEMOTING_ADMIN), "role": "editor", "name": "Ratna"},
            follow_redirects=True,
        )
        assert saved.status_code == 200
        assert saved.url.path == "/konten"
        out = await demoting.post("/keluar", data={"csrf": csrf})
        assert "Anda sudah keluar" in out.text


async def test_queue_names_what_it_leaves_out_and_searches_what_the_worker_wrote(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    await one_case(standin, services)
    officer, _ = await signed_in_client(services, case_config, OFFICER)
    async with officer:
        found = await officer.get("/", params={"q": "taman molek"})
        assert "ADU-000001" in found.text
        assert 'id="search-all"' in found.text
        assert "status=all" in found.text
        everywhere = await officer.get("/", params={"q": "taman molek", "status": "all"})
        assert 'id="search-all"' not in everywhere.text
        assert "ADU-000001" in everywhere.text
        odd = await officer.get("/", params={"status": "zzz", "sort": "nope"})
        assert "Saringan tidak dikenal, diabaikan: status=zzz, sort=nope" in odd.text
        assert "ADU-000001" in odd.text  # ignored, not an empty page
        plain = await officer.get("/")
        assert 'id="unknown"' not in plain.text
        assert 'id="scope"' not in plain.text  # she sees every province


async def test_case_page_actions_say_what_is_missing_and_show_what_the_worker_was_sent(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    await one_case(standin, services)
    officer, csrf = await signed_in_client(services, case_config, OFFICER)
    async with officer:
        page = await officer.get("/kasus/1")
        phone = (await services.cases.detail(OFFICER, 1)).case.phone
        assert phone
        assert f'<a href="tel:{phone}" id="phone">{phone}</a>' in page.text
        assert "· id<" not in page.text
        assert 'value="waiting_documents"' in page.text
        assert 'data-needed-for="referred"' in page.text

        await officer.post("/kasus/1/ambil", data={"csrf": csrf})
        no_reason = await officer.post("/kasus/1/status", data={"csrf": csrf, "status": "rejected"})
        assert "Alasan+belum+diisi" in no_reason.headers["location"].replace("%20", "+")
        no_agency = await officer.post(
            "/kasus/1/status", data={"csrf": csrf, "status": "referred", "reason_text": "wewenang KBRI"}
        )
        assert "Instansi" in httpx.URL(no_agency.headers["location"]).params["err"]

        await officer.post(
            "/kasus/1/status",
            data={"csrf": csrf, "status": "waiting_documents", "question": "Kirim foto paspor Anda"},
        )
        case = (await services.cases.detail(OFFICER, 1)).case
        assert (case.status, case.waiting_reason) == (
            CaseStatus.WAITING_FOR_COMPLAINANT,
            WaitingReason.DOCUMENTS,
        )

        standin.mark_read(STAFF_CHAT)
        await officer.post("/kasus/1/balas", data={"csrf": csrf, "text": "Kami hubungi KBRI malam ini"})
        notices = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
        author = (await staff_view(services)).who(OFFICER)
        assert any(
            "Terkirim ke pelapor" in n.plain_text
            and author in n.plain_text
            and "Kami hubungi KBRI malam ini" in n.plain_text
            for n in notices
        ), [n.plain_text for n in notices]

        await officer.post(
            "/kasus/1/status",
            data={
                "csrf": csrf,
                "status": "referred",
                "reason_text": "Perlu pendampingan",
                "agency": "KBRI KL",
            },
        )
        page = await officer.get("/kasus/1")
        thread = page.text.split('id="thread"')[1].split("</ol>")[0]
        assert "kami teruskan ke KBRI KL" in thread
        assert "keputusan yang dikirim ke pelapor" in thread
        assert '<div class="muted trail-text">Instansi: KBRI KL\nPerlu pendampingan</div>' in page.text


async def test_a_fake_photo_is_a_download_and_a_missing_file_is_not_a_missing_case(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    await one_case(standin, services)
    worker = standin.private_user(4501, "Siti")
    await standin.send_photo(worker)  # the stand-in's "photo": 15 bytes that are no image
    for _ in range(100):
        attachments = (await services.cases.detail(OFFICER, 1)).attachments
        if attachments and attachments[0].stored_path:
            break
        await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    (photo,) = attachments
    assert photo.stored_path is not None
    assert not Path(photo.stored_path).is_absolute()  # the path as `make run` records it
    officer, _ = await signed_in_client(services, case_config, OFFICER)
    async with officer:
        page = await officer.get("/kasus/1")
        assert f'<img src="/kasus/1/lampiran/{photo.id}"' not in page.text
        assert "(foto tidak dapat ditampilkan, buka untuk mengunduh)" in page.text
        served = await officer.get(f"/kasus/1/lampiran/{photo.id}")
        assert served.status_code == 200
        stored = Path(photo.stored_path)
        assert served.content == await asyncio.to_thread(stored.read_bytes)
        assert served.headers["content-disposition"].startswith("attachment")

        await asyncio.to_thread(stored.unlink)
        gone = await officer.get(f"/kasus/1/lampiran/{photo.id}")
        assert gone.status_code == 404
        assert "Berkas ini tidak ada lagi" in gone.text
        assert "Kasus tidak ditemukan" not in gone.text
        assert "tidak tersimpan di server" in (await officer.get("/kasus/1")).text


async def test_csv_opens_in_an_indonesian_spreadsheet_with_names_local_times_and_decisions(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    await one_case(standin, services)
    await services.staff_directory.add_officer(ADMIN, 7303, StaffRole.OFFICER, name="Ratna")
    officer, csrf = await signed_in_client(services, case_config, 7303)
    async with officer:
        await officer.post("/kasus/1/ambil", data={"csrf": csrf})
        await officer.post("/kasus/1/balas", data={"csrf": csrf, "text": "Kami cek"})
        await officer.post(
            "/kasus/1/status",
            data={"csrf": csrf, "status": "resolved", "reason_text": "Sudah dipulangkan"},
        )
        exported = await officer.get("/laporan.csv?hari=30")
        comma = await officer.get("/laporan.csv?hari=30&pisah=koma")
    assert exported.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig")), delimiter=";"))
    header, row = rows
    cell = dict(zip(header, row, strict=True))
    case = (await services.cases.detail(OFFICER, 1)).case
    created = case.created_at.replace(tzinfo=UTC) if case.created_at.tzinfo is None else case.created_at
    assert cell["Masuk"] == created.astimezone(JAKARTA).strftime("%Y-%m-%d %H:%M")
    assert (cell["Status"], cell["Petugas"], cell["Alasan"]) == ("Selesai", "Ratna", "Sudah dipulangkan")
    assert cell["Balasan pertama"]
    assert "," in cell["Jam ke balasan pertama"]
    assert cell["Kategori"] != "unpaid_wages"
    comma_rows = list(csv.reader(io.StringIO(comma.text)))
    assert comma_rows[0] == header
    assert not comma.content.startswith("\ufeff".encode())


def test_report_weeks_start_on_monday_in_office_time() -> None:
    # Sunday 6 December 2026, 10:00 in Jakarta: the last 30 days overlap the weeks of 2 Nov ... 30 Nov.
    now = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
    mondays = week_starts(now, 30, JAKARTA)
    assert mondays[0] == date(2026, 11, 2)
    assert mondays[-1] == date(2026, 11, 30)
    assert all(monday.weekday() == 0 for monday in mondays)
    # Filed on Sunday 6 December: the week named 30-11, not 29-11.
    assert mondays[week_index(now, mondays, JAKARTA)] == date(2026, 11, 30)
    # Monday 30 November 00:30 in Jakarta is still Sunday in UTC: the office's week counts.
    assert mondays[week_index(datetime(2026, 11, 29, 17, 30, tzinfo=UTC), mondays, JAKARTA)] == date(
        2026, 11, 30
    )


async def test_konsol_in_the_private_chat_gets_one_answer(
    standin: BotApiStandIn, console_bot: BotApplication
) -> None:
    officer = standin.private_user(OFFICER, "Petugas")
    link = await login_link(standin, officer)
    assert "/masuk?t=" in link
    stranger = standin.private_user(4589, "Orang Luar")
    await standin.send_text(stranger, "/konsol")
    await next_message(standin, stranger.id)
    for chat in (officer.id, stranger.id):
        with pytest.raises(TimeoutError):
            await standin.wait_for_bot_messages(chat, 1, timeout=1.5)


@pytest.mark.timeout(120)
async def test_status_form_asks_only_what_the_status_needs_and_take_over_asks_first(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    await one_case(standin, services)
    await services.cases.claim(ADMIN, 1)
    link = await login_link(standin, standin.private_user(OFFICER, "Petugas"))
    async with chromium() as browser:
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await page.goto(link)
        await page.click("#masuk")
        await page.wait_for_selector("#count")
        await page.goto(f"{case_config.web.public_url}/kasus/1")
        visible = "el => !el.closest('[hidden]')"

        async def shown(selector: str) -> bool:
            return bool(await page.eval_on_selector(selector, visible))

        await page.select_option("#status-select", "waiting_for_complainant")
        assert await shown("input[name=question]")
        assert not await shown("#reason-select")
        assert not await shown("input[name=agency]")
        await page.select_option("#status-select", "referred")
        assert await shown("#reason-select")
        assert await shown("input[name=agency]")
        assert not await shown("input[name=question]")
        groups = await page.eval_on_selector_all(
            "#reason-select optgroup", "gs => gs.filter(g => !g.disabled).map(g => g.dataset.status)"
        )
        assert set(groups) <= {"referred"}

        dialogs: list[str] = []

        async def answer(dialog: object, accept: bool) -> None:
            dialogs.append(dialog.message)  # type: ignore[attr-defined]
            await (dialog.accept() if accept else dialog.dismiss())  # type: ignore[attr-defined]

        page.once("dialog", lambda d: answer(d, False))
        await page.click("#claim")
        await page.wait_for_timeout(500)
        assert (await services.cases.detail(OFFICER, 1)).case.assigned_to == ADMIN
        page.once("dialog", lambda d: answer(d, True))
        async with page.expect_navigation():
            await page.click("#claim")
        assert (await services.cases.detail(OFFICER, 1)).case.assigned_to == OFFICER
        assert len(dialogs) == 2
        assert dialogs[0].startswith("Ambil alih kasus ini dari")
