from django.core.management.base import BaseCommand

from gnista.district.demo import loader as district_demo
from gnista.events.demo import loader as events_demo
from gnista.funding.demo import loader as funding_demo
from gnista.methods.demo import loader as methods_demo
from gnista.participation.demo import loader as participation_demo
from gnista.portfolio.demo import effects as effects_demo
from gnista.portfolio.demo import loader as portfolio_demo
from gnista.portfolio.models import Initiative
from gnista.search import index as search_index


class Command(BaseCommand):
    help = "Load the demo data (idempotent: running it again updates the demo records in place)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only load when the database holds no initiatives yet (first start).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Initiative.objects.exists():
            self.stdout.write("The database already has data; demo data not loaded.")
            return
        counts = (
            portfolio_demo.load()
            | effects_demo.load()
            | funding_demo.load()
            | district_demo.load()
            | participation_demo.load()
            | events_demo.load()
            | methods_demo.load()
        )
        search_index.rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo data loaded: " + ", ".join(f"{count} {name}" for name, count in counts.items())
            )
        )
