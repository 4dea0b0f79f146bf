"""What the scan made, as each recipient reads it in their inbox: their words, their
language, a link to the thing it is about."""

import datetime

from django.urls import reverse
from django_scopes import scopes_disabled

from participants.models import Intake
from tests.conftest import log_in
from tests.reminders.rule_helpers import at, made, scan_on, set_language
from tests.reminders.test_scan import DAY, everything_due


def open_first(client, kind, user):
    """Press "Open" on the reminder of ``kind``: where does it lead?"""
    notification = made(kind, user)[0]
    url = reverse("notifications:read", kwargs={"programme": "alpha", "pk": notification.pk})
    response = client.post(url)
    assert response.status_code == 302
    return response.url


def inbox(client, user):
    log_in(client, user)
    response = client.get(reverse("notifications:inbox", kwargs={"programme": "alpha"}))
    assert response.status_code == 200
    return response.content.decode()


def test_each_recipient_reads_their_reminders_in_the_inbox(client, world):
    for role in ("coordinator", "mentor"):
        set_language(world.users[role], "en")
    everything_due(world)
    scan_on(world, DAY)
    coordinator = inbox(client, world.users["coordinator"])
    assert "Application ALP-A-0001 is waiting for review" in coordinator
    assert "Follow-up of Amina Yusuf on 1 March 2027" in coordinator
    page = reverse(
        "participants:participant_detail", kwargs={"programme": "alpha", "pk": world.participant.pk}
    )
    assert open_first(client, "follow_up_due", world.users["coordinator"]) == page + "#jobs"
    client.logout()
    mentor = inbox(client, world.users["mentor"])
    assert "Evaluation of Amina Yusuf is due" in mentor
    assert "Application" not in mentor


def test_a_participant_who_reads_arabic_gets_the_reminders_in_arabic(client, world):
    set_language(world.users["participant"], "ar")
    everything_due(world)
    scan_on(world, DAY)
    content = inbox(client, world.users["participant"])
    assert "مارس" in content  # March: the exam on 10 March 2027
    my_route = reverse("participants:home", kwargs={"programme": "alpha"})
    assert open_first(client, "exam_soon", world.users["participant"]) == my_route + "#dates"


def test_an_applicant_without_a_role_finds_the_interview_in_the_inbox(client, world):
    with scopes_disabled():
        Intake.objects.filter(pk=world.intake.pk).update(
            status=Intake.Status.INTERVIEW,
            interview_at=at(datetime.date(2026, 12, 3), 14, 30),
            interview_place="Stadhuis Leiden",
        )
    scan_on(world, datetime.date(2026, 12, 2))
    content = inbox(client, world.users["applicant"])
    assert "14:30" in content
    assert "Stadhuis Leiden" in content
