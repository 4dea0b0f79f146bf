"""A participant with a full route, as the demo has them, and helpers to read a PDF's text."""

import datetime
import subprocess
import unicodedata
from types import SimpleNamespace

from django_scopes import scopes_disabled

from barriers.models import BarrierType, ParticipantBarrier
from participants.models import (
    Credential,
    Diploma,
    Evaluation,
    LanguageAssessment,
    Skill,
    SkillAssessment,
    StageEntry,
)

STAGE_NAMES = (
    {"nl": "Vooropleiding", "en": "Pre-course", "ar": "الدورة التمهيدية"},
    {"nl": "Helpende Zorg", "en": "Care helper", "ar": "مساعد رعاية"},
    {"nl": "Vaste baan", "en": "Permanent job", "ar": "وظيفة ثابتة"},
)
TRANSVERSAL = {"nl": "Problemen oplossen", "en": "Solving problems", "ar": "حل المشكلات"}
WORKING_TOGETHER = {"nl": "Samenwerken", "en": "Working together", "ar": "العمل ضمن فريق"}
LEARNING_DUTCH = {"nl": "Nederlands leren", "en": "Learning Dutch", "ar": "تعلم اللغة الهولندية"}


def _name(instance, texts, field="name"):
    for code, text in texts.items():
        setattr(instance, f"{field}_{code}", text)
    instance.save()


def add_rich_route(world):
    """Fill ``world.participant`` like a demo participant in the second stage.

    Returns the rows a test may change, and texts that must stay out of the dossier.
    """
    person = world.participant
    programme = world.programme
    coordinator = world.users["coordinator"]
    with scopes_disabled():
        for stage, texts in zip(world.stages, STAGE_NAMES, strict=True):
            _name(stage, texts)
        _name(world.skill, WORKING_TOGETHER)
        _name(world.barrier_type, LEARNING_DUTCH)
        world.programme.name_ar = "برنامج ألفا"
        world.programme.save()
        person.goal_level = "mbo"
        person.route_started_on = datetime.date(2025, 9, 1)
        person.save()
        StageEntry.objects.create(
            programme=programme,
            participant=person,
            stage=world.stages[0],
            started_on=datetime.date(2025, 9, 1),
            ended_on=datetime.date(2026, 8, 31),
            outcome=StageEntry.Outcome.COMPLETED,
        )
        current = StageEntry.objects.create(
            programme=programme,
            participant=person,
            stage=world.stages[1],
            started_on=datetime.date(2026, 9, 1),
            expected_end=datetime.date(2027, 8, 31),
        )
        diploma = Diploma.objects.create(
            programme=programme,
            participant=person,
            name="Certificaat Nederlands A2",
            obtained_on=datetime.date(2026, 6, 20),
        )
        Credential.objects.filter(pk=world.credential.pk).update(
            title="Verpleegkunde, Damascus 2015",
            status=Credential.Status.DONE,
            evaluated_by="Nuffic",
            dutch_level="MBO niveau 4",
            decided_on=datetime.date(2026, 3, 2),
        )
        Credential.objects.create(
            programme=programme,
            participant=person,
            kind=Credential.Kind.VOG,
            title="VOG voor de stage",
            status=Credential.Status.APPLIED,
            applied_on=datetime.date(2026, 8, 1),
        )
        Credential.objects.create(
            programme=programme,
            participant=person,
            kind=Credential.Kind.BIG,
            title="BIG-NIET-NODIG",
            status=Credential.Status.NOT_NEEDED,
        )
        levels = {"listening": "B1", "reading": "A2", "speaking": "B1", "writing": "A2"}
        for skill, level in levels.items():
            for day, grade in (
                (datetime.date(2026, 1, 10), "A2"),
                (datetime.date(2026, 6, 1), level),
            ):
                LanguageAssessment.objects.create(
                    programme=programme,
                    participant=person,
                    skill=skill,
                    level=grade,
                    assessed_on=day,
                    source=LanguageAssessment.Source.SCHOOL,
                    evidence="Toets mboRijnland",
                )
        transversal = Skill.objects.create(programme=programme, kind=Skill.Kind.TRANSVERSAL)
        _name(transversal, TRANSVERSAL)
        for skill, level, is_self, evidence in (
            (world.skill, 3, False, "Helpt collega's bij het tillen."),
            (world.skill, 4, True, ""),
            (transversal, 2, False, "Vraagt hulp als iets niet lukt."),
        ):
            SkillAssessment.objects.create(
                programme=programme,
                participant=person,
                skill=skill,
                level=level,
                is_self=is_self,
                evidence=evidence,
                assessed_on=datetime.date(2026, 10, 1),
                by=coordinator,
            )
        evaluation = Evaluation.objects.create(
            programme=programme,
            internship=world.internship,
            date=datetime.date(2026, 10, 15),
            soft_skills={"punctuality": 4, "teamwork": 3},
            going_well="Vriendelijk en geduldig met de bewoners.",
            to_improve="Vraag het als je iets niet begrijpt.",
        )
        Evaluation.objects.create(
            programme=programme,
            internship=world.internship,
            date=datetime.date(2026, 10, 20),
            going_well="ALLEEN-VOOR-DE-MENTOR",
            shared_with_participant=False,
        )
        ParticipantBarrier.objects.filter(pk=world.participant_barrier.pk).update(in_dossier=True)
        housing = BarrierType.objects.create(
            programme=programme, code="housing", name_nl="Huisvesting", name_en="Housing"
        )
        kept = ParticipantBarrier.objects.create(
            programme=programme,
            participant=person,
            barrier_type=housing,
            how_it_shows="Intern",
            next_step="NIET-GEDEELD-DOOR-DEELNEMER",
            identified_on=datetime.date(2026, 9, 1),
        )
        staff_only = ParticipantBarrier.objects.create(
            programme=programme,
            participant=person,
            barrier_type=housing,
            how_it_shows="Intern",
            next_step="ALLEEN-VOOR-STAF",
            shared_with_participant=False,
            in_dossier=True,
            identified_on=datetime.date(2026, 9, 2),
        )
    return SimpleNamespace(
        current=current,
        diploma=diploma,
        evaluation=evaluation,
        transversal=transversal,
        kept=kept,
        staff_only=staff_only,
        left_out=(
            "BIG-NIET-NODIG",
            "ALLEEN-VOOR-DE-MENTOR",
            "NIET-GEDEELD-DOOR-DEELNEMER",
            "ALLEEN-VOOR-STAF",
            "Wacht al 4 maanden",  # how_it_shows: the staff's own words
        ),
    )


# Bidi marks pdftotext puts around runs (LRE, RLE, PDF, LRI, RLI, FSI, PDI, LRM, RLM).
BIDI_MARKS = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
)


def pdf_text(pdf: bytes, tmp_path) -> str:
    """The PDF's text in reading order (poppler's pdftotext), bidi marks removed.

    Pages are separated by form feeds, as pdftotext writes them.
    """
    path = tmp_path / "dossier.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()
    return unicodedata.normalize("NFC", out.translate(BIDI_MARKS))


def page_count(text: str) -> int:
    return text.count("\f")
