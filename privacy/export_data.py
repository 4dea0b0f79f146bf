"""Everything one programme holds about one participant, read in a fixed number of queries.

The GDPR gives a participant the right to see their data (article 15) and to take it
with them in a machine-readable form (article 20). ``load(participant)`` reads every
row about them in their own programme: 32 queries, however many rows there are.
``privacy.export_sections`` turns the rows into the sections of both downloads.

Every model with a link to ``Participant`` or to their user was looked at:

- participants/: Participant, Intake (all answers, also the steps they typed and did
  not save yet), IntakeDocument (name, type, size, date: not the file itself, which
  they uploaded and a coordinator can hand over), IntakeEvent, Review and Score (the
  notes and scores about them), DecisionProposal, StageEntry, Diploma, Schedule,
  Attendance (group sessions and internship days), LanguageAssessment, Credential,
  SkillAssessment, Internship, Evaluation (also those not shared with them: the GDPR
  covers staff's opinions about a person), JobPlacement, FollowUp, HousingAllocation,
  KeyDate, CaseNote (also staff-only notes), Consent with the text they answered.
- barriers/: ParticipantBarrier (all of them, not only those they see or share),
  BarrierAction, BarrierEvent.
- dossiers/: DossierExport (which dossiers were made, for whom, when; the PDFs can be
  downloaded on "My dossier"). BulkExport holds no participant: its rows are the
  DossierExports above.
- notifications/: Notification to their user in this programme, the OutboxEmail made
  for those notifications, their NotificationPreference.
- audit/: every AuditEntry about them (who, role, organisation, when, what).
- the account (portal.User, allauth EmailAddress, programmes.Membership in this
  programme).

Left out, and why:

- the password hash, MFA secrets, recovery codes, session keys: secrets, not data
  about the person, and dangerous in a file that is easy to forward;
- other people's personal data. Staff who recorded something ("by", "recorded_by",
  "updated_by") are left out; reviewers are named by their organisation only; the
  audit log names the actor as "Who looked at my file" does (name, role,
  organisation), without their email or IP address. The mentor and the owner of a
  barrier are named, as on the participant's own pages. Other attendees of a group
  session are not listed;
- rows of other programmes, even of the same user: each programme is its own
  controller of its data, and the request runs in this programme's scope (row-level
  security would refuse the rest anyway);
- digest emails (OutboxEmail of type "digest"): one email spans programmes;
- programme configuration (stages, criteria, catalogue texts) except the names needed
  to read a row.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db.models import Prefetch, Q

from audit.models import AuditEntry
from barriers.models import BarrierAction, BarrierEvent, ParticipantBarrier
from dossiers.models import DossierExport
from notifications.models import EmailType, Notification, OutboxEmail
from participants.intake_form import questions_for
from participants.models import (
    Attendance,
    CaseNote,
    Consent,
    Credential,
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
    Score,
    SkillAssessment,
    StageEntry,
)
from participants.models.review import DecisionProposal
from programmes.models import Membership

FORMAT_VERSION = 1


@dataclass
class Sources:
    """The loaded rows, each list in a stable order (oldest first where time matters)."""

    participant: object
    questions: list
    email_addresses: list
    memberships: list
    intakes: list
    stage_entries: list
    diplomas: list
    attendance: list
    languages: list
    credentials: list
    skills: list
    barriers: list
    internships: list
    placements: list
    housing: list
    key_dates: list
    notes: list
    consents: list
    notifications: list
    emails: list
    dossiers: list
    audit: list


def own_participant(request):
    """The participant record of the logged-in user in this request's programme, or None."""
    return (
        Participant.objects.filter(programme=request.programme, user=request.user)
        .select_related(
            "programme",
            "user",
            "user__notification_preference",
            "current_stage",
            "municipality",
            "schedule",
        )
        .first()
    )


def load(participant) -> Sources:
    """Every row about ``participant`` in their programme. Run inside its scope.

    ``participant`` comes from ``own_participant`` (with its user, stage, municipality,
    schedule and notification preference joined). One query per kind of row.
    """
    programme = participant.programme_id
    user = participant.user
    mine = {"programme_id": programme, "participant": participant}
    intakes = (
        Intake.objects.filter(programme_id=programme)
        .filter(Q(participant=participant) | Q(applicant=user))
        .select_related("municipality")
        .prefetch_related(
            Prefetch("documents", IntakeDocument.objects.order_by("uploaded_at", "pk")),
            Prefetch("events", IntakeEvent.objects.order_by("at", "pk")),
            Prefetch(
                "reviews",
                Review.objects.order_by("updated_at", "pk").prefetch_related(
                    Prefetch("scores", Score.objects.select_related("criterion").order_by("pk"))
                ),
            ),
            Prefetch("proposals", DecisionProposal.objects.order_by("created_at", "pk")),
        )
        .order_by("created_at", "pk")
    )
    return Sources(
        participant=participant,
        questions=questions_for(participant.programme),
        email_addresses=list(EmailAddress.objects.filter(user=user).order_by("pk")),
        memberships=list(
            Membership.objects.filter(user=user, programme_id=programme).order_by("pk")
        ),
        intakes=list(intakes),
        stage_entries=list(StageEntry.objects.filter(**mine).select_related("stage")),
        diplomas=list(Diploma.objects.filter(**mine).order_by("obtained_on", "pk")),
        attendance=list(
            Attendance.objects.filter(**mine)
            .select_related("session", "internship__organisation")
            .order_by("date", "pk")
        ),
        languages=list(LanguageAssessment.objects.filter(**mine)),
        credentials=list(Credential.objects.filter(**mine)),
        skills=list(
            SkillAssessment.objects.filter(**mine)
            .select_related("skill")
            .order_by("assessed_on", "pk")
        ),
        barriers=list(
            ParticipantBarrier.objects.filter(**mine)
            .select_related("barrier_type", "owner")
            .prefetch_related(
                Prefetch("actions", BarrierAction.objects.order_by("created_at", "pk")),
                Prefetch("events", BarrierEvent.objects.order_by("at", "pk")),
            )
            .order_by("identified_on", "pk")
        ),
        internships=list(
            Internship.objects.filter(**mine)
            .select_related("organisation", "mentor")
            .prefetch_related(Prefetch("evaluations", Evaluation.objects.order_by("date", "pk")))
            .order_by("starts_on", "pk")
        ),
        placements=list(
            JobPlacement.objects.filter(**mine)
            .select_related("employer")
            .prefetch_related(Prefetch("follow_ups", FollowUp.objects.order_by("month")))
            .order_by("starts_on", "pk")
        ),
        housing=list(
            HousingAllocation.objects.filter(**mine)
            .select_related("unit__municipality")
            .order_by("since", "pk")
        ),
        key_dates=list(KeyDate.objects.filter(**mine)),
        notes=list(CaseNote.objects.filter(**mine).order_by("created_at", "pk")),
        consents=list(Consent.objects.filter(**mine).select_related("text").order_by("at", "pk")),
        notifications=list(
            Notification.objects.filter(programme_id=programme, recipient=user).order_by(
                "created_at", "pk"
            )
        ),
        emails=list(
            OutboxEmail.objects.filter(
                recipient=user,
                type=EmailType.SINGLE,
                notification__programme_id=programme,
                notification__recipient=user,
            ).order_by("created_at", "pk")
        ),
        dossiers=list(
            DossierExport.objects.filter(**mine)
            .select_related("municipality")
            .order_by("created_at", "pk")
        ),
        audit=list(AuditEntry.objects.filter(**mine).order_by("at", "pk")),
    )
