"""The queue: filters, search, sort and paging over the case core's `queue_page`, which applies the
officer's province scope, so the counts ("30 dari 68") are true for what she may see."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from faq.places import load_places
from handlers.texts_complaint import CATEGORY_LABELS
from handlers.web.common import language, render, staff_names, staff_page, web
from storage.base import utcnow
from storage.models.cases import OPEN_STATUSES, CaseCategory, CasePriority, CaseStatus
from storage.repositories.cases import CaseFilter
from storage.services.console import SignedIn

PAGE_SIZE = 30
AGES = {"lt1": timedelta(days=1), "gt7": timedelta(days=7), "gt30": timedelta(days=30)}
ORDERS = ("priority", "oldest", "newest", "updated")


def routes() -> list[BaseRoute]:
    return [Route("/", queue_page, methods=["GET"])]


def allowed_values() -> dict[str, set[str]]:
    """What each filter of the query string may be; anything else is ignored and named on the page."""
    places = load_places()
    return {
        "status": {s.value for s in CaseStatus} | {"all"},
        "priority": {p.value for p in CasePriority},
        "category": {c.value for c in CaseCategory},
        "province": {p.code for p in places.provinces()},
        "country": {c.code for c in places.countries()},
        "assignee": {"me", "none"},
        "age": set(AGES),
        "sort": set(ORDERS),
        "sla": {"1"},
    }


def unknown_filters(params: QueryParams) -> list[tuple[str, str]]:
    """The (filter, value) pairs the queue did not understand, so the page can say it ignored them."""
    return [
        (name, value[:40])
        for name, allowed in allowed_values().items()
        if (value := params.get(name, "")) and value not in allowed
    ]


def _choice(params: QueryParams, name: str, allowed: set[str]) -> str:
    value = params.get(name, "")
    return value if value in allowed else ""


def case_filter(
    params: QueryParams, user: SignedIn, urgent_minutes: int, unanswered_hours: int
) -> CaseFilter:
    """The filter the query string asks for; unknown values mean "any" (named by `unknown_filters`), never
    an error page."""
    now = utcnow()
    status = _choice(params, "status", {s.value for s in CaseStatus} | {"all"})
    statuses = OPEN_STATUSES if not status else None if status == "all" else frozenset({CaseStatus(status)})
    priority = _choice(params, "priority", {p.value for p in CasePriority})
    category = _choice(params, "category", {c.value for c in CaseCategory})
    places = load_places()
    province = _choice(params, "province", {p.code for p in places.provinces()})
    country = _choice(params, "country", {c.code for c in places.countries()})
    assignee = params.get("assignee", "")
    age = _choice(params, "age", set(AGES))
    order = _choice(params, "sort", set(ORDERS)) or "priority"
    text = params.get("q", "").strip()[:100]
    return CaseFilter(
        statuses=statuses,
        priority=CasePriority(priority) if priority else None,
        category=CaseCategory(category) if category else None,
        provinces=frozenset({province}) if province else None,
        country_code=country or None,
        assigned_to=user.user_id if assignee == "me" else None,
        unassigned=assignee == "none",
        created_from=now - AGES[age] if age == "lt1" else None,
        created_before=now - AGES[age] if age in ("gt7", "gt30") else None,
        text=text or None,
        sla_breached=(now - timedelta(minutes=urgent_minutes), now - timedelta(hours=unanswered_hours))
        if params.get("sla") == "1"
        else None,
        order=order,
        limit=PAGE_SIZE,
    )


# The query parameters that narrow the queue (sort and paging do not): their count is shown on the folded
# filter box, so a phone user sees at once that the list is filtered.
FILTER_KEYS = ("q", "status", "priority", "category", "province", "country", "assignee", "age", "sla")


@staff_page()
async def queue_page(request: Request, user: SignedIn) -> Response:
    context = web(request)
    settings = context.services.config.complaints
    wanted = case_filter(
        request.query_params, user, settings.urgent_unclaimed_minutes, settings.unanswered_hours
    )
    try:
        offset = max(0, int(request.query_params.get("offset", "0")))
    except ValueError:
        offset = 0
    page = await context.services.cases.queue_page(user.user_id, wanted, offset)
    kept = {key: value for key, value in request.query_params.items() if key != "offset" and value}
    places = load_places()
    provinces = [p for p in places.provinces() if user.provinces is None or p.code in user.provinces]
    lang = language(request)
    return render(
        request,
        "queue.html",
        user,
        page=page,
        params=request.query_params,
        names=await staff_names(context.services),
        prev_link=urlencode({**kept, "offset": max(0, offset - PAGE_SIZE)}) if offset else None,
        next_link=urlencode({**kept, "offset": offset + PAGE_SIZE}) if page.has_more else None,
        statuses=list(CaseStatus),
        priorities=list(CasePriority),
        categories=[(code, labels.get(lang, code)) for code, labels in CATEGORY_LABELS.items()],
        provinces=provinces,
        countries=sorted(places.countries(), key=lambda c: c.name_id),
        orders=ORDERS,
        filtering=sum(1 for key in FILTER_KEYS if request.query_params.get(key)),
        unknown=unknown_filters(request.query_params),
        scope_names=None
        if user.provinces is None
        else sorted(p.name_id for p in places.provinces() if p.code in user.provinces),
        # A search among open cases only: offer the same search over every status.
        search_all_link=urlencode({**kept, "status": "all"})
        if wanted.text and not request.query_params.get("status")
        else None,
    )
