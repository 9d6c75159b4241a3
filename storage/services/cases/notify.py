"""The port a front end implements to act on what happened to a case.

Whoever calls the case core (the Telegram staff chat, the command line, a browser console) passes the
outcome to a notifier, so the complainant hears of a decision and the staff card is redrawn whichever
window the officer used. `bot.telegram_notifier.TelegramCaseNotifier` is the Telegram one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from storage.services.cases.events import DomainEvent


@dataclass(frozen=True)
class Published:
    """What the notifier managed: for a staff reply, whether it reached the complainant (None: no reply)."""

    reply_delivered: bool | None = None


class CaseNotifier(Protocol):
    async def publish(self, events: Sequence[DomainEvent]) -> Published: ...
