"""Credentials of one participant, for coordinators and admins: the list with a form to
start one, and one credential's page to change its status, dates and checklist.

The views read the request and call ``participants.credentials``, which checks the rules.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.log import record, viewed_file
from audit.models import Action
from participants import credentials
from participants.access import get_participant_for
from participants.models import Credential
from participants.views.participant_page import DATE_ERRORS, _date_input
from portal.access import role_required
from portal.formtools import link_help_texts
from programmes.models import Role


def _optional_date(label, help_text=""):
    return forms.DateField(
        label=label,
        required=False,
        widget=_date_input(),
        error_messages=DATE_ERRORS,
        help_text=help_text,
    )


class CredentialFields(forms.Form):
    """The fields a credential shares between starting it and changing it."""

    title = forms.CharField(
        label=_("What"),
        required=False,
        max_length=160,
        help_text=_("For example: nursing diploma, Syria, 2015."),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=Credential.Status.choices,
        initial=Credential.Status.TO_DO,
        error_messages={"required": _("Choose a status.")},
    )
    evaluated_by = forms.CharField(
        label=_("Evaluated by"),
        required=False,
        max_length=80,
        help_text=_("For example: Nuffic, IDW, CBGV."),
    )
    dutch_level = forms.CharField(
        label=_("Dutch equivalent"),
        required=False,
        max_length=120,
        help_text=_("For example: MBO level 4."),
    )
    big_path = forms.ChoiceField(
        label=_("BIG path"),
        required=False,
        choices=[("", _("Not for this credential")), *Credential.BigPath.choices],
        help_text=_("Only for a BIG registration."),
    )
    applied_on = _optional_date(_("Applied on"))
    expected_start = _optional_date(
        _("Expected start"), _("For a waiting list: when the participant can expect to start.")
    )
    decided_on = _optional_date(_("Decided on"), _("Needed when the status is done or refused."))
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        link_help_texts(self)


class NewCredentialForm(CredentialFields):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=Credential.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what kind of credential it is.")},
    )
    field_order = ["kind"]


class CredentialForm(CredentialFields):
    """Change a credential; ``done`` are the checklist items that are done."""

    done = forms.TypedMultipleChoiceField(
        label=_("Documents that are ready"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    new_item = forms.CharField(
        label=_("Add a document to the checklist"),
        required=False,
        max_length=160,
    )

    def __init__(self, *args, credential, **kwargs):
        super().__init__(*args, **kwargs)
        items = credentials.checklist_items(credential)
        self.fields["done"].choices = [(item["index"], item["label"]) for item in items]


def _list_url(request, participant):
    return reverse(
        "participants:participant_credentials",
        kwargs={"programme": request.programme.slug, "pk": participant.pk},
    )


@viewed_file("credentials")
@role_required(Role.COORDINATOR, Role.ADMIN)
def participant_credentials(request, programme, pk):
    """The participant's credentials; start a new one (POST)."""
    participant = get_participant_for(request, pk)
    form = NewCredentialForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            credential = credentials.create_credential(
                participant, by=request.user, **form.cleaned_data
            )
        except credentials.CredentialError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail="credentials")
            messages.success(
                request,
                gettext("Saved: %(kind)s.") % {"kind": credential.get_kind_display()},
            )
            return redirect(f"{_list_url(request, participant)}#credential-{credential.pk}")
    items = credentials.credentials_of(participant)
    context = {
        "participant": participant,
        "form": form,
        "credentials": [
            {"credential": item, "checklist": credentials.checklist_items(item)} for item in items
        ],
    }
    return render(request, "participants/credentials/list.html", context)


@viewed_file("credentials")
@role_required(Role.COORDINATOR, Role.ADMIN)
def credential_detail(request, programme, pk, credential):
    """One credential: change its status, dates and checklist (POST)."""
    participant = get_participant_for(request, pk)
    item = credentials.get_credential_for(request, participant, credential)
    if request.method == "POST":
        form = CredentialForm(request.POST, credential=item)
        if form.is_valid():
            try:
                credentials.update_credential(item, by=request.user, **form.cleaned_data)
            except credentials.CredentialError as refusal:
                form.add_error(refusal.field, refusal.message)
            else:
                record(request, Action.CHANGED, participant=participant, detail="credentials")
                messages.success(request, gettext("The changes are saved."))
                return redirect(f"{_list_url(request, participant)}#credential-{item.pk}")
    else:
        initial = {name: getattr(item, name) for name in credentials.FIELDS}
        initial["done"] = [
            entry["index"] for entry in credentials.checklist_items(item) if entry["done"]
        ]
        form = CredentialForm(initial=initial, credential=item)
    context = {
        "participant": participant,
        "credential": item,
        "checklist": credentials.checklist_items(item),
        "form": form,
    }
    return render(request, "participants/credentials/detail.html", context)
