"""The apps gallery: `score-lab apps` serves apps/ with Voila behind a page of cards.

    score-lab apps                      # http://localhost:8866, opens the browser
    score-lab apps --port 9000 --no-browser
    score-lab apps --ip 0.0.0.0         # a class on this network: needs the links it prints
    score-lab apps --no-preheat         # no kernel kept ready (or SCORE_APPS_PREHEAT=0)

Each app keeps one kernel ready with its code already loaded (Voila's preheated kernels,
`preheat_argv`), so an app opens about as fast as a blank page; the pool costs memory (see the
README's apps section), so a small laptop can turn it off.

APPS is the one list of the Voila apps (picture or icon; their title, one-line description and
who they are for come from the string tables, `app.gallery.*`);
the README's apps table says the same in more words, and a test keeps the two in step. The
index page is Voila's own tree page, drawn by the `score_gallery` template shipped in
`score_helpers/jupyter_share/` (plain HTML and CSS, no JavaScript, nothing from the internet).
Each app stays at its usual address, /voila/render/<app>.ipynb. SCORE_LANG=fil starts the page
in Filipino; ?lang=en or ?lang=fil switches it, and each card's link carries the language on
(/voila/render/<app>.ipynb?lang=fil), which the app reads with
score_helpers.widgets.common.language.page_language().

Served beyond this computer (`--ip` not a loopback address, or a `--token` given) the apps need
a code, and a trainer-only app (`App.trainer_only`: the trainer dashboard) opens only with the
trainer's code: see gallery_access.py (the rules, the links, the pages) and gallery_server.py
(Voila with them).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass

from score_helpers import i18n
from score_helpers.paths import PACKAGE_DIR, REPO_DIR
from score_helpers.widgets.gallery_access import Access, access_for, share_host, share_message
from score_helpers.widgets.gallery_access import say as gallery_say

APPS_DIR = REPO_DIR / "apps"
IMAGES_DIR = REPO_DIR / "docs" / "images"
JUPYTER_SHARE = PACKAGE_DIR / "jupyter_share"  # holds voila/templates/score_gallery/
TEMPLATE = "score_gallery"
DEFAULT_PORT = 8866
PREHEAT_ENV = "SCORE_APPS_PREHEAT"   # 0 / no / false / off: none; 1 / yes: always
POOL_SIZE = 1                        # preheated kernels per app
# The pool's memory, measured by benchmarks/apps.py (PSS of one idle preheated kernel, at
# most): with less than the pool plus HEADROOM_MB available, `score-lab apps` preheats nothing.
KERNEL_MB, HEADROOM_MB = 220, 1024
LANGUAGES = ("en", "fil")


# Line drawings for a card with no screenshot: inline SVG, so they need no emoji font.
_SVG = ('<svg viewBox="0 0 64 64" width="96" height="96" fill="none" stroke-width="4" '
        'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">{}</svg>')
ICONS: dict[str, str] = {name: _SVG.format(body) for name, body in {
    "table": '<rect x="8" y="10" width="48" height="44" rx="3" stroke="#0b4f6c"/>'
             '<path d="M8 24h48M8 38h48M26 10v44" stroke="#0b4f6c"/>',
    "chart": '<path d="M8 56h48" stroke="#1f2933"/><rect x="12" y="36" width="9" height="16" '
             'fill="#0b4f6c" stroke="none"/><rect x="27" y="24" width="9" height="28" '
             'fill="#2f6b3a" stroke="none"/><rect x="42" y="12" width="9" height="40" '
             'fill="#c8781a" stroke="none"/>',
    "document": '<path d="M16 6h24l10 10v42H16z" stroke="#0b4f6c"/>'
                '<path d="M24 26h18M24 36h18M24 46h12" stroke="#2f6b3a"/>',
    "gauge": '<path d="M10 44a22 22 0 0 1 44 0" stroke="#0b4f6c"/>'
             '<path d="M32 44l12-14" stroke="#c8781a"/><circle cx="32" cy="44" r="3" '
             'fill="#1f2933" stroke="none"/>',
    "shield": '<path d="M32 6l20 8v16c0 14-9 24-20 28C21 54 12 44 12 30V14z" stroke="#2f6b3a"/>'
              '<path d="M23 31l7 7 12-14" stroke="#2f6b3a"/>',
    "class": '<rect x="18" y="8" width="40" height="28" rx="2" stroke="#0b4f6c"/>'
             '<path d="M25 28l8-8 6 5 12-11" stroke="#2f6b3a"/><circle cx="13" cy="40" r="6" '
             'fill="#c8781a" stroke="none"/><path d="M3 60c0-9 4-14 10-14s10 5 10 14" '
             'fill="#c8781a" stroke="none"/>',
}.items()}


@dataclass(frozen=True)
class AppText:
    """What a card says about an app, in one language."""

    title: str
    description: str
    audience: str


@dataclass(frozen=True)
class App:
    """One Voila app: its notebook stem, an ICONS key and its screenshot in docs/images (or
    None: the icon shows instead). Its words are `app.gallery.<name>.title`, `.description`
    and `.audience` in the string tables (score_helpers/i18n/en_gallery.py, fil_gallery.py).
    A `trainer_only` app opens, on a server shared with a class, with the trainer's code only,
    and the class does not see its card."""

    name: str
    icon: str
    image: str | None
    trainer_only: bool = False

    @property
    def notebook(self) -> str:
        """The notebook's file name inside apps/."""
        return f"{self.name}.ipynb"

    def text(self, lang: str) -> AppText:
        """The card's words in `lang` ('en' or 'fil'; anything else gives English)."""
        return AppText(*(i18n.text(f"app.gallery.{self.name}.{part}", lang)
                         for part in ("title", "description", "audience")))

    @property
    def en(self) -> AppText:
        """The card's words in English."""
        return self.text("en")

    @property
    def fil(self) -> AppText:
        """The card's words in Filipino."""
        return self.text("fil")


# In the order a workshop meets them. The English audience is the README table's "for" column.
APPS: tuple[App, ...] = (
    App("kpi_snapshot", "table", "kpi_snapshot.png"),
    App("kpi_dashboard", "chart", "kpi_dashboard.png"),
    App("document_assistant", "document", "document_assistant.png"),
    App("maintenance_simulator", "gauge", "maintenance_simulator.png"),
    App("safety_triage", "shield", "safety_triage.png"),
    App("trainer_dashboard", "class", "trainer_dashboard.png", trainer_only=True),
)
TRAINER_ONLY: tuple[str, ...] = tuple(app.notebook for app in APPS if app.trainer_only)

# Every word of the page itself, per language, from the string tables (`app.gallery.<key>`).
LABEL_KEYS = ("page_title", "intro", "for", "open", "people_decide", "footer", "language")
LABELS: dict[str, dict[str, str]] = {
    lang: {key: i18n.text(f"app.gallery.{key}", lang) for key in LABEL_KEYS}
    for lang in LANGUAGES}


def gallery_context(lang: str) -> dict[str, object]:
    """Everything the gallery page shows in `lang`: its labels and one card per app."""
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not available; use one of {LANGUAGES}.")
    cards = [{"name": app.name, "notebook": app.notebook, "icon": ICONS[app.icon],
              "image": app.image, "trainer_only": app.trainer_only, **vars(app.text(lang))}
             for app in APPS]
    return {"labels": LABELS[lang], "cards": cards}


def template_vars(default_lang: str | None = None) -> dict[str, object]:
    """The `score_gallery` variable for the template: both languages and the default one."""
    default = default_lang or i18n.language()
    return {"score_gallery": {"default": default,
                              **{lang: gallery_context(lang) for lang in LANGUAGES}}}


def preheat_wanted(no_preheat: bool = False, available_mb: float | None = None) -> bool:
    """Whether to keep preheated kernels: not with `--no-preheat` or SCORE_APPS_PREHEAT=0
    (or no, false, off); always with SCORE_APPS_PREHEAT=1 (or yes, true, on); otherwise
    when the memory available (`available_mb`, default: this computer's now) holds the pool
    and HEADROOM_MB more (a 4 GB laptop with a browser open often does not)."""
    setting = os.environ.get(PREHEAT_ENV, "").strip().lower()
    if no_preheat or setting in {"0", "no", "false", "off"}:
        return False
    if setting in {"1", "yes", "true", "on"}:
        return True
    if available_mb is None:
        import psutil

        available_mb = psutil.virtual_memory().available / 2**20
    return available_mb >= pool_mb() + HEADROOM_MB


def pool_mb() -> int:
    """The memory the pool of preheated kernels takes, at most (MB)."""
    return KERNEL_MB * POOL_SIZE * len(APPS)


def preheat_argv(preheat: bool) -> list[str]:
    """Voila's options for a pool of POOL_SIZE preheated kernels per app, or none at all.
    A preheated kernel has run the app's notebook up to `page_language()`, which waits for
    the page's request (widgets/common/language.py), so `?lang=fil` still works."""
    size = POOL_SIZE if preheat else 0
    return [f"--VoilaConfiguration.preheat_kernel={preheat}",
            f"--VoilaConfiguration.default_pool_size={size}"]


def voila_argv(port: int, open_browser: bool, ip: str | None = None,
               preheat: bool = True) -> list[str]:
    """The Voila command-line options that serve apps/ with the gallery template, with
    preheated kernels unless `preheat` is False."""
    argv = [str(APPS_DIR), f"--port={port}", f"--template={TEMPLATE}",
            "--VoilaConfiguration.classic_tree=True",
            f"--Voila.open_browser={open_browser}", *preheat_argv(preheat)]
    if ip:
        argv.append(f"--Voila.ip={ip}")
    return argv


def serve(port: int = DEFAULT_PORT, open_browser: bool = True, ip: str | None = None,
          access: Access | None = None, preheat: bool = True) -> None:
    """Serve the gallery and the apps with Voila until Ctrl+C (blocks). With a protected
    `access` (default: the one `ip` calls for) the apps need its codes, no browser opens, and
    the two links to share are printed once the server listens. `preheat`: keep one kernel
    per app ready (preheat_argv)."""
    from score_helpers.widgets.gallery_server import (
        TRAINER_ONLY_SETTING,
        ClassIdentityProvider,
        GalleryVoila,
    )

    access = access if access is not None else access_for(ip)
    for notebook in APPS_DIR.glob("*.ipynb"):  # a new app with no card is a mistake to fix
        if notebook.stem not in {app.name for app in APPS}:
            print(f"Note: {notebook.name} has no card in the gallery; add it to "
                  "score_helpers/widgets/gallery.py APPS.", flush=True)
    # Voila finds templates on the Jupyter data path; ours goes first.
    paths = [str(JUPYTER_SHARE), *filter(None, os.environ.get("JUPYTER_PATH", "").split(
        os.pathsep))]
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)
    app = GalleryVoila.instance()
    app.initialize(voila_argv(port, open_browser and not access.protected, ip, preheat))
    if access.protected:
        app.identity_provider_class = ClassIdentityProvider
        app.token, app.trainer_token = access.class_token, access.trainer_token
        host = share_host(ip)
        app.on_listening = lambda port: print(share_message(access, host, port), flush=True)
    app.tornado_settings = {**app.tornado_settings, "jinja_template_vars": template_vars(),
                            TRAINER_ONLY_SETTING: TRAINER_ONLY}
    app.static_paths.append(str(IMAGES_DIR))  # the screenshots, at /voila/static/<name>.png
    app.start()


def run_cli(args: argparse.Namespace) -> int:
    """`score-lab apps`: serve the gallery; return the exit code (2: a --token too short)."""
    try:
        access = access_for(args.ip, args.token)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    preheat = preheat_wanted(args.no_preheat)
    if not preheat and not args.no_preheat and PREHEAT_ENV not in os.environ:
        print(gallery_say("low_memory", mb=pool_mb()), flush=True)
    serve(port=args.port, open_browser=not args.no_browser, ip=args.ip, access=access,
          preheat=preheat)
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `apps` sub-command to score-lab's sub-parsers; return its parser."""
    parser = subparsers.add_parser("apps", help="serve the Voila apps behind a gallery page")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"the port to serve on (default {DEFAULT_PORT}; the next free "
                             "one if it is taken)")
    parser.add_argument("--no-browser", action="store_true",
                        help="do not open a browser window")
    parser.add_argument("--no-preheat", action="store_true",
                        help="keep no kernel ready per app (saves memory on a small laptop; "
                             f"also {PREHEAT_ENV}=0); apps then open more slowly")
    parser.add_argument("--ip", "--Voila.ip", dest="ip", metavar="ADDRESS",
                        help="the address to listen on (default: localhost only; 0.0.0.0 to "
                             "share with a class: then the apps need the links it prints)")
    parser.add_argument("--token", metavar="CODE",
                        help="the class code in the participants' link (default: a random one "
                             "when shared beyond this computer); the trainer's code is always "
                             "random")
    parser.set_defaults(handler=run_cli)
    return parser
