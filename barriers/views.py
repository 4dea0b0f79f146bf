"""Barriers: the programme's catalogue, one participant's barriers, and the participant's own list.

The views read the request and call ``barriers.lifecycle``, which checks the
rules and writes the history. POST-only views look the participant and barrier
up first: an id of another programme or person is a 404 whatever the method.
Each page runs a fixed number of queries, however many barriers or actions.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from audit.log import record, viewed_file
from audit.models import Action
from barriers import lifecycle
from barriers.forms import ActionForm, EditForm, IdentifyForm, StatusForm
from barriers.lifecycle import CLOSED, BarrierError
from barriers.models import BarrierAction, BarrierEvent, BarrierType, ParticipantBarrier
from participants.access import get_participant_for
from participants.models import Participant
from portal.access import role_required
from programmes.models import Role

Status = ParticipantBarrier.Status


def _solutions(barrier_type) -> list[str]:
    return [line.strip() for line in (barrier_type.solutions or "").splitlines() if line.strip()]


def _mark(barriers):
    """Add what the templates need and the model does not say: open, overdue."""
    today = timezone.localdate()
    for barrier in barriers:
        barrier.is_open = barrier.status not in CLOSED
        barrier.is_overdue = bool(barrier.is_open and barrier.due_on and barrier.due_on < today)
    return barriers


@role_required(Role.COORDINATOR, Role.ADMIN)
def catalogue(request, programme):
    """The programme's barriers in use, with their description and solution directions."""
    barrier_types = list(BarrierType.objects.filter(programme=request.programme, is_active=True))
    for barrier_type in barrier_types:
        barrier_type.solution_list = _solutions(barrier_type)
    return render(
        request,
        "barriers/catalogue.html",
        {"barrier_types": barrier_types, "is_admin": Role.ADMIN.value in request.roles},
    )


def _participant(request, pk) -> Participant:
    return get_participant_for(request, pk)


def _identify_form(request, data=None):
    return IdentifyForm(
        data,
        barrier_types=lifecycle.active_types(request.programme),
        owners=lifecycle.possible_owners(request.programme),
        initial={"owner": request.user.pk, "shared": True},
    )


def _participant_page(request, participant, form):
    barriers = _mark(
        list(
            ParticipantBarrier.objects.filter(
                programme=request.programme, participant=participant
            ).select_related("barrier_type", "owner")
        )
    )
    context = {
        "participant": participant,
        "open_barriers": [barrier for barrier in barriers if barrier.is_open],
        "closed_barriers": [barrier for barrier in barriers if not barrier.is_open],
        "form": form,
    }
    return render(request, "barriers/participant.html", context)


@viewed_file("barriers")
@role_required(Role.COORDINATOR, Role.ADMIN)
def participant_barriers(request, programme, pk):
    """The person's barriers with status, owner and due date; POST identifies a new one."""
    participant = _participant(request, pk)
    if request.method != "POST":
        return _participant_page(request, participant, _identify_form(request))
    form = _identify_form(request, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            barrier = lifecycle.identify(
                participant,
                data["barrier_type"],
                data["how_it_shows"],
                by=request.user,
                owner=data["owner"],
                due_on=data["due_on"],
                next_step=data["next_step"],
                shared=data["shared"],
            )
        except BarrierError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail="barrier")
            messages.success(
                request,
                gettext("The barrier “%(name)s” is added.") % {"name": barrier.barrier_type.name},
            )
            return redirect(_detail_url(request, barrier))
    return _participant_page(request, participant, form)


def _barrier(request, participant, barrier_pk) -> ParticipantBarrier:
    barrier = (
        ParticipantBarrier.objects.filter(
            programme=request.programme, participant=participant, pk=barrier_pk
        )
        .select_related("barrier_type", "owner", "identified_by")
        .first()
    )
    if barrier is None:
        raise Http404("No such barrier for this participant.")
    return barrier


def _detail_url(request, barrier):
    return reverse(
        "barriers:detail",
        kwargs={
            "programme": request.programme.slug,
            "pk": barrier.participant_id,
            "barrier": barrier.pk,
        },
    )


def _detail_page(request, participant, barrier, **forms_with_errors):
    actions = list(
        BarrierAction.objects.filter(programme=request.programme, barrier=barrier).select_related(
            "by"
        )
    )
    events = list(
        BarrierEvent.objects.filter(programme=request.programme, barrier=barrier).select_related(
            "by"
        )
    )
    for event in events:
        event.from_label = Status(event.from_status).label if event.from_status else ""
    context = {
        "participant": participant,
        "barrier": _mark([barrier])[0],
        "actions": actions,
        "events": events,
        "solutions": _solutions(barrier.barrier_type),
        "status_form": StatusForm(barrier=barrier),
        "action_form": ActionForm(),
        "edit_form": EditForm(
            initial=EditForm.initial_for(barrier),
            owners=lifecycle.possible_owners(request.programme),
        ),
        **forms_with_errors,
    }
    return render(request, "barriers/detail.html", context)


@viewed_file("barrier")
@role_required(Role.COORDINATOR, Role.ADMIN)
def barrier_detail(request, programme, pk, barrier):
    """How it shows, the actions with evidence, the history, and what could help."""
    participant = _participant(request, pk)
    return _detail_page(request, participant, _barrier(request, participant, barrier))


def _record(request, pk, barrier_pk, *, make_form, action, form_name, done, audit_detail):
    """One POST action on a barrier: validate, let ``action`` do the work, say what happened.

    A refusal re-renders the page with the typed values and the message at its field;
    a change is logged with ``audit_detail``.
    """
    participant = _participant(request, pk)
    barrier = _barrier(request, participant, barrier_pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = make_form(request.POST, barrier)
    if form.is_valid():
        try:
            action(barrier, **form.cleaned_data)
        except BarrierError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail=audit_detail)
            messages.success(request, done(barrier))
            return redirect(_detail_url(request, barrier))
    return _detail_page(request, participant, barrier, **{form_name: form})


@role_required(Role.COORDINATOR, Role.ADMIN)
def change_status(request, programme, pk, barrier):
    """Move the barrier on: planned, in progress, solved, not applicable, or open again."""
    return _record(
        request,
        pk,
        barrier,
        make_form=lambda data, item: StatusForm(data, barrier=item),
        action=lambda item, status, note: lifecycle.change_status(
            item, status, by=request.user, note=note
        ),
        form_name="status_form",
        audit_detail="barrier status",
        done=lambda item: (
            gettext("Saved. The status is now “%(status)s”.")
            % {"status": item.get_status_display()}
        ),
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def add_action(request, programme, pk, barrier):
    """Record an action on the barrier, with a note and evidence."""
    return _record(
        request,
        pk,
        barrier,
        make_form=lambda data, item: ActionForm(data),
        action=lambda item, **data: lifecycle.add_action(item, by=request.user, **data),
        form_name="action_form",
        audit_detail="barrier action",
        done=lambda item: gettext("The action is saved."),
    )


@role_required(Role.PARTICIPANT)
def my_barriers(request, programme):
    """What is in my way, my next step and who helps me; solved ones folded away.

    Actions and notes stay with the staff: they may hold working notes.
    """
    participant = get_object_or_404(Participant, programme=request.programme, user=request.user)
    barriers = _mark(
        list(
            ParticipantBarrier.objects.filter(
                programme=request.programme,
                participant=participant,
                shared_with_participant=True,
                status__in=[*lifecycle.OPEN, Status.RESOLVED],
            )
            .select_related("barrier_type", "owner")
            .order_by("due_on", "pk")
        )
    )
    return render(
        request,
        "barriers/mine.html",
        {
            "open_barriers": [barrier for barrier in barriers if barrier.is_open],
            "solved_barriers": [barrier for barrier in barriers if not barrier.is_open],
        },
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def edit(request, programme, pk, barrier):
    """Change who helps, the due date, the next step, or whether the participant sees it."""
    saved = []

    def update(item, **data):
        saved.append(lifecycle.update(item, by=request.user, **data))

    return _record(
        request,
        pk,
        barrier,
        make_form=lambda data, item: EditForm(
            data, owners=lifecycle.possible_owners(request.programme)
        ),
        action=update,
        form_name="edit_form",
        audit_detail="barrier change",
        done=lambda item: (
            gettext("The changes are saved.") if saved[0] else gettext("Nothing changed.")
        ),
    )
