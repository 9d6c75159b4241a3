"""/hapusdata: the complainant's own personal data leaves her closed cases; the evidence stays.

Removed: her name, phone number, Telegram ids, her story, her attachments (the files too), the text of the
messages between her and the officers, the places as she typed them (a sentence typed at the country step
can hold her name), and the payloads of her chat's handled updates in the update inbox (every message she
sent passes through it; the request itself keeps only its ids and the button pressed). Kept: what describes
the perpetrator (the agency, recruiter or employer field), the officers' internal notes and status reasons,
and the anonymised record (category, country and province codes, dates, status) for statistics. Open cases
are left alone and listed, so she knows.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path

from storage.base import utcnow
from storage.models.cases import CLOSED_STATUSES, EventKind, LinkKind
from storage.repositories.cases import CaseRepository, TimerRepository
from storage.repositories.inbox import InboxRepository
from storage.repositories.intake import DraftRepository
from storage.services.cases.base import CaseCore
from storage.services.cases.events import DataErased
from storage.services.inbox import bare_payload
from storage.services.uow import write_transaction

logger = logging.getLogger(__name__)

ERASED_TEXT = "[dihapus atas permintaan pelapor]"
COMPLAINANT_LINKS = frozenset({LinkKind.COMPLAINANT})
# Trail lines whose text came from (or was written to) the complainant; notes and reasons stay.
CONVERSATION_EVENTS = frozenset({EventKind.MESSAGE_IN, EventKind.MESSAGE_OUT})


@dataclass(frozen=True)
class Erasure:
    erased: list[str] = field(default_factory=list)
    still_open: list[str] = field(default_factory=list)
    erased_case_ids: list[int] = field(default_factory=list)  # their staff cards are redrawn without the data
    events: list[DataErased] = field(default_factory=list)


class ErasureService(CaseCore):
    async def erase_personal_data(
        self, user_id: int, attachments_root: Path | None = None, *, request_key: str | None = None
    ) -> Erasure:
        """`request_key`: the inbox key of the update asking for this (in hand, so not yet handled)."""
        result = Erasure()
        files: list[Path] = []
        async with write_transaction(self._database) as session:
            repo = CaseRepository(session)
            drafts = DraftRepository(session)
            await drafts.delete(user_id)
            await drafts.clear_pending_reply(user_id)
            # Her private chat's id is her user id. Unhandled updates keep theirs until handled (she may
            # have written since); the retention purge of the timer sweep takes those later. This very
            # request keeps only what handling it again needs, should its instance die before it is done.
            inbox = InboxRepository(session)
            await inbox.blank_handled_of_chat(user_id)
            request = await inbox.get(request_key) if request_key is not None else None
            if request is not None:
                request.payload = bare_payload(request.payload)
            now = utcnow()
            for case in await repo.of_complainant(user_id):
                if case.status not in CLOSED_STATUSES:
                    result.still_open.append(case.ticket or str(case.id))
                    continue
                for attachment in await repo.attachments(case.id):
                    if attachment.stored_path:
                        files.append(Path(attachment.stored_path))
                await repo.delete_attachments(case.id)
                for message in await repo.messages(case.id):
                    message.text = None
                    if message.author_user_id == user_id:
                        message.author_user_id = None
                for event in await repo.events(case.id):
                    if event.kind in CONVERSATION_EVENTS:
                        event.text = None
                    if event.actor_user_id == user_id:
                        event.actor_user_id = None
                await repo.delete_links(case.id, COMPLAINANT_LINKS)
                case.complainant_user_id = None
                case.complainant_chat_id = None
                case.complainant_name = None
                case.phone = None
                case.story = ERASED_TEXT
                case.country = None  # the codes stay for statistics and routing
                case.province = None
                case.erased_at = now
                case.updated_at = now
                await repo.add_event(case.id, EventKind.ERASED, at=now)
                await TimerRepository(session).clear_all(case.id)
                result.erased.append(case.ticket or str(case.id))
                result.erased_case_ids.append(case.id)
                result.events.append(DataErased(case))
        await asyncio.to_thread(_delete_files, files, attachments_root)
        if result.erased:
            logger.info("personal data erased from %d closed case(s)", len(result.erased))
        return result


def _delete_files(files: list[Path], root: Path | None) -> None:
    for path in files:
        # Only files under the attachments directory: a path in the database is never trusted further.
        if root is None or path.resolve().is_relative_to(root.resolve()):
            path.unlink(missing_ok=True)
