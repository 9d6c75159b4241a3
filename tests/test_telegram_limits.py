"""Telegram's limits: texts are measured and split in UTF-16 units (an emoji counts 2), never inside an
HTML tag or entity, for every path that sends someone's words; links survive both ways. The stand-in
refuses a message over 4,096 units as Telegram does, so a path that overflows fails these tests.
"""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

import pytest
import yaml

from bot.config import ConfigError, load_config
from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn
from handlers.case_notify import post_card
from handlers.telegram_text import html_with_links, split_text, truncate, utf16_len
from tests.bot_fixtures import REPO_CONFIG
from tests.complaint_helpers import ADMIN, STAFF_CHAT, file_report, next_message, prepare_chats
from tests.storage_fixtures import walk_draft

# The finding: 4,096 characters with emoji are 6,146 UTF-16 units.
LONG_STORY = ("Gaji <b> & " + "😢🙏" * 6 + " ")[:24] * 170 + "Gaji <b> & " + "😢" * 5


def test_the_long_story_is_over_the_limit_in_units_not_in_characters() -> None:
    assert len(LONG_STORY) == 4096
    assert utf16_len(LONG_STORY) > 6000


@pytest.mark.parametrize("limit", [3500, 4096, 100, 7])
def test_split_keeps_every_character_within_the_limit(limit: int) -> None:
    parts = split_text(LONG_STORY, limit)
    assert "".join(parts) == LONG_STORY
    assert all(0 < utf16_len(part) <= limit for part in parts)
    if limit >= 100:
        assert all(part.endswith(" ") for part in parts[:-1])  # words are not cut


def test_truncate_counts_units_and_never_halves_an_emoji() -> None:
    assert truncate("😢" * 10, 7) == "😢😢😢…"
    assert truncate("abc", 3) == "abc"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "lihat https://bp2mi.go.id/cek",
            'lihat <a href="https://bp2mi.go.id/cek">https://bp2mi.go.id/cek</a>',
        ),
        (
            'x https://a.example/?q="><script>&y=1 z',
            'x <a href="https://a.example/?q=">https://a.example/?q=</a>&quot;&gt;&lt;script&gt;&amp;y=1 z',
        ),
        ("javascript:alert(1) <b>", "javascript:alert(1) &lt;b&gt;"),
        (
            "akhir kalimat https://x.example/a.",
            'akhir kalimat <a href="https://x.example/a">https://x.example/a</a>.',
        ),
    ],
)
def test_addresses_become_escaped_links(text: str, shown: str) -> None:
    assert html_with_links(text) == shown


async def test_a_long_story_reaches_the_card_and_kasus_whole_within_the_limit(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    services: Services = case_bot.bot_data["services"]
    user = standin.private_user(6101, "Panjang")
    await walk_draft(services.intake, user.id, story=LONG_STORY)
    case = (await services.intake.file(user.id, update_key=None, complainant_name="Panjang")).case
    assert await post_card(case_bot.bot, services, case) is not None
    card = await next_message(standin, STAFF_CHAT)
    assert LONG_STORY[:200] in card.plain_text
    assert utf16_len(card.plain_text) <= 4096

    await standin.send_text(officer, f"/kasus {case.ticket}", chat_id=STAFF_CHAT)
    await standin.wait_until(
        lambda: any("Jejak kasus" in m.plain_text for m in standin.bot_messages(STAFF_CHAT)), timeout=10
    )
    parts = [
        m.plain_text for m in standin.bot_messages(STAFF_CHAT) if m.plain_text.startswith("Cerita lengkap")
    ]
    assert len(parts) >= 2
    assert "".join(part.split("\n", 1)[1] for part in parts) == LONG_STORY
    assert all(utf16_len(m.plain_text) <= 4096 for m in standin.bot_messages(STAFF_CHAT))


async def test_long_emoji_messages_are_relayed_whole_both_ways(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    user = standin.private_user(6102, "Sari")
    await file_report(standin, user)
    card = await next_message(standin, STAFF_CHAT)
    message = truncate(LONG_STORY, 4090, ellipsis="")  # as long as one Telegram message can be
    assert 3900 < utf16_len(message) <= 4096

    await standin.send_text(officer, message, chat_id=STAFF_CHAT, reply_to=card)
    pushed = await standin.wait_for_bot_messages(user.id, 2, timeout=10)
    assert all(utf16_len(m.plain_text) <= 4096 for m in pushed)
    # Each part: the ticket line, the words, and a line on how to answer.
    assert "".join(m.plain_text.split("\n", 1)[1].rsplit("\n\n", 1)[0] for m in pushed) == message

    await standin.send_text(user, "/status")
    status = await next_message(standin, user.id)
    await standin.press_button(user, status, "report:v1:msg:1")
    standin.mark_read(STAFF_CHAT)
    await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    await standin.send_text(user, message)
    await standin.wait_until(
        lambda: sum("pesan dari pelapor" in m.plain_text for m in standin.bot_messages(STAFF_CHAT)) >= 2,
        timeout=10,
    )
    notices = [m.plain_text for m in standin.bot_messages(STAFF_CHAT) if "pesan dari pelapor" in m.plain_text]
    assert all(utf16_len(notice) <= 4096 for notice in notices)
    assert "".join(notice.split("\n")[1] for notice in notices) == message


async def test_links_survive_from_staff_to_worker_and_from_worker_to_staff(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    user = standin.private_user(6103, "Wati")
    story = "Lowongan dari iklan ini, katanya resmi."
    await file_report(standin, user, story=story)
    card = await next_message(standin, STAFF_CHAT)
    reply = "Cek izin agensi di situs resmi ya."
    await standin.send_message(
        officer,
        {
            "text": reply,
            "entities": [
                {"type": "text_link", "offset": 19, "length": 11, "url": "https://siskop2mi.bp2mi.go.id"}
            ],
        },
        chat_id=STAFF_CHAT,
        reply_to=card,
    )
    (pushed,) = await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    assert "situs resmi (https://siskop2mi.bp2mi.go.id)" in pushed.plain_text
    assert '<a href="https://siskop2mi.bp2mi.go.id">' in (pushed.text or "")

    await standin.send_text(user, "/status")
    status = await next_message(standin, user.id)
    await standin.press_button(user, status, "report:v1:msg:1")
    await next_message(standin, user.id)
    standin.mark_read(STAFF_CHAT)
    await standin.send_message(
        user,
        {
            "text": "Ini iklannya & <kontraknya>",
            "entities": [
                {
                    "type": "text_link",
                    "offset": 4,
                    "length": 8,
                    "url": "https://iklan.example/lowongan?id=5&x=<1>",
                }
            ],
        },
    )
    notice = await next_message(standin, STAFF_CHAT)
    address = "https://iklan.example/lowongan?id=5&x=<1>"
    assert f"Ini iklannya ({address}) & <kontraknya>" in notice.plain_text
    assert f'<a href="{html.escape("https://iklan.example/lowongan?id=5&x=")}">' in (notice.text or "")
    detail = await case_bot.bot_data["services"].cases.detail(ADMIN, 1)
    assert detail.messages[-1].text == f"Ini iklannya ({address}) & <kontraknya>"


# Each begins a formula in a spreadsheet despite what stands in front of it.
HIDDEN_FORMULAS = (
    '\u200b=HYPERLINK("http://x.example","klik")',
    "\u200c\u200d+SUM(A1:A9)",
    "\u2060-2+3",
    "\ufeff@cmd",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(1)",
    " \u200b=1",
)


async def test_the_export_neutralises_formulas_behind_invisible_and_full_width_characters(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    services: Services = case_bot.bot_data["services"]
    for index, agency in enumerate(HIDDEN_FORMULAS):
        await walk_draft(services.intake, 6200 + index, agency=agency, story=f"Cerita {agency}")
        await services.intake.file(6200 + index, update_key=None, complainant_name=agency)
    await standin.send_text(officer, "/export", chat_id=STAFF_CHAT)
    (document,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    rows = list(csv.DictReader(io.StringIO(standin.file_data(document.file_id or "").decode("utf-8-sig"))))
    assert sorted(row["agency"] for row in rows) == sorted("'" + agency for agency in HIDDEN_FORMULAS)
    assert all(row["story"].startswith("Cerita") for row in rows)  # ordinary text is left alone


async def test_ids_too_large_for_telegram_are_refused_politely(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    admin, officer = prepare_chats(standin)
    huge = "9" * 20
    await standin.send_text(officer, f"/kasus ADU-{huge}", chat_id=STAFF_CHAT)
    (answer,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    assert answer.plain_text == "Kasus tidak ditemukan."
    await standin.send_text(admin, f"/staff add {huge}", chat_id=STAFF_CHAT)
    (answer,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    assert "ID Telegram tidak valid" in answer.plain_text
    await standin.send_text(admin, f"/staff add {2**52}", chat_id=STAFF_CHAT)  # one bit too many
    (answer,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    assert "ID Telegram tidak valid" in answer.plain_text

    user = standin.private_user(6300, "Rina")
    await file_report(standin, user)
    card = await next_message(standin, STAFF_CHAT)
    query = await standin.press_button(officer, card, f"case:v1:claim:{huge}", check_present=False)
    refusal = await standin.wait_for_callback_answer(query)
    assert refusal == {"text": "Kasus tidak ditemukan.", "show_alert": True}
    received = standin.last_bot_message(user.id)
    standin.mark_read(user.id)
    await standin.press_button(user, received, f"report:v1:msg:{huge}", check_present=False)
    (stale,) = await standin.wait_for_bot_messages(user.id, 1, timeout=10)
    assert stale.plain_text == "Tombol itu sudah tidak berlaku."


def test_a_staff_id_too_large_for_telegram_is_a_config_error(tmp_path: Path) -> None:
    raw = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    raw["staff"] = {"members": [{"user_id": 2**60, "role": "admin"}]}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="user_id"):
        load_config(path, environ={})
