"""Loading content into the frozen model, where things were written, and rendering answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from faq.loader import FaqContentError, load_knowledge_base
from faq.model import KnowledgeBase, as_language
from faq.render import fill_placeholders, render_answer

FIXTURE = Path(__file__).parent / "data" / "faq_fixture.yaml"
PLACEHOLDERS = {"hotline_kp2mi": "0800-1000", "link_siskop2mi": "https://siskop2mi.example"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base([FIXTURE])


def test_entries_load_in_file_order_with_their_fields(kb: KnowledgeBase) -> None:
    entry = kb.get("paspor-ditahan")

    assert kb.ids[:2] == ("paspor-ditahan", "biaya-penempatan")
    assert entry.title.get("en") == "Passport kept by employer or agency"
    assert len(entry.questions.id) == 6
    assert entry.questions.get("en")[0] == "Can my employer keep my passport?"
    assert entry.related == ("cara-lapor",)
    assert entry.reviewed == dt.date(2026, 11, 22)
    assert kb.synonyms["p3mi"] == ("pjtki", "pt penyalur", "agensi", "agency")


def test_entries_remember_file_and_line(kb: KnowledgeBase) -> None:
    entry = kb.get("paspor-ditahan")

    assert str(entry.location) == f"{FIXTURE}:7"
    assert str(entry.location_of("answer.en")) == f"{FIXTURE}:26"
    assert str(entry.location_of("questions.id.2")) == f"{FIXTURE}:15"


def test_knowledge_base_is_immutable(kb: KnowledgeBase) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        kb.get("cek-p3mi").id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        kb.synonyms["x"] = ("y",)  # type: ignore[index]


def test_unknown_id_raises_key_error(kb: KnowledgeBase) -> None:
    assert "cek-p3mi" in kb
    with pytest.raises(KeyError):
        kb.get("tidak-ada")


def test_directory_and_default_paths_load() -> None:
    shipped = load_knowledge_base()

    assert len(shipped) >= 44
    assert load_knowledge_base([FIXTURE.parent / "lint_cases" / "valid.yaml"]).ids == (
        "entry-satu",
        "entry-dua",
    )


def test_no_content_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FaqContentError, match="no FAQ content files found"):
        load_knowledge_base([tmp_path])


def test_render_fills_placeholders_in_the_asked_language(kb: KnowledgeBase) -> None:
    entry = kb.get("cek-p3mi")

    assert render_answer(entry, "id", PLACEHOLDERS) == (
        "Cek nama P3MI (perusahaan penempatan resmi) di https://siskop2mi.example atau tanya 0800-1000."
    )
    assert render_answer(entry, "en-US", PLACEHOLDERS).startswith("Look the company up at https://")
    assert render_answer(entry, "zh", PLACEHOLDERS).startswith("Cek nama")  # unsupported -> Indonesian


@pytest.mark.parametrize(
    ("text", "filled"),
    [
        ("call {hotline_kp2mi}", "call 0800-1000"),
        ("left as is: {unknown}", "left as is: {unknown}"),
        ("braces { alone } are fine {", "braces { alone } are fine {"),
    ],
)
def test_fill_placeholders_never_crashes_on_braces(text: str, filled: str) -> None:
    assert fill_placeholders(text, PLACEHOLDERS) == filled


@pytest.mark.parametrize(
    ("code", "lang"), [("en", "en"), ("en-GB", "en"), ("id", "id"), (None, "id"), ("jv", "id")]
)
def test_language_codes(code: str | None, lang: str) -> None:
    assert as_language(code) == lang
