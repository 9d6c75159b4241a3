"""Every answer that shows emergency numbers fits one phone screen, for every row of the destinations table:
the full block (her, family, from a scam compound, near each consulate), the suicidal-thoughts reply (with
and without an act under way), the follow-up, and the confirmation of a filed report with its danger lines.

A screen is measured as a 6-inch phone shows a Telegram message at the default text size: about 38
characters a line and 26 lines of text above the buttons. Lines wrap at spaces as the app wraps them; an
emoji counts as one character. When a reply grows past it, trim its wording, never a number."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterator

import pytest

from faq.destinations import Destination
from faq.emergency import (
    Situation,
    Writer,
    danger_line,
    emergency_reply,
    follow_up_reply,
    kind_line,
    reminder_reply,
)
from handlers.texts_complaint import Raw, text
from tests.emergency_helpers import HOME, LANGUAGES, TABLE, places_to_try

SCREEN_WIDTH = 38
SCREEN_LINES = 26


def screen_lines(message_html: str) -> int:
    """How many lines the message takes on the phone: each paragraph wrapped at the screen's width."""
    shown = html.unescape(re.sub(r"<[^>]+>", "", message_html))
    return sum(max(1, len(textwrap.wrap(line, SCREEN_WIDTH))) for line in shown.split("\n"))


def replies(destination: Destination) -> Iterator[tuple[str, str]]:
    for lang in LANGUAGES:
        for writer in Writer:
            for near in places_to_try(destination):
                for kind in ("plain", "scam", "ransom", "suicidal", "act under way"):
                    situation = Situation(
                        lang,
                        destination,
                        writer,
                        near=near,
                        scam_compound=kind in {"scam", "ransom"},
                        ransom=kind == "ransom",
                        suicidal=kind in {"suicidal", "act under way"},
                        act_under_way=kind == "act under way",
                    )
                    label = f"{destination.code} {lang} {writer} {near or '-'} {kind}"
                    yield label, emergency_reply(situation, TABLE, HOME).html
                    yield f"{label} follow-up", follow_up_reply(situation, TABLE, HOME).html
                    yield f"{label} reminder", reminder_reply(situation, TABLE, HOME).html
                out = Situation(lang, destination, writer, near=near, ran_away=True, injured=True)
                yield (
                    f"{destination.code} {lang} {writer} {near or '-'} ran away",
                    follow_up_reply(out, TABLE, HOME).html,
                )
                story = f"{near} perusahaan scam online" if destination.code in {"MM", "KH", "LA"} else near
                for suicidal in (False, True):
                    danger = danger_line(destination, lang, HOME, near=story, writer=writer)
                    if suicidal:
                        danger = kind_line(destination, TABLE, lang, writer) + "\n" + danger
                    received = text(lang, "received", ticket="ADU-000123", danger=Raw(danger))
                    yield (
                        f"{destination.code} {lang} {writer} {near or '-'} ticket suicidal={suicidal}",
                        received,
                    )


@pytest.mark.parametrize("code", TABLE.codes)
def test_every_reply_with_numbers_fits_one_phone_screen(code: str) -> None:
    destination = TABLE.get(code)
    assert destination is not None
    too_long = {
        label: lines
        for label, message in replies(destination)
        if (lines := screen_lines(message)) > SCREEN_LINES
    }
    assert not too_long, too_long


def test_without_a_country_the_replies_fit_too() -> None:
    for lang in LANGUAGES:
        for writer in Writer:
            for extra in ({}, {"suicidal": True}, {"at_sea": True}, {"elsewhere": "Polandia"}):
                situation = Situation(lang, None, writer, **extra)  # type: ignore[arg-type]
                message = emergency_reply(situation, TABLE, HOME).html
                assert screen_lines(message) <= SCREEN_LINES, (lang, writer, extra, message)


def test_the_measure_counts_wrapped_lines() -> None:
    assert screen_lines("a") == 1
    assert screen_lines("a\n\nb") == 3
    assert screen_lines(" ".join(["word"] * 20)) == 3  # 99 characters at 38 a line


def test_a_familys_ticket_for_suicidal_words_asks_them_to_stay_close_not_the_person_herself() -> None:
    taiwan = TABLE.get("TW")
    for lang in ("id", "en"):
        own = kind_line(taiwan, TABLE, lang, Writer.SELF)
        family = kind_line(taiwan, TABLE, lang, Writer.FAMILY)
        assert own != family
        assert ("dia" if lang == "id" else "her") in family.split("\n")[0]
        assert family.split("\n")[1:] == own.split("\n")[1:]  # the same listeners where she is
