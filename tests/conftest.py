"""Shared pytest configuration. Fixture modules are plugins, one per area, so each owner edits their own."""

pytest_plugins = (
    "tests.storage_fixtures",
    "tests.bot_fixtures",
    "tests.complaint_fixtures",
    "tests.local_server",
)
