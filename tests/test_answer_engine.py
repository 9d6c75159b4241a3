"""The reply decision: calibrated confidence, the four replies, a second topic, and the shipped model."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import numpy as np
import pytest

from faq.answer_model import AnswerModel, AnswerModelError, Thresholds, shipped_model_path
from faq.answer_training import (
    Example,
    expected_calibration_error,
    fingerprint,
    fit,
    reliability,
    sklearn_probabilities,
    sklearn_scope_probabilities,
    train_scope,
)
from faq.answering import FEATURE_NAMES, RANKING_FEATURES, AnswerEngine, choose_reply
from faq.entry_classifier import EntryClassifier
from faq.evaluate import load_eval_set
from faq.loader import content_files, load_knowledge_base
from faq.matcher import Candidate, Decision, FaqMatcher, Ranking
from faq.scope_model import ScopeModel

DATA = Path(__file__).parent / "data"
THRESHOLDS = Thresholds(sure=0.9, likely=0.6, clarify_score=0.3, alternative_score=0.35)


@functools.cache
def engine() -> AnswerEngine:
    return AnswerEngine(FaqMatcher(load_knowledge_base()))


def _ranking(*scores: float) -> Ranking:
    candidates = tuple(Candidate(f"entry-{number}", score) for number, score in enumerate(scores))
    return Ranking(candidates, "entry-0", ("kata",), 0)


@pytest.mark.parametrize(
    ("confidence", "scores", "decision", "alternatives"),
    [
        (0.95, (0.8, 0.5, 0.4), Decision.ANSWER, ()),  # sure: the answer alone
        (0.7, (0.8, 0.5, 0.4), Decision.ANSWER, ("entry-1", "entry-2")),  # likely: and "Bukan ini?"
        (0.7, (0.8, 0.5, 0.2), Decision.ANSWER, ("entry-1",)),  # an implausible runner-up is not offered
        (0.4, (0.5, 0.45, 0.4), Decision.CLARIFY, ()),  # torn: "Maksud Anda:"
        (0.1, (0.25, 0.2), Decision.FALLBACK, ()),  # nothing fits
    ],
)
def test_confidence_chooses_one_of_four_replies(
    confidence: float, scores: tuple[float, ...], decision: Decision, alternatives: tuple[str, ...]
) -> None:
    reply = choose_reply("q", _ranking(*scores), confidence, THRESHOLDS)

    assert (reply.decision, reply.alternatives) == (decision, alternatives)
    assert reply.entry_id == ("entry-0" if decision is Decision.ANSWER else None)


def test_nothing_ranked_is_a_fallback() -> None:
    reply = choose_reply("q", Ranking((), None, (), 0), 0.0, THRESHOLDS)

    assert (reply.decision, reply.candidates) == (Decision.FALLBACK, ())


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("paspor sy ditahan majikan", "paspor-ditahan"),
        ("syarat kerja ke Jepang apa aja?", "negara-jepang"),
        ("how do I know if an agency is licensed?", "cek-p3mi"),
    ],
)
def test_ordinary_questions_are_answered_first(question: str, entry_id: str) -> None:
    reply = engine().decide_reply(question)

    assert (reply.decision, reply.entry_id) == (Decision.ANSWER, entry_id)
    assert 0.5 < reply.confidence <= 1.0


@pytest.mark.parametrize("question", ["resep rendang padang", "cara hapus akun ig", "jadwal bola malam ini"])
def test_out_of_scope_questions_are_not_answered(question: str) -> None:
    assert engine().decide_reply(question).decision is not Decision.ANSWER


def test_a_message_asking_two_things_offers_the_second_as_a_button() -> None:
    reply = engine().decide_reply("biaya nya brp, dokumen nya apa aja")

    assert reply.decision is Decision.ANSWER
    assert {reply.entry_id, reply.second_topic} == {"biaya-penempatan", "dokumen-pmi"}
    assert reply.second_topic not in reply.alternatives


def test_one_question_has_no_second_topic() -> None:
    assert engine().decide_reply("paspor sy ditahan majikan").second_topic is None


def test_entry_classifier_prefers_the_entry_a_phrasing_belongs_to() -> None:
    classifier = EntryClassifier([[["paspor", "ditahan"]], [["gaji", "dipotong"]], [["biaya", "berangkat"]]])

    scores = classifier.scores(["paspornya", "ditahan"])

    assert int(np.argmax(scores)) == 0
    assert scores[0] > 3 * max(scores[1], scores[2])
    assert classifier.scores(["zzzz"]).tolist() == [0.0, 0.0, 0.0]


def _examples() -> list[Example]:
    rng = np.random.default_rng(7)
    examples = []
    for number in range(80):
        right = number % 3 != 0
        features = tuple(float(value) for value in rng.normal(0.6 if right else 0.3, 0.2, len(FEATURE_NAMES)))
        ranking = Ranking((Candidate("a", features[0]),), "a", ("kata",), 0)
        examples.append(Example(f"q{number}", ("a",) if right else ("b",), ranking, features))
    return examples


def test_numpy_confidence_equals_scikit_learn() -> None:
    examples = _examples()
    fitted = fit(examples[:60])
    model = AnswerModel(
        FEATURE_NAMES,
        fitted.mean,
        fitted.scale,
        fitted.coef,
        fitted.intercept,
        THRESHOLDS,
        "x",
        ScopeModel({}, 0),
    )

    ours = [model.probability(example.features or ()) for example in examples[60:]]

    assert ours == pytest.approx(sklearn_probabilities(examples[:60], examples[60:]), abs=1e-9)


def test_scope_model_separates_in_scope_from_out_of_scope_words() -> None:
    phrasings = [["paspor", "ditahan"], ["gaji", "dipotong"], ["biaya", "berangkat", "taiwan"]] * 3

    def example(words: tuple[str, ...], in_scope: bool) -> Example:
        return Example(" ".join(words), ("a",) if in_scope else (), Ranking((), None, words, 0), None)

    examples = [
        example(("paspor", "majikan"), True),
        example(("gaji", "majikan"), True),
        example(("liburan", "hotel"), False),
        example(("liburan", "tiket"), False),
        example(("hotel", "murah"), False),
    ]
    scope = train_scope(examples, phrasings)
    texts = [["paspor", "dipotong"], ["hotel", "liburan"], ["gaji", "hotel", "gaji"]]

    assert scope.probability(texts[0]) > 0.5 > scope.probability(texts[1])
    assert [scope.probability(words) for words in texts] == pytest.approx(
        sklearn_scope_probabilities(examples, phrasings, texts), abs=1e-9
    )


def test_calibration_table_and_error() -> None:
    table = reliability([0.05, 0.15, 0.95, 0.95], [False, False, True, False])

    assert [row.count for row in table] == [1, 1, 2]
    assert expected_calibration_error(table) == pytest.approx((0.05 + 0.15 + 2 * 0.45) / 4)


def test_shipped_model_loads_and_matches_the_signals() -> None:
    model = AnswerModel.load(shipped_model_path(), FEATURE_NAMES)

    assert model.feature_names[: len(RANKING_FEATURES)] == RANKING_FEATURES
    assert 0 < model.thresholds.likely <= model.thresholds.sure
    with pytest.raises(AnswerModelError, match="trained on other signals"):
        AnswerModel.load(shipped_model_path(), ("something", "else"))


def test_model_round_trips_through_a_file(tmp_path: Path) -> None:
    model = AnswerModel.load(shipped_model_path(), FEATURE_NAMES)
    target = tmp_path / "model.npz"

    model.save(target)
    again = AnswerModel.load(target, FEATURE_NAMES)

    assert again.thresholds == model.thresholds
    assert again.scope.weights == model.scope.weights
    features = [0.6, 0.4, 0.2, 1.0, 0.0, 1.1, 0.5, 0.5, 1.0, 0.1, 1.0, 1.0, 0.9]
    assert again.probability(features) == model.probability(features)


def test_a_broken_model_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "answer_model.npz"
    broken.write_bytes(b"not a model")

    with pytest.raises(AnswerModelError, match=str(broken)):
        AnswerModel.load(broken)


def test_fingerprint_changes_with_the_content_and_the_sets(tmp_path: Path) -> None:
    sets = {"faq_dev3.yaml": load_eval_set(DATA / "faq_dev3.yaml")}
    files = content_files(None)
    copies = []
    for path in files:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        copies.append(copy)
    before = fingerprint(copies, sets)

    copies[0].write_text(copies[0].read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")

    assert fingerprint(files, sets) == before
    assert fingerprint(copies, sets) != before
    assert fingerprint(files, {**sets, "faq_dev4.yaml": load_eval_set(DATA / "faq_dev4.yaml")}) != before


@pytest.mark.parametrize(
    ("question", "not_second"),
    [
        # cut off from the pay, "boleh minta naik gk" alone reads as boarding a plane
        ("gaji sy blm naik2 udh 2 thn, boleh minta naik gk", "pesawat-pertama-kali"),
        # "PT minta 15jt kak" alone leans only weakly to the online-scam entry
        ("PT minta 15jt kak, katanya nanti potong gaji 7 bln. wajar gk", "penipuan-kerja-online"),
    ],
)
def test_a_part_misread_or_weak_on_its_own_is_no_second_topic(question: str, not_second: str) -> None:
    assert engine().decide_reply(question).second_topic != not_second
