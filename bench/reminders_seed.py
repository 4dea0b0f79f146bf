"""Rows for the reminder benchmark: 4 programmes x 25,000 participants (x BENCH_SCALE) and
what the reminder rules read, written with COPY.

Per programme: 3 coordinators, a mentor per 500 participants, and per participant a
login, two stages (one closed, one open with its expected end spread over the next
three years, some already past), about one important date, sometimes an internship
with evaluations, a job with its 3/6/12-month follow-ups, a barrier with actions;
and one application per five participants (some waiting, some invited to an interview).
Dates are spread around the seeding day, so on any day some of everything is due.
"""

import datetime
import json
import random

from django.db import connection
from django.utils import timezone

RNG_SEED = 7
SLUGS = ["bench-leiden", "bench-haaglanden", "bench-idz", "bench-voorwerk"]
LANGUAGES = ["nl"] * 6 + ["en"] * 2 + ["ar"] * 2


class Copier:
    """Writes model rows with COPY, ids given by us so other rows can point at them."""

    def __init__(self):
        self.next_ids = {}
        self.now = timezone.now()

    def next_id(self, model) -> int:
        if model not in self.next_ids:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {model._meta.db_table}")
                self.next_ids[model] = cursor.fetchone()[0]
        value = self.next_ids[model]
        self.next_ids[model] += 1
        return value

    def _default(self, field):
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            return self.now
        if field.has_default():
            return field.get_default()
        return None if field.null else ""

    def copy(self, model, rows: list[dict]) -> int:
        """COPY ``rows`` (dicts by attribute name) into ``model``'s table; the rest get defaults."""
        if not rows:
            return 0
        fields = model._meta.concrete_fields
        columns = ", ".join(f'"{field.column}"' for field in fields)
        connection.ensure_connection()
        with connection.connection.cursor() as cursor:
            sql = f"COPY {model._meta.db_table} ({columns}) FROM STDIN"
            with cursor.copy(sql) as copy:
                for row in rows:
                    values = []
                    for field in fields:
                        value = row[field.attname] if field.attname in row else self._default(field)
                        if field.get_internal_type() == "JSONField":
                            value = json.dumps(value)
                        values.append(value)
                    copy.write_row(values)
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}"
            )
        return len(rows)


def _users(copier, prefix, count, language_of):
    from portal.models import User

    rows = [
        {
            "id": copier.next_id(User),
            "email": f"{prefix}{i}@bench.example",
            "name": f"{prefix} {i}",
            "language": language_of(i),
            "password": "!",  # unusable: nobody logs in here
            "date_joined": copier.now,
        }
        for i in range(count)
    ]
    copier.copy(User, rows)
    return [row["id"] for row in rows]


def _programme(slug, position):
    from programmes.models import Municipality, Organisation, Programme, Stage

    programme = Programme.objects.create(
        slug=slug,
        number_prefix=f"B{position}",
        name_nl=f"Bench {slug}",
        name_en=f"Bench {slug}",
        contact_email=f"info@{slug}.example",
    )
    stages = [
        Stage.objects.create(
            programme=programme,
            key=f"{slug}-{i}",
            position=i,
            name_nl=f"Fase {i}",
            name_en=f"Stage {i}",
            name_ar=f"المرحلة {i}",
            expected_months=12,
        )
        for i in (1, 2, 3)
    ]
    municipality, _ = Municipality.objects.get_or_create(
        code=f"{slug}-gemeente", defaults={"name": f"Gemeente {slug}"}
    )
    organisation = Organisation.objects.create(programme=programme, name=f"Zorg {slug}")
    return programme, stages, municipality, organisation


def seed_programme(copier, slug, position, size, today) -> dict:
    """One programme with ``size`` participants and everything the rules read."""
    from barriers.models import BarrierAction, BarrierType, ParticipantBarrier
    from participants.models import (
        Evaluation,
        FollowUp,
        Intake,
        Internship,
        JobPlacement,
        KeyDate,
        Participant,
        StageEntry,
    )
    from programmes.models import Membership, Role

    rng = random.Random(RNG_SEED + position)  # noqa: S311 -- test data, the same every run
    programme, stages, _municipality, organisation = _programme(slug, position)
    p = programme.pk

    def day(low, high):
        return today + datetime.timedelta(days=rng.randint(low, high))

    staff = {
        Role.COORDINATOR: _users(copier, f"{slug}-coordinator-", 3, lambda i: "nl"),
        Role.MENTOR: _users(copier, f"{slug}-mentor-", max(2, size // 500), lambda i: "nl"),
        Role.ADMIN: _users(copier, f"{slug}-admin-", 1, lambda i: "nl"),
    }
    copier.copy(
        Membership,
        [
            {"id": copier.next_id(Membership), "user_id": user, "programme_id": p, "role": role}
            for role, users in staff.items()
            for user in users
        ],
    )
    coordinators, mentors = staff[Role.COORDINATOR], staff[Role.MENTOR]
    people = _users(copier, f"{slug}-participant-", size, lambda i: LANGUAGES[i % 10])

    participants, entries, key_dates, internships, evaluations = [], [], [], [], []
    placements, follow_ups, barriers, actions = [], [], [], []
    barrier_type = BarrierType.objects.create(
        programme=programme, code="learning-dutch", position=2, name_nl="Nederlands leren"
    )
    kinds = [kind.value for kind in KeyDate.Kind]
    for i, user in enumerate(people):
        pid = copier.next_id(Participant)
        status = "active" if i % 20 > 1 else ("completed" if i % 20 == 0 else "stopped")
        participants.append(
            {
                "id": pid,
                "programme_id": p,
                "user_id": user,
                "number": f"B{position}-{i:06d}",
                "given_name": f"Deelnemer{i}",
                "family_name": slug,
                "status": status,
                "current_stage_id": stages[1].pk,
                "stage_started_on": day(-400, -30),
                "route_started_on": day(-800, -400),
            }
        )
        started = day(-700, -400)
        common = {"programme_id": p, "participant_id": pid}
        entries.append(
            {
                **common,
                "id": copier.next_id(StageEntry),
                "stage_id": stages[0].pk,
                "started_on": started,
                "expected_end": started + datetime.timedelta(days=365),
                "ended_on": started + datetime.timedelta(days=365),
                "outcome": "completed",
            }
        )
        entries.append(
            {
                **common,
                "id": copier.next_id(StageEntry),
                "stage_id": stages[1].pk,
                "started_on": started + datetime.timedelta(days=365),
                "expected_end": day(-20, 1100),
                "outcome": "in_progress" if status == "active" else status,
            }
        )
        for _ in range(rng.choice((0, 1, 1, 2))):
            key_dates.append(
                {
                    **common,
                    "id": copier.next_id(KeyDate),
                    "kind": rng.choice(kinds),
                    "date": day(-60, 730),
                }
            )
        if status == "active" and i % 10 < 3:
            internship = copier.next_id(Internship)
            starts = day(-300, -1)
            internships.append(
                {
                    **common,
                    "id": internship,
                    "organisation_id": organisation.pk,
                    "mentor_id": mentors[i % len(mentors)],
                    "starts_on": starts,
                    "evaluation_every_weeks": 6,
                }
            )
            for week in range(6, (today - starts).days // 7, 6):
                if rng.random() < 0.8:
                    evaluations.append(
                        {
                            "id": copier.next_id(Evaluation),
                            "programme_id": p,
                            "internship_id": internship,
                            "date": starts + datetime.timedelta(weeks=week),
                        }
                    )
        if i % 100 < 15:
            placement = copier.next_id(JobPlacement)
            starts = day(-500, 30)
            placements.append(
                {
                    **common,
                    "id": placement,
                    "employer_id": organisation.pk,
                    "role": "Helpende zorg",
                    "contract": "permanent",
                    "hours_per_week": 32,
                    "starts_on": starts,
                }
            )
            for month in (3, 6, 12):
                due = starts + datetime.timedelta(days=round(month * 30.44))
                done = (
                    due
                    if due < today - datetime.timedelta(days=14) and rng.random() < 0.9
                    else None
                )
                follow_ups.append(
                    {
                        "id": copier.next_id(FollowUp),
                        "programme_id": p,
                        "placement_id": placement,
                        "month": month,
                        "due_on": due,
                        "done_on": done,
                    }
                )
        if i % 2 == 0:
            barrier = copier.next_id(ParticipantBarrier)
            barriers.append(
                {
                    **common,
                    "id": barrier,
                    "barrier_type_id": barrier_type.pk,
                    "status": rng.choice(["identified", "in_progress", "resolved"]),
                    "how_it_shows": "Wacht op een taalcursus.",
                    "owner_id": coordinators[i % 3],
                    "due_on": day(-200, 200) if i % 6 == 0 else None,
                    "identified_on": day(-400, -200),
                }
            )
            for _ in range(rng.choice((0, 1, 2))):
                due = day(-200, 100)
                actions.append(
                    {
                        "id": copier.next_id(BarrierAction),
                        "programme_id": p,
                        "barrier_id": barrier,
                        "description": "Aanmelden bij de taalschool",
                        "due_on": due,
                        "done_on": due if due < today and rng.random() < 0.7 else None,
                    }
                )

    applicants = _users(copier, f"{slug}-applicant-", size // 5, lambda i: LANGUAGES[i % 10])
    intakes = []
    for i, user in enumerate(applicants):
        status = ["accepted"] * 5 + ["submitted", "submitted", "interview", "not_selected", "draft"]
        status = status[i % 10]
        intakes.append(
            {
                "id": copier.next_id(Intake),
                "programme_id": p,
                "applicant_id": user,
                "reference": f"B{position}-A-{i:06d}",
                "status": status,
                "given_name": f"Aanvrager{i}",
                "family_name": slug,
                "answers": {},
                "submitted_at": None
                if status == "draft"
                else timezone.now() - datetime.timedelta(hours=rng.randint(1, 24 * 40)),
                "interview_at": timezone.now() + datetime.timedelta(hours=rng.randint(1, 24 * 14))
                if status == "interview"
                else None,
                "interview_place": "Stadhuis" if status == "interview" else "",
            }
        )

    counts = {}
    for model, rows in (
        (Participant, participants),
        (StageEntry, entries),
        (KeyDate, key_dates),
        (Internship, internships),
        (Evaluation, evaluations),
        (JobPlacement, placements),
        (FollowUp, follow_ups),
        (ParticipantBarrier, barriers),
        (BarrierAction, actions),
        (Intake, intakes),
    ):
        counts[model._meta.model_name] = copier.copy(model, rows)
    return counts
