from django.urls import path

from . import views

app_name = "impact"
urlpatterns = [
    path("impact/", views.dashboard, name="dashboard"),
    path("impact/<slug:key>.csv", views.download, name="download"),
]
