"""Turn an entry's answer into the plain text a user sees, filling `{placeholder}`s from config values.

Hotline numbers and links live in config so an operator can correct them without touching content; answers
only name them. We substitute with a regex rather than `str.format` so a stray brace in content cannot crash.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from faq.model import FaqEntry, as_language

PLACEHOLDER: Final = re.compile(r"\{([^{}\s]*)\}")

# The documented set (BRIEF.md); a loaded config's `placeholders()` keys take precedence where available.
DOCUMENTED_PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {
        "hotline_kp2mi",
        "hotline_kp2mi_abroad",
        "hotline_kp2mi_whatsapp",
        "hotline_sapa",
        "hotline_sapa_whatsapp",
        "hotline_police",
        "hotline_kemlu",
        "link_kp2mi",
        "link_siskop2mi",
        "link_safe_travel",
        "link_peduli_wni",
        "bot_name",
        "operator",
    }
)


def placeholders_in(text: str) -> list[str]:
    """Names of all `{...}` placeholders in the text, in order."""
    return PLACEHOLDER.findall(text)


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """Replace known placeholders; unknown ones are left visible (lint reports them)."""
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def render_answer(entry: FaqEntry, lang: str, placeholders: Mapping[str, str]) -> str:
    """The entry's answer in `lang` (unsupported codes fall back to Indonesian), placeholders filled."""
    return fill_placeholders(entry.answer.get(as_language(lang)), placeholders)
