"""A Bot API stand-in on 127.0.0.1: the terminal chat and the end-to-end tests run the real bot on it."""

from bot.standin.server import ApiError, BotApiStandIn, BotEvent, InlineButton, SentMessage, StandInUser

__all__ = ["ApiError", "BotApiStandIn", "BotEvent", "InlineButton", "SentMessage", "StandInUser"]
