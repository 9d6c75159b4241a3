"""Per-chat ordered, cross-chat concurrent update processing (what `migrasi-aman run` uses)."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.updates import PerChatUpdateProcessor


def update(update_id: int, chat_id: int) -> Update:
    message = {
        "message_id": update_id,
        "date": 0,
        "chat": {"id": chat_id, "type": "private", "first_name": "A"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "A"},
        "text": "x",
    }
    return Update.de_json({"update_id": update_id, "message": message}, None)


async def test_one_chat_in_order_other_chats_do_not_wait() -> None:
    processor = PerChatUpdateProcessor(max_concurrent_updates=8)
    finished: list[tuple[int, int]] = []
    release_slow = asyncio.Event()

    async def work(update_id: int, chat_id: int, slow: bool = False) -> None:
        if slow:
            await release_slow.wait()
        finished.append((chat_id, update_id))

    tasks = [
        asyncio.create_task(processor.process_update(update(1, 10), work(1, 10, slow=True))),
        asyncio.create_task(processor.process_update(update(2, 10), work(2, 10))),
        asyncio.create_task(processor.process_update(update(3, 20), work(3, 20))),
    ]
    await asyncio.sleep(0.05)
    assert finished == [(20, 3)]  # chat 20 was served while chat 10 waited for its slow first update
    release_slow.set()
    await asyncio.gather(*tasks)
    assert finished == [(20, 3), (10, 1), (10, 2)]  # chat 10 kept its order
    assert processor._locks == {}  # nothing left behind for idle chats


async def test_updates_without_a_chat_run_directly() -> None:
    processor = PerChatUpdateProcessor()
    done: list[str] = []

    async def work() -> None:
        done.append("ok")

    await processor.process_update(object(), work())
    assert done == ["ok"]
