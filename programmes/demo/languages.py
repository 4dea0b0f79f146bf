"""Demo language histories, goal levels and credentials for each programme.

A history starts with the person's own estimate at intake, then school tests every few
months, sometimes a state exam NT2 I or II, and a care vocabulary ("vaktaal") test.
Credentials follow the programme: Haaglanden works with foreign-trained care workers
(diplomas in evaluation, BIG paths, waiting lists), Leiden needs a VOG for internships,
IDZ-UDZ recognises diplomas, VOORwerk has few.

A participant who already has a level is skipped, so a second run changes nothing.
"""

import datetime

from django.utils import timezone

from participants import credentials
from participants.models import Credential, LanguageAssessment, Participant
from participants.models.intake import CEFR_ORDER

Kind = Credential.Kind
Status = Credential.Status
Source = LanguageAssessment.Source
GENERAL = ("listening", "reading", "speaking", "writing")

# Per programme: the level people start with (index in CEFR_ORDER) and the goal levels.
PROFILES = {
    "leiden": {"start": (1, 2), "goals": ("mbo",)},
    "haaglanden": {"start": (2, 3), "goals": ("hbo", "mbo", "wo", "hbo")},
    "idz-udz": {"start": (1, 2), "goals": ("mbo", "mbo", "hbo")},
    "voorwerk": {"start": (0, 1), "goals": ("", "mbo")},
}
SCHOOLS = {
    "leiden": "mboRijnland",
    "haaglanden": "ROC Mondriaan",
    "idz-udz": "Taalschool Parkstad",
    "voorwerk": "Taalcoach COA",
}
DIPLOMAS = [
    "Verpleegkunde (bachelor), Oekraïne, 2014",
    "Nursing diploma, Syria, 2012",
    "Verloskunde, Eritrea, 2016",
    "Medical doctor, Iran, 2009",
    "Apothekersassistent, Turkije, 2018",
]


def _level(index) -> str:
    return CEFR_ORDER[max(0, min(index, len(CEFR_ORDER) - 1))]


def _history(participant, index, profile, school, start, today, by) -> list:
    """Assessments from the intake until today, oldest first."""
    low, high = profile["start"]
    base = low if index % 2 else high
    rows = []

    def add(skill, level, on, source, evidence=""):
        if on <= today:
            rows.append(
                LanguageAssessment(
                    programme_id=participant.programme_id,
                    participant=participant,
                    skill=skill,
                    level=_level(level),
                    assessed_on=on,
                    source=source,
                    evidence=evidence,
                    by=by,
                )
            )

    for offset, skill in enumerate(GENERAL):
        # People rate their speaking higher and their writing lower than a test does.
        add(skill, base + (1 if offset == 2 else 0) - (1 if offset == 3 else 0), start, Source.SELF)
    for test in range(1, 4):
        on = start + datetime.timedelta(days=120 * test)
        for offset, skill in enumerate(GENERAL):
            gain = test // 2 + (1 if (index + offset + test) % 3 == 0 else 0)
            add(
                skill,
                base + gain - (1 if skill == "writing" else 0),
                on,
                Source.SCHOOL,
                f"Toets {school}, blok {test}",
            )
        add("vaktaal", base - 1 + test // 2, on, Source.SCHOOL, f"Vaktaaltoets zorg, {school}")
    if base >= 2 and index % 3 == 0:
        exam = start + datetime.timedelta(days=400)
        source = Source.NT2_II if base >= 3 else Source.NT2_I
        for skill in GENERAL:
            add(
                skill,
                4 if source == Source.NT2_II else 3,
                exam,
                source,
                "Staatsexamen NT2, diploma DUO",
            )
    return rows


def _credentials(programme, participant, index, start, today) -> list:
    """What each programme's people typically need, as keyword arguments per credential."""
    applied = min(start + datetime.timedelta(days=30), today)
    slug = programme.slug
    items = []
    if slug == "haaglanden":
        if index % 5 != 4:  # most have a foreign diploma
            decided = index % 3 == 0 and applied + datetime.timedelta(days=90) <= today
            items.append(
                {
                    "kind": Kind.DIPLOMA,
                    "title": DIPLOMAS[index % len(DIPLOMAS)],
                    "evaluated_by": "CBGV" if index % 2 else "Nuffic",
                    "status": Status.DONE if decided else Status.IN_PROGRESS,
                    "applied_on": applied,
                    "decided_on": applied + datetime.timedelta(days=90) if decided else None,
                    "dutch_level": "HBO bachelor verpleegkunde" if decided else "",
                }
            )
        path = ["language", "knowledge_test", "registered", "language"][index % 4]
        waiting = path == "knowledge_test"
        items.append(
            {
                "kind": Kind.BIG,
                "big_path": path,
                "status": Status.DONE
                if path == "registered"
                else (Status.WAITING if waiting else Status.TO_DO),
                "applied_on": applied if waiting or path == "registered" else None,
                "expected_start": today + datetime.timedelta(days=150) if waiting else None,
                "decided_on": today if path == "registered" else None,
                "note": "Wachtlijst beroepsinhoudelijke toets CIBG." if waiting else "",
            }
        )
    elif slug == "leiden":
        items.append(
            {
                "kind": Kind.VOG,
                "title": "VOG voor de stage bij Alrijne",
                "status": Status.DONE if index % 3 else Status.APPLIED,
                "applied_on": applied,
                "decided_on": min(applied + datetime.timedelta(days=28), today)
                if index % 3
                else None,
            }
        )
    elif slug == "idz-udz":
        items.append(
            {
                "kind": Kind.DIPLOMA,
                "title": DIPLOMAS[index % len(DIPLOMAS)],
                "evaluated_by": "Nuffic (IDW)" if index % 2 else "Bezirksregierung Köln",
                "status": [Status.TO_DO, Status.APPLIED, Status.WAITING, Status.DONE][index % 4],
                "applied_on": applied if index % 4 else None,
                "expected_start": today + datetime.timedelta(days=90) if index % 4 == 2 else None,
                "decided_on": today if index % 4 == 3 else None,
                "dutch_level": "MBO niveau 3" if index % 4 == 3 else "",
            }
        )
        if index % 3 == 0:
            items.append({"kind": Kind.EVC, "status": Status.IN_PROGRESS, "applied_on": applied})
    elif slug == "voorwerk" and index % 4 == 0:
        items.append({"kind": Kind.DIPLOMA, "title": DIPLOMAS[index % len(DIPLOMAS)]})
    return items


def load_languages(programme, coordinator):
    """Language histories, goal levels and credentials for the programme's demo participants."""
    profile = PROFILES.get(programme.slug, PROFILES["voorwerk"])
    school = SCHOOLS.get(programme.slug, "Taalschool")
    today = timezone.localdate()
    with_levels = LanguageAssessment.objects.filter(programme=programme).values("participant_id")
    participants = (
        Participant.objects.filter(programme=programme)
        .exclude(pk__in=with_levels)
        .order_by("number")
    )
    for index, participant in enumerate(participants):
        start = participant.route_started_on or today - datetime.timedelta(days=365)
        start = min(start, today)
        if not participant.goal_level:
            participant.goal_level = profile["goals"][index % len(profile["goals"])]
            participant.save(update_fields=["goal_level"])
        LanguageAssessment.objects.bulk_create(
            _history(participant, index, profile, school, start, today, coordinator)
        )
        for data in _credentials(programme, participant, index, start, today):
            credential = credentials.create_credential(participant, by=coordinator, **data)
            # Some documents are in already.
            ready = len(credential.checklist) // 2 + index % 2
            credential.checklist = [
                {**entry, "done": number < ready}
                for number, entry in enumerate(credential.checklist)
            ]
            credential.save(update_fields=["checklist"])
