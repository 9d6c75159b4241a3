"""State every instance on one database must see alike: each user's rate-limit window and the P3MI
registry behind /cekp3mi (with the import it came from, so instances notice a new one)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base

LANE_LENGTH = 16


class RateWindow(Base):
    """How many updates a user sent in the current window of one lane (messages, button presses)."""

    __tablename__ = "rate_windows"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    lane: Mapped[str] = mapped_column(String(LANE_LENGTH), primary_key=True)
    started: Mapped[float] = mapped_column(Float)  # epoch seconds: compared in SQL, on any backend
    hits: Mapped[int] = mapped_column(Integer)


class RegistryImport(Base):
    """One `agencies import`; the highest id is the registry in force."""

    __tablename__ = "agency_registry_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[dt.datetime]
    agencies: Mapped[int] = mapped_column(Integer)


class RegisteredAgency(Base):
    """One row of the registry in force (a new import replaces them all)."""

    __tablename__ = "agency_registry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    licence_number: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    province: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(200))
    as_of: Mapped[dt.date]
