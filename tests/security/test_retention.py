"""The retention period: erased after N years from the end of the route, not a day before."""

import datetime
import time
from io import StringIO

import pytest
import time_machine
from celery.contrib.testing.worker import start_worker
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from audit.chain import verify
from audit.models import Action, AuditEntry
from participants.models import Intake, IntakeDocument, Participant, StageEntry
from portal.celery import app as celery_app
from privacy.models import ErasureRequest
from privacy.tasks import apply_programme_retention, apply_retention
from tests.conftest import MINIMAL_PDF, log_in
from tests.dossier.workers import private_broker
from tests.factories import IntakeFactory, ParticipantFactory, UserFactory

ENDED_ON = datetime.date(2024, 1, 10)


def stopped_participant(world):
    """Someone who left the route on 10 January 2024 (the programme keeps data 2 years)."""
    with scopes_disabled():
        person = ParticipantFactory(
            programme=world.programme,
            user=UserFactory(email="left@alpha.example"),
            given_name="Farah",
            family_name="Haddad",
            status=Participant.Status.STOPPED,
        )
        StageEntry.objects.create(
            programme=world.programme,
            participant=person,
            stage=world.stages[0],
            started_on=datetime.date(2023, 3, 1),
            ended_on=ENDED_ON,
            outcome=StageEntry.Outcome.STOPPED,
            note="Farah verhuisde naar Utrecht.",
        )
    return person


def name_of(world, person):
    with scope(programme=world.programme):
        return Participant.objects.get(pk=person.pk).given_name


@pytest.mark.django_db
def test_a_route_that_ended_is_erased_after_the_period_and_not_before(world):
    person = stopped_participant(world)
    assert world.programme.retention_years == 2
    with time_machine.travel(datetime.datetime(2026, 1, 9, 12, tzinfo=datetime.UTC)):
        apply_retention.delay()
    assert name_of(world, person) == "Farah"
    with time_machine.travel(datetime.datetime(2026, 1, 11, 12, tzinfo=datetime.UTC)):
        apply_retention.delay()
    assert name_of(world, person) == "Removed"
    with scope(programme=world.programme):
        record = ErasureRequest.objects.get(participant=person)
        assert (record.status, record.source) == ("carried_out", "retention")
        entry = AuditEntry.objects.get(action=Action.ERASED, participant_id=person.pk)
        assert entry.actor_id is None
        assert entry.detail == "retention"
        assert StageEntry.objects.get(participant=person).note == ""
        # The world's own participant is still on the route: untouched.
        assert Participant.objects.get(pk=world.participant.pk).given_name == "Amina"
    person.user.refresh_from_db()
    assert not person.user.is_active
    assert verify(world.programme.pk).intact


@pytest.mark.django_db
def test_a_second_run_changes_nothing(world):
    person = stopped_participant(world)
    with time_machine.travel(datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.UTC)):
        apply_retention.delay()
        with scope(programme=world.programme):
            entries = AuditEntry.objects.count()
        apply_retention.delay()
    with scope(programme=world.programme):
        assert AuditEntry.objects.count() == entries
        assert ErasureRequest.objects.filter(participant=person).count() == 1


@pytest.mark.django_db
def test_a_programme_with_a_longer_period_keeps_the_data(world, other_world):
    person = stopped_participant(world)
    with scopes_disabled():
        world.programme.retention_years = 5
        world.programme.save()
    with time_machine.travel(datetime.datetime(2027, 1, 11, 12, tzinfo=datetime.UTC)):
        apply_retention.delay()
    assert name_of(world, person) == "Farah"


@pytest.mark.django_db
def test_applications_that_led_nowhere_go_after_a_year_with_their_files(
    world, django_capture_on_commit_callbacks
):
    decided = datetime.datetime(2025, 2, 1, 12, tzinfo=datetime.UTC)
    with scopes_disabled():
        refused = IntakeFactory(
            programme=world.programme,
            applicant=UserFactory(email="refused@example.org"),
            status=Intake.Status.NOT_SELECTED,
            decided_at=decided,
        )
        document = IntakeDocument.objects.create(
            programme=world.programme,
            intake=refused,
            file=ContentFile(MINIMAL_PDF, name="d.pdf"),
            original_name="d.pdf",
            content_type="application/pdf",
            size=len(MINIMAL_PDF),
        )
        waiting = IntakeFactory(
            programme=world.programme,
            status=Intake.Status.WAITING_LIST,
            decided_at=decided,
        )
    with time_machine.travel(decided + datetime.timedelta(days=364)):
        apply_retention.delay()
    with scope(programme=world.programme):
        assert Intake.objects.filter(pk=refused.pk).exists()
    with (
        time_machine.travel(decided + datetime.timedelta(days=366)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        apply_retention.delay()
    with scope(programme=world.programme):
        assert not Intake.objects.filter(pk=refused.pk).exists()
        assert Intake.objects.filter(pk=waiting.pk).exists()
        assert AuditEntry.objects.filter(
            action=Action.ERASED, detail__startswith="application"
        ).exists()
    assert not default_storage.exists(document.file.name)
    refused.applicant.refresh_from_db()
    assert not refused.applicant.is_active
    assert refused.applicant.email.endswith("@erased.invalid")


@pytest.mark.django_db
def test_the_command_applies_it_at_once(world):
    person = stopped_participant(world)
    out = StringIO()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=3 * 365)):
        call_command("apply_retention", "--programme", world.programme.slug, stdout=out)
    assert "alpha: 1 participants erased" in out.getvalue()
    assert name_of(world, person) == "Removed"


@pytest.mark.django_db
@pytest.mark.parametrize(("years", "saved"), [(1, True), (15, True), (0, False), (16, False)])
def test_a_programme_admin_sets_the_period_between_1_and_15_years(client, world, years, saved):
    log_in(client, world.users["admin"])
    page = reverse("programmes:settings", kwargs={"programme": world.programme.slug})
    response = client.post(
        page,
        {
            "intake_open": "on",
            "decision_weeks": 4,
            "retention_years": years,
            "contact_email": "info@alpha.example",
        },
    )
    world.programme.refresh_from_db()
    assert (world.programme.retention_years == years) is saved
    assert response.status_code == (302 if saved else 200)


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_applies_the_retention_inside_the_programme_scope(worlds):
    world = worlds["a"]
    person = stopped_participant(world)  # ended in January 2024: past two years by now
    with (
        private_broker(),
        start_worker(celery_app, perform_ping_check=False, pool="solo", loglevel="WARNING"),
    ):
        apply_programme_retention.delay(programme_id=world.programme.pk)
        deadline = time.monotonic() + 30
        while name_of(world, person) != "Removed" and time.monotonic() < deadline:
            time.sleep(0.2)
    assert name_of(world, person) == "Removed"
    assert verify(world.programme.pk).intact
