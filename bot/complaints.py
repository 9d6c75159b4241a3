"""Wiring for the complaint services: config `complaints:` / `staff:` to the storage layer's plain values."""

from __future__ import annotations

from bot.config import AppConfig
from storage.models.staff import StaffRole
from storage.services.rules import QueuePolicy


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
    )


def configured_staff(config: AppConfig) -> dict[int, StaffRole]:
    """Staff from config.yaml and STAFF_ADMIN_IDS; an admin listed twice stays an admin."""
    roles: dict[int, StaffRole] = {}
    for member in config.staff.members:
        role = StaffRole(member.role)
        if roles.get(member.user_id) is not StaffRole.ADMIN:
            roles[member.user_id] = role
    return roles


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
