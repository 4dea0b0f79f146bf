"""A programme admin configures the programme in three languages, without a deploy."""

from django.urls import reverse
from django_scopes import scope

from programmes.models import EligibilityRule, IntakeQuestion, Stage
from tests.conftest import log_in


def settings_url(world, name="programmes:settings", **kwargs):
    return reverse(name, kwargs={"programme": world.programme.slug, **kwargs})


def test_the_admin_changes_the_selection_settings(client, world):
    log_in(client, world.users["admin"])
    response = client.post(
        settings_url(world),
        {
            "intake_open": "on",
            "decision_weeks": "6",
            "requires_two_reviewers": "on",
            "retention_years": "3",
            "contact_email": "selectie@alpha.example",
            "privacy_statement_nl": "We bewaren je gegevens 1 jaar.",
            "privacy_statement_ar": "نحتفظ ببياناتك سنة واحدة.",
        },
    )
    assert response.status_code == 302
    world.programme.refresh_from_db()
    assert world.programme.decision_weeks == 6
    assert world.programme.retention_years == 3
    assert world.programme.requires_two_reviewers
    assert world.programme.privacy_statement_ar == "نحتفظ ببياناتك سنة واحدة."


def test_the_admin_adds_a_question_and_a_rule_in_three_languages(client, world):
    log_in(client, world.users["admin"])
    response = client.post(
        settings_url(world, "programmes:settings_new", kind="questions"),
        {
            "step": "residence",
            "key": "wants-to-live-here",
            "position": "1",
            "kind": "yes_no",
            "required": "on",
            "label_nl": "Wil je hier wonen?",
            "label_en": "Do you want to live here?",
            "label_ar": "هل تريد أن تسكن هنا؟",
        },
    )
    assert response.status_code == 302
    client.post(
        settings_url(world, "programmes:settings_new", kind="rules"),
        {
            "position": "1",
            "answer": "wants-to-live-here",
            "operator": "equals",
            "value": "yes",
            "explanation_nl": "Je wilt hier wonen.",
        },
    )
    with scope(programme=world.programme):
        question = IntakeQuestion.objects.get(programme=world.programme)
        assert question.label_ar == "هل تريد أن تسكن هنا؟"
        assert EligibilityRule.objects.get(programme=world.programme).value == "yes"


def test_a_duplicate_key_is_refused_and_the_typed_text_kept(client, world):
    log_in(client, world.users["admin"])
    response = client.post(
        settings_url(world, "programmes:settings_new", kind="stages"),
        {"key": world.stages[0].key, "position": "9", "name_nl": "Nieuwe fase"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["key"]
    assert 'value="Nieuwe fase"' in response.content.decode()


def test_a_stage_with_participants_cannot_be_deleted(client, world):
    log_in(client, world.users["admin"])
    stage = world.stages[1]  # the fixture's participant is here
    response = client.post(
        settings_url(world, "programmes:settings_delete", kind="stages", pk=stage.pk), follow=True
    )
    assert response.status_code == 200
    with scope(programme=world.programme):
        assert Stage.objects.filter(pk=stage.pk).exists()


def test_a_stage_of_another_programme_cannot_be_edited(client, world, other_world):
    log_in(client, world.users["admin"])
    url = settings_url(
        world, "programmes:settings_edit", kind="stages", pk=other_world.stages[0].pk
    )
    assert client.get(url).status_code == 404
    assert client.post(url, {"key": "x", "position": "1", "name_nl": "x"}).status_code == 404
