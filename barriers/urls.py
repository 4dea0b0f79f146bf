from django.urls import path

from barriers import dossier_sharing, insights_views, views

app_name = "barriers"

urlpatterns = [
    # The programme's catalogue of barriers (admin switches off or adds its own).
    path("barriers/", views.catalogue, name="catalogue"),
    # One participant's barriers, for coordinators.
    path("participants/<int:pk>/barriers/", views.participant_barriers, name="participant"),
    path(
        "participants/<int:pk>/barriers/<int:barrier>/",
        views.barrier_detail,
        name="detail",
    ),
    path(
        "participants/<int:pk>/barriers/<int:barrier>/status/",
        views.change_status,
        name="status",
    ),
    path(
        "participants/<int:pk>/barriers/<int:barrier>/actions/",
        views.add_action,
        name="action",
    ),
    path(
        "participants/<int:pk>/barriers/<int:barrier>/edit/",
        views.edit,
        name="edit",
    ),
    # The participant's own view on a phone.
    path("me/barriers/", views.my_barriers, name="mine"),
    path(
        "me/barriers/<int:barrier>/dossier/",
        dossier_sharing.share_in_dossier,
        name="share_in_dossier",
    ),
    # Patterns across people: charts and the anonymised export.
    path("insights/", insights_views.insights, name="insights"),
    path("insights/export.csv", insights_views.insights_export, name="export"),
]
