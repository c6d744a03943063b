"""Methods and aids for innovation work, grouped by the stage of the innovation model
they help with. Staff write them in Markdown; they are rendered and sanitised when shown."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gnista.portfolio.models import Stage


class MethodQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Method(models.Model):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("text (Markdown)"), blank=True)
    stage = models.PositiveSmallIntegerField(
        _("stage"),
        choices=Stage.choices,
        null=True,
        blank=True,
        help_text=_("Empty for methods useful at every stage."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MethodQuerySet.as_manager()

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods and tools")
        ordering = ["stage", "position", "slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("methods:detail", kwargs={"slug": self.slug})
