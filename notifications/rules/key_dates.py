"""What the two rules on a participant's important dates share (participants.KeyDate):
an exam or test coming up (exams.py) and a document that ends (documents.py).

Both remind the participant and the coordinators, once per date: a new date
(the exam is moved, the permit is extended) brings a new reminder.
"""

import datetime

from django.urls import reverse

from notifications.rules.base import (
    PARTICIPANT,
    Reminder,
    can_receive,
    in_chunks,
    not_reminded,
    path_maker,
)
from participants.models import KeyDate, Participant

PREFIX = "key-date:"


def kind_label(context: dict) -> str:
    """What the date is about, in the reader's language (the model's translated label)."""
    return str(KeyDate.Kind(context["what"]).label)


def find_key_dates(scan, days, code, kinds):
    """Dates of ``kinds`` from today to ``days`` days ahead (index ``key_date_due_idx``)."""
    dates = KeyDate.objects.filter(
        programme=scan.programme,
        kind__in=kinds,
        date__range=(scan.today, scan.today + datetime.timedelta(days=days)),
        participant__status=Participant.Status.ACTIVE,
    ).select_related("participant__user")
    dates = not_reminded(
        dates, scan, code, PREFIX, due="date", coordinators=True, user="participant__user_id"
    )
    my_route = reverse("participants:home", kwargs={"programme": scan.programme.slug}) + "#dates"
    page = path_maker("participants:participant_key_dates", scan.programme, "pk")
    for key_date in in_chunks(dates):
        participant = key_date.participant
        subject = f"{PREFIX}{key_date.pk}"
        context = {"what": key_date.kind, "date": key_date.date.isoformat(), "note": key_date.note}
        staff_context = {**context, "for": "staff", "name": participant.full_name}
        for coordinator in scan.coordinators:
            yield Reminder(coordinator, subject, key_date.date, page(participant.pk), staff_context)
        if can_receive(participant.user):
            yield Reminder(
                participant.user, subject, key_date.date, my_route, {**context, "for": PARTICIPANT}
            )
