from django import forms
from django.utils.translation import gettext_lazy as _

from gnista.events import repetition
from gnista.events.models import Event
from gnista.portfolio.models import Organisation

from .services import PROFILE_FIELDS

IN_LANGUAGE = {
    "sv": _("%(field)s in Swedish"),
    "en": _("%(field)s in English"),
    "da": _("%(field)s in Danish"),
}


def label_languages(form, fields: dict) -> None:
    """Readable labels for the _sv/_en/_da versions of a field."""
    for name, field_label in fields.items():
        for language, pattern in IN_LANGUAGE.items():
            field = form.fields.get(f"{name}_{language}")
            if field is not None:
                field.label = pattern % {"field": field_label}


class EditRequestForm(forms.Form):
    motivation = forms.CharField(
        label=_("How are you connected to the organisation?"),
        help_text=_("For example your role there. Staff read it before they decide."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class OrganisationProfileForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = PROFILE_FIELDS
        widgets = {
            **{f"description_{language}": forms.Textarea(attrs={"rows": 6}) for language in IN_LANGUAGE},
            **{f"services_{language}": forms.Textarea(attrs={"rows": 4}) for language in IN_LANGUAGE},
            "latitude": forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
            "website": forms.URLInput(attrs={"autocomplete": "url"}),
        }
        help_texts = {
            "latitude": _(
                "Decimal degrees, for example 56.046. Give both latitude and longitude, or neither."
            ),
            "longitude": _("Decimal degrees, for example 12.694."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_languages(
            self, {"description": _("What the organisation does"), "services": _("What it offers")}
        )
        self.fields["services_sv"].help_text = _("Services, spaces and programmes others can use.")


def local_datetime_input():
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class OrganisationEventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = [
            "title_sv",
            "title_en",
            "title_da",
            "description_sv",
            "description_en",
            "description_da",
            "starts_at",
            "ends_at",
            "all_day",
            "place",
            "hub",
            "online_url",
            "registration_url",
            "areas",
            "language",
        ]
        widgets = {
            "starts_at": local_datetime_input(),
            "ends_at": local_datetime_input(),
            "areas": forms.CheckboxSelectMultiple,
            **{f"description_{language}": forms.Textarea(attrs={"rows": 4}) for language in IN_LANGUAGE},
        }
        help_texts = {
            "starts_at": _("Swedish time."),
            "ends_at": _("Optional."),
            "hub": _("If the event takes place at one of the district's hubs."),
            "language": _("The language the event is held in."),
        }

    repeats = forms.ChoiceField(label=_("Repeats"), choices=repetition.CHOICES, required=False)
    repeats_until = forms.DateField(
        label=_("Repeats until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The last date the event may take place."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_languages(self, {"title": _("Title"), "description": _("Description")})
        self.fields["title_sv"].required = True
        order = list(self.fields)
        order.insert(order.index("all_day") + 1, order.pop(order.index("repeats_until")))
        order.insert(order.index("all_day") + 1, order.pop(order.index("repeats")))
        self.order_fields(order)
        if self.instance.rrule:
            plain = repetition.repetition_of(self.instance.rrule, self.instance.starts_at)
            if plain:
                self.initial["repeats"], self.initial["repeats_until"] = plain
            else:
                # A rule set by the city's staff is kept as it is unless the editor picks another.
                self.fields["repeats"].choices = [
                    ("kept", _("As the city's staff set it up")),
                    *repetition.CHOICES,
                ]
                self.initial["repeats"] = "kept"

    def clean(self):
        cleaned = super().clean()
        repeats, until, starts_at = (cleaned.get(key) for key in ("repeats", "repeats_until", "starts_at"))
        if repeats == "kept":
            return cleaned
        if not repeats:
            self.instance.rrule = ""
        elif not until:
            self.add_error("repeats_until", _("Say until when the event repeats."))
        elif starts_at and until < starts_at.date():
            self.add_error("repeats_until", _("The last date cannot be before the event starts."))
        elif starts_at:
            self.instance.rrule = repetition.rule_for(repeats, starts_at, until)
        return cleaned
