"""Trafficking and forced labour: sold, handed over, forced to work or to scam."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "trafficking.minor_sent_soon",
        C.TRAFFICKING,
        (
            # a child, with a recruiter or someone else's papers, leaving within hours: "keponakan sy umur
            # 16 ... dokumennya pakai nama kakaknya ... berangkat besok subuh", "3 anak gadis diberangkatkan
            # malam ini oleh perekrut, umurnya 15 dan 16"
            r"^(?=.*\b(?:umur|usia|umurnya|usianya|age|aged|berumur)(?: \w+)? (?:1[0-7]|belasan)\b"
            r"|.*\b1[0-7] (?:years old|yo)\b|.*\b(?:di bawah umur|underage|under 18)\b)"
            r"(?=.*\b(?:besok|subuh|malam ini|nanti malam|hari ini|tonight|tomorrow)\b)"
            r"(?=.*\b(?:palsu|dipalsu\w*|dituakan|fake|forged|perekrut|calo|tekong|recruiter|broker"
            r"|jalur tikus|jalan tikus"
            r"|(?:pakai|pake|dengan|using|under) (?:nama|identitas|dokumen|paspor|ktp)"
            r" (?!saya\b|sendiri\b)\w+)\b)"
            r".*?\b(?:berangkat|diberangkatkan|diberangkatin|dibawa|dikirim|leaving|leaves|sent|taken)"
        ),
        why=(
            "A child under 18 about to be sent abroad within hours by a recruiter or on someone else's"
            " papers: trafficking that can still be stopped at the port or the border."
        ),
        fires=(
            "keponakan sy umur 16 dijanjikan kerja di brunei, dokumennya pakai nama kakaknya, berangkat"
            " lewat entikong besok subuh. bisa dicegah?",
            "3 anak gadis warga sy mau diberangkatkan ke malaysia malam ini oleh perekrut, umurnya 15 dan 16",
        ),
        silent=(
            "anak sy umur 17 mau berangkat magang ke jepang besok lewat LPK resmi, bawa apa aja?",
            "adik sy umur 16 dijanjikan kerja oleh calo, gmn cara cegahnya?",
            "sy umur 25, calo bilang berangkat besok subuh, paspor udh jadi",
        ),
    ),
    Rule(
        "trafficking.held_for_transfer",
        C.TRAFFICKING,
        (
            # a group locked in and about to be sent on, as a volunteer relays it ("katanya mau
            # diberangkatkan ke kamboja besok subuh"): the hearsay is the transfer's, not the lock's
            r"(?:ditahan|dikurung|dikunci|digembok|disekap|dikumpulkan|ditampung|tidak boleh keluar|locked)"
            r".{0,120}\b(?:diberangkatkan|dikirim|dibawa|diterbangkan|diseberangkan|dipindah|sent|moved|taken)"
            r"(?: \w+){0,3} (?:ke|to) (?:kamboja|cambodia|myanmar|burma|laos|thailand|filipina|philippines"
            r"|perbatasan|the border)\b.{0,60}\b(?:besok|subuh|malam ini|nanti malam|hari ini|sekarang|segera"
            r"|minggu ini|tomorrow|tonight|today|soon)"
        ),
        unhedged=True,
        why=(
            "A group held in a flat or house and about to be sent to a scam-compound country: a trafficking"
            " transfer in hours, even when relayed."
        ),
        fires=(
            "30an calon PMI ditahan di apartemen, kamarnya digembok dr luar, katanya mau diberangkatkan ke"
            " Kamboja besok subuh",
            "adik sy dikurung di rumah di medan sama 10 org lain, mau dikirim ke myanmar malam ini",
        ),
        silent=(
            "lowongan kerja ke kamboja gaji 15 juta, aman gk?",
            "katanya kalau kerja di kamboja nanti dikurung, bener gk?",
        ),
    ),
    Rule(
        "trafficking.sold",
        C.TRAFFICKING,
        (
            r"dijual|dijualin|diperjualbelikan|sold (?:saya|us|her|him)(?! (?:a|an|the|fake|some)\b)"
            r"|(?:was|were|been|being|got) (?:sold|trafficked)"
            r"|scam compound|disuruh (?:\w+ ){0,2}(?:nipu|menipu|scam)|diperbudak|dijadikan budak|kerja rodi"
            r"|dijadiin budak|diperlakukan (?:seperti|kayak|kaya) budak|(?:treated"
            r"|treat \w+) like (?:a )?slaves?"
            r"|(?:trafficking|tppo) victim|victim of (?:trafficking|tppo)"
        ),
        why="Sold, traded, enslaved, put to work in a scam compound.",
        fires=(
            "adikku didol neng agen liyo",
            "SOS trafficking victim here",
            "i was sold to another employer",
        ),
        silent=("they sold me a fake visa, can i report it", "kerja online scam"),
    ),
    Rule(
        "trafficking.forced_work",
        C.TRAFFICKING,
        (
            r"dipaksa (?:kerja|bekerja|nipu|menipu|scam|(?:jadi|menjadi) scammer)|forced to (?:work|scam)"
            r"|forcing saya"
        ),
        why="Forced to work or to scam.",
        fires=(
            "dipaksa kerja tanpa gaji dan diancam kalo kabur",
            "sy dipaksa kerja jd scammer di myawaddy ga bisa pulang",
            "ibu sy dipaksa kerja 20 jam ga dikasih makan di malaysia",
        ),
        silent=("kerja online scam", "kerja scam di myanmar"),
    ),
    Rule(
        "trafficking.victim_named",
        C.TRAFFICKING,
        r"korban (?:tppo|trafficking|perdagangan orang)",
        strength=WEAK,
        why="'Korban TPPO': weak alone (it may be over).",
        fires=(
            "apa yg harus disiapin biar ga jadi korban perdagangan orang",
            "ciri ciri korban tppo",
            "hak korban tppo apa aja",
        ),
        silent=(
            "tugas sekolah sy tentang perdagangan orang, ada data jumlah korban gk",
            "ciri ciri perdagangan orang",
        ),
    ),
    Rule(
        "trafficking.forced_labour",
        C.TRAFFICKING,
        r"(?:dipekerjakan|diperkerjakan|disuruh kerja|bekerja) (?:secara )?paksa",
        why="Forced labour.",
        fires=("kami dipekerjakan paksa di pabrik, pintunya dijaga preman",),
        silent=("kalo disuruh lembur tanpa dibayar itu termasuk kerja paksa gk", "apa itu kerja paksa"),
    ),
    Rule(
        "trafficking.refused_but_forced",
        C.TRAFFICKING,
        r"(?:tidak ingin|menolak|nolak)\b.{0,15}\b(?:tapi|tetapi|tp|but) (?:di)?paksa",
        why="Refused but forced.",
        fires=("lg disuruh naik kapal ke tawau malem ini tanpa paspor, sy ga mau tp dipaksa",),
        silent=("majikan ngajak jalan2 naik mobil ke mall, boleh ga nolak", "apa itu kerja paksa"),
    ),
    Rule(
        "trafficking.handed_over",
        C.TRAFFICKING,
        (
            r"dioper|dioperin|dioperkan|diserahin|diserahkan (?:ke|kepada) (?:orang|org) lain"
            r"|(?:sudah|udah|telah) dibeli|(?:sell|sold|selling) (?:saya|us|her|him|one of us)\b"
            r"(?! (?:a|an|the|fake|some|tickets?|visas?))"
            r"|(?:jual|dijual) (?:lagi|lg)"
            # lent or given to another household without her say: "dipinjemin ke rumah saudaranya majikan"
            r"|(?:dikasihin|dikasihkan|dipinjemin|dipinjamkan|dipinjemke|dititipin|dilempar|disilihkeun)"
            r" (?:saya |kami )?(?:ke|kepada|ka|neng|di) (?:majikan|keluarga|rumah|orang|bos|agen|agensi)"
            r" (?:\w+ )?(?:lain|liyane|sanes|lian|baru|saudaranya|saudara majikan|temannya|anaknya)"
            r"|(?:gave|handed|passed|lent|loaned|transferred) (?:saya|us|her|him)(?: over)? to (?:another"
            r"|a new"
            r"|other|a different|his|her) (?:family|employer|house|household|boss|agency|man|brother|sister"
            r"|friend|relative)"
        ),
        why="Handed over or sold to someone else.",
        fires=(
            "kalo sy nolak kerja mereka bilang sy bakal dijual lagi",
            "they said if i try to escape they will sell me to another company",
            "kata agen istri sy udh diserahin ke org lain buat bayar utang agen",
            "they gave me to another family, i didnt agree, they keep my passport",
            "sy dipinjemin ke rumah saudaranya majikan, kerja 2 rumah gak dibayar",
            "kulo dipinjemke neng keluarga liyane majikan, mboten angsal wangsul",
        ),
        silent=("they sold me a fake visa, can i report it", "kok bisa sih orang dijual? gimana modusnya"),
    ),
    Rule(
        "trafficking.scam_work_there",
        C.TRAFFICKING,
        (
            # she is in a scam-compound country now and the work is scamming: "sy di kamboja kerja scam"
            r"(?:saya|aku|kami|gue) (?:sekarang |masih |lagi |sudah |ini )?(?:di|in) "
            r"(?:kamboja|cambodia|myanmar|burma|laos) (?:\w+ ){0,2}"
            r"(?:kerja |bekerja |jadi |disuruh |dipaksa |suruh )?(?:online )?"
            r"(?:scam|scammer|penipuan|nipu|menipu|judi online)"
        ),
        why="Working a scam job in a compound country now: held there, whatever the job was called.",
        fires=(
            "bang sy di kamboja kerja scam",
            "aku skrg di myanmar kerja jadi scammer",
            "sy di kamboja kerja scam, gk bs pulang",
        ),
        silent=(
            "kerja scam di myanmar",
            "kerja online scam",
            "lowongan kerja ke kamboja gaji 15 juta, aman gk?",
            "sy di kamboja kerja di pabrik garmen",
        ),
    ),
    Rule(
        "trafficking.compound_named",
        C.TRAFFICKING,
        (
            # the scam-compound towns and parks of the Mekong border; "kk" is normalised to "kakak"
            r"(?:inside|in|near|di|dalam|ini di|from|dekat|deket|at) (?:a |the )?"
            r"(?:compound (?:near |in |at )?)?"
            r"(?:kk park|kakak park|shwe kokko|shwe koko|myawaddy|myawadi|sihanoukville|sihanouk|golden"
            r" triangle|kings romans|o smach|bavet|poipet|tai zhang|huanya|yatai|dongmei|laukkaing|mong la"
            # the Thai towns the crossings to those compounds leave from
            r"|mae sot|maesot|tachileik|mae sai)\b"
            r"|(?:compound|kompleks|kawasan|gedung)(?: \w+){0,2} (?:near|dekat|deket|di|in) (?:\w+ ){0,2}"
            r"(?:myanmar|cambodia|kamboja|laos|burma|perbatasan|border)"
        ),
        strength=WEAK,
        why=(
            "A scam-compound place or a compound at the border: weak alone (news and questions name them);"
            " with phones taken, being held or a time limit, urgent."
        ),
        fires=(
            "now i'm inside a compound near KK Park, they collect our phones at night",
            "ini di shwe kokko, yg gk capai target dihukum",
            "adik sy di myawaddy, hp nya diambil, ga bisa pulang",
            "skrg di mae sot, katanya besok nyebrang ke kantor baru",
        ),
        silent=(
            "apa itu kk park yg di berita",
            "how far is sihanoukville from phnom penh",
            "tolong cek kk sy udh bener blm",
        ),
    ),
    Rule(
        "trafficking.go_with_stranger",
        C.TRAFFICKING,
        (
            # told to go off with someone she does not know: "harus ikut orang baru malam ini"
            r"(?:harus|disuruh|dipaksa|kudu|must|have to|told to|made to) (?:ikut|pergi sama|pergi dengan"
            r"|ikut sama"
            r"|melu|go with|leave with) (?:orang|laki laki|bos|pria|wong|jalma|a man|a stranger|someone|some)"
            r" (?:baru|asing|yang tidak (?:saya )?kenal|saya tidak kenal|new|(?:saya )?don t know"
            r"|(?:saya )?do not know"
            r"|unknown)"
        ),
        strength=WEAK,
        why="Told to go off with a stranger or a new man: weak alone, urgent tonight or with a threat.",
        fires=(
            "mereka bilang aku harus ikut orang baru malam ini, aku gak kenal dia",
            "i was told to go with a man i don t know tonight, the agent took my passport",
        ),
        silent=(
            "kalau ganti majikan harus ikut orang agensi baru ke kantornya ya?",
            "harus ikut orang lain ke bandara gak kalau pulang?",
        ),
    ),
)
