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


async def test_an_urgent_report_says_who_reads_it_in_one_line_before_asking_anything(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    from tests.complaint_helpers import next_question

    privacy = "🔒 Laporan ini hanya dibaca petugas"
    user = standin.private_user(7996, "Ani", "id")
    await standin.send_text(user, "tolong sy dikunci majikan")
    block = await next_question(standin, user.id, "report:v1:story")
    await standin.press_button(user, block, "report:v1:story")
    consent = (await next_question(standin, user.id, "report:v1:consent:yes")).plain_text
    (line,) = [line for line in consent.splitlines() if line.startswith(privacy)]
    assert "Tanpa izin Anda, tidak ada yang dibagikan" in line, consent
    assert consent.index(privacy) < consent.index("Sebelum mulai"), consent
    # an ordinary report keeps the consent as it was
    other = standin.private_user(7997, "Ani", "id")
    await standin.send_text(other, "/lapor")
    consent = (await next_question(standin, other.id, "report:v1:consent:yes")).plain_text
    assert privacy not in consent, consent
