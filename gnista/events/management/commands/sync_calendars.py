from django.core.management.base import BaseCommand

from gnista.events.feeds import sync
from gnista.events.models import CalendarFeed


class Command(BaseCommand):
    help = "Fetch every active calendar feed and bring its events up to date (run from cron)."

    def handle(self, *args, **options):
        for feed in CalendarFeed.objects.filter(is_active=True).select_related("organiser", "hub"):
            self.stdout.write(f"{feed.name}: {sync(feed)}")
