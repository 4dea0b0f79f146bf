"""/accounts/sessions/: "My devices", in the place of allauth's own sessions page."""

from django.urls import path

from portal import session_views

app_name = "account_sessions"

urlpatterns = [
    path("", session_views.session_list, name="list"),
    path("<int:pk>/end/", session_views.end_session, name="end"),
    path("end-others/", session_views.end_other_sessions, name="end_others"),
]
