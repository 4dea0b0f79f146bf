"""A participant asks to remove their data; a coordinator carries it out or refuses.

Through the pages, on PostgreSQL as the app role: after erasure the files are gone
from storage, no row of any table holds the participant's name or address (the
audit log aside, which is append-only: privacy/erasure.py says why), the figures
count the same, the account cannot log in, its sessions are gone, and the audit
chain still checks out.
"""

import datetime

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from audit.chain import verify
from audit.models import Action, AuditEntry
from notifications.models import Notification
from participants.models import (
    CaseNote,
    Intake,
    IntakeDocument,
    Participant,
    StageEntry,
)
from portal.rls import tenant_models
from privacy.erasure import HANDLED
from privacy.models import ErasureRequest
from programmes.cohorts import cohorts, totals
from programmes.models import Membership
from tests.conftest import MINIMAL_PDF, log_in
from tests.factories import ParticipantFactory, UserFactory

PEOPLE = ("participants.Participant", "participants.Intake", "portal.User")


def url(world, name, **kwargs):
    return reverse(f"privacy:{name}", kwargs={"programme": world.programme.slug, **kwargs})


def richer_file(world):
    """The world's participant with an application, a document, a note and a stopped stage."""
    person = world.participant
    with scopes_disabled():
        intake = Intake.objects.create(
            programme=world.programme,
            applicant=person.user,
            reference="ALP-A-0099",
            status=Intake.Status.ACCEPTED,
            given_name="Amina",
            family_name="Yusuf",
            answers={"given_name": "Amina", "motivation": "Ik wil voor ouderen zorgen."},
            participant=person,
        )
        document = IntakeDocument.objects.create(
            programme=world.programme,
            intake=intake,
            file=ContentFile(MINIMAL_PDF, name="diploma.pdf"),
            original_name="diploma-Amina-Yusuf.pdf",
            content_type="application/pdf",
            size=len(MINIMAL_PDF),
        )
        CaseNote.objects.create(
            programme=world.programme, participant=person, text="Amina Yusuf belde over haar huis."
        )
        StageEntry.objects.create(
            programme=world.programme,
            participant=person,
            stage=world.stages[0],
            started_on=datetime.date(2026, 1, 5),
            ended_on=datetime.date(2026, 6, 1),
            outcome=StageEntry.Outcome.COMPLETED,
            note="Amina deed het goed.",
        )
        Participant.objects.filter(pk=person.pk).update(route_started_on=datetime.date(2026, 1, 5))
        # A reminder to the coordinator carries the name in its context.
        Notification.objects.create(
            programme=world.programme,
            recipient=world.users["coordinator"],
            kind="exam_soon",
            subject_key=f"key-date:{world.key_date.pk}",
            context={"name": "Amina Yusuf", "for": "staff"},
        )
    return intake, document


def ask(client, world, reason="Ik verhuis naar het buitenland."):
    log_in(client, world.users["participant"])
    page = client.get(url(world, "erasure"))
    assert page.status_code == 200
    assert (
        "Je kunt dit niet terugdraaien." in page.content.decode()
    )  # nl, the participant's language
    confirm = client.post(url(world, "erasure"), {"step": "confirm", "reason": reason})
    assert "Ja, verwijder mijn gegevens" in confirm.content.decode()
    return client.post(url(world, "erasure"), {"step": "ask", "reason": reason})


def rows_mentioning(programme, needles):
    """Every row (the audit log aside) whose text holds one of ``needles``.

    Row-level security shows the programme's tenant rows and every shared row
    (users, addresses, sessions, emails); the other programme has its own Amina.
    """
    found = []
    with scope(programme=programme), connection.cursor() as cursor:
        for model in apps.get_models():
            table = model._meta.db_table
            if table == "audit_auditentry" or model._meta.proxy:
                continue
            cursor.execute(f'SELECT row_to_json(t)::text FROM "{table}" t')  # noqa: S608
            for (text,) in cursor.fetchall():
                if any(needle.lower() in text.lower() for needle in needles):
                    found.append((table, text[:200]))
    return found


@pytest.mark.django_db
def test_participant_asks_a_coordinator_carries_it_out_and_nothing_names_them_any_more(
    client, world, django_capture_on_commit_callbacks
):
    intake, document = richer_file(world)
    person, user = world.participant, world.users["participant"]
    files = [document.file.name, world.dossier.file.name]
    assert all(default_storage.exists(name) for name in files)
    with scope(programme=world.programme):
        figures_before = totals(cohorts(world.programme))
    phone = Client()
    log_in(phone, user)  # a second session of the same person, on another device

    assert ask(client, world).status_code == 302
    with scope(programme=world.programme):
        erasure_request = ErasureRequest.objects.get(participant=person)
        assert erasure_request.status == "open"
        told = Notification.objects.get(kind="erasure_requested")
    assert told.recipient == world.users["coordinator"]
    assert "Amina" not in str(told.context)

    coordinator = Client()
    log_in(coordinator, world.users["coordinator"])
    assert coordinator.get(url(world, "requests")).status_code == 200
    detail = url(world, "request_detail", pk=erasure_request.pk)
    assert "Ik verhuis" in coordinator.get(detail).content.decode()
    wrong = coordinator.post(detail, {"step": "carry_out", "number": "ALP-9999"})
    assert "Dit is niet het nummer van deze deelnemer" in wrong.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        done = coordinator.post(detail, {"step": "carry_out", "number": person.number})
    assert done.status_code == 302

    assert not any(default_storage.exists(name) for name in files)
    needles = ["Amina", "Yusuf", user.email, "Ik verhuis", "Zorgweg 1", "Verpleegkunde"]
    if user.name:
        needles.append(user.name)
    assert rows_mentioning(world.programme, needles) == []
    with scope(programme=world.programme):
        figures = totals(cohorts(world.programme))
        # The same people in the figures; the route stopped with the erasure.
        assert figures.started == figures_before.started
        assert figures.placed == figures_before.placed
        assert figures.stopped == figures_before.stopped + 1
        assert figures.on_route == figures_before.on_route - 1
        erasure_request.refresh_from_db()
        assert erasure_request.status == "carried_out"
        assert erasure_request.decided_by == world.users["coordinator"]
        person.refresh_from_db()
        assert person.number == "ALP-0001"
        assert person.user is None
        assert StageEntry.objects.filter(participant=person).exists()  # kept for the figures
        intake.refresh_from_db()
        assert intake.answers == {}
        assert intake.status == Intake.Status.ACCEPTED
        actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {Action.ERASURE_REQUESTED, Action.ERASED} <= actions

    user.refresh_from_db()
    assert not user.is_active
    assert not user.has_usable_password()
    assert user.email.endswith("@erased.invalid")
    with scopes_disabled():
        assert not EmailAddress.objects.filter(user=user).exists()
        assert not Authenticator.objects.filter(user=user).exists()
    assert not any(
        s.get_decoded().get("_auth_user_id") == str(user.pk) for s in Session.objects.all()
    )
    assert phone.get(reverse("home")).wsgi_request.user.is_anonymous
    assert not Client().login(email="participant@alpha.example", password="correct horse battery")
    assert [message.to for message in mail.outbox][-1] == ["participant@alpha.example"]
    assert verify(world.programme.pk).intact


@pytest.mark.django_db
def test_a_refusal_needs_a_reason_that_the_participant_then_reads(client, world):
    ask(client, world)
    with scope(programme=world.programme):
        erasure_request = ErasureRequest.objects.get(participant=world.participant)
    coordinator = log_in(Client(), world.users["coordinator"])
    detail = url(world, "request_detail", pk=erasure_request.pk)
    empty = coordinator.post(detail, {"step": "refuse", "note": "  "})
    assert empty.status_code == 200
    assert "utrecht-form-field--invalid" in empty.content.decode()
    reason = "Je route loopt nog en de gemeente betaalt die. We bewaren je gegevens tot het einde."
    assert coordinator.post(detail, {"step": "refuse", "note": reason}).status_code == 302
    with scope(programme=world.programme):
        erasure_request.refresh_from_db()
        assert erasure_request.status == "refused"
        assert Notification.objects.filter(
            kind="erasure_refused", recipient=world.users["participant"]
        ).exists()
        assert AuditEntry.objects.filter(action=Action.ERASURE_REFUSED).exists()
    page = client.get(url(world, "erasure")).content.decode()
    assert "Je route loopt nog" in page
    with scope(programme=world.programme):
        assert Participant.objects.get(pk=world.participant.pk).given_name == "Amina"


@pytest.mark.django_db
def test_one_open_request_at_a_time_and_it_can_be_withdrawn(client, world):
    ask(client, world)
    again = client.post(url(world, "erasure"), {"step": "ask", "reason": ""})
    assert again.status_code == 200  # the page with the open request, nothing new
    with scope(programme=world.programme):
        assert ErasureRequest.objects.filter(participant=world.participant).count() == 1
    client.post(url(world, "erasure"), {"step": "withdraw"})
    with scope(programme=world.programme):
        assert ErasureRequest.objects.get(participant=world.participant).status == "withdrawn"
        assert AuditEntry.objects.filter(action=Action.ERASURE_WITHDRAWN).exists()
        assert Participant.objects.get(pk=world.participant.pk).given_name == "Amina"
    # Withdrawn is closed: a new request may follow, and a coordinator cannot carry out the old one.
    ask(client, world)
    with scope(programme=world.programme):
        assert ErasureRequest.objects.filter(participant=world.participant).count() == 2


@pytest.mark.django_db
def test_a_request_of_another_programme_is_404_and_cannot_be_carried_out(
    client, world, other_world
):
    ask(client, world)
    with scope(programme=world.programme):
        erasure_request = ErasureRequest.objects.get(participant=world.participant)
    intruder = log_in(Client(), other_world.users["coordinator"])
    foreign = reverse(
        "privacy:request_detail",
        kwargs={"programme": other_world.programme.slug, "pk": erasure_request.pk},
    )
    assert intruder.get(foreign).status_code == 404
    number = world.participant.number
    assert intruder.post(foreign, {"step": "carry_out", "number": number}).status_code == 404
    with scope(programme=world.programme):
        erasure_request.refresh_from_db()
        assert erasure_request.status == "open"


def make_requests(world, count):
    with scopes_disabled():
        for _ in range(count):
            user = UserFactory()
            person = ParticipantFactory(programme=world.programme, user=user)
            ErasureRequest.objects.create(
                programme=world.programme,
                participant=person,
                participant_number=person.number,
                requested_by=user,
                requested_at=person.created_at,
                status="refused",
                decided_by=world.users["coordinator"],
                decided_at=person.created_at,
                decision_note="De route loopt nog.",
            )


@pytest.mark.django_db
def test_the_list_costs_the_same_queries_for_two_or_twelve_requests(client, world):
    log_in(client, world.users["coordinator"])
    make_requests(world, 2)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url(world, "requests")).status_code == 200
    make_requests(world, 10)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url(world, "requests"))
    assert response.content.decode().count("De route loopt nog") == 0  # the list shows no notes
    assert len(many) == len(few), "\n".join(q["sql"] for q in many.captured_queries)


def test_every_model_that_points_at_a_person_has_an_erasure_decision():
    """A new model with a link to a participant, application or user needs a line in HANDLED."""
    pointing = {
        model._meta.label
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.is_relation
        and field.concrete
        and field.related_model is not None
        and field.related_model._meta.label in PEOPLE
    }
    assert pointing - set(HANDLED) == set()
    assert {m._meta.label for m in tenant_models()} >= {"privacy.ErasureRequest"}


@pytest.mark.django_db
def test_an_account_still_used_in_another_programme_stays_open(client, world, other_world):
    user = world.users["participant"]
    with scopes_disabled():
        Membership.objects.create(user=user, programme=other_world.programme, role="participant")
    ask(client, world)
    with scope(programme=world.programme):
        erasure_request = ErasureRequest.objects.get(participant=world.participant)
    coordinator = log_in(Client(), world.users["coordinator"])
    coordinator.post(
        url(world, "request_detail", pk=erasure_request.pk),
        {"step": "carry_out", "number": world.participant.number},
    )
    user.refresh_from_db()
    assert user.is_active
    assert user.email == "participant@alpha.example"
    with scopes_disabled():
        assert list(Membership.objects.filter(user=user).values_list("programme", flat=True)) == [
            other_world.programme.pk
        ]
    # Alpha's pages are closed to them now: no role there any more.
    assert client.get(url(world, "erasure")).status_code == 404
