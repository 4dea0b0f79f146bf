"""Job placements and their follow-ups at 3, 6 and 12 months, recorded by a coordinator."""

import datetime
import re

import pytest
from django.contrib.messages import get_messages
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants import jobs
from participants.models import FollowUp, JobPlacement
from tests.conftest import log_in
from tests.factories import OrganisationFactory
from tests.intake.coordinator import log_in_in_english

TODAY = timezone.localdate


@pytest.fixture
def coordinator(client, world):
    user = world.users["coordinator"]
    log_in_in_english(client, user)
    return user


def job_url(world, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_job",
        kwargs={"programme": world.programme.slug, "pk": participant.pk},
    )


def follow_up_url(world, placement, month, participant=None):
    participant = participant or world.participant
    return reverse(
        "participants:participant_follow_up",
        kwargs={
            "programme": world.programme.slug,
            "pk": participant.pk,
            "job": placement.pk,
            "month": month,
        },
    )


def page_url(world):
    return reverse(
        "participants:participant_detail",
        kwargs={"programme": world.programme.slug, "pk": world.participant.pk},
    )


def placement_data(world, **changes):
    data = {
        "employer": world.organisation.pk,
        "role": "Helpende Zorg en Welzijn",
        "contract": "permanent",
        "hours_per_week": "32",
        "klikgesprek_on": "2026-01-10",
        "klikgesprek": "positive",
        "starts_on": "2026-01-31",
    }
    data.update(changes)
    return {f"job-{name}": value for name, value in data.items()}


def follow_up_data(placement, month, **changes):
    data = {
        "done_on": TODAY().isoformat(),
        "still_employed": "yes",
        "satisfaction": "4",
        "issues": "Wil meer uren werken.",
    }
    data.update(changes)
    return {f"follow-up-{placement.pk}-{month}-{name}": value for name, value in data.items()}


def placements_of(participant):
    with scopes_disabled():
        return list(
            JobPlacement.objects.filter(participant=participant)
            .select_related("employer")
            .prefetch_related("follow_ups")
            .order_by("pk")
        )


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def reload(placement):
    with scopes_disabled():
        return JobPlacement.objects.prefetch_related("follow_ups__by").get(pk=placement.pk)


def follow_up(placement, month):
    """One follow-up, read inside the scope (row-level security hides it outside)."""
    with scopes_disabled():
        return FollowUp.objects.select_related("by").get(placement=placement, month=month)


def placement_starting(world, starts_on, **fields):
    """A placement with its follow-ups, made directly, as if recorded earlier."""
    with scopes_disabled():
        return jobs.add_placement(
            world.participant,
            by=world.users["coordinator"],
            employer=world.organisation,
            role="Helpende",
            contract="bbl",
            hours_per_week=32,
            starts_on=starts_on,
            **fields,
        )


# Adding a job --------------------------------------------------------------------------------


def test_a_job_gets_three_follow_ups_at_3_6_and_12_months(client, world, coordinator):
    response = client.post(job_url(world), placement_data(world))

    assert response.status_code == 302
    assert response.url == f"{page_url(world)}#jobs"
    placement = placements_of(world.participant)[-1]
    assert (placement.employer, placement.role, placement.contract) == (
        world.organisation,
        "Helpende Zorg en Welzijn",
        "permanent",
    )
    assert (placement.hours_per_week, placement.klikgesprek) == (32, "positive")
    assert placement.created_by == coordinator
    due = sorted((f.month, f.due_on) for f in placement.follow_ups.all())  # prefetched
    # 31 January plus 3 months is the last day of April.
    assert due == [
        (3, datetime.date(2026, 4, 30)),
        (6, datetime.date(2026, 7, 31)),
        (12, datetime.date(2027, 1, 31)),
    ]
    assert messages_of(response) == [
        f"The job at {world.organisation.name} is saved. The first follow-up is on 30 April 2026."
    ]


def test_an_employer_of_another_programme_is_refused_and_what_was_typed_stays(
    client, world, other_world, coordinator
):
    before = placements_of(world.participant)
    data = placement_data(world, employer=other_world.organisation.pk, role="Nachtdienst ABC")

    response = client.post(job_url(world), data)

    assert response.status_code == 302
    assert response.url == f"{page_url(world)}#new-job"
    assert placements_of(world.participant) == before
    assert messages_of(response) == ["The job is not saved. Check the form."]
    page = client.get(response.url).content.decode()
    assert 'value="Nachtdienst ABC"' in page
    assert "Choose an employer from the list." in page


@pytest.mark.parametrize("hours", ["0", "41", "zes"])
def test_hours_must_be_from_1_to_40(client, world, coordinator, hours):
    before = placements_of(world.participant)

    response = client.post(job_url(world), placement_data(world, hours_per_week=hours))

    assert placements_of(world.participant) == before
    page = client.get(response.url).content.decode()
    assert "Enter a whole number of hours, from 1 to 40." in page


def test_a_klikgesprek_after_the_start_is_refused(client, world, coordinator):
    before = placements_of(world.participant)

    response = client.post(job_url(world), placement_data(world, klikgesprek_on="2026-02-02"))

    assert placements_of(world.participant) == before
    assert messages_of(response) == [
        "The klikgesprek is before the job starts. Choose 31 January 2026 or earlier."
    ]


def test_a_klikgesprek_that_did_not_click_is_recorded_with_a_warning(client, world, coordinator):
    response = client.post(job_url(world), placement_data(world, klikgesprek="negative"))

    assert placements_of(world.participant)[-1].klikgesprek == "negative"
    assert "The klikgesprek did not click." in messages_of(response)[-1]
    page = client.get(page_url(world)).content.decode()
    assert "The klikgesprek did not click. Talk with the participant and the employer" in page


def test_a_job_is_a_404_for_a_participant_of_another_programme(
    client, world, other_world, coordinator
):
    before = placements_of(other_world.participant)

    response = client.post(job_url(world, other_world.participant), placement_data(world))

    assert response.status_code == 404
    assert placements_of(other_world.participant) == before


def test_a_mentor_cannot_add_a_job(client, world):
    log_in(client, world.users["mentor"])
    assert client.post(job_url(world), placement_data(world)).status_code == 403


# Follow-ups ----------------------------------------------------------------------------------


def test_a_follow_up_records_who_when_and_what(client, world, coordinator):
    placement = placement_starting(world, TODAY() - datetime.timedelta(days=100))

    response = client.post(follow_up_url(world, placement, 3), follow_up_data(placement, 3))

    assert response.url == f"{page_url(world)}#job-{placement.pk}"
    three = follow_up(placement, 3)
    assert (three.done_on, three.still_employed, three.satisfaction) == (TODAY(), True, 4)
    assert (three.issues, three.by) == ("Wil meer uren werken.", coordinator)
    assert reload(placement).ended_on is None


def test_someone_no_longer_employed_ends_the_placement(client, world, coordinator):
    placement = placement_starting(world, TODAY() - datetime.timedelta(days=200))
    left = TODAY() - datetime.timedelta(days=3)

    client.post(
        follow_up_url(world, placement, 6),
        follow_up_data(placement, 6, still_employed="no", satisfaction="", done_on=left),
    )

    placement = reload(placement)
    assert placement.ended_on == left
    assert follow_up(placement, 6).still_employed is False
    page = client.get(page_url(world)).content.decode()
    assert "Not needed: the job ended" in page  # the 12-month follow-up


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"done_on": "2099-01-01"}, "Choose today or a day in the past."),
        ({"satisfaction": ""}, "Choose how happy the participant is with the job."),
        ({"done_on": "2020-01-01"}, "The job started on"),
    ],
)
def test_a_wrong_follow_up_is_refused_and_what_was_typed_stays(
    client, world, coordinator, changes, message
):
    placement = placement_starting(world, TODAY() - datetime.timedelta(days=100))
    data = follow_up_data(placement, 3, issues="Problemen met het rooster", **changes)

    response = client.post(follow_up_url(world, placement, 3), data)

    assert response.url == f"{page_url(world)}#follow-up-{placement.pk}-3"
    assert follow_up(placement, 3).done_on is None
    assert messages_of(response)[0].startswith(message)
    page = client.get(response.url).content.decode()
    assert "Problemen met het rooster" in page
    assert re.search(rf'<details [^>]*id="follow-up-{placement.pk}-3"[^>]*open', page)


def test_a_follow_up_is_recorded_once(client, world, coordinator):
    placement = placement_starting(world, TODAY() - datetime.timedelta(days=100))
    client.post(follow_up_url(world, placement, 3), follow_up_data(placement, 3))

    response = client.post(
        follow_up_url(world, placement, 3), follow_up_data(placement, 3, issues="Anders")
    )

    assert messages_of(response)[-1].startswith("This follow-up was already recorded")
    assert follow_up(placement, 3).issues == "Wil meer uren werken."


def test_a_placement_without_follow_up_rows_gets_one_when_recorded(client, world, coordinator):
    # The fixture's placement was made without follow-ups, as older data may be.
    placement = world.placement

    client.post(
        follow_up_url(world, placement, 12),
        follow_up_data(placement, 12, done_on="2026-06-02", still_employed="no"),
    )

    [twelve] = reload(placement).follow_ups.all()
    assert (twelve.month, twelve.due_on) == (12, datetime.date(2027, 6, 1))
    assert reload(placement).ended_on == datetime.date(2026, 6, 2)


def test_a_follow_up_of_another_programme_or_month_is_404(client, world, other_world, coordinator):
    ours = placement_starting(world, TODAY() - datetime.timedelta(days=100))
    data = follow_up_data(ours, 3)

    theirs = follow_up_url(world, other_world.placement, 3, participant=other_world.participant)
    assert client.post(theirs, data).status_code == 404
    # Another programme's job under our participant.
    assert client.post(follow_up_url(world, other_world.placement, 3), data).status_code == 404
    assert client.post(follow_up_url(world, ours, 4), data).status_code == 404
    assert client.get(follow_up_url(world, ours, 3)).status_code == 405


def test_overdue_follow_ups_are_marked(client, world, coordinator):
    with scopes_disabled():
        world.placement.delete()
    placement_starting(world, TODAY() - datetime.timedelta(days=120))

    page = client.get(page_url(world)).content.decode()
    jobs = page.split('id="jobs"', 1)[1].split("</section>", 1)[0]

    assert jobs.count("<strong>Overdue</strong>") == 1
    assert jobs.count("Still to do") == 2


# Query counts ----------------------------------------------------------------------------------


def section_queries(world):
    request = RequestFactory().get(page_url(world))
    request.programme = world.programme
    request.user = world.users["coordinator"]
    request.roles = frozenset({"coordinator"})
    request.memberships = []
    request.session = SessionStore()
    with scope(programme=world.programme), CaptureQueriesContext(connection) as queries:
        context = jobs.coordinator_section(request, world.participant)
        render_to_string("participants/participant/_jobs.html", context, request=request)
    return queries


def test_the_section_takes_the_same_queries_for_one_or_many_jobs(world):
    one = section_queries(world)
    for days in range(10, 400, 40):
        placement = placement_starting(world, TODAY() - datetime.timedelta(days=days))
        with scopes_disabled():
            FollowUp.objects.filter(placement=placement, month=3).update(
                done_on=TODAY(), still_employed=True, satisfaction=3, by=world.users["admin"]
            )
    many = section_queries(world)

    # The placements with employer and creator; the follow-ups with who recorded them;
    # the programme's organisations for the form.
    assert len(one) == len(many) == 3, "\n".join(q["sql"] for q in many.captured_queries)


def test_a_mentor_gets_no_jobs_section(world):
    request = RequestFactory().get(page_url(world))
    request.programme = world.programme
    request.roles = frozenset({"mentor"})
    with scope(programme=world.programme):
        assert jobs.coordinator_section(request, world.participant) == {"jobs_section": None}


def test_an_organisation_added_later_is_offered_as_employer(client, world, coordinator):
    with scopes_disabled():
        OrganisationFactory(programme=world.programme, name="Topaz")
    assert "Topaz" in client.get(page_url(world)).content.decode()
