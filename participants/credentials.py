"""Credentials: foreign diplomas and their evaluation, BIG registration, EVC and the VOG.

Each is one procedure with a status, dates, a document checklist and, for waiting
lists, the date it is applied for and the expected start. The functions check the
rules and record who changed it; a refusal is a ``CredentialError`` at its field.

Default checklist items are stored as their English text and translated when shown
(``checklist_items``), so the participant reads them in their own language. Items a
coordinator adds are shown as typed.
"""

from django.db import transaction
from django.http import Http404
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_noop

from participants.models import Credential
from participants.route import RouteError

Kind = Credential.Kind
Status = Credential.Status

FIELDS = (
    "title",
    "status",
    "evaluated_by",
    "dutch_level",
    "big_path",
    "applied_on",
    "expected_start",
    "decided_on",
    "note",
)
# A decision closes the procedure: it needs the date of the decision.
DECIDED = frozenset({Status.DONE, Status.REFUSED})

DEFAULT_CHECKLISTS = {
    Kind.DIPLOMA: [
        gettext_noop("Copy of the diploma"),
        gettext_noop("List of subjects and grades"),
        gettext_noop("Sworn translation of the diploma and the grade list"),
        gettext_noop("Copy of an ID document"),
    ],
    Kind.BIG: [
        gettext_noop("Evaluation of the diploma (CBGV)"),
        gettext_noop("Dutch language certificate (B1 or B2)"),
        gettext_noop("Professional knowledge test"),
        gettext_noop("Copy of an ID document"),
    ],
    Kind.VOG: [
        gettext_noop("Application sent by the employer or school"),
        gettext_noop("Application paid"),
        gettext_noop("VOG received"),
    ],
    Kind.EVC: [
        gettext_noop("Portfolio with work experience"),
        gettext_noop("Letters from former employers"),
        gettext_noop("Assessment"),
    ],
}


class CredentialError(RouteError):
    """A credential that cannot be saved, with the field the message belongs to."""


def default_checklist(kind) -> list:
    """The usual documents for this kind, none done yet."""
    return [{"item": item, "done": False} for item in DEFAULT_CHECKLISTS.get(kind, [])]


def checklist_items(credential) -> list:
    """The checklist with each item in the reader's language: dicts of index, label, done."""
    return [
        {"index": index, "label": gettext(entry.get("item", "")), "done": bool(entry.get("done"))}
        for index, entry in enumerate(credential.checklist or [])
    ]


def _date(value) -> str:
    return formats.date_format(value, "j F Y")


def _check(kind, data):
    """The rules for one credential's fields; raises ``CredentialError`` at the field."""
    status = data.get("status")
    applied_on, decided_on = data.get("applied_on"), data.get("decided_on")
    expected_start = data.get("expected_start")
    if kind not in Kind.values:
        raise CredentialError(gettext("Choose what kind of credential it is."), "kind")
    if status not in Status.values:
        raise CredentialError(gettext("Choose a status."), "status")
    if data.get("big_path") and kind != Kind.BIG:
        raise CredentialError(
            gettext("A BIG path is only for a BIG registration. Leave it empty."), "big_path"
        )
    today = timezone.localdate()
    if applied_on and applied_on > today:
        raise CredentialError(
            gettext("The date of applying cannot be in the future."), "applied_on"
        )
    if decided_on and decided_on > today:
        raise CredentialError(
            gettext("The date of the decision cannot be in the future."), "decided_on"
        )
    if decided_on and applied_on and decided_on < applied_on:
        raise CredentialError(
            gettext("The decision cannot be before the application, %(date)s.")
            % {"date": _date(applied_on)},
            "decided_on",
        )
    if status in DECIDED and not decided_on:
        raise CredentialError(gettext("Enter the date of the decision."), "decided_on")
    if status == Status.WAITING:
        if not applied_on:
            raise CredentialError(
                gettext("Enter when the participant was put on the waiting list."), "applied_on"
            )
        if not expected_start:
            raise CredentialError(
                gettext("Enter when the participant can expect to start. A guess is fine."),
                "expected_start",
            )
    if expected_start and applied_on and expected_start < applied_on:
        raise CredentialError(
            gettext("The expected start cannot be before the application, %(date)s.")
            % {"date": _date(applied_on)},
            "expected_start",
        )


def _clean(data) -> dict:
    cleaned = {name: data.get(name) for name in FIELDS}
    for text in ("title", "evaluated_by", "dutch_level", "big_path", "note"):
        cleaned[text] = cleaned[text] or ""
    return cleaned


@transaction.atomic
def create_credential(participant, *, kind, by, checklist=None, **data) -> Credential:
    """Start a credential for the participant, with the usual checklist for its kind."""
    data.setdefault("status", Status.TO_DO)
    _check(kind, data)
    return Credential.objects.create(
        programme_id=participant.programme_id,
        participant=participant,
        kind=kind,
        checklist=default_checklist(kind) if checklist is None else checklist,
        updated_by=by,
        **_clean(data),
    )


def _locked(credential) -> Credential:
    return Credential.objects.select_for_update().get(
        programme_id=credential.programme_id, pk=credential.pk
    )


@transaction.atomic
def update_credential(credential, *, by, done=None, new_item="", **data) -> Credential:
    """Change status and dates; tick checklist items (``done``: the indexes that are done)
    and add ``new_item`` to the checklist. Returns the saved credential."""
    locked = _locked(credential)
    _check(locked.kind, data)
    for name, value in _clean(data).items():
        setattr(locked, name, value)
    if done is not None:
        _tick(locked, done)
    if new_item:
        locked.checklist = [*locked.checklist, {"item": new_item.strip(), "done": False}]
    locked.updated_by = by
    locked.save()
    return locked


def _tick(credential, done):
    done = {int(index) for index in done}
    credential.checklist = [
        {**entry, "done": index in done} for index, entry in enumerate(credential.checklist)
    ]


@transaction.atomic
def tick(credential, index, done, *, by) -> Credential:
    """Mark one checklist item as done (or not done)."""
    locked = _locked(credential)
    if not 0 <= index < len(locked.checklist):
        raise CredentialError(gettext("This item is not on the checklist."), "done")
    locked.checklist[index] = {**locked.checklist[index], "done": bool(done)}
    locked.updated_by = by
    locked.save(update_fields=["checklist", "updated_by", "updated_at"])
    return locked


def get_credential_for(request, participant, pk) -> Credential:
    """A credential of this participant in ``request.programme``; anything else is a 404.

    ``participant`` must come from ``get_participant_for``, which checked the right.
    """
    credential = (
        Credential.objects.filter(programme=request.programme, participant=participant, pk=pk)
        .select_related("updated_by")
        .first()
    )
    if credential is None:
        raise Http404("No such credential.")
    return credential


def credentials_of(participant) -> list:
    """The participant's credentials with who last changed them (one query)."""
    return list(
        Credential.objects.filter(
            programme_id=participant.programme_id, participant=participant
        ).select_related("updated_by")
    )
