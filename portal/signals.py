"""Speak the user's language from the moment they log in (the "you are logged in" message too)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation


@receiver(user_logged_in)
def use_profile_language(sender, request, user, **kwargs):
    if user.language:
        translation.activate(user.language)
        if request is not None:
            request.LANGUAGE_CODE = user.language
