"""Celery tasks that make dossiers and bulk exports, and the sweeper that keeps them moving.

The row in PostgreSQL is the truth. A task claims its row with
``select_for_update``, so two deliveries of one message (acks_late, a
re-enqueue by the sweeper) make exactly one PDF. Only transient errors
(the database or the network going away) are retried, with a bounded back-off.
"""

import datetime
import logging

from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django_scopes import scope

from audit.log import record_system
from audit.models import Action, Result
from dossiers import across_programmes
from dossiers.bulk import assemble
from dossiers.content import load
from dossiers.models import Audience, BulkExport, DossierExport, Status
from dossiers.render import data_fingerprint, render_dossier
from participants.consent import has_consent
from participants.models import Participant, Purpose
from portal.celery import TRANSIENT, ProgrammeTask, backoff
from programmes.tenancy import get_programme_for_task

log = logging.getLogger(__name__)

MAX_RETRIES = 4


@shared_task(base=ProgrammeTask, bind=True, acks_late=True, max_retries=MAX_RETRIES)
def generate_dossier(self, *, programme, export_id) -> str:
    """Make the PDF of one ``DossierExport``. Returns the row's status."""
    export = _claim(programme, export_id)
    if export is None:
        return "skipped"
    try:
        outcome = _render_and_store(export)
    except TRANSIENT as exc:
        _release(export, exc)
        raise self.retry_in_programme(programme, exc, export_id=export_id) from exc
    except Exception as exc:
        log.exception("Dossier %s could not be made", export.pk)
        _finish_failed(export, f"{type(exc).__name__}: {exc}"[:300], Result.FAILED)
        outcome = Status.FAILED
    if export.bulk_id:
        check_bulk(export.bulk_id)
    return outcome


def _claim(programme, export_id):
    """Mark the row running, unless it is done, gone, or another worker holds a fresh claim."""
    lease = datetime.timedelta(seconds=settings.DOSSIER_LEASE_SECONDS)
    now = timezone.now()
    with transaction.atomic():
        export = (
            DossierExport.objects.select_for_update(skip_locked=True)
            .filter(programme=programme, pk=export_id)
            .first()
        )
        if export is None or export.is_finished:
            return None
        if (
            export.status == Status.RUNNING
            and export.started_at
            and now - export.started_at < lease
        ):
            return None
        export.status = Status.RUNNING
        export.started_at = now
        export.attempts += 1
        export.save(update_fields=["status", "started_at", "attempts"])
    return export


def _render_and_store(export) -> str:
    participant = (
        Participant.objects.filter(programme=export.programme_id, pk=export.participant_id)
        .select_related("programme", "user", "municipality", "current_stage")
        .first()
    )
    if participant is None:
        _finish_failed(export, "participant no longer exists", Result.FAILED)
        return Status.FAILED
    if export.audience == Audience.MUNICIPALITY and not (
        has_consent(participant, Purpose.MUNICIPALITY)
        and participant.municipality_id == export.municipality_id
    ):
        _finish_failed(export, "consent withdrawn or moved", Result.DENIED)
        return Status.FAILED
    sources = load(participant)
    fingerprint = data_fingerprint(participant, sources=sources)
    version = _version_for(participant, fingerprint)
    pdf = render_dossier(
        participant,
        export.language,
        version=version,
        generated_at=timezone.now(),
        sources=sources,
    )
    with transaction.atomic():
        current = DossierExport.objects.select_for_update().get(pk=export.pk)
        if current.status == Status.DONE:  # another delivery finished first: keep that one
            return Status.DONE
        current.file.save("dossier.pdf", ContentFile(pdf), save=False)
        current.size = len(pdf)
        current.version = version
        current.fingerprint = fingerprint
        current.status = Status.DONE
        current.error = ""
        current.finished_at = timezone.now()
        current.save()
        record_system(
            Action.DOSSIER_GENERATED,
            programme=participant.programme,
            participant=participant,
            actor=current.requested_by,
            detail=f"v{version} ({current.language}) {current.get_audience_display()}",
        )
    return Status.DONE


def _version_for(participant, fingerprint) -> int:
    """The same data keeps its version number in every language; changed data gets the next."""
    done = DossierExport.objects.filter(
        programme=participant.programme, participant=participant, status=Status.DONE
    )
    same = done.filter(fingerprint=fingerprint).values_list("version", flat=True).first()
    if same:
        return same
    return (done.aggregate(top=Max("version"))["top"] or 0) + 1


def _release(export, exc):
    """A transient error: back to pending, so a retry or the sweeper picks it up again."""
    DossierExport.objects.filter(pk=export.pk, status=Status.RUNNING).update(
        status=Status.PENDING, error=str(exc)[:300], enqueued_at=timezone.now()
    )


def _finish_failed(export, error, result):
    DossierExport.objects.filter(pk=export.pk).exclude(status=Status.DONE).update(
        status=Status.FAILED, error=error, finished_at=timezone.now()
    )
    record_system(
        Action.DOSSIER_GENERATED,
        programme=export.programme,
        participant=export.participant,
        actor=export.requested_by,
        detail=error[:120],
        result=result,
    )


def check_bulk(bulk_id):
    """When the last dossier of a bulk export is finished, queue the ZIP (once)."""
    with transaction.atomic():
        bulk = BulkExport.objects.select_for_update().filter(pk=bulk_id).first()
        if bulk is None or bulk.status != Status.PENDING:
            return
        progress = across_programmes.bulk_progress(bulk)
        if progress.get(Status.PENDING, 0) or progress.get(Status.RUNNING, 0):
            return
        bulk.status = Status.RUNNING
        bulk.started_at = timezone.now()
        bulk.save(update_fields=["status", "started_at"])
        assemble_bulk_export.delay_on_commit(bulk_id=bulk.pk)


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def assemble_bulk_export(self, *, bulk_id) -> str:
    """Put the finished dossiers in one ZIP with a CSV summary. Idempotent by the row."""
    try:
        return assemble(bulk_id)
    except TRANSIENT as exc:
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc


@shared_task
def sweep_dossier_exports() -> dict:
    """Re-enqueue what is stuck; fail what keeps failing; finish bulk exports; drop expired ZIPs.

    Beat runs this every minute. Safe to run twice at once: the tasks it
    enqueues claim their rows, so a double enqueue makes one dossier.
    """
    now = timezone.now()
    grace = datetime.timedelta(seconds=settings.DOSSIER_PENDING_GRACE_SECONDS)
    lease = datetime.timedelta(seconds=settings.DOSSIER_LEASE_SECONDS)
    stuck = across_programmes.unfinished_dossiers(now - grace, now - lease)
    requeued = failed = 0
    for row in stuck:
        programme = get_programme_for_task(row["programme_id"])
        with scope(programme=programme):
            if row["attempts"] >= settings.DOSSIER_MAX_ATTEMPTS:
                export = DossierExport.objects.select_related("participant").get(pk=row["pk"])
                _finish_failed(export, "gave up after repeated attempts", Result.FAILED)
                failed += 1
                if row["bulk_id"]:
                    check_bulk(row["bulk_id"])
                continue
            # A running row past its lease was abandoned (its worker died): make it
            # claimable again. If that worker is only slow, whichever finishes first wins.
            released = DossierExport.objects.filter(
                pk=row["pk"], status__in=[Status.PENDING, Status.RUNNING]
            ).update(status=Status.PENDING, enqueued_at=now)
            if released:
                generate_dossier.delay(programme_id=row["programme_id"], export_id=row["pk"])
                requeued += 1
    for bulk_id in across_programmes.waiting_bulks():
        _sweep_bulk(bulk_id, now - lease)
    expired = _drop_expired_exports(now)
    return {"requeued": requeued, "failed": failed, "expired": expired}


def _sweep_bulk(bulk_id, running_before):
    bulk = BulkExport.objects.get(pk=bulk_id)
    if bulk.status == Status.PENDING:
        check_bulk(bulk_id)
    elif bulk.started_at and bulk.started_at < running_before:
        assemble_bulk_export.delay(bulk_id=bulk_id)


def _drop_expired_exports(now) -> int:
    """An expired ZIP is deleted from storage; the row stays as a record that it existed."""
    dropped = 0
    for bulk in BulkExport.objects.filter(expires_at__lte=now).exclude(file=""):
        bulk.file.delete(save=False)
        bulk.file = ""
        bulk.save(update_fields=["file"])
        dropped += 1
    return dropped
