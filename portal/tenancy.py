"""Resolve the programme once per request and run the view inside its scope.

URLs carry the tenant as ``/<programme>/...``. The view and the rendering of
its template response run inside ``scope(programme=...)``; a request outside a
programme has no scope, so an accidental tenant query there fails loudly.
"""

from django.urls import Resolver404, resolve
from django_scopes import scope

from notifications.context import unread_notifications
from portal.access import mfa_redirect
from programmes.models import STAFF_ROLES
from programmes.tenancy import get_active_programme, platform_admin_scope


class ProgrammeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.programme = None
        request.memberships = []
        request.roles = frozenset()
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)

        if match.namespace == "admin" or match.app_name == "admin":
            # The platform admin sees every programme: a second factor first.
            if request.user.is_authenticated and request.user.is_staff:
                gate = mfa_redirect(request)
                if gate is not None:
                    return gate
            with platform_admin_scope():
                return self.get_response(request)

        slug = match.kwargs.get("programme")
        if slug is None:
            return self.get_response(request)

        programme = get_active_programme(slug)
        request.programme = programme
        with scope(programme=programme):
            if request.user.is_authenticated:
                # The unread count for the header rides along: no extra query per page.
                request.memberships = list(
                    programme.memberships.filter(user=request.user)
                    .select_related("municipality", "organisation")
                    .annotate(unread_notifications=unread_notifications())
                )
                request.roles = frozenset(m.role for m in request.memberships)
            request.is_staff_member = bool(request.roles & STAFF_ROLES)
            return self.get_response(request)
