"""Job placements and their follow-ups 3, 6 and 12 months after the start.

The views and the tests call these functions; they check the rules and do the work.
Every refusal is a ``JobError`` with a message the coordinator can act on.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import Prefetch
from django.utils import formats, timezone
from django.utils.translation import gettext

from participants.access import REVIEWER_ROLES
from participants.housing import bind_typed, recall_typed
from participants.models import FollowUp, JobPlacement, Participant
from programmes.models import Organisation

Klik = JobPlacement.Klik
MONTHS = tuple(FollowUp.Month.values)  # 3, 6, 12
HOURS = range(1, 41)


class JobError(Exception):
    """A refusal, in words the coordinator can act on. ``field`` names the form field."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def _day(date) -> str:
    return formats.date_format(date, "j F Y")


def due_on(starts_on, month) -> datetime.date:
    """``month`` months after the start; the 31st becomes the last day of a shorter month."""
    return starts_on + relativedelta(months=month)


# Changes -------------------------------------------------------------------------------------


@transaction.atomic
def add_placement(
    participant,
    *,
    by,
    employer,
    role,
    contract,
    hours_per_week,
    starts_on,
    klikgesprek=Klik.PLANNED,
    klikgesprek_on=None,
) -> JobPlacement:
    """A job for ``participant`` at an organisation of its programme, and its three follow-ups.

    A klikgesprek that did not click is recorded as it is; the page shows a warning.
    """
    programme = participant.programme
    if not Organisation.objects.filter(programme=programme, pk=employer.pk).exists():
        raise JobError(gettext("Choose an employer from the list."), field="employer")
    role = role.strip()
    if not role:
        raise JobError(gettext("Write the job."), field="role")
    if contract not in JobPlacement.Contract.values:
        raise JobError(gettext("Choose the contract."), field="contract")
    if hours_per_week not in HOURS:
        raise JobError(
            gettext("Enter a whole number of hours, from 1 to 40."), field="hours_per_week"
        )
    if klikgesprek not in Klik.values:
        raise JobError(gettext("Choose how the klikgesprek went."), field="klikgesprek")
    if klikgesprek_on is not None and klikgesprek_on > starts_on:
        raise JobError(
            gettext("The klikgesprek is before the job starts. Choose %(date)s or earlier.")
            % {"date": _day(starts_on)},
            field="klikgesprek_on",
        )
    placement = JobPlacement.objects.create(
        programme=programme,
        participant=participant,
        employer=employer,
        role=role,
        contract=contract,
        hours_per_week=hours_per_week,
        klikgesprek_on=klikgesprek_on,
        klikgesprek=klikgesprek,
        starts_on=starts_on,
        created_by=by,
    )
    FollowUp.objects.bulk_create(
        FollowUp(
            programme=programme,
            placement=placement,
            month=month,
            due_on=due_on(starts_on, month),
        )
        for month in MONTHS
    )
    return placement


@transaction.atomic
def record_follow_up(
    placement, month, *, by, done_on, still_employed, satisfaction=None, issues="", today=None
) -> FollowUp:
    """Record the follow-up ``month`` months after the start; once, with who recorded it.

    When the participant no longer works there, the placement ends on ``done_on``
    (unless an earlier end was already known).
    """
    today = today or timezone.localdate()
    if month not in MONTHS:
        raise JobError(gettext("There is a follow-up after 3, 6 and 12 months only."))
    # Lock the placement: the follow-up row and the end date change together.
    placement = JobPlacement.objects.select_for_update().get(pk=placement.pk)
    follow_up, _created = FollowUp.objects.get_or_create(
        programme_id=placement.programme_id,
        placement=placement,
        month=month,
        defaults={"due_on": due_on(placement.starts_on, month)},
    )
    if follow_up.done_on is not None:
        raise JobError(
            gettext("This follow-up was already recorded, on %(date)s.")
            % {"date": _day(follow_up.done_on)}
        )
    if placement.ended_on is not None and follow_up.due_on > placement.ended_on:
        raise JobError(
            gettext("The job ended on %(date)s. This follow-up is no longer needed.")
            % {"date": _day(placement.ended_on)}
        )
    if done_on > today:
        raise JobError(gettext("Choose today or a day in the past."), field="done_on")
    if done_on < placement.starts_on:
        raise JobError(
            gettext("The job started on %(date)s. Choose that day or a later day.")
            % {"date": _day(placement.starts_on)},
            field="done_on",
        )
    if still_employed and satisfaction is None:
        raise JobError(
            gettext("Choose how happy the participant is with the job."), field="satisfaction"
        )
    if satisfaction is not None and satisfaction not in range(1, 6):
        raise JobError(gettext("Choose a number from 1 to 5."), field="satisfaction")
    follow_up.done_on = done_on
    follow_up.still_employed = still_employed
    follow_up.satisfaction = satisfaction
    follow_up.issues = issues.strip()
    follow_up.by = by
    follow_up.save()
    if not still_employed and (placement.ended_on is None or placement.ended_on > done_on):
        placement.ended_on = done_on
        placement.save(update_fields=["ended_on"])
    return follow_up


# The section on the coordinator's participant page -------------------------------------------


@dataclass
class FollowUpRow:
    follow_up: FollowUp  # not saved yet for a placement from before follow-ups were created
    state: str  # "done", "overdue", "open" or "not_needed"
    form: object = None


@dataclass
class PlacementRow:
    placement: JobPlacement
    follow_ups: list

    @property
    def did_not_click(self) -> bool:
        return self.placement.klikgesprek == Klik.NEGATIVE


@dataclass
class JobsSection:
    participant: Participant
    placements: list
    form: object = None


def placement_key(participant) -> str:
    return f"form:{participant.pk}:job"


def follow_up_key(participant) -> str:
    return f"form:{participant.pk}:follow-up"


def _state(follow_up, placement, today) -> str:
    if follow_up.done_on is not None:
        return "done"
    if placement.ended_on is not None and follow_up.due_on > placement.ended_on:
        return "not_needed"
    return "overdue" if follow_up.due_on < today else "open"


def _follow_up_rows(placement, today, stored):
    from participants.job_forms import FollowUpForm

    saved = {follow_up.month: follow_up for follow_up in placement.follow_ups.all()}
    rows = []
    for month in MONTHS:
        follow_up = saved.get(month) or FollowUp(
            placement=placement, month=month, due_on=due_on(placement.starts_on, month)
        )
        row = FollowUpRow(follow_up, _state(follow_up, placement, today))
        if row.state in ("open", "overdue"):
            kwargs = {"placement_id": placement.pk, "month": month}
            if stored and (stored.get("placement"), stored.get("month")) == (placement.pk, month):
                row.form = bind_typed(FollowUpForm, stored, **kwargs)
            else:
                row.form = FollowUpForm(**kwargs)
        rows.append(row)
    return rows


def coordinator_section(request, participant) -> dict:
    """Context for ``participant/_jobs.html``: coordinators and admins only.

    Queries: the placements with their employers (1), the follow-ups with who recorded
    them (1), the employers for the form when it is rendered (1). A refused form comes
    back from the session.
    """
    if not request.roles & REVIEWER_ROLES:
        return {"jobs_section": None}
    from participants.job_forms import PlacementForm

    today = timezone.localdate()
    placements = (
        JobPlacement.objects.filter(programme=request.programme, participant=participant)
        .select_related("employer", "created_by")
        .prefetch_related(Prefetch("follow_ups", queryset=FollowUp.objects.select_related("by")))
        .order_by("-starts_on", "-pk")
    )
    stored_follow_up = recall_typed(request, follow_up_key(participant))
    rows = [
        PlacementRow(placement, _follow_up_rows(placement, today, stored_follow_up))
        for placement in placements
    ]
    stored = recall_typed(request, placement_key(participant))
    if stored:
        form = bind_typed(PlacementForm, stored, programme=request.programme)
    else:
        form = PlacementForm(programme=request.programme)
    return {"jobs_section": JobsSection(participant=participant, placements=rows, form=form)}
