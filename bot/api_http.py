"""A small HTTP/1.1 client for the Bot API's form POSTs: keep-alive connections on asyncio's own streams.

Every reply, button answer and card is one small request to one host, answered with one small JSON body.
A general client (httpcore with h11 under it) builds request and response models, runs h11's event state
machine over every header and keeps a pool of connections it re-examines on every request and response;
measured with the durability benchmark, that was about a fifth of the event loop's time. Here a request
is one formatted write, a response one read up to the blank line and one read of its body, and a
connection is an idle one taken from a stack or a new one.

What the Bot API (and any HTTP/1.1 server in front of it) can answer is understood: a body by
`Content-Length`, chunked, or up to the close; `Connection: close` and HTTP/1.0 end the connection after
the answer, and informational (1xx) answers are passed over. A connection whose request failed, timed out
or was cancelled is closed, never reused, since what is left unread on it is unknown.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import certifi

MAX_HEAD_BYTES = 64 * 1024  # asyncio's default stream limit: a longer head is refused, not buffered
DEFAULT_PORTS = {"http": 80, "https": 443}
CLOSE_WAIT_SECONDS = 1.0  # how long closing waits for the server to see its connections go


class HttpError(Exception):
    """The connection failed or the server's answer could not be read as HTTP/1.1."""


class HttpTimeout(HttpError):
    """Connecting, sending or waiting for the answer took longer than allowed."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where a URL points: the connection it needs and the head lines naming it."""

    scheme: str
    host: str
    port: int
    request_line_tail: bytes  # b" /path?query HTTP/1.1\r\nHost: host\r\n"


@lru_cache(maxsize=256)  # the bot calls a few dozen methods on one base URL
def target_of(url: str) -> Target:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise HttpError(f"not an http(s) URL: {scheme}://")
    port = parts.port or DEFAULT_PORTS[scheme]
    host_header = parts.netloc.rpartition("@")[2]
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    tail = f" {path} HTTP/1.1\r\nHost: {host_header}\r\n".encode("ascii")
    return Target(scheme, parts.hostname, port, tail)


@dataclass(slots=True)
class Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0

    def reusable(self, now: float, keepalive_seconds: float) -> bool:
        """Still open (the server has not closed it while it was idle) and not idle for too long."""
        return (
            now - self.idle_since < keepalive_seconds
            and not self.reader.at_eof()
            and not self.writer.is_closing()
        )

    def close(self) -> None:
        self.writer.close()


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float | None
    write: float | None
    read: float | None
    pool: float | None


class HttpClient:
    """Up to `max_connections` requests at once, each on its own connection; up to that many idle ones
    kept for `keepalive_seconds` per origin."""

    def __init__(self, max_connections: int, keepalive_seconds: float, user_agent: str) -> None:
        self._slots = asyncio.Semaphore(max_connections)
        self._max_idle = max_connections
        self._keepalive = keepalive_seconds
        self._user_agent = f"User-Agent: {user_agent}\r\n".encode("ascii")
        self._idle: dict[tuple[str, str, int], list[Connection]] = {}
        self._ssl: ssl.SSLContext | None = None
        self._closed = False

    async def request(
        self, method: str, url: str, content_type: bytes | None, body: bytes, timeouts: Timeouts
    ) -> tuple[int, bytes]:
        """The answer's status and body."""
        target = target_of(url)
        head = [method.encode("ascii"), target.request_line_tail, self._user_agent]
        if content_type is not None:
            head += [b"Content-Type: ", content_type, b"\r\n"]
        if body or method != "GET":
            head.append(b"Content-Length: %d\r\n" % len(body))
        head.append(b"\r\n")
        head.append(body)
        if self._slots.locked():  # every connection busy: wait for one, within the pool timeout
            try:
                async with asyncio.timeout(timeouts.pool):
                    await self._slots.acquire()
            except TimeoutError as exc:
                raise HttpTimeout("no free connection in time") from exc
        else:
            await self._slots.acquire()
        try:
            connection = await self._connection(target, timeouts.connect)
            try:
                status, answer, keep = await _exchange(connection, b"".join(head), timeouts)
            except BaseException:
                connection.close()  # whatever is left unread on it is unknown
                raise
            if keep:
                self._release(target, connection)
            else:
                connection.close()
            return status, answer
        finally:
            self._slots.release()

    async def aclose(self) -> None:
        """Close the idle connections; one still in use is closed when its request ends."""
        self._closed = True
        idle = [connection for connections in self._idle.values() for connection in connections]
        self._idle.clear()
        for connection in idle:
            connection.close()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(CLOSE_WAIT_SECONDS):
                await asyncio.gather(*(connection.writer.wait_closed() for connection in idle))

    async def _connection(self, target: Target, connect_timeout: float | None) -> Connection:
        idle = self._idle.get((target.scheme, target.host, target.port))
        now = time.monotonic()
        while idle:
            connection = idle.pop()  # the most recently used: the least likely to have been closed
            if connection.reusable(now, self._keepalive):
                return connection
            connection.close()
        tls = self._tls_context() if target.scheme == "https" else None
        try:
            async with asyncio.timeout(connect_timeout):
                reader, writer = await asyncio.open_connection(
                    target.host, target.port, ssl=tls, limit=MAX_HEAD_BYTES
                )
        except TimeoutError as exc:
            raise HttpTimeout("connect timed out") from exc
        except OSError as exc:  # ssl.SSLError included
            raise HttpError(f"connect failed: {type(exc).__name__}") from exc
        return Connection(reader, writer)

    def _release(self, target: Target, connection: Connection) -> None:
        idle = self._idle.setdefault((target.scheme, target.host, target.port), [])
        if self._closed or len(idle) >= self._max_idle:
            connection.close()
            return
        connection.idle_since = time.monotonic()
        idle.append(connection)

    def _tls_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl.create_default_context(cafile=certifi.where())
        return self._ssl


async def _exchange(connection: Connection, request: bytes, timeouts: Timeouts) -> tuple[int, bytes, bool]:
    """Send the request, read the answer: its status, its body, and whether the connection can be reused."""
    writer, reader = connection.writer, connection.reader
    try:
        writer.write(request)
        if writer.transport.get_write_buffer_size():  # the socket did not take it all at once
            async with asyncio.timeout(timeouts.write):
                await writer.drain()
    except TimeoutError as exc:
        raise HttpTimeout("send timed out") from exc
    except OSError as exc:
        raise HttpError(f"send failed: {type(exc).__name__}") from exc
    try:
        async with asyncio.timeout(timeouts.read):
            return await _response(reader)
    except TimeoutError as exc:
        raise HttpTimeout("answer timed out") from exc
    except asyncio.IncompleteReadError as exc:
        raise HttpError("server disconnected before the whole answer") from exc
    except asyncio.LimitOverrunError as exc:
        raise HttpError("answer head or chunk line too long") from exc
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise HttpError(f"unreadable answer: {type(exc).__name__}") from exc


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    while True:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head[:-4].split(b"\r\n")
        version, _, rest = lines[0].partition(b" ")
        if not version.startswith(b"HTTP/1."):
            raise ValueError("not an HTTP/1.x status line")
        status = int(rest[:3])
        if status >= 200 or status == 101:
            break
        # 1xx (100 Continue, 103 Early Hints): the real answer follows on the same connection.
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    connection = headers.get(b"connection", b"").lower()
    keep = b"close" not in connection if version == b"HTTP/1.1" else b"keep-alive" in connection
    if status in (101, 204, 304):
        return status, b"", keep and status != 101
    if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
        return status, await _chunked(reader), keep
    length = headers.get(b"content-length")
    if length is None:
        return status, await reader.read(), False  # the body runs to the close
    size = int(length)
    if size < 0:
        raise ValueError("negative content length")
    return status, await reader.readexactly(size), keep


async def _chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        line = await reader.readuntil(b"\r\n")
        size = int(line.partition(b";")[0].strip(), 16)
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":
                pass  # trailer fields, not used
            return b"".join(parts)
        chunk = await reader.readexactly(size + 2)
        if chunk[-2:] != b"\r\n":
            raise ValueError("chunk not followed by CRLF")
        parts.append(chunk[:-2])
