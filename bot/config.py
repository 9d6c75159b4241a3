"""Application configuration: `config.yaml` plus environment overrides, validated once into a frozen object.

Secrets (the bot token) come only from the environment and are kept in a `SecretStr`, so they never show up
in a repr or a log line. A bad value fails at start-up with a `ConfigError` naming the file, line and key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from faq.model import Language
from faq.places import load_places
from storage.db import PoolSize

DEFAULT_CONFIG_PATH = Path("config.yaml")
# The `bot.operator` text shipped in config.yaml: the bot refuses to talk to real Telegram while it is there.
EXAMPLE_OPERATOR = "BP3MI (contoh: ganti dengan nama kantor yang menjalankan bot ini)"
StaffRole = Literal["admin", "officer", "editor"]


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file, line and key. `log_format` is the
    file's, when it could be read, so the error can be written as the log is."""

    log_format: str = "text"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BotSettings(_Frozen):
    name: str = "Migrasi Aman"
    operator: str = Field(min_length=1)
    # The operator's name as an English reader should see it (the consent text quotes it); None: `operator`.
    operator_en: str | None = Field(default=None, min_length=1)
    default_language: Language = "id"

    def operator_in(self, lang: str) -> str:
        return self.operator_en if lang == "en" and self.operator_en else self.operator


class PacingSettings(_Frozen):
    """Outgoing messages paced under Telegram's limits (shared between instances); see `bot.pacing`."""

    enabled: bool = True
    global_per_second: float = Field(default=28.0, gt=0)  # Telegram's bot-wide limit is about 30
    private_per_second: float = Field(default=1.0, gt=0)
    private_burst: float = Field(default=3.0, ge=1)
    group_per_minute: float = Field(default=20.0, gt=0)
    group_burst: float = Field(default=3.0, ge=1)
    max_retries: int = Field(default=3, ge=0)  # 429s retried after the delay Telegram gives


class TelegramSettings(_Frozen):
    token: SecretStr | None = None
    api_base_url: str = "https://api.telegram.org/bot"
    api_base_file_url: str | None = None
    poll_timeout_seconds: int = Field(default=30, ge=0, le=120)
    # Connections kept for sending (more sends wait their turn); 8 keep well ahead of Telegram's ~30/s.
    connection_pool_size: int = Field(default=8, ge=1)
    pacing: PacingSettings = PacingSettings()

    @field_validator("api_base_url")
    @classmethod
    def _must_be_http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value


class Hotlines(_Frozen):
    kp2mi: str
    kp2mi_abroad: str
    kp2mi_whatsapp: str
    sapa: str
    sapa_whatsapp: str
    police: str
    kemlu: str


class Links(_Frozen):
    kp2mi: str
    siskop2mi: str
    safe_travel: str
    peduli_wni: str


class LocalizedFact(_Frozen):
    id: str = Field(min_length=1)
    en: str = Field(min_length=1)


_MONTHS: Mapping[Language, tuple[str, ...]] = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def _spoken_date(day: dt.date, lang: Language) -> str:
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


class Facts(_Frozen):
    """Policy facts that change faster than the FAQ is reviewed, shown in answers with the date they were
    last checked. The defaults are the cautious reading as of the last content review; an operator who
    confirms a change edits config.yaml, not the answers."""

    moratorium_saudi_status: LocalizedFact = LocalizedFact(
        id="belum pasti. Pencabutan disetujui Maret 2025, tapi belum terbukti berjalan. Anggap masih ditutup",
        en="not confirmed. Lifting was approved in March 2025 but is not shown to be in effect. "
        "Treat it as closed",
    )
    moratorium_as_of: dt.date = dt.date(2026, 12, 6)

    def placeholders(self) -> dict[str, str]:
        """`{name}` for Indonesian answers and `{name_en}` for English ones."""
        return {
            "moratorium_saudi_status": self.moratorium_saudi_status.id,
            "moratorium_saudi_status_en": self.moratorium_saudi_status.en,
            "moratorium_as_of": _spoken_date(self.moratorium_as_of, "id"),
            "moratorium_as_of_en": _spoken_date(self.moratorium_as_of, "en"),
        }


class MatcherTuning(_Frozen):
    answer_threshold: float = Field(default=0.55, ge=0, le=1)
    clarify_threshold: float = Field(default=0.3, ge=0, le=1)
    min_margin: float = Field(default=0.07, ge=0, le=1)
    max_candidates: int = Field(default=3, ge=1, le=5)
    content_paths: tuple[Path, ...] | None = None


# The drivers the bot is built with; the usual URL forms of other tools are taken as the asyncpg one.
SUPPORTED_DATABASE_FORMS = "postgresql+asyncpg://USER@HOST:5432/NAME or sqlite+aiosqlite:///PATH"
_ASYNCPG_SCHEMES = {"postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg"}
_SUPPORTED_SCHEMES = frozenset({"postgresql+asyncpg", "sqlite+aiosqlite"})


class DatabaseSettings(_Frozen):
    url: str = "sqlite+aiosqlite:///data/migrasi-aman.db"
    auto_migrate: bool = True
    echo: bool = False
    # PostgreSQL connections per instance (SQLite keeps its own pool). A webhook instance takes at most as
    # many chats at once as these leave after its own bookkeeping (`bot.worker.chats_in_hand_bound`).
    pool_size: int = Field(default=10, ge=1)
    max_overflow: int = Field(default=10, ge=0)
    pool_timeout_seconds: float = Field(default=30.0, gt=0)
    # A round trip to test each connection taken from the pool (`storage.db.PoolSize`).
    pool_pre_ping: bool = False

    # The scheme as written when it was rewritten to the asyncpg driver's (for an INFO line at start-up).
    _written_scheme: str | None = PrivateAttr(default=None)

    @field_validator("url")
    @classmethod
    def _supported_driver(cls, value: str) -> str:
        """Any driver but the two the bot is built with is refused here, in one line, instead of failing
        later with an import error. The URL is never quoted back: it may hold a password."""
        scheme, separator, _rest = value.partition("://")
        if not separator:
            raise ValueError(f"not a database URL: use {SUPPORTED_DATABASE_FORMS}")
        if scheme.lower() not in _SUPPORTED_SCHEMES and scheme.lower() not in _ASYNCPG_SCHEMES:
            raise ValueError(
                f"the driver {scheme[:40]}:// is not supported: use {SUPPORTED_DATABASE_FORMS} "
                "(postgresql:// and postgres:// are taken as postgresql+asyncpg://)"
            )
        return value

    @model_validator(mode="after")
    def _asyncpg_for_postgresql(self) -> DatabaseSettings:
        """`postgresql://` and `postgres://` (psql's and most tools' form) become `postgresql+asyncpg://`."""
        scheme, _separator, rest = self.url.partition("://")
        rewritten = _ASYNCPG_SCHEMES.get(scheme.lower())
        if rewritten is not None:
            object.__setattr__(self, "url", f"{rewritten}://{rest}")  # frozen: set once, while validating
            self._written_scheme = scheme
        return self

    @property
    def driver_note(self) -> str | None:
        """What start-up says when the URL's scheme was rewritten, else None."""
        if self._written_scheme is None:
            return None
        scheme = self._written_scheme
        return f"database URL {scheme}://… taken as postgresql+asyncpg://… (the driver this bot uses)"

    @property
    def pool(self) -> PoolSize:
        return PoolSize(self.pool_size, self.max_overflow, self.pool_timeout_seconds, self.pool_pre_ping)


# Telegram user and chat ids have at most 52 significant bits: a longer number is a typing mistake.
TELEGRAM_ID_BOUND = 2**52


class StaffMember(_Frozen):
    user_id: int = Field(gt=-TELEGRAM_ID_BOUND, lt=TELEGRAM_ID_BOUND)
    role: StaffRole = "officer"
    name: str | None = None
    # The province whose cases she sees and acts on (ISO 3166-2:ID code or name, stored as the code);
    # none: every province.
    province: str | None = None

    @field_validator("province")
    @classmethod
    def _province_code(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        places = load_places()
        code = places.province_code(
            value.strip().upper() if value.strip().upper().startswith("ID-") else value
        )
        if code is None:
            raise ValueError(f"unknown province {value!r} (use a code like ID-JI or a name like Jawa Timur)")
        return code


class SavedReply(_Frozen):
    title: str = Field(min_length=1, max_length=40)
    text: str = Field(min_length=1, max_length=3000)


DEFAULT_REASONS: Mapping[str, tuple[str, ...]] = {
    "resolved": (
        "Masalah sudah diselesaikan bersama pihak terkait.",
        "Hak Anda (gaji/dokumen) sudah diterima sesuai laporan.",
        "Anda sudah dipulangkan dengan selamat.",
    ),
    "rejected": (
        "Laporan ini bukan wewenang BP3MI.",
        "Data laporan tidak cukup untuk ditindaklanjuti.",
        "Laporan ganda: kasus yang sama sudah ditangani di tiket lain.",
    ),
    "referred": (
        "Kasus ini perlu ditangani oleh instansi yang berwenang.",
        "Ada dugaan tindak pidana: perlu penyelidikan polisi.",
        "Pekerja berada di luar negeri: perwakilan RI dapat membantu langsung.",
    ),
}
DEFAULT_AGENCIES = (
    "Kepolisian (Polri)",
    "KBRI/KJRI setempat (Kemlu)",
    "Dinas Tenaga Kerja setempat",
    "SAPA 129 (KemenPPPA)",
    "KP2MI pusat",
)
# What a worker is told to call for each agency: a name under `hotlines`, or the number itself.
DEFAULT_AGENCY_CONTACTS: Mapping[str, str] = {
    "Kepolisian (Polri)": "police",
    "KBRI/KJRI setempat (Kemlu)": "kemlu",
    "SAPA 129 (KemenPPPA)": "sapa",
    "KP2MI pusat": "kp2mi",
}
DEFAULT_SAVED_REPLIES = (
    SavedReply(
        title="Diterima, sedang dicek",
        text="Laporan Anda sudah kami terima dan sedang kami periksa. Kami kabari lagi di sini.",
    ),
    SavedReply(
        title="Minta dokumen",
        text="Mohon kirim foto paspor, kontrak kerja dan bukti lain yang Anda punya lewat chat ini.",
    ),
    SavedReply(
        title="Minta nomor yang bisa dihubungi",
        text="Mohon kirim nomor HP atau WhatsApp yang bisa kami hubungi, dan jam yang aman untuk menelepon.",
    ),
)


class StaffSettings(_Frozen):
    chat_id: int | None = Field(default=None, gt=-TELEGRAM_ID_BOUND, lt=TELEGRAM_ID_BOUND)
    # Keyed by province code or any spelling of its name ("ID-JI", "Jawa Timur", "jatim"); stored by code.
    province_chats: Mapping[str, int] = Field(default_factory=dict)
    members: tuple[StaffMember, ...] = ()
    # Cards, lists and the trail show times in the office's time zone (an IANA name).
    time_zone: str = "Asia/Jakarta"
    # Saved reasons offered when a case is resolved, rejected or referred (free text is always possible).
    reasons: Mapping[str, tuple[str, ...]] = Field(default_factory=lambda: dict(DEFAULT_REASONS))
    referral_agencies: tuple[str, ...] = DEFAULT_AGENCIES
    # Agency name -> a `hotlines` name or a number; the Indonesian missions' numbers come from the
    # destinations table.
    referral_contacts: Mapping[str, str] = Field(default_factory=lambda: dict(DEFAULT_AGENCY_CONTACTS))
    saved_replies: tuple[SavedReply, ...] = DEFAULT_SAVED_REPLIES

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. Asia/Jakarta, Asia/Makassar)") from None
        return value

    @field_validator("reasons")
    @classmethod
    def _short_reasons(cls, value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
        for status, reasons in value.items():
            if status not in DEFAULT_REASONS:
                raise ValueError(f"{status}: reasons are for {', '.join(DEFAULT_REASONS)}")
            for reason in reasons:
                if not reason.strip() or len(reason) > 300:
                    raise ValueError(f"{status}: every reason is 1 to 300 characters")
            if len(reasons) > 8:
                raise ValueError(f"{status}: at most 8 saved reasons (they become buttons)")
        return value

    @field_validator("province_chats")
    @classmethod
    def _province_codes(cls, chats: Mapping[str, int]) -> Mapping[str, int]:
        places = load_places()
        by_code: dict[str, int] = {}
        for name, chat_id in chats.items():
            code = places.province_code(name)
            if code is None:
                raise ValueError(
                    f"unknown province {name!r} (use a code like ID-JI or a name like Jawa Timur)"
                )
            if code in by_code:
                raise ValueError(f"province {name!r} is listed twice (as {code})")
            by_code[code] = chat_id
        return by_code

    def chat_ids(self) -> frozenset[int]:
        ids = set(self.province_chats.values())
        if self.chat_id is not None:
            ids.add(self.chat_id)
        return frozenset(ids)


class ComplaintSettings(_Frozen):
    ticket_prefix: str = Field(default="ADU", pattern=r"^[A-Z]{2,8}$")
    attachments_dir: Path = Path("data/attachments")
    attachment_max_bytes: int = Field(default=5_000_000, ge=0)
    urgent_unclaimed_minutes: int = Field(default=30, ge=1)
    unanswered_hours: int = Field(default=24, ge=1)
    sweep_interval_seconds: int = Field(default=60, ge=5)
    documents_incomplete_days: int = Field(default=30, ge=1)
    no_clarification_working_days: int = Field(default=15, ge=1)
    unreachable_days: int = Field(default=60, ge=1)
    no_response_days: int = Field(default=180, ge=1)
    # Handled updates (her messages as Telegram sent them) are deleted by the timer sweep after this long.
    handled_update_retention_hours: int = Field(default=24, ge=1)


class RateLimitSettings(_Frozen):
    max_messages: int = Field(default=20, ge=1)
    per_seconds: float = Field(default=60.0, gt=0)


class AgencySettings(_Frozen):
    """The P3MI registry the agency check reads (`migrasi-aman agencies import` installs it)."""

    registry_path: Path = Path("data/p3mi.csv")  # used when it exists; otherwise the bundled SAMPLE list


class AskSettings(_Frozen):
    """Limits for free-text questions."""

    max_question_chars: int = Field(default=600, ge=50, le=4096)


class WebSettings(_Frozen):
    """The staff console in the browser. Its cookie secret comes from WEB_SECRET_KEY, or a file it writes
    once into `data_dir` (never into config.yaml or the log)."""

    enabled: bool = False
    public_url: str = "http://127.0.0.1:8080"
    listen_host: str = "127.0.0.1"
    listen_port: int = Field(default=8080, ge=1, le=65535)
    session_minutes: int = Field(default=480, ge=5, le=7 * 24 * 60)
    data_dir: Path = Path("data")
    login_attempts_per_minute: int = Field(default=10, ge=1)
    # Labelled sets (`faq eval` files) a content-gaps patch is scored on before it is offered (none: lint).
    eval_sets: tuple[Path, ...] = ()

    @field_validator("public_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("eval_sets")
    @classmethod
    def _existing_files(cls, value: tuple[Path, ...]) -> tuple[Path, ...]:
        missing = [str(path) for path in value if not path.is_file()]
        if missing:
            raise ValueError(f"no such file: {', '.join(missing)}")
        return value


WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class WebhookSettings(_Frozen):
    """`run --webhook`: Telegram posts updates to `public_url`; this process listens on listen_host:port
    (behind a reverse proxy that terminates TLS). The secret comes from TELEGRAM_WEBHOOK_SECRET."""

    public_url: str | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int = Field(default=8081, ge=1, le=65535)
    secret: SecretStr | None = None
    max_connections: int = Field(default=40, ge=1, le=100)
    # `run --webhook` on SQLite only when this says the instance is alone: a SQLite file cannot be shared,
    # so a second instance on its own file would split chats and cases between two databases unseen.
    single_instance: bool = False

    @field_validator("public_url")
    @classmethod
    def _must_be_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with https:// (or http:// for a local stand-in)")
        return value

    @field_validator("secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts another secret only in this alphabet: an instance started with a malformed one
        # would register it anyway and every instance would refuse every update.
        if value is not None and not WEBHOOK_SECRET_SHAPE.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters A-Z, a-z, 0-9, _ and - (Telegram allows no others)")
        return value

    @property
    def path(self) -> str:
        """The path Telegram posts to: the public URL's, or /telegram/webhook."""
        if self.public_url:
            path = urlsplit(self.public_url).path
            if path and path != "/":
                return path
        return "/telegram/webhook"


class ClusterSettings(_Frozen):
    """How webhook instances sharing one database split the work of chats between them."""

    lease_seconds: float = Field(default=30.0, gt=0)  # a killed instance's chats are taken over after this
    scan_interval_seconds: float = Field(default=1.0, gt=0)  # how often waiting chats are looked for
    max_concurrent_chats: int = Field(default=256, ge=1)
    # How the instance is named in logs, the lease table and the `migrasi_instance_info` metric (a process
    # id and a random suffix are added, so a restarted instance is a new holder). Default: host:port in
    # webhook mode, the host name otherwise; set it (MIGRASI_INSTANCE_NAME) to name the systemd unit.
    instance_name: str | None = Field(
        default=None, min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._:@-]+$"
    )


class DestinationSettings(_Frozen):
    """The destinations table (emergency numbers per country) and the operator's corrections to it."""

    path: Path | None = None  # default: the shipped faq/data/destinations.yaml
    # Placeholder name -> number, e.g. {"dest_my_mission": "+60 ..."}: replaces the table's value and counts
    # as verified. Unknown names fail at start-up.
    overrides: Mapping[str, str] = Field(default_factory=dict)


class AppConfig(_Frozen):
    source: Path = DEFAULT_CONFIG_PATH
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    bot: BotSettings
    telegram: TelegramSettings = TelegramSettings()
    hotlines: Hotlines
    links: Links
    facts: Facts = Facts()
    matcher: MatcherTuning = MatcherTuning()
    database: DatabaseSettings = DatabaseSettings()
    staff: StaffSettings = StaffSettings()
    complaints: ComplaintSettings = ComplaintSettings()
    rate_limit: RateLimitSettings = RateLimitSettings()
    agencies: AgencySettings = AgencySettings()
    ask: AskSettings = AskSettings()
    web: WebSettings = WebSettings()
    webhook: WebhookSettings = WebhookSettings()
    cluster: ClusterSettings = ClusterSettings()
    destinations: DestinationSettings = DestinationSettings()

    def placeholders(self) -> dict[str, str]:
        """Values for `{placeholder}`s in FAQ answers: hotline_*, link_*, the facts, bot_name, operator."""
        values = {f"hotline_{key}": value for key, value in self.hotlines.model_dump().items()}
        values.update({f"link_{key}": value for key, value in self.links.model_dump().items()})
        values.update(self.facts.placeholders())
        values["bot_name"] = self.bot.name
        values["operator"] = self.bot.operator
        return values

    def operator_is_example(self) -> bool:
        """`bot.operator` is still the shipped example text (it must name the real office before launch)."""
        return self.bot.operator.strip() == EXAMPLE_OPERATOR

    def staff_role(self, user_id: int) -> StaffRole | None:
        """The configured role of a user, or None for non-staff (the database may add officers later)."""
        for member in self.staff.members:
            if member.user_id == user_id:
                return member.role
        return None


# Environment variable -> dotted config key it overrides.
ENV_OVERRIDES: Mapping[str, str] = {
    "TELEGRAM_BOT_TOKEN": "telegram.token",
    "TELEGRAM_API_BASE_URL": "telegram.api_base_url",
    "DATABASE_URL": "database.url",
    "STAFF_CHAT_ID": "staff.chat_id",
    "TELEGRAM_WEBHOOK_SECRET": "webhook.secret",
    "WEBHOOK_PUBLIC_URL": "webhook.public_url",
    "MIGRASI_INSTANCE_NAME": "cluster.instance_name",
}


def resolve_config_path(path: Path | None, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if path is not None:
        return path
    if env.get("MIGRASI_CONFIG"):
        return Path(env["MIGRASI_CONFIG"])
    return DEFAULT_CONFIG_PATH


def layered_base(path: Path | None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The file `--config PATH` is laid over: `$MIGRASI_CONFIG` when it names another file, else none.

    So one shared config (MIGRASI_CONFIG) and a small file per instance (`--config config-8081.yaml` with
    only webhook.listen_port) make one configuration; without MIGRASI_CONFIG, `--config` names the whole file.
    """
    env = os.environ if environ is None else environ
    shared = env.get("MIGRASI_CONFIG")
    if path is None or not shared:
        return None
    base = Path(shared)
    with contextlib.suppress(OSError):
        if base.resolve() == path.resolve():
            return None
    return base


def load_config(
    path: Path | None = None, environ: Mapping[str, str] | None = None, *, base: Path | None = None
) -> AppConfig:
    """Read, override from the environment and validate. Raises `ConfigError` with file, line and key.

    With `base`, the settings of `path` are laid over those of `base`: mappings merge key by key, a list or a
    single value in `path` replaces the base's.
    """
    env = os.environ if environ is None else environ
    config_path = resolve_config_path(path, env)
    raw, lines = _read_yaml(config_path)
    where = str(config_path)
    if base is not None:
        base_raw, base_lines = _read_yaml(base)
        raw = _merged(base_raw, raw)
        lines = {**base_lines, **lines}
        where = f"{config_path} (over {base})"
    from_env = _apply_env_overrides(raw, env)
    raw["source"] = config_path
    try:
        return AppConfig.model_validate(raw)
    except ValidationError as exc:
        error = ConfigError(_describe(exc, where, lines, from_env))
        # The file asked for JSON logs: the error is written as one JSON line too (see `bot.__main__`).
        error.log_format = str(raw.get("log_format") or "text")
        raise error from None


def _read_yaml(config_path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The file's settings and, for each dotted key, where it is written ("file:line")."""
    try:
        text = config_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{config_path}: cannot read config file: {exc.strerror}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{config_path}:{mark.line + 1}" if mark is not None else str(config_path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{where}: invalid YAML: {problem}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{config_path}:1: the top level must be a mapping of settings")
    return raw, {key: f"{config_path}:{line}" for key, line in _key_lines(node).items()}


def _merged(base: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in overlay.items():
        below = merged.get(key)
        merged[key] = _merged(below, value) if isinstance(below, dict) and isinstance(value, dict) else value
    return merged


def _apply_env_overrides(raw: dict[str, Any], env: Mapping[str, str]) -> dict[str, str]:
    """Write environment overrides into the raw mapping; return dotted key -> env variable used."""
    used: dict[str, str] = {}
    for variable, dotted in ENV_OVERRIDES.items():
        value = env.get(variable)
        if value:
            _set_dotted(raw, dotted, value.strip())
            used[dotted] = variable
    admin_ids = env.get("STAFF_ADMIN_IDS")
    if admin_ids:
        staff = raw.setdefault("staff", {})
        if not isinstance(staff, dict):
            return used
        members = list(staff.get("members") or [])
        for item in (part.strip() for part in admin_ids.split(",")):
            if item:
                members.append({"user_id": item, "role": "admin"})
                used[f"staff.members.{len(members) - 1}.user_id"] = "STAFF_ADMIN_IDS"
        staff["members"] = members
    return used


def _set_dotted(raw: dict[str, Any], dotted: str, value: object) -> None:
    *parents, leaf = dotted.split(".")
    target = raw
    for key in parents:
        child = target.get(key)
        if not isinstance(child, dict):
            child = {}
            target[key] = child
        target = child
    target[leaf] = value


def _key_lines(node: yaml.Node | None, prefix: str = "") -> dict[str, int]:
    """Map each dotted key path in the YAML document to its 1-based line number."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}{key_node.value}"
            lines[path] = key_node.start_mark.line + 1
            lines.update(_key_lines(value_node, f"{path}."))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            path = f"{prefix}{index}"
            lines[path] = item.start_mark.line + 1
            lines.update(_key_lines(item, f"{path}."))
    return lines


def _describe(exc: ValidationError, where: str, lines: Mapping[str, str], from_env: Mapping[str, str]) -> str:
    problems = []
    for error in exc.errors():
        dotted = ".".join(str(part) for part in error["loc"])
        if dotted in from_env:
            location = f"{where}: {dotted} (from environment variable {from_env[dotted]})"
        else:
            line = _nearest_line(dotted, lines)
            location = f"{line}: {dotted}" if line else f"{where}: {dotted}"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown setting"
        elif error["type"] == "missing":
            message = "required setting is missing"
        elif error["type"] == "value_error":
            message = message.removeprefix("Value error, ")
        problems.append(f"{location}: {message}")
    return "invalid configuration:\n  " + "\n  ".join(problems)


def _nearest_line(dotted: str, lines: Mapping[str, str]) -> str | None:
    parts = dotted.split(".")
    while parts:
        line = lines.get(".".join(parts))
        if line is not None:
            return line
        parts.pop()
    return None
