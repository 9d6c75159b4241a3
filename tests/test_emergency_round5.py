"""End to end against the Bot API stand-in, as a fifth user test found it: a worker in a scam compound who
asks to write instead of calling gets the chat channels; pills gathered are a suicide being prepared, pills
packed for the journey are luggage; a broker's fraud at home gets how to get the money back; a worker in
Malaysia asking about her pay gets the wages entry."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import answer_first_questions, next_question, replies_to
from tests.emergency_helpers import Exchange, exchanges, said_to


async def test_asking_to_write_from_a_scam_compound_brings_the_missions_whatsapp(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7803, "Sari", "id")
    await said_to(standin, user.id, "tolong sy disekap di kamboja disuruh scam")
    text = await said_to(standin, user.id, "bs chat aja?")
    assert "WhatsApp KBRI Phnom Penh: +855 12 813 282" in text, text
    assert "WhatsApp KP2MI: +62 811-8080-141" in text, text
    assert "+62 812-9007-0027" in text, text
    assert "hapus percakapan ini" in text, text
    assert "Tentang bot" not in text, text
    story = await services_of(live_bot).emergency.story_of(user.id) or ""
    assert "disekap di kamboja" in story, story


def test_what_asks_to_write_instead_of_calling() -> None:
    from faq.emergency import asks_to_write

    for asked in (
        "bs chat aja?",
        "wa aja boleh?",
        "bisa lewat wa?",
        "can i text them instead",
        "sms aja kak",
    ):
        assert asks_to_write(asked), asked
    for other in (
        "bisa pesan tiket pesawat?",
        "wa nya gk aktif kak",
        "dia wa sy td mlm",
        "chat sy gk dibales",
    ):
        assert not asks_to_write(other), other


async def test_every_number_passed_on_by_family_says_what_it_is(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    first = await said_to(
        standin,
        7808,
        "kak adik sy kerja di hongkong, td mlm dia wa sy bilang pengen bunuh diri aja",
        first=True,
    )
    (passed,) = [line for line in first.splitlines() if line.startswith("Kirimkan nomor ini")]
    for number in passed.split(": ", 1)[1].split(" · "):
        assert any(char.isalpha() for char in number), (number, passed)
    assert "kesehatan jiwa 2896 0000" in passed, passed


async def test_a_question_during_an_alarm_is_answered_and_her_story_keeps_what_she_told(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7809, "Rina", "id")
    await said_to(standin, user.id, "tolong sy dipukul majikan di taiwan")
    emergency = services_of(live_bot).emergency
    replies = await replies_to(standin, user, "kalo sy lapor majikan tau gk?")
    assert "Bukan ini?" in replies[0].plain_text or "Apakah jawaban" in replies[0].plain_text, replies
    story = await emergency.story_of(user.id) or ""
    assert "kalo sy lapor" not in story, story  # answered, not filed into the report
    assert "dipukul majikan di taiwan" in story, story
    await said_to(standin, user.id, "majikan ambil hp sy tiap malem, boleh gitu?")
    await said_to(standin, user.id, "sy takut dipulangin, gmn?")
    story = await emergency.story_of(user.id) or ""
    assert "ambil hp sy tiap malem" in story, story  # a sign of harm is part of her story
    assert "sy takut dipulangin" in story, story  # what the FAQ is unsure of is kept


def test_what_only_asks_and_what_tells_her_story() -> None:
    from faq.emergency import only_asks

    for asked in ("KDEI itu apa?", "kalo sy lapor majikan tau gk?", "boleh sy minta pindah majikan?"):
        assert only_asks(asked), asked
    for told in (
        "paspor sy dipegang majikan, boleh gitu?",
        "gaji sy blm dibayar 3 bln, bisa lapor?",
        "sy takut dipulangin, gmn?",
        "sy hrs gmn kak",
    ):
        assert not only_asks(told), told


async def test_the_home_town_in_her_story_is_offered_at_the_province_step(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7810, "Eka", "id")
    await standin.send_text(user, "tolong sy dikunci majikan di taiwan, sy asli indramayu")
    block = await next_question(standin, user.id, "report:v1:story")
    await standin.press_button(user, block, "report:v1:story")
    await answer_first_questions(standin, user, category="violence")
    country = await next_question(standin, user.id, "report:v1:place:country:y")
    await standin.press_button(user, country, "report:v1:place:country:y")
    province = await next_question(standin, user.id, "report:v1:place:province:y")
    assert "Dari pesan Anda: Jawa Barat" in province.plain_text, province.plain_text
    await standin.press_button(user, province, "report:v1:place:province:n")
    await next_question(standin, user.id, "report:v1:region:")  # "Bukan": the provinces to choose from
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert draft.province_in_story is None


@exchanges(
    pills_gathered_are_a_suicide_being_prepared=Exchange(
        says="udh siap2 obat byk", shows=("💛", "Healing119"), first=True
    ),
    pills_packed_for_the_journey_are_luggage=Exchange(
        says="udh siap2 obat buat perjalanan", lacks=("💛", "🆘")
    ),
    pills_packed_as_provisions_are_luggage=Exchange(
        before=("udh siap2 obat buat perjalanan",), says="siapin obat banyak buat bekal", lacks=("💛", "🆘")
    ),
    asking_to_write_from_malaysia_leaves_out_an_office_line=Exchange(
        before=("tolong sy dipukul majikan di penang",),
        says="bs wa aja gk?",
        starts="💬",
        shows=("KBRI Kuala Lumpur: +60 17-668 8032", "+62 811-8080-141"),
        lacks=("227 4686",),  # KJRI Penang's office line takes no chat
    ),
    kp2mis_whatsapp_is_dialled_from_abroad_in_the_first_block=Exchange(
        says="tolong sy dikunci majikan di taiwan",
        shows=("WhatsApp +62 811-8080-141",),
        lacks=("WhatsApp 0811",),
        first=True,
    ),
    a_broker_fraud_at_home_is_told_how_to_get_the_money_back=Exchange(
        says="sy udh bayar calo 20jt thn lalu tp gk brgkt2, calonya ilang. uang sy bs balik gk",
        shows=(
            *("bukti transfer", "chat", "Polisi", "Disnaker", "BP3MI", "KP2MI", "0800-1000"),
            "Undang-Undang 18/2017 Pasal 69 dan 81",
            "KUHP Pasal 492",
        ),
        lacks=("🆘",),
    ),
)
async def test_what_the_reply_says(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


async def test_a_worker_in_malaysia_asking_about_a_raise_gets_the_pay_entry(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await said_to(standin, 7807, "sy kerja di malaysia")
    text = await said_to(standin, 7807, "gaji blm naik2")
    assert text.startswith("Gaji di luar negeri dan naik gaji"), text
    assert "1.700 ringgit" in text, text
    assert "Perjanjian kerja" not in text.split("\n")[0], text
