"""Keeps the sends in flight within the HTTP connection pool, waiting in line here rather than in the pool.

A pool gives up on a request that finds no free connection within its pool timeout (PTB's default: one
second), and a burst of replies to hundreds of chats at once is longer than that. `BoundedRequest` lets at
most `limit` requests (the pool's size) reach the inner request at once; the others wait their turn on a
semaphore, as long as it takes.
"""

from __future__ import annotations

import asyncio

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from bot.wrapped_request import WrappedRequest


class BoundedRequest(WrappedRequest):
    def __init__(self, inner: BaseRequest, limit: int) -> None:
        super().__init__(inner)
        self._slots = asyncio.Semaphore(limit)

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
        async with self._slots:
            return await self.inner.do_request(
                url,
                method,
                request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
