"""The unread count in the header, only on a programme's pages, at no extra query for members.

The tenancy middleware already reads the person's memberships of the programme
on every request; the unread count is a subquery of that same query
(``unread_notifications``). Someone without a role (an applicant with an
interview reminder) has no membership row: for them this asks once.
"""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import SimpleLazyObject

from notifications.models import Notification


def unread_notifications():
    """For a Membership query: how many unread notifications its user has in its programme."""
    unread = (
        Notification.objects.filter(
            programme=OuterRef("programme"), recipient=OuterRef("user"), read_at__isnull=True
        )
        .order_by()
        .values("recipient")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(unread, output_field=IntegerField()), 0)


def inbox_counts(request) -> dict:
    """``{"unread": n, "show": bool}`` for the logged-in person in this programme.

    Members always see the link to their inbox; someone without a role only once
    there is something in it.
    """
    unread = getattr(next(iter(request.memberships), None), "unread_notifications", None)
    if unread is not None:
        return {"unread": unread, "show": True}
    mine = Notification.objects.filter(programme=request.programme, recipient=request.user)
    counts = mine.aggregate(total=Count("pk"), unread=Count("pk", filter=Q(read_at__isnull=True)))
    return {"unread": counts["unread"], "show": bool(request.roles) or counts["total"] > 0}


def notifications(request):
    if getattr(request, "programme", None) is None or not request.user.is_authenticated:
        return {}
    # Lazy: evaluated when the header asks, inside the programme's scope.
    return {"notification_counts": SimpleLazyObject(lambda: inbox_counts(request))}
