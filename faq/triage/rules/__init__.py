"""Every danger rule, one module per category. The order of the categories here is the order
`TriageResult.categories` lists them in."""

from __future__ import annotations

from typing import Final

from faq.triage.rule import Rule
from faq.triage.rules import (
    confinement,
    disaster,
    hunted,
    medical,
    missing,
    moved,
    no_food,
    ransom,
    sexual_abuse,
    stranded,
    suicidal,
    threat,
    trafficking,
    violence,
)

RULES: Final[tuple[Rule, ...]] = (
    *confinement.RULES,
    *violence.RULES,
    *sexual_abuse.RULES,
    *trafficking.RULES,
    *ransom.RULES,
    *no_food.RULES,
    *threat.RULES,
    *suicidal.RULES,
    *medical.RULES,
    *missing.RULES,
    *hunted.RULES,
    *moved.RULES,
    *stranded.RULES,
    *disaster.RULES,
)
