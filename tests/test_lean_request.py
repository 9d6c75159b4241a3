"""The bot's Bot API request, against a small HTTP server on 127.0.0.1: a POST goes out as one JSON object,
an idle connection is reused, one the server closed meanwhile is not, and a server that does not answer in
time raises PTB's `TimedOut`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from telegram.error import TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.lean_request import LeanRequest


@dataclass
class Server:
    """Answers each request with `{"ok":true}`; `close_after_reply` hangs up after each answer; `silent`
    never answers. Records the heads and bodies it got and how many connections were opened."""

    close_after_reply: bool = False
    silent: bool = False
    bodies: list[bytes] = field(default_factory=list)
    heads: list[bytes] = field(default_factory=list)
    connections: int = 0
    port: int = 0

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length")
                    ),
                    0,
                )
                self.heads.append(head)
                self.bodies.append(await reader.readexactly(length))
                if self.silent:
                    await asyncio.sleep(10)
                body = b'{"ok":true}'
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
                await writer.drain()
                if self.close_after_reply:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    state = Server()
    listening = await asyncio.start_server(state.serve, "127.0.0.1", 0)
    state.port = listening.sockets[0].getsockname()[1]
    try:
        yield state
    finally:
        listening.close()


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
    server: Server, request_: LeanRequest
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


async def test_a_connection_the_server_closed_is_not_reused(server: Server, request_: LeanRequest) -> None:
    server.close_after_reply = True
    url = f"http://127.0.0.1:{server.port}/botTOKEN/getMe"
    for _ in range(3):
        assert await request_.do_request(url, "POST") == (200, b'{"ok":true}')
        await asyncio.sleep(0.05)  # the close reaches the idle connection
    assert server.connections == 3


async def test_no_answer_in_time_is_timed_out(server: Server, request_: LeanRequest) -> None:
    server.silent = True
    url = f"http://127.0.0.1:{server.port}/botTOKEN/getMe"
    with pytest.raises(TimedOut):
        await request_.do_request(url, "POST", read_timeout=0.2)
