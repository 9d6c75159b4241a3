"""Time to first response and to resolution for `/statistik`: the console's report figures (same rows
from the case core, same median and p90 per province), written as lines for the staff chat."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from handlers.web.reports import Timing, timings
from storage.services.cases import ReportRow

RESPONSE_DAYS = 90  # the console's default report period
HOURS_SHOWN_AS_DAYS = 48


def response_time_text(rows: Sequence[ReportRow], limit_hours: int, days: int = RESPONSE_DAYS) -> str:
    """All cases of the period first, then one line per province."""
    title = f"<b>Waktu tanggapan ({days} hari terakhir, median · p90)</b>"
    if not rows:
        return f"{title}\n• belum ada kasus"
    (overall,) = timings([replace(row, province_code=None) for row in rows], limit_hours)
    lines = [title, timing_line("Semua", overall, limit_hours)]
    lines += [timing_line(html.escape(t.province), t, limit_hours) for t in timings(rows, limit_hours)]
    return "\n".join(lines)


def timing_line(name: str, timing: Timing, limit_hours: int) -> str:
    within = (
        f" · ≤ {limit_hours} j: {round(timing.within_limit * 100)}%"
        if timing.within_limit is not None
        else ""
    )
    return (
        f"• {name} ({timing.cases}): respons pertama {pair(timing.first_median, timing.first_p90)}"
        f"{within}; selesai {pair(timing.resolution_median, timing.resolution_p90)}"
    )


def pair(median: float | None, p90: float | None) -> str:
    if median is None or p90 is None:
        return "-"
    return f"{duration(median)} · {duration(p90)}"


def duration(hours: float) -> str:
    """Hours up to two days, days after that, with an Indonesian decimal comma."""
    if hours < HOURS_SHOWN_AS_DAYS:
        return f"{hours:.1f} j".replace(".", ",")
    return f"{hours / 24:.1f} hari".replace(".", ",")
