"""The staff console behind a proxy in front of two webhook instances: `/konsol` answers with a link on
`web.public_url` whichever instance handled it, and a session signed in on one instance is accepted by the
other when both have the same WEB_SECRET_KEY (without it each makes its own key and refuses the other's)."""

from __future__ import annotations

import re
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
import pytest

from bot.config import AppConfig
from bot.run import running_webhook_bot
from bot.standin import BotApiStandIn
from handlers.web.common import SESSION_COOKIE
from tests.bot_fixtures import with_api
from tests.cluster_helpers import webhook_config
from tests.complaint_helpers import OFFICER, next_message, prepare_chats
from tests.console_helpers import console_config

PUBLIC = "https://bot.example.go.id"
LINK = re.compile(re.escape(PUBLIC) + r"/masuk\?t=([A-Za-z0-9_-]+)")


def instance_config(tmp_path: Path, standin: BotApiStandIn, name: str) -> AppConfig:
    """One instance's configuration: the shared public address, its own data directory."""
    config = with_api(console_config(tmp_path), standin)
    web = config.web.model_copy(update={"public_url": PUBLIC, "data_dir": tmp_path / f"data-{name}"})
    return webhook_config(config.model_copy(update={"web": web}))


@pytest.mark.parametrize(("shared_key", "on_the_other"), [(True, 200), (False, 401)])
async def test_a_session_made_on_one_instance_works_on_the_other_with_one_key(
    standin: BotApiStandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shared_key: bool,
    on_the_other: int,
) -> None:
    if shared_key:
        monkeypatch.setenv("WEB_SECRET_KEY", "one-key-for-every-instance")
    else:
        monkeypatch.delenv("WEB_SECRET_KEY", raising=False)
    prepare_chats(standin)
    configs = [instance_config(tmp_path, standin, name) for name in ("a", "b")]
    first, second = (f"http://127.0.0.1:{config.webhook.listen_port}" for config in configs)
    async with AsyncExitStack() as stack:
        for config in configs:
            await stack.enter_async_context(running_webhook_bot(config))
        # The webhook was set last by the second instance: it handles /konsol, and its link names the
        # proxy's address, not its own port.
        officer = standin.private_user(OFFICER, "Petugas")
        standin.mark_read(OFFICER)
        await standin.send_text(officer, "/konsol")
        link = LINK.search((await next_message(standin, OFFICER, timeout=10)).plain_text)
        assert link is not None

        async with httpx.AsyncClient(base_url=first) as client:
            signed = await client.post("/masuk", data={"t": link.group(1)})
        assert signed.status_code == 303
        cookie = signed.cookies.get(SESSION_COOKIE)
        assert cookie
        async with httpx.AsyncClient(cookies={SESSION_COOKIE: cookie}) as client:
            assert (await client.get(f"{first}/")).status_code == 200
            assert (await client.get(f"{second}/")).status_code == on_the_other
