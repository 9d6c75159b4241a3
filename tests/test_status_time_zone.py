"""/status shows her case's dates in the office's time zone, as the staff card does: filed at 19:21 UTC is
the next morning in Jakarta, and both must say the same day."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from handlers.case_view import StaffView
from handlers.complainant import status_line
from storage.models.cases import Case, CaseCategory, CaseStatus


def test_status_shows_the_same_local_time_as_the_staff_card() -> None:
    evening_utc = datetime(2026, 12, 6, 19, 21, tzinfo=UTC)
    case = Case(
        ticket="ADU-000001",
        category=CaseCategory.UNPAID_WAGES,
        status=CaseStatus.IN_PROGRESS,
        updated_at=evening_utc,
        last_staff_reply_at=evening_utc,
    )
    jakarta = ZoneInfo("Asia/Jakarta")
    line = status_line(case, "id", jakarta)
    card_time = StaffView(zone=jakarta).when(evening_utc)
    assert card_time == "07-12-2026 02:21 WIB"
    assert f"Terakhir diperbarui {card_time}." in line
    assert f"Balasan petugas terakhir: {card_time}." in line
    assert "07-12-2026 03:21 WITA" in status_line(case, "id", ZoneInfo("Asia/Makassar"))
