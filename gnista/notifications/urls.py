from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("follow/<str:kind>/<int:pk>/", views.toggle_follow, name="follow"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
