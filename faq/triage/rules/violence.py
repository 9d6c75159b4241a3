"""Violence: beaten, burned, thrown at, drugged, mutilated, kept like an animal."""

from __future__ import annotations

from faq.triage.lexicon import ACTIVE_VIOLENCE, PERPETRATOR, PERSON
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "violence.beaten_passive",
        C.VIOLENCE,
        (
            # ("dipukul rata" is an idiom: across the board)
            r"dipukul(?! rata)|dipukuli|dipukulin|mukulin|mukuli|memukuli saya|disiksa|dianiaya|ditendang"
            r"|disetrum"
            r"|dicekik"
            r"|ditampar|dihajar|digebuki|digebukin|digebugi|digebuk|diantemi|dijambak|disiram|dibakar"
            r"|disundut"
            r"|dipeupeuh|ditusuk|dibacok|diinjak|dilukai|digampar|ditonjok|dijotos|ditabok|dicabok"
            r"|ditempeleng"
            r"|disetrika|dicambuk|disabet|dipecut|dihantam|dibanting|diseret|dicakar|babak belur|dipenthung"
            r"|digebugan|dikeroyok|dipateni|disakiti|disakitin|ditampol|dipentung|dicekek|dilempar|ditapuk"
            r"|dikepruk|dilarani|dilarakake|dikeplak|dikeplaki|dijedotin|dibenturkan|disiram air panas"
            r"|diteunggeul|ditampiling|digebugi|digepuk|digepuki|diantem"
            r"|kena (?:setrum|strum|pukul|tampar|siksa|tendang)"
        ),
        why="Something done to someone: beaten, tortured, burned, stabbed (passive forms).",
        fires=("sy disetrika majikan", "TOLONGGG SY DIPUKULIN", "sy digampar majikan td pagi"),
        silent=(
            "negara mn aja yg kena moratorium",
            "kena deportasi nanti bs brgkt lg gk",
            "dipukul rata aja ya gajinya sama semua?",
            "bonusnya dipukul rata ke semua pekerja",
        ),
    ),
    Rule(
        "violence.perpetrator_active",
        C.VIOLENCE,
        rf"{PERPETRATOR}\b.{{0,30}}\b{ACTIVE_VIOLENCE}|{ACTIVE_VIOLENCE} {PERSON}",
        why="An active violent verb tied to a perpetrator or aimed at a person: 'majikan mukul'.",
        fires=(
            "dunungan sok nampiling abdi",
            "majikan marah2 terus mukul sy",
            "majikan sy suka mukul pake sapu",
        ),
        silent=("bos sy cerewet tapi ga pernah mukul kok", "katanya agen dilarang mukul pekerja ya?"),
    ),
    Rule(
        "violence.doused_or_ironed",
        C.VIOLENCE,
        rf"(?:nyiram|menyiram|nyetrika|menyetrika)(?:in|i|kan)? (?:\w+ )?{PERSON}"
        r"|(?:nyiram|menyiram|nyetrika|menyetrika)(?:in|i|kan)? (?:tangan|kaki|badan|kulit|punggung|muka)"
        r"|(?:nyiram|menyiram)(?:in|i|kan)? (?:\w+ )?air (?:panas|mendidih)",
        why="Hot water poured on a person, an iron put to them (not watering plants or ironing clothes).",
        fires=(
            "majikan nyiram sy pake air panas",
            "madam nyetrika tangan sy krn telat",
            "majikan ngancam mau nyiram air panas lagi klo sy telat bangun",
        ),
        silent=(
            "sy kesel majikan suka nyuruh ulang nyetrika, tapi ya sudah",
            "sy disuruh nyiram tanaman tiap pagi",
        ),
    ),
    Rule(
        "violence.hits_someone_en",
        C.VIOLENCE,
        (
            r"(?:beat|beats|beaten|beating|hit|hits|hitting|kick|kicked|kicks|tortured|torturing|slap"
            r"|slapped|slaps"
            r"|choked"
            r"|punched|punches|burned|burnt|burns|burning|whipped|whips|chokes|tortures|hurting|abuse|abuses"
            r"|abused|abusing|attacked|attacks|stabbed|cuts|starves|starving)"
            r" (?:saya|us|her|him|them)"
        ),
        why="English: a violent verb aimed at a person.",
        fires=("my boss punched me", "my employer hits me every day", "they beat us whenever we refuse"),
        silent=(
            "what to do if your employer abuses you",
            "what does a placement agency actually do for me if i go through them",
        ),
    ),
    Rule(
        "violence.perpetrator_hits_en",
        C.VIOLENCE,
        (
            rf"\b{PERPETRATOR}\b(?: \w+){{0,2}} (?:always |often |still |keeps? )?(?:hits|slaps|beats|kicks"
            r"|punches|whips|chokes|hit|slapped|kicked|punched|whipped|choked)"
            r" (?:(?:saya|us|her|him)(?! up\b)|with|using|every|everyday|when|whenever|if)\b"
        ),
        why=(
            "English: an employer or agent who hits, slaps or kicks, the person left out ('madam hits with"
            " the hanger')."
        ),
        fires=(
            "is it normal that madam hits with the hanger when the ironing is wrong",
            "my boss slaps whenever the food is late",
        ),
        silent=(
            "my boss hit the target this month so we got a bonus",
            "the agent hit me up on facebook about a job",
            "my boss hits the gym every morning",
        ),
    ),
    Rule(
        "violence.hurts_me_en",
        C.VIOLENCE,
        r"hurts? (?:saya|us|her|him)$",
        why="English: 'hurts me' at the end of a message.",
        fires=("please help, he hurts me",),
        silent=("it hurts me to leave my kids, can i go home for a visit",),
    ),
    Rule(
        "violence.beaten_en",
        C.VIOLENCE,
        r"beaten|tortured|physically abused|being (?:abused|beaten|hurt|tortured|hit)",
        why="English: beaten, tortured, being abused or hit.",
        fires=("I am being abused by my employer",),
        silent=(
            "will working abroad hurt my chances to study",
            "what are the signs my sister is being trafficked, how to tell",
        ),
    ),
    Rule(
        "violence.thrown_at",
        C.VIOLENCE,
        (
            r"(?:ngelempar|melempar|lempar|nimpuk|menimpuk|ngelemparin|lemparin|nimpukin)\b.{0,25}\bke"
            r" (?:(?:kepala|muka|wajah|badan|tubuh|arah) )?saya"
            r"|(?:beat|beats|beating|hit|hits) (?:the )?(?:crew|workers|abk|pekerja)"
        ),
        why="Things thrown at the writer; a crew beaten.",
        fires=(
            "bos ngelempar piring ke muka sy",
            "nyonya nimpukin sendok ke sy sampe benjol",
            "my cousin is on a boat and the captain beats the crew",
        ),
        silent=("what if my employer hits me", "could i get help if my employer hits me"),
    ),
    Rule(
        "violence.bones_broken_en",
        C.VIOLENCE,
        (
            r"(?:breaks|broke|broken|breaking) (?:saya|his|her|their|our) (?:fingers?|arms?|legs?"
            r"|hands?|ribs?|nose"
            r"|teeth|bones?)"
        ),
        why="English: fingers, arms or bones broken by someone.",
        fires=("her boss broke her arm",),
        silent=("my phone broke, can i buy one here",),
    ),
    Rule(
        "violence.doused_or_overboard_en",
        C.VIOLENCE,
        (
            r"(?:pours?|poured|pouring|throws?|threw|thrown|splash\w*) (?:\w+ ){0,2}(?:water|oil|acid) on"
            r" (?:saya|her|him|us|them)"
            r"|(?:threw|throws|thrown|throw|pushed) (?:saya|her|him|us|them|saya \w+)(?: overboard"
            r"| into the (?:sea|water"
            r"|river))"
        ),
        why="English: hot water, oil or acid poured on someone; thrown overboard.",
        fires=("they threw my cousin overboard", "the boss poured hot water on her hands"),
        silent=(
            "my phone wont charge after it fell in water, how to fix",
            "what does a placement agency actually do for me if i go through them",
        ),
    ),
    Rule(
        "violence.drugged",
        C.VIOLENCE,
        (
            r"dibius|dicekoki|dicekokin|drugged|(?:dikasih|diberi|disuruh minum|dipaksa minum) (?:obat|pil)"
            r" (?:aneh|bius|tidur|penenang)"
        ),
        why="Drugged or made to take pills.",
        fires=("sy dicekoki obat tidur sama agen",),
        silent=(
            "PK belum dikasih tp disuruh berangkat, gmn",
            "sy blm dikasih kontrak tp disuruh brgkt besok",
        ),
    ),
    Rule(
        "violence.injured",
        C.VIOLENCE,
        r"luka|berdarah|memar|lebam|bleeding|bruised|injured",
        strength=WEAK,
        why="Wounded or bleeding: weak alone (a kitchen cut).",
        fires=(
            "tolong kaki sy luka dipukul majikan",
            "kaki sy luka kena pisau waktu masak",
            "sy dipukul majikan tiap hari, badan sy lebam semua",
        ),
        silent=("kaki sy ga luka kok, cuma capek",),
    ),
    Rule(
        "violence.mutilated",
        C.VIOLENCE,
        (
            r"dipotong (?:jari|tangan|kaki|telinga|kuping)(?:nya)?\b"
            r"|(?:jari|tangan|kaki|telinga|kuping)(?:nya)?(?: \w+){0,2} (?:dipotong|dipatahkan|dipatahin)"
        ),
        why="A finger or hand cut off or broken.",
        fires=("tangan kakak sy dipatahkan mandor",),
        silent=(
            "khawatir gaji dipotong agensi, gimana cek nya",
            "rambut wajib dipotong pendek di asrama pelatihan?",
        ),
    ),
    Rule(
        "violence.about_to_hit",
        C.VIOLENCE,
        rf"(?:ingin|akan|bakal|lagi|mulai) {ACTIVE_VIOLENCE}\b",
        why="Someone about to hit or starting to.",
        fires=(
            "dia mau mukul sy lagi, sy takut",
            "tlg sy skrg jg dia mau mukul lg",
        ),
        silent=("apa sanksi buat majikan yg memukul", "bos sy cerewet tapi ga pernah mukul kok"),
    ),
    Rule(
        "violence.sleep_outside",
        C.VIOLENCE,
        (
            # ("tdr" is left unexpanded by the speller)
            r"(?:disuruh|dipaksa|suruh|nyuruh|menyuruh|maksa|memaksa)(?: saya| kami| \w+)? (?:tidur|tdr) di"
            r" (?:\w+ )?"
            r"(?:kandang|luar|teras|kamar mandi|jalan|gudang)"
            r"|(?:makes|made|forces|forced) (?:saya|us|her|him|them) (?:to )?sleep (?:outside"
            r"|in the cold|in (?:a|the)"
            r" (?:cage|bathroom|toilet|storeroom))"
            r"|(?:keeping|keep|keeps|kept|locked) (?:saya|us|her|him|them) in (?:a|the) cage"
            r"|dikurung di kandang"
        ),
        why="Kept like an animal, made to sleep outside or in a cage.",
        fires=(
            "they keep her in a cage at night",
            "mandor nyuruh kami tidur di belakang kandang",
            "pembantu disuruh tidur di teras sama nyonya, ini adik sy",
            "maaf mlm2. sy disuruh tdr di kandang anjing lg mlm ini",
        ),
        silent=("grup wa lowongan LN suruh bayar dp", "kenapa banyak pmi yang disiksa di luar negeri"),
    ),
    Rule(
        "violence.marks",
        C.VIOLENCE,
        r"(?:luka|bekas|foto) (?:\w+ )?(?:sundutan|sundut|setrikaan|cambukan|sabetan|pukulan|cekikan|siraman)"
        r"|sundutan rokok|cigarette burns?",
        why="Marks of abuse on the body: cigarette burns, lashes, bruises from a beating.",
        fires=(
            "kluarga sy disana kirim foto luka sundutan rokok di paha",
            "ada bekas cambukan di punggung adik sy",
        ),
        silent=("setrika sy rusak, beli dimana", "sy takut sama rokok, majikan perokok berat"),
    ),
    Rule(
        "violence.punished_in_sun",
        C.VIOLENCE,
        (
            # a compound's punishment for a missed target; laundry is "dijemur" too
            r"(?<!baju )(?<!pakaian )(?<!cucian )(?<!kasur )(?<!handuk )dijemur (?:di (?:lapangan|luar"
            r"|halaman|bawah (?:matahari|terik))|seharian|berjam jam|sampai pingsan)"
            r"|(?:made|forced) to stand (?:in the sun|outside) (?:all day|for hours)"
            r"|dihukum (?:berdiri|lari|jongkok|push up)(?: \w+){0,2}"
            r" (?:seharian|berjam jam|di lapangan|sampai pingsan|di bawah (?:matahari|terik))"
            r"|(?:tidak|yang tidak) (?:capai|mencapai|nyampe|sampai) target (?:\w+ ){0,2}(?:dipukul|disetrum"
            r"|dihukum|disiksa|dijemur|dikurung|tidak dikasih makan)"
            r"|(?:miss|missed|don t meet|didn t meet|fail to meet) (?:the |our |saya )?(?:target|quota)"
            r" (?:\w+ ){0,3}(?:beaten|punished|tased|electrocuted|starved|locked)"
        ),
        why="Punished for a missed target (left in the sun, beaten, shocked): compound abuse.",
        fires=(
            "yg gk capai target dijemur di lapangan seharian",
            "yang ga nyampe target dipukul sama mandor",
            "those who miss the target get beaten",
            "kemarin dua orang pingsan di lapangan karena dihukum berdiri seharian",
        ),
        silent=(
            "baju dijemur seharian kok masih bau ya",
            "kalau gk capai target sales gaji dipotong ga kak",
        ),
    ),
    Rule(
        "violence.others_died",
        C.VIOLENCE,
        (
            r"(?:ada|one of us|someone|somebody|teman|temen|pekerja|orang)(?: \w+)? (?:yang )?"
            r"(?:tidak bangun lagi|tidak pernah bangun lagi|never woke up|didn t wake up|did not wake up"
            r"|tidak bernafas lagi|tidak bernapas lagi|stopped breathing)"
            r"|(?:ada|sudah ada|udah ada|dua|tiga|\d+) (?:orang |teman |temen |pekerja )?(?:yang )?"
            r"(?:meninggal|mati|tewas) (?:di sini|disini|di dalam|di mess|di camp|di kamp|minggu ini|hari ini"
            r"|tadi|kemarin)"
        ),
        strength=WEAK,
        why="Someone near her collapsed or died: weak alone (news, funerals); with abuse nearby, urgent.",
        fires=(
            "td ada yg gk bangun lagi",
            "udah ada 2 orang yg meninggal di sini bulan ini",
            "one of us never woke up this morning",
        ),
        silent=(
            "nenek sy meninggal kemarin, sy boleh pulang ga",
            "sy susah bangun pagi, alarm ga kedengeran",
        ),
    ),
)
