"""People's words within Telegram's limits: lengths in UTF-16 code units, splitting, and links.

Telegram measures a message (at most 4,096) in UTF-16 code units after HTML parsing: an emoji outside the
Basic Multilingual Plane counts 2, so a 4,096-character story full of emoji is 6,000-odd units. Long texts
are split as plain text, before they are escaped, so no part can end inside an HTML tag or entity; a split
prefers a line break, then a space, so words and links stay whole.

Links survive both ways: a message's hidden links (`text_link` entities, "label" pointing elsewhere) are
read as "label (url)", so the address is kept with the words, and on the way out every http(s) address in
a text becomes an escaped `<a href>`.
"""

from __future__ import annotations

import html
import re

from telegram import Message, MessageEntity

MAX_MESSAGE_UNITS = 4096
_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]", re.IGNORECASE)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` UTF-16 units, marked with `ellipsis` when cut."""
    if utf16_len(text) <= limit:
        return text
    room = limit - utf16_len(ellipsis)
    return _head(text, room) + ellipsis


def split_text(body: str, limit: int = 3500) -> list[str]:
    """Plain text in parts of at most `limit` UTF-16 units (one empty part for an empty text)."""
    parts: list[str] = []
    rest = body
    while utf16_len(rest) > limit:
        head = _head(rest, limit)
        cut = _break_in(head)
        parts.append(head[:cut])
        rest = rest[cut:]
    if rest or not parts:
        parts.append(rest)
    return parts


def message_text(message: Message) -> str | None:
    """The text or caption of a message, its hidden links written out as "label (url)"."""
    if message.text is not None:
        text, entities = message.text, message.entities
    elif message.caption is not None:
        text, entities = message.caption, message.caption_entities
    else:
        return None
    links = sorted(
        (entity for entity in entities if entity.type == MessageEntity.TEXT_LINK and entity.url),
        key=lambda entity: entity.offset,
    )
    pieces: list[str] = []
    position = 0
    for entity in links:
        start = _index_of_units(text, entity.offset)
        end = _index_of_units(text, entity.offset + entity.length)
        if start < position:
            continue  # overlapping entities: the first one wins
        pieces.append(text[position:end])
        url = entity.url or ""
        if url not in text[start:end]:
            pieces.append(f" ({url})")
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def html_with_links(text: str) -> str:
    """`text` escaped for Telegram's HTML, with each http(s) address a link (escaped, never raw)."""
    pieces: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        pieces.append(html.escape(text[position : match.start()]))
        address = html.escape(match.group(), quote=True)
        pieces.append(f'<a href="{address}">{address}</a>')
        position = match.end()
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def _head(text: str, units: int) -> str:
    """The longest start of `text` within `units` UTF-16 units (never half a character)."""
    total = 0
    for index, char in enumerate(text):
        total += 2 if ord(char) > 0xFFFF else 1
        if total > units:
            return text[:index]
    return text


def _break_in(head: str) -> int:
    """Where to end a part: after the last line break, else the last space, in the second half."""
    for separator in ("\n", " "):
        found = head.rfind(separator)
        if found >= len(head) // 2:
            return found + 1
    return max(len(head), 1)


def _index_of_units(text: str, units: int) -> int:
    """The string index at which `units` UTF-16 units of `text` end."""
    total = 0
    for index, char in enumerate(text):
        if total >= units:
            return index
        total += 2 if ord(char) > 0xFFFF else 1
    return len(text)
