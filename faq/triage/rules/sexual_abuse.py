"""Sexual abuse: raped, groped, made to undress, coerced into sex or sex work, night visits."""

from __future__ import annotations

from faq.triage.lexicon import ABUSE_VICTIM, ACTIVE_SEXUAL, INTIMATE, ONGOING, PERPETRATOR, TOUCH
from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

# Keeping men company or sleeping with them, as a worker is told to: "nemenin tamu", "tidur sama bos".
_SEX_SERVICE = (
    r"(?:nemenin|menemani|temenin|nemani|nemeni|layani|melayani|ngelayani|ngeladenin|ngalayanan|ngalayanin"
    r"|tidur (?:sama|dengan"
    r"|bareng|karo)|keep (?:him|them|the guests?|guests?|the boss|customers?) company"
    r"|sleep with|spend the night with|serve (?:the )?(?:guests?|customers?|clients?|men)"
    r"|entertain (?:the )?(?:guests?|customers?|clients?|men))"
)
# What she is made to pay it for: her passport, her pay, food, the way home.
_LEVER = (
    r"(?:paspor|passport|dokumen|documents?|gaji|salary|wages|pay|makan|food|pulang|dipulangkan|dipulangin"
    r"|dipulangkeun|go home|handphone|phone|ijazah|ktp|visa|utang|hutang|debt)(?:ku|nya|mu)?"
)

# Whom she is told to keep company ("nemenin anak majikan main game" is childcare).
_MEN = r"(?:tamu|tamunya|guests?|customers?|clients?|om om|om|laki laki|pria|bos|boss|tuan|him)"

_SERVE_MEN = (
    rf"(?:{_SEX_SERVICE} (?:\w+ )?{_MEN}|(?:serve|entertain) (?:the )?(?:guests?|customers?|clients?|men)"
    r"|sleep with \w+)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "sexual_abuse.made_naked",
        C.SEXUAL_ABUSE,
        (
            r"(?:minta|suruh|nyuruh|menyuruh|maksa|memaksa|dipaksa|disuruh)\b.{0,25}\b(?:telanjang|bugil)"
            r"|(?:difoto|divideo|direkam) telanjang"
            r"|(?:made|forced|asked|told) (?:saya|her|us) to (?:strip|undress)"
        ),
        why="Made or asked to undress, filmed naked.",
        fires=("mami nyuruh sy telanjang buat difoto", "mami nyuruh sy foto bugil buat dikirim ke tamu"),
        silent=("kenapa agen minta paspor sy disimpan", "minta tebusan itu termasuk tindak pidana apa"),
    ),
    Rule(
        "sexual_abuse.abused_passive",
        C.SEXUAL_ABUSE,
        (
            r"diperkosa|perkosa|dilecehkan|dilecehin|dicabuli|dicabulin|digerayangi|diraba|disetubuhi|dinodai"
            r"|dipegang dipegang|raped|rape|molested|being raped"
            r"|groped|sexually abused|sexually assaulted|harassing saya|harassed|digrepe|digerepe|digrepein"
            r"|dihamili|diapa apain|diapa apakan|hamil (?:sama|oleh|dengan|anak) majikan"
            r"|ditelanjangi|ditelanjangin|ditelanjangkan|dilucuti"
        ),
        why="Something done to someone: raped, molested, groped, undressed (passive forms).",
        fires=(
            "the son of my employer raped me",
            "sy dipegang2 sama bapak majikan",
            "kakak sy ditelanjangin sama mandor",
        ),
        silent=("apakah paspor boleh dipegang majikan?", "opo majikan oleh nyekel paspor?"),
    ),
    Rule(
        "sexual_abuse.touched_or_undressed",
        C.SEXUAL_ABUSE,
        (
            r"(?:touching|touches|touched|forcing|forced|grabbed|grabs|grabbing) (?:saya|her|us|him)(?! hand)"
            r"|hamil (?:karena"
            r"|krn) dipaksa"
            r"|(?:take|took|pull|pulled|rip|ripped) (?:off )?saya clothes|saya clothes off"
            r"|(?:buka|membuka|bukain|lepas|melepas|nyobek|merobek) (?:baju|pakaian|celana) saya"
            r"|(?:forced|forcing|being forced) to (?:marry|have sex|sleep with)"
        ),
        why="Touched or forced (English), clothes pulled off, forced to marry or have sex.",
        fires=(
            "anak majikan nyoba buka baju sy",
            "my employer's husband grabbed me last night",
            "the foreman keeps touching her and she cries",
        ),
        silent=(
            "my employer touched my hand when giving the salary, is that normal",
            "sy ga bisa keluar negeri krn paspor blm jadi",
        ),
    ),
    Rule(
        "sexual_abuse.forced_intercourse",
        C.SEXUAL_ABUSE,
        (
            r"(?:maksa|memaksa|dipaksa|paksa)\b.{0,20}\b(?:berhubungan badan|berhubungan intim|tidur bareng"
            r"|tidur dengan|tidur sama|melayani nafsu|begituan)"
        ),
        why="Forced into sex, in other words.",
        fires=(
            "aku dipekso turu karo bos",
            "madam maksa sy tidur bareng suaminya",
            "suami majikan maksa sy berhubungan badan",
        ),
        silent=("sy ga boleh makan bareng majikan, wajar ga", "apa itu kerja paksa"),
    ),
    Rule(
        "sexual_abuse.perpetrator_gropes",
        C.SEXUAL_ABUSE,
        rf"{PERPETRATOR}\b.{{0,40}}\b{ACTIVE_SEXUAL}|{ACTIVE_SEXUAL} saya",
        why="An active groping verb tied to a perpetrator or aimed at the writer.",
        fires=(
            "majikan sering grepe2 aku",
            "bos ngeraba raba sy di dapur",
            "anak majikan ngelecehin adik sy",
        ),
        silent=("boleh ga majikan pegang paspor", "mau ganti majikan tp agensi gk ngizinin"),
    ),
    Rule(
        "sexual_abuse.enters_room",
        C.SEXUAL_ABUSE,
        (
            r"masuk (?:ke )?kamar saya|(?:comes|came|coming|enters|entered|goes|tries to enter"
            r"|tried to enter|try to enter)(?: into)? (?:saya|her"
            r"|our) (?:room|bedroom)"
        ),
        strength=WEAK,
        why="Someone comes into the writer's room: weak alone.",
        fires=(
            "her boss comes into her bedroom at night",
            "the driver tries to enter my room, i am scared",
            "majikan laki2 masuk kamar sy malem2 dan maksa, sy takut bgt",
        ),
        silent=(
            "apakah majikan boleh mengunci pintu kamar pekerja",
            "sy udh lapor lewat wa kp2mi, gmn taunya laporan sy masuk",
        ),
    ),
    Rule(
        "sexual_abuse.coerced",
        C.SEXUAL_ABUSE,
        (
            r"(?:ngintip|ngintipin|mengintip|merekam|ngerekam) saya"
            r"|(?:disuruh|dipaksa) (?:melayani|layani|nemenin|menemani) tamu"
            r"|(?:dipaksa|maksa|memaksa) (?:saya |kami )?(?:minum|makan|pakai) (?:obat|pil|alkohol|miras|arak"
            r"|narkoba|sabu)"
            r"|dipaksa (?:aborsi|menggugurkan|nikah|menikah"
            r"|kawin|hamil)"
            r"|hamil (?:karena )?dipaksa"
        ),
        why="Spied on, made to serve guests, forced to take drugs, to abort or to marry.",
        fires=(
            "bos maksa sy minum miras tiap malam",
            "majikan suka ngintip sy mandi, sy takut",
            "adik sy mau dinikahkan paksa, dipaksa nikah sama anak majikan",
        ),
        silent=(
            "demam tp udh minum obat dr majikan udh turun. boleh ga minta libur sehari",
            "jadwal makan di penampungan jam berapa",
        ),
    ),
    Rule(
        "sexual_abuse.forced_marriage",
        C.SEXUAL_ABUSE,
        (
            r"(?:harus|disuruh|dipaksa|maksa|memaksa|paksa|forced to|must|made to|wants saya to)"
            r" (?:saya |kami |dia |adik saya |anak saya )?(?:kawin|nikah|menikah|dinikahkan|dikawinkan|marry)"
            r"\b.{0,80}\b(?:besok|malam ini|hari ini|minggu ini|lusa|tomorrow|tonight|this week"
            # the threat's object, not its verb: a "tidak" inside the match would read as a denial
            r"|(?:atau|or|kalau tidak|kalau nolak|if saya refuse)\b.{0,30}\b(?:paspor|passport|dipukul"
            r"|dibunuh|dijual|disiksa|dikurung|gaji|kill|beat|sell))"
        ),
        why="Made to marry, with a date set or a threat if she refuses.",
        fires=(
            "abdi di sabah, bos nyebat abdi kedah kawin sareng dulurna atanapi paspor moal dipulangkeun",
            "majikan bilang sy harus nikah sama anaknya besok, sy gk mau",
            "my employer says i must marry his cousin tomorrow or he keeps my passport",
            "mbak, aku dipeksa rabi karo anake majikan sesok, paspor dicekel",
        ),
        silent=(
            "pacar sy kerja di korea, mau nikah pas dia pulang. ada aturan khusus gk buat PMI yg nikah?",
            "apakah pmi perempuan harus menikah dulu atau boleh berangkat lajang",
            "kalau mau nikah sama orang taiwan syaratnya apa aja",
            "abdi bade nikah taun payun, naha kedah lapor ka disnaker?",
        ),
    ),
    Rule(
        "sexual_abuse.victim_named",
        C.SEXUAL_ABUSE,
        ABUSE_VICTIM,
        strength=WEAK,
        why="'Korban pelecehan/kekerasan': weak alone (it may be over).",
        fires=(
            "sy jadi korban pelecehan sm anak majikan, skrg masih di rumahnya",
            "sy dulu korban kekerasan, sekarang sudah pulang dan mau kerja lagi",
            "perlindungan pmi yg jadi korban kekerasan majikan",
        ),
        silent=(
            "kekerasan seksual terhadap pmi diatur di pasal berapa",
            "kekerasan seksual thd pmi diatur di uu apa",
        ),
    ),
    Rule(
        "sexual_abuse.intimate_touch",
        C.SEXUAL_ABUSE,
        (
            rf"{PERPETRATOR}\b.{{0,20}}\b{TOUCH}(?: \w+)? {INTIMATE}|{TOUCH} {INTIMATE} (?:saya|kami)"
            rf"|{INTIMATE} (?:saya|kami) (?:dipegang|diremas|disentuh|diraba|dicium)"
        ),
        why="Intimate parts touched by a perpetrator.",
        fires=("bos suka meremas dada sy kalau istrinya keluar",),
        silent=(
            "apakah paspor boleh dipegang majikan?",
            "sy sering pegang dada kalau sesak napas, perlu cek medical lagi?",
        ),
    ),
    Rule(
        "sexual_abuse.taken_to_hotel",
        C.SEXUAL_ABUSE,
        (
            rf"{PERPETRATOR}\b.{{0,20}}\b(?:ngajak|mengajak|ajak|bawa|membawa|maksa|memaksa) (?:saya|kami)"
            r" (?:ke |masuk )?(?:hotel|motel|kamar (?:nya|dia|hotel))"
        ),
        strength=WEAK,
        why="Taken to a hotel room by a perpetrator: weak alone.",
        fires=("majikan ngajak sy ke hotel malam2",),
        silent=(
            "apakah majikan boleh mengunci pintu kamar pekerja",
            "majikan ngajak jalan2 naik mobil ke mall, boleh ga nolak",
        ),
    ),
    Rule(
        "sexual_abuse.victim_ongoing",
        C.SEXUAL_ABUSE,
        rf"{ABUSE_VICTIM}\b.*\b{ONGOING}|{ONGOING} (?:jadi |menjadi )?{ABUSE_VICTIM}",
        why="A victim of abuse, still going on.",
        fires=(
            "sy jadi korban pelecehan sm anak majikan, skrg masih di rumahnya",
            "sy dulu korban kekerasan, sekarang sudah pulang dan mau kerja lagi",
        ),
        silent=(
            "hak pmi kalau jadi korban pelecehan seksual apa aja",
            "anak sy kerja trs tiap hari gk ada libur, emg gt aturane?",
        ),
    ),
    Rule(
        "sexual_abuse.forced_prostitution",
        C.SEXUAL_ABUSE,
        (
            r"dipaksa (?:berhubungan|tidur|melayani|begituan|jual diri)"
            r"|(?:dipaksa jadi|dipaksa menjadi|dijadikan) (?:psk|pelacur|pekerja seks)"
        ),
        why="Forced into sex work.",
        fires=("aku dipekso turu karo bos", "adik sy dijadikan PSK di malaysia", "dipaksa jd psk tlg"),
        silent=("bunuh diri itu dosa ga sih", "katanya agen dilarang mukul pekerja ya?"),
    ),
    Rule(
        "sexual_abuse.coerced_to_sex",
        C.SEXUAL_ABUSE,
        (
            r"(?:dipaksa|disuruh|maksa|memaksa|nyuruh|menyuruh|dipekso)\b.{0,25}\b(?:tidur (?:sama"
            r"|dengan|bareng|karo)(?:nya|ku|mu)?"
            r"|layani|melayani|nurutin|menuruti|hotel|nginep|menginap|laki laki|tamu|jual diri|melacur"
            r"|prostitusi)"
            r"|(?:dibawa|dijual|dikirim) ke (?:rumah )?(?:bordil|lokalisasi|tempat prostitusi)|bordil|brothel"
        ),
        why="Pushed towards sex, a man, a hotel, prostitution.",
        fires=(
            "aku dipekso turu karo bos",
            "bos nyuruh sy tidur sama tamunya",
            "mami di cafe nyuruh sy jual diri",
        ),
        silent=("bunuh diri itu dosa ga sih", "kok bisa sih orang dijual? gimana modusnya"),
    ),
    Rule(
        "sexual_abuse.night_visits",
        C.SEXUAL_ABUSE,
        (
            r"(?:masuk|datang|dtg|coming|comes|come|keeps coming) (?:\w+ ){0,2}(?:kamar|room)\b.{0,40}"
            r"\b(?:malam|night|tidur|sleep)|(?:didatangi|didatengin|didatangin) (?:\w+ ){0,2}(?:majikan|bos"
            r"|boss)"
            r"|(?:majikan|bos|anak|cowo|cowok|laki laki|son)\b.{0,30}\b(?:buka baju|telanjang|undress)"
            r"|baju (?:saya )?(?:sudah )?(?:tidak|ga) lengkap|push saya to bed"
            r"|touch(?:ed|es)? saya\b(?! (?:hand|shoulder|arm|head|bag|phone|things))"
        ),
        why="Someone coming to her room at night, undressing, touching.",
        fires=(
            "anak majikan nyoba buka baju sy",
            "cowo majikan nyuruh sy buka baju kalo mau dpt makan",
            "employer son touched me again tonight. door no lock",
        ),
        silent=(
            "is it normal that my agency keeps my phone during training at night",
            "apakah majikan boleh mengunci pintu kamar pekerja",
        ),
    ),
    Rule(
        "sexual_abuse.habitual_groping",
        C.SEXUAL_ABUSE,
        (
            # "baba suka pegang2": the head of a Gulf household, or anyone, who habitually gropes
            rf"(?:baba|kafil|papa|sir|mister|laoban|towkay|taukeh|anak|abang|suami|{PERPETRATOR})"
            r"(?: \w+)? (?:suka|sering|selalu|terus|mulai|keeps|always|often|kept) (?:\w+ )?"
            r"(?:pegang pegang|megang megang|raba raba|ngeraba|grepe|gerepe|meraba|colek colek|nyolek"
            r"|touching saya|touches saya|grabbing saya|grabs saya|touching saya body)"
        ),
        why="Someone in the household who keeps groping: the habit makes it ongoing.",
        fires=(
            "baba suka pegang2 kalau madam ga ada",
            "anak majikan sering raba2 sy di dapur",
            "baba keeps grabbing me when madam is out",
        ),
        silent=(
            "majikan suka pegang hp sy buat main game, boleh ga",
            "baba suka ngajak anak2 jalan ke mall",
        ),
    ),
    Rule(
        "sexual_abuse.sex_for_leverage",
        C.SEXUAL_ABUSE,
        (
            rf"(?:kalau|if|biar|supaya|agar|untuk|to get)\b.{{0,40}}\b{_LEVER}\b.{{0,30}}"
            rf"\b(?:harus|wajib|mesti|kudu|must|have to|has to|need to|disuruh)(?: \w+)? {_SEX_SERVICE}"
            # "temenin tamu dulu baru boleh pulang", Sundanese "ngalayanan tamu heula ameh dipulangkeun"
            rf"|{_SEX_SERVICE}\b.{{0,30}}\b(?:dulu |heula |first )?(?:baru|then|before|sebelum|ameh|biar"
            rf"|supaya"
            rf"|so that|to get)\b.{{0,20}}\b{_LEVER}"
            rf"|{_LEVER}(?: \w+){{0,3}} (?:ditahan|tidak dikembalikan|tidak dikasih|held|kept"
            rf"|withheld)\b.{{0,30}}"
            rf"\b(?:sampai|until|kecuali|unless)(?: saya| she| i)? (?:\w+ ){{0,2}}{_SEX_SERVICE}"
            # "paspor baru dibalikin kalau sy mau layani tamu"
            rf"|{_LEVER}\b.{{0,40}}\b(?:kalau|if|asal|asalkan|setelah|after|as long as|only if)"
            rf"(?: saya| i| she| dia)?(?: ingin| mau| sudah| bersedia| agree to| agrees to)? {_SEX_SERVICE}"
            # "gajiku ga bakal dikasih kalau aku ga mau nemenin bos"
            rf"|{_LEVER}\b.{{0,40}}\b(?:kalau|if|unless) (?:saya |i |she |dia )?(?:tidak ingin|tidak mau"
            rf"|don t|refuse to|won t|will not) {_SEX_SERVICE}"
        ),
        why=(
            "Her passport, pay, food or way home held against keeping men company or sleeping with them:"
            " sexual coercion through what she needs."
        ),
        fires=(
            "agensi blg kalo mau gaji dibayar hrs nemenin bos nginep di hotel",
            "kata mami paspor baru dibalikin kalau sy mau layani tamu 10 kali",
            "they said if i want my passport back i have to spend the night with the manager",
            "temenin tamu dulu baru boleh pulang, gitu kata bos karaoke",
            "my salary is held until i agree to sleep with him",
            "paspor abdi ditahan agen, cenah kudu ngalayanan tamu heula ameh dipulangkeun",
            "they keep my passport and say i get it back only if i sleep with the owner's friend",
        ),
        silent=(
            "kerja di karaoke hrs nemenin tamu nyanyi ga sih? sy mau yg jadi kasir aja",
            "kalau mau paspor balik harus bayar denda ke agen, wajar ga?",
            "boleh ga nginep di rumah saudara kalo libur?",
            "to get my visa i have to serve 2 years, is that normal",
            "takutnya nanti disuruh nemenin tamu kayak di film, kerja caregiver ga gitu kan?",
        ),
    ),
    Rule(
        "sexual_abuse.guests_refused",
        C.SEXUAL_ABUSE,
        (
            # the refusal in a lookahead: at the end of the match it would read as a denial of the act
            rf"{_SERVE_MEN}\b(?: \w+){{0,2}}(?=.{{0,40}}\b(?:tidak (?:ingin|mau|sudi)"
            rf"|nolak|menolak"
            rf"|don t want"
            r"|do not want|refuse|refused|said no)\b)"
            r"|(?:tidak (?:ingin|mau|sudi)|nolak|menolak|don t want|do not want|refuse|refused)"
            rf"(?: \w+){{0,2}} (?:disuruh |dipaksa |to )?{_SERVE_MEN}\b"
        ),
        strength=WEAK,
        why=(
            "Told to keep guests company or sleep with someone, and refusing: weak alone (a job question says"
            " the same); tonight, or with a lever or a threat, urgent."
        ),
        fires=(
            "agen bilang harus nemenin tamu, aku ga mau",
            "i refused to serve the customers and now they are angry",
            "sy nolak disuruh nemenin om2 itu minum",
        ),
        silent=(
            "jadi pemandu karaoke itu kerjanya nemenin tamu nyanyi ya?",
            "sy ga mau nginep di penampungan, boleh pulang dulu?",
            "sy ga mau nemenin anak majikan main game tiap malem, boleh nolak?",
        ),
    ),
    Rule(
        "sexual_abuse.still_with_abuser",
        C.SEXUAL_ABUSE,
        (
            # sexual violence named, and she still lives with the man who did it
            r"(?:kekerasan seksual|pelecehan|perkosaan|pemerkosaan|diperkosa|dilecehkan|dicabuli"
            r"|sexual(?:ly)? (?:abuse|abused|assault|assaulted|violence|harassment)|raped)"
            r".{0,160}(?:masih (?:serumah|satu rumah|tinggal (?:dengan|bersama|sama) (?:pelaku|dia|majikan))"
            r"|(?:serumah|satu rumah|tinggal) (?:dengan|bersama|sama) pelaku"
            r"|still (?:lives?|living|staying|works?|working) (?:with|for) (?:him|the abuser|her abuser"
            r"|the perpetrator|the employer|them))"
        ),
        why="Sexual violence told, and she still lives with the one who did it: the harm goes on tonight.",
        fires=(
            "PMI di Taichung dilaporkan mengalami kekerasan seksual oleh majikan dan saat ini masih serumah"
            " dengan pelaku",
            "my sister was raped by her employer and she still lives with him",
        ),
        silent=(
            "dulu teman sy korban pelecehan, skrg sudah pulang dan masih trauma",
            "apa itu kekerasan seksual menurut UU TPKS?",
        ),
    ),
)
