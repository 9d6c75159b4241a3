"""Score the reply decision and the triage detector on a labelled set, by what the user sees first.

Eval-set file (YAML): `cases: [{q, ok: [entry ids]}]`, `out_of_scope: [text]`, `urgent: [text]`,
`not_urgent: [text]`. Every case ends in exactly one outcome of the first reply:
- *answered right*: it shows a right entry's answer;
- *answered wrong*, split into *with the right entry offered* beside it ("Bukan ini?" or a second-topic
  button) and *without* (the worst outcome: the user gets a wrong answer and no way to the right one);
- *clarified with* / *without the right entry* among the "Maksud Anda:" choices;
- *fallback*.
*Ranked first* (the old "top-1") counts the matcher's first candidate whatever the reply did with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from faq.matcher import Decision
from faq.reply import ReplyDecision
from faq.triage import UrgencyDetector
from faq.yamlsource import YamlList, YamlMap, YamlSyntaxError, read_yaml_file


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    minimum: float | None = None
    maximum: float | None = None

    def met(self, value: float) -> bool:
        if self.minimum is not None and value < self.minimum:
            return False
        return not (self.maximum is not None and value > self.maximum)

    def describe(self) -> str:
        return f">= {self.minimum:.1%}" if self.minimum is not None else f"<= {self.maximum:.1%}"

    def shortfall(self, value: float) -> float:
        """How far `value` is on the wrong side of the bar (0 when it is met)."""
        if self.minimum is not None and value < self.minimum:
            return self.minimum - value
        if self.maximum is not None and value > self.maximum:
            return value - self.maximum
        return 0.0


BARS: Final[dict[str, Bar]] = {
    "answered_right": Bar("answered right", minimum=0.88),
    "wrong_unoffered": Bar("answered wrong, right entry not offered", maximum=0.015),
    "answered_wrong": Bar("answered wrong (all)", maximum=0.05),
    "right_in_reply": Bar("right entry in the first reply", minimum=0.97),
    "out_of_scope_answered": Bar("out-of-scope answered", maximum=0.05),
    "urgent_recall": Bar("urgent messages flagged", minimum=1.0),
    "not_urgent_flagged": Bar("ordinary questions flagged urgent", maximum=0.10),
}

Decide = Callable[[str], ReplyDecision]


class EvalSetError(Exception):
    """The eval-set file is unreadable or malformed; the message says `file:line: problem`."""


@dataclass(frozen=True, slots=True)
class EvalCase:
    query: str
    ok: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True, slots=True)
class EvalSet:
    cases: tuple[EvalCase, ...]
    out_of_scope: tuple[str, ...] = ()
    urgent: tuple[str, ...] = ()
    not_urgent: tuple[str, ...] = ()


@dataclass(slots=True)
class EvalReport:
    cases: int = 0
    ranked_first: int = 0
    answered_right: int = 0
    wrong_offered: int = 0
    wrong_unoffered: int = 0
    clarified_right: int = 0
    clarified_without: int = 0
    fallback: int = 0
    out_of_scope: int = 0
    out_of_scope_answered: int = 0
    out_of_scope_clarified: int = 0
    urgent: int = 0
    urgent_flagged: int = 0
    not_urgent: int = 0
    not_urgent_flagged: int = 0
    cases_flagged_urgent: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def answered_wrong(self) -> int:
        return self.wrong_offered + self.wrong_unoffered

    @property
    def right_in_reply(self) -> int:
        return self.answered_right + self.wrong_offered + self.clarified_right

    def rates(self) -> dict[str, float]:
        return {
            "answered_right": _ratio(self.answered_right, self.cases),
            "wrong_unoffered": _ratio(self.wrong_unoffered, self.cases),
            "answered_wrong": _ratio(self.answered_wrong, self.cases),
            "right_in_reply": _ratio(self.right_in_reply, self.cases),
            "out_of_scope_answered": _ratio(self.out_of_scope_answered, self.out_of_scope),
            "urgent_recall": _ratio(self.urgent_flagged, self.urgent),
            "not_urgent_flagged": _ratio(self.not_urgent_flagged, self.not_urgent),
        }

    def measured(self) -> dict[str, bool]:
        """Which bars this set can say anything about (a triage-only set has no FAQ cases)."""
        return {
            "answered_right": self.cases > 0,
            "wrong_unoffered": self.cases > 0,
            "answered_wrong": self.cases > 0,
            "right_in_reply": self.cases > 0,
            "out_of_scope_answered": self.out_of_scope > 0,
            "urgent_recall": self.urgent > 0,
            "not_urgent_flagged": self.not_urgent > 0,
        }

    def failed_bars(self) -> list[str]:
        rates = self.rates()
        measured = self.measured()
        return [key for key, bar in BARS.items() if measured[key] and not bar.met(rates[key])]

    def shortfall(self) -> float:
        """The distance to the bars summed over the bars this set measures (0 when all are met)."""
        rates = self.rates()
        measured = self.measured()
        return sum(bar.shortfall(rates[key]) for key, bar in BARS.items() if measured[key])


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


EVAL_SET_KEYS: Final = ("cases", "out_of_scope", "urgent", "not_urgent")


def load_eval_set(path: Path) -> EvalSet:
    try:
        data = read_yaml_file(path)
    except YamlSyntaxError as exc:
        raise EvalSetError(f"{path}:{exc.line}: {exc.problem}") from None
    if not isinstance(data, YamlMap):
        raise EvalSetError(f"{path}:1: expected a mapping with cases, out_of_scope, urgent, not_urgent")
    # A misspelt key ("ordinary:" for "not_urgent:") would otherwise drop its texts without a word.
    for key in data:
        if key not in EVAL_SET_KEYS:
            known = ", ".join(EVAL_SET_KEYS)
            raise EvalSetError(f"{path}:{data.line_of(key)}: unknown key `{key}` (known: {known})")
    cases: list[EvalCase] = []
    raw_cases = data.get("cases") or YamlList(data.line_of("cases"))
    if not isinstance(raw_cases, YamlList):
        raise EvalSetError(f"{path}:{data.line_of('cases')}: `cases` must be a list of {{q, ok}}")
    for index, raw in enumerate(raw_cases):
        line = raw_cases.line_of(index)
        if not isinstance(raw, YamlMap) or not isinstance(raw.get("q"), str):
            raise EvalSetError(f"{path}:{line}: each case needs `q` (text) and `ok` (list of entry ids)")
        ok = raw.get("ok")
        if isinstance(ok, str):
            ok = [ok]
        if not isinstance(ok, list) or not ok or not all(isinstance(item, str) for item in ok):
            raise EvalSetError(f"{path}:{line}: `ok` must be a non-empty list of entry ids")
        cases.append(EvalCase(raw["q"], tuple(ok), line))
    return EvalSet(
        cases=tuple(cases),
        out_of_scope=_texts(data, "out_of_scope", path),
        urgent=_texts(data, "urgent", path),
        not_urgent=_texts(data, "not_urgent", path),
    )


def _texts(data: YamlMap, key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, YamlList) or not all(isinstance(item, str) for item in value):
        raise EvalSetError(f"{path}:{data.line_of(key)}: `{key}` must be a list of texts")
    return tuple(value)


def unknown_ids(eval_set: EvalSet, known: Sequence[str]) -> list[str]:
    """Labels that name no entry: reported so a renamed entry does not silently lower the score."""
    known_set = set(known)
    return [
        f"line {case.line}: {entry_id}"
        for case in eval_set.cases
        for entry_id in case.ok
        if entry_id not in known_set
    ]


def evaluate(decide: Decide, detector: UrgencyDetector, eval_set: EvalSet) -> EvalReport:
    report = evaluate_replies(decide, eval_set)
    report.cases_flagged_urgent = sum(detector.is_urgent(case.query) for case in eval_set.cases)
    for text in eval_set.urgent:
        report.urgent += 1
        if detector.is_urgent(text):
            report.urgent_flagged += 1
        else:
            report.misses.append(f"urgent not flagged: {text}")
    for text in eval_set.not_urgent:
        report.not_urgent += 1
        if detector.is_urgent(text):
            report.not_urgent_flagged += 1
            report.misses.append(f"ordinary question flagged urgent: {text}")
    return report


def evaluate_replies(decide: Decide, eval_set: EvalSet) -> EvalReport:
    """The reply decision alone (what new content can change), without the urgency detector."""
    report = EvalReport()
    for case in eval_set.cases:
        score_case(report, case, decide(case.query))
    for text in eval_set.out_of_scope:
        reply = decide(text)
        report.out_of_scope += 1
        if reply.decision is Decision.ANSWER:
            report.out_of_scope_answered += 1
            report.misses.append(f"out-of-scope answered ({reply.entry_id} {reply.confidence:.2f}): {text}")
        elif reply.decision is Decision.CLARIFY:
            report.out_of_scope_clarified += 1
    return report


def score_case(report: EvalReport, case: EvalCase, reply: ReplyDecision) -> None:
    report.cases += 1
    ids = [candidate.entry_id for candidate in reply.candidates]
    if ids and ids[0] in case.ok:
        report.ranked_first += 1
    offered = reply.offered
    right_offered = any(entry_id in case.ok for entry_id in offered)
    if reply.decision is Decision.ANSWER:
        if reply.entry_id in case.ok:
            report.answered_right += 1
            return
        if right_offered:
            report.wrong_offered += 1
            label = "wrong answer, right one offered"
        else:
            report.wrong_unoffered += 1
            label = "WRONG answer"
        report.misses.append(
            f"{label} {reply.entry_id} ({reply.confidence:.2f}) {list(offered[1:])}, want {case.ok}: "
            f"{case.query}"
        )
        return
    if reply.decision is Decision.CLARIFY:
        if right_offered:
            report.clarified_right += 1
            return
        report.clarified_without += 1
        report.misses.append(f"clarify without right entry {ids}, want {case.ok}: {case.query}")
        return
    report.fallback += 1
    report.misses.append(f"fallback ({reply.confidence:.2f} {ids[:1]}), want {case.ok}: {case.query}")


def naive_top1(eval_set: EvalSet, rank: Callable[[str], str | None]) -> float:
    """Top-1 of any ranking function (used for the rapidfuzz WRatio baseline)."""
    hits = sum(1 for case in eval_set.cases if rank(case.query) in case.ok)
    return _ratio(hits, len(eval_set.cases))


def format_report(report: EvalReport, *, show_misses: bool = False) -> list[str]:
    rates = report.rates()
    lines = [
        f"cases: {report.cases}  answered right {report.answered_right}, answered wrong "
        f"{report.answered_wrong} (right one offered {report.wrong_offered}, not offered "
        f"{report.wrong_unoffered}), clarified with the right entry {report.clarified_right}, clarified "
        f"without it {report.clarified_without}, fallback {report.fallback}; ranked first "
        f"{_ratio(report.ranked_first, report.cases):.1%}",
    ]
    measured = report.measured()
    for key, bar in BARS.items():
        if not measured[key]:
            lines.append(f"{bar.label:<52} {'n/a':>7}  (bar {bar.describe():>7})  nothing to measure")
            continue
        status = "ok" if bar.met(rates[key]) else "MISSED"
        lines.append(f"{bar.label:<52} {rates[key]:7.1%}  (bar {bar.describe():>7})  {status}")
    lines.append(
        f"out of scope: {report.out_of_scope} (answered {report.out_of_scope_answered}, "
        f"clarified {report.out_of_scope_clarified}); "
        f"urgent: {report.urgent_flagged}/{report.urgent} flagged; "
        f"not urgent: {report.not_urgent_flagged}/{report.not_urgent} flagged; "
        f"FAQ cases flagged urgent: {report.cases_flagged_urgent}/{report.cases}"
    )
    if show_misses:
        lines.extend(f"  - {miss}" for miss in report.misses)
    return lines


def summary_row(name: str, report: EvalReport) -> str:
    """One line of the before/after table: the five bars on what the user sees, and ranked first."""
    rates = report.rates()
    cells = [
        f"{rates[key]:6.1%}" if report.measured()[key] else f"{'n/a':>6}"
        for key in ("answered_right", "wrong_unoffered", "answered_wrong", "right_in_reply")
    ]
    oos = f"{rates['out_of_scope_answered']:6.1%}" if report.out_of_scope else f"{'n/a':>6}"
    first = f"{_ratio(report.ranked_first, report.cases):6.1%}" if report.cases else f"{'n/a':>6}"
    return f"{name:<28} {report.cases:>5} " + " ".join(f"{cell:>9}" for cell in [*cells, oos, first])


SUMMARY_HEADER: Final = (
    f"{'set':<28} {'cases':>5} {'right':>9} {'wrong-no':>9} {'wrong':>9} {'in-reply':>9} {'oos-ans':>9} "
    f"{'ranked-1':>9}"
)
