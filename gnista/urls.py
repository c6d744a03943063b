from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from gnista.core import views as core_views
from gnista.events import views as event_views
from gnista.opendata import views as opendata_views
from gnista.participation.urls import moderation_patterns
from gnista.portfolio import views as portfolio_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("favicon.ico", core_views.favicon),
    path("calendar.ics", event_views.calendar_ics, name="calendar-ics"),
    path("data/catalog.rdf", opendata_views.catalog_rdf, name="opendata-catalog"),
    path("api/v1/", include("gnista.api.v1")),
]
urlpatterns += i18n_patterns(
    path("", portfolio_views.home, name="home"),
    path("", include("gnista.portfolio.urls")),
    path("", include("gnista.participation.urls")),
    path("moderation/", include(moderation_patterns)),
    path("", include("gnista.notifications.urls")),
    path("", include("gnista.events.urls")),
    path("", include("gnista.district.urls")),
    path("methods/", include("gnista.methods.urls")),
    path("search/", include("gnista.search.urls")),
    path("", include("gnista.accounts.urls")),
    path("", include("gnista.api.urls")),
    path("", include("gnista.impact.urls")),
    path("", include("gnista.opendata.urls")),
    path("accounts/", include("allauth.urls")),
    path("manage/", include("gnista.backoffice.urls")),
    path("manage/", include("gnista.funding.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)
