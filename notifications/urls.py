"""Pages inside a programme: the inbox, and the admin's reminder settings."""

app_name = "notifications"

urlpatterns: list = []
