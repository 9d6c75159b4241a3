"""Every triage rule and hedge carries its own examples; this runs them all. A failing case names its rule."""

from __future__ import annotations

import importlib

import pytest

from faq.triage import RULES, DangerCategory, Rule, UrgencyDetector
from faq.triage.hedges import HEDGES, Hedge

rules = UrgencyDetector(model=None)


def test_rule_ids_are_unique_and_name_their_category() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.id.startswith(f"{rule.category.value}."), rule.id


def test_each_category_module_holds_only_its_own_rules() -> None:
    for category in DangerCategory:
        if category in (DangerCategory.PLEA, DangerCategory.LEARNED):
            continue
        module = importlib.import_module(f"faq.triage.rules.{category.value}")
        assert module.RULES, category
        assert {rule.category for rule in module.RULES} == {category}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_has_examples_both_ways_and_says_why(rule: Rule) -> None:
    assert rule.fires, rule.id
    assert rule.silent, rule.id
    assert rule.why, rule.id


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule.id, text) for rule in RULES for text in rule.fires], ids=str
)
def test_rule_fires_on_its_examples(rule_id: str, text: str) -> None:
    assert rule_id in rules.reasons(text), rules.assess(text)


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule.id, text) for rule in RULES for text in rule.silent], ids=str
)
def test_rule_stays_silent_on_its_near_misses(rule_id: str, text: str) -> None:
    assert rule_id not in rules.reasons(text), rules.assess(text)


@pytest.mark.parametrize("hedge", HEDGES, ids=lambda hedge: hedge.id)
def test_every_hedge_matches_its_examples_and_misses_the_others(hedge: Hedge) -> None:
    assert hedge.matches, hedge.id
    assert hedge.misses, hedge.id
    for text in hedge.matches:
        assert hedge.search(text), (hedge.id, text)
    for text in hedge.misses:
        assert not hedge.search(text), (hedge.id, text)
