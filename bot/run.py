"""Run the bot with long polling (`running_bot` for tests and the terminal chat, `run_until_signal` for `run`)
or as one of several webhook instances on one database (`running_webhook_bot`, `run_webhook_until_signal`).

Both use the steps of PTB's `run_polling` (initialise, prepare, start the application, poll; and the reverse
on the way out), but under our control: tests need the bot inside their own event loop, `run` needs a clean
shutdown on SIGINT and SIGTERM with a clear message on a bad token, and polling goes through the durable
inbox of `bot.inbox` (PTB's `Updater` confirms updates to Telegram before they are handled, so a crash in
between would lose them).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.routing import BaseRoute
from telegram import Update

from bot import metrics
from bot.app import build_application, prepare_application, release_application, services_of
from bot.asgi import cluster_app, serving_asgi
from bot.config import AppConfig
from bot.context import BotApplication
from bot.deferred import DEFERRED_KEY, DeferredUpdates
from bot.inbox import InboxPoller
from bot.instance_check import (
    SecretDisagrees,
    agree_with_live_instances,
    fingerprints_of,
    warn_without_shared_web_key,
)
from bot.ops import ops_routes
from bot.pacing import Pacer
from bot.updates import PerChatUpdateProcessor
from bot.webhook import SecretRefusals, webhook_routes
from bot.webhook_watch import WebhookWatch
from bot.worker import ChatWorker, chats_in_hand_bound
from handlers.sweep_turn import SWEEP_LEASE
from storage.db import describe as describe_database
from storage.migrate import upgrade_database
from storage.services.claims import ChatQueues
from storage.services.inbox import UpdateInbox
from storage.services.instance_fingerprints import InstanceFingerprints
from storage.services.leases import INSTANCE_PREFIX, LeaseBook

logger = logging.getLogger(__name__)


class PortInUse(Exception):
    """webhook.listen_host:port is taken (another instance with the same per-instance file, say)."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(f"{host}:{port}")
        self.host, self.port = host, port


def _refuse_if_port_taken(host: str, port: int) -> None:
    """Before anything else, and above all before setWebhook: an instance that cannot listen must not
    register the webhook with its own secret and URL."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError:
            raise PortInUse(host, port) from None


class WebhookIsSet(Exception):
    """`run` (polling) found the bot's webhook set: webhook instances may be serving it, and polling would
    take the bot off them (getUpdates needs the webhook deleted)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        # Only the host: some deployments put the token in the webhook's path.
        self.where = f"{parts.scheme}://{parts.netloc}/…" if parts.netloc else "a webhook"
        super().__init__(self.where)


async def _refuse_if_webhook_set(app: BotApplication) -> None:
    info = await app.bot.get_webhook_info()
    if info.url:
        raise WebhookIsSet(info.url)


@contextlib.asynccontextmanager
async def running_bot(config: AppConfig, **build_options: Any) -> AsyncIterator[BotApplication]:
    """The real application polling `config.telegram.api_base_url` until the block exits.

    `build_options` go to `build_application` (e.g. `services=`, `concurrent_updates=`).
    """
    app = build_application(config, **build_options)
    async with _started(app, config):
        yield app


@contextlib.asynccontextmanager
async def _running_with_poller(
    config: AppConfig, *, take_over_webhook: bool, **build_options: Any
) -> AsyncIterator[InboxPoller]:
    app = build_application(config, **build_options)
    async with _started(app, config, take_over_webhook=take_over_webhook) as poller:
        yield poller


@contextlib.asynccontextmanager
async def _started(
    app: BotApplication, config: AppConfig, *, take_over_webhook: bool = True
) -> AsyncIterator[InboxPoller]:
    await app.initialize()
    try:
        if not take_over_webhook:  # before the start-up hooks: nothing is posted or sent
            await _refuse_if_webhook_set(app)
        await prepare_application(app)
        keep_handled = timedelta(hours=config.complaints.handled_update_retention_hours)
        inbox = UpdateInbox(services_of(app).database, keep_handled=keep_handled)
        poller = InboxPoller(app, inbox, poll_timeout=config.telegram.poll_timeout_seconds)
        await app.start()
        try:
            with _frozen_heap():
                await poller.start()
                async with _console(app, config):
                    yield poller
        finally:
            await poller.stop()
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()
        await release_application(app)  # PTB calls post_shutdown only from run_polling


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    """What start-up loaded (the FAQ index, the triage model, the handlers: a quarter of a million objects)
    lives as long as the bot. Frozen, the collector's full passes skip it; under load they otherwise walk
    it all every few seconds, tens of milliseconds each with every update waiting. Thawed again at the end,
    so a process that starts bots one after another (the tests) does not keep their garbage."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.asynccontextmanager
async def _console(app: BotApplication, config: AppConfig) -> AsyncIterator[None]:
    """The staff console beside the bot when `web.enabled`: same process, same services, and the Telegram
    notifier, so a change made in the browser reaches the complainant and the staff card."""
    if not config.web.enabled:
        yield
        return
    from bot.telegram_notifier import TelegramCaseNotifier
    from bot.web import build_web_app, serving

    services = services_of(app)
    web_app = build_web_app(config, services, TelegramCaseNotifier(app.bot, services))
    async with serving(web_app, config.web.listen_host, config.web.listen_port):
        logger.info("console at %s", config.web.public_url)
        yield


async def run_until_signal(
    config: AppConfig, stop: asyncio.Event | None = None, *, take_over_webhook: bool = False
) -> None:
    """Poll until SIGINT/SIGTERM (or `stop` is set), then shut down cleanly.

    Raises `WebhookIsSet` when the bot has a webhook, unless `take_over_webhook`: polling deletes it.
    """
    stop_event = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []

    def request_stop() -> None:
        stop_event.set()
        # A second Ctrl+C should not wait for a stuck shutdown: restore Python's default handlers.
        for signum in installed:
            loop.remove_signal_handler(signum)
        installed.clear()

    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, request_stop)
            installed.append(signum)
    try:
        # Chats are served concurrently in production; within a chat, updates stay in order.
        async with _running_with_poller(
            config, take_over_webhook=take_over_webhook, concurrent_updates=PerChatUpdateProcessor()
        ) as poller:
            logger.info(
                "polling for updates, on %s; press Ctrl+C to stop", describe_database(config.database.url)
            )
            polling = poller.polling
            assert polling is not None
            stop_requested = asyncio.ensure_future(stop_event.wait())
            try:
                await asyncio.wait({stop_requested, polling}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                stop_requested.cancel()
            logger.info("stopping")
        failure = polling.exception() if polling.done() and not polling.cancelled() else None
        if failure is not None:
            raise failure  # e.g. InvalidToken: `run` reports it and exits non-zero
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


# ----- webhook mode: any number of instances on one database ------------------------------------------------

DRAIN_GRACE_SECONDS = 20.0


def named_by_port(config: AppConfig) -> AppConfig:
    """Without `cluster.instance_name`, a webhook instance is named host:port: two instances on one host
    (two systemd units) are told apart in the logs and metrics by the port each listens on."""
    if config.cluster.instance_name:
        return config
    label = f"{socket.gethostname()[:32]}:{config.webhook.listen_port}"
    return config.model_copy(update={"cluster": config.cluster.model_copy(update={"instance_name": label})})


class WebhookInstance:
    """A running webhook instance: its application, chat worker and the routes it serves."""

    def __init__(self, app: BotApplication, config: AppConfig) -> None:
        services = services_of(app)
        self.app = app
        self.name = services.leases.holder
        metrics.INSTANCE.info({"name": self.name})
        inbox = UpdateInbox(services.database)
        queues = ChatQueues(services.database, max_attempts=inbox.max_attempts)
        deferred = DeferredUpdates()
        app.bot_data[DEFERRED_KEY] = deferred
        self.worker = ChatWorker(
            app,
            inbox,
            queues,
            LeaseBook(services.database, self.name),
            lease_seconds=config.cluster.lease_seconds,
            scan_interval=config.cluster.scan_interval_seconds,
            max_chats=chats_in_hand_bound(
                config.cluster.max_concurrent_chats, services.database.pool_capacity
            ),
            deferred=deferred,
            on_instances=self._share_budget,
        )
        self.worker_database = services.database
        self.app_port = config.webhook.listen_port
        self.draining = False
        self.chats_drained = 0
        secret = config.webhook.secret.get_secret_value() if config.webhook.secret else ""
        self.refusals = SecretRefusals()
        self.watch = WebhookWatch(app.bot)
        self.routes: list[BaseRoute] = [
            *webhook_routes(
                config.webhook.path,
                secret,
                queues,
                on_stored=self.worker.wake,
                accepting=lambda: not self.draining,
                refusals=self.refusals,
            ),
            *ops_routes(
                services.database,
                draining=lambda: self.draining,
                refusals=self.refusals,
                problem=lambda: self.watch.problem,
            ),
        ]

    def _share_budget(self, instances: int) -> None:
        pacer = self.app.bot.rate_limiter
        if isinstance(pacer, Pacer):
            pacer.set_instances(instances)

    async def drain(self) -> None:
        """Refuse new updates (Telegram sends them to another instance) and finish those in hand."""
        self.draining = True
        self.chats_drained = await self.worker.drain(DRAIN_GRACE_SECONDS)


@contextlib.asynccontextmanager
async def running_webhook_bot(
    config: AppConfig, *, set_webhook: bool = True, **build_options: Any
) -> AsyncIterator[WebhookInstance]:
    """The real application serving Telegram's webhook on webhook.listen_host:port until the block exits.

    At start the webhook is set with the secret and the update types the handlers use; it is not deleted
    at the end, since other instances go on serving it.
    """
    webhook = config.webhook
    if not webhook.secret or not webhook.secret.get_secret_value():
        raise ValueError("webhook mode needs a secret: set TELEGRAM_WEBHOOK_SECRET")
    _refuse_if_port_taken(webhook.listen_host, webhook.listen_port)
    config = named_by_port(config)
    app = build_application(config, **build_options)
    await app.initialize()
    try:
        if config.database.auto_migrate:  # the lease and fingerprint tables are needed before the rest
            await upgrade_database(services_of(app).database)
        async with _registered(services_of(app).leases, config.cluster.lease_seconds):
            await _agree_with_live_instances(app, config)  # before anything is posted or set
            await prepare_application(app)  # posts the cards stopped instances left: this one must be live
        await app.start()
        instance = WebhookInstance(app, config)
        try:
            asgi_app = _webhook_asgi(instance, config)
            async with serving_asgi(asgi_app, webhook.listen_host, webhook.listen_port):
                instance.worker.start()
                if set_webhook and webhook.public_url:
                    await app.bot.set_webhook(
                        webhook.public_url,
                        secret_token=webhook.secret.get_secret_value(),
                        allowed_updates=Update.ALL_TYPES,
                        max_connections=webhook.max_connections,
                    )
                    instance.watch.start()
                try:
                    yield instance
                finally:
                    await instance.watch.stop()
                    await instance.drain()
        finally:
            if app.running:
                await app.stop()
            # Once the job queue stopped nothing here takes the sweep lease again: let another instance
            # sweep at its next turn instead of after the lease runs out.
            await _let_go_of_sweep(app)
            with contextlib.suppress(Exception):  # else it stops counting when the instance lease expires
                await _fingerprints(app).forget()
    finally:
        await app.shutdown()
        await release_application(app)


def _fingerprints(app: BotApplication) -> InstanceFingerprints:
    services = services_of(app)
    return InstanceFingerprints(services.database, services.leases.holder)


async def _agree_with_live_instances(app: BotApplication, config: AppConfig) -> None:
    """Refuse to start with another webhook secret than the live instances' (`bot.instance_check`)."""
    web_key = None
    if config.web.enabled:
        from bot.web import secret_key

        warn_without_shared_web_key(config)
        web_key = secret_key(config)
    try:
        await agree_with_live_instances(_fingerprints(app), fingerprints_of(config, web_key))
    except SecretDisagrees:
        # Not live after all: the others must not wait for this lease to expire to stop counting it.
        leases = services_of(app).leases
        with contextlib.suppress(Exception):
            await leases.release(INSTANCE_PREFIX + leases.holder)
        raise


@contextlib.asynccontextmanager
async def _registered(leases: LeaseBook, lease_seconds: float) -> AsyncIterator[None]:
    """This instance's lease kept alive until the chat worker's heartbeat takes it over: the cards the
    start-up hooks take over are marked as this instance's, and another instance must see it alive."""
    name = INSTANCE_PREFIX + leases.holder

    async def renew() -> None:
        with contextlib.suppress(Exception):  # a missed renewal: the next one, or the worker's, follows
            await leases.take(name, lease_seconds)

    async def keep() -> None:
        while True:
            await asyncio.sleep(lease_seconds / 4)
            await renew()

    await renew()

    keeper = asyncio.create_task(keep(), name="instance-lease-at-start")
    try:
        yield
    finally:
        keeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await keeper


async def _let_go_of_sweep(app: BotApplication) -> None:
    try:
        await services_of(app).leases.release(SWEEP_LEASE)
    except Exception as exc:  # the lease then runs out by itself
        logger.warning("could not let go of the timer-sweep lease (%s)", type(exc).__name__)


def _webhook_asgi(instance: WebhookInstance, config: AppConfig) -> Starlette:
    """The webhook and operators' routes; with `web.enabled`, added to the staff console's app so both share
    webhook.listen_host:port (the console's own listen address is then unused)."""
    if not config.web.enabled:
        return cluster_app(instance.routes)
    from bot.telegram_notifier import TelegramCaseNotifier
    from bot.web import build_web_app

    services = services_of(instance.app)
    web_app = build_web_app(config, services, TelegramCaseNotifier(instance.app.bot, services))
    web_app.router.routes.extend(instance.routes)
    return web_app


async def run_webhook_until_signal(config: AppConfig, stop: asyncio.Event | None = None) -> None:
    """Serve the webhook until SIGINT/SIGTERM (or `stop`), then drain: refuse new updates, finish those
    in hand."""
    stop_event = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop_event.set)
            installed.append(signum)
    try:
        async with running_webhook_bot(config) as instance:
            logger.info(
                "serving the webhook on %s:%s as %s, on %s",
                config.webhook.listen_host,
                config.webhook.listen_port,
                instance.name,
                describe_database(config.database.url),
            )
            await stop_event.wait()
            logger.info("draining before stopping")
        # Its own line, after the application stopped: an operator's sign the restart may go on.
        logger.info("drained and stopped (%d chat(s) were in hand)", instance.chats_drained)
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
