"""Staff settings: a member's province becomes its code, and a bad province, time zone or reason list fails
at start-up naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.complaints import configured_staff, province_code_of
from bot.config import ConfigError, StaffMember, load_config
from tests.bot_fixtures import REPO_CONFIG

MEMBERS = "  members: []"


def config_with(tmp_path: Path, old: str, new: str) -> Path:
    text = REPO_CONFIG.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "config.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("written", ["ID-NB", "id-nb", "Nusa Tenggara Barat", "NTB"])
def test_a_members_province_is_stored_as_its_code(written: str) -> None:
    assert StaffMember(user_id=1, province=written).province == "ID-NB"


def test_the_shipped_config_loads_reasons_agencies_and_saved_replies() -> None:
    config = load_config(REPO_CONFIG, environ={})
    assert config.staff.time_zone == "Asia/Jakarta"
    assert set(config.staff.reasons) == {"resolved", "rejected", "referred"}
    assert config.staff.referral_agencies
    assert config.staff.saved_replies


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        (MEMBERS, '  members: [{user_id: 5, province: "Atlantis"}]', "staff.members.0.province", "Atlantis"),
        ("  time_zone: Asia/Jakarta", "  time_zone: Asia/Bandung", "staff.time_zone", "Asia/Bandung"),
        ("    resolved:\n", "    closed:\n", "staff.reasons", "closed"),
        ("  eval_sets: []", "  eval_sets: [tests/data/tidak_ada.yaml]", "web.eval_sets", "tidak_ada.yaml"),
    ],
)
def test_bad_staff_settings_fail_with_file_and_key(
    tmp_path: Path, old: str, new: str, key: str, problem: str
) -> None:
    path = config_with(tmp_path, old, new)
    with pytest.raises(ConfigError) as raised:
        load_config(path, environ={})
    message = str(raised.value)
    assert str(path) in message
    assert key in message
    assert problem in message


def test_staff_add_takes_a_province_only_as_a_code() -> None:
    """A name after the user id must never be taken for a province by fuzzy matching."""
    assert province_code_of("ID-JI") == "ID-JI"
    assert province_code_of("id-ji") == "ID-JI"
    assert province_code_of("ID-XX") is None
    assert province_code_of("Ratna") is None


def test_configured_staff_carry_name_and_province(tmp_path: Path) -> None:
    path = config_with(
        tmp_path, MEMBERS, '  members: [{user_id: 5, role: officer, name: "Ratna", province: "jatim"}]'
    )
    profiles = configured_staff(load_config(path, environ={}))
    assert (profiles[5].name, profiles[5].province_code) == ("Ratna", "ID-JI")
