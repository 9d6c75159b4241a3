"""A per-instance file laid over the shared config: the deployment's `MIGRASI_CONFIG=/etc/.../config.yaml`
with `--config config-8081.yaml` holding only what differs; and the shipped config.yaml shows the
operations settings with their defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.__main__ import build_parser
from bot.cli_common import config_from_args
from bot.config import AppConfig, ClusterSettings, ConfigError, PacingSettings, WebhookSettings, load_config
from tests.bot_fixtures import REPO_CONFIG

INSTANCE = "webhook:\n  listen_port: 8082\n  public_url: https://bot.example.go.id/telegram/webhook\n"


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("TELEGRAM_API_BASE_URL", "DATABASE_URL", "STAFF_CHAT_ID", "WEBHOOK_PUBLIC_URL"):
        monkeypatch.delenv(name, raising=False)
    shipped = REPO_CONFIG.read_text(encoding="utf-8")
    text = shipped.replace('operator: "BP3MI (contoh', 'operator: "BP3MI Jatim (x')
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("MIGRASI_CONFIG", str(path))
    return path


def _config(*argv: str) -> AppConfig:
    return config_from_args(build_parser().parse_args([*argv, "faq", "lint"]))


def test_a_per_instance_file_is_laid_over_the_shared_config(shared: Path, tmp_path: Path) -> None:
    instance = tmp_path / "config-8082.yaml"
    instance.write_text(INSTANCE, encoding="utf-8")
    config = _config("--config", str(instance))
    assert config.webhook.listen_port == 8082
    assert config.webhook.public_url == "https://bot.example.go.id/telegram/webhook"
    assert config.webhook.listen_host == "127.0.0.1"  # the rest of webhook: from the defaults
    assert config.bot.operator.startswith("BP3MI Jatim")  # from the shared file
    assert config.hotlines.police == "110"
    assert config.source == instance


def test_a_mistake_names_the_file_and_line_it_is_in(shared: Path, tmp_path: Path) -> None:
    instance = tmp_path / "config-8082.yaml"
    instance.write_text(INSTANCE + "cluster:\n  lease_seconds: -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{instance}:5: cluster.lease_seconds"):
        _config("--config", str(instance))
    shared.write_text(shared.read_text(encoding="utf-8").replace("log_level: INFO", "log_level: LOUD"))
    instance.write_text(INSTANCE, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{shared}:\d+: log_level"):
        _config("--config", str(instance))


def test_without_a_shared_file_config_names_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MIGRASI_CONFIG", raising=False)
    instance = tmp_path / "config-8082.yaml"
    instance.write_text(INSTANCE, encoding="utf-8")
    with pytest.raises(ConfigError, match="bot: required setting is missing"):
        _config("--config", str(instance))


@pytest.mark.parametrize(
    ("section", "model"),
    [("webhook", WebhookSettings), ("cluster", ClusterSettings)],
)
def test_the_shipped_config_shows_the_operations_settings_at_their_defaults(
    section: str, model: type[WebhookSettings | ClusterSettings]
) -> None:
    raw = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    defaults = model().model_dump(mode="json")
    assert set(raw[section]) == set(defaults) - {"secret"}  # the secret only from the environment
    assert {key: raw[section][key] for key in raw[section]} == {key: defaults[key] for key in raw[section]}


def test_the_shipped_config_shows_pacing_and_log_format_at_their_defaults() -> None:
    raw = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))
    assert raw["telegram"]["pacing"] == PacingSettings().model_dump(mode="json")
    assert raw["log_format"] == "text"
    assert load_config(REPO_CONFIG, environ={}).webhook == WebhookSettings()
