"""Score the matcher and the triage detector on a labelled set, against the bars in issue 2.

Eval-set file (YAML): `cases: [{q, ok: [entry ids]}]`, `out_of_scope: [text]`, `urgent: [text]`,
`not_urgent: [text]`. A case counts as *served* when the bot answers with a right entry, or asks back
(clarify) with a right entry among the offered candidates; a confident answer with a wrong entry is the
worst outcome and has its own bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from faq.matcher import Decision, FaqMatcher, MatchResult
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
        return f">= {self.minimum:.0%}" if self.minimum is not None else f"<= {self.maximum:.0%}"


BARS: Final[dict[str, Bar]] = {
    "top1": Bar("top-1 right entry", minimum=0.90),
    "served": Bar("answered-or-clarified with right entry in top 3", minimum=0.96),
    "wrong_confident": Bar("wrong confident answers", maximum=0.03),
    "out_of_scope_answered": Bar("out-of-scope answered", maximum=0.10),
    "urgent_recall": Bar("urgent messages flagged", minimum=1.0),
    "not_urgent_flagged": Bar("ordinary questions flagged urgent", maximum=0.10),
}


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
    top1: int = 0
    served: int = 0
    answered_right: int = 0
    clarified: int = 0
    wrong_confident: int = 0
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

    def rates(self) -> dict[str, float]:
        return {
            "top1": _ratio(self.top1, self.cases),
            "served": _ratio(self.served, self.cases),
            "wrong_confident": _ratio(self.wrong_confident, self.cases),
            "out_of_scope_answered": _ratio(self.out_of_scope_answered, self.out_of_scope),
            "urgent_recall": _ratio(self.urgent_flagged, self.urgent),
            "not_urgent_flagged": _ratio(self.not_urgent_flagged, self.not_urgent),
        }

    def measured(self) -> dict[str, bool]:
        """Which bars this set can say anything about (a triage-only set has no FAQ cases)."""
        return {
            "top1": self.cases > 0,
            "served": self.cases > 0,
            "wrong_confident": self.cases > 0,
            "out_of_scope_answered": self.out_of_scope > 0,
            "urgent_recall": self.urgent > 0,
            "not_urgent_flagged": self.not_urgent > 0,
        }

    def failed_bars(self) -> list[str]:
        rates = self.rates()
        measured = self.measured()
        return [key for key, bar in BARS.items() if measured[key] and not bar.met(rates[key])]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def load_eval_set(path: Path) -> EvalSet:
    try:
        data = read_yaml_file(path)
    except YamlSyntaxError as exc:
        raise EvalSetError(f"{path}:{exc.line}: {exc.problem}") from None
    if not isinstance(data, YamlMap):
        raise EvalSetError(f"{path}:1: expected a mapping with cases, out_of_scope, urgent, not_urgent")
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


def evaluate(matcher: FaqMatcher, detector: UrgencyDetector, eval_set: EvalSet) -> EvalReport:
    report = EvalReport()
    for case in eval_set.cases:
        result = matcher.match(case.query)
        _score_case(report, case, result)
        report.cases_flagged_urgent += detector.is_urgent(case.query)
    for text in eval_set.out_of_scope:
        result = matcher.match(text)
        report.out_of_scope += 1
        if result.decision is Decision.ANSWER:
            report.out_of_scope_answered += 1
            report.misses.append(f"out-of-scope answered ({result.entry_id} {result.score:.2f}): {text}")
        elif result.decision is Decision.CLARIFY:
            report.out_of_scope_clarified += 1
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


def _score_case(report: EvalReport, case: EvalCase, result: MatchResult) -> None:
    report.cases += 1
    ids = [candidate.entry_id for candidate in result.candidates]
    if ids and ids[0] in case.ok:
        report.top1 += 1
    if result.decision is Decision.ANSWER:
        if result.entry_id in case.ok:
            report.served += 1
            report.answered_right += 1
            return
        report.wrong_confident += 1
        report.misses.append(
            f"WRONG answer {result.entry_id} ({result.score:.2f}), want {case.ok}: {case.query}"
        )
        return
    if result.decision is Decision.CLARIFY:
        report.clarified += 1
        if any(entry_id in case.ok for entry_id in ids):
            report.served += 1
            return
        report.misses.append(f"clarify without right entry {ids}, want {case.ok}: {case.query}")
        return
    report.fallback += 1
    report.misses.append(f"fallback ({result.score:.2f} {ids[:1]}), want {case.ok}: {case.query}")


def naive_top1(eval_set: EvalSet, rank: Callable[[str], str | None]) -> float:
    """Top-1 of any ranking function (used for the rapidfuzz WRatio baseline)."""
    hits = sum(1 for case in eval_set.cases if rank(case.query) in case.ok)
    return _ratio(hits, len(eval_set.cases))


def format_report(report: EvalReport, *, show_misses: bool = False) -> list[str]:
    rates = report.rates()
    lines = [
        f"cases: {report.cases}  (answered right {report.answered_right}, clarified {report.clarified}, "
        f"fallback {report.fallback}, wrong confident {report.wrong_confident})",
    ]
    measured = report.measured()
    for key, bar in BARS.items():
        if not measured[key]:
            lines.append(f"{bar.label:<52} {'n/a':>7}  (bar {bar.describe():>6})  nothing to measure")
            continue
        status = "ok" if bar.met(rates[key]) else "MISSED"
        lines.append(f"{bar.label:<52} {rates[key]:7.1%}  (bar {bar.describe():>6})  {status}")
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
