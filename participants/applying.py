"""What an applicant does: start, save steps and drafts, add diplomas, submit.

Views call these; tests call them too.
"""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from participants.eligibility import evaluate, unmet
from participants.intake_form import STEPS, copy_columns, questions_for, step_is_complete
from participants.models import Intake, IntakeDocument, IntakeEvent
from participants.numbering import highest_sequence
from programmes.models import Programme


class SubmitError(Exception):
    """Why an application cannot be sent yet, in plain words."""


def _next_reference(programme) -> str:
    Programme.objects.select_for_update().filter(pk=programme.pk).first()
    prefix = f"{programme.number_prefix}-A-"
    sequence = highest_sequence(Intake.objects.filter(programme=programme), "reference", prefix)
    return f"{prefix}{sequence + 1:04d}"


@transaction.atomic
def start_application(programme, user) -> Intake:
    """The person's application to this programme: the existing one, or a new draft."""
    intake = Intake.objects.filter(programme=programme, applicant=user).first()
    if intake is None:
        intake = Intake.objects.create(
            programme=programme,
            applicant=user,
            reference=_next_reference(programme),
            language=get_language() or "nl",
        )
    return intake


def saved_draft(intake, step):
    """What the applicant typed on a step but could not save yet, or None."""
    return intake.answers.get("_drafts", {}).get(step)


def save_draft(intake, step, raw: dict):
    """Keep exactly what was typed on a step, valid or not, to show it again later."""
    drafts = intake.answers.setdefault("_drafts", {})
    drafts[step] = raw
    intake.save(update_fields=["answers", "updated_at"])


def save_step(intake, step, form):
    """Store a step's valid answers and forget its draft."""
    intake.answers.update(form.answers())
    intake.answers.get("_drafts", {}).pop(step, None)
    intake.language = get_language() or intake.language
    copy_columns(intake)
    intake.save()


@transaction.atomic
def add_diploma(intake, form, upload=None):
    """Add a diploma; ``upload`` is a ``participants.uploads.CleanUpload`` (checked bytes)."""
    document = None
    if upload is not None:
        # The stored name is generated (document_path); the person's name is kept for display.
        document = IntakeDocument.objects.create(
            programme=intake.programme,
            intake=intake,
            file=ContentFile(upload.content, name="upload"),
            original_name=upload.name[:200],
            content_type=upload.content_type,
            size=upload.size,
        )
    data = form.cleaned_data
    intake.answers.setdefault("diplomas", []).append(
        {
            "country": data.get("diploma_country") or "",
            "level": data.get("diploma_level") or "",
            "field": data.get("diploma_field") or "",
            "year": data.get("diploma_year"),
            "document": document.pk if document else None,
            "file_name": document.original_name if document else "",
        }
    )
    intake.save(update_fields=["answers", "updated_at"])


@transaction.atomic
def remove_diploma(intake, index: int):
    diplomas = intake.answers.get("diplomas", [])
    if not 0 <= index < len(diplomas):
        return
    removed = diplomas.pop(index)
    if removed.get("document"):
        for document in IntakeDocument.objects.filter(intake=intake, pk=removed["document"]):
            document.file.delete(save=False)
            document.delete()
    intake.save(update_fields=["answers", "updated_at"])


def incomplete_steps(intake, questions=None) -> list[str]:
    questions = questions if questions is not None else questions_for(intake.programme)
    return [step for step in STEPS if not step_is_complete(step, intake, questions)]


@transaction.atomic
def submit(intake) -> Intake:
    """Send the application: every step complete and every eligibility rule met."""
    intake = Intake.objects.select_for_update().get(pk=intake.pk)
    if intake.status != Intake.Status.DRAFT:
        raise SubmitError(_("This application was already sent."))
    if incomplete_steps(intake):
        raise SubmitError(_("Some steps are not finished yet. Finish them first."))
    if unmet(evaluate(intake)):
        raise SubmitError(_("You do not meet all the conditions of this programme."))
    intake.answers.pop("_drafts", None)
    intake.status = Intake.Status.SUBMITTED
    intake.submitted_at = timezone.now()
    intake.save()
    IntakeEvent.objects.create(
        programme=intake.programme,
        intake=intake,
        from_status=Intake.Status.DRAFT,
        to_status=Intake.Status.SUBMITTED,
        by=intake.applicant,
    )
    from participants.tasks import send_intake_email

    send_intake_email.delay_on_commit(
        programme_id=intake.programme_id, intake_id=intake.pk, kind="submitted"
    )
    return intake
