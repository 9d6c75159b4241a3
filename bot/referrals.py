"""Where a case can be referred, and how the worker reaches that agency.

The Indonesian missions in the case's destination country (from the destinations table: KBRI, KJRI, KDEI)
come first, with their hotlines; then the agencies of `staff.referral_agencies`, with the contact
`staff.referral_contacts` gives them. The worker is told the agency's name and number, so "referred" is a
next step she can take, not a dead end.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def agency_contact(
    config: AppConfig, destinations: Destinations, name: str, lang: Language = "id"
) -> str | None:
    """The number for an agency a case was referred to: a mission anywhere in the table, or a configured one.
    None for an agency typed by the officer that neither knows."""
    for destination in destinations:
        for mission in destination.missions:
            if mission.name.casefold() == name.strip().casefold() and mission.hotline is not None:
                return mission.hotline.shown(lang)
    return configured_contact(config, name)


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
