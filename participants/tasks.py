"""Background work for participants (Celery)."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from participants.models import Participant
from portal.celery import ProgrammeTask


@shared_task(base=ProgrammeTask, bind=True, acks_late=True)
def send_welcome_email(self, *, programme, participant_id) -> bool:
    """Tell a new participant, in their language, where to find their route and how to log in.

    Returns False when there is nobody to write to (deleted, or no account).
    """
    participant = (
        Participant.objects.filter(programme=programme, pk=participant_id)
        .select_related("user", "current_stage")
        .first()
    )
    if participant is None or participant.user is None:
        return False
    user = participant.user
    with translation.override(user.language):
        context = {
            "participant": participant,
            "programme": programme,
            "route_path": reverse("participants:home", kwargs={"programme": programme.slug}),
            "login_path": reverse("account_request_login_code"),
            "base_url": settings.SITE_URL,
        }
        subject = render_to_string("participants/email/welcome_subject.txt", context).strip()
        body = render_to_string("participants/email/welcome_body.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


INTAKE_MAILS = {
    "submitted": "participants/email/intake_submitted",
    "decision": "participants/email/intake_decision",
}


@shared_task(base=ProgrammeTask, bind=True, acks_late=True)
def send_intake_email(self, *, programme, intake_id, kind) -> bool:
    """Tell an applicant, in their language, that we received their application or decided.

    ``kind`` is "submitted" or "decision". The mail says what happens next and when.
    """
    from participants.models import Intake

    intake = (
        Intake.objects.filter(programme=programme, pk=intake_id).select_related("applicant").first()
    )
    if intake is None:
        return False
    template = INTAKE_MAILS[kind]
    with translation.override(intake.applicant.language):
        context = {
            "intake": intake,
            "programme": programme,
            "status_url": settings.SITE_URL
            + reverse("participants:application", kwargs={"programme": programme.slug}),
        }
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    send_mail(subject, body, None, [intake.applicant.email])
    return True
