"""Prometheus metrics of one instance: updates in and handled, handling time, what was sent or failed.

Counters live in this process; figures held by the database (inbox backlog, cases by status) are read
when `/metrics` is scraped (`bot.ops`).
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, Info

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
INBOX_BACKLOG = Gauge("migrasi_inbox_backlog", "Updates stored but not handled yet")
CASES_BY_STATUS = Gauge("migrasi_cases", "Cases by status", ["status"])
SLA_BREACHES = Gauge("migrasi_sla_breaches", "Open cases past their first-response deadline")
# The instance's name as in its log lines and the lease table, to tell two instances on one host apart.
INSTANCE = Info("migrasi_instance", "This instance's name in logs and the lease table")
CHATS_IN_HAND = Gauge("migrasi_chats_in_hand", "Chats this instance is working on now")
URGENT_UNCLAIMED = Gauge("migrasi_urgent_unclaimed", "Open urgent cases no officer has taken")
OLDEST_UNHANDLED_SECONDS = Gauge(
    "migrasi_inbox_oldest_unhandled_seconds",
    "Age of the oldest update stored but not handled yet (0 when none waits)",
)
LIVE_INSTANCES = Gauge("migrasi_live_instances", "Webhook instances alive now (their leases unexpired)")

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
