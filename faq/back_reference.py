"""A question that points back at a country already in the conversation ("di sana aman gk sih"): it is
asked about that country, so it is matched with the country's name beside it. Alone, "disiksa" and "aman"
lean to the online-scam entry, which answers a question about Saudi Arabia with Cambodia.

The country it points at is the one named last anywhere in the conversation (a question, an urgent
message, the country chosen after "Di luar negeri"), else the one known for her (her open case); with no
country in play the question is matched as she wrote it."""

from __future__ import annotations

import re
from typing import Final

# "there" as people write it; "sana" alone is also "over there" ("kesana", "di sana", "negara itu").
_THERE: Final = re.compile(
    r"\b(?:di\s*sana|ke\s*sana|disono|di\s*situ|sana|negara\s+(?:itu|tsb|tersebut|nya)|negaranya|there)\b",
    re.IGNORECASE,
)
# Words that only look like "there": English "is there a fee", "there is", and "sana sini", "kesana kemari"
# (here and there, everywhere), which point at no place.
_NOT_A_PLACE: Final = re.compile(
    r"\b(?:(?:is|are|was|were|anything|anyone)\s+there|there'?s"
    r"|there\s+(?:is|are|was|were|any|a|an)"
    r"|sana[\s-]*sini|sini[\s-]*sana|sana[\s-]*sana|ke\s*sana[\s-]*ke\s*mari)\b",
    re.IGNORECASE,
)


def refers_back(question: str) -> bool:
    """Whether the question speaks of "there" rather than naming a place."""
    return _THERE.search(_NOT_A_PLACE.sub(" ", question)) is not None


def country_referred_to(question: str, named_last: str | None, known: str | None) -> str | None:
    """The country a "there" in `question` points at: the one named last in the conversation, else the one
    known for her; None when the question says no "there" or no country is in play."""
    if not refers_back(question):
        return None
    return named_last or known


def with_country(question: str, country_name: str) -> str:
    """The question as it would read with the country named: "di sana aman?" -> "di sana aman? Arab Saudi"."""
    return f"{question} {country_name}"
