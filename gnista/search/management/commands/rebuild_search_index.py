from django.core.management.base import BaseCommand

from gnista.search import index


class Command(BaseCommand):
    help = (
        "Build the search index anew from everything public. Saving keeps it current; run this "
        "after writes that bypass saving (bulk changes in a shell, a restored backup)."
    )

    def handle(self, *args, **options):
        counts = index.rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                "Search index rebuilt: " + ", ".join(f"{count} {kind}" for kind, count in counts.items())
            )
        )
