"""The application's services, built once in `build_application` and reached through `BotContext.services`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import AppConfig
from storage.db import Database


@dataclass
class Services:
    config: AppConfig
    database: Database
    # --- FAQ, asking, checks (issue 3: the bot engineer adds its services below) ---
    # --- complaints and staff queue (issue 4: the complaints engineer adds its services below) ---
