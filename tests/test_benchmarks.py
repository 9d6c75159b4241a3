"""Smoke tests for the benchmark scripts: they run end to end on a tiny load (their figures are not checked
here; benchmarks are not timed tests)."""

from __future__ import annotations

import re

import pytest

from benchmarks import durability


@pytest.mark.timeout(30)
def test_durability_benchmark_runs_with_its_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    durability.main(["--users", "3"])
    printed = capsys.readouterr().out
    assert "users 3, 12 exchanges each" in printed
    assert re.search(r"^walks finished\s+3\s+3\s+1\.00$", printed, re.MULTILINE), printed
    assert "ratios: throughput" in printed
    assert re.search(
        r"^confirmation to ticket \(3 complainants at once\): p50 \d+ ms, p95 \d+ ms$", printed, re.M
    )
    assert "cases 3, distinct tickets 3, staff cards 3, lost 0, duplicate cards 0" in printed
    assert "walks failed" not in printed
