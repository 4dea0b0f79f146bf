"""Demo important dates: Dutch exams and professional tests coming up, residence permits
and certificates of conduct (VOG) that end. Some fall inside the reminder windows, so
the reminders have something to say on the day the demo is loaded.

A participant who already has a date is skipped, so a second run changes nothing.
"""

import datetime

from django.utils import timezone

from participants.models import KeyDate, Participant

Kind = KeyDate.Kind

# Per participant (by position in the list): (kind, days from today, note).
PLAN = [
    (Kind.LANGUAGE_EXAM, 9, "Staatsexamen NT2 programma I, DUO Den Haag"),
    (Kind.VOG_EXPIRES, 45, ""),
    (Kind.PROFESSIONAL_TEST, 12, "Kennistoets BIG, CIBG Utrecht"),
    (Kind.RESIDENCE_PERMIT_EXPIRES, 150, ""),
    (Kind.LANGUAGE_EXAM, 60, "Staatsexamen NT2 programma II"),
    (Kind.RESIDENCE_PERMIT_EXPIRES, 40, "Verlenging aangevraagd bij de IND"),
]


def load_key_dates(programme, coordinator):
    """One or two important dates for the first participants of the programme."""
    today = timezone.localdate()
    with_dates = KeyDate.objects.filter(programme=programme).values("participant_id")
    participants = list(
        Participant.objects.filter(programme=programme, status=Participant.Status.ACTIVE)
        .exclude(pk__in=with_dates)
        .order_by("number")[: len(PLAN)]
    )
    rows = []
    for index, participant in enumerate(participants):
        kind, days, note = PLAN[index]
        rows.append(
            KeyDate(
                programme=programme,
                participant=participant,
                kind=kind,
                date=today + datetime.timedelta(days=days),
                note=note,
                recorded_by=coordinator,
            )
        )
        if index % 2 == 0:
            rows.append(
                KeyDate(
                    programme=programme,
                    participant=participant,
                    kind=Kind.VOG_EXPIRES,
                    date=today + datetime.timedelta(days=300 + 20 * index),
                    recorded_by=coordinator,
                )
            )
    KeyDate.objects.bulk_create(rows)
