"""Spot messages that describe danger happening *now*, so the bot leads with emergency contacts.

Rule-based on purpose: it must be predictable, explainable to staff, and never depend on the FAQ matcher.
The text goes through the same normaliser as the matcher (slang, repeated letters, English "me/my" -> "saya"),
then words close to the danger lexicon are spelled back to it ("dikurng" -> "dikurung").

A message is urgent when it contains a danger predicate (confinement, violence, sexual abuse, trafficking,
ransom, no food, threats, suicidal thoughts, a health emergency or care refused, someone missing) with enough
strength (one strong predicate, or two weak signs
such as "luka", "hp disita"), judged against how it is phrased:
- about danger that is over or hypothetical ("pernah", "dulu" unless "sekarang ... dikurung" follows,
  "sudah pulang", "kalau ..." at the start, "if", "ever"): urgent only if it also asks for help;
- as a question *about* the topic ("apa itu", "ciri", "hukuman", "berita", "what is", "is that allowed"):
  urgent if it asks for help or names a victim ("sy dikurung majikan, apakah bisa dibantu?");
- otherwise urgent, and a single weak sign is enough when it pleads for help about someone ("tolong sy ...").
Predicates are mostly passive verb forms ("dikurung", "dipukuli", "dijual") or active ones tied to a
perpetrator ("majikan mukul"): they describe something done to someone, while questions about rules use
active or noun forms ("mengunci", "penyekapan", "kekerasan").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from faq.normalize import Normalizer


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


@dataclass(frozen=True, slots=True)
class _Pattern:
    category: DangerCategory
    regex: re.Pattern[str]
    strength: int


def _p(category: DangerCategory, pattern: str, strength: int = 2) -> _Pattern:
    return _Pattern(category, re.compile(rf"\b(?:{pattern})\b"), strength)


C = DangerCategory
# People a message may be about: the writer or family (English "me/my/I" are already "saya").
_PERSON = r"(?:saya|kami|anak|istri|suami|adik|kakak|ibu|bapak|teman|saudara|keluarga|ponakan|keponakan)"
_PERPETRATOR = (
    r"(?:majikan|bos|agen|agensi|mandor|madam|sponsor|calo|tekong|p3mi|pt|kapten|boss|employer|agent)"
)
_ACTIVE_VIOLENCE = (
    r"(?:mukul|mukulin|memukul|memukuli|nyiksa|menyiksa|nampar|menampar|nendang|menendang|nonjok|menganiaya"
    r"|ngunci|mengunci|nyekap|menyekap|ngurung|mengurung|nyetrum|nyakitin|menyakiti|melecehkan|memperkosa"
    r"|nyekek|nyekik|mencekik|nampol|nabok|nonjok)"
)
_ACTIVE_SEXUAL = (
    r"(?:grepe|grepe grepe|gerepe|pegang pegang|raba raba|meraba|meraba raba|menggerayangi|gerayangi|nyium"
    r"|menciumi|cium cium)"
)
_ABUSE_VICTIM = r"korban (?:pelecehan|perkosaan|pemerkosaan|kekerasan seksual|kekerasan|penganiayaan)"
_ONGOING = r"(?:masih|sekarang|saat ini|tiap hari|setiap hari|terus menerus)"
_PATTERNS: Final[tuple[_Pattern, ...]] = (
    # confinement
    _p(
        C.CONFINEMENT,
        r"dikurung|terkurung|dikurungi|disekap|dikunci|dikunciin|dikerangkeng|disandera|dikrangkeng|diculik"
        r"|terjebak|disekep|dikonci|dikurungin|dikekang|dipenjara|dikerangkengin"
        r"|ditahan di (?:penampungan|rumah|kamar|mess|asrama|kantor|gudang|hutan|kapal)",
    ),
    _p(
        C.CONFINEMENT,
        r"tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|bisa)"
        r" (?:keluar|kabur|metu|kaluar)"
        r"|tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|meunang)"
        r" (?:pulang|pergi|mulih|balik)|tidak meunang kaluar"
        r"|dilarang (?:keluar|pulang)",
    ),
    _p(
        C.CONFINEMENT,
        r"tidak bisa pulang|tidak bisa ke mana mana|handphone (?:saya )?(?:disita|diambil|dirampas)"
        r"|tidak (?:boleh|bisa) (?:hubungi|menghubungi|kontak|telepon) keluarga"
        r"|tidak boleh (?:pegang|pakai|main) handphone|(?:cannot|can t|cant|not allowed to) go home|stuck",
        1,
    ),
    _p(C.CONFINEMENT, r"locks? (?:saya|us|her|him) (?:in|up)|locking (?:saya|us|her|him)"),
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
    _p(C.CONFINEMENT, r"(?:cannot|can t|cant|not allowed to) (?:leave|go out|get out|escape)"),
    _p(C.CONFINEMENT, r"kept (?:in|inside|locked)|keep (?:saya|us|her|him) (?:locked|inside|in a)"),
    _p(C.CONFINEMENT, r"(?:took|take|taken|confiscated) saya (?:phone|handphone)|confiscated", 1),
    # violence
    _p(
        C.VIOLENCE,
        r"dipukul|dipukuli|dipukulin|mukulin|mukuli|memukuli saya|disiksa|dianiaya|ditendang|disetrum|dicekik"
        r"|ditampar|dihajar|digebuki|digebukin|digebugi|digebuk|diantemi|dijambak|disiram|dibakar|disundut"
        r"|dipeupeuh|ditusuk|dibacok|diinjak|dilukai|digampar|ditonjok|dijotos|ditabok|dicabok|ditempeleng"
        r"|disetrika|dicambuk|disabet|dipecut|dihantam|dibanting|diseret|dicakar|babak belur|dipenthung"
        r"|digebugan|dikeroyok|dipateni|disakiti|disakitin|ditampol|dipentung|dicekek|dilempar|ditapuk"
        r"|dikepruk|dijedotin|dibenturkan|disiram air panas|dianiaya|dicekek"
        r"|kena (?:setrum|strum|pukul|tampar|siksa|tendang)",
    ),
    _p(C.VIOLENCE, rf"{_PERPETRATOR}\b.{{0,30}}\b{_ACTIVE_VIOLENCE}|{_ACTIVE_VIOLENCE} {_PERSON}"),
    _p(
        C.VIOLENCE,
        r"(?:beat|beats|beaten|beating|hit|hits|hitting|kicked|kicks|tortured|torturing|slapped|slaps|choked"
        r"|punched|punches|burned|burnt|whipped|hurting|abuse|abuses|abused|abusing|attacked|stabbed)"
        r" (?:saya|us|her|him|them)",
    ),
    _p(C.VIOLENCE, r"hurts? (?:saya|us|her|him)$"),
    _p(C.VIOLENCE, r"beaten|tortured|physically abused|being (?:abused|beaten|hurt|tortured|hit)"),
    _p(C.VIOLENCE, r"luka|berdarah|memar|lebam|bleeding|bruised|injured", 1),
    # sexual abuse
    _p(
        C.SEXUAL_ABUSE,
        r"diperkosa|perkosa|dilecehkan|dilecehin|dicabuli|dicabulin|digerayangi|diraba|disetubuhi|dinodai"
        r"|dipegang dipegang|raped|rape|molested|being raped"
        r"|groped|sexually abused|sexually assaulted|harassing saya|harassed|digrepe|digerepe|digrepein"
        r"|dihamili|diapa apain|diapa apakan|hamil (?:sama|oleh|dengan|anak) majikan",
    ),
    _p(C.SEXUAL_ABUSE, r"(?:touching|touches|touched|forcing|forced) saya|hamil (?:karena|krn) dipaksa"),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:maksa|memaksa|dipaksa|paksa)\b.{0,20}\b(?:berhubungan badan|berhubungan intim|tidur bareng"
        r"|tidur dengan|tidur sama|melayani nafsu|begituan)",
    ),
    _p(C.SEXUAL_ABUSE, rf"{_PERPETRATOR}\b.{{0,40}}\b{_ACTIVE_SEXUAL}|{_ACTIVE_SEXUAL} saya"),
    _p(C.SEXUAL_ABUSE, r"masuk (?:ke )?kamar saya", 1),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:ngintip|ngintipin|mengintip|merekam|ngerekam) saya"
        r"|(?:disuruh|dipaksa) (?:melayani|layani|nemenin|menemani) tamu"
        r"|dipaksa (?:minum|makan|pakai) (?:obat|pil)|dipaksa (?:aborsi|menggugurkan)",
    ),
    _p(C.SEXUAL_ABUSE, _ABUSE_VICTIM, 1),
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
        r"|(?:was|were|been|being|got) sold"
        r"|scam compound|disuruh (?:\w+ ){0,2}(?:nipu|menipu|scam)|diperbudak|dijadikan budak|kerja rodi"
        r"|(?:trafficking|tppo) victim|victim of (?:trafficking|tppo)",
    ),
    _p(
        C.TRAFFICKING,
        r"dipaksa (?:kerja|bekerja|nipu|menipu|scam|(?:jadi|menjadi) scammer)|forced to (?:work|scam)"
        r"|forcing saya",
    ),
    _p(C.TRAFFICKING, r"korban (?:tppo|trafficking|perdagangan orang)", 1),
    # ransom
    _p(C.RANSOM, r"tebusan|ransom|ditebus|menebus|tebus"),
    _p(
        C.RANSOM,
        r"(?:bayar|uang|transfer|duit)\b.{0,40}\b(?:dilepas|dilepaskan|dilepasin|dibebaskan|dibebasin)",
    ),
    _p(
        C.RANSOM,
        r"(?:minta|meminta|diminta|dimintai|dimintain|menuntut)\b.{0,40}"
        r"\b(?:baru|biar|supaya|agar|kalau ingin) (?:\w+ ){0,2}(?:boleh |bisa )?"
        r"(?:pulang|bebas|keluar|dilepas)",
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
        r"tidak (?:dikasih|dikasi|diberi|dikei|dibere|diwenehi|diparingi|dapat|ada|pernah)"
        r" (?:makan|mangan|dahar|minum|ngombe|nginum)|no water|without water"
        r"|tidak makan|belum makan \w+ hari|belum makan (?:dari|sejak)|kelaparan|starving|starve|no food"
        r"|makan sehari sekali|tidak dahar|tidak mangan"
        r"|(?:haven|hasn|havent|hasnt|have not|has not)(?: t)? eaten"
        r"|nothing to eat|without food|jarang (?:dikasih|diberi) makan|makan (?:cuma|hanya) sekali"
        r"|makan (?:\w+ )?(?:cuma |hanya )?sekali sehari"
        r"|(?:cuma|hanya) (?:dikasih|diberi) makan\b.{0,20}\bsekali"
        r"|(?:dikasih|diberi) makan (?:sisa|basi)"
        r"|(?:doesn t|does not|dont|don t|not|never|didn t|did not) (?:give|gives|feed|feeds)"
        r" (?:saya|us|her|him)(?: any)? food",
    ),
    # threats and danger
    _p(
        C.THREAT,
        r"ngancam|ngancem|mengancam|diancam|diancem|ancam|diteror|diintimidasi|threaten|threatens|threatened"
        r"|threatening",
    ),
    _p(C.THREAT, r"(?:ingin|akan|bakal) (?:bunuh|membunuh)|dibunuh|bunuh saya|kill saya|going to kill"),
    _p(C.THREAT, r"nyawa (?:saya |\w+ )?terancam|dalam bahaya|in danger|selamatkan saya|save saya|save us"),
    _p(C.THREAT, r"sembunyi|bersembunyi|hiding|ketakutan|takut ketahuan|takut dibunuh|kabur dari", 1),
    # health emergencies and care refused
    _p(
        C.MEDICAL,
        r"pingsan|tidak sadar|tidak sadarkan diri|muntah darah|pendarahan|perdarahan|kejang|sesak napas"
        r"|sesak nafas|unconscious|fainted|passed out|seizure|overdose|keguguran|miscarriage",
    ),
    _p(
        C.MEDICAL,
        r"tidak (?:ingin|mau|boleh|dibolehkan|diizinkan|dikasih|bisa) (?:\w+ ){0,2}(?:ke )?"
        r"(?:dokter|rumah sakit|rs|klinik|puskesmas|berobat)"
        r"|tidak dibawa (?:ke )?(?:dokter|rumah sakit|rs|klinik|puskesmas|berobat)"
        r"|(?:won t|wont|will not|doesn t|does not|refuses to) take saya to (?:the |a )?(?:hospital|doctor)"
        r"|not allowed to see a doctor",
    ),
    _p(C.MEDICAL, r"sakit parah|demam tinggi|bleeding", 1),
    # whereabouts unknown: weak alone, strong with another sign ("kabur dari majikan", "ga tau dimana")
    _p(
        C.MISSING,
        r"tidak tahu (?:ada )?(?:di ?mana|dimana|keberadaannya)|hilang kontak|tidak bisa dihubungi"
        r"|lost contact|missing",
        1,
    ),
    # suicidal thoughts
    _p(
        C.SUICIDAL,
        r"bunuh diri|(?:ingin|pengen|lebih baik|mending|mendingan)(?: saya)? mati|kill myself|kill saya self"
        r"|mengakhiri hidup|akhiri hidup|(?:end|ending) saya (?:own )?life|take saya (?:own )?life|bundir"
        r"|gantung diri|minum racun|loncat dari|lompat dari|killing myself|hurt myself|end it all",
    ),
    _p(
        C.SUICIDAL,
        r"want to die|suicide|suicidal|tidak (?:ingin|pengen) hidup|capek hidup|lelah hidup"
        r"|(?:dont|don t|do not) want to (?:live|be alive)"
        r"|(?:tidak ada|tak ada) (?:gunanya|artinya|harapan) (?:lagi )?hidup"
        r"|hidup tidak ada (?:gunanya|artinya)",
    ),
    _p(C.SUICIDAL, r"tidak kuat (?:lagi|hidup)|cant take it anymore|can t take it anymore", 1),
)

# The writer speaking of themselves ("sy", "aku", "kami", and English "I/me/my", all normalised).
_VICTIM_RE: Final = re.compile(r"\b(?:saya|kami|us|we)\b")
_HELP: Final = re.compile(
    r"\b(?:tolong|tulung|tlg|tolongin|tulungi|tulungin|tulungen|tulungan|help|sos|darurat|emergency"
    r"|selamatkan|save saya)\b"
)
# Phrasings that ask *about* a topic in general: they lower the signal unless a person is named as victim.
_TOPIC: Final = re.compile(
    r"\b(?:apa itu|apakah|ciri|hukuman|hukumnya|dihukum|sanksi|contoh|contohnya|mencegah|cegah"
    r"|diatur|termasuk|bedanya|konsekuensi|pasal|undang undang|uu|pidana|dipidana"
    r"|what is|what are|how to|how do|how can|is it|legal|boleh tidak|apa yang harus|tindakan apa"
    r"|ke mana lapor|kemana lapor|dengar|denger|benar tidak|bener tidak|itu benar|itu bener"
    r"|pencegahan|program|modus|modusnya|kok bisa|menurut hukum|bantuan apa|hak apa|hak hak)\b"
    r"|\bis (?:that|this|it) (?:allowed|legal|normal|ok)\b"
    r"|\bcan (?:saya|they|an|the) (?:employer|agency|boss|agent|majikan|p3mi)\b"
    r"|\bboleh\b.*\btidak$"
)
# Phrasings about a hypothetical, about danger that is over, or about news and posts read elsewhere:
# not happening now to the writer.
_NOT_NOW: Final = re.compile(
    r"\b(?:ever|what should|bagaimana (?:jika|kalau)|seandainya|andaikan|misalnya|sudah pulang|sudah bebas"
    r"|sudah selamat|sudah aman|sudah di rumah|sudah di indonesia|sudah di kampung"
    r"|berita|film|baca|viral|rame|ramai|twitter)\b"
    r"|^(?:kalau|jika|bila|apabila|misal|what if|in case)\b"
)
# The past ("pernah", "dulu") counts as over unless the message says it is happening now as well.
_PAST: Final = re.compile(r"\b(?:pernah|dulu|tahun lalu|bulan lalu|waktu itu)\b")
_STILL: Final = re.compile(r"\b(?:sekarang|masih|saat ini|now|still|currently)\b")
# "if" asks a hypothetical, except in reported threats ("they said if I tell anyone they will kill me").
_IF: Final = re.compile(r"\bif\b")
_REPORTED_IF: Final = re.compile(r"\b(?:said|says|told|tell|threaten\w*|warned)\b[^.]{0,30}\bif\b")

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
    }
)


@dataclass(frozen=True, slots=True)
class TriageResult:
    urgent: bool
    categories: tuple[DangerCategory, ...]
    asks_for_help: bool
    about_topic: bool


def _happening_now(normalized: str) -> bool:
    """A strong danger predicate after "sekarang" / "masih": "dulu dijanjikan kerja, sekarang dikurung"."""
    now = _STILL.search(normalized)
    if now is None:
        return False
    after = normalized[now.end() :]
    return any(pattern.strength >= 2 and pattern.regex.search(after) for pattern in _PATTERNS)


def _join_passives(tokens: list[str], spell: Callable[[str], str]) -> list[str]:
    """ "di pukul" -> "dipukul": the passive prefix is often typed apart (Javanese "dipun siksa" too)."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        candidate = spell(f"di{following}") if following else ""
        if token in ("di", "dipun") and candidate in _PATTERN_WORDS:
            joined.append(candidate)
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


class UrgencyDetector:
    """Pure and cheap: one instance can be shared by every handler."""

    def __init__(self, real_words: Iterable[str] = ()) -> None:
        """`real_words`: extra words known to be spelt right (never "corrected" to a danger word)."""
        self._normalizer = Normalizer()
        self._real_words = _CONFUSABLES | frozenset(real_words)
        self._cache: dict[str, str] = {}

    def is_urgent(self, text: str) -> bool:
        return self.assess(text).urgent

    def reasons(self, text: str) -> tuple[str, ...]:
        """Danger categories found (for logging without the message text)."""
        return tuple(category.value for category in self.assess(text).categories)

    def assess(self, text: str) -> TriageResult:
        tokens = _join_passives(self._normalizer.tokens(text), self._spell)
        normalized = " ".join(self._spell(token) for token in tokens)
        strength = 0
        categories: list[DangerCategory] = []
        for pattern in _PATTERNS:
            matches = len(pattern.regex.findall(normalized))
            if matches:
                # Two different weak signs ("hp disita", "ga bisa hubungi keluarga") add up to a strong one.
                strength += pattern.strength * min(matches, 2)
                if pattern.category not in categories:
                    categories.append(pattern.category)
        asks_for_help = bool(_HELP.search(normalized))
        names_person = bool(_VICTIM_RE.search(normalized))
        not_now = (
            bool(_NOT_NOW.search(normalized))
            or (bool(_PAST.search(normalized)) and not _happening_now(normalized))
            or (bool(_IF.search(normalized)) and not _REPORTED_IF.search(normalized))
        )
        about_topic = not_now or bool(_TOPIC.search(normalized))
        if not categories:
            urgent = False
        elif not_now:
            urgent = asks_for_help and strength >= 2
        elif about_topic:
            # "sy dikurung majikan, apakah bisa dibantu?" is a victim asking; "apa itu disekap" is not.
            urgent = strength >= 2 and (asks_for_help or names_person)
        else:
            # A weak sign ("luka", "ga bisa pulang") counts only as a plea about someone: "tolong sy ...".
            urgent = strength >= 2 or (asks_for_help and names_person)
        return TriageResult(urgent, tuple(categories), asks_for_help, about_topic)

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
