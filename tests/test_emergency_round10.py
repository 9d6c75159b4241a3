"""End to end against the Bot API stand-in, as the eighth user test of emergencies found them: "msh di rumah
majikan" keeps the country, Sundanese "kedah" is no Kedah and a correction switches, back in Indonesia a
threat by message gets Indonesian help, a suicidal plan abroad keeps something she can call, bleeding keeps
the ambulance."""

from __future__ import annotations

from bot.context import BotApplication
from bot.standin import BotApiStandIn
from tests.emergency_helpers import Exchange, exchanges


@exchanges(
    still_at_the_employers_house_in_hong_kong_keeps_hong_kong=Exchange(
        before=("majikan sy pukul sy td mlm, kepala sy berdarah", "sy di hongkong, tsuen wan"),
        says="skrg sy msh di rumah majikan, dia lg tidur",
        shows=("999",),
        lacks=("Polisi (Indonesia)", "Syukurlah"),
    ),
    the_ambulance_asked_after_it_in_hong_kong=Exchange(
        before=(
            "majikan sy pukul sy td mlm, kepala sy berdarah",
            "sy di hongkong, tsuen wan",
            "skrg sy msh di rumah majikan, dia lg tidur",
        ),
        says="ambulans nmr brp",
        shows=("999",),
        lacks=("Polisi (Indonesia)",),
    ),
    still_at_the_employers_house_in_taiwan_keeps_taiwan=Exchange(
        before=("laoban sy mau perkosa sy td, sy kabur ke kamar mandi kunci pintu", "sy di taichung"),
        says="sy msh di rumah majikan, ahma nya lg tidur",
        shows=("110",),
        lacks=("Polisi (Indonesia)", "Polisi di Indonesia"),
    ),
    police_asked_after_it_in_taiwan=Exchange(
        before=(
            "laoban sy mau perkosa sy td, sy kabur ke kamar mandi kunci pintu",
            "sy di taichung",
            "sy msh di rumah majikan, ahma nya lg tidur",
        ),
        says="nmr polisi brp",
        shows=("110", "Taiwan"),
        lacks=("Polisi (Indonesia)", "Polisi di Indonesia"),
    ),
)
async def test_still_at_the_employers_house(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


@exchanges(
    sundanese_kedah_is_must_not_malaysia=Exchange(
        before=("pamajikan abdi di oman, tos 2 minggu teu tiasa dihubungi",),
        says="abdi kedah kumaha kang? abdi di garut",
        lacks=("Malaysia", "Penang"),
    ),
    a_correction_switches_to_the_country_named_after_it=Exchange(
        before=("majikan sy di malaysia pukul sy pake kayu",),
        says="bukan malaysia kak, oman",
        shows=("9999", "Oman"),
        lacks=("Malaysia",),
    ),
    a_sundanese_correction_switches_too=Exchange(
        before=("majikan sy di malaysia pukul sy pake kayu",),
        says="lain malaysia kang, oman",
        shows=("9999", "Oman"),
        lacks=("Malaysia",),
    ),
    a_language_spoken_is_not_the_country=Exchange(
        before=("tolong sy dikunci di gudang",),
        says="org2 nya ngomong bhs cina",
        lacks=("Tiongkok",),
    ),
)
async def test_places_that_are_words_and_corrections(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


@exchanges(
    back_in_lombok_threats_by_message_get_indonesian_help=Exchange(
        before=(
            "tolong kak sy dikunci majikan di kamar, gk dikasih mkn dr kmrn",
            "sy di kuching",
            "alhamdulillah sy sdh di rumah skrg, udh pulang ke lombok",
        ),
        says="tp majikan msh ancam2 lewat wa",
        shows=("110", "KP2MI"),
        lacks=("Malaysia", "999", "KJRI Kuching"),
    ),
)
async def test_back_home(exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await exchange.check(standin)


@exchanges(
    a_plan_for_tonight_keeps_call_now_once_kuwait_is_named=Exchange(
        before=("sy udh gk kuat, sy udh siapin baygon mau sy minum mlm ini",),
        says="sy di kuwait",
        shows=("Telepon sekarang juga", "112", "Menjauhlah", "KBRI Kuwait City"),
    ),
    a_goodbye_after_it_keeps_a_number_she_can_call_in_kuwait=Exchange(
        before=("sy udh gk kuat, sy udh siapin baygon mau sy minum mlm ini", "sy di kuwait"),
        says="maaf ya kak",
        shows=("112",),
    ),
    no_crisis_line_in_kuwait_gives_the_emergency_number_and_the_embassy=Exchange(
        before=("sy pengen mati aja kak, capek idup", "sy di kuwait"),
        says="maaf ya kak",
        shows=("112", "KBRI Kuwait City"),
    ),
)
async def test_suicidal_plan_abroad(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)


@exchanges(
    bleeding_on_in_korea_keeps_the_ambulance=Exchange(
        before=(
            "mas sy eps di ansan",
            "td sore tangan sy kejepit mesin press",
            "jari 2 hampir putus, bos cm kasih perban gk mau bawa ke rs",
        ),
        says="darah nya msh keluar trs",
        shows=("119", "112"),
    ),
    bleeding_in_hong_kong_after_the_employers_house_gets_the_ambulance=Exchange(
        before=(
            "majikan sy pukul sy td mlm",
            "sy di hongkong, tsuen wan",
            "skrg sy msh di rumah majikan, dia lg tidur",
        ),
        says="kepala sy berdarah",
        shows=("999",),
        lacks=("Polisi (Indonesia)",),
    ),
    bleeding_where_the_country_is_not_known_asks_for_it_for_the_ambulance=Exchange(
        before=("kak tlg",),
        says="majikan sy pukul sy td mlm, kepala sy berdarah",
        shows=("ambulans",),
    ),
)
async def test_bleeding(exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication) -> None:
    await exchange.check(standin)


@exchanges(
    a_sundanese_husband_gets_the_family_block=Exchange(
        says="pamajikan abdi di oman, tos 2 minggu teu tiasa dihubungi, majikanna galak",
        shows=("Keluarga Anda",),
    ),
)
async def test_family_in_sundanese(
    exchange: Exchange, standin: BotApiStandIn, live_bot: BotApplication
) -> None:
    await exchange.check(standin)
