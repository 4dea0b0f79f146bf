"""Tenant models cannot be queried without a scope; tasks run in their programme's scope."""

import pytest
from django.core import mail
from django_scopes import ScopeError, scope

from participants.enrolment import enrol
from participants.models import Participant
from participants.tasks import send_welcome_email
from programmes.models import Membership, Organisation, Stage


@pytest.mark.parametrize("model", [Participant, Stage, Organisation, Membership])
def test_a_query_without_a_scope_fails(world, model):
    with pytest.raises(ScopeError):
        list(model.objects.all())


def test_a_scope_only_shows_its_own_programme(world, other_world):
    with scope(programme=world.programme):
        numbers = set(Participant.objects.values_list("number", flat=True))
    assert numbers == {world.participant.number}


def test_enrolment_numbers_follow_on_per_programme(world, other_world):
    with scope(programme=world.programme):
        first = enrol(world.programme, given_name="Samir", family_name="Haddad", notify=False)
        second = enrol(world.programme, given_name="Lina", family_name="Haddad", notify=False)
    assert (first.number, second.number) == ("ALP-0002", "ALP-0003")


def test_enrolment_welcomes_the_participant_in_their_language_after_commit(
    world, django_capture_on_commit_callbacks
):
    user = world.users["mentor"]  # any user without a participant file in alpha
    user.language = "en"
    user.save()
    with scope(programme=world.programme), django_capture_on_commit_callbacks(execute=True):
        participant = enrol(world.programme, given_name="Samir", family_name="Haddad", user=user)
    assert len(mail.outbox) == 1
    assert participant.number in mail.outbox[0].body
    assert mail.outbox[0].subject == f"Welcome to {world.programme.name_en}"
    assert f"/{world.programme.slug}/me/" in mail.outbox[0].body


def test_the_task_cannot_reach_a_participant_of_another_programme(world, other_world):
    sent = send_welcome_email.delay(
        programme_id=world.programme.pk, participant_id=other_world.participant.pk
    ).get()
    assert sent is False
    assert mail.outbox == []
