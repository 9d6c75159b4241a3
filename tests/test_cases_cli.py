"""`migrasi-aman cases list|show|export` on a database with a few cases."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.complaints import configured_staff, queue_policy
from bot.config import AppConfig
from storage.db import Database
from storage.migrate import upgrade_database
from storage.models.cases import CaseStatus
from storage.services.cases import CaseQueue
from storage.services.intake import IntakeService
from storage.services.staff import StaffDirectory
from tests.complaint_helpers import OFFICER, complaint_config
from tests.storage_fixtures import file_case


@pytest.fixture
def config_file(tmp_path: Path) -> tuple[Path, AppConfig]:
    config = complaint_config(tmp_path)

    async def seed() -> None:
        database = Database.connect(config.database.url)
        await upgrade_database(database)
        intake = IntakeService(database, queue_policy(config))
        queue = CaseQueue(database, StaffDirectory(database, configured_staff(config)), queue_policy(config))
        await file_case(intake, 1, story="Gaji <b>ditahan</b>", country="Taiwan")
        second = await file_case(intake, 2, category="violence", country="Kamboja")
        await file_case(intake, 3, agency="=cmd()")
        await queue.set_status(OFFICER, second.id, CaseStatus.REJECTED, reason="bukan wewenang")
        await database.dispose()

    asyncio.run(seed())
    path = tmp_path / "config.yaml"
    path.write_text(
        f"bot: {{operator: Test}}\n"
        f"hotlines: {{kp2mi: '1', kp2mi_abroad: '2', kp2mi_whatsapp: '3', sapa: '4', sapa_whatsapp: '5', "
        f"police: '110', kemlu: '6'}}\n"
        f"links: {{kp2mi: a, siskop2mi: b, safe_travel: c, peduli_wni: d}}\n"
        f"database: {{url: '{config.database.url}'}}\n",
        encoding="utf-8",
    )
    return path, config


def test_list_shows_the_open_queue(
    config_file: tuple[Path, AppConfig], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = config_file
    assert main(["cases", "list", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ADU-000001" in out
    assert "ADU-000003" in out
    assert "ADU-000002" not in out
    assert main(["cases", "list", "--all", "--config", str(path)]) == 0
    assert "ADU-000002" in capsys.readouterr().out
    assert main(["cases", "list", "--all", "--limit", "2", "--config", str(path)]) == 0
    assert "2 of 3 case(s) (raise --limit to see the other 1)" in capsys.readouterr().err


def test_show_prints_the_case_and_trail(
    config_file: tuple[Path, AppConfig], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = config_file
    assert main(["cases", "show", "adu-2", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ADU-000002" in out
    assert "status_changed new -> rejected" in out
    assert main(["cases", "show", "ADU-000099", "--config", str(path)]) == 1
    assert main(["cases", "show", "hello", "--config", str(path)]) == 2


def test_export_writes_csv(
    config_file: tuple[Path, AppConfig], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = config_file
    assert main(["cases", "export", "--config", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["ticket"] for row in rows] == ["ADU-000001", "ADU-000002", "ADU-000003"]
    assert rows[0]["story"] == "Gaji <b>ditahan</b>"
    assert rows[2]["agency"] == "'=cmd()"
    output = tmp_path / "out.csv"
    assert (
        main(
            [
                "cases",
                "export",
                "--from",
                "2000-01-01",
                "--to",
                "2000-01-31",
                "--output",
                str(output),
                "--config",
                str(path),
            ]
        )
        == 0
    )
    assert output.read_text(encoding="utf-8-sig").splitlines()[1:] == []
    assert main(["cases", "export", "--from", "31-12-2000", "--config", str(path)]) == 2


def test_an_empty_database_gets_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "bot: {operator: Test}\n"
        "hotlines: {kp2mi: '1', kp2mi_abroad: '2', kp2mi_whatsapp: '3', sapa: '4', sapa_whatsapp: '5', "
        "police: '110', kemlu: '6'}\n"
        "links: {kp2mi: a, siskop2mi: b, safe_travel: c, peduli_wni: d}\n"
        f"database: {{url: 'sqlite+aiosqlite:///{tmp_path / 'empty.db'}'}}\n",
        encoding="utf-8",
    )
    assert main(["cases", "list", "--config", str(path)]) == 1
    assert "migrasi-aman db upgrade" in capsys.readouterr().err


def test_db_upgrade_says_what_it_migrated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "bot: {operator: Test}\n"
        "hotlines: {kp2mi: '1', kp2mi_abroad: '2', kp2mi_whatsapp: '3', sapa: '4', sapa_whatsapp: '5', "
        "police: '110', kemlu: '6'}\n"
        "links: {kp2mi: a, siskop2mi: b, safe_travel: c, peduli_wni: d}\n"
        f"database: {{url: 'sqlite+aiosqlite:///{tmp_path / 'new.db'}'}}\n",
        encoding="utf-8",
    )
    assert main(["db", "upgrade", "--config", str(path)]) == 0
    assert "migrated from an empty database to revision" in capsys.readouterr().out
    assert main(["db", "upgrade", "--config", str(path)]) == 0
    assert "database schema is up to date (revision" in capsys.readouterr().out
