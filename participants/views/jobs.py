"""Jobs in the browser: a coordinator records a placement and its follow-ups.

The views read the request and call ``participants.jobs``, which checks the rules and
does the work. Both take only POST, but look the participant (and the placement) up
first: an id of another programme is a 404 whatever the method. Their forms live on the
participant's page, so a refused form goes back there with the typed values kept in the
session.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.utils import formats
from django.utils.translation import gettext as _

from audit.log import record
from audit.models import Action
from participants import jobs
from participants.access import get_participant_for
from participants.housing import remember_typed
from participants.job_forms import FollowUpForm, PlacementForm
from participants.jobs import JobError
from participants.models import JobPlacement
from participants.views.housing import participant_page
from portal.access import role_required
from programmes.models import Role


@role_required(Role.COORDINATOR, Role.ADMIN)
def add_placement(request, programme, pk):
    """Record a job at an organisation of the programme, with its three follow-ups."""
    participant = get_participant_for(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = PlacementForm(request.POST, programme=request.programme)
    refusal = None
    if form.is_valid():
        try:
            placement = jobs.add_placement(participant, by=request.user, **form.cleaned_data)
        except JobError as error:
            refusal = error
        else:
            record(request, Action.CHANGED, participant=participant, detail="job")
            messages.success(
                request,
                _("The job at %(employer)s is saved. The first follow-up is on %(date)s.")
                % {
                    "employer": placement.employer,
                    "date": formats.date_format(jobs.due_on(placement.starts_on, 3), "j F Y"),
                },
            )
            if placement.klikgesprek == JobPlacement.Klik.NEGATIVE:
                messages.warning(
                    request,
                    _("The klikgesprek did not click. Talk with the participant and the employer."),
                )
            return participant_page(participant, "jobs")
    remember_typed(request, jobs.placement_key(participant), refusal)
    messages.error(
        request, refusal.message if refusal else _("The job is not saved. Check the form.")
    )
    return participant_page(participant, "new-job")


@role_required(Role.COORDINATOR, Role.ADMIN)
def follow_up(request, programme, pk, job, month):
    """Record the follow-up ``month`` months after the start of the job."""
    participant = get_participant_for(request, pk)
    placement = get_object_or_404(
        JobPlacement.objects.filter(programme=request.programme, participant=participant),
        pk=job,
    )
    if month not in jobs.MONTHS:
        raise Http404("No such follow-up.")
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FollowUpForm(request.POST, placement_id=placement.pk, month=month)
    refusal = None
    if form.is_valid():
        try:
            jobs.record_follow_up(placement, month, by=request.user, **form.cleaned_data)
        except JobError as error:
            refusal = error
        else:
            record(request, Action.CHANGED, participant=participant, detail="follow-up")
            messages.success(request, _("The follow-up is saved."))
            return participant_page(participant, f"job-{placement.pk}")
    remember_typed(
        request, jobs.follow_up_key(participant), refusal, placement=placement.pk, month=month
    )
    messages.error(
        request, refusal.message if refusal else _("The follow-up is not saved. Check the form.")
    )
    return participant_page(participant, f"follow-up-{placement.pk}-{month}")
