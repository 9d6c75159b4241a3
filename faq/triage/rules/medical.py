"""Health emergencies now, and care refused."""

from __future__ import annotations

from faq.triage.lexicon import PERSON
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "medical.emergency",
        C.MEDICAL,
        (
            r"pingsan|tidak sadar|tidak sadarkan diri|muntah darah|pendarahan|perdarahan|kejang|sesak napas"
            r"|sesak nafas|unconscious|fainted|passed out|seizure|overdose|keguguran|miscarriage"
        ),
        why="A health emergency now: unconscious, bleeding, a seizure, a miscarriage.",
        fires=(
            "adik sy pendarahan, majikan ga mau bawa ke rs",
            "pusing bgt muntah darah disuruh kerja terus",
            "sy keguguran td darah banyak madam suruh tetep ngepel",
        ),
        silent=("bunuh diri itu dosa ga sih", "ada program pencegahan bunuh diri buat pmi ga?"),
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
            r"|(?:muntah|batuk|vomit|vomiting|cough|coughing) (?:darah|blood)|collapsed|tidak sadar|tak sedar"
            r"|(?:not|tidak|belum|never) (?:wake up|bangun bangun)|tulang(?:nya)? (?:keliatan|kelihatan)"
            r"|hamil\b.{0,40}\b(?:sakit|kenceng|kencang|pendarahan|darah|kontraksi)"
        ),
        why="Bleeding that does not stop, collapse, a body failing now.",
        fires=(
            "darah ga berhenti",
            "friend collapsed, boss says no hospital",
            "pusing bgt muntah darah disuruh kerja terus",
        ),
        silent=("gji sya dipotng trs sm agensi hk,udh 6bln blm lunas jg", "gaji sy blm dibayar 3 bulan"),
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
            r"|(?:kaki|tangan|leg|arm)(?:nya)? (?:patah|broken)|broken (?:leg|arm)|sesak"
            r"|(?:tidak|cannot|can t) (?:bisa )?(?:jalan|berdiri|walk|stand)"
        ),
        strength=WEAK,
        why="Signs of a serious injury or illness: weak alone.",
        fires=(
            "temen sekamar sy sesak, susah napas dari tadi, agen diem aja",
            "ibu sy disiram air panas sama majikannya, tangannya melepuh",
            "tangan melepuh disetrika majikan, ga dikasih obat sama sekali",
        ),
        silent=(
            "majikan ngajak jalan2 naik mobil ke mall, boleh ga nolak",
            "PL minta fotokopi ktp sama uang jalan 2jt",
        ),
    ),
)
