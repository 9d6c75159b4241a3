"""The job-offer red-flag check: questions and scoring read from faq/data/offer_check.yaml, scored here.

Pure Python (no Telegram): the handler asks the questions one by one and keeps the answers as a short string
(`y`, `n`, `u` per question), so the whole state of a check fits in a button's callback data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

import yaml

from faq.model import LocalizedText

DEFAULT_PATH: Final = Path(__file__).parent / "data" / "offer_check.yaml"
MIN_QUESTIONS: Final = 8
MAX_QUESTIONS: Final = 12


class Answer(StrEnum):
    YES = "y"
    NO = "n"
    UNKNOWN = "u"


class OfferCheckError(Exception):
    """The questionnaire file is unusable; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class RedFlagQuestion:
    id: str
    text: LocalizedText
    flag: LocalizedText
    risky_answer: Answer
    weight: int
    severe: bool = False


@dataclass(frozen=True, slots=True)
class RiskLevel:
    id: str
    min_score: int
    title: LocalizedText
    advice: LocalizedText


@dataclass(frozen=True, slots=True)
class OfferAssessment:
    level: RiskLevel
    score: int
    flags: tuple[RedFlagQuestion, ...]  # risky answers
    unsure: tuple[RedFlagQuestion, ...]  # "don't know" answers: things to check


@dataclass(frozen=True, slots=True)
class OfferQuestionnaire:
    questions: tuple[RedFlagQuestion, ...]
    levels: tuple[RiskLevel, ...]  # highest first

    def __len__(self) -> int:
        return len(self.questions)

    @property
    def fingerprint(self) -> str:
        """Short id of the question list: answers given to an older version of the file are not reused."""
        ids = "|".join(question.id for question in self.questions)
        return hashlib.sha256(ids.encode()).hexdigest()[:6]

    def parse_answers(self, encoded: str) -> tuple[Answer, ...] | None:
        """Answers from their compact form ("ynu..."), or None if it cannot belong to this questionnaire."""
        if len(encoded) > len(self.questions):
            return None
        try:
            return tuple(Answer(char) for char in encoded)
        except ValueError:
            return None

    def next_question(self, answers: Sequence[Answer]) -> RedFlagQuestion | None:
        return self.questions[len(answers)] if len(answers) < len(self.questions) else None

    def assess(self, answers: Sequence[Answer]) -> OfferAssessment:
        if len(answers) != len(self.questions):
            raise ValueError(f"expected {len(self.questions)} answers, got {len(answers)}")
        score = 0
        flags: list[RedFlagQuestion] = []
        unsure: list[RedFlagQuestion] = []
        for question, answer in zip(self.questions, answers, strict=True):
            if answer is question.risky_answer:
                score += question.weight
                flags.append(question)
            elif answer is Answer.UNKNOWN:
                score += question.weight // 2
                unsure.append(question)
        if any(question.severe for question in flags):
            level = self.levels[0]
        else:
            level = next(level for level in self.levels if score >= level.min_score)
        return OfferAssessment(level, score, tuple(flags), tuple(unsure))


def load_questionnaire(path: Path | None = None) -> OfferQuestionnaire:
    source = path or DEFAULT_PATH
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise OfferCheckError(f"{source}: cannot read: {exc}") from None
    if not isinstance(raw, Mapping):
        raise OfferCheckError(f"{source}: the top level must be a mapping")
    try:
        questions = tuple(_question(item) for item in _list(raw, "questions"))
        levels = tuple(_level(item) for item in _list(raw, "levels"))
    except (KeyError, TypeError, ValueError) as exc:
        raise OfferCheckError(f"{source}: {exc}") from None
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        raise OfferCheckError(
            f"{source}: needs {MIN_QUESTIONS}-{MAX_QUESTIONS} questions, has {len(questions)}"
        )
    ids = [question.id for question in questions]
    if len(set(ids)) != len(ids):
        raise OfferCheckError(f"{source}: question ids must be unique")
    ordered = tuple(sorted(levels, key=lambda level: level.min_score, reverse=True))
    if not ordered or ordered[-1].min_score != 0:
        raise OfferCheckError(f"{source}: one level needs min_score 0 so every result has a level")
    return OfferQuestionnaire(questions, ordered)


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise ValueError(f"'{key}' must be a non-empty list")
    return value


def _text(item: Mapping[str, Any], key: str, owner: str) -> LocalizedText:
    value = item.get(key)
    if not isinstance(value, Mapping) or not all(isinstance(value.get(lang), str) for lang in ("id", "en")):
        raise ValueError(f"{owner}: '{key}' needs 'id' and 'en' texts")
    return LocalizedText(id=value["id"].strip(), en=value["en"].strip())


def _question(item: Mapping[str, Any]) -> RedFlagQuestion:
    question_id = str(item["id"])
    risky = {"yes": Answer.YES, "no": Answer.NO}.get(str(item.get("risky_answer")).lower())
    if risky is None:
        raise ValueError(f"question {question_id}: risky_answer must be yes or no")
    weight = int(item.get("weight", 1))
    if weight < 1:
        raise ValueError(f"question {question_id}: weight must be at least 1")
    return RedFlagQuestion(
        id=question_id,
        text=_text(item, "text", f"question {question_id}"),
        flag=_text(item, "flag", f"question {question_id}"),
        risky_answer=risky,
        weight=weight,
        severe=bool(item.get("severe", False)),
    )


def _level(item: Mapping[str, Any]) -> RiskLevel:
    level_id = str(item["id"])
    return RiskLevel(
        id=level_id,
        min_score=int(item["min_score"]),
        title=_text(item, "title", f"level {level_id}"),
        advice=_text(item, "advice", f"level {level_id}"),
    )
