"""The participant gives or withdraws consent per purpose, on a phone."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from audit.log import record
from audit.models import Action
from audit.words import consent_detail
from participants.consent import answer, states
from participants.models import Participant, Purpose
from portal.access import role_required
from programmes.models import Role


@role_required(Role.PARTICIPANT)
def my_consent(request, programme):
    """Per purpose: the text, my current answer, and a button to say yes or no."""
    participant = get_object_or_404(
        Participant.objects.select_related("programme"),
        programme=request.programme,
        user=request.user,
    )
    if request.method == "POST":
        purpose = request.POST.get("purpose", "")
        choice = request.POST.get("given", "")
        current = {state.purpose: state for state in states(participant)}
        if (
            purpose not in Purpose.values
            or choice not in ("yes", "no")
            or current[purpose].text is None
        ):
            messages.error(request, _("This choice does not exist. Please try again."))
        else:
            answer(participant, purpose, choice == "yes", by=request.user)
            record(
                request,
                Action.CONSENT_CHANGED,
                participant=participant,
                detail=consent_detail(purpose, choice == "yes"),
            )
            if choice == "yes":
                messages.success(request, _("Thank you. Your permission is saved."))
            else:
                messages.success(
                    request, _("Your permission is withdrawn. This counts from now on.")
                )
        return redirect("participants:my_consent", programme=request.programme.slug)
    return render(request, "participants/consent/mine.html", {"states": states(participant)})
