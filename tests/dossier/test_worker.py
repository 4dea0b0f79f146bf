"""Dossiers through real Celery worker processes and a real Redis that we stop and start."""

import zipfile

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from audit.models import Action, AuditEntry
from dossiers.models import BulkExport, DossierExport, Status
from dossiers.tasks import sweep_dossier_exports
from tests.conftest import log_in, reauthenticate
from tests.dossier.conftest import consent_to_municipality
from tests.dossier.workers import kill, private_broker, wait_for, worker
from tests.factories import ParticipantFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def status_of(pk):
    with scopes_disabled():
        return DossierExport.objects.get(pk=pk).status


def files_of(export, settings):
    folder = settings.MEDIA_ROOT / "dossiers" / str(export.programme_id)
    return sorted(folder.glob(f"{export.pk}-*.pdf")) if folder.exists() else []


def ask_for_my_dossier(client, world, language="nl"):
    log_in(client, world.users["participant"])
    url = reverse("dossiers:mine", kwargs={"programme": world.programme.slug})
    assert client.post(url, {"language": language}).status_code == 302
    with scopes_disabled():
        return DossierExport.objects.filter(participant=world.participant).latest("pk")


def test_a_worker_makes_a_dossier_end_to_end(client, worlds, settings):
    world = worlds["a"]
    with private_broker() as broker, worker(broker):
        export = ask_for_my_dossier(client, world, "ar")
        wait_for(lambda: status_of(export.pk) == Status.DONE, what="the dossier")
    with scopes_disabled():
        export.refresh_from_db()
        generated = AuditEntry.objects.filter(action=Action.DOSSIER_GENERATED)
        assert generated.count() == 1
    assert export.version == 1
    assert export.file.read(4) == b"%PDF"


def test_a_worker_killed_mid_dossier_still_yields_exactly_one_after_the_sweeper(
    client, worlds, settings
):
    world = worlds["a"]
    settings.DOSSIER_LEASE_SECONDS = 1
    with private_broker() as broker:
        with worker(broker, slow_render=30) as doomed:
            export = ask_for_my_dossier(client, world)
            wait_for(lambda: status_of(export.pk) == Status.RUNNING, what="the claim")
            kill(doomed)
        assert status_of(export.pk) == Status.RUNNING
        assert files_of(export, settings) == []
        wait_for(lambda: sweep_dossier_exports.apply().result["requeued"] == 1, timeout=10)
        with worker(broker):
            wait_for(lambda: status_of(export.pk) == Status.DONE, what="the second attempt")
            # A late second delivery (the killed worker's message coming back) changes nothing.
            sweep = sweep_dossier_exports.apply().result
            assert sweep["requeued"] == 0
    with scopes_disabled():  # the new one and the world's own
        export.refresh_from_db()
        assert DossierExport.objects.filter(participant=world.participant).count() == 2
        assert AuditEntry.objects.filter(action=Action.DOSSIER_GENERATED).count() == 1
    assert export.attempts == 2
    assert len(files_of(export, settings)) == 1


def test_a_redis_restart_with_dossiers_queued_loses_none(client, worlds, settings):
    alpha, beta = worlds["a"], worlds["b"]
    settings.DOSSIER_PENDING_GRACE_SECONDS = 0
    with private_broker() as broker:
        exports = [ask_for_my_dossier(client, alpha), ask_for_my_dossier(client, beta)]
        assert broker.queued() == 2
        broker.restart()
        assert broker.queued() == 0  # the broker kept nothing
        assert sweep_dossier_exports.apply().result["requeued"] == 2
        with worker(broker):
            wait_for(
                lambda: all(status_of(e.pk) == Status.DONE for e in exports),
                what="both dossiers",
            )
    for export in exports:
        with scopes_disabled():
            export.refresh_from_db()
        assert len(files_of(export, settings)) == 1


def test_two_workers_build_a_bulk_export_in_parallel(client, worlds, settings):
    alpha, beta = worlds["a"], worlds["b"]
    with scopes_disabled():
        people = [alpha.participant] + [
            ParticipantFactory(
                programme=programme.programme,
                number=f"{programme.programme.number_prefix}-05{i}",
                municipality=alpha.municipality,
            )
            for i, programme in enumerate([alpha, beta, beta])
        ]
    for person in people:
        consent_to_municipality(person)
    log_in(client, alpha.users["municipality_officer"])
    reauthenticate(client)
    with private_broker() as broker, worker(broker, concurrency=2):
        response = client.post(
            reverse("municipality:new_export"),
            {"language": "nl", "participants": [p.pk for p in people]},
        )
        assert response.status_code == 302
        bulk = BulkExport.objects.get()
        wait_for(
            lambda: BulkExport.objects.get(pk=bulk.pk).status == Status.DONE,
            what="the ZIP",
        )
        progress = client.get(response.url)
    assert progress.context["percent"] == 100
    bulk.refresh_from_db()
    with zipfile.ZipFile(bulk.file.path) as archive:
        assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 4
