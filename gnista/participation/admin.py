from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Affiliation, AffiliationStatus, Comment, Idea, ModerationLog, Offer, Report


@admin.register(Idea)
class IdeaAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "challenge", "support_count", "is_hidden", "submitted_at")
    list_filter = ("status", "is_hidden", "is_spam", "challenge")
    search_fields = ("title", "description")
    readonly_fields = (
        "author",
        "status",
        "support_count",
        "submitted_at",
        "public_record_confirmed_at",
        "initiative",
    )


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "idea", "is_hidden", "is_deleted", "created_at")
    list_filter = ("is_hidden", "is_deleted")
    readonly_fields = ("author", "idea", "parent")


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ("challenge", "organisation", "contact_consent", "is_hidden", "created_at")
    list_filter = ("challenge", "is_hidden")
    readonly_fields = ("user",)


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ("reason", "idea", "comment", "created_at", "resolved_at")
    readonly_fields = ("reporter", "idea", "comment")


@admin.register(ModerationLog)
class ModerationLogAdmin(admin.ModelAdmin):
    list_display = ("created_at", "moderator", "action", "idea", "comment", "offer", "reason")
    list_filter = ("action",)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Affiliation)
class AffiliationAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "requested_name", "status", "created_at")
    list_filter = ("status",)
    autocomplete_fields = ("organisation",)
    readonly_fields = ("user",)
    actions = ["approve", "decline"]

    @admin.action(description=_("Approve the selected affiliations"))
    def approve(self, request, queryset):
        queryset.exclude(organisation=None).update(status=AffiliationStatus.APPROVED)

    @admin.action(description=_("Decline the selected affiliations"))
    def decline(self, request, queryset):
        queryset.update(status=AffiliationStatus.DECLINED)
