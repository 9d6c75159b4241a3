"""`migrasi-aman chat`: the real bot in the terminal, with no token and no internet.

The application runs unchanged against the Bot API stand-in on 127.0.0.1; this module plays the user's
Telegram app. Bot messages are shown as plain text (HTML tags rendered away, links kept visible), inline
buttons as numbered choices: typing a number presses that button of the latest message in your chat that has
buttons; the staff group's buttons are numbered apart ("s1", "s2"...) and stay pressable after the case
card's attachments and trail messages arrive below it.
Lines starting with ":" send other things (photos, stickers, a location, staff messages); `:bantuan` lists
them. A demo staff group is set up so the complaint queue can be tried too.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from bot.chat_lock import only_chat_on
from bot.config import AppConfig, DatabaseSettings, StaffMember
from bot.run import running_bot
from bot.standin import BotApiStandIn, BotEvent, InlineButton, SentMessage, StandInUser
from bot.standin.tghtml import HtmlParseError, to_terminal_text
from faq.geocode import Coordinates, country_coordinates, town_coordinates
from faq.places import load_places

CHAT_TOKEN = "100001:LOCAL-CHAT"
DEMO_STAFF_CHAT_ID = -1000000000001
DEMO_STAFF_USER_ID = 9001
DEFAULT_CHAT_DATABASE = "sqlite+aiosqlite:///data/chat.db"
CHAT_EPOCH = 1_767_225_600  # 2026-01-01 UTC
QUIET_SECONDS = 0.5  # the bot is done answering when nothing happened for this long
FIRST_EVENT_SECONDS = 4.0  # a loaded machine may take seconds to start answering; not scaled by quiet_seconds
MAX_WAIT_SECONDS = 20.0
NOTE_MARK = "!"  # a staff reply to a card that starts with this is an internal note
JAKARTA: Coordinates = (-6.2, 106.8)  # where `:lokasi` alone puts the phone, as before

HELP = """\
Ketik pesan seperti di Telegram. Angka [n] menekan tombol pesan terakhir Anda yang punya tombol;
[s1], [s2]... menekan tombol kartu/pesan terakhir di grup staf (tetap berlaku setelah lampiran dan jejak).
Perintah terminal:
  :foto [keterangan]   kirim foto           :dokumen         kirim dokumen PDF
  :stiker              kirim stiker         :suara           kirim pesan suara
  :video [keterangan]  kirim video          :lokasi [tempat]  kirim lokasi (mis. :lokasi riyadh,
                                            :lokasi 24.7 46.7; tanpa tempat: Jakarta)
  :kontak [nomor]      bagikan nomor telepon
  :edit TEKS           ubah pesan terakhir Anda
  :grup TEKS           tambahkan bot ke grup lain dan kirim pesan di sana
  :staf TEKS           tulis di grup staf sebagai petugas (mis. :staf /kasus)
  :balas TEKS          petugas MENJAWAB PELAPOR (terkirim ke pelapor) lewat kartu kasus terakhir
  :catatan TEKS        petugas menulis CATATAN INTERNAL di kartu terakhir (tidak terkirim ke pelapor)
  :bantuan             bantuan ini          :keluar          selesai (atau Ctrl+D)
English names work too (:photo, :sticker, :voice, :video, :location, :contact, :group, :staff, :reply,
:note, :quit).
"""

ENGLISH_ALIASES = {
    "photo": "foto",
    "document": "dokumen",
    "sticker": "stiker",
    "voice": "suara",
    "location": "lokasi",
    "contact": "kontak",
    "group": "grup",
    "staff": "staf",
    "reply": "balas",
    "note": "catatan",
    "quit": "keluar",
    "exit": "keluar",
    "help": "bantuan",
}


@dataclass
class _Screen:
    """Prints bot activity and remembers which buttons the numbers refer to."""

    out: TextIO
    staff_chat_id: int
    choices: dict[int, tuple[SentMessage, InlineButton]] = field(default_factory=dict)
    # The staff group's buttons, kept apart: the card's attachments and trail come after it without buttons.
    staff_choices: dict[int, tuple[SentMessage, InlineButton]] = field(default_factory=dict)
    events_seen: int = 0
    last_event_at: float = 0.0
    shown_texts: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def show(self, event: BotEvent) -> None:
        self.events_seen += 1
        self.last_event_at = asyncio.get_running_loop().time()
        message = event.message
        if event.kind in {"sent", "edited"} and message is not None:
            key = (message.chat_id, message.message_id)
            text_changed = self.shown_texts.get(key) != message.text
            self.shown_texts[key] = message.text
            if event.kind == "edited" and not text_changed:
                self._print(self.render_buttons_only(message))
            else:
                self._print(self.render(message, edited=event.kind == "edited"))
        elif event.kind == "callback_answer" and event.text:
            self._print(f"   ℹ️  {event.text}")
        elif event.kind == "chat_action":
            self._print("   … mengetik")
        elif event.kind == "left_chat":
            self._print(f"   (bot keluar dari grup {event.chat_id})")

    def render(self, message: SentMessage, *, edited: bool = False) -> str:
        where = "🏢 [grup staf] " if message.chat_id == self.staff_chat_id else ""
        if message.chat_id < 0 and message.chat_id != self.staff_chat_id:
            where = f"👥 [grup {message.chat_id}] "
        header = f"{where}🤖 Bot{' (diubah)' if edited else ''}:"
        return "\n".join([header, render_text(message), *self._button_lines(message)])

    def render_buttons_only(self, message: SentMessage) -> str:
        lines = self._button_lines(message)
        return "\n".join(
            ["   (tombol pesan di atas diperbarui)", *lines] if lines else ["   (tombol dihapus)"]
        )

    def _button_lines(self, message: SentMessage) -> list[str]:
        """Numbered buttons; they become the choices the numbers press. In the user's chats a new message
        without buttons clears the choices, so a typed number is not taken for a question further up. In
        the staff group only a message with buttons replaces them ("s1", "s2"...): the card's attachment
        copies and trail messages arrive after it, and its buttons must stay pressable."""
        lines: list[str] = []
        staff = message.chat_id == self.staff_chat_id
        if staff:
            if message.buttons:
                self.staff_choices = {}
            choices, mark = self.staff_choices, "s"
        else:
            current = next(iter(self.choices.values()), None)
            if message.buttons or (current is not None and current[0].chat_id == message.chat_id):
                self.choices = {}
            choices, mark = self.choices, ""
        for row in message.buttons:
            cells = []
            for button in row:
                number = len(choices) + 1
                choices[number] = (message, button)
                label = f"{button.text} → {button.url}" if button.url else button.text
                cells.append(f"[{mark}{number}] {label}")
            lines.append("   " + "   ".join(cells))
        if message.reply_keyboard:
            labels = [str(button.get("text", "")) for row in message.reply_keyboard for button in row]
            lines.append(
                "   keyboard: " + " | ".join(labels) + "   (ketik teksnya, atau :kontak untuk berbagi nomor)"
            )
        return lines

    def _print(self, text: str) -> None:
        print(text, file=self.out, flush=True)


def render_text(message: SentMessage) -> str:
    """What the phone shows: HTML rendered to plain text (links visible), or the raw text."""
    prefix = {
        "photo": "🖼 [foto] ",
        "document": "📄 [dokumen] ",
        "voice": "🎤 [pesan suara] ",
        "audio": "🎵 [audio] ",
        "video": "🎬 [video] ",
        "copy": "↪ ",
        "forward": "↪ [diteruskan] ",
    }.get(message.kind, "")
    body = message.text or ""
    if message.parse_mode and message.parse_mode.upper() == "HTML":
        try:
            body = to_terminal_text(body)
        except HtmlParseError:
            body = message.plain_text
    return prefix + body


class _LineReader:
    """Reads lines on a daemon thread (stdin blocks) and hands them to the event loop; None means EOF."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._pump, name="chat-input", daemon=True).start()

    def _pump(self) -> None:
        while True:
            line = self._stream.readline()
            with contextlib.suppress(RuntimeError):  # the loop is closed: we are exiting
                self._loop.call_soon_threadsafe(self._queue.put_nowait, line.rstrip("\n") if line else None)
            if not line:
                return

    async def next_line(self) -> str | None:
        return await self._queue.get()


class TerminalChat:
    def __init__(
        self, api: BotApiStandIn, user: StandInUser, staff: StandInUser, screen: _Screen, out: TextIO
    ):
        self.api = api
        self.user = user
        self.staff = staff
        self.screen = screen
        self.out = out
        self._last_user_message: dict[str, Any] | None = None
        self._group_id = -4001

    async def handle(self, line: str) -> bool:
        """Act on one input line; False when the user wants to leave."""
        text = line.strip()
        if not text:
            return True
        choice = self._choice(text)
        if choice is not None:
            message, button = choice
            if button.callback_data is None:
                self._say(f"(tombol itu membuka tautan: {button.url})")
            else:
                await self.api.press_button(
                    self.user if message.chat_id > 0 else self.staff, message, button.callback_data
                )
            return True
        if text.startswith(":"):
            return await self._terminal_command(text)
        self._last_user_message = await self.api.send_text(self.user, text)
        return True

    def _choice(self, text: str) -> tuple[SentMessage, InlineButton] | None:
        """ "3" presses the user's button 3, "s3" the staff group's button 3."""
        if text.isdigit():
            return self.screen.choices.get(int(text))
        if text[:1].lower() == "s" and text[1:].isdigit():
            return self.screen.staff_choices.get(int(text[1:]))
        return None

    async def _terminal_command(self, text: str) -> bool:
        command, _, rest = text[1:].partition(" ")
        command = ENGLISH_ALIASES.get(command.lower(), command.lower())
        rest = rest.strip()
        actions: dict[str, Callable[[], object]] = {
            "foto": lambda: self.api.send_photo(self.user, caption=rest or None),
            "dokumen": lambda: self.api.send_document(self.user, caption=rest or None),
            "stiker": lambda: self.api.send_sticker(self.user),
            "suara": lambda: self.api.send_voice(self.user),
            "video": lambda: self.api.send_video(self.user, caption=rest or None),
            "lokasi": lambda: self._share_location(rest),
            "kontak": lambda: self.api.send_contact(self.user, rest or "+6281234567890"),
        }
        if command in {"keluar", "q"}:
            return False
        if command in {"bantuan", "?"}:
            self._say(HELP)
        elif command in actions:
            result = actions[command]()
            if asyncio.iscoroutine(result):
                await result
        elif command == "edit" and rest:
            if self._last_user_message is None:
                self._say("(belum ada pesan untuk diubah)")
            else:
                await self.api.edit_user_message(self.user, self._last_user_message, rest)
        elif command == "grup":
            await self.api.add_bot_to_group(self.user, self._group_id, "Grup lain")
            if rest:
                await self.api.send_text(self.user, rest, chat_id=self._group_id)
        elif command == "staf" and rest:
            await self.api.send_text(self.staff, rest, chat_id=self.screen.staff_chat_id)
        elif command == "balas" and rest:
            if rest.startswith(NOTE_MARK):
                self._say("(awalan ! membuat catatan internal; untuk catatan pakai :catatan TEKS)")
            else:
                await self._reply_to_card(rest)  # reaches the worker
        elif command == "catatan" and rest:
            await self._reply_to_card(NOTE_MARK + rest)  # stays with the staff
        else:
            self._say("(perintah terminal tidak dikenal; ketik :bantuan)")
        return True

    async def _share_location(self, place: str) -> None:
        where = await asyncio.to_thread(location_of, place)
        if where is None:
            self._say(
                "(tempat tidak dikenal: tulis nama kota atau negara, atau lintang dan bujur: 24.7 46.7)"
            )
            return
        await self.api.send_location(self.user, *where)

    async def _reply_to_card(self, text: str) -> None:
        cards = [m for m in self.api.bot_messages(self.screen.staff_chat_id) if _is_case_card(m)]
        if not cards:
            self._say("(belum ada kartu kasus di grup staf)")
            return
        await self.api.send_text(self.staff, text, chat_id=self.screen.staff_chat_id, reply_to=cards[-1])

    def _say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    async def settle(self, seen_before: int, quiet_seconds: float = QUIET_SECONDS) -> None:
        """Wait until the bot has answered (nothing new for a moment), so output and input do not mix."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        while True:
            await asyncio.sleep(0.05)
            now = loop.time()
            if now - started > MAX_WAIT_SECONDS:
                return
            if self.screen.events_seen == seen_before:
                if now - started > FIRST_EVENT_SECONDS:
                    return
            elif now - self.screen.last_event_at > quiet_seconds:
                return


def chat_database(url: str | None) -> DatabaseSettings:
    """The chat's database: `url` checked and read as DATABASE_URL is (postgresql:// as asyncpg's), else
    the chat's own SQLite file. Raises pydantic's `ValidationError` for a driver the bot is not built with."""
    return DatabaseSettings(url=url or DEFAULT_CHAT_DATABASE, auto_migrate=True)


def chat_config(config: AppConfig, api: BotApiStandIn, database_url: str | None) -> AppConfig:
    """The same settings, pointed at the stand-in and a local database, with a demo staff group."""
    telegram = config.telegram.model_copy(
        update={
            "api_base_url": api.base_url,
            "api_base_file_url": api.base_file_url,
            "poll_timeout_seconds": 10,
            # One person at a terminal, on a stand-in without flood limits: nothing to pace.
            "pacing": config.telegram.pacing.model_copy(update={"enabled": False}),
        }
    )
    database = chat_database(database_url)
    staff = config.staff
    if staff.chat_id is None:
        staff = staff.model_copy(update={"chat_id": DEMO_STAFF_CHAT_ID})
    if not any(member.user_id == DEMO_STAFF_USER_ID for member in staff.members):
        demo = StaffMember(user_id=DEMO_STAFF_USER_ID, role="admin", name="Petugas Demo")
        staff = staff.model_copy(update={"members": (*staff.members, demo)})
    return config.model_copy(update={"telegram": telegram, "database": database, "staff": staff})


async def run_chat(
    config: AppConfig,
    *,
    input_stream: TextIO | None = None,
    output: TextIO | None = None,
    user_id: int = 1001,
    first_name: str = "Anda",
    language: str = "id",
    database_url: str | None = None,
    quiet_seconds: float = QUIET_SECONDS,
) -> int:
    """Chat in the terminal until EOF or `:keluar`. `quiet_seconds`: how long the bot must stay silent
    before the next input line is taken (piped input waits for each answer).

    Raises `ChatInUse` when another local chat uses the same SQLite file.
    """
    stream = input_stream or sys.stdin
    out = output or sys.stdout
    with only_chat_on(database_url or DEFAULT_CHAT_DATABASE):
        return await _chat_on(config, stream, out, user_id, first_name, language, database_url, quiet_seconds)


async def _chat_on(
    config: AppConfig,
    stream: TextIO,
    out: TextIO,
    user_id: int,
    first_name: str,
    language: str,
    database_url: str | None,
    quiet_seconds: float,
) -> int:
    async with BotApiStandIn(token=CHAT_TOKEN, first_message_id=fresh_message_ids()) as api:
        local = chat_config(config, api, database_url)
        staff_chat_id = local.staff.chat_id
        assert staff_chat_id is not None
        user = api.private_user(user_id, first_name, language)
        staff = api.private_user(DEMO_STAFF_USER_ID, "Petugas", "id")
        api.group_chat(staff_chat_id, "Staf (demo)")
        # Set up as an operator sets a real staff group up: no start-up warning nobody here can act on.
        api.set_member(staff_chat_id, api.bot_user, "administrator")
        screen = _Screen(out, staff_chat_id)
        events = api.subscribe()
        async with running_bot(local, token=CHAT_TOKEN):
            printer = asyncio.create_task(_print_events(events, screen))
            chat = TerminalChat(api, user, staff, screen, out)
            interactive = stream.isatty()
            print(
                f"Migrasi Aman, obrolan lokal (tanpa Telegram; database {local.database.url}).\n"
                "Ketik /start untuk mulai, :bantuan untuk perintah terminal, :keluar untuk selesai.",
                file=out,
                flush=True,
            )
            reader = _LineReader(stream)
            try:
                while True:
                    if interactive:
                        print("> ", end="", file=out, flush=True)
                    line = await reader.next_line()
                    if line is None:
                        break
                    if not interactive:
                        print(f"\n👤 {first_name}: {line}", file=out, flush=True)
                    seen = screen.events_seen
                    if not await chat.handle(line):
                        break
                    await chat.settle(seen, quiet_seconds)
            finally:
                printer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await printer
    return 0


def location_of(place: str) -> Coordinates | None:
    """The coordinates `:lokasi` shares: typed ones ("24.7 46.7", "24.7, 46.7"), a town's ("riyadh"), a
    country's largest town ("saudi", "penang" → Malaysia), or Jakarta when nothing is typed."""
    if not place.strip():
        return JAKARTA
    numbers = place.replace(",", " ").split()
    if len(numbers) == 2:
        with contextlib.suppress(ValueError):
            latitude, longitude = float(numbers[0]), float(numbers[1])
            return (latitude, longitude) if -90 <= latitude <= 90 and -180 <= longitude <= 180 else None
    found = town_coordinates(place)
    if found is not None:
        return found
    places = load_places()
    code = places.country_code(place)
    if code == "ID" or (code is None and places.province_code(place) is not None):
        return JAKARTA  # the country is all the emergency help reads from a location
    return country_coordinates(code) if code is not None else None


def fresh_message_ids(now: float | None = None) -> int:
    """A first message id past every earlier chat's: tenths of a second since 2026 (below 2**31 until 2032).

    Telegram never reuses a message id within a chat, and the chat keeps its database between runs: ids
    starting at 1 again would make replies to new messages look like replies to old ones."""
    return max(1, int(((now if now is not None else time.time()) - CHAT_EPOCH) * 10))


def _is_case_card(message: SentMessage) -> bool:
    """A case card carries several case actions (a queue listing only has "open" buttons)."""
    actions = [data for data in message.callback_data if data.startswith("case:v1:")]
    return len(actions) >= 3


async def _print_events(events: asyncio.Queue[BotEvent], screen: _Screen) -> None:
    while True:
        screen.show(await events.get())
