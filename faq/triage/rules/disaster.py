"""Disaster and accident now: trapped by fire or smoke, under rubble, in a flood, on a sinking boat, hit by
a serious accident. Reports, drills and what is over are left to the hedges (news, the past, an "if")."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

# What traps a person: fire, smoke, rubble, water, in Indonesian, Javanese, Sundanese and English.
_HAZARD = (
    r"(?:api|asap|kebakaran|terbakar|reruntuhan|runtuhan|puing|puing puing|banjir|air|longsor|lumpur|gempa"
    r"|geni|kobong|kobongan|seuneu|haseup|kahuruan|caah|fire|flames?|smoke|rubble|debris|flood|flooding"
    r"|water|earthquake|landslide|gedung|bangunan|tembok|beton|collapsed building)"
)
_TRAPPED = (
    r"(?:kejebak|terjebak|kejepit|terjepit|ketimpa|tertimpa|ketiban|kejatuhan|kekurung|terkurung|kakurung"
    r"|kajepit|katindih|trapped|stuck|pinned)"
)
# A traffic jam traps no one: "kejebak macet gara2 banjir".
_NOT_TRAFFIC = r"(?!macet|traffic|jam\b|antrian|antre|antri|queue)"

# A disaster or accident that struck (an angry boss "kebakaran jenggot", a "crash course" and being
# "di-fire" from a job are none).
_STRUCK = (
    r"(?:kebakaran|kebanjiran|kena banjir|kena gempa|gempa|longsor|ambruk|runtuh|roboh|kecelakaan"
    r"|ketabrak|ditabrak|tertabrak|kahuruan|kabanjiran|caah|fire|flood|earthquake|accident|crash)"
)

# A ship gone down: sank, capsized, wrecked.
_SANK = (
    r"\b(?:kapal|ship|boat|perahu|speedboat|vessel)\w*(?: \w+){0,6} (?:tenggelam|karam|terbalik|sank|sinking"
    r"|capsized|went down)\b"
)
# A relative aboard it: "kapal bapak", "suami sy ABK di kapal itu", "my husband's ship".
_RELATIVE_ABOARD = (
    r"(?:kapal (?:bapak|ayah|suami|anak|abang|kakak|adik)\w*|(?:bapak|ayah|suami|anak|abang|kakak|adik)\w*"
    r"(?: saya)? (?:abk |kerja |ada |ikut )?(?:di|naik)(?= kapal (?:yang|itu))"
    r"|my (?:father|dad|husband|son|brother)(?: s|s)? (?:ship|boat|vessel))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "disaster.trapped",
        C.DISASTER,
        (
            # "sy kejebak di lt 3, tangga penuh asap", "kami terjebak banjir", "ketimpa reruntuhan"
            rf"{_TRAPPED}(?: {_NOT_TRAFFIC}\w+){{0,6}} {_HAZARD}"
            # the hazard first: "ada kebakaran di asrama, sy kejebak", "gempa, kami ga bisa keluar"
            rf"|{_HAZARD}(?: {_NOT_TRAFFIC}\w+){{0,8}} (?:saya|kami|we|i m|im|adik|anak|ibu|suami|istri)"
            rf"(?: \w+)? {_TRAPPED}"
            r"|(?:tangga|pintu|jalan keluar|exit|stairs?|stairwell)(?: \w+){0,2} (?:penuh|dipenuhi|full of"
            r"|blocked by|ketutup|tertutup) (?:asap|api|smoke|fire|flames)"
        ),
        why="Trapped by fire, smoke, rubble or water now: a life in danger this minute.",
        fires=(
            "darurat!! ada kebakaran di asrama, sy kejebak di lt 4, tangga penuh asap",
            "kami terjebak banjir di lantai 2 mess, air naik terus",
            "suami sy ketimpa reruntuhan gedung proyek, blm dikeluarin",
            "aku kejepit tembok ambruk nang proyek, tulung",
            "abdi kajepit di jero wangunan nu runtuh, haseup pinuh",
            "help, fire in the dormitory, we are trapped on the 5th floor, smoke everywhere",
        ),
        silent=(
            "td sy kejebak macet 2 jam gara2 banjir, telat lapor diri",
            "kalau ada kebakaran di asrama jalur evakuasinya lewat mana",
            "berita kebakaran pabrik di taiwan kemarin ada pmi yg terjebak ya?",
            "sy kejebak kontrak 3 tahun, bisa putus gk",
        ),
    ),
    Rule(
        "disaster.still_inside",
        C.DISASTER,
        (
            # a fire or collapse now and someone still inside: "asrama kebakaran skrg, tmn sy msh di dlm"
            r"(?:kebakaran|terbakar|kobong|kobongan|kahuruan|ambruk|runtuh|roboh|on fire|burning|collapsed)"
            # (a person still there, not "barang2 sy masih di dalam")
            r"(?: \w+){0,8} (?<!barang )(?:teman|temen|saya|kami|anak|adik|kakak|suami|istri|ibu|bapak|orang"
            r"|pekerja|my friend|friends|people|someone|workers|kanca|babaturan)(?: \w+)?(?: is| are)?"
            r" (?:masih|isih|still) (?:ada )?(?:di |nang |ning )?(?:dalam|dlm|jero|njero|njerone|inside"
            r"|in the building|in there)"
        ),
        why="A fire or collapse with someone still inside: a life in danger this minute.",
        fires=(
            "asrama pabrik kebakaran skrg!!! tmn sy msh di dlm lantai 3",
            "pabrik kobong, kanca ku isih nang njero",
            "gedung asrama ambruk, 5 orang masih di dalam",
            "the factory is on fire, my friend is still inside",
            "mess kahuruan, babaturan abdi masih di jero",
        ),
        silent=(
            "td ada kebakaran kecil di dapur majikan, udh padam kok, gk ada yg luka",
            "pabrik terbakar minggu lalu, barang2 sy masih di dalam, bisa diganti gk",
            "sy masih di dalam pesawat, nanti kabari kalau udh mendarat",
        ),
    ),
    Rule(
        "disaster.sinking",
        C.DISASTER,
        (
            # the boat she or her family is on going down: "perahu kami kebalik", "kapalnya mau tenggelam"
            r"(?:kapal|perahu|boat|ship|parahu|speedboat|sampan|kapal kami|perahu kami)(?:nya)?"
            r"(?: (?:kami|kita|saya|suami saya|our|my))?"
            r" (?:\w+ )?(?:mau |akan |hampir |sedang |lagi |mulai |is |s |are |started )?"
            r"(?:tenggelam|karam|terbalik|kebalik|sinking|capsized|capsizing|keleleb|kelelep|sank)"
            r"|(?:air|water) (?:laut )?(?:masuk|masuk terus|naik|coming in|pouring in)(?: \w+){0,3}"
            r" (?:kapal|perahu|boat|ship|parahu)"
        ),
        why="The boat she or her family is on sinking or capsizing: a life in danger now.",
        fires=(
            "perahu kami kebalik dkt batam, sy pegangan jerigen",
            "kapal suami sy mau tenggelam katanya, ABK udh pake pelampung",
            "our boat is sinking near johor, 20 people, please help",
            "air masuk terus ke perahu, mesin mati, tolong",
        ),
        silent=(
            "sy mabuk laut terus di kapal, wajar gk",
            "hp sy tenggelam di ember, datanya bisa balik gk",
            "air masuk ke kamar kos kalau hujan, boleh minta pindah?",
        ),
    ),
    Rule(
        "disaster.struck",
        C.DISASTER,
        (
            # a disaster or accident that struck her or her family, weak alone: "mess kami kebanjiran",
            # "suami sy kecelakaan", "asrama kebakaran"; with a plea, an injury or being trapped, urgent
            rf"(?<!di ){_STRUCK}(?! jenggot| course)"
            # one event told in several words ("roboh kena banjir") is one sign, not two
            rf"(?:(?: \w+){{0,4}} {_STRUCK})*"
        ),
        strength=WEAK,
        model_evidence=False,
        why="A fire, flood, earthquake, collapse or accident: weak alone (news and claims say the same).",
        fires=(
            "tolong adik sy kecelakaan di taichung, skrg gk sadar",
            "mess kami kebakaran, sy luka bakar di tangan, majikan gk mau antar ke rs",
        ),
        silent=(
            "majikan sy kebakaran jenggot krn sy telat pulang",
            "ada crash course bahasa mandarin gk sebelum berangkat",
            "sy di-fire dari kerjaan, gaji terakhir gimana",
        ),
    ),
    Rule(
        "disaster.lost_at_sea",
        C.DISASTER,
        (
            # someone gone overboard or lost at sea, in each language: "jatuh ke laut", Javanese "kecemplung
            # segoro", Sundanese "ragrag ka laut", Madurese "labu ka tasè'", "fell overboard"
            # a person, not a thing dropped ("hp sy jatuh ke laut")
            r"(?<!handphone )(?<!phone )(?<!dompet )(?<!wallet )(?<!barang )(?<!tas )(?<!paspor )(?<!kunci )"
            r"(?<!koper )(?<!bag )(?<!passport )(?<!handphone saya )(?<!phone saya )(?<!dompet saya )"
            r"(?:(?:jatuh|terjatuh|tercebur|kecebur|terlempar|hanyut|kecemplung|nyemplung|ceblok|tiba|ragrag"
            r"|labu|ghâghâr|geger)(?: \w+)? (?:ke |ka |nang |neng |menyang |dari )?(?:dalam )?"
            r"(?:laut|segara|segoro|sagara|tase|tasè|kapal)\b(?! (?:jawa|china|cina|merah|utara|selatan))"
            r"|(?:hilang|ilang|leungit|ilang e) (?:di |ing |neng |nang |ka |è )?"
            r"(?:laut|segara|segoro|sagara|tasè)"
            r"|(?:fell|fallen|thrown|washed|went|swept) overboard|man overboard|lost at sea"
            r"|(?:fell|fallen|thrown|washed|swept) (?:into|in) the sea)"
        ),
        why="Someone fallen overboard or lost at sea: a life at stake, whether or not the search goes on.",
        fires=(
            "Pak, anak saya ABK jatuh ke laut semalam, kapten tidak mau mencari lagi",
            "bojoku kecemplung segoro pas badai, kapale terus mlaku",
            "my brother fell overboard from a Taiwanese fishing boat and the captain stopped searching",
            "salaki abdi ragrag ka laut tadi wengi, kapal teu milarian deui",
        ),
        silent=(
            "hp sy jatuh ke laut pas di kapal, bisa klaim asuransi gk",
            "my phone fell into the sea when we were fishing",
            "harga ikan jatuh, gaji ABK di kapal dipotong, boleh gk?",
            "suami sy kerja di kapal laut, kontraknya 2 thn",
        ),
    ),
    Rule(
        "disaster.relative_ship_sank",
        C.DISASTER,
        (
            # a ship sank and a relative was aboard: "kapal tenggelam ... namanya sama kayak kapal bapak"
            rf"{_SANK}.{{0,160}}\b{_RELATIVE_ABOARD}|{_RELATIVE_ABOARD}.{{0,160}}{_SANK}"
        ),
        # seen on the news or asked about calmly, a relative aboard makes it hers
        unhedged=True,
        why="A ship sunk with a father, husband or child aboard: lost at sea until someone says otherwise.",
        fires=(
            "di tv ada kapal tenggelam dekat filipina namanya sama kayak kapal bapak",
            "suami sy ABK di kapal yg terbalik di selat malaka td pagi",
        ),
        silent=(
            "film kapal tenggelam titanic itu kisah nyata?",
            "bapak sy kerja di kapal pesiar, asuransinya gimana kalau kapal tenggelam?",
            # a supposition (`hedges.HYPOTHETICAL`)
            "seandainya kapal tenggelam dan suami sy ada di kapal itu, asuransinya gimana?",
            "kalau misalnya kapal karam, suami sy ikut di kapal itu, santunannya berapa?",
        ),
    ),
)
