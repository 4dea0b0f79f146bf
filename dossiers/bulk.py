"""A municipality's bulk export: the finished dossiers in one ZIP, with a CSV summary."""

import csv
import io
import zipfile

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from dossiers import across_programmes
from dossiers.models import BulkExport, Status
from portal.spreadsheets import BOM, safe_cell


def summary_header() -> list[str]:
    return [
        gettext("Programme"),
        gettext("Participant number"),
        gettext("First name"),
        gettext("Last name"),
        gettext("Stage"),
        gettext("Consent given on"),
        gettext("Dossier version"),
        gettext("File"),
        gettext("Result"),
    ]


def summary_row(item) -> list[str]:
    participant = item.participant
    done = item.status == Status.DONE
    return [
        safe_cell(value)
        for value in (
            item.programme.name,
            participant.number,
            participant.given_name,
            participant.family_name,
            participant.current_stage.name if participant.current_stage else "",
            timezone.localtime(item.consent.at).strftime("%Y-%m-%d") if item.consent else "",
            item.version or "",
            item_file_name(item) if done else "",
            gettext("Ready")
            if done
            else gettext("Not included: %(reason)s") % {"reason": item.error},
        )
    ]


def item_file_name(item) -> str:
    return f"{item.programme.slug}/{item.download_name()}"


def assemble(bulk_id) -> str:
    """Build the ZIP once. The lock on the row keeps a second delivery from building it again."""
    with transaction.atomic():
        bulk = BulkExport.objects.select_for_update().select_related("requested_by").get(pk=bulk_id)
        if bulk.status in (Status.DONE, Status.FAILED):
            return bulk.status
        items = across_programmes.bulk_items(bulk)
        with translation.override(bulk.language):
            content = _zip(items)
        bulk.file.save("export.zip", ContentFile(content), save=False)
        bulk.size = len(content)
        bulk.status = Status.DONE
        bulk.finished_at = timezone.now()
        bulk.save()
    return Status.DONE


def _zip(items) -> bytes:
    buffer = io.BytesIO()
    summary = io.StringIO()
    writer = csv.writer(summary, delimiter=";")
    writer.writerow(summary_header())
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in items:
            writer.writerow(summary_row(item))
            if item.status == Status.DONE:
                with item.file.open("rb") as pdf:
                    archive.writestr(item_file_name(item), pdf.read())
        archive.writestr(gettext("summary") + ".csv", BOM + summary.getvalue())
    return buffer.getvalue()
