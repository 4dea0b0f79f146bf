"""Dutch language levels: the coordinator's page per participant and the participant's own
progress (levels, target, gap and credentials), read-only, on a phone.

The views read the request and call ``participants.languages``, which checks the rules.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.log import record, viewed_file
from audit.models import Action
from participants import credentials, languages
from participants.access import get_participant_for
from participants.models import LanguageAssessment, Participant
from participants.models.intake import CEFR
from participants.views.participant_page import DATE_ERRORS, _date_input
from portal.access import role_required
from portal.formtools import link_help_texts
from programmes.models import Role


class AssessmentForm(forms.Form):
    """A level for one skill. ``languages.add_assessment`` checks the date."""

    skill = forms.ChoiceField(
        label=_("Skill"),
        choices=LanguageAssessment.Skill.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a skill.")},
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[("", _("Choose a level")), *CEFR.choices],
        error_messages={"required": _("Choose a level."), "invalid_choice": _("Choose a level.")},
    )
    assessed_on = forms.DateField(
        label=_("Date of the test or estimate"),
        widget=_date_input(),
        error_messages={**DATE_ERRORS, "required": _("Enter the date.")},
    )
    source = forms.ChoiceField(
        label=_("Where does the level come from?"),
        choices=LanguageAssessment.Source.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose where the level comes from.")},
    )
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        max_length=300,
        help_text=_("For example: the name of the test, the certificate number or the school."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"assessed_on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        link_help_texts(self)


@viewed_file("languages")
@role_required(Role.COORDINATOR, Role.ADMIN)
def participant_languages(request, programme, pk):
    """Levels per skill with target, gap, progress and history; add a level (POST)."""
    participant = get_participant_for(request, pk)
    form = AssessmentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = languages.add_assessment(participant, by=request.user, **form.cleaned_data)
        except languages.LanguageError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail="languages")
            messages.success(
                request,
                gettext("Saved: %(skill)s %(level)s.")
                % {"skill": assessment.get_skill_display(), "level": assessment.level},
            )
            url = reverse(
                "participants:participant_languages",
                kwargs={"programme": request.programme.slug, "pk": participant.pk},
            )
            return redirect(f"{url}#levels")
    context = {"participant": participant, "form": form, **languages.language_overview(participant)}
    return render(request, "participants/languages/page.html", context)


@role_required(Role.PARTICIPANT)
def my_progress(request, programme):
    """My Dutch levels, the level my goal needs and how far I am; my credentials."""
    participant = get_object_or_404(
        Participant.objects.all(), programme=request.programme, user=request.user
    )
    items = credentials.credentials_of(participant)
    context = {
        "participant": participant,
        "credentials": [
            {"credential": item, "checklist": credentials.checklist_items(item)} for item in items
        ],
        **languages.language_overview(participant),
    }
    return render(request, "participants/languages/my_progress.html", context)
