"""The municipality officer's pages: the one place that reads across programmes."""

from django.urls import path

from dossiers import municipality_views as views

app_name = "municipality"

urlpatterns = [
    path("", views.participant_list, name="list"),
    path("participants/<int:pk>/dossier/", views.make_dossier, name="make_dossier"),
    path("dossiers/<int:pk>/", views.dossier, name="dossier"),
    path("dossiers/<int:pk>/download/", views.download_dossier, name="dossier_download"),
    path("exports/", views.new_export, name="new_export"),
    path("exports/<int:pk>/", views.export, name="export"),
    path("exports/<int:pk>/download/", views.download_export, name="export_download"),
]
