"""The user's language on every device, and no caching of pages with personal data."""

from django.utils import translation
from django.utils.cache import add_never_cache_headers


class UserLanguageMiddleware:
    """After LocaleMiddleware: a logged-in user's profile language wins over the cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.language:
            translation.activate(user.language)
            request.LANGUAGE_CODE = user.language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class NoStoreForPersonalPages:
    """A page for a logged-in user may hold personal data: no browser or proxy keeps it.

    Static files (served before this, by WhiteNoise) and public pages for
    anonymous visitors keep their own caching.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)  # no-store, no-cache, private, max-age=0
        return response
