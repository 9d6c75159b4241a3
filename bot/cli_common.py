"""Helpers shared by the `bot.cli_*` command modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.config import AppConfig, layered_base, load_config


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """Let `--config` also follow the subcommand (`migrasi-aman db upgrade --config x.yaml`)."""
    parser.add_argument(
        "--config",
        type=Path,
        default=argparse.SUPPRESS,
        help="path of config.yaml; with $MIGRASI_CONFIG set, a file laid over that one",
    )


def config_from_args(args: argparse.Namespace) -> AppConfig:
    """`--config PATH` laid over `$MIGRASI_CONFIG` when both are given (per-instance over shared)."""
    path: Path | None = getattr(args, "config", None)
    return load_config(path, base=layered_base(path))
