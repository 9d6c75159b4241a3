"""Every kind of lint problem, each from a small broken fixture in tests/data/lint_cases/."""

from __future__ import annotations

from pathlib import Path

import pytest

from faq.glossary import unexplained, unexplained_in_title
from faq.lint import MAX_FIRST_REPLY_CHARS, REPLY_FRAME_CHARS, first_reply_length, lint_paths
from faq.loader import FaqContentError, load_knowledge_base
from faq.model import GlossaryTerm, Language, LocalizedText

CASES = Path(__file__).parent / "data" / "lint_cases"
SHIPPED_PLACEHOLDERS = {"hotline_kp2mi": "0800-1000", "hotline_police": "110"}


@pytest.mark.parametrize(
    ("fixture", "line", "fragment", "blocking"),
    [
        ("yaml-syntax.yaml", 19, "invalid YAML", True),
        ("not-mapping.yaml", 1, "must be a mapping with an `entries:` list", True),
        ("entries-not-list.yaml", 2, "`entries` must be a list", True),
        ("missing-field.yaml", 3, "missing `answer`", True),
        ("wrong-type.yaml", 8, "`questions.id` must be a list", True),
        ("bad-id.yaml", 3, "id must be kebab-case", True),
        ("few-questions.yaml", 8, "`questions.id` has 3 phrasing(s), needs at least 6", False),
        ("few-english.yaml", 15, "`questions.en` has 1 phrasing(s), needs at least 2", False),
        ("missing-language.yaml", 5, "`title` has no `en` text (missing language)", True),
        ("duplicate-id.yaml", 27, "duplicate entry id `entry-satu`", True),
        ("duplicate-phrasing.yaml", 33, "duplicate phrasing of `entry-satu`", False),
        ("near-identical-phrasing.yaml", 33, "near-identical phrasing of `entry-satu`", False),
        ("unknown-related.yaml", 21, "unknown related id `entry-tiga`", False),
        ("unknown-placeholder.yaml", 19, "unknown placeholder `{hotline_kemnaker}`", False),
        ("long-answer.yaml", 19, "the first reply in id is 907 characters", False),
        ("long-line.yaml", 21, "a line of answer.id is 227 characters (max 200)", False),
        ("unexplained-abbreviation.yaml", 20, "answer.en uses `BP3MI` without explaining it", False),
        ("unknown-abbreviation.yaml", 19, "uses `XYZW`, which is not in the glossary", False),
        ("glossary-bad.yaml", 5, "the explanation uses the abbreviation `TUV`", False),
        ("html-answer.yaml", 19, "must be plain text", False),
        ("missing-sources.yaml", 3, "missing `sources`", False),
        ("missing-reviewed.yaml", 3, "missing `reviewed`", False),
        ("bad-reviewed.yaml", 25, "`reviewed` must be a date written YYYY-MM-DD", False),
        ("future-reviewed.yaml", 25, "`reviewed` 2062-11-22 is in the future", False),
        ("duplicate-key.yaml", 26, "key `tags` is written twice", True),
        ("unknown-field.yaml", 26, "unknown field `notes`", False),
        ("synonym-conflict.yaml", 4, "synonym `agensi` is listed under both `p3mi` and `calo`", False),
    ],
)
def test_each_problem_is_reported_once_with_file_and_line(
    fixture: str, line: int, fragment: str, blocking: bool
) -> None:
    problems = lint_paths([CASES / fixture])

    assert len(problems) == 1, [str(problem) for problem in problems]
    [problem] = problems
    assert str(problem).startswith(f"{CASES / fixture}:{line}: ")
    assert fragment in problem.message
    assert problem.blocking is blocking


def test_valid_fixture_has_no_problems() -> None:
    assert lint_paths([CASES / "valid.yaml"]) == []


def test_blocking_problems_stop_loading_without_a_yaml_traceback() -> None:
    with pytest.raises(FaqContentError) as raised:
        load_knowledge_base([CASES / "yaml-syntax.yaml"])

    assert "yaml-syntax.yaml:19: invalid YAML" in str(raised.value)


def test_quality_problems_do_not_stop_loading() -> None:
    kb = load_knowledge_base([CASES / "few-questions.yaml"])

    assert kb.ids == ("entry-satu", "entry-dua")


def test_allowed_placeholders_come_from_config_when_given() -> None:
    allowed_by_config = lint_paths(
        [CASES / "unknown-placeholder.yaml"], placeholders={**SHIPPED_PLACEHOLDERS, "hotline_kemnaker": "1"}
    )
    missing_from_config = lint_paths([CASES / "valid.yaml"], placeholders={"hotline_police": "110"})

    assert allowed_by_config == []
    assert {problem.message for problem in missing_from_config} == {
        "entry `entry-satu`: unknown placeholder `{hotline_kp2mi}` in answer.id",
        "entry `entry-dua`: unknown placeholder `{hotline_kp2mi}` in answer.id",
    }


def test_a_fact_in_the_other_language_is_flagged_where_it_is_written() -> None:
    problems = lint_paths([CASES / "fact-other-language.yaml"])

    assert [(problem.location.line, problem.message) for problem in problems] == [
        (
            19,
            "entry `entry-satu`: placeholder `{moratorium_saudi_status_en}` holds the other language's text; "
            "answer.id uses `{moratorium_saudi_status}`",
        ),
        (
            44,
            "entry `entry-dua`: placeholder `{moratorium_saudi_status}` holds the other language's text; "
            "answer.en uses `{moratorium_saudi_status_en}`",
        ),
    ]


def test_answer_length_counts_the_filled_config_values() -> None:
    problems = lint_paths([CASES / "valid.yaml"], placeholders={"hotline_kp2mi": "9" * 900})

    assert len(problems) == 2
    assert all("characters with placeholders filled" in problem.message for problem in problems)


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    problems = lint_paths([tmp_path / "nope.yaml"])

    assert [problem.message for problem in problems] == [problems[0].message]
    assert "cannot read file" in problems[0].message


def test_shipped_content_passes_lint() -> None:
    assert [str(problem) for problem in lint_paths()] == []


def test_a_file_with_its_own_glossary_uses_it_instead_of_the_shipped_one() -> None:
    kb = load_knowledge_base([CASES / "glossary-own.yaml"])

    assert lint_paths([CASES / "glossary-own.yaml"]) == []
    assert set(kb.glossary) == {"QRS"}


def test_the_first_reply_counts_title_answer_and_the_feedback_line() -> None:
    [entry, _] = load_knowledge_base([CASES / "valid.yaml"])
    filled = "Jawaban paspor, hubungi 0800-1000."

    length = first_reply_length(entry, "id", {"hotline_kp2mi": "0800-1000"})

    assert length == len("Judul paspor") + len(filled) + REPLY_FRAME_CHARS
    assert len("\n\n" + "\n\nApakah jawaban ini membantu?") == REPLY_FRAME_CHARS
    assert MAX_FIRST_REPLY_CHARS == 650


GLOSSARY = {
    "BP3MI": GlossaryTerm("BP3MI", LocalizedText("kantor pekerja migran di provinsi", "provincial office")),
    "PMI": GlossaryTerm("PMI", LocalizedText("pekerja migran", "migrant worker")),
    "ID PMI": GlossaryTerm(
        "ID PMI", LocalizedText("data resmi pekerja migran", "official worker record"), also=("e-PMI",)
    ),
    "KTP": GlossaryTerm("KTP", LocalizedText("kartu tanda penduduk", "identity card"), known_in=("id",)),
}


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Datang ke BP3MI (kantor pekerja migran di provinsi).", "id", []),
        ("Datang ke kantor pekerja migran di provinsi (BP3MI). Lalu ke BP3MI.", "id", []),
        ("Datang ke BP3MI (Kantor Pekerja Migran di Provinsi Anda, buka Senin).", "id", []),
        ("Datang ke BP3MI. Lalu BP3MI (kantor pekerja migran di provinsi).", "id", ["BP3MI"]),
        ("Datang ke BP3MI (kantor di provinsi).", "id", ["BP3MI"]),
        ("Bawa KTP.", "id", []),
        ("Bring your KTP.", "en", ["KTP"]),
        ("Bring your KTP (identity card).", "en", []),
        ("ID PMI (data resmi pekerja migran) dibuat setelah pelatihan.", "id", []),
        ("Anda sebagai PMI (pekerja migran) punya e-PMI.", "id", ["ID PMI"]),
        ("Cek di {link_siskop2mi} atau hubungi {hotline_kp2mi}; ketik /lapor.", "id", []),
        ("Tanya ke XYZ atau XYZ lagi; ujian N4 di G to G.", "id", ["XYZ"]),
        ("BP3MI, kantor pekerja migran di provinsi, buka setiap hari.", "id", []),
        ("BP3MI: kantor pekerja migran di provinsi.", "id", []),
        ("BP3MI, buka setiap hari.", "id", ["BP3MI"]),
        ("Cek e-PMI (data resmi pekerja migran). ID PMI dibuat setelah pelatihan.", "id", []),
        ("Cek e-PMI Anda.", "id", ["ID PMI"]),
    ],
)
def test_abbreviations_are_explained_at_their_first_use(
    text: str, lang: Language, flagged: list[str]
) -> None:
    assert [found.word for found in unexplained(text, lang, GLOSSARY)] == flagged


@pytest.mark.parametrize(
    ("title", "answer", "flagged"),
    [
        ("Cara cek BP3MI", "Datang ke BP3MI (kantor pekerja migran di provinsi).", []),
        ("Cara cek BP3MI", "Datang ke kantor pekerja migran di provinsi.", ["BP3MI"]),
        ("Kantor pekerja migran di provinsi (BP3MI)", "Datang ke kantor itu.", []),
        ("BP3MI, kantor pekerja migran di provinsi", "Datang ke kantor itu.", []),
        ("Syarat KTP", "Bawa kartu Anda.", []),
        ("Syarat XYZ", "Bawa kartu Anda.", ["XYZ"]),
        ("ID PMI (e-PMI)", "ID PMI (data resmi pekerja migran) dibuat setelah pelatihan.", []),
    ],
)
def test_a_title_abbreviation_is_explained_in_the_title_or_the_answer(
    title: str, answer: str, flagged: list[str]
) -> None:
    assert [found.word for found in unexplained_in_title(title, answer, "id", GLOSSARY)] == flagged
