from django.conf import settings
from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .models import Method
from .rendering import render_markdown


@admin.register(Method)
class MethodAdmin(TranslationAdmin):
    list_display = ("title", "stage", "position", "is_published", "updated_at")
    list_filter = ("stage", "is_published")
    list_editable = ("position", "is_published")
    search_fields = ("title_sv", "title_en", "title_da", "slug")
    prepopulated_fields = {"slug": ("title_sv",)}
    readonly_fields = ("preview",)

    @admin.display(description=_("Preview of the text as published"))
    def preview(self, obj):
        """The saved text in each language as the public page shows it (sanitised)."""
        if obj is None or obj.pk is None:
            return _("Save the method to see a preview.")
        sections = []
        for code, name in settings.LANGUAGES:
            html = render_markdown(getattr(obj, f"body_{code}"))
            text = (
                format_html('<div lang="{}">{}</div>', code, html) if html else _("No text in this language.")
            )
            sections.append((name, text))
        return format_html_join("", '<section class="method-preview"><h3>{}</h3>{}</section>', sections)
