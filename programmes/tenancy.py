"""Every place that reads across programmes, by name.

django-scopes makes a query on a tenant model without a scope fail. The few
things that must read across programmes open ``scopes_disabled()`` here, and
only here (plus the demo loader and the test fixtures), so a reviewer can grep
for it. Each function filters by what the caller may see.

PostgreSQL's row-level security follows the scope (portal/rls.py): inside
``scopes_disabled()`` the database opens every programme too, and nowhere else.
"""

from django.http import Http404
from django_scopes import scopes_disabled

from programmes.models import Membership, Programme


def get_active_programme(slug: str) -> Programme:
    """The programme at /<slug>/; unknown and inactive are both a 404."""
    programme = Programme.objects.filter(slug=slug, is_active=True).first()
    if programme is None:
        raise Http404("No such programme.")
    return programme


def get_programme_for_task(programme_id: int) -> Programme:
    """A task reloads its programme by id (the Programme table itself is not scoped)."""
    return Programme.objects.get(pk=programme_id)


def memberships_of(user) -> list[Membership]:
    """All of a user's roles in active programmes: for the landing page and the menu."""
    if not user.is_authenticated:
        return []
    with scopes_disabled():
        return list(
            Membership.objects.filter(user=user, programme__is_active=True)
            .select_related("programme")
            .order_by("programme__slug", "role")
        )


def platform_admin_scope():
    """The Django admin is for platform admins and spans all programmes."""
    return scopes_disabled()


def maintenance_scope():
    """Migrations and the operator's commands (``migrate``, ``verify_audit_chain``) span all programmes."""
    return scopes_disabled()
