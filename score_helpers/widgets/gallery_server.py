"""The Voila server behind `score-lab apps`: Voila itself, with the gallery's access rules.

`GalleryVoila` is Voila with three of its pages swapped for ours:

- the gallery (Voila's tree page) knows who is looking (`score_role`), so the template
  leaves out the trainer-only cards for the class;
- an app (/voila/render/<app>.ipynb) that is trainer-only answers a participant with a
  friendly page (403), never the app;
- the login page asks for the class code in plain words (English or Filipino).

`ClassIdentityProvider` is jupyter_server's token login with two codes: the class code makes
the user "class", the trainer code "trainer" (gallery_access.CLASS / TRAINER); the signed
login cookie keeps it. On an open server (this computer only) everyone is the trainer.
A protected server logs requests through jupyter_server's `log_request` (?token=[secret]),
and `hide_in_logs` replaces both codes by [secret] in every log record of the process (tornado
writes the full address of a failed request in its own warnings): the links printed once are
the only place the codes appear.
"""

from __future__ import annotations

import hmac
import logging
import os
import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

import tornado.web
from jupyter_server.auth.identity import PasswordIdentityProvider, User
from jupyter_server.log import log_request
from tornado.ioloop import IOLoop
from traitlets import Unicode
from voila.app import Voila
from voila.tornado.handler import TornadoVoilaHandler
from voila.tornado.treehandler import TornadoVoilaTreeHandler
from voila.voila_identity_provider import VoilaLoginHandler

from score_helpers.widgets.gallery_access import (
    CLASS,
    TRAINER,
    login_page,
    page_language,
    trainer_only_page,
)

TRAINER_ONLY_SETTING = "score_trainer_only"   # tornado setting: the trainer-only notebooks
HIDDEN = "[secret]"


def hide_in_logs(codes: Iterable[str | None]) -> None:
    """From now on, every log record of this process shows `codes` (as typed or written into
    an address) as [secret], in its message and in any traceback it carries."""
    hidden = sorted({form for code in codes if code for form in (code, quote(code, safe=""))},
                    key=len, reverse=True)
    if not hidden:
        return
    make_record = logging.getLogRecordFactory()

    def scrub(text: str) -> str:
        for code in hidden:
            text = text.replace(code, HIDDEN)
        return text

    def scrubbed_record(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:   # a record whose arguments do not fit: leave it to logging
            return record
        if scrub(message) != message:
            record.msg, record.args = scrub(message), ()
        if record.exc_info:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        return record

    logging.setLogRecordFactory(scrubbed_record)


def _same(typed: str, token: str) -> bool:
    """Whether the code typed is `token` (compared in constant time)."""
    return bool(token) and hmac.compare_digest(typed.encode(), token.encode())


class ClassIdentityProvider(PasswordIdentityProvider):
    """Token login with two codes: `token` (the class code) and `trainer_token`."""

    trainer_token = Unicode("", help="The trainer's code; it also opens trainer-only apps.")

    @property
    def auth_enabled(self) -> bool:
        """Always on: this provider is only used when a code is needed."""
        return True

    def user_for_token(self, typed: str) -> User | None:
        """The trainer or the class for a code typed or sent, or None for a wrong one."""
        if _same(typed, self.trainer_token):
            return User(TRAINER)
        if _same(typed, self.token):
            return User(CLASS)
        return None

    async def get_user_token(self, handler: tornado.web.RequestHandler) -> User | None:
        """The user of ?token= or an `Authorization: token` header (None without one)."""
        typed = self.get_token(handler)
        return self.user_for_token(typed) if typed else None

    def process_login_form(self, handler: tornado.web.RequestHandler) -> User | None:
        """The user of the code typed on the login page."""
        return self.user_for_token(handler.get_argument("password", default=""))

    def user_from_cookie(self, cookie_value: str) -> User | None:
        """The user of a (signed) login cookie; only the class or the trainer count."""
        user = super().user_from_cookie(cookie_value)
        return user if user is not None and user.username in (CLASS, TRAINER) else None


def role_of(handler: tornado.web.RequestHandler) -> str | None:
    """TRAINER, CLASS, or None (not logged in) for the person behind a request."""
    if not isinstance(handler.settings.get("identity_provider"), ClassIdentityProvider):
        return TRAINER   # an open server is reached from this computer only
    user = handler.current_user
    return user.username if isinstance(user, User) else None


def is_trainer_only(path: str, root_dir: str, trainer_only: Iterable[str]) -> bool:
    """Whether the notebook at `path` (relative to `root_dir`, as in /voila/render/<path>) is
    one of `trainer_only`: by its name in any case or spelling of the path, or as the same
    file on disk (a link to it)."""
    name = posixpath.basename(posixpath.normpath("/" + path.replace("\\", "/"))).casefold()
    candidate = Path(root_dir, path.lstrip("/\\"))
    for protected in trainer_only:
        if name == protected.casefold():
            return True
        try:
            if candidate.exists() and os.path.samefile(candidate, Path(root_dir, protected)):
                return True
        except OSError:
            continue
    return False


class GalleryTreeHandler(TornadoVoilaTreeHandler):
    """Voila's tree page (the gallery), told who is looking."""

    @property
    def template_namespace(self) -> dict[str, object]:
        """Voila's template variables plus `score_role` (TRAINER or CLASS)."""
        return {**super().template_namespace, "score_role": role_of(self)}


class GuardedVoilaHandler(TornadoVoilaHandler):
    """Voila's app page, which answers a participant on a trainer-only app with a friendly
    page instead."""

    @tornado.web.authenticated
    async def get(self, path: str | None = None) -> None:
        """Render the app, or the friendly 'for the trainer' page (403)."""
        trainer_only = self.settings.get(TRAINER_ONLY_SETTING, ())
        if role_of(self) != TRAINER and is_trainer_only(path or "", self.contents_manager.root_dir,
                                                          trainer_only):
            self.set_status(403)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(trainer_only_page(page_language(self.request.query), self.base_url))
            return
        await super().get(path)


class FriendlyLoginHandler(VoilaLoginHandler):
    """The login page in plain words: ask the trainer for the link, or type the class code."""

    def _render(self, message: dict[str, str] | None = None) -> None:
        next_url = self.get_argument("next", default=self.base_url)
        lang = page_language(self.request.query, next_url)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(login_page(lang, self.base_url, next_url, self.xsrf_form_html(),
                              wrong=bool(message)))


SWAPPED: dict[type, type] = {TornadoVoilaTreeHandler: GalleryTreeHandler,
                             TornadoVoilaHandler: GuardedVoilaHandler,
                             VoilaLoginHandler: FriendlyLoginHandler}


class GalleryVoila(Voila):
    """Voila for `score-lab apps`: our pages (SWAPPED), two codes when a class token is set
    (`token`, `trainer_token`), requests logged without codes, and `on_listening(port)`
    called once the server listens (to print the links with the port actually used)."""

    trainer_token = Unicode("", help="The trainer's code (with `token`, the class code).")
    on_listening: Callable[[int], None] | None = None

    @property
    def display_url(self) -> str:
        """The address Voila logs, without its '?token=...' (the links to share are printed
        apart, with the real codes)."""
        return super().display_url.partition("?")[0]

    def init_settings(self) -> dict:
        """Voila's settings; with codes: the trainer's code goes to the identity provider,
        and no log shows either code."""
        settings = super().init_settings()
        if not isinstance(self.identity_provider, ClassIdentityProvider):
            return settings
        self.identity_provider.trainer_token = self.trainer_token
        hide_in_logs((self.token, self.trainer_token))
        return {**settings, "log_function": log_request}

    def init_handlers(self) -> list:
        """Voila's handlers with ours in place of the tree, app and login pages."""
        return [(spec[0], SWAPPED.get(spec[1], spec[1]), *spec[2:])
                for spec in super().init_handlers()]

    def start(self) -> None:
        """Serve until stopped; call `on_listening` once the port is open."""
        if self.on_listening is not None:
            callback = self.on_listening
            IOLoop.current().add_callback(lambda: callback(self.port))
        super().start()
