"""A staff member's one-off upload of an .ics file, for an actor without a feed. The file
goes through the same checks and upsert as a feed (feeds.import_file)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from gnista.core.permissions import permission_required
from gnista.portfolio.models import Organisation, OrganisationKind

from .feeds import MAX_BYTES, FeedError, import_file, megabytes
from .models import TIME_ZONES, CalendarFeed


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("iCalendar file (.ics)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )
    organiser = forms.ModelChoiceField(
        label=gettext_lazy("Organiser"), queryset=Organisation.objects.order_by("name_sv")
    )
    hub = forms.ModelChoiceField(
        label=gettext_lazy("Hub"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.HUB).order_by("name_sv"),
        required=False,
        help_text=gettext_lazy("If the events take place at one of the district's hubs."),
    )
    language = CalendarFeed._meta.get_field("language").formfield()
    time_zone = forms.ChoiceField(
        label=gettext_lazy("Time zone for times without one"),
        choices=[(zone, zone) for zone in TIME_ZONES],
        initial="Europe/Stockholm",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "At most %(size)d MB. Events are matched by their UID: uploading the same file again updates "
            "them instead of adding them twice. If anything in the file is wrong, nothing is imported."
        ) % {"size": megabytes(MAX_BYTES)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.") % {"size": megabytes(MAX_BYTES)}
            )
        return upload


@permission_required("events.import_ics")
def import_ics(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = import_file(
                data["file"].read(MAX_BYTES + 1),
                organiser=data["organiser"],
                hub=data["hub"],
                language=data["language"],
                time_zone=data["time_zone"],
                by=request.user,
            )
        except FeedError as error:
            form.add_error("file", str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "Imported %(total)d event: %(created)d new, %(updated)d updated.",
                    "Imported %(total)d events: %(created)d new, %(updated)d updated.",
                    result.total,
                )
                % {"total": result.total, "created": result.created, "updated": result.updated},
            )
            return redirect("events:import")
    status = 400 if form.errors else 200
    return render(
        request, "events/import.html", {"form": form, "manage_section": "events-import"}, status=status
    )
