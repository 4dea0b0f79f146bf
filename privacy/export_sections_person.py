"""The first sections of the export: the person, their account and their application.

Split from ``privacy.export_sections`` (which puts all sections in order) to keep
each module short. Build inside ``translation.override(language)``.
"""

from django.utils.translation import gettext as _

from participants.intake_form import answer_rows
from participants.models import Intake
from privacy.export_records import Group, Record, display_value, item, record


def account(s):
    user = s.participant.user
    preference = getattr(user, "notification_preference", None)
    extra = [
        item("email", _("Email address"), user.email),
        item("name", _("Name on the account"), user.name),
        item("language", _("Language"), user.language, user.get_language_display()),
        item("joined", _("Account made on"), user.date_joined),
        item(
            "email_addresses",
            _("Email addresses"),
            [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in s.email_addresses
            ],
            ", ".join(a.email for a in s.email_addresses),
        ),
        item(
            "roles",
            _("Roles in this programme"),
            [m.role for m in s.memberships],
            ", ".join(str(m.get_role_display()) for m in s.memberships),
        ),
    ]
    if preference is not None:
        extra += [
            item(
                "email_kinds",
                _("Notifications also by email"),
                preference.email_kinds,
                _("All") if preference.email_kinds is None else ", ".join(preference.email_kinds),
            ),
            item("daily_digest", _("Daily digest"), preference.digest),
        ]
    return [Record(items=extra)]


def person(s):
    p = s.participant
    return [
        record(
            p,
            "number",
            "given_name",
            "family_name",
            "country_of_origin",
            "phone",
            "status",
            "goal_level",
            "route_started_on",
            "stage_started_on",
            "created_at",
            extra=[
                item("programme", _("Programme"), p.programme.name),
                item("current_stage", _("Current stage"), getattr(p.current_stage, "name", None)),
                item("municipality", _("Lives in"), getattr(p.municipality, "name", None)),
            ],
        )
    ]


def intakes(s):
    records = []
    for intake in s.intakes:
        answers = {k: v for k, v in intake.answers.items() if k != "_drafts"}
        drafts = intake.answers.get("_drafts") or {}
        household = dict(Intake.Household.choices).get(intake.household, intake.household)
        residence = dict(Intake.Residence.choices).get(intake.residence_type, intake.residence_type)
        extra = [
            item("household", _("Household"), intake.household, str(household)),
            item("residence_type", _("Lives in"), intake.residence_type, str(residence)),
            item("municipality", _("Municipality"), getattr(intake.municipality, "name", None)),
            item("answers", _("Your answers"), answers, _answers_text(intake, s.questions)),
        ]
        if drafts:
            extra.append(
                item("unsaved_answers", _("Typed but not saved yet"), drafts, _plain(drafts))
            )
        documents = [
            record(d, "original_name", "content_type", "size", "uploaded_at")
            for d in intake.documents.all()
        ]
        events = [
            record(
                e, "from_status", "to_status", "organisation", "second_organisation", "reason", "at"
            )
            for e in intake.events.all()
        ]
        reviews = [
            record(
                r,
                "organisation",
                "note",
                "updated_at",
                extra=[
                    item(
                        "scores",
                        _("Scores"),
                        [
                            {"criterion": sc.criterion.name, "score": sc.value}
                            for sc in r.scores.all()
                        ],
                        ", ".join(f"{sc.criterion.name}: {sc.value}" for sc in r.scores.all()),
                    )
                ],
            )
            for r in intake.reviews.all()
        ]
        proposals = [
            record(d, "outcome", "reason", "organisation", "state", "created_at")
            for d in intake.proposals.all()
        ]
        records.append(
            record(
                intake,
                "reference",
                "status",
                "language",
                "given_name",
                "family_name",
                "dutch_level",
                "created_at",
                "submitted_at",
                "decided_at",
                "decision_reason",
                "interview_at",
                "interview_place",
                "interview_link",
                extra=extra,
                groups=[
                    Group("documents", _("Documents you sent"), documents),
                    Group("status_changes", _("Status changes"), events),
                    Group("reviews", _("Reviews"), reviews),
                    Group("decision_proposals", _("Proposed decisions"), proposals),
                ],
            )
        )
    return records


def _answers_text(intake, questions) -> str:
    """The answers as the application shows them: question, then answer, step by step."""
    lines = []
    for step_label, _key, rows in answer_rows(intake, questions):
        lines.append(f"— {step_label} —")
        # Each answer as a bidi isolate: a Dutch answer keeps its place in an Arabic line.
        lines += [f"{label}: \u2068{answer}\u2069" for label, answer in rows]
    return "\n".join(lines)


def _plain(drafts) -> str:
    return "\n".join(f"{key}: {display_value(value)}" for key, value in drafts.items())
