from django.urls import path  # noqa: F401

app_name = "privacy"

# Under /<programme>/: the participant's own data (export) and erasure requests.
urlpatterns = []
