"""allauth hooks: where a user lands after login, and their language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return reverse("landing")

    def save_user(self, request, user, form, commit=True):
        # A new account starts in the language the person was reading.
        user.language = translation.get_language() or user.language
        return super().save_user(request, user, form, commit=commit)
