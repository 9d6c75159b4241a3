"""One webhook instance for `benchmarks.cluster`, as its own process (so it can be SIGKILLed):
`python -m benchmarks.cluster_instance API_BASE_URL DATABASE_URL PORT FOLDER`."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from bot.config import AppConfig, DatabaseSettings
from bot.run import run_webhook_until_signal
from tests.cluster_helpers import webhook_config
from tests.complaint_helpers import complaint_config

LEASE_SECONDS = 10.0  # short enough that a killed instance's chats are taken over within the phase


def instance_config(api_base_url: str, database_url: str, port: int, folder: Path) -> AppConfig:
    config = complaint_config(folder)
    telegram = config.telegram.model_copy(
        update={
            "api_base_url": api_base_url,
            "api_base_file_url": api_base_url.removesuffix("/bot") + "/file/bot",
            # Side by side with the single-instance figures, which run unpaced.
            "pacing": config.telegram.pacing.model_copy(update={"enabled": False}),
        }
    )
    config = config.model_copy(
        update={
            "telegram": telegram,
            "database": DatabaseSettings(url=database_url, auto_migrate=False),
            "log_level": "WARNING",
        }
    )
    return webhook_config(config, port=port, lease_seconds=LEASE_SECONDS)


def main() -> None:
    api_base_url, database_url, port, folder = sys.argv[1:5]
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = instance_config(api_base_url, database_url, int(port), Path(folder))
    asyncio.run(run_webhook_until_signal(config))


if __name__ == "__main__":
    main()
