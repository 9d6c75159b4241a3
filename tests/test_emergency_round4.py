"""End to end against the Bot API stand-in, as a fourth user test found it: a location shared from a scam
compound keeps the compound warning; a shared location near a consulate puts it first, as typing the city
does; family of someone held for ransom, of a suicidal relative abroad, and a fraud victim still at home get
what is theirs to do."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from storage.models.cases import Reporter
from tests.complaint_helpers import next_question, replies_to


async def _location(standin: BotApiStandIn, user_id: int) -> str:
    (reply,) = await standin.wait_for_bot_messages(user_id, 1)
    return reply.plain_text


async def test_a_location_from_a_scam_compound_keeps_the_compound_warning(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7701, "Rini", "id")
    await replies_to(standin, user, "tlg sy disekap, disuruh scam")
    await standin.send_location(user, 16.68, 98.51)
    text = await _location(standin, user.id)
    assert "Myanmar" in text
    assert "Jangan minta tolong ke polisi atau penjaga di dalam kompleks" in text
    assert text.index("KBRI Yangon") < text.index("199")
    assert "hapus percakapan ini" in text
    (reminder,) = await replies_to(standin, user, "sy di myawaddy bang, hp diawasi")
    assert "hapus percakapan ini" in reminder.plain_text, reminder.plain_text


async def test_a_location_near_a_consulate_puts_it_first(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7702, "Yuni", "id")
    await standin.send_location(user, 1.4927, 103.7414)
    assert "KJRI Johor Bahru" in await _location(standin, user.id)
    other = standin.private_user(7703, "Ani", "id")
    await standin.send_location(other, 21.54, 39.17)
    text = await _location(standin, other.id)
    assert text.index("KJRI Jeddah") < text.index("KBRI Riyadh"), text


async def test_family_of_someone_held_for_ransom_in_cambodia(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7704, "Wati", "id")
    (block,) = await replies_to(
        standin,
        user,
        "adik sy disekap di kamboja, td dia chat diem2 katanya klo mau pulang keluarga hrs transfer 80jt. "
        "sy hrs gmn kak",
    )
    text = block.plain_text
    assert text.startswith("🆘 Keluarga Anda dalam bahaya di Kamboja?"), text
    assert "Jangan minta tolong ke polisi atau penjaga" in text
    assert text.index("KBRI Phnom Penh") < text.index("117")
    assert "Jangan kirim uang" in text
    home = text[text.index("Yang bisa Anda lakukan dari Indonesia") :]
    assert home.index("Kemlu") < home.index("KP2MI"), home
    assert "110" in home


async def test_family_of_a_suicidal_relative_abroad_get_numbers_they_can_dial_from_home(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7705, "Sumi", "id")
    await standin.send_text(
        user,
        "kak adik sy kerja di hongkong, td mlm dia wa sy bilang udh gk kuat pengen bunuh diri aja. sy hrs "
        "gmn, sy di kampung",
    )
    (first,) = await standin.wait_for_bot_messages(user.id, 1)
    text = first.plain_text
    assert "+62 812-9007-0027" in text  # Kemlu, day and night
    assert "+852 6773 0466" in text  # KJRI Hong Kong
    assert "+852 2896 0000" in text  # the Samaritans, dialled from Indonesia
    assert "nyawa Anda" not in text
    assert "temani dia" not in text
    await standin.send_text(user, "skrg wa nya gk aktif kak, sy takut")
    later = await next_question(standin, user.id, "💛")
    assert "+852 6773 0466" in later.plain_text, later.plain_text
    assert "+62 812-9007-0027" in later.plain_text
    await standin.press_button(user, later, "report:v1:talk")
    await next_question(standin, user.id, "Tulis saja")
    await standin.send_text(user, "tolong cek adik sy kak")
    await next_question(standin, user.id, "Laporan diterima")
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.reporter is Reporter.FAMILY
