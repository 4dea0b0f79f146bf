"""Finding participants: the coordinator's search and filter."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from participants.models import Participant


class ParticipantFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search by name or number"),
        required=False,
        max_length=100,
    )
    stage = forms.ModelChoiceField(
        label=_("Stage"),
        queryset=None,
        required=False,
        empty_label=_("All stages"),
        to_field_name="key",
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = programme.stages.all()


def search_participants(programme, *, q: str = "", stage=None):
    """Participants of ``programme`` matching a name or number fragment and a stage."""
    participants = Participant.objects.filter(programme=programme).select_related(
        "current_stage", "municipality"
    )
    for word in q.split():
        participants = participants.filter(
            Q(given_name__icontains=word)
            | Q(family_name__icontains=word)
            | Q(number__icontains=word)
        )
    if stage is not None:
        participants = participants.filter(current_stage=stage)
    return participants.order_by("family_name", "given_name", "pk")
