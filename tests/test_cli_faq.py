"""`migrasi-aman faq lint|ask|eval`, run in-process through `bot.__main__.main` and once as a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import bot.__main__ as cli
from faq.lint import REPLY_FRAME_CHARS

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "faq_fixture.yaml"
LINT_CASES = DATA / "lint_cases"
JSON_KEYS = {
    "query",
    "decision",
    "entry_id",
    "confidence",
    "alternatives",
    "second_topic",
    "candidates",
    "urgent",
}


@pytest.fixture(autouse=True)
def faq_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the lead lists `bot.cli_faq` in COMMAND_MODULES, add it for these tests."""
    if "bot.cli_faq" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "bot.cli_faq"))
    monkeypatch.delenv("MIGRASI_CONFIG", raising=False)


def _config(tmp_path: Path, **matcher: object) -> Path:
    """The shipped config with the fixture KB (or other matcher settings)."""
    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    raw["matcher"] = {**raw.get("matcher", {}), "content_paths": [str(FIXTURE)], **matcher}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_lint_passes_on_the_shipped_content(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--config", str(ROOT / "config.yaml"), "faq", "lint")

    assert (code, out) == (0, "")


def test_lint_prints_file_line_message_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    broken = LINT_CASES / "yaml-syntax.yaml"

    code, out, err = _run(capsys, "faq", "lint", str(broken), str(LINT_CASES / "unknown-related.yaml"))

    assert code == 1
    assert f"{broken}:19: invalid YAML" in out
    assert f"{LINT_CASES / 'unknown-related.yaml'}:21: entry `entry-satu`: unknown related id" in out
    assert "Traceback" not in out + err


def test_lint_accepts_config_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "faq", "lint", "--config", str(_config(tmp_path)))

    assert (code, out) == (0, "")


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (lambda raw: raw["matcher"].update(answer_threshold=7), "matcher.answer_threshold"),
        (lambda raw: raw["hotlines"].pop("kp2mi"), "hotlines.kp2mi"),
        (lambda raw: raw["matcher"].update(treshold=0.5), "matcher.treshold"),
        (lambda raw: raw["facts"].update(moratorium_as_of="soon"), "facts.moratorium_as_of"),
        (lambda raw: raw["facts"]["moratorium_saudi_status"].pop("en"), "facts.moratorium_saudi_status.en"),
    ],
)
def test_bad_config_names_the_key_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: object, key: str
) -> None:
    path = _config(tmp_path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(raw)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")

    for command in (["faq", "lint"], ["faq", "ask", "halo"], ["faq", "eval", str(DATA / "faq_dev.yaml")]):
        code, _, err = _run(capsys, *command, "--config", str(path))
        assert code == 2
        assert key in err
        assert "Traceback" not in err


def test_missing_config_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--config", str(tmp_path / "nope.yaml"), "faq", "ask", "halo")

    assert code == 2
    assert "nope.yaml" in err


def test_ask_json_single_question(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "faq", "ask", "--json", "--config", str(_config(tmp_path)), "paspor", "sy", "ditahan"
    )

    result = json.loads(out)
    assert code == 0
    assert set(result) == JSON_KEYS
    assert result["query"] == "paspor sy ditahan"
    assert result["decision"] == "answer"
    assert result["entry_id"] == "paspor-ditahan"
    assert set(result["candidates"][0]) == {"entry_id", "score"}
    assert 0.0 <= result["confidence"] <= 1.0
    assert all(entry_id != "paspor-ditahan" for entry_id in result["alternatives"])
    assert result["urgent"] is False


def test_ask_json_reads_one_question_per_stdin_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.StringIO("cara cek pjtki resmi\n\nresep rendang\ntolong sy dikurung\n")
    )

    code, out, _ = _run(capsys, "faq", "ask", "--json", "-", "--config", str(_config(tmp_path)))

    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [line["decision"] for line in lines] == ["answer", "fallback", "fallback"]
    assert lines[0]["entry_id"] == "cek-p3mi"
    assert lines[1]["entry_id"] is None
    assert [line["urgent"] for line in lines] == [False, False, True]


def test_ask_prints_the_answer_as_a_user_sees_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(_config(tmp_path))

    _, indonesian, _ = _run(capsys, "faq", "ask", "--config", config, "nomor darurat apa aja")
    _, english, _ = _run(capsys, "faq", "ask", "--lang", "en", "--config", config, "emergency numbers")
    _, urgent, _ = _run(capsys, "faq", "ask", "--config", config, "tolong sy dikurung majikan")

    assert indonesian.startswith("Nomor darurat\n\nKP2MI (kementerian pekerja migran) 0800-1000,")
    assert "{" not in indonesian
    assert english.startswith("Emergency numbers\n\nKP2MI (the ministry for migrant workers) 0800-1000")
    assert urgent.startswith("Jika Anda dalam bahaya, hubungi: Polisi (Indonesia) 110")


def test_ask_gives_the_numbers_of_the_country_an_urgent_question_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_config(tmp_path))

    _, riyadh, _ = _run(capsys, "faq", "ask", "--config", config, "tolong sy dikunci majikan di riyadh")

    assert riyadh.startswith("Jika Anda dalam bahaya, hubungi: Polisi Arab Saudi 911 · KBRI Riyadh")
    assert "110" not in riyadh.split("\n")[0]


def test_ask_clarify_lists_candidate_titles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "faq", "ask", "--config", str(_config(tmp_path)), "cara")

    assert out.startswith("Maksud Anda:\n[")
    assert "[Cara melapor atau mengadu]" in out


def test_ask_shows_a_likely_answer_with_a_way_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(_config(tmp_path))
    _, out, _ = _run(capsys, "faq", "ask", "--config", config, "lapor paspor")
    _, as_json, _ = _run(capsys, "faq", "ask", "--json", "--config", config, "lapor paspor")

    result = json.loads(as_json)
    assert result["decision"] == "answer"
    assert result["alternatives"] == ["cara-lapor"]
    assert out.startswith("Paspor ditahan majikan atau agensi\n\n")
    assert out.rstrip().endswith("Bukan ini?\n\n[Cara melapor atau mengadu]")


def test_ask_with_broken_content_lists_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path, content_paths=[str(LINT_CASES / "yaml-syntax.yaml")])

    code, out, err = _run(capsys, "faq", "ask", "--config", str(config), "halo")

    assert code == 1
    assert "yaml-syntax.yaml:19: invalid YAML" in err
    assert "Traceback" not in out + err


def test_eval_fails_when_a_bar_is_missed_unless_no_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_config(tmp_path))
    eval_path = tmp_path / "eval.yaml"
    eval_path.write_text(
        "cases:\n  - q: paspor sy ditahan\n    ok: [paspor-ditahan]\n"
        "  - q: nomor polisi\n    ok: [cara-lapor]\n"
        "out_of_scope: [resep rendang]\nurgent: [tolong sy dikurung]\nnot_urgent: [apa itu tppo]\n",
        encoding="utf-8",
    )

    code, out, err = _run(capsys, "faq", "eval", str(eval_path), "--config", config)
    no_fail_code, _, _ = _run(capsys, "faq", "eval", str(eval_path), "--no-fail", "--config", config)

    assert (code, no_fail_code) == (1, 0)
    for label in (
        "ranked first",
        "answered right",
        "answered wrong, right entry not offered",
        "answered wrong (all)",
        "right entry in the first reply",
        "out-of-scope answered",
        "urgent messages",
    ):
        assert label in out
    assert "ordinary questions flagged urgent" in out
    assert "naive baseline" in out
    assert "bars missed" in err


def test_eval_reports_a_malformed_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("cases:\n  - q: [\n", encoding="utf-8")

    code, _, err = _run(capsys, "faq", "eval", str(bad), "--config", str(_config(tmp_path)))

    assert code == 2
    assert f"{bad}:" in err
    assert "Traceback" not in err


def test_subprocess_smoke_json_from_stdin(tmp_path: Path) -> None:
    # Runs the real entry point; registers bot.cli_faq the same way as the fixture until __main__ lists it.
    script = (
        "import sys, bot.__main__ as m\n"
        "if 'bot.cli_faq' not in m.COMMAND_MODULES: m.COMMAND_MODULES += ('bot.cli_faq',)\n"
        "sys.exit(m.main(sys.argv[1:]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, "faq", "ask", "--json", "-", "--config", str(_config(tmp_path))],
        input="gmn cara cek agensi resmi\nresep rendang\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    results = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [result["decision"] for result in results] == ["answer", "fallback"]
    assert all(set(result) == JSON_KEYS for result in results)


def test_lengths_prints_each_entrys_first_reply_with_config_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "faq", "lengths", "--config", str(_config(tmp_path)))

    lines = out.splitlines()
    emergency = next(line for line in lines if " kontak-darurat " in line)
    # "Nomor darurat" + the answer with 0800-1000, 110 and 129 filled in + the reply's frame.
    answer = (
        "KP2MI (kementerian pekerja migran) 0800-1000, polisi 110, "
        "SAPA (layanan pengaduan perempuan dan anak) 129."
    )
    assert code == 0
    assert len(lines) == 6
    assert emergency.startswith(f"{FIXTURE}:")
    assert f"id {len('Nomor darurat') + len(answer) + REPLY_FRAME_CHARS:4}" in emergency
    assert "over" not in out


def test_the_moratorium_status_and_its_date_come_from_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    raw["facts"] = {
        "moratorium_saudi_status": {"id": "sudah dicabut untuk uji", "en": "lifted for the test"},
        "moratorium_as_of": "2027-03-05",
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")

    config = ["--config", str(path)]
    _, indonesian, _ = _run(capsys, "faq", "ask", *config, "moratorium timur tengah masih berlaku ga")
    english_question = "Is the Middle East moratorium still in force?"
    _, english, _ = _run(capsys, "faq", "ask", "--lang", "en", *config, english_question)

    assert "(dicek 5 Maret 2027): sudah dicabut untuk uji." in indonesian
    assert "(checked 5 March 2027): lifted for the test." in english
    assert "{" not in indonesian + english
