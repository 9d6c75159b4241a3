"""The eval runner: reading labelled sets, counting outcomes, and the bars of issue 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from faq.baseline import NaiveMatcher
from faq.evaluate import (
    BARS,
    EvalCase,
    EvalReport,
    EvalSetError,
    evaluate,
    format_report,
    load_eval_set,
    naive_top1,
    score_case,
)
from faq.loader import load_knowledge_base
from faq.matcher import Candidate, Decision, FaqMatcher
from faq.reply import ReplyDecision, legacy_decision
from faq.triage import UrgencyDetector

FIXTURE = Path(__file__).parent / "data" / "faq_fixture.yaml"
EVAL_SET = """
cases:
  - q: paspor sy ditahan majikan
    ok: [paspor-ditahan]
  - q: biaya ke taiwan brp
    ok: [biaya-penempatan, negara-taiwan]
  - q: nomor polisi
    ok: cara-lapor
out_of_scope:
  - resep rendang
urgent:
  - tolong sy dikurung
not_urgent:
  - apa itu tppo
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "eval.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_counts_each_outcome(tmp_path: Path) -> None:
    eval_set = load_eval_set(_write(tmp_path, EVAL_SET))
    matcher = FaqMatcher(load_knowledge_base([FIXTURE]))

    report = evaluate(lambda question: legacy_decision(matcher.match(question)), UrgencyDetector(), eval_set)

    assert (report.cases, report.ranked_first, report.right_in_reply) == (3, 2, 2)
    assert report.answered_right + report.clarified_right == 2
    assert report.wrong_unoffered == 1  # "nomor polisi" is answered with kontak-darurat, labelled otherwise
    assert (report.out_of_scope, report.out_of_scope_answered) == (1, 0)
    assert (report.urgent_flagged, report.not_urgent_flagged) == (1, 0)
    assert "wrong_unoffered" in report.failed_bars()
    assert any("WRONG answer kontak-darurat" in miss for miss in report.misses)


def _reply(decision: Decision, entry_id: str | None, alternatives: tuple[str, ...] = ()) -> ReplyDecision:
    candidates = tuple(Candidate(entry, 0.5) for entry in ("a", "b", "c"))
    return ReplyDecision("q", decision, entry_id, 0.5, alternatives, candidates)


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        (_reply(Decision.ANSWER, "b"), "answered_right"),
        (_reply(Decision.ANSWER, "a", ("b",)), "wrong_offered"),
        (_reply(Decision.ANSWER, "a", ("c",)), "wrong_unoffered"),
        (_reply(Decision.CLARIFY, None), "clarified_right"),
        (_reply(Decision.FALLBACK, None), "fallback"),
    ],
)
def test_each_first_reply_has_exactly_one_outcome(reply: ReplyDecision, outcome: str) -> None:
    report = EvalReport()

    score_case(report, EvalCase("q", ("b",)), reply)

    counts = {
        name: getattr(report, name)
        for name in ("answered_right", "wrong_offered", "wrong_unoffered", "clarified_right", "fallback")
    }
    assert counts == {name: int(name == outcome) for name in counts}
    assert report.right_in_reply == int(outcome != "wrong_unoffered" and outcome != "fallback")


def test_report_lists_every_bar() -> None:
    lines = format_report(EvalReport(cases=1, ranked_first=1, answered_right=1, urgent=1, urgent_flagged=1))

    assert len(lines) == 2 + len(BARS)
    assert all("MISSED" not in line for line in lines)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("cases: [\n  - q: 'unclosed\n", "eval.yaml:2: invalid YAML"),
        ("- just a list", "eval.yaml:1: expected a mapping"),
        ("cases:\n  - q: hi\n", "eval.yaml:2: `ok` must be a non-empty list"),
        ("cases:\n  - ok: [x]\n", "eval.yaml:2: each case needs `q`"),
        ("cases: []\nurgent: text\n", "eval.yaml:2: `urgent` must be a list"),
        ("urgent: [a]\nordinary: [b]\n", "eval.yaml:2: unknown key `ordinary`"),
    ],
)
def test_malformed_eval_sets_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(EvalSetError, match=message):
        load_eval_set(_write(tmp_path, text))


def test_naive_baseline_is_measured_the_same_way(tmp_path: Path) -> None:
    eval_set = load_eval_set(_write(tmp_path, EVAL_SET))
    baseline = NaiveMatcher(load_knowledge_base([FIXTURE]))

    assert 0.0 <= naive_top1(eval_set, baseline.best) <= 1.0
    assert baseline.best("Can my employer keep my passport?") == "paspor-ditahan"


def test_a_triage_only_set_is_judged_on_triage_alone(tmp_path: Path) -> None:
    eval_set = load_eval_set(_write(tmp_path, "urgent: [tolong sy dikurung]\nnot_urgent: [apa itu tppo]\n"))
    matcher = FaqMatcher(load_knowledge_base([FIXTURE]))

    report = evaluate(lambda question: legacy_decision(matcher.match(question)), UrgencyDetector(), eval_set)

    assert report.failed_bars() == []
    assert any("n/a" in line and "answered right" in line for line in format_report(report))
