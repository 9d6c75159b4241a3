"""A question that points back at the country just asked about ("di sana aman gk sih"): it is asked about
that country, so it is matched with the country's name beside it. Alone, "disiksa" and "aman" lean to the
online-scam entry, which answers a question about Saudi Arabia with Cambodia."""

from __future__ import annotations

import re
from typing import Final

# "there" as people write it; "sana" alone is also "over there" ("kesana", "di sana", "negara itu").
_THERE: Final = re.compile(
    r"\b(?:di\s*sana|ke\s*sana|disono|di\s*situ|sana|negara\s+(?:itu|tsb|tersebut|nya)|negaranya|there)\b",
    re.IGNORECASE,
)


def refers_back(question: str) -> bool:
    """Whether the question speaks of "there" rather than naming a place."""
    return _THERE.search(question) is not None


def with_country(question: str, country_name: str) -> str:
    """The question as it would read with the country named: "di sana aman?" -> "di sana aman? Arab Saudi"."""
    return f"{question} {country_name}"
