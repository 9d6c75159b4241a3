"""A deliberately small HTTP/1.1 server on asyncio streams, enough for python-telegram-bot's httpx client.

It understands keep-alive, `Content-Length` and chunked request bodies, and leaves parsing of the body to
the caller. We write our own instead of pulling in a web framework because the stand-in serves one client
(the bot) on 127.0.0.1 and must start in milliseconds inside every end-to-end test.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus

logger = logging.getLogger(__name__)

MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


RequestHandler = Callable[[HttpRequest], Awaitable[HttpResponse]]


class BadHttpRequest(Exception):
    """The client sent something we cannot parse; the connection is answered with 400 and closed."""


class HttpServer:
    """Serves `handler` on host:port (port 0 picks a free one) until `close()`."""

    def __init__(self, handler: RequestHandler, host: str = "127.0.0.1", port: int = 0) -> None:
        self._handler = handler
        self._host = host
        self._port = port
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server is not started")
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve_connection, self._host, self._port)

    async def close(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        for task in list(self._connections):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await self._server.wait_closed()
        self._server = None

    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                try:
                    request = await _read_request(reader)
                except BadHttpRequest:
                    await _write_response(writer, HttpResponse(400, b"bad request", "text/plain"), False)
                    return
                if request is None:
                    return
                response = await self._handler(request)
                keep_alive = request.headers.get("connection", "").lower() != "close"
                await _write_response(writer, response, keep_alive)
                if not keep_alive:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        except asyncio.CancelledError:
            # close() cancels connections (a long poll may be waiting). asyncio's stream callback calls
            # task.exception() on this task, which would log a cancelled task as an error: end normally.
            return
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


async def _read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None  # the client closed an idle keep-alive connection
        raise BadHttpRequest("truncated request head") from None
    except asyncio.LimitOverrunError:
        raise BadHttpRequest("request head too large") from None
    if len(head) > MAX_HEADER_BYTES:
        raise BadHttpRequest("request head too large")
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, _version = lines[0].split(" ", 2)
    except ValueError:
        raise BadHttpRequest("malformed request line") from None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    else:
        length = int(headers.get("content-length", "0") or 0)
        if length > MAX_BODY_BYTES:
            raise BadHttpRequest("body too large")
        body = await reader.readexactly(length) if length else b""
    return HttpRequest(method=method.upper(), path=target, headers=headers, body=body)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            await reader.readuntil(b"\r\n")  # trailer end
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def _write_response(writer: asyncio.StreamWriter, response: HttpResponse, keep_alive: bool) -> None:
    reason = HTTPStatus(response.status).phrase if response.status in HTTPStatus._value2member_map_ else ""
    head = [
        f"HTTP/1.1 {response.status} {reason}",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
        f"Connection: {'keep-alive' if keep_alive else 'close'}",
    ]
    head.extend(f"{name}: {value}" for name, value in response.headers.items())
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.body)
    await writer.drain()


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Split a multipart/form-data body into text fields and uploaded files."""
    boundary = _header_param(content_type, "boundary")
    if not boundary:
        raise BadHttpRequest("multipart body without boundary")
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    delimiter = b"--" + boundary.encode("latin-1")
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk.removeprefix(b"\r\n").removesuffix(b"\r\n")
        raw_headers, _, content = chunk.partition(b"\r\n\r\n")
        part_headers: dict[str, str] = {}
        for line in raw_headers.decode("utf-8", "replace").split("\r\n"):
            header, _, value = line.partition(":")
            part_headers[header.strip().lower()] = value.strip()
        disposition = part_headers.get("content-disposition", "")
        name = _header_param(disposition, "name")
        if name is None:
            continue
        filename = _header_param(disposition, "filename")
        if filename is None:
            fields[name] = content.decode("utf-8")
        else:
            files[name] = UploadedFile(
                filename=filename,
                content_type=part_headers.get("content-type", "application/octet-stream"),
                data=content,
            )
    return fields, files


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


def _header_param(header: str, key: str) -> str | None:
    for part in header.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == key:
            return value.strip().strip('"')
    return None
