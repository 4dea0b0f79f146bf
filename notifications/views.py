"""The inbox of one person in one programme: read, mark as read, go to what it is about.

Everyone with a role in the programme has an inbox. So does an applicant, who
has no role yet but gets reminders (an interview tomorrow): a logged-in person
without a role sees the inbox only when it holds something for them.
Everyone else gets the same 404 as on any other page of the programme.
"""

from dataclasses import dataclass
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from notifications import kinds
from notifications.models import Notification
from portal.access import mfa_gate

PER_PAGE = 20


def mine(request):
    """The logged-in person's notifications in this programme, newest first."""
    return Notification.objects.filter(programme=request.programme, recipient=request.user)


def inbox_access(view):
    """Members of the programme, and applicants with notifications here; MFA for staff."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.roles and not mine(request).exists():
            raise Http404("Not a member of this programme.")
        gate = mfa_gate(request)
        if gate is not None:
            return gate
        return view(request, *args, **kwargs)

    return wrapped


@dataclass
class Item:
    notification: Notification
    title: str
    body: str


@inbox_access
def inbox(request, programme):
    """Newest first; unread ones are marked. Each opens the thing it is about."""
    rows = mine(request).order_by("-created_at", "-pk")
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    items = [Item(n, *kinds.render(n.kind, n.context)) for n in page.object_list]
    return render(request, "notifications/inbox.html", {"page": page, "items": items})


@inbox_access
@require_POST
def read(request, programme, pk):
    """Mark one notification read and go to what it is about."""
    notification = get_object_or_404(mine(request), pk=pk)
    if notification.read_at is None:
        mine(request).filter(pk=pk, read_at__isnull=True).update(read_at=timezone.now())
    if notification.link and url_has_allowed_host_and_scheme(
        notification.link, allowed_hosts=None, require_https=False
    ):
        return redirect(notification.link)
    return redirect("notifications:inbox", programme=request.programme.slug)


@inbox_access
@require_POST
def read_all(request, programme):
    """Mark every unread notification of this programme read."""
    count = mine(request).filter(read_at__isnull=True).update(read_at=timezone.now())
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:inbox", programme=request.programme.slug)
