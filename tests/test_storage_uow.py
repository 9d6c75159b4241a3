"""The SQLite writer gate: first come, first served, with a lane for urgent writes; cancelling a waiter
never leaves the gate stuck."""

from __future__ import annotations

import asyncio

from storage.services.uow import WriterGate


async def test_urgent_writers_go_first_then_the_others_in_order() -> None:
    gate = WriterGate()
    order: list[str] = []
    release = asyncio.Event()

    async def write(name: str, *, urgent: bool = False) -> None:
        async with gate.held(urgent=urgent):
            order.append(name)
            if name == "first":
                await release.wait()

    tasks = [asyncio.create_task(write("first"))]
    await asyncio.sleep(0)
    for name, urgent in (("a", False), ("b", False), ("card id", True), ("c", False)):
        tasks.append(asyncio.create_task(write(name, urgent=urgent)))
        await asyncio.sleep(0)
    release.set()
    await asyncio.gather(*tasks)
    assert order == ["first", "card id", "a", "b", "c"]


async def test_a_cancelled_waiter_does_not_block_the_gate() -> None:
    gate = WriterGate()
    release = asyncio.Event()
    done: list[str] = []

    async def hold() -> None:
        async with gate.held():
            await release.wait()

    async def write(name: str) -> None:
        async with gate.held():
            done.append(name)

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    cancelled = asyncio.create_task(write("cancelled"))
    waiting = asyncio.create_task(write("after"))
    await asyncio.sleep(0)
    cancelled.cancel()
    release.set()
    await asyncio.gather(holder, waiting)
    assert done == ["after"]
    async with asyncio.timeout(1), gate.held():
        done.append("free again")
    assert done == ["after", "free again"]


async def test_a_waiter_cancelled_just_as_the_gate_is_handed_over_passes_it_on() -> None:
    gate = WriterGate()
    done: list[str] = []

    async def write(name: str) -> None:
        async with gate.held():
            done.append(name)

    holding = gate.held()
    await holding.__aenter__()
    handed = asyncio.create_task(write("handed"))
    after = asyncio.create_task(write("after"))
    await asyncio.sleep(0)
    await holding.__aexit__(None, None, None)  # hands the gate to `handed`, which has not run yet
    handed.cancel()
    await asyncio.gather(handed, after, return_exceptions=True)
    assert handed.cancelled()
    assert done == ["after"]
