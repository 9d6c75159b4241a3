"""The one reply decision every surface (the bot, `faq ask`, `faq eval`) makes for a question.

`ReplyDecision` says what the first reply shows: an entry's answer (with up to two other entries offered
under "Bukan ini?" when the answer is likely rather than sure), a "Maksud Anda:" menu of candidates, or the
fallback; and a second topic when the message asks two things. The shape is the same for the decision of
the matcher alone (`legacy_decision`, kept to measure the old behaviour beside the new one) and for the
calibrated one (`faq.answering.AnswerEngine.decide_reply`).
"""

from __future__ import annotations

from dataclasses import dataclass

from faq.matcher import Candidate, Decision, MatchResult


@dataclass(frozen=True, slots=True)
class ReplyDecision:
    question: str
    decision: Decision
    # The entry whose answer is shown (answer only).
    entry_id: str | None
    # Estimated chance that the best-ranked entry is the right one (0..1).
    confidence: float
    # Entries offered as buttons beside an answer ("Bukan ini?").
    alternatives: tuple[str, ...]
    # The ranking, best first (a clarify reply offers these).
    candidates: tuple[Candidate, ...]
    # Another entry the same message asks about ("biayanya brp, dokumennya apa"), offered as a button.
    second_topic: str | None = None

    @property
    def offered(self) -> tuple[str, ...]:
        """Every entry the first reply shows or offers, the answered one first."""
        if self.decision is Decision.ANSWER and self.entry_id is not None:
            extra = (self.second_topic,) if self.second_topic else ()
            return (self.entry_id, *self.alternatives, *extra)
        if self.decision is Decision.CLARIFY:
            return tuple(candidate.entry_id for candidate in self.candidates)
        return ()


def legacy_decision(result: MatchResult) -> ReplyDecision:
    """The reply the matcher's hand-set thresholds alone chose: an answer, a menu or the fallback."""
    return ReplyDecision(
        question=result.query,
        decision=result.decision,
        entry_id=result.entry_id,
        confidence=result.score,
        alternatives=(),
        candidates=result.candidates,
    )
