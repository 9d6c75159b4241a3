"""Does a phrasing patch make the bot's replies worse? The labelled sets are scored by the reply decision on
the content as it is and on the content with the patch applied (the calibrated decision the bot uses, with
its shipped confidence model), and the patch is refused when, on any set, fewer questions are answered
right, more are answered wrong without the right entry offered, or more out-of-scope messages are answered.

A new phrasing can pull questions of other entries towards its own: the lint cannot see that, the sets can.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from faq.answering import AnswerEngine
from faq.evaluate import Decide, EvalReport, EvalSet, evaluate_replies
from faq.loader import load_knowledge_base
from faq.matcher import FaqMatcher, MatcherSettings, UrgencyCheck
from faq.patch import Additions, patched_content


@dataclass(frozen=True, slots=True)
class SetScore:
    """One labelled set before and after the patch: counts of its cases and out-of-scope messages."""

    name: str
    cases: int
    out_of_scope: int
    right_before: int
    right_after: int
    wrong_unoffered_before: int
    wrong_unoffered_after: int
    out_of_scope_answered_before: int
    out_of_scope_answered_after: int

    def worse(self) -> list[str]:
        """Why the patch makes this set worse (empty when it does not), in the editor's language."""
        reasons = []
        if self.right_after < self.right_before:
            reasons.append(f"{self.name}: dijawab benar turun {self.right_before} → {self.right_after}")
        if self.wrong_unoffered_after > self.wrong_unoffered_before:
            reasons.append(
                f"{self.name}: jawaban salah tanpa entri yang benar naik "
                f"{self.wrong_unoffered_before} → {self.wrong_unoffered_after}"
            )
        if self.out_of_scope_answered_after > self.out_of_scope_answered_before:
            reasons.append(
                f"{self.name}: pesan di luar cakupan yang dijawab naik "
                f"{self.out_of_scope_answered_before} → {self.out_of_scope_answered_after}"
            )
        return reasons

    @staticmethod
    def of(name: str, before: EvalReport, after: EvalReport) -> SetScore:
        return SetScore(
            name=name,
            cases=before.cases,
            out_of_scope=before.out_of_scope,
            right_before=before.answered_right,
            right_after=after.answered_right,
            wrong_unoffered_before=before.wrong_unoffered,
            wrong_unoffered_after=after.wrong_unoffered,
            out_of_scope_answered_before=before.out_of_scope_answered,
            out_of_scope_answered_after=after.out_of_scope_answered,
        )


@dataclass(frozen=True, slots=True)
class PatchScores:
    sets: tuple[SetScore, ...]

    @property
    def refusals(self) -> list[str]:
        return [reason for score in self.sets for reason in score.worse()]


def decider(
    paths: Iterable[Path | str] | None, settings: MatcherSettings, detector: UrgencyCheck | None
) -> Decide:
    """The bot's reply decision on the content at `paths`."""
    return AnswerEngine(FaqMatcher(load_knowledge_base(paths), settings, detector)).decide_reply


def score_sets(decide: Decide, eval_sets: Mapping[str, EvalSet]) -> dict[str, EvalReport]:
    return {name: evaluate_replies(decide, eval_set) for name, eval_set in eval_sets.items()}


def score_patch(
    additions: Additions,
    eval_sets: Mapping[str, EvalSet],
    *,
    before: Mapping[str, EvalReport],
    settings: MatcherSettings,
    detector: UrgencyCheck | None = None,
    paths: Iterable[Path | str] | None = None,
) -> PatchScores:
    """Score the patched content on the sets, beside `before` (the same sets on the current content, from
    `score_sets`: a caller scoring many patches computes it once)."""
    with patched_content(additions, paths) as patched:
        after = score_sets(decider(patched.copies, settings, detector), eval_sets)
    return PatchScores(tuple(SetScore.of(name, before[name], after[name]) for name in eval_sets))
