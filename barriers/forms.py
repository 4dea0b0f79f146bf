"""The coordinator's forms for barriers. ``barriers.lifecycle`` checks the rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from barriers.lifecycle import ALLOWED_MOVES
from barriers.models import ParticipantBarrier
from portal.formtools import DATE_ERRORS, link_help_texts
from portal.formtools import date_input as _date_input

Status = ParticipantBarrier.Status


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name or obj.email


class IdentifyForm(forms.Form):
    barrier_type = forms.ModelChoiceField(
        label=_("Barrier"),
        queryset=None,
        empty_label=_("Choose a barrier"),
        error_messages={
            "required": _("Choose a barrier."),
            "invalid_choice": _("Choose a barrier of this programme."),
        },
    )
    how_it_shows = forms.CharField(
        label=_("How does it show for this person?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write how the barrier shows for this person.")},
    )
    next_step = forms.CharField(
        label=_("Next step"),
        required=False,
        max_length=300,
        help_text=_("The participant reads this. Write it in plain words."),
    )
    owner = OwnerChoiceField(
        label=_("Who helps?"),
        queryset=None,
        required=False,
        empty_label=_("Nobody yet"),
        error_messages={"invalid_choice": _("Choose someone who works in this programme.")},
    )
    due_on = forms.DateField(
        label=_("Due on"), required=False, widget=_date_input(), error_messages=DATE_ERRORS
    )
    shared = forms.BooleanField(
        label=_("The participant sees this barrier"), required=False, initial=True
    )

    def __init__(self, *args, barrier_types, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["barrier_type"].queryset = barrier_types
        self.fields["owner"].queryset = owners
        link_help_texts(self)


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"),
        choices=Status.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the new status.")},
    )
    note = forms.CharField(
        label=_("Why?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when a solved barrier is opened again."),
    )

    def __init__(self, *args, barrier, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer the moves the rules allow; a stale page still posts, and the rules refuse it.
        allowed = ALLOWED_MOVES[Status(barrier.status)]
        self.fields["status"].choices = [
            (value, label) for value, label in Status.choices if value in allowed
        ]
        self.fields["status"].error_messages["invalid_choice"] = _(
            "This status is not possible now. Choose one of the list."
        )
        link_help_texts(self)


class ActionForm(forms.Form):
    description = forms.CharField(
        label=_("Action"),
        max_length=300,
        error_messages={"required": _("Write what will be done.")},
    )
    due_on = forms.DateField(
        label=_("Due on"), required=False, widget=_date_input(), error_messages=DATE_ERRORS
    )
    done_on = forms.DateField(
        label=_("Done on"), required=False, widget=_date_input(), error_messages=DATE_ERRORS
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        max_length=300,
        help_text=_("What shows it, for example a certificate or a letter."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        link_help_texts(self)


class EditForm(forms.Form):
    """Change who helps, by when, the next step, and whether the participant sees it."""

    next_step = IdentifyForm.base_fields["next_step"]
    owner = IdentifyForm.base_fields["owner"]
    due_on = IdentifyForm.base_fields["due_on"]
    shared = IdentifyForm.base_fields["shared"]

    def __init__(self, *args, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owners
        link_help_texts(self)

    @classmethod
    def initial_for(cls, barrier):
        return {
            "next_step": barrier.next_step,
            "owner": barrier.owner_id,
            "due_on": barrier.due_on,
            "shared": barrier.shared_with_participant,
        }
