"""Two local chats on one SQLite file would share one conversation: the second is refused with a message
saying how to start it on its own database; after the first ends, the file is free again."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.chat import run_chat
from bot.chat_lock import ChatInUse, only_chat_on
from bot.config import AppConfig


def test_a_second_chat_on_the_same_file_is_refused_and_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MIGRASI_CONFIG", raising=False)
    url = f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}"
    with only_chat_on(url):  # the first chat, still open
        assert main(["chat", "--database", url]) == 2
    err = capsys.readouterr().err
    assert f"another local chat is using {tmp_path / 'chat.db'} (process {os.getpid()})" in err
    assert "migrasi-aman chat --database sqlite+aiosqlite:///" in err
    with only_chat_on(url):  # the first one ended: free again
        pass


async def test_the_chat_holds_its_file_while_it_runs(bot_config: AppConfig, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}"
    with only_chat_on(url), pytest.raises(ChatInUse):
        await run_chat(bot_config, input_stream=io.StringIO(""), output=io.StringIO(), database_url=url)
    out = io.StringIO()
    assert await run_chat(bot_config, input_stream=io.StringIO(""), output=out, database_url=url) == 0
    assert "obrolan lokal" in out.getvalue()


def test_other_databases_are_not_locked(tmp_path: Path) -> None:
    with (
        only_chat_on("postgresql+asyncpg://postgres@127.0.0.1/x"),
        only_chat_on("postgresql+asyncpg://postgres@127.0.0.1/x"),
    ):
        pass
