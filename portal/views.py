"""Platform pages that belong to no single programme."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from programmes.models import Programme, Role
from programmes.tenancy import memberships_of

# Where each role starts in a programme, most hands-on role first.
ROLE_START = [
    (Role.COORDINATOR, "participants:list"),
    (Role.ADMIN, "participants:list"),
    (Role.MENTOR, "participants:mentor_home"),
    (Role.MUNICIPALITY_OFFICER, "municipality:list"),  # across programmes: no slug
    (Role.PARTICIPANT, "participants:home"),
]


def start_url(programme, roles) -> str:
    """The first page for someone with ``roles`` in ``programme``."""
    for role, url_name in ROLE_START:
        if role in roles:
            if url_name.startswith("municipality:"):
                return reverse(url_name)
            return reverse(url_name, kwargs={"programme": programme.slug})
    return programme.get_absolute_url()


def home(request):
    """What Zorgroute is, the programmes, and (when logged in) your own programmes."""
    memberships = memberships_of(request.user)
    mine = {}
    for membership in memberships:
        entry = mine.setdefault(
            membership.programme_id, {"programme": membership.programme, "roles": []}
        )
        entry["roles"].append(membership)
    for entry in mine.values():
        entry["url"] = start_url(entry["programme"], {m.role for m in entry["roles"]})
    return render(
        request,
        "portal/home.html",
        {
            "programmes": Programme.objects.filter(is_active=True),
            "mine": list(mine.values()),
        },
    )


@login_required
def landing(request):
    """After login: straight to the only programme, or choose on the home page."""
    memberships = memberships_of(request.user)
    programmes = {m.programme_id: m.programme for m in memberships}
    if len(programmes) == 1:
        programme = next(iter(programmes.values()))
        return redirect(start_url(programme, {m.role for m in memberships}))
    if request.user.is_staff and not programmes:
        return redirect("admin:index")
    return redirect("home")


@require_POST
def set_language(request):
    """Switch language, stay on the same page, and remember it on the profile."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language not in dict(settings.LANGUAGES):
        return response
    translation.activate(language)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    if request.user.is_authenticated and request.user.language != language:
        request.user.language = language
        request.user.save(update_fields=["language"])
    return response
