"""Spot messages that describe danger happening *now*, so the bot leads with emergency contacts.

Rule-based on purpose: it must be predictable, explainable to staff, and never depend on the FAQ matcher.
The text goes through the same normaliser as the matcher (slang, repeated letters, English "me/my" -> "saya"),
then words close to the danger lexicon are spelled back to it ("dikurng" -> "dikurung").

A message is urgent when it contains a danger predicate (confinement, violence, sexual abuse, trafficking,
ransom, no food, threats, suicidal thoughts) and
- it is not phrased as a question *about* the topic ("apa itu", "ciri", "hukuman", "berita", "pernah",
  "kalau ..." at the start, "what is", "is that allowed") and the signs are strong (one strong predicate, or
  two weak ones such as "luka"), or it pleads for help about someone ("tolong sy ...") with a weak sign; or
- it is phrased like such a question but also asks for help and has a strong predicate.
Predicates are mostly passive verb forms ("dikurung", "dipukuli", "dijual") or active ones tied to a
perpetrator ("majikan mukul"): they describe something done to someone, while questions about rules use
active or noun forms ("mengunci", "penyekapan", "kekerasan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from rapidfuzz import fuzz, process

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
    r"|ngunci|mengunci|nyekap|menyekap|ngurung|mengurung|nyetrum|nyakitin|menyakiti|melecehkan|memperkosa)"
)
_ABUSE_VICTIM = r"korban (?:pelecehan|perkosaan|pemerkosaan|kekerasan seksual|kekerasan|penganiayaan)"
_ONGOING = r"(?:masih|sekarang|saat ini|tiap hari|setiap hari|terus menerus)"
_PATTERNS: Final[tuple[_Pattern, ...]] = (
    # confinement
    _p(
        C.CONFINEMENT,
        r"dikurung|terkurung|dikurungi|disekap|dikunci|dikunciin|dikerangkeng|disandera|dikrangkeng|diculik"
        r"|terjebak|disekep",
    ),
    _p(
        C.CONFINEMENT,
        r"tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih|bisa)"
        r" (?:keluar|kabur|metu)"
        r"|tidak (?:boleh|diizinkan|dibolehkan|dibolehin|diijinkan|entuk|oleh|dikasih) (?:pulang|pergi)"
        r"|dilarang (?:keluar|pulang)",
    ),
    _p(
        C.CONFINEMENT,
        r"tidak bisa pulang|tidak bisa ke mana mana|handphone (?:saya )?(?:disita|diambil|dirampas)"
        r"|tidak (?:boleh|bisa) (?:hubungi|menghubungi|kontak|telepon) keluarga"
        r"|tidak boleh (?:pegang|pakai|main) handphone|(?:cannot|can t|cant|not allowed to) go home",
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
    # violence
    _p(
        C.VIOLENCE,
        r"dipukul|dipukuli|dipukulin|mukulin|mukuli|memukuli saya|disiksa|dianiaya|ditendang|disetrum|dicekik"
        r"|ditampar|dihajar|digebuki|digebukin|digebugi|digebuk|diantemi|dijambak|disiram|dibakar|disundut"
        r"|dipeupeuh|ditusuk|dibacok|diinjak|dilukai|digampar|ditonjok|dijotos|ditabok|dicabok|ditempeleng"
        r"|disetrika|dicambuk|disabet|dipecut|dihantam|dibanting|diseret|dicakar|babak belur|dipenthung"
        r"|digebugan|dikeroyok|disiksa|dipateni|dianiaya",
    ),
    _p(C.VIOLENCE, rf"{_PERPETRATOR}(?: saya)?(?: \w+)? {_ACTIVE_VIOLENCE}|{_ACTIVE_VIOLENCE} {_PERSON}"),
    _p(
        C.VIOLENCE,
        r"(?:beat|beats|beaten|beating|hit|hits|hitting|kicked|kicks|tortured|torturing|slapped|slaps|choked"
        r"|punched|punches|burned|burnt|whipped|hurting|abuse|abused|abusing|attacked|stabbed)"
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
        r"|groped|sexually abused|sexually assaulted|harassing saya|harassed",
    ),
    _p(C.SEXUAL_ABUSE, r"(?:touching|touches|touched|forcing|forced) saya|hamil (?:karena|krn) dipaksa"),
    _p(
        C.SEXUAL_ABUSE,
        r"(?:maksa|memaksa|dipaksa|paksa)\b.{0,20}\b(?:berhubungan badan|berhubungan intim|tidur bareng"
        r"|tidur dengan|tidur sama|melayani nafsu|begituan)",
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
        r"|scam compound|disuruh (?:nipu|menipu|scam)",
    ),
    _p(
        C.TRAFFICKING,
        r"dipaksa (?:kerja|bekerja|nipu|menipu|scam|(?:jadi|menjadi) scammer)|forced to (?:work|scam)"
        r"|forcing saya",
    ),
    # ransom
    _p(C.RANSOM, r"tebusan|ransom|ditebus|menebus"),
    _p(
        C.RANSOM,
        r"(?:bayar|uang|transfer|duit)\b.{0,40}\b(?:dilepas|dilepaskan|dibebaskan|dipulangkan paksa)",
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
        r"tidak (?:dikasih|dikasi|diberi|dikei|dibere|dapat|ada|pernah) (?:makan|mangan|dahar|minum)"
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
    _p(C.THREAT, r"ngancam|mengancam|diancam|ancam|diteror|threaten|threatens|threatened|threatening"),
    _p(C.THREAT, r"(?:ingin|akan|bakal) (?:bunuh|membunuh)|dibunuh|bunuh saya|kill saya|going to kill"),
    _p(C.THREAT, r"nyawa (?:saya |\w+ )?terancam|dalam bahaya|in danger|selamatkan saya|save saya|save us"),
    _p(C.THREAT, r"sembunyi|bersembunyi|hiding|ketakutan|takut ketahuan|takut dibunuh|kabur dari", 1),
    # suicidal thoughts
    _p(
        C.SUICIDAL,
        r"bunuh diri|(?:ingin|pengen|lebih baik|mending|mendingan)(?: saya)? mati|kill myself|kill saya self"
        r"|mengakhiri hidup|akhiri hidup|(?:end|ending) saya (?:own )?life|take saya (?:own )?life",
    ),
    _p(
        C.SUICIDAL,
        r"want to die|suicide|suicidal|tidak (?:ingin|pengen) hidup|capek hidup|lelah hidup"
        r"|(?:dont|don t|do not) want to live",
    ),
    _p(C.SUICIDAL, r"tidak kuat (?:lagi|hidup)|cant take it anymore|can t take it anymore", 1),
)

_PERSON_RE: Final = re.compile(rf"\b{_PERSON}\b")
_HELP: Final = re.compile(
    r"\b(?:tolong|tulung|tlg|tolongin|help|sos|darurat|emergency|selamatkan|save saya)\b"
)
# Phrasings that ask *about* a topic, or speak of the past or of other people in general.
_TOPIC: Final = re.compile(
    r"\b(?:apa itu|apakah|ciri|hukuman|hukumnya|dihukum|sanksi|berita|film|contoh|contohnya|mencegah|cegah"
    r"|diatur|termasuk|bedanya|pernah|dulu|tahun lalu|konsekuensi|pasal|undang undang|uu|pidana|dipidana"
    r"|what is|what are|what should|how to|how do|how can|is it|if|ever|legal|boleh tidak"
    r"|bagaimana (?:jika|kalau)|apa yang harus|tindakan apa|ke mana lapor|kemana lapor)\b"
    r"|\bis (?:that|this|it) (?:allowed|legal|normal|ok)\b"
    r"|\bcan (?:saya|they|an|the) (?:employer|agency|boss|agent|majikan|p3mi)\b"
    r"|^(?:kalau|jika|bila|apabila|seandainya|misal|misalnya|andaikan|what if|in case)\b"
    r"|\bboleh\b.*\btidak$"
)

# Every word the patterns use is left as typed; unknown words of 6+ letters close to one are spelled back.
_PATTERN_WORDS: Final = frozenset(
    word
    for regex in (*(pattern.regex for pattern in _PATTERNS), _HELP, _TOPIC)
    for word in re.findall(r"[a-z]{2,}", regex.pattern)
)
_LEXICON: Final = sorted(word for word in _PATTERN_WORDS if len(word) >= 6)
_TYPO_CUTOFF: Final = 88.0


@dataclass(frozen=True, slots=True)
class TriageResult:
    urgent: bool
    categories: tuple[DangerCategory, ...]
    asks_for_help: bool
    about_topic: bool


def _join_passives(tokens: list[str]) -> list[str]:
    """ "di pukul" -> "dipukul": the passive prefix is often typed apart (Javanese "dipun siksa" too)."""
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in ("di", "dipun") and f"di{following}" in _PATTERN_WORDS:
            joined.append(f"di{following}")
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


class UrgencyDetector:
    """Pure and cheap: one instance can be shared by every handler."""

    def __init__(self) -> None:
        self._normalizer = Normalizer()
        self._cache: dict[str, str | None] = {}

    def is_urgent(self, text: str) -> bool:
        return self.assess(text).urgent

    def reasons(self, text: str) -> tuple[str, ...]:
        """Danger categories found (for logging without the message text)."""
        return tuple(category.value for category in self.assess(text).categories)

    def assess(self, text: str) -> TriageResult:
        normalized = " ".join(self._spell(token) for token in _join_passives(self._normalizer.tokens(text)))
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
        about_topic = bool(_TOPIC.search(normalized))
        if not categories:
            urgent = False
        elif about_topic:
            urgent = asks_for_help and strength >= 2
        else:
            # A weak sign ("luka", "ga bisa pulang") counts only as a plea about someone: "tolong sy ...".
            urgent = strength >= 2 or (asks_for_help and bool(_PERSON_RE.search(normalized)))
        return TriageResult(urgent, tuple(categories), asks_for_help, about_topic)

    def _spell(self, token: str) -> str:
        if len(token) < 6 or token in _PATTERN_WORDS or (token in self._cache and self._cache[token] is None):
            return token
        if token not in self._cache:
            found = process.extractOne(token, _LEXICON, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF)
            if len(self._cache) < 20_000:
                self._cache[token] = None if found is None else str(found[0])
            return token if found is None else str(found[0])
        return self._cache[token] or token
