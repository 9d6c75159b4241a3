"""`migrasi-aman faq lint|ask|eval`: tools for content editors.

- `faq lint [PATH...] [--places FILE]` checks the FAQ content and the places table, prints
  `file:line: message` per problem and exits 1 when there are any.
- `faq ask [--lang id|en] [--json] QUESTION` shows the reply a user would get; `--json -` reads one
  question per line from stdin and prints one JSON object per line.
- `faq eval PATH...` scores labelled sets by what the user sees first and exits 1 when a bar is missed.

Other `faq` actions (e.g. `gaps`) live in their own modules listed in FAQ_EXTENSION_MODULES; each provides
`register_faq(faq_subparsers)`, so this module does not need to change when they are added.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from bot.cli_common import add_config_option, config_from_args, silence_stdout
from bot.config import AppConfig, resolve_config_path
from bot.destinations import destination_table, home_lines
from bot.standin.tghtml import to_terminal_text
from faq.answering import AnswerEngine
from faq.baseline import NaiveMatcher
from faq.destinations import Destinations
from faq.emergency import HomeLines, danger_line, writer_of
from faq.evaluate import (
    SUMMARY_HEADER,
    Decide,
    EvalSetError,
    evaluate,
    format_report,
    load_eval_set,
    naive_top1,
    summary_row,
    unknown_ids,
)
from faq.lint import lint_paths
from faq.loader import FaqContentError, load_knowledge_base
from faq.matcher import FaqMatcher, MatcherSettings
from faq.model import as_language
from faq.places import PLACES_PATH, load_places, read_places
from faq.render import render_decision
from faq.reply import ReplyDecision, legacy_decision
from faq.triage import UrgencyDetector
from faq.whereabouts import country_in_message

FAQ_EXTENSION_MODULES: tuple[str, ...] = (
    "bot.cli_faq_gaps",
    "bot.cli_faq_triage",
    "bot.cli_faq_lengths",
    "bot.cli_faq_answer",
)

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
POLICIES = ("calibrated", "legacy", "both")


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

    evaluate_parser = faq_commands.add_parser("eval", help="score labelled eval sets against the bars")
    evaluate_parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="eval set YAML (cases, out_of_scope, urgent, ...)"
    )
    evaluate_parser.add_argument(
        "--policy",
        choices=POLICIES,
        default=POLICIES[0],
        help="which reply decision to score: the calibrated one the bot uses (default), the matcher's "
        "hand-set thresholds (legacy), or both side by side",
    )
    evaluate_parser.add_argument(
        "--table", action="store_true", help="one summary line per set and policy instead of full reports"
    )
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
    places = read_places(args.places)
    problems = lint_paths(
        paths,
        config.placeholders() if config is not None else None,
        destinations_path=config.destinations.path if config is not None else None,
        # checked against the places table only when that table itself is sound (else its problems say why)
        country_codes=None if places.problems else [place.code for place in places.countries],
    )
    problems += places.problems
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def run_ask(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    detector = UrgencyDetector()
    matcher = _load_matcher(config, detector)
    if matcher is None:
        return EXIT_PROBLEMS
    engine = AnswerEngine(matcher)
    lang = args.lang or config.bot.default_language
    table, home = destination_table(config), home_lines(config)
    values = {**config.placeholders(), **table.placeholders(as_language(lang))}
    questions = _read_lines(sys.stdin) if args.question == ["-"] else iter([" ".join(args.question)])
    try:
        for question in questions:
            reply = engine.decide_reply(question)
            urgent = detector.is_urgent(question)
            if args.json:
                print(json.dumps(reply_as_json(reply, urgent=urgent), ensure_ascii=False), flush=True)
            else:
                text = render_decision(matcher.kb, reply, lang, values)
                if urgent:
                    text = f"{_danger_lead(question, table, home, lang)}\n\n{text}"
                print(text, end="\n\n", flush=True)
    except BrokenPipeError:
        silence_stdout()  # piped into `head` and the reader left: stop quietly
    return EXIT_OK


def _danger_lead(question: str, table: Destinations, home: HomeLines, lang: str) -> str:
    """The numbers the bot would give first for an urgent question: those of the country it names (a
    relative's country to pass on), else the Indonesian ones; the same line a filed urgent report gets."""
    code = country_in_message(load_places().country_mentions(question), None, table.codes)
    line = danger_line(table.get(code), as_language(lang), home, near=question, writer=writer_of(question))
    return to_terminal_text(line)


def run_eval(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        eval_sets = [(path, load_eval_set(path)) for path in args.paths]
    except EvalSetError as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return EXIT_USAGE
    detector = UrgencyDetector()
    matcher = _load_matcher(config, detector)
    if matcher is None:
        return EXIT_PROBLEMS
    kb = matcher.kb
    policies = deciders(matcher, args.policy)
    failed: list[str] = []
    if args.table:
        print(SUMMARY_HEADER)
    for path, eval_set in eval_sets:
        for label in unknown_ids(eval_set, kb.ids):
            print(f"{path}: warning: unknown entry id in eval set, {label}", file=sys.stderr)
        for policy, decide in policies.items():
            report = evaluate(decide, detector, eval_set)
            failed.extend(f"{path.name} ({policy}): {bar}" for bar in report.failed_bars())
            if args.table:
                print(summary_row(f"{path.stem} {policy}", report))
                continue
            print(f"eval set: {path} ({len(kb)} FAQ entries), reply decision: {policy}")
            for line in format_report(report, show_misses=args.verbose):
                print(line)
        if not args.table:
            baseline = naive_top1(eval_set, NaiveMatcher(kb).best)
            print(f"naive baseline (rapidfuzz extractOne WRatio over raw phrasings) top-1: {baseline:.1%}")
    if failed and not args.no_fail:
        print(f"bars missed: {'; '.join(failed)}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def deciders(matcher: FaqMatcher, policy: str) -> dict[str, Decide]:
    """The reply decisions to score, by name: the calibrated one the bot uses, and the matcher's own."""
    names = ["calibrated", "legacy"] if policy == "both" else [policy]
    available: dict[str, Decide] = {"legacy": lambda question: legacy_decision(matcher.match(question))}
    if "calibrated" in names:
        available["calibrated"] = AnswerEngine(matcher).decide_reply
    return {name: available[name] for name in names}


def reply_as_json(reply: ReplyDecision, *, urgent: bool) -> dict[str, Any]:
    return {
        "query": reply.question,
        "decision": reply.decision.value,
        "entry_id": reply.entry_id,
        "confidence": round(reply.confidence, 4),
        "alternatives": list(reply.alternatives),
        "second_topic": reply.second_topic,
        "candidates": [
            {"entry_id": candidate.entry_id, "score": round(candidate.score, 4)}
            for candidate in reply.candidates
        ],
        "urgent": urgent,
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
