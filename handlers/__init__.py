"""Telegram handlers, one feature per module, each with a `register(app)` that applies its own filters."""

from __future__ import annotations

import importlib

from bot.context import BotApplication

# Order matters only within a handler group (see handlers.groups); modules add to their own groups.
FEATURE_MODULES: tuple[str, ...] = (
    # --- issue 3 (bot engineer) ---
    "handlers.guard",
    "handlers.errors",
    "handlers.start",
    "handlers.emergency",
    "handlers.offer_check",
    "handlers.agency",
    "handlers.ask",
    "handlers.bad_input",
    # --- issue 4 (complaints engineer) ---
    "handlers.complaint",
    "handlers.talk",
    "handlers.complainant",
    "handlers.complainant_routing",
    "handlers.staff",
    # --- the staff console in the browser ---
    "handlers.console_login",
    "handlers.staff_hygiene",
)


def register_all(app: BotApplication) -> None:
    for module_name in FEATURE_MODULES:
        importlib.import_module(module_name).register(app)
