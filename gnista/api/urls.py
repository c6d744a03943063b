from django.urls import path

from . import views

app_name = "api"
urlpatterns = [
    path("accounts/api-tokens/", views.token_list, name="tokens"),
    path("accounts/api-tokens/<int:pk>/revoke/", views.token_revoke, name="token-revoke"),
]
