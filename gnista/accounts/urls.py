from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/data/", views.download_data, name="download-data"),
    path("accounts/delete/", views.delete_account, name="delete"),
    path("privacy/", views.privacy, name="privacy"),
]
