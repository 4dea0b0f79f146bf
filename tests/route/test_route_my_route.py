"""The participant's own "my route" page: read-only, their own data only, constant queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from participants.models import (
    CaseNote,
    StageEntry,
)
from tests.conftest import log_in
from tests.route.data import add_route_data


def home_url(world):
    return reverse("participants:home", kwargs={"programme": world.programme.slug})


@pytest.fixture
def route(world):
    return add_route_data(world)


def test_it_shows_the_week_internship_home_job_and_shared_notes(client, route):
    log_in(client, route.users["participant"])
    content = client.get(home_url(route)).content.decode()
    for text in (
        "maandag",
        "di, wo, do",
        "Afdeling Rozenhof",
        "Zorgweg 1, Alphen",
        route.users["mentor"].email,
        "Studio 1",
        "Vriendelijk voor bewoners.",
        "Helpende zorg",
        "Goed gedaan deze maand!",
        "Zachte vaardigheden 1",
    ):
        assert text in content, text
    # What is not for the participant stays hidden.
    assert "Zorgen over schulden." not in content
    assert "Alleen voor het team." not in content


def test_it_offers_no_actions(client, route):
    log_in(client, route.users["participant"])
    content = client.get(home_url(route)).content.decode()
    assert 'method="post"' not in content.split('id="main"')[1].split("</main>")[0]


def test_another_participant_sees_only_their_own_route(client, route, other_world):
    log_in(client, other_world.users["participant"])
    content = client.get(
        reverse("participants:home", kwargs={"programme": "beta"})
    ).content.decode()
    assert "Goed gedaan deze maand!" not in content
    assert "Studio 1" not in content or "Afdeling Rozenhof" not in content


@pytest.mark.parametrize("extra", [1, 30])
def test_the_query_count_does_not_grow_with_the_history(client, route, extra):
    with scopes_disabled():
        for i in range(extra):
            CaseNote.objects.create(
                programme=route.programme,
                participant=route.participant,
                text=f"n{i}",
                visibility="shared",
            )
            StageEntry.objects.create(
                programme=route.programme,
                participant=route.participant,
                stage=route.stages[0],
                started_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
                outcome="extended",
            )
    log_in(client, route.users["participant"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(home_url(route))
    assert response.status_code == 200
    # session, user, programme, memberships, participant (+stage, municipality, schedule),
    # stages, stage entries, sessions this week, internship (+organisation, mentor),
    # evaluation, housing (+home), job (+employer), next follow-up, shared notes,
    # coming important dates.
    assert len(queries) == 15, "\n".join(q["sql"] for q in queries.captured_queries)
