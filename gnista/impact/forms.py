from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gnista.portfolio.filters import in_language_or_default
from gnista.portfolio.models import Area, Organisation

from .indicators import years
from .scope import ADMINISTRATION, QUARTER, YEAR, Filters


class FilterForm(forms.Form):
    """The dashboard's filters (GET). Values it does not accept are ignored with a notice."""

    year = forms.TypedChoiceField(label=gettext_lazy("Year"), coerce=int, required=False, empty_value=None)
    area = forms.ModelChoiceField(
        label=gettext_lazy("Area"),
        queryset=Area.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("All areas"),
    )
    administration = forms.ModelChoiceField(
        label=gettext_lazy("Administration"),
        queryset=Organisation.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("All administrations"),
    )
    per = forms.ChoiceField(
        label=gettext_lazy("Figures per"),
        choices=[(YEAR, gettext_lazy("Year")), (QUARTER, gettext_lazy("Quarter"))],
        required=False,
    )

    def __init__(self, *args, year_choices: list[int] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        year_choices = years() if year_choices is None else year_choices
        self.fields["year"].choices = [("", _("All years")), *((year, year) for year in year_choices)]
        self.fields["administration"].queryset = Organisation.objects.filter(kind=ADMINISTRATION).order_by(
            in_language_or_default("name"), "pk"
        )
        self.fields["area"].queryset = Area.objects.order_by("position", in_language_or_default("name"), "pk")


def read_filters(data) -> tuple[Filters, FilterForm, list[str]]:
    """The filters in a query, the form to show them in, and a notice for each value that
    was not understood and so ignored (a bad value never breaks the page)."""
    year_choices = years()
    form = FilterForm(data, year_choices=year_choices)
    form.is_valid()
    notices = []
    for name in form.errors:
        if name not in form.fields:
            continue
        notices.append(
            _("The filter value “%(value)s” for “%(filter)s” is not recognised and was ignored.")
            % {"value": data.get(name, "")[:100], "filter": form.fields[name].label}
        )
    cleaned = {name: value for name, value in form.cleaned_data.items() if name not in form.errors}
    year = cleaned.get("year")
    per = cleaned.get("per") or (QUARTER if year else YEAR)
    filters = Filters(
        year=year,
        area=cleaned["area"].slug if cleaned.get("area") else None,
        administration=cleaned["administration"].slug if cleaned.get("administration") else None,
        per=per,
    )
    # Show what is in effect: ignored values dropped, the period length filled in.
    shown = FilterForm(
        initial={
            "year": filters.year,
            "area": filters.area,
            "administration": filters.administration,
            "per": filters.per,
        },
        year_choices=year_choices,
    )
    return filters, shown, notices
