"""The tables the seeder fills and what its rows point at (no environment: tests import it).

``writers`` gives a ``TableWriter`` per table, with the fields in the order
``bench/seed_rows.py`` passes them. ``references`` finds what a programme's rows
point at: its stages, barrier types, consent texts, a coordinator and a mentor.
"""

import itertools


def writers(now):
    """A ``TableWriter`` per table; audit entries go to a staging table (bench/seed_audit.py)."""
    from allauth.account.models import EmailAddress

    from audit.models import AuditEntry
    from barriers.models import BarrierAction, ParticipantBarrier
    from bench.seed_audit import STAGING, create_staging
    from bench.table_copy import TableWriter
    from participants.models import (
        CaseNote,
        Consent,
        Credential,
        Intake,
        LanguageAssessment,
        Participant,
        StageEntry,
    )
    from portal.models import User
    from programmes.models import Membership

    tables = {
        "user": (User, ["email", "name", "language", "password", "date_joined"]),
        "email": (EmailAddress, ["user", "email", "verified", "primary"]),
        "membership": (Membership, ["user", "programme", "role"]),
        "participant": (
            Participant,
            [
                "programme",
                "user",
                "number",
                "given_name",
                "family_name",
                "country_of_origin",
                "status",
                "current_stage",
                "stage_started_on",
                "route_started_on",
                "goal_level",
                "municipality",
            ],
        ),
        "stage_entry": (
            StageEntry,
            [
                "programme",
                "participant",
                "stage",
                "started_on",
                "expected_end",
                "ended_on",
                "outcome",
                "note",
                "recorded_by",
            ],
        ),
        "intake": (
            Intake,
            [
                "programme",
                "applicant",
                "reference",
                "status",
                "language",
                "answers",
                "given_name",
                "family_name",
                "household",
                "residence_type",
                "municipality",
                "dutch_level",
                "submitted_at",
                "decided_at",
                "decision_reason",
                "participant",
            ],
        ),
        "barrier": (
            ParticipantBarrier,
            [
                "programme",
                "participant",
                "barrier_type",
                "status",
                "how_it_shows",
                "next_step",
                "shared_with_participant",
                "in_dossier",
                "owner",
                "due_on",
                "identified_by",
                "identified_on",
                "resolved_on",
            ],
        ),
        "barrier_action": (
            BarrierAction,
            ["programme", "barrier", "description", "due_on", "done_on", "evidence", "by"],
        ),
        "language": (
            LanguageAssessment,
            ["programme", "participant", "skill", "level", "assessed_on", "source", "by"],
        ),
        "credential": (Credential, ["programme", "participant", "kind", "title", "status"]),
        "note": (CaseNote, ["programme", "participant", "text", "visibility", "by", "created_at"]),
        "consent": (Consent, ["programme", "participant", "purpose", "text", "given", "by", "at"]),
        "audit": (
            AuditEntry,
            [
                "programme",
                "at",
                "actor",
                "actor_name",
                "actor_email",
                "role",
                "organisation",
                "participant",
                "action",
                "detail",
                "result",
            ],
        ),
    }
    try:
        from notifications.models import Notification
    except ImportError:
        print("No notifications.models.Notification: notifications are not seeded.")
    else:
        tables["notification"] = (
            Notification,
            [
                "programme",
                "recipient",
                "kind",
                "subject_key",
                "due_on",
                "context",
                "link",
                "created_at",
                "read_at",
            ],
        )
    create_staging()  # audit entries are chained afterwards (bench/seed_audit.py)
    return {
        key: TableWriter(model, fields, now=now, table=STAGING if key == "audit" else "")
        for key, (model, fields) in tables.items()
    }


def _staff(programme, role):
    from programmes.models import Membership

    membership = (
        Membership.objects.filter(programme=programme, role=role, user__email__endswith=".example")
        .select_related("user", "organisation")
        .order_by("user__email")
        .first()
    )
    return {
        "id": membership.user_id,
        "name": membership.user.name,
        "email": membership.user.email,
        "role": role,
        "organisation": membership.organisation.name if membership.organisation else "",
    }


def references(programme, municipalities):
    """What the rows of ``programme`` point at: stages, barrier types, texts, staff."""
    from barriers.models import BarrierType
    from participants.models import ConsentText, Intake, Participant
    from programmes.demo import content

    data = next((p for p in content.PROGRAMMES if p["slug"] == programme.slug), None)
    own = data["municipalities"] if data else list(municipalities)[:1]  # a test's programme
    numbers = Participant.objects.filter(programme=programme).values_list("number", flat=True)
    intakes = Intake.objects.filter(programme=programme).values_list("reference", flat=True)
    return {
        "stages": [
            {"id": stage.pk, "months": stage.expected_months} for stage in programme.stages.all()
        ],
        "barrier_types": list(
            BarrierType.objects.filter(programme=programme).values_list("pk", flat=True)
        ),
        "consent_texts": {
            text.purpose: text.pk
            for text in ConsentText.objects.filter(programme=programme).order_by("version")
        },
        "coordinator": _staff(programme, "coordinator"),
        "mentor": _staff(programme, "mentor"),
        "own_municipalities": [municipalities[code] for code in own],
        "all_municipalities": list(municipalities.values()),
        "numbers": itertools.count(1 + max(int(n.rsplit("-", 1)[1]) for n in numbers)),
        "references": itertools.count(
            1 + max((int(r.rsplit("-", 1)[1]) for r in intakes), default=0)
        ),
    }
