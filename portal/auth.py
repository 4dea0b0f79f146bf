"""allauth hooks: where a user lands after login, their language, how mail names us."""

from dataclasses import dataclass

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils import translation


@dataclass(frozen=True)
class PlatformSite:
    """Stands in for django.contrib.sites in allauth's mails: "Hello from Zorgroute"."""

    domain: str
    name: str = "Zorgroute"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return reverse("landing")

    def save_user(self, request, user, form, commit=True):
        # A new account starts in the language the person was reading.
        user.language = translation.get_language() or user.language
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        request = context.get("request") or getattr(self, "request", None)
        domain = request.get_host() if request is not None else "zorgroute"
        return super().send_mail(
            template_prefix, email, {"current_site": PlatformSite(domain), **context}
        )
