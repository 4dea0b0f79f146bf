"""The user's language on every device, no caching of pages with personal data, no NUL."""

from django.shortcuts import render
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


def _holds_nul(query) -> bool:
    return any(
        "\x00" in key or any("\x00" in value for value in values) for key, values in query.lists()
    )


class RefuseNulCharacters:
    """A request whose form fields or query string hold the NUL character gets a 400.

    PostgreSQL cannot store NUL in text or JSON: a form that keeps what was typed (an
    intake draft) or a filter that searches with it would fail with a 500. No keyboard
    types NUL; only a broken or hostile client sends it. Forms report it per field too
    (Django's CharField refuses it); this catches the values no form cleans first.
    File names lose it already (Django keeps only printable characters).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _holds_nul(request.GET) or (request.method == "POST" and _holds_nul(request.POST)):
            return render(request, "400.html", status=400)
        return self.get_response(request)
