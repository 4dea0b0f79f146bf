"""Internships: a coordinator adds one, the mentor records attendance and evaluations.

The views and the tests call these functions; they check the rules and do the work.
Every refusal is an ``InternshipError`` with a message the user can act on.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participants.access import REVIEWER_ROLES
from participants.models import SOFT_SKILLS, Attendance, Evaluation, Internship, Participant
from programmes.models import Membership, Organisation, Role

Presence = Attendance.Presence
SKILL_KEYS = frozenset(key for key, _label in SOFT_SKILLS)
SKILL_SCORES = range(1, 5)
SCORE_LABELS = {
    1: _("1 = not yet"),
    2: _("2 = sometimes"),
    3: _("3 = good"),
    4: _("4 = very good"),
}
# The coordinator's page counts attendance over this many weeks.
ATTENDANCE_WEEKS = 4
ABSENT = (Presence.ABSENT, Presence.ABSENT_EXCUSED)


class InternshipError(Exception):
    """A refusal, in words the user can act on. ``field`` names the form field it is about."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def _day(date) -> str:
    return formats.date_format(date, "j F Y")


def is_current(internship, today) -> bool:
    return internship.starts_on <= today and (
        internship.ends_on is None or internship.ends_on >= today
    )


def next_evaluation_due(internship, last_evaluated_on) -> datetime.date | None:
    """The last evaluation (or the start) plus the agreed number of weeks; None: no rhythm."""
    if not internship.evaluation_every_weeks:
        return None
    start = last_evaluated_on or internship.starts_on
    return start + datetime.timedelta(weeks=internship.evaluation_every_weeks)


# Adding an internship (coordinator) ----------------------------------------------------------


def mentors_of(programme):
    """The users with the mentor role in ``programme``: the only ones who can supervise."""
    from portal.models import User

    mentor_ids = Membership.objects.filter(programme=programme, role=Role.MENTOR).values("user_id")
    return User.objects.filter(pk__in=mentor_ids, is_active=True).order_by("name", "email")


def check_period(starts_on, ends_on):
    """An internship ends on or after the day it starts (a taster may last one day)."""
    if ends_on is not None and starts_on is not None and ends_on < starts_on:
        raise InternshipError(
            gettext("The end date cannot be before the start date."), field="ends_on"
        )


@transaction.atomic
def add_internship(participant, *, by, organisation, starts_on, mentor=None, **fields):
    """Create an internship of ``participant``; organisation and mentor must be of its programme.

    ``fields``: kind, department, address, mentor_phone, tutor, ends_on, evaluation_every_weeks.
    """
    programme = participant.programme
    if not Organisation.objects.filter(programme=programme, pk=organisation.pk).exists():
        raise InternshipError(
            gettext("Choose an organisation of this programme."), field="organisation"
        )
    if mentor is not None and not mentors_of(programme).filter(pk=mentor.pk).exists():
        raise InternshipError(
            gettext("Choose a mentor of this programme: someone with the mentor role here."),
            field="mentor",
        )
    check_period(starts_on, fields.get("ends_on"))
    return Internship.objects.create(
        programme=programme,
        participant=participant,
        organisation=organisation,
        mentor=mentor,
        starts_on=starts_on,
        created_by=by,
        **fields,
    )


# The mentor's records ------------------------------------------------------------------------


def _check_day(internship, date, today, field="date"):
    """A record is about a day of the internship, and not a day that is still to come."""
    if date > today:
        raise InternshipError(gettext("Choose today or a day in the past."), field=field)
    if date < internship.starts_on:
        raise InternshipError(
            gettext("The internship starts on %(date)s. Choose that day or a later day.")
            % {"date": _day(internship.starts_on)},
            field=field,
        )
    if internship.ends_on is not None and date > internship.ends_on:
        raise InternshipError(
            gettext("The internship ended on %(date)s. Choose that day or an earlier day.")
            % {"date": _day(internship.ends_on)},
            field=field,
        )


@transaction.atomic
def record_attendance(internship, *, date, presence, by, note="", today=None) -> Attendance:
    """Record whether the participant was there on ``date``: one record a day, updated again."""
    _check_day(internship, date, today or timezone.localdate())
    if presence not in Presence.values:
        raise InternshipError(gettext("Choose if the participant was there."), field="presence")
    attendance, _created = Attendance.objects.update_or_create(
        programme=internship.programme,
        internship=internship,
        date=date,
        defaults={
            "participant_id": internship.participant_id,
            "presence": presence,
            "note": note.strip(),
            "recorded_by": by,
        },
    )
    return attendance


@transaction.atomic
def record_evaluation(
    internship,
    *,
    date,
    by,
    soft_skills,
    going_well="",
    to_improve="",
    shared_with_participant=True,
    today=None,
) -> Evaluation:
    """Save a mentor's evaluation: soft skills (key -> 1..4, unseen ones left out) and words."""
    _check_day(internship, date, today or timezone.localdate())
    for key, value in soft_skills.items():
        if key not in SKILL_KEYS:
            raise InternshipError(gettext("This soft skill is not on the list."))
        if value not in SKILL_SCORES:
            raise InternshipError(gettext("Choose a score from 1 to 4."), field=f"skill_{key}")
    going_well, to_improve = going_well.strip(), to_improve.strip()
    if not (soft_skills or going_well or to_improve):
        raise InternshipError(
            gettext("Give at least one score, or write what goes well or what to work on.")
        )
    return Evaluation.objects.create(
        programme=internship.programme,
        internship=internship,
        date=date,
        soft_skills={key: soft_skills[key] for key, _label in SOFT_SKILLS if key in soft_skills},
        going_well=going_well,
        to_improve=to_improve,
        shared_with_participant=shared_with_participant,
        by=by,
    )


def skill_rows(evaluation):
    """(skill, score in words) for each soft skill the evaluation scored, in the list's order."""
    return [
        (label, SCORE_LABELS.get(evaluation.soft_skills[key], evaluation.soft_skills[key]))
        for key, label in SOFT_SKILLS
        if key in evaluation.soft_skills
    ]


# The mentor's pages ----------------------------------------------------------------------------


@dataclass
class MentorRow:
    """One participant on the mentor's home page."""

    internship: Internship
    next_due: datetime.date | None
    overdue: bool
    today_presence: str | None  # the label of today's record, None when not recorded

    @property
    def participant(self):
        return self.internship.participant


def mentor_rows(programme, mentor, today=None) -> list[MentorRow]:
    """The participants whose current internship ``mentor`` supervises. One query."""
    today = today or timezone.localdate()
    last_evaluation = Evaluation.objects.filter(internship=OuterRef("pk")).order_by("-date")
    today_record = Attendance.objects.filter(internship=OuterRef("pk"), date=today)
    internships = (
        Internship.objects.filter(
            programme=programme,
            mentor=mentor,
            starts_on__lte=today,
            participant__status=Participant.Status.ACTIVE,
        )
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .select_related("participant", "organisation")
        .annotate(
            last_evaluated_on=Subquery(last_evaluation.values("date")[:1]),
            today_presence=Subquery(today_record.values("presence")[:1]),
        )
        .order_by("participant__family_name", "participant__given_name", "pk")
    )
    rows = []
    for internship in internships:
        due = next_evaluation_due(internship, internship.last_evaluated_on)
        presence = internship.today_presence
        rows.append(
            MentorRow(
                internship=internship,
                next_due=due,
                overdue=due is not None and due < today,
                today_presence=Presence(presence).label if presence else None,
            )
        )
    return rows


def mentor_page(internship, *, attendance_limit=14) -> dict:
    """The recent attendance and all evaluations of one internship, with who recorded them."""
    attendance = list(
        Attendance.objects.filter(internship=internship)
        .select_related("recorded_by")
        .order_by("-date")[:attendance_limit]
    )
    evaluations = list(
        Evaluation.objects.filter(internship=internship)
        .select_related("by")
        .order_by("-date", "-created_at")
    )
    last = evaluations[0].date if evaluations else None
    return {
        "recent_attendance": attendance,
        "evaluations": [(evaluation, skill_rows(evaluation)) for evaluation in evaluations],
        "next_due": next_evaluation_due(internship, last),
    }


# The section on the coordinator's participant page -------------------------------------------


@dataclass
class InternshipRow:
    internship: Internship
    state: str  # "current", "later" or "ended"
    next_due: datetime.date | None
    evaluations: list  # (evaluation, skill rows), newest first

    @property
    def present_count(self):
        return self.internship.present_count

    @property
    def absent_count(self):
        return self.internship.absent_count


def _state(internship, today) -> str:
    if internship.starts_on > today:
        return "later"
    return "current" if is_current(internship, today) else "ended"


def coordinator_section(request, participant) -> dict:
    """Context for ``participant/_internships.html`` on the participant page.

    Coordinators and admins see every internship and get the form to add one (a refused
    form comes back as ``internship_form``, see ``views.mentor.add_internship``); a mentor
    sees only the internships they supervise. Constant queries: internships with their
    attendance counts, evaluations, and the form's two choice lists when it is rendered.
    """
    from participants.internship_forms import InternshipForm

    today = timezone.localdate()
    since = today - datetime.timedelta(weeks=ATTENDANCE_WEEKS)
    is_reviewer = bool(request.roles & REVIEWER_ROLES)
    internships = Internship.objects.filter(programme=request.programme, participant=participant)
    if not is_reviewer:
        internships = internships.filter(mentor=request.user)
    recent = Q(attendance__date__gte=since, attendance__date__lte=today)
    internships = (
        internships.select_related("organisation", "mentor")
        .annotate(
            present_count=Count(
                "attendance", filter=recent & Q(attendance__presence=Presence.PRESENT)
            ),
            absent_count=Count("attendance", filter=recent & Q(attendance__presence__in=ABSENT)),
        )
        .prefetch_related(
            Prefetch(
                "evaluations",
                queryset=Evaluation.objects.select_related("by").order_by("-date", "-created_at"),
            )
        )
        .order_by("-starts_on", "-pk")
    )
    rows = []
    for internship in internships:
        evaluations = list(internship.evaluations.all())
        last = evaluations[0].date if evaluations else None
        rows.append(
            InternshipRow(
                internship=internship,
                state=_state(internship, today),
                next_due=next_evaluation_due(internship, last),
                evaluations=[(evaluation, skill_rows(evaluation)) for evaluation in evaluations],
            )
        )
    return {
        "internship_section": {
            "participant": participant,
            "current": [row for row in rows if row.state != "ended"],
            "past": [row for row in rows if row.state == "ended"],
            "weeks": ATTENDANCE_WEEKS,
            "form": InternshipForm(programme=request.programme) if is_reviewer else None,
            "is_mentor_view": not is_reviewer,
        }
    }
