"""Spelling typed words back to the danger lexicon ("dikurng" -> "dikurung", "di pkul" -> "dipukul").

The lexicon is every word the rules and the main hedges use: a word added to a rule is known at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from faq.triage.hedges import HELP, NOT_NOW, PAST, TOPIC
from faq.triage.lexicon import REGIONAL
from faq.triage.rules import RULES

# Every word the patterns use is left as typed; unknown words of 6+ letters close to one are spelled back.
PATTERN_WORDS: Final = frozenset(
    word
    for regex in (*(rule.regex for rule in RULES), HELP.regex, TOPIC.regex, NOT_NOW.regex, PAST.regex)
    for word in re.findall(r"[a-z]{2,}", regex.pattern)
)
LEXICON: Final = sorted(word for word in PATTERN_WORDS if len(word) >= 6)
TYPO_CUTOFF: Final = 88.0
# Everyday words one or two letters away from a danger word, seen in real questions: never "corrected".
CONFUSABLES: Final = frozenset(
    {
        "dibayar",
        "tahunan",
        "diperiksa",
        "pemeriksaan",
        "dibaca",
        "dibebankan",
        "tentang",
        "kontrak",
        "contract",
        "looking",
        "korean",
        "bahasa",
        "adakan",
        "mantan",
        "nyekel",
        "dicekel",
        "rendang",
        "kilang",
        "sistem",
        "sending",
        "gather",
        "formal",
        "selama",
        "cerita",
        "menang",
        "penang",
        "tenang",
        "menenangkan",
        "disana",
        "gimana",
        "bilang",
        # Sundanese "learn" (not "dihajar") and "reduced" (not "dikurung"): "tos diajar basa Korea",
        # "jam kerjanya dikurangi"
        "diajar",
        "dikurangi",
        "dikurangin",
        "jangan",
        "tangan",
        "dipikul",
        "dipakai",
        "ditanya",
        "dibantu",
        "dibawa",
        "dicari",
        "diajak",
        "diambil",
        "dikirim",
        "disitu",
        "ditahan",
        "dikasih",
        "dilepas",
        "dipanggil",
        "dipotong",
        "dijemput",
        "mereka",
        "ngulang",
        "ngajarin",
        "prosedural",
        "shouldn",
        "membayar",
        "dibayarkan",
        "membaca",
        "membeli",
        "penjara",
        "kadang",
        "tangani",
        "berangkatin",
        "menjaga",
        "tahapan",
        "disappear",
        "worker",
        "baikan",
    }
)


def join_passives(tokens: list[str], spell: Callable[[str], str]) -> list[str]:
    """ "di pukul" -> "dipukul": the passive prefix is often typed apart (Javanese "dipun siksa" too)."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        candidate = spell(f"di{following}") if following else ""
        # A typo is only mended in a short root ("di pkul"); a longer one is a real word ("di taiwan").
        exact_or_short = candidate == f"di{following}" or len(following) <= 5
        # ... and, as everywhere, a typo keeps the root's first letter: "di koper" is no "dioper"
        exact_or_short = exact_or_short and candidate[2:3] == following[:1]
        if token in ("di", "d", "dipun") and candidate in PATTERN_WORDS and exact_or_short:
            joined.append(candidate)
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


class Speller:
    """Spells long unknown words back to the danger lexicon; remembers what it decided."""

    def __init__(self, real_words: Iterable[str] = ()) -> None:
        self._real_words = CONFUSABLES | frozenset(real_words)
        self._cache: dict[str, str] = {}

    def spell_joined(self, token: str) -> str:
        """Like `spell` for a prefix typed apart ("di pkul"), without the one-letter rule: "di teras" (on the
        terrace) must not become "diperas"."""
        if token in PATTERN_WORDS or len(token) < 6:
            return token
        found = process.extractOne(token, LEXICON, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        return str(found[0]) if found is not None and str(found[0])[0] == token[0] else token

    def spell(self, token: str) -> str:
        """The danger word a long unknown word is a typo of ("dikunvi" -> "dikunci"), else the word itself."""
        if len(token) < 6 or token in PATTERN_WORDS or token in self._real_words:
            return token
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        found = process.extractOne(token, LEXICON, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        if found is None and len(token) >= 7:  # one wrong letter in a long word scores under the ratio cutoff
            found = process.extractOne(token, LEXICON, scorer=Levenshtein.distance, score_cutoff=1)
        # Typos keep the first letter; real words that happen to be close often do not ("bilang", "hilang").
        spelled = str(found[0]) if found is not None and str(found[0])[0] == token[0] else token
        if len(self._cache) < 20_000:  # bounded: tokens come from user text
            self._cache[token] = spelled
        return spelled

    def normalized(self, tokens: list[str]) -> str:
        """Regional words read as Indonesian, passive prefixes joined, typos of danger words spelled back."""
        tokens = [REGIONAL.get(token, token) for token in tokens]
        return " ".join(self.spell(token) for token in join_passives(tokens, self.spell_joined))
