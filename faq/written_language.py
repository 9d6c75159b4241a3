"""Which language a message is written in, for replying in kind: someone whose phone is set to Indonesian
may still write in English (a brother abroad, a borrowed phone)."""

from __future__ import annotations

import re
from typing import Final

from faq.model import Language

_WORD: Final = re.compile(r"[a-z']+")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Small words that carry a sentence, and that the other language does not use.
_ENGLISH: Final = _set(
    "i im i'm me my mine she her he his they them their we us our you your is are am was were be being been "
    "the a an of to in on at by from with and or but not can can't cant don't dont won't wont doesn't "
    "have has had do does did will would could should please what where when why how who this that there "
    "take took out go get got let keep kept beaten hit locked boss sister brother mother daughter "
    "wife"
)
_INDONESIAN: Final = _set(
    "sy saya aku ak gw gue q kami kita dia ia anda kamu km kak mbak mas bu pak di ke dr dari dan yg yang "
    "ini itu gk ga gak nggak tidak tdk udh udah sudah sdh lg lagi aja saja mau bisa bs ada tolong majikan "
    "sama sm juga jg kalo kalau karena krn buat utk untuk dengan dgn tapi tp nya"
)


def written_in(text: str, default: Language) -> Language:
    """English when the message is plainly English (at least two English words and more of them than
    Indonesian ones), else `default`: a short or mixed message keeps the language already in use."""
    words = _WORD.findall(text.lower())
    english = sum(word in _ENGLISH for word in words)
    indonesian = sum(word in _INDONESIAN for word in words)
    return "en" if english >= 2 and english > indonesian else default
