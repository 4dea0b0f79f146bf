"""Giving and withdrawing consent. Every answer is a new row; the latest per purpose counts."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from participants.models import Consent, ConsentText, Participant, Purpose


@dataclass
class PurposeState:
    purpose: str
    label: str
    text: ConsentText | None  # the current version of the text
    latest: Consent | None  # the participant's latest answer, if any

    @property
    def given(self) -> bool:
        """Consent counts only while the latest answer is yes."""
        return bool(self.latest and self.latest.given)

    @property
    def needs_renewal(self) -> bool:
        """Yes was given to an older version of the text."""
        return self.given and self.text is not None and self.latest.text_id != self.text.pk


def current_texts(programme) -> dict[str, ConsentText]:
    """The newest version of each purpose's text (one query)."""
    newest = (
        ConsentText.objects.filter(programme=programme)
        .values("purpose")
        .annotate(version=Max("version"))
    )
    wanted = {(row["purpose"], row["version"]) for row in newest}
    return {
        text.purpose: text
        for text in ConsentText.objects.filter(programme=programme)
        if (text.purpose, text.version) in wanted
    }


def states(participant) -> list[PurposeState]:
    """Each purpose with its current text and the participant's latest answer (two queries)."""
    texts = current_texts(participant.programme)
    latest = {}
    for answer in Consent.objects.filter(participant=participant).select_related("text"):
        latest.setdefault(answer.purpose, answer)  # ordered newest first
    return [
        PurposeState(
            purpose.value, purpose.label, texts.get(purpose.value), latest.get(purpose.value)
        )
        for purpose in Purpose
    ]


@transaction.atomic
def answer(participant, purpose: str, given: bool, by) -> Consent:
    """Record a yes or no to the current text of ``purpose``. It counts at once."""
    Participant.objects.select_for_update().filter(pk=participant.pk).first()
    text = current_texts(participant.programme).get(purpose)
    if text is None:
        raise ValueError(f"No consent text for {purpose}.")
    consent = Consent.objects.create(
        programme=participant.programme,
        participant=participant,
        purpose=purpose,
        text=text,
        given=given,
        by=by,
    )
    if purpose == Purpose.MUNICIPALITY:
        # .update(): neither updated_at nor the dossier's data changes with it.
        Participant.objects.filter(pk=participant.pk).update(
            municipality_consent=consent if given else None
        )
    return consent


def has_consent(participant, purpose: str) -> bool:
    """Does the participant's latest answer for ``purpose`` say yes? (one query)."""
    latest = Consent.objects.filter(participant=participant, purpose=purpose).first()
    return bool(latest and latest.given)
