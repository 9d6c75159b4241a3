"""The job-offer red-flag check: questions from YAML, scoring rules, and broken files named clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from faq.offer_check import Answer, OfferCheckError, load_questionnaire

Q = load_questionnaire()
IDS = [question.id for question in Q.questions]


def answers(**risky: str) -> tuple[Answer, ...]:
    """All answers safe, except the named questions (id with '-' as '_') answered y/n/u."""
    chosen = []
    for question in Q.questions:
        override = risky.get(question.id.replace("-", "_"))
        if override is not None:
            chosen.append(Answer(override))
        else:
            chosen.append(Answer.NO if question.risky_answer is Answer.YES else Answer.YES)
    return tuple(chosen)


def test_shipped_questionnaire_has_8_to_12_questions_and_three_levels() -> None:
    assert 8 <= len(Q) <= 12
    assert [level.id for level in Q.levels] == ["high", "medium", "low"]
    for question in Q.questions:
        assert question.text.id
        assert question.text.en
        assert question.flag.id
        assert question.flag.en


@pytest.mark.parametrize(
    "covered",
    [
        "biaya-di-muka",
        "visa-bukan-kerja",
        "perjanjian-kerja",
        "gaji-terlalu-tinggi",
        "perekrut-resmi",
        "dokumen-ditahan",
        "disuruh-berbohong",
        "tujuan-penipuan-online",
    ],
)
def test_issue_red_flags_are_asked(covered: str) -> None:
    assert covered in IDS


@pytest.mark.parametrize(
    ("given", "level", "flags"),
    [
        ({}, "low", []),
        ({"kontak_medsos": "y"}, "low", ["kontak-medsos"]),
        ({"biaya_di_muka": "y"}, "medium", ["biaya-di-muka"]),
        (
            {"perjanjian_kerja": "n", "terdaftar_resmi": "n"},
            "medium",
            ["perjanjian-kerja", "terdaftar-resmi"],
        ),
        (
            {"biaya_di_muka": "y", "gaji_terlalu_tinggi": "y", "perekrut_resmi": "n"},
            "high",
            ["biaya-di-muka", "gaji-terlalu-tinggi", "perekrut-resmi"],
        ),
        ({"dokumen_ditahan": "y"}, "high", ["dokumen-ditahan"]),  # one severe flag is enough
        ({"tujuan_penipuan_online": "y"}, "high", ["tujuan-penipuan-online"]),
    ],
)
def test_scoring(given: dict[str, str], level: str, flags: list[str]) -> None:
    assessment = Q.assess(answers(**given))
    assert assessment.level.id == level
    assert [question.id for question in assessment.flags] == flags


def test_dont_know_counts_half_and_is_listed_to_check() -> None:
    assessment = Q.assess(answers(biaya_di_muka="u", perekrut_resmi="u"))
    assert assessment.flags == ()
    assert [question.id for question in assessment.unsure] == ["biaya-di-muka", "perekrut-resmi"]
    assert assessment.score == 1 + 1
    assert assessment.level.id == "medium"


@pytest.mark.parametrize(("encoded", "valid"), [("", True), ("ynu", True), ("yx", False), ("y" * 13, False)])
def test_parse_answers(encoded: str, valid: bool) -> None:
    assert (Q.parse_answers(encoded) is not None) is valid


def test_assess_needs_every_answer() -> None:
    with pytest.raises(ValueError, match="expected"):
        Q.assess((Answer.YES,))


def test_next_question_walks_in_order() -> None:
    assert Q.next_question(()) is Q.questions[0]
    assert Q.next_question(answers()) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- not a mapping", "mapping"),
        ("questions: []\nlevels: []", "non-empty list"),
        ("questions: [{id: a, risky_answer: maybe}]\nlevels: [{id: l, min_score: 0}]", "risky_answer"),
        (": bad yaml [", "cannot read"),
    ],
)
def test_broken_files_are_named(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OfferCheckError, match=problem) as raised:
        load_questionnaire(path)
    assert str(path) in str(raised.value)


def test_too_few_questions_is_refused(tmp_path: Path) -> None:
    question = "{id: q%d, risky_answer: 'yes', text: {id: a, en: b}, flag: {id: a, en: b}}"
    level = "{id: low, min_score: 0, title: {id: a, en: b}, advice: {id: a, en: b}}"
    path = tmp_path / "offer.yaml"
    path.write_text(f"questions: [{', '.join(question % i for i in range(3))}]\nlevels: [{level}]")
    with pytest.raises(OfferCheckError, match="needs 8-12 questions"):
        load_questionnaire(path)


def test_fingerprint_changes_with_the_questions() -> None:
    assert len(Q.fingerprint) == 6
    shorter = type(Q)(Q.questions[:-1], Q.levels)
    assert shorter.fingerprint != Q.fingerprint
