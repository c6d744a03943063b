from django.urls import path

from . import views, views_upload

app_name = "events"
urlpatterns = [
    path("events/", views.event_list, name="list"),
    path("events/<int:year>/<int:month>/", views.event_month, name="month"),
    path("events/<int:pk>/", views.event_detail, name="detail"),
    path("events/<int:pk>/event.ics", views.event_ics, name="ics"),
    path("manage/events/import/", views_upload.import_ics, name="import"),
]
