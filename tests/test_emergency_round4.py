"""End to end against the Bot API stand-in, as a fourth user test found it: a location shared from a scam
compound keeps the compound warning; a shared location near a consulate puts it first, as typing the city
does; family of someone held for ransom, of a suicidal relative abroad, and a fraud victim still at home get
what is theirs to do."""

from __future__ import annotations

import contextlib

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, StandInUser
from faq.emergency import Situation, emergency_reply, reminder_reply
from storage.models.cases import Reporter
from tests.complaint_helpers import file_report, next_question, replies_to
from tests.emergency_helpers import HOME, TABLE, Exchange, exchanges, said_to


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
    reminder = await said_to(standin, user.id, "sy di myawaddy bang, hp diawasi", alone=True)
    assert "hapus percakapan ini" in reminder, reminder


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
    text = await said_to(
        standin,
        7704,
        "adik sy disekap di kamboja, td dia chat diem2 katanya klo mau pulang keluarga hrs transfer 80jt. "
        "sy hrs gmn kak",
        alone=True,
    )
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


async def _say(standin: BotApiStandIn, user: StandInUser, text: str) -> list[str]:
    """Send `text` and return the bot's replies, with no sentinel that would join the story."""
    await standin.send_text(user, text)
    replies = [message.plain_text for message in await standin.wait_for_bot_messages(user.id, 1)]
    with contextlib.suppress(TimeoutError):
        replies += [message.plain_text for message in await standin.wait_for_bot_messages(user.id, 1, 1.0)]
    return replies


async def test_a_fraud_victim_still_at_home_gets_her_answer_and_keeps_every_word(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7706, "Tini", "id")
    await _say(standin, user, "thn lalu sy daftar ke PT di cirebon buat ke taiwan")
    await _say(standin, user, "sy udh bayar 25 jt ke calo nya")
    alarm = "\n".join(await _say(standin, user, "skrg udh 1 thn gk brgkt2, calo nya gk bs dihubungi"))
    for foreign in ("Taiwan", "1955", "+886"):
        assert foreign not in alarm, alarm
    story = await services_of(case_bot).emergency.story_of(user.id) or ""
    assert "25 jt" in story, story
    assert "cirebon" in story, story
    answer = "\n".join(await _say(standin, user, "sy msh di rumah kak blm prnh brgkt. uang sy bs balik gk"))
    assert "🆘" not in answer, answer
    assert "Taiwan" not in answer, answer


async def test_a_broker_fraud_ticket_for_someone_at_home_shows_no_foreign_police(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7707, "Nur", "id")
    await standin.send_text(user, "/lapor")
    received = await file_report(
        standin,
        user,
        category="fees_fraud",
        country="Malaysia",
        story="Sy sudah bayar 15 juta ke calo tahun lalu tapi sy blm prnh brgkt sampai sekarang.",
    )
    assert "999" not in received, received
    assert "Kuala Lumpur" not in received, received
    assert "110" in received


async def test_a_victim_writing_javanese_in_the_first_person_is_the_victim(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    ask = await said_to(standin, 7708, "mbak aku dilecehkan anak majikan tiap malem, aku wedi", alone=True)
    assert "untuk Anda teruskan" not in ask, ask
    block = await said_to(standin, 7708, "aku neng jeddah", alone=True)
    assert block.startswith("🆘 Dalam bahaya di Arab Saudi?"), block


def test_a_number_the_name_already_says_is_not_repeated_and_names_take_the() -> None:
    taiwan = Situation("id", TABLE.get("TW"))
    for reply in (reminder_reply(taiwan, TABLE, HOME), emergency_reply(taiwan, TABLE, HOME)):
        assert "Taiwan 1955" not in reply.html.replace("<b>", "").replace("</b>", ""), reply.html
        assert "1955" in reply.html
    emirates = emergency_reply(Situation("en", TABLE.get("AE")), TABLE, HOME).html
    assert "in the United Arab Emirates" in emirates, emirates


def test_the_full_block_explains_the_short_names_once() -> None:
    taiwan = Situation("id", TABLE.get("TW"))
    assert "KDEI = kantor perwakilan RI di Taiwan" in emergency_reply(taiwan, TABLE, HOME).html
    assert "KDEI =" not in reminder_reply(taiwan, TABLE, HOME).html
    saudi = emergency_reply(Situation("id", TABLE.get("SA")), TABLE, HOME).html
    assert saudi.count("KBRI/KJRI = kedutaan/konsulat RI") == 1


@exchanges(
    a_mothers_follow_up_keeps_the_family_framing=Exchange(
        before=("anak sy kerja di riyadh",),
        says="sdh 3 hr gk blh mkn dikurung di gudang",
        shows=("Kirimkan nomor ini kepadanya", "Yang bisa Anda lakukan dari Indonesia"),
    ),
    safe_and_back_home_stands_the_reminder_down=Exchange(
        before=("tolong sy dikunci majikan di taiwan",),
        says="udh aman kak, sy udh pulang skrg di rumah",
        starts="Syukurlah Anda",
        lacks=("salah paham",),  # she was locked in: she was believed
        alone=True,
    ),
    an_injury_brings_the_ambulance_number=Exchange(
        before=("tolong sy dipukul majikan di taiwan",),
        says="kaki aq bengkak kak gk bs jln",
        shows=("Ambulans 119",),
    ),
    someone_who_has_run_away_is_sent_to_the_consulate=Exchange(
        before=("tolong gw udh kabur dr rumah majikan di dubai, paspor dipegang majikan",),
        says="gw hrs kmn kak skrg?? gk ada duit",
        shows=("KJRI Dubai", "minta perlindungan"),
        lacks=("1955",),
    ),
    a_crew_member_writing_about_himself_gets_his_own_steps=Exchange(
        says="tolong sy abk kapal ikan taiwan, sy dipukul kapten tiap hari, skrg kapal dkt mauritius",
        shows=("Awak kapal (ABK)", "diam-diam kirim nama kapal"),
        lacks=("pesan terakhir darinya", "kaptennya"),
    ),
)
async def test_what_the_reply_says(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
