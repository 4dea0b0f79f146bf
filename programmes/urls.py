from django.urls import path

from programmes import config_views, consent_views, views

app_name = "programmes"

urlpatterns = [
    path("", views.public, name="public"),
    path("overview/", views.overview, name="overview"),
    path("settings/", config_views.overview, name="settings"),
    path("settings/consent/", consent_views.consent_texts, name="consent_texts"),
    path(
        "settings/consent/<slug:purpose>/new/",
        consent_views.consent_text_new,
        name="consent_text_new",
    ),
    path("settings/<slug:kind>/new/", config_views.edit, name="settings_new"),
    path("settings/<slug:kind>/<int:pk>/", config_views.edit, name="settings_edit"),
    path("settings/<slug:kind>/<int:pk>/delete/", config_views.delete, name="settings_delete"),
]
