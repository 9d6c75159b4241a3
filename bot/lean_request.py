"""The Bot API calls the bot makes, sent straight through httpcore's connection pool.

Every reply, button answer and card is one small form-encoded POST, and the bot makes them by the
thousand: python-telegram-bot's `HTTPXRequest` sends each through httpx's client (request and response
models, cookies, auth and redirect handling, none of which the Bot API uses), and httpcore asks every idle
pooled connection's socket through anyio whether the server closed it, which rebuilds anyio's whole table
of socket attributes (system calls included) each time. Measured with the durability benchmark, those two
were about a tenth of the process's CPU.

`LeanRequest` builds the POST itself and hands it to an `httpcore.AsyncConnectionPool` on asyncio's own
streams, where that check is a flag the transport set when the server closed the connection. Uploads
(multipart bodies) still go through `HTTPXRequest`, which knows how to stream files. Errors map as PTB's
own request maps them: a timeout raises `TimedOut`, any other transport failure `NetworkError`.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

import httpcore
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

# PTB's own defaults for HTTPXRequest.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
KEEPALIVE_SECONDS = 5.0  # httpx's default keep-alive expiry
TRANSPORT_ERRORS = (
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
    httpcore.ConnectionNotAvailable,
    httpcore.ProxyError,
)
FORM = b"application/x-www-form-urlencoded"


# The stream and backend methods take `timeout` as httpcore's interfaces define them (hence ASYNC109).


class _Stream(httpcore.AsyncNetworkStream):
    """A connection on asyncio's own streams. httpcore's anyio backend wraps every read and write in anyio
    cancel scopes and checkpoints, and answers its "did the server close this idle connection?" with system
    calls; here the transport has already read any close into the stream, so that answer is a flag."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    async def aclose(self) -> None:
        self._writer.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            self._writer.close()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except (OSError, ssl.SSLError) as exc:
            self._writer.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # On an idle keep-alive connection: the server closed it (or it broke), so it is dropped.
            return self._reader.at_eof() or self._writer.is_closing()
        names = {"ssl_object": "ssl_object", "client_addr": "sockname", "server_addr": "peername"}
        return self._writer.get_extra_info(names.get(info, info))


class _Backend(httpcore.AsyncNetworkBackend):
    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(host, port, local_addr=local)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        _set_options(writer, socket_options)
        return _Stream(reader, writer)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_unix_connection(path)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        _set_options(writer, socket_options)
        return _Stream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _set_options(writer: asyncio.StreamWriter, options: Iterable[Any] | None) -> None:
    sock = writer.get_extra_info("socket")
    for option in options or ():
        sock.setsockopt(*option)


def _given(value: ODVInput[float], default: float) -> float | None:
    return default if isinstance(value, DefaultValue) else value


class LeanRequest(BaseRequest):
    def __init__(self, pool_size: int) -> None:
        self._pool_size = pool_size
        self._pool = self._new_pool()
        self._uploads = HTTPXRequest(connection_pool_size=1)

    def _new_pool(self) -> httpcore.AsyncConnectionPool:
        return httpcore.AsyncConnectionPool(
            max_connections=self._pool_size,
            max_keepalive_connections=self._pool_size,
            keepalive_expiry=KEEPALIVE_SECONDS,
            network_backend=_Backend(),
        )

    @property
    def read_timeout(self) -> float | None:
        return READ_TIMEOUT

    async def initialize(self) -> None:
        await self._uploads.initialize()

    async def shutdown(self) -> None:
        await self._pool.aclose()
        self._pool = self._new_pool()  # PTB may initialise a request again after shutting it down
        await self._uploads.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is not None and request_data.multipart_data:
            return await self._uploads.do_request(
                url,
                method,
                request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        headers = [(b"User-Agent", self.USER_AGENT.encode())]
        content = None
        if method == "POST":
            params = request_data.json_parameters if request_data is not None else {}
            content = urlencode(params).encode() if params else b""
            if params:
                headers.append((b"Content-Type", FORM))
        timeouts = {
            "connect": _given(connect_timeout, CONNECT_TIMEOUT),
            "read": _given(read_timeout, READ_TIMEOUT),
            "write": _given(write_timeout, WRITE_TIMEOUT),
            "pool": _given(pool_timeout, POOL_TIMEOUT),
        }
        try:
            response = await self._pool.request(
                method, url, headers=headers, content=content, extensions={"timeout": timeouts}
            )
        except httpcore.TimeoutException as exc:
            raise TimedOut from exc
        except TRANSPORT_ERRORS as exc:
            raise NetworkError(f"httpcore.{type(exc).__name__}: {exc}") from exc
        return response.status, response.content
