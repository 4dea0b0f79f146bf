"""The programme admin publishes new versions of consent texts; how participants answered them.

A published text is never edited: a change is version N+1. Participants who said
yes to an older version keep sharing, and their page asks them to read the new
text (``PurposeState.needs_renewal``).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery

from participants.models import Consent, ConsentText, Purpose
from programmes.models import Programme

LANGUAGES = ("nl", "en", "ar")


class UnchangedTextError(Exception):
    """The submitted text is the same as the current version in every language."""


class NewerVersionError(Exception):
    """Someone published another version after the admin opened the form."""


@dataclass
class Answers:
    """How many participants' latest answer is yes (to this or an older version) or no."""

    yes: int = 0
    yes_older: int = 0
    no: int = 0


@dataclass
class PurposeTexts:
    """One purpose: its current text, the earlier versions (newest first) and the answers."""

    purpose: str
    label: str
    current: ConsentText | None = None
    earlier: list[ConsentText] = field(default_factory=list)
    answers: Answers = field(default_factory=Answers)


def normalised(text: str) -> str:
    """Browsers send line breaks as CRLF; compare and store them as LF, without outer spaces."""
    return text.replace("\r\n", "\n").strip()


def texts_in(text: ConsentText | None) -> dict[str, str]:
    """The text of one version in each language (empty strings when there is none)."""
    return {
        language: normalised(getattr(text, f"text_{language}", "") or "") for language in LANGUAGES
    }


def overview(programme) -> list[PurposeTexts]:
    """Every purpose with all its versions and the participants' answers (two queries)."""
    rows = {purpose.value: PurposeTexts(purpose.value, purpose.label) for purpose in Purpose}
    versions = ConsentText.objects.filter(programme=programme).select_related("published_by")
    for text in versions.order_by("purpose", "-version"):
        row = rows[text.purpose]
        if row.current is None:
            row.current = text
        else:
            row.earlier.append(text)
    current_ids = [row.current.pk for row in rows.values() if row.current is not None]
    for purpose, answers in answer_counts(programme, current_ids).items():
        rows[purpose].answers = answers
    return list(rows.values())


def answer_counts(programme, current_ids) -> dict[str, Answers]:
    """Per purpose, count the participants by their latest answer (one aggregated query).

    ``current_ids`` are the ids of the current text of each purpose: a yes to
    any other version is a yes to an older version.
    """
    newest = Consent.objects.filter(
        programme=programme, participant=OuterRef("participant"), purpose=OuterRef("purpose")
    ).order_by("-at", "-pk")
    rows = (
        Consent.objects.filter(programme=programme, pk=Subquery(newest.values("pk")[:1]))
        .values("purpose")
        .annotate(
            yes=Count("pk", filter=Q(given=True, text_id__in=current_ids)),
            yes_older=Count("pk", filter=Q(given=True) & ~Q(text_id__in=current_ids)),
            no=Count("pk", filter=Q(given=False)),
        )
        .order_by()
    )
    return {row["purpose"]: Answers(row["yes"], row["yes_older"], row["no"]) for row in rows}


def current_text(programme, purpose: str) -> ConsentText | None:
    """The newest version of one purpose's text, or None before the first is published."""
    return ConsentText.objects.filter(programme=programme, purpose=purpose).first()


@transaction.atomic
def publish(programme, purpose: str, texts: dict[str, str], by, based_on: int = 0) -> ConsentText:
    """Publish ``texts`` (nl, en, ar) as the next version of ``purpose``'s consent text.

    ``based_on`` is the version the admin saw; if another one was published since,
    raise ``NewerVersionError`` rather than replace it unseen. Raise
    ``UnchangedTextError`` when nothing changed.
    """
    if purpose not in Purpose.values:
        raise ValueError(f"Unknown purpose {purpose!r}.")
    # One publication at a time per programme: the next version number is then safe to take.
    Programme.objects.select_for_update().filter(pk=programme.pk).first()
    current = current_text(programme, purpose)
    version = current.version if current else 0
    if version != based_on:
        raise NewerVersionError
    texts = {language: normalised(texts[language]) for language in LANGUAGES}
    if current is not None and texts_in(current) == texts:
        raise UnchangedTextError
    return ConsentText.objects.create(
        programme=programme,
        purpose=purpose,
        version=version + 1,
        published_by=by,
        **{f"text_{language}": texts[language] for language in LANGUAGES},
    )
