"""`migrasi-aman faq lengths [PATH...]`: how long each entry's first reply is, for content editors.

Prints `file:line: entry-id  id N  en N  longest line N` with the config's placeholder values filled in, the
same measure `faq lint` holds against MAX_FIRST_REPLY_CHARS, so an editor sees how much room is left.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli_common import add_config_option, config_from_args
from faq.lint import MAX_FIRST_REPLY_CHARS, first_reply_length
from faq.loader import read_content
from faq.model import LANGUAGES


def register_faq(faq_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lengths = faq_subparsers.add_parser("lengths", help="first-reply length of every FAQ entry")
    lengths.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="YAML files or directories")
    add_config_option(lengths)
    lengths.set_defaults(func=run_lengths)


def run_lengths(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    readout = read_content(args.paths or config.matcher.content_paths)
    values = config.placeholders()
    for entry in readout.entries:
        lengths = {lang: first_reply_length(entry, lang, values) for lang in LANGUAGES}
        sizes = "  ".join(f"{lang} {length:4}" for lang, length in lengths.items())
        longest = max(len(line) for lang in LANGUAGES for line in entry.answer.get(lang).splitlines())
        over = f"  over {MAX_FIRST_REPLY_CHARS}" if max(lengths.values()) > MAX_FIRST_REPLY_CHARS else ""
        print(f"{entry.location}: {entry.id:<24} {sizes}  longest line {longest:3}{over}")
    return 0
