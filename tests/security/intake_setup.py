"""An applicant halfway through the intake form, with extra questions of every kind."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from django_scopes import scopes_disabled

from participants.models import Intake, IntakeDocument
from programmes.models import IntakeQuestion, Step
from tests.conftest import MINIMAL_PDF
from tests.factories import IntakeFactory, UserFactory

QUESTIONS = [
    (Step.PERSONAL, IntakeQuestion.Kind.TEXT),
    (Step.RESIDENCE, IntakeQuestion.Kind.DATE),
    (Step.LANGUAGES, IntakeQuestion.Kind.CHOICE),
    (Step.EDUCATION, IntakeQuestion.Kind.NUMBER),
    (Step.WORK, IntakeQuestion.Kind.LONG_TEXT),
    (Step.MOTIVATION, IntakeQuestion.Kind.YES_NO),
]


def drafting_applicant(world):
    """A user with a draft application: every step answered once, one diploma with a file."""
    with scopes_disabled():
        for position, (step, kind) in enumerate(QUESTIONS, start=1):
            IntakeQuestion.objects.create(
                programme=world.programme,
                step=step,
                key=f"extra-{kind}",
                position=position,
                kind=kind,
                label=f"Extra {kind}",
                choices="Een\nTwee\nDrie",
                required=kind != IntakeQuestion.Kind.DATE,
            )
        user = UserFactory(email="drafter@alpha.example")
        intake = IntakeFactory(
            programme=world.programme,
            applicant=user,
            status=Intake.Status.DRAFT,
            submitted_at=None,
            reference="ALP-A-0099",
        )
        intake.answers.update(
            {
                "available_from": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
                "extra-text": "Kort",
                "extra-choice": "2",
                "extra-number": 3,
                "extra-long_text": "Lang antwoord",
                "extra-yes_no": "yes",
            }
        )
        document = IntakeDocument.objects.create(
            programme=world.programme,
            intake=intake,
            file=ContentFile(MINIMAL_PDF, name="diploma.pdf"),
            original_name="diploma.pdf",
            content_type="application/pdf",
            size=len(MINIMAL_PDF),
        )
        intake.answers["diplomas"] = [
            {
                "country": "SY",
                "level": "Bachelor",
                "field": "Verpleegkunde",
                "year": 2015,
                "document": document.pk,
                "file_name": "diploma.pdf",
            }
        ]
        intake.save()
    world.users["drafter"] = user
    return intake


EXTRA_KEYS = {f"extra-{kind}" for _step, kind in QUESTIONS}
DUTCH = {"dutch_listening", "dutch_reading", "dutch_speaking", "dutch_writing"}


def answers_kept(intake, step):
    """The intake's answers after a request to ``step``: what was stored is still there.

    A refused step changes no answer (its typing goes to its draft); a saved step
    changes only its own answers. A diploma may be added on the education step, never
    lost: the stored ones stay, in order, at the start of the list.
    """
    from participants.intake_form import FORMS

    own = {name.removeprefix("q_") for name in FORMS[step].base_fields}
    own |= EXTRA_KEYS | DUTCH

    def check(before, after, response):
        was = before["participants_intake"][str(intake.pk)]["answers"]
        now = after["participants_intake"][str(intake.pk)]["answers"]
        assert now.get("diplomas", [])[: len(was.get("diplomas", []))] == was.get("diplomas", [])
        for key, value in was.items():
            if key in ("_drafts", "diplomas"):
                continue
            if response.status_code == 302 and key in own:
                continue
            assert now.get(key) == value, f"the stored answer {key!r} changed"

    return check
