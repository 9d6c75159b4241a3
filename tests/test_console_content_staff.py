"""The console's content gaps and staff admin: an admin adds an editor; the editor sees the questions the
FAQ served badly with the closest entry, proposes and accepts a phrasing and downloads the YAML patch
(checked with faq lint first, and with faq eval on the configured labelled sets: a patch that makes them
worse is refused with its figures), and can do nothing with cases; officers see neither page."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import yaml

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from bot.web import secret_key
from faq.patch import check_patch
from handlers.web.common import SESSION_COOKIE, cookie_signer
from storage.models.questions import QuestionEventKind
from storage.models.staff import StaffRole
from tests.bot_fixtures import with_api
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT, file_report, next_message, prepare_chats
from tests.console_helpers import console_config

EDITOR = 9020
GAP_QUESTION = "zqx brp lama proses klaim asuransi kapal pesiar norwegia"


# Questions of the official-route entry, labelled as such; filed under the G-to-G entry they answer G to G.
OFFICIAL_ROUTE = ("gmn cara kerja ke LN yg resmi", "jalur apa aja kalo mau jd TKI legal")
LABELLED_SET = {
    "cases": [
        *({"q": question, "ok": ["jalur-resmi"]} for question in OFFICIAL_ROUTE),
        {"q": "apa itu G to G", "ok": ["jalur-g2g"]},
    ],
    "out_of_scope": ["resep rendang padang yang enak"],
}


@pytest.fixture
def case_config(tmp_path: Path) -> AppConfig:
    return console_config(tmp_path)


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


async def signed_in(services: Services, config: AppConfig, user_id: int) -> tuple[dict[str, str], str]:
    token = await services.console.issue_link_token(user_id)
    opened = await services.console.redeem(token)
    return {
        SESSION_COOKIE: cookie_signer(secret_key(config)).dumps(opened.session_id)
    }, opened.signed_in.csrf_token


async def test_an_editor_turns_a_gap_into_a_checked_patch_and_never_sees_a_case(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    base = case_config.web.public_url
    worker = standin.private_user(4601, "Ani")
    await file_report(standin, worker)
    await next_message(standin, STAFF_CHAT)
    standin.mark_read(worker.id)
    await standin.send_text(worker, "/batal")
    for _ in range(2):  # what the FAQ handler logs when nothing fits
        await services.questions.record(
            QuestionEventKind.FALLBACK,
            GAP_QUESTION,
            decision="fallback",
            normalized_question=services.faq.normalized(GAP_QUESTION),
        )

    admin_cookies, admin_csrf = await signed_in(services, case_config, ADMIN)
    async with httpx.AsyncClient(base_url=base, cookies=admin_cookies) as admin:
        added = await admin.post(
            "/petugas/tambah",
            data={"csrf": admin_csrf, "user_id": str(EDITOR), "role": "editor", "name": "Eka"},
        )
        assert added.status_code == 303
        assert str(EDITOR) in (await admin.get("/petugas")).text

    editor_cookies, editor_csrf = await signed_in(services, case_config, EDITOR)
    async with httpx.AsyncClient(base_url=base, cookies=editor_cookies) as editor:
        start = await editor.get("/")
        assert (start.status_code, start.headers["location"]) == (303, "/konten")  # her start page
        for path in ("/kasus/1", "/laporan", "/laporan.csv", "/petugas"):
            response = await editor.get(path)
            assert response.status_code == 403, path
            assert "Ani" not in response.text
        claim = await editor.post("/kasus/1/ambil", data={"csrf": editor_csrf})
        assert claim.status_code == 403
        gaps = await editor.get("/konten")
        assert gaps.status_code == 200
        assert GAP_QUESTION in gaps.text
        entry_id = "jalur-resmi"
        proposed = await editor.post(
            "/konten/usul", data={"csrf": editor_csrf, "question": GAP_QUESTION, "entry_id": entry_id}
        )
        assert proposed.status_code == 303
        (proposal,) = await services.phrasings.all(EDITOR)
        await editor.post(
            "/konten/putuskan", data={"csrf": editor_csrf, "id": str(proposal.id), "accept": "1"}
        )
        assert "Lolos faq lint" in await reviewed_page(editor)
        patch = await editor.get("/konten/patch.yaml")
        assert patch.status_code == 200
        assert yaml.safe_load(patch.text) == {
            "entries": [{"id": entry_id, "questions": {"id": [GAP_QUESTION]}}]
        }
    assert (await services.cases.detail(ADMIN, 1)).case.assigned_to is None

    officer_cookies, _ = await signed_in(services, case_config, OFFICER)
    async with httpx.AsyncClient(base_url=base, cookies=officer_cookies) as officer:
        assert (await officer.get("/konten")).status_code == 403
        assert (await officer.get("/petugas")).status_code == 403


def test_a_patch_for_an_unknown_entry_is_not_offered() -> None:
    problems = check_patch({"tidak-ada": {"id": ["apa ini"]}})
    assert [problem.message for problem in problems] == ["unknown entry: tidak-ada"]
    assert check_patch({"jalur-resmi": {"id": ["jalur resmi kerja ke LN lewat mana aja ya"]}}) == []


async def reviewed_page(editor: httpx.AsyncClient) -> str:
    """The content page once the background review of the current patch has finished."""
    for _ in range(600):
        page = (await editor.get("/konten")).text
        if 'http-equiv="refresh"' not in page:
            return page
        await asyncio.sleep(0.2)
    raise AssertionError("the patch review did not finish")


async def test_a_patch_that_makes_the_labelled_sets_worse_is_refused_with_its_figures(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    labelled = tmp_path / "faq_dev_kecil.yaml"
    labelled.write_text(yaml.safe_dump(LABELLED_SET, allow_unicode=True), encoding="utf-8")
    config = console_config(tmp_path)
    config = config.model_copy(update={"web": config.web.model_copy(update={"eval_sets": (labelled,)})})
    prepare_chats(standin)
    async with running_bot(with_api(config, standin)) as app:
        services: Services = app.bot_data["services"]
        await services.staff_directory.add_officer(ADMIN, EDITOR, StaffRole.EDITOR, name="Eka")
        cookies, csrf = await signed_in(services, config, EDITOR)
        async with httpx.AsyncClient(base_url=config.web.public_url, cookies=cookies) as editor:

            async def accept(question: str, entry_id: str) -> None:
                await editor.post(
                    "/konten/usul", data={"csrf": csrf, "question": question, "entry_id": entry_id}
                )
                newest = max(await services.phrasings.all(EDITOR), key=lambda proposal: proposal.id)
                await editor.post(
                    "/konten/putuskan", data={"csrf": csrf, "id": str(newest.id), "accept": "1"}
                )

            for question in OFFICIAL_ROUTE:
                await accept(question, "jalur-g2g")
            first = (await editor.get("/konten")).text
            assert "sedang diperiksa" in first
            assert 'id="patch"' not in first
            page = await reviewed_page(editor)
            assert "Patch ditolak" in page
            assert "faq_dev_kecil: dijawab benar turun 3 →" in page
            assert "patch-scores" in page
            assert 'id="patch"' not in page
            refused = await editor.get("/konten/patch.yaml")
            assert refused.status_code == 303
            assert "ditolak" in (await editor.get(refused.headers["location"])).text

            # Dropping the harmful proposals and accepting a harmless one: reviewed again, and offered.
            for proposal in await services.phrasings.all(EDITOR):
                await editor.post(
                    "/konten/putuskan", data={"csrf": csrf, "id": str(proposal.id), "accept": "0"}
                )
            await accept("jalur resmi kerja ke LN lewat mana aja ya", "jalur-resmi")
            page = await reviewed_page(editor)
            assert "Lolos faq lint dan faq eval" in page
            assert "3 → 3 dari 3" in page
            patch = await editor.get("/konten/patch.yaml")
            assert patch.status_code == 200
            assert yaml.safe_load(patch.text)["entries"][0]["id"] == "jalur-resmi"
