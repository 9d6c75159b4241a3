"""End to end against the Bot API stand-in, as a fifth user test found it: a worker in a scam compound who
asks to write instead of calling gets the chat channels; pills gathered are a suicide being prepared, pills
packed for the journey are luggage; a broker's fraud at home gets how to get the money back; a worker in
Malaysia asking about her pay gets the wages entry."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.complaint_helpers import answer_first_questions, next_question, replies_to


async def test_pills_gathered_are_a_suicide_being_prepared(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7801, "Dewi", "id")
    (reply, *_) = await replies_to(standin, user, "udh siap2 obat byk")
    assert "💛" in reply.plain_text, reply.plain_text
    assert "Healing119" in reply.plain_text


async def test_pills_packed_for_the_journey_are_luggage(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7802, "Ratna", "id")
    for packing in ("udh siap2 obat buat perjalanan", "siapin obat banyak buat bekal"):
        replies = await replies_to(standin, user, packing)
        text = "\n".join(reply.plain_text for reply in replies)
        assert "💛" not in text, text
        assert "🆘" not in text, text


async def test_asking_to_write_from_a_scam_compound_brings_the_missions_whatsapp(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7803, "Sari", "id")
    await replies_to(standin, user, "tolong sy disekap di kamboja disuruh scam")
    replies = await replies_to(standin, user, "bs chat aja?")
    text = "\n".join(reply.plain_text for reply in replies)
    assert "WhatsApp KBRI Phnom Penh: +855 12 813 282" in text, text
    assert "WhatsApp KP2MI: +62 811-8080-141" in text, text
    assert "+62 812-9007-0027" in text, text
    assert "hapus percakapan ini" in text, text
    assert "Tentang bot" not in text, text
    story = await services_of(live_bot).emergency.story_of(user.id) or ""
    assert "disekap di kamboja" in story, story


async def test_asking_to_write_from_malaysia_leaves_out_an_office_line(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7804, "Yanti", "id")
    await replies_to(standin, user, "tolong sy dipukul majikan di penang")
    replies = await replies_to(standin, user, "bs wa aja gk?")
    text = "\n".join(reply.plain_text for reply in replies)
    assert text.startswith("💬"), text
    assert "KBRI Kuala Lumpur: +60 17-668 8032" in text, text
    assert "227 4686" not in text, text  # KJRI Penang's office line takes no chat
    assert "+62 811-8080-141" in text, text


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


async def test_kp2mis_whatsapp_is_dialled_from_abroad_in_the_first_block(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7805, "Nia", "id")
    (block, *_) = await replies_to(standin, user, "tolong sy dikunci majikan di taiwan")
    assert "WhatsApp +62 811-8080-141" in block.plain_text, block.plain_text
    assert "WhatsApp 0811" not in block.plain_text, block.plain_text


async def test_a_broker_fraud_at_home_is_told_how_to_get_the_money_back(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7806, "Tuti", "id")
    replies = await replies_to(
        standin, user, "sy udh bayar calo 20jt thn lalu tp gk brgkt2, calonya ilang. uang sy bs balik gk"
    )
    text = "\n".join(reply.plain_text for reply in replies)
    assert "🆘" not in text, text
    for step in ("bukti transfer", "chat", "Polisi", "Disnaker", "BP3MI", "KP2MI", "0800-1000"):
        assert step in text, (step, text)
    assert "Undang-Undang 18/2017 Pasal 69 dan 81" in text, text
    assert "KUHP Pasal 492" in text, text


async def test_a_worker_in_malaysia_asking_about_a_raise_gets_the_pay_entry(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7807, "Wulan", "id")
    await replies_to(standin, user, "sy kerja di malaysia")
    replies = await replies_to(standin, user, "gaji blm naik2")
    text = "\n".join(reply.plain_text for reply in replies)
    assert text.startswith("Gaji di luar negeri dan naik gaji"), text
    assert "1.700 ringgit" in text, text
    assert "Perjanjian kerja" not in text.split("\n")[0], text


async def test_every_number_passed_on_by_family_says_what_it_is(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7808, "Ika", "id")
    (first, *_) = await replies_to(
        standin, user, "kak adik sy kerja di hongkong, td mlm dia wa sy bilang pengen bunuh diri aja"
    )
    (passed,) = [line for line in first.plain_text.splitlines() if line.startswith("Kirimkan nomor ini")]
    for number in passed.split(": ", 1)[1].split(" · "):
        assert any(char.isalpha() for char in number), (number, passed)
    assert "kesehatan jiwa 2896 0000" in passed, passed


async def test_a_question_during_an_alarm_is_answered_and_her_story_keeps_what_she_told(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7809, "Rina", "id")
    await replies_to(standin, user, "tolong sy dipukul majikan di taiwan")
    emergency = services_of(live_bot).emergency
    replies = await replies_to(standin, user, "kalo sy lapor majikan tau gk?")
    assert "Bukan ini?" in replies[0].plain_text or "Apakah jawaban" in replies[0].plain_text, replies
    story = await emergency.story_of(user.id) or ""
    assert "kalo sy lapor" not in story, story  # answered, not filed into the report
    assert "dipukul majikan di taiwan" in story, story
    await replies_to(standin, user, "majikan ambil hp sy tiap malem, boleh gitu?")
    await replies_to(standin, user, "sy takut dipulangin, gmn?")
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
