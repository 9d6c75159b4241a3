"""Helpers for the webhook and several-instance tests: free ports, webhook configs, update payloads."""

from __future__ import annotations

import socket
import time
from typing import Any

from pydantic import SecretStr

from bot.config import AppConfig, ClusterSettings, WebhookSettings

WEBHOOK_SECRET = "test-secret_123"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def webhook_config(config: AppConfig, *, port: int | None = None, lease_seconds: float = 5.0) -> AppConfig:
    port = port or free_port()
    webhook = WebhookSettings(
        public_url=f"http://127.0.0.1:{port}/telegram/webhook",
        listen_host="127.0.0.1",
        listen_port=port,
        secret=SecretStr(WEBHOOK_SECRET),
    )
    cluster = ClusterSettings(lease_seconds=lease_seconds, scan_interval_seconds=0.2)
    return config.model_copy(update={"webhook": webhook, "cluster": cluster})


def text_update(update_id: int, chat_id: int, text: str, message_id: int | None = None) -> dict[str, Any]:
    user = {"id": chat_id, "is_bot": False, "first_name": "Siti", "language_code": "id"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": message_id or update_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Siti"},
            "from": user,
            "text": text,
        },
    }
