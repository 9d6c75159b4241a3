"""The eval runner: reading labelled sets, counting outcomes, and the bars of issue 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from faq.baseline import NaiveMatcher
from faq.evaluate import BARS, EvalReport, EvalSetError, evaluate, format_report, load_eval_set, naive_top1
from faq.loader import load_knowledge_base
from faq.matcher import FaqMatcher
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

    report = evaluate(matcher, UrgencyDetector(), eval_set)

    assert (report.cases, report.top1, report.served) == (3, 2, 2)
    assert report.wrong_confident == 1  # "nomor polisi" is answered with kontak-darurat, labelled otherwise
    assert (report.out_of_scope, report.out_of_scope_answered) == (1, 0)
    assert (report.urgent_flagged, report.not_urgent_flagged) == (1, 0)
    assert report.failed_bars() == ["top1", "served", "wrong_confident"]
    assert any("WRONG answer kontak-darurat" in miss for miss in report.misses)


def test_report_lists_every_bar() -> None:
    lines = format_report(EvalReport(cases=1, top1=1, served=1, urgent=1, urgent_flagged=1))

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

    report = evaluate(matcher, UrgencyDetector(), eval_set)

    assert report.failed_bars() == []
    assert any("n/a" in line and "top-1" in line for line in format_report(report))
