from django.core.management.base import BaseCommand

from gnista.notifications.mail import send_digests


class Command(BaseCommand):
    help = "Send the daily digest emails (run once a day, e.g. from cron: gnista send_digests)."

    def handle(self, *args, **options):
        sent = send_digests.call()
        self.stdout.write(f"{sent} digest emails sent.")
