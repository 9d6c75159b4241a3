"""Self-harm under way brings the emergency number first; everyday words about windows and medicine do not."""

from __future__ import annotations

import pytest

from faq.emergency import act_under_way


@pytest.mark.parametrize(
    "text",
    [
        "td udh brdiri di jendela lt 20",
        "sy udh nyiapin obat byk",
        "sy lg duduk di pinggir atap",
        "im standing on the edge of the roof",
        "udh nyilet tangan kak",
    ],
)
def test_an_act_under_way_is_seen(text: str) -> None:
    assert act_under_way(text)


@pytest.mark.parametrize(
    "text",
    ["duduk di pinggir jalan", "sy minum obat tiap hari", "majikan kunci jendela", "kepala sy berdarah"],
)
def test_everyday_words_are_not_an_act(text: str) -> None:
    assert not act_under_way(text)


def test_bleeding_counts_only_after_suicidal_words() -> None:
    assert act_under_way("tangan sy berdarah", after_suicidal_words=True)
    assert not act_under_way("tangan sy berdarah dipukul majikan")
