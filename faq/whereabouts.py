"""Which country a message says the person in danger is in, weighed against the country already known (from
earlier in the conversation or her open case).

A message names places for many reasons: "majikannya Mr Tan di Jalan Burma Georgetown" is an address in
Malaysia, "orang siam" is a people. Street names never reach here (the places index leaves them out). Of
the rest, a city says more than a bare country word, and the country already known outranks a mention that
is ambiguous: so a mother whose daughter's case is in Malaysia is not sent to Myanmar's police.
"""

from __future__ import annotations

import re
import unicodedata
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


# Who or what is there: "sy di taiwan", "anak sy di korea", "skrg di dubai" place a person; "gaji di taiwan
# brp" asks about the country.
_SOMEONE: Final = frozenset(
    {
        "sy", "saya", "aku", "aq", "ak", "gw", "gue", "gua", "kami", "kita", "i", "im", "we", "am", "is",
        "are", "anak", "anakku", "anake", "adik", "adek", "adikku", "kakak", "istri", "suami", "ibu",
        "bapak", "ayah", "mama", "mamak", "cucu", "ponakan", "keponakan", "sister", "brother", "daughter",
        "son", "wife", "husband", "mother", "father", "mom", "mum", "dad", "kulo", "kula", "abdi", "posisi",
        "lokasi", "skrg", "sekarang", "masih", "msh", "udh", "udah", "sudah", "sdh", "now", "currently",
        "still",
    }
)  # fmt: skip
# Working or living there places her too, unless the clause asks about it ("kerja di taiwan enak gk").
_STAYING: Final = frozenset(
    {
        "kerja", "krj", "bekerja", "kerjo", "tinggal", "work", "working", "works", "live", "living", "stay",
        "staying",
    }
)  # fmt: skip
_ASKING: Final = frozenset(
    {
        "brp", "berapa", "gmn", "gimana", "bagaimana", "apa", "apakah", "enak", "boleh", "bisa", "bs", "gk",
        "ga", "gak", "nggak", "how", "what", "can", "is", "does", "do",
    }
)  # fmt: skip
# A plan, a wish, a "what if", or someone else: the country is where she may go, not where she is.
_NOT_YET: Final = frozenset(
    {
        "mau", "mo", "mao", "pengen", "pengin", "pingin", "pgn", "ingin", "akan", "bakal", "nanti", "ntar",
        "rencana", "rencananya", "klo", "kalo", "kalau", "jika", "andai", "seandainya", "arep", "calon",
        "daftar", "if", "want", "wants", "wanna", "plan", "planning", "going", "will", "would", "gonna",
        "temen", "teman", "kawan", "friend", "tetangga",
    }
)  # fmt: skip
_AT: Final = frozenset({"di", "in", "at", "neng", "ning", "nang", "dlm", "dalam"})
# A correction: "bukan malaysia, oman", "lain malaysia kang", "not in malaysia" names where she is not.
_DENIED: Final = frozenset({"bukan", "bkn", "bukn", "lain", "sanes", "not", "no", "ndak", "dudu"})
_TO: Final = frozenset({"ke", "to", "menuju"})
_SKIPPED: Final = frozenset({"negara", "negeri", "kota", "the"})
_WINDOW: Final = 4
_CLAUSES: Final = re.compile(r"[.,;:!\n]+")
_WORDS: Final = re.compile(r"[a-z0-9]+")


def placing_mentions(
    text: str, mentions: Sequence[PlaceMention], *, urgent: bool, answering: bool = False
) -> list[PlaceMention]:
    """The mentions that say where someone is, as opposed to a country asked about or planned for.

    An ordinary message places her only by saying who is there ("sy di X", "anak sy kerja di X", "skrg di
    X"), or, when `answering` (an alarm is on and asked where she is), by naming a city or a country in
    words that ask nothing ("klo gaji di taiwan brp" asks). An urgent message keeps every mention except
    a plan to go there ("mau ke taiwan"): in danger, a place named is where it happens."""
    clauses = [_WORDS.findall(_folded(clause)) for clause in _CLAUSES.split(text)]
    return [
        mention
        for mention in mentions
        if any(
            _places(words, index, mention, urgent=urgent, answering=answering)
            for words in clauses
            for index in _occurrences(words, mention.name.split())
        )
    ]


def _places(words: list[str], index: int, mention: PlaceMention, *, urgent: bool, answering: bool) -> bool:
    before = words[:index]
    while before and before[-1] in _SKIPPED:
        before = before[:-1]
    link = before[-1] if before else ""
    window = set(before[-_WINDOW - 1 : -1]) if before else set()
    if link in _DENIED or (link in _AT and len(before) > 1 and before[-2] in _DENIED):
        return False
    if urgent:
        return not (link in _TO and window & _NOT_YET)
    if window & _NOT_YET or link in _TO:
        return False
    if answering and (mention.by_city or not set(words) & _ASKING):
        return True  # "malaysia" after "Anda di mana?", "rumahnya di Georgetown", "kapalnya bendera taiwan"
    if link not in _AT:
        return False
    if window & _SOMEONE:
        return True
    return bool(window & _STAYING) and not set(words) & _ASKING


def _occurrences(words: list[str], name: list[str]) -> list[int]:
    size = len(name)
    return [index for index in range(len(words) - size + 1) if words[index : index + size] == name]


def _folded(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return folded.encode("ascii", "ignore").decode("ascii")
