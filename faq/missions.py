"""A question for an Indonesian mission's number ("nomor kbri kl brp", "no kjri penang"), answered from the
destinations table: the mission named, else those of the country named or already known for her.

Pure: the handler passes the countries the message names and the one remembered for the conversation.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Final

from faq.destinations import Destination, Destinations, Mission
from faq.model import Language
from faq.places import PlaceMention

_ASKS_CONTACT: Final = re.compile(
    r"\b(?:nomor|nomer|nmr|no|telp|telpon|telepon|tlp|kontak|hotline|wa|whatsapp|number|phone|contact"
    r"|hubungi|call)\b",
    re.IGNORECASE,
)
_MISSION_WORD: Final = r"(?:kbri|kjri|kdei|kri|kedutaan|konsulat|embassy|consulate|perwakilan)"
_MISSION: Final = re.compile(rf"\b{_MISSION_WORD}\b", re.IGNORECASE)
_SHOWN: Final = 3
_T: Final = {
    "lead": {"id": "Perwakilan RI di {country}:", "en": "Indonesian missions in {country}:"},
    "whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "no_line": {
        "id": "nomor belum ada; hubungi Kemlu {kemlu}",
        "en": "no number yet; call the foreign ministry {kemlu}",
    },
    "via_kemlu": {
        "id": "nomor hotline-nya belum kami punya; hubungi lewat Kemlu {kemlu}",
        "en": "we do not have its hotline yet; reach it through the foreign ministry {kemlu}",
    },
    "police": {"id": "Polisi setempat", "en": "Local police"},
    "danger": {"id": "Dalam bahaya sekarang? Ketik /darurat.", "en": "In danger now? Type /emergency."},
    "yours": {"id": "Untuk Anda di {country}:", "en": "For you in {country}:"},
}


def asks_for_a_mission(text: str) -> bool:
    """ "nomor kbri kl brp", "kontak kjri hk": a mission and a way to reach it, not "KBRI itu apa?"."""
    return bool(_ASKS_CONTACT.search(text) and _MISSION.search(text))


def missions_asked(
    text: str, mentions: Sequence[PlaceMention], known: str | None, table: Destinations
) -> tuple[Destination, tuple[Mission, ...]] | None:
    """The country and its missions, nearest first, for a question about a mission's number; None when the
    message asks no such thing or names no country the table has (and none is known)."""
    if not asks_for_a_mission(text):
        return None
    lowered = text.casefold()
    for destination in table:
        for mission in destination.missions:
            if re.search(rf"\b{_MISSION_WORD}\s+(?:{_city_pattern(mission)})\b", lowered):
                others = [other for other in destination.missions_near(text) if other is not mission]
                return destination, (mission, *others)[:_SHOWN]
    codes = [mention.code for mention in mentions if mention.code in table]
    country = table.get(codes[0] if codes else known)
    if country is None or not country.missions:
        return None
    return country, country.missions_near(text)[:_SHOWN]


def missions_reply(destination: Destination, missions: Sequence[Mission], lang: Language, kemlu: str) -> str:
    """The missions' numbers as HTML, with the local police and the way to the emergency help."""
    lines = [_T["lead"][lang].format(country=_e(destination.name.get(lang)))]
    lines.extend(f"• {mission_line(mission, lang, kemlu, listing=True)}" for mission in missions)
    if destination.police is not None:
        lines.append(f"{_T['police'][lang]}: <b>{_e(destination.police.shown(lang))}</b>")
    lines.append(_T["danger"][lang])
    return "\n".join(lines)


def mission_line(
    mission: Mission, lang: Language, kemlu: str, *, separator: str = ": ", listing: bool = False
) -> str:
    """A mission's name and how to reach it, as HTML: its hotline, else the way through Kemlu (`kemlu`).
    In a listing of the missions she asked for, its own WhatsApp beside the hotline, and a shorter note
    where no number is known; in an emergency reply the hotline alone, the one number to dial."""
    label = _e(mission.label(lang))
    if mission.hotline is None:
        via = _T["no_line" if listing else "via_kemlu"][lang].format(kemlu=f"<b>{_e(kemlu)}</b>")
        return f"{label}{separator}{via}"
    number = f"<b>{_e(mission.hotline.shown(lang))}</b>"
    if listing and mission.whatsapp is not None and mission.whatsapp.number != mission.hotline.number:
        number += f" ({_T['whatsapp'][lang]} {_e(mission.whatsapp.shown(lang))})"
    return f"{label}{separator}{number}"


def _city_pattern(mission: Mission) -> str:
    """The mission's city as typed after "kbri": "kuala lumpur", "kualalumpur" or "kl"."""
    city = mission.name.split(" ", 1)[1].casefold() if " " in mission.name else mission.name.casefold()
    words = city.split()
    forms = [re.escape(city), re.escape("".join(words))]
    if len(words) > 1:
        forms.append("".join(word[0] for word in words))
    return "|".join(forms)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def names_other_countries_lines(answer: str, table: Destinations) -> frozenset[str]:
    """The countries whose mission or labour lines an answer shows ("Taiwan 1955"): for a worker known to be
    elsewhere, her own country's lines should come with them."""
    return frozenset(
        destination.code
        for destination in table
        for line in _lines_of(destination)
        if line and re.search(rf"(?<![\d+]){re.escape(line)}(?!\d)", answer)
    )


def own_lines(destination: Destination, lang: Language, kemlu: str) -> str:
    """One line with her country's mission, labour line where one exists, and police, as HTML."""
    parts: list[str] = []
    mission = destination.mission
    if mission is not None:
        number = mission.hotline.shown(lang) if mission.hotline is not None else kemlu
        parts.append(f"{_e(mission.name)} <b>{_e(number)}</b>")
    if destination.labour is not None:
        parts.append(
            f"{_e(destination.labour.name.get(lang))} <b>{_e(destination.labour.phone.shown(lang))}</b>"
        )
    if destination.police is not None:
        parts.append(f"{_T['police'][lang]} <b>{_e(destination.police.shown(lang))}</b>")
    return f"📍 {_T['yours'][lang].format(country=_e(destination.name.get(lang)))} " + " · ".join(parts)


def _lines_of(destination: Destination) -> list[str]:
    lines = [mission.hotline.number for mission in destination.missions if mission.hotline is not None]
    if destination.labour is not None:
        lines.append(destination.labour.phone.number)
    return lines
