"""Language models: one client for the offline model and the remote providers.

    from score_helpers import llm
    reply = llm.chat([{"role": "user", "content": "Draft a toolbox talk on ladders."}])
    reply.text, reply.provider

The default provider is the offline model shipped in a wheel; text is redacted before
any remote provider sees it, and no key is ever printed. Guards stop a reply that repeats
itself or the prompt and say so (`reply.notes`, `reply.stopped`); `chat(..., language=
"Filipino")` also notes a reply that came back in another language.

Inside:
- `client`         the provider choice and `chat` (re-exported here);
- `guards`         stop a reply that repeats a line or the prompt, cap its length;
- `language`       which language a reply is in (English, Filipino, Taglish);
- `models`         the offline models (SmolLM2 built in, the optional 1.5B), the active one,
                   each model's prompt shape;
- `install`        `score-lab llm install`: pinned parts, assembled once, hash checked;
- `catalogue_file` a trainer's own model choices for `score-lab llm install --catalogue`;
- `offline_model`  the active offline GGUF run by xllamacpp, as a local server;
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
from score_helpers.llm.guards import Guarded, GuardNote, check_text
from score_helpers.llm.language import guess_language, language_note

__all__ = ["CLOUD", "OFFLINE", "GuardNote", "Guarded", "LLMError", "Provider", "Reply", "chat",
           "check_text", "client_for", "configured_provider", "guess_language",
           "language_note", "reachable_models", "redactions"]
