"""The Bot API's small HTTP/1.1 client against scripted servers on 127.0.0.1: each way an answer's body can
be delimited, when a connection is kept and when it is closed, and what a broken answer raises."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.api_http import HttpClient, HttpError, HttpTimeout, Timeouts, target_of
from tests.local_server import Scripted, Serve, fixed

TIMEOUTS = Timeouts(connect=2.0, write=2.0, read=2.0, pool=1.0)


@pytest.fixture
async def client() -> AsyncIterator[HttpClient]:
    http = HttpClient(2, 5.0, "test-agent")
    try:
        yield http
    finally:
        await http.aclose()


async def post(client: HttpClient, server: Scripted, body: bytes = b"a=1") -> tuple[int, bytes]:
    url = f"http://127.0.0.1:{server.port}/botTOKEN/sendMessage"
    return await client.request("POST", url, b"application/x-www-form-urlencoded", body, TIMEOUTS)


async def test_the_request_names_host_type_and_length(client: HttpClient, serve: Serve) -> None:
    server = await serve(fixed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"))
    assert await post(client, server, b"chat_id=1&text=hi") == (200, b"{}")
    (request,) = server.requests
    head, _, body = request.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /botTOKEN/sendMessage HTTP/1.1"
    assert f"Host: 127.0.0.1:{server.port}".encode() in lines
    assert b"User-Agent: test-agent" in lines
    assert b"Content-Type: application/x-www-form-urlencoded" in lines
    assert b"Content-Length: 17" in lines
    assert body == b"chat_id=1&text=hi"


async def test_a_chunked_body_is_joined_and_the_connection_kept(client: HttpClient, serve: Serve) -> None:
    chunked = (
        b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\n{"ok"\r\n6\r\n:true}\r\n0\r\n\r\n'
    )
    server = await serve(fixed(chunked))
    assert await post(client, server) == (200, b'{"ok":true}')
    assert await post(client, server) == (200, b'{"ok":true}')
    assert server.connections == 1


async def test_connection_close_and_a_body_to_the_close_are_not_reused(
    client: HttpClient, serve: Serve
) -> None:
    server = await serve(fixed(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"))
    assert await post(client, server) == (200, b"{}")
    assert await post(client, server) == (200, b"{}")
    assert server.connections == 2
    unbounded = await serve(fixed(b'HTTP/1.0 200 OK\r\n\r\n{"ok":false}'))
    assert await post(client, unbounded) == (200, b'{"ok":false}')
    assert await post(client, unbounded) == (200, b'{"ok":false}')
    assert unbounded.connections == 2


async def test_an_informational_answer_is_passed_over(client: HttpClient, serve: Serve) -> None:
    server = await serve(
        fixed(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nContent-Length: 2\r\n\r\n{}")
    )
    assert await post(client, server) == (429, b"{}")


@pytest.mark.parametrize(
    "raw",
    [
        b"SSH-2.0-OpenSSH\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 10\r\n\r\n{}",  # cut short
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
    ids=["not-http", "short-body", "bad-chunk"],
)
async def test_an_unreadable_answer_raises_and_the_connection_is_dropped(
    client: HttpClient, serve: Serve, raw: bytes
) -> None:
    server = await serve(fixed(raw))
    with pytest.raises(HttpError):
        await post(client, server)
    server.answer = fixed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    assert await post(client, server) == (200, b"{}")
    assert server.connections == 2


async def test_a_late_answer_times_out_and_a_cancelled_request_leaves_no_connection(
    client: HttpClient, serve: Serve
) -> None:
    server = await serve(fixed(b""))  # never answers
    url = f"http://127.0.0.1:{server.port}/botTOKEN/getMe"
    with pytest.raises(HttpTimeout):
        await client.request("POST", url, None, b"", Timeouts(2.0, 2.0, 0.1, 1.0))
    task = asyncio.create_task(client.request("POST", url, None, b"", TIMEOUTS))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    server.answer = fixed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    assert await post(client, server) == (200, b"{}")
    assert server.connections == 3


async def test_nothing_listening_is_an_http_error(client: HttpClient) -> None:
    listener = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    listener.close()
    await listener.wait_closed()
    with pytest.raises(HttpError):
        await client.request("POST", f"http://127.0.0.1:{port}/x", None, b"", TIMEOUTS)


def test_targets_keep_path_query_and_a_non_default_port_in_the_host() -> None:
    target = target_of("https://api.example.org/bot1:AB/getMe?x=1")
    assert (target.scheme, target.host, target.port) == ("https", "api.example.org", 443)
    assert target.request_line_tail == b" /bot1:AB/getMe?x=1 HTTP/1.1\r\nHost: api.example.org\r\n"
    assert target_of("http://127.0.0.1:8081/bot").request_line_tail.endswith(b"Host: 127.0.0.1:8081\r\n")
    with pytest.raises(HttpError):
        target_of("ftp://example.org/")


async def test_a_connection_in_use_when_the_client_closes_is_closed_after_its_answer(serve: Serve) -> None:
    server = await serve(fixed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"))
    http = HttpClient(2, 5.0, "test-agent")
    url = f"http://127.0.0.1:{server.port}/botTOKEN/getMe"
    await http.request("POST", url, None, b"", TIMEOUTS)  # one idle connection
    server.delay = 0.2
    waiting = asyncio.create_task(http.request("POST", url, None, b"", TIMEOUTS))
    await asyncio.sleep(0.05)
    await http.aclose()
    assert await waiting == (200, b"{}")
    assert not any(http._idle.values())
