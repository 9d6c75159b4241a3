"""The report charts count cases: their value axis is labelled in whole numbers, at most about eight
labels, and always reaches the largest count."""

from __future__ import annotations

import pytest

from handlers.web.reports import whole_ticks


@pytest.mark.parametrize(
    ("most", "ticks"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (8, [0, 1, 2, 3, 4, 5, 6, 7, 8]),
        (10, [0, 2, 4, 6, 8, 10]),
        (50, [0, 7, 14, 21, 28, 35, 42, 49, 56]),
    ],
)
def test_the_value_axis_counts_whole_cases(most: int, ticks: list[int]) -> None:
    assert whole_ticks(most) == ticks
    assert ticks[-1] >= most
