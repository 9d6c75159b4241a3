"""End to end against the Bot API stand-in: a location shared in the middle of /lapor goes into the report
(her review, the case's story, the staff card), and the report carries on at the question it was at."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import (
    STAFF_CHAT,
    answer_first_questions,
    confirm_place,
    next_message,
    next_question,
)

RIYADH = (24.71, 46.68)
JEDDAH = (21.54, 39.17)


async def test_a_location_shared_during_the_report_reaches_the_staff_card(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7990, "Ani", "id")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, reporter="worker", category="violence")
    await next_question(standin, user.id, "report:v1:country:")

    # at the country question, before any story: kept, and the question asked again with its country
    await standin.send_location(user, *RIYADH)
    kept = (await next_message(standin, user.id)).plain_text
    assert kept.startswith("📍 Lokasi Anda"), kept
    assert "Arab Saudi" in kept, kept
    again = await next_message(standin, user.id)
    assert "report:v1:place:country:y" in again.callback_data, again.plain_text
    assert "Arab Saudi" in again.plain_text, again.plain_text
    assert "🆘" not in again.plain_text, again.plain_text
    await standin.press_button(user, again, "report:v1:place:country:y")
    await standin.send_text(user, "/lewati")
    await confirm_place(standin, user, "province", "agensi")
    await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "Ceritakan")
    await standin.send_text(user, "majikan kunci sy di kamar, sy gk tau alamatnya, cm tau dkt masjid")
    saved = await next_question(standin, user.id, "report:v1:done:story")

    # at the story step: kept beside the story, not taken as a story line nor answered as "text please"
    await standin.send_location(user, *JEDDAH)
    kept = (await next_question(standin, user.id, "📍 Lokasi Anda")).plain_text
    assert "Tolong jawab dengan teks" not in kept, kept
    saved = await next_question(standin, user.id, "report:v1:done:story")
    await standin.press_button(user, saved, "report:v1:done:story")
    await next_question(standin, user.id, "report:v1:att:done")
    await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "Nomor HP")
    await standin.send_text(user, "/lewati")

    review = await next_question(standin, user.id, "report:v1:confirm")
    assert "24.71000,46.68000" in review.plain_text, review.plain_text
    assert "21.54000,39.17000" in review.plain_text, review.plain_text
    await standin.press_button(user, review, "report:v1:confirm")
    await next_question(standin, user.id, "Laporan diterima")

    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    story = case.story or ""
    assert story.startswith("majikan kunci sy di kamar"), story
    assert "📍 Lokasi dibagikan: 24.71000,46.68000" in story, story
    assert "📍 Lokasi dibagikan: 21.54000,39.17000" in story, story
    card = await next_question(standin, STAFF_CHAT, case.ticket or "?")
    assert "Lokasi dibagikan: 21.54000,39.17000" in card.plain_text, card.plain_text


async def test_a_location_at_a_button_question_is_kept_and_the_buttons_come_again(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7991, "Ani", "id")
    await standin.send_text(user, "/lapor")
    await next_question(standin, user.id, "report:v1:consent:yes")
    await standin.send_location(user, *RIYADH)
    kept = (await next_message(standin, user.id)).plain_text
    assert "Tolong pilih salah satu tombol" not in kept, kept
    assert "Riyadh" in kept or "Arab Saudi" in kept, kept
    await next_question(standin, user.id, "report:v1:consent:yes")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert [where.split(" (")[0] for where in draft.locations] == ["📍 Lokasi dibagikan: 24.71000,46.68000"]
    assert draft.prefilled_country == "SA"  # the country step will ask her to confirm it


async def test_a_relatives_own_location_is_kept_but_not_taken_for_the_workers_country(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7992, "Bu Sarmi", "id")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, reporter="family", category="violence")
    await next_question(standin, user.id, "report:v1:country:")
    await standin.send_location(user, 1.35, 103.82)  # she is in Singapore; her daughter may not be
    await next_question(standin, user.id, "📍 Lokasi Anda")
    again = await next_message(standin, user.id)
    assert "report:v1:place:country:y" not in again.callback_data, again.plain_text
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert len(draft.locations) == 1
    assert draft.prefilled_country is None
