"""Weigh the danger rules that fire against how the message is phrased, and ask the learned model when the
rules find nothing but the message shows some sign of harm (`DANGER_EVIDENCE`), or of distress, finality,
control, a disaster or a plea (`WIDE_EVIDENCE`, held to the model's faint bar at least).

A message is urgent with one strong sign, or two weak ones ("luka", "sembunyi", "naik perahu", "diusir").
Circumstances (night, no passport, a phone dying, family worried) add strength to a sign already there but
never make a message urgent alone. Each sign is judged against how the message is phrased (`hedges.py`):
- about danger that is over or hypothetical ("pernah", "dulu" unless "sekarang ... dikurung" or something
  recent follows: "berangkat 2 bulan lalu, kemarin dia bilang dikunci",
  "sudah pulang", "kalau" / "if" right before the danger: "kalau disiksa lapor ke mana"): urgent only if it
  also pleads for help. A condition on the writer's refusal is a threat, not a hypothetical: "kalau nolak
  dipukul", "if i run they will kill me";
- as a question *about* the topic ("apa itu", "ciri", "hukuman", "berita", "what is", "is that allowed"):
  urgent if it asks for help or names a victim ("sy dikurung majikan, apakah bisa dibantu?"); indirect signs
  ("hp disita", "ga boleh keluar") count as weak in such a question ("hp sy disita, boleh gitu?");
- a sign that is denied ("ga pernah mukul") does not count; one only feared or possible ("takut dijual",
  "bisa dipenjara") is weak, unless it happened before ("takut dipukul lagi"); a health sign already seen
  to is weak ("sempet pingsan, udh diperiksa dokter"); out of reach counts for nothing when the one out of
  reach is a broker gone with the money ("uang sy dibawa kabur calo, dia ga bisa dihubungi"), and a lock
  for nothing when it is a door locked at a set hour ("pintu asrama dikunci jam 9 malam");
- seen in a video, a post or the news, unless she or her family sent it: a supposition, as above;
- for school work, a story, training or statistics ("buat skripsi", "nulis novel", "how many"): never urgent;
- otherwise urgent, and a single weak sign is enough when it pleads for help about someone ("tolong sy ...").
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, auto
from typing import Final

from faq.normalize import Normalizer
from faq.triage.hedges import (
    ACCOUNT_LOCKED,
    AGGRAVATING,
    BORROWED_PHONE,
    BROKER_GONE,
    CARED_FOR,
    CHILDCARE,
    CONDITION_BEFORE,
    COURTESY_SORRY,
    CURFEW,
    DANGER_EVIDENCE,
    DENIED_VERB,
    DEVICE_DYING,
    DOCUMENT_HELD,
    FLED_UNDOCUMENTED,
    HEARSAY,
    HEARSAY_NOW,
    HELP,
    HELP_ABOUT,
    HOME_NOW,
    HYPOTHETICAL,
    IF,
    JUST_ASKING,
    LEGAL_CONSEQUENCE,
    LONG_SINCE,
    MEDICINE_PACKED,
    META,
    MONEY_AT_STAKE,
    NOT_NOW,
    NOT_YET_LEFT,
    OFFENDER_JAILED,
    ONLY_ASKING,
    PAST,
    PHONE_HOURS,
    POSSIBLE,
    PRESENT_NOW,
    REASSURED,
    RECENT,
    RECOVERED,
    RELATIVE,
    REPORTED_IF,
    REVEAL,
    SAFE_NOW,
    SEEN,
    SEEN_OWN,
    SELF_CARE_ASKED,
    SENTENCED,
    STILL,
    SUPPOSED,
    THREAT_ELSEWHERE,
    TOPIC,
    USUAL_SILENCE,
    VICTIM,
    WIDE_EVIDENCE,
    WORK_TIREDNESS,
    WORRY,
    WRITER_HARMED,
    Hedge,
)
from faq.triage.lexicon import REGIONAL
from faq.triage.rule import DangerCategory, Rule
from faq.triage.rules import RULES
from faq.triage.spelling import Speller
from faq.triage_model import UrgencyModel, content_words, shipped_model

# Fewer words than this are little to go on ("ngga", "tidak" answer a question): the model's higher bar.
MODEL_MIN_WORDS: Final = 2
# Reasons that are no rule of `rules/`: a bare plea, and the learned model's opinion.
PLEA_ID: Final = "plea.bare"
LEARNED_ID: Final = "learned.model"

# A message made only of these words, with a plea and a person, is a bare cry for help ("tolong sy",
# "help me please"): the details often follow in the next message. "darurat" alone is the hotline command.
PLEAS: Final = frozenset({"tolong", "tulung", "tlg", "tolongin", "tulungin", "help", "selamatkan", "save"})
PLEA_WORDS: Final = PLEAS | frozenset(
    {"sos", "darurat", "emergency", "saya", "kami", "us", "we", "please", "pls", "plis", "plz", "kak"}
    | {"kakak", "min", "admin", "pak", "bapak", "bu", "ibu", "mas", "mbak", "segera", "cepat", "dong", "ya"}
    | {"mayday", "tulung"}
)
# A distress call with nothing else ("SOS kak", "tolong!!", "darurat kak", "tulung"): urgent when it is more
# than the bare command word ("darurat" alone is the hotline command, "help" alone the bot's /help), i.e. when
# it calls someone ("kak", "min"), repeats itself, says SOS or ends in "!".
DISTRESS_CALLS: Final = frozenset(PLEAS | {"sos", "darurat", "emergency", "mayday"})
ADDRESSED: Final = frozenset(
    {
        "kak",
        "kakak",
        "min",
        "admin",
        "pak",
        "bapak",
        "bu",
        "ibu",
        "mas",
        "mbak",
        "please",
        "pls",
        "plis",
        "plz",
    }
)
# Who may be the subject of a hypothetical "kalau ... <danger>": "kalau saya dipukul", "kalau pmi disiksa".
CONDITION_SUBJECTS: Final = frozenset(
    {"saya", "kami", "kita", "dia", "mereka", "pekerja", "pmi", "tkw", "tki", "teman", "anak", "majikan"}
    | {"agensi", "calo", "orang", "seseorang", "someone", "she", "he", "they", "we", "you", "ada"}
    # a hypothetical put further off: "kalau misalnya nanti dikunci", "kalau suatu saat disiksa"
    | {"misalnya", "misal", "semisal", "nanti", "suatu", "saat", "ever", "someday", "amit", "sampai"}
    # a relative with its owner: "kalau bapak saya ditahan polisi", "kalau suami saya dipukul"
    | {"bapak", "ibu", "ayah", "suami", "istri", "adik", "kakak", "saudara", "keluarga", "nya", "my", "her"}
)
DENIED: Final = (
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
ACTS: Final = frozenset({DangerCategory.VIOLENCE, DangerCategory.SEXUAL_ABUSE})
# Jail or arrest asked about at the very end, with only a question tag after it ("... bisa dipenjara gk?"):
# the message asks what may follow, whatever it told before.
CONSEQUENCE_ASKED_LAST: Final = re.compile(
    r"\b(?:bisa|bakal|akan|nanti|apakah|will|can|could)(?: \w+){0,3} (?:dipenjara|dipenjarain|dibui|dipidana"
    r"|ditangkap|ditangkep|dideportasi|dideport|jailed|arrested|deported|dicari|wanted)"
    r"(?: (?:polisi|police|imigrasi|immigration))?(?: (?:tidak|ya|kah|atau tidak|or not|sih|nggak|enggak|gitu"
    r"|bukan))*$"
)
# Held by the police under an "if" ("kalau bapak saya ditahan polisi, keluarga harus ngapain"): what to do
# should it happen, a legal question; "apakah anak saya ditahan polisi?" asks what did happen.
HELD_IF: Final = re.compile(
    r"\b(?:kalau|jika|bila|apabila|seandainya|andai|if)(?: \w+){0,2} (?:ditahan|ditangkap|ditangkep|dipenjara"
    r"|is arrested|gets arrested|is detained|is jailed)(?: (?:oleh |sama |by (?:the )?)?(?:polisi|police"
    r"|imigrasi|immigration))"
)
# Kept so that it is not lost ("paspor disimpen biar gk ilang"): that "hilang" is no one missing.
SAFEKEEPING: Final = re.compile(
    r"\b(?:biar|supaya|agar|so that|so it)(?: \w+)? (?:tidak|nggak|doesn t|won t|isn t) (?:hilang|rusak|lost"
    r"|get lost|be lost)\b"
)
# Tiredness said as "can't hold it any more" ("udh gk kuat nahan ngantuk"), and an employer who is the
# patient ("majikan sy sakit, sy yg nungguin di RS"): no harm to her, whatever the model reads.
IDIOM_OR_EMPLOYER_ILL: Final = re.compile(
    r"\b(?:tidak|nggak) (?:kuat|tahan)(?: (?:nahan|menahan|tahan))? (?:ngantuk|kantuk|mengantuk|ketawa"
    r"|tertawa)\b"
    r"|\b(?:majikan|bos|nenek|kakek|oma|opa|ama|akong|madam|employer)(?: saya)? (?:sakit|dirawat|opname"
    r"|masuk rs|masuk rumah sakit|is sick|is ill|in hospital)\b"
)
# A last chat for a reason ("chat terakhir sblm hp dikumpulin", "last message before my flight"): a
# pause the model reads as a farewell.
LAST_FOR_A_REASON: Final = re.compile(
    r"\b(?:terakhir|last)\b(?: \w+){0,4} (?:sebelum|before|karena|soalnya|because|until|sampai)\b"
)
# A prison or jail sign, which a sentence already passed makes a legal matter (`SENTENCED`).
JAIL: Final = re.compile(r"\b(?:dipenjara|penjara|dibui|bui|jail|jailed|prison|imprisoned|ditahan)\b")


RECENT_READINGS: Final = 256


class _Shipped(Enum):
    MODEL = auto()


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    """The rules found nothing urgent, but the message shows a sign of harm, distress, finality, control, a
    disaster or a plea (`DANGER_EVIDENCE`, `WIDE_EVIDENCE`): the learned model is asked, at a bar set by how
    it is worded."""

    plain: str  # the text as the model reads it (without the danger-lexicon spelling)
    hedged: bool  # about the topic, the past, an "if", all is well, or a single word: the topic bar
    doubtful: bool  # supposed, seen in the news, a rumour, a worry before leaving: halfway from it to certain
    faint: bool = False  # no harm named, no rule's evidence, no plea: only a wider sign (`WIDE_EVIDENCE`)

    def threshold(self, model: UrgencyModel) -> float:
        if self.doubtful:
            bar = (1 + model.topic_threshold) / 2
        else:
            bar = model.topic_threshold if self.hedged else model.threshold
        return max(bar, model.faint_threshold) if self.faint else bar

    def window_threshold(self, model: UrgencyModel) -> float:
        """The bar for one window of a long message: the window bar, and never under the message's own."""
        return max(model.window_threshold, self.threshold(model))

    def convinces(self, model: UrgencyModel, probability: float, window_probability: float) -> bool:
        return probability >= self.threshold(model) or window_probability >= self.window_threshold(model)


@dataclass(frozen=True, slots=True)
class TriageResult:
    urgent: bool
    categories: tuple[DangerCategory, ...]
    asks_for_help: bool
    about_topic: bool
    # The rules that fired (`Rule.id`), then PLEA_ID or LEARNED_ID when those decided.
    rule_ids: tuple[str, ...] = ()


def happening_now(normalized: str) -> bool:
    """A strong danger predicate after "sekarang" / "masih" ("dulu dijanjikan kerja, sekarang dikurung"), or
    after something recent or a contrast that follows the last past marker ("berangkat 2 bulan lalu,
    kemarin dia bilang dikunci"): the past is about something else."""
    now = STILL.search(normalized)
    pasts = list(PAST.regex.finditer(normalized))
    recent = RECENT.search(normalized, pasts[-1].end()) if pasts else None
    starts = [found.end() for found in (now, recent) if found is not None]
    if not starts:
        return False
    # a sign that counts for nothing where it stands is no harm now: "sekarang dia (the one who threatened)
    # sudah dipenjara"
    start = min(starts)
    return any(
        rule.strength >= 2 and weight(normalized, match, rule) >= 2
        for rule in RULES
        for match in rule.regex.finditer(normalized, start)
    )


def regional(normalized: str) -> str:
    """Regional-language words read as the Indonesian word, as the learned model reads them ("getih" as
    "darah"), so that a new writer's regional harm is seen where the Indonesian would be."""
    return " ".join(REGIONAL.get(word, word) for word in normalized.split())


def present_harm(normalized: str, rule_fired: bool) -> bool:
    """Harm stated as happening now or just now: a rule's sign beside "sekarang", "barusan", "tadi malam",
    "sejak kemarin", "right now". The subject is often left out ("majikan gk ngasih makan dari senin"), so no
    person is required."""
    if not PRESENT_NOW.search(normalized):
        return False
    return rule_fired


def after_reveal(normalized: str) -> str:
    """The text after "sebenarnya" / "actually" when something follows it: what came before was a pretext
    ("mau tanya prosedur cuti... eh sebenernya ..."), and its framing is not the message's."""
    reveals = list(REVEAL.regex.finditer(normalized))
    return normalized[reveals[-1].end() :] if reveals else normalized


def reassured_last(normalized: str, present: bool) -> bool:
    """All said to be well ("gpp", "baik2 aja"), and no harm now told after it: "anak sy ditangkap ... dia
    lagi kerja, ga apa2" is reassured; "sy baik2 aja kak, cuma dari kemarin gk dikasih makan" is not."""
    fine = [found.end() for found in REASSURED.regex.finditer(normalized)]
    if not fine:
        return False
    return not present or not PRESENT_NOW.search(normalized, fine[-1])


def without_work_tiredness(normalized: str) -> str:
    """The text without the tiredness of a day's work ("capek hari ini banyak tamu"): a complaint about
    hours, which the model would read as despair."""

    def drop_tired(found: re.Match[str]) -> str:
        tired = "tired" if found.group("tired") is not None else "tired2"
        start, end = found.span(tired)
        text = found.group()
        return text[: start - found.start()] + " " + text[end - found.start() :]

    return WORK_TIREDNESS.regex.sub(drop_tired, normalized)


def broker_gone(normalized: str) -> bool:
    """Money gone with a broker and no relative named: whoever is out of reach is the broker (fraud)."""
    return bool(BROKER_GONE.search(normalized)) and not RELATIVE.search(normalized)


def cared_for(normalized: str) -> bool:
    """An illness or injury already seen to, and nothing said to go on after that ("sekarang udh sehat"
    is itself care)."""
    cares = list(CARED_FOR.regex.finditer(normalized))
    return bool(cares) and not STILL.search(normalized, cares[-1].end())


def curfew(normalized: str, match: re.Match[str]) -> bool:
    """The sign is a door locked at a set hour: a house rule, not confinement."""
    return any(found.start() <= match.start() < found.end() for found in CURFEW.regex.finditer(normalized))


def within(hedge: Hedge, normalized: str, match: re.Match[str]) -> bool:
    """The sign lies inside a span the hedge matched."""
    return any(found.start() <= match.start() < found.end() for found in hedge.regex.finditer(normalized))


def device_dying(normalized: str, match: re.Match[str]) -> bool:
    """The "mati" is a phone, battery or credit running out ("hp sy mau mati, batre 3%")."""
    return any(
        found.start() <= match.start() < found.end() for found in DEVICE_DYING.regex.finditer(normalized)
    )


def consequence_asked(normalized: str, match: re.Match[str]) -> bool:
    """The sign is jail, arrest or deportation asked about as what may follow, or the hypothetical that
    leads to it ("klo kabur ditangkep polisi gk?"), not something happening to her."""
    return any(
        found.start("asked") < match.end() and match.start() < found.end("asked")
        for found in LEGAL_CONSEQUENCE.regex.finditer(normalized)
    )


def weight(normalized: str, match: re.Match[str], rule: Rule) -> int:
    """How much one danger sign counts, from the words right before it: nothing when denied ("ga pernah
    mukul"), weak when only feared or possible ("takut dijual", "bisa dipenjara") unless it happened before
    ("takut dipukul lagi"); a health sign already seen to is weak ("sempet pingsan, udh diperiksa dokter");
    out of reach is nothing when the one out of reach is a broker gone with the money, and a lock nothing
    when it is a door locked at a set hour."""
    before = normalized[: match.start()].rstrip()
    span = match.group()
    # "majikan ... ga pernah mukul": the denial sits inside a perpetrator-and-verb match
    denied_act = rule.category in ACTS and not span.startswith(DENIED) and DENIED_VERB.search(span)
    if before.endswith(DENIED) or denied_act:
        return 0
    if rule.category is DangerCategory.MISSING and broker_gone(normalized):
        return 0
    if rule.category is DangerCategory.CONFINEMENT and (
        curfew(normalized, match) or within(ACCOUNT_LOCKED, normalized, match)
    ):
        return 0
    if rule.category is DangerCategory.CONFINEMENT and (
        within(PHONE_HOURS, normalized, match)
        or (
            JAIL.search(span) and (SENTENCED.search(normalized) or within(OFFENDER_JAILED, normalized, match))
        )
    ):
        return 0
    # a threat to a deposit or pay, not to a person, is weak alone
    if rule.category is DangerCategory.THREAT and within(MONEY_AT_STAKE, normalized, match):
        return min(rule.strength, 1)
    if rule.category is DangerCategory.MISSING and LONG_SINCE.search(normalized):
        return min(rule.strength, 1)
    if rule.category is DangerCategory.SUICIDAL and device_dying(normalized, match):
        return 0
    if consequence_asked(normalized, match):
        return 0
    # a sign counted however it is asked, asked as a supposition or seen in the news, is the topic
    if rule.unhedged and HYPOTHETICAL.search(before):
        return 0
    strength = rule.strength
    again = normalized[match.end() :].lstrip().startswith(("lagi", "terus", "again"))
    if POSSIBLE.search(before) and not again:
        return min(strength, 1)
    if rule.category is DangerCategory.MEDICAL and cared_for(normalized):
        return min(strength, 1)
    return strength


def distress_call(text: str, words: list[str]) -> bool:
    """A message of plea words only that is a call for help, not a command word typed alone."""
    calls = DISTRESS_CALLS.intersection(words)
    if not calls:
        return False
    return (
        "sos" in calls
        or "!" in text
        or bool(ADDRESSED.intersection(words))
        or len(words) > len(set(words))
        or bool(calls - {"darurat", "emergency", "help"})
    )


# Words that may stand between a fear and the sign feared: "saya takut nanti disana dikunci".
FEAR_GAP: Final = frozenset({"nanti", "bakal", "akan", "disana", "di", "sana", "will", "be"})


def feared_sign(normalized: str, fear_end: int, sign_starts: set[int]) -> bool:
    """A sign that is the object of the writer's fear, right after it or with a future between."""
    return any(
        start > fear_end and set(normalized[fear_end:start].split()) <= FEAR_GAP for start in sign_starts
    )


def conditional(before_first_sign: str) -> bool:
    """The first danger sign is asked about as a hypothetical ("if" before it, or "kalau" right before it,
    at most with its subject between: "kalau saya dipukul"). "kalau ngantuk disiram air" is a habit."""
    near = CONDITION_BEFORE.search(before_first_sign)
    if near is not None and set(near.group(1).split()) <= CONDITION_SUBJECTS:
        return True
    return bool(IF.search(before_first_sign)) and not REPORTED_IF.search(before_first_sign)


class UrgencyDetector:
    """Pure and cheap: one instance can be shared by every handler."""

    def __init__(
        self, real_words: Iterable[str] = (), model: UrgencyModel | _Shipped | None = _Shipped.MODEL
    ) -> None:
        """`real_words`: extra words known to be spelt right (never "corrected" to a danger word).
        `model`: the learned second opinion (default: the shipped one; None: the rules alone)."""
        self._normalizer = Normalizer()
        self._model = shipped_model() if model is _Shipped.MODEL else model
        self._speller = Speller(real_words)
        # The same text is often read again within one update (the message, then the story it starts, then
        # the filed case): the last few readings are kept.
        self._recent: OrderedDict[str, TriageResult] = OrderedDict()

    def is_urgent(self, text: str) -> bool:
        return self.assess(text).urgent

    def reasons(self, text: str) -> tuple[str, ...]:
        """Ids of the rules that fired (for logging and staff, without the message text)."""
        return self.assess(text).rule_ids

    def normalized(self, text: str) -> str:
        """The text as the rules and hedges read it."""
        return self._speller.normalized(self._normalizer.tokens(text))

    def assess(self, text: str) -> TriageResult:
        known = self._recent.get(text)
        if known is not None:
            self._recent.move_to_end(text)
            return known
        result = self._assess(text)
        self._recent[text] = result
        if len(self._recent) > RECENT_READINGS:
            self._recent.popitem(last=False)
        return result

    def _assess(self, text: str) -> TriageResult:
        result, opinion = self.read(text)
        if opinion is None or self._model is None:
            return result
        model = self._model
        window = model.window_probability(opinion.plain) if model.window_threshold <= 1 else 0.0
        if not opinion.convinces(model, model.probability(opinion.plain), window):
            return result
        return TriageResult(
            True,
            (*result.categories, DangerCategory.LEARNED),
            result.asks_for_help,
            result.about_topic,
            (*result.rule_ids, LEARNED_ID),
        )

    def read(self, text: str) -> tuple[TriageResult, SecondOpinion | None]:
        """What the rules decide, and whether (and how) the learned model is to be asked: the part of the
        assessment that does not depend on the model, so that its bars can be chosen without re-reading."""
        plain_tokens = self._normalizer.tokens(text)
        normalized = self._speller.normalized(plain_tokens)
        strength = asked_strength = 0
        categories: list[DangerCategory] = []
        rule_ids: list[str] = []
        first_sign = len(normalized)
        sign_starts: set[int] = set()
        unhedged = False
        fired: list[Rule] = []
        for rule in RULES:
            found = [
                (match, weight_)
                for match in rule.regex.finditer(normalized)
                if (weight_ := weight(normalized, match, rule)) > 0
            ][:2]
            if found:
                first_sign = min(first_sign, found[0][0].start())
                sign_starts.update(match.start() for match, _ in found)
                # Two different weak signs ("hp disita", "ga bisa hubungi keluarga") add up to a strong one.
                strength += sum(weight_ for _, weight_ in found)
                asked_strength += sum(min(weight_, rule.asked_strength) for _, weight_ in found)
                rule_ids.append(rule.id)
                unhedged = unhedged or rule.unhedged
                fired.append(rule)
                if rule.category not in categories:
                    categories.append(rule.category)
        if categories:
            # The writer's fear of the sign itself ("saya takut dijual") is what made it weak, not more.
            # Nor are papers left behind in a flight ("kabur dr majikan, skrg gk ada dokumen") more danger.
            papers = [found.span("papers") for found in FLED_UNDOCUMENTED.regex.finditer(normalized)]
            aggravating = [
                found
                for found in AGGRAVATING.regex.finditer(normalized)
                if not (
                    found.group().startswith("saya") and feared_sign(normalized, found.end(), sign_starts)
                )
                and not any(start <= found.start() < end for start, end in papers)
            ]
            strength += min(len(aggravating), 2)
        asks_for_help = bool(HELP.search(HELP_ABOUT.regex.sub(" ", normalized)))
        # a phone lent for a moment gives the writer away, whoever the message supposes
        borrowed = bool(BORROWED_PHONE.search(normalized))
        names_person = bool(VICTIM.search(normalized)) or borrowed
        # a supposition, the news, a rumour about someone unnamed, a worry before leaving
        rumour = bool(HEARSAY.search(normalized)) and not HEARSAY_NOW.search(normalized)
        seen = bool(SEEN.search(normalized)) and not SEEN_OWN.search(normalized)
        supposed = (
            (bool(SUPPOSED.search(normalized)) and not WRITER_HARMED.search(normalized)) or rumour or seen
        )
        # the writer safe now, while her family is threatened at home: the danger is not over
        safe_now = bool(SAFE_NOW.search(normalized)) and not THREAT_ELSEWHERE.search(normalized)
        # harm just done to the writer ("majikan td mukul sy") is happening now, whatever she was reading
        not_now = (
            (
                bool(NOT_NOW.search(normalized) or safe_now)
                and not WRITER_HARMED.search(normalized)
                and not borrowed
            )
            or supposed
            or (bool(PAST.search(normalized)) and not happening_now(normalized))
            # a hypothetical asked, then told as fact: "kalo kena pukul di kepala bahaya ga? soalnya
            # kemarin nyonya lempar setrika"
            or (conditional(normalized[:first_sign]) and not PRESENT_NOW.search(normalized, first_sign))
            # advice sought before leaving: "dia blm berangkat, bahaya gk?"
            or (bool(NOT_YET_LEFT.search(normalized)) and bool(TOPIC.search(normalized)))
        )
        # "mau tanya prosedur cuti... eh sebenernya sy demam 5 hari": the question before is a pretext
        framed = after_reveal(normalized)
        about_topic = not_now or bool(TOPIC.search(framed))
        words = normalized.split()
        bare_plea = set(words) <= PLEA_WORDS and (
            (bool(PLEAS.intersection(words)) and names_person) or distress_call(text, words)
        )
        present = present_harm(normalized, bool(fired))
        # "mau tanya aja, ... sejak kemarin gk dikasih makan": only a question in name
        # (and when she speaks of herself now at all: "mau tanya saja ... sy sedang di toilet, dia tunggu")
        speaks_now = present or (names_person and bool(PRESENT_NOW.search(normalized)))
        meta = bool(META.search(JUST_ASKING.regex.sub(" ", framed) if speaks_now else framed))
        if not categories and bare_plea:
            categories.append(DangerCategory.PLEA)
            rule_ids.append(PLEA_ID)
            urgent = True
        elif unhedged:
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
        # harm now, to her or a relative, is not asked about nor all right, whatever the wording says
        # all said to be well outweighs a weak sign after it: "sy baik2 aja, tadi cuma jatuh, lutut memar"
        hedged = not_now or (not present and about_topic) or reassured_last(framed, present and strength >= 2)
        # a passport or pay held, and nothing a rule reads as harm: no danger to a person by itself
        hedged = hedged or (bool(DOCUMENT_HELD.search(normalized)) and not rule_ids)
        # whether a complaint needs a doctor: her own care decided, no emergency named
        hedged = hedged or bool(SELF_CARE_ASKED.search(normalized))
        # children left with a relative while she works ("sy titip anak ke suami"): care, not last words
        hedged = hedged or bool(CHILDCARE.search(normalized))
        # harm that is over (home and safe now), a phone kept only in working hours, a relative lost
        # for years: the model reads the harm and not that it is over
        over = bool(HOME_NOW.search(normalized) or safe_now) and not happening_now(normalized)
        doubtful = (
            supposed
            or bool(IDIOM_OR_EMPLOYER_ILL.search(normalized))
            or bool(LAST_FOR_A_REASON.search(normalized))
            or over
            or (bool(WORRY.search(normalized)) and not present)
            or broker_gone(normalized)
            or cared_for(normalized)
            or bool(PHONE_HOURS.search(normalized))
            or (bool(LONG_SINCE.search(normalized)) and not present)
            or bool(SENTENCED.search(normalized))
            # a seafarer's usual silence asked about, medicines to pack: questions the model reads as harm
            or bool(USUAL_SILENCE.search(normalized))
            or bool(MEDICINE_PACKED.search(normalized))
        )
        # The model alone may not raise the alarm on a message with no sign of harm, fear or control: on
        # new writers' everyday first-person messages ("sy titip anak ke ibu") that was its main false alarm.
        # A phone's "mati" is no such sign; jail or arrest asked about as what may follow, with no plea, is a
        # legal question the model reads as an arrest or a flight.
        unharmed = SAFEKEEPING.sub(" ", DEVICE_DYING.regex.sub(" ", normalized))
        unharmed = IDIOM_OR_EMPLOYER_ILL.sub(" ", unharmed)
        # a door locked at a set hour is a house rule ("pintu asrama dikunci jam 10"), an account locked a
        # wrong password: no sign of control
        unharmed = ACCOUNT_LOCKED.regex.sub(" ", CURFEW.regex.sub(" ", unharmed))
        for consequence in LEGAL_CONSEQUENCE.regex.finditer(normalized):
            unharmed = unharmed.replace(consequence.group("consequence"), " ")
        # regional words read as the Indonesian ones, as the model reads them: "getih" is "darah"; a sorry
        # for asking or for the hour is a courtesy, and tiredness after a day's work no despair
        unharmed = COURTESY_SORRY.regex.sub(" ", without_work_tiredness(regional(unharmed)))
        harm_named = (
            any(rule.model_evidence for rule in fired)
            or asks_for_help
            or bool(DANGER_EVIDENCE.search(unharmed))
        )
        faint = not harm_named and any(family.search(unharmed) for family in WIDE_EVIDENCE)
        consequence_asked_about = (about_topic or bool(CONSEQUENCE_ASKED_LAST.search(normalized))) and bool(
            LEGAL_CONSEQUENCE.search(normalized)
        )
        legal_question = (
            (consequence_asked_about or bool(HELD_IF.search(normalized)))
            and not asks_for_help
            and not present
        )
        # a rumour, a right or a threat asked about "only as a question": the model reads the harm named
        only_asking = not rule_ids and not asks_for_help and bool(ONLY_ASKING.search(framed))
        # a rumour put to the test ("katanya ... bener gak sih?") reports nothing, even where a rule reads it
        only_asking = only_asking or (rumour and bool(ONLY_ASKING.search(framed)) and not asks_for_help)
        only_asking = only_asking and not present
        # an illness already seen to and better now, nothing a rule reads as harm, no plea: the model reads
        # the fever and not the doctor ("udh dibawa ke dokter, skrg udh enakan")
        recovered = (
            not rule_ids
            and not asks_for_help
            and bool(RECOVERED.search(normalized))
            and cared_for(normalized)
        )
        # money gone with a broker and nothing a rule reads as harm: a fraud to report, not a danger the
        # model may guess at ("sy udh bayar 15jt ke calo, skrg calonya ga bisa dihubungi")
        fraud_only = not rule_ids and broker_gone(normalized)
        opinion = None
        # School work, a joke or a rumour asked about: no longer kept from the model, which
        # now knows such wording from many writers, but held to its doubtful bar (leave-one-author-out caught
        # more danger so at no more false alarms: "hehe gpp sih kak, cuma dikasih makan sekali sehari ...").
        held_back = meta or only_asking
        if not urgent and not recovered and not legal_question and not fraud_only and (harm_named or faint):
            plain = " ".join(plain_tokens)
            few_words = len(content_words(plain)) < MODEL_MIN_WORDS
            opinion = SecondOpinion(
                plain, hedged=hedged or few_words, doubtful=doubtful or held_back, faint=faint
            )
        result = TriageResult(urgent, tuple(categories), asks_for_help, about_topic, tuple(rule_ids))
        return result, opinion
