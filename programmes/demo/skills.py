"""Demo skills: the standard framework and assessments by coordinator, mentor and participant.

A participant who already has an assessment is left alone, so a second run of the
loader changes nothing.
"""

import datetime

from django.utils import timezone

from participants.models import Internship, Participant, Skill, SkillAssessment
from participants.skills import assess, install_standard_skills

# What a coordinator or mentor writes down, in Dutch as they would at work.
EVIDENCE = (
    "Was in zes weken één keer te laat en belde toen vooraf.",
    "Vraagt door als een instructie niet duidelijk is.",
    "Helpt collega's bij het wassen en aankleden zonder dat het gevraagd wordt.",
    "Wacht nog vaak af tot iemand zegt wat er moet gebeuren.",
    "Neemt tips over de overdracht meteen over.",
    "Vertelde in de groepssessie helder over haar werk als verpleegkundige.",
    "Rustig en geduldig bij een cliënt met dementie.",
    "Rapporteert nog met hulp in het ECD.",
    "Heeft haar planning voor de ochtendzorg zelf gemaakt.",
    "Zag dat de tillift niet werkte en meldde dat direct.",
    "Leert de vaktaal snel, schrijft nieuwe woorden op.",
    "Praat met de familie van een cliënt over gewoonten rond eten.",
)


def _levels(skills, seed, *, shift=0):
    """Levels from 1 to 4 that vary per participant and skill; a few skills left "not seen"."""
    levels = {}
    for position, skill in enumerate(skills):
        if (seed + position) % 5 == 4:
            continue
        levels[skill.pk] = min(4, max(1, 1 + (seed * 3 + position * 2) % 4 + shift))
    return levels


def load_skills(programme, coordinator, mentor):
    """The standard skills and demo assessments for the programme's participants."""
    install_standard_skills(programme)
    skills = list(Skill.objects.filter(programme=programme))
    if not skills:
        return
    today = timezone.localdate()
    done = set(
        SkillAssessment.objects.filter(programme=programme).values_list("participant_id", flat=True)
    )
    mentored = set(
        Internship.objects.filter(programme=programme, mentor=mentor).values_list(
            "participant_id", flat=True
        )
    )
    participants = (
        Participant.objects.filter(programme=programme)
        .exclude(current_stage=None)
        .select_related("user")
        .order_by("number")
    )
    for index, participant in enumerate(participants):
        if participant.pk in done:
            continue
        levels = _levels(skills, index)
        evidence = {
            skill.pk: EVIDENCE[position % len(EVIDENCE)]
            for position, skill in enumerate(skills)
            if skill.pk in levels and (index + position) % 3 == 0
        }
        assess(
            participant,
            coordinator,
            levels,
            evidence,
            assessed_on=today - datetime.timedelta(weeks=8),
        )
        if participant.pk in mentored:
            assess(
                participant,
                mentor,
                _levels(skills, index, shift=1),
                evidence,
                assessed_on=today - datetime.timedelta(weeks=3),
            )
        if index % 2 == 0 and participant.user_id:
            # Some see themselves higher than staff do, so the page shows a difference.
            assess(
                participant,
                participant.user,
                _levels(skills, index + 1, shift=int(index % 4 == 0)),
                is_self=True,
                assessed_on=today - datetime.timedelta(weeks=2),
            )
