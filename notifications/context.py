"""The unread count in the header: one small query, and only on a programme's pages."""

from django.db.models import Count, Q
from django.utils.functional import SimpleLazyObject

from notifications.models import Notification


def inbox_counts(request) -> dict:
    """``{"unread": n, "show": bool}`` for the logged-in person in this programme.

    Members always see the link to their inbox; someone without a role (an
    applicant) only once there is something in it.
    """
    mine = Notification.objects.filter(programme=request.programme, recipient=request.user)
    if request.roles:
        return {"unread": mine.filter(read_at__isnull=True).count(), "show": True}
    counts = mine.aggregate(total=Count("pk"), unread=Count("pk", filter=Q(read_at__isnull=True)))
    return {"unread": counts["unread"], "show": counts["total"] > 0}


def notifications(request):
    if getattr(request, "programme", None) is None or not request.user.is_authenticated:
        return {}
    # Lazy: evaluated when the header asks, inside the programme's scope.
    return {"notification_counts": SimpleLazyObject(lambda: inbox_counts(request))}
