"""What every console page needs: the app's context, the signed-in officer (or a refusal that reveals
nothing), the CSRF check on every form post, the language, and rendering."""

from __future__ import annotations

import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from itsdangerous import BadSignature, URLSafeSerializer
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bot.patch_review import PatchReviews
from bot.services import Services
from faq.places import load_places
from handlers.texts_complaint import CATEGORY_LABELS, REPORTER_LABELS
from handlers.web.texts import KIND_WORDS, PRIORITY_WORDS, STATUS_WORDS, word
from storage.models.cases import CasePriority, CaseStatus
from storage.models.staff import StaffRole
from storage.services.cases import CaseNotifier
from storage.services.console import SignedIn

STATIC_DIR = Path(__file__).parent / "static"
SESSION_COOKIE = "konsol_sesi"
LANG_COOKIE = "konsol_bahasa"

Page = Callable[[Request, SignedIn], Awaitable[Response]]


class LoginLimiter:
    """At most `per_minute` sign-in attempts per client address in any minute."""

    def __init__(self, per_minute: int) -> None:
        self._per_minute = per_minute
        self._attempts: dict[str, deque[float]] = {}

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        window = self._attempts.setdefault(address, deque())
        while window and now - window[0] > 60:
            window.popleft()
        if len(window) >= self._per_minute:
            return False
        window.append(now)
        return True


def cookie_signer(secret_key: str) -> URLSafeSerializer:
    """Signs the session cookie, so a cookie not made by this server is refused before any lookup."""
    return URLSafeSerializer(secret_key, salt="konsol-sesi")


@dataclass
class WebContext:
    services: Services
    notifier: CaseNotifier
    secret_key: str
    templates: Environment = field(init=False)
    cookies: URLSafeSerializer = field(init=False)
    login_limiter: LoginLimiter = field(init=False)
    patch_reviews: PatchReviews = field(init=False)

    def __post_init__(self) -> None:
        self.templates = Environment(
            loader=PackageLoader("handlers.web", "templates"), autoescape=select_autoescape(["html"])
        )
        self.cookies = cookie_signer(self.secret_key)
        self.login_limiter = LoginLimiter(self.services.config.web.login_attempts_per_minute)
        self.patch_reviews = PatchReviews(self.services.config)

    @property
    def secure_cookies(self) -> bool:
        return self.services.config.web.public_url.startswith("https://")


def web(request: Request) -> WebContext:
    context = request.app.state.web
    assert isinstance(context, WebContext)
    return context


def language(request: Request) -> str:
    return "en" if request.cookies.get(LANG_COOKIE) == "en" else "id"


async def signed_in(request: Request) -> SignedIn | None:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    try:
        session_id = web(request).cookies.loads(raw)
    except BadSignature:
        return None
    if not isinstance(session_id, str):
        return None
    return await web(request).services.console.current(session_id)


def session_id_of(request: Request) -> str | None:
    raw = request.cookies.get(SESSION_COOKIE)
    try:
        value = web(request).cookies.loads(raw) if raw else None
    except BadSignature:
        return None
    return value if isinstance(value, str) else None


def home_of(user: SignedIn | None) -> str:
    """Where an officer starts: the queue, or the content gaps for an editor (who may not see cases)."""
    return "/konten" if user is not None and user.role is StaffRole.EDITOR else "/"


def refusal(request: Request, key: str, status: int, user: SignedIn | None = None) -> HTMLResponse:
    """A plain page saying why, with the menu and a way back when signed in, and nothing about any case."""
    return render(
        request,
        "message.html",
        user,
        status=status,
        message=word(key, language(request)),
        back=home_of(user) if user is not None else None,
    )


def staff_page(*, editor_ok: bool = False) -> Callable[[Page], Callable[[Request], Awaitable[Response]]]:
    """Wrap a page: no valid session → 401 asking to sign in; a POST without this session's CSRF token →
    403; otherwise the page runs with the signed-in officer."""

    def wrap(page: Page) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            user = await signed_in(request)
            if user is None:
                return refusal(request, "login_needed", 401)
            if user.role is StaffRole.EDITOR and not editor_ok:
                if request.method == "GET" and request.url.path == "/":
                    return RedirectResponse(home_of(user), status_code=303)
                return refusal(request, "cases_not_for_editor", 403, user)
            if request.method == "POST":
                form = await request.form()
                sent = form.get("csrf")
                if not isinstance(sent, str) or not secrets.compare_digest(sent, user.csrf_token):
                    return refusal(request, "csrf_failed", 403, user)
            return await page(request, user)

        return endpoint

    return wrap


def local_time(services: Services) -> Callable[[datetime | None], str]:
    zone = ZoneInfo(services.config.staff.time_zone)

    def when(moment: datetime | None) -> str:
        if moment is None:
            return "-"
        aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        return aware.astimezone(zone).strftime("%d-%m-%Y %H:%M")

    return when


def render(
    request: Request, template: str, user: SignedIn | None, *, status: int = 200, **values: Any
) -> HTMLResponse:
    context = web(request)
    lang = language(request)
    places = load_places()

    def country(code: str | None) -> str:
        place = places.country(code) if code else None
        return place.name_id if place is not None else (code or "-")

    def province(code: str | None) -> str:
        place = places.province(code) if code else None
        return place.name_id if place is not None else (code or "-")

    page = context.templates.get_template(template).render(
        request=request,
        user=user,
        lang=lang,
        t=lambda key: word(key, lang),
        status_word=lambda status_value: STATUS_WORDS[CaseStatus(status_value)][lang],
        priority_word=lambda value: PRIORITY_WORDS[CasePriority(value)][lang],
        category_word=lambda code: CATEGORY_LABELS.get(code or "", {}).get(lang, code or "-"),
        kind_word=lambda code: KIND_WORDS.get(code, {}).get(lang, code),
        reporter_word=lambda code: REPORTER_LABELS.get(code or "", {}).get(lang, code or "-"),
        country_name=country,
        province_name=province,
        when=local_time(context.services),
        **values,
    )
    return HTMLResponse(page, status_code=status)


async def staff_names(services: Services) -> dict[int, str]:
    return await services.staff_directory.names()
