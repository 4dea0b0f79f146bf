"""record() and record_system(): who, for which organisation, about whom, what, when, from where."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from audit.log import record, record_system
from audit.models import Action, AuditEntry, Result
from programmes.models import Membership, Role
from tests.audit.helpers import log_of, request_as
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)


@pytest.fixture
def coordinator_of_vwn(world):
    """The coordinator works for VluchtelingenWerk in this programme."""
    with scopes_disabled():
        vwn = OrganisationFactory(programme=world.programme, name="VluchtelingenWerk")
        Membership.objects.filter(
            user=world.users["coordinator"], programme=world.programme
        ).update(organisation=vwn)
    return world.users["coordinator"]


def test_an_entry_says_who_for_which_organisation_about_whom_what_when_and_from_where(
    world, coordinator_of_vwn
):
    request = request_as(coordinator_of_vwn, world.programme, REMOTE_ADDR="203.0.113.7")
    before = timezone.now()
    with scope(programme=world.programme):
        entry = record(request, Action.VIEWED_FILE, participant=world.participant, detail="route")
        entry.refresh_from_db()
    assert entry.programme_id == world.programme.pk
    assert entry.participant_id == world.participant.pk
    assert entry.actor == coordinator_of_vwn
    assert entry.actor_name == coordinator_of_vwn.name
    assert entry.actor_email == coordinator_of_vwn.email
    assert (entry.role, entry.organisation) == ("coordinator", "VluchtelingenWerk")
    assert (entry.action, entry.detail, entry.result) == ("viewed_file", "route", "ok")
    assert entry.address == "203.0.113.7"
    assert before <= entry.at <= timezone.now()
    assert entry.at.utcoffset() == datetime.timedelta(0)


def test_names_are_copied_so_a_later_change_or_deletion_of_the_user_does_not_rewrite_history(
    world,
):
    with scopes_disabled():
        vwn = OrganisationFactory(programme=world.programme, name="VluchtelingenWerk")
        temp = MembershipFactory(
            user=UserFactory(name="Sara de Vries", email="sara@example.org"),
            programme=world.programme,
            role=Role.COORDINATOR,
            organisation=vwn,
        ).user
    entry = record(request_as(temp, world.programme), Action.VIEWED_FILE)
    user_id = temp.pk
    with scopes_disabled():
        temp.name = "Someone Else"
        temp.save()
        vwn.delete()
        temp.delete()
        entry = AuditEntry.objects.get(pk=entry.pk)
    assert entry.actor_id == user_id
    assert (entry.actor_name, entry.actor_email) == ("Sara de Vries", "sara@example.org")
    assert entry.organisation == "VluchtelingenWerk"


def test_a_municipality_officer_acts_for_their_municipality(world):
    officer = world.users["municipality_officer"]
    entry = record(request_as(officer, world.programme), Action.DOSSIER_DOWNLOADED)
    assert entry.role == "municipality_officer"
    assert entry.organisation == world.municipality.name
    assert entry.participant_id is None
    assert entry.programme_id == world.programme.pk


def test_with_two_roles_the_role_the_page_is_for_is_logged(world):
    coordinator = world.users["coordinator"]
    with scopes_disabled():
        Membership.objects.create(user=coordinator, programme=world.programme, role=Role.MENTOR)
    as_mentor = request_as(coordinator, world.programme, roles_of_view={"mentor"})
    assert record(as_mentor, Action.VIEWED_FILE).role == "mentor"
    # Without a page that says, the widest role.
    assert record(request_as(coordinator, world.programme), Action.VIEWED_FILE).role == (
        "coordinator"
    )


def test_outside_a_programme_the_caller_names_the_organisation_and_role(world, other_world):
    """The municipality officer's pages across programmes run without a scope and programme."""
    officer = world.users["municipality_officer"]
    request = request_as(officer, None, REMOTE_ADDR="198.51.100.4")
    gemeente = MunicipalityFactory(code="leiden-test", name="Gemeente Leiden")
    with scopes_disabled():
        entry = record(
            request,
            Action.DOSSIER_DOWNLOADED,
            participant=other_world.participant,
            detail="dossier v3 (ar)",
            organisation=gemeente.name,
            role=Role.MUNICIPALITY_OFFICER,
        )
    assert entry.programme_id == other_world.programme.pk
    assert (entry.role, entry.organisation) == ("municipality_officer", "Gemeente Leiden")
    assert (entry.detail, entry.address) == ("dossier v3 (ar)", "198.51.100.4")


def test_the_programme_comes_from_the_participant_then_the_argument_then_the_request(
    world, other_world
):
    request = request_as(world.users["coordinator"], world.programme)
    assert record(request, Action.VIEWED_LOG).programme_id == world.programme.pk
    assert (
        record(request, Action.EXPORT_REQUESTED, programme=other_world.programme).programme_id
        == other_world.programme.pk
    )
    # A membership of the request's programme says nothing about another programme.
    assert record(request, Action.EXPORT_REQUESTED, programme=other_world.programme).role == ""


def test_x_forwarded_for_is_ignored_unless_the_proxy_is_trusted(world, settings):
    user = world.users["coordinator"]
    meta = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.9"}
    assert record(request_as(user, world.programme, **meta), Action.VIEWED_LOG).address == (
        "10.0.0.2"
    )
    settings.AUDIT_TRUST_X_FORWARDED_FOR = True
    # The last address is the one the trusted proxy saw; the first is the client's claim.
    assert record(request_as(user, world.programme, **meta), Action.VIEWED_LOG).address == (
        "203.0.113.9"
    )
    forged = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "not-an-address"}
    assert record(request_as(user, world.programme, **forged), Action.VIEWED_LOG).address is None


def test_a_detail_that_is_too_long_is_cut(world):
    request = request_as(world.users["coordinator"], world.programme)
    assert len(record(request, Action.CHANGED, detail="x" * 500).detail) == 200


def test_an_unknown_action_or_result_is_refused(world):
    request = request_as(world.users["coordinator"], world.programme)
    with pytest.raises(ValueError, match="is not a valid Action"):
        record(request, "looked_around")
    with pytest.raises(ValueError, match="is not a valid Result"):
        record(request, Action.VIEWED_FILE, result="maybe")


def test_a_task_records_without_a_request(world):
    with scopes_disabled():
        generated = record_system(
            Action.DOSSIER_GENERATED,
            programme=world.programme,
            participant=world.participant,
            actor=world.users["coordinator"],
            detail="dossier v3 (ar)",
        )
        failed = record_system(
            Action.DOSSIER_GENERATED,
            programme=world.programme.pk,
            participant=world.participant.pk,
            detail="dossier v4 (nl)",
            result=Result.FAILED,
        )
    assert (generated.actor_email, generated.address) == ("coordinator@alpha.example", None)
    assert (failed.actor_id, failed.actor_email, failed.result) == (None, "", "failed")
    assert log_of(participant=world.participant) == [
        (
            "dossier_generated",
            world.participant.pk,
            "dossier v3 (ar)",
            "",
            generated.actor_id,
            "ok",
        ),
        ("dossier_generated", world.participant.pk, "dossier v4 (nl)", "", None, "failed"),
    ]


@pytest.mark.parametrize(
    "action",
    [
        Action.DOSSIER_GENERATED,
        Action.DOSSIER_DOWNLOADED,
        Action.EXPORT_REQUESTED,
        Action.EXPORT_DOWNLOADED,
    ],
)
def test_every_dossier_event_can_be_recorded_from_a_view_and_from_a_task(world, action):
    officer = world.users["municipality_officer"]
    with scope(programme=world.programme):
        record(request_as(officer, world.programme), action, participant=world.participant)
    with scopes_disabled():
        record_system(action, programme=world.programme, participant=world.participant)
    assert [row[0] for row in log_of(participant=world.participant)] == [action, action]


def test_denied_is_a_result_too(world):
    officer = world.users["municipality_officer"]
    entry = record(
        request_as(officer, world.programme),
        Action.DOSSIER_DOWNLOADED,
        participant=world.participant,
        result=Result.DENIED,
    )
    assert entry.result == "denied"
