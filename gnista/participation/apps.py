from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "gnista.participation"
    verbose_name = _("Participation")

    def ready(self):
        from gnista.core import freshness, panels, personal_data

        from . import personal, views

        freshness.watch(self)
        personal_data.register("participation", export=personal.export, erase=personal.erase)
        panels.register("challenge_detail", views.challenge_panel)
        panels.register("initiative_detail", views.initiative_panel)
        panels.register("profile", views.affiliation_panel)
        panels.register("home", views.home_panel)
        panels.register("actor_detail", views.actor_offers_panel)
