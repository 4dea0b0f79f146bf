"""A participant's important dates: a Dutch exam, a professional test, a residence permit
or certificate of conduct (VOG) that ends. Coordinators record them; the participant sees
them in "My route"; the reminders (notifications/rules/) read them.
"""

import datetime

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext

from participants.models import KeyDate
from participants.route import RouteError

Kind = KeyDate.Kind

# How long ago a date may be when it is recorded: a document that ended last month is
# still worth writing down, an exam of years ago is a mistake.
OLDEST_DAYS = 366


class KeyDateError(RouteError):
    """A date that cannot be saved, with the field the message belongs to."""


@transaction.atomic
def add_key_date(participant, *, kind, date, note="", by) -> KeyDate:
    """Record one important date for the participant."""
    if kind not in Kind.values:
        raise KeyDateError(gettext("Choose what the date is about."), "kind")
    if date is None:
        raise KeyDateError(gettext("Enter the date."), "date")
    if date < timezone.localdate() - datetime.timedelta(days=OLDEST_DAYS):
        raise KeyDateError(gettext("This date is more than a year ago. Check the year."), "date")
    return KeyDate.objects.create(
        programme_id=participant.programme_id,
        participant=participant,
        kind=kind,
        date=date,
        note=(note or "").strip(),
        recorded_by=by,
    )


def get_key_date_for(participant, pk) -> KeyDate:
    """One date of this participant; any other id is a 404."""
    key_date = KeyDate.objects.filter(
        programme_id=participant.programme_id, participant=participant, pk=pk
    ).first()
    if key_date is None:
        raise Http404("No such date.")
    return key_date


def remove_key_date(key_date) -> None:
    key_date.delete()


def key_dates_of(participant):
    """All dates of the participant, the soonest first, with who recorded them (one query)."""
    return list(
        KeyDate.objects.filter(programme_id=participant.programme_id, participant=participant)
        .select_related("recorded_by")
        .order_by("date", "pk")
    )


def coming_key_dates(participant, today=None):
    """The dates from today on, for "My route" (one query)."""
    today = today or timezone.localdate()
    return list(
        KeyDate.objects.filter(
            programme_id=participant.programme_id, participant=participant, date__gte=today
        ).order_by("date", "pk")
    )
