"""The Bot API calls the bot makes, sent through `bot.api_http`'s small keep-alive HTTP/1.1 client.

Every reply, button answer and card is one small POST, and the bot makes them by the thousand:
python-telegram-bot's `HTTPXRequest` sends each through httpx's client (request and response models,
cookies, auth and redirect handling, none of which the Bot API uses) and httpcore's pool and h11 under it.
`LeanRequest` builds the POST itself and writes it on a pooled connection of its own. The body is the
parameters as one JSON object (the Bot API takes `application/json` for every call without a file), one
`json.dumps` in C, where a form body encodes each nested object (a keyboard) to JSON first and then
percent-encodes every byte of every value in Python. Uploads
(multipart bodies) still go through `HTTPXRequest`, which knows how to stream files. Errors map as PTB's
own request maps them: a timeout raises `TimedOut`, any other transport failure `NetworkError`.
"""

from __future__ import annotations

import json

from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.api_http import HttpClient, HttpError, HttpTimeout, Timeouts

# PTB's own defaults for HTTPXRequest.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
KEEPALIVE_SECONDS = 5.0  # httpx's default keep-alive expiry
JSON = b"application/json"


def _given(value: ODVInput[float], default: float) -> float | None:
    return default if isinstance(value, DefaultValue) else value


class LeanRequest(BaseRequest):
    def __init__(self, pool_size: int) -> None:
        self._pool_size = pool_size
        self._pool = self._new_pool()
        self._uploads = HTTPXRequest(connection_pool_size=1)

    def _new_pool(self) -> HttpClient:
        return HttpClient(self._pool_size, KEEPALIVE_SECONDS, self.USER_AGENT)

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
        content_type, body = None, b""
        if method == "POST":
            params = request_data.parameters if request_data is not None else {}
            if params:
                content_type, body = JSON, json.dumps(params, separators=(",", ":")).encode()
        timeouts = Timeouts(
            connect=_given(connect_timeout, CONNECT_TIMEOUT),
            write=_given(write_timeout, WRITE_TIMEOUT),
            read=_given(read_timeout, READ_TIMEOUT),
            pool=_given(pool_timeout, POOL_TIMEOUT),
        )
        try:
            return await self._pool.request(method, url, content_type, body, timeouts)
        except HttpTimeout as exc:
            raise TimedOut from exc
        except HttpError as exc:
            raise NetworkError(f"{type(exc).__name__}: {exc}") from exc
