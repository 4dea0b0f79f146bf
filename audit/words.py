"""Audit entries in plain words, for the participant and for staff.

An entry's ``detail`` is a short key the code writes ("stage", "languages"); here it
becomes words in the reader's language. A detail without a key here (a dossier's
"v3 (ar)") is shown as it is.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from audit.models import Action, AuditEntry, Result
from participants.models import Purpose

# What the participant reads: a whole phrase per action.
FOR_PARTICIPANT = {
    Action.VIEWED_FILE: _("Looked at your file"),
    Action.CHANGED: _("Changed something in your file"),
    Action.CONSENT_CHANGED: _("Changed a permission"),
    Action.DOSSIER_GENERATED: _("Made your dossier"),
    Action.DOSSIER_DOWNLOADED: _("Downloaded your dossier"),
    Action.EXPORT_REQUESTED: _("Asked for a file with your dossier"),
    Action.EXPORT_DOWNLOADED: _("Downloaded a file with your dossier"),
    Action.VIEWED_LOG: _("Looked at who saw your file"),
    Action.DATA_DOWNLOADED: _("Downloaded all your data"),
    Action.ERASURE_REQUESTED: _("Asked to remove your data"),
    Action.ERASURE_WITHDRAWN: _("Withdrew the request to remove your data"),
    Action.ERASURE_REFUSED: _("Refused to remove your data"),
    Action.ERASED: _("Removed your data"),
}

# The part of the file an entry is about.
TOPICS = {
    "route": _("route"),
    "stage": _("stage on the route"),
    "schedule": _("weekly schedule"),
    "diploma": _("diplomas"),
    "note": _("notes"),
    "internship": _("internship"),
    "attendance": _("attendance at the internship"),
    "evaluation": _("evaluation of the internship"),
    "housing": _("housing"),
    "housing support": _("help with housing"),
    "job": _("job"),
    "follow-up": _("follow-up of the job"),
    "languages": _("Dutch language levels"),
    "credentials": _("diplomas, BIG, EVC and VOG"),
    "key_dates": _("important dates"),
    "skills": _("skills"),
    "barriers": _("barriers"),
    "barrier": _("a barrier"),
    "barrier status": _("status of a barrier"),
    "barrier action": _("action on a barrier"),
    "barrier change": _("a barrier"),
    "all data (json)": _("all your data, as a JSON file"),
    "all data (pdf)": _("all your data, as a PDF file"),
    "erasure request": _("a request to remove data"),
    "request": _("a request to remove data"),
    "retention": _("the end of the period to keep data"),
    "application": _("an application"),
}

CONSENT_GIVEN = "yes"
CONSENT_WITHDRAWN = "no"


def consent_detail(purpose, given: bool) -> str:
    """The detail of a ``consent_changed`` entry: ``municipality:yes``."""
    return f"{purpose}:{CONSENT_GIVEN if given else CONSENT_WITHDRAWN}"


def _consent(entry: AuditEntry):
    """(purpose label, given) of a ``consent_changed`` entry, or None if the detail is unknown."""
    purpose, _sep, answer = entry.detail.partition(":")
    if purpose not in Purpose.values or answer not in (CONSENT_GIVEN, CONSENT_WITHDRAWN):
        return None
    return Purpose(purpose).label, answer == CONSENT_GIVEN


def topic(entry: AuditEntry) -> str:
    """What part of the file, in words; for a permission, which one and the answer."""
    consent = _consent(entry) if entry.action == Action.CONSENT_CHANGED else None
    if consent is not None:
        label, given = consent
        if given:
            return _("Said yes: %(purpose)s") % {"purpose": label}
        return _("Said no: %(purpose)s") % {"purpose": label}
    return str(TOPICS.get(entry.detail, entry.detail))


@dataclass
class Line:
    """One entry as the participant reads it."""

    at: object
    who: str
    where: str
    what: str
    about: str
    problem: str


def for_participant(entry: AuditEntry, viewer) -> Line:
    """The entry for the participant it is about; ``viewer`` is that participant's user."""
    where = ", ".join(part for part in (entry.get_role_display(), entry.organisation) if part)
    if entry.actor_id is not None and entry.actor_id == viewer.pk:
        who, where = str(_("You")), ""
    elif entry.actor_id is None and not entry.actor_name and not entry.actor_email:
        who = str(_("Zorgroute, automatically"))
    else:
        who = entry.actor_name or entry.actor_email
    what = str(FOR_PARTICIPANT.get(entry.action, entry.get_action_display()))
    # A detail the code wrote in its own words (a dossier's version) is for the participant
    # only when all went well: a failure's detail is a technical message.
    about = topic(entry) if entry.detail in TOPICS or entry.result == Result.OK else ""
    consent = _consent(entry) if entry.action == Action.CONSENT_CHANGED else None
    if consent is not None:
        about, given = consent
        what = str(_("Gave permission") if given else _("Withdrew permission"))
    return Line(
        at=entry.at,
        who=who,
        where=where,
        what=what,
        about=str(about),
        problem="" if entry.result == Result.OK else entry.get_result_display(),
    )
