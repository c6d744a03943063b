from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.filters import in_language_or_default
from gnista.portfolio.models import Initiative

from .models import Application, Fund, FundingRound, Verdict

# The largest amount a PositiveBigIntegerField holds; larger input is a field error, not a crash.
MAX_AMOUNT = 9_223_372_036_854_775_807
WHOLE_KRONOR = _("Whole kronor.")


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def amount_field(label, *, min_value=1, help_text=WHOLE_KRONOR) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=min_value,
        max_value=MAX_AMOUNT,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"step": 1, "inputmode": "numeric"}),
    )


class StartApplicationForm(forms.Form):
    initiative = forms.ModelChoiceField(
        label=_("Initiative"), queryset=Initiative.objects.none(), to_field_name="slug"
    )

    def __init__(self, *args, initiatives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["initiative"].queryset = initiatives.select_related("owner").order_by(
            in_language_or_default("title"), "slug"
        )
        self.fields["initiative"].label_from_instance = lambda initiative: (
            f"{initiative.title} ({initiative.owner})"
        )


def open_rounds():
    today = timezone.localdate()
    return FundingRound.objects.filter(opens_on__lte=today, closes_on__gte=today)


class ApplicationForm(forms.ModelForm):
    amount_requested = amount_field(_("Amount requested"))
    co_funding = amount_field(
        _("Co-funding"),
        min_value=0,
        help_text=_("Whole kronor the administration and partners put in themselves."),
    )

    class Meta:
        model = Application
        fields = ["round", "amount_requested", "co_funding", "plan", "period_starts_on", "period_ends_on"]
        widgets = {
            "plan": forms.Textarea(attrs={"rows": 10}),
            "period_starts_on": date_input(),
            "period_ends_on": date_input(),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A draft may stay in the round it was started in after that round has closed.
        rounds = open_rounds()
        if self.instance.round_id:
            rounds = FundingRound.objects.filter(Q(pk__in=rounds) | Q(pk=self.instance.round_id))
        self.fields["round"].queryset = rounds.select_related("fund").order_by("closes_on", "id")
        if not self.instance.round_id:
            only_round = list(self.fields["round"].queryset[:2])
            if len(only_round) == 1:
                self.initial["round"] = only_round[0].pk


class AssessmentRow:
    """One criterion of the assessment form: its verdict and comment fields."""

    def __init__(self, form, number, criterion):
        self.number = number
        self.criterion = criterion
        self.verdict = form[f"verdict_{criterion.pk}"]
        self.comment = form[f"comment_{criterion.pk}"]
        self.saved = False

    @property
    def errors(self):
        return [*self.verdict.errors, *self.comment.errors]


class AssessmentForm(forms.Form):
    """A verdict and a comment per criterion, then an overall comment. Every field may be
    left empty: an assessment can be saved part by part."""

    comment = forms.CharField(
        label=_("Overall comment"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )

    def __init__(self, *args, criteria, assessment=None, **kwargs):
        super().__init__(*args, **kwargs)
        answers = {answer.criterion_id: answer for answer in assessment.answers.all()} if assessment else {}
        for criterion in criteria:
            answer = answers.get(criterion.pk)
            self.fields[f"verdict_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.title,
                choices=Verdict.choices,
                required=False,
                widget=forms.RadioSelect,
                initial=answer.verdict if answer else None,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=answer.comment if answer else "",
            )
        self.fields["comment"].initial = assessment.comment if assessment else ""
        self.order_fields([name for name in self.fields if name != "comment"])
        self.rows = [AssessmentRow(self, number, criterion) for number, criterion in enumerate(criteria, 1)]

    def clean(self):
        for row in self.rows:
            verdict_name = f"verdict_{row.criterion.pk}"
            if self.cleaned_data.get(f"comment_{row.criterion.pk}") and not self.cleaned_data.get(
                verdict_name
            ):
                self.add_error(verdict_name, _("Choose met, not met or not applicable to save the comment."))
        return self.cleaned_data

    def row(self, criterion_pk: str) -> AssessmentRow | None:
        return next((row for row in self.rows if str(row.criterion.pk) == criterion_pk), None)

    def verdicts(self, rows=None) -> dict[int, tuple[str, str]]:
        """{criterion id: (verdict, comment)} of the answered rows (of all, or of those given)."""
        verdicts = {}
        for row in self.rows if rows is None else rows:
            verdict = self.cleaned_data.get(f"verdict_{row.criterion.pk}")
            if verdict:
                verdicts[row.criterion.pk] = (
                    verdict,
                    self.cleaned_data.get(f"comment_{row.criterion.pk}", ""),
                )
        return verdicts


class GrantForm(forms.Form):
    amount = amount_field(_("Amount granted"))
    decided_on = forms.DateField(label=_("Decided on"), widget=date_input())
    decision = forms.CharField(label=_("Decision"), widget=forms.Textarea(attrs={"rows": 5}))
    conditions = forms.CharField(
        label=_("Conditions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What the administration must do to receive or keep the money, if anything."),
    )


class RejectForm(forms.Form):
    decision = forms.CharField(
        label=_("Decision"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Why the application is rejected; the applicant reads this."),
    )


class SpendingForm(forms.Form):
    amount = amount_field(_("Amount spent"))
    spent_on = forms.DateField(label=_("Date"), widget=date_input())
    note = forms.CharField(label=_("Note"), max_length=300, help_text=_("What the money was spent on."))


class FundForm(forms.ModelForm):
    budget = amount_field(_("Budget"))

    class Meta:
        model = Fund
        fields = [
            "name_sv",
            "name_en",
            "name_da",
            "slug",
            "description_sv",
            "description_en",
            "description_da",
            "budget",
            "currency",
            "starts_on",
            "ends_on",
        ]
        labels = {
            "name_sv": _("Name in Swedish"),
            "name_en": _("Name in English"),
            "name_da": _("Name in Danish"),
            "description_sv": _("Description in Swedish"),
            "description_en": _("Description in English"),
            "description_da": _("Description in Danish"),
        }
        help_texts = {"slug": _("The fund's address: lower-case letters, digits and hyphens.")}
        widgets = {
            "description_sv": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
            "description_da": forms.Textarea(attrs={"rows": 4}),
            "starts_on": date_input(),
            "ends_on": date_input(),
        }

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug == "new":  # funds/new/ is the address of the page that creates a fund
            raise ValidationError(_("“new” cannot be a fund's slug; choose another."))
        return slug


class RoundForm(forms.ModelForm):
    class Meta:
        model = FundingRound
        fields = ["name_sv", "name_en", "name_da", "opens_on", "closes_on"]
        labels = {
            "name_sv": _("Name in Swedish"),
            "name_en": _("Name in English"),
            "name_da": _("Name in Danish"),
        }
        widgets = {"opens_on": date_input(), "closes_on": date_input()}


class CriterionForm(forms.Form):
    title_sv = forms.CharField(label=_("Criterion in Swedish"), max_length=200)
    title_en = forms.CharField(label=_("Criterion in English"), max_length=200, required=False)
    title_da = forms.CharField(label=_("Criterion in Danish"), max_length=200, required=False)
    description_sv = forms.CharField(
        label=_("Description in Swedish"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    description_en = forms.CharField(
        label=_("Description in English"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    description_da = forms.CharField(
        label=_("Description in Danish"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    position = forms.IntegerField(
        label=_("Position"),
        min_value=0,
        max_value=32767,
        initial=0,
        help_text=_("Criteria are listed in this order."),
    )

    @classmethod
    def initial_from(cls, criterion) -> dict:
        return {name: getattr(criterion, name) or "" for name in cls.base_fields} | {
            "position": criterion.position
        }
