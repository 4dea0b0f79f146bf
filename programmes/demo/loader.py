"""Load the demo: four programmes from the seeds, one user per role, ten participants each.

Idempotent: every row is found by its natural key first, so a second run
changes nothing. Staff users get TOTP enrolled (MFA stays real in the demo).
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled

from participants.enrolment import enrol
from participants.models import Participant
from portal.models import User
from programmes.demo import content, selection
from programmes.demo.audit import load_audit
from programmes.demo.barriers import load_barriers
from programmes.demo.consent import load_consent
from programmes.demo.key_dates import load_key_dates
from programmes.demo.languages import load_languages
from programmes.demo.privacy import load_erasure_requests
from programmes.demo.route import load_route
from programmes.demo.skills import load_skills
from programmes.models import (
    EligibilityRule,
    IntakeQuestion,
    Membership,
    Municipality,
    Organisation,
    Programme,
    Role,
    SelectionCriterion,
    Stage,
)

DEMO_PASSWORD = "zorgroute-demo"
NUMBER_PREFIXES = {"leiden": "LEI", "haaglanden": "HGL", "idz-udz": "IDZ", "voorwerk": "VW"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
STAFF_ROLES = [Role.COORDINATOR, Role.MENTOR, Role.MUNICIPALITY_OFFICER, Role.ADMIN]
STAFF_NAMES = {
    Role.COORDINATOR: "Coördinator",
    Role.MENTOR: "Werkbegeleider",
    Role.MUNICIPALITY_OFFICER: "Gemeente",
    Role.ADMIN: "Beheerder",
}


@dataclass
class Login:
    programme: str
    role: str
    email: str
    how: str
    totp_secret: str = ""


@dataclass
class DemoReport:
    logins: list[Login] = field(default_factory=list)


def _translated(instance, name, texts):
    for language in LANGUAGES:
        setattr(instance, f"{name}_{language}", texts[language])


def _ascii(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _user(email, *, name, language="nl", password=DEMO_PASSWORD, is_staff=False):
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(
            email=email, name=name, language=language, is_staff=is_staff, is_superuser=is_staff
        )
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _totp_secret(user):
    """The user's TOTP secret, enrolling one on the first run."""
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        return secret
    return decrypt(authenticator.data["secret"])


def _programme(data):
    programme = Programme.objects.filter(slug=data["slug"]).first() or Programme(slug=data["slug"])
    programme.number_prefix = NUMBER_PREFIXES.get(data["slug"], data["slug"][:3].upper())
    programme.contact_email = data["contact_email"]
    programme.theme = data["theme"]
    for name in ("name", "tagline", "description", "audience", "offer", "selection"):
        _translated(programme, name, data[name])
    _translated(programme, "privacy_statement", selection.PRIVACY)
    programme.requires_two_reviewers = selection.SETUP[programme.slug]["requires_two_reviewers"]
    programme.save()
    return programme


def _selection_setup(programme):
    """The programme's criteria, extra questions and eligibility rules (by position/key)."""
    setup = selection.SETUP[programme.slug]
    for position, data in enumerate(selection.CRITERIA, start=1):
        criterion = SelectionCriterion.objects.filter(
            programme=programme, position=position
        ).first()
        criterion = criterion or SelectionCriterion(programme=programme, position=position)
        criterion.weight = data["weight"]
        _translated(criterion, "name", data["name"])
        _translated(criterion, "description", data["description"])
        criterion.save()
    for position, data in enumerate(setup["questions"], start=1):
        question = IntakeQuestion.objects.filter(programme=programme, key=data["key"]).first()
        question = question or IntakeQuestion(programme=programme, key=data["key"])
        question.step = data["step"]
        question.position = position
        question.kind = data["kind"]
        question.required = data.get("required", True)
        _translated(question, "label", data["label"])
        question.save()
    for position, data in enumerate(setup["rules"], start=1):
        rule = EligibilityRule.objects.filter(programme=programme, position=position).first()
        rule = rule or EligibilityRule(programme=programme, position=position)
        rule.answer = data["answer"]
        rule.operator = data["operator"]
        rule.value = data["value"]
        _translated(rule, "explanation", data["explanation"])
        rule.save()


def _stages(programme, stages):
    by_key = {}
    for position, data in enumerate(stages, start=1):
        stage = Stage.objects.filter(programme=programme, key=data["key"]).first()
        if stage is None:
            stage = Stage(programme=programme, key=data["key"], position=position)
        stage.position = position
        stage.expected_months = data["months"]
        for name in ("name", "description", "goal"):
            _translated(stage, name, data[name])
        stage.save()
        by_key[stage.key] = stage
    return by_key


def _membership(user, programme, role, **extra):
    Membership.objects.update_or_create(user=user, programme=programme, role=role, defaults=extra)


def _organisation(programme, *, kind=None, name=None):
    organisations = Organisation.objects.filter(programme=programme).order_by("pk")
    if name is not None:
        return organisations.filter(name=name).first()
    return organisations.filter(kind=kind).first() or organisations.first()


def _participants(programme, people, stages, municipalities, report):
    for index, person in enumerate(people):
        local = f"{_ascii(person['given_name'])}.{_ascii(person['family_name'])}"
        email = f"{local}@{programme.slug}.deelnemer.example"
        user = _user(
            email,
            name=f"{person['given_name']} {person['family_name']}",
            language=person["language"],
            password=None,  # participants log in by code
        )
        _membership(user, programme, Role.PARTICIPANT)
        if not Participant.objects.filter(programme=programme, user=user).exists():
            enrol(
                programme,
                given_name=person["given_name"],
                family_name=person["family_name"],
                user=user,
                notify=False,
                country_of_origin=person["country"],
                current_stage=stages[person["stage"]],
                stage_started_on=datetime.date.fromisoformat(person["started"]),
                municipality=municipalities.get(person["municipality"]),
            )
        if index == 0:
            report.logins.append(Login(programme.slug, str(Role.PARTICIPANT.label), email, "code"))


def _answers(programme, person):
    """Complete answers that meet the programme's rules (the demo applicants are eligible)."""
    given, family, country, _language, _status = person
    home = {
        "haaglanden": ("own_home", "den-haag"),
        "idz-udz": ("own_home", "heerlen"),
    }.get(programme.slug, ("azc", None))
    answers = {
        "given_name": given,
        "family_name": family,
        "date_of_birth": "1994-06-15",
        "country_of_origin": country,
        "phone": "",
        "household": "single",
        "residence_type": home[0],
        "azc_location": "AZC Katwijk" if home[0] == "azc" else "",
        "municipality": home[1],
        "languages_spoken": "Arabisch, Engels" if country in ("SY", "SO") else "Engels",
        "dutch_listening": "B1",
        "dutch_reading": "A2",
        "dutch_speaking": "A2",
        "dutch_writing": "A2",
        "education_level": "secondary",
        "diplomas": [],
        "worked_in_care": "yes",
        "work_experience": "Twee jaar mantelzorg en een jaar in een verpleeghuis.",
        "motivation": "Ik wil graag voor ouderen zorgen en een vak leren in Nederland.",
        "available_from": (timezone.localdate() + datetime.timedelta(days=60)).isoformat(),
        "hours_per_week": 40,
        "consent": True,
    }
    for question in IntakeQuestion.objects.filter(programme=programme):
        answers[question.key] = "yes"
    return answers


def _intakes(programme, coordinator, second_reviewer):
    """Applicants in every status, taken through the real submit and decide functions."""
    from participants.applying import start_application, submit
    from participants.intake_form import copy_columns
    from participants.models import Intake
    from participants.selection import confirm_proposal, decide

    for person in selection.APPLICANTS:
        given, family, _country, language, status = person
        email = f"{_ascii(given)}.{_ascii(family)}@{programme.slug}.aanvrager.example"
        user = _user(email, name=f"{given} {family}", language=language, password=None)
        if Intake.objects.filter(programme=programme, applicant=user).exists():
            continue
        with translation.override(language):
            intake = start_application(programme, user)
        intake.answers = _answers(programme, person)
        copy_columns(intake)
        intake.save()
        if status == "draft":
            continue
        intake = submit(intake)
        if status == "submitted":
            continue
        reason = selection.REASONS[status][language]
        interview = {}
        if status == "interview":
            at = timezone.now() + datetime.timedelta(days=7)
            interview = {
                "interview_at": at.replace(hour=9, minute=30, second=0, microsecond=0),
                "interview_place": "Stadhuis, Stadhuisplein 1",
            }
        organisation = _membership_organisation(coordinator, programme)
        result = decide(intake, status, reason, coordinator, organisation, **interview)
        if hasattr(result, "outcome") and second_reviewer is not None:
            confirm_proposal(
                result, second_reviewer, _membership_organisation(second_reviewer, programme)
            )


def _membership_organisation(user, programme):
    membership = (
        Membership.objects.filter(user=user, programme=programme, role=Role.COORDINATOR)
        .select_related("organisation")
        .first()
    )
    return membership.organisation.name if membership and membership.organisation else ""


@transaction.atomic
def load_demo() -> DemoReport:
    """Create or update the demo and return the logins to print."""
    report = DemoReport()
    with scopes_disabled():
        municipalities = {}
        for data in content.MUNICIPALITIES:
            municipality, _created = Municipality.objects.update_or_create(
                code=data["code"], defaults={"name": data["name"], "country": data["country"]}
            )
            municipalities[municipality.code] = municipality

        admin = _user("admin@zorgroute.example", name="Platformbeheer", is_staff=True)
        report.logins.append(
            Login("(all)", "platform admin", admin.email, "password+totp", _totp_secret(admin))
        )

        for data in content.PROGRAMMES:
            programme = _programme(data)
            stages = _stages(programme, data["stages"])
            _selection_setup(programme)
            for organisation in data["organisations"]:
                Organisation.objects.update_or_create(
                    programme=programme,
                    name=organisation["name"],
                    defaults={
                        "kind": organisation["kind"],
                        "municipality": municipalities.get(organisation["municipality"]),
                    },
                )
            home_municipality = municipalities[data["municipalities"][0]]
            for role in STAFF_ROLES:
                email = f"{role.value.replace('_', '-')}@{programme.slug}.zorgroute.example"
                user = _user(email, name=f"{STAFF_NAMES[role]} {data['name']['nl']}")
                extra = (
                    {"municipality": home_municipality} if role == Role.MUNICIPALITY_OFFICER else {}
                )
                if role in (Role.COORDINATOR, Role.ADMIN):
                    extra["organisation"] = _organisation(programme, kind="municipality")
                _membership(user, programme, role, **extra)
                needs_totp = role != Role.MENTOR
                report.logins.append(
                    Login(
                        programme.slug,
                        str(role.label),
                        email,
                        "password+totp" if needs_totp else "password",
                        _totp_secret(user) if needs_totp else "",
                    )
                )
            _participants(programme, data["participants"], stages, municipalities, report)

        # One coordinator works for two programmes: she chooses after login.
        shared = _user("coordinator@vluchtelingenwerk.zorgroute.example", name="Coördinator VWN")
        for slug in ("leiden", "idz-udz"):
            programme = Programme.objects.get(slug=slug)
            vwn = _organisation(programme, name="VluchtelingenWerk Nederland")
            _membership(shared, programme, Role.COORDINATOR, organisation=vwn)

        for programme in Programme.objects.filter(slug__in=[p["slug"] for p in content.PROGRAMMES]):
            coordinator = User.objects.get(email=f"coordinator@{programme.slug}.zorgroute.example")
            second = shared if programme.requires_two_reviewers else None
            mentor = User.objects.get(email=f"mentor@{programme.slug}.zorgroute.example")
            with scope(programme=programme):
                _intakes(programme, coordinator, second)
                load_route(programme, coordinator, mentor)
                load_languages(programme, coordinator)
                load_skills(programme, coordinator, mentor)
                load_barriers(programme, coordinator)
                load_consent(programme, coordinator)
                load_key_dates(programme, coordinator)
                load_audit(programme, coordinator)
                load_erasure_requests(programme)
            given, family = selection.APPLICANTS[3][:2]  # invited to an interview
            report.logins.append(
                Login(
                    programme.slug,
                    "applicant (interview)",
                    f"{_ascii(given)}.{_ascii(family)}@{programme.slug}.aanvrager.example",
                    "code",
                )
            )
        report.logins.append(
            Login(
                "leiden + idz-udz",
                str(Role.COORDINATOR.label),
                shared.email,
                "password+totp",
                _totp_secret(shared),
            )
        )
    return report
