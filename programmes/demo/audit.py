"""Demo audit entries, so "Who looked at my file" is not empty on the first visit."""

import datetime

from django.utils import timezone

from audit.models import Action, AuditEntry
from participants.models import Participant
from programmes.models import Membership, Role


def load_audit(programme, coordinator):
    """The coordinator opened and updated a few files last week (once: skipped when there are entries)."""
    if AuditEntry.objects.filter(programme=programme).exists():
        return
    membership = (
        Membership.objects.filter(programme=programme, user=coordinator, role=Role.COORDINATOR)
        .select_related("organisation")
        .first()
    )
    organisation = membership.organisation.name if membership and membership.organisation else ""
    week_ago = timezone.now() - datetime.timedelta(days=7)
    for day, participant in enumerate(
        Participant.objects.filter(programme=programme).order_by("number")
    ):
        for action, detail, hours in (
            (Action.VIEWED_FILE, "route", 9),
            (Action.CHANGED, "schedule", 10),
        ):
            AuditEntry.objects.create(
                programme=programme,
                participant_id=participant.pk,
                actor=coordinator,
                actor_name=coordinator.name,
                actor_email=coordinator.email,
                role=Role.COORDINATOR,
                organisation=organisation,
                action=action,
                detail=detail,
                at=week_ago + datetime.timedelta(days=day % 5, hours=hours),
            )
