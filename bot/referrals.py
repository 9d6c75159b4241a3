"""Where a case can be referred, and how the worker reaches that agency.

The Indonesian missions in the case's destination country (from the destinations table: KBRI, KJRI, KDEI)
come first, with their hotlines; then the agencies of `staff.referral_agencies`, with the contact
`staff.referral_contacts` gives them. The worker is told the agency's name and number, so "referred" is a
next step she can take, not a dead end.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.config import AppConfig
from faq.destinations import Destinations
from faq.model import Language


@dataclass(frozen=True)
class ReferralAgency:
    name: str
    contact: str | None  # the number as the worker reads it (an unverified one says so)


def referral_agencies(
    config: AppConfig, destinations: Destinations, country_code: str | None, lang: Language = "id"
) -> tuple[ReferralAgency, ...]:
    """The agencies an officer may refer a case to, the destination's missions first."""
    missions = _missions(destinations, country_code, lang)
    taken = {agency.name for agency in missions}
    configured = tuple(
        ReferralAgency(name, configured_contact(config, name))
        for name in config.staff.referral_agencies
        if name not in taken
    )
    return missions + configured


# How close a typed agency must be to a known name ("kjri kucing" is KJRI Kuching; "KJRI Penang" is not).
AGENCY_MATCH_CUTOFF = 85


def _key(name: str) -> str:
    """A name without its parenthesised note, case-folded, spaces squeezed."""
    return " ".join(name.split("(")[0].casefold().split())


def find_agency(
    config: AppConfig,
    destinations: Destinations,
    typed: str,
    country_code: str | None = None,
    lang: Language = "id",
) -> ReferralAgency | None:
    """The known agency an officer meant by a name she typed (close spellings too): the case's missions
    first, then every mission in the table, then the configured agencies. None when nothing is close."""
    candidates = list(_missions(destinations, country_code, lang))
    for destination in destinations:
        candidates += [a for a in _missions(destinations, destination.code, lang) if a not in candidates]
    candidates += [
        ReferralAgency(name, configured_contact(config, name)) for name in config.staff.referral_agencies
    ]
    wanted = _key(typed)
    if not wanted:
        return None
    found = process.extractOne(
        wanted, [_key(c.name) for c in candidates], scorer=fuzz.ratio, score_cutoff=AGENCY_MATCH_CUTOFF
    )
    return None if found is None else candidates[found[2]]


def agency_contact(
    config: AppConfig,
    destinations: Destinations,
    name: str,
    lang: Language = "id",
    country_code: str | None = None,
) -> str | None:
    """The number for an agency a case was referred to, matched however the officer spelled it.
    None when no known agency is close or the one found has no number yet."""
    found = find_agency(config, destinations, name, country_code, lang)
    return None if found is None else found.contact


def reachable_mission(
    destinations: Destinations, country_code: str | None, lang: Language
) -> ReferralAgency | None:
    """The case's country's first mission with a number: who she can call when the referral has none."""
    return next((a for a in _missions(destinations, country_code, lang) if a.contact is not None), None)


def configured_contact(config: AppConfig, name: str) -> str | None:
    value = config.staff.referral_contacts.get(name)
    if value is None:
        return None
    hotline = getattr(config.hotlines, value, None)
    return hotline if isinstance(hotline, str) else value


def _missions(
    destinations: Destinations, country_code: str | None, lang: Language
) -> tuple[ReferralAgency, ...]:
    destination = destinations.get(country_code)
    if destination is None:
        return ()
    return tuple(
        ReferralAgency(mission.name, mission.hotline.shown(lang) if mission.hotline is not None else None)
        for mission in destination.missions
    )
