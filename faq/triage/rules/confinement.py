"""Confinement: shut in, not allowed out or home, cut off from family, a phone taken."""

from __future__ import annotations

from faq.triage.lexicon import NOT_CONFINED, PERPETRATOR, PERSON
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "confinement.held_incommunicado",
        C.CONFINEMENT,
        (
            # jailed or detained abroad with no lawyer and no word: "ditahan di jeddah, pengacara ga ada"
            r"(?:penjara|dipenjara|ditahan|ditangkap|jail|jailed|prison|detained|arrested)(?: \w+){0,16}"
            r" (?:(?:pengacara|lawyer|pendamping hukum)(?: juga| pun)? (?:tidak ada|belum ada|tidak dikasih)"
            r"|(?:tidak ada|tanpa|tidak dikasih|no) (?:pengacara|lawyer|pendamping hukum))"
        ),
        strength=WEAK,
        why="Held in jail or detention with no lawyer: weak alone, urgent with no word from them.",
        fires=("suami sy ditahan polisi sana, udh sebulan ga ada kabar, pengacara jg ga ada",),
        silent=("bapak sy dipenjara di johor, ada pengacara dr kbri. cara kirim uang gimana",),
    ),
    Rule(
        "confinement.in_a_cell",
        C.CONFINEMENT,
        (
            # she writes from a cell or detention now: "sy skrg di sel imigrasi kuwait", "i'm in detention"
            r"(?:saya|kami|i m|im|we re|we are) (?:sekarang |masih |sedang |lagi |now |still )?"
            r"(?:di|dalam|in|inside) (?:a |the )?(?:sel|tahanan|rumah tahanan|rutan|detensi|rudenim|lockup"
            r"|cell|detention|detention centre|detention center|jail|prison|penjara|kantor polisi"
            r"|lapas|depo imigrasi)"
        ),
        strength=WEAK,
        why="Writing from a cell or detention: weak alone (a sentence being served is a legal question).",
        fires=("saya sekarang di sel imigrasi kuwait, sudah 10 hari, keluarga gk tau, tdk ada pengacara",),
        silent=("sy di penjara taiwan, divonis 2 th, bisa remisi gk",),
    ),
    Rule(
        "confinement.no_one_told",
        C.CONFINEMENT,
        (
            # held with no one told and no lawyer: "keluarga gk tau", "tdk ada pengacara", "no one knows"
            r"(?:keluarga|family|ortu|orang tua|suami|istri)(?: saya| kami| my)?"
            r" (?:tidak tahu|belum tahu|tidak dikabari|belum dikabari|doesn t know|don t know|not told)"
            # (what the family does not know is her job or her debt, not where she is held)
            r"(?! saya (?:kerja|bekerja|daftar|berangkat|pinjam|utang|hutang|ambil))"
            r"|(?:tidak ada|belum ada|tanpa|no|without a) (?:pengacara|lawyer|pendamping hukum)"
            r"|(?:tidak|belum) (?:boleh|dikasih|diberi|diizinkan) (?:telepon|nelpon|menelepon|hubungi"
            r"|menghubungi) (?:keluarga|kbri|pengacara)"
            r"|no one (?:knows|was told)|nobody knows"
        ),
        strength=WEAK,
        why="No one told, no lawyer, no call allowed: weak alone, urgent with someone held.",
        fires=("saya sekarang di sel imigrasi kuwait, sudah 10 hari, keluarga gk tau, tdk ada pengacara",),
        silent=("kalau ditahan imigrasi boleh minta pengacara gk?", "keluarga sy gk tau sy kerja di sini"),
    ),
    Rule(
        "confinement.locked_up",
        C.CONFINEMENT,
        (
            # (locked out is `stranded.thrown_out`'s)
            r"dikurung|terkurung|dikurungi|disekap|dikunci(?! di luar\b)|dikunciin|dikerangkeng|disandera"
            r"|dikrangkeng"
            r"|diculik"
            r"|dipasung|dirantai|diborgol|diikat(?! kontrak| perjanjian| janji)|chained|tied up|handcuffed"
            r"|terjebak|disekep|dikonci|dikurungin|dikekang|dipenjara|dikerangkengin"
            r"|ditahan di (?:penampungan|rumah|kamar|mess|asrama|kantor|gudang|hutan|kapal)"
            # Malay and Acehnese: "kena kurung dalam gudang", "kena kurong le tauke"
            r"|kena (?:kurung|kunci|sekap)"
        ),
        why="Something done to someone: shut in, locked, chained, held at a place.",
        fires=(
            "sy di kurung majikan",
            "tolong sy dikunvi dr luar",
            "kakak sy dirantai di gudang",
            "kami kena kurung dalam gudang le tauke",
        ),
        silent=(
            "sy sudah diikat kontrak 2 tahun, bisa keluar?",
            "paspor ditahan pt selama di penampungan, boleh gitu",
            "nanti sy dipenjara, bener gak?",
            "klo visa abis terus ketahuan, bisa dipenjara gk kak?",
            "bapak sy dipenjara di johor, udh divonis 4 taun. gimana cara kirim uang buat dia",
            "my brother was sentenced and is in prison in taipei, can we visit him",
        ),
    ),
    Rule(
        "confinement.not_allowed_out",
        C.CONFINEMENT,
        (
            r"tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|bisa|kenging|angsal)"
            # out abroad, or out during working hours (a house rule): "ga boleh keluar pas jam kerja"
            r" (?:keluar|kabur|metu|kaluar|medal)"
            r"(?! negeri| nergi| ln\b| (?:pas|saat|waktu|selama) jam kerja)"
            # krama Javanese: "kulo mboten saged medal saking griya"
            r"|(?:mboten|boten|mboten nggih) (?:saged|pareng|angsal|kenging|diparengaken) (?:metu|medal|kesah"
            r"|wangsul|mantuk)(?! (?:pas|saat|waktu|selama) jam kerja| negeri)"
            r"|tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|meunang|kenging"
            r"|angsal)"
            rf" (?:pulang|pergi|mulih|balik|uih|mulang|wangsul){NOT_CONFINED}|tidak meunang kaluar"
            rf"|dilarang (?:keluar|pulang){NOT_CONFINED}"
            # someone refusing permission: "majikan ga ngizinin sy pulang", "agen ga ngebolehin kami keluar"
            r"|tidak (?:ngizinin|ngijinin|mengizinkan|mengijinkan|izinin|ijinin|ngebolehin|membolehkan"
            r"|bolehin"
            rf"|ngasih|kasih)\b.{{0,15}}\b(?:pulang|keluar|pergi){NOT_CONFINED}"
            r"|(?:ingin|minta) (?:pulang|keluar)\b.{0,10}\b(?:tapi|tetapi|tp|but) (?:tidak|dilarang|not)"
            r"(?: \w+)? (?:dibolehin|boleh|diizinkan|diijinkan|dikasih|dibolehkan|allowed)"
        ),
        asked=WEAK,
        why="Not allowed out or home (not a holiday or going abroad); weak when asked about.",
        fires=(
            "kulo ora oleh mulih",
            "adikku ga boleh kluar dr mess",
            "abdi teu meunang kaluar ti imah",
            "kulo mboten pareng medal saking dalem majikan",
        ),
        silent=(
            "istri sy di singapur ga bisa pulang lebaran krn majikan ga ksh cuti, sedih sih",
            "sy mau pulang cuti lebaran, tiket ditanggung majikan gak sih biasanya di taiwan?",
            "boss kata tak boleh balik raya tahun ni sebab kerja banyak. boleh macam tu ke?",
        ),
    ),
    Rule(
        "confinement.cannot_leave_or_call",
        C.CONFINEMENT,
        (
            r"tidak bisa pulang|tidak bisa ke mana mana"
            r"|tidak (?:boleh|bisa) (?:hubungi|menghubungi|kontak|telepon|ngabarin|mengabari|kabari|contact)"
            r" (?:keluarga|orang tua|rumah|family)|(?:can t|cannot|cant|not allowed to) (?:contact"
            r"|call) saya family|not allow (?:to )?(?:call|contact) saya family"
            r"|(?:can t|cannot|cant) (?:call|contact|reach) (?:anyone|anybody|family|saya family)"
            r"|tidak boleh (?:pegang|pakai|main) handphone|(?:cannot|can t|cant|not allowed to) go home|stuck"
            # not allowed to call at all: "gk boleh telp", "ga dikasih nelpon siapa2"
            r"|tidak (?:boleh|dikasih|diizinkan|diijinkan) (?:telepon|nelpon|telpon|menelepon|hubungi"
            r"|menghubungi|kontak)(?: siapa siapa| siapapun| siapa pun| keluar)?$"
            r"|tidak (?:boleh|dikasih|diizinkan|diijinkan) (?:telepon|nelpon|telpon|menelepon|hubungi"
            r"|menghubungi|kontak) (?:siapa siapa|siapapun|siapa pun)"
        ),
        strength=WEAK,
        why="Cannot go home or anywhere, cannot call family, stuck: weak alone.",
        fires=(
            "hp sy rusak ga bisa hubungi keluarga",
            "the agency took our phones, we cant contact anyone",
            "paspor ditahan, hp disita, ga bisa hubungi keluarga",
        ),
        silent=(
            "boleh pegang hp sendiri ga di rumah majikan",
            "di penampungan boleh pegang hp gk",
            "pas jam kerja gk boleh telp, istirahat boleh",
        ),
    ),
    Rule(
        "confinement.arrested",
        C.CONFINEMENT,
        r"ditangkap|ditangkep|diciduk|digerebek|arrested|detained",
        strength=WEAK,
        why=(
            "Arrested or detained: weak alone (often a question about overstaying); with papers held by an"
            " agent or no calls allowed, urgent. Asked about as what may follow, it counts for nothing."
        ),
        fires=(
            "sy ditangkap, paspor ditahan agen, gk boleh telp",
            "kakak sy diciduk, hp disita, ga bisa hubungi keluarga",
            "we were arrested and cant contact anyone",
        ),
        silent=(
            "klo kabur dari majikan ditangkep polisi gk?",
            "kalau overstay bisa ditangkap ga kak",
            "if i run away will i be arrested",
        ),
    ),
    Rule(
        "confinement.locks_someone",
        C.CONFINEMENT,
        (
            # the active "kunci sy" said like "dikunci" ("majikan baru jg kunci sy"); "kunci saya hilang" is a
            # key of hers
            # (a key asked for or borrowed is no lock: "majikan minta kunci sy")
            rf"\b{PERPETRATOR}\b(?: \w+){{0,3}} (?<!minta )(?<!ambil )(?<!pinjam )(?<!bawa )(?<!pegang )"
            r"(?:kunci|kunciin|konci|gembok|gembokin|kurung|kurungin)"
            rf" {PERSON}\b(?! (?:hilang|ilang|ketinggalan|jatuh|rusak|patah|mana|dimana|di mana|dibawa))"
        ),
        why="Someone locks a person in, in the active voice without a prefix: like 'dikunci'.",
        fires=("majikan baru jg kunci sy", "majikan sy kunci sy di kamar tiap dia pergi"),
        silent=(
            "majikan minta kunci saya hilang gimana",
            "majikan minta kunci sy buat dicopy",
            "kunci sy ketinggalan di rumah majikan",
        ),
    ),
    Rule(
        "confinement.locks_someone_en",
        C.CONFINEMENT,
        (
            r"locks? (?:saya|us|her|him) (?:in|up)|locks (?:saya|us|her|him)\b(?! out)"
            r"|locking (?:saya|us|her|him)|(?:holding|hold) (?:saya"
            r"|us|her|him)(?! passport| paspor| document| id)"
            r"|asking (?:saya|our|her|his) (?:family|parents) for (?:money|ransom)"
        ),
        why="English: someone locks or holds a person (not a passport), or asks the family for money.",
        fires=(
            "they lock me in the room every night",
            "they are holding my brother and want money",
            "my cousin went to oman last year, today she said they lock her in",
            "my new employer locks me too",
        ),
        silent=(
            "can an agency hold my passport for safekeeping",
            "is it legal for an agency to hold my passport",
            "the door locks me out if i forget the card",
        ),
    ),
    Rule(
        "confinement.held_en",
        C.CONFINEMENT,
        (
            r"locked|trapped|held captive|held against|hostage|imprisoned|confined|kidnapped|abducted"
            r"|(?:saya|we|she|he|they|sister|brother|daughter|son|wife|husband|mother|father|friend)"
            r"(?: is| are| am| m| was| were| re)?(?: being)? held"
        ),
        why="English: locked, trapped, held, a hostage, kidnapped.",
        fires=(
            "we are locked inside the dormitory",
            "my sister is held in a scam company in laos",
            "please rescue my brother, he is trapped on a boat",
        ),
        silent=(
            "what are the signs my sister is being trafficked, how to tell",
            "my passport is held by my employer",
        ),
    ),
    Rule(
        "confinement.wont_let_leave_en",
        C.CONFINEMENT,
        # "down" / "off": off a ship
        r"(?:wont|won t|will not|dont|don t|not) (?:let|allow) (?:saya|us|her|him) (?:leave|go|out|down|off)",
        why="English: someone will not let a person leave.",
        fires=(
            "they won't let me leave the compound",
            "we are being held in a compound in cambodia and they won't let us go home",
            "they took my passport and wont let me leave, they hit me when i ask to go home",
        ),
        silent=(
            "I'm dying to go home for eid lol, can i ask for leave",
            "my phone wont charge after it fell in water, how to fix",
        ),
    ),
    Rule(
        "confinement.cannot_leave_en",
        C.CONFINEMENT,
        (
            r"(?:cannot|can t|cant|not allowed to) (?:leave|go out|get out|escape)"
            r"|(?:not|never|haven t|hasn t|have not|has not) (?:been "
            r"|being )?allowed (?:to go )?(?:outside|out|home"
            r"|to leave|to go out)"
        ),
        why="English: cannot leave, not allowed out or home.",
        fires=(
            "we have not been allowed out of the dorm since march",
            "my boss forces me to sleep with him and i cant escape",
            "help me my employer beats me every day and i cant leave the house",
        ),
        silent=(
            "my salary hasn't been paid for 4 months",
            "I'm dying to go home for eid lol, can i ask for leave",
        ),
    ),
    Rule(
        "confinement.kept_inside_en",
        C.CONFINEMENT,
        r"kept (?:in|inside|locked)|keep (?:saya|us|her|him) (?:locked|inside|in a)",
        why="English: kept in, kept locked.",
        fires=("they keep her in a cage at night",),
        silent=(
            "my aunt was locked in years ago, she is home now",
            "the employer locked the gate at night, is that allowed?",
        ),
    ),
    Rule(
        "confinement.phone_taken_en",
        C.CONFINEMENT,
        (
            r"(?:took|take|taken|confiscated|seized) (?:saya|our|her|his|their) (?:phone|handphone)s?"
            r"|confiscated"
            r"|saya (?:phone|handphone) (?:was |is |got )?(?:taken|confiscated)"
        ),
        strength=WEAK,
        why="English: a phone taken or confiscated: weak, cut off from help.",
        fires=(
            "the agency took our phones, we cant contact anyone",
            "my phone was confiscated and i can't call my family",
            "help me my employer locked me in the house and took my phone",
        ),
        silent=(
            "hp sy diambil agen pas pelatihan, emang boleh gitu?",
            "my phone battery is dying, what is the hotline number",
        ),
    ),
    Rule(
        "confinement.guarded",
        C.CONFINEMENT,
        (
            r"dijaga (?:preman|penjaga|satpam|orang|laki laki|terus|ketat|24 jam)|(?:pintu|pagar"
            r"|gerbang)(?:nya)?"
            r" (?:selalu )?(?:dijaga|digembok|dikunci)|guarded|guards? (?:watch|with)"
        ),
        strength=WEAK,
        why="Guarded, the gate locked: weak alone.",
        fires=(
            "gerbangnya digembok dan sy ga bs kabur dari mess",
            "kami dipekerjakan paksa di pabrik, pintunya dijaga preman",
            "pintu digembok dr luar bu",
        ),
        silent=("ciri ciri perdagangan orang", "penampungan boleh dikunci ga"),
    ),
    Rule(
        "confinement.phone_seized",
        C.CONFINEMENT,
        (
            r"handphone\b.{0,15}\b(?:disita|diambil|dirampas|disembunyikan|ditahan|dimatikan|dirusak"
            r"|dibanting)"
        ),
        asked=WEAK,
        why="A phone seized: cut off from help; weak when asked about.",
        fires=(
            "hpku dirampas bos sejak minggu lalu",
            "hp kami dimatikan, ga boleh ngomong sama siapa2",
            "paspor ditahan, hp disita, ga bisa hubungi keluarga",
        ),
        silent=(
            "ongkos menebus paspor yg ditahan pt brp",
            "suami sy ditahan di imigrasi malaysia, kapan dideportasi",
            "hp sy diambil pas jam kerja, pulang kerja dibalikin. itu boleh gk?",
            "our phones are taken during working hours and given back after dinner, is that legal",
        ),
    ),
    Rule(
        "confinement.held_at_place",
        C.CONFINEMENT,
        (
            r"(?<!paspor )(?<!passport )(?<!dokumen )(?<!ijazah )(?<!gaji )(?<!ktp )(?<!uang )(?<!barang )"
            rf"\b(?:{PERSON}|saya|kami)(?: saya| kami| nya| ku)? ditahan di\b"
            # held by the authorities is the deportation question, not this danger
            r"(?! (?:depo|detensi|imigrasi|penjara|rutan|lapas|tahanan|kantor polisi|polisi))"
        ),
        why="A person held somewhere (held by the authorities is the deportation question).",
        fires=(
            "sy ditahan di penampungan udh 3 bulan",
            "kami ditahan di bandara sama orang yg ngaku dr pt",
            "kami ditahan di mess, makan sehari sekali, yg protes dipukul",
        ),
        silent=(
            "kenapa org yg overstay ditahan di depo imigrasi dulu",
            "ongkos menebus paspor yg ditahan pt brp",
        ),
    ),
    Rule(
        "confinement.carried_off",
        C.CONFINEMENT,
        (
            r"(?<!uang )(?<!duit )(?<!barang )(?<!paspor )(?<!dokumen )(?<!motor )"
            rf"\b{PERSON}(?: saya| nya| ku)? dibawa (?:lari|kabur)"
        ),
        why="A person carried off ('dibawa lari'), not money or goods.",
        fires=("anak sy dibawa kabur sponsor, nomornya ga aktif",),
        silent=(
            "uang sy dibawa kabur calo, bisa dilaporkan?",
            "sy ketipu calo, uang 8 jt dibawa kabur, lapor kemana",
        ),
    ),
    Rule(
        "confinement.holding_person",
        C.CONFINEMENT,
        rf"(?:nahan|menahan) {PERSON}\b(?! (?:paspor|passport|ijazah|dokumen|gaji|ktp))",
        why="Someone holding a person, not a document.",
        fires=("agen nahan kami di ruko, harus bayar 15 juta dulu baru boleh pulang",),
        silent=("pt nahan ijazah sm kk sy, boleh ga", "pt nahan ijazah sama kk sy, boleh gk"),
    ),
    Rule(
        "confinement.isolated",
        C.CONFINEMENT,
        (
            r"tidak (?:boleh|bisa|dibolehkan) (?:ngomong|bicara|berbicara|ketemu|bertemu|ngobrol) (?:sama"
            r"|dengan)"
            r" (?:siapa|siapapun|orang|siapa siapa)|(?:not allowed to|can t|cannot) (?:talk"
            r"|speak) to (?:anyone|anybody)"
        ),
        strength=WEAK,
        why="Not allowed to talk to anyone: weak alone.",
        fires=("hp kami dimatikan, ga boleh ngomong sama siapa2",),
        silent=(
            "klo ketemu org indo di jalan yg kayaknya korban perdagangan orang harus ngapain ya",
            "ciri ciri perdagangan orang",
        ),
    ),
    Rule(
        "confinement.in_secret",
        C.CONFINEMENT,
        (r"(?:pinjam|pakai) handphone (?:teman|orang)|diam diam|sembunyi sembunyi|secretly|in secret"),
        strength=WEAK,
        why="Writing in secret or on a borrowed phone: weak alone.",
        fires=(
            "hp mau disita, ini pinjem hp temen, tolong catat alamat sy",
            "We are being transported secretly at night by boat, I don't know where",
            "kalau ada teman yg dipindah diam2 sama agen, apa yg bs keluarga lakukan?",
        ),
        silent=("boleh ga majikan melarang pakai hp", "ciri ciri perdagangan orang"),
    ),
    Rule(
        "confinement.held_by_perpetrator",
        C.CONFINEMENT,
        (
            r"(?<!paspor )(?<!passport )(?<!dokumen )(?<!ijazah )(?<!gaji )(?<!ktp )(?<!uang )(?<!barang )"
            rf"\b(?:{PERSON}|saya|kami)(?: saya| kami| nya| ku)? ditahan {PERPETRATOR}"
        ),
        why="A person held by a perpetrator.",
        fires=(
            "istri sy ditahan majikan di rumahnya",
            "mbakyu kulo ditahan agen ning batam, hp ne dijupuk, mung iso sms sekali iki",
        ),
        silent=("paspor ditahan agensi", "pasport sy ditahan agency"),
    ),
    Rule(
        "confinement.collected_phones",
        C.CONFINEMENT,
        (
            r"(?:collect|collects|collected|take away|takes away|keep|keeps|lock up|locks up)"
            r" (?:all )?(?:our|the|everyone s|their|all the) (?:phones|handphones)"
            r"|(?:handphone|hp) (?:kami|semua|semua orang)? ?(?:dikumpulin|dikumpulkan|dikunci|disimpan)"
            r" (?:sama|oleh|by|tiap|setiap|pas|kalau|malam)"
        ),
        strength=WEAK,
        why="Phones collected by whoever holds them (a compound, a dormitory): weak, cut off from help.",
        fires=(
            "they collect our phones at night",
            "hp kami dikumpulin sama mandor tiap malam",
            "the boss keeps our phones, we only get them on sunday",
        ),
        silent=(
            "how to collect my phone from the repair shop",
            "hp sy dikunci pake sidik jari, lupa pin",
        ),
    ),
    Rule(
        "confinement.padlocked_left",
        C.CONFINEMENT,
        (
            r"(?:door|gate|doors|gates|pintu|pagar|gerbang)(?:nya)?(?: \w+){0,2} (?:is |are |was |has been )?"
            r"(?:padlocked|digembok|locked from (?:the )?outside|dikunci dari luar)"
            r"|padlocked (?:saya|us|her|the)"
            r"|(?:left|locked) (?:saya|us|her|him) (?:alone )?(?:inside|in the (?:house|flat|apartment|room))"
            r"|ditinggal (?:\w+ ){0,2}(?:dikunci|terkunci|digembok|sendirian di rumah)"
        ),
        strength=WEAK,
        why="Padlocked in or left locked inside: weak alone; with the family gone or food short, urgent.",
        fires=(
            "the door is padlocked and the family flew off on holiday",
            "sy ditinggal dikunci di rumah, majikan ke luar negeri",
            "they left me inside and went away",
        ),
        silent=(
            "is it normal that the gate is locked at night in the dormitory",
            "left my bag in the house, can agency get it",
        ),
    ),
    Rule(
        "confinement.family_gone_away",
        C.CONFINEMENT,
        (
            r"(?:family|employer|employers|they|madam|sir|majikan|keluarga|mereka|nyonya|tuan|madam)"
            r"(?: \w+){0,2} (?:flew off|flew away|went|left|pergi|terbang|ke luar kota|mudik|pulang kampung)"
            r" (?:\w+ ){0,3}(?:on holiday|for (?:a |\d+ |two |three )?(?:week|weeks|month|days)|liburan"
            r"|(?:\d+|dua|tiga|seminggu|sebulan) (?:minggu|hari|bulan))"
        ),
        strength=WEAK,
        why="The household away for days or weeks: weak alone; with the door locked or food short, urgent.",
        fires=(
            "the family flew off on holiday for 2 weeks",
            "majikan pergi liburan 2 minggu, sy dikunci di rumah",
            "they went to europe for a month, i'm locked in",
        ),
        silent=(
            "liburan sekolah 2 minggu, anak majikan di rumah terus",
            "my employer went home for new year",
        ),
    ),
    Rule(
        "confinement.held_by_police",
        C.CONFINEMENT,
        (
            # taken or held by the police or immigration: Indonesian, Javanese "dicekel", Sundanese "ditewak"
            r"(?<!bisa )(?<!akan )(?<!bakal )(?<!apa )(?:ditahan|dibawa|diamankan|dicekel|dicekal|ditewak"
            r"|dicokot|digelandang|dikurung|taken|held"
            r"|picked up) (?:\w+ )?(?:oleh |sama |by (?:the )?)?(?:polisi|pulisi|police|imigrasi|immigration"
            r"|aparat|petugas imigrasi|polis)"
        ),
        strength=WEAK,
        why=(
            "Held by the police or immigration: weak alone (often a legal question); with no word to the"
            " family, no lawyer or no calls allowed, urgent."
        ),
        fires=(
            "suami sy ditahan polisi di taiwan, kita gak dikabarin apa2",
            "bojoku dicekel polisi neng malaysia, wis seminggu ora ono kabar",
            "salaki abdi ditewak pulisi di taiwan, teu aya beja",
            "my brother was taken by the police in dubai and nobody tells us where he is",
        ),
        silent=(
            "kalau overstay bisa ditahan imigrasi berapa lama?",
            "suami sy ditahan polisi, sudah divonis 2 tahun, cara kirim uang ke penjara gimana",
        ),
    ),
    Rule(
        "confinement.watched",
        C.CONFINEMENT,
        (
            # watched or followed all the time: "diawasin terus", "dibuntuti", "they are watching me"
            r"(?<!harus )(?<!perlu )(?<!wajib )(?:diawasi|diawasin|dipantau|diikutin|diikuti|dibuntuti"
            r"|dibuntutin|dijaga|diintip|dijagain"
            r"|diteropong|dijogo|diawasake|diawaskeun|dititenan)(?: \w+)? (?:terus|terus menerus|24 jam"
            r"|tiap saat|setiap saat|kemana mana|ke mana mana|sepanjang hari)"
            r"|(?:they|he|she|someone|somebody) (?:are |is |s |re )?(?:watching|watch|follows?|following)"
            r" (?:saya|us|every move|everywhere)"
            r"|(?:they|he|she) (?:are|is|s|re) watching\b|cctv (?:di|dalam|in) (?:kamar|kamar mandi|room"
            r"|toilet)"
        ),
        strength=WEAK,
        why="Watched or followed every moment: a sign of control, weak alone.",
        fires=(
            "mereka ngawasin aku terus, diawasin terus kemana2, hp diambil",
            "someone follows me everywhere, i cant talk long they are watching, please help",
            "ada cctv di kamar sy, gak boleh keluar",
        ),
        silent=(
            "anak majikan harus diawasi terus ya kak, masih bayi",
            "are cctv cameras in the living room allowed in singapore?",
        ),
    ),
    Rule(
        "confinement.must_not_be_found_out",
        C.CONFINEMENT,
        (
            # contact kept secret from whoever holds her: "jgn telpon, nanti ketauan", "vn bisik2"
            r"(?:jangan|don t|do not|ojo|aja|ulah) (?:\w+ )?(?:telepon|nelpon|call|chat|text|balas|bales|wa"
            r"|vn"
            r"|hubungi|sms|message)(?: \w+){0,4} (?:nanti|takut|soalnya|or|they ll|they will|mengko|engke)?"
            r" ?(?:ketahuan|found out|find out|know|ketauan|konangan|kanyahoan)"
            r"|(?:vn|voice note|telepon|nelpon|called|suaranya|suara|voice)(?: \w+){0,2} (?:bisik|bisik bisik"
            r"|berbisik|whisper\w*|pelan pelan banget|pelan banget|lirih)"
            # "aku cuma bisa chat pas mereka tidur", "jangan bales sekarang"
            r"|(?:cuma|hanya|only) (?:bisa |can )?(?:chat|nelpon|telepon|wa|text|call|write|sms|ngabarin)"
            r" (?:pas|kalau|waktu|when|while) (?:mereka|dia|majikan|they|he|she|bos|nyonya) (?:\w+ )?(?:tidur"
            r"|pergi|keluar|sleep|asleep|out|away|mandi)"
            r"|(?:jangan|jgn|don t|do not) (?:bales|balas|bls|telepon|nelpon|reply|call|text)"
            r"(?: (?:saya|back))?"
            r" (?:sekarang|now|dulu sampai|until|dulu)\b"
            # she will write again when she can: "nanti sy chat lg klo bisa" (with the above: "jgn bls dulu")
            r"|(?:nanti|later) (?:saya |i ll |i will )?(?:chat|kabari|kabarin|hubungi|text|wa|write)"
            r" (?:lagi |again |you )?(?:kalau|when|if) (?:bisa|aman|i can|it s safe|safe)\b"
        ),
        strength=WEAK,
        why=(
            "Contact kept secret from those around her (a whisper, no calls or it will be found out):"
            " weak alone."
        ),
        fires=(
            "ibu kirim vn pelan2 banget, bilang jgn telpon, nanti ketauan",
            "my sister called whispering, she said dont call back or they will find out",
            "adik nelpon lirih, ojo telpon maneh mengko konangan",
            "kak, aku cuma bisa chat pas mereka tidur, jangan bales sekarang",
            "jgn bls dulu. sy di gudang. nanti sy chat lg klo bisa",
        ),
        silent=(
            "jangan telpon pas jam kerja ya bu, nanti dimarahin bos",
            "nanti sy chat lagi kalau udah dapet nomor paspornya",
            "gimana cara kirim vn di telegram",
        ),
    ),
)
