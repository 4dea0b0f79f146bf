"""The rows of one programme at national scale: people, their route and everything around it.

``ProgrammeRows.add_participant`` makes one participant with a user who can log in
(membership, verified email), an accepted application, the stage history up to the
current stage, barriers with actions, language levels, credentials, case notes,
consent answers, audit entries and notifications. ``add_applicant`` makes an
application that did not (yet) lead to a place. Numbers follow the app's own formats.
Random but repeatable: each programme has its own seeded generator.
"""

import datetime
import random

GIVEN = (  # noqa: SIM905  (a list of words reads best as words)
    "Amina Ahmed Yonas Rahwa Omar Fatima Hassan Mariam Ali Nour Samir Layla Tesfay Selam "
    "Mohammed Aisha Yusuf Khadija Ibrahim Huda Olena Oksana Andriy Iryna Dmytro Farid Zahra "
    "Reza Maryam Mustafa Hiba Abdi Hodan Faisal Rania Tarek Dalia Bilal Sara Kiros Helen "
    "Daniel Ruth Aziz Shirin Jamal Yasmin Karim Leila Nadia Tamer Rasha Anas Bushra Hamid "
    "Parisa Idris Salma"
).split()
FAMILY = (  # noqa: SIM905  (a list of words reads best as words)
    "Yusuf Tesfay Abdi Haddad Mansour Khalil Osman Rahimi Hosseini Karimi Haile Gebremedhin "
    "Bekele Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Alami Benali Nasser Saleh "
    "Darwish Hamdan Farah Warsame Ali Hussein Jaber Qasim Sadiq Noori Popal Stanekzai Ahmadi "
    "Mahmoud Said Kaya Yilmaz Demir Celik Mengistu Tekle Berhane Ghebre Amanuel Kidane "
    "Mohamud Jama Dahir Nur"
).split()
COUNTRIES = (  # noqa: SIM905  (a list of words reads best as words)
    "SY SY SY ER ER AF AF UA UA TR SO IR IQ YE SD ET NG MA"
).split()
LANGUAGES = ["nl"] * 4 + ["en"] * 3 + ["ar"] * 3
NOTES = [
    "Gesprek gehad over de voortgang. Gaat goed op stage.",
    "Wil graag meer uren maken. Besproken met de werkbegeleider.",
    "Taalles loopt goed; oefent elke dag met de app.",
    "Heeft hulp nodig bij de aanvraag voor huurtoeslag.",
    "Ziek gemeld, twee dagen. Contact gehad, komt maandag terug.",
    "Klikgesprek gepland bij de zorgorganisatie.",
    "Diploma's verzameld voor de waardering bij Nuffic.",
    "Reisgeld geregeld voor de stage.",
]
NEXT_STEPS = [
    "Ga elke dinsdag en donderdag naar de taalles.",
    "Maak samen met je coördinator een afspraak bij het loket.",
    "Neem je brief mee naar het volgende gesprek.",
    "Vraag je werkbegeleider om een vast rooster.",
]
BARRIER_STATUSES = (
    ["identified"] * 2
    + ["action_planned"] * 2
    + ["in_progress"] * 3
    + ["resolved"] * 3
    + ["not_applicable"]
)
LEVELS = ["A1", "A2", "A2", "B1", "B1", "B2"]
SKILLS = ["listening", "reading", "speaking", "writing"]
CREDENTIALS = [("diploma", "Diploma verpleegkunde"), ("vog", ""), ("big", ""), ("evc", "")]
CREDENTIAL_STATUSES = ["to_do", "applied", "waiting", "in_progress", "done", "done"]
# A kind no rule registers renders a general text in the inbox: the rules' own kinds
# need their own context. The figures are about the rows, not the words.
NOTIFICATION_KIND = "bench_reminder"


def _day(rng, start: datetime.date, end: datetime.date) -> datetime.date:
    if end <= start:
        return start
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


def _moment(rng, day: datetime.date, tz) -> datetime.datetime:
    at = datetime.datetime.combine(day, datetime.time(8 + rng.randrange(9), rng.randrange(60)))
    return at.replace(tzinfo=tz)


class ProgrammeRows:
    """Adds the rows of one programme to the shared table writers."""

    def __init__(self, writers, programme, *, today, tz, refs, seed):
        self.w = writers
        self.programme = programme
        self.today = today
        self.tz = tz
        self.refs = refs  # stages, barrier_types, consent_texts, staff, municipalities, numbers
        self.rng = random.Random(seed)  # noqa: S311  (repeatable test data, not secrets)
        self.participants = 0

    # -- people ----------------------------------------------------------------------

    def _user(self, email, name, language):
        now = _moment(self.rng, self.today - datetime.timedelta(days=400), self.tz)
        user_id = self.w["user"].add(email, name, language, "!bench-no-password", now)
        self.w["email"].add(user_id, email, True, True)
        return user_id

    def _name(self):
        return self.rng.choice(GIVEN), self.rng.choice(FAMILY)

    def add_participant(self, index: int, *, rich: bool = False) -> int:
        """One participant with their whole file; ``rich``: the persona the pages open."""
        rng, refs, slug = self.rng, self.refs, self.programme.slug
        given, family = self._name()
        email = f"deelnemer{index:05d}@{slug}.bench.example"
        user_id = self._user(email, f"{given} {family}", rng.choice(LANGUAGES))
        self.w["membership"].add(user_id, self.programme.pk, "participant")
        stages = refs["stages"]
        position = min(int(rng.triangular(0, len(stages), 0)), len(stages) - 1)
        if rich:
            position = min(1, len(stages) - 1)
        roll = rng.random()
        status = "stopped" if roll < 0.08 else "completed" if roll < 0.15 else "active"
        if rich:
            status = "active"
        if status == "completed":
            position = len(stages) - 1
        started = _day(rng, self.today - datetime.timedelta(days=3 * 365), self.today)
        if rich:
            started = self.today - datetime.timedelta(days=400)
        history = self._stage_dates(started, position + 1)
        municipality = self._municipality()
        number = f"{self.programme.number_prefix}-{next(refs['numbers']):04d}"
        participant_id = self.w["participant"].add(
            self.programme.pk,
            user_id,
            number,
            given,
            family,
            rng.choice(COUNTRIES),
            status,
            stages[position]["id"],
            history[-1][0],
            started,
            rng.choice(["", "mbo", "mbo", "hbo"]),
            municipality,
        )
        self.participants += 1
        self._stage_entries(participant_id, stages, history, status)
        self._intake(user_id, given, family, "accepted", participant_id, started, municipality)
        scale = 3 if rich else 1
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3]) * scale):
            self._barrier(participant_id, started)
        self._languages(participant_id, started, rich)
        for kind, title in rng.sample(
            CREDENTIALS, rng.choice([0, 0, 1, 1, 2]) + (2 if rich else 0)
        ):
            self.w["credential"].add(
                self.programme.pk, participant_id, kind, title, rng.choice(CREDENTIAL_STATUSES)
            )
        for _ in range(rng.choice([0, 1, 2, 2, 3, 4]) * scale):
            self.w["note"].add(
                self.programme.pk,
                participant_id,
                rng.choice(NOTES),
                "shared" if rng.random() < 0.3 else "staff",
                refs["coordinator"]["id"],
                _moment(rng, _day(rng, started, self.today), self.tz),
            )
        self._consents(participant_id, user_id, started)
        self._audit(participant_id, started, 40 if rich else rng.choice([1, 2, 3, 3, 4, 5]))
        self._notifications(participant_id, user_id, 12 if rich else rng.choice([0, 1, 1, 2, 3]))
        return participant_id

    def add_applicant(self, index: int) -> None:
        """An application that is not (yet) a place: draft, waiting, interview or not selected."""
        rng = self.rng
        given, family = self._name()
        email = f"aanvrager{index:05d}@{self.programme.slug}.bench.example"
        user_id = self._user(email, f"{given} {family}", rng.choice(LANGUAGES))
        status = rng.choice(
            ["draft"] * 2
            + ["submitted"] * 4
            + ["interview", "waiting_list", "waiting_list"]
            + ["not_selected"] * 2
        )
        day = _day(rng, self.today - datetime.timedelta(days=365), self.today)
        self._intake(user_id, given, family, status, None, day, self._municipality())

    # -- the file ----------------------------------------------------------------------

    def _municipality(self):
        roll = self.rng.random()
        if roll < 0.1:
            return None  # still in a reception centre
        if roll < 0.75:
            own = self.refs["own_municipalities"]
            return own[0] if self.rng.random() < 0.6 else self.rng.choice(own)
        return self.rng.choice(self.refs["all_municipalities"])

    def _stage_dates(self, started, count):
        """(start, end) for ``count`` stages from ``started`` to today; the last is open."""
        span = max((self.today - started).days, count)
        step = span // count
        dates = []
        for i in range(count):
            start = started + datetime.timedelta(days=i * step)
            end = start + datetime.timedelta(days=step - 1) if i < count - 1 else None
            dates.append((start, end))
        return dates

    def _stage_entries(self, participant_id, stages, history, status):
        coordinator = self.refs["coordinator"]["id"]
        for i, (start, end) in enumerate(history):
            stage = stages[i]
            outcome, note = "completed", ""
            if end is None:
                outcome = {"active": "in_progress", "completed": "completed"}.get(status, "stopped")
                if outcome == "stopped":
                    note = "Heeft werk gevonden buiten de zorg."
                    end = _day(self.rng, start, self.today)
                elif outcome == "completed":
                    end = self.today - datetime.timedelta(days=self.rng.randrange(1, 60))
            months = stage["months"] or 12
            expected = start + datetime.timedelta(days=30 * months)
            self.w["stage_entry"].add(
                self.programme.pk,
                participant_id,
                stage["id"],
                start,
                expected,
                end,
                outcome,
                note,
                coordinator,
            )

    def _intake(self, user_id, given, family, status, participant_id, day, municipality):
        rng, refs = self.rng, self.refs
        submitted = None if status == "draft" else _moment(rng, day, self.tz)
        decided = None
        if status in ("accepted", "waiting_list", "not_selected"):
            decided = submitted + datetime.timedelta(days=rng.randrange(3, 40))
        level = rng.choice(LEVELS)
        answers = {
            "given_name": given,
            "family_name": family,
            "date_of_birth": f"19{rng.randrange(65, 99)}-0{rng.randrange(1, 9)}-1{rng.randrange(9)}",
            "household": "single",
            "residence_type": "azc" if municipality is None else "own_home",
            "dutch_listening": level,
            "dutch_reading": level,
            "dutch_speaking": level,
            "dutch_writing": level,
            "education_level": rng.choice(["primary", "secondary", "vocational", "higher"]),
            "worked_in_care": rng.choice(["yes", "no"]),
            "work_experience": "Twee jaar mantelzorg en een jaar in een verpleeghuis.",
            "motivation": "Ik wil graag voor ouderen zorgen en een vak leren in Nederland.",
            "hours_per_week": rng.choice([24, 32, 36, 40]),
            "consent": True,
        }
        self.w["intake"].add(
            self.programme.pk,
            user_id,
            f"{self.programme.number_prefix}-A-{next(refs['references']):04d}",
            status,
            rng.choice(LANGUAGES),
            answers,
            given,
            family,
            "single",
            answers["residence_type"],
            municipality,
            level,
            submitted,
            decided,
            "Past goed bij het programma." if decided else "",
            participant_id,
        )

    def _barrier(self, participant_id, started):
        rng, coordinator = self.rng, self.refs["coordinator"]["id"]
        status = rng.choice(BARRIER_STATUSES)
        identified = _day(rng, started, self.today)
        resolved = _day(rng, identified, self.today) if status == "resolved" else None
        barrier_id = self.w["barrier"].add(
            self.programme.pk,
            participant_id,
            rng.choice(self.refs["barrier_types"]),
            status,
            "Spreekt Nederlands op A2; mist de helft bij overdrachten.",
            rng.choice(NEXT_STEPS),
            rng.random() < 0.9,
            rng.random() < 0.2,
            coordinator,
            identified + datetime.timedelta(days=rng.randrange(14, 120)),
            coordinator,
            identified,
            resolved,
        )
        for _ in range(rng.choice([0, 1, 1, 2])):
            due = identified + datetime.timedelta(days=rng.randrange(7, 90))
            done = due if due < self.today and rng.random() < 0.6 else None
            self.w["barrier_action"].add(
                self.programme.pk,
                barrier_id,
                "Aangemeld voor intensieve taaltraining",
                due,
                done,
                "Inschrijfbevestiging taalschool" if done else "",
                coordinator,
            )

    def _languages(self, participant_id, started, rich):
        rng, coordinator = self.rng, self.refs["coordinator"]["id"]
        rounds = 3 if rich else rng.choice([0, 1, 1, 2])
        level = rng.randrange(len(LEVELS) - 2)
        day = started
        for round_ in range(rounds):
            source = "self" if round_ == 0 else "school"
            for skill in SKILLS:
                self.w["language"].add(
                    self.programme.pk,
                    participant_id,
                    skill,
                    LEVELS[min(level + rng.randrange(2), len(LEVELS) - 1)],
                    day,
                    source,
                    coordinator if source == "school" else None,
                )
            level = min(level + 1, len(LEVELS) - 1)
            day = _day(rng, day, self.today)

    def _consents(self, participant_id, user_id, started):
        rng, texts = self.rng, self.refs["consent_texts"]
        at = _moment(rng, _day(rng, started, self.today), self.tz)
        roll = rng.random()
        if roll < 0.75 and "municipality" in texts:
            self.w["consent"].add(
                self.programme.pk,
                participant_id,
                "municipality",
                texts["municipality"],
                roll < 0.65,
                user_id,
                at,
            )
        if rng.random() < 0.5 and "research" in texts:
            self.w["consent"].add(
                self.programme.pk, participant_id, "research", texts["research"], True, user_id, at
            )

    def _audit(self, participant_id, started, count):
        rng = self.rng
        for _ in range(count):
            staff = self.refs["coordinator"] if rng.random() < 0.85 else self.refs["mentor"]
            action, detail = rng.choice(
                [("viewed_file", "route")] * 3 + [("changed", "schedule"), ("changed", "barrier")]
            )
            self.w["audit"].add(
                self.programme.pk,
                _moment(rng, _day(rng, started, self.today), self.tz),
                staff["id"],
                staff["name"],
                staff["email"],
                staff["role"],
                staff["organisation"],
                participant_id,
                action,
                detail,
                "ok",
            )

    def _notifications(self, participant_id, user_id, count):
        rng = self.rng
        recipients = [user_id]
        if rng.random() < 0.05:  # the coordinator hears about some of them
            recipients.append(self.refs["coordinator"]["id"])
        for recipient in recipients:
            for n in range(count):
                due = self.today + datetime.timedelta(days=rng.randrange(-60, 60))
                created = _moment(rng, min(due, self.today), self.tz)
                self.w["notification"].add(
                    self.programme.pk,
                    recipient,
                    NOTIFICATION_KIND,
                    f"participant:{participant_id}:{n}",
                    due,
                    {"participant": participant_id},
                    f"/{self.programme.slug}/me/",
                    created,
                    created + datetime.timedelta(days=1) if rng.random() < 0.6 else None,
                )
