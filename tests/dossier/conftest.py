"""Dossier tests: files go to a temporary folder; a helper marks a recent re-authentication."""

import pytest
from django_scopes import scopes_disabled

from participants.consent import answer
from participants.models import ConsentText, Purpose


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def consent_to_municipality(participant, given=True):
    with scopes_disabled():
        ConsentText.objects.get_or_create(
            programme=participant.programme,
            purpose=Purpose.MUNICIPALITY,
            version=1,
            defaults={
                "text_nl": "Mag de gemeente mijn dossier zien?",
                "text_en": "May the municipality see my dossier?",
            },
        )
        return answer(participant, Purpose.MUNICIPALITY, given, by=participant.user)
