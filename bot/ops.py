"""The operators' endpoints: `/healthz` (the process answers), `/readyz` (database reachable, migrations at
head: a load balancer sends no traffic before) and `/metrics` (Prometheus text format)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot import metrics
from bot.webhook import SecretRefusals
from storage.db import Database, describe
from storage.services.health import figures, readiness


def ops_routes(
    database: Database,
    *,
    draining: Callable[[], bool] = lambda: False,
    refusals: SecretRefusals | None = None,
    problem: Callable[[], str | None] = lambda: None,
) -> list[Route]:
    """`problem()`: a fault the instance found in how Telegram reaches it (no webhook set), for `/readyz`."""

    async def healthz(_request: Request) -> Response:
        return PlainTextResponse("ok")

    # Named in every answer: an instance on another database than its peers is then seen at a glance.
    checked = f"(checked {describe(database.engine.url.render_as_string(hide_password=True))})"

    async def readyz(_request: Request) -> Response:
        if draining():
            return PlainTextResponse("draining", status_code=503)
        state = await readiness(database)
        found = problem()
        if state.ready and found:
            return PlainTextResponse(f"degraded: {found} {checked}")  # 200: every instance finds the same
        if state.ready and refusals is not None and refusals.locked_out:
            # Still 200: anyone can post to the webhook with a wrong secret, and must not be able to take
            # every instance out of the load balancer that way. The body and the metric tell the operator.
            return PlainTextResponse(
                f"degraded: {refusals.since_accepted} webhook calls refused for a wrong secret token since "
                "the last one accepted (is another instance running with another TELEGRAM_WEBHOOK_SECRET?) "
                f"{checked}"
            )
        return PlainTextResponse(f"{state.reason} {checked}", status_code=200 if state.ready else 503)

    async def scrape(_request: Request) -> Response:
        try:
            metrics.DATABASE_FIGURES.latest = await figures(database)
        except Exception:
            # The process's own counters are still worth reporting; the database's figures are left out.
            metrics.DATABASE_FIGURES.latest = None
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", scrape, methods=["GET"]),
    ]
