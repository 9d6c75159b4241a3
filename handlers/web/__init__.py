"""The staff console's pages, one module per page, beside the Telegram handlers: they call the same case
core with the signed-in officer as the actor and hand outcomes to the same notifier.

`routes()` lists every route; `bot.web.build_web_app` wires them into a Starlette app.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from handlers.web import case_page, content, login, queue, reports, staff_admin
from handlers.web.common import STATIC_DIR


def routes() -> list[BaseRoute]:
    return [
        *login.routes(),
        *queue.routes(),
        *case_page.routes(),
        *reports.routes(),
        *content.routes(),
        *staff_admin.routes(),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
