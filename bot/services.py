"""The application's services, built once in `build_application` and reached through `BotContext.services`.

`Services(config, database)` builds everything else in `__post_init__` (fields with `init=False`), so a test
or the CLI needs only a config and a database. Each issue keeps its fields and its lines of `__post_init__`
in its own section; a test may replace any service afterwards (the dataclass is not frozen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bot.agency_registry import LiveAgencyRegistry
from bot.complaints import configured_staff, queue_policy
from bot.config import AppConfig
from bot.destinations import CountryFinder, country_finder, destination_table, home_lines
from bot.knowledge import FaqService
from bot.ratelimit import RateLimiter, SharedRateLimiter, UserRateLimit
from faq.agencies import load_registry
from faq.destinations import Destinations
from faq.emergency import HomeLines
from faq.offer_check import OfferQuestionnaire, load_questionnaire
from storage.db import Database, is_sqlite
from storage.services.agency_registry import AgencyRegistryStore
from storage.services.case_routing import ComplainantRouting
from storage.services.cases import CaseQueue
from storage.services.console import ConsoleAccess
from storage.services.emergency import EmergencyMemory
from storage.services.intake import IntakeService
from storage.services.leases import LeaseBook, instance_name
from storage.services.phrasings import PhrasingService
from storage.services.preferences import PreferenceService
from storage.services.question_log import QuestionLogService
from storage.services.rate_windows import RateWindows
from storage.services.rules import QueuePolicy
from storage.services.staff import StaffDirectory
from storage.services.staff_chats import ExposedStaffChats
from storage.services.timers import TimerSweep

BUTTON_PRESSES_PER_MESSAGE = 3


@dataclass
class Services:
    config: AppConfig
    database: Database
    # --- FAQ, asking, checks (issue 3: the bot engineer adds its services below) ---
    faq: FaqService = field(init=False)
    preferences: PreferenceService = field(init=False)
    questions: QuestionLogService = field(init=False)
    offer_check: OfferQuestionnaire = field(init=False)
    agencies: LiveAgencyRegistry = field(init=False)
    rate_limiter: UserRateLimit = field(init=False)
    button_rate_limiter: UserRateLimit = field(init=False)
    # --- complaints and staff queue (issue 4: the complaints engineer adds its services below) ---
    complaint_policy: QueuePolicy = field(init=False)
    staff_directory: StaffDirectory = field(init=False)
    intake: IntakeService = field(init=False)
    cases: CaseQueue = field(init=False)
    routing: ComplainantRouting = field(init=False)
    case_timers: TimerSweep = field(init=False)
    # --- the staff console in the browser ---
    console: ConsoleAccess = field(init=False)
    phrasings: PhrasingService = field(init=False)
    # Staff chats where someone who is not staff may be present (see handlers.staff_hygiene).
    exposed_staff_chats: ExposedStaffChats = field(init=False)
    # --- instances sharing one database ---
    leases: LeaseBook = field(init=False)
    # --- emergency help where the person in danger is ---
    destinations: Destinations = field(init=False)
    home_lines: HomeLines = field(init=False)
    countries: CountryFinder = field(init=False)
    emergency: EmergencyMemory = field(init=False)

    def __post_init__(self) -> None:
        # --- issue 3 ---
        config = self.config
        self.destinations = destination_table(config)
        self.faq = FaqService(config, self.destinations)
        self.preferences = PreferenceService(self.database, config.bot.default_language)
        self.questions = QuestionLogService(self.database)
        self.offer_check = load_questionnaire()
        registry_path = config.agencies.registry_path
        self.agencies = LiveAgencyRegistry(
            AgencyRegistryStore(self.database),
            load_registry(registry_path if registry_path.exists() else None),
        )
        limits = config.rate_limit
        # A quick reader answering the 12-question offer check presses many buttons: allow more of those.
        button_limit = limits.max_messages * BUTTON_PRESSES_PER_MESSAGE
        if is_sqlite(config.database.url):  # one instance: nobody else counts, so memory is enough
            self.rate_limiter = RateLimiter(limits.max_messages, limits.per_seconds)
            self.button_rate_limiter = RateLimiter(button_limit, limits.per_seconds)
        else:  # instances sharing PostgreSQL count a user's updates together
            windows = RateWindows(self.database)
            per = limits.per_seconds
            self.rate_limiter = SharedRateLimiter(windows, "messages", limits.max_messages, per)
            self.button_rate_limiter = SharedRateLimiter(windows, "buttons", button_limit, per)
        # --- issue 4 ---
        self.complaint_policy = queue_policy(self.config)
        self.staff_directory = StaffDirectory(self.database, configured_staff(self.config))
        # This process's name in the lease table (and on the cards it is posting).
        holder = instance_name(config.cluster.instance_name)
        self.intake = IntakeService(self.database, self.complaint_policy, card_poster=holder)
        self.cases = CaseQueue(self.database, self.staff_directory, self.complaint_policy)
        self.routing = ComplainantRouting(self.database, self.complaint_policy)
        self.case_timers = TimerSweep(self.database, self.complaint_policy, holder=holder)
        # --- the staff console ---
        session_lifetime = timedelta(minutes=config.web.session_minutes)
        self.console = ConsoleAccess(self.database, self.staff_directory, session_lifetime)
        self.phrasings = PhrasingService(self.database, self.staff_directory)
        self.exposed_staff_chats = ExposedStaffChats(self.database)
        # --- instances sharing one database ---
        self.leases = LeaseBook(self.database, holder)
        # --- emergency help ---
        self.home_lines = home_lines(self.config)
        self.countries = country_finder()
        self.emergency = EmergencyMemory(self.database)
