"""The ASGI app a webhook instance serves, and serving any ASGI app inside the running event loop.

`cluster_app(routes)` is a bare Starlette app for the webhook and operators' routes; where the staff console
runs in the same process, the same routes are added to the console's app instead.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence

import uvicorn
from starlette.applications import Starlette
from starlette.routing import BaseRoute


def cluster_app(routes: Sequence[BaseRoute]) -> Starlette:
    return Starlette(routes=list(routes))


@contextlib.asynccontextmanager
async def serving_asgi(app: Starlette, host: str, port: int) -> AsyncIterator[uvicorn.Server]:
    """Serve `app` until the block exits; the signals stay with the caller (uvicorn's are not installed)."""
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="off", backlog=2048
    )
    server = uvicorn.Server(config)
    # `serve()` would capture SIGINT/SIGTERM and raise them again on exit; the bot drains on them itself.
    task = asyncio.create_task(server._serve())
    try:
        while not server.started and not task.done():  # noqa: ASYNC110  (uvicorn offers no event)
            await asyncio.sleep(0.02)
        if task.done():
            task.result()
        yield server
    finally:
        server.should_exit = True
        await task
