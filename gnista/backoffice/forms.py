from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gnista.portfolio import gates
from gnista.portfolio.models import (
    Challenge,
    Initiative,
    Kpi,
    KpiMeasurement,
    Organisation,
    OrganisationKind,
    Partnership,
    Role,
    StaffRole,
    require_lessons_when_stopped,
)
from gnista.portfolio.rules import edited_administrations, is_administrator, is_coach

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def translated(*fields: str) -> list[str]:
    return [f"{field}_{code}" for field in fields for code in LANGUAGES]


class InitiativeForm(forms.ModelForm):
    """What an editor writes about an initiative. Stage and outcome change only through
    a gate decision, so they are not here."""

    class Meta:
        model = Initiative
        fields = [
            *translated("title", "summary", "what", "why", "how", "lessons_learned"),
            "slug",
            "external_id",
            "innovation_type",
            "owner",
            "areas",
            "goals",
            "challenges",
            "starts_on",
            "ends_on",
            "contact_name",
            "contact_email",
            "latitude",
            "longitude",
            "is_city_wide",
            "challenges_core_business",
            "involves_residents",
        ]
        widgets = {
            "areas": forms.CheckboxSelectMultiple,
            "goals": forms.CheckboxSelectMultiple,
            "challenges": forms.CheckboxSelectMultiple,
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{
                name: forms.Textarea(attrs={"rows": 4})
                for name in translated("summary", "what", "why", "how")
            },
            **{name: forms.Textarea(attrs={"rows": 4}) for name in translated("lessons_learned")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = administrations_for(user)
        self.fields["external_id"].required = False
        label_languages(self)


def administrations_for(user):
    """The administrations a person may make owner of an initiative or challenge."""
    owners = Organisation.objects.filter(kind=OrganisationKind.CITY_ADMINISTRATION)
    if is_administrator(user) or is_coach(user):
        return owners
    return owners.filter(pk__in=edited_administrations(user))


def label_languages(form: forms.BaseForm) -> None:
    for name, field in form.fields.items():
        if name[-3:] in ("_sv", "_en", "_da"):
            field.label = f"{field.label} ({name[-2:]})"


class ChallengeForm(forms.ModelForm):
    class Meta:
        model = Challenge
        fields = [
            *translated("title", "summary", "body"),
            "slug",
            "owner",
            "status",
            "areas",
            "goals",
            "opens_on",
            "closes_on",
            "contact_name",
            "contact_email",
        ]
        widgets = {
            "areas": forms.CheckboxSelectMultiple,
            "goals": forms.CheckboxSelectMultiple,
            "opens_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{name: forms.Textarea(attrs={"rows": 4}) for name in translated("summary", "body")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = administrations_for(user)
        label_languages(self)


PartnershipFormSet = forms.inlineformset_factory(
    Initiative,
    Partnership,
    fields=["organisation", *translated("role")],
    extra=2,
    can_delete=True,
)


class GateForm(forms.Form):
    """A gate decision: the move, why, and what it rests on."""

    move = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect)
    decided_on = forms.DateField(
        label=_("Date of the decision"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    rationale = forms.CharField(label=_("Rationale"), widget=forms.Textarea(attrs={"rows": 4}))
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Reports, evaluations or observations the decision rests on."),
    )
    measurements = forms.ModelMultipleChoiceField(
        label=_("Measured values looked at"),
        queryset=KpiMeasurement.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    lessons_learned = forms.CharField(
        label=_("Lessons learned"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when stopping: what did the initiative teach?"),
    )

    def __init__(self, *args, initiative: Initiative, **kwargs):
        super().__init__(*args, **kwargs)
        self.initiative = initiative
        self.fields["move"].choices = [
            (f"{stage}:{outcome}", gates.describe((stage, outcome)))
            for stage, outcome in gates.moves_from(initiative.stage, initiative.outcome)
        ]
        self.fields["measurements"].queryset = KpiMeasurement.objects.filter(
            kpi__initiative=initiative
        ).select_related("kpi")
        self.fields["measurements"].label_from_instance = describe_measurement
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        self.fields["lessons_learned"].initial = getattr(initiative, f"lessons_learned_{default}")

    def clean(self):
        data = super().clean()
        move = data.get("move")
        if move:
            stage, outcome = move.split(":")
            data["stage"], data["outcome"] = int(stage), outcome
            try:
                require_lessons_when_stopped(outcome, data.get("lessons_learned"))
            except ValidationError as error:
                self.add_error("lessons_learned", error.messages)
        return data


def describe_measurement(measurement: KpiMeasurement) -> str:
    kpi = measurement.kpi
    return f"{kpi.name}: {measurement.value:g} {kpi.unit} ({measurement.measured_on:%Y-%m-%d})"


class KpiForm(forms.ModelForm):
    class Meta:
        model = Kpi
        fields = [*translated("name"), "unit", "baseline", "target"]


class MeasurementForm(forms.ModelForm):
    class Meta:
        model = KpiMeasurement
        fields = ["kpi", "measured_on", "value", "source"]
        widgets = {"measured_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, initiative: Initiative, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kpi"].queryset = initiative.kpis.all()


class RoleForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the person"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organisation = forms.ModelChoiceField(
        label=_("Administration"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.CITY_ADMINISTRATION),
        required=False,
        help_text=_("Only for administration editors."),
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        person = get_user_model().objects.filter(email__iexact=email).first()
        if person is None:
            raise forms.ValidationError(_("Nobody has an account with this email address."))
        self.cleaned_data["user"] = person
        return email

    def clean(self):
        data = super().clean()
        if (
            "user" in data
            and StaffRole.objects.filter(
                user=data["user"], role=data.get("role"), organisation=data.get("organisation")
            ).exists()
        ):
            raise forms.ValidationError(_("The person already has this role."))
        return data
