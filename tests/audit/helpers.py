"""Helpers for the audit log tests: reading the log, and a request as the middleware makes it."""

from types import SimpleNamespace

from django.test import RequestFactory
from django.urls import reverse
from django_scopes import scopes_disabled

from audit.models import AuditEntry
from programmes.models import Membership

FIELDS = ("action", "participant_id", "detail", "role", "actor_id", "result")


def log_of(**filters):
    """The entries matching ``filters``, oldest first, as tuples of FIELDS."""
    with scopes_disabled():
        return list(AuditEntry.objects.filter(**filters).order_by("pk").values_list(*FIELDS))


def entry_count(**filters):
    with scopes_disabled():
        return AuditEntry.objects.filter(**filters).count()


def request_as(user, programme, *, roles_of_view=None, path="/", **meta):
    """A GET request as ProgrammeMiddleware leaves it: programme, memberships and roles.

    ``roles_of_view`` stands for the roles ``role_required`` marks on the view.
    """
    request = RequestFactory().get(path, **meta)
    request.user = user
    request.programme = programme
    with scopes_disabled():
        request.memberships = (
            list(
                Membership.objects.filter(user=user, programme=programme).select_related(
                    "organisation", "municipality"
                )
            )
            if programme is not None
            else []
        )
    request.roles = frozenset(m.role for m in request.memberships)
    if roles_of_view is not None:
        request.resolver_match = SimpleNamespace(
            func=SimpleNamespace(allowed_roles=frozenset(roles_of_view))
        )
    return request


def my_log_url(world):
    return reverse("audit:my_log", kwargs={"programme": world.programme.slug})


def log_url(world, **query):
    url = reverse("audit:log", kwargs={"programme": world.programme.slug})
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url
