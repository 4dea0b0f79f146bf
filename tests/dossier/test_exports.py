"""Making and downloading dossiers inside a programme, and the task behind it (run eagerly)."""

import datetime
import os

import pytest
from django.core.files.base import ContentFile
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

import dossiers.tasks as tasks
from audit.models import Action, AuditEntry, Result
from dossiers.models import Audience, BulkExport, DossierExport, Status
from dossiers.requests import request_dossier
from participants.models import Credential
from portal.celery import app as celery_app
from tests.conftest import log_in
from tests.dossier.conftest import consent_to_municipality
from tests.factories import MembershipFactory, ParticipantFactory, UserFactory


def my_dossier_url(world):
    return reverse("dossiers:mine", kwargs={"programme": world.programme.slug})


def make_mine(client, world, callbacks, language="ar"):
    log_in(client, world.users["participant"])
    with callbacks(execute=True):
        response = client.post(my_dossier_url(world), {"language": language})
    assert response.status_code == 302
    with scopes_disabled():
        return DossierExport.objects.filter(participant=world.participant).latest("pk")


def entries(world, action):
    with scopes_disabled():
        return list(AuditEntry.objects.filter(participant=world.participant, action=action))


def test_a_participant_makes_and_downloads_their_own_dossier(
    client, world, django_capture_on_commit_callbacks
):
    export = make_mine(client, world, django_capture_on_commit_callbacks)
    assert export.status == Status.DONE
    assert export.audience == Audience.PARTICIPANT
    assert export.version == 1
    page = client.get(my_dossier_url(world)).content.decode()
    download = reverse(
        "dossiers:download", kwargs={"programme": world.programme.slug, "pk": export.pk}
    )
    assert download in page
    response = client.get(download)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert len(entries(world, Action.DOSSIER_GENERATED)) == 1
    assert len(entries(world, Action.DOSSIER_DOWNLOADED)) == 1


def test_the_page_offers_the_participants_own_language(client, world):
    with scopes_disabled():
        user = world.users["participant"]
        user.language = "ar"
        user.save()
    log_in(client, user)
    response = client.get(my_dossier_url(world))
    assert response.context["form"].initial["language"] == "ar"


def test_an_unknown_language_is_refused_with_a_message(client, world):
    log_in(client, world.users["participant"])
    response = client.post(my_dossier_url(world), {"language": "xx"})
    assert response.status_code == 400
    assert response.context["form"].errors["language"]
    with scopes_disabled():
        assert DossierExport.objects.filter(participant=world.participant).count() == 1


def test_unchanged_data_reuses_the_dossier_and_changed_data_makes_a_new_version(
    client, world, django_capture_on_commit_callbacks
):
    first = make_mine(client, world, django_capture_on_commit_callbacks)
    again = make_mine(client, world, django_capture_on_commit_callbacks)
    assert again.pk == first.pk
    with scopes_disabled():
        Credential.objects.create(
            programme=world.programme,
            participant=world.participant,
            kind="diploma",
            title="Certificaat EHBO",
        )
    assert client.get(my_dossier_url(world)).context["dossiers"][0].is_outdated
    newer = make_mine(client, world, django_capture_on_commit_callbacks)
    assert newer.pk != first.pk
    assert newer.version == 2
    # The same data in another language keeps its version number.
    english = make_mine(client, world, django_capture_on_commit_callbacks, language="en")
    assert english.version == 2


def test_a_coordinator_makes_a_participants_dossier(
    client, world, django_capture_on_commit_callbacks
):
    log_in(client, world.users["coordinator"])
    url = reverse(
        "dossiers:participant",
        kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"language": "nl"})
    with scopes_disabled():
        export = DossierExport.objects.filter(participant=world.participant).latest("pk")
    assert export.audience == Audience.PROGRAMME
    assert export.requested_by == world.users["coordinator"]
    download = reverse(
        "dossiers:download", kwargs={"programme": world.programme.slug, "pk": export.pk}
    )
    assert client.get(download).status_code == 200


def test_another_participant_cannot_download_someone_elses_dossier(
    client, world, django_capture_on_commit_callbacks
):
    export = make_mine(client, world, django_capture_on_commit_callbacks)
    with scopes_disabled():
        other_user = UserFactory(email="other-participant@alpha.example")
        MembershipFactory(user=other_user, programme=world.programme, role="participant")
        ParticipantFactory(programme=world.programme, user=other_user, number="ALP-0099")
    log_in(client, other_user)
    download = reverse(
        "dossiers:download", kwargs={"programme": world.programme.slug, "pk": export.pk}
    )
    assert client.get(download).status_code == 404


def queue(world, audience=Audience.PROGRAMME, **extra):
    with scope(programme=world.programme):
        return DossierExport.objects.create(
            programme=world.programme,
            participant=world.participant,
            language="nl",
            audience=audience,
            requested_by=world.users["coordinator"],
            enqueued_at=timezone.now(),
            **extra,
        )


def run(world, export):
    # Errors stay in the result, as in a worker; a retry runs at once, in place.
    celery_app.conf.task_eager_propagates = False
    try:
        return tasks.generate_dossier.apply(
            kwargs={"programme_id": world.programme.pk, "export_id": export.pk}
        )
    finally:
        celery_app.conf.task_eager_propagates = True


def test_running_the_task_twice_makes_one_dossier(world, settings):
    export = queue(world)
    run(world, export)
    run(world, export)
    with scopes_disabled():
        export.refresh_from_db()
    assert export.status == Status.DONE
    files = list(
        (settings.MEDIA_ROOT / "dossiers" / str(world.programme.pk)).glob(f"{export.pk}-*")
    )
    assert len(files) == 1
    assert len(entries(world, Action.DOSSIER_GENERATED)) == 1


def test_a_fresh_claim_by_another_worker_is_left_alone(world):
    export = queue(world)
    with scopes_disabled():
        DossierExport.objects.filter(pk=export.pk).update(
            status=Status.RUNNING, started_at=timezone.now()
        )
    assert run(world, export).result == "skipped"


def test_a_transient_error_is_retried_and_then_succeeds(world, monkeypatch):
    real = tasks.render_dossier
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("the database went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "render_dossier", flaky)
    export = queue(world)
    run(world, export)
    with scopes_disabled():
        export.refresh_from_db()
    assert len(calls) == 2
    assert export.status == Status.DONE
    assert export.attempts == 2


def test_retries_are_bounded_and_the_sweeper_then_gives_up(world, monkeypatch, settings):
    def broken(*args, **kwargs):
        raise OperationalError("still away")

    monkeypatch.setattr(tasks, "render_dossier", broken)
    export = queue(world)
    result = run(world, export)
    assert isinstance(result.result, OperationalError)
    with scopes_disabled():
        export.refresh_from_db()
    assert export.status == Status.PENDING  # not lost: the sweeper will try again
    assert export.attempts == tasks.MAX_RETRIES + 1
    settings.DOSSIER_PENDING_GRACE_SECONDS = 0
    tasks.sweep_dossier_exports.apply()
    with scopes_disabled():
        export.refresh_from_db()
    assert export.status == Status.FAILED
    assert [e.result for e in entries(world, Action.DOSSIER_GENERATED)] == [Result.FAILED]


def test_a_permanent_error_fails_at_once_with_a_message_on_the_page(client, world, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("bad template")

    monkeypatch.setattr(tasks, "render_dossier", broken)
    export = queue(world, audience=Audience.PARTICIPANT)
    run(world, export)
    with scopes_disabled():
        export.refresh_from_db()
    assert export.status == Status.FAILED
    assert export.attempts == 1
    log_in(client, world.users["participant"])
    page = client.get(my_dossier_url(world))
    assert page.context["dossiers"][0].status == Status.FAILED


def test_the_sweeper_requeues_stuck_dossiers_and_leaves_fresh_ones(world, settings):
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    stuck_running = queue(world)
    stuck_pending = queue(world)
    fresh_running = queue(world)
    with scopes_disabled():
        DossierExport.objects.filter(pk=stuck_running.pk).update(
            status=Status.RUNNING, started_at=long_ago, attempts=1
        )
        DossierExport.objects.filter(pk=stuck_pending.pk).update(enqueued_at=long_ago)
        DossierExport.objects.filter(pk=fresh_running.pk).update(
            status=Status.RUNNING, started_at=timezone.now(), attempts=1
        )
    outcome = tasks.sweep_dossier_exports.apply().result
    assert outcome["requeued"] == 2
    with scopes_disabled():
        states = dict(DossierExport.objects.values_list("pk", "status"))
    assert states[stuck_running.pk] == Status.DONE
    assert states[stuck_pending.pk] == Status.DONE
    assert states[fresh_running.pk] == Status.RUNNING


def test_the_sweeper_deletes_expired_exports(world, settings):
    with scopes_disabled():
        bulk = BulkExport.objects.create(
            requested_by=world.users["municipality_officer"],
            municipality=world.municipality,
            language="nl",
            status=Status.DONE,
            expires_at=timezone.now() - datetime.timedelta(minutes=1),
        )
        bulk.file.save("x.zip", ContentFile(b"PK"), save=True)
        path = bulk.file.path
    assert tasks.sweep_dossier_exports.apply().result["expired"] == 1
    bulk.refresh_from_db()
    assert not bulk.file
    assert not os.path.exists(path)


def test_a_municipality_dossier_is_not_made_after_consent_is_withdrawn(world):
    consent = consent_to_municipality(world.participant, given=True)
    export = queue(
        world, audience=Audience.MUNICIPALITY, municipality=world.municipality, consent=consent
    )
    consent_to_municipality(world.participant, given=False)
    run(world, export)
    with scopes_disabled():
        export.refresh_from_db()
    assert export.status == Status.FAILED
    assert not export.file
    assert [e.result for e in entries(world, Action.DOSSIER_GENERATED)] == [Result.DENIED]


def test_request_dossier_reuses_an_unfinished_one(world):
    with scope(programme=world.programme):
        first = request_dossier(
            world.participant, "nl", audience=Audience.PROGRAMME, user=world.users["admin"]
        )
        second = request_dossier(
            world.participant, "nl", audience=Audience.PROGRAMME, user=world.users["admin"]
        )
    assert first.pk == second.pk


@pytest.mark.parametrize("role", ["mentor", "municipality_officer"])
def test_other_roles_cannot_make_a_participants_dossier(client, world, role):
    log_in(client, world.users[role])
    url = reverse(
        "dossiers:participant",
        kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
    )
    assert client.post(url, {"language": "nl"}).status_code == 403
