"""Asking the complaint form's questions, by the kind of each question in `FORM`, and the review screen.

Every question opens with "Step n of N · field", so after an interruption the user can see which question
the bot waits for; `restate` says it again when an answer arrives that was meant for another step.
"""

from __future__ import annotations

import contextlib
import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.context import BotContext
from faq.emergency import asks_not_to_be_called
from faq.places import load_places
from handlers.callbacks import REPORT
from handlers.complaint_io import say
from handlers.texts_complaint import (
    CHOICE_LABELS,
    COUNTRY_SUGGESTIONS,
    PROVINCE_REGIONS,
    Raw,
    label,
    plain,
    text,
)
from storage.services.intake import CONTACT_NOTE_KEY, Draft
from storage.services.intake_form import FORM, Kind, Question, Step, question

SUMMARY_STORY_LIMIT = 1200
SUMMARY_FIELD_LIMIT = 300
NUMBERED: tuple[Step, ...] = tuple(q.step for q in FORM if q.kind not in (Kind.CONSENT, Kind.REVIEW))
# Questions answered by typing: an answer to them may be meant for another step, so the bot records that
# the question reached her (buttons carry their own step).
TYPED_KINDS = frozenset({Kind.PLACE, Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.FILES, Kind.PHONE})
CHOICE_ACTIONS = {Step.REPORTER: "rep", Step.CATEGORY: "cat"}  # callback action of each choice question


def buttons(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in row] for row in rows])


def pairs(cells: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    return [cells[i : i + 2] for i in range(0, len(cells), 2)]


def done_button(lang: str, step: Step) -> InlineKeyboardMarkup:
    data = REPORT.pack("att", "done") if step is Step.ATTACHMENTS else REPORT.pack("done", step.value)
    return buttons([[(plain(lang, "done"), data)]])


def step_header(lang: str, step: Step) -> str:
    if step not in NUMBERED:
        return ""
    name = plain(lang, question(step).label_key)
    number, total = NUMBERED.index(step) + 1, len(NUMBERED)
    return text(lang, "step_header", number=number, total=total, name=name) + "\n"


async def restate(context: BotContext, draft: Draft, lang: str, *, repeated: bool) -> None:
    """An answer arrived for another step (a re-send, or typed before the question was seen): say which
    step the bot waits for and ask it again, instead of filing the text into the wrong field."""
    if draft.step in NUMBERED:
        name = plain(lang, question(draft.step).label_key)
        key = "already_saved" if repeated else "restate"
        await say(context, draft.chat_id, text(lang, key, number=NUMBERED.index(draft.step) + 1, name=name))
    await ask(context, draft, lang)


async def ask(context: BotContext, draft: Draft, lang: str) -> None:
    """Send the question for the draft's current step, then record that the user has it (moving the
    draft on recorded it already; a question that could not be sent is unrecorded)."""
    q = question(draft.step)
    body, markup = prompt(context, draft, q, lang)
    try:
        await say(context, draft.chat_id, step_header(lang, q.step) + body, markup)
    except Exception:
        if draft.question_seen:
            with contextlib.suppress(Exception):
                await context.services.intake.unmark_asked(draft.user_id, q.step)
        raise
    if q.kind in TYPED_KINDS and not draft.question_seen:
        await context.services.intake.mark_asked(draft.user_id, q.step, seen=draft)


Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | None


def prompt(context: BotContext, draft: Draft, q: Question, lang: str) -> tuple[str, Markup]:
    if q.kind is Kind.CONSENT:
        operator = context.services.config.bot.operator_in(lang)
        choices = [(plain(lang, "consent_yes"), REPORT.pack("consent", "yes"))]
        choices.append((plain(lang, "consent_no"), REPORT.pack("consent", "no")))
        privacy = text(lang, "privacy_line", operator=operator) + "\n\n" if draft.urgent else ""
        return text(lang, "consent", operator=operator, privacy=Raw(privacy)), buttons([choices])
    if q.kind is Kind.CHOICE:
        assert q.field is not None
        action = CHOICE_ACTIONS[q.step]
        rows = [
            [(label(CHOICE_LABELS[q.field], code, lang), REPORT.pack(action, code))] for code in q.choices
        ]
        return text(lang, q.prompt_key), buttons(rows)
    if q.kind is Kind.PLACE:
        pending = draft.pending_place()
        if pending is not None:
            named = draft.prefilled_country if q.step is Step.COUNTRY else draft.province_in_story
            named_before = named == pending[1]
            return place_question(lang, q.step, pending[1], named_before=named_before)
        return text(lang, q.prompt_key), place_buttons(q.step)
    if q.kind is Kind.LONG_TEXT:
        if draft.replacing_story:
            return text(lang, "story_again"), done_button(lang, q.step)
        so_far = draft.text("story") or ""
        if so_far:  # written to the bot before the report began: the story so far, to add to or keep
            return text(lang, "story_so_far", letters=len(so_far)), done_button(lang, q.step)
        return text(lang, q.prompt_key), done_button(lang, q.step)
    if q.kind is Kind.FILES:
        return text(lang, q.prompt_key), done_button(lang, q.step)
    if q.kind is Kind.PHONE:
        keyboard = ReplyKeyboardMarkup(
            [[KeyboardButton(plain(lang, "share_phone"), request_contact=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
        return text(lang, q.prompt_key), keyboard
    if q.kind is Kind.REVIEW:
        return text(lang, "summary", summary=Raw(summary(draft, lang))), review_buttons(lang)
    return text(lang, q.prompt_key), None


def place_buttons(step: Step) -> InlineKeyboardMarkup:
    places = load_places()
    if step is Step.COUNTRY:
        cells = []
        for code in COUNTRY_SUGGESTIONS:
            place = places.country(code)
            if place is not None:
                cells.append((place.name_id, REPORT.pack("country", code)))
        return buttons(pairs(cells))
    regions = [(name, REPORT.pack("region", index)) for index, name in enumerate(PROVINCE_REGIONS)]
    return buttons(pairs(regions))


def province_buttons(region_index: int) -> InlineKeyboardMarkup | None:
    regions = list(PROVINCE_REGIONS.values())
    if not 0 <= region_index < len(regions):
        return None
    places = load_places()
    cells = []
    for code in regions[region_index]:
        place = places.province(code)
        if place is not None:
            cells.append((place.name_id, REPORT.pack("prov", code)))
    return buttons(pairs(cells))


def place_question(
    lang: str, step: Step, code: str, *, named_before: bool = False
) -> tuple[str, InlineKeyboardMarkup]:
    places = load_places()
    place = places.country(code) if step is Step.COUNTRY else places.province(code)
    name = place.name_id if place is not None else code
    if place is not None and lang == "en":
        name = place.name_en
    choices = [
        (plain(lang, "place_yes"), REPORT.pack("place", step.value, "y")),
        (plain(lang, "place_no"), REPORT.pack("place", step.value, "n")),
    ]
    before = "place_named_before" if step is Step.COUNTRY else "province_named_before"
    key = before if named_before else "place_confirm"
    return text(lang, key, name=name), buttons([choices])


def review_buttons(lang: str) -> InlineKeyboardMarkup:
    edits = [(f"✏️ {plain(lang, q.label_key)}", REPORT.pack("edit", q.step.value)) for q in FORM if q.editable]
    rows = pairs(edits)
    rows.append(
        [(plain(lang, "send"), REPORT.pack("confirm")), (plain(lang, "cancel"), REPORT.pack("cancel"))]
    )
    return buttons(rows)


def shown_answer(draft: Draft, q: Question, lang: str) -> str:
    """One field of the draft as the review screen shows it, escaped."""
    if q.kind is Kind.FILES:
        return str(len(draft.attachments))
    if q.field is None:
        return "-"
    raw = draft.text(q.field)
    if q.kind is Kind.CHOICE:
        return html.escape(label(CHOICE_LABELS[q.field], raw, lang))
    if not raw:
        return "-"
    if q.kind is Kind.PLACE:
        matched = matched_place_name(draft, q, lang)
        if matched is not None:
            return html.escape(matched)  # what she confirmed, not a code she never saw
    limit = SUMMARY_STORY_LIMIT if q.kind is Kind.LONG_TEXT else SUMMARY_FIELD_LIMIT
    return html.escape(raw[:limit] + ("…" if len(raw) > limit else ""))


def matched_place_name(draft: Draft, q: Question, lang: str) -> str | None:
    """The country or province her answer was matched to, named in her language (None: not matched)."""
    places = load_places()
    if q.step is Step.COUNTRY:
        code = draft.country_code()
        place = places.country(code) if code else None
    else:
        code = draft.province_code()
        place = places.province(code) if code else None
    if place is None:
        return None
    return place.name_en if lang == "en" else place.name_id


def _story(draft: Draft) -> str:
    return "\n".join(draft.text(q.field) or "" for q in FORM if q.kind is Kind.LONG_TEXT and q.field)


def summary(draft: Draft, lang: str) -> str:
    """The draft as the user will confirm it: every field of the form in order, the story last."""
    lines = []
    for q in FORM:
        if q.kind in (Kind.CONSENT, Kind.REVIEW, Kind.LONG_TEXT):
            continue
        lines.append(f"<b>{text(lang, q.label_key)}:</b> {shown_answer(draft, q, lang)}")
        note = draft.text(CONTACT_NOTE_KEY) if q.kind is Kind.PHONE else None
        if note:  # what she wrote beside (or instead of) a number goes to the officer with the story
            lines.append(f"📵 {html.escape(note)}")
        elif q.kind is Kind.PHONE and asks_not_to_be_called(_story(draft)):
            # the card will tell staff not to ring her: she sees it here and can change her story
            lines.append(text(lang, "no_call_review"))
    # a location she shared during the report goes to the officer with the story: she sees it here
    lines.extend(html.escape(where) for where in draft.locations)
    for q in FORM:
        if q.kind is Kind.LONG_TEXT:
            lines.append(f"<b>{text(lang, q.label_key)}:</b>\n{shown_answer(draft, q, lang)}")
    return "\n".join(lines)
