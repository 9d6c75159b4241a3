"""Whereabouts unknown or out of contact."""

from __future__ import annotations

from faq.triage.lexicon import NOT_A_BROKER, PERSON
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "missing.whereabouts_unknown",
        C.MISSING,
        (
            r"tidak tahu (?:ada )?(?:di ?mana|dimana|keberadaannya)|hilang kontak"
            rf"|{NOT_A_BROKER}tidak bisa dihubungi"
            r"|lost contact|missing|disappeared|vanished"
            r"|(?:hasn t|has not|haven t|have not|didn t) (?:called|contacted|replied|answered|been in touch)"
            r"|(?:is|are|s|re) not (?:answering|replying|picking up)"
        ),
        strength=WEAK,
        why="Whereabouts unknown, lost contact: weak alone.",
        fires=(
            "anak sy ga bs dihubungi, hpnya mati terus",
            "anak sy kabur dr majikan, skrg ga tau dimana",
            "my niece vanished and her agent is not answering",
        ),
        silent=(
            "my salary hasn't been paid for 4 months",
            "hasil medical sy diperiksa di mana",
            "Terima kasih, agensinya sudah tidak bisa dihubungi",
        ),
    ),
    Rule(
        "missing.out_of_contact",
        C.MISSING,
        (
            rf"{NOT_A_BROKER}tidak (?:bisa|pernah|dapat) (?:dihubungi|ditelepon|dikontak|ditelp|dibalas)"
            r"|handphone(?:nya| nya)? mati"
            r"|(?:tidak|belum) ada kabar|tidak tahu (?:\w+ ){0,2}(?:di ?mana|kemana|ke mana)"
            r"|tidak ada (?:yang )?(?:ngomong|bilang|kasih tahu) (?:ingin |akan )?(?:kemana|ke mana)"
            r"|(?:can t|cannot|cant) (?:reach|contact) (?:her|him|them)|no news|(?:dont|don t"
            r"|do not) know where"
            rf"|{PERSON}(?: saya| nya| ku)? (?:hilang|menghilang)(?! kontak)"
            # the agency stonewalling the family
            r"|(?:won t|will not|doesn t|does not|refuses to) (?:tell|answer|respond)"
            r"|tidak (?:ingin|mau) (?:kasih tahu|memberi tahu|jawab|menjawab|bilang)"
            r"|pura pura tidak tahu|(?:pretends?|pretended) not to know"
        ),
        strength=WEAK,
        why="Out of contact, the agency stonewalling the family: weak alone.",
        fires=(
            "istri sy ilang, agennya pura2 ga tau",
            "anak sy ga bs dihubungi, hpnya mati terus",
            "anak sy kabur dr majikan, skrg ga tau dimana",
        ),
        silent=("sodara sy hilang kontak 2 minggu", "lulus eps topik tp blm dpt job, knp ya"),
    ),
    Rule(
        "missing.phone_dead",
        C.MISSING,
        r"(?:nomor|nomer|handphone|whatsapp|wa)(?:nya| nya)? (?:tidak aktif|mati|off)",
        strength=WEAK,
        why="A number or phone off: weak alone.",
        fires=(
            "anak sy ga bs dihubungi, hpnya mati terus",
            "anak sy dibawa kabur sponsor, nomornya ga aktif",
            "istri sy dibawa pindah diem2 sama agen, hp nya mati, terakhir dia nangis",
        ),
        silent=("cara ganti nomor hp di whatsapp", "nomer wa kp2mi ada gk"),
    ),
    Rule(
        "missing.last_message",
        C.MISSING,
        (
            r"(?:pesan|pesen|chat|kabar|message|text) terakhir|terakhir (?:chat|pesan|pesen|kabar|nelp|telpon"
            r"|telepon|message|wa|vn)|last message|offline|centang satu|call ended|(?:sambungan|telpon"
            r"|telepon)"
            r"(?:nya)? (?:diputus|putus)|kirim lokasi|share loc|share location|no contact|not answering"
        ),
        strength=WEAK,
        why="A last message, then silence: weak alone.",
        fires=(
            "my niece vanished and her agent is not answering",
            "pesen terakhir adek cuma aku takut trs ilang",
            "dia cm kirim share loc trs tulisan sini cepet",
        ),
        silent=("how many workers were rescued from scam compounds last year", "call center kp2mi"),
    ),
    Rule(
        "missing.if_no_news",
        C.MISSING,
        (
            r"(?:if|kalau) (?:you )?(?:dont|don t|do not|tidak) (?:hear|dengar|denger|ada kabar)"
            r"|(?:kalau|if) (?:saya|dia) (?:besok )?(?:tidak|ga) (?:ada kabar|answer|jawab|balas)"
        ),
        why="'If you don't hear from me'.",
        fires=(
            "dia bilang kl aku ga ada kabar 3 hari berarti ada apa2. skrg udh 5 hari",
            "he text me if you dont hear from me tomorrow call the embassy. now nothing since 2 days",
        ),
        silent=("cuaca besok hujan ga", "cuaca jakarta besok gmn"),
    ),
    Rule(
        "missing.not_found",
        C.MISSING,
        (
            r"(?:belum|tidak) (?:juga )?(?:ketemu|ditemukan|diketemukan|ditemuin|kembali ke kapal)"
            r"|(?:kapal|perahu|boat|ship)(?:nya)?(?: \w+){0,4} (?:tenggelam|karam|terbalik|sank|capsized)"
            r"|(?:not|never) (?:been )?found"
        ),
        strength=WEAK,
        why="Not found, a boat gone down: weak alone ('belum ketemu agen'); with a relative missing, urgent.",
        fires=(
            "kemarin kapal tempat kakak sy kerja tenggelam, sampai skrg kakak sy belum ketemu",
            "suami sy jatuh ke laut, sampai skrg belum ditemukan",
        ),
        silent=("sy belum dapet agen yg resmi", "kapal pesiar itu gede bgt ya"),
    ),
    Rule(
        "missing.stranger_answers",
        C.MISSING,
        (
            # "yg angkat" is normalised to "berangkat"
            r"(?:yang|yg) (?:berangkat|angkat|ngangkat|jawab|nerima|terima)"
            r" (?:telepon |telpon |handphone |nya )?"
            r"(?:laki laki|cowok|pria|bapak bapak|orang lain|orang asing|orang tidak dikenal|suara laki)"
            r"|(?:a man|a stranger|someone else|some man|another man|a guy|strangers?) (?:\w+ )?(?:answers"
            r"|answered|picks up|picked up|replies|replied)"
            # someone who claims to be the boss or the agent: "yg jawab org ngaku bos nya"
            r"|(?:yang|yg) (?:berangkat|angkat|ngangkat|jawab|nerima|terima) (?:telepon |telpon |handphone )?"
            r"(?:orang (?:lanang |lalaki )?|org |laki laki |cowok )?(?:ngaku|mengaku|yang ngaku|ngakunya)"
            r"|(?:dibalas|dibales|diangkat)(?: \w+)? (?:orang|laki laki|cowok)? ?(?:yang )?(?:ngaku"
            r"|mengaku)"
            r"|(?:answered|picked up|answers|picks up) by (?:a man|someone|a stranger|a woman) (?:claiming"
            r"|who (?:says|said|claims|claimed))"
        ),
        strength=WEAK,
        why="A relative's phone answered by a stranger: weak alone; after a call in distress, urgent.",
        fires=(
            "tiap ditelpon yg angkat laki2 marah2",
            "now when i call a man answers and shouts",
            "pas ditelpon yg angkat cowok, bukan adik sy",
            "wa istri sy dibales org yg ngaku agennya, katanya istri sy sibuk terus",
            "her phone was answered by a man claiming to be her employer",
            "anakku ora iso dihubungi, sing ngangkat wong lanang ngaku bose, jarene ojo digoleki maneh",
        ),
        silent=(
            "yg berangkat bareng sy laki2 semua, aman ga",
            "yg jawab chat cs agen laki laki, sopan ga",
        ),
    ),
    Rule(
        "missing.call_cut_off",
        C.MISSING,
        (
            r"(?:nangis|menangis|crying|cried|sobbing|teriak|berteriak|screaming|screamed|minta tolong|jerit"
            r"|menjerit|bisik bisik|berbisik|whispering)"
            r"(?: (?:minta tolong|on the phone|di telepon|and|dan|sambil \w+))?"
            r"(?: terus| lalu| trus| then| tiba tiba| suddenly)?"
            # "putus asa" is despair, not a call cut off
            r" (?:putus(?! asa)|terputus|mati|dimatikan|diputus|cut off|hung up|went dead|disconnected"
            r"|the line went dead)"
        ),
        strength=WEAK,
        why="A call crying or screaming that was cut off: weak alone; with no contact since, urgent.",
        fires=(
            "semalam nelpon cuma nangis trus putus",
            "she called me crying and then the line went dead",
            "adik sy telp sambil teriak minta tolong terus mati",
        ),
        silent=(
            "video call sama anak sering putus, sinyal di hk jelek ya",
            "sy nangis terus tiap malam kangen anak, normal ga kak",
            "kemarin sy nangis terus sinyal putus pas video call sama anak",
            "sy nangis terus putus asa, gaji ga dibayar 3 bulan",
        ),
    ),
    Rule(
        "missing.told_gone",
        C.MISSING,
        (
            r"(?:jangan|jgn|tidak usah|tidak perlu|ulah|ojo|stop|berhenti) (?:di)?(?:cari|cariin|dicari"
            r"|nyariin"
            r"|mencari|hubungi|menghubungi|telepon|nelpon|ditelepon|ganggu)(?: (?:dia|saya|adik|anak|istri"
            r"|suami|kakak|ibu|mereka|nya|kami))? lagi"
            r"|(?:don t|do not|dont|stop|no need to) (?:look|looking|search|searching|call|calling|contact"
            r"|contacting) (?:for )?(?:her|him|them|again|anymore)\b"
            r"|(?:anak|istri|suami|adik|adek|kakak|ibu|bapak|saudara|keponakan|ponakan|dia|she|he)"
            r"(?: saya| nya| ku)? (?:sudah )?(?:tidak|is not|isn t|s not|no longer) (?:ada |here "
            r"|works here )?"
            r"(?:di ?sini|di sana|disana|here|there|anymore)(?: lagi)?\b(?! (?:kerja|kerjanya|pindah ke"
            r"|sudah pulang))"
        ),
        strength=WEAK,
        why=(
            "Told that she is no longer there, or not to look for her: weak alone (a job change sounds the"
            " same); with a stranger on her phone or no news, urgent."
        ),
        fires=(
            "kata agen istri sy udh ga di sini lg, ga usah dicari",
            "the man said she is not here anymore and told me to stop calling",
            "kata majikannya jgn nyariin dia lagi, trus hp dimatiin",
            "the agent answered my wife's phone and said she is not there anymore, don't call again",
            "anakku ora iso dihubungi, sing ngangkat wong lanang ngaku bose, jarene ojo digoleki maneh",
        ),
        silent=(
            "sy udh dapet kerjaan, ga usah cariin lowongan lagi kak",
            "majikan lama sy udh ga di sini, pindah ke kota lain. gimana urus surat pindah?",
            "don't look for the cheapest agency, look for the licensed one",
        ),
    ),
    Rule(
        "missing.others_not_back",
        C.MISSING,
        (
            r"(?:cewek|cewe|perempuan|wanita|gadis|teman|temen|temannya|temennya|orang|pekerja|girl|girls"
            r"|woman"
            r"|women|worker|workers"
            r"|one of us|someone)(?: \w+){0,6} (?:tidak|belum|never|didn t|did not|has not|hasn t|haven t"
            r"|have not) (?:pernah )?(?:balik|kembali|pulang|came back|come back|return|returned)"
            r"(?: lagi)?\b(?! (?:kerja|ke kampung|ke indonesia|ke indo|cuti|mudik|dari (?:cuti|libur|kampung"
            r"|mudik)))"
        ),
        strength=WEAK,
        why=(
            "Someone sent the same way never came back: weak alone; with her being moved or sent there now,"
            " urgent."
        ),
        fires=(
            "kemarin ada cewek ga balik dr sana",
            "dua teman sekamar dibawa mandor minggu lalu dan belum kembali",
            "the girls they took last week never came back",
            "they told us to get in the van tonight, another girl went last week and never came back",
        ),
        silent=(
            "teman sy udh 5 tahun kerja di taiwan ga pulang ke kampung, boleh perpanjang terus?",
            "orang yg cuti lebaran belum balik kerja, sy disuruh gantiin, dapet lembur ga?",
            "temen sekamar sy belum balik dari cuti, sy kerja double, dapet lembur ga?",
            "my friend went home last month and never came back to work, can i take her job?",
        ),
    ),
    Rule(
        "missing.not_told",
        C.MISSING,
        (
            # the family told nothing by whoever holds her: "kita gak dikabarin apa2", "teu aya beja"
            r"(?:kami|kita|keluarga|family)(?: \w+)? (?:tidak|belum) (?:dikabarin|dikabari|dikabarkan"
            r"|diberi kabar|dikasih kabar|dikasih tahu|dikasih info|diberi info|diberi informasi)"
            r"|(?:tidak|belum) (?:dikabarin|dikabari|dikabarkan|diberi kabar|dikasih kabar|dikasih tahu"
            r"|dikasih info) (?:apa apa|sama sekali|at all)"
            r"|(?:tidak|belum|nggak) (?:ingin|mau|pernah) (?:kasih|ngasih|memberi|kasi) (?:info|informasi"
            r"|kabar)"
            r"|ora (?:ono|ana|enek) kabar|mboten wonten kabar|(?:teu|tidak) aya (?:beja|kabar|wartos)"
            r"|tidak ada (?:beja|wartos)"
            r"|tidak ada (?:yang|orang yang) (?:kasih|ngasih|memberi|kabarin|ngabarin|ngabari"
            r"|kabari)(?: tahu| kabar"
            r"| info)?"
            r"|nobody (?:tells|told|will tell) us|no one (?:tells|told|will tell) us|no word (?:from|about"
            r"|of)"
        ),
        strength=WEAK,
        why="The family told nothing of where she is or how she is: weak alone.",
        fires=(
            "suami sy ditahan polisi di taiwan, kita gak dikabarin apa2 udh 4 hari",
            "istri sy dirawat di rs, agen gak mau kasih info, kami dilarang dateng",
            "my brother was taken by the police in dubai and nobody tells us where he is",
            "suami ditahan imigrasi malaysia, sudah 2 minggu, tidak ada yang kasih tau kondisinya",
        ),
        silent=(
            "jadwal terbang sy blm dikabarin pt, normalnya brp lama?",
            "pengumuman hasil medical belum dikasih info, wajar gak?",
        ),
    ),
    Rule(
        "missing.family_barred",
        C.MISSING,
        (
            # the family kept from her: not allowed to visit, see or talk to her
            r"(?:kami|saya|keluarga|we|family)(?: \w+)? (?:dilarang|tidak boleh|tidak diizinkan|tidak dikasih"
            r"|tidak diperbolehkan|ora oleh|teu meunang|teu kenging|not allowed to|aren t allowed to|can t)"
            r" (?:datang|dateng|jenguk|jengukin|menjenguk|besuk|ketemu|bertemu|nemuin|menemui|lihat|melihat"
            r"|ngomong|bicara|ngobrol|telepon|nelpon|visit|see|talk)"
            r"(?! (?:ke bandara|ke asrama pas|pas pelatihan|waktu pelatihan|the airport|to the airport))"
            # "agensi gak ngizinin kami bicara sama dokter", "the agency will not let us talk to her"
            r"|(?:tidak|won t|will not|doesn t|does not|refuses? to|ora|teu) (?:ngizinin|mengizinkan|izinin"
            r"|ngebolehin|membolehkan|let|allow) (?:kami|keluarga|us|family|saya)(?: to)? (?:datang|dateng"
            r"|jenguk"
            r"|menjenguk|ketemu|bertemu|lihat|melihat|ngomong|bicara|ngobrol|telepon|nelpon|visit|see|talk"
            r"|speak)"
        ),
        strength=WEAK,
        why=(
            "The family not allowed to visit, see or speak to her (in a hospital, a cell, an employer's"
            " house): weak alone, urgent with her held, ill or out of contact."
        ),
        fires=(
            "istri sy koma di rs, agen gak mau kasih info, kami dilarang dateng",
            "adik sy dibawa ke rs sama majikan, sejak itu kami gak boleh ngomong sama dia, hpnya diambil",
            "my sister is in hospital in jeddah and we are not allowed to see her, the agency took her phone",
            "my wife is in ICU in riyadh, the agency will not let us talk to her",
        ),
        silent=(
            "keluarga gak boleh dateng ke bandara pas pemberangkatan ya kak?",
            "kalo di penampungan keluarga boleh jenguk gak?",
        ),
    ),
    Rule(
        "missing.voice_cut_off",
        C.MISSING,
        (
            # a whispered or trembling call or voice note that broke off: "vn bisik2 trus putus"
            r"(?:bisik|bisik bisik|berbisik|whisper\w*|gemeter|gemetar|gemetaran|ketakutan|trembling|shaking"
            r"|nangis|menangis|crying|sobbing)"
            # not a habit ("kalau"), nor a line that dropped ("sinyal putus")
            r"(?: (?!kalau|kalo|if|when|pas|tiap|setiap|sinyal|signal|jaringan|koneksi|internet|pulsa"
            r"|kuota|batre|baterai)\w+){0,5} (?:terus |lalu |trus |then |and )?(?:putus|terputus"
            r"|mati|dimatiin|dimatikan|ketutup|cut off|went dead|hung up|stopped)"
        ),
        why="A whispered, trembling or crying call that broke off: she could not go on speaking.",
        fires=(
            "adikku kirim vn bisik2, suaranya gemeter, trus putus",
            "my daughter called whispering and then the call cut off",
            "ibu nelpon nangis2 lalu telponnya dimatiin",
        ),
        silent=(
            "anak sy nangis terus kalau telpon sy putus, gimana biar dia tenang",
            "sinyal jelek, telpon sama ibu putus2 terus",
            "kemarin sy nangis terus sinyal putus pas video call sama anak, kangen banget",
        ),
    ),
    Rule(
        "missing.silent_after_message",
        C.MISSING,
        (
            # a message or call, then nothing: "td chat 'bu aku di' trus gak ada lagi", "centang satu"
            r"(?:chat|ngechat|pesan|sms|wa|telepon|nelpon|vn|voice note|message|messaged|called|texted)"
            r"(?! (?:ke )?(?:agen|agensi|pt|kantor|sponsor|calo|bp3mi|admin|hr|the agent|the agency))"
            r"(?: \w+){0,6} (?:terus|lalu|then|habis itu|abis itu|setelah itu|sejak itu|since then)"
            r" (?:tidak ada (?:lagi|apa apa|balasan|kabar)|nothing|silence|offline|hilang|ilang|centang satu"
            r"|tidak aktif|tidak bisa dihubungi)"
        ),
        strength=WEAK,
        why="A message or call, then nothing at all: weak alone, urgent with fear, a plea or a threat.",
        fires=(
            "anak sy td chat 'bu aku di' trus gak ada lagi, aku takut",
            "my sister texted help and then nothing",
            "adik nelpon nangis, habis itu centang satu, tolong",
        ),
        silent=(
            "sy udah chat agen kemarin terus gak ada balasan soal jadwal medical",
            "sudah wa kantor bp3mi terus dibalas besok",
        ),
    ),
    Rule(
        "missing.nothing_since",
        C.MISSING,
        (
            # silence since a last word, in English ("gak ada kabar 3 hari" is `missing.out_of_contact`):
            # "then nothing since 2 days", "not heard from her since"
            r"(?:then |and )?nothing (?:since|for) (?:\d+|two|three|four|five|several|many) days"
            r"|(?:then|and) nothing since|not heard (?:from (?:her|him|them) )?since"
        ),
        strength=WEAK,
        why="Silent for days since a last message: weak alone, urgent with being moved, fear or a plea.",
        fires=(
            "my sister said they take her phone, then nothing since 2 days, please help",
            "she whispered they will sell her tomorrow and nothing for 3 days",
        ),
        silent=(
            "nothing since the new law, do we still pay the agency fee?",
            "heard nothing from the agency about the visa for 3 weeks, normal?",
        ),
    ),
)
