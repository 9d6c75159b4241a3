"""Content gaps for editors: the questions the FAQ served worst (the same grouping as `faq gaps`), the
entry each came closest to, proposals of a question as a phrasing of an entry, and the accepted
phrasings as a YAML patch for faq/content/, offered only when the content with it applied lints clean and,
where labelled sets are configured, scores no worse on them (bot.patch_review, in the background)."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.patch_review import ReviewState
from faq.gaps import group_gaps
from faq.patch import patch_yaml
from handlers.web.common import refusal, render, staff_page, web
from storage.errors import AccessDenied, InvalidInput
from storage.models.console import ProposedPhrasing
from storage.services.console import SignedIn
from storage.services.phrasings import CONTENT_ROLES

GAP_LIMIT = 50
WORDINGS_PER_GROUP = 10  # grouping merges wordings: read more of them than the groups shown


def routes() -> list[BaseRoute]:
    return [
        Route("/konten", gaps_page, methods=["GET"]),
        Route("/konten/usul", propose, methods=["POST"]),
        Route("/konten/putuskan", decide, methods=["POST"]),
        Route("/konten/patch.yaml", download_patch, methods=["GET"]),
    ]


def additions(accepted: list[ProposedPhrasing]) -> dict[str, dict[str, list[str]]]:
    result: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for record in accepted:
        result[record.entry_id][record.language].append(record.question)
    return {entry: dict(by_lang) for entry, by_lang in result.items()}


@staff_page(editor_ok=True)
async def gaps_page(request: Request, user: SignedIn) -> Response:
    if user.role not in CONTENT_ROLES:
        return refusal(request, "editors_only", 403, user)
    services = web(request).services
    # The same grouping as `migrasi-aman faq gaps`: wordings of one question merged, with its entry.
    logged = await services.questions.gaps(limit=GAP_LIMIT * WORDINGS_PER_GROUP)
    groups = group_gaps(logged, services.faq.matcher)[:GAP_LIMIT]
    rows = [
        (group, group.target, services.faq.title(group.target, "id") if group.target else "-")
        for group in groups
    ]
    proposals = await services.phrasings.all(user.user_id)
    accepted = additions([p for p in proposals if p.accepted])
    review = web(request).patch_reviews.review(accepted) if accepted else None
    entries = sorted((entry.id, entry.title.get("id")) for entry in services.faq.kb)
    return render(
        request,
        "content.html",
        user,
        rows=rows,
        proposals=proposals,
        review=review,
        eval_sets=len(services.config.web.eval_sets),
        entries=entries,
        accepted=sum(1 for p in proposals if p.accepted),
        saved=request.query_params.get("ok") == "1",
        error=request.query_params.get("err"),
    )


def _back(error: str | None = None) -> RedirectResponse:
    query = {"ok": "1"} if error is None else {"err": error}
    return RedirectResponse("/konten?" + urlencode(query), status_code=303)


@staff_page(editor_ok=True)
async def propose(request: Request, user: SignedIn) -> Response:
    form = await request.form()
    question, entry_id = str(form.get("question", "")), str(form.get("entry_id", ""))
    if web(request).services.faq.entry(entry_id) is None:
        return _back("entri tidak dikenal")
    try:
        await web(request).services.phrasings.propose(user.user_id, question, entry_id)
    except AccessDenied:
        return refusal(request, "editors_only", 403, user)
    except InvalidInput:
        return _back("isian belum lengkap")
    return _back()


@staff_page(editor_ok=True)
async def decide(request: Request, user: SignedIn) -> Response:
    form = await request.form()
    raw_id = str(form.get("id", ""))
    if not raw_id.isdigit():
        return _back("isian tidak dikenal")
    try:
        await web(request).services.phrasings.decide(user.user_id, int(raw_id), form.get("accept") == "1")
    except AccessDenied:
        return refusal(request, "editors_only", 403, user)
    except InvalidInput:
        return _back("usulan tidak ditemukan")
    return _back()


@staff_page(editor_ok=True)
async def download_patch(request: Request, user: SignedIn) -> Response:
    if user.role not in CONTENT_ROLES:
        return refusal(request, "editors_only", 403, user)
    accepted = additions(list(await web(request).services.phrasings.accepted(user.user_id)))
    if not accepted:
        return _back("belum ada usulan yang diterima")
    review = web(request).patch_reviews.review(accepted)
    if review.state is ReviewState.RUNNING:
        return _back("patch masih diperiksa; coba lagi sebentar lagi")
    if not review.offered:
        return _back("patch ditolak: lihat hasil pemeriksaannya di bawah")
    return Response(
        patch_yaml(accepted),
        media_type="application/yaml; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="faq-phrasings.yaml"'},
    )
