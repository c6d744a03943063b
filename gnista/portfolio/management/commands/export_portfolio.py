from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from gnista.portfolio import exports
from gnista.portfolio.models import Initiative


class Command(BaseCommand):
    help = "Export the portfolio to a .csv or .xlsx file, in the columns import-portfolio reads."

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write; the format follows the extension (.csv or .xlsx)")

    def handle(self, *args, file, **options):
        suffix = Path(file).suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise CommandError(_("The file name must end in .csv or .xlsx."))
        try:
            with open(file, "wb") as out:
                if suffix == ".csv":
                    out.writelines(exports.csv_bytes())
                else:
                    exports.write_workbook(out)
        except OSError as error:
            raise CommandError(
                _("Cannot write %(file)s: %(reason)s") % {"file": file, "reason": error.strerror}
            ) from None
        self.stdout.write(
            _("Exported %(count)s initiatives to %(file)s.")
            % {"count": Initiative.objects.count(), "file": file}
        )
