"""Template context shared by every page: languages, direction, the user's programmes."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from programmes.tenancy import memberships_of


def portal(request):
    language = get_language() or settings.LANGUAGE_CODE
    programme = getattr(request, "programme", None)
    return {
        "programme": programme,
        "roles": getattr(request, "roles", frozenset()),
        "theme": programme.theme if programme else "neutral",
        "language_choices": [
            {"code": code, "name": get_language_info(code)["name_local"]}
            for code, _name in settings.LANGUAGES
        ],
        "current_language": language,
        "text_direction": "rtl" if get_language_info(language)["bidi"] else "ltr",
        "my_memberships": SimpleLazyObject(lambda: memberships_of(request.user)),
    }
