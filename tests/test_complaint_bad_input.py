"""Bad input bar: names, agencies and stories with HTML/Markdown, 4,000-character texts, emoji, RTL text,
null bytes, photos over the size limit and forwarded messages are stored intact and shown escaped, and
never break the staff card (the stand-in rejects bad HTML and over-long texts like Telegram does)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.config import AppConfig
from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn, StandInUser
from storage.services.intake import NUL_REPLACEMENT
from tests.complaint_helpers import ADMIN, OFFICER, STAFF_CHAT, next_message, next_question

HTML_NAME = '<b>Siti</b> & "Ani" <script>'
MARKDOWN = "*tebal* _miring_ `kode` [tautan](http://x.y)"
RTL = "مرحبا بالعالم \u202eterbalik\u202c"
EMOJI = "😢🙏🏽👩‍👧 🇮🇩"
LONG_STORY = ("Cerita panjang <i>tanpa</i> akhir & " * 200)[:4000]
NUL_TEXT = "sebelum\x00sesudah"
MAX_BYTES = 2000


@pytest.fixture
def complaint_settings() -> dict[str, Any]:
    return {"attachment_max_bytes": MAX_BYTES}


async def walk(
    api: BotApiStandIn, user_id: int, name: str, agency: str, story: str, *, forward: bool = False
) -> None:
    """Consent, reporter, category, country, province and agency, then the story (maybe forwarded)."""
    user = api.private_user(user_id, name)
    await api.send_text(user, "/lapor")
    for data in ("report:v1:consent:yes", "report:v1:rep:family", "report:v1:cat:other"):
        await api.press_button(user, await next_message(api, user_id), data)
    await next_message(api, user_id)
    await api.send_text(user, f"Taiwan {EMOJI}")
    await next_message(api, user_id)
    await api.send_text(user, "Jawa Tengah")
    await next_message(api, user_id)
    await api.send_text(user, agency)
    await next_message(api, user_id)
    other = api.private_user(user_id + 1, "Majikan")
    await api.send_text(user, story, forward_from=other if forward else None)
    saved = await next_question(api, user_id, "report:v1:done:story")
    await api.press_button(user, saved, "report:v1:done:story")
    await api.wait_until(
        lambda: any("report:v1:att:done" in m.callback_data for m in api.bot_messages(user_id)), timeout=10
    )
    api.mark_read(user_id)
    return user


async def finish(api: BotApiStandIn, user: StandInUser) -> str:
    user_id = user.id
    await api.send_text(user, "/lewati")
    await next_message(api, user_id)
    await api.send_text(user, "/lewati")
    summary = await next_message(api, user_id)
    await api.press_button(user, summary, "report:v1:confirm")
    return (await next_message(api, user_id)).plain_text


async def stored_case(case_bot: BotApplication, number: int = 1):  # type: ignore[no-untyped-def]
    services: Services = case_bot.bot_data["services"]
    return await services.cases.detail(ADMIN, number)


async def test_html_markdown_rtl_emoji_and_nul_are_stored_intact_and_escaped(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    agency = f"{MARKDOWN} {RTL}"
    story = f"{HTML_NAME} {MARKDOWN} {RTL} {EMOJI} {NUL_TEXT}"
    user = await walk(standin, 4001, HTML_NAME, agency, story)
    received = await finish(standin, user)
    assert "ADU-000001" in received
    detail = await stored_case(case_bot)
    assert detail.case.complainant_name == HTML_NAME
    assert detail.case.agency == agency
    assert detail.case.story == story.replace("\x00", NUL_REPLACEMENT)
    assert detail.case.country == f"Taiwan {EMOJI}"
    card = await next_message(standin, STAFF_CHAT)
    # The stand-in parsed the HTML: what staff read is exactly what the user wrote.
    assert HTML_NAME in card.plain_text
    assert agency in card.plain_text
    assert story.replace("\x00", NUL_REPLACEMENT) in card.plain_text
    assert "&lt;b&gt;Siti" in (card.text or "")


async def test_a_4000_character_story_fits_the_card_and_is_shown_whole(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = await walk(standin, 4011, "Rina", "PT " + "A" * 3000, LONG_STORY)
    await finish(standin, user)
    assert (await stored_case(case_bot)).case.story == LONG_STORY
    card = await next_message(standin, STAFF_CHAT)
    assert len(card.plain_text) <= 4096
    assert "ADU-000001" in card.plain_text
    officer = standin.private_user(OFFICER, "Petugas")
    await standin.send_text(officer, "/kasus ADU-000001", chat_id=STAFF_CHAT)
    await standin.wait_until(
        lambda: any("Jejak kasus" in m.plain_text for m in standin.bot_messages(STAFF_CHAT)), timeout=10
    )
    parts = [
        m.plain_text for m in standin.bot_messages(STAFF_CHAT) if m.plain_text.startswith("Cerita lengkap")
    ]
    shown = "".join(part.split("\n", 1)[1] for part in parts)
    assert shown == LONG_STORY


async def test_forwarded_story_is_kept_and_marked(standin: BotApiStandIn, case_bot: BotApplication) -> None:
    user = await walk(
        standin, 4021, "Dewi", "PT B", "Pesan dari majikan: kamu tidak boleh pulang", forward=True
    )
    await finish(standin, user)
    detail = await stored_case(case_bot)
    assert detail.case.story == "Pesan dari majikan: kamu tidak boleh pulang"
    assert detail.events[0].detail == "forwarded"


async def test_photos_over_the_size_limit_keep_their_file_id_only(
    standin: BotApiStandIn, case_bot: BotApplication, case_config: AppConfig
) -> None:
    user = await walk(standin, 4031, "Tini", "PT C", "Ini buktinya")
    small = b"\x89PNG small" + b"0" * 100
    await standin.send_photo(user, data=small, caption="<b>slip</b>")
    saved = await next_message(standin, 4031)
    assert "(1)" in saved.plain_text
    await standin.send_photo(user, data=b"\x89PNG big" + b"1" * (MAX_BYTES * 3))
    too_large = await next_message(standin, 4031)
    assert "terlalu besar" in too_large.plain_text
    await standin.send_document(user, data=b"%PDF" + b"2" * 50, file_name="<kontrak>.pdf")
    await next_message(standin, 4031)
    await standin.press_button(user, too_large, "report:v1:att:done")
    await next_message(standin, 4031)
    await standin.send_text(user, "/lewati")
    summary = await next_message(standin, 4031)
    await standin.press_button(user, summary, "report:v1:confirm")
    await next_message(standin, 4031)
    detail = await stored_case(case_bot)
    attachments = detail.attachments
    assert [a.not_stored_reason for a in attachments] == [None, "too_large", None]
    assert attachments[1].stored_path is None
    assert attachments[1].file_id
    assert await asyncio.to_thread(Path(attachments[0].stored_path or "").read_bytes) == small
    assert attachments[2].file_name == "<kontrak>.pdf"
    assert str(case_config.complaints.attachments_dir) in (attachments[0].stored_path or "")
    card = await next_message(standin, STAFF_CHAT)
    assert "Lampiran: 3 (1 tidak disalin" in card.plain_text
    copies = await standin.wait_for_bot_messages(STAFF_CHAT, 3, timeout=10)
    assert [copy.kind for copy in copies] == ["photo", "photo", "document"]


async def test_phone_typed_badly_is_asked_again_and_contact_button_works(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = await walk(standin, 4041, "Yuni", "PT D", "Cerita")
    await standin.send_text(user, "/lewati")
    phone_question = await next_message(standin, 4041)
    assert phone_question.reply_keyboard is not None
    await standin.send_text(user, "0812 34")
    assert "tidak bisa dipakai" in (await next_message(standin, 4041)).plain_text
    await standin.send_contact(user, "+62 812-3456-7890")
    summary = await next_message(standin, 4041)
    assert "+6281234567890" in summary.plain_text
