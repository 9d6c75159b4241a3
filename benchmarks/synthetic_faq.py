"""A deterministic synthetic knowledge base built from the shipped FAQ's own words, for speed measurements.

Each synthetic entry gets a small "topic" of words and phrasings that mix the topic with everyday question
words, so the index has realistic vocabulary size and document lengths. Queries are phrasings with a word
dropped and a typo added, so spelling correction and the fuzzy rerank are exercised as in real use.
"""

from __future__ import annotations

import random
import re

from faq.model import FaqEntry, KnowledgeBase, LocalizedPhrases, LocalizedText

_WORD = re.compile(r"[^\W\d_]{3,}")
_TEMPLATES_ID = (
    "bagaimana cara {a} {b} di {c}",
    "apa syarat {a} untuk {b}",
    "{a} {b} itu apa ya kak",
    "gmn kalau {a} tidak {b} {c}",
    "berapa biaya {a} {b}",
    "min mau tanya soal {a} {b} {c}",
)
_TEMPLATES_EN = ("how do i {a} {b} {c}", "what is {a} {b}")


def shipped_vocabulary(kb: KnowledgeBase) -> list[str]:
    words: set[str] = set()
    for entry in kb:
        for text in (*entry.questions.all(), entry.title.id, entry.title.en):
            words.update(word.lower() for word in _WORD.findall(text))
    return sorted(words)


def synthetic_kb(
    vocabulary: list[str], entries: int = 1000, phrasings: int = 8, seed: int = 7
) -> KnowledgeBase:
    rng = random.Random(seed)
    made: list[FaqEntry] = []
    for number in range(entries):
        topic = rng.sample(vocabulary, 4)
        id_phrasings = []
        for template in _TEMPLATES_ID:
            a, b, c = rng.sample(topic, 3)
            id_phrasings.append(template.format(a=a, b=b, c=c) + " " + rng.choice(vocabulary))
        en_phrasings = []
        for template in _TEMPLATES_EN[: phrasings - len(id_phrasings)]:
            a, b, c = rng.sample(topic, 3)
            en_phrasings.append(template.format(a=a, b=b, c=c))
        title = " ".join(topic[:3]).capitalize()
        made.append(
            FaqEntry(
                id=f"synthetic-{number:04d}",
                title=LocalizedText(id=title, en=title),
                questions=LocalizedPhrases(id=tuple(id_phrasings), en=tuple(en_phrasings)),
                answer=LocalizedText(id=f"Jawaban {title}.", en=f"Answer {title}."),
                tags=(topic[0],),
            )
        )
    return KnowledgeBase(entries=tuple(made))


def perturbed_queries(kb: KnowledgeBase, count: int = 300, seed: int = 11) -> list[tuple[str, str]]:
    """(query, expected entry id): a phrasing with one word dropped and one typo (doubled/swapped letter)."""
    rng = random.Random(seed)
    queries = []
    entries = list(kb)
    for _ in range(count):
        entry = rng.choice(entries)
        words = rng.choice(entry.questions.all()).split()
        if len(words) > 3:
            del words[rng.randrange(len(words))]
        position = rng.randrange(len(words))
        words[position] = _typo(words[position], rng)
        queries.append((" ".join(words), entry.id))
    return queries


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    index = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:index] + word[index + 1] + word[index] + word[index + 2 :]
    return word[:index] + word[index] * 3 + word[index + 1 :]
