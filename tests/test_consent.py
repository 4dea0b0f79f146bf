"""A participant gives and withdraws consent per purpose; every answer is kept."""

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from participants.consent import has_consent, states
from participants.models import Consent, ConsentText
from tests.conftest import log_in


@pytest.fixture
def texts(world, other_world):
    with scopes_disabled():
        for w in (world, other_world):
            for purpose in ("municipality", "employer", "research"):
                ConsentText.objects.create(
                    programme=w.programme,
                    purpose=purpose,
                    version=1,
                    text_nl=f"Tekst {purpose} {w.programme.slug}",
                    text_en=f"Text {purpose} {w.programme.slug}",
                )
    return world


def page(world):
    return reverse("participants:my_consent", kwargs={"programme": world.programme.slug})


def answers(world):
    with scopes_disabled():
        return list(
            Consent.objects.filter(participant=world.participant)
            .order_by("at", "pk")
            .values_list("purpose", "given", "text__version", "by")
        )


def test_nothing_is_shared_before_a_yes(client, texts):
    log_in(client, texts.users["participant"])
    content = client.get(page(texts)).content.decode()
    assert "Tekst municipality alpha" in content
    assert "Tekst municipality beta" not in content
    with scope(programme=texts.programme):
        assert not has_consent(texts.participant, "municipality")


def test_a_participant_agrees_and_withdraws_and_both_are_kept(client, texts):
    participant_user = texts.users["participant"]
    log_in(client, participant_user)
    client.post(page(texts), {"purpose": "municipality", "given": "yes"})
    with scope(programme=texts.programme):
        assert has_consent(texts.participant, "municipality")
    client.post(page(texts), {"purpose": "municipality", "given": "no"})
    with scope(programme=texts.programme):
        assert not has_consent(texts.participant, "municipality")  # at once
    assert answers(texts) == [
        ("municipality", True, 1, participant_user.pk),
        ("municipality", False, 1, participant_user.pk),
    ]


def test_a_new_version_of_the_text_asks_again(client, texts):
    log_in(client, texts.users["participant"])
    client.post(page(texts), {"purpose": "research", "given": "yes"})
    with scopes_disabled():
        ConsentText.objects.create(
            programme=texts.programme, purpose="research", version=2, text_nl="Nieuwe tekst"
        )
    with scope(programme=texts.programme):
        research = next(s for s in states(texts.participant) if s.purpose == "research")
    assert research.given
    assert research.needs_renewal
    content = client.get(page(texts)).content.decode()
    assert "Nieuwe tekst" in content
    client.post(page(texts), {"purpose": "research", "given": "yes"})
    assert answers(texts)[-1] == ("research", True, 2, texts.users["participant"].pk)


@pytest.mark.parametrize(
    "data", [{"purpose": "bank", "given": "yes"}, {"purpose": "research", "given": "maybe"}, {}]
)
def test_an_impossible_choice_saves_nothing(client, texts, data):
    log_in(client, texts.users["participant"])
    response = client.post(page(texts), data, follow=True)
    assert response.status_code == 200
    assert answers(texts) == []


def test_one_participant_never_sees_anothers_answers(client, texts, other_world):
    log_in(client, texts.users["participant"])
    client.post(page(texts), {"purpose": "employer", "given": "yes"})
    log_in(client, other_world.users["participant"])
    content = client.get(
        reverse("participants:my_consent", kwargs={"programme": "beta"})
    ).content.decode()
    assert "Tekst employer beta" in content
    with scope(programme=other_world.programme):
        assert not has_consent(other_world.participant, "employer")
