"""Checking content-gaps patches in the background: `faq lint` on the patched content, then `faq eval` on
the configured labelled sets (`web.eval_sets`) before and after.

Linting the whole content takes seconds, and scoring rebuilds the matcher on the patched content and runs
every labelled question through the reply decision: too long for a web request. A review runs in a worker
thread, one at a time, and the console shows its state (running, the lint problems, the before/after
figures, or the reasons it was refused); a patch is offered only after its own review passed. Reviews are
kept per patch text, so accepting one more phrasing starts a new review and a page reload does not.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from bot.config import AppConfig
from faq.evaluate import EvalReport, EvalSet, load_eval_set
from faq.lint import lint_paths
from faq.loader import Problem, content_files
from faq.matcher import MatcherSettings
from faq.patch import Additions, check_patch, patch_yaml
from faq.patch_eval import PatchScores, decider, score_patch, score_sets
from faq.triage import UrgencyDetector

logger = logging.getLogger(__name__)

KEPT_REVIEWS = 16


class ReviewState(StrEnum):
    RUNNING = "running"
    PASSED = "passed"
    LINT_FAILED = "lint_failed"
    REFUSED = "refused"  # lints clean, but scores worse on a labelled set
    FAILED = "failed"  # the check itself broke (logged); the patch is not offered


@dataclass(frozen=True, slots=True)
class PatchReview:
    state: ReviewState
    problems: tuple[Problem, ...] = ()
    scores: PatchScores | None = None  # None: no labelled sets configured (or the lint failed first)

    @property
    def offered(self) -> bool:
        return self.state is ReviewState.PASSED


class PatchReviews:
    def __init__(self, config: AppConfig) -> None:
        self._paths = config.web.eval_sets
        self._content_paths = config.matcher.content_paths
        self._settings = MatcherSettings.from_config(config.matcher)
        self._reviews: OrderedDict[str, PatchReview] = OrderedDict()
        self._tasks: set[asyncio.Task[None]] = set()
        self._one_at_a_time = asyncio.Lock()
        self._sets: dict[str, EvalSet] | None = None
        self._before: dict[str, EvalReport] | None = None
        self._known_problems: set[str] | None = None

    def review(self, additions: Additions) -> PatchReview:
        """The review of this patch; starts it when there is none yet."""
        key = hashlib.sha256(patch_yaml(additions).encode()).hexdigest()
        known = self._reviews.get(key)
        if known is not None:
            return known
        running = PatchReview(ReviewState.RUNNING)
        self._remember(key, running)
        task = asyncio.create_task(self._run(key, additions))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return running

    async def _run(self, key: str, additions: Additions) -> None:
        async with self._one_at_a_time:
            try:
                review = await asyncio.to_thread(self._check, additions)
            except Exception as error:  # any failure refuses the patch; the console must stay up
                logger.error("patch review failed: %s", type(error).__name__, exc_info=error)
                review = PatchReview(ReviewState.FAILED)
        logger.info("patch review: %s", review.state.value)
        self._remember(key, review)

    def _check(self, additions: Additions) -> PatchReview:
        if self._known_problems is None:  # the content does not change while the process runs
            self._known_problems = {
                problem.message for problem in lint_paths(content_files(self._content_paths))
            }
        problems = check_patch(additions, self._content_paths, known=self._known_problems)
        if problems:
            return PatchReview(ReviewState.LINT_FAILED, tuple(problems))
        if not self._paths:
            return PatchReview(ReviewState.PASSED)
        scores = self._score(additions)
        return PatchReview(ReviewState.REFUSED if scores.refusals else ReviewState.PASSED, scores=scores)

    def _score(self, additions: Additions) -> PatchScores:
        detector = UrgencyDetector()
        if self._sets is None:
            self._sets = {Path(path).stem: load_eval_set(Path(path)) for path in self._paths}
        if self._before is None:  # the content does not change while the process runs
            current = decider(self._content_paths, self._settings, detector)
            self._before = score_sets(current, self._sets)
        return score_patch(
            additions,
            self._sets,
            before=self._before,
            settings=self._settings,
            detector=detector,
            paths=self._content_paths,
        )

    def _remember(self, key: str, review: PatchReview) -> None:
        self._reviews[key] = review
        self._reviews.move_to_end(key)
        while len(self._reviews) > KEPT_REVIEWS:
            self._reviews.popitem(last=False)
