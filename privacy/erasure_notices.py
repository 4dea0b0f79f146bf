"""Notifications about erasure requests: to coordinators when one arrives, to the participant
when it is refused. A carried-out erasure closes the account, so that answer goes by one
email to the address we still know at that moment, and is not stored (``tell_erased``).
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy

from notifications.kinds import Kind, register
from notifications.rules.base import day
from notifications.services import notify
from portal.models import User
from programmes.models import Membership, Role

REQUESTED = "erasure_requested"
REFUSED = "erasure_refused"
PREFIX = "erasure:"
# The GDPR gives a programme one month to answer (art. 12(3)); coordinators see the date.
ANSWER_WITHIN_DAYS = 30

log = logging.getLogger(__name__)


def _requested_title(context):
    return gettext("Participant %(number)s asks to remove their data") % context


def _requested_body(context):
    return gettext(
        "The request came in on %(date)s. Please decide before %(due)s. "
        "Open the request to carry it out or to refuse it."
    ) % {"date": day(context["date"]), "due": day(context["due"])}


def _refused_title(context):
    return gettext("We did not remove your data")


def _refused_body(context):
    return gettext("Your request is refused. Open it to read why. You can ask us questions.")


register(
    Kind(
        code=REQUESTED,
        label=gettext_lazy("A participant asks to remove their data"),
        title=_requested_title,
        body=_requested_body,
        audience=frozenset({Role.COORDINATOR.value}),
    )
)
register(
    Kind(
        code=REFUSED,
        label=gettext_lazy("Your request to remove your data is refused"),
        title=_refused_title,
        body=_refused_body,
        audience=frozenset({Role.PARTICIPANT.value}),
    )
)


def tell_coordinators(erasure_request):
    """One notification per coordinator of the programme. No name: only the number."""
    programme = erasure_request.programme
    ids = Membership.objects.filter(programme=programme, role=Role.COORDINATOR).values("user_id")
    asked = erasure_request.requested_at.date()
    context = {
        "number": erasure_request.participant_number,
        "date": asked.isoformat(),
        "due": (asked + datetime.timedelta(days=ANSWER_WITHIN_DAYS)).isoformat(),
    }
    link = reverse(
        "privacy:request_detail", kwargs={"programme": programme.slug, "pk": erasure_request.pk}
    )
    for coordinator in User.objects.filter(pk__in=ids, is_active=True).order_by("pk"):
        notify(
            recipient=coordinator,
            programme=programme,
            kind=REQUESTED,
            subject_key=f"{PREFIX}{erasure_request.pk}",
            due_on=None,
            link=link,
            context=context,
        )


def tell_refused(erasure_request, user):
    if user is None or not user.is_active:
        return
    programme = erasure_request.programme
    notify(
        recipient=user,
        programme=programme,
        kind=REFUSED,
        subject_key=f"{PREFIX}{erasure_request.pk}",
        due_on=None,
        link=reverse("privacy:erasure", kwargs={"programme": programme.slug}),
        context={"number": erasure_request.participant_number},
    )


def tell_erased(programme, address, language):
    """After commit: one plain email to the address the account had. Nothing is stored.

    The account and its outbox are gone by then, so a failure is logged, not retried.
    """
    if not address:
        return

    def send():
        with translation.override(language or settings.LANGUAGE_CODE):
            subject = gettext("Your data is removed")
            body = gettext(
                "We removed your data from %(programme)s, as you asked. "
                "Your account is closed. You cannot log in any more. "
                "Figures without your name stay, for the programme's reports."
            ) % {"programme": programme.name}
        try:
            send_mail(subject, body, None, [address])
        except OSError:
            log.warning("Could not send the erasure confirmation for programme %s", programme.pk)

    transaction.on_commit(send)
