"""Every word a worker writes reaches the case: a story typed in bursts arrives whole, a caption stays with
its photo, voice notes and videos are evidence, the review screen changes any field, and a typed place is
confirmed and kept as a code next to what she typed. End to end on the stand-in with a real database."""

from __future__ import annotations

from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from storage.models.cases import AttachmentKind
from storage.services.intake_form import FORM, Kind
from tests.complaint_helpers import ADMIN, STAFF_CHAT, confirm_place, next_message, next_question

BURSTS = (
    "kak sy mau lapor",
    "gaji sy 3 bln gk dibayar majikan",
    "majikan sy di penang",
    "paspor jg ditahan",
    "tolong bantu kak 🙏",
)


def services_of(app: BotApplication) -> Services:
    services: Services = app.bot_data["services"]
    return services


async def walk_to_story(api: BotApiStandIn, user: StandInUser, *, country: str = "Malaysia") -> None:
    chat = user.id
    await api.send_text(user, "/lapor")
    for data in ("report:v1:consent:yes", "report:v1:rep:worker", "report:v1:cat:unpaid_wages"):
        await api.press_button(user, await next_question(api, chat, data), data)
    await next_question(api, chat, "report:v1:country:")
    await api.send_text(user, country)
    await confirm_place(api, user, "country", "provinsi")
    await api.send_text(user, "Jawa Timur")
    await next_question(api, chat, "agensi")
    await api.send_text(user, "PT Maju Jaya")
    await next_question(api, chat, "Ceritakan")


async def story_done_to_review(api: BotApiStandIn, user: StandInUser, saved: SentMessage) -> SentMessage:
    await api.press_button(user, saved, "report:v1:done:story")
    await next_question(api, user.id, "report:v1:att:done")
    await api.send_text(user, "/lewati")
    await next_question(api, user.id, "Nomor HP")
    await api.send_text(user, "/lewati")
    return await next_question(api, user.id, "report:v1:confirm")


async def send_report(api: BotApiStandIn, user: StandInUser, review: SentMessage) -> None:
    await api.press_button(user, review, "report:v1:confirm")
    await next_question(api, user.id, "Laporan diterima")


async def test_a_story_typed_in_five_messages_arrives_whole(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6101, "Sari")
    await walk_to_story(standin, user)
    saved: SentMessage | None = None
    for count, burst in enumerate(BURSTS, start=1):
        await standin.send_text(user, burst)
        saved = await next_question(standin, user.id, "report:v1:done:story")
        assert f"Tersimpan ({count} pesan" in saved.plain_text
    assert saved is not None
    review = await story_done_to_review(standin, user, saved)
    assert all(burst in review.plain_text for burst in BURSTS)
    await send_report(standin, user, review)
    card = await next_message(standin, STAFF_CHAT)
    assert all(burst in card.plain_text for burst in BURSTS)
    case = (await services_of(case_bot).cases.detail(ADMIN, 1)).case
    assert case.story == "\n".join(BURSTS)


async def test_a_captioned_photo_keeps_its_caption_and_a_voice_note_is_evidence(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6102, "Rina")
    await walk_to_story(standin, user)
    await standin.send_photo(user, b"\x89PNG slip gaji", caption="ini slip gaji bulan maret")
    saved = await next_question(standin, user.id, "report:v1:done:story")
    assert "Keterangannya ditambahkan ke cerita" in saved.plain_text
    await standin.send_text(user, "majikan tidak mau bayar")
    saved = await next_question(standin, user.id, "report:v1:done:story")
    await standin.press_button(user, saved, "report:v1:done:story")
    await next_question(standin, user.id, "report:v1:att:done")
    await standin.send_voice(user)
    voice_saved = await next_question(standin, user.id, "report:v1:att:done")
    assert "(2)" in voice_saved.plain_text
    await standin.send_video(user, caption="video majikan marah")
    await next_question(standin, user.id, "report:v1:att:done")
    await standin.send_text(user, "selesai")
    await next_question(standin, user.id, "Nomor HP")
    await standin.send_text(user, "/lewati")
    await send_report(standin, user, await next_question(standin, user.id, "report:v1:confirm"))
    detail = await services_of(case_bot).cases.detail(ADMIN, 1)
    assert detail.case.story == "ini slip gaji bulan maret\nmajikan tidak mau bayar\nvideo majikan marah"
    kinds = [attachment.kind for attachment in detail.attachments]
    assert kinds == [AttachmentKind.PHOTO, AttachmentKind.VOICE, AttachmentKind.VIDEO]
    assert detail.attachments[1].file_id  # Telegram's file id of the voice note is kept
    await standin.wait_until(lambda: len(standin.bot_messages(STAFF_CHAT)) == 4)
    copies = [message.kind for message in standin.bot_messages(STAFF_CHAT)[1:]]
    assert copies == ["photo", "voice", "video"]  # each sent with the method Telegram accepts for it


async def test_the_review_screen_changes_any_field(standin: BotApiStandIn, case_bot: BotApplication) -> None:
    user = standin.private_user(6103, "Dewi")
    await walk_to_story(standin, user)
    await standin.send_text(user, "cerita lama")
    review = await story_done_to_review(
        standin, user, await next_question(standin, user.id, "report:v1:done:story")
    )
    editable = [q.step.value for q in FORM if q.editable]
    assert [f"report:v1:edit:{step}" for step in editable] == [
        data for data in review.callback_data if ":edit:" in data
    ]
    await standin.press_button(user, review, "report:v1:edit:agency")
    await next_question(standin, user.id, "agensi")
    await standin.send_text(user, "PT Sejahtera Abadi")
    review = await next_question(standin, user.id, "report:v1:confirm")
    assert "PT Sejahtera Abadi" in review.plain_text
    await standin.press_button(user, review, "report:v1:edit:category")
    await standin.press_button(
        user, await next_question(standin, user.id, "report:v1:cat:"), "report:v1:cat:documents_kept"
    )
    review = await next_question(standin, user.id, "report:v1:confirm")
    await standin.press_button(user, review, "report:v1:edit:story")
    await next_question(standin, user.id, "cerita yang baru")
    await standin.send_text(user, "cerita baru bagian satu")
    await standin.send_text(user, "bagian dua")
    saved = await next_question(standin, user.id, "Tersimpan (2 pesan")
    await standin.press_button(user, saved, "report:v1:done:story")
    review = await next_question(standin, user.id, "report:v1:confirm")
    await send_report(standin, user, review)
    case = (await services_of(case_bot).cases.detail(ADMIN, 1)).case
    assert (case.agency, case.category.value) == ("PT Sejahtera Abadi", "documents_kept")
    assert case.story == "cerita baru bagian satu\nbagian dua"


async def test_malaysa_is_confirmed_as_malaysia_and_stored_my(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6104, "Ani")
    chat = user.id
    await standin.send_text(user, "/lapor")
    for data in ("report:v1:consent:yes", "report:v1:rep:worker", "report:v1:cat:unpaid_wages"):
        await standin.press_button(user, await next_question(standin, chat, data), data)
    await next_question(standin, chat, "report:v1:country:")
    await standin.send_text(user, "malaysa")
    asked = await next_question(standin, chat, "report:v1:place:country:y")
    assert "Maksud Anda Malaysia?" in asked.plain_text
    assert asked.button_texts == ["✅ Ya", "Bukan"]
    await standin.press_button(user, asked, "report:v1:place:country:y")
    province = await next_question(standin, chat, "provinsi")
    # Provinces by region: Jawa's buttons, then Jawa Timur's.
    await standin.press_button(user, province, "Jawa")
    region = await next_question(standin, chat, "report:v1:prov:")
    await standin.press_button(user, region, "report:v1:prov:ID-JI")
    await next_question(standin, chat, "agensi")
    await standin.send_text(user, "/lewati")
    await next_question(standin, chat, "Ceritakan")
    await standin.send_text(user, "gaji tidak dibayar")
    review = await story_done_to_review(
        standin, user, await next_question(standin, chat, "report:v1:done:story")
    )
    assert "Negara: Malaysia" in review.plain_text  # the matched name, not a code
    assert "(MY)" not in review.plain_text
    assert "Jawa Timur" in review.plain_text
    assert "ID-JI" not in review.plain_text
    await send_report(standin, user, review)
    case = (await services_of(case_bot).cases.detail(ADMIN, 1)).case
    assert (case.country, case.country_code) == ("malaysa", "MY")
    assert (case.province, case.province_code) == ("Jawa Timur", "ID-JI")
    card = await next_message(standin, STAFF_CHAT)
    assert "Negara: Malaysia (MY) (ditulis: malaysa)" in card.plain_text


async def test_a_place_she_denies_is_kept_as_typed_without_a_code(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(6105, "Lia")
    chat = user.id
    await standin.send_text(user, "/lapor")
    for data in ("report:v1:consent:yes", "report:v1:rep:family", "report:v1:cat:other"):
        await standin.press_button(user, await next_question(standin, chat, data), data)
    await next_question(standin, chat, "report:v1:country:")
    await standin.send_text(user, "arab")
    asked = await next_question(standin, chat, "report:v1:place:country:n")
    await standin.press_button(user, asked, "report:v1:place:country:n")
    kept = await next_question(standin, chat, "seperti yang Anda tulis")
    assert "arab" in kept.plain_text
    await next_question(standin, chat, "provinsi")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert (draft.text("country"), draft.text("country_code")) == ("arab", None)


def test_every_kind_of_question_is_asked_somewhere() -> None:
    assert {q.kind for q in FORM} == set(Kind)
