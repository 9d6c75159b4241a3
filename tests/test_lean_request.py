"""The bot's Bot API request, against a small HTTP server on 127.0.0.1: a POST goes out as one JSON object,
an idle connection is reused, one the server closed meanwhile is not, and a server that does not answer in
time raises PTB's `TimedOut`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from telegram.error import TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.lean_request import LeanRequest
from tests.local_server import Scripted, Serve, fixed

OK = fixed(b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{"ok":true}')


@pytest.fixture
async def server(serve: Serve) -> Scripted:
    """Answers each request with `{"ok":true}`."""
    return await serve(OK)


@pytest.fixture
async def request_() -> AsyncIterator[LeanRequest]:
    lean = LeanRequest(2)
    await lean.initialize()
    try:
        yield lean
    finally:
        await lean.shutdown()


def form(**values: object) -> RequestData:
    return RequestData([RequestParameter(name, value, None) for name, value in values.items()])


async def test_a_post_is_one_json_object_and_the_connection_reused(
    server: Scripted, request_: LeanRequest
) -> None:
    url = f"http://127.0.0.1:{server.port}/botTOKEN/sendMessage"
    markup = {"inline_keyboard": [[{"text": "Ya", "callback_data": "report:v1:consent:yes"}]]}
    first = await request_.do_request(url, "POST", form(chat_id=1, text="a b&c é", reply_markup=markup))
    second = await request_.do_request(url, "POST", form(chat_id=1, text="again"))
    assert first == (200, b'{"ok":true}')
    assert second == (200, b'{"ok":true}')
    assert [json.loads(body) for body in server.bodies] == [
        {"chat_id": 1, "text": "a b&c é", "reply_markup": markup},
        {"chat_id": 1, "text": "again"},
    ]
    assert b"Content-Type: application/json" in server.heads[0]
    assert server.connections == 1


async def test_a_connection_the_server_closed_is_not_reused(server: Scripted, request_: LeanRequest) -> None:
    server.hang_up = True  # without saying so: the client must notice the idle connection is gone
    url = f"http://127.0.0.1:{server.port}/botTOKEN/getMe"
    for _ in range(3):
        assert await request_.do_request(url, "POST") == (200, b'{"ok":true}')
        await asyncio.sleep(0.05)  # the close reaches the idle connection
    assert server.connections == 3


async def test_no_answer_in_time_is_timed_out(server: Scripted, request_: LeanRequest) -> None:
    server.answer = fixed(b"")  # never answers
    url = f"http://127.0.0.1:{server.port}/botTOKEN/getMe"
    with pytest.raises(TimedOut):
        await request_.do_request(url, "POST", read_timeout=0.2)
