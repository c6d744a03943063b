from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from gnista.portfolio.imports import import_portfolio


class ProgressBar:
    """Redraws one line in place on a terminal; elsewhere (cron mail, logs) writes a line per
    finished phase instead of hundreds of carriage returns. Never in the red of errors."""

    WIDTH = 30

    def __init__(self, stream):
        self.stream = stream
        self.interactive = stream.isatty()
        self.shown = None

    def __call__(self, phase: str, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if self.interactive and (phase, percent) != self.shown:
            filled = self.WIDTH * percent // 100
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stream.write(
                f"\r{phase:<12} [{bar}] {percent:3d}% {done}/{total}", style_func=str, ending=""
            )
            self.stream.flush()
            self.shown = (phase, percent)
        if done == total:
            self.stream.write("" if self.interactive else f"{phase}: {done}/{total}", style_func=str)


class Command(BaseCommand):
    help = (
        "Import the portfolio from a CSV or XLSX file. Every row is checked first and every problem "
        "reported; then all rows are imported, or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv (UTF-8, comma or semicolon) or .xlsx file")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report every problem, import nothing"
        )

    def handle(self, *args, file, dry_run, **options):
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(reason)s") % {"file": file, "reason": error.strerror}
            ) from None
        result = import_portfolio(data, name=file, dry_run=dry_run, progress=ProgressBar(self.stderr))
        for problem in result.errors:
            self.stderr.write(str(problem))
        if result.errors:
            raise CommandError(
                ngettext(
                    "%(count)s problem, nothing was imported.",
                    "%(count)s problems, nothing was imported.",
                    len(result.errors),
                )
                % {"count": len(result.errors)}
            )
        counts = {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
        if dry_run:
            self.stdout.write(
                _(
                    "The file is fine. Importing it would create %(created)s, update %(updated)s "
                    "and leave %(unchanged)s unchanged."
                )
                % counts
            )
        else:
            self.stdout.write(
                _("Imported: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.") % counts
            )
