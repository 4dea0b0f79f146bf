"""Finding entries in a programme's audit log: the coordinator's filter."""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit.models import Action, AuditEntry
from portal.formtools import DATE_ERRORS, date_input


class LogFilterForm(forms.Form):
    """What the coordinator is looking for. Every field is optional."""

    q = forms.CharField(
        label=_("Search by participant or staff member"),
        help_text=_("A name or a participant number."),
        required=False,
        max_length=100,
    )
    action = forms.ChoiceField(
        label=_("What happened"),
        required=False,
        choices=[("", _("Everything")), *Action.choices],
    )
    date_from = forms.DateField(
        label=_("On or after"), required=False, widget=date_input(), error_messages=DATE_ERRORS
    )
    date_to = forms.DateField(
        label=_("On or before"), required=False, widget=date_input(), error_messages=DATE_ERRORS
    )
    participant = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("This date is before the first date."))
            # Half a range says nothing: no date filter until the range is right.
            data.pop("date_from", None)
        return data


def _start_of(day: datetime.date) -> datetime.datetime:
    """Midnight at the start of ``day`` in the site's time zone (the log stores UTC)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def search_entries(programme, *, q="", action="", date_from=None, date_to=None, participant=None):
    """Entries of ``programme``, newest first, matching every filter given."""
    entries = AuditEntry.objects.filter(programme=programme).select_related("participant")
    if participant is not None:
        entries = entries.filter(participant=participant)
    for word in q.split():
        entries = entries.filter(
            Q(participant__given_name__icontains=word)
            | Q(participant__family_name__icontains=word)
            | Q(participant__number__icontains=word)
            | Q(actor_name__icontains=word)
            | Q(actor_email__icontains=word)
        )
    if action:
        entries = entries.filter(action=action)
    if date_from:
        entries = entries.filter(at__gte=_start_of(date_from))
    if date_to:
        entries = entries.filter(at__lt=_start_of(date_to + datetime.timedelta(days=1)))
    return entries.order_by("-at", "-pk")
