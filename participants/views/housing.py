"""Housing in the browser: the programme's homes and waiting list, and a participant's housing.

For coordinators and programme admins. The views read the request and call
``participants.housing``, which checks the rules and does the work.

``allocate`` takes only POST, but looks the participant up first: an id of another
programme is a 404 whatever the method. Its forms live on the participant's page, so a
refused form goes back there with the typed values kept in the session.
"""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.log import record
from audit.models import Action
from participants import housing
from participants.access import get_participant_for
from participants.housing import HousingError
from participants.housing_forms import AllocationForm, SupportForm, UnitForm
from participants.models import HousingAllocation
from portal.access import role_required
from programmes.models import Role

SUCCESS = {
    HousingAllocation.Status.WAITING: gettext_lazy("%(name)s is on the waiting list."),
    HousingAllocation.Status.OFFERED: gettext_lazy("The offer of %(home)s to %(name)s is saved."),
    HousingAllocation.Status.ACCEPTED: gettext_lazy("%(name)s accepted %(home)s."),
    HousingAllocation.Status.MOVED_IN: gettext_lazy(
        "%(name)s moved into %(home)s. They are now housed in %(municipality)s."
    ),
    HousingAllocation.Status.MOVED_OUT: gettext_lazy("%(name)s moved out of %(home)s."),
    HousingAllocation.Status.REGULAR: gettext_lazy(
        "The regular housing process of %(name)s is saved."
    ),
}


def participant_page(participant, anchor):
    url = reverse(
        "participants:participant_detail",
        kwargs={"programme": participant.programme.slug, "pk": participant.pk},
    )
    return redirect(f"{url}#{anchor}")


@role_required(Role.COORDINATOR, Role.ADMIN)
def allocate(request, programme, pk):
    """Record a change of the participant's housing, or of their support topics."""
    participant = get_participant_for(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    key = housing.housing_key(participant)
    if request.POST.get("form") == "support":
        form = SupportForm(request.POST, prefix="support")
        refusal = None
        if form.is_valid():
            try:
                housing.set_support(participant, by=request.user, **form.cleaned_data)
            except HousingError as error:
                refusal = error
            else:
                record(request, Action.CHANGED, participant=participant, detail="housing support")
                messages.success(request, _("The support topics are saved."))
                return participant_page(participant, "housing")
        housing.remember_typed(request, key, refusal, form="support")
    else:
        form = AllocationForm(request.POST, programme=request.programme)
        refusal = None
        if form.is_valid():
            try:
                row = housing.change(participant, by=request.user, **form.cleaned_data)
            except HousingError as error:
                refusal = error
            else:
                record(request, Action.CHANGED, participant=participant, detail="housing")
                messages.success(request, _success_message(participant, row))
                return participant_page(participant, "housing")
        housing.remember_typed(request, key, refusal, form="allocation")
    messages.error(
        request,
        refusal.message
        if refusal
        else _("The housing is not saved. Check the form under “Housing”."),
    )
    return participant_page(participant, "housing")


def _success_message(participant, row):
    return SUCCESS[row.status] % {
        "name": participant.full_name,
        "home": row.unit,
        "municipality": row.unit.municipality if row.unit else "",
    }


@role_required(Role.COORDINATOR, Role.ADMIN)
def units(request, programme):
    """The programme's homes by building, who lives where, the waiting list; add a home."""
    form = UnitForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            unit = housing.add_unit(request.programme, **form.cleaned_data)
        except HousingError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            messages.success(request, _("%(home)s is added.") % {"home": unit})
            return redirect("participants:housing_units", programme=request.programme.slug)
    return render(
        request,
        "participants/housing/units.html",
        {"form": form, **housing.overview(request.programme)},
    )
