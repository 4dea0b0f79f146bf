"""Erasing a participant (or an old application): keep what the figures need, delete the rest.

Called by a coordinator's decision (privacy/erasure_requests.py) and by the
retention task (privacy/retention.py), inside the programme's scope, in one
transaction. Files are deleted from storage only after the transaction commits,
so a rollback never leaves rows that point at files that are gone.

What stays, and why:

- The ``Participant`` row, with the name replaced by a placeholder ("Removed
  participant"), the internal number kept (it means nothing outside the programme
  and links the request and the audit log), status, current stage, the start
  dates of the route and of the stage: the overview's cohorts count these. A
  person still on the route is stopped today (the open stage too): erasure ends
  the route, and the figures show them as stopped, not as on the route forever.
- Stage history (stage, dates, outcome; the note is cleared), barriers (type,
  status, dates; the free text is cleared), language levels (skill, level, date,
  source; the evidence is cleared), credentials (kind, status, dates), internships
  (kind, organisation, dates), job placements (employer, contract, hours, dates)
  and the 3/6/12-month follow-ups (answers, without the free text): the figures
  and the cohort table read these. They say nothing about who the person was.
- The application (``Intake``) of an erased participant: status, dates, language
  and the Dutch level, for the selection figures; every answer, name and document
  is removed. Its status history keeps who decided and when, not the reason.
- Consents: the rows stay (purpose, yes or no, text version, date). They are the
  programme's proof that what it shared before the erasure was allowed (GDPR
  art. 7(1)) and hold nothing but that. The "shared with the municipality" link
  on the participant is cleared, so nothing can be shared any more.
- The audit log: append-only and hash-chained, so it cannot change. Its entries
  point at the participant's internal number (a link without a constraint) and
  hold what the file was about ("stage", "languages"), not its content. Where
  the participant acted themselves (a consent, a dossier download) the entry
  copied their name and email address at the time. That stays: the log is the
  evidence of who saw and changed a file, which the GDPR asks a programme to
  keep (art. 5(2), 17(3)(e)); it is readable only by the programme's staff.
- The erasure request itself, without the participant's free-text reason.

What is deleted: the name, phone, country of origin and municipality; case notes,
important dates, weekly schedule, attendance, housing, diplomas obtained, skill
assessments, evaluations' free text, the application's answers and documents
(files too), skills dossiers (PDFs too) and municipality ZIPs that hold one,
notifications and emails about them or to them. Their user account is closed
(see ``_close_account``) unless it is still used in another programme.

``HANDLED`` names every model that points at a participant, an application or a
user, with what happens to it. tests/security/test_erasure.py fails when a new
model points at one of those without an entry here.
"""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_scopes import scopes_disabled

from barriers.models import BarrierAction, BarrierEvent, ParticipantBarrier
from dossiers.models import BulkExport, DossierExport
from notifications.models import Notification, NotificationPreference, OutboxEmail
from participants.models import (
    Attendance,
    CaseNote,
    Credential,
    DecisionProposal,
    Diploma,
    Evaluation,
    FollowUp,
    HousingAllocation,
    Intake,
    IntakeDocument,
    IntakeEvent,
    Internship,
    JobPlacement,
    KeyDate,
    LanguageAssessment,
    Participant,
    Review,
    Schedule,
    SkillAssessment,
    StageEntry,
)
from privacy.models import ErasureRequest
from programmes.models import Membership, Role

# Stored as data, not through gettext: every reader sees the same placeholder.
ERASED_GIVEN_NAME = "Removed"
ERASED_FAMILY_NAME = "participant"
ERASED_EMAIL_DOMAIN = "erased.invalid"  # .invalid can never be a real address (RFC 2606)

STAFF_LINK = "a staff member's link (who recorded it); the erased person is not staff"
HANDLED = {
    "participants.Participant": "kept, anonymised: figures count it",
    "participants.StageEntry": "kept for the figures; note cleared",
    "barriers.ParticipantBarrier": "kept for the figures; free text cleared",
    "barriers.BarrierAction": "kept (dates); free text cleared",
    "barriers.BarrierEvent": "kept (status history); note cleared",
    "participants.LanguageAssessment": "kept for the figures; evidence cleared",
    "participants.Credential": "kept for the figures; title, checklist, note cleared",
    "participants.Internship": "kept (kind, dates: BBL figures); place, tutor, phone cleared",
    "participants.Evaluation": "kept (date, scores); free text cleared",
    "participants.JobPlacement": "kept (job yes/no, dates); job title cleared",
    "participants.FollowUp": "kept (answers); issues cleared",
    "participants.Consent": "kept as proof of what was allowed; holds no content",
    "participants.Intake": "kept anonymised for an erased participant; deleted by retention",
    "participants.IntakeDocument": "deleted, files too",
    "participants.IntakeEvent": "kept (who decided, when); reason cleared",
    "participants.Review": "kept (scores); note cleared",
    "participants.DecisionProposal": "kept; reason cleared",
    "participants.Diploma": "deleted",
    "participants.Schedule": "deleted",
    "participants.Attendance": "deleted",
    "participants.Session": "the programme's group session: only the attendance is deleted",
    "participants.KeyDate": "deleted",
    "participants.HousingAllocation": "deleted",
    "participants.CaseNote": "deleted",
    "participants.SkillAssessment": "deleted",
    "usersessions.UserSession": "deleted with the logins (portal.sessions)",
    "dossiers.DossierExport": "deleted, PDFs too",
    "dossiers.BulkExport": "a ZIP that holds their dossier loses its file",
    "notifications.Notification": "deleted: theirs, and staff reminders about them",
    "notifications.OutboxEmail": "deleted: to them, or about them",
    "notifications.NotificationPreference": "deleted with the account",
    "account.EmailAddress": "deleted with the account",
    "mfa.Authenticator": "deleted with the account",
    "programmes.Membership": "their participant role here is deleted",
    "audit.AuditEntry": "append-only and hash-chained: never changed (see above)",
    "privacy.ErasureRequest": "kept as the record; participant's reason cleared",
    "privacy.ErasureEvent": "kept (history of the request)",
    "participants.ConsentText": STAFF_LINK,
    "notifications.ReminderSetting": STAFF_LINK,
    "admin.LogEntry": "platform admins' own actions in the Django admin",
}


@dataclass
class Erased:
    """What one erasure did: the files it will delete after commit, rows per kind."""

    files: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    account_closed: bool = False

    def count(self, name, number):
        self.rows[name] = self.rows.get(name, 0) + number


def erase_participant(participant, *, now=None) -> Erased:
    """Anonymise ``participant`` as the module docstring says. Run inside their programme's scope."""
    now = now or timezone.now()
    erased = Erased()
    with transaction.atomic():
        person = Participant.objects.select_for_update().get(pk=participant.pk)
        keys = _subject_keys(person)
        _stop_route(person, timezone.localdate(now))
        _erase_route(person, erased)
        intake = Intake.objects.filter(participant=person).first()
        if intake is not None:
            keys.add(f"intake:{intake.pk}")
            _anonymise_intake(intake, erased)
        ErasureRequest.objects.filter(participant=person).update(reason="")
        user = person.user
        _forget_notifications(person.programme_id, keys, user, erased)
        person.given_name = ERASED_GIVEN_NAME
        person.family_name = ERASED_FAMILY_NAME
        person.phone = ""
        person.country_of_origin = ""
        person.municipality = None
        person.municipality_consent = None
        person.user = None
        person.save()
        if user is not None:
            _leave_programme(user, person.programme_id, erased)
        _delete_files_after_commit(erased.files)
        _forget_cached_figures(person.programme_id)
    participant.refresh_from_db()
    return erased


def erase_application(intake) -> Erased:
    """Delete an application that never led to a route (retention), documents and files too."""
    erased = Erased()
    with transaction.atomic():
        user = intake.applicant
        erased.files += _document_files(IntakeDocument.objects.filter(intake=intake))
        _forget_notifications(intake.programme_id, {f"intake:{intake.pk}"}, None, erased)
        Intake.objects.filter(pk=intake.pk).delete()
        erased.count("application", 1)
        _leave_programme(user, intake.programme_id, erased)
        _delete_files_after_commit(erased.files)
    return erased


def _subject_keys(person) -> set[str]:
    """The reminders' subject keys of this person's rows (notifications/rules/*: PREFIX)."""
    keys = set()
    for prefix, queryset in (
        ("stage-entry:", StageEntry.objects.filter(participant=person)),
        ("key-date:", KeyDate.objects.filter(participant=person)),
        ("internship:", Internship.objects.filter(participant=person)),
        ("follow-up:", FollowUp.objects.filter(placement__participant=person)),
        ("barrier:", ParticipantBarrier.objects.filter(participant=person)),
        ("barrier-action:", BarrierAction.objects.filter(barrier__participant=person)),
    ):
        keys.update(f"{prefix}{pk}" for pk in queryset.values_list("pk", flat=True))
    return keys


def _stop_route(person, today):
    """Erasure ends the route: the open stage stops today, so no reminder or figure waits on it."""
    if person.status != Participant.Status.ACTIVE:
        return
    StageEntry.objects.filter(participant=person, outcome=StageEntry.Outcome.IN_PROGRESS).update(
        outcome=StageEntry.Outcome.STOPPED, ended_on=today
    )
    person.status = Participant.Status.STOPPED


def _erase_route(person, erased):
    of = {"participant": person}
    erased.count("stage notes", StageEntry.objects.filter(**of).update(note=""))
    erased.count(
        "barriers",
        ParticipantBarrier.objects.filter(**of).update(
            how_it_shows="", next_step="", in_dossier=False
        ),
    )
    BarrierAction.objects.filter(barrier__participant=person).update(
        description="", note="", evidence=""
    )
    BarrierEvent.objects.filter(barrier__participant=person).update(note="")
    LanguageAssessment.objects.filter(**of).update(evidence="")
    Credential.objects.filter(**of).update(title="", dutch_level="", checklist=[], note="")
    Internship.objects.filter(**of).update(department="", address="", mentor_phone="", tutor="")
    Evaluation.objects.filter(internship__participant=person).update(going_well="", to_improve="")
    JobPlacement.objects.filter(**of).update(role="")
    FollowUp.objects.filter(placement__participant=person).update(issues="")
    for model in (
        CaseNote,
        KeyDate,
        Schedule,
        Attendance,
        HousingAllocation,
        Diploma,
        SkillAssessment,
    ):
        deleted, _ = model.objects.filter(**of).delete()
        erased.count(model._meta.model_name, deleted)
    exports = DossierExport.objects.filter(**of)
    erased.files += [name for name in exports.values_list("file", flat=True) if name]
    _empty_bulk_exports(exports.exclude(bulk=None).values_list("bulk_id", flat=True), erased)
    deleted, _ = exports.delete()
    erased.count("dossiers", deleted)


def _empty_bulk_exports(bulk_ids, erased):
    """A municipality's ZIP with this person's dossier inside: its file goes, the row says so."""
    # BulkExport spans programmes and is not a tenant row: no scope needed.
    for bulk in BulkExport.objects.filter(pk__in=list(bulk_ids)).exclude(file=""):
        erased.files.append(bulk.file.name)
        BulkExport.objects.filter(pk=bulk.pk).update(file="", expires_at=timezone.now())


def _document_files(documents) -> list[str]:
    return [name for name in documents.values_list("file", flat=True) if name]


def _anonymise_intake(intake, erased):
    documents = IntakeDocument.objects.filter(intake=intake)
    erased.files += _document_files(documents)
    deleted, _ = documents.delete()
    erased.count("documents", deleted)
    Intake.objects.filter(pk=intake.pk).update(
        answers={},
        given_name="",
        family_name="",
        household="",
        residence_type="",
        municipality=None,
        decision_reason="",
        interview_at=None,
        interview_place="",
        interview_link="",
    )
    IntakeEvent.objects.filter(intake=intake).update(reason="")
    Review.objects.filter(intake=intake).update(note="")
    DecisionProposal.objects.filter(intake=intake).update(reason="")


def _forget_notifications(programme_id, keys, user, erased):
    """Reminders about them (staff's too: they carry the name) and everything sent to them."""
    about = Q(programme_id=programme_id, subject_key__in=keys)
    if user is not None:
        about |= Q(programme_id=programme_id, recipient=user)
    ids = list(Notification.objects.filter(about).values_list("pk", flat=True))
    # An email's text was rendered when it was made, so the stored copies go too.
    emails = Q(notification_id__in=ids) | Q(items__in=ids)
    if user is not None:
        emails |= Q(recipient=user)
    matching = OutboxEmail.objects.filter(emails).values("pk")
    erased.count("emails", OutboxEmail.objects.filter(pk__in=matching).delete()[0])
    erased.count("notifications", Notification.objects.filter(pk__in=ids).delete()[0])


def _leave_programme(user, programme_id, erased):
    """Take away their role here; close the account when nothing else uses it."""
    Membership.objects.filter(user=user, programme_id=programme_id, role=Role.PARTICIPANT).delete()
    if not _used_elsewhere(user, programme_id):
        _close_account(user)
        erased.account_closed = True


def _used_elsewhere(user, programme_id) -> bool:
    """Does the account still have a role, an application or a route anywhere?

    Its one application in this programme is the one being erased (or deleted).

    One of the few reads across programmes (see programmes/tenancy.py): an account
    is one person's in every programme, so closing it needs to know them all.
    """
    if user.is_staff or user.is_superuser:
        return True
    with scopes_disabled():
        return (
            Membership.objects.filter(user=user).exists()
            or Intake.objects.filter(applicant=user).exclude(programme_id=programme_id).exists()
            or Participant.objects.filter(user=user).exists()
        )


def _close_account(user):
    """No login, no address, no second factor, no session: the account is an empty shell.

    The row stays because old rows (an anonymised application, a consent) point at
    it; it holds nothing that names the person any more.
    """
    user.email = f"erased-{user.pk}@{ERASED_EMAIL_DOMAIN}"
    user.name = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
    OutboxEmail.objects.filter(recipient=user).delete()
    # Saving is_active=False above ended every login already (portal.sessions, on
    # post_save); Django also refuses an inactive user and a session whose password
    # hash changed.


def _delete_files_after_commit(names):
    names = list(names)

    def delete():
        for name in names:
            default_storage.delete(name)

    if names:
        transaction.on_commit(delete)


def _forget_cached_figures(programme_id):
    """The overview caches its figures, stop reasons included (programmes/cohorts.py)."""
    cache.delete_many([f"overview:{programme_id}:0", f"overview:{programme_id}:1"])
