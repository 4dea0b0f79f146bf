"""Reviewers score an application per criterion; the page shows averages and a weighted total."""

import pytest
from django.contrib.messages import get_messages
from django_scopes import scope, scopes_disabled

from participants.intake_queue import search_intakes
from participants.models import Review, Score
from participants.selection import DecisionError, save_review, weighted_total
from tests.intake.coordinator import (
    add_criteria,
    intake_url,
    log_in_in_english,
    make_organisation,
    make_reviewer,
    score_data,
)


@pytest.fixture
def criteria(world):
    # Weighted: language counts three times, care experience once, on a scale of 10.
    return add_criteria(world, ("Dutch", 3, 5), ("Motivation", 2, 5), ("Care experience", 1, 10))


@pytest.fixture
def coordinator(client, world):
    log_in_in_english(client, world.users["coordinator"])
    return world.users["coordinator"]


def scores_of(world, user):
    with scopes_disabled():
        review = Review.objects.get(intake=world.intake, reviewer=user)
        return review, {score.criterion.name: score.value for score in review.scores.all()}


def test_it_saves_the_reviewers_scores_and_note(client, world, criteria, coordinator):
    response = client.post(
        intake_url("review", world.intake),
        score_data(criteria, [4, 5, 6], note="Sterk gemotiveerd."),
    )
    assert response.status_code == 302
    assert response.url == intake_url("detail", world.intake) + "#scores"
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Your scores are saved."]
    review, scores = scores_of(world, coordinator)
    assert scores == {"Dutch": 4, "Motivation": 5, "Care experience": 6}
    assert review.note == "Sterk gemotiveerd."


def test_the_form_shows_the_reviewers_own_scores_again(client, world, criteria, coordinator):
    client.post(
        intake_url("review", world.intake), score_data(criteria, [4, None, 6], note="Goed.")
    )
    response = client.get(intake_url("detail", world.intake))
    form = response.context["review_form"]
    assert form.initial == {
        f"criterion_{criteria[0].pk}": 4,
        f"criterion_{criteria[2].pk}": 6,
        "note": "Goed.",
    }
    content = response.content.decode()
    assert f'value="4" id="id_criterion_{criteria[0].pk}_4" checked' in content
    # Every criterion is a radio group in a fieldset with the criterion as legend.
    assert '<legend class="utrecht-form-label">Care experience</legend>' in content


def test_saving_again_replaces_the_earlier_scores(client, world, criteria, coordinator):
    client.post(intake_url("review", world.intake), score_data(criteria, [4, 5, 6]))
    client.post(
        intake_url("review", world.intake), score_data(criteria, [2, None, 6], note="Na gesprek.")
    )
    review, scores = scores_of(world, coordinator)
    assert scores == {"Dutch": 2, "Care experience": 6}
    with scopes_disabled():
        assert Review.objects.filter(intake=world.intake).count() == 1
        assert Score.objects.filter(review=review).count() == 2


def test_a_score_out_of_range_is_refused_with_a_message_and_keeps_the_input(
    client, world, criteria, coordinator
):
    response = client.post(
        intake_url("review", world.intake), score_data(criteria, [7, 5, 11], note="Mijn notitie")
    )
    assert response.status_code == 200
    errors = response.context["review_form"].errors
    assert errors[f"criterion_{criteria[0].pk}"] == ["Choose a score from 1 to 5."]
    assert errors[f"criterion_{criteria[2].pk}"] == ["Choose a score from 1 to 10."]
    content = response.content.decode()
    assert "Choose a score from 1 to 5." in content
    assert "Mijn notitie</textarea>" in content
    # The valid score is still chosen.
    assert f'value="5" id="id_criterion_{criteria[1].pk}_5" checked' in content
    with scopes_disabled():
        assert not Review.objects.filter(intake=world.intake).exists()


def test_save_review_refuses_a_score_out_of_range_and_a_criterion_of_another_programme(
    world, other_world, criteria
):
    (foreign,) = add_criteria(other_world, ("Elders", 1, 5))
    with scope(programme=world.programme):
        with pytest.raises(DecisionError) as refusal:
            save_review(world.intake, world.users["admin"], "", {criteria[0].pk: 0})
        assert str(refusal.value) == "Choose a score from 1 to 5 for “Dutch”."
        assert refusal.value.field == f"criterion_{criteria[0].pk}"
        with pytest.raises(DecisionError):
            save_review(world.intake, world.users["admin"], "", {foreign.pk: 3})
        assert not Review.objects.filter(intake=world.intake).exists()


def test_the_weighted_total_weighs_each_criterion(world, criteria):
    with scope(programme=world.programme):
        assert weighted_total(world.intake).total is None
        save_review(
            world.intake,
            world.users["coordinator"],
            "",
            dict(zip([c.pk for c in criteria], [4, 5, 6], strict=True)),
        )
        summary = weighted_total(world.intake)
    # (3 x 4 + 2 x 5 + 1 x 6) / (3 x 5 + 2 x 5 + 1 x 10) = 28 / 35
    assert summary.total == pytest.approx(80.0)
    assert [row.average for row in summary.rows] == [4, 5, 6]


def test_a_second_reviewers_scores_are_averaged_per_criterion(client, world, criteria, coordinator):
    organisation = make_organisation(world, "VluchtelingenWerk")
    second = make_reviewer(world, "fatima@vwn.example", organisation)
    with scope(programme=world.programme):
        save_review(
            world.intake,
            coordinator,
            "",
            {criteria[0].pk: 4, criteria[1].pk: 5, criteria[2].pk: 6},
            "Eerste indruk goed.",
        )
        save_review(
            world.intake,
            second,
            "VluchtelingenWerk",
            {criteria[0].pk: 2, criteria[1].pk: 3},
            "Nederlands nog zwak.",
        )
        summary = weighted_total(world.intake)
        in_queue = search_intakes(world.programme).get(pk=world.intake.pk).score
    assert [row.average for row in summary.rows] == [3, 4, 6]
    # (3 x 3 + 2 x 4 + 1 x 6) / 35 = 23 / 35
    assert summary.total == pytest.approx(65.714, abs=0.001)
    # The queue computes the same total in SQL.
    assert float(in_queue) == pytest.approx(summary.total)

    response = client.get(intake_url("detail", world.intake))
    content = response.content.decode()
    assert "<strong>66%</strong>" in content
    assert "Fatima (VluchtelingenWerk): 2" in content
    assert "Eerste indruk goed." in content
    assert "Nederlands nog zwak." in content


def test_criteria_nobody_scored_do_not_count_in_the_total(world, criteria):
    with scope(programme=world.programme):
        save_review(world.intake, world.users["coordinator"], "", {criteria[2].pk: 5})
        summary = weighted_total(world.intake)
    # Only care experience: 5 of 10.
    assert summary.total == pytest.approx(50.0)
    assert summary.scored == 1
