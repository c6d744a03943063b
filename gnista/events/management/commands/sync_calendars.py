import signal
import threading
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connection

from gnista.events.feeds import sync
from gnista.events.models import CalendarFeed


class Command(BaseCommand):
    help = (
        "Fetch every active calendar feed and bring its events up to date. Run it from cron, "
        "or with --every SECONDS as a long-running service that syncs again and again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="keep running and sync every SECONDS seconds (at least 60 is sensible; e.g. 900)",
        )
        parser.add_argument(
            "--times",
            type=int,
            metavar="N",
            help="with --every: stop after N rounds (default: run until stopped)",
        )

    def handle(self, *args, every=None, times=None, **options):
        if every is None:
            if times is not None:
                raise CommandError("--times needs --every.")
            self.sync_all()
            return
        if every < 1:
            raise CommandError("--every needs a number of seconds, at least 1.")
        if times is not None and times < 1:
            raise CommandError("--times needs a number, at least 1.")
        self.run_every(every, times)

    def sync_all(self):
        for feed in CalendarFeed.objects.filter(is_active=True).select_related("organiser", "hub"):
            self.stdout.write(f"{feed.name}: {sync(feed)}")

    def run_every(self, every: int, times: int | None):
        """Sync, then wait, until stopped by Ctrl-C or SIGTERM (systemd stop), which end
        the wait at once; a sync under way when SIGTERM arrives is finished first."""
        stop = threading.Event()
        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
        rounds = 0
        try:
            while not stop.is_set():
                started = time.monotonic()
                if not connection.in_atomic_block:
                    close_old_connections()  # a long-running process must not keep a dead connection
                self.sync_all()
                rounds += 1
                if times is not None and rounds >= times:
                    break
                stop.wait(max(0.0, every - (time.monotonic() - started)))
        except KeyboardInterrupt:
            pass
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        self.stdout.write(f"Stopped after {rounds} round(s).")
