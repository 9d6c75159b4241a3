"""Prometheus metrics of one instance: updates in and handled, handling time, what was sent or failed.

Counters live in this process; figures held by the database (inbox backlog, cases by status) are read
when `/metrics` is scraped (`bot.ops`) and reported by `DatabaseFigures`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, Info
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from storage.services.health import Figures

UPDATES_RECEIVED = Counter("migrasi_updates_received_total", "Updates stored in the inbox", ["via"])
UPDATES_DUPLICATE = Counter("migrasi_updates_duplicate_total", "Updates received again (already stored)")
UPDATES_HANDLED = Counter("migrasi_updates_handled_total", "Updates whose handling finished")
UPDATES_DEFERRED = Counter(
    "migrasi_updates_deferred_total",
    "Updates left in the inbox for later because the database was not reachable",
)
UPDATES_GIVEN_UP = Counter("migrasi_updates_given_up_total", "Updates given up after repeated failures")
HANDLING_SECONDS = Histogram(
    "migrasi_update_handling_seconds",
    "Time from claiming an update to its handling finished",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
WEBHOOK_REFUSED = Counter("migrasi_webhook_refused_total", "Webhook requests refused", ["reason"])
MESSAGES_SENT = Counter("migrasi_messages_sent_total", "Bot API send calls that succeeded", ["method"])
MESSAGES_FAILED = Counter("migrasi_messages_failed_total", "Bot API send calls that failed", ["reason"])
# The instance's name as in its log lines and the lease table, to tell two instances on one host apart.
INSTANCE = Info("migrasi_instance", "This instance's name in logs and the lease table")
CHATS_IN_HAND = Gauge("migrasi_chats_in_hand", "Chats this instance is working on now")

# Every known label from the start, at 0: after a restart an alert on rate() sees 0, not "no data".
KNOWN_LABELS: tuple[tuple[Counter, str, tuple[str, ...]], ...] = (
    (UPDATES_RECEIVED, "via", ("webhook",)),
    (WEBHOOK_REFUSED, "reason", ("secret", "draining", "malformed")),
    (MESSAGES_SENT, "method", ("sendMessage", "editMessageText", "copyMessage")),
    (MESSAGES_FAILED, "reason", ("bad_request", "forbidden", "flood", "server_error", "timeout", "network")),
)
for _counter, _label, _values in KNOWN_LABELS:
    for _value in _values:
        _counter.labels(**{_label: _value})


class DatabaseFigures(Collector):
    """The figures read from the database at the last scrape, and `migrasi_database_up` saying whether they
    could be read. When they could not, they are left out rather than kept at their last value: a stale
    "backlog 0" or "2 instances live" would keep alerts quiet through an outage (Prometheus' advice for
    exporters: an `_up` gauge, and no stale values)."""

    def __init__(self) -> None:
        self.latest: Figures | None = None

    def collect(self) -> Iterator[GaugeMetricFamily]:
        now = self.latest
        yield GaugeMetricFamily(
            "migrasi_database_up",
            "1 if the last scrape could read the database, else 0",
            value=int(now is not None),
        )
        if now is None:
            return
        yield GaugeMetricFamily(
            "migrasi_inbox_backlog", "Updates stored but not handled yet", value=now.inbox_backlog
        )
        cases = GaugeMetricFamily("migrasi_cases", "Cases by status", labels=["status"])
        for status, count in now.cases_by_status.items():
            cases.add_metric([status], count)
        yield cases
        yield GaugeMetricFamily(
            "migrasi_sla_breaches", "Open cases past their first-response deadline", value=now.sla_breaches
        )
        yield GaugeMetricFamily(
            "migrasi_urgent_unclaimed", "Open urgent cases no officer has taken", value=now.urgent_unclaimed
        )
        yield GaugeMetricFamily(
            "migrasi_inbox_oldest_unhandled_seconds",
            "Age of the oldest update stored but not handled yet (0 when none waits)",
            value=now.oldest_unhandled_seconds,
        )
        yield GaugeMetricFamily(
            "migrasi_live_instances",
            "Webhook instances alive now (their leases unexpired)",
            value=now.live_instances,
        )


DATABASE_FIGURES = DatabaseFigures()
REGISTRY.register(DATABASE_FIGURES)
