"""Shared by the emergency tests: the destinations table, the Indonesian numbers as config gives them, and
exchanges with the bot written as data (what she said before, what she says, what the reply must and must
not show), played against the Bot API stand-in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from bot.standin import BotApiStandIn, SentMessage
from faq.destinations import Destination, load_destinations
from faq.emergency import HomeLines
from faq.model import Language
from tests.complaint_helpers import replies_to

TABLE = load_destinations()
HOME = HomeLines(
    police="110",
    kp2mi="0800-1000",
    kp2mi_abroad="+62 21 2924 4800",
    kp2mi_whatsapp="0811-8080-141",
    sapa="129",
    sapa_whatsapp="08111-129-129",
    kemlu="+62 812-9007-0027",
    safe_travel="https://safetravel.kemlu.go.id",
)
LANGUAGES: tuple[Language, ...] = ("id", "en")
WRITER_ID = 7000


def places_to_try(destination: Destination) -> list[str]:
    """No place, and one place served by each consulate (which puts that consulate first)."""
    return ["", *(mission.serves[0] for mission in destination.missions if mission.serves)]


async def replies_from(standin: BotApiStandIn, user_id: int, text: str) -> list[SentMessage]:
    """Everything the bot says to `text` from `user_id` (a private user, made on first use)."""
    user = standin.known_user(user_id) or standin.private_user(user_id, "Siti", "id")
    return await replies_to(standin, user, text)


async def said_to(
    standin: BotApiStandIn, user_id: int, text: str, *, first: bool = False, alone: bool = False
) -> str:
    """The bot's replies to `text` as one plain text (only the first reply with `first`; with `alone`,
    there must be only one)."""
    replies = await replies_from(standin, user_id, text)
    assert len(replies) == 1 if alone else replies, [reply.plain_text for reply in replies]
    return replies[0].plain_text if first else "\n".join(reply.plain_text for reply in replies)


@dataclass(frozen=True)
class Exchange:
    """She says `before` (replies not read), then `says`: the replies (the first alone with `first`) show
    every one of `shows`, none of `lacks`, and begin with `starts`; with `alone`, in one message."""

    says: str
    shows: tuple[str, ...] = ()
    lacks: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    starts: str = ""
    first: bool = False
    alone: bool = False

    async def check(self, standin: BotApiStandIn, user_id: int = WRITER_ID) -> None:
        for earlier in self.before:
            await said_to(standin, user_id, earlier)
        text = await said_to(standin, user_id, self.says, first=self.first, alone=self.alone)
        assert text.startswith(self.starts), text
        for shown in self.shows:
            assert shown in text, (shown, text)
        for lacking in self.lacks:
            assert lacking not in text, (lacking, text)


def exchanges(**cases: Exchange) -> Any:
    """`pytest.mark.parametrize` over named exchanges, each its own test case."""
    return pytest.mark.parametrize(
        "exchange", [pytest.param(exchange, id=name) for name, exchange in cases.items()]
    )
