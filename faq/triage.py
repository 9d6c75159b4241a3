"""Spot messages that describe danger happening *now*, so the bot leads with emergency contacts.

Rule-based on purpose: it must be predictable, explainable to staff, and never depend on the FAQ matcher.
The text goes through the same normaliser as the matcher (slang, repeated letters, English "me/my" -> "saya"),
then words close to the danger lexicon are spelled back to it ("dikurng" -> "dikurung").

A message is urgent when it contains a danger predicate (confinement, violence, sexual abuse, trafficking,
ransom, no food, threats, suicidal thoughts, a health emergency or care refused, someone missing, someone
hiding or hunted, being moved in secret, being stranded) with enough strength: one strong predicate, or two
weak signs ("luka", "sembunyi", "naik perahu", "diusir"). Circumstances (night, no passport, a phone dying,
family worried) add strength to a sign already there but never make a message urgent alone. Each sign is
judged against how the message is phrased:
- about danger that is over or hypothetical ("pernah", "dulu" unless "sekarang ... dikurung" or something
  recent follows: "berangkat 2 bulan lalu, kemarin dia bilang dikunci",
  "sudah pulang", "kalau" / "if" right before the danger: "kalau disiksa lapor ke mana"): urgent only if it
  also pleads for help. A condition on the writer's refusal is a threat, not a hypothetical: "kalau nolak
  dipukul", "if i run they will kill me";
- as a question *about* the topic ("apa itu", "ciri", "hukuman", "berita", "what is", "is that allowed"):
  urgent if it asks for help or names a victim ("sy dikurung majikan, apakah bisa dibantu?"); indirect signs
  ("hp disita", "ga boleh keluar") count as weak in such a question ("hp sy disita, boleh gitu?");
- a sign that is denied ("ga pernah mukul") does not count; one only feared or possible ("takut dijual",
  "bisa dipenjara") is weak, unless it happened before ("takut dipukul lagi");
- for school work, a story, training or statistics ("buat skripsi", "nulis novel", "how many"): never urgent;
- otherwise urgent, and a single weak sign is enough when it pleads for help about someone ("tolong sy ...").
Predicates are mostly passive verb forms ("dikurung", "dipukuli", "dijual") or active ones tied to a
perpetrator ("majikan mukul"): they describe something done to someone, while questions about rules use
active or noun forms ("mengunci", "penyekapan", "kekerasan").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from faq.normalize import Normalizer
from faq.triage_model import UrgencyModel, shipped_model


class DangerCategory(StrEnum):
    CONFINEMENT = "confinement"
    VIOLENCE = "violence"
    SEXUAL_ABUSE = "sexual_abuse"
    TRAFFICKING = "trafficking"
    RANSOM = "ransom"
    NO_FOOD = "no_food"
    THREAT = "threat"
    SUICIDAL = "suicidal"
    MEDICAL = "medical"  # a health emergency, or care refused
    MISSING = "missing"  # run away or out of contact, whereabouts unknown
    HUNTED = "hunted"  # hiding, chased, someone with a weapon, a rage at the door
    MOVED = "moved"  # being moved in secret: at night, across a border, in a closed vehicle
    STRANDED = "stranded"  # thrown out, left behind, locked out, without papers or money
    PLEA = "plea"  # a bare cry for help with nothing else ("tolong sy", "help me please")
    LEARNED = "learned"  # no rule fired; the model trained on labelled messages did (faq/triage_model.py)


class _Shipped(Enum):
    MODEL = auto()


@dataclass(frozen=True, slots=True)
class _Pattern:
    category: DangerCategory
    regex: re.Pattern[str]
    strength: int
    # Strength when the message asks about the topic ("hp sy disita, boleh gitu?"): indirect signs count less.
    asked: int


def _p(category: DangerCategory, pattern: str, strength: int = 2, asked: int | None = None) -> _Pattern:
    return _Pattern(
        category, re.compile(rf"\b(?:{pattern})\b"), strength, strength if asked is None else asked
    )


C = DangerCategory
# People a message may be about: the writer or family (English "me/my/I" are already "saya").
_PERSON = r"(?:saya|kami|anak|istri|suami|adik|kakak|ibu|bapak|teman|saudara|keluarga|ponakan|keponakan)"
_PERPETRATOR = (
    r"(?:majikan|bos|agen|agensi|mandor|madam|sponsor|calo|tekong|p3mi|pt|kapten|boss|employer|agent|nyonya"
    r"|tuan|mami|preman|sopir|juragan|dunungan)"
    # with an enclitic: "majikanku", "bose", "dunungan abdi" is covered by the gap after the perpetrator
    r"(?:ku|nya|ne|e|mu)?"
)
_ACTIVE_VIOLENCE = (
    r"(?:mukul|mukulin|memukul|memukuli|nyiksa|menyiksa|cekik|tampar|tendang|jambak|gampar|siksa"
    r"|aniaya|nampar|menampar|nendang|menendang|nonjok|menganiaya"
    r"|ngunci|mengunci|nyekap|menyekap|ngurung|mengurung|nyetrum|nyakitin|menyakiti|melecehkan|memperkosa"
    r"|nyiram|menyiram|nyiramin|nyetrika|menyetrika|nyundut|menyundut|ngebakar|membakar"
    r"|nyekek|nyekik|mencekik|nampol|nabok|nonjok"
    # Javanese and Sundanese active forms
    r"|nggebugi|nggebuki|nggebug|nggebuk|ngantemi|ngantem|nggepuk|nggepuki|neunggeul|nampiling|nyabok|mentung)"
    # the colloquial "-in" and standard "-i"/"-kan" suffixes on any of them: "ngunciin", "nyiksain"
    r"(?:in|i|kan)?"
)
_ACTIVE_SEXUAL = (
    r"(?:grepe|grepe grepe|gerepe|pegang pegang|megang megang|memegang megang|memegang memegang"
    r"|raba raba|ngeraba|ngeraba raba|meraba|meraba raba|menggerayangi|gerayangi|grepein|nyium"
    r"|menciumi|cium cium|ngelecehin|ngelecehkan|lecehin|nelanjangin|menelanjangi)(?:in|i|kan)?"
)
_TOUCH = (
    r"(?:menyentuh|nyentuh|sentuh|memegang|megang|pegang|meremas|remas|ngeremes|meraba|raba|nyium|mencium)"
)
_INTIMATE = r"(?:payudara|dada|pantat|bokong|paha|kemaluan|alat vital|bibir|breasts?|chest|private parts?)"
_ABUSE_VICTIM = r"korban (?:pelecehan|perkosaan|pemerkosaan|kekerasan seksual|kekerasan|penganiayaan)"
# Going home or out for a holiday or abroad is not confinement: "ga boleh pulang kampung pas lebaran".
_NOT_CONFINED = r"(?! negeri| nergi| kampung| lebaran| mudik| cuti| liburan| natal| tahun baru)"
_ONGOING = r"(?:masih|sekarang|saat ini|tiap hari|setiap hari|terus menerus)"
_WEAPON = r"(?:pisau|parang|golok|celurit|arit|sajam|senjata|pistol|senapan|knife|gun|machete|weapon)"
_PATTERNS: Final[tuple[_Pattern, ...]] = (
    # confinement
    _p(
        C.CONFINEMENT,
        r"dikurung|terkurung|dikurungi|disekap|dikunci|dikunciin|dikerangkeng|disandera|dikrangkeng|diculik"
        r"|dipasung|dirantai|diborgol|diikat(?! kontrak| perjanjian| janji)|chained|tied up|handcuffed"
        r"|terjebak|disekep|dikonci|dikurungin|dikekang|dipenjara|dikerangkengin"
        r"|ditahan di (?:penampungan|rumah|kamar|mess|asrama|kantor|gudang|hutan|kapal)",
    ),
    _p(
        C.CONFINEMENT,
        r"tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|bisa|kenging|angsal)"
        r" (?:keluar|kabur|metu|kaluar|medal)(?! negeri| nergi| ln\b)"
        r"|tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|meunang|kenging|angsal)"
        rf" (?:pulang|pergi|mulih|balik|uih|mulang|wangsul){_NOT_CONFINED}|tidak meunang kaluar"
        rf"|dilarang (?:keluar|pulang){_NOT_CONFINED}"
        # someone refusing permission: "majikan ga ngizinin sy pulang", "agen ga ngebolehin kami keluar"
        r"|tidak (?:ngizinin|ngijinin|mengizinkan|mengijinkan|izinin|ijinin|ngebolehin|membolehkan|bolehin"
        rf"|ngasih|kasih)\b.{{0,15}}\b(?:pulang|keluar|pergi){_NOT_CONFINED}"
        r"|(?:ingin|minta) (?:pulang|keluar)\b.{0,10}\b(?:tapi|tetapi|tp|but) (?:tidak|dilarang|not)"
        r"(?: \w+)? (?:dibolehin|boleh|diizinkan|diijinkan|dikasih|dibolehkan|allowed)",
        2,
        asked=1,
    ),
    _p(
        C.CONFINEMENT,
        r"tidak bisa pulang|tidak bisa ke mana mana"
        r"|tidak (?:boleh|bisa) (?:hubungi|menghubungi|kontak|telepon|ngabarin|mengabari|kabari|contact)"
        r" (?:keluarga|orang tua|rumah|family)|(?:can t|cannot|cant|not allowed to) (?:contact"
        r"|call) saya family"
        r"|(?:can t|cannot|cant) (?:call|contact|reach) (?:anyone|anybody|family|saya family)"
        r"|tidak boleh (?:pegang|pakai|main) handphone|(?:cannot|can t|cant|not allowed to) go home|stuck",
        1,
    ),
    _p(
        C.CONFINEMENT,
        r"locks? (?:saya|us|her|him) (?:in|up)|locking (?:saya|us|her|him)|(?:holding|hold) (?:saya"
        r"|us|her|him)(?! passport| paspor| document| id)"
        r"|asking (?:saya|our|her|his) (?:family|parents) for (?:money|ransom)",
    ),
    _p(
        C.CONFINEMENT,
        r"locked|trapped|held captive|held against|hostage|imprisoned|confined|kidnapped|abducted"
        r"|(?:saya|we|she|he|they|sister|brother|daughter|son|wife|husband|mother|father|friend)"
        r"(?: is| are| am| m| was| were| re)?(?: being)? held",
    ),
    _p(
        C.CONFINEMENT,
        r"(?:wont|won t|will not|dont|don t|not) (?:let|allow) (?:saya|us|her|him) (?:leave|go|out)",
    ),
    _p(
        C.CONFINEMENT,
        r"(?:cannot|can t|cant|not allowed to) (?:leave|go out|get out|escape)"
        r"|(?:not|never|haven t|hasn t|have not|has not) (?:been "
        r"|being )?allowed (?:to go )?(?:outside|out|home"
        r"|to leave|to go out)",
    ),
    _p(C.CONFINEMENT, r"kept (?:in|inside|locked)|keep (?:saya|us|her|him) (?:locked|inside|in a)"),
    _p(
        C.CONFINEMENT,
        r"(?:took|take|taken|confiscated|seized) (?:saya|our|her|his|their) (?:phone|handphone)s?|confiscated"
        r"|saya (?:phone|handphone) (?:was |is |got )?(?:taken|confiscated)",
        1,
    ),
    # violence
    _p(
        C.VIOLENCE,
        r"dipukul|dipukuli|dipukulin|mukulin|mukuli|memukuli saya|disiksa|dianiaya|ditendang|disetrum|dicekik"
        r"|ditampar|dihajar|digebuki|digebukin|digebugi|digebuk|diantemi|dijambak|disiram|dibakar|disundut"
        r"|dipeupeuh|ditusuk|dibacok|diinjak|dilukai|digampar|ditonjok|dijotos|ditabok|dicabok|ditempeleng"
        r"|disetrika|dicambuk|disabet|dipecut|dihantam|dibanting|diseret|dicakar|babak belur|dipenthung"
        r"|digebugan|dikeroyok|dipateni|disakiti|disakitin|ditampol|dipentung|dicekek|dilempar|ditapuk"
        r"|dikepruk|dilarani|dilarakake|dikeplak|dikeplaki|dijedotin|dibenturkan|disiram air panas"
        r"|diteunggeul|ditampiling|digebugi|digepuk|digepuki|diantem"
        r"|kena (?:setrum|strum|pukul|tampar|siksa|tendang)",
    ),
    _p(C.VIOLENCE, rf"{_PERPETRATOR}\b.{{0,30}}\b{_ACTIVE_VIOLENCE}|{_ACTIVE_VIOLENCE} {_PERSON}"),
    _p(
        C.VIOLENCE,
        r"(?:beat|beats|beaten|beating|hit|hits|hitting|kicked|kicks|tortured|torturing|slapped|slaps|choked"
        r"|punched|punches|burned|burnt|burns|burning|whipped|whips|chokes|tortures|hurting|abuse|abuses"
        r"|abused|abusing|attacked|attacks|stabbed|cuts|starves|starving)"
        r" (?:saya|us|her|him|them)",
    ),
    _p(C.VIOLENCE, r"hurts? (?:saya|us|her|him)$"),
    _p(C.VIOLENCE, r"beaten|tortured|physically abused|being (?:abused|beaten|hurt|tortured|hit)"),
    _p(
        C.VIOLENCE,
        r"(?:ngelempar|melempar|lempar|nimpuk|menimpuk|ngelemparin|lemparin|nimpukin)\b.{0,25}\bke"
        r" (?:(?:kepala|muka|wajah|badan|tubuh|arah) )?saya"
        r"|(?:beat|beats|beating|hit|hits) (?:the )?(?:crew|workers|abk|pekerja)",
    ),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:minta|suruh|nyuruh|menyuruh|maksa|memaksa|dipaksa|disuruh)\b.{0,25}\b(?:telanjang|bugil)"
        r"|(?:difoto|divideo|direkam) telanjang"
        r"|(?:made|forced|asked|told) (?:saya|her|us) to (?:strip|undress)",
    ),
    _p(
        C.VIOLENCE,
        r"(?:breaks|broke|broken|breaking) (?:saya|his|her|their|our) (?:fingers?|arms?|legs?"
        r"|hands?|ribs?|nose"
        r"|teeth|bones?)",
    ),
    _p(
        C.VIOLENCE,
        r"(?:pours?|poured|pouring|throws?|threw|thrown|splash\w*) (?:\w+ ){0,2}(?:water|oil|acid) on"
        r" (?:saya|her|him|us|them)"
        r"|(?:threw|throws|thrown|throw|pushed) (?:saya|her|him|us|them|saya \w+)(?: overboard"
        r"| into the (?:sea|water"
        r"|river))",
    ),
    # drugged
    _p(
        C.VIOLENCE,
        r"dibius|dicekoki|dicekokin|drugged|(?:dikasih|diberi|disuruh minum|dipaksa minum) (?:obat|pil)"
        r" (?:aneh|bius|tidur|penenang)",
    ),
    _p(C.VIOLENCE, r"luka|berdarah|memar|lebam|bleeding|bruised|injured", 1),
    # sexual abuse
    _p(
        C.SEXUAL_ABUSE,
        r"diperkosa|perkosa|dilecehkan|dilecehin|dicabuli|dicabulin|digerayangi|diraba|disetubuhi|dinodai"
        r"|dipegang dipegang|raped|rape|molested|being raped"
        r"|groped|sexually abused|sexually assaulted|harassing saya|harassed|digrepe|digerepe|digrepein"
        r"|dihamili|diapa apain|diapa apakan|hamil (?:sama|oleh|dengan|anak) majikan"
        r"|ditelanjangi|ditelanjangin|ditelanjangkan|dilucuti",
    ),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:touching|touches|touched|forcing|forced|grabbed|grabs|grabbing) (?:saya|her|us|him)(?! hand)"
        r"|hamil (?:karena"
        r"|krn) dipaksa"
        r"|(?:take|took|pull|pulled|rip|ripped) (?:off )?saya clothes|saya clothes off"
        r"|(?:buka|membuka|bukain|lepas|melepas|nyobek|merobek) (?:baju|pakaian|celana) saya"
        r"|(?:forced|forcing|being forced) to (?:marry|have sex|sleep with)",
    ),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:maksa|memaksa|dipaksa|paksa)\b.{0,20}\b(?:berhubungan badan|berhubungan intim|tidur bareng"
        r"|tidur dengan|tidur sama|melayani nafsu|begituan)",
    ),
    _p(C.SEXUAL_ABUSE, rf"{_PERPETRATOR}\b.{{0,40}}\b{_ACTIVE_SEXUAL}|{_ACTIVE_SEXUAL} saya"),
    _p(
        C.SEXUAL_ABUSE,
        r"masuk (?:ke )?kamar saya|(?:comes|came|coming|enters|entered|goes|tries to enter"
        r"|tried to enter|try to enter)(?: into)? (?:saya|her"
        r"|our) (?:room|bedroom)",
        1,
    ),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:ngintip|ngintipin|mengintip|merekam|ngerekam) saya"
        r"|(?:disuruh|dipaksa) (?:melayani|layani|nemenin|menemani) tamu"
        r"|(?:dipaksa|maksa|memaksa) (?:saya |kami )?(?:minum|makan|pakai) (?:obat|pil|alkohol|miras|arak"
        r"|narkoba|sabu)"
        r"|dipaksa (?:aborsi|menggugurkan|nikah|menikah"
        r"|kawin|hamil)"
        r"|hamil (?:karena )?dipaksa",
    ),
    _p(C.SEXUAL_ABUSE, _ABUSE_VICTIM, 1),
    # touching intimate parts, or taken to a hotel room by the perpetrator
    _p(
        C.SEXUAL_ABUSE,
        rf"{_PERPETRATOR}\b.{{0,20}}\b{_TOUCH}(?: \w+)? {_INTIMATE}|{_TOUCH} {_INTIMATE} (?:saya|kami)"
        rf"|{_INTIMATE} (?:saya|kami) (?:dipegang|diremas|disentuh|diraba|dicium)",
    ),
    _p(
        C.SEXUAL_ABUSE,
        rf"{_PERPETRATOR}\b.{{0,20}}\b(?:ngajak|mengajak|ajak|bawa|membawa|maksa|memaksa) (?:saya|kami)"
        r" (?:ke |masuk )?(?:hotel|motel|kamar (?:nya|dia|hotel))",
        1,
    ),
    # ... and strong when it is still going on
    _p(C.SEXUAL_ABUSE, rf"{_ABUSE_VICTIM}\b.*\b{_ONGOING}|{_ONGOING} (?:jadi |menjadi )?{_ABUSE_VICTIM}"),
    _p(
        C.SEXUAL_ABUSE,
        r"dipaksa (?:berhubungan|tidur|melayani|begituan|jual diri)"
        r"|(?:dipaksa jadi|dipaksa menjadi|dijadikan) (?:psk|pelacur|pekerja seks)",
    ),
    # trafficking / forced labour
    _p(
        C.TRAFFICKING,
        r"dijual|dijualin|diperjualbelikan|sold (?:saya|us|her|him)(?! (?:a|an|the|fake|some)\b)"
        r"|(?:was|were|been|being|got) (?:sold|trafficked)"
        r"|scam compound|disuruh (?:\w+ ){0,2}(?:nipu|menipu|scam)|diperbudak|dijadikan budak|kerja rodi"
        r"|dijadiin budak|diperlakukan (?:seperti|kayak|kaya) budak|(?:treated|treat \w+) like (?:a )?slaves?"
        r"|(?:trafficking|tppo) victim|victim of (?:trafficking|tppo)",
    ),
    _p(
        C.TRAFFICKING,
        r"dipaksa (?:kerja|bekerja|nipu|menipu|scam|(?:jadi|menjadi) scammer)|forced to (?:work|scam)"
        r"|forcing saya",
    ),
    _p(C.TRAFFICKING, r"korban (?:tppo|trafficking|perdagangan orang)", 1),
    _p(C.TRAFFICKING, r"(?:dipekerjakan|diperkerjakan|disuruh kerja|bekerja) (?:secara )?paksa"),
    _p(
        C.CONFINEMENT,
        r"dijaga (?:preman|penjaga|satpam|orang|laki laki|terus|ketat|24 jam)|(?:pintu|pagar|gerbang)(?:nya)?"
        r" (?:selalu )?(?:dijaga|digembok|dikunci)|guarded|guards? (?:watch|with)",
        1,
    ),
    # ransom
    # redeeming a held document or a pawned thing is not a ransom for a person
    _p(
        C.RANSOM,
        r"(?:tebusan|ransom|ditebus|menebus|tebus)"
        r"(?! (?:ijazah|paspor|passport|dokumen|sertifikat|barang|gadai|gadaian|bpkb|obat|resep|ktp))",
    ),
    # debt bondage: going home only after paying ("tidak bisa pulang kalau belum bayar ganti rugi")
    _p(
        C.RANSOM,
        r"tidak (?:boleh|bisa|diizinkan|dikasih) (?:pulang|keluar|bebas|pergi)\b.{0,30}"
        r"\b(?:kalau|sebelum|sampai|kecuali|harus|diminta|disuruh) (?:belum |tidak )?(?:\w+ )?"
        r"(?:bayar|membayar|melunasi|lunas|nebus|ganti rugi|denda|utang|hutang)"
        r"|(?:kalau|sebelum) (?:belum |tidak )?(?:bayar|membayar|melunasi|lunas)\b.{0,30}"
        r"\btidak (?:boleh|bisa) (?:pulang|keluar|bebas|pergi)",
    ),
    _p(
        C.RANSOM,
        r"(?:bayar|uang|transfer|duit)\b.{0,40}\b(?:dilepas|dilepaskan|dilepasin|dibebaskan"
        r"|dibebasin|dipulangkan|dipulangin)",
    ),
    _p(
        C.RANSOM,
        r"(?:minta|meminta|diminta|dimintai|dimintain|menuntut)\b.{0,40}"
        r"\b(?:baru|biar|supaya|agar|kalau ingin) (?:\w+ ){0,2}(?:boleh |bisa )?"
        r"(?:pulang|bebas|keluar|dilepas|dilepasin|dilepaskan|dibebaskan|dibebasin|dipulangkan|dipulangin)",
    ),
    _p(
        C.RANSOM,
        r"(?:bayar|uang|transfer|duit)\b.{0,40}\b(?:kalau ingin|biar|supaya|agar|baru) (?:\w+ )?(?:bisa )?"
        r"(?:pulang|bebas|keluar)",
        1,
    ),
    # no food
    _p(
        C.NO_FOOD,
        r"tidak (?:pernah |lagi )?(?:dikasih|dikasi|diberi|dikei|dibere|diwenehi|diparingi|dipasihan"
        r"|dipasihkeun|dipaparin|dapat|ada|pernah)"
        r" (?:makan|mangan|dahar|tuang|nedha|emam|nyatu|neda|minum|ngombe|nginum|leueut)"
        r"|no water|without water"
        r"|(?:cuma|hanya) minum air|only (?:drinking|drink|had) water|nothing but water"
        r"|tidak makan|belum makan \w+ hari|belum makan (?:dari|sejak)|kelaparan|starving|starve|no food"
        r"|makan sehari sekali|tidak dahar|tidak mangan"
        r"|(?:haven|hasn|havent|hasnt|have not|has not)(?: t)? eaten"
        r"|nothing to eat|without food|jarang (?:dikasih|diberi) makan|makan (?:cuma|hanya) sekali"
        r"|makan (?:\w+ )?(?:cuma |hanya )?sekali sehari"
        r"|(?:cuma|hanya) (?:dikasih|diberi) makan\b.{0,20}\bsekali"
        r"|(?:dikasih|diberi) makan (?:cuma|hanya) (?:\w+ ){0,2}sekali"
        r"|(?:dikasih|diberi) makan (?:sisa|basi)"
        r"|tidak (?:pernah |lagi )?(?:ngasih|kasih|kasi|ngasi|memberi|punya) (?:saya |kami )?(?:makan|minum)"
        r"|(?:not|never) (?:been )?given (?:any )?(?:food|water)"
        r"|(?:doesn t|does not|dont|don t|not|never|didn t|did not|won t|wont|will not|refuse to|refuses to)"
        r" (?:give|gives|feed|feeds)"
        r" (?:saya|us|her|him)(?: any)? food",
    ),
    _p(
        C.NO_FOOD,
        r"(?:(?:doesn t|does not|dont|don t|not|never|won t|wont|will not|refuses to) (?:let|allow)"
        r" (?:saya|us|her|him) (?:to )?|(?:not|never) allowed to )(?:eat|drink)\b"
        r"(?! (?:pork|meat|alcohol|beer|wine|coffee|in|with|at|during|before|the|outside))",
        2,
        asked=1,
    ),
    # food forbidden: indirect, and a rule about meals ("makan di meja majikan", "makan siang") is not this
    _p(
        C.NO_FOOD,
        r"tidak (?:ngebolehin|ngizinin|ngijinin|mengizinkan|membolehkan|bolehin|izinin|dibolehin|dibolehkan"
        r"|diizinkan|boleh) (?:saya |kami |\w+ )?(?:makan|minum)\b"
        r"(?! (?:babi|daging|alkohol|miras|bir|kopi|di|sambil|siang|pagi|malam|bareng|bersama|sama|saat"
        r"|waktu|pas|dulu))",
        2,
        asked=1,
    ),
    # threats and danger
    _p(
        C.THREAT,
        r"ngancam|ngancem|mengancam|diancam|diancem|ancam|diteror|diintimidasi|threaten|threatens|threatened"
        r"|threatening",
    ),
    _p(C.THREAT, r"(?:ingin|akan|bakal) (?:bunuh|membunuh)|dibunuh|bunuh saya|kill saya|going to kill"),
    _p(
        C.THREAT,
        r"(?:scared|afraid|fear) for saya life|takut (?:mati|dibunuh)|nyawa (?:saya |\w+ )?terancam"
        r"|dalam bahaya|in danger|selamatkan saya|save saya|save us",
    ),
    _p(
        C.THREAT,
        r"sembunyi|bersembunyi|hiding|ketakutan|takut ketahuan|kabur dari|lari dari|melarikan diri"
        r"|ran away from|escaped from",
        1,
    ),
    # health emergencies and care refused
    _p(
        C.MEDICAL,
        r"pingsan|tidak sadar|tidak sadarkan diri|muntah darah|pendarahan|perdarahan|kejang|sesak napas"
        r"|sesak nafas|unconscious|fainted|passed out|seizure|overdose|keguguran|miscarriage",
    ),
    _p(
        C.MEDICAL,
        r"tidak (?:ingin|mau|boleh|dibolehkan|diizinkan|dikasih|bisa|bolehin|ngebolehin|ngizinin"
        r"|izinin|ngasih"
        r"|kasih) (?:\w+ ){0,2}(?:ke )?"
        r"(?:dokter|rumah sakit|rs|klinik|puskesmas|berobat)"
        r"|tidak dibawa (?:ke )?(?:dokter|rumah sakit|rs|klinik|puskesmas|berobat)"
        r"|(?:won t|wont|will not|doesn t|does not|refuses to) take saya to (?:the |a )?(?:hospital|doctor)"
        r"|not allowed to see a doctor"
        r"|(?:won t|wont|will not|doesn t|does not|refuses to|refused to) (?:take|bring"
        r"|let) (?:saya|her|him|us)"
        r" (?:go )?to (?:the |a )?(?:hospital|doctor|clinic)",
    ),
    _p(C.MEDICAL, r"sakit parah|sakit (?:banget|sekali)|demam tinggi|bleeding", 1),
    # critically hurt or ill right now: a fall from a height, a coma
    _p(
        C.MEDICAL,
        r"(?:kondisi|kondisinya|keadaan|keadaannya|sedang|lagi|sekarang|masih|jadi) (?:\w+ )?"
        rf"(?:kritis|koma)\b|{_PERSON}(?: saya| nya| ku)? (?:kritis|koma)\b"
        r"|sekarat|critical condition|in a coma"
        r"|(?:jatuh|terjatuh|fell|falling) (?:dari|from) (?:lantai|atap|jendela|gedung|balkon|apartemen"
        r"|the (?:window|roof|balcony|building)|(?:a|the) \w+ floor)",
    ),
    # mutilated
    _p(
        C.VIOLENCE,
        r"dipotong (?:jari|tangan|kaki|telinga|kuping)(?:nya)?\b"
        r"|(?:jari|tangan|kaki|telinga|kuping)(?:nya)?(?: \w+){0,2} (?:dipotong|dipatahkan|dipatahin)",
    ),
    # whereabouts unknown: weak alone, strong with another sign ("kabur dari majikan", "ga tau dimana")
    _p(
        C.MISSING,
        r"tidak tahu (?:ada )?(?:di ?mana|dimana|keberadaannya)|hilang kontak|tidak bisa dihubungi"
        r"|lost contact|missing|disappeared|vanished"
        r"|(?:hasn t|has not|haven t|have not|didn t) (?:called|contacted|replied|answered|been in touch)"
        r"|(?:is|are|s|re) not (?:answering|replying|picking up)",
        1,
    ),
    # hiding or hunted: weak alone ("sembunyi" can be a game), strong together or with a weapon
    _p(
        C.HUNTED,
        r"dikejar|dikejar kejar|dicari cari|cari cari saya|cari saya|diikuti|dibuntuti|ngikutin"
        r"|mengikuti saya"
        r"|gedor|gedor gedor|menggedor|ngamuk|mengamuk|mabuk|drunk|chasing|chased|following saya"
        r"|being followed|followed by"
        r"|looking for (?:saya|us)"
        r"|ada (?:orang|laki laki|preman)(?: \w+){0,2}?(?: yang)? (?:cari|mencari|nunggu|nungguin"
        r"|menunggu|ngikutin"
        r"|mengikuti|ngawasin)|diikutin|dikuntit|takut keluar",
        1,
    ),
    _p(
        C.HUNTED,
        rf"(?:bawa|membawa|pegang|memegang|pakai|ngacungin|mengacungkan|ambil)\b.{{0,12}}\b{_WEAPON}"
        rf"|(?:has|have|had|holding|with|pulled) (?:a |an )?{_WEAPON}",
    ),
    # moved in secret: the vehicle or crossing is a weak sign, strong with night or an unknown destination
    _p(
        C.MOVED,
        r"(?:menyeberang|menyeberangi|menyeberangkan)(?: \w+)? (?:sungai|laut|perbatasan|border)"
        r"|lewat (?:hutan|sungai|jalur tikus|jalan tikus|laut)|jalan kaki lewat"
        r"|(?:dibawa|diangkut|dipindah|dipindahkan|dinaikkan|dinaikin|dinaikan|disuruh naik|naik)"
        r" (?:ke )?(?:\w+ )?(?:kapal|perahu|speedboat|truk|mobil|van|kontainer)\b(?! (?:kerja|laut))"
        r"|di (?:perahu|speedboat|truk|van|kontainer)\b"
        r"|(?:moving|moved|taking|took|transported) (?:saya|us|her|him)\b.{0,20}\b(?:night|border|house)"
        r"|in a (?:van|truck|boat|container|car) with|in the back of a|dibawa (?:calo|sponsor|tekong|orang)",
        1,
    ),
    # taken somewhere unknown: "dibawa ke tempat yang tidak saya tahu", "taken to a place I don't know"
    _p(
        C.MOVED,
        r"(?:dibawa|diangkut|dipindah|dipindahkan|dibawa pergi|diantar) (?:ke )?"
        r"(?:tempat|lokasi|rumah|daerah)"
        r"(?: yang)? (?:tidak|belum) (?:saya |kami |dia |\w+ )?(?:tahu|kenal|dikenal|diketahui)"
        r"|(?:took|taken|moved|brought) (?:saya |us |her |him )?to (?:a|an) (?:place|house|location)"
        r" (?:saya |we )?(?:don t|do not|didn t) know",
    ),
    _p(
        C.MOVED,
        r"(?:dibawa|dijemput|diangkut|diseret|dipindah) (?:secara )?paksa|secara paksa"
        r"|(?:bawa|membawa|jemput|menjemput) (?:saya|kami|\w+) (?:secara )?paksa"
        r"|(?:bawa|membawa|dibawa) (?:saya |kami )?ke tempat (?:sepi|gelap)"
        r"|(?:maksa|memaksa|dipaksa)(?: \w+)? (?:saya |kami )?(?:ikut|naik|berangkat|pergi|pindah)",
    ),
    # thrown out, left behind or locked out: weak, strong with night, no papers or someone following
    _p(
        C.STRANDED,
        r"diusir|dipiceun|ditelantarkan|terlantar|(?:calo|agen|sponsor|tekong)(?:nya)? (?:ngilang"
        r"|menghilang|kabur"
        r"|hilang)|telantar|ditinggal (?:calo|agen|agensi|sponsor|tekong|di)|ditinggalin|ditinggalkan"
        r" (?:calo|agen|agensi|sponsor|tekong|di)|(?:mengusir|ngusir|ngusirin) (?:saya|kami)"
        r"|(?:tidak|dilarang) (?:boleh |dibolehkan )?masuk (?:rumah|ke rumah)?|dikunci di luar|locked out"
        r"|kicked out|thrown out|abandoned",
        1,
    ),
    # coerced: "dipaksa" / "disuruh" towards sex, a man, a hotel; threats against refusing
    _p(
        C.SEXUAL_ABUSE,
        r"(?:dipaksa|disuruh|maksa|memaksa|nyuruh|menyuruh|dipekso)\b.{0,25}\b(?:tidur (?:sama"
        r"|dengan|bareng|karo)(?:nya|ku|mu)?"
        r"|layani|melayani|nurutin|menuruti|hotel|nginep|menginap|laki laki|tamu|jual diri|melacur"
        r"|prostitusi)"
        r"|(?:dibawa|dijual|dikirim) ke (?:rumah )?(?:bordil|lokalisasi|tempat prostitusi)|bordil|brothel",
    ),
    _p(
        C.THREAT,
        r"(?:kalau|if) (?:saya |kami )?(?:tidak ingin|tidak bayar|tidak kasih|nolak|menolak|melawan"
        r"|masih|coba"
        r"|berani|refuse|try|tell|say no|lapor|kabur)\b.{0,40}\b(?:di[a-z]{4,}|will|bakal|nanti|akan)"
        r"|(?:will|gonna|going to) (?:cut|kill|hurt|beat|sell|burn|rape|punish)|ruang hukuman"
        r"|punishment room|dibuang ke laut|thrown (?:into the sea|overboard)",
    ),
    _p(
        C.VIOLENCE,
        rf"(?:ingin|akan|bakal|lagi|mulai) {_ACTIVE_VIOLENCE}\b",
    ),
    # out of contact: weak; two signs ("hpnya mati", "ga bisa ditelepon") or worry make it strong
    _p(
        C.MISSING,
        r"tidak (?:bisa|pernah|dapat) (?:dihubungi|ditelepon|dikontak|ditelp|dibalas)"
        r"|handphone(?:nya| nya)? mati"
        r"|(?:tidak|belum) ada kabar|tidak tahu (?:\w+ ){0,2}(?:di ?mana|kemana|ke mana)"
        r"|tidak ada (?:yang )?(?:ngomong|bilang|kasih tahu) (?:ingin |akan )?(?:kemana|ke mana)"
        r"|(?:can t|cannot|cant) (?:reach|contact) (?:her|him|them)|no news|(?:dont|don t|do not) know where"
        rf"|{_PERSON}(?: saya| nya| ku)? (?:hilang|menghilang)(?! kontak)"
        # the agency stonewalling the family
        r"|(?:won t|will not|doesn t|does not|refuses to) (?:tell|answer|respond)"
        r"|tidak (?:ingin|mau) (?:kasih tahu|memberi tahu|jawab|menjawab|bilang)"
        r"|pura pura tidak tahu|(?:pretends?|pretended) not to know",
        1,
    ),
    # phones taken (strong: cut off from help) or used in secret (weak)
    _p(
        C.CONFINEMENT,
        r"handphone\b.{0,15}\b(?:disita|diambil|dirampas|disembunyikan|ditahan|dimatikan|dirusak|dibanting)",
        2,
        asked=1,
    ),
    _p(
        C.CONFINEMENT,
        r"(?<!paspor )(?<!passport )(?<!dokumen )(?<!ijazah )(?<!gaji )(?<!ktp )(?<!uang )(?<!barang )"
        rf"\b(?:{_PERSON}|saya|kami)(?: saya| kami| nya| ku)? ditahan di\b"
        # held by the authorities is the deportation question, not this danger
        r"(?! (?:depo|detensi|imigrasi|penjara|rutan|lapas|tahanan|kantor polisi|polisi))",
    ),
    _p(
        C.CONFINEMENT,
        r"(?<!uang )(?<!duit )(?<!barang )(?<!paspor )(?<!dokumen )(?<!motor )"
        rf"\b{_PERSON}(?: saya| nya| ku)? dibawa (?:lari|kabur)",
    ),
    _p(C.MISSING, r"(?:nomor|nomer|handphone|whatsapp|wa)(?:nya| nya)? (?:tidak aktif|mati|off)", 1),
    _p(C.CONFINEMENT, rf"(?:nahan|menahan) {_PERSON}\b(?! (?:paspor|passport|ijazah|dokumen|gaji|ktp))"),
    # cut off from everyone: weak
    _p(
        C.CONFINEMENT,
        r"tidak (?:boleh|bisa|dibolehkan) (?:ngomong|bicara|berbicara|ketemu|bertemu|ngobrol) (?:sama|dengan)"
        r" (?:siapa|siapapun|orang|siapa siapa)|(?:not allowed to|can t|cannot) (?:talk"
        r"|speak) to (?:anyone|anybody)",
        1,
    ),
    # kept like an animal, made to sleep outside
    _p(
        C.VIOLENCE,
        r"(?:disuruh|dipaksa|suruh|nyuruh|menyuruh|maksa|memaksa)(?: saya| kami| \w+)? tidur di (?:\w+ )?"
        r"(?:kandang|luar|teras|kamar mandi|jalan|gudang)"
        r"|(?:makes|made|forces|forced) (?:saya|us|her|him|them) (?:to )?sleep (?:outside"
        r"|in the cold|in (?:a|the)"
        r" (?:cage|bathroom|toilet|storeroom))"
        r"|(?:keeping|keep|keeps|kept|locked) (?:saya|us|her|him|them) in (?:a|the) cage|dikurung di kandang",
    ),
    # robbed or extorted on the spot
    _p(C.RANSOM, r"diperas|dipalak|dirampok|extorted|robbed", 1),
    _p(
        C.CONFINEMENT,
        r"(?:pinjam|pakai) handphone (?:teman|orang)|diam diam|sembunyi sembunyi|secretly|in secret",
        1,
    ),
    _p(
        C.CONFINEMENT,
        r"(?<!paspor )(?<!passport )(?<!dokumen )(?<!ijazah )(?<!gaji )(?<!ktp )(?<!uang )(?<!barang )"
        rf"\b(?:{_PERSON}|saya|kami)(?: saya| kami| nya| ku)? ditahan {_PERPETRATOR}",
    ),
    _p(C.TRAFFICKING, r"(?:tidak ingin|menolak|nolak)\b.{0,15}\b(?:tapi|tetapi|tp|but) (?:di)?paksa"),
    # extortion on the spot: money demanded with a threat
    _p(
        C.RANSOM,
        r"(?:minta|meminta|diminta|mintain) (?:uang|duit|bayar)\b.{0,40}\b(?:kalau|if) (?:tidak|not|nggak)"
        r" (?:bayar|pay)|di tangan kami|siapkan (?:uang|duit|\d+)",
    ),
    # health emergencies: breathing, broken bones or injuries left untreated
    _p(
        C.MEDICAL,
        r"susah (?:napas|nafas|bernapas|bernafas)|tidak bisa (?:napas|nafas|bernapas|bernafas)"
        r"|can t breathe|cannot breathe|cant breathe"
        r"|(?:patah|luka|berdarah|sakit|demam|bengkak)\b.{0,40}\b(?:dibiarin|dibiarkan|tidak diobati"
        r"|tidak dirawat|tidak diurus|tetap kerja|disuruh kerja|nyuruh (?:tetap )?kerja|suruh kerja)",
    ),
    # suicidal thoughts
    _p(
        C.SUICIDAL,
        r"bunuh diri|(?:ingin|pengen|lebih baik|mending|mendingan)(?: saya)? mati|kill myself|kill saya self"
        r"|mengakhiri hidup|akhiri hidup|(?:end|ending|take|taking) (?:saya|her|his"
        r"|their) (?:own )?(?:life|lives)|bundir"
        r"|(?:akhiri|mengakhiri|ngakhirin) (?:semua|semuanya)"
        r"|gantung diri|minum racun|loncat dari|lompat dari|killing myself|hurt myself|end it all"
        r"|(?:minum|nelen|menelan|ngombe|nginum) (?:obat nyamuk|racun|baygon|pemutih|obat tidur|pil)"
        r"|biar (?:selesai|beres) (?:semua|semuanya)|mengakhiri semuanya|ngakhirin semuanya|surat wasiat"
        r"|tidak (?:ingin|mau) bangun lagi|(?:ingin|pengen) (?:nyusul|menyusul) (?:almarhum|almarhumah|alm)"
        r"|(?:want to|going to|gonna) end (?:it|this|everything)"
        r"|lebih baik saya (?:tidak ada|mati)|better off dead|can t go on|cannot go on|cant go on",
    ),
    _p(
        C.SUICIDAL,
        r"want to die|(?:tried|tries|try|trying|attempted) to kill (?:herself|himself|saya self|themselves)"
        r"|(?:mencoba|nyoba|coba) bunuh diri|suicide|suicidal|tidak (?:ingin|pengen) hidup"
        r"|capek hidup|lelah hidup|(?:capek|lelah|cape) (?:\w+ )?(?:sama|dengan) hidup"
        r"|(?<!jangan )(?<!tidak )(?:nyerah|menyerah|pasrah) (?:\w+ )?(?:sama|dengan|pada|dari) hidup"
        r"|give up on (?:life|living)"
        r"|(?:no|not any) (?:reason|point) (?:to live|in living)|better off dead"
        r"|(?:dont|don t|do not) want to (?:live|be alive)"
        r"|(?:tidak ada|tak ada) (?:gunanya|artinya|harapan) (?:lagi )?hidup"
        r"|hidup tidak ada (?:gunanya|artinya)",
    ),
    _p(
        C.SUICIDAL,
        r"tidak (?:kuat|sanggup|tahan) (?:lagi|hidup)|cant take it anymore|can t take it anymore",
        1,
    ),
    _p(
        C.SUICIDAL,
        # from a height or into water; "loncat ke perusahaan lain", "terjun ke dunia kerja" are job moves
        r"(?:ingin|akan|going to|gonna|want to|about to) (?:nyebur|terjun|loncat|lompat|jump)"
        r"(?= (?:dari|from|off|into|ke laut|ke sungai|ke bawah|saja)|$)"
        r"|nyebur (?:ke )?(?:laut|sungai|jurang)|terjun dari|jump (?:from|off) (?:the|a|saya)",
    ),
    # --- indirect wording, from the sets of issue 2's later rounds (dev7, dev8) ---
    # suicidal thoughts said softly: not waking up, joining the dead, vanishing, tired of living
    _p(
        C.SUICIDAL,
        r"(?:tidak usah|tidak perlu|tidak ingin|tidak mau) bangun(?: lagi)?|(?:ra|ora|tidak) tangi"
        r"|(?:nyusul|menyusul) (?:almarhum\w*|alm|bapak|ibu|ayah|emak|mamak|mbah|simbah|suami|istri)"
        r"|pergi (?:saja )?selamanya|go forever|(?:ingin|mending|mendingan|lebih baik) (?:saya )?"
        r"(?:ngilang|menghilang|hilang|lenyap|pergi) (?:saja )?(?:dari dunia|selamanya|pokoknya|saja$)"
        r"|hilang (?:saja )?dari dunia|(?:capek|cape|lelah|kesel|bosan|bosen) (?:urip|hidup)"
        r"|(?:nabrakin|nabrak|menabrakkan|nabrakkin|lempar) diri|takut (?:sama|dengan) diri (?:saya )?sendiri"
        r"|afraid of myself|(?:obat|cairan) (?:serangga|pembersih|nyamuk)|pembersih lantai|racun tikus"
        r"|(?:dont|don t|do not) want (?:to )?live|(?:ingin|pengen) (?:lompat|loncat|terjun)\b"
        r"(?! (?:ke|pindah|kerja|perusahaan|majikan|agen|pt|jalur))"
        r"|(?:berhenti|udahan|selesai) (?:saja )?dari semuanya",
    ),
    _p(
        C.SUICIDAL,
        r"titip (?:anak|anak anak|mereka|ibu|adik)|surat (?:buat|untuk) anak|(?:said|say|says) goodbye"
        r"|(?:kalau|if) (?:saya|dia|\w+) (?:besok )?(?:tidak ada|mati)(?= maaf| bilang| tolong| titip|$)"
        r"|jalan keluar satu satunya",
        1,
    ),
    # bleeding, collapse, a body failing now
    _p(
        C.MEDICAL,
        r"darah(?:nya)? (?:tidak|belum) (?:berhenti|mau berhenti)|berdarah (?:terus|lagi)"
        r"|(?:muntah|batuk|vomit|vomiting|cough|coughing) (?:darah|blood)|collapsed|tidak sadar|tak sedar"
        r"|(?:not|tidak|belum|never) (?:wake up|bangun bangun)|tulang(?:nya)? (?:keliatan|kelihatan)"
        r"|hamil\b.{0,40}\b(?:sakit|kenceng|kencang|pendarahan|darah|kontraksi)",
    ),
    _p(
        C.MEDICAL,
        # care refused in other words: "jgn ke rs", "no hospital", "jangan call ambulans"
        r"(?:jangan|jgn|tidak usah|no|not) (?:\w+ ){0,2}(?:ke )?(?:rs|rumah sakit|dokter|klinik|hospital"
        r"|doctor|ambulans|ambulance)\b|no money for (?:the )?doctor|(?:not|never) (?:take|bring) (?:saya|her"
        r"|him|us) (?:to )?(?:the )?hospital",
    ),
    _p(
        C.MEDICAL,
        r"ambulans|ambulance|stroke|melepuh|bernanah|nanah|infeksi|amputasi|diamputasi|patah tulang"
        r"|(?:kaki|tangan|leg|arm)(?:nya)? (?:patah|broken)|broken (?:leg|arm)|sesak"
        r"|(?:tidak|cannot|can t) (?:bisa )?(?:jalan|berdiri|walk|stand)",
        1,
    ),
    # stranded with nothing: dropped at an airport, a border or the roadside, thrown out at night
    _p(
        C.STRANDED,
        r"(?:ditinggal|ditinggalin|diturunin|diturunkan|left) (?:\w+ ){0,2}(?:di|at) (?:\w+ )?"
        r"(?:bandara|airport|perbatasan|border|pinggir jalan|jalan|terminal|pelabuhan)"
        r"|(?:throw|throws|threw) (?:saya|us|her|him) out|(?:dikeluarin|dikeluarkan|diusir|ngusir)\b"
        r".{0,30}\b(?:jam|malam|tengah malam|subuh)|tidur di (?:lantai |kursi )?(?:bandara|airport|halte"
        r"|jalan|emperan|terminal)",
        1,
    ),
    # a condition with a punishment: pay or be sold, moved, hurt; tell and your family pays
    _p(
        C.THREAT,
        r"(?:kalau|if) (?:saya |kami |keluarga |dia |\w+ )?(?:tidak|dont|don t|not|belum) (?:\w+ )?"
        r"(?:bayar|kirim|transfer|lunas|pay|send|nurut)\b.{0,60}\b(?:dijual|dipindah|dipindahkan|sell"
        r"|cut|kill|bunuh|dibunuh|jual|dioper|disiksa|post|disebar|didatangi|didatangin|work it off"
        r"|ditagih|kena|pukul|dipukul)"
        r"|(?:ingat|inget) (?:anak|keluarga|istri|ibu)(?:mu| kamu| mu)?\b|(?:duit|uang) atau (?:\w+ )?nyawa"
        r"|pulang (?:dalam|pakai|pake) peti|(?:foto|video)\b.{0,40}\b(?:disebar|disebarin|disebarkan"
        r"|sebar|post|posted|diupload|upload|viral)|(?:keluarga|anak)(?:ku|mu|nya| saya)? (?:yang )?"
        r"(?:kena|ditagih|didatangi|didatangin)\b|(?:kena|akan|bakal) tembak|ditembak|nembak|shoot"
        r"|(?:if|kalau) (?:saya|we|kami) (?:run|lari|kabur)\b.{0,30}\b(?:kill|bunuh|find|cari|kejar|tembak)"
        r"|(?:throw|buang|dibuang) (?:him|her|us|kami|saya|juga)\b",
    ),
    # handed over or sold to someone else
    _p(
        C.TRAFFICKING,
        r"dioper|dioperin|dioperkan|diserahin|diserahkan (?:ke|kepada) (?:orang|org) lain"
        r"|(?:sudah|udah|telah) dibeli|(?:sell|sold|selling) (?:saya|us|her|him|one of us)\b"
        r"(?! (?:a|an|the|fake|some|tickets?|visas?))"
        r"|(?:jual|dijual) (?:lagi|lg)",
    ),
    # taken away, moved tonight, out of contact after a last message
    _p(
        C.MOVED,
        r"(?:dipindah|dipindahkan|ditransfer|diangkut|digotong|moving|move|take|taking)\b.{0,30}"
        r"\b(?:malam ini|tonight|malam malam|another building|other country|tempat lain|kota lain)"
        r"|digotong|dipaksa masuk|forced (?:into|in) (?:a |the )?(?:car|van)",
    ),
    _p(
        C.MISSING,
        r"(?:pesan|pesen|chat|kabar|message|text) terakhir|terakhir (?:chat|pesan|pesen|kabar|nelp|telpon"
        r"|telepon|message|wa|vn)|last message|offline|centang satu|call ended|(?:sambungan|telpon|telepon)"
        r"(?:nya)? (?:diputus|putus)|kirim lokasi|share loc|share location|no contact|not answering",
        1,
    ),
    _p(
        C.MISSING,
        r"(?:if|kalau) (?:you )?(?:dont|don t|do not|tidak) (?:hear|dengar|denger|ada kabar)"
        r"|(?:kalau|if) (?:saya|dia) (?:besok )?(?:tidak|ga) (?:ada kabar|answer|jawab|balas)",
    ),
    # hiding: inside a wardrobe, locked in a bathroom
    _p(
        C.HUNTED,
        r"ngumpet|(?:di )?(?:dalam|dalem) lemari|(?:ngunci|mengunci|kunci) (?:diri|pintu) (?:di )?"
        r"(?:kamar mandi|toilet|wc)|i hid|hide",
        1,
    ),
    # at night in her room: the employer's son, the boss
    _p(
        C.SEXUAL_ABUSE,
        r"(?:masuk|datang|dtg|coming|comes|come|keeps coming) (?:\w+ ){0,2}(?:kamar|room)\b.{0,40}"
        r"\b(?:malam|night|tidur|sleep)|(?:didatangi|didatengin|didatangin) (?:\w+ ){0,2}(?:majikan|bos|boss)"
        r"|(?:majikan|bos|anak|cowo|cowok|laki laki|son)\b.{0,30}\b(?:buka baju|telanjang|undress)"
        r"|baju (?:saya )?(?:sudah )?(?:tidak|ga) lengkap|push saya to bed"
        r"|touch(?:ed|es)? saya\b(?! (?:hand|shoulder|arm|head|bag|phone|things))",
    ),
)

# Circumstances that make a danger sign worse (night, no papers, phone dying): they add strength to a
# danger already named, and never make a message urgent by themselves.
_AGGRAVATING: Final = re.compile(
    r"\b(?:tengah malam|malam ini|malam malam|dini hari|jam [0-4] pagi|at night|tonight|midnight"
    r"|takut (?:dia |terjadi )?(?:kenapa kenapa|apa apa)|worried sick"
    r"|tanpa (?:paspor|dokumen)|tidak (?:ada|punya|pegang) (?:paspor|dokumen)"
    r"|without (?:a )?passport"
    r"|no passport|sinyal (?:hilang|ilang|putus)|baterai|battery|kedinginan|dingin banget"
    r"|sendirian|alone|tiap malam|setiap malam|every night"
    r"|saya (?:am |m )?(?:takut|afraid|scared|ketakutan))\b"
)
# The writer speaking of themselves ("sy", "aku", "kami", and English "I/me/my", all normalised).
_VICTIM_RE: Final = re.compile(r"\b(?:saya|kami|us|we)\b")
_HELP: Final = re.compile(
    r"\b(?:tolong|tulung|tlg|tolongin|tulungi|tulungin|tulungen|tulungan|help|sos|darurat|emergency"
    r"|selamatkan|save saya|rescue|rescue saya|rescue us)\b"
)
# A message made only of these words, with a plea and a person, is a bare cry for help ("tolong sy",
# "help me please"): the details often follow in the next message. "darurat" alone is the hotline command.
_PLEAS: Final = frozenset({"tolong", "tulung", "tlg", "tolongin", "tulungin", "help", "selamatkan", "save"})
_PLEA_WORDS: Final = _PLEAS | frozenset(
    {"sos", "darurat", "emergency", "saya", "kami", "us", "we", "please", "pls", "plis", "plz", "kak"}
    | {"kakak", "min", "admin", "pak", "bapak", "bu", "ibu", "mas", "mbak", "segera", "cepat", "dong", "ya"}
)
# "ke mana bisa minta tolong" asks where help is, it does not plead for it.
_HELP_ABOUT: Final = re.compile(
    r"\b(?:bisa|dapat|harus|cara|tempat|ke mana|kemana|siapa|where to|where can \w+|who can)"
    r" (?:minta |meminta |ask for |get |find )?(?:tolong|bantuan|help)\b"
    r"|\b(?:can|could) \w+ (?:get|find|ask for) help\b"
)
# Phrasings that ask *about* a topic in general: they lower the signal unless a person is named as victim.
_TOPIC: Final = re.compile(
    r"\b(?:apa itu|apakah|ciri|(?<!ruang )hukuman|hukumnya|proses|prosedur|bagaimana (?:tahunya"
    r"|taunya|cara tahu)"
    r"|how (?:do i|to) know|dihukum|sanksi|contoh|contohnya|mencegah|cegah|menghindari|hindari|avoid"
    r"|diatur|termasuk|bedanya|konsekuensi|pasal|undang undang|uu|pidana|dipidana"
    r"|what is|what are|how to|how do|how can|is it|legal|boleh tidak|apa yang harus|tindakan apa"
    r"|ke mana lapor|kemana lapor|dengar|denger|benar tidak|bener tidak|itu benar|itu bener"
    r"|pencegahan|program|modus|modusnya|kok bisa|menurut hukum|bantuan apa|hak apa|hak hak)\b"
    r"|\bis (?:that|this|it) (?:allowed|legal|normal|ok|trafficking|tppo|a crime|illegal|abuse)\b"
    r"|\b(?:dosa|haram|(?<!kenapa )kenapa(?! kenapa)|mengapa|why|boleh (?:begitu|gitu)|wajar|normal)\b"
    # asking whether a route is safe: "lewat jalan tikus bahaya ga", "is it safe to go by boat"
    r"|\b(?:(?:ber)?bahaya|aman) (?:tidak|atau tidak)$"
    r"|\b(?:risiko|resiko|risikonya|resikonya|is it (?:safe|risky|dangerous))\b"
    # a generic subject: "tkw yang disiksa", "banyak pmi yang bunuh diri"
    r"|\b(?:banyak|para|tkw|tki|pmi|pekerja|wni|buruh) yang\b"
    r"|\bbanyak (?:tkw|tki|pmi|pekerja|wni|buruh|orang|abk|perempuan|wanita) (?=di[a-z]{3,})"
    r"|\bcan (?:saya|they|an|the) (?:employer|agency|boss|agent|majikan|p3mi)\b"
    r"|\bboleh\b.*\btidak$"
)
# Asking for school work, a story, training or statistics: never a report of danger happening now.
_META: Final = re.compile(
    r"\b(?:skripsi|tugas (?:sekolah|kuliah)|makalah|penelitian|riset|novel|cerpen|naskah|pelatihan|relawan"
    r"|sosialisasi|persiapan|jaga jaga|biar (?:saya )?siap|(?:cuma |hanya )?(?:nanya|tanya"
    r"|bertanya) (?:aja|saja)"
    r"|apa arti|apa artinya|arti kata|artinya apa|definisi|istilah|konteks|beda|bedanya|perbedaan|statistik"
    r"|how many"
    r"|angka|jumlah kasus|persentase|statistics|berapa (?:jumlah|persen|kasus)"
    r"|berapa banyak"
    r"|dalam hukum|secara hukum|for (?:a|my) (?:school|class|thesis|research|story|novel))\b"
    # a joke: "gw dibunuh emak klo ga lulus wkwk", "we will kill it this season lol"
    r"|\b(?:wkwk\w*|haha\w*|hehe\w*|ngakak|becanda|bercanda|lol|lmao)\b"
    # how to recognise the signs: "tanda tanda anak mau dijual, gimana ngeliatnya"
    r"|\b(?:tanda|tandanya|ciri|cirinya|ciri2nya|signs?)\b.*\b(?:bagaimana|cara|gimana|how)"
    r" (?:melihat|ngeliat|mengenali|ngenalin|membedakan|bedain|tahu|to tell|to spot|to recognise"
    r"|to recognize)(?:nya)?\b"
)
# Phrasings about a hypothetical, about danger that is over, or about news and posts read elsewhere:
# not happening now to the writer.
# The writer says it is fine after all ("tapi tidak diapa2in", "alhamdulillah gpp", "cuma curhat"): the rules
# read such wording, the learned model does not, so it is held to its higher bar.
_REASSURED: Final = re.compile(
    r"\b(?:gpp|tidak papa|tidak apa apa|alhamdulillah|seneng|senang|baik baik saja|baikan|curhat|doang"
    r"|tidak (?:diapa\w*|kenapa kenapa))\b"
)
_NOT_NOW: Final = re.compile(
    r"\b(?:ever|what should|told saya about|heard about|cerita tentang|dengar tentang"
    r"|bagaimana (?:jika|kalau)|seandainya|andaikan|misalnya|sudah pulang|sudah bebas"
    r"|sudah selamat|sudah aman|sudah di rumah|sudah di indonesia|sudah di kampung"
    r"|berita|film|baca|viral|rame|ramai|twitter"
    r"|(?:is|s|are|re) (?:home|safe|back) now|already home|rescued|banyak (?:\w+ )?yang"
    r"|(?:kalau|jika|bila|apabila) (?:nanti|suatu saat|suatu hari|ada (?:yang|orang|teman|warga|pmi|tkw)))\b"
    # "kalo malem sy dikunci" is a habit ("when"), not a hypothetical
    r"|^(?:kalau|jika|bila|apabila|misal|what if|in case)\b"
    r"(?! (?:saya |kami )?(?:tidak|nolak|menolak|masih|malam|pagi|siang|sore|tiap|setiap))"
)
# The past ("pernah", "dulu") counts as over unless the message says it is happening now as well.
_PAST: Final = re.compile(
    # "dulu" after a verb or amount means "first" ("bayar 20 juta dulu baru boleh pulang")
    r"\b(?:(?<!tidak )(?<!belum )pernah|(?:^|(?<=saya )|(?<=kami )|(?<=pernah )|(?<=waktu ))dulu"
    r"|dulu (?:pernah|waktu|saya|kami|sempat)|tahun lalu|bulan lalu|waktu itu|last (?:year|month"
    r"|week)|years ago|months ago"
    r"|back then|used to)\b"
)
_STILL: Final = re.compile(r"\b(?:sekarang|masih|saat ini|now|still|currently)\b")
_RECENT: Final = re.compile(
    r"\b(?:kemarin|tadi|barusan|semalam|hari ini|baru ini|minggu ini|yesterday|last night|this morning|today"
    r"|tapi|tetapi|tp|but)\b"
)
# "if" asks a hypothetical, except in reported threats ("they said if I tell anyone they will kill me").
_IF: Final = re.compile(r"\bif\b")
_REPORTED_IF: Final = re.compile(r"\b(?:said|says|told|tell|threaten\w*|warned)\b[^.]{0,30}\bif\b")
# "kalau disiksa majikan lapor ke mana" asks about a hypothetical: the condition is the danger itself, right
# before it. "kalau nolak dipukul" is a threat: the condition is the writer refusing, the danger follows.
_CONDITION_BEFORE: Final = re.compile(r"\b(?:kalau|jika|bila|apabila|seandainya|andai|if)((?: \w+)?) ?$")
_CONDITION_SUBJECTS: Final = frozenset(
    {"saya", "kami", "kita", "dia", "mereka", "pekerja", "pmi", "tkw", "tki", "teman", "anak", "majikan"}
    | {"agensi", "calo", "orang", "seseorang", "someone", "she", "he", "they", "we", "you", "ada"}
)
_REFUSAL: Final = frozenset(
    {
        "malam",
        "pagi",
        "siang",
        "sore",
        "tiap",
        "setiap",
        "tidak",
        "nolak",
        "menolak",
        "masih",
        "coba",
        "berani",
        "lapor",
        "kabur",
        "melawan",
        "try",
        "refuse",
        "don",
        "dont",
        "not",
        "tell",
        "run",
    }
)

# Every word the patterns use is left as typed; unknown words of 6+ letters close to one are spelled back.
_PATTERN_WORDS: Final = frozenset(
    word
    for regex in (*(pattern.regex for pattern in _PATTERNS), _HELP, _TOPIC, _NOT_NOW, _PAST)
    for word in re.findall(r"[a-z]{2,}", regex.pattern)
)
_LEXICON: Final = sorted(word for word in _PATTERN_WORDS if len(word) >= 6)
_TYPO_CUTOFF: Final = 88.0
# Everyday words one or two letters away from a danger word, seen in real questions: never "corrected".
_CONFUSABLES: Final = frozenset(
    {
        "dibayar",
        "diperiksa",
        "pemeriksaan",
        "dibaca",
        "dibebankan",
        "tentang",
        "kontrak",
        "contract",
        "looking",
        "korean",
        "bahasa",
        "adakan",
        "mantan",
        "nyekel",
        "dicekel",
        "rendang",
        "kilang",
        "sistem",
        "sending",
        "gather",
        "formal",
        "selama",
        "cerita",
        "menang",
        "penang",
        "disana",
        "gimana",
        "bilang",
        "jangan",
        "tangan",
        "dipikul",
        "dipakai",
        "ditanya",
        "dibantu",
        "dibawa",
        "dicari",
        "diajak",
        "diambil",
        "dikirim",
        "disitu",
        "ditahan",
        "dikasih",
        "dilepas",
        "dipanggil",
        "dipotong",
        "dijemput",
        "mereka",
        "ngulang",
        "ngajarin",
        "prosedural",
        "shouldn",
        "membayar",
        "dibayarkan",
        "membaca",
        "membeli",
        "penjara",
        "kadang",
        "tangani",
        "berangkatin",
        "menjaga",
        "tahapan",
        "disappear",
        "worker",
    }
)


@dataclass(frozen=True, slots=True)
class TriageResult:
    urgent: bool
    categories: tuple[DangerCategory, ...]
    asks_for_help: bool
    about_topic: bool


def _happening_now(normalized: str) -> bool:
    """A strong danger predicate after "sekarang" / "masih" ("dulu dijanjikan kerja, sekarang dikurung"), or
    after something recent or a contrast that follows the last past marker ("berangkat 2 bulan lalu,
    kemarin dia bilang dikunci"): the past is about something else."""
    now = _STILL.search(normalized)
    pasts = list(_PAST.finditer(normalized))
    recent = _RECENT.search(normalized, pasts[-1].end()) if pasts else None
    starts = [found.end() for found in (now, recent) if found is not None]
    if not starts:
        return False
    after = normalized[min(starts) :]
    return any(pattern.strength >= 2 and pattern.regex.search(after) for pattern in _PATTERNS)


def _weight(normalized: str, match: re.Match[str], pattern: _Pattern) -> int:
    """How much one danger sign counts, from the words right before it: nothing when denied ("ga pernah
    mukul"), weak when only feared or possible ("takut dijual", "bisa dipenjara") unless it happened before
    ("takut dipukul lagi")."""
    before = normalized[: match.start()].rstrip()
    span = match.group()
    # "majikan ... ga pernah mukul": the denial sits inside a perpetrator-and-verb match
    denied_act = pattern.category in _ACTS and not span.startswith(_DENIED) and _DENIED_VERB.search(span)
    if before.endswith(_DENIED) or denied_act:
        return 0
    strength = pattern.strength
    again = normalized[match.end() :].lstrip().startswith(("lagi", "terus", "again"))
    if _POSSIBLE.search(before) and not again:
        return min(strength, 1)
    return strength


_DENIED: Final = (
    "tidak pernah",
    "belum pernah",
    "never",
    "tidak",
    "bukan",
    "not",
    "never been",
    "wasn t",
    "dilarang",
)
_ACTS: Final = frozenset({DangerCategory.VIOLENCE, DangerCategory.SEXUAL_ABUSE})
_DENIED_VERB: Final = re.compile(
    r"\b(?:tidak pernah|belum pernah|never|tidak|not|dilarang|tidak boleh|tidak berhak|not allowed to"
    # Javanese "ora tau" / "ora nate" (never), normalised to "tidak tahu" / "tidak nate"
    r"|forbidden to|tidak tahu|tidak nate) \S+$"
)
# Only feared or possible, also with a subject and a future between: "khawatir saya bakal disiksa".
_POSSIBLE: Final = re.compile(
    r"\b(?:takut|khawatir|cemas|afraid of|scared of|worried|bisa|mungkin|could be|can be)"
    r"(?: (?:saya|dia|kami|anak saya|nanti))?(?: (?:bakal|akan|nanti|bisa|will|might|would))?(?: be)?$"
)


def _conditional(before_first_sign: str) -> bool:
    """The first danger sign is asked about as a hypothetical ("if" before it, or "kalau" right before it,
    at most with its subject between: "kalau saya dipukul"). "kalau ngantuk disiram air" is a habit."""
    near = _CONDITION_BEFORE.search(before_first_sign)
    if near is not None and set(near.group(1).split()) <= _CONDITION_SUBJECTS:
        return True
    return bool(_IF.search(before_first_sign)) and not _REPORTED_IF.search(before_first_sign)


def _join_passives(tokens: list[str], spell: Callable[[str], str]) -> list[str]:
    """ "di pukul" -> "dipukul": the passive prefix is often typed apart (Javanese "dipun siksa" too)."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        candidate = spell(f"di{following}") if following else ""
        # A typo is only mended in a short root ("di pkul"); a longer one is a real word ("di taiwan").
        exact_or_short = candidate == f"di{following}" or len(following) <= 5
        if token in ("di", "d", "dipun") and candidate in _PATTERN_WORDS and exact_or_short:
            joined.append(candidate)
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


class UrgencyDetector:
    """Pure and cheap: one instance can be shared by every handler."""

    def __init__(
        self, real_words: Iterable[str] = (), model: UrgencyModel | _Shipped | None = _Shipped.MODEL
    ) -> None:
        """`real_words`: extra words known to be spelt right (never "corrected" to a danger word).
        `model`: the learned second opinion (default: the shipped one; None: the rules alone)."""
        self._normalizer = Normalizer()
        self._model = shipped_model() if model is _Shipped.MODEL else model
        self._real_words = _CONFUSABLES | frozenset(real_words)
        self._cache: dict[str, str] = {}

    def is_urgent(self, text: str) -> bool:
        return self.assess(text).urgent

    def reasons(self, text: str) -> tuple[str, ...]:
        """Danger categories found (for logging without the message text)."""
        return tuple(category.value for category in self.assess(text).categories)

    def assess(self, text: str) -> TriageResult:
        plain_tokens = self._normalizer.tokens(text)
        tokens = _join_passives(plain_tokens, self._spell_joined)
        normalized = " ".join(self._spell(token) for token in tokens)
        strength = asked_strength = 0
        categories: list[DangerCategory] = []
        first_sign = len(normalized)
        sign_starts: set[int] = set()
        for pattern in _PATTERNS:
            found = [
                (match, weight)
                for match in pattern.regex.finditer(normalized)
                if (weight := _weight(normalized, match, pattern)) > 0
            ][:2]
            if found:
                first_sign = min(first_sign, found[0][0].start())
                sign_starts.update(match.start() for match, _ in found)
                # Two different weak signs ("hp disita", "ga bisa hubungi keluarga") add up to a strong one.
                strength += sum(weight for _, weight in found)
                asked_strength += sum(min(weight, pattern.asked) for _, weight in found)
                if pattern.category not in categories:
                    categories.append(pattern.category)
        if categories:
            # The writer's fear of the sign itself ("saya takut dijual") is what made it weak, not more.
            aggravating = [
                found
                for found in _AGGRAVATING.finditer(normalized)
                if not (found.group().startswith("saya") and found.end() + 1 in sign_starts)
            ]
            strength += min(len(aggravating), 2)
        asks_for_help = bool(_HELP.search(_HELP_ABOUT.sub(" ", normalized)))
        names_person = bool(_VICTIM_RE.search(normalized))
        not_now = (
            bool(_NOT_NOW.search(normalized))
            or (bool(_PAST.search(normalized)) and not _happening_now(normalized))
            or _conditional(normalized[:first_sign])
        )
        about_topic = not_now or bool(_TOPIC.search(normalized))
        words = normalized.split()
        bare_plea = bool(_PLEAS.intersection(words)) and names_person and set(words) <= _PLEA_WORDS
        meta = bool(_META.search(normalized))
        if not categories and bare_plea:
            categories.append(DangerCategory.PLEA)
            urgent = True
        elif not categories or meta:
            urgent = False
        elif not_now:
            urgent = asks_for_help and asked_strength >= 2
        elif about_topic:
            # "sy dikurung majikan, apakah bisa dibantu?" is a victim asking; "apa itu disekap" is not.
            urgent = asked_strength >= 2 and (asks_for_help or names_person)
        else:
            # A weak sign ("luka", "ga bisa pulang") counts only as a plea about someone: "tolong sy ...".
            urgent = strength >= 2 or (asks_for_help and names_person)
        # the model reads the text as the matcher does, without the danger-lexicon spelling above
        hedged = about_topic or bool(_REASSURED.search(normalized))
        if not urgent and not meta and self._learned_urgent(" ".join(plain_tokens), hedged):
            urgent = True
            categories.append(DangerCategory.LEARNED)
        return TriageResult(urgent, tuple(categories), asks_for_help, about_topic)

    def _learned_urgent(self, plain: str, hedged: bool) -> bool:
        """The model's opinion, held to a higher bar when the wording says the message asks about the topic,
        the past or an "if", or that all is well (wording the rules read well and the model does not)."""
        if self._model is None:
            return False
        threshold = self._model.topic_threshold if hedged else self._model.threshold
        return self._model.probability(plain) >= threshold

    def _spell_joined(self, token: str) -> str:
        """Like `_spell` for a prefix typed apart ("di pkul"), without the one-letter rule: "di teras" (on the
        terrace) must not become "diperas"."""
        if token in _PATTERN_WORDS or len(token) < 6:
            return token
        found = process.extractOne(token, _LEXICON, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF)
        return str(found[0]) if found is not None and str(found[0])[0] == token[0] else token

    def _spell(self, token: str) -> str:
        """The danger word a long unknown word is a typo of ("dikunvi" -> "dikunci"), else the word itself."""
        if len(token) < 6 or token in _PATTERN_WORDS or token in self._real_words:
            return token
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        found = process.extractOne(token, _LEXICON, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF)
        if found is None and len(token) >= 7:  # one wrong letter in a long word scores under the ratio cutoff
            found = process.extractOne(token, _LEXICON, scorer=Levenshtein.distance, score_cutoff=1)
        # Typos keep the first letter; real words that happen to be close often do not ("bilang", "hilang").
        spelled = str(found[0]) if found is not None and str(found[0])[0] == token[0] else token
        if len(self._cache) < 20_000:  # bounded: tokens come from user text
            self._cache[token] = spelled
        return spelled
