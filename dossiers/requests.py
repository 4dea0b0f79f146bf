"""Asking for a dossier: reuse one that is still up to date, or queue a new one.

Runs inside the participant's programme scope. The task is queued on commit,
so a worker never looks for a row that is not there yet.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from dossiers.models import BulkExport, DossierExport, Status
from dossiers.render import data_fingerprint


def latest_dossiers(participant, *, audience, municipality=None) -> list[DossierExport]:
    """The newest dossier per language for this audience (one query)."""
    rows = DossierExport.objects.filter(
        programme=participant.programme,
        participant=participant,
        audience=audience,
        municipality=municipality,
        bulk__isnull=True,
    ).order_by("language", "-created_at", "-pk")
    newest = {}
    for row in rows:
        newest.setdefault(row.language, row)
    return [newest[code] for code, _name in settings.LANGUAGES if code in newest]


@transaction.atomic
def request_dossier(
    participant,
    language,
    *,
    audience,
    user,
    municipality=None,
    consent_id=None,
    bulk=None,
) -> DossierExport:
    """The dossier to show: an up-to-date or unfinished one, else a new queued row.

    ``consent_id`` is the consent in force when a municipality asks: kept with the row.
    A bulk export always makes new rows (its ZIP is built from exactly these).
    """
    if bulk is None:
        reusable = (
            DossierExport.objects.filter(
                programme=participant.programme,
                participant=participant,
                language=language,
                audience=audience,
                municipality=municipality,
                consent_id=consent_id,
                bulk__isnull=True,
            )
            .exclude(status=Status.FAILED)
            .first()
        )
        if reusable and (
            not reusable.is_finished or reusable.fingerprint == data_fingerprint(participant)
        ):
            return reusable
    export = DossierExport.objects.create(
        programme=participant.programme,
        participant=participant,
        language=language,
        audience=audience,
        requested_by=user,
        municipality=municipality,
        consent_id=consent_id,
        bulk=bulk,
        enqueued_at=timezone.now(),
    )
    enqueue(export)
    return export


def enqueue(export):
    from dossiers.tasks import generate_dossier

    generate_dossier.delay_on_commit(programme_id=export.programme_id, export_id=export.pk)


def new_bulk_export(user, municipality, language) -> BulkExport:
    hours = settings.DOSSIER_EXPORT_HOURS
    return BulkExport.objects.create(
        requested_by=user,
        municipality=municipality,
        language=language,
        expires_at=timezone.now() + datetime.timedelta(hours=hours),
    )
