"""`migrasi-aman faq lint|ask|eval`: tools for content editors.

- `faq lint [PATH...] [--places FILE]` checks the FAQ content and the places table, prints
  `file:line: message` per problem and exits 1 when there are any.
- `faq ask [--lang id|en] [--json] QUESTION` shows the reply a user would get; `--json -` reads one
  question per line from stdin and prints one JSON object per line.
- `faq eval PATH` scores a labelled set against the bars of issue 2 and exits 1 when one is missed.

Other `faq` actions (e.g. `gaps`) live in their own modules listed in FAQ_EXTENSION_MODULES; each provides
`register_faq(faq_subparsers)`, so this module does not need to change when they are added.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from bot.cli_common import add_config_option, config_from_args
from bot.config import AppConfig, resolve_config_path
from faq.baseline import NaiveMatcher
from faq.evaluate import EvalSetError, evaluate, format_report, load_eval_set, naive_top1, unknown_ids
from faq.lint import lint_paths
from faq.loader import FaqContentError, load_knowledge_base
from faq.matcher import FaqMatcher, MatcherSettings, MatchResult
from faq.places import PLACES_PATH, read_places
from faq.render import render_reply
from faq.triage import UrgencyDetector

FAQ_EXTENSION_MODULES: tuple[str, ...] = ("bot.cli_faq_gaps", "bot.cli_faq_triage", "bot.cli_faq_lengths")

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    faq = subparsers.add_parser("faq", help="FAQ content tools: lint, ask, eval")
    faq_commands = faq.add_subparsers(dest="faq_command", required=True, metavar="ACTION")

    lint = faq_commands.add_parser("lint", help="validate FAQ content files (default: the shipped content)")
    lint.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="YAML files or directories")
    lint.add_argument(
        "--places", type=Path, default=PLACES_PATH, metavar="PATH", help="places table to check as well"
    )
    add_config_option(lint)
    lint.set_defaults(func=run_lint)

    ask = faq_commands.add_parser("ask", help="show how the bot would answer a question")
    ask.add_argument(
        "question", nargs="+", help="the question, or - to read one question per line from stdin"
    )
    ask.add_argument("--lang", choices=("id", "en"), default=None, help="answer language (default: config)")
    ask.add_argument("--json", action="store_true", help="print the match result as JSON")
    add_config_option(ask)
    ask.set_defaults(func=run_ask)

    evaluate_parser = faq_commands.add_parser("eval", help="score a labelled eval set against the bars")
    evaluate_parser.add_argument("path", type=Path, help="eval set YAML (cases, out_of_scope, urgent, ...)")
    evaluate_parser.add_argument("--no-fail", action="store_true", help="exit 0 even when a bar is missed")
    evaluate_parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    add_config_option(evaluate_parser)
    evaluate_parser.set_defaults(func=run_eval)

    for module_name in FAQ_EXTENSION_MODULES:
        if importlib.util.find_spec(module_name) is not None:
            importlib.import_module(module_name).register_faq(faq_commands)


def run_lint(args: argparse.Namespace) -> int:
    config = _config_if_present(args)
    paths = args.paths or (config.matcher.content_paths if config is not None else None)
    problems = lint_paths(paths, config.placeholders() if config is not None else None)
    problems += read_places(args.places).problems
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def run_ask(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    matcher = _load_matcher(config, UrgencyDetector())
    if matcher is None:
        return EXIT_PROBLEMS
    lang = args.lang or config.bot.default_language
    questions = _read_lines(sys.stdin) if args.question == ["-"] else iter([" ".join(args.question)])
    try:
        for question in questions:
            result = matcher.match(question)
            if args.json:
                print(json.dumps(result_as_json(result), ensure_ascii=False), flush=True)
            else:
                print(render_reply(matcher.kb, result, lang, config.placeholders()), end="\n\n", flush=True)
    except BrokenPipeError:
        # Piped into `head` and the reader left: stop quietly (Python's documented recipe).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        eval_set = load_eval_set(args.path)
    except EvalSetError as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_USAGE
    detector = UrgencyDetector()
    matcher = _load_matcher(config, detector)
    if matcher is None:
        return EXIT_PROBLEMS
    kb = matcher.kb
    for label in unknown_ids(eval_set, kb.ids):
        print(f"{args.path}: warning: unknown entry id in eval set, {label}", file=sys.stderr)
    report = evaluate(matcher, detector, eval_set)
    print(f"eval set: {args.path} ({len(kb)} FAQ entries)")
    for line in format_report(report, show_misses=args.verbose):
        print(line)
    baseline_top1 = naive_top1(eval_set, NaiveMatcher(kb).best)
    print(f"naive baseline (rapidfuzz extractOne WRatio over raw phrasings) top-1: {baseline_top1:.1%}")
    failed = report.failed_bars()
    if failed and not args.no_fail:
        print(f"bars missed: {', '.join(failed)}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def result_as_json(result: MatchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "decision": result.decision.value,
        "entry_id": result.entry_id,
        "score": round(result.score, 4),
        "candidates": [
            {"entry_id": candidate.entry_id, "score": round(candidate.score, 4)}
            for candidate in result.candidates
        ],
        "urgent": result.urgent,
    }


def _load_matcher(config: AppConfig, detector: UrgencyDetector) -> FaqMatcher | None:
    """The configured matcher, or None after printing the content's blocking problems."""
    try:
        kb = load_knowledge_base(config.matcher.content_paths)
    except FaqContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("migrasi-aman: the FAQ content has errors; run `migrasi-aman faq lint`", file=sys.stderr)
        return None
    return FaqMatcher(kb, MatcherSettings.from_config(config.matcher), detector=detector)


def _config_if_present(args: argparse.Namespace) -> AppConfig | None:
    """Lint works without a config file (documented placeholders); a given or present one must be valid."""
    if getattr(args, "config", None) is None and not resolve_config_path(None).exists():
        return None
    return config_from_args(args)


def _read_lines(stream: TextIO) -> Iterator[str]:
    for line in stream:
        text = line.strip()
        if text:
            yield text
