"""Suicidal thoughts, said plainly or softly, and farewells."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

RULES: tuple[Rule, ...] = (
    Rule(
        "suicidal.explicit",
        C.SUICIDAL,
        (
            r"bunuh diri|(?:ingin|pengen|lebih baik|mending|mendingan)(?: saya)? mati|kill myself"
            r"|kill saya self"
            r"|mengakhiri hidup|akhiri hidup|(?:end|ending|take|taking) (?:saya|her|his"
            r"|their) (?:own )?(?:life|lives)|bundir"
            r"|(?:akhiri|mengakhiri|ngakhirin) (?:semua|semuanya)"
            r"|gantung diri|minum racun|loncat dari|lompat dari|killing myself|hurt myself|end it all"
            r"|(?:minum|nelen|menelan|ngombe|nginum) (?:obat nyamuk|racun|baygon|pemutih|obat tidur|pil)"
            r"|biar (?:selesai|beres) (?:semua|semuanya)|mengakhiri semuanya|ngakhirin semuanya|surat wasiat"
            r"|tidak (?:ingin|mau) bangun lagi|(?:ingin|pengen) (?:nyusul|menyusul) (?:almarhum|almarhumah"
            r"|alm)"
            r"|(?:want to|going to|gonna) end (?:it|this|everything)"
            r"|lebih baik saya (?:tidak ada|mati)|better off dead|can t go on|cannot go on|cant go on"
        ),
        why="Suicide said plainly.",
        fires=("mending mati aja", "sy pengen bundir", "sy mau bunuh diri"),
        silent=(
            "surat kelakuan baik dr polisi wajib ga buat pmi",
            "demam tp udh minum obat dr majikan udh turun. boleh ga minta libur sehari",
        ),
    ),
    Rule(
        "suicidal.wish_to_die",
        C.SUICIDAL,
        (
            r"want to die|(?:tried|tries|try|trying|attempted) to kill (?:herself|himself|saya self"
            r"|themselves)"
            r"|(?:mencoba|nyoba|coba) bunuh diri|suicide|suicidal|tidak (?:ingin|pengen) hidup"
            r"|capek hidup|lelah hidup|(?:capek|lelah|cape) (?:\w+ )?(?:sama|dengan) hidup"
            r"|(?<!jangan )(?<!tidak )(?:nyerah|menyerah|pasrah) (?:\w+ )?(?:sama|dengan|pada|dari) hidup"
            r"|give up on (?:life|living)"
            r"|(?:no|not any) (?:reason|point) (?:to live|in living)|better off dead"
            r"|(?:dont|don t|do not) want to (?:live|be alive)"
            r"|(?:tidak ada|tak ada) (?:gunanya|artinya|harapan) (?:lagi )?hidup"
            r"|hidup tidak ada (?:gunanya|artinya)"
        ),
        why="A wish to die or not to live, an attempt.",
        fires=(
            "i dont want to live anymore",
            "honestly i think i'm better off dead",
            "her roommate tried to kill herself yesterday",
        ),
        silent=("bunuh diri itu dosa ga sih", "ada program pencegahan bunuh diri buat pmi ga?"),
    ),
    Rule(
        "suicidal.cannot_go_on",
        C.SUICIDAL,
        (
            r"tidak (?:kuat|sanggup|tahan|kiat|kuwat) (?:lagi|hidup)|sudah tidak kiat|cant take it anymore"
            r"|can t take it anymore"
        ),
        strength=WEAK,
        why="Cannot bear it any more: weak alone.",
        fires=(
            "udah ga sanggup lagi, mau terjun dari jembatan",
            "udh gk kuat lg pengen bunuh diri",
            "sy udh ga kuat lagi, pengen mati aja",
        ),
        silent=(
            "jangan pernah menyerah sama hidup di negeri orang ya",
            "should i sign a contract i cant read",
        ),
    ),
    Rule(
        "suicidal.jump",
        C.SUICIDAL,
        (
            r"(?:ingin|akan|going to|gonna|want to|about to) (?:nyebur|terjun|loncat|lompat|jump)"
            r"(?= (?:dari|from|off|into|ke laut|ke sungai|ke bawah|saja)|$)"
            r"|nyebur (?:ke )?(?:laut|sungai|jurang)|terjun dari|jump (?:from|off) (?:the|a|saya)"
        ),
        why="About to jump from a height or into water; 'loncat ke perusahaan lain' is a job move.",
        fires=(
            "udah ga sanggup lagi, mau terjun dari jembatan",
            "mau lompat dr balkon aja",
            "udah ga kuat lagi pengen loncat dr balkon aja",
        ),
        silent=("mau loncat ke agensi lain boleh ga", "sy pengen terjun ke dunia kerja di luar negeri"),
    ),
    Rule(
        "suicidal.soft",
        C.SUICIDAL,
        (
            r"(?:tidak usah|tidak perlu|tidak ingin|tidak mau) bangun(?: lagi)?|(?:ra|ora|tidak) tangi"
            r"|(?:nyusul|menyusul) (?:almarhum\w*|alm|bapak|ibu|ayah|emak|mamak|mbah|simbah|suami|istri)"
            r"|pergi (?:saja )?selamanya|go forever|(?:ingin|mending|mendingan|lebih baik) (?:saya )?"
            r"(?:ngilang|menghilang|hilang|lenyap|pergi) (?:saja )?(?:dari dunia|selamanya|pokoknya|saja$)"
            r"|hilang (?:saja )?dari dunia|(?:capek|cape|lelah|kesel|bosan|bosen) (?:urip|hidup)"
            r"|(?:nabrakin|nabrak|menabrakkan|nabrakkin|lempar) diri|takut (?:sama"
            r"|dengan) diri (?:saya )?sendiri"
            r"|afraid of myself|(?:obat|cairan) (?:serangga|pembersih|nyamuk)|pembersih lantai|racun tikus"
            r"|(?:dont|don t|do not) want (?:to )?live|(?:ingin|pengen) (?:lompat|loncat|terjun)\b"
            r"(?! (?:ke|pindah|kerja|perusahaan|majikan|agen|pt|jalur))"
            r"|(?:berhenti|udahan|selesai) (?:saja )?dari semuanya"
        ),
        why="Said softly: not waking up, joining the dead, vanishing, tired of living.",
        fires=(
            "i dont want to live anymore",
            "aku pengen ngombe obat nyamuk wae",
            "rasanya pengen nyusul almarhum bapak aja",
        ),
        silent=(
            "aku pengen kerja di luar negri tp takut ketipu, lewat jalur apa aja yg legal ya kak",
            "sy pengen terjun ke dunia kerja di luar negeri",
        ),
    ),
    Rule(
        "suicidal.farewell",
        C.SUICIDAL,
        (
            r"titip (?:anak|anak anak|mereka|ibu|adik)|surat (?:buat|untuk) anak|(?:said|say|says) goodbye"
            r"|(?:kalau|if) (?:saya|dia|\w+) (?:besok )?(?:tidak ada|mati)(?= maaf| bilang| tolong| titip|$)"
            r"|jalan keluar satu satunya"
        ),
        strength=WEAK,
        why="Entrusting the children, a goodbye, 'if I am gone tomorrow': weak alone.",
        fires=(
            "sy udh nulis surat buat anak2 sy, titip mereka ya bu",
            "gk usah cari aku lg ya mak, aku udh gk sanggup. titip anak2",
            "maak, kiki kangen. maaf kiki ga bisa jadi anak yg baik. kalo kiki ga ada maaf ya",
        ),
        silent=("tolong rekomendasiin laptop buat kuliah", "cara bikin surat izin suami buat jd TKW"),
    ),
    Rule(
        "suicidal.better_gone",
        C.SUICIDAL,
        (
            r"(?:mending|mendingan|lebih baik|better|sebaiknya) saya (?:tidak usah|tidak perlu|tidak|tak)"
            r" (?:ada|hidup|lahir|di dunia)(?= saja| lagi| biar| supaya|$)"
            r"|saya (?:tidak usah|tidak perlu) (?:ada|hidup|lahir)(?: saja| lagi)(?= biar| supaya|$)"
            r"|(?:better|easier) (?:for everyone )?if saya (?:was|were|am) (?:not here|gone|dead)"
            r"|(?:wish|pengen|ingin) saya (?:tidak pernah|never) (?:lahir|ada|born|existed)"
        ),
        why="Better if I were not there at all: a wish to be gone, said without 'mati'.",
        fires=(
            "gk ada jalan keluar. mending sy gk usah ada aja biar gk nyusahin siapa2",
            "lebih baik aku gk ada lagi",
            "it would be easier for everyone if i was gone",
        ),
        silent=(
            "biaya admin itu mending gk usah ada aja ya kak",
            "mending sy gk usah ada di grup itu lagi ya, isinya calo semua",
        ),
    ),
    Rule(
        "suicidal.no_way_out",
        C.SUICIDAL,
        (
            r"(?:tidak|tak) ada (?:lagi )?(?:jalan keluar|harapan)(?: lagi)?"
            r"(?! (?:dari|untuk|buat|soal|kalau|nya|ke|di))"
            r"|(?:biar|supaya|agar) (?:tidak|tak) (?:nyusahin|menyusahkan|ngerepotin|merepotkan|jadi beban"
            r"|membebani) (?:siapa siapa|semua|semuanya|orang|kalian|keluarga)"
            r"|no way out|(?:saya|i m|i am) (?:just )?a burden"
        ),
        strength=WEAK,
        why="No way out, not wanting to be a burden: weak alone; with despair or a wish to be gone, urgent.",
        fires=(
            "gk ada jalan keluar. mending sy gk usah ada aja biar gk nyusahin siapa2",
            "sy udh gk kuat, gk ada jalan keluar lagi",
        ),
        silent=(
            "gk ada jalan keluar dari utang ke bank emok, ada solusi gk kak",
            "pintu darurat di asrama gk ada jalan keluar nya ke belakang",
        ),
    ),
    Rule(
        "suicidal.overdose_taken",
        C.SUICIDAL,
        (
            r"(?:took|taken|swallowed|minum|nelen|menelan|ngombe|nginum|minum in)"
            r" (?:all|semua|semuanya|a handful of|a bottle of|lots of|a lot of|banyak|sebotol|segenggam"
            r"|sekaligus|satu strip|sestrip|sepapan)(?: of)?(?: the| my| her)?"
            r" (?:pills|pill|tablets|tablet|obat|pil|obatnya|sleeping pills|painkillers)"
            r"|(?:obat|pil|pills|tablets)(?: \w+){0,3} (?:semua|semuanya|sebotol|segenggam|sekaligus)"
            r" (?:saya |dia |udah |sudah ){0,2}(?:minum|telan|diminum|ditelan|nelen)"
            r"|(?:just |now just |tinggal |sekarang tinggal )(?:waiting|nunggu|menunggu)"
            r"(?: to die| mati| ajal)?$"
            r"|waiting to die|(?:tinggal |lagi |sedang )?(?:nunggu|menunggu) (?:mati|ajal|maut)"
            r"|overdosis|overdosed"
            r"|(?:took|swallowed|minum|nelen|menelan|ngombe) (?:\d{2,}|puluhan|belasan|dua puluh|tiga puluh)"
            r" (?:butir |biji |tablet |of (?:the |saya |her )?)?(?:obat|pil|pills|tablets|tablet)"
        ),
        why="Pills taken all at once, or waiting to die: an overdose may already be under way.",
        fires=(
            "i dont see the point anymore. took all the pills in the drawer",
            "sy udh minum semua obat tidur punya nyonya, tinggal nunggu aja",
            "obat di lemari semuanya udah sy telan",
            "aku wis ngombe sak strip obat, saiki tinggal nunggu",
            "she swallowed 30 pills and is not answering",
            "td sy nelen 20 butir obat tidur",
        ),
        silent=(
            "demam tp udh minum obat dr majikan udh turun. boleh ga minta libur sehari",
            "sy lagi nunggu visa, berapa lama biasanya",
            "sy minum obat maag sebelum makan, boleh ga",
            "dokter suruh minum 3 butir obat sehari, boleh sambil kerja?",
            "took all the documents to the agency, what next",
        ),
    ),
    Rule(
        "suicidal.means_ready",
        C.SUICIDAL,
        (
            r"(?:nyiapin|menyiapkan|siapin|siapke|nyiapke|ngumpulin|mengumpulkan|nyimpen|sudah siap)"
            r" (?:obat (?:banyak|tidur|nyamuk|sebotol)|banyak obat|racun|baygon|tali(?! rafia)|silet)"
            r"|(?:berdiri|duduk|naik|nangkring)(?: \w+){0,2} (?:di|ke) (?:jendela|atap|pinggir atap|tepi atap"
            r"|pagar balkon|pinggir balkon|pinggir jembatan|tepi jembatan)(?! \w+ (?:sambil|buat|untuk))"
            r"(?: \w+){0,2} (?:lantai|lt) \d+"
            r"|(?:on|at) the (?:roof|ledge|edge of the roof|window ledge)(?: \w+){0,3} (?:ready|about|going)"
            r" to (?:jump|fall)"
        ),
        why="The means made ready or a high ledge reached: a suicide may be minutes away.",
        fires=(
            "sy udh nyiapin obat byk",
            "td udh brdiri di jendela lt 20",
            "aku wis siapke tali",
            "im on the roof ready to jump",
        ),
        silent=(
            "sy mau nyiapin obat buat bekal di jalan, boleh bawa obat apa aja",
            "duduk di balkon lantai 20 sambil ngopi",
            "kamar sy di lantai 12, jendelanya besar",
            "perlu siapin tali rafia buat ngiket koper ga",
        ),
    ),
    Rule(
        "suicidal.better_without_me",
        C.SUICIDAL,
        (
            r"(?:kalau|kalo|seandainya|andai) saya (?:tidak ada|sudah tidak ada|hilang|pergi selamanya)"
            r"(?: lagi)?(?: \w+){0,3} (?:semua|semuanya|keluarga|mereka|orang orang|kalian)"
            r"(?: \w+){0,2} (?:lebih|jadi) (?:tenang|baik|bahagia|ringan|enak)"
            r"|(?:better off|happier|easier) without (?:me|saya)"
        ),
        why="Others would be better off without her: thinking of being gone.",
        fires=(
            "sy di hk kak. kadang mikir kalo sy gk ada lg mungkin semua lbh tenang",
            "everyone would be better off without me",
        ),
        silent=(
            "kalo sy gk ada di rumah, anak sy dititip ke ibu. boleh ga",
            "kalau saya tidak ada paspor, semua urusan jadi susah ya",
        ),
    ),
    Rule(
        "suicidal.no_point",
        C.SUICIDAL,
        (
            r"(?:do not|dont|don t|can t|cannot) see the point(?: anymore| of (?:living|going on|anything))"
            r"|(?:what s|what is) the point (?:of living|anymore)"
            r"|(?:tidak|tak) ada (?:gunanya|artinya) (?:lagi|saya hidup|hidup saya)"
            r"|hirup teh (?:tidak ada|teu aya) hartina|urip ki (?:tidak ada|ora ono) gunane"
        ),
        strength=WEAK,
        why="No point any more: despair, weak alone; with pills taken or a wish to die, urgent.",
        fires=(
            "i dont see the point anymore",
            "udah gk ada gunanya lagi sy di sini, capek",
            "i can't see the point of living like this",
        ),
        silent=(
            "i dont see the point of paying the agency again, can i refuse",
            "ga ada gunanya lapor ke agensi ya kak? mending ke bp3mi?",
        ),
    ),
    Rule(
        "suicidal.join_the_dead",
        C.SUICIDAL,
        (
            # "nyusul ema nu tos teu aya", "nyusul simbok sing wis ora ono", "follow my mom who passed"
            r"(?:nyusul|menyusul|nyusulin|nututi|ikut|ngiringan|follow|join|be with)"
            r" (?:\w+ ){1,3}(?:yang|nu|sing|who|that) (?:sudah |tos |wis |is |are |has |have |already )?"
            r"(?:tidak ada|teu aya|ora ono|ora ana|meninggal|almarhum\w*|pergi|gone|dead|died|passed|pupus"
            r"|maot|mati|di surga|in heaven)"
            r"|(?:nyusul|menyusul|nututi|ikut|follow|join|be with) (?:\w+ ){1,2}(?:ke|in|to) (?:surga|heaven"
            r"|alam sana|akhirat)"
            r"|(?:ingin|pengen|hoyong|kepengen|kepingin|pingin|want to|wanna) (?:nyusul|menyusul|nututi"
            r"|nyusulin) (?:ema|emak|mamah|mama|mamak|indung|bapa|apa|abah|ibu|bapak|ayah|bapake|simbok"
            r"|mbok|mbah|simbah|nenek|kakek|suami|istri|anak|adik|kakak)\w*"
        ),
        why="A wish to follow or join someone who has died, in Indonesian, Javanese, Sundanese or English.",
        fires=(
            "abdi tos teu kiat, hoyong nyusul indung nu tos teu aya",
            "aku kepingin nyusul simbok sing wis ora ono",
            "i just want to be with my mom who passed last year",
            "pengen nyusul ayah ke surga aja rasanya",
        ),
        silent=(
            "adik sy mau nyusul ke taiwan, lewat pt mana yg aman",
            "sy mau ikut suami yg udah kerja di malaysia, visanya apa",
            "ibu sy yg udah meninggal punya asuransi bpjs, cara klaimnya gimana",
            "kapan sy bisa nyusul suami ke korea",
        ),
    ),
)
