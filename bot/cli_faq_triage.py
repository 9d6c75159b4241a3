"""`migrasi-aman faq train-triage SETS...`: train, check or cross-validate the learned urgency model.

- without options it trains on the labelled sets and writes `faq/data/triage_model.npz` (or `--out`);
- `--check` exits 1 when the shipped model was trained on other data than SETS (no scikit-learn needed);
- `--cv` holds out one set at a time and prints how the rules alone and the rules plus a model trained on
  the other sets flag that set's messages: the honest figure for messages from a new author;
- `--select` does the same and chooses the model's bars from it: the most urgent messages flagged with at
  most 1.5 % of ordinary ones (what the `DEFAULT_*_THRESHOLD` constants hold);
- `--nested` scores each held-out set at bars chosen on the other sets only: the honest figure for bars
  chosen by `--select` (`--max-ordinary` changes the cap of both).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli_common import add_config_option
from faq.evaluate import EvalSetError
from faq.triage_model import TriageModelError, UrgencyModel, shipped_model_path
from faq.triage_training import (
    DEFAULT_C,
    DEFAULT_FAINT_THRESHOLD,
    DEFAULT_THRESHOLD,
    DEFAULT_TOPIC_THRESHOLD,
    DEFAULT_WINDOW_THRESHOLD,
    MAX_ORDINARY_FLAGGED,
    Bars,
    HeldOutScore,
    Kind,
    TrainingUnavailable,
    fingerprint,
    held_out_readings,
    load_examples,
    nested_scores,
    score,
    select_bars,
    train,
)

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def register_faq(faq_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = faq_subparsers.add_parser("train-triage", help="train or check the learned urgency model")
    parser.add_argument("sets", nargs="+", type=Path, metavar="SET", help="labelled eval-set YAML files")
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: shipped)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped model is stale")
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out figures instead of training")
    parser.add_argument(
        "--select",
        action="store_true",
        help=f"choose the bars by leave-one-set-out (at most {MAX_ORDINARY_FLAGGED:.1%} ordinary flagged)",
    )
    parser.add_argument(
        "--nested", action="store_true", help="with the bars chosen without each held-out set's own messages"
    )
    parser.add_argument(
        "--max-ordinary",
        type=float,
        default=MAX_ORDINARY_FLAGGED,
        help="share of ordinary messages --select and --nested may flag",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="with --cv: list the missed messages")
    parser.add_argument("--c", type=float, default=DEFAULT_C, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--topic-threshold", type=float, default=DEFAULT_TOPIC_THRESHOLD)
    parser.add_argument("--faint-threshold", type=float, default=DEFAULT_FAINT_THRESHOLD)
    parser.add_argument(
        "--window-threshold",
        type=float,
        default=DEFAULT_WINDOW_THRESHOLD,
        help="bar for one window of a long message (above 1: long messages read whole only)",
    )
    add_config_option(parser)
    parser.set_defaults(func=run_train_triage)


def run_train_triage(args: argparse.Namespace) -> int:
    try:
        sets = load_examples(args.sets)
        examples = [example for examples in sets.values() for example in examples]
        if args.check:
            return _check(fingerprint(examples), args.out or shipped_model_path())
        bars = Bars(args.threshold, args.topic_threshold, args.faint_threshold, args.window_threshold)
        if args.cv or args.select or args.nested:
            readings = held_out_readings(sets, c=args.c)
            if args.nested:
                nested = nested_scores(readings, max_ordinary=args.max_ordinary)
                print("\n".join(format_cross_validation(nested, verbose=args.verbose)))
                return EXIT_OK
            if args.select:
                bars = select_bars(readings, max_ordinary=args.max_ordinary)
                print(
                    f"chosen bars: threshold {bars.threshold}, topic threshold {bars.topic_threshold},"
                    f" faint threshold {bars.faint_threshold}, window threshold {bars.window_threshold}"
                    f" (C {args.c})"
                )
            print("\n".join(format_cross_validation(score(readings, bars), verbose=args.verbose)))
            return EXIT_OK
        model = train(examples, c=args.c, **bars._asdict())
    except (EvalSetError, TriageModelError) as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except TrainingUnavailable as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    target = args.out or shipped_model_path()
    model.save(target)
    urgent = sum(example.urgent for example in examples)
    print(f"{target}: {len(model.weights)} n-grams from {len(examples)} messages ({urgent} urgent)")
    return EXIT_OK


def _check(expected: str, path: Path) -> int:
    model = UrgencyModel.load(path)
    if model.fingerprint == expected:
        print(f"{path}: trained on these sets")
        return EXIT_OK
    print(
        f"{path}: stale, the labelled sets changed since it was trained; run `make triage-model`",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS


def format_cross_validation(scores: list[HeldOutScore], *, verbose: bool = False) -> list[str]:
    lines = [
        "held-out set: flagged by the rules alone -> by the rules plus a model trained on the other sets",
        f"{'set':<20} {'urgent':>17} {'not urgent':>15} {'FAQ questions':>15} {'out of scope':>13}",
    ]
    for held_out in scores:
        cells = [
            f"{flagged.by_rules}->{flagged.by_both}/{flagged.total}" for flagged in held_out.flagged.values()
        ]
        lines.append(f"{held_out.name:<20} {cells[0]:>17} {cells[1]:>15} {cells[2]:>15} {cells[3]:>13}")
        if verbose:
            lines.extend(f"    missed: {text}" for text in held_out.missed)
    rates = []
    for kind in Kind:
        flagged = [held_out.flagged[kind] for held_out in scores]
        total = sum(item.total for item in flagged)
        by_rules = _rate(sum(item.by_rules for item in flagged), total)
        rates.append(f"{kind.value} {by_rules} -> {_rate(sum(item.by_both for item in flagged), total)}")
    lines.append("all: " + "; ".join(rates))
    return lines


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "n/a"
