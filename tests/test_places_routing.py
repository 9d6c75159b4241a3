"""Typed places reach staff by code: every spelling of a province reaches its chat, `/cari Malaysia` finds
"malaysa", and `staff.province_chats` accepts a code or any spelling of a province and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.complaints import provinces_of_chat, staff_chat_for
from bot.config import AppConfig, ConfigError, StaffSettings, load_config
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import PROVINCE_CHAT, STAFF_CHAT, complaint_config, file_report, prepare_chats
from tests.test_places import JAWA_TIMUR_SPELLINGS

REPO_CONFIG = Path(__file__).parent.parent / "config.yaml"
TYPED_IN_THE_INTAKE = [spelling for spelling in JAWA_TIMUR_SPELLINGS if not spelling.startswith("ID-")]


@pytest.fixture
def case_config(tmp_path: Path, complaint_settings: dict[str, Any]) -> AppConfig:
    config = complaint_config(tmp_path, **complaint_settings)
    staff = StaffSettings(
        chat_id=STAFF_CHAT, province_chats={"jatim": PROVINCE_CHAT}, members=config.staff.members
    )
    return config.model_copy(update={"staff": staff})


async def test_every_spelling_of_jawa_timur_reaches_its_chat_and_malaysa_is_found_as_malaysia(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    _, officer = prepare_chats(standin)
    for index, typed in enumerate(TYPED_IN_THE_INTAKE):
        user = standin.private_user(4000 + index, "Sari")
        await file_report(standin, user, province=typed, country="malaysa" if index == 0 else "arab")
    await file_report(standin, standin.private_user(4999, "Dewi"), province="jateng", country="Taiwan")
    cards = await standin.wait_for_bot_messages(PROVINCE_CHAT, len(TYPED_IN_THE_INTAKE), timeout=30)
    assert len(cards) == len(TYPED_IN_THE_INTAKE)
    (jateng_card,) = await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    assert "jateng" in jateng_card.plain_text  # the raw text is what staff read

    await standin.send_text(officer, "/cari Malaysia", chat_id=STAFF_CHAT)
    (found,) = [
        message.plain_text for message in await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    ]
    assert "ADU-000001" in found
    assert "ADU-000002" not in found
    await standin.send_text(officer, "/statistik", chat_id=STAFF_CHAT)
    (stats,) = [
        message.plain_text for message in await standin.wait_for_bot_messages(STAFF_CHAT, 1, timeout=10)
    ]
    assert f"Arab Saudi: {len(TYPED_IN_THE_INTAKE) - 1}" in stats
    assert "Malaysia: 1" in stats


@pytest.mark.parametrize("key", ["ID-JI", "id-ji", "Jawa Timur", "jatim", "JAWA TIMUR", "east java"])
def test_province_chats_are_keyed_by_code_whatever_the_config_says(key: str) -> None:
    staff = StaffSettings(chat_id=STAFF_CHAT, province_chats={key: PROVINCE_CHAT, "ntb": -1001000000888})
    assert dict(staff.province_chats) == {"ID-JI": PROVINCE_CHAT, "ID-NB": -1001000000888}


def test_routing_and_scope_use_codes(case_config: AppConfig) -> None:
    assert staff_chat_for(case_config, "ID-JI") == PROVINCE_CHAT
    assert staff_chat_for(case_config, "ID-JT") == STAFF_CHAT
    assert staff_chat_for(case_config, None) == STAFF_CHAT
    assert provinces_of_chat(case_config, PROVINCE_CHAT) == frozenset({"ID-JI"})
    assert provinces_of_chat(case_config, STAFF_CHAT) is None


@pytest.mark.parametrize(
    ("chats", "problem"),
    [
        ('{"Atlantis": -1001}', "unknown province 'Atlantis'"),
        ('{"jatim": -1001, "Jawa Timur": -1002}', "province 'Jawa Timur' is listed twice (as ID-JI)"),
    ],
)
def test_a_bad_province_chat_key_fails_with_file_and_key(tmp_path: Path, chats: str, problem: str) -> None:
    text = REPO_CONFIG.read_text(encoding="utf-8")
    assert "  province_chats: {}" in text
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        text.replace("  province_chats: {}", f"  province_chats: {chats}"), encoding="utf-8"
    )
    with pytest.raises(ConfigError) as raised:
        load_config(config_path, environ={})
    message = str(raised.value)
    assert str(config_path) in message
    assert "staff.province_chats" in message
    assert problem in message
