"""Pages of the person, across programmes: notification preferences."""

from django.urls import path

from notifications import account_views

app_name = "preferences"

urlpatterns = [
    path("", account_views.edit, name="edit"),
]
