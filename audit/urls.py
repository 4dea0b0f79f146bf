from django.urls import path

from audit import views

app_name = "audit"

urlpatterns = [
    # The participant, on a phone: who looked at my file.
    path("me/who-looked/", views.my_log, name="my_log"),
    # Coordinators and programme admins: the programme's log.
    path("audit/", views.programme_log, name="log"),
]
