"""Fragments the rules share: who a message may be about, who does harm, and how it is done."""

from __future__ import annotations

from typing import Final

# People a message may be about: the writer or family (English "me/my/I" are already "saya").
PERSON: Final = (
    r"(?:saya|kami|anak|istri|suami|adik|kakak|ibu|bapak|teman|saudara|keluarga|ponakan|keponakan)"
)
PERPETRATOR: Final = (
    r"(?:majikan|bos|agen|agensi|mandor|madam|sponsor|calo|tekong|p3mi|pt|kapten|boss|employer|agent|nyonya"
    r"|tuan|mami|preman|sopir|juragan|dunungan)"
    # with an enclitic: "majikanku", "bose", "dunungan abdi" is covered by the gap after the perpetrator
    r"(?:ku|nya|ne|e|mu)?"
)
ACTIVE_VIOLENCE: Final = (
    r"(?:mukul|mukulin|memukul|memukuli|nyiksa|menyiksa|cekik|tampar|tendang|jambak|gampar|siksa"
    r"|aniaya|nampar|menampar|nendang|menendang|nonjok|menganiaya"
    r"|ngunci|mengunci|nyekap|menyekap|ngurung|mengurung|nyetrum|nyakitin|menyakiti|melecehkan|memperkosa"
    # "nyiram" and "nyetrika" only with a person after them (VIOLENCE rule "doused_or_ironed"): after an
    # employer they are chores ("majikan nyuruh nyetrika ulang", "nyiram tanaman")
    r"|nyundut|menyundut|ngebakar|membakar"
    r"|nyekek|nyekik|cekek|mencekik|nampol|nabok|nonjok"
    # Javanese and Sundanese active forms
    r"|nggebugi|nggebuki|nggebug|nggebuk|ngantemi|ngantem|nggepuk|nggepuki|neunggeul|nampiling|nyabok"
    r"|mentung)"
    # the colloquial "-in" and standard "-i"/"-kan" suffixes on any of them: "ngunciin", "nyiksain"
    r"(?:in|i|kan)?"
)
ACTIVE_SEXUAL: Final = (
    r"(?:grepe|grepe grepe|gerepe|pegang pegang|megang megang|memegang megang|memegang memegang"
    r"|raba raba|ngeraba|ngeraba raba|meraba|meraba raba|menggerayangi|gerayangi|grepein|nyium"
    r"|menciumi|cium cium|ngelecehin|ngelecehkan|lecehin|nelanjangin|menelanjangi)(?:in|i|kan)?"
)
TOUCH: Final = (
    r"(?:menyentuh|nyentuh|sentuh|memegang|megang|pegang|meremas|remas|ngeremes|meraba|raba|nyium|mencium)"
)
INTIMATE: Final = (
    r"(?:payudara|dada|pantat|bokong|paha|kemaluan|alat vital|bibir|breasts?|chest|private parts?)"
)
ABUSE_VICTIM: Final = r"korban (?:pelecehan|perkosaan|pemerkosaan|kekerasan seksual|kekerasan|penganiayaan)"
# Going home or out for a holiday or abroad is not confinement: "ga boleh pulang kampung pas lebaran".
# a holiday refused is leave, a labour question: "tak boleh balik raya", "tidak boleh pulang imlek"
NOT_CONFINED: Final = (
    r"(?! negeri| nergi| kampung| lebaran| mudik| cuti| liburan| natal| tahun baru| raya| hari raya| imlek"
    r"| idul fitri| aidilfitri| holiday)"
)
ONGOING: Final = r"(?:masih|sekarang|saat ini|tiap hari|setiap hari|terus menerus)"
WEAPON: Final = r"(?:pisau|parang|golok|celurit|arit|sajam|senjata|pistol|senapan|knife|gun|machete|weapon)"
# A broker or agency out of reach is a fraud, not a person missing: "calonya tidak bisa dihubungi",
# "agensinya sudah tidak bisa dihubungi".
_BROKERS: Final = ("calo", "sponsor", "agen", "agensi", "pt", "perusahaan", "kantor", "tekong", "p3mi", "lpk")
NOT_A_BROKER: Final = "".join(
    f"(?<!{word}{suffix} {filler})"
    for word in _BROKERS
    for suffix in ("", "nya")
    for filler in ("", "sudah ", "juga ", "sekarang ")
)

# Danger and person words of the regional languages, read as the Indonesian word the rules know (the learned
# model's features read them so too). Sundanese, Madurese (apostrophes fall away: "tako'" -> "tako"),
# Javanese ngoko/krama, Minang, Banjar and Betawi forms.
REGIONAL: Final = {
    # beaten, hit, kicked
    "digebug": "dipukul",
    "digebugan": "dipukuli",
    "digebugi": "dipukuli",
    "digebuki": "dipukuli",
    "digebukin": "dipukuli",
    "ditampiling": "ditampar",
    "ditampilingan": "ditampar",
    "dipeupeuh": "dipukul",
    "dipeupeuhan": "dipukuli",
    "ditajong": "ditendang",
    "ditajongan": "ditendang",
    "diantemi": "dipukuli",
    "dipenthung": "dipukul",
    "ditabok": "ditampar",
    "ditaboki": "ditampar",
    "dipukua": "dipukul",
    "mokol": "memukul",
    "mokolan": "memukuli",
    "ekapokol": "dipukul",
    "epokol": "dipukul",
    "epokolan": "dipukuli",
    "esessa": "disiksa",
    # locked in
    "dikonci": "dikunci",
    "dikoncian": "dikunci",
    "ekonce": "dikunci",
    "ekoncee": "dikunci",
    "dikonciin": "dikunci",
    # food
    "dahar": "makan",
    "didahar": "makan",
    "dibere": "dikasih",
    "diparingi": "dikasih",
    "maem": "makan",
    "mangan": "makan",
    "madhang": "makan",
    "ngakan": "makan",
    "ekasih": "dikasih",
    "eberri": "dikasih",
    # blood, vomiting, sick
    "getih": "darah",
    "utah": "muntah",
    "ngutah": "muntah",
    "mutah": "muntah",
    # afraid, die
    "tako": "takut",
    "takuik": "takut",
    "paeh": "mati",
    "mate": "mati",
    "maot": "meninggal",
    "modar": "mati",
    # knife, weapon
    "peso": "pisau",
    "lading": "pisau",
    "bedog": "golok",
    "tiyang": "orang",
    # night, tomorrow, today
    "wengi": "malam",
    "bengi": "malam",
    "malem": "malam",
    "isukan": "besok",
    "enjing": "besok",
    "sesok": "besok",
    "ngetok": "mengetuk",
    "ngetuk": "mengetuk",
    "panto": "pintu",
    # people and places
    "sengko": "saya",
    "engko": "saya",
    "kaula": "saya",
    "ambo": "saya",
    "ulun": "saya",
    "eyalak": "diambil",
    "ealak": "diambil",
    "dicandak": "diambil",
    "saben": "setiap",
    "unggal": "setiap",
    "dinten": "hari",
    "poe": "hari",
    "kada": "tidak",
    # the hedges' words: a worry ahead or a rumour asked about ("sieun engke di ditu dikonci", "naha leres")
    "engke": "nanti",
    "mengko": "nanti",
    "ditu": "sana",
    "kono": "sana",
    "naha": "apakah",
    "kumaha": "bagaimana",
    "payun": "depan",
    "taun": "tahun",
    "moal": "tidak",
    "dikawinkeun": "dikawinkan",
    "kawinna": "kawin",
    "dipeksa": "dipaksa",
    "artos": "uang",
    "ngirim": "kirim",
    "hartosna": "artinya",
    "hartina": "artinya",
    "pembantuna": "pembantunya",
    "saacanna": "sebelumnya",
    "bade": "akan",
    "dipaksakeun": "dipaksa",
    "rabi": "nikah",
    "nikahna": "nikah",
    "nyebat": "bilang",
    "dulurna": "saudaranya",
    # Acehnese: "lon kena kurong le tauke, hana meubri pajoh dua uroe" ("hana" is also a name: read in the
    # rules only beside the verbs below, never spelled as a negation)
    "lon": "saya",
    "kurong": "kurung",
    "pajoh": "makan",
    "saket": "sakit",
    "meubri": "memberi",
    "uroe": "hari",
    "lam": "dalam",
    "handapeun": "bawah",
    "nyimpen": "simpan",
    "dinikahkeun": "dinikahkan",
}
