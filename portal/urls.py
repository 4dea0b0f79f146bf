from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from portal import views

# The admin login goes through allauth: same rate limits, same MFA.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Zorgroute"

programme_patterns = [
    path("", include("programmes.urls")),
    path("", include("participants.urls")),
    path("", include("barriers.urls")),
    path("", include("audit.urls")),
    path("", include("dossiers.urls")),
    path("", include("notifications.urls")),
    path("", include("privacy.urls")),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("landing/", views.landing, name="landing"),
    path("language/", views.set_language, name="set_language"),
    # Before allauth's URLs: our sessions page and guards take the place of allauth's.
    path("accounts/", include("portal.account_urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("municipality/", include("dossiers.municipality_urls")),
    path("me/notifications/", include("notifications.account_urls")),
    path("<slug:programme>/", include(programme_patterns)),
]
