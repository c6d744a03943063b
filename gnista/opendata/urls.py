from django.urls import path

from . import views
from .feeds import FEEDS

app_name = "opendata"
urlpatterns = [
    path("data/", views.data_page, name="catalogue"),
    path("data/<slug:slug>.<str:extension>", views.download, name="download"),
    *(path(f"feeds/{slug}.atom", feed(), name=f"feed-{slug}") for slug, feed in FEEDS.items()),
]
