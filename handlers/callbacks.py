"""Callback data, typed: one codec per kind of button, `<prefix>:v<version>:<action>[:<arg>...]`.

A codec packs (checking Telegram's 64-byte limit), unpacks, and gives the `pattern=` its handler
registers with. The stale-button pattern is derived from every codec, so a new kind of button is answered
by its own handler and never also by the "this button is no longer valid" fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_CALLBACK_BYTES = 64  # Telegram's limit on callback_data
SEPARATOR = ":"


class CallbackTooLong(ValueError):
    """Packed callback data would exceed Telegram's 64 bytes: Telegram would refuse the whole message."""


@dataclass(frozen=True)
class Callback:
    """A pressed button, unpacked."""

    action: str
    args: tuple[str, ...] = ()

    def arg(self, index: int = 0, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default

    def int_arg(self, index: int = 0) -> int | None:
        value = self.arg(index)
        return int(value) if value.isdigit() else None


class CallbackCodec:
    """One kind of button. `actions=None` accepts any action (a feature that parses its own)."""

    def __init__(self, prefix: str, actions: Iterable[str] | None, *, version: int = 1) -> None:
        self.prefix = prefix
        self.version = version
        self.actions = None if actions is None else tuple(actions)
        self.head = f"{prefix}{SEPARATOR}v{version}{SEPARATOR}"
        _REGISTRY.append(self)

    def pack(self, action: str, *args: object) -> str:
        if self.actions is not None and action not in self.actions:
            raise ValueError(f"{self.prefix}: unknown action {action!r}")
        parts = [str(arg) for arg in args]
        if any(SEPARATOR in part for part in parts):
            raise ValueError(f"{self.prefix}: an argument contains {SEPARATOR!r}")
        data = SEPARATOR.join([self.head + action, *parts])
        if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
            raise CallbackTooLong(f"{self.prefix}:{action}: {len(data.encode('utf-8'))} bytes")
        return data

    def unpack(self, data: str | None) -> Callback | None:
        """The button's action and arguments; None when the data is not this codec's (or too long)."""
        if data is None or not data.startswith(self.head) or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
            return None
        action, *args = data[len(self.head) :].split(SEPARATOR)
        if self.actions is not None and action not in self.actions:
            return None
        return Callback(action, tuple(args))

    def pattern(self, *actions: str) -> str:
        """Regex for `CallbackQueryHandler(pattern=...)`: these actions (default: all of the codec's)."""
        return rf"^{self._body(actions)}"

    def _body(self, actions: tuple[str, ...] = ()) -> str:
        chosen = actions or self.actions
        if chosen is None:
            return re.escape(self.head)
        names = "|".join(re.escape(action) for action in chosen)
        return rf"{re.escape(self.head)}(?:{names})(?:{SEPARATOR}|$)"


_REGISTRY: list[CallbackCodec] = []

MENU = CallbackCodec("menu", ("main", "ask", "routes", "emergency"))
FAQ = CallbackCodec("faq", ("show", "pick", "none", "alt"))
FEEDBACK = CallbackCodec("fb", ("up", "down"))
OFFER = CallbackCodec("offer", ("start", "ans"))
AGENCY = CallbackCodec("agency", ("start",))
LANGUAGE = CallbackCodec("lang", ("set",))
# The complaint intake and the complainant's side of a case.
REPORT = CallbackCodec(
    "report",
    (
        # intake
        "start",
        "consent",
        "rep",
        "cat",
        "country",
        "prov",
        "region",
        "place",
        "done",
        "att",
        "edit",
        "confirm",
        "cancel",
        "story",  # an urgent or long story, filed as a prefilled report
        "talk",  # after suicidal thoughts: her own words to an officer, no form
        # the complainant's cases
        "status",
        "msg",
        "erase",
        "faq",
        "to",
        "pick",  # which of her open cases a free text is for (0: none, it is a question)
        "reopen",
        "new",
    ),
)
# Emergency help: "Di luar negeri", more countries, a chosen country's code.
SOS = CallbackCodec("sos", ("abroad", "more", "cc", "sea"))
# Staff buttons under case cards, prompts and lists: `case:v1:<action>:<case id or offset>[:<arg>...]`.
CASE = CallbackCodec(
    "case",
    (
        "claim",  # take an unassigned case
        "take",  # take over another officer's case, after confirming
        "st",  # change status
        "ag",  # referral agency chosen
        "sure",  # closing an urgent case confirmed
        "why",  # saved reason chosen
        "ask",  # saved reply chosen as the question of "waiting for the complainant"
        "prio",  # change priority
        "note",  # ask for an internal note
        "tpl",  # saved replies
        "x",  # cancel a prompt
        "show",  # redraw the card
        "open",  # open a case from a list
        "pg",  # queue page
        "sp",  # search page
    ),
)


def codecs() -> tuple[CallbackCodec, ...]:
    return tuple(_REGISTRY)


def stale_pattern() -> str:
    """Callback data no codec's handler takes: buttons of an old version, or a forged press."""
    return rf"^(?!(?:{'|'.join(codec._body() for codec in _REGISTRY)}))"
