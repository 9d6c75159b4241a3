"""End to end against the Bot API stand-in: when the danger grows within one conversation. An act of
self-harm under way brings the local emergency number first, with the kind word and the crisis line; every
message of the conversation reaches the story carried to /lapor, in order."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, StandInUser
from tests.complaint_helpers import next_question
from tests.test_emergency_followups import _replies


async def _say(api: BotApiStandIn, user: StandInUser, text: str) -> None:
    """Send `text` and wait for the one reply, with no sentinel that would join the story."""
    await api.send_text(user, text)
    await api.wait_for_bot_messages(user.id, 1)


async def test_standing_at_a_window_brings_the_police_number_first(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7101, "Maya", "id")
    await _replies(standin, user, "rasanya pengen ilang aja dr dunia ini, gk kuat lg")
    await _replies(standin, user, "sy di hongkong kak, kerja di tai po")
    (reply,) = await _replies(standin, user, "td udh brdiri di jendela lt 20")
    text = reply.plain_text
    assert text.startswith("🚨")
    assert text.index("999") < text.index("💛") < text.index("2896 0000")
    assert reply.button("💬 Cerita ke petugas").callback_data == "report:v1:story"


async def test_pills_ready_after_a_beating_get_the_crisis_line_and_the_police(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7102, "Lina", "id")
    await _replies(standin, user, "sy di hk kak, majikan mukul sy td pagi")
    (reply,) = await _replies(standin, user, "sy udh nyiapin obat byk")
    text = reply.plain_text
    assert text.startswith("🚨")
    for shown in ("999", "2896 0000", "💛"):
        assert shown in text


async def test_a_reminder_names_the_labour_hotline_it_gives(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7103, "Ina", "id")
    await _replies(standin, user, "sy di hk kak, majikan mukul sy td pagi")
    (reply,) = await _replies(standin, user, "sy dikunci di kamar skrg")
    assert "Hotline Labour Department untuk pekerja rumah tangga 2157 9537" in reply.plain_text


async def test_every_urgent_message_joins_the_story_in_order(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7104, "Sari", "id")
    said = (
        "tolong kak",
        "sy dikunci majikan dr kmrn gk blh kluar",
        "sy di johor bahru kak, skudai",
        "tangan sy bengkak kena pukul",
    )
    for text in said:
        await _say(standin, user, text)
    story = await services_of(case_bot).emergency.story_of(user.id) or ""
    assert story == "\n".join(said)
    await standin.send_text(user, "/lapor")
    await next_question(standin, user.id, "report:v1:consent:yes")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert draft.text("story") == "\n".join(said)


async def test_the_first_english_message_stays_in_the_story(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7105, "Rudi", "en")
    said = (
        "help pls im in myawaddy kk park, they take my passport n phone, cant go out",
        "they beat us if we dont reach target",
        "pls help me",
    )
    for text in said:
        await _say(standin, user, text)
    story = await services_of(case_bot).emergency.story_of(user.id) or ""
    assert story.split("\n") == list(said)
