"""Credentials: starting one with its checklist, statuses and their rules, ticking documents."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import credentials
from participants.models import Credential
from tests.conftest import log_in
from tests.intake.coordinator import log_in_in_english

TODAY = timezone.localdate()
LAST_MONTH = TODAY - datetime.timedelta(days=30)


def list_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_credentials",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def detail_url(world, credential, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_credential",
        kwargs={
            "programme": world.programme.slug,
            "pk": participant.pk,
            "credential": credential.pk,
        },
    )


@pytest.fixture
def coordinator(client, world):
    return log_in_in_english(client, world.users["coordinator"])


def reload(world, credential):
    with scope(programme=world.programme):
        return Credential.objects.get(pk=credential.pk)


def change(client, world, credential, **data):
    fields = {"status": credential.status, **data}
    return client.post(detail_url(world, credential), fields)


def test_a_new_credential_gets_the_usual_checklist(client, world, coordinator):
    response = client.post(
        list_url(world),
        {"kind": "big", "status": "to_do", "big_path": "language", "title": "Verpleegkundige"},
        follow=True,
    )
    assert response.status_code == 200
    with scope(programme=world.programme):
        big = Credential.objects.get(participant=world.participant, kind="big")
    assert big.big_path == "language"
    assert big.updated_by == world.users["coordinator"]
    assert [entry["item"] for entry in big.checklist] == credentials.DEFAULT_CHECKLISTS["big"]
    assert not any(entry["done"] for entry in big.checklist)
    content = response.content.decode()
    assert "Saved: BIG registration." in content
    assert "Dutch language certificate (B1 or B2)" in content


def test_a_big_path_is_refused_for_other_kinds(client, world, coordinator):
    response = client.post(
        list_url(world), {"kind": "vog", "status": "to_do", "big_path": "registered", "title": "X1"}
    )
    assert response.status_code == 200
    assert "A BIG path is only for a BIG registration." in response.content.decode()
    assert response.context["form"]["title"].value() == "X1"
    with scope(programme=world.programme):
        assert not Credential.objects.filter(kind="vog").exists()


def test_done_needs_the_date_of_the_decision(client, world, coordinator):
    response = change(client, world, world.credential, status="done", evaluated_by="Nuffic")
    assert response.status_code == 200
    assert "Enter the date of the decision." in response.content.decode()
    assert response.context["form"]["evaluated_by"].value() == "Nuffic"
    assert reload(world, world.credential).status == "to_do"


def test_the_decision_cannot_be_before_the_application(client, world, coordinator):
    response = change(
        client,
        world,
        world.credential,
        status="done",
        applied_on=TODAY.isoformat(),
        decided_on=LAST_MONTH.isoformat(),
    )
    assert response.status_code == 200
    assert "The decision cannot be before the application" in response.content.decode()
    assert reload(world, world.credential).decided_on is None


def test_a_waiting_list_needs_the_expected_start(client, world, coordinator):
    response = change(
        client, world, world.credential, status="waiting", applied_on=LAST_MONTH.isoformat()
    )
    assert response.status_code == 200
    assert "Enter when the participant can expect to start." in response.content.decode()
    start = TODAY + datetime.timedelta(days=120)
    response = change(
        client,
        world,
        world.credential,
        status="waiting",
        applied_on=LAST_MONTH.isoformat(),
        expected_start=start.isoformat(),
    )
    assert response.status_code == 302
    saved = reload(world, world.credential)
    assert (saved.status, saved.applied_on, saved.expected_start) == ("waiting", LAST_MONTH, start)


def test_a_diploma_evaluation_is_done_with_its_result(client, world, coordinator):
    response = change(
        client,
        world,
        world.credential,
        status="done",
        evaluated_by="Nuffic",
        dutch_level="MBO niveau 4",
        applied_on=LAST_MONTH.isoformat(),
        decided_on=TODAY.isoformat(),
    )
    assert response.status_code == 302
    saved = reload(world, world.credential)
    assert (saved.status, saved.evaluated_by, saved.dutch_level, saved.decided_on) == (
        "done",
        "Nuffic",
        "MBO niveau 4",
        TODAY,
    )
    assert saved.updated_by == world.users["coordinator"]
    content = client.get(list_url(world)).content.decode()
    assert "MBO niveau 4" in content
    assert "Done" in content


def test_ticking_checklist_items(client, world, coordinator):
    with scopes_disabled():
        world.credential.checklist = credentials.default_checklist("diploma")
        world.credential.save()
    response = change(client, world, world.credential, done=["0", "2"], new_item="Cijferlijst MBO")
    assert response.status_code == 302
    checklist = reload(world, world.credential).checklist
    assert [entry["done"] for entry in checklist] == [True, False, True, False, False]
    assert checklist[-1]["item"] == "Cijferlijst MBO"
    # Unticking: a box that is not sent is not done.
    change(client, world, world.credential, done=["2"])
    assert [e["done"] for e in reload(world, world.credential).checklist] == [
        False,
        False,
        True,
        False,
        False,
    ]
    with scope(programme=world.programme):
        credentials.tick(reload(world, world.credential), 0, True, by=None)
    assert reload(world, world.credential).checklist[0]["done"] is True


def test_the_participant_reads_the_checklist_in_their_language(client, world):
    with scopes_disabled():
        world.credential.checklist = credentials.default_checklist("diploma")
        world.credential.save()
        user = world.users["participant"]
        user.language = "en"
        user.save(update_fields=["language"])
    log_in(client, user)
    content = client.get(
        reverse("participants:my_progress", kwargs={"programme": world.programme.slug})
    ).content.decode()
    assert "Copy of the diploma" in content


def test_another_programmes_credential_is_a_404(client, world, other_world, coordinator):
    assert client.get(detail_url(world, other_world.credential)).status_code == 404
    assert (
        client.get(detail_url(world, other_world.credential, other_world.participant)).status_code
        == 404
    )
    response = client.post(
        detail_url(world, other_world.credential),
        {"status": "refused", "decided_on": TODAY.isoformat()},
    )
    assert response.status_code == 404
    with scopes_disabled():
        assert Credential.objects.get(pk=other_world.credential.pk).status == "to_do"


def test_a_credential_of_another_participant_is_a_404(client, world, coordinator):
    with scopes_disabled():
        from tests.factories import ParticipantFactory

        someone = ParticipantFactory(programme=world.programme, number="ALP-0099")
        theirs = Credential.objects.create(
            programme=world.programme, participant=someone, kind="vog"
        )
    assert client.get(detail_url(world, theirs)).status_code == 404


@pytest.mark.parametrize("extra", [1, 30])
def test_the_query_counts_do_not_grow(client, world, coordinator, extra):
    with scopes_disabled():
        for number in range(extra):
            Credential.objects.create(
                programme=world.programme,
                participant=world.participant,
                kind=["diploma", "big", "evc", "vog"][number % 4],
                checklist=credentials.default_checklist("big"),
                updated_by=world.users["coordinator"],
            )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(list_url(world))
    assert response.status_code == 200
    assert len(response.context["credentials"]) == extra + 1
    # session, user, programme, memberships, MFA authenticator, participant,
    # credentials with who changed them, the audit entry.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 8, sql
    with CaptureQueriesContext(connection) as queries:
        response = client.get(detail_url(world, world.credential))
    assert response.status_code == 200
    # session, user, programme, memberships, MFA authenticator, participant, credential,
    # the audit entry.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 8, sql
