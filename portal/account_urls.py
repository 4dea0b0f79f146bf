"""Pages under /accounts/ that take the place of allauth's: mounted before allauth's URLs."""

from django.urls import include, path

from portal import reauth, reauth_views

urlpatterns = [
    path("sessions/", include("portal.session_urls")),
    # Check that it is you, by an emailed code (people without password or MFA).
    path("confirm-by-code/", reauth_views.confirm_code, name="account_confirm_code"),
    # allauth's own views, behind a fresh code for people without password or MFA.
    path("email/", reauth.email, name="account_email"),
    path("2fa/totp/activate/", reauth.activate_totp, name="mfa_activate_totp"),
]
