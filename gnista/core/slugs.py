"""Slugs that name a page of their own in the URLs (…/new/), so that no record can
take them and hide that page or be hidden by it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

RESERVED = frozenset({"new"})


def refuse_reserved(slug: str) -> None:
    if slug in RESERVED:
        message = _("“%(slug)s” is kept for the site's own pages; choose another slug.")
        raise ValidationError({"slug": message % {"slug": slug}})
