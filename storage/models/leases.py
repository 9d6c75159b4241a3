"""Named leases shared by every instance on one database: who holds a piece of work, and until when.

A chat's updates (`chat:<id>`) and the timer sweep (`timer-sweep`) are each held by one instance at a time.
A lease that is not renewed expires, so the work of a killed instance is taken over by another.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base

MAX_NAME_LENGTH = 64


class WorkLease(Base):
    __tablename__ = "work_lease"

    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), primary_key=True)
    holder: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH))
    expires_at: Mapped[datetime]
