"""The bot and `faq ask` say the same thing: one reply decision (`faq.answering`) behind both surfaces.

The real application polls the Bot API stand-in on 127.0.0.1 with the shipped FAQ; `faq ask --json` runs
in-process with the shipped config. For a table of questions covering every kind of reply, what the phone
shows (answer, "Bukan ini?" buttons, a second-topic button, "Maksud Anda:" choices, the fallback) must be
what the CLI reports.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import bot.__main__ as cli
from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from storage.models.questions import QuestionEventKind

ROOT = Path(__file__).parent.parent
USER = 1002
QUESTIONS = [
    "paspor sy ditahan majikan",
    "syarat kerja ke Jepang apa aja?",
    "how do I know if an agency is licensed?",
    "biaya nya brp, dokumen nya apa aja",
    "dokumen",
    "kerja",
    "cara",
    "resep rendang padang",
    "gaji sy dipotong terus sm agensi, bisa lapor kmn",
]


@pytest.fixture
def rina(standin: BotApiStandIn) -> StandInUser:
    return standin.private_user(USER, "Rina", "id")


def _cli_replies(questions: list[str], monkeypatch: pytest.MonkeyPatch, capsys: Any) -> list[dict[str, Any]]:
    if "bot.cli_faq" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "bot.cli_faq"))
    monkeypatch.delenv("MIGRASI_CONFIG", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(questions) + "\n"))
    code = cli.main(["faq", "ask", "--json", "-", "--config", str(ROOT / "config.yaml")])
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _ids(message: SentMessage, prefix: str) -> list[str]:
    return [data.removeprefix(prefix) for data in message.callback_data if data.startswith(prefix)]


def _as_seen(message: SentMessage) -> dict[str, Any]:
    """The reply decision as a user sees it on the phone."""
    if message.plain_text.startswith("Maksud Anda:"):
        return {"decision": "clarify", "entry_id": None, "offered": _ids(message, "faq:v1:pick:")}
    answered = _ids(message, "fb:v1:up:")
    if not answered:
        return {"decision": "fallback", "entry_id": None, "offered": []}
    second = [
        (button.callback_data or "").removeprefix("faq:v1:show:")
        for button in message.flat_buttons
        if button.text.startswith("➕ ")
    ]
    return {"decision": "answer", "entry_id": answered[0], "offered": second + _ids(message, "faq:v1:alt:")}


def _as_reported(result: dict[str, Any]) -> dict[str, Any]:
    if result["decision"] == "clarify":
        offered = [candidate["entry_id"] for candidate in result["candidates"]]
    elif result["decision"] == "answer":
        offered = ([result["second_topic"]] if result["second_topic"] else []) + result["alternatives"]
    else:
        offered = []
    return {"decision": result["decision"], "entry_id": result["entry_id"], "offered": offered}


async def test_bot_and_faq_ask_give_the_same_first_reply(
    standin: BotApiStandIn,
    rina: StandInUser,
    live_bot: BotApplication,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reported = _cli_replies(QUESTIONS, monkeypatch, capsys)
    seen = []
    for question in QUESTIONS:
        await standin.send_text(rina, question)
        (message,) = await standin.wait_for_bot_messages(rina.id, 1)
        seen.append(_as_seen(message))

    assert seen == [_as_reported(result) for result in reported]
    # the table covers every kind of first reply
    assert {result["decision"] for result in reported} == {"answer", "clarify", "fallback"}
    assert any(result["alternatives"] for result in reported)
    assert any(result["decision"] == "answer" and not result["alternatives"] for result in reported)
    assert any(result["second_topic"] for result in reported)


async def test_bukan_ini_shows_the_chosen_entry_and_is_logged(
    standin: BotApiStandIn, rina: StandInUser, live_bot: BotApplication
) -> None:
    faq = services_of(live_bot).faq
    question = next(q for q in QUESTIONS if faq.decide_reply(q).alternatives and not faq.is_urgent(q))
    await standin.send_text(rina, question)
    (answer,) = await standin.wait_for_bot_messages(rina.id, 1)
    assert "Bukan ini?" in answer.plain_text
    other = next(
        button for button in answer.flat_buttons if (button.callback_data or "").startswith("faq:v1:alt:")
    )

    await standin.press_button(rina, answer, other.callback_data or "")
    (shown,) = await standin.wait_for_bot_messages(rina.id, 1)

    assert shown.plain_text.split("\n")[0] == other.text
    (gap,) = await services_of(live_bot).questions.gaps()
    assert (gap.question, gap.kinds) == (question, (QuestionEventKind.NOT_THIS.value,))
    assert gap.entry_ids[0] == (other.callback_data or "").removeprefix("faq:v1:alt:")
