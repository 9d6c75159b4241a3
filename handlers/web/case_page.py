"""One case whole: every field, attachments, the conversation as one thread, the trail; and the actions,
each a call to the case core with the signed-in officer as the actor, its events handed to the notifier
(the Telegram one tells the complainant and redraws the card). Every view of the page is audited."""

from __future__ import annotations

import asyncio
import html
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from handlers.case_notify import staff_view
from handlers.case_view import EVENT_TEXT, TRAIL_DETAIL, decision_parts, trail_detail
from handlers.texts_complaint import text
from handlers.web.attachment_types import Served, read_head, served, stored_file
from handlers.web.common import refusal, render, staff_names, staff_page, web
from storage.errors import (
    AccessDenied,
    AlreadyClaimed,
    CaseClosed,
    CaseNotFound,
    InvalidInput,
    InvalidTransition,
)
from storage.models.cases import (
    CLOSED_STATUSES,
    Attachment,
    Case,
    CaseEvent,
    CasePriority,
    CaseStatus,
    Direction,
    EventKind,
    WaitingReason,
)
from storage.services.cases import CaseDetail, Outcome
from storage.services.console import SignedIn
from storage.services.rules import can_transition

TAGS = re.compile(r"<[^>]+>")
WAITING_STATUS = CaseStatus.WAITING_FOR_COMPLAINANT.value
# The status choices that wait for the complainant, and what for ("Tunggu dokumen" as on the card).
WAITING_CHOICES = {
    WAITING_STATUS: WaitingReason.CLARIFICATION,
    "waiting_documents": WaitingReason.DOCUMENTS,
}
# The case core names the field first ("reason is required", "agency is too long"): the page names it in
# her words.
FIELD_WORDS = {
    "reason": "Alasan",
    "agency": "Instansi rujukan",
    "question": "Pertanyaan untuk pelapor",
    "empty reply": "Teks balasan",
    "empty note": "Catatan",
}


def missing_field(error: InvalidInput) -> str:
    said = str(error)
    for start, field in FIELD_WORDS.items():
        if said.startswith(start):
            return f"{field} terlalu panjang" if "too long" in said else f"{field} belum diisi"
    return "isian belum lengkap"


ERRORS: dict[type[Exception], str] = {
    AlreadyClaimed: "sudah diambil petugas lain",
    InvalidTransition: "perubahan status itu tidak diizinkan",
    InvalidInput: "isian belum lengkap",
    CaseClosed: "kasus tidak dapat diubah",
}


def routes() -> list[BaseRoute]:
    return [
        Route("/kasus/{case_id:int}", case_page, methods=["GET"]),
        Route("/kasus/{case_id:int}/versi", version, methods=["GET"]),
        Route("/kasus/{case_id:int}/lampiran/{attachment_id:int}", attachment, methods=["GET"]),
        Route("/kasus/{case_id:int}/ambil", claim, methods=["POST"]),
        Route("/kasus/{case_id:int}/status", set_status, methods=["POST"]),
        Route("/kasus/{case_id:int}/prioritas", set_priority, methods=["POST"]),
        Route("/kasus/{case_id:int}/catatan", add_note, methods=["POST"]),
        Route("/kasus/{case_id:int}/balas", reply, methods=["POST"]),
    ]


@dataclass(frozen=True)
class ThreadItem:
    at: datetime
    kind: str  # "in", "out", "note"
    author: int | None
    text: str
    delivery: str | None = None  # for "out": sent, failed, blocked, pending
    attachment: Attachment | None = None  # a file the worker sent, shown (or played) where she sent it


def decision_text(case: Case, event: CaseEvent, hotline: str) -> str | None:
    """What the worker was told when her case was closed (resolved, rejected or referred), as plain text:
    the notifier sends it from the same template, and the trail keeps the agency and reason it used."""
    match = TRAIL_DETAIL.match(event.detail or "") if event.kind is EventKind.STATUS_CHANGED else None
    if match is None or match["new"] not in {status.value for status in CLOSED_STATUSES}:
        return None
    reason, agency = decision_parts(event.text)
    message = text(
        case.language,
        f"decision_{match['new']}",
        ticket=case.ticket,
        reason=reason or "-",
        agency=agency or "-",
        hotline=hotline,
    )
    return html.unescape(TAGS.sub("", message))


def thread(detail: CaseDetail, hotline: str = "") -> list[ThreadItem]:
    """Worker messages, staff replies, the decisions she was sent and internal notes in one timeline."""
    unreachable = detail.case.unreachable_since is not None
    items = [
        ThreadItem(
            message.created_at,
            "in" if message.direction is Direction.FROM_COMPLAINANT else "out",
            message.author_user_id,
            message.text or "",
            None
            if message.direction is Direction.FROM_COMPLAINANT
            else "sent"
            if message.delivered
            else ("blocked" if unreachable else "failed")
            if message.delivered is False
            else "pending",
        )
        for message in detail.messages
        # A message that was only a file has no text: the file itself stands in the thread instead.
        if message.text or message.direction is not Direction.FROM_COMPLAINANT
    ]
    items += [
        ThreadItem(attachment.created_at, "in", None, "", attachment=attachment)
        for attachment in detail.attachments
    ]
    items += [
        ThreadItem(event.created_at, "note", event.actor_user_id, event.text or "")
        for event in detail.events
        if event.kind is EventKind.NOTE
    ]
    items += [
        ThreadItem(event.created_at, "out", event.actor_user_id, told, delivery="decision")
        for event in detail.events
        if (told := decision_text(detail.case, event, hotline)) is not None
    ]
    return sorted(items, key=lambda item: item.at)


def _case_id(request: Request) -> int:
    value = request.path_params["case_id"]
    assert isinstance(value, int)
    return value


@staff_page()
async def case_page(request: Request, user: SignedIn) -> Response:
    context = web(request)
    case_id = _case_id(request)
    try:
        detail = await context.services.cases.detail(user.user_id, case_id)
    except (CaseNotFound, AccessDenied):
        return refusal(request, "not_found", 404, user)
    await context.services.console.record(user.user_id, "view_case", detail.case.id)
    view = await staff_view(context.services)
    staff = context.services.config.staff
    trail = [
        (event, EVENT_TEXT[event.kind], trail_detail(event, view))
        for event in detail.events
        if event.kind is not EventKind.NOTE
    ]
    return render(
        request,
        "case.html",
        user,
        detail=detail,
        case=detail.case,
        thread=thread(detail, context.services.config.hotlines.kp2mi),
        trail=trail,
        shown=await asyncio.to_thread(how_shown, context.services.config.complaints.attachments_dir, detail),
        names=await staff_names(context.services),
        next_statuses=[s for s in CaseStatus if can_transition(detail.case.status, s)],
        reasons=staff.reasons,
        agencies=staff.referral_agencies,
        saved_replies=staff.saved_replies,
        priorities=list(CasePriority),
        error=request.query_params.get("err"),
        saved=request.query_params.get("ok") == "1",
        version=version_of(detail),
        nonce=secrets.token_urlsafe(16),
    )


def how_shown(root: Path, detail: CaseDetail) -> dict[int, Served | None]:
    """For each attachment, how its stored copy is shown (by its first bytes), or None when it is gone."""
    shown: dict[int, Served | None] = {}
    for attachment in detail.attachments:
        path = stored_file(root, attachment.stored_path)
        shown[attachment.id] = (
            None if path is None else served(attachment.kind, attachment.mime_type, read_head(path))
        )
    return shown


def version_of(detail: CaseDetail) -> str:
    """Changes whenever the case, its trail or its messages do: the page offers a reload then."""
    return f"{detail.case.updated_at.isoformat()}/{len(detail.events)}/{len(detail.messages)}"


@staff_page()
async def version(request: Request, user: SignedIn) -> Response:
    try:
        detail = await web(request).services.cases.detail(user.user_id, _case_id(request))
    except (CaseNotFound, AccessDenied):
        return refusal(request, "not_found", 404, user)
    return PlainTextResponse(version_of(detail))


@staff_page()
async def attachment(request: Request, user: SignedIn) -> Response:
    """An attachment of a case the officer may see, served from the attachments folder only."""
    context = web(request)
    try:
        detail = await context.services.cases.detail(user.user_id, _case_id(request))
    except (CaseNotFound, AccessDenied):
        return refusal(request, "not_found", 404, user)
    wanted = request.path_params["attachment_id"]
    found = next((a for a in detail.attachments if a.id == wanted), None)
    path = (
        None
        if found is None
        else stored_file(context.services.config.complaints.attachments_dir, found.stored_path)
    )
    if found is None or path is None:
        return refusal(request, "file_missing", 404, user)
    await context.services.console.record(user.user_id, "attachment", detail.case.id)
    how = served(found.kind, found.mime_type, await asyncio.to_thread(read_head, path))
    response = FileResponse(
        path,
        media_type=how.media_type,
        filename=found.file_name or f"lampiran-{found.id}{path.suffix}",
        content_disposition_type="inline" if how.inline else "attachment",
    )
    # Even a file shown inline runs nothing and loads nothing (a PDF or text cannot script the console).
    response.headers["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; img-src 'self'; media-src 'self'"
    )
    return response


def _back(case_id: int, *, error: str | None = None) -> RedirectResponse:
    query = "ok=1" if error is None else f"err={error}"
    return RedirectResponse(f"/kasus/{case_id}?{query}#aksi", status_code=303)


async def _publish(request: Request, outcome: Outcome) -> None:
    if outcome.events:
        await web(request).notifier.publish(outcome.events)


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _int(form: FormData, name: str) -> int | None:
    value = _text(form, name)
    return int(value) if value.isdigit() else None


async def _run(request: Request, user: SignedIn, action: str) -> Response:
    """Run one action through the case core; a case outside her scope is "not found", a refused change
    comes back to the page with the reason."""
    context = web(request)
    cases = context.services.cases
    case_id = _case_id(request)
    form = await request.form()
    try:
        if action == "claim":
            outcome = await cases.claim(user.user_id, case_id, take_over_from=_int(form, "take_over_from"))
        elif action == "status":
            chosen = _text(form, "status")
            status = CaseStatus(WAITING_STATUS if chosen in WAITING_CHOICES else chosen)
            reason = _text(form, "reason_text") or _text(form, "reason") or None
            waiting = WAITING_CHOICES.get(chosen)
            outcome = await cases.set_status(
                user.user_id,
                case_id,
                status,
                waiting,
                reason=reason,
                agency=_text(form, "agency") or None,
                question=_text(form, "question") or None,
            )
        elif action == "priority":
            outcome = await cases.set_priority(user.user_id, case_id, CasePriority(_text(form, "priority")))
        elif action == "note":
            outcome = await cases.add_note(user.user_id, case_id, _text(form, "text"))
        else:
            # The form's one-time key: a double submit of the same reply is recorded and sent once.
            nonce = _text(form, "nonce")[:64]
            key = f"console:{user.user_id}:{nonce}" if nonce else None
            outcome = await cases.staff_reply(user.user_id, case_id, _text(form, "text"), update_key=key)
    except (CaseNotFound, AccessDenied):
        return refusal(request, "not_found", 404, user)
    except ValueError:
        return _back(case_id, error="isian tidak dikenal")
    except InvalidInput as error:
        return _back(case_id, error=missing_field(error))
    except tuple(ERRORS) as error:
        return _back(case_id, error=next(text for kind, text in ERRORS.items() if isinstance(error, kind)))
    await _publish(request, outcome)
    return _back(case_id)


@staff_page()
async def claim(request: Request, user: SignedIn) -> Response:
    return await _run(request, user, "claim")


@staff_page()
async def set_status(request: Request, user: SignedIn) -> Response:
    return await _run(request, user, "status")


@staff_page()
async def set_priority(request: Request, user: SignedIn) -> Response:
    return await _run(request, user, "priority")


@staff_page()
async def add_note(request: Request, user: SignedIn) -> Response:
    return await _run(request, user, "note")


@staff_page()
async def reply(request: Request, user: SignedIn) -> Response:
    return await _run(request, user, "reply")
