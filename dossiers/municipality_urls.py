"""The municipality officer's pages: the one place that reads across programmes."""

from django.urls import path

app_name = "municipality"

urlpatterns: list = []
