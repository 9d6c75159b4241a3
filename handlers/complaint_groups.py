"""Handler groups of the complaint feature.

python-telegram-bot lets only the first matching handler of a group handle an update, so a catch-all
message handler shares a group with nobody: the intake flow and the complainant's case messages get groups
of their own between TRIAGE (emergency contacts first) and FLOW_RESET. Commands and `report:`/`case:`
buttons use the shared COMMANDS group with patterns that match only this feature's data.
"""

from handlers import groups

INTAKE_FLOW = groups.TRIAGE + 1  # text/media while a complaint draft waits: stops the update when consumed
CASE_MESSAGES = groups.TRIAGE + 2  # a complainant writing about an open case: stops the update when consumed
INTAKE_RESET = groups.TRIAGE + 3  # /batal /cancel /start drop the draft silently, never stop the update
STAFF_CHAT = groups.TRIAGE + 2  # staff-chat replies to cards (the filters keep it apart from private chats)

assert groups.TRIAGE < INTAKE_FLOW < CASE_MESSAGES < INTAKE_RESET < groups.FLOW_RESET
