"""Handler groups, in the order python-telegram-bot consults them for every update.

Each group gets its chance at an update unless a handler raises `ApplicationHandlerStop`.
"""

GUARD = -10  # rate limit, foreign groups, edited messages: may stop the update
TRIAGE = -5  # present danger in any text: emergency contacts first, never stops the update
FLOW_RESET = -1  # /batal, /start: flows drop their state silently, never stops the update
COMMANDS = 0  # commands, callback buttons, staff-chat actions
FLOWS = 1  # text/media while a flow (complaint intake, offer check) waits: stops the update when consumed
ASK = 2  # any other private text goes to the FAQ matcher
FALLBACK = 3  # stickers, voice notes and the like: a short helpful reply
