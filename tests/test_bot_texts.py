"""Every text of the bot's own features exists in both languages and is valid Telegram HTML."""

from __future__ import annotations

import string

import pytest

from bot.standin.tghtml import to_plain_text
from handlers.texts import AGENCY_STATUS, BUTTONS, TEXTS, Html, t

FIELDS = {
    name
    for template in TEXTS.values()
    for text in template.values()
    for _, name, _, _ in string.Formatter().parse(text)
    if name
}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_text_is_valid_html_in_both_languages_with_the_same_fields(key: str) -> None:
    assert set(TEXTS[key]) == {"id", "en"}
    fields = [
        {name for _, name, _, _ in string.Formatter().parse(TEXTS[key][lang]) if name}
        for lang in ("id", "en")
    ]
    assert fields[0] == fields[1]
    for lang in ("id", "en"):
        rendered = t(key, lang, **{name: "<x> & y" for name in FIELDS})  # hostile values stay escaped
        plain = to_plain_text(rendered)
        assert len(plain) < 1500


@pytest.mark.parametrize("table", [BUTTONS, AGENCY_STATUS])
def test_labels_exist_in_both_languages(table: dict[str, dict[str, str]]) -> None:
    for labels in table.values():
        assert set(labels) == {"id", "en"}
        assert all(labels.values())


def test_prebuilt_html_is_inserted_as_is() -> None:
    assert t("answer", "id", title=Html("<i>a</i>"), answer="<b>") == "<b><i>a</i></b>\n\n&lt;b&gt;"
