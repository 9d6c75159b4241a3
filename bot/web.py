"""The staff console's app wiring: `build_web_app(config, services, notifier)` and serving it with uvicorn,
alone (`migrasi-aman web`) or beside the bot in one process (`migrasi-aman run` with `web.enabled`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response

from bot.config import AppConfig
from bot.services import Services
from handlers.web import routes
from handlers.web.common import WebContext
from storage.services.cases import CaseNotifier

logger = logging.getLogger(__name__)

SECRET_FILE = "web-secret.key"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    # Inline SVG charts carry style attributes; no script from anywhere but this origin.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'",
}


def secret_key(config: AppConfig, environ: Mapping[str, str] | None = None) -> str:
    """WEB_SECRET_KEY, or one generated once and kept (mode 0600) in the data directory."""
    env = os.environ if environ is None else environ
    if env.get("WEB_SECRET_KEY"):
        return env["WEB_SECRET_KEY"]
    path = Path(config.web.data_dir) / SECRET_FILE
    if path.is_file():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    logger.info("console: generated a cookie secret in the data directory")
    return key


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def build_web_app(
    config: AppConfig, services: Services, notifier: CaseNotifier, *, key: str | None = None
) -> Starlette:
    app = Starlette(routes=routes(), middleware=[Middleware(_SecurityHeaders)])
    app.state.web = WebContext(services, notifier, key or secret_key(config))
    return app


@contextlib.asynccontextmanager
async def serving(app: Starlette, host: str, port: int) -> AsyncIterator[uvicorn.Server]:
    """Serve `app` in the running event loop until the block exits."""
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    task = asyncio.create_task(server.serve())
    try:
        while not server.started and not task.done():  # noqa: ASYNC110  (uvicorn offers no event)
            await asyncio.sleep(0.02)
        if task.done():
            task.result()
        yield server
    finally:
        server.should_exit = True
        await task
