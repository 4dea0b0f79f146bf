"""The scan over all rules: once per rule, object and due date, however often it runs
(also two scans at the same moment); its queries do not grow with the participants."""

import datetime
import threading
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

from barriers.models import BarrierAction
from notifications import scan as scan_module
from notifications import tasks as tasks_module
from notifications.models import Notification
from notifications.scan import scan_programme
from notifications.tasks import scan_reminders
from participants.models import FollowUp, Intake, KeyDate, StageEntry
from tests.factories import ParticipantFactory
from tests.reminders.rule_helpers import at, made, scan_on

DAY = datetime.date(2027, 3, 1)


def everything_due(world):
    """On DAY every rule has something due in ``world``."""
    with scopes_disabled():
        programme, participant = world.programme, world.participant
        Intake.objects.filter(pk=world.intake.pk).update(
            status=Intake.Status.SUBMITTED, submitted_at=at(DAY - datetime.timedelta(days=12), 9)
        )
        StageEntry.objects.create(
            programme=programme,
            participant=participant,
            stage=world.stages[1],
            started_on=datetime.date(2026, 3, 1),
            expected_end=DAY + datetime.timedelta(days=10),
        )
        StageEntry.objects.create(
            programme=programme,
            participant=participant,
            stage=world.stages[0],
            started_on=datetime.date(2025, 3, 1),
            expected_end=DAY - datetime.timedelta(days=10),
        )
        FollowUp.objects.create(
            programme=programme, placement=world.placement, month=12, due_on=DAY
        )
        KeyDate.objects.create(
            programme=programme,
            participant=participant,
            kind=KeyDate.Kind.VOG_EXPIRES,
            date=DAY + datetime.timedelta(days=40),
        )
        BarrierAction.objects.create(
            programme=programme,
            barrier=world.participant_barrier,
            description="Bellen met de taalschool",
            due_on=DAY - datetime.timedelta(days=3),
        )
    # world.key_date (an exam on 10 March 2027) and world.internship (evaluation due)
    # are due on DAY as they are.


def count_by_kind() -> dict:
    with scopes_disabled():
        rows = Notification.objects.values_list("kind", flat=True)
        return {kind: list(rows).count(kind) for kind in set(rows)}


def test_on_the_day_every_rule_makes_its_reminders(world):
    everything_due(world)
    result = scan_on(world, DAY)
    assert count_by_kind() == {
        "intake_waiting": 1,  # the coordinator
        "stage_ends_soon": 2,  # the coordinator and the participant
        "stage_past_end": 2,
        "evaluation_due": 1,  # the mentor
        "exam_soon": 2,
        "document_ends": 2,
        "follow_up_due": 1,
        "barrier_overdue": 1,  # the barrier's owner
    }
    assert result["interview_tomorrow"] == 0
    assert sum(result.values()) == 12


def test_running_the_scan_again_the_same_day_or_later_makes_nothing_new(world):
    everything_due(world)
    scan_on(world, DAY)
    first = count_by_kind()
    for hour in (7, 8, 13, 22):
        assert sum(scan_on(world, DAY, hour=hour).values()) == 0
    scan_on(world, DAY + datetime.timedelta(days=1))
    assert count_by_kind() == first


@pytest.mark.django_db(transaction=True)
def test_two_scans_at_the_same_moment_make_each_reminder_once(worlds):
    world = worlds["a"]
    everything_due(world)
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait(timeout=10)
            with time_machine.travel(at(DAY), tick=False), scope(programme=world.programme):
                scan_programme(world.programme)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sum(count_by_kind().values()) == 12


def test_a_scan_reminds_only_in_its_own_programme(world, other_world):
    everything_due(world)
    scan_on(world, DAY)
    with scopes_disabled():
        assert not Notification.objects.filter(programme=other_world.programme).exists()
        assert set(Notification.objects.values_list("recipient__email", flat=True)) <= {
            user.email for user in world.users.values()
        }


def test_the_periodic_task_scans_every_active_programme(world, other_world):
    with scopes_disabled():
        other_world.programme.is_active = False
        other_world.programme.save(update_fields=["is_active"])
    with time_machine.travel(at(datetime.date(2026, 10, 13)), tick=False):
        queued = scan_reminders.delay().get()  # eager in this test: runs the programme's scan too
    assert queued == [world.programme.pk]
    assert [n.programme.slug for n in made("evaluation_due")] == ["alpha"]


def add_exams(world, count):
    """``count`` more participants, each with an exam within the next 14 days of DAY."""
    with scopes_disabled():
        for number in range(count):
            participant = ParticipantFactory(
                programme=world.programme, current_stage=world.stages[0]
            )
            KeyDate.objects.create(
                programme=world.programme,
                participant=participant,
                kind=KeyDate.Kind.LANGUAGE_EXAM,
                date=DAY + datetime.timedelta(days=number % 14),
            )


def queries_of_scan(world) -> int:
    with (
        time_machine.travel(at(DAY), tick=False),
        scope(programme=world.programme),
        CaptureQueriesContext(connection) as queries,
    ):
        scan_programme(world.programme)
    return len(queries)


def test_finding_what_is_due_takes_the_same_queries_for_1_or_30_participants(world, monkeypatch):
    made_for = []
    monkeypatch.setattr(scan_module, "notify", lambda **kwargs: made_for.append(kwargs))
    add_exams(world, 1)
    one = queries_of_scan(world)
    one_reminded = len(made_for)
    add_exams(world, 29)
    made_for.clear()
    # The same queries: the settings, the coordinators, and one read per rule (two for
    # barriers: their actions and themselves), each leaving out what was made before.
    assert queries_of_scan(world) == one
    assert len(made_for) == one_reminded + 29


def test_a_second_scan_takes_the_same_queries_for_1_or_30_participants(world):
    add_exams(world, 1)
    scan_on(world, DAY)
    one = queries_of_scan(world)
    add_exams(world, 29)
    scan_on(world, DAY)
    assert queries_of_scan(world) == one


def test_a_database_hiccup_is_retried_and_then_the_scan_runs(world, monkeypatch):
    calls = []

    def flaky(programme):
        calls.append(programme.slug)
        if len(calls) == 1:
            raise OperationalError("the database went away")
        return {"follow_up_due": 0}

    monkeypatch.setattr(tasks_module, "scan_programme", flaky)
    # As a worker would: the retry runs the task again (here at once, in this process).
    result = tasks_module.scan_programme_reminders.apply(
        kwargs={"programme_id": world.programme.pk}, throw=False
    )
    assert result.get() == {"follow_up_due": 0}
    assert calls == ["alpha", "alpha"]


def test_the_command_runs_the_scan_now(world, other_world):
    out = StringIO()
    with time_machine.travel(at(datetime.date(2026, 10, 13)), tick=False):
        call_command("scan_reminders", "alpha", stdout=out)
    assert "alpha: 1 new reminders" in out.getvalue()
    assert [n.programme.slug for n in made("evaluation_due")] == ["alpha"]


def test_a_rerun_leaves_out_in_sql_what_was_made_before(world, monkeypatch):
    everything_due(world)
    scan_on(world, DAY)
    offered = []
    monkeypatch.setattr(scan_module, "notify", lambda **kwargs: offered.append(kwargs))
    scan_on(world, DAY, hour=9)
    assert offered == []
