"""Demo barriers: the ten of the research for every programme, and 2-4 per demo participant.

Haaglanden gets the most, and mostly the ones its research found most often:
learning Dutch, registration, waiting lists and money. Everything goes through
``barriers.lifecycle``, so the history is real; dates are then set back so the
demo reads as months of work. Idempotent: participants with barriers are skipped.
"""

import datetime

from django.utils import timezone

from barriers import lifecycle
from barriers.catalogue import install_standard_barriers
from barriers.models import BarrierEvent, ParticipantBarrier
from participants.models import Participant

Status = ParticipantBarrier.Status

# code: (how it shows, next step for the participant, an action with evidence)
STORIES = {
    "learning-dutch": (
        "Spreekt Nederlands op A2; bij overdrachten mist ze de helft van wat er gezegd wordt.",
        "Ga elke dinsdag en donderdag naar de taalles. Oefen vaktaal met je werkbegeleider.",
        ("Aangemeld voor intensieve taaltraining in de avond", "Inschrijfbevestiging taalschool"),
    ),
    "registration": (
        "Was verpleegkundige in het land van herkomst; weet niet welke BIG-stappen nodig zijn.",
        "Maak samen met je coördinator een afspraak met het CIBG-loket.",
        ("BIG-aanvraag samen ingevuld en diploma's verzameld", "Ontvangstbevestiging CIBG"),
    ),
    "waiting-lists": (
        "Staat al 5 maanden op de wachtlijst voor het B1-examen.",
        "Je krijgt een brief met de datum van je examen. Oefen tot die tijd met de oefentoetsen.",
        ("Extra plek gevraagd bij het ROC voor de B1-training", "Mail van het ROC met startdatum"),
    ),
    "financial": (
        "Kan de kosten van de diplomawaardering niet betalen; stage kost toeslag.",
        "Neem je toeslagbrief mee naar het gesprek met je coördinator.",
        ("Vergoeding diplomawaardering aangevraagd bij de gemeente", "Toekenningsbrief gemeente"),
    ),
    "rules-procedures": (
        "Weet niet bij welk loket zij moet zijn voor erkenning van haar diploma.",
        "Lees het stappenplan dat je coördinator je heeft gestuurd.",
        ("Stappenplan erkenning gemaakt en besproken", "Stappenplan in dossier"),
    ),
    "guidance-at-work": (
        "De afdeling heeft weinig tijd; er is geen vaste werkbegeleider.",
        "Je krijgt een vaste werkbegeleider. Vraag naar haar naam bij je eerste dienst.",
        ("Vaste werkbegeleider afgesproken met de teamleider", "Verslag gesprek teamleider"),
    ),
    "information": (
        "Vond geen informatie over werken in de zorg in het Arabisch.",
        "Kijk op de website van het programma. Daar staat alles in eenvoudige taal.",
        ("Informatiepakket in eigen taal gegeven", "Aftekenlijst informatiebijeenkomst"),
    ),
    "prior-competences": (
        "Heeft 8 jaar ervaring op een IC, maar dat staat nergens op papier.",
        "Verzamel bewijzen van je werk, bijvoorbeeld werkgeversverklaringen.",
        ("EVC-traject aangevraagd", "Aanmeldbevestiging EVC-centrum"),
    ),
    "cultural-differences": (
        "Voelt zich buitengesloten in de pauzes; collega's praten snel en informeel.",
        "Kom naar het taalcafé op woensdag. Daar ontmoet je collega's.",
        ("Buddy in het team gekoppeld", "Notitie koppelgesprek"),
    ),
    "tailored-training": (
        "Moet de hele opleiding volgen, terwijl ze veel onderdelen al beheerst.",
        "Je coördinator vraagt vrijstellingen aan bij de school.",
        ("Vrijstellingen aangevraagd bij het ROC", "Brief examencommissie"),
    ),
}

# Per programme: the barriers each participant gets, in turn (participant i takes plan i mod n).
PLANS = {
    "haaglanden": [
        ("learning-dutch", "registration", "waiting-lists", "financial"),
        ("learning-dutch", "waiting-lists", "financial"),
        ("registration", "learning-dutch", "rules-procedures", "prior-competences"),
        ("learning-dutch", "financial", "guidance-at-work"),
    ],
    "leiden": [
        ("learning-dutch", "information"),
        ("financial", "guidance-at-work", "learning-dutch"),
        ("rules-procedures", "cultural-differences"),
    ],
    "idz-udz": [
        ("learning-dutch", "tailored-training"),
        ("registration", "prior-competences", "learning-dutch"),
    ],
    "voorwerk": [
        ("learning-dutch", "cultural-differences"),
        ("information", "guidance-at-work", "financial"),
    ],
}
DEFAULT_PLAN = [("learning-dutch", "rules-procedures")]
# Statuses in turn, so the demo shows every step of the way.
STATUSES = (
    Status.IN_PROGRESS,
    Status.ACTION_PLANNED,
    Status.RESOLVED,
    Status.IDENTIFIED,
    Status.IN_PROGRESS,
    Status.NOT_APPLICABLE,
)


def _work_on(barrier, status, coordinator, story, today):
    """Take the barrier to ``status`` the way a coordinator would."""
    action, evidence = story[2]
    if status == Status.NOT_APPLICABLE:
        lifecycle.change_status(
            barrier, status, coordinator, "Bij nader inzien geen belemmering voor deze persoon."
        )
        return
    if status == Status.IDENTIFIED:
        return
    done = status in (Status.IN_PROGRESS, Status.RESOLVED)
    lifecycle.add_action(
        barrier,
        action,
        coordinator,
        due_on=today + datetime.timedelta(days=21),
        done_on=today - datetime.timedelta(days=10) if done else None,
        evidence=evidence if done else "",
    )
    if done:
        lifecycle.change_status(barrier, Status.IN_PROGRESS, coordinator)
    if status == Status.RESOLVED:
        lifecycle.change_status(barrier, status, coordinator, "Opgelost; bewijs in het dossier.")


def _backdate(barrier, start, today):
    """Spread the history from ``start`` on, two weeks between changes, never after today."""
    day = start
    for step, event in enumerate(BarrierEvent.objects.filter(barrier=barrier).order_by("pk")):
        day = min(start + datetime.timedelta(days=14 * step), today)
        at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
        BarrierEvent.objects.filter(pk=event.pk).update(at=at)
    resolved_on = day if barrier.status == Status.RESOLVED else None
    ParticipantBarrier.objects.filter(pk=barrier.pk).update(
        identified_on=start, resolved_on=resolved_on
    )


def load_barriers(programme, coordinator):
    """The standard barriers and demo barriers for the programme's participants.

    Runs inside the programme's scope, like the other demo loaders.
    """
    types = {barrier.code: barrier for barrier in install_standard_barriers(programme)}
    today = timezone.localdate()
    plans = PLANS.get(programme.slug, DEFAULT_PLAN)
    done = set(
        ParticipantBarrier.objects.filter(programme=programme).values_list(
            "participant_id", flat=True
        )
    )
    participants = Participant.objects.filter(programme=programme).order_by("number")
    turn = 0
    for index, participant in enumerate(participants):
        if participant.pk in done:
            continue
        start = participant.route_started_on or today - datetime.timedelta(days=90)
        for position, code in enumerate(plans[index % len(plans)]):
            barrier_type = types.get(code)
            if barrier_type is None or not barrier_type.is_active:
                continue
            story = STORIES[code]
            barrier = lifecycle.identify(
                participant,
                barrier_type,
                story[0],
                coordinator,
                owner=coordinator,
                due_on=today + datetime.timedelta(days=30 + 14 * position),
                next_step=story[1],
                # One in five stays with the staff, to show that it can.
                shared=(turn % 5 != 4),
            )
            _work_on(barrier, STATUSES[turn % len(STATUSES)], coordinator, story, today)
            _backdate(barrier, min(start + datetime.timedelta(days=7 * position), today), today)
            turn += 1
