from django.urls import path

from privacy import erasure_views, export_views

app_name = "privacy"

# Under /<programme>/: the participant's own data (export) and erasure requests.
urlpatterns = [
    path("me/my-data/", export_views.my_data, name="my_data"),
    path("me/my-data/download.json", export_views.my_data_json, name="my_data_json"),
    path("me/my-data/download.pdf", export_views.my_data_pdf, name="my_data_pdf"),
    path("me/erasure/", erasure_views.my_erasure, name="erasure"),
    path("privacy/requests/", erasure_views.request_list, name="requests"),
    path("privacy/requests/<int:pk>/", erasure_views.request_detail, name="request_detail"),
]
