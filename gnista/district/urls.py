from django.urls import path

from . import views

app_name = "district"
urlpatterns = [
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("hubs/", views.hub_list, name="hub-list"),
    path("hubs/<slug:slug>/", views.actor_detail, name="hub-detail"),
    path("clusters/", views.cluster_list, name="cluster-list"),
    path("clusters/<slug:slug>/", views.actor_detail, name="cluster-detail"),
    path("areas/<slug:slug>/", views.area_detail, name="area-detail"),
]
