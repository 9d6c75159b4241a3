"""Suicidal thoughts, said plainly or softly, and farewells."""

from __future__ import annotations

from faq.triage.rule import WEAK, Rule
from faq.triage.rule import DangerCategory as C

# A height one could fall from, reached ("saya sudah di atap"), not work done there ("di atap jemur baju").
# Affairs put in order: belongings given away, debts paid back, and nothing left to carry.
_GIVEN_AWAY = (
    r"(?:handphone|barang barang|barang|baju|tabungan|perhiasan|kalung|cincin)(?: ?nya|ku| saya)?"
    r"(?: \w+){0,4} (?:dikasih|kukasih|kuberikan|diberikan|dibagi|dibagikan|saya kasih|aku kasih)"
    r"|give away my (?:things|phone|stuff|belongings)"
)
_DEBTS_SETTLED = (
    r"(?:ngembaliin|mengembalikan|balikin|bayar|membayar|lunasin|lunasi|melunasi) (?:semua )?(?:utang|hutang)"
    r"|pay (?:back )?(?:all )?my debts"
)
_NO_BURDEN = (
    r"biar (?:bersih|tidak ada beban|tidak jadi beban)|tidak (?:ada )?(?:beban|tanggungan) lagi"
    r"|(?:urusan|semua)(?: \w+){0,2} sudah selesai semua|nothing (?:left )?to (?:carry|owe)"
)

# Last words to the family: love or sorry sent through someone else, this chat maybe the last, goodbye.
# ("kak" is how people address the bot's staff, so an older sibling is left out)
_FAMILY = (
    r"(?:saya )?(?:keluarga|ibu|bapak|emak|mamak|ayah|mama|papa|anak anak|anak|suami|istri|adik|orang tua"
    r"|ortu|semua|semuanya|kalian|mom|mum|mother|dad|father|family|kids|children|everyone|parents|husband"
    r"|wife)(?: saya)?"
)
# Forgiveness asked for herself ("maafin aku", "forgive me": "me" and "aku" are read as "saya"): last words
# when sent to the family (`_LAST_WORDS`), or said at a height (`_SORRY_AT_THE_END`).
_FORGIVE_ME = r"(?:maafin|maafkan|forgive) (?:saya|semua salah saya|kesalahan saya)"
_LAST_WORDS = (
    rf"(?:bilangin|bilang ke|bilang sama|sampaikan|sampein|kasih tahu|tolong bilang|tell|please tell)"
    rf"(?: ke| sama| kepada| to)? {_FAMILY} (?:\w+ ){{0,2}}(?:saya |i )?(?:sayang|cinta|loves?|minta maaf"
    r"|maaf|sorry)"
    # "maybe my last chat" (Sundanese "meureun", Javanese "mbok menawa"), unless a reason follows: "sblm hp
    # dikumpulin"
    r"|(?:mungkin|meureun|menawa|maybe|probably|might be|perhaps)(?: \w+){0,2}"
    r" (?:(?:terakhir|the last|saya last|last)(?: \w+){0,3} (?:chat|ngechat|chatting|pesan|pesen|message"
    r"|kabar|telepon|nelpon|text|ngobrol|write|talk)|(?:chat|pesan|pesen|message|kabar|text) terakhir)"
    r"(?:(?! (?:\w+ )?(?:sebelum|before|karena|soalnya|because|until|sampai))(?: \w+){0,2})\b"
    # sorry to the family for what she will no longer do: "maaf ya mak aku ga bisa kirim uang lagi"
    rf"|(?:maaf|maafin|maafkan|mohon maaf|sorry)(?: iya| ya)? {_FAMILY}(?: \w+){{0,3}}"
    r" (?:tidak bisa|can t|cannot|will never|never)(?: \w+){0,3} (?:lagi|anymore|again|selamanya|forever)\b"
    r"|(?:selamat tinggal|goodbye (?:everyone|all|semua|forever|my)|good bye (?:everyone|all|semua))"
    rf"|{_FORGIVE_ME}(?: iya| ya)? {_FAMILY}"
    # greetings sent on to the family, Javanese and Sundanese too: "salam kanggo mamak"
    rf"|salam (?:sayang )?(?:buat|untuk|kanggo|dumateng|ka|to) {_FAMILY}"
    # what she would have them told: "tell my ibu in makassar i tried"
    rf"|(?:tell|please tell|bilangin|bilang ke|sampaikan ke) {_FAMILY}(?: \w+){{0,3}} (?:saya|i) (?:tried"
    r"|did (?:saya|my) best|sudah berusaha|sudah mencoba)\b"
    # giving up on going on, with an apology: "sorry i cant continue"
    r"|(?:sorry|maaf|maafin)(?: (?:saya|i))? (?:cant|can t|cannot|tidak bisa|tidak sanggup|tidak kuat)"
    r" (?:continue|go on|lanjut|melanjutkan|bertahan)\b(?! (?:the|this|saya|with|to|kerja|kontrak|chat"
    r"|prosesnya|proses|kuliah|sekolah|training|pelatihan))"
)
# Leave-taking and asking forgiveness, Indonesian, Javanese, Sundanese and English.
_FAREWELL = (
    r"(?:pamit|pamitan|nyuwun pamit|selamat tinggal|sugeng tinggal|wilujeng tinggal|goodbye|good bye"
    r"|bye)"
)
# The means of a suicide in any form: a rope bought or tied, poison or pills, a blade, a high place.
_MEANS = (
    r"(?:beli|membeli|sudah ada|siapin|siapkan|nyiapin)(?: \w+){0,2} (?:tali|tambang|racun|pestisida|baygon"
    r"|obat nyamuk|obat serangga|pemutih|bayclin|silet|obat tidur|rope|poison)"
    r"(?! (?:\w+ )?(?:buat|untuk|bwt|for|pake|pakai) (?:\w+ )?(?:jemuran|jemur|packing|kardus|koper|barang"
    r"|paket|bekal|tikus di|nyamuk di))"
    r"|(?:tali|tambang|rope)(?: \w+){0,3} (?:diikat|ikat|sudah ikat|digantung|gantung|dipasang|pasang|tied)"
    r"(?! (?:\w+ )?(?:barang|koper|kardus|paket|jemuran))"
    r"|(?:racun|pestisida|baygon|obat nyamuk|pemutih|obat tidur|silet|pisau)(?: \w+){0,3}"
    r" (?:sudah saya beli|sudah beli|sudah siap|sudah saya siapin|sudah di tangan|di tangan saya)"
    r"|(?:di|ke) (?:atas |pinggir )?(?:jembatan|atap|rooftop)(?: \w+){0,2} (?:sekarang|malam ini)"
    r"|(?:sekarang|now) (?:saya )?(?:di|on) (?:atas |pinggir )?(?:jembatan|atap|the bridge|the roof)"
)
# A goodbye, or the family better off: what turns the means into a farewell.
_GOODBYE = (
    r"pamit|pamitan|selamat tinggal|goodbye|tidak usah (?:dibales|dibalas|dibalesin|balas)"
    r"|jangan (?:dibales|dibalas)|salam (?:buat|untuk|ke) (?:ibu|bapak|mamak|emak|anak|istri|keluarga|semua)"
    r"|lebih baik tanpa|better off without|gagal (?:jadi|sebagai) (?:bapak|ayah|suami|ibu|anak)"
    r"|(?:bapak|ayah|suami) gagal|santunan|asuransi|maafin (?:aku|saya)|maafkan (?:aku|saya)"
)
_FORGIVE = r"(?:maafin|maafkan|mohon maaf|ampuni|forgive|ngapunten|nyuwun ngapura|hapunten|punten)"
# what may follow the plea for forgiveness: "sedoyo lepat kulo", "sadaya kalepatan", "for everything"
_FORGIVE_TAIL = (
    r"(?:iya|kakak|ya|semua|semuanya|segala|salah|kesalahan|dosa|lepat|kalepatan|sedoyo|sadaya|saya"
    r"|for everything|atas|everything|mak|ibu|bu|bapak|pak|emak|mamak|mom|mum|dad)"
)
# Belongings given away, in Indonesian, Javanese, Sundanese and English.
_BELONGINGS = (
    r"(?:handphone|kalung|cincin|emas|gelang|baju|pakaian|barang|tabungan|uang|perhiasan|jam tangan|laptop"
    r"|motor|things|stuff|belongings|jewel\w*|savings|ring|necklace|phone|clothes)"
)
_GIVE = (
    r"(?:kasih|kasihkan|kasihin|berikan|bagi|bagiin|bagikan|wariskan|menehke|wenehke|ngekeki|dibikeun"
    r"|mikeun|gave|given|give|giving)"
)
# Where a life may be ended: a roof, a ledge, a bridge, railway tracks, the water's edge.
_EDGE = (
    r"(?:di|on|at|ke|dekat|depan|pinggir|tepi|atas|near|by) (?:the )?(?:atap|rooftop|roof|ledge|rel kereta"
    r"|rel|railway|train tracks?|tracks|jembatan|bridge|tebing|cliff|pinggir laut|tepi laut|dermaga|pier"
    r"|lantai paling atas|top floor|balkon|balcony|hateup|payon|luhur (?:gedong|gedung|wangunan)"
    r"|(?:nduwur|ndhuwur|atas) (?:gedung|gedong|payon))"
)
# Forgiveness asked or goodbye said, by itself ("maafkan saya, saya sudah di atap"): last words at a height,
# where `_LAST_WORDS` would need the family named or "goodbye everyone".
_SORRY_AT_THE_END = rf"{_FORGIVE_ME}|selamat tinggal|goodbye"
_DESPAIR = (
    r"(?:tidak (?:kuat|sanggup|tahan|kiat)(?: \w+)? (?:lagi|maneh|deui)|can t take|cant take|can t go on"
    r"|hopeless|putus asa|tidak ada gunanya|(?:capek|cape|lelah|bosan) (?:\w+ )?(?:hidup|urip))"
)

# Giving up, said without a word for death: "ga bisa lanjut", "nyerah", "terlalu berat di sini", "ora kuat",
# "can't do this anymore". Going on with a job, a course or a payment is something else.
_GIVING_UP = (
    # ("tidak kuat lagi" is `suicidal.cannot_go_on`'s, not counted twice)
    r"(?:(?:tidak|mboten|ora|teu) (?:bisa|sanggup|kuat|kuwat|kiat|tahan) (?:lanjut|lanjutin|melanjutkan"
    r"|bertahan|neruske|nerusake|neraskeun|terus)"
    r"(?! (?:kerja|kerjanya|kuliah|sekolah|kontrak|proses|prosesnya|daftar|bayar|cicil|nyicil|pelatihan"
    r"|kursus|les|di pt|ke|sampai|sampe|tahun|bulan|sama|dengan|ama|with))"
    r"|sudah (?:tidak|mboten|ora|teu) (?:kuat|sanggup|kuwat|kiat)$"
    r"|(?:menyerah|nyerah|pasrah|give up|gave up|giving up)(?! (?:daftar|kerja|ke|on (?:the|this) (?:job|visa"
    r"|application)))"
    r"|terlalu berat(?: (?:di sini|disini|di sana|hidup|rasanya|buat saya|untuk saya|semua|semuanya))?$"
    r"|terlalu berat (?:di sini|disini|hidup|rasanya|semuanya)"
    r"|(?:can t|cannot|cant) (?:do this|go on|take this|bear (?:it|this))(?: anymore| any more| here)?"
    r"(?! (?:the|a|an|holiday|trip|vacation|with|tour|leave))"
    r"|(?:it s|its|it is) too much(?: here| for saya)?|(?:can t|cannot|cant) (?:do it )?anymore"
    r"|(?:want|wanna|need) (?:it|this|everything|all this) to (?:end|stop|be over)"
    r"|(?:ingin|pengen|pingin|mau|want to|wanna) (?:ngilang|menghilang|ilang|hilang|lenyap|disappear|vanish)"
    r"(?: saja| aja| wae| bae| for ever| forever)?(?! (?:dari|from) (?:grup|group|sosmed|medsos|fb|ig))"
    r"|(?:kepengen|pengin) ilang)"
)
_CANNOT_GO_ON = r"(?:tidak|mboten|ora|teu) (?:kuat|sanggup|kuwat|kiat|tahan) (?:lagi|maneh|malih|deui)"
# Forgiveness asked of the family or of everyone, in Indonesian, Javanese, Sundanese and English.
_SORRY = (
    r"(?:maafin|maafkan|mohon maaf|ampuni|forgive|ngapunten|nyuwun ngapura|nyuwun pangapunten|hapunten"
    r"|(?:maaf|sorry|i m sorry|im sorry)(?= (?:iya |ya )?(?:ibu|bapak|emak|mamak|ayah|mama|papa|mom|mum|dad"
    r"|nak|anak|suami|istri|semua|everyone|saya|kalian|for everything)))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicidal.if_silent_report",
        C.SUICIDAL,
        (
            # she expects to go silent: "kalau besok aku gak bales berarti ada apa2", "if i stop answering"
            r"(?:kalau|kalo|if|lamun|menawi) (?:saya |i )?(?:besok |nanti |tomorrow |tonight "
            r"|malam ini )?(?:saya )?"
            r"(?:tidak|gak|don t|do not|stop|ora|teu) (?:bales|balas|membalas|ada kabar|ngabarin|reply"
            r"|replying"
            r"|answer|answering|nelpon|call|message|text|online)(?: \w+){0,4}"
            r" (?:(?:berarti|artinya|means) (?:ada apa apa|saya (?:kenapa kenapa|dalam bahaya|in danger)"
            r"|something"
            r" (?:happened|is wrong))|tolong (?:lapor|laporkan|hubungi|kabari)|please (?:call|report|tell)"
            r"|lapor(?:kan)? ke (?:polisi|kbri|kedutaan|bp2mi|police|embassy)|call the (?:police|embassy))"
        ),
        why="She expects she may go silent and leaves word what to do then: danger she foresees.",
        fires=(
            "simpan nomor ini ya mbak, kalau besok aku gak bales berarti ada apa2",
            "bu, kalau aku gak ada kabar lagi, tolong lapor ya",
            "if i stop answering please call the embassy, this is the address",
        ),
        silent=(
            "kalau agen gak bales 3 hari, tolong lapor ke mana ya?",
            "kalau sy gak bales berarti lagi kerja ya bu, jangan khawatir",
        ),
    ),
    Rule(
        "suicidal.may_not_return",
        C.SUICIDAL,
        (
            # she may not come back or see them again: "kalau ibu gak pulang, jaga adikmu ya", "i dont know
            # if i will see you again", "doain aku masih idup"
            r"(?:kalau|kalo|if|lamun|menawi) (?:saya|ibu|bapak|mama|mamak|emak|aku|kulo|abdi|ayah|mom|dad)"
            r" (?:tidak|mboten|ora|teu|don t|do not|never) (?:pulang|kembali|balik|mantuk|mulih|uih|come back"
            r"|come home|make it|selamat|slamet|sampai rumah)"
            r"(?! (?:lebaran|tahun ini|bulan ini|natal|taun iki|tahun depan|this year|for (?:eid|christmas)"
            r"|dulu|sebentar|kontrak|minggu))(?: \w+){0,4} (?:jaga|jagain|take care|titip|ngopeni|jagaan"
            r"|rawat)"
            r"|(?:tidak tahu|don t know|dont know|do not know|ora ngerti|teu terang"
            r"|mboten ngertos) (?:apakah |if |whether |iso |bisa |saged )?"
            r"(?:saya )?(?:bisa |will |masih |could |still |saged )?(?:ketemu|bertemu|see|lihat|melihat"
            r"|ngeliat"
            r"|kepanggih|pinanggih|ketemu lagi sama) (?:kalian|you|kamu|anak|ibu|bapak|keluarga)(?: \w+)?"
            r" (?:lagi|again|maneh|deui|malih)"
            r"|(?:doakan|doain|pray for) (?:saya|me)(?: \w+)? (?:masih hidup|masih idup|masih urip"
            r"|masih hirup|selamat|survive|stay alive)"
        ),
        why=(
            "Telling the family she may not come back or see them again, with the children entrusted: a"
            " farewell written without a word for death."
        ),
        fires=(
            "nak, kalau ibu gak pulang, jaga adikmu ya",
            "please pray for me, i dont know if i will see you again",
            "kulo mboten ngertos saged ketemu bapak malih, titip anak",
            "doain aku masih idup besok ya mak",
        ),
        silent=(
            "nak, kalau ibu gak pulang lebaran ini, jaga adikmu ya",
            "kalau sy gak pulang tahun ini, kiriman tetap jalan kok",
            "i dont know if i will see you at the airport, my flight changed",
        ),
    ),
    Rule(
        "suicidal.sorry_giving_up",
        C.SUICIDAL,
        (
            # forgiveness asked, then giving up ("mak maafin aku ya, aku udah gak bisa lanjut"), or the other
            # way round ("aku wes ora kuat maneh, ngapunten nggih mak")
            rf"{_SORRY}(?: \w+){{0,6}} (?:sudah |udah |wis |wes |tos |sampun |already )?"
            rf"(?:{_GIVING_UP}|{_CANNOT_GO_ON})"
            rf"|(?:{_GIVING_UP}|{_CANNOT_GO_ON})(?: \w+){{0,6}} {_SORRY}(?! (?:ganggu|mengganggu|telat|baru"
            r"|lama|kalau|kalo|if"
            r"|for"
            r" (?:the|asking|bothering|late)))"
        ),
        why=(
            "Forgiveness asked with giving up, and no word for death: a farewell written indirectly, in"
            " Indonesian, Javanese, Sundanese or English."
        ),
        fires=(
            "mak maafin aku ya, aku udah gak bisa lanjut, terlalu berat disini",
            "bu, ngapunten nggih, kulo sampun mboten kiat, kulo nyerah",
            "ma hapunten abdi, abdi tos teu kuat deui",
            "mom im sorry, i cant do this anymore, its too much here",
            "aku wes ora kuat maneh, ngapunten nggih mak",
            "maafin aku pak, aku nyerah, pengen ngilang aja",
            "i am sorry for everything mom, i cant anymore",
        ),
        silent=(
            "maaf kak sy gak bisa lanjut daftar, biayanya terlalu berat",
            "maafin sy bu, sy gak bisa lanjut kuliah tahun ini, mau kerja dulu",
            "sorry i cant go on the trip next week",
            "maaf sy nyerah daftar ke korea, mau ke jepang aja",
        ),
    ),
    Rule(
        "suicidal.giving_up",
        C.SUICIDAL,
        _GIVING_UP,
        strength=WEAK,
        why="Giving up or wanting to vanish, with no word for death: weak alone.",
        fires=(
            "titip anak2 ya bu, aku udah gak sanggup",
            "pengen ngilang aja rasanya, gak ada yg peduli, aku sendirian disini",
            "i just want to disappear, im alone here",
            "everything hurts, i have no one here, i want it to end",
            "aku udah gak bisa lanjut, terlalu berat disini, sendirian",
        ),
        silent=(
            "sy udh gak bisa lanjut kerja di pabrik ini, boleh pindah?",
            "pengen ngilang dari grup wa alumni, caranya gimana",
            "sy udah gak sanggup bayar cicilan, bisa ditunda?",
            "sy gak sanggup lagi sama kerjaannya, berat banget, boleh ganti majikan?",
        ),
    ),
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
            "hp sy mau mati, batre 3%",
            "hpnya udh mau mati kak, nanti sy chat lagi",
            "pulsa sy mau abis, wa aja ya kak",
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
            # Javanese and Sundanese negations too: "mboten kiat malih", "ora kuwat maneh", "teu kiat deui"
            r"(?:tidak|mboten|ora|teu) (?:kuat|sanggup|tahan|kiat|kuwat) (?:lagi|hidup|malih|maneh|deui)"
            r"|sudah tidak kiat|cant take it anymore"
            r"|can t take it anymore"
        ),
        strength=WEAK,
        why="Cannot bear it any more: weak alone.",
        fires=(
            "udah ga sanggup lagi, mau terjun dari jembatan",
            "udh gk kuat lg pengen bunuh diri",
            "sy udh ga kuat lagi, pengen mati aja",
            "kulo mboten kiat malih, nyuwun pamit",
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
            # sleep and never wake: "i want to sleep and never wake up", "pengen tidur gk usah bangun lg"
            r"|(?:ingin|want to|wanna|mending|mendingan|lebih baik|hoyong|kepengen|pingin) (?:\w+ )?"
            r"(?:sleep|tidur|turu|sare)(?: \w+){0,2} (?:and |dan |terus |trus |lalu |then )?"
            r"(?:never|not|tidak|ora|teu|ga) (?:\w+ )?(?:wake up|wake|bangun|tangi|hudang)"
            r"|(?:ingin|want to|wanna|mending|mendingan|lebih baik|hoyong|kepengen|pingin) (?:\w+ )?"
            r"(?:sleep|tidur|turu) (?:forever|selamanya|for good)"
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
            "i want to sleep and never wake up",
            "pengen tidur trus gk usah bangun lg",
            "aku pengen turu selamanya wae",
        ),
        silent=(
            "aku pengen kerja di luar negri tp takut ketipu, lewat jalur apa aja yg legal ya kak",
            "sy pengen terjun ke dunia kerja di luar negeri",
            "anak sy tidur trus gk bangun2 pas dibangunin, normal ga",
            "sy tidur jam 12 ga bangun sampe siang, dimarahin majikan",
        ),
    ),
    Rule(
        "suicidal.farewell",
        C.SUICIDAL,
        (
            r"titip (?:anak|anak anak|mereka|ibu|adik)|surat (?:buat|untuk) anak|(?:said|say|says) goodbye"
            r"|(?:kalau|if) (?:saya|dia|\w+) (?:besok )?(?:tidak ada|mati)(?= maaf| bilang| tolong| titip|$)"
            r"|jalan keluar satu satunya"
            # do not look for me: "ora usah nggoleki aku", "teu kedah milarian abdi", "don't look for me"
            r"|(?:tidak|mboten|ora|teu|jangan|ulah) (?:usah |perlu |sah |kedah |harus )?"
            r"(?:cari|cariin|nyari|mencari|nggoleki|goleki|golek|milarian|neangan|nyariin) saya"
            r"(?! (?:di|ke|pas|waktu|kalau|jam|besok pagi|dulu|sekarang))"
            r"|(?:do not|don t|dont) (?:try to )?(?:look for|search for|come looking for) saya"
        ),
        strength=WEAK,
        why="Entrusting the children, a goodbye, 'if I am gone tomorrow': weak alone.",
        fires=(
            "sy udh nulis surat buat anak2 sy, titip mereka ya bu",
            "gk usah cari aku lg ya mak, aku udh gk sanggup. titip anak2",
            "maak, kiki kangen. maaf kiki ga bisa jadi anak yg baik. kalo kiki ga ada maaf ya",
            "besok ora usah nggoleki aku yo mak",
            "please don't look for me, i'm sorry",
            "ulah milarian abdi deui nya, hapunten",
        ),
        silent=(
            "tolong rekomendasiin laptop buat kuliah",
            "cara bikin surat izin suami buat jd TKW",
            "gk usah cari sy di mess, sy udh pindah ke asrama pt",
            "jangan cari aku pas jam kerja ya kak, hp disimpen",
        ),
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
            r"(?:nyiapin|menyiapkan|siapin|siapke|nyiapke|ngumpulin|mengumpulkan|nyimpen|sudah siap"
            r"|siap siap)"
            # pills packed for the journey are luggage: "siapin obat banyak buat bekal"
            r" (?:(?:obat (?:banyak|tidur|nyamuk|sebotol)|banyak obat)(?! (?:\w+ )?(?:bekal|perjalanan|jalan"
            r"|berangkat|pesawat|dibawa|bawa))|racun|baygon|tali(?! rafia)|silet)"
            r"|(?:berdiri|duduk|naik|nangkring)(?: \w+){0,2} (?:di|ke) (?:jendela|atap|pinggir atap|tepi atap"
            r"|pagar balkon|pinggir balkon|pinggir jembatan|tepi jembatan)(?! \w+ (?:sambil|buat|untuk))"
            r"(?: \w+){0,2} (?:lantai|lt) \d+"
            r"|(?:on|at) the (?:roof|ledge|edge of the roof|window ledge)(?: \w+){0,3} (?:ready|about|going)"
            r" to (?:jump|fall)"
        ),
        why="The means made ready or a high ledge reached: a suicide may be minutes away.",
        fires=(
            "sy udh nyiapin obat byk",
            "udh siap2 obat byk",
            "td udh brdiri di jendela lt 20",
            "aku wis siapke tali",
            "im on the roof ready to jump",
        ),
        silent=(
            "sy mau nyiapin obat buat bekal di jalan, boleh bawa obat apa aja",
            "udh siap2 obat buat perjalanan",
            "siapin obat banyak buat bekal",
            "duduk di balkon lantai 20 sambil ngopi",
            "kamar sy di lantai 12, jendelanya besar",
            "perlu siapin tali rafia buat ngiket koper ga",
        ),
    ),
    Rule(
        "suicidal.pills_gathered",
        C.SUICIDAL,
        (
            # pills she gathered herself, said after them: "obat2 udah aku kumpulin di tas", Javanese "obat
            # turu wis tak kumpulke" ("tak" is "I" there, read as "tidak"), "obate wis tak kumpulno"
            r"(?:obat|obate|obatnya|pil|pilnya|racun|racunnya|baygon)"
            r"(?! (?:\w+ )?(?:nenek|kakek|oma|opa|ama|gong|majikan|bayi|pasien|madam|boss|bos|anjing|kucing))"
            r"(?: \w+){0,2}? (?:sudah |telah )?(?:saya (?:sudah |telah )?"
            r"(?:kumpulin|kumpulkan|kumpulke|kumpulno|kumpulne|kumpulake|klumpukke|kumpulkeun|timbun|tabung)"
            r"|tidak (?:kumpulke|kumpulno|kumpulne|kumpulake|klumpukke))"
            # gathered for someone or for the journey: an errand, luggage
            r"(?! (?:\w+ ){0,3}(?:buat|untuk|bwt|kanggo|for) (?!saya))"
            # sleeping pills she gathered, whoever they belong to: "obat tidur ahma udah aku kumpulin"
            r"|obat tidur(?: \w+){0,2}? (?:sudah |telah )?saya (?:sudah |telah )?"
            r"(?:kumpulin|kumpulkan|kumpulke|kumpulno|kumpulne|kumpulake|klumpukke|kumpulkeun|timbun|tabung)"
            r"(?! (?:\w+ ){0,3}(?:buat|untuk|bwt|kanggo|for) (?!saya))"
            # said in English: "i've been collecting sleeping pills", "i saved up pills"
            r"|saya (?:have |ve )?(?:been )?(?:collecting|collected|saving up|saved up|stockpiling|stockpiled"
            r"|hoarding|hoarded)(?: \w+){0,2} (?:pills|tablets)"
        ),
        why="Pills gathered by her own hand, in any language: a suicide being prepared.",
        fires=(
            "obat2 udah aku kumpulin di tas. besok libur, aku mau tidur yg lama aja",
            "wis ora kuat aku mbak. obat turu wis tak kumpulke akeh neng lemari",
            "obate wis tak kumpulno",
            "obatnya udah sy kumpulin semua",
            "i have been collecting sleeping pills",
            "malam ini obat tidur ahma udah aku kumpulin di saku",
        ),
        silent=(
            "obat2 udah aku kumpulin di tas buat bekal pulang",
            "obat nenek sudah saya kumpulin di kotak",
            "obat buat majikan udah sy kumpulin, besok sy antar",
            "obat tidak dikumpulin sama agen, boleh bawa sendiri?",
            "pills for the trip, i collected them at the clinic for my mom",
            "obat tidur ahma udah sy kumpulin buat dibawa ke dokter besok",
        ),
    ),
    Rule(
        "suicidal.long_sleep",
        C.SUICIDAL,
        r"(?:ingin|mau|pengen) tidur (?:yang |yg )?(?:lama|panjang|lama sekali)(?: saja| aja| wae)?"
        r"(?! (?:\w+ )?(?:besok|pas|waktu|karena|soalnya|habis|setelah|sampai|sampe|jam))",
        strength=WEAK,
        why="'A long sleep' wished for: a day off's rest alone, a sign beside pills or a farewell letter.",
        fires=(
            "udah nulis surat buat anakku, aku mau tidur yg lama aja",
            "obat2 udah siap, aku pengen tidur yang lama",
        ),
        silent=(
            "capek bgt, pengen tidur yg lama sampe siang",
            "mau tidur tapi lama bgt kerjaannya",
            "mau tidur yang lama soalnya besok libur",
        ),
    ),
    Rule(
        "suicidal.means_with_goodbye",
        C.SUICIDAL,
        (rf"(?:{_MEANS}).{{0,160}}\b(?:{_GOODBYE})|(?:{_GOODBYE})\b.{{0,160}}\b(?:{_MEANS})"),
        why=(
            "The means in any form (a rope bought or tied, poison, pills, a blade, a high place) beside a"
            " goodbye, a farewell, the family better off, a failure, insurance, or no reply wanted: a suicide"
            " told as a practical matter."
        ),
        fires=(
            "gk usah dibales min cuma mau cerita. sy udh beli tali",
            "sy cuma mau pamit. tali udh sy ikat di kayu belakang kongsi. salam buat mamak",
            "maafin aku mak, aku udh beli baygon",
            "sy gagal jd bapak. racun tikus udh sy beli",
            "sy pamit ya, skrg sy di atas jembatan",
            "tambang udh sy gantung di belakang mes, salam buat anak2",
            "keluarga lebih baik tanpa sy, silet udh sy siapin",
        ),
        silent=(
            "mau beli tali buat jemuran di mes, di mana ya",
            "beli tali buat packing kardus pulang, salam buat admin",
            "ikat barang pake tali biar aman di bagasi",
            "obat buat bekal di jalan perlu resep gk",
            "sy pamit dulu ya kak, makasih infonya",
            "gagal medical check up, bisa ulang?",
        ),
    ),
    Rule(
        "suicidal.insured_death",
        C.SUICIDAL,
        (
            # the family better off with the insurance than with him: "lebih baik dapat santunan asuransi
            # daripada punya bapak gagal"
            r"(?:lebih baik|lebih bagus|better off|better)(?: \w+){0,6} (?:santunan|asuransi|uang asuransi"
            r"|insurance|uang duka|klaim)(?: \w+){0,6} (?:daripada|drpd|than)(?: \w+){0,2}"
            r" (?:bapak|ayah|suami|ibu|saya|a father|a husband)"
            r"|(?:santunan|asuransi|uang asuransi|insurance)(?: \w+){0,6} (?:lebih berguna|lebih berharga"
            r"|lebih bermanfaat|worth more)(?: \w+){0,4} (?:daripada|drpd|than)(?: \w+){0,2} (?:saya|hidup)"
        ),
        unhedged=True,
        why="His death weighed as insurance money for the family: a suicide worded as a practical matter.",
        fires=(
            "anak istri lebih baik dapat santunan asuransi drpd punya bapak gagal kayak sy",
            "uang asuransi sy lebih berguna buat anak2 drpd sy hidup",
        ),
        silent=(
            "lebih baik pakai asuransi swasta drpd bpjs ya?",
            "santunan asuransi kalau pmi meninggal berapa",
        ),
    ),
    Rule(
        "suicidal.insurance_for_suicide",
        C.SUICIDAL,
        (
            # whether a suicide abroad still pays out, asked bare: "klo bunuh diri di luar negri nanti
            # keluarga tetep dapet asuransi ga"
            r"\b(?:bunuh diri|suicide|kills? (?:saya|him|her)self|killed (?:saya|him|her)self)\b"
            r"(?: \w+){0,10} (?:asuransi\w*|insurance|santunan|uang duka|klaim|claim|cair)\b"
            r"|\b(?:asuransi\w*|insurance|santunan|uang duka)\b(?: \w+){0,8} (?:bunuh diri|suicide)\b"
        ),
        unhedged=True,
        why=(
            "Whether insurance pays for a suicide abroad: the practical side of a plan, however it is asked"
            " (every writer in the sets who asked it meant herself)."
        ),
        fires=(
            "klo bunuh diri di luar negri nanti keluarga tetep dapet asuransi ga",
            "kalau pmi meninggal di jepang karena bunuh diri asuransinya tetap cair gak",
        ),
        silent=(
            "santunan asuransi kalau pmi meninggal berapa",
            "asuransi bpjs ketenagakerjaan nanggung kecelakaan kerja ga",
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
            # the children, the family, everyone better without her: "anakku lebih baik tanpa aku"
            r"|(?:anak|anak saya|anak anak|anak anak saya|keluarga|keluarga saya|semua|semuanya|mereka|kalian"
            r"|suami|suami saya|ibu|orang tua|everyone|they|my kids|my family|my children)"
            r"(?: \w+)? (?:lebih|jadi|would be) (?:baik|bahagia|tenang|enak|ringan|better|happier)"
            r" (?:kalau |kalo |if |off )?(?:tanpa|without) saya(?! (?:\w+ )?(?:temani|temenin|antar|anterin"
            r"|ikut|bantu|urus|campur))"
        ),
        why="Others would be better off without her: thinking of being gone.",
        fires=(
            "sy di hk kak. kadang mikir kalo sy gk ada lg mungkin semua lbh tenang",
            "everyone would be better off without me",
            "capek kak. ga ada yg peduli. anakku lebih baik tanpa aku",
            "keluargaku lebih bahagia tanpa aku",
            "everyone would be better without me",
        ),
        silent=(
            "anak sy lebih baik tanpa sy temani ke sekolah, biar mandiri",
            "sy lebih baik tanpa agen, urus sendiri aja",
            "kalo sy gk ada di rumah, anak sy dititip ke ibu. boleh ga",
            "kalau saya tidak ada paspor, semua urusan jadi susah ya",
        ),
    ),
    Rule(
        "suicidal.ready_to_be_gone",
        C.SUICIDAL,
        (
            # her own absence provided for, with a mind made up: "kalo sy gk ada, anak sy dpt asuransi gk.
            # sy udh siap kok", "if i'm gone who gets my salary, i'm ready"
            r"(?:kalau|kalo|seandainya|andai|if) (?:saya|aku) (?:sudah )?(?:tidak (?:ada|ana|ono)|mati"
            r"|meninggal|pergi selamanya|m gone|am gone|die|died)(?: lagi)?\b(?: \w+){1,16}?"
            r" (?:sudah|udah|wis|tos|am|m) (?:siap|ikhlas|pasrah|rela|ready|at peace|sumeleh)\b"
            r"(?! (?:berangkat|terbang|kerja|pulang|tes|ujian|medical|to (?:go|fly|work|leave)))"
        ),
        why=(
            "Her own absence provided for (insurance, the children, the pay) with a mind made ready: thinking"
            " of being gone, written indirectly."
        ),
        fires=(
            "min kira2 kalo sy gk ada, anak sy dpt asuransi gk ya dr bpjs. sy udh siap kok",
            "if i'm gone, who gets my last salary? i'm ready",
            "kalau aku wis ora ana, anakku sopo sing ngurus. aku wis pasrah",
        ),
        silent=(
            "kalau saya tidak ada di rumah, anak dititip ke ibu. sy udh siap berangkat",
            "kalo sy meninggal di luar negeri asuransinya gimana? cuma mau siap2 aja",
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
    Rule(
        "suicidal.last_words",
        C.SUICIDAL,
        _LAST_WORDS,
        strength=WEAK,
        why=(
            "Last words: love or sorry sent to the family through someone, 'maybe my last chat', goodbye;"
            " weak alone (a greeting says the same), with belongings given away or a high place, urgent."
        ),
        fires=(
            "tolong bilang ke ibu aku sayang dia, maaf ya",
            "maybe this is my last message, tell my kids i love them",
            "maaf ya mak aku ga bisa kirim uang lagi, titip adek",
            "selamat tinggal semua, makasih udah baik sama sy",
            "mak, maaf ya aku ga bisa pulang lagi. bilangin adek aku sayang dia",
            "sorry i cant continue. tell my ibu in Makassar i tried",
        ),
        silent=(
            "sampaikan salam sy ke petugas bp3mi ya kak",
            "mungkin ini terakhir kali sy tanya soal visa, makasih kak",
            "mungkin ini chat terakhir sblm hp dikumpulin di pelatihan, doain lancar ya",
            "maaf kak sy ga bisa kirim fotokopi ktp hari ini",
            "bilangin ke ibu sy di kampung kalau paspor udh jadi ya kak",
            "sampaikan terima kasih sy ke petugas yg bantu kemarin ya kak",
            "sorry i cant continue the application, my passport expired",
        ),
    ),
    Rule(
        "suicidal.farewell_thanks",
        C.SUICIDAL,
        (
            # thanks for all the time she was heard or kept company, as a closing: "makasih udh pernah
            # mau dengerin aku selama ini", "matur nuwun sampun purun mirengke kulo"
            r"(?:terima kasih|matur nuwun|hatur nuhun|thank you|thanks)(?: iya| ya| kakak| semua| semuanya)*"
            r" (?:sudah |udah |for |sampun |tos )?(?:pernah |always |selalu )?(?:ingin |mau |purun )?"
            r"(?:dengerin|dengarin|dengar|denger|mendengarkan|mirengke|ngupingkeun|listening to|nemenin"
            r"|menemani|being there for|ada buat|sabar sama|baik sama)"
            r" (?:saya|me|kulo|abdi)(?: \w+)? (?:selama ini|selama iki|salami ieu|all this time|all these"
            r" years|sampai akhir|till the end)(?! (?:\w+ )?(?:besok|nanti|lain kali|next time|lagi ya))"
        ),
        strength=WEAK,
        why=(
            "Thanks for having been listened to all this time, said as a closing: weak alone (a grateful"
            " user says the same); with belongings given away or despair, a farewell."
        ),
        fires=(
            "hp sm kalung udh aku kasih ke temen. makasih udh mau dengerin aku selama ini",
            "thank you for always listening to me all this time. i gave away my things",
            "matur nuwun sampun purun mirengke kulo selama iki",
        ),
        silent=(
            "makasih kak infonya, sangat membantu",
            "makasih udh dengerin sy tadi, besok sy tanya lagi soal visa",
            "terima kasih sudah bantu urus paspor saya selama ini",
        ),
    ),
    Rule(
        "suicidal.giving_away",
        C.SUICIDAL,
        (
            rf"(?:{_BELONGINGS}\b.{{0,40}}\b{_GIVE}|{_GIVE}\b.{{0,40}}\b{_BELONGINGS})\b.{{0,40}}"
            r"\b(?:tidak (?:butuh|butuhin|akan butuh|perlu)(?: \w+)? lagi|won t need|will not need|wont need"
            r"|don t need (?:it|them) anymore|no longer need)"
            r"|(?:gave|give|giving|given) away (?:all )?(?:saya |her |his )?(?:things|stuff|belongings"
            r"|clothes"
            r"|jewel\w*|savings|phone)"
            r"|(?:semua )?barang (?:barang )?saya (?:sudah )?(?:saya )?(?:bagi|bagiin|bagikan|kasih|wariskan)"
            r"(?: \w+){0,3} (?:semua|ke teman|ke orang)"
        ),
        strength=WEAK,
        why="Belongings given away because she will not need them: weak alone; with last words, urgent.",
        fires=(
            "cincin sama tabungan udh sy kasihin ke temen sekamar, aku gk butuh lg",
            "i gave away my clothes and my phone, i wont need them anymore",
            "barang2 sy udh sy bagiin semua ke temen2 di mess",
            "aku wis menehke gelang lan hp marang kancaku, ora butuh maneh",
            "i gave my savings to my roommate, i won't need it anymore",
        ),
        silent=(
            "hp lama sy kasih ke adik, boleh bawa hp baru ke taiwan?",
            "sy udh kasih fotokopi ktp ke pt, aslinya ga perlu lagi kan?",
            "baju bekas majikan dikasih ke sy, sy ga butuh, boleh sy jual?",
            "sy mau bagiin baju2 bekas ke temen sebelum pulang, boleh kirim lewat cargo?",
            "kakak sy mau kasih kalung emas ke sy sebelum berangkat, boleh dibawa ke hongkong?",
        ),
    ),
    Rule(
        "suicidal.at_the_edge",
        C.SUICIDAL,
        (
            rf"{_EDGE}\b.{{0,80}}\b(?:{_LAST_WORDS}|{_DESPAIR}|{_SORRY_AT_THE_END})"
            rf"|(?:{_LAST_WORDS}|{_DESPAIR}|{_SORRY_AT_THE_END})\b.{{0,80}}\b{_EDGE}"
        ),
        why=(
            "On a roof, a ledge, a bridge or railway tracks, saying last words or that she cannot go on: a"
            " suicide may be minutes away, said without naming it."
        ),
        fires=(
            "lagi duduk di pinggir jembatan, capek bgt, maafin aku ya mak",
            "im on the roof of the building now. tell my mom i love her",
            "aku neng rel kereta, wis ra kuat maneh",
            "abdi di luhur gedong, meureun ieu chat terakhir abdi",
            "di atap kos skrg, cape bgt hidup kayak gini",
            "lagi duduk di pinggir jembatan, udh ga kuat lagi. maafin aku ya bu",
            "im on the rooftop of the dorm. maybe this is my last message",
            "bilang ustadzah maafkan saya, saya sudah di atap. lalu terputus",
            "forgive me, i am already on the roof",
        ),
        silent=(
            "jemur baju di atap asrama boleh ga? capek nyuci tiap hari",
            "kos sy deket rel kereta, berisik bgt, boleh pindah?",
            "lagi di balkon ngopi, mungkin besok baru sy kirim dokumennya",
            "jembatan di deket mess roboh kena banjir, jalan ke pabrik lewat mana ya",
            "boleh ga jemur baju di atap rumah majikan? capek nyuci terus",
        ),
    ),
    Rule(
        "suicidal.farewell_apology",
        C.SUICIDAL,
        (
            # a leave-taking with a plea for forgiveness and nothing after it: "sy pamit ya kak. maafin sy"
            rf"{_FAREWELL}(?! (?:dulu|bentar|sebentar|kerja|tidur|mudik|pulang|berangkat|ke|mandi|masak"
            r"|istirahat|off|offline|ya dulu|iya dulu))(?: \w+){0,3}"
            rf" {_FORGIVE} (?:saya|me|semua|sedoyo|sadaya)(?: {_FORGIVE_TAIL})*$"
            rf"|{_FORGIVE} (?:saya|me)(?: {_FORGIVE_TAIL})*(?: \w+){{0,3}} {_FAREWELL}"
            r"(?: (?:iya|kakak|semua|semuanya|everyone|all|selamanya|forever))*$"
            rf"|{_FAREWELL} (?:untuk |for )?(?:selamanya|forever|terakhir kali|terakhir kalinya"
            r"|the last time)"
        ),
        why=(
            "Taking leave and asking forgiveness with nothing after it, or leave taken forever, in"
            " Indonesian, Javanese, Sundanese or English: a farewell written indirectly."
        ),
        fires=(
            "sy pamit ya kak. maafin sy",
            "aku pamit yo, ngapunten sedoyo lepat kulo",
            "abdi pamit, hapunten sadaya kalepatan abdi",
            "maafin aku ya mak, aku pamit",
            "goodbye everyone. please forgive me",
            "sy pamit untuk selamanya",
        ),
        silent=(
            "sy pamit dulu ya kak, makasih infonya",
            "makasih kak, sy pamit. maaf kalo ada salah kata",
            "sy pamit mudik, mohon maaf lahir batin",
            "maafin sy baru bales kak, tadi kerja",
            "sy pamit kerja dulu ya kak, maafin sy ganggu malam2",
        ),
    ),
    Rule(
        "suicidal.farewell_resolve",
        C.SUICIDAL,
        (
            # a leave-taking with the means made ready: "pamit ya, obatnya udh aku kumpulin"
            rf"{_FAREWELL}(?: \w+){{0,8}} (?:obat|obatnya|pil|pilnya|racun|racunnya|tali|talinya|pills|rope)"
            r"(?: (?:sudah|udah|saya|aku|semua|semuanya|dari|kemarin))*"
            r" (?:kumpulin|kumpulkan|dikumpulin|dikumpulkan|siapin|siapkan|disiapkan|simpan|timbun|beli|ready"
            r"|collected|saved up)(?! (?:buat|untuk|bwt|for) )"  # made ready for someone else: an errand
            r"|(?:obat|obatnya|pil|pilnya|racun|racunnya|tali|talinya|pills|rope)(?: \w+){0,4}"
            r" (?:kumpulin|kumpulkan|dikumpulin|dikumpulkan|siapin|siapkan|disiapkan|collected)(?: \w+){0,8}"
            rf" {_FAREWELL}"
            # a mind made up, with thanks or a plea not to be looked for: "aku udh mutusin. makasih udh jd
            # ibu yg baik", "jangan cari aku, aku sudah memutuskan"
            r"|(?:sudah|telah|udah) (?:mutusin|memutuskan|putuskan|made up my mind)(?: \w+){0,6}"
            r" (?:terimakasih|terima kasih|makasih|matur nuwun|hatur nuhun|thank you|thanks)(?: \w+){0,2}"
            r" (?:sudah |telah |for )?(?:jadi|menjadi|being)"
            r"|(?:tidak usah|jangan|ga usah|don t)"
            r" (?:dicari|(?:cari|nyari|look for) (?:aku|saya|abdi|kulo|me))(?: \w+){0,6}"
            r" (?:sudah|telah|udah) (?:mutusin|memutuskan|putuskan)"
        ),
        why=(
            "Leave taken with pills or a rope made ready, or a mind made up with thanks or a plea not to be"
            " looked for: a farewell and its means, written indirectly."
        ),
        fires=(
            "pamit ya mak, pilnya udh sy siapin semua",
            "obatnya sudah sy kumpulin, sy pamit ya",
            "sy udah memutuskan. makasih ya udh jadi bapak yg sabar",
            "jangan cari aku lagi ya, aku sudah mutusin",
        ),
        silent=(
            "sy pamit dulu kak, obatnya udh sy siapin buat nenek",
            "sy udah mutusin pulang bulan depan. makasih infonya kak",
            "jangan cari agen itu, sy sudah memutuskan pakai p3mi lain",
            "makasih udah jadi ibu yg baik, selamat hari ibu mak",
        ),
    ),
    Rule(
        "suicidal.last_message",
        C.SUICIDAL,
        (
            # "ini terakhir kali sy chat", "ini pesan terakhir dari sy", "ieu chat terakhir abdi", "this is my
            # last message": said as the end of everything, not of a topic, a day or before a reason
            r"(?:ini|ieu|this is|this will be|this ll be)(?: adalah| bakal| akan| be)?"
            r" (?:saya |the )?(?:terakhir (?:kali|kalinya) (?:saya )?(?:chat|ngechat|kirim pesan|pesan|nulis"
            r"|ngabarin|kabarin|nelpon|telepon|ngobrol|sms|wa)|(?:chat|pesan|pesen|message|text|sms|kabar)"
            r"(?: saya)? terakhir(?:nya)?(?: (?:dari|from) saya| saya)?|last (?:message|text|chat)"
            r"(?: (?:from|of) saya)?|last time saya (?:write|text|message|chat))"
            r"(?=(?: (?:iya|kakak|deh|ya|semua|semuanya|everyone|mungkin|maybe))*"
            r"(?:$| maaf| maafin| sorry| tolong| bilang| sampaikan| titip| selamat tinggal| goodbye| bye"
            r"| i love| saya sayang| love"
            # thanks for all this time, as a closing: "makasih udh bantu selama ini"
            r"| (?:terima kasih|matur nuwun|hatur nuhun|thank you|thanks)(?: \w+){0,4} (?:selama ini"
            r"|selama iki|salami ieu|all this time|all these years)$))"
        ),
        why=(
            "This is the last message from her, with nothing that ends it for a reason, a day or a topic:"
            " a farewell written indirectly."
        ),
        fires=(
            "ini terakhir kali sy chat",
            "ini pesan terakhir dari sy",
            "ieu chat terakhir abdi",
            "this is my last message. sorry mom",
            "ini chat terakhir sy ya kak, maafin sy",
            "kayaknya ini terakhir kalinya sy chat. makasih udh bantu selama ini",
        ),
        silent=(
            "ini terakhir kali sy tanya soal visa, makasih kak",
            "ini chat terakhir sy hari ini, besok lanjut ya kak",
            "ini pesan terakhir dari agen, isinya suruh bayar lagi",
            "ini pesan terakhir sy sebelum hp dikumpulin",
            "this is my last message about the contract, thanks",
            "ini terakhir kalinya sy chat soal visa, makasih udh bantu selama ini",
        ),
    ),
    Rule(
        "suicidal.method_sought",
        C.SUICIDAL,
        (
            # how to die without pain, quickly, or how many pills it takes: asked, it is still urgent
            r"(?:biar|supaya|agar|so it)(?: \w+){0,2} (?:tidak|nggak|doesn t|won t)"
            r" (?:terasa |krasa |kerasa |karasa )?(?:sakit|hurt|lara|nyeri|nyeri)"
            r" (?:kalau|waktu|pas|saat|when|if) (?:saya )?(?:mati|meninggal|die|dying|pergi)"
            r"|(?:mati|meninggal|die|dying|bunuh diri|suicide|mengakhiri hidup)(?: yang)?(?: paling)?"
            r" (?:tanpa (?:rasa )?sakit|tidak (?:terasa )?sakit|painless\w*|cepat|cepet|without pain"
            r"|quickly|fast)"
            r"|painless (?:way|ways|death|suicide|method)"
            r"|(?:cara|caranya|way|ways)(?: yang)?(?: paling)? (?:cepat|cepet|gampang|mudah|tidak sakit"
            r"|painless|easiest|quickest|best)(?: \w+){0,2} (?:untuk |to |buat |biar )?(?:mati|die|bunuh diri"
            r"|meninggal|end it|kill)"
            r"|(?:berapa|how many|how much)(?: \w+){0,4} (?:obat|pil|pill|pills|tablet|tablets|butir"
            r"|paracetamol|panadol|obat tidur|sleeping pills?|baygon|racun|poison)(?: \w+){0,4}"
            r" (?:biar|supaya|untuk|buat|bisa|sampai|sampe|bikin|to|would|will|can|could)"
            r" (?:\w+ )?(?:mati|meninggal|tidak bangun lagi|overdosis|overdose|die|kill|fatal|lethal)"
            r"|(?:dosis|dose|dosage)(?: \w+)? (?:yang )?(?:mematikan|lethal|fatal|mati)"
        ),
        unhedged=True,
        why=(
            "Asking how to die without pain, quickly, or how many pills it takes: urgent however it is"
            " phrased, as a question too."
        ),
        fires=(
            "gmn caranya biar gk sakit kalo mati",
            "berapa butir obat tidur biar gk bangun lg",
            "how many pills would it take to die",
            "cara mati yg paling cepet apa",
            "what is the most painless way, i just want it over",
            "carane piye ben ora krasa lara yen mati",
        ),
        silent=(
            "berapa butir paracetamol sehari yg aman kak",
            "gimana caranya biar hp gk mati terus",
            "cara ngurus jenazah pmi yg meninggal di taiwan",
            "obat sakit gigi yg cepet apa ya kak",
        ),
    ),
    Rule(
        "suicidal.farewell_entrust",
        C.SUICIDAL,
        (
            # leave taken of everyone, the family entrusted: "aku pamit ya semuanya, jagain ibu",
            # "pamit nggih, titip anak2", "goodbye everyone, take care of mom"
            r"(?:pamit|pamitan|nyuwun pamit|selamat tinggal|sugeng tinggal|goodbye|good bye|bye)"
            r"(?: (?:iya|ya|nggih|nya|semua|semuanya|kabeh|sedoyo|sadayana|everyone|all|kakak|deh|dulu))*"
            r"(?: \w+){0,2} (?:jagain|jaga|jagaen|jogo|jaganen|titip|titipkan|rawat|rawatin|ngopeni|openono"
            r"|jaga jaga|take care of|look after|mangga jaga)"
            r" (?:\w+ )?(?:ibu|bapak|emak|mamak|ayah|mama|papa|anak|anak anak|adik|adek|suami|istri|ortu"
            r"|orang tua|keluarga|mom|mum|mother|dad|father|kids|children|family|simbok|mbok|bapake|biyung"
            r"|mamah|apa|ema)"
            r"(?! (?:\w+ )?(?:selama|sampai|sampe|while|till|until|sebentar|dulu ya|waktu|pas))"
        ),
        why=(
            "Taking leave of everyone and entrusting the family to them: a farewell written without a word"
            " for death ('pamit dulu, mau kerja' names where she goes and entrusts no one)."
        ),
        fires=(
            "ya udah, aku pamit ya semuanya. jagain ibu",
            "pamit nggih, titip anak2",
            "goodbye everyone, take care of my mom",
            "bye semua, jagain adek ya",
        ),
        silent=(
            "pamit dulu ya min, mau kerja",
            "sy pamit dulu kak, titip anak sebentar ke tetangga",
            "makasih, besok nanya lagi",
            "pamit pulang kampung dulu, titip ibu selama sy di taiwan ya kak",
        ),
    ),
    Rule(
        "suicidal.gone_by_then",
        C.SUICIDAL,
        (
            # she will no longer be there, said as a farewell: "nek aku ora ngabari maneh sesuk, aku wis ora
            # ono. matur nuwun kabeh", "tomorrow i'll be gone, thank you all"
            r"saya (?:sudah |will be |ll be |will |ll )?(?:tidak ada|tidak ana|gone|not be here"
            r"|no longer be here|be gone)(?: lagi| maneh| malih| deui| anymore| any more)?"
            r"(?=(?: (?:iya|ya|nggih|nya|mungkin|maybe))*(?:$| terima kasih| matur nuwun| hatur nuhun"
            r"| thank| thanks| maaf| maafin| sorry| titip| jaga| jagain| selamat tinggal| goodbye| bye"
            r"| tolong (?:bilang|sampaikan|jaga)| please tell| jangan (?:cari|sedih)| don t (?:look|cry)"
            # a leave-taking after it: "aku wis ra ono. aku pamit yo le"
            r"| (?:saya )?(?:nyuwun )?(?:pamit|pamitan)))"
        ),
        why=(
            "'I will be gone', closing with thanks, a goodbye or the family entrusted: a farewell; 'sy gk ada"
            " di mess besok' names a place."
        ),
        fires=(
            "nek aku ora ngabari maneh sesuk, aku wis ora ono. matur nuwun kabeh",
            "besok aku udah gak ada. makasih semuanya",
            "tomorrow i'll be gone. thank you all",
            "nek aku ra ngabari meneh sesuk, berarti aku wis ra ono. aku pamit yo le",
            "lek aku ora bales maneh, aku wes ora ana. pamit yo nduk",
            "klo besok sy gk bales, berarti sy udh gk ada. sy pamit ya mak",
            "if i don't text tomorrow i'll be gone. goodbye son",
        ),
        silent=(
            "besok sy gk ada di mess, ada libur",
            "sy udh gk ada kerjaan, mau pulang aja",
            "besok aku gak ada waktu, makasih ya kak",
            "besok sy gk ada di mess, sy pamit mudik dulu",
        ),
    ),
    Rule(
        "suicidal.why_live",
        C.SUICIDAL,
        (
            # what is life for: "ngapain hidup klo cm jd sapi perah", "buat apa aku urip", "why even live"
            r"(?:ngapain|buat apa|untuk apa|apa gunanya|kanggo opo|gawe opo|keur naon|naon gunana)"
            r" (?:saya |aku |abdi |kulo )?(?:hidup|urip|hirup|gesang)"
            r"(?! (?:di|ke|sama|dengan|bareng|hemat|sehat)\b)"
            r"|why (?:even )?(?:live|keep living|am saya (?:still )?alive)"
        ),
        strength=WEAK,
        why="Asking what life is for: despair, weak alone; with a farewell or stopping for good, urgent.",
        fires=(
            "ngapain hidup klo cm jd sapi perah. besok sy berhenti aja selamanya",
            "buat apa aku hidup kalau cuma disiksa terus, tolong",
            "why even live like this, he beats me every day",
        ),
        silent=(
            "ngapain hidup di malaysia kalau gaji kecil, mending pulang ya kak",
            "buat apa hidup hemat kalau gaji dipotong terus",
        ),
    ),
    Rule(
        "suicidal.stop_for_good",
        C.SUICIDAL,
        (
            # stopping, leaving or sleeping for ever, with nothing named that stops: "berhenti aja selamanya",
            # "pamit selamanya", "sesuk aku pamit saklawase", "i'll stop for good"; "berhenti kerja
            # selamanya" names what stops
            r"(?:berhenti|udahan|stop|pergi|pamit|tidur|istirahat|menghilang|ngilang|leave|sleep|rest|go away"
            r"|mandeg|leren|lunga|sare|eureun|angkat)"
            r"(?: (?:saja|aja|deh|ya|kok|dulu|sudah|for))? (?:selamanya|saklawase|salawasna|salamina"
            r"|untuk selamanya|for good|forever)\b"
            # no longer a trouble to anyone: "ora bakal ngrepoti sopo2 maneh", "udah gak bakal nyusahin
            # siapa2 lagi", "won't be a burden anymore"; a wish not to trouble someone with a question is not
            r"|(?:tidak|tak|moal|mboten|won t|will not|will never|never)"
            r"(?: (?:bakal|akan|badhe|pernah|lagi|be))*"
            r" (?:ngerepotin|ngrepotin|ngrepoti|ngrepotaken|ngarepotkeun|ngerepotkan|merepotkan|repotin"
            r"|nyusahin|nyusahke|menyusahkan|bebanin|membebani|jadi beban|a burden|trouble|bother|burden)"
            r"(?: (?:kamu|kalian|siapa siapa|siapapun|sinten sinten|saha saha|anyone|anybody|you|everyone"
            r"|semua|semuanya|orang|keluarga|ibu|bapak|mak|kakak))*"
            r" (?:lagi|maneh|malih|deui|anymore|any more|again)\b"
            r"(?!(?: \w+){0,4} (?:kok|urus sendiri|sendiri|soal|tentang|ingin tanya|mau tanya|cuma tanya"
            r"|tanya saja|karena|sudah beres|sudah lunas|sudah selesai))"
        ),
        why=(
            "Stopping or leaving for ever with nothing named that stops, or never troubling anyone again:"
            " a farewell written indirectly."
        ),
        fires=(
            "ngapain hidup klo cm jd sapi perah. besok sy berhenti aja selamanya",
            "wis, sesuk aku ora bakal ngrepoti sopo2 maneh",
            "udah gak bakal nyusahin siapa2 lagi, maafin sy mak",
            "sy pamit selamanya ya kak",
            "i'll stop for good tomorrow, i won't be a burden anymore",
            "abdi moal ngarepotkeun saha-saha deui",
        ),
        silent=(
            "besok sy berhenti kerja aja, capek",
            "sy mau berhenti jadi tkw selamanya, pulang ke kampung",
            "ga mau ngerepotin, mau tanya aja kak",
            "sy gak akan ngerepotin kakak lagi kok, visanya udah sy urus sendiri",
            "maaf ngerepotin kak, mau tanya soal visa",
        ),
    ),
    Rule(
        "suicidal.own_body",
        C.SUICIDAL,
        r"(?:ada yang|siapa yang|siapa) (?:\w+ )?(?:urus|ngurus|mengurus|ngurusin|pulangin|mulangin)"
        r" jenazah(?:ku| aku)",
        unhedged=True,
        why=(
            'Asking who will see to her own body, in the first person of the word itself ("jenazahku"):'
            " a thought of dying here, however it is phrased."
        ),
        fires=(
            "kalau aku mati di sini ada yg ngurus jenazahku gak sih",
            "siapa yg ngurus jenazahku nanti",
        ),
        silent=(
            "kalau saya meninggal, jenazah saya dipulangkan gratis gak",
            "siapa yang urus jenazah pmi yang meninggal di malaysia",
        ),
    ),
    Rule(
        "suicidal.settling_affairs",
        C.SUICIDAL,
        (
            # belongings given away or debts paid back, "so it is clean, no burden": affairs put in order
            rf"(?:{_GIVEN_AWAY}|{_DEBTS_SETTLED}).{{0,160}}\b(?:{_NO_BURDEN})"
            rf"|(?:{_NO_BURDEN})\b.{{0,160}}\b(?:{_GIVEN_AWAY}|{_DEBTS_SETTLED})"
        ),
        why=(
            "Belongings given away or debts repaid, and 'so nothing is left to carry': a warning sign of"
            " suicide however lightly it is asked."
        ),
        fires=(
            "hp yg udah gak dipake sebaiknya dikasih ke siapa ya. aku juga mau ngembaliin utang ke tmn2 semua"
            " hari ini. biar bersih, biar gak ada beban",
            "urusan di sini udah selesai semua, hp nya mau kukasih ke temen",
        ),
        silent=(
            "hp lama sy mau dikasih ke adik, sy beli baru di taiwan",
            "sy mau lunasin utang ke koperasi dulu sebelum berangkat biar tenang kerjanya",
            "urusan paspor sudah selesai semua, tinggal nunggu jadwal terbang",
        ),
    ),
    Rule(
        "suicidal.letter_written",
        C.SUICIDAL,
        (
            # a letter to the family already written, beside what happens when a worker dies
            r"surat (?:buat|untuk|ke) (?:mama|mamah|ibu|emak|mamak|bapak|ayah|anak|suami|istri|keluarga)\w*"
            r" (?:sudah|juga sudah) (?:saya |aku )?(?:tulis|ditulis|saya tulis|siap)"
            r".{0,200}\b(?:meninggal|mati|kematian|death|dies)\b"
            r"|\b(?:meninggal|mati|kematian|death|dies)\b.{0,200}surat (?:buat|untuk|ke) (?:mama|mamah|ibu"
            r"|emak|mamak|bapak|ayah|anak|suami|istri|keluarga)\w* (?:sudah|juga sudah) (?:saya |aku )?"
            r"(?:tulis|ditulis|saya tulis|siap)"
            # in English: "i already wrote letter for my mother ... is insurance still pay if i die here"
            r"|(?:already|have|ve) (?:wrote|written) (?:a |the |my )?(?:last )?letters? (?:for|to)"
            r" (?:saya |my )?(?:mother|mom"
            r"|mum|mama|father|dad|family|kids|children|husband|wife|daughter|son)\b.{0,200}\b(?:die|dies"
            r"|died|death|dead)"
            r"|\b(?:die|dies|died|death|dead)\b.{0,200}\b(?:already|have|ve) (?:wrote|written)"
            r" (?:a |the |my )?(?:last )?letters?"
            r" (?:for|to) (?:saya |my )?(?:mother|mom|mum|mama|father|dad|family|kids|children|husband|wife"
            r"|daughter|son)"
        ),
        unhedged=True,
        why="A death asked about practically, and the letter to the family already written: a farewell.",
        fires=(
            "kalo TKW meninggal di HK, gaji terakhir dikirim ke siapa? surat buat mama udah aku tulis",
            "i already wrote a letter for my mother. is the insurance still paid if i die here?",
        ),
        silent=(
            "kalau PMI meninggal di luar negeri, jenazah dipulangkan siapa?",
            "surat buat mama udah aku tulis, nanti dikirim pos dari taiwan",
            # a supposition (`hedges.HYPOTHETICAL`)
            "misalnya PMI meninggal di HK, surat buat ibu udah ditulis, gajinya ke siapa?",
            "i wrote a letter to my mother about the death insurance, where do i send it?",
        ),
    ),
)
