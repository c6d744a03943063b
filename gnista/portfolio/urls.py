from django.urls import path

from . import views

app_name = "portfolio"
urlpatterns = [
    path("initiatives/", views.initiative_list, name="initiative-list"),
    path("initiatives/<slug:slug>/", views.initiative_detail, name="initiative-detail"),
    path("lessons/", views.lesson_list, name="lesson-list"),
    path("challenges/", views.challenge_list, name="challenge-list"),
    path("challenges/<slug:slug>/", views.challenge_detail, name="challenge-detail"),
]
