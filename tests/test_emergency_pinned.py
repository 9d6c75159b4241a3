"""What the emergency replies say and how messages are read for them is pinned: a change to the wording,
the numbers chosen or a pattern of `faq.emergency` (or `faq.missions`) shows here, case by case, and the
snapshot is rewritten on purpose.

`tests/data/emergency_replies.tsv` holds one line per case:
- `read|<digest>`: per message of the dev sets and of the emergency test files, how `faq.emergency` reads it
  (writer, ran away, injured, scam compound, ransom, at sea, act under way with and without suicidal words
  before, has left, never left, home now, asks, only asks, all clear, asks to write, not to be called) and
  the first 8 hex digits of the SHA-256 of what `said_now` keeps;
- `reply|...`: for a situation (country, language, writer, what is known, the place named), the first 16
  hex digits of the SHA-256 of the full block, the one-line reminder, the follow-up and the write-instead
  reply with their buttons; `line|...` the same for a filed report's danger line and kind line;
- `missions|...`: the missions' numbers asked for, and her own country's lines under an answer.
Rewrite it with `.venv/bin/python -m tests.test_emergency_pinned` and read the diff.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from faq import emergency
from faq.destinations import Destination
from faq.emergency import Reply, Situation, Writer
from faq.missions import missions_reply, own_lines
from faq.model import Language
from tests.emergency_helpers import HOME, LANGUAGES, TABLE, places_to_try
from tests.test_triage_decisions import messages as labelled_messages

# Reading every labelled message takes a minute or two; on a loaded machine the default 120 s is too tight.
pytestmark = pytest.mark.timeout(900)

ROOT = Path(__file__).parent
SNAPSHOT = ROOT / "data" / "emergency_replies.tsv"
# What is known beside the country, as the bot's emergency service sets it.
KNOWN: dict[str, dict[str, bool]] = {
    "plain": {},
    "suicidal": {"suicidal": True},
    "act": {"suicidal": True, "act_under_way": True},
    "scam": {"scam_compound": True},
    "scam_ransom": {"scam_compound": True, "ransom": True},
    "ransom": {"ransom": True},
    "injured": {"injured": True},
    "ran_away": {"ran_away": True},
    "at_sea": {"at_sea": True},
}
# Stories a filed report's danger line reads: nothing, a scam compound, at sea.
STORIES = ("", "sy disekap di kompleks scam", "sy abk kapal ikan")


def _digest(text: str, length: int = 16) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:length]


def _shown(reply: Reply) -> str:
    return reply.html + "\n" + ",".join(action.value for action in reply.actions)


def reading(text: str) -> str:
    flags = (
        emergency.has_run_away(text),
        emergency.is_injured(text),
        emergency.in_scam_compound(text),
        emergency.held_for_ransom(text),
        emergency.at_sea(text),
        emergency.act_under_way(text),
        emergency.act_under_way(text, after_suicidal_words=True),
        emergency.has_left(text),
        emergency.never_left(text),
        emergency.is_home_now(text),
        emergency.asks_a_question(text),
        emergency.only_asks(text),
        emergency.says_all_clear(text),
        emergency.asks_to_write(text),
        emergency.asks_not_to_be_called(text),
    )
    writer, kept = emergency.writer_of(text).value, _digest(emergency.said_now(text), 8)
    return f"{writer} " + "".join(str(int(flag)) for flag in flags) + f" {kept}"


def situations() -> Iterator[tuple[str, Situation]]:
    places: list[Destination | None] = [None, *TABLE]
    for place in places:
        nears = places_to_try(place) if place is not None else [""]
        for lang in LANGUAGES:
            for writer in Writer:
                for known, flags in KNOWN.items():
                    for near in nears:
                        code = place.code if place is not None else "--"
                        key = f"{code}|{lang}|{writer.value}|{known}|{near}"
                        yield key, Situation(lang, place, writer, near=near, **flags)  # type: ignore[arg-type]
    for lang in LANGUAGES:
        for writer in Writer:
            yield f"--|{lang}|{writer.value}|home|", Situation(lang, None, writer, in_indonesia=True)
            yield f"--|{lang}|{writer.value}|elsewhere|", Situation(lang, None, writer, elsewhere="Polandia")


def reply_digest(situation: Situation) -> str:
    shown = [
        _shown(emergency.emergency_reply(situation, TABLE, HOME)),
        _shown(emergency.reminder_reply(situation, TABLE, HOME)),
        _shown(emergency.follow_up_reply(situation, TABLE, HOME)),
        _shown(emergency.write_reply(situation, TABLE, HOME)),
    ]
    return _digest("\n---\n".join(shown))


def lines() -> Iterator[tuple[str, str]]:
    for place in [None, *TABLE]:
        code = place.code if place is not None else "--"
        for lang in LANGUAGES:
            for writer in Writer:
                kind = emergency.kind_line(place, TABLE, lang, writer)
                yield f"line|{code}|{lang}|{writer.value}|kind", _digest(kind)
                nears = places_to_try(place) if place is not None else [""]
                for story in STORIES:
                    for near in nears:
                        said = f"{story} {near}".strip()
                        danger = emergency.danger_line(place, lang, HOME, near=said, writer=writer)
                        yield f"line|{code}|{lang}|{writer.value}|{said}", _digest(danger)


def missions() -> Iterator[tuple[str, str]]:
    langs: tuple[Language, ...] = LANGUAGES
    for place in TABLE:
        for lang in langs:
            for near in places_to_try(place):
                shown = missions_reply(place, place.missions_near(near), lang, HOME.kemlu)
                yield f"missions|{place.code}|{lang}|{near}", _digest(shown)
            yield f"missions|{place.code}|{lang}|own", _digest(own_lines(place, lang, HOME.kemlu))
            # every branch of a mission's line: no hotline, an unverified one, a WhatsApp of its own
            for mission in place.missions:
                unknown = replace(mission, hotline=None)
                shown = missions_reply(place, (mission, unknown), lang, HOME.kemlu)
                shown += own_lines(replace(place, missions=(unknown,)), lang, HOME.kemlu)
                yield f"missions|{place.code}|{lang}|{mission.name}|variants", _digest(shown)


def messages() -> Iterator[str]:
    """Every message of the dev sets, then every string of the emergency test files, once each."""
    return labelled_messages(sorted(ROOT.glob("test_emergency_*.py")))


def current() -> dict[str, str]:
    pinned = {f"read|{_digest(text)}": reading(text) for text in messages()}
    pinned.update((f"reply|{key}", reply_digest(situation)) for key, situation in situations())
    pinned.update(lines())
    pinned.update(missions())
    return pinned


def snapshot() -> dict[str, str]:
    lines = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines)


@pytest.fixture(scope="module")
def now() -> dict[str, str]:
    return current()


def test_every_case_is_pinned(now: dict[str, str]) -> None:
    unpinned = sorted(set(now) - set(snapshot()))
    assert not unpinned, f"{len(unpinned)} cases have nothing pinned: rewrite the snapshot ({unpinned[:5]})"


def test_no_emergency_reply_or_reading_changed(now: dict[str, str]) -> None:
    pinned = snapshot()
    changed = {key: (pinned[key], now[key]) for key in now if key in pinned and pinned[key] != now[key]}
    assert not changed, f"{len(changed)} changed: {dict(list(changed.items())[:20])}"


if __name__ == "__main__":
    pinned = current()
    SNAPSHOT.write_text("".join(f"{key}\t{value}\n" for key, value in pinned.items()), encoding="utf-8")
    print(f"{SNAPSHOT}: {len(pinned)} cases")
