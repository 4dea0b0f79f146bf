"""The audit log is chained by hash: a changed or removed entry shows in verify_audit_chain."""

import threading
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django_scopes import scope, scopes_disabled

from audit.chain import verify
from audit.log import record_system
from audit.models import Action, AuditChainHead, AuditEntry
from tests.database_roles import owner_connection


def write(world, count, detail="route"):
    return [
        record_system(
            Action.VIEWED_FILE,
            programme=world.programme,
            participant=world.participant,
            actor=world.users["coordinator"],
            detail=f"{detail} {i}",
        )
        for i in range(count)
    ]


def behind_the_triggers(sql, params=()):
    """What the tables' owner (or a superuser) could do: change the log with its triggers off.

    The app role cannot (it owns no table: tests/security/test_rls.py); the owner's
    own connection sees only committed rows, so these tests are transactional.
    """
    with owner_connection() as owner:
        owner.execute("SELECT set_config('zorgroute.programme', '*', true)")
        owner.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER USER")
        owner.execute(sql, params)
        owner.execute("ALTER TABLE audit_auditentry ENABLE TRIGGER USER")


def chain(world):
    with scope(programme=world.programme):
        return list(
            AuditEntry.objects.filter(programme=world.programme)
            .order_by("pk")
            .values_list("pk", "previous_hash", "hash")
        )


def head(world):
    with scope(programme=world.programme):
        return AuditChainHead.objects.get(programme=world.programme)


@pytest.mark.django_db
def test_each_entry_links_to_the_one_before_it_in_its_programme(worlds):
    alpha, beta = worlds["a"], worlds["b"]
    write(alpha, 3)
    write(beta, 2)
    links = chain(alpha)
    assert links[0][1] == ""
    assert [previous for _pk, previous, _hash in links[1:]] == [h for _pk, _p, h in links[:-1]]
    assert all(len(digest) == 64 for _pk, _p, digest in links)
    assert head(alpha).last_hash == links[-1][2]
    assert head(beta).entries == 2
    report = verify()
    assert report.intact, report.problems
    assert report.checked == 5


@pytest.mark.django_db(transaction=True)
def test_a_changed_entry_is_found(worlds):
    entries = write(worlds["a"], 3)
    behind_the_triggers(
        "UPDATE audit_auditentry SET detail = 'nothing to see' WHERE id = %s", [entries[1].pk]
    )
    report = verify()
    assert report.problems == [
        f"entry {entries[1].pk} (programme {entries[1].programme_id}) was changed"
    ]
    with pytest.raises(CommandError, match="changed"):
        call_command("verify_audit_chain", stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db(transaction=True)
def test_a_removed_entry_in_the_middle_is_found(worlds):
    entries = write(worlds["a"], 3)
    behind_the_triggers("DELETE FROM audit_auditentry WHERE id = %s", [entries[1].pk])
    problems = verify().problems
    assert any(f"entry {entries[2].pk}" in p and "removed" in p for p in problems)


@pytest.mark.django_db(transaction=True)
def test_removing_the_newest_entries_is_found_by_the_head(worlds):
    entries = write(worlds["a"], 3)
    behind_the_triggers("DELETE FROM audit_auditentry WHERE id = %s", [entries[2].pk])
    problems = verify().problems
    assert len(problems) == 1
    assert "head says" in problems[0]


@pytest.mark.django_db
def test_the_head_cannot_be_deleted(worlds):
    write(worlds["a"], 1)
    with (
        pytest.raises(Exception, match="append-only"),
        scopes_disabled(),  # else row-level security hides the head and nothing is deleted
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM audit_auditchainhead")


@pytest.mark.django_db
def test_the_command_reports_an_intact_chain_and_its_heads(worlds):
    write(worlds["a"], 2)
    out = StringIO()
    call_command("verify_audit_chain", "--programme", "alpha", stdout=out)
    assert "intact: 2 entries" in out.getvalue()
    assert head(worlds["a"]).last_hash in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_writers_at_the_same_moment_keep_one_chain(worlds):
    world = worlds["a"]

    def writer(name):
        try:
            write(world, 10, detail=name)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(f"t{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = verify()
    assert report.intact, report.problems
    assert report.checked == 30
