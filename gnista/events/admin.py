from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from . import services
from .feeds import sync
from .models import CalendarFeed, ChangedOccurrence, Event


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


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ("name", "organiser", "hub", "is_active", "last_fetched_at", "event_count", "last_error")
    list_filter = ("is_active",)
    readonly_fields = ("last_fetched_at", "event_count", "last_error")
    autocomplete_fields = ("organiser",)
    actions = ["sync_now"]

    @admin.action(description=_("Fetch the selected feeds now"))
    def sync_now(self, request, queryset):
        for feed in queryset:
            messages.info(request, f"{feed.name}: {sync(feed)}")
