"""Replying in kind: plainly English messages are answered in English; Indonesian chat, even with an English
word in it, keeps the language in use."""

from __future__ import annotations

import pytest

from faq.written_language import written_in


@pytest.mark.parametrize(
    "text",
    [
        "my sister is being beaten by her boss in dubai",
        "help pls im in myawaddy kk park, they take my passport n phone, cant go out",
        "she texted me an hour ago, she has bruises",
    ],
)
def test_english_is_answered_in_english(text: str) -> None:
    assert written_in(text, "id") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "help kak sy dikunci majikan",
        "tolong kak, my boss mukul sy",
        "no hp sy disita majikan",
        "sy di hk kak",
        "ok",
        "td udh brdiri di jendela lt 20",
    ],
)
def test_indonesian_and_short_messages_keep_the_language_in_use(text: str) -> None:
    assert written_in(text, "id") == "id"
    assert written_in(text, "en") == "en"
