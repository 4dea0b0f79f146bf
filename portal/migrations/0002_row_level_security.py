"""Row-level security on every tenant table that exists so far (portal/rls.py).

A tenant model added later gets its own ``ProgrammeIsolation`` in its app's
migration; tests/security/test_rls.py fails until it has one.
"""

from django.db import migrations

from portal.rls import ProgrammeIsolation


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("programmes", "0003_intake"),
        ("participants", "0010_key_dates_and_reminder_indexes"),
        ("barriers", "0002_participant_barrier_in_dossier"),
        ("audit", "0004_hash_chain_trigger"),
        ("dossiers", "0001_initial"),
        ("notifications", "0002_reminder_settings"),
    ]

    operations = [
        ProgrammeIsolation(
            "programmes.Stage",
            "programmes.Organisation",
            "programmes.Membership",
            "programmes.IntakeQuestion",
            "programmes.EligibilityRule",
            "programmes.SelectionCriterion",
        ),
        ProgrammeIsolation(
            "participants.Participant",
            "participants.ConsentText",
            "participants.Consent",
            "participants.Credential",
            "participants.Diploma",
            "participants.HousingUnit",
            "participants.HousingAllocation",
            "participants.Intake",
            "participants.IntakeDocument",
            "participants.IntakeEvent",
            "participants.Review",
            "participants.Score",
            "participants.DecisionProposal",
            "participants.KeyDate",
            "participants.LanguageAssessment",
            "participants.CaseNote",
            "participants.Internship",
            "participants.Evaluation",
            "participants.JobPlacement",
            "participants.FollowUp",
            "participants.StageEntry",
            "participants.Schedule",
            "participants.Session",
            "participants.Attendance",
            "participants.Skill",
            "participants.SkillAssessment",
        ),
        ProgrammeIsolation(
            "barriers.BarrierType",
            "barriers.ParticipantBarrier",
            "barriers.BarrierAction",
            "barriers.BarrierEvent",
        ),
        # The chain head too: the audit trigger reads and moves it as the inserting
        # role, in the same programme as the entry, so no SECURITY DEFINER is needed.
        ProgrammeIsolation("audit.AuditEntry", "audit.AuditChainHead"),
        ProgrammeIsolation("dossiers.DossierExport"),
        ProgrammeIsolation("notifications.Notification", "notifications.ReminderSetting"),
    ]
