"""The participant decides which of their barriers go into their skills dossier.

A barrier is in nobody's dossier until the participant adds it. Only barriers the
participant can see themselves can be added; the dossier (``dossiers/content.py``)
leaves out any barrier staff no longer show them. Each choice is written to the
barrier's history, so the coordinator sees who changed it and when.
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext

from barriers.models import BarrierEvent, ParticipantBarrier
from participants.models import Participant
from portal.access import role_required
from programmes.models import Role


@transaction.atomic
def set_in_dossier(barrier, share: bool, *, by) -> bool:
    """Add the barrier to the participant's dossier or take it out. False: nothing changed."""
    barrier = ParticipantBarrier.objects.select_for_update().get(pk=barrier.pk)
    if barrier.in_dossier == share:
        return False
    barrier.in_dossier = share
    barrier.save(update_fields=["in_dossier", "updated_at"])
    BarrierEvent.objects.create(
        programme_id=barrier.programme_id,
        barrier=barrier,
        from_status=barrier.status,
        to_status=barrier.status,
        note=(
            gettext("The participant added it to their dossier.")
            if share
            else gettext("The participant took it out of their dossier.")
        ),
        by=by,
    )
    return True


@role_required(Role.PARTICIPANT)
def share_in_dossier(request, programme, barrier):
    """POST ``in_dossier=1`` to add one of my own barriers to my dossier, ``0`` to take it out.

    The barrier is looked up through the participant's own record first, so another
    person's or programme's barrier is a 404 whatever the method.
    """
    participant = get_object_or_404(Participant, programme=request.programme, user=request.user)
    item = get_object_or_404(
        ParticipantBarrier,
        programme=request.programme,
        participant=participant,
        shared_with_participant=True,
        pk=barrier,
    )
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    share = request.POST.get("in_dossier") == "1"
    set_in_dossier(item, share, by=request.user)
    name = item.barrier_type.name
    if share:
        messages.success(request, gettext("“%(name)s” is now in your dossier.") % {"name": name})
    else:
        messages.success(
            request, gettext("“%(name)s” is no longer in your dossier.") % {"name": name}
        )
    return redirect("barriers:mine", programme=request.programme.slug)
