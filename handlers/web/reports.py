"""Reports: cases over time by category, by province and by country (pygal SVG drawn on the server),
time to first response and to resolution per province (median, p90), compliance with the response time
limit; and the CSV export of the same cases. Everything within the officer's province scope."""

from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from statistics import median
from zoneinfo import ZoneInfo

import pygal
from pygal.style import Style
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from faq.places import load_places
from handlers.texts_complaint import CATEGORY_LABELS
from handlers.web.common import language, render, staff_names, staff_page, web
from handlers.web.csv_export import cases_csv
from storage.base import utcnow
from storage.services.cases import ReportRow
from storage.services.console import SignedIn

# pygal puts an import hook without find_spec on sys.meta_path (for its optional map plugins, unused here);
# every later import that reaches it warns. Take it out.
sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "PluginImportFixer"]

PERIODS = {"30": 30, "90": 90, "365": 365}
CHART_STYLE = Style(
    background="transparent",
    plot_background="transparent",
    font_family="system-ui, sans-serif",
    title_font_size=20,
    label_font_size=14,
    major_label_font_size=14,
    legend_font_size=15,
    value_font_size=14,
    colors=("#0b5394", "#e69138", "#6aa84f", "#cc0000", "#674ea7", "#45818e", "#bf9000", "#999999"),
)


def routes() -> list[BaseRoute]:
    return [
        Route("/laporan", reports_page, methods=["GET"]),
        Route("/laporan.csv", export_csv, methods=["GET"]),
    ]


@dataclass(frozen=True)
class Timing:
    province: str
    cases: int
    first_median: float | None
    first_p90: float | None
    resolution_median: float | None
    resolution_p90: float | None
    within_limit: float | None  # share of answered cases whose first response came within the limit


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (p90 of 10 values is the 9th smallest)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timings(rows: Sequence[ReportRow], limit_hours: int) -> list[Timing]:
    places = load_places()
    by_province: dict[str, list[ReportRow]] = defaultdict(list)
    for row in rows:
        place = places.province(row.province_code) if row.province_code else None
        by_province[place.name_id if place else "-"].append(row)
    result = []
    for province, group in sorted(by_province.items()):
        first = [
            (r.first_response_at - r.created_at).total_seconds() / 3600 for r in group if r.first_response_at
        ]
        done = [(r.closed_at - r.created_at).total_seconds() / 3600 for r in group if r.closed_at]
        result.append(
            Timing(
                province,
                len(group),
                median(first) if first else None,
                percentile(first, 0.9),
                median(done) if done else None,
                percentile(done, 0.9),
                sum(1 for hours in first if hours <= limit_hours) / len(first) if first else None,
            )
        )
    return result


def _svg(chart: pygal.Graph) -> str:
    rendered = chart.render(is_unicode=True)
    assert isinstance(rendered, str)
    return rendered


# Drawn about as wide as a phone shows it (the SVG scales to its box): at 700 units a phone shrank the
# labels to 6 px. On a desktop the three charts stand side by side at about this width.
CHART_WIDTH = 460
MOST_WEEK_LABELS = 13


def _chart(kind: type[pygal.Graph], title: str, **options: object) -> pygal.Graph:
    # No pygal.js: it would load from a CDN; the SVG shows everything without it.
    settings: dict[str, object] = {
        "width": CHART_WIDTH,
        "height": 440,
        "legend_at_bottom": True,
        "legend_at_bottom_columns": 1,
        "x_label_rotation": 30,
        "truncate_legend": 40,
    }
    return kind(title=title, style=CHART_STYLE, js=[], disable_xml_declaration=True, **(settings | options))


def whole_ticks(most: int, at_most: int = 8) -> list[int]:
    """Value-axis labels for counts: whole numbers only (pygal would label 1 case as 0.1, 0.2 ... 1)."""
    step = max(1, math.ceil(most / at_most))
    return list(range(0, max(most, 1) + step, step))


def _y_labels(most: int) -> dict[str, object]:
    # No cases, no series: pygal then draws "no data" and fails if given value labels.
    return {"y_labels": whole_ticks(most)} if most else {}


def _ranked(title: str, counts: Counter[str]) -> pygal.Graph:
    """One bar per place, named on the axis and with its count printed: no colour legend to decode."""
    top = counts.most_common(12)
    chart = _chart(
        pygal.HorizontalBar,
        title,
        show_legend=False,
        print_values=True,
        height=max(220, 70 + 34 * len(top)),
        x_label_rotation=0,
        **_y_labels(max((count for _, count in top), default=0)),
    )
    # pygal draws the first label at the bottom: reversed, the largest stands on top.
    chart.x_labels = [name for name, _ in reversed(top)]
    chart.add(title, [count for _, count in reversed(top)])
    return chart


def week_starts(now: datetime, days: int, zone: ZoneInfo) -> list[date]:
    """The Mondays (office time) of every week that overlaps the last `days` days, oldest first."""
    today = now.astimezone(zone).date()
    oldest = today - timedelta(days=days)
    oldest -= timedelta(days=oldest.weekday())
    this_week = today - timedelta(days=today.weekday())
    return [oldest + timedelta(days=7 * i) for i in range((this_week - oldest).days // 7 + 1)]


def week_index(moment: datetime, mondays: Sequence[date], zone: ZoneInfo) -> int:
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    day = aware.astimezone(zone).date()
    return min(len(mondays) - 1, max(0, (day - mondays[0]).days // 7))


def charts(rows: Sequence[ReportRow], lang: str, days: int, time_zone: str) -> dict[str, str]:
    places = load_places()
    zone = ZoneInfo(time_zone)
    mondays = week_starts(utcnow(), days, zone)
    weeks = len(mondays)
    # Each week is named by its Monday, as an office calendar names it.
    labels = [monday.strftime("%d-%m") for monday in mondays]
    per_week: dict[str, list[int]] = {}
    for row in rows:
        index = week_index(row.created_at, mondays, zone)
        name = CATEGORY_LABELS.get(row.category, {}).get(lang, row.category)
        per_week.setdefault(name, [0] * weeks)[index] += 1
    over_time = _chart(
        pygal.StackedBar,
        "Kasus per minggu (mulai Senin) menurut kategori" if lang == "id" else "Cases per week (from Monday)",
        height=360 + 24 * len(per_week),
        show_minor_x_labels=False,
        x_labels_major_every=max(1, math.ceil(weeks / MOST_WEEK_LABELS)),
        **_y_labels(max((sum(week) for week in zip(*per_week.values(), strict=True)), default=0)),
    )
    over_time.x_labels = labels
    for name, counts in sorted(per_week.items()):
        over_time.add(name, counts)

    def named(code: str | None, country: bool) -> str:
        place = (places.country(code) if country else places.province(code)) if code else None
        return place.name_id if place else "-"

    by_province = _ranked(
        "Kasus per provinsi" if lang == "id" else "Cases by province",
        Counter(named(r.province_code, False) for r in rows),
    )
    by_country = _ranked(
        "Kasus per negara" if lang == "id" else "Cases by country",
        Counter(named(r.country_code, True) for r in rows),
    )
    return {"over_time": _svg(over_time), "by_province": _svg(by_province), "by_country": _svg(by_country)}


def _days(request: Request) -> int:
    return PERIODS.get(request.query_params.get("hari", "90"), 90)


@staff_page()
async def reports_page(request: Request, user: SignedIn) -> Response:
    context = web(request)
    days = _days(request)
    now = utcnow()
    rows = await context.services.cases.report_rows(user.user_id, now - timedelta(days=days), now)
    limit = context.services.config.complaints.unanswered_hours
    return render(
        request,
        "reports.html",
        user,
        days=days,
        periods=PERIODS,
        total=len(rows),
        charts=charts(rows, language(request), days, context.services.config.staff.time_zone),
        timings=timings(rows, limit),
        limit_hours=limit,
    )


@staff_page()
async def export_csv(request: Request, user: SignedIn) -> Response:
    """`?pisah=koma` for a comma-separated file; otherwise ";" with a byte-order mark (Indonesian Excel)."""
    context = web(request)
    now = utcnow()
    days = _days(request)
    rows = await context.services.cases.report_rows(user.user_id, now - timedelta(days=days), now)
    comma = request.query_params.get("pisah") == "koma"
    content = cases_csv(
        rows,
        await staff_names(context.services),
        language(request),
        context.services.config.staff.time_zone,
        separator="," if comma else ";",
    )
    await context.services.console.record(user.user_id, "export_csv")
    name = f"kasus-{now:%Y%m%d}-{days}hari{'-koma' if comma else ''}.csv"
    return Response(
        content.encode() if comma else "\ufeff".encode() + content.encode(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "X-Case-Count": str(len(rows))},
    )
