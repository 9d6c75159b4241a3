"""The terminal renderer of `migrasi-aman chat`: plain text, numbered buttons, edits."""

from __future__ import annotations

import io

import pytest

from bot.chat import _Screen, location_of, render_text
from bot.standin import BotEvent, InlineButton, SentMessage
from faq.geocode import country_at

STAFF = -100555


def sent(
    message_id: int,
    text: str,
    buttons: tuple[tuple[InlineButton, ...], ...] = (),
    chat_id: int = 1001,
    parse_mode: str | None = "HTML",
) -> SentMessage:
    return SentMessage(chat_id, message_id, text, parse_mode, buttons, None)


def row(*labels: str) -> tuple[InlineButton, ...]:
    return tuple(InlineButton(label, f"x:v1:{label}") for label in labels)


async def test_buttons_are_numbered_across_rows_and_numbers_follow_the_latest_message() -> None:
    out = io.StringIO()
    screen = _Screen(out, STAFF)
    screen.show(BotEvent("sent", 1001, sent(1, "<b>Menu</b>", (row("A", "B"), row("C")))))
    assert "[1] A   [2] B\n   [3] C" in out.getvalue()
    assert "<b>" not in out.getvalue()
    assert [button.text for _, button in screen.choices.values()] == ["A", "B", "C"]
    screen.show(BotEvent("sent", 1001, sent(2, "Diterima")))
    assert screen.choices == {}  # a typed number is not taken for a button further up


async def test_staff_buttons_stay_pressable_after_attachments_and_trail_messages() -> None:
    out = io.StringIO()
    screen = _Screen(out, STAFF)
    screen.show(BotEvent("sent", 1001, sent(1, "Kirim laporan?", (row("Kirim"),))))
    screen.show(BotEvent("sent", STAFF, sent(7, "kartu", (row("Ambil", "Catatan"),), chat_id=STAFF)))
    assert "🏢 [grup staf]" in out.getvalue()
    assert "[s1] Ambil   [s2] Catatan" in out.getvalue()
    copy = sent(8, "📎 ADU-000001", chat_id=STAFF, parse_mode=None)
    copy.kind = "photo"
    screen.show(BotEvent("sent", STAFF, copy))
    screen.show(BotEvent("sent", STAFF, sent(9, "⬅️ pesan dari pelapor", chat_id=STAFF)))
    assert [button.text for _, button in screen.staff_choices.values()] == ["Ambil", "Catatan"]
    assert [button.text for _, button in screen.choices.values()] == ["Kirim"]  # the user's own, apart


async def test_an_edit_that_only_changes_buttons_prints_just_the_buttons() -> None:
    out = io.StringIO()
    screen = _Screen(out, STAFF)
    message = sent(1, "Jawaban", (row("👍", "👎"), row("Menu")))
    screen.show(BotEvent("sent", 1001, message))
    message.buttons = (row("Menu"),)
    screen.show(BotEvent("edited", 1001, message))
    assert out.getvalue().count("Jawaban") == 1
    assert "(tombol pesan di atas diperbarui)\n   [1] Menu" in out.getvalue()
    message.text = "Pertanyaan 2"
    screen.show(BotEvent("edited", 1001, message))
    assert "🤖 Bot (diubah):\nPertanyaan 2" in out.getvalue()


def test_render_text_keeps_links_and_marks_media() -> None:
    assert render_text(sent(1, '<a href="https://kp2mi.go.id">KP2MI</a>')) == "KP2MI (https://kp2mi.go.id)"
    photo = sent(2, "bukti", parse_mode=None)
    photo.kind = "photo"
    assert render_text(photo) == "🖼 [foto] bukti"
    voice = sent(3, "", parse_mode=None)
    voice.kind = "voice"
    assert render_text(voice) == "🎤 [pesan suara] "


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("", "ID"),  # as before: a phone in Jakarta
        ("riyadh", "SA"),
        ("Kota Kinabalu", "MY"),
        ("24.7 46.7", "SA"),
        ("25.2, 55.3", "AE"),
        ("saudi", "SA"),  # a country: its largest town
        ("hongkong", "HK"),
        ("penang", "MY"),  # a place the places table knows, not a town in the data: its country
        ("myawaddy", "MM"),
        ("jawa timur", "ID"),
    ],
)
def test_chat_location_can_be_anywhere(typed: str, country: str) -> None:
    where = location_of(typed)
    assert where is not None
    assert country_at(*where) == country


@pytest.mark.parametrize("typed", ["xyzzy", "95 200", "91 10"])
def test_chat_location_refuses_what_is_not_a_place(typed: str) -> None:
    assert location_of(typed) is None
