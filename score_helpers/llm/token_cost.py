"""Tokens and what they cost when a paid AI service drafts your documents.

    from score_helpers.llm import token_cost
    token_cost.estimate_tokens("Change needles every 4 hours.")    # about 8 tokens
    usage = token_cost.reply_tokens(reply)                          # from an llm.Reply
    token_cost.estimate_cost(usage.prompt, usage.completion, "gpt-4o-mini")   # US dollars
    token_cost.to_pesos(0.0012, pesos_per_dollar=57.0)              # pesos, at YOUR rate
    token_cost.cost_table(usage.prompt, usage.completion, pesos_per_dollar=57.0, times=200)

A paid service counts text in **tokens**: pieces of words. It charges one price per
million tokens you send (the prompt) and a higher price per million tokens it writes back
(the completion). The embedded offline model costs nothing per token.

Prices change often, and differ by provider and region (Azure OpenAI has its own price
list). The prices below are examples for the lesson: before you quote a cost to your
company, check the provider's pricing page on the day. Nothing here goes online: the
exchange rate is always yours to give.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from score_helpers.llm.client import Reply

__all__ = ["CHARS_PER_TOKEN", "EXAMPLE_PRICES", "PRICES_CHECKED", "PRICES_SOURCE", "Price",
           "TokenCount", "cost_table", "estimate_cost", "estimate_tokens", "reply_tokens",
           "to_pesos"]

CHARS_PER_TOKEN = 4.0
PER_MILLION = 1_000_000
PRICES_SOURCE = "https://openai.com/api/pricing/"
PRICES_CHECKED = "August 2025"

# Words shown to participants, kept together for a later translation.
# No "$" in tables: Jupyter would typeset the text between two "$" signs as mathematics.
MODEL_HEADER, IN_HEADER, OUT_HEADER = "model", "USD per 1M tokens in", "USD per 1M tokens out"
USD_HEADER, PHP_HEADER = "cost (USD)", "cost (₱)"
ERROR_NEGATIVE = "{name} must be zero or more, not {value}."
ERROR_RATE = ("pesos_per_dollar must be more than zero, not {value}. Use the day's rate, "
              "e.g. the Bangko Sentral ng Pilipinas reference rate.")
ERROR_UNKNOWN = "No example price for '{model}'. Models with a price: {models}. Or give a Price."


@dataclass(frozen=True)
class Price:
    """What one model costs, in US dollars per 1,000,000 tokens in and out."""

    model: str
    input_per_million: float
    output_per_million: float


# Example prices, standard tier, in US dollars per 1,000,000 tokens, as listed on OpenAI's
# pricing page (PRICES_SOURCE) in PRICES_CHECKED, the month of the SCORE refresher.
# They were not re-checked when this file was written (offline). Prices change: check
# the provider's pricing page before you rely on them.
EXAMPLE_PRICES: dict[str, Price] = {p.model: p for p in (
    Price("gpt-4o-mini", 0.15, 0.60),
    Price("gpt-4.1-mini", 0.40, 1.60),
    Price("gpt-4.1", 2.00, 8.00),
    Price("gpt-4o", 2.50, 10.00),
)}


@dataclass(frozen=True)
class TokenCount:
    """Tokens of one request: sent (prompt), written back (completion), and whether estimated."""

    prompt: int
    completion: int
    estimated: bool = False

    @property
    def total(self) -> int:
        """prompt + completion."""
        return self.prompt + self.completion


def _non_negative(name: str, value: float) -> None:
    if value < 0:
        raise ValueError(ERROR_NEGATIVE.format(name=name, value=value))


def estimate_tokens(text: str | Sequence[Mapping[str, str]],
                    chars_per_token: float = CHARS_PER_TOKEN) -> int:
    """About how many tokens a text (or a list of chat messages) is: an approximation.

    tokens ≈ characters ÷ chars_per_token, rounded up (0 for empty text).
    The rule of thumb is OpenAI's: 1 token ≈ 4 characters of English ≈ ¾ of a word
    (OpenAI Help Center, "What are tokens and how to count them?"). Filipino and Taglish
    usually need more tokens than the same length of English; each model also cuts text
    its own way, so only the service's own count (see `reply_tokens`) is exact.
    """
    if chars_per_token <= 0:
        raise ValueError(f"chars_per_token must be more than zero, not {chars_per_token}.")
    if not isinstance(text, str):
        text = "\n".join(str(message.get("content", "")) for message in text)
    return math.ceil(len(text) / chars_per_token)


def reply_tokens(reply: Reply) -> TokenCount:
    """The tokens of a model's reply, as the service counted them (its `usage`).

    When the service reported no usage (0 tokens), both counts are estimated with
    `estimate_tokens` from what was sent (`reply.sent`) and the reply text, and
    `estimated` is True.
    """
    if reply.prompt_tokens > 0 and reply.completion_tokens > 0:
        return TokenCount(reply.prompt_tokens, reply.completion_tokens)
    return TokenCount(reply.prompt_tokens or estimate_tokens(list(reply.sent)),
                      reply.completion_tokens or estimate_tokens(reply.text), estimated=True)


def _price(price: Price | str) -> Price:
    if isinstance(price, Price):
        return price
    if price in EXAMPLE_PRICES:
        return EXAMPLE_PRICES[price]
    raise ValueError(ERROR_UNKNOWN.format(model=price, models=", ".join(EXAMPLE_PRICES)))


def estimate_cost(prompt_tokens: int, completion_tokens: int, price: Price | str) -> float:
    """The cost in US dollars of one request (or of many: give the summed tokens).

    cost = prompt_tokens × input price ÷ 1,000,000 + completion_tokens × output price ÷ 1,000,000
    `price` is a Price or the name of a model in EXAMPLE_PRICES.
    """
    _non_negative("prompt_tokens", prompt_tokens)
    _non_negative("completion_tokens", completion_tokens)
    chosen = _price(price)
    return (prompt_tokens * chosen.input_per_million
            + completion_tokens * chosen.output_per_million) / PER_MILLION


def to_pesos(usd: float, pesos_per_dollar: float) -> float:
    """US dollars in Philippine pesos at the rate you give: pesos = usd × pesos_per_dollar.

    There is no default rate: rates move every day, so look up the day's rate (for
    example the Bangko Sentral ng Pilipinas reference rate) and pass it in.
    """
    _non_negative("usd", usd)
    if pesos_per_dollar <= 0:
        raise ValueError(ERROR_RATE.format(value=pesos_per_dollar))
    return usd * pesos_per_dollar


def _money(value: float, symbol: str = "") -> str:
    """Money to read: '₱1,234.50', '₱0.52', and tiny amounts to two digits: '0.00012'."""
    decimals = 2 if value == 0 or value >= 0.01 else 1 - math.floor(math.log10(value))
    return f"{symbol}{value:,.{decimals}f}"


def cost_table(prompt_tokens: int, completion_tokens: int, *,
               pesos_per_dollar: float | None = None, times: int = 1,
               prices: Mapping[str, Price] | None = None) -> pd.DataFrame:
    """What the same work costs on each model: one row per model, for reading.

    Cost of each row = estimate_cost(prompt_tokens × times, completion_tokens × times, price),
    so `times=200` is 200 documents like this one. With `pesos_per_dollar`, a column in
    pesos is added. Default prices: EXAMPLE_PRICES (check the provider's page: prices
    change).
    """
    _non_negative("times", times)
    rows = []
    for price in (EXAMPLE_PRICES if prices is None else prices).values():
        usd = estimate_cost(prompt_tokens * times, completion_tokens * times, price)
        row = {MODEL_HEADER: price.model, IN_HEADER: f"{price.input_per_million:.2f}",
               OUT_HEADER: f"{price.output_per_million:.2f}", USD_HEADER: _money(usd)}
        if pesos_per_dollar is not None:
            row[PHP_HEADER] = _money(to_pesos(usd, pesos_per_dollar), "₱")
        rows.append(row)
    return pd.DataFrame(rows)
