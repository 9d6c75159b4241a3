"""End to end against the Bot API stand-in, as the fifth user test's worst findings were met: a suicidal
mother abroad who names her child is the one in danger, pills gathered and a farewell letter are read as
suicidal, "di kl" is Kuala Lumpur, and "don't call me" at the report's phone step is kept for the staff."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.places import load_places
from storage.models.cases import Reporter
from tests.complaint_helpers import (
    STAFF_CHAT,
    file_report,
    next_message,
    next_question,
    replies_to,
    talk_to_an_officer,
)
from tests.emergency_helpers import Exchange, exchanges


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("aku di kl, majikan kunci aku", "MY"),
        ("sy kerja di KL", "MY"),
        ("di k.l. kak", "MY"),
        ("KL", "MY"),
        ("aku di jb", "MY"),
        ("aku di hk", "HK"),
        ("sy di tw udh 2 thn", "TW"),
        ("anak sy di ksa", "SA"),
        ("sy di uae", "AE"),
        ("aku di sg", "SG"),
    ],
)
def test_city_and_country_abbreviations_name_the_country(said: str, code: str) -> None:
    assert [mention.code for mention in load_places().country_mentions(said)] == [code]


@pytest.mark.parametrize(
    "said",
    ["aku di jkt", "kl sy dipukul gmn", "gk tw kak", "in my room", "pergi ke mal", "sg penting sehat"],
)
def test_abbreviations_that_are_chat_words_name_no_country_abroad(said: str) -> None:
    assert [m.code for m in load_places().country_mentions(said) if m.code != "ID"] == []


async def test_a_suicidal_mother_who_talks_to_an_officer_is_filed_as_the_worker(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7904, "Wati", "id")
    await standin.send_text(
        user, "mbak aku kerja di taichung. maksudku aku pengen turu wae ra tangi maneh mbak"
    )
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "aku kangen anakku. tapi aku wis ora kuat. majikan nesu terus")
    received = await next_question(standin, user.id, "Laporan diterima")
    assert "Temani dia" not in received.plain_text, received.plain_text
    assert "Kirimkan nomor ini kepadanya" not in received.plain_text, received.plain_text
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.reporter is Reporter.WORKER


async def test_asking_not_to_be_called_is_kept_in_her_story(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7908, "Nur", "id")
    await replies_to(
        standin, user, "kak tolong sy di myawaddy di kompleks online scam, ga bisa telpon hp diawasi"
    )
    await replies_to(standin, user, "bs chat aja gk kak? aku gk bisa nelpon, ketahuan bos nanti")
    story = await services_of(live_bot).emergency.story_of(user.id) or ""
    assert "ketahuan bos nanti" in story, story


async def test_dont_call_me_at_the_phone_step_is_filed_and_warned_on_the_card(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7909, "Rina", "id")
    received = await file_report(standin, user, phone="jgn ditelpon ya kak, chat <b>aja</b> disini")
    assert "ADU-" in received, received
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.phone is None
    assert "jgn ditelpon ya kak, chat <b>aja</b> disini" in (case.story or "")
    card = await next_question(standin, STAFF_CHAT, "ADU-")
    assert "Jangan telepon" in card.plain_text, card.plain_text


async def test_a_number_with_a_note_is_accepted_and_the_note_kept(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7910, "Bu Iis", "id")
    await file_report(standin, user, phone="0857 1234 5678 (nomor sy ibunya)")
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.phone == "+6285712345678"
    assert "nomor sy ibunya" in (case.story or "")


def test_phone_and_note() -> None:
    from storage.errors import InvalidInput
    from storage.services.rules import phone_and_note

    assert phone_and_note("0812 3456 7890 wa aja") == ("+6281234567890", "wa aja")
    assert phone_and_note("jgn ditelpon, chat aja") == (None, "jgn ditelpon, chat aja")
    assert phone_and_note("+60 12-345 6789") == ("+60123456789", "")
    with pytest.raises(InvalidInput):
        phone_and_note("0812 34")


async def test_words_for_the_officer_get_one_line_not_the_crisis_block_again(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7911, "Tini", "id")
    await standin.send_text(user, "aku di taichung. aku pengen mati aja")
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "aku kangen anakku. tapi aku wis ora kuat. majikan nesu terus")
    before: list[str] = []
    while "Laporan diterima" not in (message := await next_message(standin, user.id)).plain_text:
        before.append(message.plain_text)
    assert all(len(text.splitlines()) <= 2 for text in before), before


async def test_the_sister_at_home_gets_hong_kongs_lines_with_the_country_code(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7912, "Teh Euis", "id")
    await standin.send_text(user, "tolong.. adek sy di hongkong barusan wa sy")
    await standin.send_text(user, "katanya 'maafin aku ya teh, titip anakku. obatnya udah aku kumpulin'")
    await talk_to_an_officer(standin, user)
    await standin.send_text(user, "namanya Sri, majikan di Tuen Mun, sy kakaknya di Garut")
    received = (await next_question(standin, user.id, "Laporan diterima")).plain_text
    assert "+852 2896 0000" in received, received


@exchanges(
    locked_in_kl_gets_malaysias_numbers=Exchange(
        says="kak aku di kl, majikan kunci aku di rumah, ga dikasi makan 2 hari",
        shows=("KBRI Kuala Lumpur", "999"),
        lacks=("Polisi (Indonesia)",),
    ),
    a_suicidal_mother_abroad_who_names_her_child_is_the_one_in_danger=Exchange(
        says="aku di hk. aku pengen mati aja kak, anakku lebih baik tanpa aku",
        shows=("💛", "2896 0000"),
        lacks=("Tetap hubungi dia", "ext. 8"),  # Healing119 is for someone in Indonesia
        first=True,
    ),
    the_sister_passing_on_her_words_is_still_family=Exchange(
        before=("tolong.. adek sy di hongkong barusan wa sy",),
        says="katanya 'maafin aku ya teh, titip anakku. obatnya udah aku kumpulin'",
        shows=("Tetap hubungi dia",),
        first=True,
    ),
    sleeping_pills_gathered_in_javanese_get_the_crisis_reply=Exchange(
        before=("mbak aku kerja di taichung, capek bgt rasane",),
        says="wis ora kuat aku mbak. obat turu wis tak kumpulke akeh neng lemari",
        shows=("💛", "1925"),  # Taiwan's crisis line
        lacks=("simpan bukti",),
        first=True,
    ),
    a_letter_and_pills_raise_the_alarm=Exchange(
        before=("kak aku di hk. udah nulis surat buat anakku",),
        says="obat2 udah aku kumpulin di tas. besok libur, aku mau tidur yg lama aja",
        shows=("💛", "2896 0000"),
        lacks=("Maksud Anda",),
        first=True,
    ),
    better_without_me_raises_the_alarm=Exchange(
        before=("aku di hk",),
        says="capek kak. ga ada yg peduli. anakku lebih baik tanpa aku",
        shows=("💛",),
        lacks=("Tetap hubungi dia",),
        first=True,
    ),
    a_crew_member_at_sea_is_reminded_of_kp2mis_line_from_abroad=Exchange(
        before=("bang sy abk kapal taiwan, tangan sy kejepit mesin tarik, darah gak berhenti",),
        says="kapten gak mau balik ke pelabuhan. sinyal cuma kadang2 ada",
        shows=("+62 21 2924 4800",),
        lacks=("0800-1000",),
        first=True,
    ),
)
async def test_what_the_reply_says(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
