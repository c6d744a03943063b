from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """Open data: bulk downloads, the DCAT-AP-SE catalogue and Atom feeds. Reads the other
    apps' public querysets; nothing imports it."""

    name = "gnista.opendata"
    verbose_name = _("Open data")
