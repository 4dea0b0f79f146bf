"""The coordinator's participant list: search, filter by stage, pages, query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from tests.conftest import log_in
from tests.factories import ParticipantFactory


def list_url(world, **query):
    url = reverse("participants:list", kwargs={"programme": world.programme.slug})
    if query:
        from urllib.parse import urlencode

        url += "?" + urlencode(query)
    return url


def add_participants(world, count, **fields):
    with scopes_disabled():
        return ParticipantFactory.create_batch(
            count, programme=world.programme, current_stage=world.stages[0], **fields
        )


def test_it_lists_only_this_programmes_participants(client, world, other_world):
    log_in(client, world.users["coordinator"])
    response = client.get(list_url(world))
    assert response.status_code == 200
    content = response.content.decode()
    assert world.participant.number in content
    assert other_world.participant.number not in content


def test_it_finds_by_name_and_number(client, world):
    add_participants(world, 3, family_name="Haddad")
    log_in(client, world.users["coordinator"])
    page = client.get(list_url(world, q="amina yusuf")).context["page"]
    assert [p.number for p in page] == [world.participant.number]
    page = client.get(list_url(world, q=world.participant.number.lower())).context["page"]
    assert [p.number for p in page] == [world.participant.number]
    assert client.get(list_url(world, q="haddad")).context["page"].paginator.count == 3


def test_it_filters_by_stage(client, world):
    add_participants(world, 2)
    log_in(client, world.users["coordinator"])
    page = client.get(list_url(world, stage=world.stages[0].key)).context["page"]
    assert page.paginator.count == 2
    page = client.get(list_url(world, stage=world.stages[1].key)).context["page"]
    assert [p.number for p in page] == [world.participant.number]


def test_a_stage_of_another_programme_is_a_clear_error_not_a_leak(client, world, other_world):
    log_in(client, world.users["coordinator"])
    response = client.get(list_url(world, stage=other_world.stages[0].key, q="Amina"))
    assert response.status_code == 200
    assert response.context["form"].errors["stage"]
    # What the coordinator typed is kept.
    assert 'value="Amina"' in response.content.decode()


def test_it_pages_and_keeps_the_filter(client, world, settings):
    settings.PARTICIPANTS_PER_PAGE = 5
    add_participants(world, 12)
    log_in(client, world.users["coordinator"])
    response = client.get(list_url(world, stage=world.stages[0].key, page=2))
    page = response.context["page"]
    assert page.number == 2
    assert page.paginator.num_pages == 3
    assert f"stage={world.stages[0].key}&amp;page=3" in response.content.decode()
    # A page number that is out of range shows the last page instead of an error.
    assert client.get(list_url(world, page=99)).context["page"].number == 3


@pytest.mark.parametrize("extra", [1, 50])
def test_the_query_count_does_not_grow_with_the_rows(client, world, extra):
    add_participants(world, extra, municipality=world.municipality)
    log_in(client, world.users["coordinator"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(list_url(world, stage=world.stages[0].key))
    assert response.status_code == 200
    # session, user, programme, memberships, MFA authenticator, stage (form),
    # stages (choices), count, page of participants with stage and municipality.
    sql = "\n".join(q["sql"] for q in queries.captured_queries)
    assert len(queries) == 9, sql
