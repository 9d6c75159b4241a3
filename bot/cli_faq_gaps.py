"""`migrasi-aman faq gaps`: the questions the FAQ served worst, grouped, most frequent first, for editors.

Counts fallbacks, "Maksud Anda:" choices, "Bukan ini?" choices and 👎 from the question log (no user ids are
stored). Wordings that differ only in spelling or word order count as one question (`faq.gaps`), and each
group shows the entry it belongs to (the one users chose, else the matcher's closest) with the command that
adds the wording to that entry:

    migrasi-aman faq gaps --add ENTRY_ID "the question" [--lang en]

appends it to the entry's phrasings in its content file (nothing else in the file changes), then checks that
the content still loads. Afterwards `make answer-model` retrains the confidence (`make lint` reminds you).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shlex
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.cli_common import add_config_option, config_from_args
from faq.gaps import GapGroup, PhrasingError, add_phrasing, group_gaps
from faq.loader import FaqContentError, load_knowledge_base
from faq.matcher import FaqMatcher, MatcherSettings
from faq.model import KnowledgeBase, as_language
from storage.db import Database
from storage.migrate import upgrade_database
from storage.repositories.questions import QuestionGap
from storage.services.question_log import QuestionLogService

QUESTION_WIDTH = 70
# Grouping merges wordings, so read more of them than the groups to show.
WORDINGS_PER_GROUP = 10


def register_faq(faq_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gaps = faq_subparsers.add_parser("gaps", help="most frequent questions the FAQ could not answer well")
    gaps.add_argument("--limit", type=int, default=20, help="how many questions to show (default 20)")
    gaps.add_argument("--days", type=int, default=None, help="only the last N days (default: all)")
    gaps.add_argument("--json", action="store_true", help="one JSON object per line")
    gaps.add_argument(
        "--add",
        nargs=2,
        metavar=("ENTRY_ID", "QUESTION"),
        help="add QUESTION as a phrasing of ENTRY_ID in its content file",
    )
    gaps.add_argument(
        "--lang", choices=("id", "en"), default="id", help="with --add: the phrasing's language"
    )
    add_config_option(gaps)
    gaps.set_defaults(func=run_gaps)


def run_gaps(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    try:
        kb = load_knowledge_base(config.matcher.content_paths)
    except FaqContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("migrasi-aman: the FAQ content has errors; run `migrasi-aman faq lint`", file=sys.stderr)
        return 1
    if args.add:
        return _add(kb, config.matcher.content_paths, args.add[0], args.add[1], args.lang)
    since = datetime.now(UTC) - timedelta(days=args.days) if args.days else None
    gaps = asyncio.run(_read_gaps(config.database.url, args.limit * WORDINGS_PER_GROUP, since))
    matcher = FaqMatcher(kb, MatcherSettings.from_config(config.matcher))
    groups = group_gaps(gaps, matcher)[: args.limit]
    if args.json:
        for group in groups:
            print(json.dumps(_as_json(group), ensure_ascii=False))
        return 0
    print(format_gaps(groups))
    return 0


def _add(kb: KnowledgeBase, paths: tuple[Path, ...] | None, entry_id: str, question: str, lang: str) -> int:
    try:
        where = add_phrasing(kb, entry_id, question, as_language(lang))
    except PhrasingError as exc:
        print(f"migrasi-aman: {exc}", file=sys.stderr)
        return 1
    try:
        load_knowledge_base(paths)
    except FaqContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"migrasi-aman: {where}: the content no longer loads; undo that line", file=sys.stderr)
        return 1
    print(f"{where}: added to `{entry_id}`; run `make answer-model` to retrain the answer confidence")
    return 0


async def _read_gaps(url: str, limit: int, since: datetime | None) -> list[QuestionGap]:
    database = Database.connect(url)
    try:
        await upgrade_database(database)  # an empty or old database simply has no gaps yet
        return await QuestionLogService(database).gaps(limit=limit, since=since)
    finally:
        await database.dispose()


def format_gaps(groups: list[GapGroup]) -> str:
    if not groups:
        return "no unanswered questions logged yet"
    lines = [f"{'count':>5}  {'last seen':<16}  {'kinds':<28}  question"]
    for group in groups:
        last_seen = group.last_seen.strftime("%Y-%m-%d %H:%M")
        lines.append(
            f"{group.count:>5}  {last_seen:<16}  {','.join(group.kinds):<28}  {_short(group.question)}"
        )
        for other, count in group.others[:3]:
            lines.append(f"{'':>5}  {'':<16}  {'':<28}  + {_short(other)} ({count})")
        belongs = []
        if group.chosen:
            belongs.append(f"users chose {', '.join(group.chosen)}")
        if group.closest:
            belongs.append(f"closest {group.closest} ({group.closest_score:.2f})")
        if belongs:
            lines.append(f"{'':>5}  {'':<16}  {'':<28}  -> {'; '.join(belongs)}")
        if group.target:
            command = f"migrasi-aman faq gaps --add {group.target} {shlex.quote(group.question)}"
            lines.append(f"{'':>5}  {'':<16}  {'':<28}     {command}")
    return "\n".join(lines)


def _short(question: str) -> str:
    text = " ".join(question.split())
    return text if len(text) <= QUESTION_WIDTH else text[: QUESTION_WIDTH - 1] + "…"


def _as_json(group: GapGroup) -> dict[str, object]:
    return {
        "question": group.question,
        "count": group.count,
        "last_seen": group.last_seen.isoformat(),
        "kinds": list(group.kinds),
        "entry_ids": list(group.chosen),
        "closest": group.closest,
        "closest_score": round(group.closest_score, 4),
        "others": [{"question": question, "count": count} for question, count in group.others],
    }
