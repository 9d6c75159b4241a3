"""Agency (P3MI) registry: tolerant name matching, file checks, and the import command."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.cli_agencies import registry_in_force
from bot.config import load_config
from faq.agencies import (
    AgencyStatus,
    RegistryError,
    load_registry,
    normalize_agency_name,
    parse_registry,
)

SAMPLE = load_registry()
HEADER = "name,licence_number,status,province,source,as_of\n"


def test_sample_registry_is_marked_as_sample() -> None:
    assert SAMPLE.is_sample
    assert all("SAMPLE" in agency.source for agency in SAMPLE.agencies)
    assert all("Contoh" in agency.name for agency in SAMPLE.agencies)
    assert SAMPLE.as_of == dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PT. Sinar-Mandiri Sejahtera", "sinar mandiri sejahtera"),
        ("pt sinar mandiri sejahtera tbk", "sinar mandiri sejahtera"),
        ("CV  Karya,  Utama", "karya utama"),
        ("PT", ""),
    ],
)
def test_normalize(name: str, expected: str) -> None:
    assert normalize_agency_name(name) == expected


@pytest.mark.parametrize(
    ("query", "best", "is_match"),
    [
        ("PT Sinar Mandiri Sejahtera", "PT Contoh Sinar Mandiri Sejahtera", True),
        ("pt. sinar mandiri sejahtra", "PT Contoh Sinar Mandiri Sejahtera", True),  # typo, punctuation
        ("SINAR MANDIRI SEJAHTERA TBK", "PT Contoh Sinar Mandiri Sejahtera", True),
        ("mandiri sinar sejahtera", "PT Contoh Sinar Mandiri Sejahtera", True),  # word order
        ("PT. Anugerah Jaya", "PT. Contoh Anugerah Jaya, Tbk", True),
        ("duta samudera", "PT Contoh Duta Samudra Abadi", False),  # partial name: similar, not certain
        ("bahtera karya", "PT Contoh Bahtera Karya Utama", False),
    ],
)
def test_search_is_tolerant(query: str, best: str, is_match: bool) -> None:
    matches = SAMPLE.search(query)
    assert matches[0].agency.name == best
    assert matches[0].is_match is is_match


@pytest.mark.parametrize("query", ["PT Maju Terus Pantang Mundur", "PT", "", "!!!"])
def test_unknown_names_find_nothing(query: str) -> None:
    assert SAMPLE.search(query) == []


def test_partial_name_lists_all_similar_companies() -> None:
    names = [match.agency.name for match in SAMPLE.search("pt sinar mandiri")]
    assert set(names) == {"PT Contoh Sinar Mandiri Sejahtera", "PT Contoh Sinar Mandiri Jaya"}


def test_statuses_are_parsed() -> None:
    statuses = {agency.status for agency in SAMPLE.agencies}
    assert statuses == {AgencyStatus.ACTIVE, AgencyStatus.SUSPENDED, AgencyStatus.REVOKED}


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("name,status\nPT A,active\n", "missing column"),
        ("PT A,1,dormant,Bali,x,2026-01-01\n", "registry>:2: status must be one of"),
        ("PT A,1,active,Bali,x,yesterday\n", ":2: as_of must be a date"),
        (",1,active,Bali,x,2026-01-01\n", ":2: name is empty"),
        ("", "no agencies"),
    ],
)
def test_bad_rows_are_reported_with_line_numbers(body: str, problem: str) -> None:
    text = body if body.startswith("name,status") else HEADER + body
    with pytest.raises(RegistryError, match=problem):
        parse_registry(text)


def _config_file(tmp_path: Path) -> Path:
    registry = tmp_path / "installed" / "p3mi.csv"
    source = (Path(__file__).resolve().parents[1] / "config.yaml").read_text(encoding="utf-8")
    source = source.replace("registry_path: data/p3mi.csv", f"registry_path: {registry}")
    source = source.replace(
        "url: sqlite+aiosqlite:///data/migrasi-aman.db", f"url: sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    )
    path = tmp_path / "config.yaml"
    path.write_text(source, encoding="utf-8")
    return path


def test_import_command_installs_a_checked_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    official = tmp_path / "official.csv"
    official.write_text(
        "\ufeff" + HEADER + "PT Resmi Jaya,123/2025,active,Jawa Timur,KP2MI,2026-11-20\n"
        '"PT Dicabut, Tbk",9/2019,revoked,Bali,KP2MI,2026-11-20\n',
        encoding="utf-8",
    )
    config = _config_file(tmp_path)
    assert main(["agencies", "import", str(official), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "2 agencies (1 active, 0 suspended, 1 revoked)" in out
    assert "installed as registry version 1" in out
    assert main(["agencies", "search", "dicabut", "--config", str(config)]) == 0
    assert "[revoked]" in capsys.readouterr().out


def test_import_refuses_a_bad_file_and_keeps_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + "PT X,1,active,Bali,x,2026-01-01\nPT Y,2,gone,Bali,x,2026-01-01\n", encoding="utf-8"
    )
    config = _config_file(tmp_path)
    assert main(["agencies", "import", str(bad), "--config", str(config)]) == 1
    assert "bad.csv:3: status must be one of" in capsys.readouterr().err
    assert not (tmp_path / "bot.db").exists()  # nothing was installed anywhere


def test_import_dry_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config_file(tmp_path)
    assert (
        main(
            [
                "agencies",
                "import",
                str(SAMPLE.source_path),
                "--dry-run",
                "--config",
                str(config),
            ]
        )
        == 0
    )
    assert "nothing installed" in capsys.readouterr().out


def test_import_accepts_an_indonesian_spreadsheet_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "siskop2mi.csv"
    export.write_text(
        "No;Nama Perusahaan;Nomor Izin;Status;Provinsi\n"
        "1;PT. Resmi Sentosa;12/2024;Aktif;Jawa Tengah\n"
        "2;PT Lama Sekali;3/2015;Dicabut;Lampung\n"
        ";;;;\n",
        encoding="utf-8",
    )
    config = _config_file(tmp_path)
    arguments = ["agencies", "import", str(export), "--source", "SISKOP2MI", "--as-of", "2026-11-20"]
    assert main([*arguments, "--config", str(config)]) == 0
    installed = asyncio.run(registry_in_force(load_config(config)))
    assert [(a.name, a.status, a.source, a.as_of) for a in installed.agencies] == [
        ("PT. Resmi Sentosa", AgencyStatus.ACTIVE, "SISKOP2MI", dt.date(2026, 11, 20)),
        ("PT Lama Sekali", AgencyStatus.REVOKED, "SISKOP2MI", dt.date(2026, 11, 20)),
    ]


def test_without_as_of_the_export_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "Nama Perusahaan,Nomor Izin,Status,Provinsi,Sumber\nPT A,1,aktif,Bali,x\n", encoding="utf-8"
    )
    assert main(["agencies", "import", str(export), "--config", str(_config_file(tmp_path))]) == 1
    assert "missing column(s): as_of" in capsys.readouterr().err


@pytest.mark.parametrize("written", ["2026-11-20", "20-11-2026", "20/11/2026", "20.11.2026"])
def test_dates_in_common_formats(written: str) -> None:
    (agency,) = parse_registry(HEADER + f"PT A,1,active,Bali,x,{written}\n")
    assert agency.as_of == dt.date(2026, 11, 20)
