"""A participant's important dates, for coordinators and admins: the list, a form to add
one, and a button to remove one. The views read the request and call
``participants.key_dates``, which checks the rules.
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.log import record, viewed_file
from audit.models import Action
from participants import key_dates
from participants.access import get_participant_for
from participants.models import KeyDate
from portal.access import role_required
from portal.formtools import DATE_ERRORS, date_input, link_help_texts
from programmes.models import Role


class KeyDateForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What is the date about?"),
        choices=KeyDate.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what the date is about.")},
    )
    date = forms.DateField(
        label=_("Date"),
        widget=date_input(),
        help_text=_("The day of the exam or test, or the last day the document is valid."),
        error_messages={**DATE_ERRORS, "required": _("Enter the date.")},
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=200,
        help_text=_("For example: the place of the exam. The participant reads this."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        link_help_texts(self)


def _list_url(request, participant):
    return reverse(
        "participants:participant_key_dates",
        kwargs={"programme": request.programme.slug, "pk": participant.pk},
    )


@viewed_file("key_dates")
@role_required(Role.COORDINATOR, Role.ADMIN)
def participant_key_dates(request, programme, pk):
    """The participant's important dates; add one (POST)."""
    participant = get_participant_for(request, pk)
    form = KeyDateForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            added = key_dates.add_key_date(participant, by=request.user, **form.cleaned_data)
        except key_dates.KeyDateError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail="key_dates")
            messages.success(
                request,
                gettext("Saved: %(kind)s on %(date)s. Reminders go out before this date.")
                % {
                    "kind": added.get_kind_display(),
                    "date": formats.date_format(added.date, "j F Y"),
                },
            )
            return redirect(_list_url(request, participant))
    context = {
        "participant": participant,
        "form": form,
        "key_dates": key_dates.key_dates_of(participant),
    }
    return render(request, "participants/key_dates/list.html", context)


@role_required(Role.COORDINATOR, Role.ADMIN)
def remove_key_date(request, programme, pk, key_date):
    """Remove one date (POST): it was a mistake, or it is no longer true."""
    participant = get_participant_for(request, pk)
    item = key_dates.get_key_date_for(participant, key_date)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    key_dates.remove_key_date(item)
    record(request, Action.CHANGED, participant=participant, detail="key_dates")
    messages.success(
        request,
        gettext("Removed: %(kind)s on %(date)s.")
        % {"kind": item.get_kind_display(), "date": formats.date_format(item.date, "j F Y")},
    )
    return redirect(_list_url(request, participant))
