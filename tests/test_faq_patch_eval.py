"""A phrasing patch is scored on labelled sets before and after it is applied: one that pulls other entries'
questions to the wrong entry is refused with the figures that got worse; a harmless one passes."""

from __future__ import annotations

import pytest

from faq.evaluate import EvalCase, EvalReport, EvalSet
from faq.matcher import MatcherSettings
from faq.patch import Additions
from faq.patch_eval import SetScore, decider, score_patch, score_sets
from faq.triage import UrgencyDetector

OFFICIAL = ("gmn cara kerja ke LN yg resmi", "jalur apa aja kalo mau jd TKI legal")
SMALL_SET = {
    "kecil": EvalSet(
        cases=(
            *(EvalCase(question, ("jalur-resmi",)) for question in OFFICIAL),
            EvalCase("kalo daftar lewat pjtki alurnya kyk apa", ("jalur-p3mi",)),
            EvalCase("apa itu G to G", ("jalur-g2g",)),
        ),
        out_of_scope=("resep rendang padang yang enak",),
    )
}


@pytest.fixture(scope="module")
def before() -> dict[str, EvalReport]:
    return score_sets(decider(None, MatcherSettings(), UrgencyDetector()), SMALL_SET)


@pytest.mark.parametrize(
    ("patch", "refused"),
    [
        ({"jalur-resmi": {"id": ["jalur resmi kerja ke LN lewat mana aja ya"]}}, False),
        # The official-route questions themselves, filed under the G-to-G entry: they now answer G to G.
        ({"jalur-g2g": {"id": list(OFFICIAL)}}, True),
    ],
)
def test_a_patch_that_lowers_accuracy_is_refused(
    patch: Additions, refused: bool, before: dict[str, EvalReport]
) -> None:
    assert before["kecil"].answered_right == 4
    scores = score_patch(
        patch, SMALL_SET, before=before, settings=MatcherSettings(), detector=UrgencyDetector()
    )
    (score,) = scores.sets
    assert score.right_before == 4
    assert score.cases == 4
    assert bool(scores.refusals) is refused
    if refused:
        assert score.right_after < 4
        assert scores.refusals[0].startswith(f"kecil: dijawab benar turun 4 → {score.right_after}")
    else:
        assert score.right_after == 4


@pytest.mark.parametrize(
    ("after", "reason"),
    [
        ({"right_after": 9}, None),
        ({"right_after": 8}, "dijawab benar turun 9 → 8"),
        ({"wrong_unoffered_after": 1}, "jawaban salah tanpa entri yang benar naik 0 → 1"),
        ({"out_of_scope_answered_after": 1}, "pesan di luar cakupan yang dijawab naik 0 → 1"),
    ],
)
def test_each_worse_figure_is_a_reason(after: dict[str, int], reason: str | None) -> None:
    fields = {
        "name": "dev",
        "cases": 10,
        "out_of_scope": 3,
        "right_before": 9,
        "right_after": 9,
        "wrong_unoffered_before": 0,
        "wrong_unoffered_after": 0,
        "out_of_scope_answered_before": 0,
        "out_of_scope_answered_after": 0,
    }
    reasons = SetScore(**{**fields, **after}).worse()  # type: ignore[arg-type]
    assert reasons == ([] if reason is None else [f"dev: {reason}"])
