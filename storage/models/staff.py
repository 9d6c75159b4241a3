"""Officers added at run time by an admin (config members and STAFF_ADMIN_IDS come from config)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, utcnow
from storage.models.enums import str_enum


class StaffRole(StrEnum):
    ADMIN = "admin"
    OFFICER = "officer"
    EDITOR = "editor"  # FAQ content from the console's content gaps; nothing with cases


class StaffMemberRecord(Base):
    __tablename__ = "staff_members"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole, length=16), default=StaffRole.OFFICER)
    added_by: Mapped[int | None] = mapped_column(BigInteger)
    name: Mapped[str | None] = mapped_column(Text)
    # ISO 3166-2:ID code: the officer sees and acts on this province's cases only (None: all provinces).
    province_code: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
