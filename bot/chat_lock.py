"""One local chat per SQLite file: two terminal chats on the same `data/chat.db` would share one user and
one conversation (each answering the other's messages).

The lock is an advisory `flock` on a file beside the database: the system lets go of it when the process
ends however it ends, so a killed chat leaves no stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url


class ChatInUse(Exception):
    """Another local chat holds the database file."""

    def __init__(self, database: Path, pid: str) -> None:
        held_by = f" (process {pid})" if pid else ""
        super().__init__(
            f"another local chat is using {database}{held_by}: close it first, or start this one on a "
            f"database of its own: migrasi-aman chat --database sqlite+aiosqlite:///{database.parent}/chat-2.db"
        )


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


@contextlib.contextmanager
def only_chat_on(url: str) -> Iterator[None]:
    """Hold the database file for this chat until the block exits; raises `ChatInUse` when another has it.
    Databases other than a SQLite file are not locked (a server database is the operator's to share)."""
    database = sqlite_file(url)
    if database is None:
        yield
        return
    database.parent.mkdir(parents=True, exist_ok=True)
    lock_path = database.with_name(database.name + ".chat-lock")
    with lock_path.open("a+", encoding="utf-8") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            raise ChatInUse(database, lock.read().strip()) from None
        try:
            lock.seek(0)
            lock.truncate()
            lock.write(str(os.getpid()))
            lock.flush()
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
