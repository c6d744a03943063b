from django.urls import path

from . import views

app_name = "participation"
urlpatterns = [
    path("ideas/", views.idea_list, name="idea-list"),
    path("ideas/new/", views.idea_new, name="idea-new"),
    path("ideas/<int:pk>/", views.idea_detail, name="idea-detail"),
    path("ideas/<int:pk>/support/", views.idea_support, name="idea-support"),
    path("ideas/<int:pk>/comments/", views.comment_add, name="comment-add"),
    path("comments/<int:pk>/edit/", views.comment_edit, name="comment-edit"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment-delete"),
    path("report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("challenges/<slug:slug>/ideas/new/", views.idea_new, name="challenge-idea-new"),
    path("challenges/<slug:slug>/offers/new/", views.offer_new, name="offer-new"),
    path("accounts/affiliation/", views.affiliation, name="affiliation"),
]

moderation_patterns = (
    [
        path("", views.moderation_queue, name="queue"),
        path("log/", views.moderation_log, name="log"),
        path("<str:kind>/<int:pk>/", views.moderation_act, name="act"),
    ],
    "moderation",
)
