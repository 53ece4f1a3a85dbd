"""Throughput and first-token latency: llm.chat (openai client over HTTP), plain and
streamed, against raw xllamacpp (the same server, called in-process), same prompt, same run.

    python benchmarks/llm.py [--repeat 5]

Tokens per second = completion tokens ÷ wall seconds of the whole request, median of
`repeat` runs; first-token latency is approximated by a 1-token completion. The target in
issue 5 is llm.chat ≥ 0.9× raw throughput.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from score_helpers import llm
from score_helpers.llm import offline_model

PROMPT = ("Write a short toolbox talk for sewing-line workers about keeping walkways clear "
          "of fabric scraps. Use three short paragraphs.")


def timed(call: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken by `call` and the completion tokens it reported."""
    started = time.perf_counter()
    tokens = call()
    return time.perf_counter() - started, tokens


def main() -> None:
    """Measure both paths on one shared embedded server and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=128)
    args = parser.parse_args()

    server = offline_model.shared_server()
    provider = llm.configured_provider({})
    messages = [{"role": "user", "content": PROMPT}]

    def raw(max_tokens: int) -> int:
        reply = server._server.handle_chat_completions(
            {"model": server.model, "messages": messages, "max_tokens": max_tokens,
             "temperature": 0})
        return int(reply["usage"]["completion_tokens"])

    def through_chat(max_tokens: int) -> int:
        return llm.chat(PROMPT, max_tokens=max_tokens, temperature=0,
                        provider=provider).completion_tokens

    def streamed(max_tokens: int) -> int:
        return llm.chat(PROMPT, max_tokens=max_tokens, temperature=0, provider=provider,
                        on_text=lambda piece: None).completion_tokens

    raw(8), through_chat(8), streamed(8)  # warm up every path
    results = {}
    for name, call in (("raw xllamacpp", raw), ("llm.chat", through_chat),
                       ("llm.chat stream", streamed)):
        runs = [timed(lambda call=call: call(args.max_tokens)) for _ in range(args.repeat)]
        rate = statistics.median(tokens / seconds for seconds, tokens in runs)
        first = statistics.median(timed(lambda call=call: call(1))[0]
                                  for _ in range(args.repeat))
        results[name] = (rate, first)
        print(f"{name:15} {rate:7.1f} tokens/s   first token {first * 1000:6.1f} ms")
    (raw_rate, raw_first), (chat_rate, chat_first) = results["raw xllamacpp"], results["llm.chat"]
    print(f"\nthroughput ratio llm.chat ÷ raw: {chat_rate / raw_rate:.2f}× (target ≥ 0.9×)")
    print(f"first-token latency ratio llm.chat ÷ raw: {chat_first / raw_first:.2f}×")
    stream_rate = results["llm.chat stream"][0]
    print(f"throughput ratio streamed llm.chat (the apps) ÷ raw: {stream_rate / raw_rate:.2f}×")


if __name__ == "__main__":
    main()
