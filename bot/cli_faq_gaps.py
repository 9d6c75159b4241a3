"""`migrasi-aman faq gaps`: the questions the FAQ served worst, most frequent first, for content editors.

Counts fallbacks, clarify choices and 👎 from the question log (no user ids are stored), grouped by the
matcher's normalised wording so "gmn cara" and "gimana cara" count as one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import UTC, datetime, timedelta

from bot.cli_common import add_config_option, config_from_args
from storage.db import Database
from storage.migrate import upgrade_database
from storage.repositories.questions import QuestionGap
from storage.services.question_log import QuestionLogService

QUESTION_WIDTH = 70


def register_faq(faq_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gaps = faq_subparsers.add_parser("gaps", help="most frequent questions the FAQ could not answer well")
    gaps.add_argument("--limit", type=int, default=20, help="how many questions to show (default 20)")
    gaps.add_argument("--days", type=int, default=None, help="only the last N days (default: all)")
    gaps.add_argument("--json", action="store_true", help="one JSON object per line")
    add_config_option(gaps)
    gaps.set_defaults(func=run_gaps)


def run_gaps(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    since = datetime.now(UTC) - timedelta(days=args.days) if args.days else None
    gaps = asyncio.run(_read_gaps(config.database.url, args.limit, since))
    if args.json:
        for gap in gaps:
            print(json.dumps(_as_json(gap), ensure_ascii=False))
        return 0
    print(format_gaps(gaps))
    return 0


async def _read_gaps(url: str, limit: int, since: datetime | None) -> list[QuestionGap]:
    database = Database.connect(url)
    try:
        await upgrade_database(database)  # an empty or old database simply has no gaps yet
        return await QuestionLogService(database).gaps(limit=limit, since=since)
    finally:
        await database.dispose()


def format_gaps(gaps: list[QuestionGap]) -> str:
    if not gaps:
        return "no unanswered questions logged yet"
    lines = [f"{'count':>5}  {'last seen':<16}  {'kinds':<28}  question  [entry it belongs to, if known]"]
    for gap in gaps:
        question = " ".join(gap.question.split())
        if len(question) > QUESTION_WIDTH:
            question = question[: QUESTION_WIDTH - 1] + "…"
        last_seen = gap.last_seen.strftime("%Y-%m-%d %H:%M")
        entries = f"  [{', '.join(gap.entry_ids)}]" if gap.entry_ids else ""
        lines.append(f"{gap.count:>5}  {last_seen:<16}  {','.join(gap.kinds):<28}  {question}{entries}")
    return "\n".join(lines)


def _as_json(gap: QuestionGap) -> dict[str, object]:
    return {
        "question": gap.question,
        "normalized": gap.normalized_question,
        "count": gap.count,
        "last_seen": gap.last_seen.isoformat(),
        "kinds": list(gap.kinds),
        "entry_ids": list(gap.entry_ids),
    }
