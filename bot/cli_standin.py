"""`migrasi-aman standin`: the Bot API stand-in on its own, to rehearse a deployment without Telegram.

`standin` serves the stand-in on 127.0.0.1:PORT and prints what the bot does; bots reach it with
`TELEGRAM_API_BASE_URL=http://127.0.0.1:PORT/bot`. A bot that sets a webhook (`run --webhook`) gets updates
posted to it with the secret header; `--spread URL...` posts them to several instances in turn instead.
`standin say USER TEXT` and `standin press USER BUTTON` play a user and print the bot's replies; with
`--chat GROUP` she acts in a group, as a staff member in the staff group (`--reply-to TICKET` replies to the
card, `--on TICKET` taps a button of the card).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

import httpx

from bot.standin.control import CONTROL_PREFIX, DEFAULT_WAIT_SECONDS, StandInControl, describe
from bot.standin.server import BotApiStandIn

DEFAULT_PORT = 9555
REHEARSAL_TOKEN = "123456:STANDIN"
TURN_ALLOWANCE_SECONDS = 300.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    standin = subparsers.add_parser(
        "standin",
        help="the Bot API stand-in on its own (no Telegram): feeds webhooks, plays users (say, press)",
    )
    _add_port(standin, default=DEFAULT_PORT)
    standin.add_argument(
        "--token",
        default=None,
        help=f"the bot token it accepts (default: $TELEGRAM_BOT_TOKEN, else {REHEARSAL_TOKEN})",
    )
    standin.add_argument(
        "--spread",
        nargs="+",
        metavar="URL",
        default=[],
        help="play the load balancer: post webhook updates to these URLs in turn (a refused one to the next)",
    )
    standin.set_defaults(func=_serve_command)
    actions = standin.add_subparsers(dest="standin_action", required=False, metavar="ACTION")
    say = actions.add_parser("say", help="a user sends a text message; prints the bot's replies")
    _add_user_options(say)
    say.add_argument(
        "--reply-to",
        metavar="TEXT",
        help="reply to the latest bot message in the chat that contains TEXT (a ticket: its card or prompt)",
    )
    say.add_argument("text", nargs="+", help="the message")
    say.set_defaults(func=_say_command)
    press = actions.add_parser("press", help="a user taps a button of the bot's latest message with it")
    _add_user_options(press)
    press.add_argument(
        "--on",
        metavar="TEXT",
        help="the button of the latest bot message in the chat that contains TEXT (a ticket: its card)",
    )
    press.add_argument("button", help="the button's label or callback data")
    press.set_defaults(func=_press_command)


def _add_port(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--port", type=int, default=default, help=f"the stand-in's port (default {DEFAULT_PORT})"
    )


def _add_user_options(parser: argparse.ArgumentParser) -> None:
    _add_port(parser, default=argparse.SUPPRESS)
    parser.add_argument("user", type=int, help="the user's id (also her private chat's id), e.g. 1001")
    parser.add_argument(
        "--chat",
        type=int,
        help="act in this group, not her private chat (a staff member in the staff group: -1001234)",
    )
    parser.add_argument("--name", help="her first name (default: as before, or Pengguna)")
    parser.add_argument(
        "--lang", choices=("id", "en"), help="her Telegram app's language (default: as before, or id)"
    )
    parser.add_argument(
        "--wait", type=float, default=DEFAULT_WAIT_SECONDS, help="seconds to wait for the first reply"
    )


# ----- serving ----------------------------------------------------------------------------------------------


def _serve_command(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get("TELEGRAM_BOT_TOKEN") or REHEARSAL_TOKEN
    try:
        asyncio.run(serve_standin(token, args.port, args.spread))
    except KeyboardInterrupt:
        return 0
    except OSError as exc:
        print(
            f"migrasi-aman: cannot serve the stand-in on 127.0.0.1:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    return 0


async def serve_standin(
    token: str, port: int, spread: list[str], started: asyncio.Event | None = None
) -> None:
    """Serve until cancelled, printing one line per thing the bot does."""
    api = BotApiStandIn(token, port=port)
    StandInControl(api).install()
    async with api:
        if spread:
            api.spread_webhook_over(spread)
        events = api.subscribe()
        which = "token " + REHEARSAL_TOKEN if token == REHEARSAL_TOKEN else "the token given"
        print(
            f"Bot API stand-in on {api.base_url} ({which}): start the bot with "
            f"TELEGRAM_API_BASE_URL={api.base_url}; play a user with "
            f"`migrasi-aman standin --port {api.port} say 1001 halo`",
            flush=True,
        )
        if spread:
            print(f"webhook updates go to {', '.join(spread)} in turn", flush=True)
        if started is not None:
            started.set()
        while True:
            line = describe(await events.get())
            if line:
                print(line, flush=True)


# ----- playing a user ---------------------------------------------------------------------------------------


def _say_command(args: argparse.Namespace) -> int:
    body: dict[str, Any] = {"user": args.user, "text": " ".join(args.text)}
    if args.reply_to:
        body["reply_to"] = args.reply_to
    return _act(args, "say", body)


def _press_command(args: argparse.Namespace) -> int:
    body: dict[str, Any] = {"user": args.user, "button": args.button}
    if args.on:
        body["on"] = args.on
    return _act(args, "press", body)


def _act(args: argparse.Namespace, action: str, body: dict[str, Any]) -> int:
    body.update(wait=args.wait)
    body.update({key: value for key in ("name", "lang", "chat") if (value := getattr(args, key)) is not None})
    try:
        answer = asyncio.run(standin_action(args.port, action, body))
    except httpx.HTTPError as exc:
        print(
            f"migrasi-aman: no stand-in answers on 127.0.0.1:{args.port} ({type(exc).__name__}): "
            "start it with `migrasi-aman standin`",
            file=sys.stderr,
        )
        return 3
    if "error" in answer:
        print(f"migrasi-aman: {answer['error']}", file=sys.stderr)
        return 2
    replies = answer.get("replies", [])
    also = answer.get("also", [])
    if answer.get("notice"):
        print(f"(notice) {answer['notice']}\n")
    undelivered = answer.get("undelivered")
    silent = not replies and not also and not answer.get("notice")
    if undelivered:
        print(f"(no reply within {args.wait:g} s: the stand-in could not deliver it: {undelivered})")
    elif silent:
        print(f"(no reply within {args.wait:g} s: is a bot running against this stand-in?)")
    for reply in replies:
        print(reply["text"])
        if reply["buttons"]:
            print("  " + " ".join(f"[{text}]" for text in reply["buttons"]))
        print()
    if also:
        print("Meanwhile:")
        for line in also:
            print(f"  {line}")
    return 1 if undelivered or silent else 0


async def standin_action(port: int, action: str, body: dict[str, Any]) -> dict[str, Any]:
    # The stand-in waits for the bot first, and for the actions before this one in the same chat.
    timeout = float(body.get("wait", DEFAULT_WAIT_SECONDS)) + TURN_ALLOWANCE_SECONDS
    async with httpx.AsyncClient(timeout=timeout) as client:
        response = await client.post(f"http://127.0.0.1:{port}{CONTROL_PREFIX}{action}", json=body)
    answer: dict[str, Any] = response.json()
    return answer
