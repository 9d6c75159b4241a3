"""Staff admin: admins see the staff list, add officers with a province and remove them, through the same
staff directory as `/staff add` in Telegram (which re-checks the admin and her own province scope)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from faq.places import load_places
from handlers.web.common import refusal, render, staff_page, web
from storage.errors import AccessDenied, InvalidInput
from storage.models.staff import StaffRole
from storage.services.console import SignedIn

ROLES = (StaffRole.OFFICER, StaffRole.EDITOR, StaffRole.ADMIN)


def routes() -> list[BaseRoute]:
    return [
        Route("/petugas", staff_list, methods=["GET"]),
        Route("/petugas/tambah", add_member, methods=["POST"]),
        Route("/petugas/hapus", remove_member, methods=["POST"]),
    ]


@staff_page(editor_ok=True)
async def staff_list(request: Request, user: SignedIn) -> Response:
    if user.role is not StaffRole.ADMIN:
        return refusal(request, "admins_only", 403, user)
    members = await web(request).services.staff_directory.members(user.user_id)
    provinces = [p for p in load_places().provinces() if user.provinces is None or p.code in user.provinces]
    return render(
        request,
        "staff.html",
        user,
        members=members,
        provinces=provinces,
        roles=ROLES,
        error=request.query_params.get("err"),
        saved=request.query_params.get("ok") == "1",
    )


def _back(error: str | None = None) -> RedirectResponse:
    return RedirectResponse("/petugas?" + ("ok=1" if error is None else f"err={error}"), status_code=303)


@staff_page(editor_ok=True)
async def add_member(request: Request, user: SignedIn) -> Response:
    form = await request.form()
    raw_id, name = str(form.get("user_id", "")).strip(), str(form.get("name", "")).strip()[:80]
    province, role = str(form.get("province", "")), str(form.get("role", "officer"))
    if not raw_id.isdigit() or len(raw_id) > 15 or role not in {r.value for r in ROLES}:
        return _back("isian tidak dikenal")
    if province and load_places().province(province) is None:
        return _back("provinsi tidak dikenal")
    try:
        await web(request).services.staff_directory.add_officer(
            user.user_id, int(raw_id), StaffRole(role), province_code=province or None, name=name or None
        )
    except AccessDenied:
        return refusal(request, "admins_only", 403, user)
    except InvalidInput:
        return _back("sudah terdaftar di config")
    if int(raw_id) == user.user_id and role != StaffRole.ADMIN.value:
        # She gave up her own admin role: this page is no longer hers, her new start page is.
        return RedirectResponse("/konten" if role == StaffRole.EDITOR.value else "/", status_code=303)
    return _back()


@staff_page(editor_ok=True)
async def remove_member(request: Request, user: SignedIn) -> Response:
    form = await request.form()
    raw_id = str(form.get("user_id", "")).strip()
    if not raw_id.isdigit() or len(raw_id) > 15:
        return _back("isian tidak dikenal")
    try:
        await web(request).services.staff_directory.remove_officer(user.user_id, int(raw_id))
    except AccessDenied:
        return refusal(request, "admins_only", 403, user)
    except InvalidInput:
        return _back("petugas dari config diubah di config.yaml")
    return _back()
