from django.urls import path

from participants import views

app_name = "participants"

urlpatterns = [
    path("me/", views.home, name="home"),
    path("participants/", views.participant_list, name="list"),
]
