"""Skills: staff assess a participant; the participant assesses themself on a phone.

The views read the request and call ``participants.skills``, which checks the rules
and does the work. A refused form comes back with what was typed, with status 200.
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
from participants import skills as framework
from participants.access import get_participant_for
from participants.models import Participant, Skill
from participants.skills import SkillError, evidence_field, level_field
from portal.access import role_required
from programmes.models import Role


class AssessmentForm(forms.Form):
    """A level from 1 to 4 (or "not seen") and a few words of evidence for every skill.

    Staff also give the date; a self-assessment is always of today.
    """

    assessed_on = forms.DateField(
        label=_("Date of the assessment"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("Enter a date, for example 2026-03-14."),
            "required": _("Enter the date."),
        },
    )

    def __init__(self, *args, skills, is_self=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.skills = skills
        self.is_self = is_self
        if is_self:
            del self.fields["assessed_on"]
        else:
            self.fields["assessed_on"].initial = timezone.localdate()
            self.fields["assessed_on"].widget.attrs["max"] = timezone.localdate().isoformat()
        labels = framework.SELF_LEVEL_LABELS if is_self else framework.STAFF_LEVEL_LABELS
        not_seen = _("I do not know yet") if is_self else _("Not seen")
        for skill in skills:
            self.fields[level_field(skill.pk)] = forms.TypedChoiceField(
                label=skill.name,
                help_text=skill.description,
                required=False,
                coerce=int,
                empty_value=None,
                choices=[("", not_seen)] + [(level, labels[level]) for level in framework.LEVELS],
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Choose a level from 1 to 4.")},
            )
            self.fields[evidence_field(skill.pk)] = forms.CharField(
                label=_("An example (not required)") if is_self else _("Evidence"),
                help_text=None if is_self else _("What did you see? For example a situation."),
                required=False,
                max_length=300,
                error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
            )

    def groups(self):
        """Per kind of skill: its label and per skill the level and evidence fields."""
        grouped = {}
        for skill in self.skills:
            grouped.setdefault(skill.kind, []).append(
                (skill, self[level_field(skill.pk)], self[evidence_field(skill.pk)])
            )
        return [(framework.GROUP_LABELS[kind], items) for kind, items in grouped.items()]

    def levels(self) -> dict:
        return {skill.pk: self.cleaned_data[level_field(skill.pk)] for skill in self.skills}

    def evidence(self) -> dict:
        return {skill.pk: self.cleaned_data[evidence_field(skill.pk)] for skill in self.skills}


def _save(request, participant, form, *, is_self) -> bool:
    """Let ``skills.assess`` record a valid form; a refusal goes to its field."""
    if not form.is_valid():
        return False
    try:
        framework.assess(
            participant,
            request.user,
            form.levels(),
            form.evidence(),
            is_self=is_self,
            assessed_on=form.cleaned_data.get("assessed_on"),
        )
    except SkillError as refusal:
        form.add_error(refusal.field, refusal.message)
        return False
    return True


@viewed_file("skills")
@role_required(Role.COORDINATOR, Role.ADMIN, Role.MENTOR)
def participant_skills(request, programme, pk):
    """The participant's skills: latest levels, assess all skills at once, the history."""
    participant = get_participant_for(request, pk)
    skills = list(Skill.objects.filter(programme=request.programme))
    form = AssessmentForm(request.POST if request.method == "POST" else None, skills=skills)
    if request.method == "POST" and _save(request, participant, form, is_self=False):
        record(request, Action.CHANGED, participant=participant, detail="skills")
        messages.success(
            request,
            gettext("The assessment of %(name)s is saved.") % {"name": participant.full_name},
        )
        url = reverse(
            "participants:participant_skills",
            kwargs={"programme": request.programme.slug, "pk": participant.pk},
        )
        return redirect(f"{url}#latest")
    return render(
        request,
        "participants/skills/participant.html",
        {
            "participant": participant,
            "overview": framework.latest(participant, skills=skills),
            "form": form,
        },
    )


@role_required(Role.PARTICIPANT)
def my_skills(request, programme):
    """My skills: what I think I can do, and what my coordinator or mentor saw."""
    participant = get_object_or_404(
        Participant.objects.all(), programme=request.programme, user=request.user
    )
    skills = list(Skill.objects.filter(programme=request.programme))
    form = AssessmentForm(
        request.POST if request.method == "POST" else None, skills=skills, is_self=True
    )
    if request.method == "POST" and _save(request, participant, form, is_self=True):
        messages.success(request, gettext("Thank you. Your answers are saved."))
        return redirect("participants:my_skills", programme=request.programme.slug)
    return render(
        request,
        "participants/skills/mine.html",
        {
            "participant": participant,
            "overview": framework.latest(participant, skills=skills),
            "form": form,
        },
    )
