"""Signing in with a one-time link from `/konsol`, and signing out.

Opening the link shows a button; only pressing it (a POST) spends the token. Telegram and chat apps fetch
links to draw previews, and a GET that signed in would burn the link before the officer ever saw it.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from faq.model import as_language
from handlers.web.common import (
    LANG_COOKIE,
    SESSION_COOKIE,
    language,
    refusal,
    render,
    session_id_of,
    staff_page,
    web,
)
from handlers.web.texts import word
from storage.errors import AccessDenied
from storage.services.console import SignedIn


def routes() -> list[BaseRoute]:
    return [
        Route("/masuk", login_form, methods=["GET"]),
        Route("/masuk", login, methods=["POST"]),
        Route("/keluar", logout, methods=["POST"]),
        Route("/bahasa/{lang:str}", set_language, methods=["GET"]),
    ]


async def login_form(request: Request) -> Response:
    token = request.query_params.get("t", "")
    return render(request, "login.html", None, token=token[:100])


def _client(request: Request) -> str:
    return request.client.host if request.client else "-"


async def login(request: Request) -> Response:
    context = web(request)
    if not context.login_limiter.allow(_client(request)):
        return refusal(request, "too_many", 429)
    form = await request.form()
    token = form.get("t")
    if not isinstance(token, str) or not token or len(token) > 100:
        return refusal(request, "link_invalid", 401)
    try:
        opened = await context.services.console.redeem(token)
    except AccessDenied:
        return refusal(request, "link_invalid", 401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        context.cookies.dumps(opened.session_id),
        max_age=context.services.config.web.session_minutes * 60,
        httponly=True,
        samesite="lax",
        secure=context.secure_cookies,
    )
    return response


@staff_page(editor_ok=True)  # everyone may sign out
async def logout(request: Request, user: SignedIn) -> Response:
    session_id = session_id_of(request)
    if session_id is not None:
        await web(request).services.console.end(session_id)
    response = render(request, "message.html", None, message=word("logged_out", language(request)))
    response.delete_cookie(SESSION_COOKIE)
    return response


async def set_language(request: Request) -> Response:
    lang = request.path_params["lang"]
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(LANG_COOKIE, as_language(lang), httponly=True, samesite="lax")
    return response
