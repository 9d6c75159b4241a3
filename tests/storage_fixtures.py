"""Database fixtures for the repository and service tests: a fresh SQLite file per test, and the same on
PostgreSQL (a schema of its own per test) when TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from storage.db import Database
from storage.migrate import upgrade_database
from storage.models.staff import StaffRole
from storage.services.cases import CaseQueue
from storage.services.intake import IntakeService
from storage.services.rules import QueuePolicy
from storage.services.staff import StaffDirectory
from storage.services.timers import TimerSweep

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL.startswith("postgresql") else [])

ADMIN_ID = 9001
OFFICER_ID = 9002
STRANGER_ID = 4242


@pytest.fixture(params=BACKENDS)
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        db = Database.connect(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
        await upgrade_database(db)
        try:
            yield db
        finally:
            await db.dispose()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_URL)
    async with admin.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_async_engine(POSTGRES_URL, connect_args={"server_settings": {"search_path": schema}})
    db = Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))
    try:
        await upgrade_database(db)
        yield db
    finally:
        await db.dispose()
        async with admin.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


@pytest.fixture
def policy() -> QueuePolicy:
    return QueuePolicy(ticket_prefix="ADU")


@pytest.fixture
def staff(database: Database) -> StaffDirectory:
    return StaffDirectory(database, {ADMIN_ID: StaffRole.ADMIN, OFFICER_ID: StaffRole.OFFICER})


@pytest.fixture
def intake(database: Database, policy: QueuePolicy) -> IntakeService:
    return IntakeService(database, policy)


@pytest.fixture
def queue(database: Database, staff: StaffDirectory, policy: QueuePolicy) -> CaseQueue:
    return CaseQueue(database, staff, policy)


@pytest.fixture
def sweep(database: Database, policy: QueuePolicy) -> TimerSweep:
    return TimerSweep(database, policy)


async def walk_draft(
    intake: IntakeService,
    user_id: int,
    *,
    category: str = "unpaid_wages",
    story: str = "Gaji saya tidak dibayar 3 bulan",
    agency: str | None = "PT Maju Jaya",
    country: str | None = "Malaysia",
    province: str | None = "Jawa Timur",
    phone: str | None = "081234567890",
    urgent: bool = False,
) -> None:
    """Answer every intake step, leaving the draft at the confirmation step."""
    from storage.services.intake import Step

    await intake.start(user_id, user_id, "id", urgent=urgent)
    await intake.answer(user_id, Step.CONSENT, "yes")
    await intake.answer(user_id, Step.REPORTER, "worker")
    await intake.answer(user_id, Step.CATEGORY, category)
    for step, value in ((Step.COUNTRY, country), (Step.PROVINCE, province), (Step.AGENCY, agency)):
        if value is None:
            await intake.skip(user_id, step)
        else:
            await intake.answer(user_id, step, value)
    await intake.answer(user_id, Step.STORY, story)
    await intake.skip(user_id, Step.ATTACHMENTS)
    if phone is None:
        await intake.skip(user_id, Step.PHONE)
    else:
        await intake.answer(user_id, Step.PHONE, phone)


async def file_case(intake: IntakeService, user_id: int, update_key: str | None = None, **answers: object):  # type: ignore[no-untyped-def]
    await walk_draft(intake, user_id, **answers)  # type: ignore[arg-type]
    filed = await intake.file(user_id, update_key=update_key, complainant_name="Siti")
    return filed.case
