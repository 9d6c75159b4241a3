"""The country named last in the conversation, whatever named it: a question, an urgent message, the
country chosen after "🌏 Di luar negeri", a shared location. A later "di sana" points at it
(faq.back_reference). Kept in the conversation's memory only: after half an hour "there" may be somewhere
else, and then only the country known for her (her open case) is in play."""

from __future__ import annotations

import time
from typing import Final

from bot.context import BotContext

# user_data key: (monotonic time, country code) of the country named last.
COUNTRY_NAMED_KEY: Final = "country_named_last"
COUNTRY_NAMED_SECONDS: Final = 30 * 60


def note_country(context: BotContext, code: str) -> None:
    """`code` is now the country in play (chosen, located or named)."""
    if context.user_data is not None:
        context.user_data[COUNTRY_NAMED_KEY] = (time.monotonic(), code.upper())


def note_countries_named(context: BotContext, text: str) -> None:
    """The last country (or city of one: "dubai") the message names, if any, is now the one in play."""
    mentions = context.services.countries.country_mentions(text)
    if mentions:
        note_country(context, mentions[-1].code)


def country_named_last(context: BotContext) -> str | None:
    """The country named last in the conversation, unless that was more than half an hour ago."""
    named = context.user_data.get(COUNTRY_NAMED_KEY) if context.user_data is not None else None
    if not isinstance(named, tuple) or time.monotonic() - named[0] > COUNTRY_NAMED_SECONDS:
        return None
    return str(named[1])
