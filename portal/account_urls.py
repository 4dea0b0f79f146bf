"""Pages under /accounts/ that take the place of allauth's: mounted before allauth's URLs."""

from django.urls import include, path

from portal import reauth

urlpatterns = [
    path("sessions/", include("portal.session_urls")),
    # allauth's own views, behind a fresh code login for people without password or MFA.
    path("email/", reauth.email, name="account_email"),
    path("2fa/totp/activate/", reauth.activate_totp, name="mfa_activate_totp"),
]
