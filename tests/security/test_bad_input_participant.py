"""Bad input in what participants (and any logged-in person) send from their own pages.

Their self-assessment, their consent choices, sharing a barrier in the dossier, asking
for their dossier, reading notifications, their notification preferences and the
language switch: a clear answer, never a 500, and nothing stored before is lost.
"""

from django_scopes import scopes_disabled

from notifications.models import Notification
from participants.models import ConsentText
from tests.security.input_inventory import PARTICIPANT, Form, entries
from tests.security.property_runner import check_each, check_form


def with_a_notification_and_consent_texts(world):
    """So the inbox shows a notification to read and the consent page its choices."""
    with scopes_disabled():
        Notification.objects.create(
            programme=world.programme,
            recipient=world.users["participant"],
            kind="exam_soon",
            subject_key=f"key-date:{world.key_date.pk}",
            due_on=world.key_date.date,
            context={
                "what": world.key_date.kind,
                "date": world.key_date.date.isoformat(),
                "for": "participant",
                "name": "Amina Yusuf",
            },
            link="/alpha/me/",
        )
        for purpose in ("municipality", "employer", "research"):
            ConsentText.objects.create(
                programme=world.programme,
                purpose=purpose,
                version=1,
                text_nl=f"Tekst {purpose}",
                text_en=f"Text {purpose}",
            )


def test_participant_forms_answer_bad_input_clearly_and_keep_what_is_stored(client, world):
    with_a_notification_and_consent_texts(world)
    check_each(
        entries(Form, PARTICIPANT),
        lambda name, entry: check_form(client, world, name, entry, examples=5),
    )
