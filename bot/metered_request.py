"""Counts what the bot sends, at the one place every Bot API call passes: the HTTP request layer.

`MeteredRequest` wraps the request object python-telegram-bot sends through (`HTTPXRequest`, or a test's
recording request) and counts each send-like call's outcome in `bot.metrics`: successes by method,
failures by reason. Every attempt counts, so a 429 that the pacer retries shows as one `flood` failure
and then one success.
"""

from __future__ import annotations

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData

from bot import metrics
from bot.wrapped_request import WrappedRequest

# Methods that put something in front of a user; getUpdates, getChat, answerCallbackQuery... are not sends.
SEND_PREFIXES = ("send", "copy", "forward", "edit")
NOT_SENDS = frozenset({"sendchataction"})
FAILURE_BY_STATUS = {400: "bad_request", 403: "forbidden", 429: "flood"}
# An edit that changes nothing (a card redrawn as it already is) is refused with 400, but what the user
# sees is already right: neither a send nor a failure.
UNCHANGED = b"message is not modified"


def send_method(url: str) -> str | None:
    """The Bot API method a URL calls when it is a send (".../bot<token>/sendMessage" -> "sendMessage")."""
    method = url.rstrip("/").rsplit("/", 1)[-1]
    name = method.lower()
    if name.startswith(SEND_PREFIXES) and name not in NOT_SENDS:
        return method
    return None


def failure_reason(status: int) -> str:
    if status in FAILURE_BY_STATUS:
        return FAILURE_BY_STATUS[status]
    return "server_error" if status >= 500 else f"http_{status}"


class MeteredRequest(WrappedRequest):
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
        send = send_method(url) if method == "POST" else None
        try:
            status, payload = await self.inner.do_request(
                url,
                method,
                request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        except TimedOut:
            if send:
                metrics.MESSAGES_FAILED.labels(reason="timeout").inc()
            raise
        except NetworkError:
            if send:
                metrics.MESSAGES_FAILED.labels(reason="network").inc()
            raise
        if send:
            if 200 <= status < 300:
                metrics.MESSAGES_SENT.labels(method=send).inc()
            elif not (status == 400 and UNCHANGED in payload):
                metrics.MESSAGES_FAILED.labels(reason=failure_reason(status)).inc()
        return status, payload
