from django.urls import path

from . import views, views_district, views_editors, views_map, views_peers

app_name = "district"
urlpatterns = [
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("hubs/", views.hub_list, name="hub-list"),
    path("hubs/<slug:slug>/", views.actor_detail, name="hub-detail"),
    path("clusters/", views.cluster_list, name="cluster-list"),
    path("clusters/<slug:slug>/", views.actor_detail, name="cluster-detail"),
    path("areas/<slug:slug>/", views.area_detail, name="area-detail"),
    path("district/", views_district.district_page, name="district"),
    path("peers/", views_peers.peer_list, name="peer-list"),
    path("peers/<slug:slug>/", views_peers.peer_detail, name="peer-detail"),
    path("map/", views_map.map_page, name="map"),
    path("map/features.geojson", views_map.map_features, name="map-features"),
    path("actors/<slug:slug>/edit-request/", views_editors.edit_request, name="actor-edit-request"),
    path("actors/<slug:slug>/edit/", views_editors.profile_edit, name="actor-edit"),
    path("actors/<slug:slug>/events/", views_editors.event_list, name="actor-events"),
    path("actors/<slug:slug>/events/new/", views_editors.event_edit, name="actor-event-new"),
    path("actors/<slug:slug>/events/<int:pk>/", views_editors.event_edit, name="actor-event-edit"),
    path("actors/<slug:slug>/events/<int:pk>/cancel/", views_editors.event_cancel, name="actor-event-cancel"),
    path("manage/editors/", views_editors.manage_editors, name="manage-editors"),
    path("manage/editors/<int:pk>/decide/", views_editors.decide_editor, name="manage-editor-decide"),
]
