"""The figures an operator alerts on: open urgent cases nobody took, how long the oldest unhandled update
has waited (a backlog count of 0 cannot show updates that stopped), how many instances live; every case
status and every known counter label reported from the start, at 0."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from datetime import timedelta

import httpx
import pytest
from starlette.applications import Starlette

from bot.config import AppConfig
from bot.ops import ops_routes
from bot.run import run_webhook_until_signal
from storage.base import utcnow
from storage.db import Database
from storage.models.inbox import InboxUpdate
from storage.services.health import figures
from storage.services.intake import IntakeService
from storage.services.leases import INSTANCE_PREFIX, LeaseBook
from tests.cluster_helpers import webhook_config
from tests.storage_fixtures import file_case


async def test_figures_for_alerts(database: Database, intake: IntakeService) -> None:
    empty = await figures(database)
    assert (empty.urgent_unclaimed, empty.oldest_unhandled_seconds, empty.live_instances) == (0, 0.0, 0)
    assert empty.cases_by_status["in_progress"] == 0  # every status, even with no case
    await file_case(intake, 1, category="violence", urgent=True)
    await file_case(intake, 2)
    await LeaseBook(database, "a").take(INSTANCE_PREFIX + "a", 60)
    await LeaseBook(database, "b").take(INSTANCE_PREFIX + "b", -1)  # gone
    async with database.sessions.begin() as session:
        session.add(
            InboxUpdate(
                update_key="u:1",
                update_id=1,
                payload={},
                chat_id=5,
                received_at=utcnow() - timedelta(minutes=3),
            )
        )
    now = await figures(database)
    assert now.urgent_unclaimed == 1
    assert now.live_instances == 1
    assert 170 < now.oldest_unhandled_seconds < 600


def test_known_counter_labels_are_reported_at_zero_from_the_start() -> None:
    script = (
        "import bot.metrics; from prometheus_client import generate_latest; print(generate_latest().decode())"
    )
    page = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    for line in (
        'migrasi_webhook_refused_total{reason="secret"} 0.0',
        'migrasi_updates_received_total{via="webhook"} 0.0',
        'migrasi_messages_sent_total{method="sendMessage"} 0.0',
        'migrasi_messages_failed_total{reason="flood"} 0.0',
    ):
        assert line in page


async def test_a_drain_ends_with_a_line_of_its_own(
    standin_config: AppConfig, caplog: pytest.LogCaptureFixture
) -> None:
    stop = asyncio.Event()
    stop.set()  # SIGTERM at once
    with caplog.at_level(logging.INFO, logger="bot.run"):
        await run_webhook_until_signal(webhook_config(standin_config), stop)
    assert caplog.records[-1].getMessage() == "drained and stopped (0 chat(s) were in hand)"


async def _metrics_page(database: Database) -> str:
    app = Starlette(routes=ops_routes(database))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ops") as client:
        return (await client.get("/metrics")).text


async def test_metrics_say_when_the_database_cannot_be_read_and_report_no_stale_figures(
    database: Database,
) -> None:
    page = await _metrics_page(database)
    assert "migrasi_database_up 1.0" in page
    assert "migrasi_inbox_backlog 0.0" in page
    assert "migrasi_live_instances 0.0" in page
    unreachable = Database.connect("postgresql+asyncpg://nobody@127.0.0.1:9/none")  # nothing listens on 9
    try:
        page = await _metrics_page(unreachable)
    finally:
        await unreachable.dispose()
    assert "migrasi_database_up 0.0" in page
    for figure in (
        "migrasi_inbox_backlog",
        "migrasi_inbox_oldest_unhandled_seconds",
        "migrasi_live_instances",
    ):
        assert f"\n{figure} " not in page  # left out, not a stale 0 that keeps alerts quiet
    assert "migrasi_urgent_unclaimed " not in page
    assert "migrasi_cases{" not in page
    assert "migrasi_updates_received_total" in page  # the process's own counters still reported
