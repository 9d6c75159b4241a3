"""Stranded: thrown out, left behind, locked out."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "stranded.thrown_out",
        C.STRANDED,
        (
            r"diusir|dipiceun|ditelantarkan|terlantar|(?:calo|agen|sponsor|tekong)(?:nya)? (?:ngilang"
            r"|menghilang|kabur"
            r"|hilang)|telantar|ditinggal (?:calo|agen|agensi|sponsor|tekong|di)|ditinggalin|ditinggalkan"
            r" (?:calo|agen|agensi|sponsor|tekong|di)|(?:mengusir|ngusir|ngusirin) (?:saya|kami)"
            r"|(?:tidak|dilarang) (?:boleh |dibolehkan )?masuk (?:rumah|ke rumah)?"
            # locked out, unless a spare key or a laugh ends it: "untung ada kunci cadangan"
            r"|(?:dikunci di luar|locked out)(?!(?: \w+){0,14} (?:untung|kunci cadangan|spare key"
            r"|sudah bisa masuk|wkwk\w*|haha\w*|lucky))"
            r"|kicked out|thrown out|abandoned"
        ),
        strength=WEAK,
        why="Thrown out, abandoned, left by the agent: weak alone.",
        fires=(
            "nyonya ngusir sy jam 2 pagi tanpa paspor",
            "abdi dipiceun ku agen di terminal peuting2",
            "sy diusir majikan jam 1 pagi, ga pegang paspor",
        ),
        silent=(
            "katanya agen dilarang mukul pekerja ya?",
            "uang sy dibawa kabur calo, bisa dilaporkan?",
            "malam ini sy dikunci di luar sm temen kos krn pulang telat, untung ada kunci cadangan",
        ),
    ),
    Rule(
        "stranded.dropped_off",
        C.STRANDED,
        (
            r"(?:ditinggal|ditinggalin|diturunin|diturunkan|left) (?:\w+ ){0,2}(?:di|at) (?:\w+ )?"
            r"(?:bandara|airport|perbatasan|border|pinggir jalan|jalan|terminal|pelabuhan)"
            r"|(?:throw|throws|threw) (?:saya|us|her|him) out|(?:dikeluarin|dikeluarkan|diusir|ngusir)\b"
            r".{0,30}\b(?:jam|malam|tengah malam|subuh)|tidur di (?:lantai |kursi )?(?:bandara|airport|halte"
            r"|jalan|emperan|terminal)"
        ),
        strength=WEAK,
        why="Dropped at an airport, a border or the roadside, thrown out at night: weak alone.",
        fires=(
            "nyonya ngusir sy jam 2 pagi tanpa paspor",
            "sy diusir majikan jam 1 pagi, ga pegang paspor",
            "saya diusir tengah malam tanpa paspor di jalan di jeddah, ada laki2 ngikutin",
        ),
        silent=(
            "kalau kapal berangkat tengah malam boleh bawa bekal?",
            "naik perahu ke tawau lewat laut malam2 aman gak",
        ),
    ),
    Rule(
        "stranded.not_picked_up",
        C.STRANDED,
        (
            r"(?:jemput|menjemput|jemputan|ngejemput)(?: \w+){0,2} (?:tidak|belum) (?:datang|dtg|muncul"
            r"|nongol)(?!(?: \w+){0,4} (?:gimana|bagaimana|what|harus apa))"
            r"|(?:nobody|no one) (?:came|come|is here) to pick (?:me|us|saya|kami) up"
        ),
        strength=WEAK,
        why=(
            "Whoever was to meet her on the way did not come (in transit, at the airport): weak alone, and"
            " what lets the model judge her passport held by the escort and no money."
        ),
        fires=(
            "sy di pesawat transit di doha, org yg jemput gk dtg, paspor dipegang org yg nganter dr jkt",
            "nobody came to pick me up at the airport, agent not answer",
        ),
        silent=(
            "kalau yang jemput di bandara tidak datang gimana",
            "sy udh sampe bandara, jemputan nya udh dtg",
        ),
    ),
)
