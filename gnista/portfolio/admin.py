from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from . import services
from .models import Area, Challenge, Goal, Initiative, Organisation, Partnership, StageChange


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    list_display = ("name", "sector", "kind", "hub")
    list_filter = ("sector", "kind", "hub")
    filter_horizontal = ("clusters", "areas")
    search_fields = ("name_sv", "name_en", "name_da", "slug")
    prepopulated_fields = {"slug": ("name_sv",)}


@admin.register(Area)
class AreaAdmin(TranslationAdmin):
    list_display = ("name", "slug", "position")
    prepopulated_fields = {"slug": ("name_sv",)}


@admin.register(Goal)
class GoalAdmin(TranslationAdmin):
    list_display = ("number", "name")


@admin.register(Challenge)
class ChallengeAdmin(TranslationAdmin):
    list_display = ("title", "owner", "status", "opens_on", "closes_on")
    list_filter = ("status", "owner", "areas")
    search_fields = ("title_sv", "title_en", "title_da", "slug")
    prepopulated_fields = {"slug": ("title_sv",)}
    filter_horizontal = ("areas", "goals")
    date_hierarchy = "opens_on"


class PartnershipInline(TranslationTabularInline):
    model = Partnership
    extra = 1
    autocomplete_fields = ("organisation",)


class StageChangeInline(TranslationTabularInline):
    model = StageChange
    extra = 0
    can_delete = False
    fields = ("decided_on", "stage", "outcome", "rationale", "recorded_by")
    readonly_fields = ("decided_on", "stage", "outcome", "recorded_by")

    def has_add_permission(self, request, obj=None):
        return False


class InitiativeAdminForm(forms.ModelForm):
    change_rationale = forms.CharField(
        label=_("Rationale for a change of stage or outcome"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Recorded in the public stage history when the stage or outcome changes."),
    )
    change_date = forms.DateField(
        label=_("Date of the decision"),
        required=False,
        help_text=_("Leave empty for today."),
    )


@admin.register(Initiative)
class InitiativeAdmin(TranslationAdmin):
    form = InitiativeAdminForm
    list_display = ("title", "owner", "stage", "outcome", "innovation_type", "starts_on", "is_featured")
    list_filter = ("stage", "outcome", "innovation_type", "owner", "areas", "is_featured")
    search_fields = ("title_sv", "title_en", "title_da", "slug")
    prepopulated_fields = {"slug": ("title_sv",)}
    filter_horizontal = ("areas", "goals", "challenges")
    inlines = [PartnershipInline, StageChangeInline]
    date_hierarchy = "starts_on"

    def save_model(self, request, obj, form, change):
        services.save_initiative(
            obj,
            by=request.user,
            rationale=form.cleaned_data.get("change_rationale", ""),
            decided_on=form.cleaned_data.get("change_date"),
        )


@admin.register(StageChange)
class StageChangeAdmin(TranslationAdmin):
    """The history is a public record: it can be read and its rationale corrected,
    but entries are only created by a change of stage or outcome."""

    list_display = ("initiative", "decided_on", "stage", "outcome")
    list_filter = ("stage", "outcome")
    readonly_fields = ("initiative", "stage", "outcome", "recorded_by")
    date_hierarchy = "decided_on"

    def has_add_permission(self, request):
        return False
