"""Participant numbers and application references go on past 9999 (found by bench/seed.py).

As text "ALP-10000" sorts before "ALP-9999": taking the text maximum gave a number
that was already taken, so nobody could be enrolled or apply any more.
"""

from django_scopes import scope, scopes_disabled

from participants.applying import start_application
from participants.enrolment import enrol
from tests.factories import IntakeFactory, ParticipantFactory, UserFactory


def test_participant_numbers_go_on_after_9999(world, other_world):
    with scopes_disabled():
        ParticipantFactory(programme=world.programme, number="ALP-9999")
        ParticipantFactory(programme=world.programme, number="ALP-10000")
        ParticipantFactory(programme=other_world.programme, number="BET-20000")
    with scope(programme=world.programme):
        participant = enrol(world.programme, given_name="Samir", family_name="Haddad", notify=False)
    assert participant.number == "ALP-10001"


def test_application_references_go_on_after_9999(world):
    with scopes_disabled():
        IntakeFactory(programme=world.programme, reference="ALP-A-9999")
        IntakeFactory(programme=world.programme, reference="ALP-A-10000")
        applicant = UserFactory(email="new.applicant@example.org")
    with scope(programme=world.programme):
        intake = start_application(world.programme, applicant)
    assert intake.reference == "ALP-A-10001"


def test_numbers_of_another_format_do_not_count(world):
    with scopes_disabled():
        ParticipantFactory(programme=world.programme, number="T-99999")  # not "ALP-..."
    with scope(programme=world.programme):
        participant = enrol(world.programme, given_name="Lina", family_name="Haddad", notify=False)
    assert participant.number == "ALP-0002"
