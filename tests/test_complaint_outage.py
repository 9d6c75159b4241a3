"""A worker who re-sends her last answer while the bot is down: after the restart her first message answers
the question it was written for, and the copy is not taken as the answer to the next question; the bot
restates the step it waits for and asks its question again."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.config import AppConfig
from bot.run import running_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.services.intake import EARLIER_ANSWER_GRACE, Step
from tests.bot_fixtures import with_api
from tests.complaint_helpers import complaint_config, next_question, prepare_chats


async def test_a_re_sent_answer_after_a_restart_lands_in_the_right_field(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    prepare_chats(standin)
    config: AppConfig = with_api(complaint_config(tmp_path), standin)
    user = standin.private_user(6401, "Ani")
    async with running_bot(config):
        await standin.send_text(user, "/lapor")
        for data in ("report:v1:consent:yes", "report:v1:rep:worker", "report:v1:cat:unpaid_wages"):
            await standin.press_button(user, await next_question(standin, user.id, data), data)
        await next_question(standin, user.id, "report:v1:country:")
    # The bot is down: her answer gets no reply, so she sends it again.
    await standin.send_text(user, "Malaysia")
    await standin.send_text(user, "Malaysia")
    await asyncio.sleep(EARLIER_ANSWER_GRACE.total_seconds() + 1.5)  # the outage lasts a while
    async with running_bot(config) as app:
        await next_question(standin, user.id, "provinsi")
        restated = await next_question(standin, user.id, "Kita sedang di langkah")
        assert "provinsi" in (await next_question(standin, user.id, "provinsi")).plain_text.lower()
        await standin.send_text(user, "Jawa Timur")
        await next_question(standin, user.id, "agensi")
        services: Services = app.bot_data["services"]
        draft = await services.intake.current(user.id)
    assert "langkah 4 (Provinsi)" in restated.plain_text  # the step it waits for, restated
    assert draft is not None
    assert draft.step is Step.AGENCY
    assert (draft.text("country"), draft.text("province")) == ("Malaysia", "Jawa Timur")


async def test_answers_sent_one_after_the_other_are_all_taken(standin: BotApiStandIn, tmp_path: Path) -> None:
    """The rule only sets aside messages written well before their question: a normal walk is unaffected."""
    prepare_chats(standin)
    config: AppConfig = with_api(complaint_config(tmp_path), standin)
    user = standin.private_user(6402, "Budi")
    async with running_bot(config) as app:
        await standin.send_text(user, "/lapor")
        for data in ("report:v1:consent:yes", "report:v1:rep:worker", "report:v1:cat:unpaid_wages"):
            await standin.press_button(user, await next_question(standin, user.id, data), data)
        await next_question(standin, user.id, "report:v1:country:")
        for answer, next_marker in (
            ("Taiwan", "provinsi"),
            ("Jawa Barat", "agensi"),
            ("PT Maju", "Ceritakan"),
        ):
            await standin.send_text(user, answer)
            await next_question(standin, user.id, next_marker)
        services: Services = app.bot_data["services"]
        draft = await services.intake.current(user.id)
    assert draft is not None
    assert (draft.text("country"), draft.text("province"), draft.text("agency")) == (
        "Taiwan",
        "Jawa Barat",
        "PT Maju",
    )


async def test_a_question_that_could_not_be_sent_is_restated_before_an_answer_is_taken(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    """Moving on records the next question as asked; when sending it fails, her next message is not filed
    into a question she never saw."""
    prepare_chats(standin)
    config: AppConfig = with_api(complaint_config(tmp_path), standin)
    user = standin.private_user(6403, "Citra")
    async with running_bot(config) as app:
        await standin.send_text(user, "/lapor")
        for data in ("report:v1:consent:yes", "report:v1:rep:worker"):
            await standin.press_button(user, await next_question(standin, user.id, data), data)
        category = "report:v1:cat:unpaid_wages"
        question = await next_question(standin, user.id, category)
        standin.fail_next("sendMessage", 400, description="Bad Request: message is too long")
        await standin.press_button(user, question, category)  # the country question is lost on the way
        await next_question(standin, user.id, "coba lagi")  # the error handler's apology went out
        await standin.send_text(user, "Malaysia")
        restated = await next_question(standin, user.id, "Kita sedang di langkah")
        await next_question(standin, user.id, "report:v1:country:")
        services: Services = app.bot_data["services"]
        draft = await services.intake.current(user.id)
    assert "Negara" in restated.plain_text
    assert draft is not None
    assert (draft.step, draft.text("country")) == (Step.COUNTRY, None)
