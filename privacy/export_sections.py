"""The loaded rows (``export_data.load``) as the sections of both downloads.

Call ``sections(sources)`` inside ``translation.override(language)``: titles, labels
and choice names are turned into words in that language. The JSON keeps the codes
(``"status": "in_progress"``), the PDF shows the words.
"""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from audit import words
from privacy.export_records import Group, Section, item, record
from privacy.export_sections_person import account, intakes, person


def _route(s):
    records = [
        record(
            e,
            "started_on",
            "expected_end",
            "ended_on",
            "outcome",
            "note",
            first=[item("stage", _("Stage"), e.stage.name)],
        )
        for e in s.stage_entries
    ]
    schedule = getattr(s.participant, "schedule", None)
    return records, (
        [
            record(
                schedule,
                "hours_per_week",
                "theory_hours",
                "theory_days",
                "internship_days",
                "internship_weekdays",
                "note",
                "updated_at",
            )
        ]
        if schedule is not None
        else []
    )


def _attendance(s):
    records = []
    for a in s.attendance:
        if a.session_id:
            what = [
                item("group_session", _("Group session"), a.session.title),
                item("starts_at", _("Starts at"), a.session.starts_at),
                item("place", _("Place"), a.session.location),
            ]
        else:
            what = [item("internship", _("Internship"), a.internship.organisation.name)]
        records.append(record(a, "date", "presence", "note", first=what))
    return records


def _barriers(s):
    return [
        record(
            b,
            "status",
            "how_it_shows",
            "next_step",
            "shared_with_participant",
            "in_dossier",
            "due_on",
            "identified_on",
            "resolved_on",
            first=[item("barrier", _("Barrier"), b.barrier_type.name)],
            extra=[item("owner", _("Who helps"), b.owner.name if b.owner else None)],
            groups=[
                Group(
                    "actions",
                    _("Actions"),
                    [
                        record(
                            a, "description", "due_on", "done_on", "note", "evidence", "created_at"
                        )
                        for a in b.actions.all()
                    ],
                ),
                Group(
                    "history",
                    _("History"),
                    [record(e, "from_status", "to_status", "note", "at") for e in b.events.all()],
                ),
            ],
        )
        for b in s.barriers
    ]


def _internships(s):
    return [
        record(
            i,
            "kind",
            "department",
            "address",
            "mentor_phone",
            "tutor",
            "starts_on",
            "ends_on",
            "evaluation_every_weeks",
            first=[item("organisation", _("Organisation"), i.organisation.name)],
            extra=[item("mentor", _("Mentor"), i.mentor.name if i.mentor else None)],
            groups=[
                Group(
                    "evaluations",
                    _("Evaluations"),
                    [
                        record(
                            e,
                            "date",
                            "soft_skills",
                            "going_well",
                            "to_improve",
                            "shared_with_participant",
                        )
                        for e in i.evaluations.all()
                    ],
                )
            ],
        )
        for i in s.internships
    ]


def _jobs(s):
    return [
        record(
            j,
            "role",
            "contract",
            "hours_per_week",
            "klikgesprek_on",
            "klikgesprek",
            "starts_on",
            "ended_on",
            first=[item("employer", _("Employer"), j.employer.name)],
            groups=[
                Group(
                    "follow_ups",
                    _("Follow-ups"),
                    [
                        record(
                            f,
                            "month",
                            "due_on",
                            "done_on",
                            "still_employed",
                            "satisfaction",
                            "issues",
                        )
                        for f in j.follow_ups.all()
                    ],
                )
            ],
        )
        for j in s.placements
    ]


def _housing(s):
    return [
        record(
            h,
            "status",
            "since",
            "note",
            "support_money",
            "support_participation",
            extra=[
                item("home", _("Home"), str(h.unit) if h.unit else None),
                item("address", _("Address"), h.unit.address if h.unit else None),
                item(
                    "municipality", _("Municipality"), h.unit.municipality.name if h.unit else None
                ),
            ],
        )
        for h in s.housing
    ]


def _audit(s):
    user = s.participant.user
    records = []
    for e in s.audit:
        yours = e.actor_id is not None and e.actor_id == user.pk
        records.append(
            record(
                e,
                "at",
                "result",
                first=[
                    item("action", _("What"), e.action, str(words.for_participant(e, user).what)),
                    item("detail", _("About"), e.detail, words.topic(e)),
                ],
                extra=[
                    item("who", _("Who"), _("You") if yours else (e.actor_name or None)),
                    item("role", _("Role"), e.role, str(e.get_role_display()) if e.role else ""),
                    item("organisation", _("Organisation"), e.organisation),
                    # Your own address only: a staff member's address is theirs.
                    item("address", _("Internet address"), e.address if yours else None),
                ],
            )
        )
    return records


def sections(s) -> list[Section]:
    """Every section, in the order of the PDF. Empty sections stay, saying they are empty."""
    route, schedule = _route(s)
    return [
        Section(
            "participant",
            _("About you"),
            person(s),
            single=True,
            explanation=_("Your name, number and where you are on the route."),
        ),
        Section(
            "account",
            _("Your account"),
            account(s),
            single=True,
            explanation=_("How you log in and get messages."),
        ),
        Section(
            "applications",
            _("Your application"),
            intakes(s),
            explanation=_("What you filled in when you applied, and the decision."),
        ),
        Section("route", _("Your route"), route),
        Section("weekly_schedule", _("Your week"), schedule, single=True),
        Section("attendance", _("Group sessions and attendance"), _attendance(s)),
        Section(
            "diplomas",
            _("Diplomas obtained"),
            [record(d, "name", "obtained_on") for d in s.diplomas],
        ),
        Section(
            "language_levels",
            _("Dutch language levels"),
            [
                record(a, "skill", "level", "assessed_on", "source", "evidence", "created_at")
                for a in s.languages
            ],
        ),
        Section(
            "credentials",
            _("Diplomas, BIG, EVC and VOG"),
            [
                record(
                    c,
                    "kind",
                    "title",
                    "status",
                    "evaluated_by",
                    "dutch_level",
                    "big_path",
                    "applied_on",
                    "expected_start",
                    "decided_on",
                    "checklist",
                    "note",
                    "updated_at",
                )
                for c in s.credentials
            ],
        ),
        Section(
            "skills",
            _("Skills"),
            [
                record(
                    a,
                    "level",
                    "evidence",
                    "is_self",
                    "assessed_on",
                    first=[item("skill", _("Skill"), a.skill.name)],
                )
                for a in s.skills
            ],
        ),
        Section(
            "barriers",
            _("What is in your way"),
            _barriers(s),
            explanation=_("All barriers in your file, also the ones you do not see in the app."),
        ),
        Section("internships", _("Internships and evaluations"), _internships(s)),
        Section("jobs", _("Jobs and follow-ups"), _jobs(s)),
        Section("housing", _("Housing"), _housing(s)),
        Section(
            "key_dates",
            _("Important dates"),
            [record(k, "kind", "date", "note") for k in s.key_dates],
        ),
        Section(
            "notes",
            _("Notes about you"),
            [record(n, "text", "visibility", "created_at") for n in s.notes],
            explanation=_("Notes by your coordinators, also the ones only they can read."),
        ),
        Section(
            "consents",
            _("Your permissions"),
            [
                record(
                    c,
                    "purpose",
                    "given",
                    "at",
                    extra=[
                        item("text_version", _("Version of the text"), c.text.version),
                        item("text", _("Text you answered"), c.text.text),
                    ],
                )
                for c in s.consents
            ],
        ),
        Section(
            "notifications",
            _("Messages to you"),
            [record(n, "kind", "due_on", "created_at", "read_at") for n in s.notifications],
        ),
        Section(
            "emails",
            _("Emails to you"),
            [record(e, "to_email", "subject", "status", "sent_at", "created_at") for e in s.emails],
        ),
        Section(
            "dossiers",
            _("Dossiers made"),
            [
                record(
                    d,
                    "language",
                    "audience",
                    "status",
                    "version",
                    "created_at",
                    extra=[
                        item(
                            "municipality",
                            _("Municipality"),
                            d.municipality.name if d.municipality else None,
                        )
                    ],
                )
                for d in s.dossiers
            ],
        ),
        Section(
            "audit_log",
            pgettext("GDPR export", "Who looked at your file"),
            _audit(s),
            explanation=_("Every time someone opened or changed your file."),
        ),
    ]
