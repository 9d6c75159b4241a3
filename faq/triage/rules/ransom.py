"""Ransom, debt bondage and extortion: money demanded before a person may go."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "ransom.ransom",
        C.RANSOM,
        (
            r"(?:tebusan|ransom|ditebus|menebus|tebus)"
            r"(?! (?:ijazah|paspor|passport|dokumen|sertifikat|barang|gadai|gadaian|bpkb|obat|resep|ktp))"
        ),
        why="A ransom; redeeming a held document or a pawned thing is not one.",
        fires=(
            "perusahaan minta tebusan 30 juta ke keluarga sy",
            "they are asking my family for ransom to release me",
            "perusahaan minta tebusan 50jt biar anak sy dilepas",
        ),
        silent=("ongkos menebus paspor yg ditahan pt brp", "selain paspor dan skck, dokumen apa lg yg perlu"),
    ),
    Rule(
        "ransom.debt_bondage",
        C.RANSOM,
        (
            r"tidak (?:boleh|bisa|diizinkan|dikasih) (?:pulang|keluar|bebas|pergi)\b.{0,30}"
            r"\b(?:kalau|sebelum|sampai|kecuali|harus|diminta|disuruh) (?:belum |tidak )?(?:\w+ )?"
            r"(?:bayar|membayar|melunasi|lunas|nebus|ganti rugi|denda|utang|hutang)"
            r"|(?:kalau|sebelum) (?:belum |tidak )?(?:bayar|membayar|melunasi|lunas)\b.{0,30}"
            r"\btidak (?:boleh|bisa) (?:pulang|keluar|bebas|pergi)"
        ),
        why="Going home only after paying: 'tidak bisa pulang kalau belum bayar ganti rugi'.",
        fires=(
            "sy ga blh keluar sebelum melunasi denda ke pt",
            "kata bos kalau belum lunas utangnya adik sy ga bisa bebas",
        ),
        silent=("bayar denda overstay biar bisa pulang brp", "PK belum dikasih tp disuruh berangkat, gmn"),
    ),
    Rule(
        "ransom.pay_for_release",
        C.RANSOM,
        (
            r"(?:bayar|uang|transfer|duit)\b.{0,40}\b(?:dilepas|dilepaskan|dilepasin|dibebaskan"
            r"|dibebasin|dipulangkan|dipulangin)"
        ),
        why="Money asked before someone is released.",
        fires=(
            "disuruh bayar 40 juta biar bisa dilepas",
            "disuruh bayar 3000 dolar kalo mau dipulangin, klo ga bayar dijual lagi",
        ),
        silent=("bayar denda overstay biar bisa pulang brp", "uang sy dibawa kabur calo, bisa dilaporkan?"),
    ),
    Rule(
        "ransom.demand_for_release",
        C.RANSOM,
        (
            r"(?:minta|meminta|diminta|dimintai|dimintain|menuntut)\b.{0,40}"
            r"\b(?:baru|biar|supaya|agar|kalau ingin) (?:\w+ ){0,2}(?:boleh |bisa )?"
            r"(?:pulang|bebas|keluar|dilepas|dilepasin|dilepaskan|dibebaskan|dibebasin|dipulangkan"
            r"|dipulangin)"
        ),
        why="A demand made before someone may go home or free.",
        fires=(
            "mereka minta 50 juta biar suami sy dibebasin",
            "keluarga diminta transfer 30 juta biar sy bisa pulang, tolong",
            "perusahaan di kamboja minta 80 juta baru anak sy boleh pulang",
        ),
        silent=("sy overstay ga bisa pulang gmn", "kenapa agen minta paspor sy disimpan"),
    ),
    Rule(
        "ransom.pay_to_go_home",
        C.RANSOM,
        (
            r"(?:bayar|uang|transfer|duit)\b.{0,40}\b(?:kalau ingin|biar|supaya|agar"
            r"|baru) (?:\w+ )?(?:bisa )?"
            r"(?:pulang|bebas|keluar)"
        ),
        strength=WEAK,
        why="Money to be able to go home: weak alone (it may be a fee).",
        fires=(
            "keluarga diminta transfer 30 juta biar sy bisa pulang, tolong",
            "agen nahan kami di ruko, harus bayar 15 juta dulu baru boleh pulang",
            "bayar denda overstay biar bisa pulang brp",
        ),
        silent=(
            "sy ga bisa pulang krn ga ada uang tiket pesawat",
            "mau nanya, klo pulang karena kontrak habis, tiket siapa yg bayar",
        ),
    ),
    Rule(
        "ransom.robbed",
        C.RANSOM,
        r"diperas|dipalak|dirampok|extorted|robbed",
        strength=WEAK,
        why="Robbed or extorted: weak alone.",
        fires=("sy dirampok di jalan pulang dr pasar",),
        silent=("cara lapor perampokan di hongkong",),
    ),
    Rule(
        "ransom.extortion",
        C.RANSOM,
        (
            r"(?:minta|meminta|diminta|mintain) (?:uang|duit|bayar)\b.{0,40}\b(?:kalau|if) (?:tidak|not"
            r"|nggak)"
            r" (?:bayar|pay)|di tangan kami|siapkan (?:uang|duit|\d+)"
        ),
        why="Money demanded with a threat.",
        fires=(
            "orang itu minta duit 20 juta, kalo ga bayar anak sy ga dilepas",
            "sy dpt pesan dr nomer asing anak ibu di tangan kami siapkan 100 juta",
            "ada org ngaku polisi minta uang, kalo ga bayar sy dibawa, tp mereka ga pake seragam",
        ),
        silent=("sponsor minta uang dulu boleh ga", "PL minta uang muka 5jt buat berangkat"),
    ),
)
