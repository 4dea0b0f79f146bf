"""Homes, the waiting list and each participant's housing: who lives where, since when.

Every change is a new ``HousingAllocation`` row, so the rows are the history (who, when);
a participant's latest row (by date, then by order of recording) is where they stand now.
The views and the tests call these functions; every refusal is a ``HousingError``.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import formats, timezone
from django.utils.translation import gettext

from participants.access import REVIEWER_ROLES
from participants.models import HousingAllocation, HousingUnit, Participant

Status = HousingAllocation.Status
# While someone's latest row says one of these, the home in it is not free.
HOLDING = (Status.OFFERED, Status.ACCEPTED, Status.MOVED_IN)
# The change each status needs before it (None: nothing recorded yet).
NEEDS = {
    Status.ACCEPTED: Status.OFFERED,
    Status.MOVED_IN: Status.ACCEPTED,
    Status.MOVED_OUT: Status.MOVED_IN,
}


class HousingError(Exception):
    """A refusal, in words the coordinator can act on. ``field`` names the form field."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def _day(date) -> str:
    return formats.date_format(date, "j F Y")


def current_rows(programme):
    """Each participant's latest row: where they stand now."""
    newest = (
        HousingAllocation.objects.filter(participant=OuterRef("participant"))
        .order_by("-since", "-pk")
        .values("pk")[:1]
    )
    return HousingAllocation.objects.filter(programme=programme, pk=Subquery(newest))


def latest(participant) -> HousingAllocation | None:
    return (
        HousingAllocation.objects.filter(programme=participant.programme, participant=participant)
        .select_related("unit")
        .order_by("-since", "-pk")
        .first()
    )


# Changes -------------------------------------------------------------------------------------


def _check_transition(participant, status, now):
    """Refuse a change that does not follow from where the participant stands now."""
    current = now.status if now else None
    needed = NEEDS.get(status)
    if needed is not None and current != needed:
        messages = {
            Status.ACCEPTED: gettext(
                "You can only record an accepted offer after a home is offered."
            ),
            Status.MOVED_IN: gettext(
                "You can only record “moved in” after the participant accepted an offer."
            ),
            Status.MOVED_OUT: gettext(
                "You can only record “moved out” when the participant lives in a home of the programme."
            ),
        }
        raise HousingError(messages[status], field="status")
    if current == Status.MOVED_IN and status != Status.MOVED_OUT:
        raise HousingError(
            gettext("%(name)s lives in %(home)s. First record that they moved out.")
            % {"name": participant.full_name, "home": now.unit},
            field="status",
        )
    if status == Status.WAITING and current == Status.WAITING:
        raise HousingError(
            gettext("%(name)s is already on the waiting list, since %(date)s.")
            % {"name": participant.full_name, "date": _day(now.since)},
            field="status",
        )


def _check_free(participant, unit):
    """A home can be offered when nobody else's latest row holds it."""
    holder = (
        current_rows(participant.programme)
        .filter(unit=unit, status__in=HOLDING)
        .exclude(participant=participant)
        .exists()
    )
    if holder:
        raise HousingError(
            gettext("%(home)s is not free. Someone else has an offer for it or lives there.")
            % {"home": unit},
            field="unit",
        )


@transaction.atomic
def change(participant, *, status, by, since, unit=None, note="", today=None):
    """Record what happened with ``participant``'s housing on ``since``: a new row.

    ``unit`` is only for an offer; an acceptance, a move in and a move out are about the
    home of the row before. Moving in sets where the participant is housed. The support
    topics stay as they were.
    """
    today = today or timezone.localdate()
    # Lock the participant: two coordinators cannot change the same person at once.
    Participant.objects.select_for_update().filter(pk=participant.pk).first()
    now = latest(participant)
    if status not in Status.values:
        raise HousingError(gettext("Choose what happened."), field="status")
    _check_transition(participant, status, now)
    if since > today:
        raise HousingError(gettext("Choose today or a day in the past."), field="since")
    if now is not None and since < now.since:
        raise HousingError(
            gettext("The last change was on %(date)s. Choose that day or a later day.")
            % {"date": _day(now.since)},
            field="since",
        )
    note = note.strip()
    if status == Status.OFFERED:
        if unit is None:
            raise HousingError(gettext("Choose the home you offer."), field="unit")
        if unit.programme_id != participant.programme_id:
            raise HousingError(gettext("Choose a home from the list."), field="unit")
        # Lock the home: two offers of the same home at once cannot both pass the check.
        HousingUnit.objects.select_for_update().filter(pk=unit.pk).first()
        _check_free(participant, unit)
    elif status in NEEDS:
        unit = now.unit
    else:
        unit = None
    if status == Status.REGULAR and not note:
        raise HousingError(
            gettext("Write where the regular housing process stands now."), field="note"
        )
    allocation = HousingAllocation.objects.create(
        programme=participant.programme,
        participant=participant,
        unit=unit,
        status=status,
        since=since,
        note=note,
        support_money=now.support_money if now else False,
        support_participation=now.support_participation if now else False,
        recorded_by=by,
    )
    if status == Status.MOVED_IN and participant.municipality_id != unit.municipality_id:
        participant.municipality_id = unit.municipality_id
        participant.save(update_fields=["municipality", "updated_at"])
    return allocation


@transaction.atomic
def set_support(participant, *, support_money, support_participation, by):
    """Change the support topics: a copy of the latest row with the new topics.

    The status and its date stay, so a place on the waiting list is kept.
    """
    Participant.objects.select_for_update().filter(pk=participant.pk).first()
    now = latest(participant)
    if now is None:
        raise HousingError(
            gettext("First record the housing status. Then you can choose support topics.")
        )
    if (now.support_money, now.support_participation) == (support_money, support_participation):
        raise HousingError(gettext("Nothing changed. Tick or untick a support topic."))
    return HousingAllocation.objects.create(
        programme=participant.programme,
        participant=participant,
        unit=now.unit,
        status=now.status,
        since=now.since,
        note=now.note,
        support_money=support_money,
        support_participation=support_participation,
        recorded_by=by,
    )


def add_unit(programme, *, complex, label, address, municipality) -> HousingUnit:
    """A new home of ``programme``; the building and name together are unique."""
    complex, label, address = complex.strip(), label.strip(), address.strip()
    if HousingUnit.objects.filter(programme=programme, complex=complex, label=label).exists():
        raise HousingError(
            gettext("%(building)s already has a home called “%(home)s”.")
            % {"building": complex, "home": label},
            field="label",
        )
    return HousingUnit.objects.create(
        programme=programme,
        complex=complex,
        label=label,
        address=address,
        municipality=municipality,
    )


# The programme's homes -----------------------------------------------------------------------


@dataclass
class Building:
    name: str
    homes: list = field(default_factory=list)  # (unit, current row or None)

    @property
    def free(self) -> int:
        return sum(1 for _unit, row in self.homes if row is None)


def waiting_list(programme) -> list[HousingAllocation]:
    """Everyone whose latest row is "waiting", longest waiting first."""
    return list(
        current_rows(programme)
        .filter(status=Status.WAITING)
        .select_related("participant")
        .order_by("since", "pk")
    )


def overview(programme) -> dict:
    """The homes by building with who holds each now, and the waiting list. Three queries."""
    units = HousingUnit.objects.filter(programme=programme).select_related("municipality")
    holders = {
        row.unit_id: row
        for row in current_rows(programme).filter(status__in=HOLDING).select_related("participant")
    }
    buildings = {}
    for unit in units.order_by("complex", "label"):
        building = buildings.setdefault(unit.complex, Building(unit.complex))
        building.homes.append((unit, holders.get(unit.pk)))
    buildings = list(buildings.values())
    return {
        "buildings": buildings,
        "home_count": sum(len(building.homes) for building in buildings),
        "free_count": sum(building.free for building in buildings),
        "waiting": waiting_list(programme),
    }


# Remembering what was typed across the redirect ---------------------------------------------


def remember_typed(request, key, refusal=None, **extra):
    """Keep a refused form's values (and the refusal) in the session for the page to show.

    The participant page shows the section's forms; a POST to an action redirects back
    there, so the typed values travel in the session under ``key``.
    """
    data = {name: value for name, value in request.POST.items() if name != "csrfmiddlewaretoken"}
    stored = {"data": data, **extra}
    if refusal is not None:
        stored["refusal"] = {"field": refusal.field, "message": refusal.message}
    request.session[key] = stored


def recall_typed(request, key) -> dict | None:
    """What ``remember_typed`` kept, once: it is gone after this."""
    return request.session.pop(key, None)


def bind_typed(form_class, stored, **kwargs):
    """A form bound to the remembered values, with the remembered refusal on its field."""
    form = form_class(stored["data"], **kwargs)
    refusal = stored.get("refusal")
    if form.is_valid() and refusal:
        form.add_error(refusal["field"], refusal["message"])
    return form


# The section on the coordinator's participant page -------------------------------------------


def housing_key(participant) -> str:
    return f"form:{participant.pk}:housing"


@dataclass
class HousingSection:
    participant: Participant
    current: HousingAllocation | None
    history: list  # every row, newest first; ``support_only`` marks a change of topics
    waiting_position: int | None
    form: object = None
    support_form: object = None


def _mark_support_changes(history):
    """A row that repeats the row before it but for the topics is a change of topics."""
    for index, row in enumerate(history):
        before = history[index + 1] if index + 1 < len(history) else None
        row.support_only = (
            before is not None
            and (row.status, row.unit_id, row.since, row.note)
            == (before.status, before.unit_id, before.since, before.note)
            and (row.support_money, row.support_participation)
            != (before.support_money, before.support_participation)
        )


def waiting_position(row) -> int:
    """Where ``row`` (a latest "waiting" row) is on the waiting list: 1 is first."""
    ahead = (
        current_rows(row.programme_id)
        .filter(status=Status.WAITING)
        .filter(Q(since__lt=row.since) | Q(since=row.since, pk__lt=row.pk))
        .count()
    )
    return ahead + 1


def coordinator_section(request, participant) -> dict:
    """Context for ``participant/_housing.html``: coordinators and admins only.

    Queries: the history (1), the waiting-list position when waiting (1), and the homes
    for the form when it is rendered (1). A refused form comes back from the session.
    """
    if not request.roles & REVIEWER_ROLES:
        return {"housing_section": None}
    from participants.housing_forms import AllocationForm, SupportForm

    history = list(
        HousingAllocation.objects.filter(programme=request.programme, participant=participant)
        .select_related("unit__municipality", "recorded_by")
        .order_by("-since", "-pk")
    )
    _mark_support_changes(history)
    current = history[0] if history else None
    position = None
    if current is not None and current.status == Status.WAITING:
        position = waiting_position(current)

    stored = recall_typed(request, housing_key(participant))
    form = support_form = None
    if stored and stored.get("form") == "support":
        support_form = bind_typed(SupportForm, stored, prefix="support")
    elif stored:
        form = bind_typed(AllocationForm, stored, programme=request.programme)
    if form is None:
        form = AllocationForm(programme=request.programme)
    if support_form is None and current is not None:
        support_form = SupportForm(
            prefix="support",
            initial={
                "support_money": current.support_money,
                "support_participation": current.support_participation,
            },
        )
    return {
        "housing_section": HousingSection(
            participant=participant,
            current=current,
            history=history,
            waiting_position=position,
            form=form,
            support_form=support_form,
        )
    }
