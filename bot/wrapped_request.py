"""A request that passes python-telegram-bot's lifecycle to the request it wraps, so each wrapper
(`BoundedRequest`, `MeteredRequest`) holds only what it adds around `do_request`."""

from __future__ import annotations

from telegram.request import BaseRequest


class WrappedRequest(BaseRequest):
    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()
