"""Language models: one client for the offline model and the remote providers.

    from score_helpers import llm
    reply = llm.chat([{"role": "user", "content": "Draft a toolbox talk on ladders."}])
    reply.text, reply.provider

The default provider is the offline model shipped in a wheel; text is redacted before
any remote provider sees it, and no key is ever printed.

Inside:
- `client`         the provider choice and `chat` (re-exported here);
- `offline_model`  the embedded SmolLM2 GGUF run by xllamacpp, as a local server;
- `serve`          `score-lab llm serve`: one model server for a class, with a class key;
- `token_cost`     what the same prompts would cost on a paid provider.
"""

from score_helpers.llm.client import (
    CLOUD,
    OFFLINE,
    LLMError,
    Provider,
    Reply,
    chat,
    client_for,
    configured_provider,
    reachable_models,
    redactions,
)

__all__ = ["CLOUD", "OFFLINE", "LLMError", "Provider", "Reply", "chat", "client_for",
           "configured_provider", "reachable_models", "redactions"]
