from django.urls import path

from programmes import views

app_name = "programmes"

urlpatterns = [
    path("", views.public, name="public"),
    path("overview/", views.overview, name="overview"),
]
