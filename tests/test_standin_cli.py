"""`migrasi-aman standin` on its own: two webhook instances fed by it, the way an operator rehearses the
deployment without Telegram; users, and staff in the staff group, are played over its control endpoint
(`standin say` / `press`)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from contextlib import AsyncExitStack
from typing import Any

import pytest

from bot.__main__ import PIPE_CLOSED, main
from bot.cli_standin import serve_standin, standin_action
from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_webhook_bot
from bot.standin import BotApiStandIn
from bot.standin.control import StandInControl
from bot.standin.http import HttpRequest
from tests.bot_fixtures import TEST_TOKEN
from tests.cluster_helpers import WEBHOOK_SECRET, free_port, webhook_config
from tests.complaint_helpers import OFFICER, STAFF_CHAT, file_report, next_message


def _against(config: AppConfig, port: int) -> AppConfig:
    telegram = config.telegram.model_copy(update={"api_base_url": f"http://127.0.0.1:{port}/bot"})
    return config.model_copy(update={"telegram": telegram})


async def test_the_standin_feeds_two_webhook_instances_and_plays_users(
    bot_config: AppConfig, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    configs = [webhook_config(_against(bot_config, port)) for _ in range(2)]
    urls = [config.webhook.public_url or "" for config in configs]
    serving = asyncio.create_task(serve_standin(TEST_TOKEN, port, urls))
    try:
        async with asyncio.timeout(5):
            while "Bot API stand-in on" not in capsys.readouterr().out:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        async with AsyncExitStack() as stack:
            for config in configs:
                await stack.enter_async_context(running_webhook_bot(config))
            for user in (1001, 1002, 1003):
                said = await standin_action(port, "say", {"user": user, "text": "/start", "wait": 10})
                assert said["replies"], said
            button = said["replies"][-1]["buttons"][0]
            pressed = await standin_action(port, "press", {"user": 1003, "button": button, "wait": 10})
            assert pressed["replies"], pressed
        out = capsys.readouterr().out
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
    assert "the bot set its webhook: http://127.0.0.1:" in out
    assert "bot sent to 1002:" in out
    assert WEBHOOK_SECRET not in out


def test_say_without_a_standin_says_how_to_start_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["standin", "say", "--port", str(free_port()), "--wait", "0", "1001", "halo"]) == 3
    assert "start it with `migrasi-aman standin`" in capsys.readouterr().err


async def test_a_user_played_again_without_a_name_keeps_hers(standin: BotApiStandIn) -> None:
    control = StandInControl(standin)
    for body in ({"user": 1001, "text": "halo", "name": "Siti", "wait": 0}, {"user": 1001, "text": "lagi"}):
        request = HttpRequest("POST", "/standin/say", {}, json.dumps({"wait": 0, **body}).encode())
        assert (await control.handle(request)).status == 200
    user = standin.known_user(1001)
    assert user is not None
    assert (user.first_name, user.language_code) == ("Siti", "id")


async def _control(control: StandInControl, action: str, body: dict[str, object]) -> dict[str, Any]:
    request = HttpRequest("POST", f"/standin/{action}", {}, json.dumps({"wait": 10, **body}).encode())
    response = await control.handle(request)
    answer: dict[str, Any] = json.loads(response.body)
    assert response.status == 200, answer
    return answer


async def test_a_staff_member_works_a_case_in_the_staff_group(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    """The rehearsal's officer side: in the staff group she lists the queue, claims the case on its card and
    replies to the card; the worker gets the reply."""
    control = StandInControl(standin)
    worker = standin.private_user(4901, "Siti")
    await file_report(standin, worker, story="Gaji saya belum dibayar tiga bulan.")
    card = await next_message(standin, STAFF_CHAT)
    ticket = card.plain_text.split()[1]
    staff = {"user": OFFICER, "chat": STAFF_CHAT}

    queue = await _control(control, "say", {**staff, "text": "/kasus"})
    assert any(ticket in reply["text"] for reply in queue["replies"]), queue

    claimed = await _control(control, "press", {**staff, "button": "🙋 Ambil", "on": ticket})
    assert any(line.startswith(f"bot edited to {STAFF_CHAT}: 📁 {ticket}") for line in claimed["also"])
    assert (
        "Petugas: belum ada"
        not in next(m for m in standin.bot_messages(STAFF_CHAT) if m.message_id == card.message_id).plain_text
    )

    standin.mark_read(worker.id)
    text = "Kami sedang menghubungi agensi Anda."
    replied = await _control(control, "say", {**staff, "text": text, "reply_to": ticket})
    sent = [line for line in replied["also"] if line.startswith(f"bot sent to {worker.id}:")]
    assert any(text in line for line in sent), replied
    assert text in (await next_message(standin, worker.id)).plain_text


async def test_acting_in_a_private_chat_by_another_id_is_refused(standin: BotApiStandIn) -> None:
    control = StandInControl(standin)
    body = {"user": 1001, "chat": 1002, "text": "halo", "wait": 0}
    response = await control.handle(HttpRequest("POST", "/standin/say", {}, json.dumps(body).encode()))
    assert response.status == 400
    assert "not a group" in json.loads(response.body)["error"]


async def test_officers_replying_at_once_in_one_group_each_get_their_own_result(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    """The staff group is one chat for every officer, and the bot's messages there name no sender: played
    at once, each action is still told only what the bot did for it, not a neighbour's result."""
    control = StandInControl(standin)
    tickets = []
    for user_id in (4911, 4912, 4913):
        await file_report(standin, standin.private_user(user_id, "Siti"), story="Gaji belum dibayar.")
        tickets.append((await next_message(standin, STAFF_CHAT)).plain_text.split()[1])
    staff = {"user": OFFICER, "chat": STAFF_CHAT}

    answers = await asyncio.gather(
        *(
            _control(control, "say", {**staff, "text": f"Balasan untuk {ticket}", "reply_to": ticket})
            for ticket in tickets
        )
    )

    for ticket, answer in zip(tickets, answers, strict=True):
        said = [reply["text"] for reply in answer["replies"]]
        assert said, answer
        assert all(ticket in text for text in said), (ticket, said)


async def test_say_piped_into_a_reader_that_left_exits_quietly(standin: BotApiStandIn) -> None:
    """`standin say ... | head`: when the reader closes the pipe, no traceback on the terminal."""
    StandInControl(standin).install()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone, as `head` has after its lines
    try:
        process = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "bot", "standin", "say", "--port", str(standin.port)),
            *("--wait", "0", "1001", "halo"),
            stdout=write_end,
            stderr=asyncio.subprocess.PIPE,
        )
    finally:
        os.close(write_end)
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert err.decode() == ""
    assert process.returncode == PIPE_CLOSED
