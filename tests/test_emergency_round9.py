"""End to end against the Bot API stand-in, as the seventh user test of emergencies found them: "sdh di
rumah" abroad is not safety at home, a plea for numbers in danger gets the numbers, the ambulance where the
one number brings it."""

from __future__ import annotations

import pytest

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from faq.emergency import back_in_indonesia, is_home_now
from handlers.emergency import ABROAD, AT_SEA
from tests.complaint_helpers import (
    STAFF_CHAT,
    answer_first_questions,
    confirm_place,
    file_report,
    next_message,
    next_question,
)
from tests.emergency_helpers import Exchange, exchanges, said_to


@pytest.mark.parametrize(
    ("said", "home", "indonesia"),
    [
        ("sdh di rumah kak", True, False),
        ("sdh di rumah majikan baru", False, False),
        ("sy udh di rumah agen skrg, agen jg marah2", False, False),
        ("skrg sy di rumah majikan, di kamar mandi", False, False),
        ("kak majikan sy udh pulang", False, False),
        ("sy sdh pulang ke indonesia", True, True),
        ("udh di kampung kak", True, True),
    ],
)
def test_home_words(said: str, home: bool, indonesia: bool) -> None:
    assert is_home_now(said) is home
    assert back_in_indonesia(said) is indonesia


@exchanges(
    at_home_in_abu_dhabi_is_asked_whose_house_and_keeps_the_uae_numbers=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk",),
        says="sdh di rumah kak",
        shows=("rumah siapa", "999"),
        lacks=("Syukurlah", "salah paham", "Menu utama"),
        first=True,
    ),
    after_at_home_a_beating_still_gets_the_uae_numbers=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk", "sdh di rumah kak"),
        says="dia pukul lagi",
        shows=("999", "Uni Emirat Arab"),
        lacks=("110", "Polisi (Indonesia)"),
        first=True,
    ),
    a_new_employers_house_in_kuwait_is_no_safety=Exchange(
        before=("sy dikunci di kamar sm majikan di kuwait",),
        says="sdh di rumah majikan baru",
        lacks=("Syukurlah", "salah paham"),
    ),
    after_a_new_employers_house_a_beating_still_gets_kuwait=Exchange(
        before=("sy dikunci di kamar sm majikan di kuwait", "sdh di rumah majikan baru"),
        says="sy dipukul lagi",
        shows=("112", "Kuwait"),
        lacks=("110",),
        first=True,
    ),
    the_agents_house_in_singapore_is_no_safety=Exchange(
        before=("sy dikunci majikan di singapore",),
        says="sy udh di rumah agen skrg, agen jg marah2",
        lacks=("Syukurlah", "salah paham"),
    ),
    back_in_indonesia_is_glad_without_i_misunderstood=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk",),
        says="sy sdh pulang ke indonesia kak",
        shows=("Syukurlah",),
        lacks=("salah paham",),
        first=True,
    ),
    back_in_indonesia_keeps_the_country_for_a_beating_told_next=Exchange(
        before=("majikan sy di abu dhabi pukul sy pake sabuk", "sy sdh pulang ke indonesia kak"),
        says="dia pukul lagi",
        shows=("999",),
        first=True,
    ),
)
async def test_at_home_abroad(exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await exchange.check(standin)


@exchanges(
    a_husband_asking_which_number_gets_the_malaysian_numbers_not_choices=Exchange(
        before=("istri sy tkw di sabah", "td nelpon nangis2 katanya dipukul majikan pake kayu"),
        says="nmr yg bisa sy hubungi apa pak",
        shows=("999", "KJRI Kota Kinabalu"),
        lacks=("Maksud Anda", "Menu utama\n", "HP tanpa pulsa"),
    ),
    a_bleeding_worker_asking_for_the_consulate_gets_it_without_the_menu_or_darurat=Exchange(
        before=("tolong kak sy dipukul majikan", "kepala sy berdarah", "sy di hk kak, di tuen mun"),
        says="nmr kjri brp kak",
        shows=("KJRI Hong Kong", "999"),
        lacks=("Ketik /darurat", "Cek tawaran kerja", "Jalur resmi"),
    ),
    telp_siapa_gets_the_numbers=Exchange(
        before=("sy dikunci majikan di riyadh",),
        says="telp siapa kak",
        shows=("911", "KBRI Riyadh"),
        lacks=("Maksud Anda",),
    ),
    what_number_in_english_gets_the_numbers=Exchange(
        before=("my employer in dubai beats me",),
        says="what number",
        shows=("999",),
        lacks=("Did you mean",),
    ),
    a_scam_victim_being_electrocuted_gets_no_do_not_go_faq=Exchange(
        before=("tlg sy disekap di kamboja",),
        says="kerja online scam, kalo gk capai target disetrum",
        shows=("KBRI Phnom Penh",),
        lacks=("Jangan berangkat", "Belum berangkat", "Tanda-tanda perdagangan orang"),
    ),
)
async def test_numbers_asked_in_danger(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


@exchanges(
    bleeding_in_amman_is_told_911_brings_the_ambulance=Exchange(
        before=("sy di amman, yordania. anak majikan perkosa sy td malam",),
        says="sy berdarah",
        shows=("Ambulans 911",),
        first=True,
    ),
    bleeding_in_riyadh_gets_the_red_crescent_997=Exchange(
        before=("majikan sy di riyadh pukul sy pake sapu",),
        says="kepala sy berdarah",
        shows=("Ambulans 997",),
        first=True,
    ),
    the_first_block_in_doha_shows_the_ambulance=Exchange(
        says="tolong sy dipukul majikan di doha",
        shows=("Ambulans: 999",),
        first=True,
    ),
    the_first_block_in_muscat_shows_the_ambulance=Exchange(
        says="majikan ancam bunuh sy di muscat",
        shows=("Ambulans: 9999",),
        first=True,
    ),
    the_first_block_in_kuwait_shows_the_ambulance=Exchange(
        says="sy dikunci di kamar sm majikan di kuwait",
        shows=("Ambulans: 112",),
        first=True,
    ),
)
async def test_the_ambulance(exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await exchange.check(standin)


@exchanges(
    a_jump_from_the_window_named_after_suicidal_words_brings_999_in_hong_kong=Exchange(
        before=("sy di hk kak, udh gk kuat hidup",),
        says="pengen lompat dr jendela aja",
        shows=("999", "Samaritans"),
    ),
    rope_named_after_suicidal_words_in_hong_kong_brings_999=Exchange(
        before=("aku gk kuat lg pengen mati aja, aku di hongkong",),
        says="udh ada tali di kamar",
        shows=("999",),
    ),
)
async def test_a_method_named(exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await exchange.check(standin)


async def test_asking_whether_it_arrived_while_writing_is_told_it_is_not_sent_yet(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7995, "Rina", "id")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, category="unpaid_wages")
    await next_question(standin, user.id, "report:v1:country:")
    await standin.send_text(user, "taiwan")
    await confirm_place(standin, user, "country", "provinsi")
    await standin.send_text(user, "jateng cilacap")
    await confirm_place(standin, user, "province", "agensi")
    await standin.send_text(user, "/lewati")
    await next_question(standin, user.id, "Ceritakan")
    await standin.send_text(user, "gaji sy gk dibayar 4 bulan")
    await next_question(standin, user.id, "report:v1:done:story")
    await standin.send_text(user, "sdh diterima blm?")
    told = await next_question(standin, user.id, "report:v1:done:story")
    assert "belum terkirim" in told.plain_text, told.plain_text
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert "sdh diterima blm?" in (draft.text("story") or "")  # her words are kept


@pytest.mark.parametrize("asked", ["sdh diterima blm?", "kapan dibalas kak"])
async def test_asking_after_filing_gets_where_the_report_stands(
    standin: BotApiStandIn, case_bot: BotApplication, asked: str
) -> None:
    user = standin.private_user(7996, "Wulan", "id")
    received = await file_report(standin, user)
    ticket = received.split("ADU-")[1][:6]
    await standin.send_text(user, asked)
    reply = await next_message(standin, user.id)
    assert f"ADU-{ticket}" in reply.plain_text, reply.plain_text
    assert "sudah diterima" in reply.plain_text, reply.plain_text
    assert "Petugas akan membalas" in reply.plain_text, reply.plain_text
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    card = await next_question(standin, STAFF_CHAT, asked)  # staff still hear it
    assert case.ticket in card.plain_text or asked in card.plain_text


async def test_a_crew_member_naming_no_country_can_choose_at_sea(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7997, "Andi", "id")
    await standin.send_text(user, "ane dipukul pake besi, ada yg sakit gk dikasih obat")
    block = await next_question(standin, user.id, ABROAD)
    await standin.press_button(user, block, ABROAD)
    countries = await next_question(standin, user.id, AT_SEA)
    assert "🚢 Di kapal / di laut" in countries.button_texts, countries.button_texts
    await standin.press_button(user, countries, AT_SEA)
    reply = (await next_message(standin, user.id)).plain_text
    assert "Awak kapal (ABK) dalam bahaya di laut?" in reply, reply
    assert "Polisi (Indonesia)" not in reply, reply
    # later, the one-line reminder is for the sea too: Kemlu and KP2MI from abroad, no local police
    await standin.send_text(user, "tolong kapten pukul sy lagi")
    again = (await next_message(standin, user.id)).plain_text
    assert "Kemlu" in again, again
    assert "+62 21 2924 4800" in again, again
    assert "110" not in again, again


@exchanges(
    a_mother_who_cannot_sleep_asking_what_to_do_gets_steps=Exchange(
        before=("anak sy kerja di malaysa udh 4 bln gk digaji", 'td malem dia wa "tolong mak aku dikunci"'),
        says="sy gk bisa tidur, sy hrs gmn",
        shows=("Catat nama dan alamat majikannya", "Simpan semua chat", "Laporkan sebagai keluarga", "999"),
    ),
    a_sister_asking_whom_to_ring_gets_steps_too=Exchange(
        before=("adik sy di kaohsiung taiwan dipukul majikan, td telp nangis2",),
        says="sy hrs telpon kemana",
        shows=("Catat nama dan alamat majikannya", "110"),
    ),
    an_english_sister_in_jakarta_gets_steps=Exchange(
        before=("my sister is being beaten by her boss in dubai",),
        says="what do i do im in jakarta",
        shows=("Write down the employer's name", "Keep all her chats", "999"),
    ),
)
async def test_family_asking_what_to_do(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


@exchanges(
    tawau_puts_the_checked_kri_tawau_first_and_explains_kri_and_cek_ulang=Exchange(
        says="ibu sy di tawau sabah, dikurung majikan di kebun sawit",
        shows=("KRI = kantor perwakilan RI", "cek ulang = nomor belum dipastikan"),
        first=True,
    ),
)
async def test_the_missions_named(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
    text = await said_to(standin, 7001, "ibu sy di tawau sabah, dikurung majikan di kebun sawit", first=True)
    assert text.index("KRI Tawau") < text.index("KJRI Kota Kinabalu"), text


async def test_the_employer_back_after_an_urgent_report_brings_the_numbers(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7998, "Wulan", "id")
    await file_report(
        standin,
        user,
        category="violence",
        story="Majikan pukul saya tiap hari dan saya dikunci di kamar, tolong.",
        country="Malaysia",
    )
    (case,) = await services_of(case_bot).cases.cases_of(user.id)
    assert case.priority.value == "urgent" or case.triage_urgent, case
    await standin.send_text(user, "kak majikan sy udh pulang")
    numbers = await next_question(standin, user.id, "Nomor darurat tetap berlaku")
    assert "999" in numbers.plain_text, numbers.plain_text
    card = await next_question(standin, STAFF_CHAT, "majikan sy udh pulang")
    assert "🆘" in card.plain_text, card.plain_text  # the officer sees it as danger


async def test_the_english_reminder_says_uae_police(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await said_to(standin, 7999, "my sister is being beaten by her boss in dubai")
    text = await said_to(standin, 7999, "she says he hit her again")
    assert "United Arab Emirates police 999" in text, text
    assert "Police the United Arab Emirates" not in text, text


# the everyday user test: one alarm and her next ordinary questions (the user's own first message, "dia aman
# kok", no longer raises it; a friend who fled and sleeps in a park does)
_FRIEND_RAN_AWAY = "temen sy kabur dr majikan di taiwan, skrg tidur di taman, gk ada dokumen. gmn ngurusnya"
_FULL_BLOCK = ("Dalam bahaya di", "Keluarga Anda dalam bahaya", "In danger in", "Is your family member")


@exchanges(
    a_permit_question_naming_malaysia_gets_its_answer_and_malaysian_numbers_in_a_line=Exchange(
        before=(_FRIEND_RAN_AWAY,),
        says="sy di malaysia permit mati, bisa diurus gk",
        shows=("999",),
        lacks=_FULL_BLOCK,
    ),
    a_rest_day_question_in_english_naming_hong_kong_gets_no_second_block=Exchange(
        before=(_FRIEND_RAN_AWAY, "sy di malaysia permit mati, bisa diurus gk"),
        says="i work in hong kong, my employer wants me to work on my rest day, is that allowed",
        shows=("libur 1 hari tiap 7 hari", "Hong Kong police 999"),
        lacks=_FULL_BLOCK,
    ),
    no_day_off_in_penang_gets_the_rest_day_answer=Exchange(
        before=(_FRIEND_RAN_AWAY,),
        says="majikan sy di penang ga kasih libur",
        lacks=_FULL_BLOCK,
        shows=("libur",),
    ),
    the_ahma_died_gets_the_change_of_employer_answer=Exchange(
        before=(_FRIEND_RAN_AWAY, "majikan sy di penang ga kasih libur"),
        says="ahma sy meninggal, laoban suruh cari majikan baru sendiri",
        shows=("Taiwan: boleh pindah bila majikan meninggal", "Nomor darurat tetap berlaku"),
        lacks=(*_FULL_BLOCK, "Laporkan sekarang (darurat)"),
    ),
    the_consulate_number_asked_after_the_alarm_is_still_given=Exchange(
        before=(_FRIEND_RAN_AWAY, "sy di malaysia permit mati, bisa diurus gk"),
        says="nmr kjri brp",
        shows=("999",),
        lacks=("Maksud Anda",),
    ),
)
async def test_ordinary_questions_after_an_alarm(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
