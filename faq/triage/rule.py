"""A danger rule: a named pattern with the category it signals, how strongly, why, and its own examples."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class DangerCategory(StrEnum):
    CONFINEMENT = "confinement"
    VIOLENCE = "violence"
    SEXUAL_ABUSE = "sexual_abuse"
    TRAFFICKING = "trafficking"
    RANSOM = "ransom"
    NO_FOOD = "no_food"
    THREAT = "threat"
    SUICIDAL = "suicidal"
    MEDICAL = "medical"  # a health emergency, or care refused
    MISSING = "missing"  # run away or out of contact, whereabouts unknown
    HUNTED = "hunted"  # hiding, chased, someone with a weapon, a rage at the door
    MOVED = "moved"  # being moved in secret: at night, across a border, in a closed vehicle
    STRANDED = "stranded"  # thrown out, left behind, locked out, without papers or money
    DISASTER = "disaster"  # trapped by fire, smoke, rubble or water, a sinking boat, a serious accident
    PLEA = "plea"  # a bare cry for help with nothing else ("tolong sy", "help me please")
    LEARNED = "learned"  # no rule fired; the model trained on labelled messages did (faq/triage_model.py)


STRONG = 2  # one strong sign makes a message urgent
WEAK = 1  # a weak sign needs a second one, an aggravating circumstance, or a plea about someone


@dataclass(frozen=True, slots=True)
class Rule:
    """`pattern` is matched on normalised text as whole words. `fires`: messages (as users type them) on
    which this rule must trip; `silent`: messages close to it on which it must not."""

    id: str
    category: DangerCategory
    pattern: str
    strength: int = STRONG
    # Strength when the message asks about the topic ("hp sy disita, boleh gitu?"): indirect signs count less.
    asked: int | None = None
    # Urgent however the message is phrased (asked as a question, about statistics): seeking a way to die.
    unhedged: bool = False
    # Whether this sign alone lets the learned model speak: an event ("gempa", "kecelakaan") is no harm to
    # a person until something else says so.
    model_evidence: bool = True
    why: str = ""
    fires: tuple[str, ...] = ()
    silent: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(rf"\b(?:{self.pattern})\b"))

    @property
    def asked_strength(self) -> int:
        return self.strength if self.asked is None else self.asked
