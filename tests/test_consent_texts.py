"""The programme admin publishes new versions of consent texts; old versions never change."""

import threading

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from participants.consent import answer, has_consent, states
from participants.consent_texts import NewerVersionError, overview, publish
from participants.models import ConsentText
from tests.conftest import log_in
from tests.factories import ParticipantFactory
from tests.intake.coordinator import log_in_in_english

PURPOSES = ("municipality", "employer", "research")


@pytest.fixture
def texts(world, other_world):
    """Version 1 of every purpose's text in both programmes."""
    with scopes_disabled():
        for w in (world, other_world):
            for purpose in PURPOSES:
                ConsentText.objects.create(
                    programme=w.programme,
                    purpose=purpose,
                    version=1,
                    text_nl=f"Tekst {purpose} {w.programme.slug}",
                    text_en=f"Text {purpose} {w.programme.slug}",
                    text_ar=f"نص {purpose} {w.programme.slug}",
                )
    return world


def texts_url(world):
    return reverse("programmes:consent_texts", kwargs={"programme": world.programme.slug})


def new_url(world, purpose="research"):
    return reverse(
        "programmes:consent_text_new",
        kwargs={"programme": world.programme.slug, "purpose": purpose},
    )


def form_data(nl="Nieuwe tekst", en="New text", ar="نص جديد", based_on=1):
    return {"text_nl": nl, "text_en": en, "text_ar": ar, "based_on": based_on}


def versions(world, purpose="research"):
    with scopes_disabled():
        return list(
            ConsentText.objects.filter(programme=world.programme, purpose=purpose)
            .order_by("version")
            .values_list("version", "text_nl", "text_en", "text_ar", "published_by")
        )


def say(world, participant, purpose, given):
    with scope(programme=world.programme):
        answer(participant, purpose, given, by=participant.user)


def test_the_form_starts_with_the_current_text_in_three_languages(client, texts):
    log_in_in_english(client, texts.users["admin"])
    content = client.get(new_url(texts)).content.decode()
    assert "Tekst research alpha" in content
    assert "Text research alpha" in content
    assert "نص research alpha" in content
    assert "Participants who said yes keep sharing, but are asked to read the new text." in content


def test_an_admin_publishes_version_2_and_participants_are_asked_to_read_it(client, texts):
    say(texts, texts.participant, "research", True)
    admin = texts.users["admin"]
    log_in_in_english(client, admin)

    response = client.post(
        new_url(texts), form_data(nl="Nieuwe tekst\r\nTweede regel"), follow=True
    )

    assert response.redirect_chain[-1][0] == texts_url(texts)
    assert "Version 2 is published." in response.content.decode()
    assert versions(texts) == [
        (1, "Tekst research alpha", "Text research alpha", "نص research alpha", None),
        (2, "Nieuwe tekst\nTweede regel", "New text", "نص جديد", admin.pk),
    ]
    with scope(programme=texts.programme):
        research = next(s for s in states(texts.participant) if s.purpose == "research")
        assert has_consent(texts.participant, "research")  # yes keeps counting
    assert research.needs_renewal
    log_in_in_english(client, texts.users["participant"])
    page = client.get(reverse("participants:my_consent", kwargs={"programme": "alpha"}))
    content = page.content.decode()
    assert "Nieuwe tekst" in content or "New text" in content
    assert "The text has changed since you said yes." in content
    assert 'name="given" value="yes"' in content


def test_the_page_counts_yes_older_yes_and_no(client, texts, other_world):
    with scopes_disabled():
        people = [ParticipantFactory(programme=texts.programme) for _ in range(4)]
    agrees_old, agrees_new, refuses, changed_mind = people
    say(texts, agrees_old, "municipality", True)
    say(texts, changed_mind, "municipality", True)
    with scope(programme=texts.programme):
        publish(texts.programme, "municipality", form_data_texts("v2"), by=None, based_on=1)
    say(texts, agrees_new, "municipality", True)
    say(texts, refuses, "municipality", False)
    say(texts, changed_mind, "municipality", False)
    say(texts, texts.participant, "research", True)
    say(other_world, other_world.participant, "municipality", True)  # another programme

    with scope(programme=texts.programme):
        rows = {row.purpose: row for row in overview(texts.programme)}
    assert (rows["municipality"].answers.yes, rows["municipality"].answers.yes_older) == (1, 1)
    assert rows["municipality"].answers.no == 2
    assert [t.version for t in rows["municipality"].earlier] == [1]
    assert (rows["research"].answers.yes, rows["research"].answers.no) == (1, 0)
    assert rows["employer"].answers.yes == 0

    log_in_in_english(client, texts.users["admin"])
    content = client.get(texts_url(texts)).content.decode()
    assert "Earlier version (1)" in content
    assert "Tekst municipality alpha" in content  # the old text, in the history
    assert "Tekst municipality beta" not in content


def form_data_texts(label):
    return {"nl": f"Tekst {label}", "en": f"Text {label}", "ar": f"نص {label}"}


@pytest.mark.parametrize(
    "data",
    [
        form_data("Tekst research alpha", "Text research alpha", "نص research alpha"),
        form_data(" Tekst research alpha\r\n", "Text research alpha ", "نص research alpha"),
    ],
)
def test_an_unchanged_text_is_refused(client, texts, data):
    log_in_in_english(client, texts.users["admin"])
    response = client.post(new_url(texts), data)
    assert response.status_code == 200
    assert "This text is the same as the current version." in response.content.decode()
    assert len(versions(texts)) == 1


def test_an_empty_language_is_refused_and_what_was_typed_is_kept(client, texts):
    log_in_in_english(client, texts.users["admin"])
    response = client.post(new_url(texts), form_data(nl="Mijn nieuwe zin", ar="  "))
    content = response.content.decode()
    assert response.status_code == 200
    assert response.context["form"].errors["text_ar"] == ["Write the text in this language."]
    assert "Mijn nieuwe zin" in content
    assert "New text" in content
    assert len(versions(texts)) == 1


def test_a_version_published_meanwhile_is_not_replaced_unseen(client, texts):
    log_in_in_english(client, texts.users["admin"])
    client.post(new_url(texts), form_data(nl="Versie van collega"))
    response = client.post(new_url(texts), form_data(nl="Mijn versie"))  # still based on 1
    assert "Someone else published version 2 while you were writing." in response.content.decode()
    assert "Mijn versie" in response.content.decode()
    assert len(versions(texts)) == 2
    # The form now builds on version 2: publishing again is a deliberate choice.
    client.post(new_url(texts), response.context["form"].data)
    assert [v[:2] for v in versions(texts)] == [
        (1, "Tekst research alpha"),
        (2, "Versie van collega"),
        (3, "Mijn versie"),
    ]


def test_two_publications_from_the_same_version_make_one_new_version(texts):
    with scope(programme=texts.programme):
        publish(texts.programme, "employer", form_data_texts("a"), by=None, based_on=1)
        with pytest.raises(NewerVersionError):
            publish(texts.programme, "employer", form_data_texts("b"), by=None, based_on=1)
    assert [v[0] for v in versions(texts, "employer")] == [1, 2]


@pytest.mark.django_db(transaction=True)
def test_two_admins_publishing_at_the_same_moment_make_one_version(texts):
    start = threading.Barrier(2)
    outcomes = []

    def publish_at_once(label):
        try:
            start.wait()
            with scope(programme=texts.programme):
                publish(texts.programme, "employer", form_data_texts(label), by=None, based_on=1)
            outcomes.append("published")
        except NewerVersionError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=publish_at_once, args=(label,)) for label in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["published", "refused"]
    assert [v[0] for v in versions(texts, "employer")] == [1, 2]


def test_the_first_text_of_a_purpose_is_version_1(client, world):
    log_in_in_english(client, world.users["admin"])
    assert "Write the first text" in client.get(texts_url(world)).content.decode()
    client.post(new_url(world, "employer"), form_data(based_on=0))
    assert [v[0] for v in versions(world, "employer")] == [1]


def test_an_unknown_purpose_is_404(client, texts):
    log_in(client, texts.users["admin"])
    assert client.get(new_url(texts, "bank")).status_code == 404


def test_a_coordinator_may_not_publish(client, texts):
    log_in(client, texts.users["coordinator"])
    assert client.get(texts_url(texts)).status_code == 403
    assert client.post(new_url(texts), form_data()).status_code == 403
    assert len(versions(texts)) == 1


def test_the_admin_of_another_programme_gets_404(client, texts, other_world):
    log_in(client, other_world.users["admin"])
    assert client.get(texts_url(texts)).status_code == 404
    assert client.post(new_url(texts), form_data()).status_code == 404
    assert len(versions(texts)) == 1


@pytest.mark.parametrize("extra", [1, 30])
def test_the_query_count_does_not_grow_with_answers_or_versions(client, texts, extra):
    with scopes_disabled():
        people = [ParticipantFactory(programme=texts.programme) for _ in range(extra)]
    for person in people:
        say(texts, person, "municipality", True)
        say(texts, person, "research", False)
    with scope(programme=texts.programme):
        for version in range(1, extra + 1):
            publish(texts.programme, "employer", form_data_texts(version), None, version)
    log_in(client, texts.users["admin"])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(texts_url(texts))
    assert response.status_code == 200
    # session, user, programme, memberships, MFA authenticator,
    # every version with its publisher, the answers counted per purpose.
    sql = "\n".join(q["sql"] for q in queries.captured_queries)
    assert len(queries) == 7, sql
