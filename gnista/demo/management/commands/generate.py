import time

from django.core.management.base import BaseCommand, CommandError

from gnista.core import freshness
from gnista.demo import synthetic


class Command(BaseCommand):
    help = (
        "Add a deterministic synthetic dataset (organisations, people, challenges, initiatives, "
        "ideas, supports, comments, events) for benchmarks and load tests. Runs on an empty database "
        "or on top of the demo data, once: a database that already holds generated data is refused."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            choices=sorted(synthetic.SCALES),
            default="small",
            help="Counts to start from: small ≈ 10,000 ideas, large ≈ 100,000 initiatives and 1,000,000 "
            "ideas (default small); the options below replace single counts.",
        )
        for name in synthetic.SCALE_FIELDS:
            parser.add_argument(f"--{name}", type=int, help=f"How many {name} to generate.")
        parser.add_argument(
            "--seed", type=int, default=1, help="The same seed gives the same data (default 1)."
        )

    def handle(self, *args, scale, seed, **options):
        counts = {name: options.get(name) for name in synthetic.SCALE_FIELDS}
        negative = [name for name, value in counts.items() if value is not None and value < 0]
        if negative:
            raise CommandError(f"Counts cannot be negative: {', '.join(negative)}.")
        if synthetic.already_generated():
            raise CommandError(
                "This database already holds generated data. Generate into an empty database or "
                "one with only the demo data."
            )
        chosen = synthetic.scale_with(scale, **counts)
        verbose = options["verbosity"] > 0
        started = time.monotonic()
        generator = synthetic.Generator(
            chosen, seed=seed, report=lambda message: verbose and self.stdout.write(f"  {message}")
        )
        generator.run()
        freshness.changed()  # bulk inserts send no signals
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated data in {time.monotonic() - started:.0f} s (seed {seed}): {chosen}"
            )
        )
