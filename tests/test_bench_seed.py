"""The benchmark's seeder writes rows the application reads: a guard against schema drift.

bench/seed.py fills a separate database at national scale with COPY; here the same
row makers fill one test programme with a few people, so a new required column or
a changed audit chain shows in the suite, not only in the next `make bench`.

The seeder runs as the database superuser, as in `make bench`: PostgreSQL refuses
COPY into a table with row-level security to everyone else. So these tests are
transactional (the superuser's connection sees committed rows only), and the
pages are then requested as the app role, as always.
"""

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from audit.chain import verify
from bench.seed_audit import chain_into_log
from bench.seed_rows import ProgrammeRows
from bench.seed_tables import references, writers
from participants.models import Participant
from portal.models import User
from programmes.models import Municipality
from tests.conftest import log_in
from tests.database_roles import connected_as_superuser

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = 12


def seed(programme):
    with connected_as_superuser(), scopes_disabled(), transaction.atomic():
        tables = writers(timezone.now())
        rows = ProgrammeRows(
            tables,
            programme,
            today=timezone.localdate(),
            tz=timezone.get_current_timezone(),
            refs=references(programme, dict(Municipality.objects.values_list("code", "pk"))),
            seed=1,
        )
        for index in range(PEOPLE):
            rows.add_participant(index, rich=index == 0)
        for index in range(3):
            rows.add_applicant(index)
        counts = {key: writer.finish() for key, writer in tables.items()}
        counts["audit"] = chain_into_log()
    return counts


def test_the_seeder_fills_a_programme_with_a_chained_audit_log(world):
    counts = seed(world.programme)

    assert counts["participant"] == PEOPLE
    assert counts["user"] == PEOPLE + 3
    assert counts["audit"] >= 40  # the persona alone has 40
    with scopes_disabled():
        assert Participant.objects.filter(programme=world.programme).count() == PEOPLE + 1
    assert verify().intact


@pytest.mark.parametrize("url", ["participants:home", "barriers:mine", "audit:my_log"])
def test_a_seeded_participant_opens_their_pages(world, client, url):
    seed(world.programme)
    persona = User.objects.get(email="deelnemer00000@alpha.bench.example")
    log_in(client, persona)

    response = client.get(reverse(url, kwargs={"programme": world.programme.slug}))

    assert response.status_code == 200
