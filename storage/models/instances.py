"""What each live webhook instance runs with, as keyed hashes: instances that must share a secret (Telegram's
webhook secret, the console's cookie key) compare theirs at start-up without storing the secrets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base
from storage.models.leases import MAX_NAME_LENGTH

FINGERPRINT_LENGTH = 16


class InstanceFingerprint(Base):
    """One row per instance (its lease holder name); live while its `instance:` lease is."""

    __tablename__ = "instance_fingerprints"

    holder: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), primary_key=True)
    webhook_secret: Mapped[str | None] = mapped_column(String(FINGERPRINT_LENGTH))
    web_key: Mapped[str | None] = mapped_column(String(FINGERPRINT_LENGTH))
    recorded_at: Mapped[datetime]
