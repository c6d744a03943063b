from django.urls import path

from . import views, views_transfer

app_name = "manage"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("portfolio/", views.portfolio, name="portfolio"),
    path("board/", views.board, name="board"),
    path("mine/", views.mine, name="mine"),
    path("initiatives/new/", views.initiative_edit, name="initiative-new"),
    path("initiatives/<slug:slug>/", views.initiative_edit, name="initiative-edit"),
    path("initiatives/<slug:slug>/gate/", views.gate, name="gate"),
    path("initiatives/<slug:slug>/effects/", views.effects, name="effects"),
    path("challenges/", views.challenges, name="challenges"),
    path("challenges/new/", views.challenge_edit, name="challenge-new"),
    path("challenges/<slug:slug>/", views.challenge_edit, name="challenge-edit"),
    path("audit/", views.audit_log, name="audit"),
    path("roles/", views.roles, name="roles"),
    path("roles/<int:pk>/revoke/", views.revoke_role, name="revoke-role"),
    path("transfer/", views_transfer.transfer, name="transfer"),
    path("transfer/import/", views_transfer.import_portfolio, name="import"),
    path("transfer/export/", views_transfer.export_portfolio, name="export"),
]
