"""Health emergencies now, and care refused."""

from __future__ import annotations

from faq.triage.lexicon import PERSON
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

# A serious wound: a machete or knife cut, a deep tear, a broken bone.
_WOUND = (
    r"luka (?:bacok|bacokan|tusuk|tusukan|sabetan|parang|golok|pisau|sobek|robek|dalam|menganga|besar)"
    r"|dibacok|kena (?:parang|golok|bacok|pisau|celurit|mesin)|tulang(?: \w+)? patah|patah tulang"
    r"|(?:kaki|tangan|lengan|jari|rusuk)(?: \w+)? (?:patah|sobek|robek)|patah"
)
# Treated by the worker himself: sewn, splinted, bound with what is at hand.
_SELF_TREATED = (
    r"(?:dijahit|jahit|menjahit|saya jahit|dibidai|bidai|diobati|obati|diurut|urut) sendiri"
    r"|benang jahit|jarum jahit"
    r"|(?:diikat|ikat|dibebat|bebat|dibidai|bidai) (?:pake|pakai|dengan) (?:kayu|bambu|papan|kain)"
)
# Kept from care: the boss will not let him out, the clinic far, no papers to go.
_KEPT_FROM_CARE = (
    r"(?:klinik|rumah sakit|hospital|dokter|puskesmas)(?: \w+){0,2} jauh"
    r"|(?:majikan|mandor|supervisor|kapten|tauke)(?: \w+){0,2} tidak (?:izinin|izinkan|mengizinkan|kasih|kasi"
    r"|bolehin|boleh|bagi|mau)(?: saya)? (?:keluar|pergi|ke (?:klinik|rumah sakit|dokter|hospital))"
    r"|tidak (?:boleh|dikasih|diizinkan|bisa) (?:keluar|ke (?:klinik|rumah sakit|dokter|hospital))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "medical.self_treated_wound",
        C.MEDICAL,
        (
            rf"(?:{_WOUND})(?: \w+){{0,8}} (?:{_SELF_TREATED}).{{0,120}}\b(?:{_KEPT_FROM_CARE})"
            rf"|(?:{_KEPT_FROM_CARE})\b.{{0,120}}\b(?:{_WOUND})(?: \w+){{0,8}} (?:{_SELF_TREATED})"
        ),
        # "hehe gpp, cuma nanya" around a wound sewn at home because he may not go out: understatement,
        # not safety
        unhedged=True,
        why=(
            "A serious wound (a machete or knife cut, a broken bone) treated by the worker himself because"
            " the boss will not let him out or the clinic is far: care kept from him, however lightly put."
        ),
        fires=(
            "cuma nanya kalau luka bacok di punggung dijahit sendiri pake benang jahit bisa gk ya?"
            " klinik jauh, bos gk izinin keluar",
            "hehe gpp, tangan kena parang td, sy jahit sendiri aja soalnya mandor gk kasih keluar",
            "kaki sy patah kayaknya, sy ikat pake kayu aja, rumah sakit jauh bgt",
        ),
        silent=(
            "luka kecil kena pisau dapur, udh diplester sendiri",
            "kalau tangan patah di tempat kerja, biaya rumah sakit siapa yg tanggung?",
            "bisa kursus jahit di penampungan gk",
        ),
    ),
    Rule(
        "medical.emergency",
        C.MEDICAL,
        (
            # unconscious in each language: "semaput", "kelenger" (Javanese), "kapiuhan" (Sundanese),
            # "mboten sadar" (krama, which the spelling leaves as typed)
            r"pingsan|tidak sadar|tidak sadarkan diri|semaput|kelenger|klenger|kapiuhan|mboten sadar"
            r"|teu sadar|tidak eling|mboten eling|muntah darah|pendarahan|perdarahan|kejang|sesak napas"
            r"|sesak nafas|unconscious|fainted|passed out|seizure|overdose|keguguran|miscarriage"
        ),
        why="A health emergency now: unconscious, bleeding, a seizure, a miscarriage.",
        fires=(
            "tonggoku crito anake ning taiwan ditemokake semaput nang kamar, ora digowo rs",
            "adikku kelenger neng kamar, ora ono sing nulungi",
            "teh, adi abdi kapiuhan di kamar, teu aya nu ngurus",
            "anak kulo mboten sadar wonten kamar, mboten dipun beta dateng rumah sakit",
            "adik sy pendarahan, majikan ga mau bawa ke rs",
            "pusing bgt muntah darah disuruh kerja terus",
            "sy keguguran td darah banyak madam suruh tetep ngepel",
        ),
        silent=(
            "bunuh diri itu dosa ga sih",
            "ada program pencegahan bunuh diri buat pmi ga?",
            "sy sempet pusing tp tetep sadar, udh enakan",
        ),
    ),
    Rule(
        "medical.care_refused",
        C.MEDICAL,
        (
            r"tidak (?:ingin|mau|boleh|dibolehkan|diizinkan|dikasih|bisa|bolehin|ngebolehin|ngizinin"
            r"|izinin|ngasih"
            r"|kasih) (?:\w+ ){0,2}(?:ke )?"
            r"(?:dokter|rumah sakit|rs|klinik|puskesmas|berobat)"
            r"|tidak dibawa (?:ke )?(?:dokter|rumah sakit|rs|klinik|puskesmas|berobat)"
            r"|(?:won t|wont|will not|doesn t|does not|refuses to) take saya to (?:the |a )?(?:hospital"
            r"|doctor)"
            r"|not allowed to see a doctor"
            r"|(?:won t|wont|will not|doesn t|does not|refuses to|refused to) (?:take|bring"
            r"|let) (?:saya|her|him|us)"
            r" (?:go )?to (?:the |a )?(?:hospital|doctor|clinic)"
        ),
        why="Not allowed or taken to a doctor or hospital.",
        fires=(
            "my employer won't take me to the hospital",
            "adik sy pendarahan, majikan ga mau bawa ke rs",
            "sy muntah2 terus tp majikan ga bolehin ke klinik",
        ),
        silent=(
            "kalau sakit di LN biaya berobat ditanggung siapa",
            "kalau sy sakit di LN biaya rumah sakit siapa yg tanggung",
        ),
    ),
    Rule(
        "medical.very_ill",
        C.MEDICAL,
        r"sakit parah|sakit (?:banget|sekali)|demam tinggi|bleeding",
        strength=WEAK,
        why="Very ill, high fever: weak alone.",
        fires=(
            "demam tinggi 3 hari ga dibawa ke dokter, skrg dia ngigau",
            "sy sakit demam tinggi udh seminggu, majikan gk izinin ke dokter",
            "sy sakit parah demam tinggi seminggu majikan ga mau bawa ke dokter",
        ),
        silent=("obat sakit gigi paling ampuh", "obat sakit gigi yg ampuh apa"),
    ),
    Rule(
        "medical.critical",
        C.MEDICAL,
        (
            r"(?:kondisi|kondisinya|keadaan|keadaannya|sedang|lagi|sekarang|masih|jadi) (?:\w+ )?"
            rf"(?:kritis|koma)\b|{PERSON}(?: saya| nya| ku)? (?:kritis|koma)\b"
            r"|sekarat|critical condition|in a coma"
            # in intensive care: "masuk icu", "is in icu in riyadh" (not a job "perawat icu")
            r"|(?:masuk|dirawat di|dibawa ke|is in|in the|at the|mlebu) (?:ruang )?(?:icu|iccu|nicu)\b"
            r"|(?:jatuh|terjatuh|fell|falling) (?:dari|from) (?:lantai|atap|jendela|gedung|balkon|apartemen"
            r"|the (?:window|roof|balcony|building)|(?:a|the) \w+ floor)"
        ),
        why="Critically hurt or ill now: a fall from a height, a coma (not 'pasien kritis' in a job).",
        fires=(
            "suami sy terjatuh dari atap pas kerja, skrg koma",
            "my sister fell from the balcony and nobody helps",
            "ibu sy kritis di rs, majikan ga mau tanggung biaya",
        ),
        silent=(
            "lowongan perawat icu buat pasien kritis di jepang syaratnya apa",
            "cara install ulang windows 11",
        ),
    ),
    Rule(
        "medical.breathing_or_untreated",
        C.MEDICAL,
        (
            r"susah (?:napas|nafas|bernapas|bernafas)|tidak bisa (?:napas|nafas|bernapas|bernafas)"
            r"|can t breathe|cannot breathe|cant breathe"
            r"|(?:patah|luka|berdarah|sakit|demam|bengkak)\b.{0,40}\b(?:dibiarin|dibiarkan|tidak diobati"
            r"|tidak dirawat|tidak diurus|tetap kerja|disuruh kerja|nyuruh (?:tetap )?kerja|suruh kerja)"
        ),
        why="Cannot breathe, or an injury or illness left untreated while made to work.",
        fires=(
            "tangan sy patah tp dibiarin aja sama majikan",
            "tangan sy patah tp majikan nyuruh tetap kerja",
            "temen sekamar sy sesak, susah napas dari tadi, agen diem aja",
        ),
        silent=("tolong info, kalau luka kerja ditanggung bpjs ga", "permit kerja malaysia diurus siapa"),
    ),
    Rule(
        "medical.bleeding_collapse",
        C.MEDICAL,
        (
            r"darah(?:nya)? (?:tidak|belum) (?:berhenti|mau berhenti)|berdarah (?:terus|lagi)"
            r"|(?:muntah|batuk|vomit|vomiting|cough|coughing) (?:ada |keluar |up )?(?:darah(?:nya)?|blood)"
            r"|collapsed|tidak sadar|tak sedar"
            r"|(?<!sleep and )(?<!tidur dan )(?:not|tidak|belum|never) (?:wake up|bangun bangun)"
            r"|tulang(?:nya)? (?:keliatan|kelihatan)"
            r"|hamil\b.{0,40}\b(?:sakit|kenceng|kencang|pendarahan|darah|kontraksi)"
        ),
        why="Bleeding that does not stop, collapse, a body failing now.",
        fires=(
            "darah ga berhenti",
            "udh demam 5 hari, batuk ada darahnya, majikan bilang sy pura2",
            "friend collapsed, boss says no hospital",
            "pusing bgt muntah darah disuruh kerja terus",
        ),
        silent=(
            "gji sya dipotng trs sm agensi hk,udh 6bln blm lunas jg",
            "gaji sy blm dibayar 3 bulan",
            "i want to sleep and never wake up",
        ),
    ),
    Rule(
        "medical.care_refused_other",
        C.MEDICAL,
        (
            r"(?:jangan|jgn|tidak usah|no|not) (?:\w+ ){0,2}(?:ke )?(?:rs|rumah sakit|dokter|klinik|hospital"
            r"|doctor|ambulans|ambulance)\b|no money for (?:the )?doctor|(?:not|never) (?:take"
            r"|bring) (?:saya|her"
            r"|him|us) (?:to )?(?:the )?hospital"
        ),
        why="Care refused in other words: 'jgn ke rs', 'no hospital', 'jangan call ambulans'.",
        fires=(
            "friend collapsed, boss says no hospital",
            "kaki sy kena mesin, berdarah terus, bos blg jgn ke rs nanti ketahuan ilegal",
        ),
        silent=(
            "kalau sy sakit di LN biaya rumah sakit siapa yg tanggung",
            "kalau sakit di luar negri dan butuh rumah sakit, bpjs nanggung ga?",
        ),
    ),
    Rule(
        "medical.injury_sign",
        C.MEDICAL,
        (
            r"ambulans|ambulance|stroke|melepuh|bernanah|nanah|infeksi|amputasi|diamputasi|patah tulang"
            r"|(?:kaki|tangan|leg|arm|hand|foot|rib|ribs)(?:nya)?(?: looks| is| seems| kayak| kayaknya)?"
            r" (?:patah|broken)|broken (?:leg|arm|hand|foot|rib|ribs)|sesak"
            r"|(?:tidak|cannot|can t) (?:bisa )?(?:jalan|berdiri|walk|stand)"
        ),
        strength=WEAK,
        why="Signs of a serious injury or illness: weak alone.",
        fires=(
            "temen sekamar sy sesak, susah napas dari tadi, agen diem aja",
            "ibu sy disiram air panas sama majikannya, tangannya melepuh",
            "tangan melepuh disetrika majikan, ga dikasih obat sama sekali",
            "her arm looks broken, the agency says just rest and keep working",
        ),
        silent=(
            "majikan ngajak jalan2 naik mobil ke mall, boleh ga nolak",
            "PL minta fotokopi ktp sama uang jalan 2jt",
        ),
    ),
    Rule(
        "medical.made_to_work_ill",
        C.MEDICAL,
        (
            r"(?:kerja|bekerja) (?:saja|aja|dulu)(?: dulu)? (?:nanti|ntar) (?:juga )?sembuh"
            r"|(?:tetap|tetep|terus) (?:disuruh |dipaksa )?(?:kerja|bekerja)"
            r" (?:walau|walaupun|padahal|meski|meskipun)"
            r"|(?:disuruh|dipaksa|suruh|told (?:saya |her |him )?to|made to|forced to)"
            r" (?:tetap |tetep |terus )?"
            r"(?:kerja|bekerja|keep working|work)(?: \w+){0,2} (?:walau|walaupun|padahal|meski|even though"
            r"|although|while) (?:sakit|demam|luka|bengkak|sick|ill|injured|hurt|bleeding)"
            r"|(?:told|tells) (?:saya|her|him) to (?:just )?keep working"
            r"|(?:says|said|bilang|tells|told)(?: \w+){0,3} (?:keep working|tetap kerja|tetep kerja)"
        ),
        strength=WEAK,
        why="Made to work on while ill or hurt ('it will heal'): weak alone; with an injury, urgent.",
        fires=(
            "kakinya bengkak gk bisa jalan, agensi bilang kerja aja dulu nanti sembuh sendiri",
            "sy demam tinggi tp tetep disuruh kerja walau udh muntah",
            "her leg is broken and the agent told her to keep working",
            "her arm looks broken, the agency says just rest and keep working",
        ),
        silent=(
            "luka kecil di jari, nanti juga sembuh sendiri kan kak",
            "boleh ga libur kalau sakit atau harus tetap kerja",
        ),
    ),
    Rule(
        "medical.care_refused_en",
        C.MEDICAL,
        (
            r"(?:won t|wont|will not|doesn t|doesnt|does not|don t|dont|do not|refuse to|refuses to"
            r"|refused to"
            r"|never) (?:let|allow) (?:saya|her|him|us|them) (?:to )?(?:see|go to|visit|get to|call)"
            r" (?:a |the )?(?:doctor|hospital|clinic|nurse)"
            r"|not (?:allowed|permitted) to (?:see|go to|visit) (?:a |the )?(?:doctor|hospital|clinic)"
        ),
        why="English: not let see a doctor or go to hospital.",
        fires=(
            "the family won't let her see a doctor",
            "my employer doesnt allow me to go to the hospital",
            "they refuse to let us see a doctor even when we are sick",
        ),
        silent=(
            "can i see a doctor on my day off or must i ask",
            "will my insurance let me see a doctor in hong kong",
        ),
    ),
    Rule(
        "medical.gravely_ill",
        C.MEDICAL,
        (
            r"high fever|very (?:sick|ill)|seriously (?:ill|sick|hurt|injured)"
            r"|(?:can|could) (?:barely|hardly) (?:talk|speak|breathe|walk|stand|move|eat)"
            r"|(?:hampir|nyaris) (?:tidak bisa|tidak kuat) (?:ngomong|bicara|napas|bernapas|jalan|berdiri)"
            r"|(?:susah|sulit) (?:ngomong|bicara) (?:di telepon|di telpon)"
            r"|(?:bengkak|swollen) (?:besar|gede|parah|banget|badly)|(?:badly|very) swollen"
        ),
        strength=WEAK,
        why="Gravely ill or hurt (high fever, can barely talk, badly swollen): weak alone.",
        fires=(
            "my sister has had a high fever for a week and can barely talk",
            "ibu sy kakinya bengkak gede gk bisa jalan",
            "he is very sick and nobody helps",
        ),
        silent=(
            "the fever went down after a day, can i go back to work",
            "kaki sy agak bengkak habis perjalanan panjang, normal ga",
        ),
    ),
    Rule(
        "medical.fever_dismissed",
        C.MEDICAL,
        (
            # a high fever, measured or shaking: "demam 40 menggigil", "panas 39", "fever 40", Javanese
            # "awak panas nggreges", Sundanese "muriang"
            r"(?:(?:demam|fever|muriang|meriang)(?: badan| tubuh| awak)?"
            # the weather is hot too: "panas 40 derajat" only of a body
            r"|(?:panas|suhu|temperature) (?:badan|tubuh|awak|awak e|body))(?: sampai| nganti)?"
            r" (?:39|4[0-2])(?:[ ,.]\d)?(?: derajat| degrees?| c)?"
            r"|(?:demam|fever|muriang|meriang) (?:\w+ )?(?:menggigil|shivering|ndredeg|nggreges|ngigau|kejer)"
            # the illness dismissed as put on: "majikan blg pura2", "says I am faking", "jare ethok ethok"
            r"|(?:bilang|katanya|ngomong|bilangnya|says|said|kata|jare|cenah|ca na)"
            r" (?:saya (?:am |m )?|dia |she s |she is |aku |abdi )?(?:cuma |hanya |only |just )?"
            r"(?:pura pura|faking|pretending|ethok ethok|api api)\b"
            r"(?! (?:sakit|ill|sick) (?:biar|supaya|so that|to get))"
        ),
        strength=WEAK,
        why="A fever of 39 or more or with shaking, or the illness called put on: weak alone, urgent together"
        " or with care refused.",
        fires=(
            "kak sy demam 40 menggigil, majikan blg sy pura2 aja",
            "adikku awak e panas 39 wis telung dino, bose jare ethok ethok, ora oleh nang dokter",
            "fever 40 since yesterday, my employer says I am faking and must keep working",
        ),
        silent=(
            "anak sy demam 38 td malam, udh minum obat, skrg udh turun",
            "di riyadh panas 40 derajat, boleh minta kipas ke majikan?",
            "majikan bilang sy malas krn telat bangun, gmn cara ngomongnya",
        ),
    ),
    Rule(
        "medical.wound_festering",
        C.MEDICAL,
        (
            # a wound gone black or smelling, with fever: infection spreading, whoever says it will heal
            r"(?:bengkak|luka|tangan|kaki|jari)\w*(?: \w+){0,3} (?:hitam|menghitam|membiru hitam|busuk"
            r"|membusuk|bau|bernanah)\b.{0,80}\b(?:demam|panas tinggi|meriang|fever)"
            r"|\b(?:demam|panas tinggi|fever)\b.{0,80}\b(?:bengkak|luka)\w*(?: \w+){0,3} (?:hitam|menghitam"
            r"|busuk|membusuk|bau|bernanah)\b"
        ),
        why="A wound black, rotting or smelling, with fever: an infection that can cost the limb or life.",
        fires=("tangan kanan saya kegilas traktor, sekarang bengkak hitam dan bau, demam terus",),
        silent=(
            "kaki sy bengkak dikit abis jalan jauh, normal gk",
            "luka di tangan udah kering, cuma masih bau obat merah",
        ),
    ),
)
