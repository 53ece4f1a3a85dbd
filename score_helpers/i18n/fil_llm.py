"""Filipino: what the generation guards say about a model's reply (same keys as en_llm.py).

Taglish as a supervisor says it: model, draft, reply, characters, tokens stay English.
"""

from __future__ import annotations

GUARD: dict[str, str] = {
    "repeated_line": ("Paulit-ulit na ang linyang “{line}”, kaya pinahinto na ang model. "
                      "Gamitin ang draft hanggang doon at ikaw na ang magtuloy, o subukan "
                      "ulit."),
    "repeated_phrase": ("Paikot-ikot na ang model (“{line}” nang paulit-ulit), kaya "
                        "pinahinto na. Gamitin ang draft hanggang doon at ikaw na ang "
                        "magtuloy, o subukan ulit."),
    "repeated_prompt": ("Kinopya lang ng model ang instructions mo (“{line}”) imbes na "
                        "magsulat, kaya pinahinto na. Subukan ulit, o gumamit ng mas malaking "
                        "model kung meron kayo."),
    "prompt_dropped": ("May linya sa instructions mo na kinopya ng model sa sagot niya "
                       "(“{line}”). Tinanggal na namin iyon; i-check ang natitira."),
    "too_long": ("Lumampas na sa {limit} characters ang sagot, kaya pinahinto na. Baka kulang "
                 "ang dulo: i-check ito, o humingi ng mas maikling dokumento."),
    "cut_by_server": ("Naubos na ng model ang haba na ibinigay sa kanya ({limit} tokens), "
                      "kaya putol ang dulo ng sagot. I-check ang dulo, o humingi ng mas "
                      "mahabang sagot."),
    "wrong_language": ("{asked} ang hiningi mo, pero {found} ang bumalik na sagot. Subukan "
                       "ulit, o ikaw na ang mag-translate: mahina pa sa Filipino ang "
                       "maliliit na offline model."),
}

SECTIONS: dict[str, dict[str, str]] = {"llm.guard": GUARD}
