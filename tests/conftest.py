"""Two programmes, every role in each, and an outsider — pretix/Healthchecks style.

Fixtures build data with scopes disabled; test bodies run with scopes on, as
the application does.
"""

import datetime
import time
from dataclasses import dataclass, field

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.usersessions.models import UserSession
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from barriers.models import BarrierType, ParticipantBarrier
from dossiers.models import DossierExport
from participants.models import (
    Credential,
    HousingUnit,
    IntakeDocument,
    Internship,
    JobPlacement,
    KeyDate,
    Session,
    Skill,
)
from portal.celery import app as celery_app
from portal.sessions import mark_seen
from programmes.models import STAFF_ROLES, Role
from tests.database_roles import django_db_setup  # noqa: F401 (the owner migrates, the app role tests)
from tests.factories import (
    IntakeFactory,
    MembershipFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ParticipantFactory,
    ProgrammeFactory,
    StageFactory,
    UserFactory,
)

ROLES = [role.value for role in Role]
MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pytest_collection_modifyitems(items):
    if connection.vendor != "postgresql":
        pytest.exit(
            "The tests run on PostgreSQL only. Use `make test` (it sets DATABASE_URL).",
            returncode=3,
        )


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Real hashers take ~0.3 s a user by design; tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _own_redis_cache(settings, worker_id):
    """Each test starts with an empty cache (allauth's rate limits live there).

    Each xdist worker gets its own Redis database, so flushing it touches
    neither the other workers nor the Celery broker's database.
    """
    index = 0 if worker_id == "master" else int(worker_id.removeprefix("gw"))
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"{settings.REDIS_URL.rsplit('/', 1)[0]}/{1 + index}",
        }
    }
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _eager_celery(request):
    """Tasks run in-process unless a test asks for a real worker."""
    eager = request.node.get_closest_marker("worker") is None
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = eager
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _audit_log_may_be_flushed(request):
    """Let the flush after a transactional test empty the audit log.

    A trigger refuses TRUNCATE of the log (audit/migrations/0002) unless the connection
    allows it. The setting lives on this connection only, which Django closes right
    after the flush. The test database is set up first, so this teardown runs before.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(
        marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    )
    transactional = transactional or "transactional_db" in request.fixturenames
    if transactional:
        request.getfixturevalue("transactional_db")
    yield
    if transactional:
        with connection.cursor() as cursor:
            cursor.execute("SET zorgroute.allow_audit_truncate = 'on'")


@dataclass
class World:
    """One programme with a user per role."""

    programme: object
    stages: list
    municipality: object
    organisation: object
    users: dict = field(default_factory=dict)
    participant: object = None
    intake: object = None
    intake_document: object = None
    internship: object = None
    session: object = None
    placement: object = None
    housing_unit: object = None
    barrier_type: object = None
    participant_barrier: object = None
    credential: object = None
    key_date: object = None
    skill: object = None
    dossier: object = None
    totp_secrets: dict = field(default_factory=dict)


def build_world(slug, prefix, municipality_code):
    programme = ProgrammeFactory(slug=slug, number_prefix=prefix)
    stages = [
        StageFactory(
            programme=programme, key=f"{slug}-{i}", position=i, name_en=f"Stage {i} of {slug}"
        )
        for i in (1, 2, 3)
    ]
    municipality = MunicipalityFactory(code=municipality_code)
    organisation = OrganisationFactory(programme=programme)
    world = World(programme, stages, municipality, organisation)
    for role in ROLES:
        user = UserFactory(email=f"{role.replace('_', '-')}@{slug}.example")
        extra = {"municipality": municipality} if role == Role.MUNICIPALITY_OFFICER else {}
        MembershipFactory(user=user, programme=programme, role=role, **extra)
        if role in STAFF_ROLES:
            secret = generate_totp_secret()
            TOTP.activate(user, secret)
            world.totp_secrets[role] = secret
        world.users[role] = user
    world.participant = ParticipantFactory(
        programme=programme,
        user=world.users[Role.PARTICIPANT],
        given_name="Amina",
        family_name="Yusuf",
        number=f"{prefix}-0001",
        current_stage=stages[1],
        municipality=municipality,
    )
    world.internship = Internship.objects.create(
        programme=programme,
        participant=world.participant,
        organisation=organisation,
        department="Afdeling Rozenhof",
        address="Zorgweg 1, Alphen",
        mentor=world.users[Role.MENTOR],
        tutor="Mevrouw De Vries",
        starts_on=datetime.date(2026, 9, 1),
    )
    world.session = Session.objects.create(
        programme=programme,
        title="Zachte vaardigheden 1",
        starts_at=timezone.now() + datetime.timedelta(days=3),
        location="COA Katwijk",
    )
    world.placement = JobPlacement.objects.create(
        programme=programme,
        participant=world.participant,
        employer=organisation,
        role="Helpende zorg",
        contract="bbl",
        hours_per_week=32,
        starts_on=datetime.date(2026, 6, 1),
    )
    world.housing_unit = HousingUnit.objects.create(
        programme=programme,
        complex="Studio's Alrijne",
        label="Studio 1",
        address="Zorglaan 1",
        municipality=municipality,
    )
    world.barrier_type = BarrierType.objects.create(
        programme=programme,
        code="learning-dutch",
        position=2,
        name_nl="Nederlands leren",
        name_en="Learning Dutch",
        is_standard=True,
    )
    world.participant_barrier = ParticipantBarrier.objects.create(
        programme=programme,
        participant=world.participant,
        barrier_type=world.barrier_type,
        how_it_shows="Wacht al 4 maanden op een taalcursus.",
        next_step="Je krijgt een plek bij de taalschool.",
        owner=world.users[Role.COORDINATOR],
        identified_by=world.users[Role.COORDINATOR],
        identified_on=datetime.date(2026, 9, 1),
    )
    world.credential = Credential.objects.create(
        programme=programme,
        participant=world.participant,
        kind="diploma",
        title="Verpleegkunde, Syrië",
    )
    world.key_date = KeyDate.objects.create(
        programme=programme,
        participant=world.participant,
        kind=KeyDate.Kind.LANGUAGE_EXAM,
        date=datetime.date(2027, 3, 10),
        note="Staatsexamen NT2 programma I",
    )
    world.skill = Skill.objects.create(
        programme=programme, kind="soft", name_nl="Samenwerken", name_en="Working together"
    )
    world.dossier = DossierExport.objects.create(
        programme=programme,
        participant=world.participant,
        language="nl",
        audience="participant",
        requested_by=world.users[Role.PARTICIPANT],
        status="done",
        file=ContentFile(MINIMAL_PDF, name="dossier.pdf"),
    )
    applicant = UserFactory(email=f"applicant@{slug}.example")
    world.users["applicant"] = applicant
    world.intake = IntakeFactory(
        programme=programme,
        applicant=applicant,
        reference=f"{prefix}-A-0001",
        given_name="Yonas",
        family_name=f"Tesfamariam{prefix}",
    )
    world.intake_document = IntakeDocument.objects.create(
        programme=programme,
        intake=world.intake,
        file=ContentFile(MINIMAL_PDF, name="diploma.pdf"),
        original_name="diploma.pdf",
        content_type="application/pdf",
        size=len(MINIMAL_PDF),
    )
    return world


@pytest.fixture
def worlds(db):
    with scopes_disabled():
        return {
            "a": build_world("alpha", "ALP", "alphen"),
            "b": build_world("beta", "BET", "betuwe"),
        }


@pytest.fixture
def world(worlds):
    return worlds["a"]


@pytest.fixture
def other_world(worlds):
    return worlds["b"]


@pytest.fixture
def outsider(db):
    with scopes_disabled():
        return UserFactory(email="outsider@example.org")


def log_in(client, user):
    """Log a user in as if they went through allauth, with MFA when they have it."""
    client.force_login(user)
    session = client.session
    now = time.time()
    records = [{"method": "password", "at": now, "email": user.email}]
    if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        records.append({"method": "mfa", "at": now, "type": "totp"})
    session["account_authentication_methods"] = records
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    # What allauth's login does too: the session is listed on "My devices", and its
    # activity is fresh, so the first page's query count is that of any other page.
    UserSession.objects.update_or_create(
        session_key=session.session_key,
        defaults={
            "user": user,
            "ip": "127.0.0.1",
            "user_agent": client.defaults.get("HTTP_USER_AGENT", ""),
        },
    )
    mark_seen(session.session_key)
    return client


def reauthenticate(client):
    """As if the user just typed their password or code again (allauth's record)."""
    session = client.session
    records = session.get("account_authentication_methods", [])
    records.append({"method": "mfa", "type": "totp", "at": time.time(), "reauthenticated": True})
    session["account_authentication_methods"] = records
    session.save()
