"""`migrasi-aman faq train-answer SETS...`: train, check or cross-validate the answer confidence model.

- without options it trains on the labelled sets and the shipped FAQ content, prints the leave-one-author-out
  figures it chose the reply thresholds by, and writes `faq/data/answer_model.npz` (or `--out`);
- `--check` exits 1 when the shipped model was trained on other content or sets (no scikit-learn needed);
- `--cv` prints the leave-one-author-out figures and calibration without writing anything.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.cli_common import add_config_option
from faq.answer_model import AnswerModelError, Thresholds, shipped_model_path
from faq.answer_training import (
    Example,
    ReliabilityBin,
    TrainingUnavailable,
    choose_thresholds,
    collect,
    expected_calibration_error,
    fingerprint,
    fit,
    model_from,
    out_of_fold,
    outcomes,
    pooled,
    pooled_outcomes,
    reliability,
    stacked,
    train_scope,
)
from faq.answering import FEATURE_NAMES, AnswerEngine
from faq.evaluate import SUMMARY_HEADER, EvalSet, EvalSetError, load_eval_set, summary_row
from faq.loader import FaqContentError, content_files, load_knowledge_base
from faq.matcher import FaqMatcher

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def register_faq(faq_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = faq_subparsers.add_parser("train-answer", help="train or check the answer confidence model")
    parser.add_argument("sets", nargs="+", type=Path, metavar="SET", help="labelled eval-set YAML files")
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: shipped)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped model is stale")
    parser.add_argument("--cv", action="store_true", help="leave-one-author-out figures, nothing written")
    add_config_option(parser)
    parser.set_defaults(func=run_train_answer)


def run_train_answer(args: argparse.Namespace) -> int:
    holdouts = [path for path in args.sets if "holdout" in path.name]
    if holdouts:
        print(f"migrasi-aman: held-out sets are never trained on: {holdouts[0]}", file=sys.stderr)
        return EXIT_USAGE
    try:
        sets = {path.name: load_eval_set(path) for path in sorted(args.sets)}
        expected = fingerprint(content_files(None), sets)
        target = args.out or shipped_model_path()
        if args.check:
            return _check(expected, target)
        return _train(sets, expected, None if args.cv else target)
    except (EvalSetError, AnswerModelError) as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FaqContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_USAGE
    except TrainingUnavailable as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS


def _train(sets: Mapping[str, EvalSet], fingerprint_value: str, target: Path | None) -> int:
    engine = AnswerEngine(FaqMatcher(load_knowledge_base()))
    examples = collect(engine, sets)
    with_scope = stacked(examples, engine.phrasings)
    confidences = out_of_fold(with_scope)
    thresholds = choose_thresholds(with_scope, confidences)
    for line in format_cross_validation(with_scope, confidences, thresholds):
        print(line)
    if target is None:
        for line in format_nested(with_scope, confidences):
            print(line)
        return EXIT_OK
    everything = [example for rows in examples.values() for example in rows]
    model = model_from(
        fit([example for rows in with_scope.values() for example in rows]),
        train_scope(everything, engine.phrasings),
        thresholds,
        fingerprint_value,
    )
    model.save(target)
    print(f"{target}: {len(FEATURE_NAMES)} signals, {len(model.scope.weights)} scope n-grams, {thresholds}")
    return EXIT_OK


def _check(expected: str, path: Path) -> int:
    try:
        from faq.answer_model import AnswerModel

        model = AnswerModel.load(path, FEATURE_NAMES)
    except AnswerModelError as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    if model.fingerprint == expected:
        print(f"{path}: trained on this FAQ content and these sets")
        return EXIT_OK
    print(
        f"{path}: stale, the FAQ content or the labelled sets changed since it was trained; "
        "run `make answer-model`",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS


def format_cross_validation(
    sets: Mapping[str, Sequence[Example]], confidences: Mapping[str, Sequence[float]], thresholds: Thresholds
) -> list[str]:
    lines = [
        "leave-one-author-out: each set scored by a model trained on the other sets, chosen thresholds",
        f"thresholds: sure {thresholds.sure:.3f}, likely {thresholds.likely:.3f}, "
        f"clarify at ranking score {thresholds.clarify_score:.2f}, "
        f"alternatives at ranking score {thresholds.alternative_score:.2f}",
        SUMMARY_HEADER,
    ]
    for name, examples in sets.items():
        if any(example.ok for example in examples) or examples:
            lines.append(summary_row(Path(name).stem, outcomes(examples, confidences[name], thresholds)))
    lines.append(summary_row("all (pooled)", pooled_outcomes(sets, confidences, thresholds)))
    everything = [example for examples in sets.values() for example in examples]
    pooled = [confidence for name in sets for confidence in confidences[name]]
    table = reliability(pooled, [example.right for example in everything])
    lines.append(
        f"calibration of the confidence (out of fold, {len(pooled)} questions): expected calibration "
        f"error {expected_calibration_error(table):.3f}"
    )
    lines.extend(format_reliability(table))
    for name, examples in sets.items():
        if examples:
            per_set = reliability(confidences[name], [example.right for example in examples])
            lines.append(f"  ECE {Path(name).stem}: {expected_calibration_error(per_set):.3f}")
    return lines


def format_nested(
    sets: Mapping[str, Sequence[Example]], confidences: Mapping[str, Sequence[float]]
) -> list[str]:
    """Stricter still: each set scored at thresholds chosen on the other sets only."""
    lines = [
        "nested: each set's thresholds chosen on the other sets' out-of-fold confidences",
        SUMMARY_HEADER,
    ]
    reports = []
    for name, examples in sets.items():
        if not any(example.ok for example in examples):
            continue
        others = {other: rows for other, rows in sets.items() if other != name}
        thresholds = choose_thresholds(others, confidences)
        report = outcomes(examples, confidences[name], thresholds)
        reports.append(report)
        lines.append(
            summary_row(Path(name).stem, report)
            + f"  (likely {thresholds.likely:.3f}, sure {thresholds.sure:.3f})"
        )
    lines.append(summary_row("all (pooled)", pooled(reports)))
    return lines


def format_reliability(table: Sequence[ReliabilityBin]) -> list[str]:
    lines = [f"  {'confidence':<12} {'questions':>9} {'mean confidence':>16} {'best entry right':>17}"]
    lines.extend(
        f"  {row.low:.1f}-{row.high:.1f}     {row.count:>9} {row.mean_confidence:>16.3f} "
        f"{row.accuracy:>17.3f}"
        for row in table
    )
    return lines
