"""The municipality officer: consenting participants housed in their municipality, across programmes."""

import csv
import datetime
import io
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from audit.models import Action, AuditEntry, Result
from dossiers.models import Audience, BulkExport, DossierExport, Status
from tests.conftest import ROLES, log_in, reauthenticate
from tests.dossier.conftest import consent_to_municipality
from tests.factories import ParticipantFactory

LIST = reverse("municipality:list")


@pytest.fixture
def housed(worlds):
    """Alpha's participant and a beta participant both live in Alphen and agree; one does not."""
    alpha, beta = worlds["a"], worlds["b"]
    with scopes_disabled():
        from_beta = ParticipantFactory(
            programme=beta.programme,
            given_name="Samir",
            family_name="Haddad",
            number="BET-0042",
            municipality=alpha.municipality,
            current_stage=beta.stages[0],
        )
        silent = ParticipantFactory(
            programme=alpha.programme,
            given_name="Nour",
            family_name="Zaid",
            number="ALP-0077",
            municipality=alpha.municipality,
        )
    consent_to_municipality(alpha.participant)
    consent_to_municipality(from_beta)
    consent_to_municipality(beta.participant)  # lives in Betuwe: not Alphen's business
    return {"alpha": alpha.participant, "beta": from_beta, "silent": silent}


def officer(client, world):
    log_in(client, world.users["municipality_officer"])
    return client


def test_the_officer_sees_consenting_residents_of_every_programme(client, world, housed):
    page = officer(client, world).get(LIST)
    assert page.status_code == 200
    shown = {p.pk for p in page.context["page"].object_list}
    assert shown == {housed["alpha"].pk, housed["beta"].pk}
    content = page.content.decode()
    assert "Samir Haddad" in content
    assert "Nour" not in content  # no answer means no
    assert "BET-0001" not in content  # beta's own participant lives in Betuwe


def test_the_officer_of_the_other_municipality_sees_none_of_them(client, other_world, housed):
    page = officer(client, other_world).get(LIST)
    shown = {p.pk for p in page.context["page"].object_list}
    assert shown == {other_world.participant.pk}


def test_filters_by_programme_and_name(client, world, housed):
    page = officer(client, world).get(LIST, {"programme": "beta"})
    assert [p.pk for p in page.context["page"].object_list] == [housed["beta"].pk]
    page = client.get(LIST, {"q": "yusuf"})
    assert [p.pk for p in page.context["page"].object_list] == [housed["alpha"].pk]


def test_the_list_query_count_does_not_grow(client, world, housed, django_assert_max_num_queries):
    officer(client, world).get(LIST)
    with django_assert_max_num_queries(12) as few:
        client.get(LIST)
    with scopes_disabled():
        for i in range(15):
            extra = ParticipantFactory(
                programme=world.programme,
                number=f"ALP-1{i:03}",
                municipality=world.municipality,
                current_stage=world.stages[0],
            )
            consent_to_municipality(extra)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get(LIST).context["page"].object_list) == 17


def make(client, participant, callbacks, language="nl"):
    url = reverse("municipality:make_dossier", kwargs={"pk": participant.pk})
    with callbacks(execute=True):
        response = client.post(url, {"language": language})
    assert response.status_code == 302
    with scopes_disabled():
        return DossierExport.objects.filter(participant=participant).latest("pk")


def test_the_officer_makes_and_downloads_one_dossier_of_another_programme(
    client, world, housed, django_capture_on_commit_callbacks
):
    officer(client, world)
    export = make(client, housed["beta"], django_capture_on_commit_callbacks, "ar")
    assert export.status == Status.DONE
    assert export.audience == Audience.MUNICIPALITY
    assert export.municipality == world.municipality
    assert export.consent_id is not None  # which consent was in force when it was shared
    page = client.get(reverse("municipality:dossier", kwargs={"pk": export.pk}))
    assert page.status_code == 200
    response = client.get(reverse("municipality:dossier_download", kwargs={"pk": export.pk}))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    with scopes_disabled():
        entry = AuditEntry.objects.get(action=Action.DOSSIER_DOWNLOADED)
    assert entry.participant_id == housed["beta"].pk
    assert entry.programme_id == housed["beta"].programme_id
    assert entry.actor == world.users["municipality_officer"]
    assert entry.organisation == world.municipality.name


def test_withdrawn_consent_blocks_the_download_at_once(
    client, world, housed, django_capture_on_commit_callbacks
):
    officer(client, world)
    export = make(client, housed["alpha"], django_capture_on_commit_callbacks)
    consent_to_municipality(housed["alpha"], given=False)
    assert housed["alpha"].pk not in {p.pk for p in client.get(LIST).context["page"].object_list}
    response = client.get(reverse("municipality:dossier_download", kwargs={"pk": export.pk}))
    assert response.status_code == 403
    with scopes_disabled():
        entry = AuditEntry.objects.get(action=Action.DOSSIER_DOWNLOADED)
    assert entry.result == Result.DENIED
    # Making a new one is refused too.
    url = reverse("municipality:make_dossier", kwargs={"pk": housed["alpha"].pk})
    assert client.post(url, {"language": "nl"}).status_code == 404


def test_the_officer_cannot_reach_a_resident_of_another_municipality(
    client, world, other_world, housed, django_capture_on_commit_callbacks
):
    officer(client, world)
    url = reverse("municipality:make_dossier", kwargs={"pk": other_world.participant.pk})
    assert client.post(url, {"language": "nl"}).status_code == 404
    # A dossier asked for by the other officer is not theirs either.
    log_in(client, other_world.users["municipality_officer"])
    theirs = make(client, other_world.participant, django_capture_on_commit_callbacks)
    officer(client, world)
    for name in ("municipality:dossier", "municipality:dossier_download"):
        assert client.get(reverse(name, kwargs={"pk": theirs.pk})).status_code == 404


def bulk_export(client, participants, callbacks, language="nl"):
    data = {"language": language, "participants": [p.pk for p in participants]}
    with callbacks(execute=True):
        return client.post(reverse("municipality:new_export"), data)


def test_a_bulk_export_asks_to_log_in_again_first(client, world, housed):
    officer(client, world)
    response = client.post(
        reverse("municipality:new_export"),
        {"language": "nl", "participants": [housed["alpha"].pk]},
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    assert not BulkExport.objects.exists()


def test_a_bulk_export_makes_a_zip_with_a_summary(
    client, world, housed, django_capture_on_commit_callbacks
):
    officer(client, world)
    reauthenticate(client)
    response = bulk_export(
        client, [housed["alpha"], housed["beta"]], django_capture_on_commit_callbacks
    )
    bulk = BulkExport.objects.get()
    assert response.url == reverse("municipality:export", kwargs={"pk": bulk.pk})
    assert bulk.status == Status.DONE
    progress = client.get(response.url)
    assert progress.context["percent"] == 100
    download = client.get(reverse("municipality:export_download", kwargs={"pk": bulk.pk}))
    assert download.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    names = archive.namelist()
    assert sorted(n for n in names if n.endswith(".pdf")) == [
        "alpha/dossier-ALP-0001-v1-nl.pdf",
        "beta/dossier-BET-0042-v1-nl.pdf",
    ]
    summary = archive.read(next(n for n in names if n.endswith(".csv"))).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(summary), delimiter=";"))
    assert len(rows) == 3
    assert {row[1] for row in rows[1:]} == {"ALP-0001", "BET-0042"}
    with scopes_disabled():
        requested = AuditEntry.objects.filter(action=Action.EXPORT_REQUESTED)
        downloaded = AuditEntry.objects.filter(action=Action.EXPORT_DOWNLOADED)
        assert {e.participant_id for e in requested} == {housed["alpha"].pk, housed["beta"].pk}
        assert {e.programme_id for e in downloaded} == {
            world.programme.pk,
            housed["beta"].programme_id,
        }


def test_a_bulk_export_refuses_someone_not_on_the_list(
    client, world, other_world, housed, django_capture_on_commit_callbacks
):
    officer(client, world)
    reauthenticate(client)
    response = bulk_export(
        client, [housed["alpha"], other_world.participant], django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    assert not BulkExport.objects.exists()
    page = client.get(response.url)
    assert [m.level_tag for m in page.context["messages"]] == ["error"]


def test_an_expired_or_withdrawn_export_is_not_served(
    client, world, housed, django_capture_on_commit_callbacks
):
    officer(client, world)
    reauthenticate(client)
    bulk_export(client, [housed["alpha"], housed["beta"]], django_capture_on_commit_callbacks)
    bulk = BulkExport.objects.get()
    url = reverse("municipality:export_download", kwargs={"pk": bulk.pk})
    consent_to_municipality(housed["beta"], given=False)
    assert client.get(url).status_code == 403
    consent_to_municipality(housed["beta"], given=True)
    assert client.get(url).status_code == 200
    BulkExport.objects.filter(pk=bulk.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert client.get(url).status_code == 403


MUNICIPALITY_URLS = [
    ("municipality:list", None, "get"),
    ("municipality:make_dossier", "participant", "post"),
    ("municipality:dossier", "export", "get"),
    ("municipality:dossier_download", "export", "get"),
    ("municipality:new_export", None, "post"),
    ("municipality:export", "bulk", "get"),
    ("municipality:export_download", "bulk", "get"),
]


@pytest.fixture
def targets(world, housed):
    with scopes_disabled():
        export = DossierExport.objects.create(
            programme=world.programme,
            participant=world.participant,
            language="nl",
            audience=Audience.MUNICIPALITY,
            municipality=world.municipality,
            requested_by=world.users["municipality_officer"],
            status=Status.DONE,
        )
    bulk = BulkExport.objects.create(
        requested_by=world.users["municipality_officer"],
        municipality=world.municipality,
        language="nl",
        status=Status.DONE,
        expires_at=timezone.now() + datetime.timedelta(hours=1),
    )
    return {"participant": world.participant.pk, "export": export.pk, "bulk": bulk.pk}


def request(client, name, kind, method, targets):
    kwargs = {"pk": targets[kind]} if kind else {}
    return getattr(client, method)(reverse(name, kwargs=kwargs))


@pytest.mark.parametrize(("name", "kind", "method"), MUNICIPALITY_URLS)
def test_anonymous_visitors_go_to_login(client, targets, name, kind, method):
    response = request(client, name, kind, method, targets)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize(("name", "kind", "method"), MUNICIPALITY_URLS)
@pytest.mark.parametrize("role", [r for r in ROLES if r != "municipality_officer"])
@pytest.mark.parametrize("which", ["a", "b"])
def test_every_other_role_of_every_programme_gets_404(
    client, worlds, targets, name, kind, method, role, which
):
    log_in(client, worlds[which].users[role])
    assert request(client, name, kind, method, targets).status_code == 404


@pytest.mark.parametrize(("name", "kind", "method"), MUNICIPALITY_URLS)
def test_an_outsider_gets_404(client, outsider, targets, name, kind, method):
    log_in(client, outsider)
    assert request(client, name, kind, method, targets).status_code == 404


@pytest.mark.parametrize(("name", "kind", "method"), [u for u in MUNICIPALITY_URLS if u[1]])
def test_the_other_municipalitys_officer_gets_404_for_these_ids(
    client, other_world, targets, name, kind, method
):
    log_in(client, other_world.users["municipality_officer"])
    reauthenticate(client)
    assert request(client, name, kind, method, targets).status_code == 404


def test_an_officer_without_mfa_in_this_session_confirms_it_first(client, world, targets):
    client.force_login(world.users["municipality_officer"])
    response = client.get(LIST)
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_reauthenticate"))


def test_an_officer_of_an_inactive_programme_gets_404(client, world, targets):
    with scopes_disabled():
        world.programme.is_active = False
        world.programme.save()
    log_in(client, world.users["municipality_officer"])
    assert client.get(LIST).status_code == 404
