"""Pages inside a programme: the inbox, and the admin's reminder settings."""

from django.urls import path

from notifications import settings_views, views

app_name = "notifications"

urlpatterns = [
    path("notifications/", views.inbox, name="inbox"),
    path("notifications/<int:pk>/read/", views.read, name="read"),
    path("notifications/read-all/", views.read_all, name="read_all"),
    # The programme admin's reminder rules.
    path("settings/reminders/", settings_views.reminder_settings, name="reminder_settings"),
]
