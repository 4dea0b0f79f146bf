"""The demo loader: four programmes from the seeds, every role, idempotent."""

from io import StringIO

from django.core.management import call_command
from django_scopes import scopes_disabled

from barriers.models import ParticipantBarrier
from participants.models import (
    Credential,
    HousingUnit,
    Intake,
    Internship,
    JobPlacement,
    Participant,
    Schedule,
    Session,
    StageEntry,
)
from portal.models import User
from programmes.models import Membership, Programme, Stage


def counts():
    with scopes_disabled():
        return (
            Programme.objects.count(),
            Stage.objects.count(),
            Participant.objects.count(),
            Membership.objects.count(),
            User.objects.count(),
        )


def test_it_creates_the_four_programmes_with_every_role(db):
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert set(Programme.objects.values_list("slug", flat=True)) == {
        "leiden",
        "haaglanden",
        "idz-udz",
        "voorwerk",
    }
    with scopes_disabled():
        for programme in Programme.objects.all():
            roles = set(
                Membership.objects.filter(programme=programme).values_list("role", flat=True)
            )
            assert roles == {
                "participant",
                "coordinator",
                "mentor",
                "municipality_officer",
                "admin",
            }
            # Ten from the seeds, and the demo applicant who was accepted.
            assert Participant.objects.filter(programme=programme).count() == 11
            statuses = set(programme.intakes.values_list("status", flat=True))
            assert statuses == {s.value for s in Intake.Status}
            # Everyone on the route has a week and a history; most have an internship.
            assert Schedule.objects.filter(programme=programme).count() == 11
            assert StageEntry.objects.filter(programme=programme).count() > 11
            assert Internship.objects.filter(programme=programme).exists()
            assert programme.name_ar
            assert programme.description_ar
            assert programme.description_en
            assert list(programme.stages.values_list("position", flat=True)) == [1, 2, 3, 4]
        assert HousingUnit.objects.filter(programme__slug="leiden").count() == 8
        assert Session.objects.filter(programme__slug="voorwerk").count() == 4
        assert JobPlacement.objects.filter(programme__slug="haaglanden").exists()
        leiden = Programme.objects.get(slug="leiden")
        assert [s.name_nl for s in leiden.stages.all()][1].startswith("MBO-1")
    printed = out.getvalue()
    assert "coordinator@leiden.zorgroute.example" in printed
    assert "zorgroute-demo" in printed


def test_running_it_twice_changes_nothing(db):
    call_command("load_demo", stdout=StringIO())
    before = counts()
    secrets_before = StringIO()
    call_command("load_demo", stdout=secrets_before)
    assert counts() == before


def test_a_staff_users_totp_code_can_be_printed(db, capsys):
    call_command("load_demo", stdout=StringIO())
    out = StringIO()
    call_command("totp_code", "coordinator@leiden.zorgroute.example", stdout=out, stderr=StringIO())
    assert out.getvalue().strip().isdigit()
    assert len(out.getvalue().strip()) == 6


def test_a_leiden_coordinator_gets_404_on_every_haaglanden_page(client, db):
    from types import SimpleNamespace

    from tests.conftest import log_in
    from tests.test_isolation import PROTECTED, URLS, url

    call_command("load_demo", stdout=StringIO())
    coordinator = User.objects.get(email="coordinator@leiden.zorgroute.example")
    log_in(client, coordinator)
    with scopes_disabled():
        haaglanden = Programme.objects.get(slug="haaglanden")
        leiden = Programme.objects.get(slug="leiden")
        placement = JobPlacement.objects.filter(programme=haaglanden).first()
        foreign = SimpleNamespace(
            intake=haaglanden.intakes.exclude(status="draft").first(),
            intake_document=SimpleNamespace(pk=1),
            stages=list(haaglanden.stages.all()),
            participant=placement.participant,
            placement=placement,
            internship=Internship.objects.filter(programme=haaglanden).first(),
            session=SimpleNamespace(pk=1),
            credential=Credential.objects.filter(programme=haaglanden).first()
            or SimpleNamespace(pk=1),
            participant_barrier=ParticipantBarrier.objects.filter(programme=haaglanden).first()
            or SimpleNamespace(pk=1),
            dossier=SimpleNamespace(pk=1),
            key_date=SimpleNamespace(pk=1),
            erasure_request=SimpleNamespace(pk=1),
        )
    for name in PROTECTED:
        assert client.get(url(name, haaglanden, foreign)).status_code == 404, name
        if not URLS[name].kwargs:
            assert client.get(url(name, leiden)).status_code in (200, 403, URLS[name].ok), name
