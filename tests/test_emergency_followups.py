"""End to end against the Bot API stand-in: what happens after an urgent message. The country typed next
brings its numbers; follow-ups get the help again, never unrelated topics or a second set of buttons; a
suicidal person naming where she is gets that place's lines; a worker naming her mother is still the one in
danger; the nearest consulate comes first; a country she has left is not remembered; a street named after a
country ("Jalan Burma", "Burma Road") moves no one away from the country of her open case."""

from __future__ import annotations

from bot.app import services_of
from bot.context import BotApplication
from bot.standin import BotApiStandIn, SentMessage, StandInUser
from tests.complaint_helpers import answer_first_questions, file_report, next_question, replies_to


def _no_faq(replies: list[SentMessage]) -> None:
    for reply in replies:
        assert "Maksud Anda" not in reply.plain_text, reply.plain_text
        assert not any(data.startswith(("faq:", "fb:")) for data in reply.callback_data), reply.plain_text


async def test_the_country_typed_after_an_urgent_message_brings_its_numbers(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7001, "Yati", "id")
    (block,) = await replies_to(standin, user, "kak paspor sy ditahan majikan, sy gk boleh keluar rumah")
    assert "Di Indonesia" in block.plain_text  # no country yet: the general block asks where she is
    (numbers,) = await replies_to(standin, user, "sy di riyadh")
    assert numbers.plain_text.startswith("🆘 Dalam bahaya di Arab Saudi?")
    assert "911" in numbers.plain_text
    assert "+966 56 917 3990" in numbers.plain_text
    _no_faq([numbers])


async def test_a_javanese_answer_naming_a_city_gets_its_consulate(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7002, "Tini", "id")
    await replies_to(standin, user, "tulung mas, aku dikunci neng kamar karo majikan")
    (numbers,) = await replies_to(standin, user, "neng malaysia mas, penang")
    text = numbers.plain_text
    assert "999" in text
    assert text.index("KJRI Penang") < text.index("KBRI Kuala Lumpur")


async def test_follow_ups_get_the_help_again_not_unrelated_topics(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7003, "Wulan", "id")
    first = await replies_to(standin, user, "kak sy di taichung, anak laoban mukul sy td mlm")
    assert len(first) == 1  # the emergency reply alone: no FAQ answer with its own buttons after it
    assert "1955" in first[0].plain_text
    for follow_up in ("tangan sy bengkak", "sy takut bgt", "aku ra iso nelpon, mung iso chat"):
        (reply,) = await replies_to(standin, user, follow_up)
        assert reply.plain_text.startswith("🆘 Nomor darurat tetap berlaku"), (follow_up, reply.plain_text)
        assert "1955" in reply.plain_text
        assert reply.button("🚨").callback_data == "report:v1:story"
        _no_faq([reply])


async def test_a_follow_up_in_english_gets_the_help_not_the_fallback_menu(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7004, "Budi", "en")
    await replies_to(standin, user, "my sister is being beaten by her boss in dubai")
    (reply,) = await replies_to(standin, user, "she texted me an hour ago, she has bruises")
    assert reply.plain_text.startswith("🆘 Emergency numbers still apply")
    assert "999" in reply.plain_text
    _no_faq([reply])


async def test_a_suicidal_person_naming_her_country_gets_its_lines_and_no_topics(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7005, "Dewi", "id")
    await replies_to(standin, user, "sy pengen mati aja kak, capek")
    (reply,) = await replies_to(standin, user, "sy di hongkong kak, majikan marah2 trs")
    assert reply.plain_text.startswith("💛")
    for number in ("2896 0000", "999", "+852 6773 0466"):
        assert number in reply.plain_text
    assert reply.button("💬 Cerita ke petugas").callback_data == "report:v1:talk"
    _no_faq([reply])
    (kind,) = await replies_to(standin, user, "gk ada yg peduli")
    assert kind.plain_text.startswith("💛 Saya masih di sini")
    assert "2896 0000" in kind.plain_text
    _no_faq([kind])


async def test_a_worker_who_names_her_mother_is_the_one_in_danger(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7006, "Sri", "id")
    (reply,) = await replies_to(standin, user, "ibu sy di kampung sakit, sy dikunci majikan di malaysia")
    assert reply.plain_text.startswith("🆘 Dalam bahaya di Malaysia?")
    assert "Keluarga Anda" not in reply.plain_text
    assert "0800-1000" not in reply.plain_text  # free only in Indonesia


async def test_the_nearest_consulate_comes_first(standin: BotApiStandIn, live_bot: BotApplication) -> None:
    user = standin.private_user(7007, "Ani", "id")
    (reply,) = await replies_to(standin, user, "tolong sy dikunci majikan di johor bahru, gk boleh keluar")
    text = reply.plain_text
    assert text.index("+60 10-528 8040") < text.index("+60 17-668 8032")
    assert "KJRI Penang" not in text  # the other consulates stay out of the way


async def test_a_country_she_has_left_is_not_remembered(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7008, "Nur", "id")
    await replies_to(standin, user, "sy kerja di hongkong sbg art")
    await replies_to(standin, user, "dulu sy di hongkong, skrg udh pulang di rumah")
    (block,) = await replies_to(standin, user, "/darurat")
    assert "Di Indonesia" in block.plain_text
    assert "+852" not in block.plain_text
    await replies_to(standin, user, "tmn sy dulu pernah dipukul majikan di saudi")
    (again,) = await replies_to(standin, user, "/darurat")
    assert "911" not in again.plain_text


async def test_lapor_after_an_urgent_message_fills_in_what_she_wrote(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7009, "Wati", "id")
    await replies_to(standin, user, "anak sy di malaysa kerja jd art, majikannya ngunci dia di kamar")
    await replies_to(standin, user, "sdh 4 bln gk digaji")
    await standin.send_text(user, "/lapor")
    await answer_first_questions(standin, user, reporter="family", category="violence")
    named = await next_question(standin, user.id, "report:v1:place:country:")
    assert "Dari pesan Anda: Malaysia" in named.plain_text  # confirmed, not chosen again
    await standin.press_button(user, named, "report:v1:place:country:n")
    again = await next_question(standin, user.id, "report:v1:country:")  # "Bukan": the usual choice
    await standin.press_button(user, again, "report:v1:country:SA")
    await next_question(standin, user.id, "provinsi")
    draft = await services_of(case_bot).intake.current(user.id)
    assert draft is not None
    assert draft.country_code() == "SA"
    story = draft.text("story") or ""
    assert "ngunci dia di kamar" in story
    assert "4 bln gk digaji" in story


async def test_suicidal_thoughts_said_again_get_a_kind_word_not_a_cold_line(
    standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    user = standin.private_user(7010, "Rina", "id")
    await replies_to(standin, user, "sy pengen mati aja kak, capek")
    (again,) = await replies_to(standin, user, "gak usah bangun lg rasanya, pengen mati aja")
    assert again.plain_text.startswith("💛 Saya masih di sini")
    assert "119 ext. 8" in again.plain_text


def _no_myanmar(text: str) -> str:
    for wrong in ("Myanmar", "199", "Yangon"):
        assert wrong not in text, text
    return text


async def _alarm(api: BotApiStandIn, user: StandInUser, text: str) -> str:
    """The emergency reply to `text` from a user with an open case (her other words go to its officer)."""
    await api.send_text(user, text)
    return (await next_question(api, user.id, "🆘")).plain_text


async def test_a_street_named_after_a_country_keeps_her_case_country_and_its_nearest_consulate(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7011, "Sumi", "id")
    story = "Anak saya kerja jadi ART di Penang. Majikan tidak bayar gaji dan tidak kasih dia pulang."
    await file_report(standin, user, category="violence", country="Malaysia", story=story)
    await standin.send_text(user, "majikannya namanya Mr Tan di Jalan Burma Georgetown")
    text = _no_myanmar(await _alarm(standin, user, "tolong sy masih dikunci"))
    assert "Malaysia" in text
    assert "999" in text
    assert "KJRI Penang" in text  # the city of her case, not only the embassy in Kuala Lumpur
    text = _no_myanmar(await _alarm(standin, user, "tolong sy dikunci majikan, rumahnya di Burma Road"))
    assert "999" in text
    assert "KJRI Penang" in text


async def test_burma_road_is_not_myanmar_for_a_worker_with_a_case_in_hong_kong(
    standin: BotApiStandIn, case_bot: BotApplication
) -> None:
    user = standin.private_user(7012, "Lestari", "id")
    await file_report(standin, user, category="violence", country="Hong Kong")
    text = _no_myanmar(await _alarm(standin, user, "tolong sy dikunci majikan, rumahnya di Burma Road"))
    assert "Hong Kong" in text
    assert "+852 6773 0466" in text
