from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from gnista.events.models import Event

from .models import District, PeerDistrict, PeerSession, Theme


@admin.register(District)
class DistrictAdmin(TranslationAdmin):
    """The district is one row: once it exists it is edited, never added again."""

    list_display = ("name", "actors", "students", "employees")
    fieldsets = (
        (None, {"fields": ("name", "description", "geography")}),
        (_("Figures"), {"fields": ("actors", "students", "employees")}),
        (_("Map"), {"fields": ("latitude", "longitude", "zoom", "boundary")}),
    )

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not District.objects.exists()


@admin.register(Theme)
class ThemeAdmin(TranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("name_sv", "name_en", "name_da", "slug")
    prepopulated_fields = {"slug": ("name_sv",)}


@admin.register(PeerDistrict)
class PeerDistrictAdmin(TranslationAdmin):
    list_display = ("name", "city", "country", "relation")
    list_filter = ("relation", "themes")
    search_fields = ("name_sv", "name_en", "name_da", "city", "country", "slug")
    prepopulated_fields = {"slug": ("name_sv",)}
    filter_horizontal = ("themes",)


@admin.register(PeerSession)
class PeerSessionAdmin(TranslationAdmin):
    list_display = ("event", "starts_at", "theme")
    list_filter = ("theme",)
    list_select_related = ("event", "theme")
    search_fields = ("event__title_sv", "event__title_en", "event__title_da")
    autocomplete_fields = ("event",)
    filter_horizontal = ("districts",)
    ordering = ("-event__starts_at",)

    @admin.display(description=Event._meta.get_field("starts_at").verbose_name, ordering="event__starts_at")
    def starts_at(self, session):
        return session.event.starts_at
