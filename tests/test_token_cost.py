"""Tokens, cost and pesos for a paid AI service (score_helpers.llm.token_cost)."""

from __future__ import annotations

import pytest

from score_helpers.llm import Reply, token_cost
from score_helpers.llm.token_cost import Price


def reply(text: str = "Minutes", prompt_tokens: int = 0, completion_tokens: int = 0,
          sent: tuple[dict[str, str], ...] = ()) -> Reply:
    return Reply(text=text, provider="openai", model="gpt-4o-mini", prompt_tokens=prompt_tokens,
                 completion_tokens=completion_tokens, seconds=0.1, sent=sent)


def test_the_rule_of_thumb_is_four_characters_a_token_rounded_up() -> None:
    assert token_cost.estimate_tokens("") == 0
    assert token_cost.estimate_tokens("12345678") == 2
    assert token_cost.estimate_tokens("123456789") == 3
    assert token_cost.estimate_tokens("123456789", chars_per_token=3) == 3


def test_chat_messages_are_estimated_from_their_contents() -> None:
    messages = [{"role": "system", "content": "a" * 40}, {"role": "user", "content": "b" * 39}]
    # 40 + newline + 39 = 80 characters
    assert token_cost.estimate_tokens(messages) == 20


def test_a_zero_characters_per_token_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="more than zero"):
        token_cost.estimate_tokens("text", chars_per_token=0)


def test_cost_follows_the_formula_of_the_docstring() -> None:
    # 1,000 × 0.15 ÷ 1,000,000 + 500 × 0.60 ÷ 1,000,000
    assert token_cost.estimate_cost(1_000, 500, "gpt-4o-mini") == pytest.approx(0.00045)
    own = Price("class-server", input_per_million=1.0, output_per_million=3.0)
    assert token_cost.estimate_cost(2_000_000, 1_000_000, own) == pytest.approx(5.0)
    assert token_cost.estimate_cost(0, 0, "gpt-4o") == 0


def test_writing_costs_more_than_reading_on_every_example_model() -> None:
    for price in token_cost.EXAMPLE_PRICES.values():
        assert 0 < price.input_per_million < price.output_per_million
    assert token_cost.PRICES_SOURCE.startswith("https://")
    assert "pricing page" in (token_cost.__doc__ or "")


def test_an_unknown_model_or_negative_tokens_get_a_plain_error() -> None:
    with pytest.raises(ValueError, match=r"No example price for 'gpt-9'.*gpt-4o-mini"):
        token_cost.estimate_cost(10, 10, "gpt-9")
    with pytest.raises(ValueError, match="prompt_tokens must be zero or more"):
        token_cost.estimate_cost(-1, 10, "gpt-4o")


def test_pesos_use_the_rate_you_give_and_refuse_a_missing_rate() -> None:
    assert token_cost.to_pesos(0.01, pesos_per_dollar=57.0) == pytest.approx(0.57)
    with pytest.raises(ValueError, match="Bangko Sentral"):
        token_cost.to_pesos(1.0, pesos_per_dollar=0)


def test_reply_tokens_come_from_the_services_usage() -> None:
    usage = token_cost.reply_tokens(reply(prompt_tokens=469, completion_tokens=150))
    assert (usage.prompt, usage.completion, usage.total, usage.estimated) == (469, 150, 619, False)


def test_reply_tokens_are_estimated_when_the_service_reports_none() -> None:
    sent = ({"role": "user", "content": "x" * 400},)
    usage = token_cost.reply_tokens(reply(text="y" * 40, sent=sent))
    assert (usage.prompt, usage.completion, usage.estimated) == (100, 10, True)


def test_cost_table_has_a_row_per_model_and_scales_with_the_number_of_documents() -> None:
    one = token_cost.cost_table(1_000, 500)
    assert list(one["model"]) == list(token_cost.EXAMPLE_PRICES)
    assert "cost (₱)" not in one.columns
    assert one.loc[0, "cost (USD)"] == "0.00045"
    many = token_cost.cost_table(1_000, 500, pesos_per_dollar=50.0, times=1_000)
    assert many.loc[0, "cost (USD)"] == "0.45"
    assert many.loc[0, "cost (₱)"] == "₱22.50"


def test_tiny_costs_stay_visible_and_no_dollar_sign_reaches_the_table() -> None:
    """Jupyter would typeset the text between two '$' signs as mathematics."""
    table = token_cost.cost_table(10, 10, pesos_per_dollar=57.0)
    cells = [*map(str, table.columns), *map(str, table.to_numpy().ravel())]
    assert not any("$" in cell for cell in cells)
    assert table.loc[0, "cost (USD)"] == "0.0000075"
    assert table.loc[0, "cost (₱)"] == "₱0.00043"
