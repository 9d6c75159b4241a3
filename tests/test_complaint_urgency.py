"""A report filed through /lapor is urgent when its story tells of danger now, whatever its category."""

from __future__ import annotations

import pytest

from bot.context import BotApplication
from bot.services import Services
from bot.standin import BotApiStandIn
from storage.models.cases import CasePriority
from tests.complaint_helpers import ADMIN, file_report


@pytest.mark.parametrize(
    ("category", "story", "priority"),
    [
        (
            "documents_kept",
            "Paspor saya ditahan agensi sejak saya datang. Saya minta kembali tapi tidak diberikan.",
            CasePriority.NORMAL,
        ),
        (
            "documents_kept",
            "Paspor saya ditahan majikan dan saya dikunci di rumah, tidak boleh keluar.",
            CasePriority.URGENT,
        ),
        (
            "fees_fraud",
            "Saya sudah bayar 15 juta ke calo untuk berangkat ke Taiwan. Sampai sekarang belum berangkat dan"
            " calonya tidak bisa dihubungi.",
            CasePriority.NORMAL,
        ),
        (
            "violence",
            "Majikan sering marah dan membentak saya, gaji juga telat dua bulan.",
            CasePriority.NORMAL,
        ),
    ],
)
async def test_priority_comes_from_the_story(
    standin: BotApiStandIn, case_bot: BotApplication, category: str, story: str, priority: CasePriority
) -> None:
    user = standin.private_user(7001, "Sari")
    await file_report(standin, user, category=category, story=story)
    services: Services = case_bot.bot_data["services"]
    assert (await services.cases.detail(ADMIN, 1)).case.priority is priority
