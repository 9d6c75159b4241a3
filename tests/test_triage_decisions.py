"""The triage decisions on every labelled message are pinned: a change to the rules, hedges or model that
flips one shows here, message by message, and the snapshot is rewritten on purpose.

`tests/data/triage_decisions.tsv` holds, per message of the dev sets and of the triage test tables, the
first 16 hex digits of its SHA-256, whether it is urgent (rules and model), its sorted categories, and
whether the rules alone find it urgent. Rewrite it with `.venv/bin/python -m tests.test_triage_decisions`
and read the diff. The held-out sets are not in it: they are only ever measured, once.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from faq.evaluate import load_eval_set
from faq.triage import UrgencyDetector

# Reading every labelled message takes a minute or two; on a loaded machine the default 120 s is too tight.
pytestmark = pytest.mark.timeout(900)

ROOT = Path(__file__).parent
SNAPSHOT = ROOT / "data" / "triage_decisions.tsv"
TABLES = (ROOT / "test_faq_triage.py", ROOT / "test_triage_model.py")


def dev_messages() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "data").glob("faq_dev*.yaml")):
        eval_set = load_eval_set(path)
        texts += [*eval_set.urgent, *eval_set.not_urgent, *eval_set.out_of_scope]
        texts += [case.query for case in eval_set.cases]
    return texts


def messages(tables: Sequence[Path] = TABLES) -> Iterator[str]:
    """Every message of the dev sets, then every string of the test tables (the triage ones), once each."""
    seen: set[str] = set()
    texts = dev_messages()
    for table in tables:
        for node in ast.walk(ast.parse(table.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                texts.append(node.value)
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield text


def key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def decision(with_model: UrgencyDetector, rules: UrgencyDetector, text: str) -> str:
    result = with_model.assess(text)
    categories = ",".join(sorted(category.value for category in result.categories))
    return f"{int(result.urgent)}\t{categories}\t{int(rules.is_urgent(text))}"


def snapshot() -> dict[str, str]:
    lines = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines)


def current() -> dict[str, str]:
    with_model, rules = UrgencyDetector(), UrgencyDetector(model=None)
    return {key(text): decision(with_model, rules, text) for text in messages()}


@pytest.fixture(scope="module")
def now() -> dict[str, str]:
    return current()


def test_every_labelled_message_is_pinned() -> None:
    pinned = snapshot()
    unpinned = [text for text in dev_messages() if key(text) not in pinned]
    assert not unpinned, f"{len(unpinned)} labelled messages have no pinned decision: rewrite the snapshot"


def test_no_decision_changed(now: dict[str, str]) -> None:
    pinned = snapshot()
    changed = {
        text: (pinned[key(text)], now[key(text)])
        for text in messages()
        if key(text) in pinned and pinned[key(text)] != now[key(text)]
    }
    assert not changed, changed


if __name__ == "__main__":
    decisions = current()
    SNAPSHOT.write_text(
        "".join(f"{digest}\t{line}\n" for digest, line in decisions.items()), encoding="utf-8"
    )
    print(f"{SNAPSHOT}: {len(decisions)} messages")
