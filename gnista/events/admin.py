from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from . import services
from .feeds import sync
from .models import CalendarFeed, ChangedOccurrence, Event

OVERWRITTEN_BY_SYNC = _(
    "This event is imported from the calendar feed “%(feed)s”. Changes made here are overwritten at the "
    "next sync (every few minutes): change the event in the calendar it comes from instead."
)
FEED_NOTICE = _(
    "The events of this feed are fetched regularly (gnista sync-calendars) and follow the feed: they are "
    "created, changed and removed as the feed says. Changes made to them in gnista are overwritten at the "
    "next sync. If the feed cannot be fetched or read, the problem is shown below and the events already "
    "imported stay as they are."
)


class ChangedOccurrenceInline(admin.TabularInline):
    model = ChangedOccurrence
    extra = 0


@admin.register(Event)
class EventAdmin(TranslationAdmin):
    list_display = ("title", "starts_at", "hub", "organiser", "status", "rrule", "feed")
    list_filter = ("status", "hub", "language", ("feed", admin.EmptyFieldListFilter))
    search_fields = ("title_sv", "title_en", "title_da", "uid")
    date_hierarchy = "starts_at"
    filter_horizontal = ("areas",)
    inlines = [ChangedOccurrenceInline]
    readonly_fields = ("uid", "sequence", "feed")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or obj.feed_id is None:
            return fieldsets
        (name, options), *rest = fieldsets
        notice = OVERWRITTEN_BY_SYNC % {"feed": obj.feed.name}
        return [(name, {**options, "description": notice}), *rest]

    def save_model(self, request, obj, form, change):
        services.save_event(obj)


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ("name", "organiser", "hub", "is_active", "last_fetched_at", "event_count", "last_error")
    list_filter = ("is_active",)
    readonly_fields = ("last_fetched_at", "event_count", "last_error", "imported_events")
    autocomplete_fields = ("organiser",)
    actions = ["sync_now"]
    fieldsets = [
        (None, {"fields": ("name", "url", "organiser", "hub", "language", "time_zone", "is_active")}),
        (_("Last sync"), {"fields": ("last_fetched_at", "event_count", "last_error", "imported_events")}),
    ]

    def get_fieldsets(self, request, obj=None):
        (name, options), *rest = super().get_fieldsets(request, obj)
        return [(name, {**options, "description": FEED_NOTICE}), *rest]

    @admin.display(description=_("imported events"))
    def imported_events(self, feed):
        if feed.pk is None:
            return "–"
        url = reverse("admin:events_event_changelist") + f"?feed__id__exact={feed.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Show the events of this feed"))

    @admin.action(description=_("Fetch the selected feeds now"))
    def sync_now(self, request, queryset):
        for feed in queryset:
            messages.info(request, f"{feed.name}: {sync(feed)}")
