"""Filter forms that ignore what they do not understand instead of failing.

Bad filter values in a shared or hand-edited URL must never break a list page: each
value a field does not accept is dropped and reported as a notice, and the rest of the
filters still apply.
"""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext as _


def accepted_values(field: forms.Field) -> set[str] | None:
    """The string values a choice field accepts, or None for free-form fields."""
    if isinstance(field, forms.ModelChoiceField):
        key = field.to_field_name or "pk"
        return {str(value) for value in field.queryset.values_list(key, flat=True)}
    if isinstance(field, forms.ChoiceField):
        return {str(value) for value, _label in field.choices if value != ""}
    return None


def drop_unknown_values(data: QueryDict, form_class: type[forms.Form]) -> tuple[QueryDict, list[str]]:
    """Return the query without the values the form's fields would reject, and a notice
    for each one dropped."""
    form = form_class()
    cleaned = data.copy()
    notices = []
    for name, field in form.fields.items():
        if name not in data:
            continue
        values = data.getlist(name)
        accepted = accepted_values(field)
        if accepted is None:
            continue
        kept = [value for value in values if value == "" or value in accepted]
        for value in values:
            if value not in kept:
                notices.append(
                    _("The filter value “%(value)s” for “%(filter)s” is not recognised and was ignored.")
                    % {"value": value[:100], "filter": field.label}
                )
        multiple = isinstance(field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField))
        cleaned.setlist(name, kept if multiple else kept[:1])
    return cleaned, notices
