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
        ),
        strength=WEAK,
        why="Moved by boat, truck or forest path: weak, strong with night or an unknown place.",
        fires=(
            "agen maksa kami naik kapal malam ini",
            "they moved us to a house we don't know",
            "kami mau dinaikin ke perahu tengah malam, ga tau dibawa kemana",
        ),
        silent=(
            "is it risky to go in a boat across the border at night",
            "kerja di malaysia lewat jalur resmi",
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
)
