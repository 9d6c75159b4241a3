"""End to end against the Bot API stand-in, as a third user test found it: a country typed after "🌏 Di luar
negeri" brings its numbers even with nothing urgent before; someone held in a scam compound is sent to the
Indonesian mission first and warned off the police and guards inside; the 💛 reply offers the 🌏 choice when
the country is unknown; English replies carry no Indonesian notes and name English commands."""

from __future__ import annotations

from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import replies_to
from tests.test_emergency_where_she_is import _press


async def test_a_country_typed_after_the_abroad_button_brings_its_numbers(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7601, "Rina", "id")
    (block,) = await replies_to(standin, user, "/darurat")
    await _press(standin, user, block, "sos:v1:abroad")
    (numbers,) = await replies_to(standin, user, "malaysia")
    text = numbers.plain_text
    assert text.startswith("🆘 Dalam bahaya di Malaysia?"), text
    assert "999" in text
    assert "KBRI Kuala Lumpur" in text


async def test_a_country_typed_after_the_more_button_in_english(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7602, "Rose", "en")
    (block,) = await replies_to(standin, user, "/emergency")
    countries = await _press(standin, user, block, "sos:v1:abroad")
    await _press(standin, user, countries, "sos:v1:more")
    (numbers,) = await replies_to(standin, user, "cambodia")
    text = numbers.plain_text
    assert text.startswith("🆘 In danger in Cambodia?"), text
    assert "KBRI Phnom Penh" in text


async def test_a_scam_compound_puts_the_embassy_first_and_warns_off_the_police_inside(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7603, "Rudi", "id")
    (block,) = await replies_to(standin, user, "tolong sy dikurung di perusahaan scam kk park myawaddy")
    text = block.plain_text
    assert text.startswith("🆘 Dalam bahaya di Myanmar?"), text
    assert "Jangan minta tolong ke polisi atau penjaga di dalam kompleks" in text
    assert text.index("KBRI Yangon") < text.index("KBRI Bangkok") < text.index("199")
    assert "Polisi setempat (setelah Anda keluar dari kompleks)" in text
    assert "hapus percakapan ini" in text
    (reminder,) = await replies_to(standin, user, "sy dipukul lg td")
    assert reminder.plain_text.index("KBRI Yangon") < reminder.plain_text.index("199"), reminder.plain_text


async def test_a_scam_compound_in_cambodia_in_english(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7604, "Agus", "en")
    (block,) = await replies_to(
        standin, user, "help me, im indonesian, locked in a scam company in sihanoukville cambodia"
    )
    text = block.plain_text
    assert text.startswith("🆘 In danger in Cambodia?"), text
    assert "Do not ask the police or the guards inside the compound" in text
    assert text.index("KBRI Phnom Penh") < text.index("117")


async def test_a_family_member_in_a_scam_compound_gets_the_same_order_to_pass_on(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7605, "Bu Sri", "id")
    (block,) = await replies_to(standin, user, "tolong anak sy disekap di kompleks scam di myawaddy")
    text = block.plain_text
    assert text.startswith("🆘 Keluarga Anda dalam bahaya di Myanmar?"), text
    assert text.index("KBRI Yangon") < text.index("199")
    assert "Jangan minta tolong ke polisi atau penjaga" in text


async def test_the_suicidal_reply_offers_the_abroad_choice_when_the_country_is_unknown(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7606, "Ani", "id")
    (kind,) = await replies_to(standin, user, "sy pengen mati aja kak, capek")
    assert kind.plain_text.startswith("💛"), kind.plain_text
    assert kind.button("sos:v1:abroad").text.startswith("🌏")
    assert kind.button("report:v1:talk")
    countries = await _press(standin, user, kind, "sos:v1:abroad")
    taiwan = await _press(standin, user, countries, "sos:v1:cc:TW")
    text = taiwan.plain_text
    assert text.startswith("💛"), text  # the kind word stays, now with lines that work in Taiwan
    assert "1955" in text
    assert "simpan bukti" not in text


async def test_english_replies_carry_english_mission_notes(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7607, "Dedi", "en")
    (block,) = await replies_to(standin, user, "help im indonesian, locked in scam company in myawaddy")
    text = block.plain_text
    assert "KBRI Bangkok (once you are across in Thailand)" in text, text
    assert "bila sudah" not in text
    other = standin.private_user(7608, "Tini", "en")
    (johor,) = await replies_to(standin, other, "help, my employer locked me in the house in johor bahru")
    assert "KJRI Johor Bahru (KSATRIA WhatsApp, 24 hours)" in johor.plain_text, johor.plain_text
    assert "24 jam" not in johor.plain_text


async def test_english_commands_work_and_english_texts_name_them(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7609, "Mary", "en")
    (commands,) = await replies_to(standin, user, "/help")
    assert "/darurat /emergency" in commands.plain_text
    assert "/lapor /report" in commands.plain_text
    (status,) = await replies_to(standin, user, "/status")
    assert "/report" in status.plain_text
    assert "/lapor" not in status.plain_text
    await standin.send_text(user, "/report")
    (form,) = await standin.wait_for_bot_messages(user.id, 1)
    assert form.button("report:v1:consent:yes")  # the report form begins, as with /lapor
    await standin.send_text(user, "/cancel")
    await standin.wait_for_bot_messages(user.id, 1)
    await replies_to(standin, user, "help, my boss is hitting me")
    (fine,) = await replies_to(standin, user, "i'm fine, just asking")
    assert "/emergency" in fine.plain_text, fine.plain_text
    assert "/darurat" not in fine.plain_text
