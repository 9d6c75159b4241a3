"""The command line: `run` (token checks, clean shutdown on SIGTERM), `chat`, and `faq gaps`."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import sys
from pathlib import Path

import pytest
import yaml

from bot.__main__ import main
from bot.chat import run_chat
from bot.cli_run import SecretRedactor
from bot.config import AppConfig
from bot.standin import BotApiStandIn
from faq.loader import load_knowledge_base
from storage.db import Database
from storage.migrate import upgrade_database
from storage.models.questions import QuestionEventKind
from storage.services.question_log import QuestionLogService
from tests.bot_fixtures import REPO_CONFIG, TEST_TOKEN
from tests.cluster_helpers import free_port

REPO = REPO_CONFIG.parent


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "MIGRASI_CONFIG", "STAFF_CHAT_ID"):
        monkeypatch.delenv(name, raising=False)
    database = tmp_path / "cli.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    return database


def test_run_without_token_says_what_to_do(clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--config", str(REPO_CONFIG)]) == 2
    err = capsys.readouterr().err
    assert "no bot token: set TELEGRAM_BOT_TOKEN" in err
    assert "migrasi-aman chat" in err


def test_run_with_a_malformed_token_does_not_print_it(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not a token secret123")
    assert main(["run", "--config", str(REPO_CONFIG)]) == 2
    captured = capsys.readouterr()
    assert "does not look like a bot token" in captured.err
    assert "secret123" not in captured.err + captured.out


def test_run_or_chat_without_token_starts_the_local_chat(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # the chat keeps its own database under ./data
    monkeypatch.setattr(sys, "stdin", io.StringIO("/darurat\n:keluar\n"))
    assert main(["run", "--or-chat", "--config", str(REPO_CONFIG)]) == 0
    captured = capsys.readouterr()
    assert "No bot token configured" in captured.err
    assert "starting the local chat" in captured.err
    assert "🆘" in captured.out
    assert (tmp_path / "data" / "chat.db").exists()


def test_chat_takes_its_database_url_as_run_takes_database_url(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chat --database` is checked like DATABASE_URL: another driver is one line before anything starts,
    and a database that cannot be opened is named as given (postgresql:// read as asyncpg's), without its
    password, not the configured one the chat does not use."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(":keluar\n"))
    assert main(["chat", "--database", "mysql://u:pw@db/x", "--config", str(REPO_CONFIG)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "--database: the driver mysql:// is not supported" in line
    assert "pw" not in line

    port = free_port()  # nothing listens there
    url = f"postgresql://chat:s3cret-pw@127.0.0.1:{port}/chat"
    assert main(["chat", "--database", url, "--config", str(REPO_CONFIG)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert f"cannot open the database postgresql+asyncpg://chat:***@127.0.0.1:{port}/chat" in line
    assert "s3cret-pw" not in line
    assert str(clean_env) not in line


def test_run_says_when_the_bot_api_cannot_be_reached(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/bot")  # discard port: nothing listens
    assert main(["run", "--config", str(REPO_CONFIG)]) == 3
    err = capsys.readouterr().err
    assert "cannot reach the Bot API at http://127.0.0.1:9/bot" in err
    assert TEST_TOKEN not in err


async def test_run_says_when_the_database_cannot_be_opened(standin: BotApiStandIn) -> None:
    url = "postgresql+asyncpg://bot:hunter2@127.0.0.1:9/migrasi"
    process = await _start_bot_process(standin, TEST_TOKEN, url)
    stdout, stderr = await asyncio.wait_for(process.communicate(), 30)
    output = (stdout + stderr).decode()
    assert process.returncode == 2, output
    assert "cannot open the database postgresql+asyncpg://bot:***@127.0.0.1:9/migrasi" in output
    assert "hunter2" not in output
    assert "Traceback" not in output


async def _start_bot_process(
    api: BotApiStandIn, token: str, database: Path | str
) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "DATABASE_URL": database if isinstance(database, str) else f"sqlite+aiosqlite:///{database}",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("MIGRASI_CONFIG", None)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(REPO_CONFIG),
        env=env,
        cwd=str(REPO),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
async def test_run_polls_and_stops_cleanly_on_a_signal(
    standin: BotApiStandIn, tmp_path: Path, stop_signal: signal.Signals
) -> None:
    process = await _start_bot_process(standin, TEST_TOKEN, tmp_path / "run.db")
    try:
        await standin.wait_until(lambda: "getUpdates" in standin.calls, timeout=30)
        user = standin.private_user(1001, "Siti")
        await standin.send_text(user, "/start")
        (reply,) = await standin.wait_for_bot_messages(1001, timeout=10)
        assert reply.plain_text.startswith("Halo, Siti!")
        process.send_signal(stop_signal)
        stdout, stderr = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0
    output = (stdout + stderr).decode()
    assert "stopping" in output
    assert TEST_TOKEN not in output
    assert "Traceback" not in output


async def test_run_with_a_token_telegram_refuses(standin: BotApiStandIn, tmp_path: Path) -> None:
    process = await _start_bot_process(standin, "999:REFUSED-secret", tmp_path / "run.db")
    stdout, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    output = (stdout + stderr).decode()
    assert "Telegram refused the bot token" in output
    assert "REFUSED-secret" not in output


async def test_chat_renders_html_as_text_and_buttons_as_numbers(
    bot_config: AppConfig, tmp_path: Path
) -> None:
    lines = "/start\n1\nvisa turis boleh kerja?\n:stiker\n:lokasi\n/cekp3mi <b>PT</b> Maju & Jaya\n:keluar\n"
    output = io.StringIO()
    code = await run_chat(
        bot_config,
        input_stream=io.StringIO(lines),
        output=output,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}",
        quiet_seconds=0.15,
    )
    text = output.getvalue()
    assert code == 0
    assert "👤 Anda: /start" in text  # the default name
    assert "[1] ❓ Tanya   [2] 🛂 Jalur resmi" in text
    assert "Silakan tulis pertanyaan Anda" in text  # "1" pressed the first button
    assert "<b>" not in text.split("👤 Anda: /cekp3mi")[0]  # tags rendered away
    assert "Stiker yang lucu" in text
    assert "“<b>PT</b> Maju & Jaya”" in text  # the user's own text comes back exactly as typed


async def test_the_local_chat_does_not_warn_about_its_own_demo_staff_group(
    bot_config: AppConfig, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="handlers.staff_hygiene"):
        code = await run_chat(
            bot_config,
            input_stream=io.StringIO(":keluar\n"),
            output=io.StringIO(),
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}",
            quiet_seconds=0.1,
        )
    assert code == 0
    assert [record.getMessage() for record in caplog.records if record.name == "handlers.staff_hygiene"] == []


async def test_chat_shares_a_location_abroad_and_gets_that_countrys_numbers(
    bot_config: AppConfig, tmp_path: Path
) -> None:
    lines = "/start\n:lokasi riyadh\n:lokasi 25.2 55.3\n:lokasi xyzzy\n:keluar\n"
    output = io.StringIO()
    code = await run_chat(
        bot_config,
        input_stream=io.StringIO(lines),
        output=output,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}",
        quiet_seconds=0.3,
    )
    text = output.getvalue()
    assert code == 0
    riyadh = text.split("👤 Anda: :lokasi riyadh")[1].split("👤 Anda:")[0]
    assert "Arab Saudi" in riyadh
    assert "911" in riyadh
    assert "KBRI Riyadh" in riyadh
    gulf = text.split("👤 Anda: :lokasi 25.2 55.3")[1].split("👤 Anda:")[0]
    assert "Uni Emirat Arab" in gulf
    assert "998" in gulf
    assert "tempat tidak dikenal" in text.split("👤 Anda: :lokasi xyzzy")[1]


async def test_chat_staff_press_card_buttons_after_attachments_and_keep_note_and_reply_apart(
    bot_config: AppConfig, tmp_path: Path
) -> None:
    """A report with a photo: the card's buttons are "s1".. even after the photo copy arrives below it;
    `:catatan` stays with staff and `:balas` reaches the worker."""
    lines = [
        "/lapor",
        "1",  # consent
        "1",  # the worker herself
        "1",  # unpaid wages
        "Malaysia",
        "Jawa Timur",
        "PT Maju Jaya",
        "Gaji saya belum dibayar tiga bulan.",
        "1",  # Selesai (story)
        ":foto slip gaji",
        "1",  # Selesai (attachments)
        "/lewati",
        "9",  # Kirim laporan (after the eight "change" buttons)
        "s1",  # Ambil, pressed after the photo copy arrived below the card
        ":catatan cek izin P3MI dulu",
        ":balas Halo, kami sudah menerima laporan Anda",
        ":keluar",
    ]
    output = io.StringIO()
    code = await run_chat(
        bot_config,
        input_stream=io.StringIO("\n".join(lines) + "\n"),
        output=output,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}",
        quiet_seconds=1.0,  # the card and its photo copy come a moment after "received"
    )
    text = output.getvalue()
    assert code == 0
    assert "Laporan diterima" in text
    after_card = text.split("👤 Anda: s1")[1]
    assert "Diproses" in after_card.split("👤 Anda: :catatan")[0]  # the claim went through
    after_note = after_card.split("👤 Anda: :catatan")[1].split("👤 Anda: :balas")[0]
    assert "Catatan disimpan" in after_note
    assert text.count("cek izin P3MI dulu") == 1  # only where it was typed: the worker never sees a note
    after_reply = after_card.split("👤 Anda: :balas")[1]
    assert "Petugas (ADU-000001)" in after_reply  # what the worker's phone shows
    assert "Halo, kami sudah menerima laporan Anda" in after_reply


async def test_faq_gaps_lists_the_most_frequent_unanswered_questions(
    clean_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Database.connect(f"sqlite+aiosqlite:///{clean_env}")
    await upgrade_database(database)
    log = QuestionLogService(database)
    for _ in range(3):
        await log.record(
            QuestionEventKind.FALLBACK,
            "resep rendang",
            decision="fallback",
            normalized_question="resep rendang",
        )
    await log.record(
        QuestionEventKind.FALLBACK,
        "resep rendang padang",
        decision="fallback",
        normalized_question="resep rendang padang",
    )
    await log.record(
        QuestionEventKind.THUMBS_DOWN, "visa turis?", decision="answer", entry_id="visa-non-kerja"
    )
    await log.record(
        QuestionEventKind.NOT_THIS,
        "lpk minta duit 35jt",
        decision="answer",
        normalized_question="lpk minta duit 35jt",
        entry_id="pelatihan-lpk",
    )
    await log.record(QuestionEventKind.THUMBS_UP, "bagus", decision="answer", entry_id="jalur-resmi")
    await database.dispose()

    assert await asyncio.to_thread(main, ["faq", "gaps", "--config", str(REPO_CONFIG)]) == 0
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert lines[1].split()[0] == "4"  # both wordings of the rendang question
    assert lines[1].endswith("resep rendang")
    assert "+ resep rendang padang (1)" in lines[2]
    assert "bagus" not in out  # a 👍 is not a gap
    assert "not_this" in out
    assert "users chose pelatihan-lpk" in out
    assert "migrasi-aman faq gaps --add pelatihan-lpk 'lpk minta duit 35jt'" in out
    assert "thumbs_down" in out

    assert (
        await asyncio.to_thread(main, ["faq", "gaps", "--json", "--limit", "1", "--config", str(REPO_CONFIG)])
        == 0
    )
    (line,) = capsys.readouterr().out.strip().splitlines()
    group = json.loads(line)
    assert (group["count"], group["others"]) == (4, [{"question": "resep rendang padang", "count": 1}])
    assert group["closest"] is not None


def test_faq_gaps_add_appends_a_phrasing_and_keeps_the_file(
    clean_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "faq.yaml"
    original = (Path(__file__).parent / "data" / "faq_fixture.yaml").read_text(encoding="utf-8")
    content.write_text(original, encoding="utf-8")
    config = tmp_path / "config.yaml"
    raw = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    raw["matcher"] = {**raw.get("matcher", {}), "content_paths": [str(content)]}
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")

    code = main(
        ["faq", "gaps", "--add", "paspor-ditahan", "majikan: paspor gak dibalikin", "--config", str(config)]
    )
    again = main(
        ["faq", "gaps", "--add", "paspor-ditahan", "majikan: paspor gak dibalikin", "--config", str(config)]
    )
    unknown = main(["faq", "gaps", "--add", "no-such-entry", "apa", "--config", str(config)])

    out, err = capsys.readouterr()
    assert (code, again, unknown) == (0, 1, 1)
    assert "added to `paspor-ditahan`" in out
    assert "already has this phrasing" in err
    assert "no entry `no-such-entry`" in err
    after = content.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in original.splitlines()]
    assert [line.strip() for line in added] == ['- "majikan: paspor gak dibalikin"']
    assert after.replace(added[0] + "\n", "", 1) == original
    assert (
        "majikan: paspor gak dibalikin" in load_knowledge_base([content]).get("paspor-ditahan").questions.id
    )


def test_the_token_is_masked_in_any_log_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.handler.addFilter(SecretRedactor("123:SECRET"))
    logging.getLogger("httpx").warning("POST https://api.telegram.org/bot%s/getMe", "123:SECRET")
    assert "123:SECRET" not in caplog.text
    assert "bot***/getMe" in caplog.text
