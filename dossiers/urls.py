from django.urls import path

from dossiers import views

app_name = "dossiers"

urlpatterns = [
    path("me/dossier/", views.mine, name="mine"),
    path("participants/<int:pk>/dossier/", views.for_participant, name="participant"),
    path("dossiers/<int:pk>/download/", views.download, name="download"),
]
