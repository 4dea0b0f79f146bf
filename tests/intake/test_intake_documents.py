"""An applicant's documents: served to reviewers only, as attachments."""

from django.core.files.base import ContentFile
from django_scopes import scopes_disabled

from participants.models import Intake, IntakeDocument
from tests.conftest import MINIMAL_PDF
from tests.factories import IntakeFactory
from tests.intake.coordinator import (
    intake_url,
)

Status = Intake.Status


# Documents --------------------------------------------------------------------------------


def test_a_document_downloads_as_an_attachment_with_its_type(client, world, coordinator):
    response = client.get(intake_url("document", world.intake, document=world.intake_document.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="diploma.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == MINIMAL_PDF


def test_a_document_of_another_application_is_404(client, world, coordinator):
    with scopes_disabled():
        other = IntakeFactory(programme=world.programme)
        theirs = IntakeDocument.objects.create(
            programme=world.programme,
            intake=other,
            file=ContentFile(MINIMAL_PDF, name="other.pdf"),
            original_name="other.pdf",
            content_type="application/pdf",
            size=len(MINIMAL_PDF),
        )
    response = client.get(intake_url("document", world.intake, document=theirs.pk))
    assert response.status_code == 404
    # Through its own application it is there.
    assert client.get(intake_url("document", other, document=theirs.pk)).status_code == 200


def test_a_document_of_a_draft_is_404(client, world, coordinator):
    with scopes_disabled():
        Intake.objects.filter(pk=world.intake.pk).update(status=Status.DRAFT)
    response = client.get(intake_url("document", world.intake, document=world.intake_document.pk))
    assert response.status_code == 404
