"""Turn an entry's answer into the plain text a user sees, filling `{placeholder}`s from config values.

Hotline numbers and links live in config so an operator can correct them without touching content; answers
only name them. We substitute with a regex rather than `str.format` so a stray brace in content cannot crash.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from faq.matcher import Decision
from faq.model import FaqEntry, KnowledgeBase, as_language
from faq.reply import ReplyDecision

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
        "moratorium_saudi_status",
        "moratorium_saudi_status_en",
        "moratorium_as_of",
        "moratorium_as_of_en",
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


_CLARIFY_LEAD: Final = {"id": "Maksud Anda:", "en": "Did you mean:"}
_NOT_THIS: Final = {"id": "Bukan ini?", "en": "Not this?"}
_FALLBACK: Final = {
    "id": "Maaf, saya belum punya jawaban untuk pertanyaan itu. Coba tulis dengan kata lain, "
    "atau hubungi {hotline_kp2mi}.",
    "en": "Sorry, I do not have an answer for that yet. Try other words, or call {hotline_kp2mi}.",
}


def render_decision(
    kb: KnowledgeBase,
    reply: ReplyDecision,
    lang: str,
    placeholders: Mapping[str, str],
) -> str:
    """Plain-text first reply for a reply decision, buttons shown as `[title]` lines, as the bot sends it
    (an urgent message's numbers come from faq.emergency, where she is, not from here)."""
    language = as_language(lang)
    parts: list[str] = []

    def title(entry_id: str) -> str:
        return kb.get(entry_id).title.get(language) if entry_id in kb else entry_id

    if reply.decision is Decision.ANSWER and reply.entry_id is not None and reply.entry_id in kb:
        entry = kb.get(reply.entry_id)
        parts.append(f"{entry.title.get(language)}\n\n{render_answer(entry, language, placeholders)}")
        # the message text, then its button rows (a second topic first, then the "Bukan ini?" entries)
        if reply.alternatives:
            parts.append(_NOT_THIS[language])
        rows = [f"[➕ {title(reply.second_topic)}]"] if reply.second_topic is not None else []
        if reply.alternatives:
            rows.append(" ".join(f"[{title(entry_id)}]" for entry_id in reply.alternatives))
        if rows:
            parts.append("\n".join(rows))
    elif reply.decision is Decision.CLARIFY:
        options = [f"[{title(candidate.entry_id)}]" for candidate in reply.candidates]
        parts.append("\n".join([_CLARIFY_LEAD[language], *options]))
    else:
        parts.append(fill_placeholders(_FALLBACK[language], placeholders))
    return "\n\n".join(parts)
