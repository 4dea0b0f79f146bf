from django.urls import path

from privacy import erasure_views

app_name = "privacy"

# Under /<programme>/: the participant's own data (export) and erasure requests.
urlpatterns = [
    path("me/erasure/", erasure_views.my_erasure, name="erasure"),
    path("privacy/requests/", erasure_views.request_list, name="requests"),
    path("privacy/requests/<int:pk>/", erasure_views.request_detail, name="request_detail"),
]
