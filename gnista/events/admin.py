from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from . import services
from .models import ChangedOccurrence, Event


class ChangedOccurrenceInline(admin.TabularInline):
    model = ChangedOccurrence
    extra = 0


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    list_display = ("title", "starts_at", "hub", "organiser", "status", "rrule")
    list_filter = ("status", "hub", "language")
    search_fields = ("title_sv", "title_en", "title_da", "uid")
    date_hierarchy = "starts_at"
    filter_horizontal = ("areas",)
    inlines = [ChangedOccurrenceInline]
    readonly_fields = ("uid", "sequence")

    def save_model(self, request, obj, form, change):
        services.save_event(obj)
