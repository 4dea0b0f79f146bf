"""The participant's "who looked at my file" and the coordinator's log of the programme."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from audit.log import record_system
from audit.models import Action, Result
from tests.audit.helpers import entry_count, log_of, log_url, my_log_url
from tests.conftest import log_in
from tests.factories import ParticipantFactory
from tests.intake.coordinator import log_in_in_english


def add(world, action=Action.VIEWED_FILE, *, participant=None, actor=None, at=None, **fields):
    """An entry in ``world``'s programme, written as staff would have, at ``at`` (or now)."""
    actor = actor if actor is not None else world.users["coordinator"]
    with scopes_disabled(), time_machine.travel(at or timezone.now(), tick=False):
        return record_system(
            action,
            programme=world.programme,
            participant=participant or world.participant,
            actor=actor,
            role="coordinator",
            organisation=fields.pop("organisation", "VluchtelingenWerk"),
            **fields,
        )


def in_english(user):
    with scopes_disabled():
        user.language = "en"
        user.save(update_fields=["language"])
    return user


@pytest.fixture
def participant_client(client, world):
    log_in(client, in_english(world.users["participant"]))
    return client


# The participant's page ------------------------------------------------------------------


def test_the_participant_sees_who_looked_newest_first_in_local_time(participant_client, world):
    add(world, at=datetime.datetime(2026, 3, 14, 9, 30, tzinfo=datetime.UTC), detail="route")
    add(
        world,
        Action.DOSSIER_DOWNLOADED,
        actor=world.users["municipality_officer"],
        at=datetime.datetime(2026, 7, 1, 22, 15, tzinfo=datetime.UTC),
        organisation="Gemeente Alphen",
    )
    response = participant_client.get(my_log_url(world))
    assert response.status_code == 200
    content = response.content.decode()
    lines = response.context["lines"]
    assert [line.what for line in lines] == ["Downloaded your dossier", "Looked at your file"]
    assert lines[1].who == world.users["coordinator"].name
    assert lines[1].where == "Coordinator, VluchtelingenWerk"
    assert lines[1].about == "route"
    # 09:30 UTC in March is 10:30 in Amsterdam; 22:15 UTC in July is 00:15 the next day.
    assert "14 March 2026, 10:30" in content
    assert "2 July 2026, 00:15" in content
    assert content.index("2 July 2026") < content.index("14 March 2026")


def test_the_participant_sees_only_entries_about_themself(participant_client, world, other_world):
    with scopes_disabled():
        neighbour = ParticipantFactory(programme=world.programme, given_name="Neighbour")
    add(world, detail="route")
    add(world, participant=neighbour, detail="skills")
    add(other_world, participant=other_world.participant, detail="languages")
    with scopes_disabled():
        record_system(Action.EXPORT_REQUESTED, programme=world.programme, detail="export")
    lines = participant_client.get(my_log_url(world)).context["lines"]
    assert [line.about for line in lines] == ["route"]


def test_own_actions_say_you_and_a_result_that_is_not_ok_is_shown(participant_client, world):
    add(world, Action.CONSENT_CHANGED, actor=world.users["participant"], detail="research:no")
    add(world, Action.DOSSIER_DOWNLOADED, result=Result.DENIED)
    with scopes_disabled():
        record_system(
            Action.DOSSIER_GENERATED,
            programme=world.programme,
            participant=world.participant,
            detail="v2 (ar)",
        )
        record_system(
            Action.DOSSIER_GENERATED,
            programme=world.programme,
            participant=world.participant,
            detail="OSError: font cache locked",
            result=Result.FAILED,
        )
    response = participant_client.get(my_log_url(world))
    failed, system, denied, consent = response.context["lines"]
    # A failure's technical message is not for the participant; the result is.
    assert (failed.what, failed.about, failed.problem) == ("Made your dossier", "", "Failed")
    assert system.about == "v2 (ar)"
    assert (consent.who, consent.where) == ("You", "")
    assert consent.what == "Withdrew permission"
    assert consent.about == "Use my data in anonymous research"
    assert denied.problem == "Refused"
    assert "Result: Refused" in response.content.decode()
    assert (system.who, system.what) == ("Zorgroute, automatically", "Made your dossier")


def test_an_empty_log_says_so(participant_client, world):
    assert (
        "Nobody has opened your file yet."
        in participant_client.get(my_log_url(world)).content.decode()
    )


def test_the_participants_page_is_paginated(participant_client, world, settings):
    settings.AUDIT_ENTRIES_PER_PAGE = 3
    for number in range(7):
        add(world, detail=f"page {number}")
    first = participant_client.get(my_log_url(world))
    last = participant_client.get(my_log_url(world) + "?page=3")
    assert [line.about for line in first.context["lines"]] == ["page 6", "page 5", "page 4"]
    assert [line.about for line in last.context["lines"]] == ["page 0"]
    assert "Page 1 of 3" in first.content.decode()


@pytest.mark.parametrize("extra", [1, 30])
def test_the_participants_page_runs_a_fixed_number_of_queries(participant_client, world, extra):
    for _ in range(extra):
        add(world)
    with CaptureQueriesContext(connection) as queries:
        response = participant_client.get(my_log_url(world))
    assert response.status_code == 200
    # session, user, programme, memberships, participant, count, the page of entries.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 7, sql


def test_the_participant_finds_the_page_in_the_menu(participant_client, world):
    home = participant_client.get(
        reverse("participants:home", kwargs={"programme": world.programme.slug})
    )
    assert f'href="{my_log_url(world)}"' in home.content.decode()


def test_reading_their_own_log_is_not_logged(participant_client, world):
    participant_client.get(my_log_url(world))
    assert entry_count() == 0


# The coordinator's log -------------------------------------------------------------------


@pytest.fixture
def coordinator_client(client, world):
    log_in_in_english(client, world.users["coordinator"])
    return client


def test_the_coordinator_sees_only_the_log_of_their_programme(
    coordinator_client, world, other_world
):
    add(world, detail="route")
    add(other_world, participant=other_world.participant, detail="languages")
    response = coordinator_client.get(log_url(world))
    assert [entry.detail for entry in response.context["page"].object_list] == ["route"]
    content = response.content.decode()
    assert world.participant.number in content
    assert other_world.participant.number not in content


def test_the_log_filters_on_name_or_number_what_and_dates(coordinator_client, world):
    with scopes_disabled():
        neighbour = ParticipantFactory(
            programme=world.programme, given_name="Omar", family_name="Haddad", number="ALP-0042"
        )
    utc = datetime.UTC
    add(world, detail="a", at=datetime.datetime(2026, 3, 1, 10, 0, tzinfo=utc))
    add(world, Action.CHANGED, detail="b", at=datetime.datetime(2026, 3, 2, 10, 0, tzinfo=utc))
    # 23:30 UTC on 2 March is 00:30 on 3 March in Amsterdam.
    add(
        world,
        participant=neighbour,
        detail="c",
        at=datetime.datetime(2026, 3, 2, 23, 30, tzinfo=utc),
    )

    def details(**query):
        page = coordinator_client.get(log_url(world, **query)).context["page"]
        return [entry.detail for entry in page.object_list]

    assert details() == ["c", "b", "a"]
    assert details(q="haddad") == ["c"]
    assert details(q="0042") == ["c"]
    assert details(q="Amina+Yusuf") == ["b", "a"]
    assert details(action="changed") == ["b"]
    assert details(date_from="2026-03-02", date_to="2026-03-02") == ["b"]
    assert details(date_from="2026-03-03") == ["c"]
    assert details(date_to="2026-03-01") == ["a"]
    # An impossible range is said at its field; the other filters still apply.
    response = coordinator_client.get(
        log_url(world, action="changed", date_from="2026-03-05", date_to="2026-03-01")
    )
    assert response.context["form"].errors == {"date_to": ["This date is before the first date."]}
    assert [entry.detail for entry in response.context["page"].object_list] == ["b"]


def test_the_log_of_one_participant_is_itself_logged(coordinator_client, world):
    with scopes_disabled():
        neighbour = ParticipantFactory(programme=world.programme)
    add(world, detail="route")
    add(world, participant=neighbour, detail="skills")
    response = coordinator_client.get(log_url(world, participant=world.participant.pk))
    assert [entry.detail for entry in response.context["page"].object_list] == ["route"]
    assert "Who looked at the file of Amina Yusuf" in response.content.decode()
    coordinator = world.users["coordinator"]
    assert log_of(action="viewed_log") == [
        ("viewed_log", world.participant.pk, "", "coordinator", coordinator.pk, "ok")
    ]
    # The whole programme's log is not about one person: nothing is logged.
    coordinator_client.get(log_url(world))
    coordinator_client.get(log_url(world, action="changed"))
    assert entry_count(action="viewed_log") == 1


def test_the_log_of_a_participant_of_another_programme_is_a_404(
    coordinator_client, world, other_world
):
    response = coordinator_client.get(log_url(world, participant=other_world.participant.pk))
    assert response.status_code == 404
    assert entry_count() == 0


def test_the_participants_page_links_to_their_log(coordinator_client, world):
    page = coordinator_client.get(
        reverse(
            "participants:participant_detail",
            kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
        )
    )
    assert log_url(world, participant=world.participant.pk) in page.content.decode()


def test_a_mentor_sees_no_link_to_the_log(client, world):
    log_in(client, world.users["mentor"])
    page = client.get(
        reverse(
            "participants:participant_detail",
            kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
        )
    )
    assert log_url(world) not in page.content.decode()


def test_a_removed_participant_still_shows_in_the_log(coordinator_client, world):
    with scopes_disabled():
        gone = ParticipantFactory(programme=world.programme)
    add(world, participant=gone, detail="route")
    gone_pk = gone.pk
    with scopes_disabled():
        gone.delete()
    content = coordinator_client.get(log_url(world)).content.decode()
    assert f"Removed participant (id {gone_pk})" in content


@pytest.mark.parametrize("extra", [1, 30])
def test_the_log_runs_a_fixed_number_of_queries(coordinator_client, world, extra):
    with scopes_disabled():
        others = ParticipantFactory.create_batch(3, programme=world.programme)
    for number in range(extra):
        add(world, participant=others[number % 3])
    with CaptureQueriesContext(connection) as queries:
        response = coordinator_client.get(log_url(world, q="a", action="viewed_file"))
    assert response.status_code == 200
    # session, user, programme, memberships, MFA authenticator, count, entries with participant.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 7, sql
    with CaptureQueriesContext(connection) as queries:
        response = coordinator_client.get(log_url(world, participant=others[0].pk))
    assert response.status_code == 200
    # The same, and the participant, and the entry that says the coordinator looked.
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 9, sql
