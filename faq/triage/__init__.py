"""Spot messages that describe danger happening *now*, so the bot leads with emergency contacts.

Rule-based on purpose: it must be predictable, explainable to staff, and never depend on the FAQ matcher.
The text goes through the same normaliser as the matcher (slang, repeated letters, English "me/my" -> "saya"),
then words close to the danger lexicon are spelled back to it ("dikurng" -> "dikurung").

- `rules/<category>.py`: the danger rules, each with an id, a strength, why, and examples it must fire on
  and must not. Predicates are mostly passive verb forms ("dikurung", "dipukuli", "dijual") or active ones
  tied to a perpetrator ("majikan mukul"): they describe something done to someone, while questions about
  rules use active or noun forms ("mengunci", "penyekapan", "kekerasan").
- `lexicon.py`: fragments the rules share (people, perpetrators, violent verbs, weapons).
- `hedges.py`: how a message is phrased around a sign (asked about, over, hypothetical, denied, feared).
- `detector.py`: `UrgencyDetector` weighs them; the learned model (`faq/triage_model.py`) is asked when no
  rule makes the message urgent.
"""

from faq.triage.detector import LEARNED_ID, PLEA_ID, TriageResult, UrgencyDetector
from faq.triage.rule import DangerCategory, Rule
from faq.triage.rules import RULES

__all__ = ["LEARNED_ID", "PLEA_ID", "RULES", "DangerCategory", "Rule", "TriageResult", "UrgencyDetector"]
