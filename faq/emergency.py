"""What to say to someone in danger: numbers that work where the person in danger is, composed as HTML.

Pure: the handler finds the country (message, memory, open case, shared location) and who is writing, then
asks for the full block or the one-line reminder. A number is only ever promised when it is shown; a mission
without a known hotline points to the foreign ministry's 24-hour line instead.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from faq.destinations import Destination, Destinations, Line, Mission, Number
from faq.missions import mission_line
from faq.model import Language


class Writer(StrEnum):
    """Who writes: the person in danger, or family at home writing about her."""

    SELF = "self"
    FAMILY = "family"


class Action(StrEnum):
    """Buttons under a reply; the handler turns them into callback data."""

    REPORT = "report"  # start an urgent report (or message the officer of an open urgent case)
    TALK = "talk"  # the same, worded as "talk to a person" for suicidal thoughts
    ABROAD = "abroad"  # "Di luar negeri": choose the country for its numbers


@dataclass(frozen=True, slots=True)
class HomeLines:
    """Indonesian numbers from config (`hotlines`)."""

    police: str
    kp2mi: str
    kp2mi_abroad: str
    kp2mi_whatsapp: str
    sapa: str
    sapa_whatsapp: str
    kemlu: str
    safe_travel: str = ""  # Kemlu's Safe Travel: every mission's contacts, for a country the table lacks


@dataclass(frozen=True, slots=True)
class Situation:
    lang: Language
    destination: Destination | None  # where the person in danger is; None when unknown (or in Indonesia)
    writer: Writer = Writer.SELF
    suicidal: bool = False
    in_indonesia: bool = False  # known to be at home (a location in Indonesia): no "Di luar negeri" choice
    near: str = ""  # what she wrote about where she is: a city puts the nearest consulate first
    act_under_way: bool = False  # at a window, pills ready, cutting: police/ambulance come before all else
    elsewhere: str = ""  # the name of a country she is in that the table has no numbers for ("Polandia")
    at_sea: bool = False  # a crew member on a ship (ABK): no police comes on board; the country is the flag's
    scam_compound: bool = False  # held in a scam compound: the mission first, local police only after escape
    ransom: bool = False  # money asked for her release: not to be paid before Kemlu or the mission know
    injured: bool = False  # hurt or ill: the one-line reminder names the ambulance too
    ran_away: bool = False  # already out of the employer's house: the mission takes her in
    what_to_do: bool = False  # family asks "sy hrs gmn": steps to take from home, not only the numbers


@dataclass(frozen=True, slots=True)
class Reply:
    html: str
    actions: tuple[Action, ...]


_FAMILY_MEMBER: Final = (
    r"(?:anak|adik|adek|ade|adikku|anakku|istri|isteri|istriku|bini|suami|suamiku|kakak|kaka|mbak|mbakyu|"
    r"abang|ibu|ibuku|emak|mamak|mama|mamah|bapak|ayah|bapakku|keponakan|ponakan|sepupu|saudara|sodara|"
    r"sodaraku|tante|bibi|paman|om|cucu|bojoku|bojo|menantu|ipar|pamajikan|salaki)"  # Sundanese wife, husband
)
_OWNER: Final = r"(?:saya|sy|aku|ak|ku|gue|gw|gua|q|kami|kita|kulo|kula|abdi)"
_FAMILY: Final = re.compile(
    rf"\b{_FAMILY_MEMBER}\s*(?:{_OWNER})\b"
    r"|\b(?:anakku|adikku|istriku|suamiku|bojoku|ibuku|bapakku|sodaraku|adiku|kakakku)\b"
    r"|\bmy\s+(?:sister|daughter|wife|mother|mom|mum|brother|son|husband|cousin|niece|nephew|aunt|"
    r"sister-in-law|daughter-in-law|child|kid|family)\b",
    re.IGNORECASE,
)


# The writer is the one in danger: "sy dikunci", "aku dipukul", "sy gk boleh keluar", "i am locked". A plea
# ("tolong sy", "help me") is no sign: a mother writes it about her daughter too.
_SELF_HARMED: Final = re.compile(
    rf"(?:\b(?P<relative>{_FAMILY_MEMBER})\s+)?\b{_OWNER}\s+"
    r"(?:(?:udah|udh|sudah|sdh|lagi|lg|sedang|masih|msh|jg|juga|skrg|sekarang|td|tadi|mau|mo|bakal|akan)\s+)?"
    r"(?:di(?:kunci|kurung|sekap|pukul\w*|gebuk\w*|hajar|siksa|aniaya|tampar|tendang|tahan|jual|ancam"
    r"|perkosa|lecehkan|paksa|setrum|setrika|ikat|iket|kejar|cekik|usir|buang|bawa|pindah\w*|kurung\w*"
    r"|kunci\w*|sita)"
    r"|(?:gk|ga|gak|nggak|ngga|tidak|tdk|g|ra|ora)\s+(?:boleh|blh|bisa|bs|iso|oleh|dikasih|dikasi)\s+(?:keluar|kluar|metu|pulang|makan|mangan|telp|telpon|nelpon)"
    # "sy gk bisa nelpon ke luar negri": a mother at home who cannot ring abroad, not a worker kept from it
    r"(?!\s+(?:ke\s*)?(?:luar\s*neg|ln\b|sana\b|anak|adik|adek|dia\b)))"
    r"|\b(?:i\s*am|i'm|im)\s+(?:being\s+)?"
    r"(?:locked|beaten|held|trapped|kept|hit|abused|hurt|sold|not allowed)"
    r"|\b(?:locks|locked|beats|beat|hits|hit|hurts|keeps|kept|holds|held|sold)\s+me\b",
    re.IGNORECASE,
)
# Reported speech: the family passing on what she said ("dia wa", "katanya", "she texted").
_REPORTED: Final = re.compile(
    r"\b(?:dia|beliau|doi|she|he)\s+(?:\w+\s+)?(?:wa|whatsapp|nelp\w*|telp\w*|sms|chat|ngabarin|kabarin|bilang"
    r"|cerita|kirim|texted|called|said|told|messaged)\b",
    re.IGNORECASE,
)
# "katanya" is also what the employer or agency said in her own story: it makes FAMILY only without her harm.
_HEARSAY: Final = re.compile(r"\bkatanya\b", re.IGNORECASE)


# "mbak", "kak", "mas" opening a message (a line of a kept story) address the reader: "mbak aku
# dilecehkan" is her own harm.
_VOCATIVE: Final = re.compile(
    r"^[^\w\n]*(?:mbak|mba|kak|ka|mas|bang|sis|min)\b[ \t,.!]*", re.IGNORECASE | re.MULTILINE
)


# Her own wish to die or her own means made ready, said in the first person: "aku pengen mati aja", "wis ora
# kuat aku", "anakku lebih baik tanpa aku", "obatnya udah aku kumpulin". A child named there is the reason,
# not the one in danger; the writer is. Not when passed on ("katanya", "dia bilang", a quote): the sister
# then repeats what her sister wrote.
_OWN_DESPAIR: Final = re.compile(
    rf"(?:^|[.!?,;]\s*|\b{_OWNER}\s+(?:\w+\s+){{0,3}})(?:(?:udah|udh|sudah|sdh|wis|wes|jadi|rasanya)\s+)?"
    r"(?:pengen|pingin|pengin|kepengen|kepingin|ingin|mau|mo|arep|hayang)\s+"
    r"(?:(?:\w+\s+)?(?:mati(?!\s+(?:lampu|listrik|aja\s+hp))|bunuh\s+diri|mengakhiri\s+hidup|modar)"
    r"|(?:turu|tidur|bobo)\s+(?:\w+\s+)?(?:ra|ora|gak|ga|tidak|nggak)\s+(?:tangi|bangun)"
    r"|(?:turu|tidur|bobo)\s+(?:yg|yang|sing)\s+(?:lama|suwe|lami|selamanya))\b"
    rf"|\b(?:lebih|lbh|luwih)\s+(?:baik|bahagia|tenang|apik|seneng)\s+tanpa\s+{_OWNER}\b"
    rf"|\b(?:lebih|lbh|luwih|mending|mendingan)\s+(?:baik\s+|apik\s+)?{_OWNER}\s+(?:\w+\s+)?"
    r"(?:gk|ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|ra|ora)\s+(?:ada|usah\s+ada|hidup|idup|urip)\b"
    rf"|\b{_OWNER}\s+sendiri\s+(?:yg|yang|sing)\s+(?:\w+\s+)?(?:gk|ga|gak|nggak|tidak|tdk|ra|ora)\s+kuat\b"
    rf"|\b(?:obat|pil|racun)\w*\s+(?:\w+\s+){{0,2}}(?:{_OWNER}|tak)\s+(?:kumpul\w*|siapin|siapke|simpen)"
    r"|\bi\s+(?:want|wanna)\s+to\s+die\b|\bkill\s+myself\b|\bend\s+my\s+life\b"
    r"|\b(?:better|happier)\s+off\s+without\s+me\b",
    re.IGNORECASE | re.MULTILINE,
)
# What passes on someone else's words on the same line: "katanya", "dia bilang", "she said", a quote.
_PASSED_ON: Final = re.compile(
    r"\b(?:katanya|katane|cenah|bilang|blg|ngomong|nulis|said|says|told|wrote|texted)\b|[\"'“”‘’]",
    re.IGNORECASE,
)


_RELATIVE_BEFORE: Final = re.compile(rf"\b{_FAMILY_MEMBER}\s*$", re.IGNORECASE)
_STARTS_WITH_OWNER: Final = re.compile(rf"{_OWNER}\b", re.IGNORECASE)
# The writer is away from her family: "aku kangen anakku di kampung", "anak sy di kampung": a mother at
# home does not say her daughter abroad is in the village. Missing a child alone is also a mother at home.
_FAMILY_AT_HOME: Final = re.compile(
    rf"\b{_FAMILY_MEMBER}\s*(?:{_OWNER})?\s+(?:(?:yg|yang|sing|masih|msh|tinggal|ada)\s+)?"
    r"(?:di|neng|nang)\s*(?:kampung|kmpg|desa|indo\w*|rumah|rmh)\b"
    r"(?!\s+(?:majikan|bos|boss|agen|agency|sponsor|penampungan|sakit|tahanan|detensi))",
    re.IGNORECASE,
)


def _own_despair(text: str) -> bool:
    """Whether the writer says she herself wants to die (or has her means ready), in her own words."""
    for line in text.splitlines():
        line = _VOCATIVE.sub("", line)
        for found in _OWN_DESPAIR.finditer(line):
            # "adik sy tiap hari nangis pengen mati": the pronoun there belongs to her sister
            if _STARTS_WITH_OWNER.match(found.group(0)) and _RELATIVE_BEFORE.search(line[: found.start()]):
                continue
            if not _PASSED_ON.search(line[: found.end()]):
                return True
    return False


# She corrects who is in danger: "bukan kak, aku sendiri yg gk kuat", "yg mau mati aku sendiri", "it's me".
_CORRECTS_TO_HERSELF: Final = re.compile(
    rf"\bbukan\b[^.!?\n]{{0,40}}\b{_OWNER}\s+sendiri\b|\b{_OWNER}\s+sendiri\s+(?:yg|yang|sing)\b"
    rf"|\b(?:yg|yang|sing)\s+[^.!?\n]{{0,30}}\b{_OWNER}\s+sendiri\b"
    r"|\b(?:it'?s|it\s+is)\s+me\b|\bnot\s+(?:my\s+\w+|her|him|them)\b[^.!?\n]{0,30}\bme\b",
    re.IGNORECASE,
)


def says_it_is_herself(text: str) -> bool:
    """Whether she says she herself is the one in danger, correcting a report filed as about someone else
    or saying so in her own words ("aku pengen mati aja")."""
    return _CORRECTS_TO_HERSELF.search(text) is not None or _own_despair(text)


def writer_in(text: str, earlier: str = "") -> Writer:
    """Who writes this message, within its conversation: the message decides when it names a relative or
    says the writer herself is harmed; otherwise the conversation so far does ("anak sy kerja di riyadh",
    then "sdh 3 hr dikurung" is still the mother; "wa nya gk aktif" still the sister at home)."""
    own = writer_of(text)
    if own is Writer.FAMILY or not earlier.strip() or _says_herself(text):
        return own
    return writer_of(earlier)


def _says_herself(text: str) -> bool:
    """The writer says she is the one in danger: harmed, despairing, or away from her family at home."""
    return _harmed_herself(text) or _own_despair(text) or _FAMILY_AT_HOME.search(text) is not None


def _harmed_herself(text: str) -> bool:
    text = _VOCATIVE.sub("", text)
    return any(found.group("relative") is None for found in _SELF_HARMED.finditer(text))


def writer_of(text: str) -> Writer:
    """Who writes: the person in danger (SELF) or family at home (FAMILY).

    A relative named ("anak sy", "my sister") or her words passed on ("dia wa ...", "katanya") make it
    FAMILY, unless the writer says she herself is the one harmed ("ibu sy sakit, sy dikunci majikan",
    "tolong kabarin ibu sy, sy gk bisa keluar"): a worker mentions her mother too.
    """
    if _REPORTED.search(text):
        return Writer.FAMILY
    # "anak sy dikunci" is her child's danger: the pronoun there belongs to the relative
    if _says_herself(text):
        return Writer.SELF
    text = _VOCATIVE.sub("", text)
    return Writer.FAMILY if _FAMILY.search(text) or _HEARSAY.search(text) else Writer.SELF


# The place named is behind her: "dulu sy di malaysia", "pernah kerja di saudi", "skrg udh pulang". "dulu"
# after a verb means "first" ("bayar dulu"), so only at the start or after who or when.
_WAS_THERE: Final = re.compile(
    r"(?:^|\b(?:sy|saya|aku|ak|gw|gue|kami|dia|waktu|wkt|jaman|zaman)\s+)(?:dulu|dlu|dulunya)\b"
    r"|\b(?:pernah|pernh|sempat|smpt|mantan|eks|ex|tahun lalu|thn lalu|waktu (?:di|kerja)|wkt (?:di|kerja)"
    r"|used to|last year|back then)\b",
    re.IGNORECASE,
)
# A house that is not hers: abroad "di rumah" is most often the employer's or the agent's.
_NOT_HER_HOUSE: Final = (
    r"(?!\s+(?:majikan\w*|agen\w*|bos|boss|sponsor|tuan|nyonya|madam|teman\w*|temen\w*|kawan\w*|orang"
    r"|org|sakit|penampungan|baru|lain|dia|mereka|employer|agent|boss)\b)"
)
_HOME_NOW: Final = re.compile(
    rf"\b(?:udah|udh|sudah|sdh|dah|uda|wis|wes)\s+(?:pulang|balik|plg|di rumah{_NOT_HER_HOUSE}|di indo\w*"
    r"|di kampung)\b"
    r"|\b(?:skrg|sekarang|skg|saiki|now)\s+(?:udh\s+|sudah\s+|sdh\s+)?(?:di|in|at)\s+(?:rumah|indo\w*"
    rf"|kampung|home)\b{_NOT_HER_HOUSE}|\b(?:already|now)\s+(?:back\s+)?home\b",
    re.IGNORECASE,
)
# The employer or agent came home: "majikan sy udh pulang" is the moment of danger, not her safety.
_SOMEONE_ELSE: Final = re.compile(
    r"\b(?:majikan\w*|bos|boss|nyonya|madam|tuan|agen\w*|sponsor|employer|(?:the|my)\s+boss)\s+"
    r"(?:(?:sy|saya|aku|ku|q|nya|my)\s+)?(?:juga\s+|jg\s+)?$",
    re.IGNORECASE,
)
# Indonesia named, or going back: "sdh pulang", "udh di indo", "skrg di kampung". A bare "di rumah" is not.
_BACK_IN_INDONESIA: Final = re.compile(r"\b(?:pulang|balik|plg|indo\w*|kampung|home)\b", re.IGNORECASE)


# An act of self-harm under way or about to happen: standing at a height, pills gathered or taken, a
# hanging, cutting. Bleeding alone is also an injury from a beating, so it counts only after suicidal words.
_ACT_UNDER_WAY: Final = re.compile(
    r"\b(?:brdiri|berdiri|bdiri|diri|duduk|naik|manjat|memanjat|standing|sitting|climbed)\s+"
    r"(?:(?:di|ke|dkt|dekat|deket|pinggir|tepi|at|on|by|in|the|edge|of)\s+)*"
    r"(?:jendela|jndela|atap|balkon|jembatan|rooftop|roof|window|balcony|ledge|bridge)"
    r"|\b(?:obat|pil|pills?|tablets?)\s+(?:\w+\s+)?(?:byk|banyak|bnyk|sebotol|sekaligus|semua|smua|all)\b"
    r"|\b(?:nyiapin|siapin|nyiapkan|menyiapkan|ngumpulin|kumpulin|nimbun|swallowed|ready)\s+(?:\w+\s+)?"
    r"(?:obat|pil|pills|tablets|racun|baygon|poison)\b|\b(?:minum|nelen|telan|menelan)\s+(?:racun|baygon)\b"
    r"|\b(?:nyilet|menyilet|menyayat|nyayat|sayat|potong nadi|iris nadi|cut my wrists?|cutting myself"
    r"|gantung diri|noose|overdose)\b",
    re.IGNORECASE,
)
_BLEEDING: Final = re.compile(r"\b(?:berdarah\w*|darah\w*|bleeding|blood)\b", re.IGNORECASE)
# A way to die named after suicidal words ("pengen lompat dr jendela aja", "ada tali", "racun tikus"): as
# immediate as an act under way. Alone, a jump from a window may be an escape: an injury, not self-harm.
_METHOD_NAMED: Final = re.compile(
    r"\b(?:lompat|loncat|terjun|nyebur|jump|jumping)\w*\s+(?:(?:dr|dari|from|ke|off|out of|of)\s+)?"
    r"(?:(?:the|my|a)\s+)?(?:\w+\s+)?(?:jendela|jndela|atap|balkon|jembatan|gedung|lantai|apartemen"
    r"|window|roof|balcony|bridge|building|flat)\b"
    r"|\b(?:tabrak\w*|nabrak\w*)\s+(?:\w+\s+)?(?:mobil|kereta|truk|bus|car|train)\b"
    r"|\b(?:racun tikus|obat nyamuk|obat serangga|bleach|pemutih|silet|razor blades?)\b"
    r"|\b(?:beli|siapin|nyiapin|siapkan|ikat|ngikat|ada|simpen|nyimpen|bought|have)\s+(?:\w+\s+)?(?:tali|rope)\b"
    r"|\b(?:tali|rope)\s+(?:udh|udah|sudah|sdh|dah|is)\b",
    re.IGNORECASE,
)


# A crew member at sea: "ABK", "kapal ikan", "awak kapal", "di laut", "fishing boat".
_AT_SEA: Final = re.compile(
    r"\b(?:abk|awak kapal|kapal ikan|kapal penangkap|kapal nelayan|di tengah laut|di laut|lagi berlayar"
    r"|fishing (?:boat|vessel)|on (?:a|the) (?:ship|boat|vessel)|at sea|crew member|seafarer)\b",
    re.IGNORECASE,
)


# Held in an online-scam compound (Myawaddy/KK Park/Shwe Kokko, Sihanoukville, Laos' Golden Triangle). Such
# compounds are run by criminal gangs and guarded by the armed groups that rule the area (AP and Reuters on
# Myawaddy, February to December 2025; daily8.com, radarafrica.com); guards and local officers may be part of
# it. KBRI takes the reports and works for release (faq/data/destinations.yaml, Myanmar), so the mission
# comes first and the local police only for after escape.
_SCAM_COMPOUND: Final = re.compile(
    r"\b(?:scam\w*|kk\s*park|shwe\s*kok+o|myawad+y|myawadi|sihanouk\w*|golden triangle|segitiga emas"
    r"|judi (?:online|onlen|ol)|online gambling|penipuan (?:online|onlen)|kerja (?:tipu|nipu)\w*)\b",
    re.IGNORECASE,
)


# Held ("disekap", "dikurung", "ditahan") in a country whose compounds hold Indonesians: a family seldom
# knows the word "scam", but a sister locked up in Cambodia for a ransom is in one.
_HELD: Final = re.compile(
    r"\b(?:di(?:sekap|kurung|kunci|tahan)\w*|sekap\w*|kurung\w*|held|locked|trapped|detained|tebus\w*"
    r"|ransom)\b",
    re.IGNORECASE,
)
_COMPOUND_COUNTRY: Final = re.compile(
    r"\b(?:kamboja|cambodia|kamboj|myanmar|burma|birma|laos|phnom\s*penh|poipet|bavet)\b", re.IGNORECASE
)
# A ransom asked for her release: "hrs transfer 80jt klo mau pulang", "uang tebusan", "ransom".
_RANSOM: Final = re.compile(
    r"\b(?:tebus\w*|ransom)\b"
    r"|\b(?:hrs|harus|suruh|disuruh|minta|diminta|wajib)\s+(?:\w+\s+){0,2}(?:transfer|tf|bayar|kirim)\s+"
    r"(?:\w+\s+)?(?:rp\.?\s*)?\d+\s*(?:jt|juta|rb|ribu)",
    re.IGNORECASE,
)


# Hurt or ill: "kaki aq bengkak", "skrg pusing bgt", "berdarah", "pingsan", "I'm bleeding".
_INJURED: Final = re.compile(
    r"\b(?:bengkak\w*|pusing|pening|berdarah\w*|luka\w*|patah|pingsan|sesak|muntah\w*|demam|lebam|memar"
    r"|(?<!gula )(?<!cuci )(?<!tekanan )darah\w*(?! tinggi| rendah)|hampir putus|(?:ke|ter)jepit|perban"
    r"|blood\w*|cut off"
    r"|gk bs jln|gak bisa jalan|tidak bisa jalan|ga bisa jalan|injured|bleeding|dizzy|swollen|broken"
    r"|fainted)\b",
    re.IGNORECASE,
)


# Already out: "sy udh kabur", "lari dari rumah majikan", "skrg di jalan", "I ran away".
_RAN_AWAY: Final = re.compile(
    r"\b(?:udh|udah|sudah|sdh|dah|barusan|br|baru)\s+(?:\w+\s+)?"
    r"(?:kabur|lari|keluar dr rumah|keluar dari rumah)"
    r"|\b(?:skrg|sekarang|lagi|lg)\s+(?:di|dijalan)\s*jalan(?:an)?\b|\bdi jalanan\b"
    r"|\b(?:i\s+)?(?:ran away|escaped|ran off)\b",
    re.IGNORECASE,
)


def has_run_away(text: str) -> bool:
    """She is already out of the employer's house: where to go now, not how to leave."""
    return bool(_RAN_AWAY.search(text))


def is_injured(text: str) -> bool:
    """She is hurt or ill: the ambulance number belongs in the shortest reply."""
    return bool(_INJURED.search(text))


def in_scam_compound(text: str) -> bool:
    """The message speaks of an online-scam compound: its guards and local police may be one side."""
    if _SCAM_COMPOUND.search(text):
        return True
    return bool(_HELD.search(text) and _COMPOUND_COUNTRY.search(text))


def held_for_ransom(text: str) -> bool:
    """Money is asked for her release: paying before Kemlu or the mission know may buy nothing."""
    return bool(_RANSOM.search(text))


def at_sea(text: str) -> bool:
    """The person in danger works on a ship: local police cannot reach him; the agency, Kemlu, KP2MI can."""
    return bool(_AT_SEA.search(text))


def act_under_way(text: str, *, after_suicidal_words: bool = False) -> bool:
    """The message shows self-harm under way or imminent: the local emergency number comes first."""
    if _ACT_UNDER_WAY.search(text):
        return True
    return after_suicidal_words and bool(_BLEEDING.search(text) or _METHOD_NAMED.search(text))


def has_left(text: str) -> bool:
    """The message speaks of a place she was in and has left ("dulu sy di malaysia, skrg di rumah"): the
    country it names is not where she is, and not to be remembered as such."""
    return bool(_WAS_THERE.search(text) or _home_now(text))


_CLAUSE: Final = re.compile(r"[.,;:!?\n]+|\s+(?:tapi|tp|terus|trus|trs|lalu|sekarang|skrg|but|now)\s+")


def said_now(text: str) -> str:
    """The message without its clauses about the past: in a long story, "agensinya di batam, dulu sy
    ditampung disana" does not hide "sy kerja di kuching sarawak"."""
    return "\n".join(clause for clause in _CLAUSE.split(text) if not has_left(clause))


# She has not gone yet: "blm prnh brgkt", "gk brgkt2", "msh di rumah", "never left". A broker's fraud at home
# is no danger abroad: the country she was to go to has no numbers for her.
_NEVER_LEFT: Final = re.compile(
    r"(?<!majikan\s)(?<!bos\s)\b(?:blm|belum|gk|ga|gak|nggak|ngga|tidak|tdk|g|ndak|durung|urung)\s+(?:(?:prnh|pernah|jadi|jd|juga|jg)\s+)?"
    r"(?:brgkt\w*|berangkat\w*|brangkat\w*|mangkat|budal)"
    r"|\b(?:msh|masih|sik|isih|tetap|ttp)\s+(?:di|neng|ning)\s+(?:kampung|indo\w*|desa)\b"
    r"|\b(?:never|haven'?t|have not|not yet)\s+(?:\w+\s+)?(?:left|gone|departed)\b",
    re.IGNORECASE,
)
# "msh di rumah": still at home in Indonesia, unless the house is the employer's ("msh di rumah majikan").
_STILL_AT_HOME: Final = re.compile(
    rf"\b(?:msh|masih|sik|isih|tetap|ttp)\s+(?:di|neng|ning)\s+(?:rumah|omah)\b{_NOT_HER_HOUSE}",
    re.IGNORECASE,
)


def never_left(text: str, *, danger_abroad: bool = False) -> bool:
    """She says she has not left Indonesia: no foreign numbers, and no alarm to keep up. While a danger
    abroad is current, a bare "msh di rumah" is the house she is in there, not Indonesia."""
    if _NEVER_LEFT.search(text):
        return True
    return not danger_abroad and bool(_STILL_AT_HOME.search(text))


def is_home_now(text: str) -> bool:
    """She says she is back home now (or at least at a house of her own, "sdh di rumah")."""
    return bool(_home_now(text))


def _home_now(text: str) -> list[str]:
    """What says she is home, without what says someone else came home ("majikan sy udh pulang")."""
    return [
        found.group(0)
        for found in _HOME_NOW.finditer(text)
        if not _SOMEONE_ELSE.search(text[max(0, found.start() - 30) : found.start()])
    ]


# The one she fears is back: "majikan sy udh pulang", "bos dtg lagi", "my employer is back". After an urgent
# report this is the moment of danger, not news for the file.
_ABUSER_BACK: Final = re.compile(
    r"\b(?:majikan\w*|bos|boss|nyonya|madam|tuan|baba|mama|sir|agen\w*|employer|dia)\s+"
    r"(?:(?:sy|saya|aku|ku|q|nya|my)\s+)?(?:(?:udh|udah|sudah|sdh|dah|baru|br|barusan|lagi|lg)\s+)?"
    r"(?:pulang|plg|balik|dtg|datang|dateng|nyampe|sampai|sampe|masuk|is back|came (?:back|home)"
    r"|came in|got home)\b",
    re.IGNORECASE,
)


def abuser_is_back(text: str) -> bool:
    """ "majikan sy udh pulang": the employer (or agent) she fears has come back."""
    return bool(_ABUSER_BACK.search(text))


def left_for_home(text: str) -> bool:
    """She has left the country she named or spoke of: back in Indonesia, or "dulu ... skrg di rumah"."""
    return bool(_home_now(text)) and (back_in_indonesia(text) or bool(_WAS_THERE.search(text)))


# Harm that reaches her from afar: "ancam2 lewat wa", "neror via telp", "ngancam di fb". From home in
# Indonesia, such threats are for Indonesia's police, not the country she left.
_BY_MESSAGE: Final = re.compile(
    r"\b(?:lewat|lwt|via|pake|pakai|by|over|di)\s+(?:wa|whatsapp|watsap|whatsap|telp\w*|telf\w*|telep\w*"
    r"|tlp|sms|pesan|chat|fb|facebook|ig|instagram|messenger|tiktok|dm|text|phone)\b",
    re.IGNORECASE,
)


def by_message(text: str) -> bool:
    """The harm told reaches her by phone or message ("majikan msh ancam2 lewat wa"), not in person."""
    return bool(_BY_MESSAGE.search(text))


def back_in_indonesia(text: str) -> bool:
    """She says she is back in Indonesia ("sdh pulang", "udh di kampung"), not only "sdh di rumah": abroad
    a house is most often the employer's, and a bare "di rumah" is no proof the danger is behind her."""
    return any(_BACK_IN_INDONESIA.search(said) for said in _home_now(text))


# A question asked during an emergency ("KJRI itu apa?", "pake hp biasa bisa?", "boleh ya?") wants its
# answer, not the numbers again.
_QUESTION: Final = re.compile(
    r"\?|^\s*(?:what|how|can|could|is|are|do|does|why|where|who|should|when)\b"
    r"|\b(?:apa|apakah|gimana|gmn|gmna|gimna|bagaimana|bgmn|kenapa|knp|mengapa|siapa|dimana|berapa|brp"
    r"|bolehkah|bisakah|kah|kemana|kmn)\b"
    r"|\b(?:bener|benar|betul|aman|boleh|bisa|bs|wajar|normal)\s+(?:gk|ga|gak|nggak|ngga|tidak|tdk|g)\b"
    # an English question asked at the end: "..., is that allowed"
    r"|\b(?:is|are)\s+(?:that|this|it|they)\s+(?:allowed|legal|ok|okay|normal|right|true)\s*[.!]*\s*$",
    re.IGNORECASE,
)
# She says she is safe, or was only asking: "sy gpp kok kak, cm nanya aja", "aman kok", "just asking".
_ALL_CLEAR: Final = re.compile(
    r"\b(?:gpp|gapapa|gakpapa|gppa|(?:ga|gak|gk|nggak|ngga|ndak)\s*(?:papa|apa2|apa-apa)|tidak apa-apa"
    r"|(?:sy|saya|aku|ak|gw|gue)\s+(?:aman|baik2 aja|baik-baik saja|fine)|aman kok|udah aman|sudah aman"
    r"|(?:cuma|cm|cuman|hanya|cuman)\s+(?:nanya|tanya|bertanya)|nanya aja|tanya aja|tanya2 aja|nanya2 aja"
    r"|(?:i'?m|i am)\s+(?:fine|ok|okay|safe)|just asking)\b",
    re.IGNORECASE,
)


# "sy hrs gmn kak", "terus gimana ini", "what should I do": a plea for help, not a question for the FAQ.
_WHAT_TO_DO: Final = re.compile(
    r"\b(?:hrs|harus|musti|mesti|sebaiknya|baiknya|trus|terus|trs|lalu|skrg|sekarang)\s+"
    r"(?:\w+\s+)?(?:gmn|gimana|gmna|bagaimana|bgmn|ngapain|apa|kmn|kemana|ke mana)\b"
    r"|^\W*(?:\w+\s+)?(?:gmn|gimana|gmna|bagaimana|bgmn)\s*(?:ini|dong|nih|kak|mbak|mas|bu|pak)?\W*$"
    r"|\bwhat (?:should|do|can|must) (?:i|we) do\b|\bwhat now\b|\bwhere (?:should|do|can) (?:i|we) go\b",
    re.IGNORECASE,
)


# She asks whom to call: "nmr yg bisa sy hubungi apa", "nmr kjri brp", "telp siapa", "what number". In
# danger that is a plea for the numbers of where she is, not a topic to choose.
_NUMBERS_ASKED: Final = re.compile(
    r"\b(?:nmr|nomor|nomer|no\s+(?:hp|telp|telepon|tlp|wa)|kontak|contact|hotline|numbers?)\b"
    r"|\b(?:telp|telpon|telepon|tlp|tlpn|nelpon|menelepon|hubungi|ngehubungi|call|ring|phone)\s+"
    r"(?:\w+\s+)?(?:siapa|sapa|kemana|kmn|ke\s+mana|mana|apa|who|where|what)\b"
    r"|\b(?:siapa|sapa|who)\s+(?:\w+\s+){0,3}(?:telp|telpon|telepon|tlp|hubungi|call|ring|phone)\b",
    re.IGNORECASE,
)


def asks_for_numbers(text: str) -> bool:
    """She asks which number to call or for a mission's number: a short request, not a story."""
    return len(text) <= 80 and bool(_NUMBERS_ASKED.search(text))


def asks_a_question(text: str) -> bool:
    """The message asks something ("KJRI itu apa?"): in an emergency it gets its answer, the numbers in one
    line at most. "Sy hrs gmn?" asks for help, not for a topic."""
    return bool(_QUESTION.search(text)) and not _WHAT_TO_DO.search(text)


# Words that tell her own story when said outright ("paspor sy dipegang majikan"), and the words that make
# what follows a supposition or a request ("kalo sy lapor", "boleh sy pindah").
_OWN_STORY: Final = re.compile(
    rf"\b(?:{_OWNER}|saya|my|me|i|majikan\w*|bos|boss|agen\w*|nyonya|madam|tuan|calo|sponsor|pt|employer"
    r"|agent|agency)\b",
    re.IGNORECASE,
)
_SUPPOSED: Final = re.compile(
    r"\b(?:kalo|kalau|klo|kl|jika|jikalau|seandainya|andai|misal\w*|umpama\w*|if|boleh\w*|blh|bisa\w*|bs"
    r"|apakah|apa|can|could|may|should|what|how|is|are|do|does)\b",
    re.IGNORECASE,
)


def only_asks(text: str) -> bool:
    """The message asks and tells nothing of her own: no person of her story is named before a word that
    makes it a supposition or request ("KDEI itu apa?", "kalo sy lapor majikan tau gk?"), against
    "paspor sy dipegang majikan, boleh gitu?", which tells something the report needs."""
    if not asks_a_question(text):
        return False
    own, supposed = _OWN_STORY.search(text), _SUPPOSED.search(text)
    return own is None or (supposed is not None and supposed.start() < own.start())


def says_all_clear(text: str) -> bool:
    """She says she is safe or was only asking: the emergency stands down (never after suicidal words,
    where "gpp kok" is no reason to stop offering a person to talk to)."""
    return bool(_ALL_CLEAR.search(text))


def all_clear_reply(lang: Language) -> Reply:
    return Reply(_T["all_clear"][lang], ())


def back_home_reply(lang: Language) -> Reply:
    """She says she is back in Indonesia after telling of danger abroad: glad, and no "I misunderstood"
    (she was believed)."""
    return Reply(_T["back_home"][lang], ())


def which_house_reply(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    """ "sdh di rumah" while the danger is abroad: whose house is not known, so the numbers stay and she is
    asked, not told she is safe."""
    reminder = reminder_reply(situation, table, home)
    return Reply(f"{_T['which_house'][situation.lang]}\n\n{reminder.html}", reminder.actions)


# She asks whether she may write instead of calling: "bs chat aja?", "wa aja boleh?", "lewat sms bisa",
# "can I text them": a call may be overheard, or her voice may give her away.
_WRITE_INSTEAD: Final = re.compile(
    r"\b(?:chat|ngechat|chating|chatting|wa|whatsapp|watsap|wasap|sms|ngetik|ketik|text|message)\s+"
    r"(?:aja|aj|ja|saja|only|instead)\b"
    r"|\b(?:bisa|bs|bsa|boleh|blh|bisakah|bolehkah|can|could|may)\s+(?:i\s+|we\s+|sy\s+|saya\s+|aku\s+)?"
    r"(?:lewat\s+|via\s+|pake\s+|pakai\s+|by\s+)?(?:chat|ngechat|wa|whatsapp|watsap|wasap|sms|text|message"
    r"|ngetik)\b"
    r"|\b(?:lewat|via|pake|pakai|by)\s+(?:chat|wa|whatsapp|watsap|wasap|sms|text|pesan|tulisan)\b"
    r"|\b(?:gk|ga|gak|nggak|ngga|tidak|tdk|g|ndak|can'?t|cannot)\s+(?:bisa|bs|berani|brani)?\s*"
    r"(?:ngomong|bicara|bersuara|talk out loud|speak)\b",
    re.IGNORECASE,
)


def asks_to_write(text: str) -> bool:
    """She asks whether she can write (chat, WhatsApp, SMS) instead of calling."""
    return bool(_WRITE_INSTEAD.search(text))


# "Cannot" as she types it, and "abroad": shared by what she cannot do (ring out) and how she may be reached.
_CANNOT: Final = r"(?:gk|ga|gak|nggak|ngga|tidak|tdk|g|ndak|ra|ora|can'?t|cannot|cant)"
_ABROAD: Final = r"(?:luar\s*neg\w*|ln|abroad|overseas|sana)"


# She cannot ring out: "sy gk bisa nelpon ke luar negri", "pulsa gk ada". Where she can write (free, over
# Wi-Fi) helps; an FAQ about phones without credit, or numbers to dial, does not.
_CANNOT_RING_OUT: Final = re.compile(
    rf"\b{_CANNOT}\s+(?:bisa|bs|iso)?\s*"
    rf"(?:nelp\w*|telp\w*|telep\w*|tlp\w*|call)\s+(?:ke\s+)?{_ABROAD}\b"
    r"|\bpulsa\s*(?:nya\s+)?(?:gk|ga|gak|nggak|ngga|tidak|tdk|g|ndak)\s+(?:ada|punya)\b"
    r"|\b(?:gk|ga|gak|nggak|ngga|tidak|tdk|g|ndak|gada|gaada)\s+(?:ada|punya)?\s*pulsa\b"
    r"|\bno\s+(?:phone\s+)?credit\b",
    re.IGNORECASE,
)


def cannot_ring_out(text: str) -> bool:
    """She says she cannot make the call (abroad, or no credit): she needs where to write, for free."""
    return bool(_CANNOT_RING_OUT.search(text))


# She must not be called: "jgn ditelpon", "aku gk bisa nelpon, ketahuan bos", "don't call me". A ringing
# phone that is watched or hidden puts her in danger; staff write instead.
_NO_CALL: Final = re.compile(
    r"\b(?:jangan|jgn|jngn|ojo|aja|ulah|don'?t|do\s+not|pls\s+don'?t|please\s+don'?t)\s+(?:\w+\s+)?"
    r"(?:di)?(?:telp\w*|telep\w*|tlp\w*|nelp\w*|call\w*|hubungi\s+lewat\s+telp\w*)"
    rf"|\b{_CANNOT}\s+(?:bisa|bs|boleh|blh|iso|berani)?"
    r"\s*(?:nelp\w*|telp\w*|telep\w*|tlp\w*|angkat\s+telp\w*|call|talk\s+on\s+the\s+phone|pick\s+up)\b"
    # "gk bisa nelpon keluarga" or abroad: she cannot ring out, which says nothing about being rung herself
    rf"(?!\s+(?:ke\s+)?(?:{_ABROAD}|keluarga|kluarga|klg|ibu|ibuk|bapak|bapa|mamak"
    r"|emak|mak|ortu|orang\s*tua|rumah"
    r"|kampung|suami|istri|anak\w*|adik\w*|kakak\w*|family|home|my\s+(?:family|mom|mum|mother|father|husband|kids?))\b)",
    re.IGNORECASE,
)


# "jgn lapor2 kak, sy cm mau ngomong", "gak usah dilaporin", "don't report this": she wants to be heard,
# not to file a case.
_NO_REPORT: Final = re.compile(
    r"\b(?:jgn|jangan|jngn|gk\s+usah|ga\s+usah|gak\s+usah|nggak\s+usah|ngga\s+usah|gausah|gaush|tdk\s+usah"
    r"|tidak\s+usah|gk\s+perlu|ga\s+perlu|tidak\s+perlu|tdk\s+perlu|ojo)\s+"
    r"(?:di)?lapor(?:\w*|2)\b|\b(?:don'?t|do\s+not|please\s+don'?t)\s+report\b",
    re.IGNORECASE,
)


def asks_not_to_be_reported(text: str) -> bool:
    """She asks that nothing be reported: a case is filed only after she says yes."""
    return _NO_REPORT.search(text) is not None


def asks_not_to_be_called(text: str) -> bool:
    """She asks not to be phoned, or says she cannot take or make a call: staff must write, not ring."""
    return bool(_NO_CALL.search(text)) or asks_to_write(text)


def dialled_from_abroad(number: str) -> str:
    """An Indonesian number as dialled from abroad: "0811-8080-141" becomes "+62 811-8080-141"."""
    if number.startswith("0") and not number.startswith("0800"):
        return "+62 " + number[1:]
    return number


def write_reply(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    """Where she can write instead of calling: the WhatsApp of the mission for where the person in danger
    is (else its checked hotline, to try on WhatsApp), KP2MI's WhatsApp and Kemlu's line, as dialled from
    where the writer is; at home SAPA's WhatsApp too. Then what to write, and this chat's own report."""
    lang, place = situation.lang, situation.destination
    writer_abroad = situation.writer is Writer.SELF and (place is not None or bool(situation.elsewhere))
    lines = [f"💬 <b>{_T['write_title'][lang]}</b>"]
    if place is not None and not situation.at_sea:
        for mission in place.missions_near(situation.near):
            if mission.whatsapp is not None:
                lines.append(f"• WhatsApp {_e(mission.name)}: <b>{_e(mission.whatsapp.shown(lang))}</b>")
            elif mission.hotline is not None and mission.hotline.verified:  # an office line takes no chat
                number = f"<b>{_e(mission.hotline.shown(lang))}</b>"
                lines.append(f"• {_e(mission.label(lang))}: {number}, {_T['write_try'][lang]}")
    kp2mi = home.kp2mi_whatsapp
    if writer_abroad:
        lines.append(f"• WhatsApp KP2MI: <b>{_e(dialled_from_abroad(kp2mi))}</b>")
    else:
        abroad = f"{_T['from_abroad'][lang]} {_e(dialled_from_abroad(kp2mi))}"
        lines.append(f"• WhatsApp KP2MI: <b>{_e(kp2mi)}</b> ({abroad})")
        if place is None and not situation.elsewhere:
            lines.append(f"• WhatsApp {_T['sapa'][lang]}: <b>{_e(home.sapa_whatsapp)}</b>")
    lines.append(f"• {_T['kemlu_check'][lang]}: <b>{_e(home.kemlu)}</b>, {_T['write_try'][lang]}")
    lines.append("")
    lines.append(_T["write_what"][lang])
    if situation.scam_compound and place is not None:
        lines.append(_T["scam_phone"][lang])
    lines.append("")
    lines.append(_T["write_here"][lang])
    return Reply("\n".join(lines), _actions(situation))


def emergency_reply(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    """The full 🆘 block (or the suicidal-thoughts reply) for the first urgent message of a conversation,
    with the short names it uses explained once, in a line."""
    reply = _emergency_reply(situation, table, home)
    if situation.suicidal:  # a kind word and a person to talk to; no footnotes
        return reply
    return Reply(reply.html + _glossary(reply.html, situation.lang), reply.actions)


_ACRONYMS: Final[tuple[tuple[tuple[str, ...], dict[Language, str]], ...]] = (
    (
        ("KBRI", "KJRI"),
        {"id": "KBRI/KJRI = kedutaan/konsulat RI", "en": "KBRI/KJRI = Indonesian embassy/consulate"},
    ),
    (("KDEI",), {"id": "KDEI = kantor perwakilan RI di Taiwan", "en": "KDEI = Indonesia's office in Taiwan"}),
    (("KRI",), {"id": "KRI = kantor perwakilan RI", "en": "KRI = an Indonesian representative office"}),
    # "(please verify)" says itself in English; "(cek ulang)" left a reader wondering what to check
    (("(cek ulang)",), {"id": "cek ulang = nomor belum dipastikan", "en": ""}),
)


def _glossary(text: str, lang: Language) -> str:
    """ "KBRI = Kedutaan Besar RI · ...": each short name the reply uses, in one small line."""
    said = [
        words[lang]
        for names, words in _ACRONYMS
        if words[lang] and any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)
    ]
    return "\n<i>" + " · ".join(said) + "</i>" if said else ""


def _emergency_reply(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    if situation.suicidal:
        return _suicidal(situation, table, home)
    if situation.at_sea:
        return _at_sea(situation, home)
    if situation.destination is None:
        return _unknown_country(situation, home)
    if situation.writer is Writer.FAMILY:
        return _family(situation, situation.destination, home)
    return _abroad(situation, situation.destination, home)


def reminder_reply(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    """One line for later urgent messages in the same conversation: the key numbers and the button."""
    lang, place = situation.lang, situation.destination
    if situation.suicidal:
        key_numbers = [f"{_T['mental_short'][lang]} " + _listeners(place, table, lang, short=True)[0]]
    elif situation.at_sea:
        # 0800-1000 rings only from Indonesia: a crew member at sea dials the +62 line
        kp2mi = home.kp2mi if situation.writer is Writer.FAMILY else home.kp2mi_abroad
        key_numbers = [f"Kemlu <b>{_e(home.kemlu)}</b>", f"KP2MI <b>{_e(kp2mi)}</b>"]
        if place is not None and place.mission is not None:
            key_numbers.append(mission_line(place.mission, lang, home.kemlu, separator=" "))
    elif place is None and situation.elsewhere:
        key_numbers = [
            f"Kemlu <b>{_e(home.kemlu)}</b>",
            f"KP2MI {_T['from_abroad'][lang]} <b>{_e(home.kp2mi_abroad)}</b>",
        ]
    elif place is None:
        key_numbers = [
            f"{_T['police_id'][lang]} <b>{_e(home.police)}</b>",
            f"KP2MI <b>{_e(home.kp2mi)}</b> ({_T['from_abroad'][lang]} <b>{_e(home.kp2mi_abroad)}</b>)",
            f"Kemlu <b>{_e(home.kemlu)}</b>",
        ]
    else:
        key_numbers = _key_numbers(place, lang, home, situation.near, scam=situation.scam_compound)
        if situation.injured and place.ambulance is not None:
            ambulance = f"{_T['ambulance'][lang]} <b>{_e(place.ambulance.shown(lang))}</b>"
            key_numbers.insert(0 if situation.scam_compound else 1, ambulance)
    text = f"🆘 {_T['still'][lang]} " + " · ".join(key_numbers)
    if situation.injured and place is None and not (situation.in_indonesia or situation.elsewhere):
        text += f"\n🚑 {_T['injured_where'][lang]}"  # the ambulance number depends on where she is
    if situation.scam_compound and place is not None and not situation.suicidal:  # her phone may be read
        text += f"\n⚠️ {_T['scam_short'][lang]} {_T['scam_phone'][lang]}"
    if (
        place is not None
        and situation.writer is Writer.FAMILY
        and not situation.at_sea
        and not situation.suicidal
    ):
        # the numbers above are hers to pass on; a mother without credit for abroad needs her own too
        text += "\n" + _from_home_line(lang, home)
    return Reply(text, _actions(situation))


def _from_home_line(lang: Language, home: HomeLines) -> str:
    """What family can do from Indonesia without ringing abroad: KP2MI's free line, Kemlu on WhatsApp."""
    kp2mi = f"KP2MI <b>{_e(home.kp2mi)}</b> ({_T['free'][lang]})"
    return f"{_T['from_home'][lang]} {kp2mi} · Kemlu <b>{_e(home.kemlu)}</b> ({_T['write_try'][lang]})"


def follow_up_reply(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    """For a message after an urgent one that is not itself urgent (a swollen hand, fear, "what do I do"):
    a kind word for suicidal thoughts, else the numbers in one line and the offer to pass her story on."""
    lang, place = situation.lang, situation.destination
    if situation.suicidal and place is not None and situation.writer is Writer.FAMILY:
        return _suicidal_family(situation, place, table, home, lead=_T["still_here_family"][lang])
    if situation.suicidal:
        lines = "\n".join(f"• {line}" for line in _listeners(place, table, lang))
        if place is not None and place.crisis is None and not situation.act_under_way:
            # no crisis line there: the emergency number and the mission, so something callable is left
            local = "\n".join(_local_lines(place, lang, home, labour=False, near=situation.near))
            lines += "\n" + _T["life_danger_abroad"][lang].format(country=_e(_country(place, lang)))
            lines += "\n" + local
        text = (
            _call_now(situation, home) + f"💛 {_T['still_here'][lang]}\n{lines}\n\n{_T['talk_invite'][lang]}"
        )
        return Reply(text, (Action.TALK,))
    reminder = reminder_reply(situation, table, home)
    if _family_asks_steps(situation):
        return Reply(f"{reminder.html}\n\n{_family_steps(situation.lang)}", reminder.actions)
    unknown = place is None and not situation.in_indonesia and not situation.elsewhere
    offer = _T["offer_abroad" if unknown else "offer"][lang]
    if place is not None and situation.ran_away and situation.writer is Writer.SELF:
        mission = place.mission_near(situation.near)
        if mission is not None:
            offer = _T["go_to_mission"][lang].format(mission=_e(mission.label(lang))) + "\n\n" + offer
    return Reply(f"{reminder.html}\n\n{offer}", reminder.actions)


def _family_asks_steps(situation: Situation) -> bool:
    return situation.what_to_do and situation.writer is Writer.FAMILY and not situation.suicidal


def _family_steps(lang: Language) -> str:
    steps = "\n".join(
        f"{number}. {step}" for number, step in enumerate(_T["family_steps"][lang].split("\n"), 1)
    )
    return f"<b>{_T['family_steps_title'][lang]}</b>\n{steps}"


def asks_what_to_do(text: str) -> bool:
    """ "sy hrs gmn", "sy hrs telpon kemana", "what do i do": a plea for steps."""
    return bool(_WHAT_TO_DO.search(text))


def danger_line(
    destination: Destination | None,
    lang: Language,
    home: HomeLines,
    *,
    near: str = "",
    writer: Writer = Writer.SELF,
) -> str:
    """The "if you are in danger" lines of a confirmation (a filed report): the numbers and notes the urgent
    reply gives for the same story, shorter. From a scam compound the mission before the police, with the
    warning; a crew member at sea, who can reach the ship; family at home, what to pass on and do there."""
    if at_sea(near):
        return _danger_at_sea(destination, lang, home, writer)
    if destination is None:
        numbers = [
            f"{_T['police_id'][lang]} {_e(home.police)}",
            f"KP2MI {_e(home.kp2mi)} ({_T['from_abroad'][lang]} {_e(home.kp2mi_abroad)})",
            f"Kemlu {_e(home.kemlu)}",
        ]
        return f"{_T['if_danger'][lang]} " + " · ".join(numbers) + "."
    scam = in_scam_compound(near)
    numbers = _ticket_numbers(destination, lang, home, near, scam=scam)
    warning = f"⚠️ {_T['scam_short'][lang]}\n" if scam else ""
    if writer is Writer.FAMILY:
        country = _e(_country(destination, lang))
        at_home = f"KP2MI {_e(home.kp2mi)} ({_T['free_short'][lang]})"
        if not any(_e(home.kemlu) in number for number in numbers):  # not twice in a few lines
            at_home += f" · Kemlu {_e(home.kemlu)}"
        pass_on = _T["pass_on_short"][lang].format(country=country)
        return warning + f"{pass_on} " + " · ".join(numbers) + f".\n{_T['from_home'][lang]} {at_home}."
    return warning + f"{_T['if_danger'][lang]} " + " · ".join(numbers) + "."


def _ticket_numbers(
    place: Destination, lang: Language, home: HomeLines, near: str, *, scam: bool
) -> list[str]:
    """The urgent reply's numbers in one line: the nearest mission and one that answers day and night; from
    a scam compound every mission the urgent reply lists, with its note, and the police only for after."""
    if not scam:
        return [_strip_bold(item) for item in _local_numbers_short(place, lang, home, near)]
    missions = place.missions_near(near)
    numbers = [_strip_bold(mission_line(mission, lang, home.kemlu, separator=" ")) for mission in missions]
    if _needs_kemlu(missions):
        numbers.append(f"Kemlu {_e(home.kemlu)} ({_T['day_and_night'][lang]})")
    numbers.append(f"{_T['police_after_escape'][lang]} {_e(_shown(place.police, lang))}")
    return numbers


def _danger_at_sea(destination: Destination | None, lang: Language, home: HomeLines, writer: Writer) -> str:
    numbers = [
        f"Kemlu {_e(home.kemlu)}",
        f"KP2MI {_e(home.kp2mi)} ({_T['from_abroad'][lang]} {_e(home.kp2mi_abroad)})",
    ]
    if destination is not None and destination.mission is not None:
        flag = _T["sea_flag"][lang].format(country=_e(_country(destination, lang)))
        numbers.append(
            f"{flag} {_strip_bold(mission_line(destination.mission, lang, home.kemlu, separator=' '))}"
        )
    line = f"{_T['sea_lead'][lang]} " + " · ".join(numbers) + "."
    if writer is Writer.FAMILY:
        line += f"\n{_T['report_recruiter'][lang]}: {_e(home.police)}."
    return line


def _needs_kemlu(missions: tuple[Mission, ...]) -> bool:
    """No mission shown has a checked number that answers day and night (an office line only, or none):
    Kemlu's 24-hour line reaches them at any hour."""
    return bool(missions) and all(
        mission.hotline is None or not mission.hotline.verified for mission in missions
    )


def kind_line(
    destination: Destination | None, table: Destinations, lang: Language, writer: Writer = Writer.SELF
) -> str:
    """For the confirmation of a story that speaks of suicide: a kind word and who listens where she is,
    instead of a list of police numbers. Family reporting for her are asked to stay close and pass it on."""
    from_home = writer is Writer.FAMILY
    listeners = "\n".join(f"• {line}" for line in _listeners(destination, table, lang, from_home=from_home))
    kind = _T["kind_ticket_family" if writer is Writer.FAMILY else "kind_ticket"][lang]
    return f"💛 {kind}\n{listeners}"


def _abroad(situation: Situation, place: Destination, home: HomeLines) -> Reply:
    lang = situation.lang
    lines = [f"🆘 <b>{_T['abroad_title'][lang].format(country=_e(_country(place, lang)))}</b>"]
    if situation.scam_compound:
        return _scam_compound(situation, place, home, lines)
    lines.extend(_local_lines(place, lang, home, near=situation.near))
    lines.append(_kp2mi_from_abroad(lang, home))
    lines.append("")
    lines.append(_T["keep_evidence"][lang])
    return Reply("\n".join(lines), _actions(situation))


def _family(situation: Situation, place: Destination, home: HomeLines) -> Reply:
    lang = situation.lang
    country = _e(_country(place, lang))
    lines = [f"🆘 <b>{_T['family_title'][lang].format(country=country)}</b>"]
    lines.append(_T["pass_on"][lang].format(country=country))
    if situation.scam_compound:
        lines.append(f"⚠️ {_T['scam_no_police'][lang]}")
        lines.extend(_scam_lines(place, lang, home, situation.near))
    else:
        lines.extend(_local_lines(place, lang, home, near=situation.near))
    lines.append("")
    lines.append(f"<b>{_T['from_home'][lang]}</b>")
    kp2mi = f"• {_T['kp2mi_free'][lang]}: <b>{_e(home.kp2mi)}</b> ({_T['free'][lang]})"
    kemlu = f"• {_T['kemlu_check'][lang]}: <b>{_e(home.kemlu)}</b>"  # she calls from home
    # held abroad, only Kemlu and the mission can act on the spot: they come first
    lines.extend((kemlu, kp2mi) if situation.scam_compound or situation.ransom else (kp2mi, kemlu))
    police = _T["report_extortion" if situation.ransom else "report_recruiter"][lang]
    lines.append(f"• {police}: <b>{_e(home.police)}</b>")
    if situation.ransom:
        lines.append(f"⚠️ {_T['ransom'][lang]}")
    if _family_asks_steps(situation):
        lines.extend(("", _family_steps(lang)))
    return Reply("\n".join(lines), _actions(situation))


def _scam_compound(situation: Situation, place: Destination, home: HomeLines, lines: list[str]) -> Reply:
    """Held in a scam compound: Indonesia's mission first, a plain word not to trust the police or guards
    inside, and the local police last, for after she is out."""
    lang = situation.lang
    lines.append(f"⚠️ {_T['scam_no_police'][lang]}")
    lines.extend(_scam_lines(place, lang, home, situation.near))
    lines.append(_kp2mi_from_abroad(lang, home))
    lines.append("")
    if situation.ransom:
        lines.append(f"⚠️ {_T['ransom'][lang]}")
    lines.append(_T["scam_phone"][lang])
    return Reply("\n".join(lines), _actions(situation))


def _scam_lines(place: Destination, lang: Language, home: HomeLines, near: str) -> list[str]:
    lines = [f"• {mission_line(mission, lang, home.kemlu)}" for mission in place.missions_near(near)]
    police = f"{_T['police_after_escape'][lang]}: <b>{_e(_shown(place.police, lang))}</b>"
    lines.append(f"• {police}")
    return lines


def _elsewhere(situation: Situation, home: HomeLines) -> Reply:
    """A country the table has no numbers for: say so plainly, never Indonesia's police as if local, and
    give what works from anywhere (Kemlu puts her through to the nearest embassy)."""
    lang, country = situation.lang, _e(situation.elsewhere)
    title = _T["family_title" if situation.writer is Writer.FAMILY else "abroad_title"][lang]
    lines = [
        f"🆘 <b>{title.format(country=country)}</b>",
        _T["no_local_numbers"][lang].format(country=country),
        f"• {_T['kemlu_nearest'][lang]}: <b>{_e(home.kemlu)}</b>",
        _kp2mi_from_abroad(lang, home),
    ]
    if home.safe_travel:
        lines.append(f"• {_T['safe_travel'][lang]}: {_e(home.safe_travel)}")
    lines.append("")
    lines.append(_T["type_country"][lang])
    return Reply("\n".join(lines), (Action.ABROAD, Action.REPORT))


def _at_sea(situation: Situation, home: HomeLines) -> Reply:
    """A crew member at sea: no local police comes on board and a brother out of reach cannot be sent
    numbers, so the help is who can reach the ship: its agency, Kemlu, KP2MI, the flag country's mission."""
    lang, place = situation.lang, situation.destination
    family = situation.writer is Writer.FAMILY
    lines = [
        f"🆘 <b>{_T['sea_title'][lang]}</b>",
        _T["sea_lead"][lang],
        f"• {_T['kemlu'][lang]}: <b>{_e(home.kemlu)}</b>",
        f"  {_T['sea_tell'][lang]}",
        f"• {_T['kp2mi_free'][lang]}: <b>{_e(home.kp2mi)}</b> ({_T['free'][lang]}); "
        f"{_T['from_abroad'][lang]} <b>{_e(home.kp2mi_abroad)}</b>",
    ]
    if place is not None and place.mission is not None:
        flag = _T["sea_flag"][lang].format(country=_e(_country(place, lang)))
        lines.append(f"• {flag} {mission_line(place.mission, lang, home.kemlu)}")
    if family:
        lines.append(f"• {_T['sea_agency'][lang]}")
        lines.append(f"• {_T['report_recruiter'][lang]}: <b>{_e(home.police)}</b>")
    lines.append("")
    lines.append(_T["sea_keep" if family else "sea_self"][lang])
    return Reply("\n".join(lines), (Action.REPORT,))


def _unknown_country(situation: Situation, home: HomeLines) -> Reply:
    lang = situation.lang
    if situation.elsewhere:
        return _elsewhere(situation, home)
    family = situation.writer is Writer.FAMILY
    lines = [
        f"🆘 <b>{_T['unknown_title'][lang]}</b>",
        f"<b>{_T['in_indonesia'][lang]}</b>",
        f"• {_T['police_id'][lang]}: <b>{_e(home.police)}</b>",
        f"• {_T['kp2mi_free'][lang]}: <b>{_e(home.kp2mi)}</b> ({_T['free'][lang]})",
        f"• {_T['sapa'][lang]}: <b>{_e(home.sapa)}</b>, WhatsApp {_e(home.sapa_whatsapp)}",
        f"<b>{_T['abroad_any'][lang]}</b>",
        _kp2mi_from_abroad(lang, home),
        f"• {_T['kemlu'][lang]}: <b>{_e(home.kemlu)}</b>",
    ]
    if not situation.in_indonesia:
        lines.append("")
        lines.append(_T["choose_country_family" if family else "choose_country"][lang])
    return Reply("\n".join(lines), _actions(situation))


def _suicidal(situation: Situation, table: Destinations, home: HomeLines) -> Reply:
    lang, place = situation.lang, situation.destination
    if place is not None and situation.writer is Writer.FAMILY:
        return _suicidal_family(situation, place, table, home, lead=_T["kind_family_abroad"][lang])
    kind = _T["kind_family" if situation.writer is Writer.FAMILY else "kind"][lang]
    lines = [_call_now(situation, home) + f"💛 {kind}"]
    lines.extend(f"• {listener}" for listener in _listeners(place, table, lang))
    if place is not None:
        lines.append(_T["life_danger_abroad"][lang].format(country=_e(_country(place, lang))))
        # after "call right now" the police line above is not said twice
        local = _local_lines(place, lang, home, labour=False, near=situation.near)
        lines.extend(local[1:] if situation.act_under_way else local)
    elif not situation.act_under_way:
        lines.append(f"• {_T['life_danger_home'][lang]}: <b>{_e(home.police)}</b>")
    lines.append("")
    lines.append(_T["talk_invite"][lang])
    if Action.ABROAD in _actions(situation):
        lines.append(_T["suicidal_abroad"][lang])
    return Reply("\n".join(lines), _actions(situation))


def _suicidal_family(
    situation: Situation, place: Destination, table: Destinations, home: HomeLines, *, lead: str
) -> Reply:
    """Family at home, a relative abroad speaking of suicide: what she can dial from Indonesia (Kemlu day and
    night, the mission, the local lines with their country code, a line for herself), then what to pass on
    to be dialled there."""
    lang = situation.lang
    country = _e(_country(place, lang))
    prefix = _calling_code(place)
    lines = [f"💛 {lead}", f"<b>{_T['call_from_home'][lang]}</b>"]
    lines.append(f"• {_T['kemlu_check'][lang]}: <b>{_e(home.kemlu)}</b>")
    missions = place.missions_near(situation.near)
    lines.extend(f"• {mission_line(mission, lang, home.kemlu)}" for mission in missions[:2])
    local = [place.crisis] if place.crisis is not None else []
    if place.labour is not None and _speaks_indonesian(place.labour):
        local.append(place.labour)
    # a short number (Taiwan's 1955) only works inside the country: hers to pass on, not to dial
    dialable = [line for line in local if _long(line.phone) and prefix]
    lines.extend(f"• {_named_number(line, lang, _dialled(line.phone, prefix, lang))}" for line in dialable)
    home_line = table.mental_health
    home_name = _e(home_line.name.get(lang).split(",")[0])
    lines.append(f"• {_T['for_you'][lang]} {home_name}: <b>{_e(home_line.phone.shown(lang))}</b>")
    passed = [f"{_T['police'][lang]} <b>{_e(_shown(place.police, lang))}</b>"]
    if place.ambulance is not None:
        passed.append(f"{_T['ambulance'][lang]} <b>{_e(place.ambulance.shown(lang))}</b>")
    passed.extend(_labelled(line, lang, crisis=line is place.crisis) for line in local)
    lines.append(_T["pass_on"][lang].format(country=country) + " " + " · ".join(passed))
    lines.append("")
    lines.append(_T["talk_invite"][lang])
    return Reply("\n".join(lines), (Action.TALK,))


def _labelled(line: Line, lang: Language, *, crisis: bool) -> str:
    """A number in a one-line list with a few words saying what it is: a bare "2896 0000" is passed on to
    someone who cannot tell a crisis line from a labour office."""
    if crisis:
        return f"{_T['mental_short'][lang]} <b>{_e(line.phone.shown(lang))}</b>"
    label = line.name.get(lang).split("(")[0].strip()
    if _says_number(label, line.phone.number):  # "Hotline 1955 Depnaker Taiwan": the number once, in bold
        return _e(label).replace(_e(line.phone.number), f"<b>{_e(line.phone.shown(lang))}</b>", 1)
    return f"{_e(label)} <b>{_e(line.phone.shown(lang))}</b>"


def _says_number(name: str, number: str) -> bool:
    """Whether the name says the number itself, not as the tail of another one: "WhatsApp 9151 1767" does
    not say Singapore's call number 1767, and bolding it there would drop the number she can call."""
    escaped = re.escape(number)
    return re.search(rf"(?<![\d+])(?<!\d )(?<!\d-){escaped}(?![\d])(?! \d)(?!-\d)", name) is not None


def _calling_code(place: Destination) -> str:
    """The country's calling code, read from its own mission's hotline ("+852 6773 0466" gives "+852")."""
    for mission in place.missions:
        number = mission.hotline.number if mission.hotline is not None else ""
        if number.startswith("+") and not number.startswith("+62"):
            return number.split()[0]
    return ""


def _long(number: Number) -> bool:
    """A full number, dialable from abroad with the country code; a short one (1925, 999) is not."""
    return sum(ch.isdigit() for ch in number.number) > 5


def _dialled(number: Number, prefix: str, lang: Language) -> str:
    """A local number as dialled from Indonesia: with the country code in front."""
    if number.number.startswith("+") or not prefix:
        return number.shown(lang)
    return f"{prefix} {number.shown(lang)}"


def _listeners(
    place: Destination | None,
    table: Destinations,
    lang: Language,
    *,
    short: bool = False,
    from_home: bool = False,
) -> list[str]:
    """Who listens to suicidal thoughts, reachable from where she is: at home the mental-health line; abroad
    the country's crisis line, its labour hotline when it speaks Indonesian (Taiwan 1955), and the home
    line's chat, never its phone number, which only works from Indonesia and would read as the local
    ambulance ("119" in Taiwan). `short`: one item, the numbers that work there."""
    home_line = table.mental_health
    if place is None:
        number = f"<b>{_e(home_line.phone.shown(lang))}</b>"
        return [number] if short else [f"{_e(home_line.name.get(lang))}: {number}"]
    local = [place.crisis] if place.crisis is not None else []
    if place.labour is not None and _speaks_indonesian(place.labour):
        local.append(place.labour)
    # family at home dial the country code first ("+852 2896 0000")
    prefix = _calling_code(place) if from_home else ""
    shown = [_dialled(line.phone, prefix, lang) if prefix and _long(line.phone) else "" for line in local]
    numbers = [
        f"<b>{_e(dialled or line.phone.shown(lang))}</b>" for line, dialled in zip(local, shown, strict=True)
    ]
    chat = _T["healing_chat"][lang].format(name=_e(home_line.name.get(lang).split(",")[0]))
    if short:
        return [" · ".join(numbers) if numbers else chat]
    named = [_named_number(line, lang, dialled) for line, dialled in zip(local, shown, strict=True)]
    if not named:  # said plainly rather than filled with a number nobody checked
        named = [_T["no_local_listener"][lang].format(country=_e(_country(place, lang)))]
    return [*named, chat]


def _named_number(line: Line, lang: Language, shown: str = "") -> str:
    """ "Name: <b>number</b>", or the name with its number in bold when the name already says it."""
    name, number = _e(line.name.get(lang)), _e(shown or line.phone.shown(lang))
    if not shown and _says_number(name, _e(line.phone.number)):
        return name.replace(_e(line.phone.number), f"<b>{number}</b>", 1)
    return f"{name}: <b>{number}</b>"


def _country(place: Destination, lang: Language) -> str:
    """The country's name in a sentence: "in the United Arab Emirates", "in the Philippines"."""
    name = place.name.get(lang)
    if lang == "en" and name.startswith(("United ", "Philippines")):
        return f"the {name}"
    return name


def _speaks_indonesian(line: Line) -> bool:
    """The table says so in the line's name ("ada bahasa Indonesia", "penerjemah bahasa Indonesia")."""
    return "bahasa indonesia" in line.name.get("id").lower()


def _call_now(situation: Situation, home: HomeLines) -> str:
    """For an act under way: the emergency number where she is, before the kind word; else nothing."""
    if not situation.act_under_way:
        return ""
    lang, place = situation.lang, situation.destination
    if place is None:
        numbers = f"{_T['police_id'][lang]} <b>{_e(home.police)}</b>"
    else:
        numbers = f"{_T['police'][lang]} <b>{_e(_shown(place.police, lang))}</b>"
        if place.ambulance is not None:
            numbers += f" · {_T['ambulance'][lang]} <b>{_e(place.ambulance.shown(lang))}</b>"
    return f"🚨 <b>{_T['call_now'][lang]}</b> {numbers}\n{_T['move_away'][lang]}\n\n"


def _actions(situation: Situation) -> tuple[Action, ...]:
    # where she is unknown: one tap to the numbers that work there, as in the general block
    unknown = situation.destination is None and not situation.in_indonesia and not situation.elsewhere
    if situation.suicidal:
        return (Action.TALK, Action.ABROAD) if unknown else (Action.TALK,)
    if situation.destination is None and not situation.in_indonesia:
        return (Action.ABROAD, Action.REPORT)
    return (Action.REPORT,)


def _local_lines(
    place: Destination, lang: Language, home: HomeLines, *, labour: bool = True, near: str = ""
) -> list[str]:
    emergency = [f"{_T['police'][lang]}: <b>{_e(_shown(place.police, lang))}</b>"]
    if place.ambulance is not None:
        emergency.append(f"{_T['ambulance'][lang]}: <b>{_e(place.ambulance.shown(lang))}</b>")
    lines = ["• " + " · ".join(emergency)]
    missions = place.missions_near(near)
    lines.extend(f"• {mission_line(mission, lang, home.kemlu)}" for mission in missions)
    if any(mission.hotline is not None for mission in missions) and _needs_kemlu(missions):
        lines.append(f"• Kemlu ({_T['day_and_night'][lang]}): <b>{_e(home.kemlu)}</b>")
    if labour and place.labour is not None:
        lines.append(f"• {_named_number(place.labour, lang)}")
    return lines


def _local_numbers_short(place: Destination, lang: Language, home: HomeLines, near: str = "") -> list[str]:
    country = _e(_country(place, lang))
    police = f"{_T['police'][lang]} {country}"
    if lang == "en":  # "UAE police", not "Police the United Arab Emirates"
        police = f"{country.removeprefix('the ')} {_T['police'][lang].lower()}"
    numbers = [f"{police} <b>{_e(_shown(place.police, lang))}</b>"]
    # the nearest mission, reached through Kemlu when its own hotline is not known, then the nearest that
    # has a number to call: a worker in Penang is told of KJRI Penang, not only of the embassy
    nearby = place.missions_near(near)
    nearest = nearby[0] if nearby else place.mission
    if nearest is not None and nearest.hotline is None:
        via = _T["via_kemlu_short"][lang].format(kemlu=f"<b>{_e(home.kemlu)}</b>")
        numbers.append(f"{_e(nearest.label(lang))} {via}")
    elif (
        nearest is not None and nearest.hotline is not None and not nearest.hotline.verified
    ):  # an office line
        numbers.append(mission_line(nearest, lang, home.kemlu, separator=" "))
    checked = (shown for shown in nearby if shown.hotline is not None and shown.hotline.verified)
    callable_mission = next(checked, None)
    if callable_mission is not None:
        numbers.append(mission_line(callable_mission, lang, home.kemlu, separator=" "))
    elif _needs_kemlu(nearby) and any(shown.hotline is not None for shown in nearby):
        numbers.append(f"Kemlu <b>{_e(home.kemlu)}</b> ({_T['day_and_night'][lang]})")
    if place.labour is not None:  # a bare number means nothing to her: its name, without the details
        numbers.append(_labelled(place.labour, lang, crisis=False))
    return numbers


def _key_numbers(place: Destination, lang: Language, home: HomeLines, near: str, *, scam: bool) -> list[str]:
    """The numbers in one line; from a scam compound the mission first, the police only for after escape."""
    numbers = _local_numbers_short(place, lang, home, near)
    if not scam:
        return numbers
    police = f"{_T['police_after_escape'][lang]} <b>{_e(_shown(place.police, lang))}</b>"
    return [*numbers[1:], police]


def _kp2mi_from_abroad(lang: Language, home: HomeLines) -> str:
    """KP2MI's call center and WhatsApp, both as dialled from abroad."""
    whatsapp = _e(dialled_from_abroad(home.kp2mi_whatsapp))
    return f"• {_T['kp2mi_abroad'][lang]}: <b>{_e(home.kp2mi_abroad)}</b>, WhatsApp {whatsapp}"


def _shown(number: Number | None, lang: Language) -> str:
    return number.shown(lang) if number is not None else "-"


def _strip_bold(text: str) -> str:
    return text.replace("<b>", "").replace("</b>", "")


def _e(text: str) -> str:
    return html.escape(text, quote=False)


_T: Final[dict[str, dict[Language, str]]] = {
    "abroad_title": {
        "id": "Dalam bahaya di {country}? Hubungi sekarang:",
        "en": "In danger in {country}? Call now:",
    },
    "family_title": {
        "id": "Keluarga Anda dalam bahaya di {country}?",
        "en": "Is your family member in danger in {country}?",
    },
    "pass_on": {
        "id": "Kirimkan nomor ini kepadanya, berlaku di {country}:",
        "en": "Send her these numbers, they work in {country}:",
    },
    "from_home": {"id": "Yang bisa Anda lakukan dari Indonesia:", "en": "What you can do from Indonesia:"},
    "unknown_title": {
        "id": "Jika Anda atau keluarga dalam bahaya, segera hubungi:",
        "en": "If you or your family are in danger, contact now:",
    },
    "in_indonesia": {"id": "Di Indonesia", "en": "In Indonesia"},
    "abroad_any": {"id": "Dari luar negeri", "en": "From abroad"},
    "choose_country": {
        "id": "Sedang di luar negeri? Tekan <b>🌏 Di luar negeri</b> dan pilih negaranya: saya kirim nomor "
        "polisi dan KBRI/KJRI di sana.",
        "en": "Abroad? Tap <b>🌏 Abroad</b> and choose the country: I will send the police and embassy "
        "numbers there.",
    },
    "no_local_numbers": {
        "id": "Nomor darurat {country} belum ada di daftar kami. Tanyakan nomor polisi setempat ke orang "
        "yang Anda percaya, dan hubungi:",
        "en": "We do not have {country}'s emergency numbers yet. Ask someone you trust for the local police "
        "number, and contact:",
    },
    "kemlu_nearest": {
        "id": "Kemlu, perlindungan WNI (24 jam, bisa dari luar negeri, untuk semua negara)",
        "en": "Foreign ministry, citizen protection (24 hours, works from abroad, for every country)",
    },
    "safe_travel": {
        "id": "Alamat dan nomor KBRI di negara itu (Safe Travel Kemlu)",
        "en": "The embassy's address and numbers there (foreign ministry's Safe Travel)",
    },
    "type_country": {
        "id": "Di negara lain? Ketik nama negaranya, atau tekan <b>🌏 Di luar negeri</b>.",
        "en": "In another country? Type its name, or tap <b>🌏 Abroad</b>.",
    },
    "choose_country_family": {
        "id": "Di negara mana dia? Tekan <b>🌏 Di luar negeri</b> dan pilih negaranya, atau ketik namanya: "
        "saya kirim nomor polisi dan KBRI/KJRI di sana untuk Anda teruskan.",
        "en": "Which country is she in? Tap <b>🌏 Abroad</b> and choose it, or type its name: I will send "
        "the police and embassy numbers there for you to pass on.",
    },
    "sea_title": {
        "id": "Awak kapal (ABK) dalam bahaya di laut?",
        "en": "A ship's crew member in danger at sea?",
    },
    "sea_lead": {
        "id": "Polisi setempat tidak bisa datang ke kapal. Yang bisa menjangkau kapal:",
        "en": "Local police cannot come to a ship. Those who can reach it:",
    },
    "sea_tell": {
        "id": "Sebutkan nama kapal, benderanya, posisi terakhir, dan nama agensinya.",
        "en": "Give the ship's name, its flag, its last position and the agency's name.",
    },
    "sea_flag": {
        "id": "Perwakilan Indonesia di {country} (negara bendera kapal):",
        "en": "Indonesia's mission in {country} (the ship's flag):",
    },
    "sea_agency": {
        "id": "Agensi yang memberangkatkan: minta posisi kapal dan kabar dari kaptennya, sebaiknya tertulis.",
        "en": "The agency that sent him: ask for the ship's position and word from the captain, in writing "
        "if you can.",
    },
    "sea_self": {
        "id": "Bila bisa, diam-diam kirim nama kapal dan posisinya (lokasi HP) ke keluarga atau Kemlu. "
        "Simpan foto kontrak dan nama agensi.",
        "en": "If you can, quietly send the ship's name and position (your phone's location) to family or "
        "the foreign ministry. Keep a photo of the contract and the agency's name.",
    },
    "sea_keep": {
        "id": "Simpan nama kapal, kontrak, nama agensi, dan pesan terakhir darinya.",
        "en": "Keep the ship's name, the contract, the agency's name and his last messages.",
    },
    "scam_no_police": {
        "id": "Jangan minta tolong ke polisi atau penjaga di dalam kompleks: mereka bisa ikut terlibat. "
        "Hubungi KBRI dulu, diam-diam:",
        "en": "Do not ask the police or the guards inside the compound for help: they may be part of it. "
        "Contact the Indonesian embassy first, quietly:",
    },
    "police_after_escape": {
        "id": "Polisi setempat (setelah Anda keluar dari kompleks)",
        "en": "Police there (once you are out of the compound)",
    },
    "scam_phone": {
        "id": "Jika HP Anda diperiksa, catat nomornya di tempat tersembunyi lalu hapus percakapan ini.",
        "en": "If they check your phone, note the numbers somewhere hidden, then delete this chat.",
    },
    "police": {"id": "Polisi", "en": "Police"},
    "ambulance": {"id": "Ambulans", "en": "Ambulance"},
    "police_id": {"id": "Polisi (Indonesia)", "en": "Police (Indonesia)"},
    "kp2mi_abroad": {"id": "KP2MI dari luar negeri", "en": "KP2MI from abroad"},
    "kp2mi_free": {"id": "Call center KP2MI", "en": "KP2MI call center"},
    "free": {"id": "gratis di Indonesia", "en": "free in Indonesia"},
    "free_short": {"id": "gratis", "en": "free"},  # said to family at home, where it is free
    "from_abroad": {"id": "dari luar negeri", "en": "from abroad"},
    "sapa": {"id": "SAPA (perempuan dan anak)", "en": "SAPA (women and children)"},
    "kemlu": {
        "id": "Kemlu, perlindungan WNI (24 jam, bisa dari luar negeri)",
        "en": "Foreign ministry, citizen protection (24 hours, works from abroad)",
    },
    "report_extortion": {
        "id": "Laporkan pemerasan dan perekrutnya ke Polisi",
        "en": "Report the extortion to the police",
    },
    "go_to_mission": {
        "id": "Sudah keluar dari rumah majikan? Pergi ke atau telepon {mission} dan minta perlindungan: "
        "perwakilan RI menampung WNI yang kabur.",
        "en": "Already out of the employer's house? Go to or call {mission} and ask for protection: "
        "Indonesia's missions take in citizens who ran away.",
    },
    "ransom": {
        "id": "Jangan kirim uang tebusan sebelum bicara dengan Kemlu/KBRI. Simpan pesan dan nomor "
        "rekeningnya.",
        "en": "Pay no ransom before speaking to the foreign ministry or embassy. Keep the messages.",
    },
    "report_recruiter": {
        "id": "Laporkan perekrut atau calo ke Polisi",
        "en": "Report the recruiter or broker to the police",
    },
    "via_kemlu_short": {"id": "lewat Kemlu {kemlu}", "en": "via the foreign ministry {kemlu}"},
    "keep_evidence": {
        "id": "Jika aman, simpan bukti (foto, pesan) dan kabari orang yang Anda percaya.",
        "en": "If it is safe, keep evidence (photos, messages) and tell someone you trust.",
    },
    "call_now": {"id": "Telepon sekarang juga:", "en": "Call right now:"},
    "move_away": {
        "id": "Menjauhlah dari jendela, obat, atau benda tajam, dan ke tempat ada orang lain.",
        "en": "Move away from the window, the pills or anything sharp, and go where other people are.",
    },
    "still": {"id": "Nomor darurat tetap berlaku:", "en": "Emergency numbers still apply:"},
    "pass_on_short": {
        "id": "Kirimkan nomor ini kepadanya, berlaku di {country}:",
        "en": "Send her these numbers, they work in {country}:",
    },
    "if_danger": {"id": "Jika Anda dalam bahaya, hubungi:", "en": "If you are in danger, call:"},
    "scam_short": {
        "id": "Di kompleks scam: hubungi KBRI dulu, diam-diam, bukan polisi/penjaga.",
        "en": "In a scam compound: call the embassy first, quietly, not police or guards.",
    },
    "day_and_night": {"id": "24 jam", "en": "24 hours"},
    "no_local_listener": {
        "id": "Nomor layanan jiwa di {country} yang sudah kami cek belum ada.",
        "en": "We have no checked mental-health line in {country} yet.",
    },
    "kind": {
        "id": "Terima kasih sudah mau bercerita. Anda tidak sendirian, dan perasaan seberat ini bisa "
        "dibantu. Bicaralah dengan orang yang terlatih untuk mendengarkan:",
        "en": "Thank you for telling me. You are not alone, and feelings this heavy can be helped. "
        "Please talk to someone trained to listen:",
    },
    "kind_family": {
        "id": "Terima kasih sudah memberi tahu saya. Kalau bisa, temani dia dan jangan biarkan dia "
        "sendirian. Orang yang terlatih bisa membantu dia, dan Anda juga:",
        "en": "Thank you for telling me. If you can, stay with her and do not leave her alone. Someone "
        "trained can help her, and you too:",
    },
    "kind_ticket": {
        "id": "Terima kasih sudah mau bercerita; Anda tidak sendirian. Sambil menunggu petugas, orang "
        "terlatih siap mendengarkan:",
        "en": "Thank you for telling us; you are not alone. While you wait for our officer, someone trained "
        "will listen:",
    },
    "kind_ticket_family": {
        "id": "Terima kasih sudah melapor. Temani dia, jangan biarkan dia sendirian. Orang terlatih "
        "siap mendengarkan dia dan Anda:",
        "en": "Thank you for reporting for her. If you can, stay in touch and do not leave her alone. "
        "Someone trained will listen to her, and to you:",
    },
    "kind_family_abroad": {
        "id": "Terima kasih sudah memberi tahu saya. Tetap hubungi dia dan dengarkan; minta orang di "
        "dekatnya menemaninya. Jika dia tidak bisa dihubungi, minta Kemlu/KJRI memeriksa keadaannya.",
        "en": "Thank you for telling me. Keep in touch with her and listen; ask someone near her to "
        "stay with her. If she cannot be reached, ask the foreign ministry or the consulate to check on her.",
    },
    "still_here_family": {
        "id": "Saya masih di sini. Jika dia tidak bisa dihubungi, minta Kemlu/KJRI memeriksa keadaannya "
        "sekarang; sebutkan nama, alamat majikan, dan pesan terakhirnya.",
        "en": "I am still here. If she cannot be reached, ask the foreign ministry or the consulate to check "
        "on her now; give her name, her employer's address and her last message.",
    },
    "call_from_home": {"id": "Bisa Anda telepon dari Indonesia:", "en": "You can call from Indonesia:"},
    "kemlu_check": {
        "id": "Kemlu, perlindungan WNI (24 jam)",
        "en": "Foreign ministry, citizen protection (24 hours)",
    },
    "for_you": {"id": "Untuk Anda sendiri:", "en": "For yourself:"},
    "mental_short": {"id": "Layanan kesehatan jiwa", "en": "Mental-health line"},
    "still_here": {
        "id": "Saya masih di sini dan membaca pesan Anda. Anda tidak sendirian. Orang yang terlatih siap "
        "mendengarkan, kapan saja:",
        "en": "I am still here and reading your messages. You are not alone. Someone trained is ready to "
        "listen, at any hour:",
    },
    "offer": {
        "id": "Mau petugas kami membantu? Tekan tombol di bawah. Pesan Anda sudah saya simpan, tidak perlu "
        "mengetik ulang.",
        "en": "Would you like our officers to help? Tap the button below. I kept what you wrote, no need to "
        "type it again.",
    },
    "offer_abroad": {
        "id": "Di luar negeri? Tulis nama negara atau kotanya, atau tekan <b>🌏 Di luar negeri</b>. Mau "
        "petugas kami membantu? Tekan tombol laporan di bawah.",
        "en": "Abroad? Type the country or city, or tap <b>🌏 Abroad</b>. Would you like our officers to "
        "help? Tap the report button below.",
    },
    "write_title": {
        "id": "Bisa, tidak harus menelepon. Kirim pesan tertulis ke:",
        "en": "Yes, you do not have to call. Send a written message to:",
    },
    "write_try": {
        "id": "coba lewat WhatsApp",
        "en": "try WhatsApp",
    },
    "write_what": {
        "id": "Tulis singkat: nama Anda, nama majikan atau perusahaan, alamat atau lokasi (kirim lokasi bila "
        "aman), dan apa yang terjadi.",
        "en": "Write briefly: your name, the employer's or company's name, the address or location (share "
        "your location if it is safe), and what is happening.",
    },
    "write_here": {
        "id": "Di sini juga bisa: tekan tombol di bawah, petugas kami membaca laporan Anda. Pesan Anda sudah "
        "saya simpan.",
        "en": "You can also write here: tap the button below and our officers will read your report. I kept "
        "what you wrote.",
    },
    "all_clear": {
        "id": "Syukurlah Anda aman. Maaf kalau tadi saya salah paham. Silakan tanya apa saja. Kalau nanti "
        "dalam bahaya, ketik /darurat.",
        "en": "I am glad you are safe. Sorry if I misunderstood. Ask me anything. If you are ever in danger, "
        "type /emergency.",
    },
    "family_steps_title": {"id": "Langkah yang bisa Anda lakukan:", "en": "Steps you can take:"},
    "family_steps": {
        "id": "Catat nama dan alamat majikannya, nama agensi/PT (di Indonesia dan di sana) dan nomor "
        "paspornya bila tahu.\nSimpan semua chat, voice note dan foto darinya: jangan dihapus.\nKirimkan "
        "nomor darurat di atas kepadanya, dan hubungi KP2MI atau Kemlu dari sini.\nLaporkan sebagai "
        "keluarga: tekan <b>🚨 Laporkan sekarang</b>, petugas kami menindaklanjuti.",
        "en": "Write down the employer's name and address, the agency's name (in Indonesia and there) and "
        "her passport number if you know it.\nKeep all her chats, voice notes and photos: do not delete "
        "them.\nSend her the emergency numbers above, and contact KP2MI or Kemlu from here.\nReport as "
        "family: tap <b>🚨 Report now</b> and our officers will follow it up.",
    },
    "back_home": {
        "id": "Syukurlah Anda sudah di Indonesia. Silakan tanya apa saja. Kalau nanti dalam bahaya, ketik "
        "/darurat.",
        "en": "I am glad you are back in Indonesia. Ask me anything. If you are ever in danger, type "
        "/emergency.",
    },
    "which_house": {
        "id": "🏠 Anda di rumah siapa sekarang: rumah majikan, rumah agen, atau sudah pulang ke Indonesia? "
        "Selama masih di luar negeri, nomor ini tetap berlaku.",
        "en": "🏠 Whose house are you in now: the employer's, the agent's, or are you back in Indonesia? "
        "While you are still abroad, these numbers still work.",
    },
    "healing_chat": {
        "id": "{name} (Kemenkes): chat di <b>healing119.id</b>; teleponnya hanya dari Indonesia",
        "en": "{name} (Indonesia's health ministry): chat at <b>healing119.id</b>; its phone line only works "
        "from Indonesia",
    },
    "injured_where": {
        "id": "Terluka? Ketik nama negara Anda atau tekan <b>🌏 Di luar negeri</b>: saya kirim nomor "
        "ambulans di sana.",
        "en": "Hurt? Type your country or press <b>🌏 Abroad</b>: I will send the ambulance number there.",
    },
    "life_danger_abroad": {
        "id": "Jika nyawa Anda dalam bahaya sekarang, di {country}:",
        "en": "If your life is in danger right now, in {country}:",
    },
    "life_danger_home": {
        "id": "Jika nyawa Anda dalam bahaya sekarang, Polisi/darurat",
        "en": "If your life is in danger right now, police/emergency",
    },
    "suicidal_abroad": {
        "id": "Sedang di luar negeri? Tekan <b>🌏 Di luar negeri</b> atau ketik nama negaranya: saya kirim "
        "nomor yang bisa dihubungi di sana.",
        "en": "Abroad? Tap <b>🌏 Abroad</b> or type the country: I will send the numbers that work there.",
    },
    "talk_invite": {
        "id": "Mau cerita ke petugas kami? Tekan <b>💬 Cerita ke petugas</b>. Saya juga tetap di sini.",
        "en": "Would you like to talk to one of our officers? Tap <b>💬 Talk to an officer</b>. I am still "
        "here too.",
    },
}
