"""Throughput and first-token latency: llm.chat (openai client over HTTP), plain and
streamed, against raw xllamacpp (the same server, called in-process), same prompt, same run;
then each installed offline model beside SmolLM2 (load time, memory, first token, tokens/s).

    python benchmarks/llm.py [--repeat 5] [--skip-overhead]

Tokens per second = completion tokens ÷ wall seconds of the whole request, median of
`repeat` runs; first-token latency is approximated by a 1-token completion. The target in
issue 5 is llm.chat ≥ 0.9× raw throughput. The models part runs with SmolLM2 alone too
(install the 1.5B with `score-lab llm install` to compare).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from score_helpers import llm
from score_helpers.llm import models, offline_model

PROMPT = ("Write a short toolbox talk for sewing-line workers about keeping walkways clear "
          "of fabric scraps. Use three short paragraphs.")


def timed(call: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken by `call` and the completion tokens it reported."""
    started = time.perf_counter()
    tokens = call()
    return time.perf_counter() - started, tokens


def resident_mb() -> float | None:
    """This process's resident memory in MB (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmRSS:"))
        return int(line.split()[1]) / 1024
    except (OSError, StopIteration, ValueError):
        return None


def measure_model(model: models.OfflineModel, repeat: int, max_tokens: int
                  ) -> dict[str, float]:
    """Load time, memory added, first-token latency and tokens/s of one model, through the
    real openai client on its own embedded server."""
    import openai

    before = resident_mb()
    started = time.perf_counter()
    server = offline_model.start_server(model=model)
    client = openai.OpenAI(base_url=server.base_url, api_key="not-needed", timeout=600)
    messages = [{"role": "user", "content": PROMPT}]

    def ask(tokens: int) -> int:
        reply = client.chat.completions.create(model=server.model, messages=messages,
                                               max_tokens=tokens, temperature=0)
        return reply.usage.completion_tokens

    ask(1)  # the first answer also maps the weights into memory
    load = time.perf_counter() - started
    after = resident_mb()
    first = statistics.median(timed(lambda: ask(1))[0] for _ in range(repeat))
    rate = statistics.median(tokens / seconds for seconds, tokens in
                             (timed(lambda: ask(max_tokens)) for _ in range(repeat)))
    server.stop()
    memory = after - before if before is not None and after is not None else float("nan")
    return {"load": load, "memory": memory, "first": first, "rate": rate}


def compare_models(repeat: int, max_tokens: int) -> None:
    """Each installed offline model beside SmolLM2: same prompt, same run, with ratios."""
    measured = {model.name: measure_model(model, repeat, max_tokens)
                for model in models.installed_models()}
    print(f"\n{'offline model':22} {'load s':>7} {'+memory MB':>11} {'first token ms':>15} "
          f"{'tokens/s':>9}")
    for name, row in measured.items():
        print(f"{name:22} {row['load']:7.1f} {row['memory']:11.0f} {row['first'] * 1000:15.0f} "
              f"{row['rate']:9.1f}")
    small = measured.get(models.SMOLLM2.name)
    for name, row in measured.items():
        if small and name != models.SMOLLM2.name:
            print(f"{name} ÷ smollm2: first token {row['first'] / small['first']:.1f}×, "
                  f"tokens/s {row['rate'] / small['rate']:.2f}×")
    if len(measured) == 1:
        print("Only SmolLM2 is installed: `score-lab llm install` adds the 1.5B to compare.")


def client_overhead(repeat: int, max_tokens: int) -> None:
    """llm.chat, plain and streamed, against raw xllamacpp on the shared server."""
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
        runs = [timed(lambda call=call: call(max_tokens)) for _ in range(repeat)]
        rate = statistics.median(tokens / seconds for seconds, tokens in runs)
        first = statistics.median(timed(lambda call=call: call(1))[0]
                                  for _ in range(repeat))
        results[name] = (rate, first)
        print(f"{name:15} {rate:7.1f} tokens/s   first token {first * 1000:6.1f} ms")
    (raw_rate, raw_first), (chat_rate, chat_first) = results["raw xllamacpp"], results["llm.chat"]
    print(f"\nthroughput ratio llm.chat ÷ raw: {chat_rate / raw_rate:.2f}× (target ≥ 0.9×)")
    print(f"first-token latency ratio llm.chat ÷ raw: {chat_first / raw_first:.2f}×")
    stream_rate = results["llm.chat stream"][0]
    print(f"throughput ratio streamed llm.chat (the apps) ÷ raw: {stream_rate / raw_rate:.2f}×")


def main() -> None:
    """Measure both paths on one shared embedded server and print the ratios, then compare
    the installed offline models."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--skip-overhead", action="store_true",
                        help="only compare the offline models")
    args = parser.parse_args()
    if not args.skip_overhead:
        client_overhead(args.repeat, args.max_tokens)
    compare_models(args.repeat, args.max_tokens)


if __name__ == "__main__":
    main()
