"""The suggested HIRAC rating of a triaged report: severity by category, likelihood by outcome."""

from __future__ import annotations

import pytest

from score_helpers.safety import hirac, hirac_suggest
from score_helpers.safety.triage import CATEGORIES


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_triage_category_has_a_suggestion(category):
    suggestion = hirac_suggest.suggest_rating(category)
    severity = hirac_suggest.TYPICAL_SEVERITY[category][0]
    assert suggestion.rating == hirac.risk_rating(likelihood=3, severity=severity)
    assert "Confirm or change it" in str(suggestion)


def test_an_injury_raises_the_likelihood_not_the_severity():
    near = hirac_suggest.suggest_rating("caught_in_machinery", "near_miss").rating
    hurt = hirac_suggest.suggest_rating("caught_in_machinery", "lost_time").rating
    assert (near.likelihood, hurt.likelihood) == (3, 4)
    assert near.severity == hurt.severity == 4
    assert (near.score, hurt.score) == (12, 16)


def test_forklift_and_electrical_are_rated_above_housekeeping():
    def score(category):
        return hirac_suggest.suggest_rating(category).rating.score
    assert score("vehicle_forklift") > score("housekeeping")
    assert score("electrical") > score("cut_sharp")


@pytest.mark.parametrize(("args", "named"), [
    (("slippery",), "slip_trip_fall"), (("electrical", "accident"), "near_miss")])
def test_unknown_values_name_the_allowed_ones(args, named):
    with pytest.raises(ValueError, match=named):
        hirac_suggest.suggest_rating(*args)
