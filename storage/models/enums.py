"""Column type for `StrEnum`s: plain strings (no native enum), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def str_enum(enum_class: type[StrEnum], length: int = 32) -> Enum:
    return Enum(
        enum_class,
        native_enum=False,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
