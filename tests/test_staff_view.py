"""How staff read a case: names instead of ids, the trail's stored codes in Indonesian, times in the office's
time zone. Pure functions over storage objects."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.case_view import StaffView, trail_detail, trail_lines
from storage.models.cases import CaseEvent, EventKind

VIEW = StaffView({9002: "Ratna", 9003: "Sari <b>"}, ZoneInfo("Asia/Jakarta"))


@pytest.mark.parametrize(
    ("kind", "detail", "shown"),
    [
        (EventKind.STATUS_CHANGED, "new -> in_progress", "baru → diproses"),
        (
            EventKind.STATUS_CHANGED,
            "in_progress -> waiting_for_complainant (documents)",
            "diproses → menunggu pelapor (dokumen)",
        ),
        (EventKind.STATUS_CHANGED, "waiting_for_complainant -> rejected", "menunggu pelapor → ditolak"),
        (EventKind.PRIORITY_CHANGED, "normal -> urgent", "normal → urgen"),
        (EventKind.CLAIMED, "- -> 9002", "belum ada → Ratna"),
        (EventKind.CLAIMED, "9002 -> 9003", "Ratna → Sari &lt;b&gt;"),
        (EventKind.CLAIMED, "9002 -> 9999", "Ratna → petugas #9999"),
        (EventKind.REMINDER, "urgent_unclaimed", "urgen belum diambil"),
        (EventKind.CLOSURE_FLAGGED, "no_clarification", "tidak ada klarifikasi 15 hari kerja"),
        (EventKind.ATTACHMENT, "photo", "foto"),
        (EventKind.MESSAGE_IN, "forwarded", "diteruskan"),
    ],
)
def test_the_trail_speaks_indonesian(kind: EventKind, detail: str, shown: str) -> None:
    assert trail_detail(CaseEvent(kind=kind, detail=detail), VIEW) == shown


def test_times_are_in_the_office_zone_and_actors_by_name() -> None:
    event = CaseEvent(
        kind=EventKind.NOTE,
        actor_user_id=9002,
        text="cek",
        created_at=datetime(2026, 12, 6, 2, 30, tzinfo=UTC),
    )
    (line,) = trail_lines([event], VIEW)
    assert line.startswith("06-12-2026 09:30 WIB · catatan · oleh Ratna")
    assert (
        StaffView({}, ZoneInfo("Asia/Makassar")).when(datetime(2026, 12, 6, 2, 30)) == "06-12-2026 10:30 WITA"
    )
    assert VIEW.mention(9003) == '<a href="tg://user?id=9003">Sari &lt;b&gt;</a>'
