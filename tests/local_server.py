"""A scripted HTTP/1.1 server on 127.0.0.1 for the tests of the bot's own HTTP clients (`bot.api_http`
and `bot.lean_request`): one server for both, so what "a server that closes" or "one that never answers"
means is written once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

Answer = Callable[[bytes], bytes]  # the raw answer to a request head


class Scripted:
    """Reads each request (head and Content-Length body) and writes `answer(head)` (an empty one: never
    answers); hangs up after it when the answer says `Connection: close` or has no length, or always with
    `hang_up` (a server closing an idle connection without saying so). Counts connections and keeps each
    request."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.connections = 0
        self.requests: list[bytes] = []
        self.port = 0
        self.delay = 0.0  # seconds before each answer
        self.hang_up = False

    @property
    def heads(self) -> list[bytes]:
        return [request.partition(b"\r\n\r\n")[0] + b"\r\n\r\n" for request in self.requests]

    @property
    def bodies(self) -> list[bytes]:
        return [request.partition(b"\r\n\r\n")[2] for request in self.requests]

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                self.requests.append(head + await reader.readexactly(length))
                answer = self.answer(head)
                await asyncio.sleep(self.delay)
                if not answer:
                    await asyncio.sleep(10)  # a server that never answers
                writer.write(answer)
                await writer.drain()
                lowered = answer.lower()
                if self.hang_up or b"close" in lowered:
                    break
                if b"content-length" not in lowered and b"chunked" not in lowered:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def fixed(raw: bytes) -> Answer:
    return lambda _head: raw


Serve = Callable[[Answer], Awaitable[Scripted]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Starts scripted servers on free ports; all are closed after the test."""
    servers: list[asyncio.Server] = []

    async def start(answer: Answer) -> Scripted:
        scripted = Scripted(answer)
        server = await asyncio.start_server(scripted.serve, "127.0.0.1", 0)
        scripted.port = server.sockets[0].getsockname()[1]
        servers.append(server)
        return scripted

    try:
        yield start
    finally:
        for server in servers:
            server.close()
