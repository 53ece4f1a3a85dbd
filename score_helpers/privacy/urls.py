"""Secrets in addresses: `safe_url` is the one way a URL is shown to people (messages,
`score-lab doctor`, the apps). It drops ``user:password@`` and shows query or fragment
parameters whose name looks secret (``api_key``, ``key``, ``token``, ``sig`` ...) as
``***``, keeping scheme, host, port, path and the other parameters (``api-version``).
`scrub_urls` does the same to every URL inside a longer text.
"""

from __future__ import annotations

import re
import urllib.parse

SECRET_WORDS = frozenset({"key", "apikey", "token", "sig", "signature", "password", "passwd",
                          "pwd", "secret", "code", "auth", "credential", "credentials"})
MASK = "***"
_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s'\"<>]+")


def _secret_name(name: str) -> bool:
    """api_key, X-Api-Key, apiKey, access_token, client_secret, sig... (not api-version)."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", urllib.parse.unquote(name)).lower()
    parts = [part for part in re.split(r"[^a-z0-9]+", words) if part]
    return bool(SECRET_WORDS.intersection(parts)) or "".join(parts) in SECRET_WORDS


def _masked(parameters: str) -> str:
    return "&".join(f"{pair.partition('=')[0]}={MASK}"
                    if "=" in pair and _secret_name(pair.partition("=")[0]) else pair
                    for pair in parameters.split("&"))


def safe_url(url: str) -> str:
    """The URL to show people: no ``user:password@``, and secret-looking query or fragment
    parameters (api_key, key, token, access_token, sig, signature, password, secret, code,
    in any case) as ``***``. Scheme, host, port, path and other parameters stay, so it
    still says where it points. Text that is not a URL comes back as it is."""
    if not url:
        return url
    scheme, separator, rest = url.partition("://") if "://" in url else ("", "", url)
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" not in authority and not re.fullmatch(r"[^:]*|.*:\d*", authority):
        before_values = rest.partition("=")[0]  # "user:pa/ss@host": a password holding / ? #
        rest = rest[before_values.rfind("@") + 1:]
    address, hash_mark, fragment = rest.partition("#")
    address, question_mark, query = address.partition("?")
    authority, slash, path = address.partition("/")
    return (f"{scheme}{separator}{authority.rpartition('@')[2]}{slash}{path}"
            f"{question_mark}{_masked(query)}{hash_mark}{_masked(fragment)}")


def scrub_urls(text: str) -> str:
    """`text` with every URL in it (scheme://...) passed through `safe_url`."""
    return _URL_IN_TEXT.sub(lambda match: safe_url(match.group(0)), text)
