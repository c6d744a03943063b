"""Importing and exporting the portfolio in the back office; gnista/portfolio/imports.py
and exports.py do the work, as they do for the `gnista import-portfolio` command.

After a clean dry run the page offers "Import now" without asking for the file again: the
upload is kept in the default storage (shared by every app server, as uploaded images
are) under imports/<random name>, and the page carries a token signed with the secret key
that names that file and the person who uploaded it. The token expires after an hour; the
file is deleted once imported, and older leftovers are swept at the next upload."""

import datetime
import io
import uuid

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from gnista.core.permissions import permission_required
from gnista.portfolio import exports, imports
from gnista.portfolio.transfer import HEADER, REQUIRED

TEMPLATE = "backoffice/transfer.html"
MAX_UPLOAD_MB = 20
KEPT_DIRECTORY = "imports"
TOKEN_SALT = "gnista.backoffice.import"
TOKEN_MAX_AGE = datetime.timedelta(hours=1)
SHOWN_ERRORS = 500
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "CSV (UTF-8, comma or semicolon) or Excel workbook (.xlsx), at most 20 MB, "
            "with the columns of an export."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": f".csv,.xlsx,text/csv,{XLSX_TYPE}"}),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run only: check the file and report every problem, import nothing"),
        required=False,
        initial=True,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise ValidationError(
                _(
                    "The file is larger than %(limit)s MB. Split it into smaller files, "
                    "or import it with the command gnista import-portfolio."
                )
                % {"limit": MAX_UPLOAD_MB}
            )
        return upload


def page(request, form=None, status=200, **context):
    context = {
        "manage_section": "transfer",
        "form": form or ImportForm(),
        "columns": HEADER,
        "required_columns": REQUIRED,
        **context,
    }
    return render(request, TEMPLATE, context, status=status)


@permission_required("portfolio.export")
def transfer(request):
    return page(request)


@permission_required("portfolio.import")
@require_POST
def import_portfolio(request):
    if "token" in request.POST:
        return import_kept_file(request)
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return page(request, form, status=400)
    upload, dry_run = form.cleaned_data["file"], form.cleaned_data["dry_run"]
    data = upload.read()
    result = imports.import_portfolio(data, name=upload.name, by=request.user, dry_run=dry_run)
    if result.ok and not dry_run:
        return imported(request, result)
    token = keep(data, upload.name, request.user) if result.ok else None
    return report(request, result, upload.name, token)


def import_kept_file(request):
    try:
        kept = signing.loads(request.POST["token"], salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
        if kept["user"] != request.user.pk:
            raise signing.BadSignature
        with default_storage.open(kept["path"], "rb") as file:
            data = file.read()
    except (signing.BadSignature, OSError):
        messages.error(request, _("The checked file is no longer available. Upload it again."))
        return redirect("manage:transfer")
    result = imports.import_portfolio(data, name=kept["name"], by=request.user)
    default_storage.delete(kept["path"])
    if result.ok:
        return imported(request, result)
    return report(request, result, kept["name"], None)


def imported(request, result):
    messages.success(
        request,
        _("The file was imported: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
        % {"created": result.created, "updated": result.updated, "unchanged": result.unchanged},
    )
    return redirect("manage:transfer")


def report(request, result, file_name, token):
    return page(
        request,
        status=200 if result.ok else 422,
        result=result,
        file_name=file_name,
        token=token,
        shown_errors=result.errors[:SHOWN_ERRORS],
        more_errors=max(0, len(result.errors) - SHOWN_ERRORS),
    )


def keep(data: bytes, name: str, user) -> str:
    """Store a checked file for "Import now" and return the token that names it."""
    sweep_kept_files()
    path = default_storage.save(f"{KEPT_DIRECTORY}/{uuid.uuid4().hex}", ContentFile(data))
    return signing.dumps({"path": path, "name": name, "user": user.pk}, salt=TOKEN_SALT)


def sweep_kept_files() -> None:
    """Files of dry runs that were never imported, once their token has expired."""
    try:
        _directories, names = default_storage.listdir(KEPT_DIRECTORY)
    except FileNotFoundError:
        return
    expired = timezone.now() - TOKEN_MAX_AGE
    for name in names:
        path = f"{KEPT_DIRECTORY}/{name}"
        if default_storage.get_modified_time(path) < expired:
            default_storage.delete(path)


@permission_required("portfolio.export")
def export_portfolio(request):
    file_name = f"portfolio-{timezone.localdate():%Y-%m-%d}"
    kind = request.GET.get("format", "csv")
    if kind == "csv":
        return StreamingHttpResponse(
            exports.csv_bytes(),
            content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": content_disposition_header(True, f"{file_name}.csv")},
        )
    if kind == "xlsx":
        workbook = io.BytesIO()
        exports.write_workbook(workbook)
        workbook.seek(0)
        return FileResponse(
            workbook, as_attachment=True, filename=f"{file_name}.xlsx", content_type=XLSX_TYPE
        )
    raise Http404
