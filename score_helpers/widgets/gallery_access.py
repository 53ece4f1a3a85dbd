"""Who may open the apps when `score-lab apps` serves them beyond this computer.

On this computer only (127.0.0.1, ::1, localhost: the default) nothing changes: no code is
needed. Served to a network (`--ip 0.0.0.0` or any other address) the apps need a code:

- the **class code** (`--token`, or a random one) opens the gallery and the factory apps;
- the **trainer code** (always random) opens them too, and also the trainer-only apps
  (the trainer dashboard, with the class's progress and grades), whose card participants
  never see.

Both codes are printed once, inside the two links the trainer's terminal shows
(`share_message`), and nowhere else. The pages of this module (the one that asks for the
code, and the one a participant sees on a trainer-only app) are plain HTML with their words
from the string tables (`app.gallery.access.*`). The Voila side is in `gallery_server.py`.
"""

from __future__ import annotations

import html
import ipaddress
import secrets
import socket
from dataclasses import dataclass, field
from urllib.parse import quote

from score_helpers import i18n
from score_helpers.widgets.common.language import language_from_query

LOOPBACK_NAMES = ("localhost", "localhost.")
ALL_ADDRESSES = ("", "0.0.0.0", "::", "[::]")
MIN_TOKEN_CHARS = 8
TRAINER = "trainer"   # the user name of whoever came in with the trainer code
CLASS = "class"       # ... and with the class code


def is_loopback(ip: str | None) -> bool:
    """True when `ip` (the --ip of `score-lab apps`) reaches this computer only: None (Voila's
    default, localhost), 'localhost', 127.0.0.0/8 or ::1 (also written [::1] or as
    ::ffff:127.x.x.x). Any other address or name may be reached from the network."""
    if ip is None:
        return True
    name = ip.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False   # a host name: it may well be reachable from the network
    mapped = getattr(address, "ipv4_mapped", None)
    return bool(address.is_loopback or (mapped and mapped.is_loopback))


@dataclass(frozen=True)
class Access:
    """The codes a server asks for; both None: open (this computer only). The codes are kept
    out of repr() so that no log or traceback can show them."""

    class_token: str | None = field(default=None, repr=False)
    trainer_token: str | None = field(default=None, repr=False)

    @property
    def protected(self) -> bool:
        """Whether a code is needed at all."""
        return bool(self.class_token)


def access_for(ip: str | None, token: str | None = None, lang: str | None = None) -> Access:
    """The access for `score-lab apps --ip IP [--token TOKEN]`: open on a loopback address
    with no --token; otherwise the class code is `token` (or a random one) and the trainer
    code is random. A --token shorter than MIN_TOKEN_CHARS raises ValueError (the message
    does not repeat it)."""
    if token is not None and len(token.strip()) < MIN_TOKEN_CHARS:
        raise ValueError(say("token_too_short", lang, n=MIN_TOKEN_CHARS))
    if token is None and is_loopback(ip):
        return Access()
    return Access(class_token=token.strip() if token else secrets.token_urlsafe(16),
                  trainer_token=secrets.token_urlsafe(24))


def _interface_addresses() -> list[str]:
    """IPv4 addresses of this computer's network interfaces, read locally (Linux ioctl
    SIOCGIFADDR; nothing is sent anywhere). Empty where that call does not exist."""
    try:
        import fcntl
        import struct
    except ImportError:   # Windows
        return []
    found = []
    for _, name in socket.if_nameindex():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as handle:
            try:
                packed = fcntl.ioctl(handle.fileno(), 0x8915,   # SIOCGIFADDR
                                     struct.pack("256s", name[:15].encode()))
            except OSError:
                continue
            found.append(socket.inet_ntoa(packed[20:24]))
    return found


def this_computer_address() -> str:
    """This computer's address on the network, as the participants' browsers reach it: the
    first address its own name resolves to that is not a loopback one, else the first such
    address of its network interfaces, else its name."""
    name = socket.gethostname()
    try:
        found = [info[4][0] for info in socket.getaddrinfo(name, None, socket.AF_INET)]
    except OSError:
        found = []
    for address in [*found, *_interface_addresses()]:
        if not is_loopback(address):
            return address
    return name


def share_host(ip: str | None) -> str:
    """The host part of the links to share: this computer's address when serving on every
    address, else `ip` itself (an IPv6 address in brackets)."""
    if ip is None or ip.strip() in ALL_ADDRESSES:
        return this_computer_address()
    name = ip.strip().strip("[]")
    return f"[{name}]" if ":" in name else name


def share_links(access: Access, host: str, port: int) -> tuple[str, str]:
    """(the participants' link, the trainer's link) for a protected server."""
    if not access.protected:
        raise ValueError("access: there are no codes to share on an open server")
    base = f"http://{host}:{port}/?token="
    return base + quote(access.class_token or "", safe=""), \
        base + quote(access.trainer_token or "", safe="")


def share_message(access: Access, host: str, port: int, lang: str | None = None) -> str:
    """What the trainer's terminal says once the server listens: the two links (the only
    place the codes are ever shown) and how to stop."""
    class_url, trainer_url = share_links(access, host, port)
    return "\n".join(["", say("share_heading", lang),
                      "  " + say("share_class", lang, url=class_url),
                      "  " + say("share_trainer", lang, url=trainer_url),
                      say("share_stop", lang), ""])


def say(key: str, lang: str | None = None, **values: object) -> str:
    """The sentence `app.gallery.access.<key>` in `lang` (default SCORE_LANG)."""
    return i18n.text(f"app.gallery.access.{key}", lang, **values)


def page_language(*queries: str) -> str:
    """'fil' or 'en' for a page, as the gallery chooses it: ?lang= in one of the query
    strings, else SCORE_LANG."""
    for query in queries:
        found = language_from_query(query.partition("?")[2] if "?" in query else query)
        if found:
            return found
    return i18n.language()


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ margin: 0; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif;
       background: #f4f6f8; color: #1f2933; line-height: 1.4; }}
main {{ max-width: 560px; margin: 48px auto; padding: 20px 24px; background: #fff;
       border: 1px solid #d5dce3; border-radius: 8px; }}
h1 {{ margin: 0 0 12px; font-size: 1.5rem; color: #0b4f6c; }}
.wrong {{ background: #fff7f2; border-left: 4px solid #d55e00; padding: 6px 12px; }}
label {{ display: block; font-weight: 600; margin: 12px 0 4px; }}
input {{ font-size: 1rem; padding: 6px 8px; width: 100%; box-sizing: border-box; }}
button {{ margin-top: 12px; font-size: 1rem; padding: 8px 16px; background: #0b4f6c;
         color: #fff; border: 0; border-radius: 4px; }}
a {{ color: #0b4f6c; font-weight: 600; }}
</style></head>
<body><main class="{kind}">
<h1>{title}</h1>
{body}
</main></body>
</html>
"""


def login_page(lang: str, base_url: str, next_url: str, xsrf_form_html: str,
               wrong: bool = False) -> str:
    """The page that asks for the class code (instead of the apps) when none was given;
    `wrong` says the code typed did not work. `xsrf_form_html` is the server's hidden field."""
    action = f"{base_url}login?next={quote(next_url, safe='')}"
    warning = f'<p class="wrong">{html.escape(say("login_wrong", lang))}</p>\n' if wrong else ""
    body = (f'{warning}<p>{html.escape(say("login_text", lang))}</p>\n'
            f'<form method="post" action="{html.escape(action)}">{xsrf_form_html}\n'
            f'<label for="code">{html.escape(say("login_code", lang))}</label>\n'
            '<input id="code" name="password" type="text" autocomplete="off" '
            'autocapitalize="off" spellcheck="false" autofocus>\n'
            f'<button type="submit">{html.escape(say("login_open", lang))}</button></form>')
    return PAGE.format(lang=lang, kind="score-login", title=html.escape(say("login_title", lang)),
                       body=body)


def trainer_only_page(lang: str, base_url: str) -> str:
    """The friendly page a participant sees instead of a trainer-only app."""
    back = f"{base_url}?lang={lang}"
    body = (f'<p>{html.escape(say("trainer_only_text", lang))}</p>\n'
            f'<p><a href="{html.escape(back)}">{html.escape(say("back", lang))}</a></p>')
    return PAGE.format(lang=lang, kind="score-trainer-only",
                       title=html.escape(say("trainer_only_title", lang)), body=body)
