"""The reviewer's forms: scores per criterion, and a decision with its reason."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participants.models import Intake
from portal.formtools import link_help_texts

Status = Intake.Status


def criterion_field_name(criterion) -> str:
    return f"criterion_{criterion.pk}"


class ReviewForm(forms.Form):
    """A score per criterion (1 up to its highest score, or none yet) and a note."""

    note = forms.CharField(
        label=_("Your note"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Why you gave these scores. Other reviewers can read your note."),
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            name = criterion_field_name(criterion)
            self.fields[name] = forms.TypedChoiceField(
                label=criterion.name,
                help_text=criterion.description,
                required=False,
                coerce=int,
                empty_value=None,
                choices=[("", gettext("No score yet"))]
                + [(value, str(value)) for value in range(1, criterion.scale_max + 1)],
                widget=forms.RadioSelect,
                error_messages={
                    "invalid_choice": gettext("Choose a score from 1 to %(max)s.")
                    % {"max": criterion.scale_max}
                },
            )
        # The note last, after the scores.
        self.order_fields([*map(criterion_field_name, self.criteria), "note"])
        link_help_texts(self)

    def score_fields(self):
        return [self[criterion_field_name(criterion)] for criterion in self.criteria]

    def scores(self) -> dict[int, int]:
        """criterion id -> score, for the criteria the reviewer scored."""
        return {
            criterion.pk: self.cleaned_data[criterion_field_name(criterion)]
            for criterion in self.criteria
            if self.cleaned_data.get(criterion_field_name(criterion)) is not None
        }

    @classmethod
    def initial_for(cls, review) -> dict:
        if review is None:
            return {}
        initial = {"note": review.note}
        for score in review.scores.all():
            initial[f"criterion_{score.criterion_id}"] = score.value
        return initial


class DecisionForm(forms.Form):
    """The decision, the reason, and for an interview when and where.

    The form only reads the values; ``decide`` checks the rules, so the tests and
    the page give the same messages.
    """

    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (Status.INTERVIEW.value, _("Invite to an interview")),
            (Status.ACCEPTED.value, _("Accept")),
            (Status.WAITING_LIST.value, _("Put on the waiting list")),
            (Status.NOT_SELECTED.value, _("Do not select")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a decision.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The applicant reads this in the email and on their application page."),
    )
    interview_at = forms.DateTimeField(
        label=_("Date and time of the interview"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        # Browsers send ISO dates (2026-03-14T10:30), which DateTimeField always reads.
        error_messages={"invalid": _("Enter a date and a time, for example 2026-03-14 10:30.")},
    )
    interview_place = forms.CharField(
        label=_("Place of the interview"),
        required=False,
        max_length=200,
        help_text=_("The address, or for example: COA office, room 2."),
    )
    interview_link = forms.URLField(
        label=_("Link for a video call"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Enter a full web address, starting with https://.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        link_help_texts(self)
