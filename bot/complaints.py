"""Wiring for the complaint services: config `complaints:` / `staff:` to the storage layer's plain values."""

from __future__ import annotations

import re

from bot.config import AppConfig
from faq.places import load_places
from storage.models.staff import StaffRole
from storage.services.rules import QueuePolicy
from storage.services.staff import StaffProfile


def queue_policy(config: AppConfig) -> QueuePolicy:
    settings = config.complaints
    return QueuePolicy(
        ticket_prefix=settings.ticket_prefix,
        urgent_unclaimed_minutes=settings.urgent_unclaimed_minutes,
        unanswered_hours=settings.unanswered_hours,
        documents_incomplete_days=settings.documents_incomplete_days,
        no_clarification_working_days=settings.no_clarification_working_days,
        unreachable_days=settings.unreachable_days,
        no_response_days=settings.no_response_days,
        # How long a card post may take before the sweep tries again (a duplicate card beats a missing one).
        card_retry_seconds=max(2 * settings.sweep_interval_seconds, 10),
        saved_reasons=dict(config.staff.reasons),
        handled_update_retention_hours=settings.handled_update_retention_hours,
    )


def configured_staff(config: AppConfig) -> dict[int, StaffProfile]:
    """Staff from config.yaml and STAFF_ADMIN_IDS; an admin listed twice stays an admin (with the name
    and province of whichever entry has them)."""
    profiles: dict[int, StaffProfile] = {}
    for member in config.staff.members:
        earlier = profiles.get(member.user_id)
        role = StaffRole(member.role)
        if earlier is not None and earlier.role is StaffRole.ADMIN:
            role = StaffRole.ADMIN
        profiles[member.user_id] = StaffProfile(
            role,
            name=member.name or (earlier.name if earlier else None),
            # Validated and made a code when the config was loaded.
            province_code=member.province or (earlier.province_code if earlier else None),
        )
    return profiles


PROVINCE_CODE = re.compile(r"^ID-[A-Z]{2}$")


def province_code_of(text: str | None) -> str | None:
    """The ISO 3166-2:ID code of a province written as a code ("ID-JI", "id-ji"); None when it is not
    one. Used where a name could be mistaken for a province (`/staff add ... PROVINCE NAME`)."""
    if not text:
        return None
    candidate = text.strip().upper()
    if not PROVINCE_CODE.match(candidate):
        return None
    return candidate if load_places().province(candidate) is not None else None


def staff_chat_for(config: AppConfig, province_code: str | None) -> int | None:
    """The province's own staff chat when configured, else the default chat."""
    if province_code:
        chat_id = config.staff.province_chats.get(province_code)
        if chat_id is not None:
            return chat_id
    return config.staff.chat_id


def provinces_of_chat(config: AppConfig, chat_id: int) -> frozenset[str] | None:
    """The province codes whose cases a province staff chat handles; None for the default chat,
    which sees every case."""
    if chat_id == config.staff.chat_id:
        return None
    codes = frozenset(
        code for code, province_chat in config.staff.province_chats.items() if province_chat == chat_id
    )
    return codes or None
