"""Telegram may deliver the same update twice (after a crash before the offset was confirmed): a second
delivery never files a second case, answers the next question, or relays a message again."""

from __future__ import annotations

import time
from typing import Any

from telegram import Update

from bot.app import services_of
from bot.config import AppConfig
from bot.context import BotApplication
from bot.run import running_webhook_bot
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.models.cases import LinkKind
from storage.services.inbox import FetchedUpdate, UpdateInbox
from storage.services.intake import Step
from storage.update_keys import key_of
from tests.bot_fixtures import BOT_USER, OfflineBot, with_api
from tests.cluster_helpers import text_update as cluster_text_update
from tests.cluster_helpers import webhook_config
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT, prepare_chats
from tests.storage_fixtures import walk_draft

USER = 7100
# What a redelivered update must never tell her: it sounds like an error, or like she sent it twice.
CONFUSING = ("sudah tersimpan", "already saved", "tidak berlaku", "belum dipakai", "sudah kami terima")


def confusing(texts: list[str]) -> list[str]:
    return [text for text in texts if any(words in text for words in CONFUSING)]


def private(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": "Siti"}


def text_update(
    update_id: int, user_id: int, chat: dict[str, Any], text: str, reply_to: int | None = None
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": chat,
        "from": {"id": user_id, "is_bot": False, "first_name": "Siti"},
        "text": text,
    }
    if reply_to is not None:
        message["reply_to_message"] = {
            "message_id": reply_to,
            "date": 0,
            "chat": chat,
            "from": BOT_USER,
            "text": "x",
        }
    return {"update_id": update_id, "message": message}


async def deliver_twice(application: BotApplication, payload: dict[str, Any]) -> None:
    for _ in range(2):
        await application.process_update(Update.de_json(payload, application.bot))


async def test_confirmation_delivered_twice_files_one_case(
    offline_case_bot: OfflineBot,
) -> None:
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    await walk_draft(services.intake, USER)
    payload = confirm_update(500, "q1")
    await deliver_twice(application, payload)
    assert len(await services.cases.cases_of(USER)) == 1
    # Her ticket and the card went out the first time: the second delivery adds nothing.
    texts = request.texts()
    assert sum("Laporan diterima" in text for text in texts) == 1
    assert confusing(texts) == []
    cards = [params for params in request.sent() if params.get("chat_id") == STAFF_CHAT]
    assert len(cards) == 1


async def test_a_confirmation_handled_again_sends_the_ticket_that_had_not_gone_out(
    offline_case_bot: OfflineBot,
) -> None:
    """Filed, then the instance died before her ticket and the card were sent: the press handled again
    sends them, as the first handling would have."""
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    await walk_draft(services.intake, USER)
    payload = confirm_update(510, "q510")
    update = Update.de_json(payload, application.bot)
    await services.intake.file(USER, update_key=key_of(update), complainant_name="Siti")
    await application.process_update(update)
    await application.process_update(Update.de_json(payload, application.bot))
    texts = request.texts()
    assert sum("Laporan diterima" in text for text in texts) == 1
    assert confusing(texts) == []
    cards = [params for params in request.sent() if params.get("chat_id") == STAFF_CHAT]
    assert len(cards) == 1


async def test_an_answer_delivered_twice_is_not_the_next_answer(
    offline_case_bot: OfflineBot,
) -> None:
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    intake = services.intake
    await intake.start(USER, USER, "id")
    await intake.answer(USER, Step.CONSENT, "yes")
    await intake.answer(USER, Step.REPORTER, "worker")
    await intake.answer(USER, Step.CATEGORY, "other")
    await intake.mark_asked(USER, Step.COUNTRY)  # the country question reached her
    await deliver_twice(application, text_update(600, USER, private(USER), "Malaysia"))
    draft = await intake.current(USER)
    assert draft is not None
    assert draft.step is Step.PROVINCE
    assert draft.text("province") is None
    # The second delivery asks the province question again, word for word (the first one's may never have
    # gone out); it says nothing about the answer having been saved already.
    asked, asked_again = request.texts()
    assert asked_again == asked
    assert "provinsi" in asked.lower()


async def test_a_button_press_handled_again_restates_the_question_it_led_to(
    offline_case_bot: OfflineBot,
) -> None:
    """A press replayed after a restart (or a takeover by another instance) is not silent: the user may
    never have seen the question that followed it."""
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    intake = services.intake
    await intake.start(USER, USER, "id")
    await intake.answer(USER, Step.CONSENT, "yes")
    press = press_update(650, "q650", "report:v1:rep:worker")
    await deliver_twice(application, press)
    draft = await intake.current(USER)
    assert draft is not None
    assert draft.step is Step.CATEGORY
    category_buttons = [
        params for params in request.sent() if "report:v1:cat:" in str(params.get("reply_markup", ""))
    ]
    assert len(category_buttons) == 2  # asked, then asked again after the replay
    assert len(request.texts()) == 2


async def test_staff_reply_and_complainant_message_relayed_once(
    offline_case_bot: OfflineBot,
) -> None:
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    await walk_draft(services.intake, USER)
    case = (await services.intake.file(USER, update_key="k1", complainant_name="Siti")).case
    await services.cases.link_message(case.id, STAFF_CHAT, 77, LinkKind.CARD)
    staff_chat = {"id": STAFF_CHAT, "type": "supergroup", "title": "Petugas"}
    await deliver_twice(application, text_update(700, OFFICER, staff_chat, "Kami proses", reply_to=77))
    await services.cases.await_reply(USER, case.id)
    await deliver_twice(application, text_update(701, USER, private(USER), "Terima kasih"))
    messages = (await services.cases.detail(ADMIN, case.id)).messages
    assert [m.text for m in messages] == ["Kami proses", "Terima kasih"]
    to_user = [params for params in request.sent() if params.get("chat_id") == USER]
    assert sum("Kami proses" in str(params.get("text")) for params in to_user) == 1


def press_update(update_id: int, query_id: str, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": query_id,
            "from": {"id": USER, "is_bot": False, "first_name": "Siti"},
            "chat_instance": "c",
            "data": data,
            "message": {"message_id": 9, "date": 0, "chat": private(USER), "from": BOT_USER, "text": "q"},
        },
    }


def confirm_update(update_id: int, query_id: str) -> dict[str, Any]:
    return press_update(update_id, query_id, "report:v1:confirm")


async def test_a_new_confirmation_with_a_reused_update_id_files_a_new_case(
    offline_case_bot: OfflineBot,
) -> None:
    """Telegram started update ids again: the same id is a different update, not a redelivery."""
    application, services = offline_case_bot.app, offline_case_bot.services
    await walk_draft(services.intake, USER)
    await application.process_update(Update.de_json(confirm_update(500, "q1"), application.bot))
    await walk_draft(services.intake, USER, story="Gaji saya tidak dibayar lagi")
    await application.process_update(Update.de_json(confirm_update(500, "q2"), application.bot))
    cases = await services.cases.cases_of(USER)
    assert len(cases) == 2
    assert cases[0].id != cases[1].id
    assert cases[1].story == "Gaji saya tidak dibayar lagi"


async def test_an_answer_with_a_reused_update_id_is_taken(offline_case_bot: OfflineBot) -> None:
    application, services = offline_case_bot.app, offline_case_bot.services
    intake = services.intake
    await intake.start(USER, USER, "id")
    for step, value in ((Step.CONSENT, "yes"), (Step.REPORTER, "worker"), (Step.CATEGORY, "other")):
        await intake.answer(USER, step, value)
    await intake.mark_asked(USER, Step.COUNTRY)  # the country question reached her
    await application.process_update(
        Update.de_json(text_update(600, USER, private(USER), "Malaysia"), application.bot)
    )
    reused = text_update(600, USER, private(USER), "Jawa Timur")
    reused["message"]["message_id"] = 601  # a new message that got an old update id
    await application.process_update(Update.de_json(reused, application.bot))
    draft = await intake.current(USER)
    assert draft is not None
    assert (draft.text("country"), draft.text("province")) == ("Malaysia", "Jawa Timur")


async def at_story(services: Services) -> None:
    intake = services.intake
    await intake.start(USER, USER, "id")
    for step, value in (
        (Step.CONSENT, "yes"),
        (Step.REPORTER, "worker"),
        (Step.CATEGORY, "other"),
        (Step.COUNTRY, "Malaysia"),
        (Step.PROVINCE, "Jawa Timur"),
    ):
        await intake.answer(USER, step, value)
    await intake.mark_asked(USER, Step.AGENCY)


async def test_a_story_part_handled_again_gets_the_reply_it_would_have_had(
    offline_case_bot: OfflineBot,
) -> None:
    """Her instance was killed while handling a story part, after storing it: the instance that takes
    over handles it again. The part is stored once and she hears "saved", not "that was saved already"."""
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    await at_story(services)
    await deliver_twice(application, text_update(800, USER, private(USER), "PT Maju Jaya"))
    await deliver_twice(application, text_update(801, USER, private(USER), "Gaji tidak dibayar"))
    await deliver_twice(application, text_update(802, USER, private(USER), "Paspor ditahan"))
    draft = await services.intake.current(USER)
    assert draft is not None
    assert (draft.step, draft.story_messages) == (Step.STORY, 2)
    assert draft.text("story") == "Gaji tidak dibayar\nPaspor ditahan"
    texts = request.texts()
    assert confusing(texts) == []
    story_question, asked_again, first, first_again, second, second_again = texts
    assert "Ceritakan" in story_question
    assert asked_again == story_question
    assert first.startswith("📝 Tersimpan (1 pesan")
    assert first_again == first
    assert second.startswith("📝 Tersimpan (2 pesan")
    assert second_again == second


async def test_a_done_word_and_a_file_step_text_handled_again(offline_case_bot: OfflineBot) -> None:
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    await at_story(services)
    await services.intake.answer(USER, Step.AGENCY, "PT Maju Jaya")
    await services.intake.add_to_story(USER, "Gaji tidak dibayar")
    await deliver_twice(application, text_update(810, USER, private(USER), "selesai"))
    await deliver_twice(application, text_update(811, USER, private(USER), "Lembur juga tidak dibayar"))
    texts = request.texts()
    assert confusing(texts) == []
    files_question, files_again, added, added_again = texts
    assert files_again == files_question
    assert "Langkah 7" in files_question
    assert added.startswith("📝 Ditambahkan ke cerita (2 pesan")
    assert added_again == added


async def test_a_place_confirmation_handled_again_is_not_a_stale_button(offline_case_bot: OfflineBot) -> None:
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    intake = services.intake
    await intake.start(USER, USER, "id")
    for step, value in ((Step.CONSENT, "yes"), (Step.REPORTER, "worker"), (Step.CATEGORY, "other")):
        await intake.answer(USER, step, value)
    await intake.mark_asked(USER, Step.COUNTRY)
    await deliver_twice(application, text_update(820, USER, private(USER), "malaysa"))
    press = press_update(821, "q821", "report:v1:place:country:y")
    await deliver_twice(application, press)
    draft = await intake.current(USER)
    assert draft is not None
    assert draft.step is Step.PROVINCE
    texts = request.texts()
    assert confusing(texts) == []
    confirm_question, confirm_again, province_question, province_again = texts
    assert "Malaysia" in confirm_question
    assert confirm_again == confirm_question
    assert "provinsi" in province_question.lower()
    assert province_again == province_question


async def test_a_story_part_taken_over_from_a_killed_instance_gets_its_reply_once(
    case_config: AppConfig, standin: BotApiStandIn
) -> None:
    """As after SIGKILL: the dead instance stored her story part in the draft but never finished the
    update in the shared inbox. The instance that takes the chat over answers it as the dead one would
    have, and stores nothing twice."""
    prepare_chats(standin)
    her = standin.private_user(USER, "Siti", "id")
    config = webhook_config(with_api(case_config, standin))
    async with running_webhook_bot(config, set_webhook=False) as instance:
        services = services_of(instance.app)
        await at_story(services)
        await services.intake.answer(USER, Step.AGENCY, "PT Maju Jaya")
        part = cluster_text_update(900, USER, "Gaji saya tidak dibayar")
        stored = FetchedUpdate.of(part)
        await services.intake.add_to_story(USER, "Gaji saya tidak dibayar", update_key=stored.key)
        await UpdateInbox(services.database).store([stored], handed_out=False)
        instance.worker.wake(USER)
        (reply,) = await standin.wait_for_bot_messages(her.id, 1, timeout=10)
        assert reply.plain_text.startswith("📝 Tersimpan (1 pesan")
        draft = await services.intake.current(USER)
        assert draft is not None
        assert (draft.story_messages, draft.text("story")) == (1, "Gaji saya tidak dibayar")
        assert confusing([reply.plain_text]) == []


async def test_her_message_stored_before_an_interruption_still_reaches_the_staff_group(
    offline_case_bot: OfflineBot,
) -> None:
    """An instance killed after storing her message but before posting it: the instance that handles the
    update again shows it to staff (at least once), not only in the case trail."""
    application, request, services = offline_case_bot.app, offline_case_bot.request, offline_case_bot.services
    await walk_draft(services.intake, USER)
    case = (await services.intake.file(USER, update_key="k1", complainant_name="Siti")).case
    await services.cases.link_message(case.id, STAFF_CHAT, 77, LinkKind.CARD)
    payload = text_update(702, USER, private(USER), "Majikan marah lagi, tolong cepat", reply_to=None)
    update = Update.de_json(payload, application.bot)
    await services.cases.complainant_message(
        USER, case.id, "Majikan marah lagi, tolong cepat", update_key=key_of(update)
    )
    await application.process_update(update)
    to_staff = [params for params in request.sent() if params.get("chat_id") == STAFF_CHAT]
    assert any("Majikan marah lagi" in str(params.get("text")) for params in to_staff)
    messages = (await services.cases.detail(ADMIN, case.id)).messages
    assert [m.text for m in messages] == ["Majikan marah lagi, tolong cepat"]
