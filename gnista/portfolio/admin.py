from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from . import gates, services
from .models import (
    Area,
    Challenge,
    Goal,
    Initiative,
    Kpi,
    KpiMeasurement,
    Organisation,
    Partnership,
    StaffRole,
    StageChange,
)


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

    def clean(self):
        """A change of stage or outcome must be a gate the model allows; say so on the
        form rather than fail on saving."""
        data = super().clean()
        if self.instance.pk and not self.errors:
            stored = Initiative.objects.values_list("stage", "outcome").get(pk=self.instance.pk)
            candidate = Initiative(pk=self.instance.pk, stage=data["stage"], outcome=data["outcome"])
            try:
                gates.check_move(candidate, stored)
            except ValidationError as error:
                self.add_error(None, error)
        return data


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


class KpiMeasurementInline(admin.TabularInline):
    model = KpiMeasurement
    extra = 1


@admin.register(Kpi)
class KpiAdmin(TranslationAdmin):
    list_display = ("name", "initiative", "unit", "baseline", "target")
    search_fields = ("name_sv", "name_en", "name_da", "initiative__title_sv")
    autocomplete_fields = ("initiative",)
    inlines = [KpiMeasurementInline]


@admin.register(StaffRole)
class StaffRoleAdmin(admin.ModelAdmin):
    """Roles are given through services so that the person becomes staff (and must use
    two-factor authentication) and the change is logged."""

    list_display = ("user", "role", "organisation")
    list_filter = ("role", "organisation")
    search_fields = ("user__email",)
    autocomplete_fields = ("user",)

    def save_model(self, request, obj, form, change):
        if change:
            services.revoke_role(StaffRole.objects.get(pk=obj.pk), by=request.user)
            obj.pk = None
        services.grant_role(obj.user, obj.role, organisation=obj.organisation, by=request.user)

    def delete_model(self, request, obj):
        services.revoke_role(obj, by=request.user)
