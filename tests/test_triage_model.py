"""The learned urgency model: scores equal scikit-learn's, the shipped model is in step with the labelled
sets, and the detector consults it only when the rules found nothing, at a higher bar for hedged wording."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

import bot.__main__ as cli
from faq.normalize import Normalizer
from faq.triage import DangerCategory, UrgencyDetector
from faq.triage.detector import SecondOpinion
from faq.triage_model import TriageModelError, UrgencyModel, char_ngrams, shipped_model, shipped_model_path
from faq.triage_training import (
    Example,
    Kind,
    Reading,
    fingerprint,
    load_examples,
    nested_scores,
    select_bars,
    sklearn_probabilities,
    train,
)

DATA = Path(__file__).parent / "data"
TRAINING_SETS = sorted(Path(path) for path in glob.glob(str(DATA / "faq_dev*.yaml")))

EXAMPLES = [
    Example("majikan kunci sy di kamar gk dikasih makan", Kind.URGENT),
    Example("tolong kakak sy dipukuli agen tiap malam", Kind.URGENT),
    Example("darah dr kepala gk berhenti bos gk mau bawa ke rs", Kind.URGENT),
    Example("my boss locks me inside and took my phone", Kind.URGENT),
    Example("kalau gk bayar 20jt adik sy dijual ke kapal", Kind.URGENT),
    Example("brp biaya ke taiwan jd pembantu", Kind.QUESTION),
    Example("syarat paspor utk kerja di korea apa aja", Kind.QUESTION),
    Example("apa itu tppo", Kind.NOT_URGENT),
    Example("gmn cara cek pt resmi ga", Kind.QUESTION),
    Example("how much is the fee to work in japan", Kind.QUESTION),
    Example("resep rendang yg enak", Kind.OUT_OF_SCOPE),
    Example("kalau majikan mukul lapor ke mana ya", Kind.NOT_URGENT),
]
UNSEEN = [
    "sy dikunci majikan dr kemarin",
    "berapa lama proses paspor",
    "my agent hit me and keeps my passport",
    "",
    "zzzz",
    "apa itu tppo dan gmn cara lapor",
]


@pytest.mark.parametrize(
    "text", ["sy dikurung majikan", "a b", "tolong!!", "ngga", "x", "  ", "kerja di luar negeri 2026"]
)
def test_ngrams_are_scikit_learns_char_wb(text: str) -> None:
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()

    assert char_ngrams(text) == analyzer(text)


def test_probabilities_equal_scikit_learns() -> None:
    model = train(EXAMPLES)
    normalizer = Normalizer()

    ours = [model.probability(normalizer.normalize(text)) for text in UNSEEN]

    assert ours == pytest.approx(sklearn_probabilities(EXAMPLES, UNSEEN), abs=1e-9)


def test_saved_model_loads_the_same(tmp_path: Path) -> None:
    model = train(EXAMPLES, threshold=0.3, topic_threshold=0.9)
    path = tmp_path / "model.npz"

    model.save(path)
    loaded = UrgencyModel.load(path)

    assert loaded == model


def test_a_broken_model_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a model")

    with pytest.raises(TriageModelError, match=r"broken\.npz"):
        UrgencyModel.load(path)


def test_the_shipped_model_was_trained_on_the_labelled_sets() -> None:
    examples = [example for examples in load_examples(TRAINING_SETS).values() for example in examples]

    assert shipped_model().fingerprint == fingerprint(examples), "stale: run `make triage-model`"


def test_fingerprint_changes_with_a_label_but_not_the_order() -> None:
    flipped = [Example(EXAMPLES[0].text, Kind.NOT_URGENT), *EXAMPLES[1:]]

    assert fingerprint(EXAMPLES) == fingerprint(list(reversed(EXAMPLES)))
    assert fingerprint(EXAMPLES) != fingerprint(flipped)


def _one_word_model(probability_logit: float) -> UrgencyModel:
    """Only the word "takut" carries weight: alone it gives sigmoid(logit), without it about zero. It is a
    sign of fear (`WIDE_EVIDENCE`) that no rule fires on, so the model may speak."""
    return UrgencyModel.from_arrays(
        ["|takut"],
        [1.0],
        [probability_logit],
        intercept=-20.0,
        threshold=0.5,
        topic_threshold=0.7,
        fingerprint="test",
    )


def test_the_model_flags_what_the_rules_miss() -> None:
    # logit 20.4 with intercept -20 -> probability 0.6: over the plain bar, under the hedged one
    detector = UrgencyDetector(model=_one_word_model(20.4))

    result = detector.assess("takut terus dari tadi")

    assert result.urgent
    assert result.categories == (DangerCategory.LEARNED,)
    assert not UrgencyDetector(model=None).is_urgent("takut terus dari tadi")


@pytest.mark.parametrize(
    "hedged",
    [
        "apa itu takut",  # about the topic
        "dulu pernah takut sama majikan",  # the past
        "takut tapi alhamdulillah gpp",  # reassured
    ],
)
def test_hedged_wording_needs_the_higher_bar(hedged: str) -> None:
    assert not UrgencyDetector(model=_one_word_model(20.4)).is_urgent(hedged)
    assert UrgencyDetector(model=_one_word_model(21.5)).is_urgent(hedged)  # probability 0.82


def test_home_now_holds_the_model_to_the_doubtful_bar() -> None:
    # harm that is over, told with the person safe at home: above the hedged bar 0.7, under the doubtful 0.85
    over = "dulu pernah takut, sekarang sudah pulang"
    assert not UrgencyDetector(model=_one_word_model(21.5)).is_urgent(over)  # probability 0.82
    assert UrgencyDetector(model=_one_word_model(22.0)).is_urgent(over)  # probability 0.88


def test_one_word_needs_the_higher_bar() -> None:
    assert not UrgencyDetector(model=_one_word_model(20.4)).is_urgent("takut")
    assert not UrgencyDetector(model=_one_word_model(20.4)).is_urgent("takut sy kak")  # function words
    assert UrgencyDetector(model=_one_word_model(21.5)).is_urgent("takut sy kak")
    assert UrgencyDetector(model=_one_word_model(20.4)).is_urgent("takut lagi")


def test_the_model_alone_needs_a_sign_of_harm_fear_or_control() -> None:
    model = UrgencyModel.from_arrays(
        ["|titip"], [1.0], [30.0], intercept=-20.0, threshold=0.5, topic_threshold=0.7, fingerprint="test"
    )

    assert model.probability("anak saya titip ke ibu") > 0.99
    assert not UrgencyDetector(model=model).is_urgent("anak sy titip ke ibu")
    assert UrgencyDetector(model=model).is_urgent("anak sy titip ke orang, sy takut")


@pytest.mark.parametrize(
    "text",
    [
        "dia dtg lg td mlm ke kmr sy. pintu nya gk ad kunci",  # control
        "kak sy pamit ya. mksh udh baik sm sy",  # finality
        "amak, ambo takuik bana",  # distress
        "asrama kebakaran, tmn sy msh di dlm",  # disaster
    ],
)
def test_every_evidence_family_lets_the_model_speak(text: str) -> None:
    model = UrgencyModel.from_arrays(
        [], [], [], intercept=20.0, threshold=0.5, topic_threshold=0.7, fingerprint="test"
    )

    assert UrgencyDetector(model=model).is_urgent(text)
    assert not UrgencyDetector(model=model).is_urgent("anak sy titip ke ibu")


def _reading(kind: Kind, probability: float) -> Reading:
    opinion = SecondOpinion("takut", hedged=False, doubtful=False)
    return Reading(Example("takut", kind), by_rules=False, opinion=opinion, probability=probability)


def test_the_bars_flag_the_most_urgent_within_the_ordinary_cap() -> None:
    # 100 ordinary messages, two of them scored 0.7 and 0.8; urgent ones at 0.75 and 0.9
    ordinary = [_reading(Kind.NOT_URGENT, 0.1)] * 98 + [
        _reading(Kind.NOT_URGENT, 0.7),
        _reading(Kind.NOT_URGENT, 0.8),
    ]
    urgent = [_reading(Kind.URGENT, 0.75), _reading(Kind.URGENT, 0.9)]

    threshold = select_bars({"a.yaml": ordinary + urgent}, max_ordinary=0.015).threshold
    strict = select_bars({"a.yaml": ordinary + urgent}, max_ordinary=0.0).threshold

    assert 0.7 < threshold <= 0.75  # both urgent caught, one ordinary flagged (1 %)
    assert 0.8 < strict <= 0.9  # none ordinary flagged: only the surer urgent one


def test_nested_scores_choose_each_sets_bars_without_it() -> None:
    # set a alone would take a bar under 0.6 (its urgent message); chosen on b, the bar stays above it
    a = [_reading(Kind.URGENT, 0.55)] + [_reading(Kind.NOT_URGENT, 0.1)] * 10
    b = [_reading(Kind.URGENT, 0.9), _reading(Kind.NOT_URGENT, 0.6)] + [_reading(Kind.NOT_URGENT, 0.1)] * 10

    by_set = {
        held_out.name: held_out for held_out in nested_scores({"a.yaml": a, "b.yaml": b}, max_ordinary=0.0)
    }

    assert select_bars({"a.yaml": a}, max_ordinary=0.0).threshold <= 0.55
    assert by_set["a.yaml"].flagged[Kind.URGENT].by_both == 0  # b's bar (above 0.6) misses it
    assert by_set["b.yaml"].flagged[Kind.URGENT].by_both == 1  # a's bar catches b's urgent one...
    assert by_set["b.yaml"].flagged[Kind.NOT_URGENT].by_both == 1  # ... and its ordinary one


def test_school_work_holds_the_model_to_the_doubtful_bar() -> None:
    # probability 0.82: over the topic bar, under the halfway one
    assert not UrgencyDetector(model=_one_word_model(21.5)).is_urgent("buat skripsi: takut")
    assert UrgencyDetector(model=_one_word_model(30.0)).is_urgent("buat skripsi: takut")


def test_the_rules_decide_first() -> None:
    detector = UrgencyDetector(model=_one_word_model(-30.0))

    result = detector.assess("sy dikurung majikan")

    assert result.urgent
    assert DangerCategory.LEARNED not in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "berapa biaya ke taiwan",
        "syarat jadi pmi apa aja",
        "gmn cara cek pt resmi",
        "apa itu tppo",
        "how do i apply for the korea eps program",
    ],
)
def test_the_shipped_detector_leaves_plain_questions_alone(text: str) -> None:
    assert not UrgencyDetector().is_urgent(text)


def test_train_triage_check_passes_on_the_shipped_sets(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["faq", "train-triage", "--check", *map(str, TRAINING_SETS)])

    assert code == 0, capsys.readouterr().err


def test_train_triage_check_fails_on_other_data(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["faq", "train-triage", "--check", str(TRAINING_SETS[0])])

    assert code == 1
    assert "stale" in capsys.readouterr().err


def test_train_triage_writes_a_model_and_cross_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "faq_dev_a.yaml", tmp_path / "faq_dev_b.yaml"
    first.write_text(
        "urgent: [sy dikunci majikan, tolong sy dipukul, darah gk berhenti]\n"
        "not_urgent: [apa itu tppo, kalau dipukul lapor kemana]\n"
        "cases: [{q: biaya ke taiwan brp, ok: [biaya-penempatan]}]\n"
    )
    second.write_text(
        "urgent: [help me i am locked in, majikan mukul sy tiap hari]\n"
        "not_urgent: [what is trafficking, syarat paspor apa]\n"
    )
    out = tmp_path / "model.npz"

    assert cli.main(["faq", "train-triage", "--out", str(out), str(first), str(second)]) == 0
    assert UrgencyModel.load(out).fingerprint == fingerprint(
        [example for examples in load_examples([first, second]).values() for example in examples]
    )
    assert cli.main(["faq", "train-triage", "--cv", str(first), str(second)]) == 0
    assert cli.main(["faq", "train-triage", "--select", str(first), str(second)]) == 0
    assert (
        cli.main(["faq", "train-triage", "--nested", "--max-ordinary", "0.02", str(first), str(second)]) == 0
    )
    report = capsys.readouterr().out
    assert "chosen bars" in report
    assert "faq_dev_a.yaml" in report
    assert "faq_dev_b.yaml" in report
    assert "urgent" in report


def test_train_triage_names_a_broken_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "faq_dev_x.yaml"
    broken.write_text("urgent: [unclosed\n")

    assert cli.main(["faq", "train-triage", "--check", str(broken)]) == 2
    assert "faq_dev_x.yaml" in capsys.readouterr().err


def test_the_shipped_model_file_is_inside_the_package() -> None:
    assert shipped_model_path().name == "triage_model.npz"
    assert shipped_model_path().is_file()


def test_a_long_message_is_also_read_window_by_window() -> None:
    # "takut" among 60 words of no weight: diluted over the whole message, not in a window of 16
    filler = [f"kata{index}" for index in range(30)]
    message = " ".join([*filler, "takut", *filler])

    def model(**bars: float) -> UrgencyModel:
        grams = ["|takut", *(f"|{word}" for word in filler)]
        return UrgencyModel.from_arrays(
            grams,
            [1.0] * len(grams),
            [24.0] + [0.0] * len(filler),
            intercept=-4.0,
            threshold=0.5,
            topic_threshold=0.7,
            fingerprint="test",
            **bars,
        )

    windowed = model(window_threshold=0.6)
    assert windowed.window_probability("takut sekarang") == 0.0  # a short message is read whole only
    assert windowed.probability(message) < 0.5 < 0.6 < windowed.window_probability(message)
    assert UrgencyDetector(model=windowed).is_urgent(message)
    assert not UrgencyDetector(model=model()).is_urgent(message)  # no window bar: read whole


def test_the_window_bar_is_chosen_within_the_ordinary_cap() -> None:
    def reading(kind: Kind, window: float, whole: float = 0.1) -> Reading:
        opinion = SecondOpinion("takut", hedged=False, doubtful=False)
        return Reading(Example("takut", kind), False, opinion, whole, window)

    # read whole, one urgent message sets the bar at 0.6; a window of another urgent one and of one
    # ordinary one go past it
    readings = {
        "a.yaml": [reading(Kind.NOT_URGENT, 0.1)] * 99
        + [reading(Kind.URGENT, 0.0, whole=0.6)]
        + [reading(Kind.NOT_URGENT, 0.96), reading(Kind.URGENT, 0.97)]
    }

    assert select_bars(readings, max_ordinary=0.0).window_threshold > 1  # none: it would flag the ordinary
    assert select_bars(readings, max_ordinary=0.015).window_threshold == pytest.approx(0.95)
