"""Every console route tried by those who must get nothing: no session, an expired session, forged
cookies, a login link used before, an officer of another province, and a cross-site post without the CSRF
token. Counted: responses that reveal any of the case's data, and attempts that changed anything."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from bot.web import secret_key
from handlers.web.common import SESSION_COOKIE, cookie_signer
from storage.base import utcnow
from storage.models.cases import Case, CaseEvent, CaseMessage
from storage.models.console import ProposedPhrasing
from storage.models.staff import StaffMemberRecord
from tests.bot_fixtures import with_api
from tests.complaint_helpers import (
    OFFICER,
    PROVINCE_OFFICER,
    STAFF_CHAT,
    file_report,
    next_message,
    prepare_chats,
)
from tests.console_helpers import console_config, login_link

SECRETS = ("ADU-000001", "Siti", "Penang", "PT Maju Jaya", "Jawa Timur", "PNG bukti", "bukti transfer")


@dataclass(frozen=True)
class Attempt:
    method: str
    path: str
    form: dict[str, str] | None = None


def attempts(case_id: int, attachment_id: int) -> list[Attempt]:
    case = f"/kasus/{case_id}"
    return [
        Attempt("GET", "/"),
        Attempt("GET", "/?status=all&q=majikan"),
        Attempt("GET", case),
        Attempt("GET", f"{case}/lampiran/{attachment_id}"),
        Attempt("GET", "/laporan?hari=365"),
        Attempt("GET", "/laporan.csv?hari=365"),
        Attempt("POST", f"{case}/ambil", {}),
        Attempt("POST", f"{case}/status", {"status": "rejected", "reason_text": "bukan wewenang"}),
        Attempt("POST", f"{case}/prioritas", {"priority": "urgent"}),
        Attempt("POST", f"{case}/catatan", {"text": "catatan penyusup"}),
        Attempt("POST", f"{case}/balas", {"text": "pesan penyusup"}),
        Attempt("GET", f"{case}/versi"),
        Attempt("GET", "/konten"),
        Attempt("GET", "/konten/patch.yaml"),
        Attempt("POST", "/konten/usul", {"question": "apa itu", "entry_id": "jalur-resmi"}),
        Attempt("POST", "/konten/putuskan", {"id": "1", "accept": "1"}),
        Attempt("GET", "/petugas"),
        Attempt("POST", "/petugas/tambah", {"user_id": "5555", "role": "admin"}),
        Attempt("POST", "/petugas/hapus", {"user_id": str(PROVINCE_OFFICER)}),
    ]


@pytest.fixture
def case_config(tmp_path: Path) -> AppConfig:
    return console_config(tmp_path)


@pytest.fixture
async def console_bot(case_config: AppConfig, standin: BotApiStandIn) -> AsyncIterator[BotApplication]:
    prepare_chats(standin)
    async with running_bot(with_api(case_config, standin)) as app:
        yield app


async def snapshot(services: Services, standin: BotApiStandIn, worker_id: int) -> tuple[object, ...]:
    async with services.database.sessions() as session:
        case = (await session.execute(select(Case))).scalar_one()
        events = (await session.execute(select(func.count()).select_from(CaseEvent))).scalar_one()
        messages = (await session.execute(select(func.count()).select_from(CaseMessage))).scalar_one()
        staff = (await session.execute(select(func.count()).select_from(StaffMemberRecord))).scalar_one()
        phrasings = (await session.execute(select(func.count()).select_from(ProposedPhrasing))).scalar_one()
    return (
        staff,
        phrasings,
        case.status,
        case.priority,
        case.assigned_to,
        case.updated_at,
        events,
        messages,
        len(standin.bot_messages(worker_id)),
    )


async def session_cookie(
    services: Services, config: AppConfig, user_id: int, *, expired: bool = False
) -> str:
    """A session opened the ordinary way (through a link token); `expired`: opened long ago."""
    then = utcnow() - timedelta(hours=3) if expired else None
    token = await services.console.issue_link_token(user_id, now=then)
    opened = await services.console.redeem(token, now=then)
    return cookie_signer(secret_key(config)).dumps(opened.session_id)


async def test_nobody_outside_gets_case_data_or_changes_anything(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    services: Services = console_bot.bot_data["services"]
    worker = standin.private_user(4401, "Siti")
    await file_report(standin, worker, story="Gaji belum dibayar. Majikan di Penang.")
    await next_message(standin, STAFF_CHAT)
    await standin.send_photo(worker, data=b"\x89PNG bukti", caption="bukti transfer")
    await standin.wait_for_bot_messages(STAFF_CHAT, 2, timeout=10)
    detail = await services.cases.detail(OFFICER, 1)
    (attachment,) = detail.attachments
    base = case_config.web.public_url

    # A link already used by its officer, tried again by whoever saw it.
    officer = standin.private_user(OFFICER, "Petugas")
    used = await login_link(standin, officer)
    token = used.split("t=")[1]
    async with httpx.AsyncClient(base_url=base) as first:
        assert (await first.post("/masuk", data={"t": token})).status_code == 303
    officer_cookie = await session_cookie(services, case_config, OFFICER)
    province_cookie = await session_cookie(services, case_config, PROVINCE_OFFICER)
    province_csrf = await services.console.current(
        cookie_signer(secret_key(case_config)).loads(province_cookie)
    )
    assert province_csrf is not None
    forged_with_other_key = cookie_signer("not-the-server-key").dumps(
        cookie_signer(secret_key(case_config)).loads(officer_cookie)
    )

    scenarios: dict[str, tuple[dict[str, str], str | None, bool]] = {
        # name: (cookies, CSRF token sent with posts, only posts)
        "no session": ({}, None, False),
        "expired session": (
            {SESSION_COOKIE: await session_cookie(services, case_config, OFFICER, expired=True)},
            None,
            False,
        ),
        "forged cookie": ({SESSION_COOKIE: "eyJhIjoiYiJ9.forged"}, None, False),
        "cookie signed with another key": ({SESSION_COOKIE: forged_with_other_key}, None, False),
        "used login link": ({}, None, False),
        "officer of another province": ({SESSION_COOKIE: province_cookie}, province_csrf.csrf_token, False),
        "cross-site post without CSRF": ({SESSION_COOKIE: officer_cookie}, None, True),
        "cross-site post with a wrong CSRF": ({SESSION_COOKIE: officer_cookie}, "x" * 32, True),
    }
    tried = revealed = changed = 0
    failures: list[str] = []
    for name, (cookies, csrf, posts_only) in scenarios.items():
        async with httpx.AsyncClient(
            base_url=base, cookies=cookies, headers={"Origin": "https://evil.example"}
        ) as client:
            if name == "used login link":
                again = await client.post("/masuk", data={"t": token})
                assert again.status_code == 401
                assert SESSION_COOKIE not in again.cookies
            for attempt in attempts(1, attachment.id):
                if posts_only and attempt.method != "POST":
                    continue
                before = await snapshot(services, standin, worker.id)
                if attempt.method == "GET":
                    response = await client.get(attempt.path)
                else:
                    form = dict(attempt.form or {})
                    if csrf is not None:
                        form["csrf"] = csrf
                    response = await client.post(attempt.path, data=form)
                after = await snapshot(services, standin, worker.id)
                tried += 1
                body = response.content.decode("utf-8", "replace")
                leaks = [secret for secret in SECRETS if secret in body]
                if leaks:
                    revealed += 1
                    failures.append(f"{name} {attempt.method} {attempt.path}: revealed {leaks}")
                if before != after:
                    changed += 1
                    failures.append(f"{name} {attempt.method} {attempt.path}: changed {before} -> {after}")
                assert response.status_code in (200, 401, 403, 404), (name, attempt, response.status_code)
    print(f"console access: {tried} attempts, {revealed} revealed case data, {changed} changed something")
    routes = attempts(1, attachment.id)
    posts = sum(1 for attempt in routes if attempt.method == "POST")
    assert tried == 6 * len(routes) + 2 * posts
    assert failures == []
    assert (revealed, changed) == (0, 0)

    # The same routes with the officer's own session do work: the refusals above are not a broken console.
    async with httpx.AsyncClient(base_url=base, cookies={SESSION_COOKIE: officer_cookie}) as client:
        page = await client.get("/kasus/1")
        assert page.status_code == 200
        assert "ADU-000001" in page.text
        assert "Siti" in page.text
        assert (await client.get(f"/kasus/1/lampiran/{attachment.id}")).content == b"\x89PNG bukti"
    audit = await services.console.audit(case_id=1)
    assert [record.action for record in audit][:2] == ["attachment", "view_case"]

    # Signing out ends the session on the server: the same cookie opens nothing afterwards.
    opened = cookie_signer(secret_key(case_config)).loads(officer_cookie)
    signed = await services.console.current(opened)
    assert signed is not None
    async with httpx.AsyncClient(base_url=base, cookies={SESSION_COOKIE: officer_cookie}) as client:
        assert (await client.post("/keluar", data={"csrf": signed.csrf_token})).status_code == 200
    async with httpx.AsyncClient(base_url=base, cookies={SESSION_COOKIE: officer_cookie}) as client:
        assert (await client.get("/kasus/1")).status_code == 401


async def test_konsol_gives_links_to_staff_only_and_sign_in_attempts_are_limited(
    standin: BotApiStandIn, console_bot: BotApplication, case_config: AppConfig
) -> None:
    stranger = standin.private_user(4488, "Orang Luar")
    await standin.send_text(stranger, "/konsol")
    answer = await next_message(standin, stranger.id)
    assert "hanya untuk petugas" in answer.plain_text
    assert "/masuk" not in answer.plain_text
    limit = case_config.web.login_attempts_per_minute
    async with httpx.AsyncClient(base_url=case_config.web.public_url) as client:
        codes = [
            (await client.post("/masuk", data={"t": f"guess-{n}"})).status_code for n in range(limit + 2)
        ]
    assert codes == [401] * limit + [429, 429]
