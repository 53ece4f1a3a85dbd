"""The class hub's login: a name, once taken, belongs to the participant who took it.

`ClassAuthenticator` builds on FirstUseAuthenticator (the login The Littlest JupyterHub
uses): the first time a name logs in, the password typed becomes that name's own password
(stored as a bcrypt hash in the hub's private state folder), and from then on only that
password opens it. Two rules make it fit a class:

- taking a new name needs the class code the trainer gives out (the login page's third
  field), so nobody outside the class can make accounts, and the class code itself is
  never accepted as a personal password;
- trainers' names (the hub's admins) never work that way: they open only with the
  trainer password, so no participant can take a trainer's name.

A participant who forgot their password: the trainer deletes the name on the hub's Admin
page (their files stay on the server), and the participant takes it again with the class
code and a new password. Messages come from the string tables (IDs `hub.login.*`).
"""

from __future__ import annotations

import dbm
import hmac
from typing import Any

from firstuseauthenticator import FirstUseAuthenticator
from traitlets import Integer, Unicode

from score_helpers.i18n import text

TRAINER_PASSWORD_LENGTH = 32


def login_texts(lang: str | None = None, length: int = 8) -> dict[str, str]:
    """The login page's extra words (JupyterHub template_vars) in `lang`."""
    return {"score_class_code_label": text("hub.login.class_code_label", lang),
            "score_first_time": text("hub.login.first_time", lang, length=length)}


def _same(given: str, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


class ClassAuthenticator(FirstUseAuthenticator):
    """First-use passwords for participants, behind the class code; trainers apart."""

    class_password = Unicode("", config=True,
                             help="The class code: needed to take a new name.")
    trainer_password = Unicode("", config=True, help=f"The trainers' password "
                               f"({TRAINER_PASSWORD_LENGTH} characters or more).")
    lang = Unicode("", config=True, help="'fil' for Filipino messages.")

    min_password_length = Integer(8, config=True, help="A personal password's length.")

    def _taken(self, name: str) -> bool:
        with dbm.open(self.dbm_path, "c", 0o600) as passwords:
            return name.encode() in passwords

    def _refuse(self, handler: Any, key: str) -> None:
        message = text(f"hub.login.{key}", self.lang or None, length=self.min_password_length)
        if handler is not None:
            handler.custom_login_error = message
        self.log.info("SCORE AI Lab login refused: %s", key)

    async def authenticate(self, handler: Any, data: dict[str, str]) -> dict[str, Any] | None:
        """The hub name and whether it is a trainer, or None (with a message) to refuse."""
        name = self.normalize_username(data.get("username", ""))
        password = data.get("password", "")
        if name in self.admin_users:
            if len(self.trainer_password) >= TRAINER_PASSWORD_LENGTH and _same(
                    password, self.trainer_password):
                return {"name": name, "admin": True}
            if data.get("class_code"):   # somebody trying to take a trainer's name
                self._refuse(handler, "trainer_name")
            return None
        if not self._taken(name):
            if not _same(data.get("class_code", ""), self.class_password):
                self._refuse(handler, "need_class_code")
                return None
            if _same(password, self.class_password):
                self._refuse(handler, "own_password")
                return None
            if len(password) < self.min_password_length:
                self._refuse(handler, "short_password")
                return None
        taken = await super().authenticate(handler, {"username": name, "password": password})
        return {"name": taken, "admin": False} if taken else None
