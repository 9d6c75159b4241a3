"""The complaint form as one declaration: which questions, in which order, how each answer is read and
checked, whether `/lewati` may skip it, and how the answer is labelled on the review screen, the staff card
and the CSV export.

The handlers ask and read by a question's `kind`; the intake service validates with `Question.parse` and
moves through `FORM` in order; the staff card and the export list the fields in `FORM` order. A new field is
one row here, a column on the case, a migration and its text keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from storage.errors import AnswerTooLong, InvalidInput
from storage.models.cases import CaseCategory, Reporter
from storage.services.rules import normalise_phone

NUL_REPLACEMENT = "\N{SYMBOL FOR NULL}"  # PostgreSQL text cannot hold NUL; keep a visible trace of it
SHORT_TEXT_MAX = 120  # country and province columns
MAX_ATTACHMENTS = 10


def clean_text(text: str) -> str:
    """The user's text as sent, except NUL characters (which no text column on PostgreSQL accepts)."""
    return text.replace("\x00", NUL_REPLACEMENT)


class Step(StrEnum):
    CONSENT = "consent"
    REPORTER = "reporter"
    CATEGORY = "category"
    COUNTRY = "country"
    PROVINCE = "province"
    AGENCY = "agency"
    STORY = "story"
    ATTACHMENTS = "attachments"
    PHONE = "phone"
    CONFIRM = "confirm"


class Kind(StrEnum):
    """How a question is asked and how its answer arrives."""

    CONSENT = "consent"  # yes/no buttons; "no" drops the draft
    CHOICE = "choice"  # one of `choices`, from buttons
    PLACE = "place"  # a country or province: buttons, or typed and matched to a code, then confirmed
    SHORT_TEXT = "short_text"  # one message of text
    LONG_TEXT = "long_text"  # any number of messages, added together until the user presses "Selesai"
    FILES = "files"  # photos, documents, voice notes and videos, until "Selesai"
    PHONE = "phone"  # typed or shared with Telegram's contact button
    REVIEW = "review"  # the whole draft shown back; any field can be changed from here


@dataclass(frozen=True)
class Question:
    step: Step
    kind: Kind
    optional: bool = False
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    # The case column the answer is filed into (None: not a case column, e.g. consent or attachments).
    field: str | None = None
    # Staff card label (Indonesian: the staff are BP3MI officers); None keeps the field off the card's list.
    card_label: str | None = None
    # CSV export columns of this field, in order.
    export: tuple[str, ...] = ()
    # The review screen has an "Ubah" button for it.
    editable: bool = True

    @property
    def prompt_key(self) -> str:
        """Text key of the question (`handlers.texts_complaint`)."""
        return self.step.value

    @property
    def label_key(self) -> str:
        """Text key of the field's name on the review screen and in "we are at step X"."""
        return f"sum_{self.step.value}"

    def parse(self, value: str) -> Any:
        """The answer as stored, or InvalidInput/AnswerTooLong (ask again)."""
        if self.kind is Kind.CONSENT:
            if value != "yes":
                raise InvalidInput("consent must be yes")
            return True
        if self.kind is Kind.CHOICE:
            if value not in self.choices:
                raise InvalidInput(f"unknown {self.step}")
            return value
        if self.kind is Kind.PHONE:
            return normalise_phone(value)
        if self.kind in (Kind.FILES, Kind.REVIEW):
            raise InvalidInput(f"{self.step} takes no text answer")
        text = clean_text(value)
        if not text.strip():
            raise InvalidInput("empty answer")
        if self.kind is Kind.PLACE:
            text = text.strip()
        if self.max_length is not None and len(text) > self.max_length:
            raise AnswerTooLong("too long")
        return text


FORM: tuple[Question, ...] = (
    Question(Step.CONSENT, Kind.CONSENT, editable=False),
    Question(
        Step.REPORTER,
        Kind.CHOICE,
        choices=tuple(Reporter),
        field="reporter",
        card_label="Pelapor",
        export=("reporter",),
    ),
    Question(
        Step.CATEGORY,
        Kind.CHOICE,
        choices=tuple(CaseCategory),
        field="category",
        card_label="Kategori",
        export=("category",),
    ),
    # Country and province are skippable: a family member may not know them, and a report without them
    # is still worth filing.
    Question(
        Step.COUNTRY,
        Kind.PLACE,
        optional=True,
        max_length=SHORT_TEXT_MAX,
        field="country",
        card_label="Negara",
        export=("country", "country_code"),
    ),
    Question(
        Step.PROVINCE,
        Kind.PLACE,
        optional=True,
        max_length=SHORT_TEXT_MAX,
        field="province",
        card_label="Provinsi asal",
        export=("province", "province_code"),
    ),
    Question(
        Step.AGENCY,
        Kind.SHORT_TEXT,
        optional=True,
        field="agency",
        card_label="Agensi/majikan",
        export=("agency",),
    ),
    Question(Step.STORY, Kind.LONG_TEXT, field="story", export=("story",)),
    Question(Step.ATTACHMENTS, Kind.FILES, optional=True),
    Question(Step.PHONE, Kind.PHONE, optional=True, field="phone", card_label="HP"),
    Question(Step.CONFIRM, Kind.REVIEW, editable=False),
)

_BY_STEP = {question.step: question for question in FORM}
STEP_ORDER: tuple[Step, ...] = tuple(question.step for question in FORM)
OPTIONAL_STEPS = frozenset(question.step for question in FORM if question.optional)
EDITABLE_STEPS: tuple[Step, ...] = tuple(question.step for question in FORM if question.editable)
ANSWERED_STEPS: tuple[Step, ...] = STEP_ORDER[:-1]  # every step but the review itself

assert set(_BY_STEP) == set(Step), "every step is a question of the form"
assert FORM[-1].kind is Kind.REVIEW, "the form ends with the review"


def question(step: Step) -> Question:
    return _BY_STEP[step]


def next_step(step: Step) -> Step:
    index = STEP_ORDER.index(step)
    return STEP_ORDER[min(index + 1, len(STEP_ORDER) - 1)]


def previous_step(step: Step) -> Step | None:
    index = STEP_ORDER.index(step)
    return STEP_ORDER[index - 1] if index > 0 else None


def position(step: Step) -> int:
    """1-based number of the step among the answered steps (the review is not counted)."""
    return STEP_ORDER.index(step) + 1


def export_columns() -> tuple[str, ...]:
    return tuple(column for question in FORM for column in question.export)
