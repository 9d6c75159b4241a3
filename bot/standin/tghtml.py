"""Telegram's HTML parse mode, checked as strictly as the real Bot API checks it.

The real server refuses a message with an unknown tag, an unclosed tag or a bare `<` / `&`
("Bad Request: can't parse entities ..."). The stand-in applies the same rules so a test catches
user text that was not escaped, and the terminal chat uses `to_plain_text` to show what a phone shows.
"""

from __future__ import annotations

import html
import re
from typing import Final

ALLOWED_TAGS: Final = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_TAG: Final = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>"
)
_ENTITY: Final = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_HREF: Final = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; the message mirrors the Bot API's description."""


def to_plain_text(text: str) -> str:
    """Validate Telegram HTML and return the text a reader sees (tags removed, entities decoded)."""
    return "".join(_walk(text, show_links=False))


def to_terminal_text(text: str) -> str:
    """Like `to_plain_text`, but links keep their target visible: `label (https://...)`."""
    return "".join(_walk(text, show_links=True))


def _walk(text: str, *, show_links: bool) -> list[str]:
    out: list[str] = []
    open_tags: list[tuple[str, str | None]] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "<":
            match = _TAG.match(text, position)
            if match is None:
                raise HtmlParseError(
                    f"Bad Request: can't parse entities: unsupported start tag at byte offset {position}"
                )
            closing, name, attributes = match.group(1) == "/", match.group(2).lower(), match.group(3)
            if name not in ALLOWED_TAGS:
                raise HtmlParseError(
                    f'Bad Request: can\'t parse entities: unsupported start tag "{name}" '
                    f"at byte offset {position}"
                )
            if closing:
                if not open_tags or open_tags[-1][0] != name:
                    raise HtmlParseError(
                        f"Bad Request: can't parse entities: unmatched end tag at byte offset {position}, "
                        f'expected "</{open_tags[-1][0] if open_tags else ""}>", found "</{name}>"'
                    )
                _, href = open_tags.pop()
                if href and show_links:
                    out.append(f" ({href})")
            else:
                href_match = _HREF.search(attributes) if name == "a" else None
                href = None
                if href_match:
                    href = html.unescape(next(group for group in href_match.groups() if group is not None))
                open_tags.append((name, href))
            position = match.end()
        elif char == "&":
            match = _ENTITY.match(text, position)
            if match is None:
                raise HtmlParseError(
                    f"Bad Request: can't parse entities: character '&' at byte offset {position} "
                    "must be escaped as &amp;"
                )
            out.append(html.unescape(match.group(0)))
            position = match.end()
        elif char == ">":
            # Telegram accepts a bare '>' in text; keep it.
            out.append(char)
            position += 1
        else:
            out.append(char)
            position += 1
    if open_tags:
        raise HtmlParseError(
            "Bad Request: can't parse entities: can't find end tag corresponding to start tag "
            f'"{open_tags[-1][0]}"'
        )
    return out
