"""At start-up a webhook instance compares the secrets it runs with against those of the live instances on
its database, through keyed hashes (`storage.services.instance_fingerprints`), before it acts on them.

- Telegram's webhook secret: each start sets the webhook with its own secret, and Telegram then sends every
  update with it, so one instance with another secret (a stale env file on one host) makes all the others
  refuse every update, and the updates are lost once Telegram stops retrying. getWebhookInfo does not tell
  the secret, so the instances compare theirs: one that disagrees with a live instance refuses to start,
  before it sets the webhook.
- The console's cookie key (WEB_SECRET_KEY): one that differs only signs officers out when the balancer sends
  them to another instance, so it is a loud warning, not a refusal.

The hashes are keyed with the bot token: whoever reads the database cannot test guesses of a short secret.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Mapping

from bot.config import AppConfig
from storage.models.instances import FINGERPRINT_LENGTH
from storage.services.instance_fingerprints import Fingerprints, InstanceFingerprints

logger = logging.getLogger(__name__)


class SecretDisagrees(Exception):
    """Live instances on this database run with another TELEGRAM_WEBHOOK_SECRET than this one."""

    def __init__(self, others: list[str], live: int) -> None:
        super().__init__(", ".join(others))
        self.others = others
        self.live = live


def fingerprint(token: str, purpose: str, secret: str) -> str:
    digest = hmac.new(token.encode(), f"{purpose}\0{secret}".encode(), hashlib.sha256).hexdigest()
    return digest[:FINGERPRINT_LENGTH]


def fingerprints_of(config: AppConfig, web_key: str | None) -> Fingerprints:
    token = config.telegram.token.get_secret_value() if config.telegram.token else ""
    secret = config.webhook.secret.get_secret_value() if config.webhook.secret else None
    return Fingerprints(
        webhook_secret=fingerprint(token, "webhook-secret", secret) if secret else None,
        web_key=fingerprint(token, "web-key", web_key) if web_key else None,
    )


def warn_without_shared_web_key(config: AppConfig, environ: Mapping[str, str] | None = None) -> None:
    """Instances serving the console need one cookie key; without WEB_SECRET_KEY each makes its own."""
    env = os.environ if environ is None else environ
    if config.web.enabled and not config.webhook.single_instance and not env.get("WEB_SECRET_KEY"):
        logger.warning(
            "WEB_SECRET_KEY is not set: this instance signs console sessions with a key of its own (in %s), "
            "so officers the load balancer sends here from another instance, or from here to another, are "
            "signed out. Set the same WEB_SECRET_KEY on every instance (or webhook.single_instance: true "
            "when this is the only one)",
            config.web.data_dir,
        )


async def agree_with_live_instances(book: InstanceFingerprints, mine: Fingerprints) -> None:
    """Record this instance's fingerprints and compare them with the live instances'. Call it with this
    instance's lease held, so two instances starting at once each see the other.

    Raises `SecretDisagrees` (having taken this instance's record back) when a live instance runs with
    another webhook secret; logs an error when one runs with another console key.
    """
    await book.record(mine)
    others = await book.of_others()
    odd_secret = [
        name for name, theirs in others.items() if theirs.webhook_secret not in (None, mine.webhook_secret)
    ]
    if odd_secret:
        await book.forget()
        raise SecretDisagrees(odd_secret, len(others))
    odd_key = [name for name, theirs in others.items() if None not in (theirs.web_key, mine.web_key)]
    odd_key = [name for name in odd_key if others[name].web_key != mine.web_key]
    if odd_key:
        logger.error(
            "this instance's console key (WEB_SECRET_KEY) differs from that of %d live instance(s) (%s): "
            "officers the load balancer sends between them are signed out. Set the same WEB_SECRET_KEY on "
            "every instance and restart this one",
            len(odd_key),
            ", ".join(odd_key),
        )
