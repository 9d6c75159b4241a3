"""End to end against the Bot API stand-in, as a fifth user test found it: a worker in a scam compound who
asks to write instead of calling gets the chat channels; pills gathered are a suicide being prepared, pills
packed for the journey are luggage; a broker's fraud at home gets how to get the money back; a worker in
Malaysia asking about her pay gets the wages entry."""

from __future__ import annotations

from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import replies_to


async def test_pills_gathered_are_a_suicide_being_prepared(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7801, "Dewi", "id")
    (reply, *_) = await replies_to(standin, user, "udh siap2 obat byk")
    assert "💛" in reply.plain_text, reply.plain_text
    assert "Healing119" in reply.plain_text


async def test_pills_packed_for_the_journey_are_luggage(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7802, "Ratna", "id")
    for packing in ("udh siap2 obat buat perjalanan", "siapin obat banyak buat bekal"):
        replies = await replies_to(standin, user, packing)
        text = "\n".join(reply.plain_text for reply in replies)
        assert "💛" not in text, text
        assert "🆘" not in text, text
