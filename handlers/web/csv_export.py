"""The console's CSV: one row per case in the officer's words, for a spreadsheet in an Indonesian office.
Times in the office's time zone, officers by name, statuses and categories as the console says them, the
decision's reason and referral agency, and the first reply. Indonesian Excel splits on ";" and reads UTF-8
only after a byte-order mark; `separator=","` gives the plain comma file other tools expect."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from faq.places import load_places
from handlers.case_view import decision_parts
from handlers.texts_complaint import CATEGORY_LABELS, REPORTER_LABELS
from handlers.web.texts import PRIORITY_WORDS, STATUS_WORDS
from storage.services.cases import ReportRow
from storage.services.cases.export import csv_safe

HEADERS = {
    "id": (
        "Tiket", "Masuk", "Status", "Prioritas", "Kategori", "Pelapor", "Nama", "HP", "Negara", "Provinsi",
        "Agensi", "Petugas", "Balasan pertama", "Jam ke balasan pertama", "Ditutup", "Alasan",
        "Instansi rujukan", "Diubah",
    ),
    "en": (
        "Ticket", "Filed", "Status", "Priority", "Category", "Reporter", "Name", "Phone", "Country",
        "Province", "Recruitment agency", "Officer", "First reply", "Hours to first reply", "Closed",
        "Reason", "Agency referred to", "Changed",
    ),
}  # fmt: skip


def local_clock(time_zone: str) -> Callable[[datetime | None], str]:
    zone = ZoneInfo(time_zone)

    def clock(moment: datetime | None) -> str:
        if moment is None:
            return ""
        aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        return aware.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    return clock


def cases_csv(
    rows: Sequence[ReportRow], names: dict[int, str], lang: str, time_zone: str, *, separator: str = ";"
) -> str:
    places = load_places()
    clock = local_clock(time_zone)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(HEADERS[lang])
    for row in rows:
        case = row.case
        if case is None:
            continue
        country = places.country(case.country_code) if case.country_code else None
        province = places.province(case.province_code) if case.province_code else None
        reason, referred_to = decision_parts(row.decision) if case.closed_at else ("", "")
        created = row.created_at.replace(tzinfo=UTC) if row.created_at.tzinfo is None else row.created_at
        waited = (row.first_response_at - created).total_seconds() / 3600 if row.first_response_at else None
        first_hours = "" if waited is None else f"{waited:.1f}"
        if separator == ";":
            first_hours = first_hours.replace(".", ",")  # Indonesian decimals
        officer = names.get(case.assigned_to, f"#{case.assigned_to}") if case.assigned_to else ""
        values = (
            case.ticket,
            clock(case.created_at),
            STATUS_WORDS[case.status][lang],
            PRIORITY_WORDS[case.priority][lang],
            CATEGORY_LABELS.get(case.category.value, {}).get(lang, case.category.value),
            REPORTER_LABELS.get(case.reporter.value, {}).get(lang, case.reporter.value),
            case.complainant_name,
            case.phone,
            country.name_id if country else case.country,
            province.name_id if province else case.province,
            case.agency,
            officer,
            clock(row.first_response_at),
            first_hours,
            clock(case.closed_at),
            reason,
            referred_to,
            clock(case.updated_at),
        )
        writer.writerow([csv_safe(value) for value in values])
    return buffer.getvalue()
