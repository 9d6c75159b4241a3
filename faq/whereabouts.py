"""Which country a message says the person in danger is in, weighed against the country already known (from
earlier in the conversation or her open case).

A message names places for many reasons: "majikannya Mr Tan di Jalan Burma Georgetown" is an address in
Malaysia, "orang siam" is a people. Street names never reach here (the places index leaves them out). Of
the rest, a city says more than a bare country word, and the country already known outranks a mention that
is ambiguous: so a mother whose daughter's case is in Malaysia is not sent to Myanmar's police.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Final

from faq.places import PlaceMention

# Old names that live on in streets, food and peoples ("Burma Road", "nasi siam", "orang burma"): alone they
# do not move a person whose country is already known.
AMBIGUOUS_NAMES: Final = frozenset({"burma", "birma", "siam"})


def depends_on_known(mentions: Sequence[PlaceMention]) -> bool:
    """Whether the known country could change the answer: several countries named, or an old name. A
    message naming one country plainly ("gaji di malaysia berapa") needs no look-up."""
    return len({mention.code for mention in mentions}) > 1 or any(
        mention.name in AMBIGUOUS_NAMES for mention in mentions
    )


def country_in_message(
    mentions: Sequence[PlaceMention], known: str | None, usable: Container[str]
) -> str | None:
    """The country the message places her in, or None when it names none (or none worth switching to).

    `mentions`: the countries named, in order; `known`: the country already known, if any; `usable`: the
    codes there is help for (the destinations table)."""
    named = [mention for mention in mentions if mention.code in usable]
    if not named:
        return None
    if known is not None and any(mention.code == known for mention in named):
        return known  # "Georgetown" or "Malaysia" for a case in Malaysia: nothing moves
    by_city = [mention.code for mention in named if mention.by_city]
    if by_city:
        return by_city[0]  # "orang burma, kerja di penang": the city says where she is
    if known is not None and all(mention.name in AMBIGUOUS_NAMES for mention in named):
        return None
    return named[0].code
