"""Recognise greetings, thanks and openers ("halo min", "makasih kak", "kak sy mau cerita") before the FAQ
matcher.

They are not questions: answering them with "sorry, I have no answer" is unkind, and logging them would fill
`faq gaps` with noise. A message counts only when *every* word is small talk, so "halo, paspor saya
ditahan" still goes to the matcher.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final


class SmallTalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    # "kak sy mau cerita": she is about to tell something; the answer is "go ahead", not an FAQ entry.
    STORY = "story"
    # "aku capek bgt disini": worn out, not asking about a topic; a kind word and someone to tell, never a
    # menu of job topics.
    WEARY = "weary"


_GREETING_PHRASES: Final = (
    "assalamualaikum warahmatullahi wabarakatuh",
    "assalamualaikum wr wb",
    "assalamu alaikum",
    "assalamualaikum",
    "asalamualaikum",
    "selamat pagi",
    "selamat siang",
    "selamat sore",
    "selamat malam",
    "good morning",
    "good afternoon",
    "good evening",
    "permisi",
    "hallo",
    "halo",
    "haloo",
    "hello",
    "helo",
    "hai",
    "hi",
    "hey",
    "pagi",
    "siang",
    "sore",
    "malam",
    "salam",
    "ping",
    "p",
    "start",
    # openers: "halo, saya mau tanya" asks to ask; the answer is "go ahead"
    "mau tanya",
    "mau nanya",
    "boleh tanya",
    "boleh nanya",
    "numpang tanya",
    "izin bertanya",
    "ijin bertanya",
    "ingin bertanya",
    "mau bertanya",
    "can i ask",
    "i have a question",
)
_THANKS_PHRASES: Final = (
    "terima kasih banyak",
    "terima kasih",
    "terimakasih",
    "makasih banyak",
    "makasih",
    "makasi",
    "makacih",
    "mkasih",
    "mksih",
    "mksh",
    "mks",
    "trimakasih",
    "trima kasih",
    "trims",
    "tengkyu",
    "thank you very much",
    "thank you",
    "thanks",
    "thx",
    "tq",
    "tks",
    "matur nuwun",
    "matur suwun",
    "maturswun",
    "maturnuwun",
    "hatur nuhun",
    "nuhun",
    "suwun",
    "nuwun",
    "thank u",
    "ty",
    "syukron",
)
_STORY_PHRASES: Final = (
    "mau cerita",
    "mau crita",
    "mo cerita",
    "mau bercerita",
    "ingin cerita",
    "ingin bercerita",
    "pengen cerita",
    "pengin cerita",
    "pingin cerita",
    "boleh cerita",
    "bisa cerita",
    "mau curhat",
    "pengen curhat",
    "boleh curhat",
    "bisa curhat",
    "arep crito",
    "arep cerito",
    "hoyong carita",
    "i want to talk",
    "can i tell you something",
)
_WEARY_PHRASES: Final = (
    "capek",
    "cape",
    "capai",
    "lelah",
    "letih",
    "penat",
    "sedih",
    "stres",
    "stress",
    "tired",
    "exhausted",
)
# Words that may surround weariness without making it a question ("capek bgt disini").
_WEARY_FILLERS: Final = frozenset(
    {"bgt", "banget", "bngt", "bener", "beneran", "bnr", "sekali", "skali", "disini", "sini", "di", "rasanya"}
    | {"lagi", "lg", "udah", "udh", "sudah", "hari", "ini", "huhu", "hiks", "deh", "mulu", "terus", "trs"}
    | {"so", "very", "i", "am", "im", "here", "really", "kerja", "kerjanya", "gw", "gue", "ak"}
)
# Words that may come with the opener to tell a story ("boleh cerita sedikit gak kak").
_STORY_FILLERS: Final = frozenset(
    {"sesuatu", "sedikit", "dikit", "gak", "ga", "nggak", "tidak", "kah", "sama", "ke", "kamu"}
    | {"disini", "sini"}
)
# Words that may surround a greeting or thanks without making it a question.
_FILLERS: Final = frozenset(
    [
        "min",
        "admin",
        "kak",
        "kakak",
        "bang",
        "mas",
        "mbak",
        "pak",
        "bu",
        "ibu",
        "bapak",
        "bot",
        "semua",
        "ya",
        "yaa",
        "ok",
        "oke",
        "okay",
        "sis",
        "gan",
        "om",
        "dek",
        "juga",
        "you",
        "very",
        "much",
        "banyak",
        "sekali",
        "semuanya",
        "all",
        "everyone",
        "there",
        "dear",
        "saya",
        "sy",
        "aku",
        "dong",
        "nih",
        # forms of address in Sundanese and Javanese ("hatur nuhun teh", "suwun lur")
        "teh",
        "teteh",
        "aa",
        "kang",
        "akang",
        "mba",
        "neng",
        "lur",
        "nggih",
        "nggeh",
        "sanget",
        "pisan",
        # what the thanks are for ("makasih kak infonya", "thanks for the help")
        "infonya",
        "info",
        "informasinya",
        "infone",
        "jawabannya",
        "penjelasannya",
        "bantuannya",
        "atas",
        "for",
        "the",
        "help",
        "your",
    ]
)
# Forms of address that alone, as a whole message, are a way of saying "hello, are you there?".
_ADDRESS: Final = frozenset(
    ["min", "admin", "kak", "kakak", "bang", "mas", "mbak", "mba", "pak", "bu", "gan", "sis", "teh", "kang"]
)
_WORD: Final = re.compile(r"[a-z]+")


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)
    return re.compile(rf"\b(?:{alternatives})\b")


_GREETING: Final = _pattern(_GREETING_PHRASES)
_THANKS: Final = _pattern(_THANKS_PHRASES)
_STORY: Final = _pattern(_STORY_PHRASES)
_WEARY: Final = _pattern(_WEARY_PHRASES)


def classify(text: str) -> SmallTalk | None:
    """GREETING, THANKS, STORY or WEARY when the whole message is small talk, else None."""
    lowered = re.sub(r"(.)\1{2,}", r"\1\1", text.lower())  # "haloooo" -> "haloo"
    greeted = _GREETING.sub(" ", lowered)
    story = _STORY.sub(" ", greeted)
    if story != greeted:  # an opener wins over the greeting around it: "halo kak, mau curhat"
        leftover = [word for word in _WORD.findall(story) if word not in _FILLERS | _STORY_FILLERS]
        return None if leftover or re.search(r"\d", story) else SmallTalk.STORY
    found: SmallTalk | None = None
    remainder = lowered
    thanks = _THANKS.sub(" ", remainder)
    if thanks != remainder:
        found, remainder = SmallTalk.THANKS, thanks
    greeting = _GREETING.sub(" ", remainder)
    if greeting != remainder:
        found = found or SmallTalk.GREETING
        remainder = greeting
    if found is None:
        weary = _WEARY.sub(" ", lowered)
        if weary != lowered:
            leftover = [word for word in _WORD.findall(weary) if word not in _FILLERS | _WEARY_FILLERS]
            return None if leftover or re.search(r"\d", weary) else SmallTalk.WEARY
        # A bare form of address ("kak", "min?") calls for attention: greet and invite the question.
        words = _WORD.findall(lowered)
        if words and not re.search(r"\d", lowered) and all(word in _ADDRESS for word in words):
            return SmallTalk.GREETING
        return None
    leftover = [word for word in _WORD.findall(remainder) if word not in _FILLERS]
    return None if leftover or re.search(r"\d", remainder) else found
