"""Moved in secret: at night, across a border, in a closed vehicle, to an unknown place, by force."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "moved.secret_crossing",
        C.MOVED,
        (
            r"(?:menyeberang|menyeberangi|menyeberangkan)(?: \w+)? (?:sungai|laut|perbatasan|border)"
            r"|lewat (?:hutan|sungai|jalur tikus|jalan tikus|laut)|jalan kaki lewat"
            r"|(?:dibawa|diangkut|dipindah|dipindahkan|dinaikkan|dinaikin|dinaikan|disuruh naik|naik)"
            r" (?:ke )?(?:\w+ )?(?:kapal|perahu|speedboat|truk|mobil|van|kontainer)\b(?! (?:kerja|laut))"
            r"|di (?:perahu|speedboat|truk|van|kontainer)\b"
            r"|(?:moving|moved|taking|took|transported) (?:saya|us|her|him)\b.{0,20}\b(?:night|border|house)"
            r"|in a (?:van|truck|boat|container|car) with|in the back of a|dibawa (?:calo|sponsor|tekong"
            r"|orang)"
            # told to get in: "agensi suruh sy masuk mobil", "they told us to get in the van"
            r"|(?:suruh|nyuruh|menyuruh|disuruh|maksa|memaksa|dipaksa)(?: saya| kami| dia)? (?:masuk|naik"
            r"|ikut)"
            r" (?:ke )?(?:dalam )?(?:\w+ )?(?:kapal|perahu|speedboat|truk|mobil|van|kontainer)\b(?! (?:kerja"
            r"|laut))"
            r"|(?:told|ordered|forced|made) (?:saya|us|her|him) (?:to )?(?:get|climb) (?:in|into|on)"
            r" (?:the |a )?(?:car|van|truck|lorry|boat)"
            # the crossing ahead, in English: "they said we will cross the river soon"
            r"|(?:we|saya|they|she|he) (?:will|ll|are going to|re going to|gonna|have to|had to|must"
            r"|about to)"
            r" cross (?:the |a )?(?:river|border|sea|jungle|forest|mountains?)"
            r"|(?:made|make|making|forced) (?:us|saya|her|him) (?:to )?cross"
        ),
        strength=WEAK,
        why="Moved by boat, truck or forest path: weak, strong with night or an unknown place.",
        fires=(
            "agen maksa kami naik kapal malam ini",
            "they moved us to a house we don't know",
            "kami mau dinaikin ke perahu tengah malam, ga tau dibawa kemana",
            "sponsor nyuruh kami masuk truk jam 2 pagi",
            "adik disuruh ikut mobil agensi ke tempat baru",
            "the driver told us to get in the truck, no one says where",
            "tomorrow we have to cross the jungle on foot, the guide took our passports",
            "kami disuruh masuk perahu jam 3 pagi, katanya nyebrang ke sabah",
        ),
        silent=(
            "is it risky to go in a boat across the border at night",
            "kerja di malaysia lewat jalur resmi",
            "can i cross the border to johor with my work permit on sunday",
            "disuruh masuk kapal kerja jam berapa ya biasanya",
            "agen nyuruh sy naik bus ke bandara besok pagi jam 5, ongkosnya siapa yg bayar?",
        ),
    ),
    Rule(
        "moved.unknown_place",
        C.MOVED,
        (
            r"(?:dibawa|diangkut|dipindah|dipindahkan|dibawa pergi|diantar) (?:ke )?"
            r"(?:tempat|lokasi|rumah|daerah)"
            r"(?: yang)? (?:tidak|belum) (?:saya |kami |dia |\w+ )?(?:tahu|kenal|dikenal|diketahui)"
            r"|(?:took|taken|moved|brought) (?:saya |us |her |him )?to (?:a|an) (?:place|house|location)"
            r" (?:saya |we )?(?:don t|do not|didn t) know"
        ),
        why="Taken to a place the writer does not know.",
        fires=(
            "they moved us to a house we don't know",
            "istri sy diangkut ke lokasi yg gak dia kenal, hp mau habis",
            "sy skrg di kuala lumpur, paspor dirampas agen dan sy dibawa ke tempat yg gk sy tau",
        ),
        silent=("gaji sy blm dibayar 3 bulan", "uang sy dibawa kabur calo, bisa dilaporkan?"),
    ),
    Rule(
        "moved.by_force",
        C.MOVED,
        (
            r"(?:dibawa|dijemput|diangkut|diseret|dipindah) (?:secara )?paksa|secara paksa"
            r"|(?:bawa|membawa|jemput|menjemput) (?:saya|kami|\w+) (?:secara )?paksa"
            r"|(?:bawa|membawa|dibawa) (?:saya |kami )?ke tempat (?:sepi|gelap)"
            r"|(?:maksa|memaksa|dipaksa)(?: \w+)? (?:saya |kami )?(?:ikut|naik|berangkat|pergi|pindah)"
        ),
        why="Taken or moved by force.",
        fires=(
            "agen maksa kami naik kapal malam ini",
            "preman mau bawa sy paksa ke pelabuhan",
            "sy dijemput paksa orang agen dr rumah sodara",
        ),
        silent=(
            "kalau kapal berangkat tengah malam boleh bawa bekal?",
            "sy gk ikut opp, bs tetep berangkat gk?",
        ),
    ),
    Rule(
        "moved.moved_tonight",
        C.MOVED,
        (
            r"(?:dipindah|dipindahkan|ditransfer|diangkut|digotong|moving|move|take|taking)\b.{0,30}"
            r"\b(?:malam ini|tonight|malam malam|another building|other country|tempat lain|kota lain)"
            r"|digotong|dipaksa masuk|forced (?:into|in) (?:a |the )?(?:car|van)"
        ),
        why="Taken away or moved tonight, elsewhere.",
        fires=(
            "dipindah malem2 ke gedung lain, hp semua dikumpulin",
            "they are moving us tonight across the river, phones taken, i hid this one",
            "tolong kami dipindah malem2 naik mobil gk tau mau dibawa kmn, paspor diambil",
        ),
        silent=("mau loncat ke agensi lain boleh ga", "naik perahu ke tawau lewat laut malam2 aman gak"),
    ),
    Rule(
        "moved.transported_en",
        C.MOVED,
        (
            r"(?:saya|we|she|he|they|us|her|him)(?: \w+)? (?:were|was|are|is|am|m|re|s|being|get|got|getting)"
            r"(?: being| us| her| him| them| saya)? (?:moved|taken|transported|driven|carried|smuggled"
            r"|shipped|loaded|put)\b.{0,40}"
            r"\b(?:at night|tonight|in the dark|(?:in|into) (?:a|an|the) (?:\w+ )?(?:van|truck|lorry|boat"
            r"|container|car)|border|river|jungle"
            r"|forest)"
        ),
        strength=WEAK,
        why="English: being moved or driven, at night, in a vehicle, towards a border: weak alone.",
        fires=(
            "we are being driven somewhere at night, the windows are covered",
            "my daughter was taken in a car to another town by the agent",
            "they got us loaded into a truck near the border",
        ),
        silent=(
            "we were taken to the medical check by the agency, is that free",
            "is a car provided when workers are moved to the dormitory",
            "we were taken to the medical center by the agency van, do we pay for the check?",
        ),
    ),
    Rule(
        "moved.closed_vehicle",
        C.MOVED,
        (
            r"(?:van|truk|truck|mobil|car|lorry|bus|kontainer|container|boat|perahu|kapal)\b.{0,30}"
            r"\b(?:(?:no|tanpa|tidak ada|without|with no) (?:windows?|jendela)|(?:ditutup|tertutup|covered"
            r" (?:with|by)) (?:terpal|a tarp|tarpaulin|kain)|windows? (?:are |were )?(?:covered|blacked out"
            r"|ditutup|dicat)|kaca(?:nya)? (?:gelap|ditutup|dicat))"
            r"|(?:no|tanpa|tidak ada) (?:windows?|jendela)\b.{0,30}\b(?:van|truk|truck|mobil|car|lorry"
            r"|kontainer|container)"
        ),
        strength=WEAK,
        why="A closed vehicle (no windows, under a tarp): weak alone; at night or to a border, urgent.",
        fires=(
            "kami di truk ditutup terpal, ga tau lewat mana",
            "van nya tanpa jendela, udah 5 jam jalan",
            "the car windows are blacked out and they took our phones",
            "bro skrg di mobil tanpa jendela, udh 6 jam, supirnya ga ngomong apa2",
        ),
        silent=(
            "kamar sy tanpa jendela, pengap, boleh minta pindah?",
            "van nya ada jendela ga sih? anak sy mabuk darat",
        ),
    ),
    Rule(
        "moved.to_be_moved_next",
        C.MOVED,
        (
            # told she will be moved on, soon: "tomorrow they move me", "besok aku dipindah", Javanese
            # "sesuk aku arep digowo", Sundanese "isukan abdi rek dipindahkeun"
            r"(?:tomorrow|tonight|besok|nanti malam|malam ini|sesuk|mengko bengi|isukan|engke peuting)"
            r" (?:they |mereka |wong e )?(?:will |ll |gonna |are going to |akan |mau |arep |rek |bakal )?"
            r"(?:move|moving|take|taking|sell|selling)(?: saya| us| her| him| me)"
            r"|(?:they|mereka) (?:will |ll |gonna |are going to |akan |mau )?(?:move|moving|sell|selling)"
            r" (?:saya|us|her|him|me) (?:tomorrow|tonight|again|somewhere|to another)"
            r"|(?:tomorrow|tonight|besok|nanti malam|malam ini|sesuk|mengko bengi|isukan|engke peuting)"
            r" (?:saya |kami |dia |aku |abdi |kaula |adik |anak saya |\w+ )?(?:akan |mau |arep |rek |bakal )?"
            r"(?:dipindah|dipindahkan|dipindahin|digowo|dibawa pergi|dijual|dipindahkeun|dibawa ka)"
        ),
        strength=WEAK,
        why="Told she is to be moved on or sold soon: weak alone, urgent with silence, no phone or fear.",
        fires=(
            "they took her phone and tomorrow they move her, we have not heard since",
            "besok aku dipindah jare, hp dijupuk, tulung",
            "mbakku ngomong sesuk arep dipindah, hp dijupuk agen",
        ),
        silent=(
            "besok sy pindah kos, alamat di ktp perlu diganti gk?",
            "tomorrow we move to the new flat of my employer, can i change address online",
        ),
    ),
    Rule(
        "moved.in_a_car_boot",
        C.MOVED,
        (
            # "lagi di dalem bagasi mobil", "sy dimasukin ke bagasi", "i am locked in the trunk"
            r"(?:lagi|sedang|dimasukin|dimasukkan|dimasukan|dikunci|disekap|dikurung|dilempar|ditaruh"
            r"|ngumpet|sembunyi|bersembunyi)(?: \w+){0,2} (?:ke |di )?(?:dalam |dalem )?bagasi"
            r"(?! pesawat| kabin| kg)\b"
            r"|(?:i m|i am|we are|we re|locked|stuck|put|thrown|shoved|hiding) (?:me |us |her |him )?"
            r"in(?:side)? (?:the |a )?(?:car )?(?:trunk|boot)\b"
        ),
        # asked as calmly as "can I still report from in here?": never a supposition
        unhedged=True,
        why="A person in a car boot: carried off hidden or held, however calm the question around it.",
        fires=(
            "min, masih bisa lapor gak kalo lagi di dalem bagasi mobil?",
            "adik sy dimasukin ke bagasi sama 2 orang",
            "i am locked in the trunk of a car",
        ),
        silent=(
            "ikat barang pake tali biar aman di bagasi",
            "bagasi pesawat ke taiwan berapa kg?",
            "koper sy masih di bagasi mobil agen, gmn ambilnya",
            # a supposition or the news (`hedges.HYPOTHETICAL`)
            "seandainya adik sy dimasukin ke bagasi mobil, lapor ke mana?",
            "ada berita orang dimasukin ke bagasi mobil di johor, serem ya",
            "what if someone is locked in the trunk of a car, who do they call?",
        ),
    ),
    Rule(
        "moved.taken_somewhere",
        C.MOVED,
        (
            # taken to a place no one names: "they are taking me somewhere", "sy mau dibawa entah kemana"
            r"\b(?:they are|they re|theyre) taking (?:saya|me|her|him|us|them) (?:somewhere|away)\b"
            r"|\b(?:saya|kami|dia|aku) (?:mau |ingin |akan |sedang |lagi )?dibawa (?:ke )?(?:suatu tempat"
            r"|entah (?:ke ?)?mana|tempat lain|pergi)\b(?! (?:liburan|jalan jalan|belanja|berobat|ke dokter))"
        ),
        why="Being taken to a place no one names, by 'them': moved against her will.",
        fires=(
            "she just texted me 'pray for me, they are taking me somewhere, don't call'",
            "sy mau dibawa entah kemana sama agen malam ini",
        ),
        silent=(
            "majikan mau bawa sy jalan2 ke tempat lain minggu depan, boleh nolak?",
            "they are taking me to the airport tomorrow, what documents do I need",
        ),
    ),
)
