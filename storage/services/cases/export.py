"""CSV export of cases, within the caller's province scope (the command line, as operator, sees all)."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

from storage.errors import InvalidInput
from storage.models.cases import Case
from storage.repositories.cases import CaseFilter, CaseRepository
from storage.services.cases.base import Actor, CaseCore, Scope
from storage.services.intake_form import export_columns

# The form's fields (in form order, from `FORM`) between the case's identity and its handling.
EXPORT_COLUMNS = (
    "ticket",
    "created_at",
    "status",
    "priority",
    *export_columns(),
    "assigned_to",
    "unreachable",
    "closure_flag",
    "updated_at",
    "closed_at",
)


# Spreadsheets start a formula at =, +, - or @, also in their full-width forms, and skip invisible
# characters and spaces in front of one, so those do not make a cell safe.
_FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_INVISIBLE_LEAD = re.compile(r"^[\u200b\u200c\u200d\u2060\ufeff\s]+")


def csv_safe(value: object) -> str:
    """Neutralise spreadsheet formulas that a complainant could smuggle into a cell."""
    text = "" if value is None else str(value)
    visible = _INVISIBLE_LEAD.sub("", text)
    if text[:1] in _FORMULA_STARTS or visible[:1] in _FORMULA_STARTS:
        return "'" + text
    return text


def _row(case: Case) -> list[str]:
    handling = {
        "ticket": case.ticket,
        "created_at": case.created_at.isoformat(),
        "status": case.status.value,
        "priority": case.priority.value,
        "assigned_to": case.assigned_to,
        "unreachable": "yes" if case.is_unreachable else "no",
        "closure_flag": case.closure_flag.value if case.closure_flag else "",
        "updated_at": case.updated_at.isoformat(),
        "closed_at": case.closed_at.isoformat() if case.closed_at else "",
    }
    return [
        csv_safe(handling[column] if column in handling else getattr(case, column))
        for column in EXPORT_COLUMNS
    ]


class CaseExport(CaseCore):
    async def export_csv(self, actor: Actor | None, start: datetime, end: datetime) -> tuple[str, int]:
        """CSV of cases created in [start, end). `actor=None` is the command line (trusted operator)."""
        if end <= start:
            raise InvalidInput("the end of the range must be after its start")
        async with self._database.sessions() as session:
            scope: Scope = None
            if actor is not None:
                _, scope = await self._scope(session, actor)
            cases = await CaseRepository(session).filtered(
                CaseFilter(statuses=None, created_from=start, created_before=end, provinces=scope, limit=None)
            )
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        for case in sorted(cases, key=lambda c: c.id):
            writer.writerow(_row(case))
        return buffer.getvalue(), len(cases)
