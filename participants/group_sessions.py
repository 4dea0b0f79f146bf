"""Group sessions (VOORwerk's soft-skill sessions): plan one, invite, take attendance.

A session's participants are its attendance rows: planning a session for a stage
invites the active participants in that stage (presence "expected"), so it shows on
their phone; taking attendance sets everyone's presence in one go.
"""

from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participants.access import REVIEWER_ROLES
from participants.models import Attendance, Participant, Session
from portal.formtools import link_help_texts
from programmes.models import Stage

Presence = Attendance.Presence
ABSENT = (Presence.ABSENT, Presence.ABSENT_EXCUSED)
PAST_SHOWN = 30


class SessionError(Exception):
    """A refusal, in words the coordinator can act on. ``field``: the form field it is about."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def get_session_for(request, pk, *, queryset=None) -> Session:
    """A group session of ``request.programme`` for a coordinator or admin; otherwise 404."""
    if not request.roles & REVIEWER_ROLES:
        raise Http404("Not a coordinator here.")
    queryset = queryset if queryset is not None else Session.objects.all()
    session = queryset.filter(programme=request.programme, pk=pk).first()
    if session is None:
        raise Http404("No such session.")
    return session


class SessionForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=160,
        help_text=_("For example: Soft skills 1, working together."),
        error_messages={"required": _("Enter a title.")},
    )
    starts_at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        # Browsers send ISO dates (2026-03-14T10:30), which DateTimeField always reads.
        error_messages={
            "required": _("Enter the date and time."),
            "invalid": _("Enter a date and a time, for example 2026-03-14 10:30."),
        },
    )
    location = forms.CharField(label=_("Place"), required=False, max_length=160)
    stage = forms.ModelChoiceField(
        label=_("For the participants in stage"),
        queryset=None,
        required=False,
        empty_label=_("All participants on the route"),
        help_text=_("We invite the participants who are in this stage now."),
        error_messages={"invalid_choice": _("Choose a stage of this programme.")},
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = Stage.objects.filter(programme=programme)
        link_help_texts(self)


def invited_participants(session):
    """Who is expected: the active participants in the session's stage (or all active ones),
    and anyone who already has a record for this session."""
    expected = Q(status=Participant.Status.ACTIVE)
    if session.stage_id is not None:
        expected &= Q(current_stage_id=session.stage_id)
    recorded = Attendance.objects.filter(session=session).values("participant_id")
    return (
        Participant.objects.filter(programme=session.programme_id)
        .filter(expected | Q(pk__in=recorded))
        .order_by("family_name", "given_name", "pk")
    )


@transaction.atomic
def add_session(programme, *, title, starts_at, location="", stage=None, by=None) -> Session:
    """Plan a session and invite the participants it is for."""
    if stage is not None and stage.programme_id != programme.pk:
        raise SessionError(gettext("Choose a stage of this programme."), field="stage")
    session = Session.objects.create(
        programme=programme,
        title=title.strip(),
        starts_at=starts_at,
        location=location.strip(),
        stage=stage,
        created_by=by,
    )
    day = timezone.localdate(starts_at)
    Attendance.objects.bulk_create(
        Attendance(
            programme=programme,
            participant=participant,
            session=session,
            date=day,
            recorded_by=by,
        )
        for participant in invited_participants(session)
    )
    return session


@transaction.atomic
def save_session_attendance(session, presences, *, by) -> int:
    """Set each participant's presence (participant id -> presence); returns how many changed.

    Only changed or new rows are written, so every row keeps who last changed it.
    """
    allowed = set(invited_participants(session).values_list("pk", flat=True))
    if not set(presences) <= allowed:
        raise SessionError(gettext("This participant is not in this session."))
    if not set(presences.values()) <= set(Presence.values):
        raise SessionError(gettext("Choose if each participant was there."))
    existing = {
        record.participant_id: record
        for record in Attendance.objects.select_for_update().filter(session=session)
    }
    now = timezone.now()
    day = timezone.localdate(session.starts_at)
    new, changed = [], []
    for participant_id, presence in presences.items():
        record = existing.get(participant_id)
        if record is None:
            new.append(
                Attendance(
                    programme_id=session.programme_id,
                    participant_id=participant_id,
                    session=session,
                    date=day,
                    presence=presence,
                    recorded_by=by,
                )
            )
        elif record.presence != presence:
            record.presence, record.recorded_by, record.recorded_at = presence, by, now
            changed.append(record)
    Attendance.objects.bulk_create(new)
    # bulk_update skips auto_now, so recorded_at is set above.
    Attendance.objects.bulk_update(changed, ["presence", "recorded_by", "recorded_at"])
    return len(new) + len(changed)


def sessions_of(programme, now=None):
    """(upcoming, recent past) sessions with their counts: present, absent. Two queries."""
    now = now or timezone.now()
    sessions = (
        Session.objects.filter(programme=programme)
        .select_related("stage")
        .annotate(
            present_count=Count("attendance", filter=Q(attendance__presence=Presence.PRESENT)),
            absent_count=Count("attendance", filter=Q(attendance__presence__in=ABSENT)),
            invited_count=Count("attendance"),
        )
    )
    upcoming = list(sessions.filter(starts_at__gte=now).order_by("starts_at", "pk"))
    past = list(sessions.filter(starts_at__lt=now).order_by("-starts_at", "-pk")[:PAST_SHOWN])
    return upcoming, past


def presence_field_name(participant) -> str:
    return f"presence_{participant.pk}"


@dataclass
class PresenceRow:
    participant: Participant
    record: Attendance | None
    field: object  # the bound radio group


class SessionAttendanceForm(forms.Form):
    """One radio group per participant: their presence at this session."""

    def __init__(self, *args, participants, records, **kwargs):
        super().__init__(*args, **kwargs)
        self.participants = list(participants)
        self.records = records
        for participant in self.participants:
            record = records.get(participant.pk)
            self.fields[presence_field_name(participant)] = forms.ChoiceField(
                label=participant.full_name,
                choices=Presence.choices,
                widget=forms.RadioSelect,
                initial=record.presence if record else Presence.EXPECTED,
                error_messages={"required": gettext("Choose if this participant was there.")},
            )

    def rows(self) -> list[PresenceRow]:
        return [
            PresenceRow(p, self.records.get(p.pk), self[presence_field_name(p)])
            for p in self.participants
        ]

    def presences(self) -> dict[int, str]:
        return {p.pk: self.cleaned_data[presence_field_name(p)] for p in self.participants}


def attendance_form(session, data=None) -> SessionAttendanceForm:
    """The attendance form of ``session``, with today's records. Two queries."""
    participants = list(invited_participants(session))
    records = {
        record.participant_id: record
        for record in Attendance.objects.filter(session=session).select_related("recorded_by")
    }
    return SessionAttendanceForm(data, participants=participants, records=records)


def counts(form) -> dict:
    """How many were present, absent, and not recorded yet, from the saved records."""
    presences = [
        record.presence for record in (form.records.get(p.pk) for p in form.participants) if record
    ]
    present = sum(1 for value in presences if value == Presence.PRESENT)
    absent = sum(1 for value in presences if value in ABSENT)
    return {
        "present": present,
        "absent": absent,
        "unknown": len(form.participants) - present - absent,
    }
