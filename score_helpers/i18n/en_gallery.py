"""English: the words of the apps gallery (IDs `app.gallery.<key>`): the page's own
labels, and each app's card as `<app>.title`, `<app>.description` and `<app>.audience`."""

from __future__ import annotations

GALLERY: dict[str, str] = {
    "page_title": "SCORE AI Lab apps",
    "intro":
        "Small apps for Enterprise Improvement Teams. Click a card to open an app; your "
        "browser's Back button brings you here again.",
    "for": "For",
    "open": "Open the app",
    "people_decide": "AI suggests; people decide.",
    "footer": "Served by Voilà on this computer: nothing here needs the internet.",
    "language": "Language",
    "kpi_snapshot.title": "KPI snapshot",
    "kpi_snapshot.description": "One factory, one month: the headline KPIs per line.",
    "kpi_snapshot.audience": "everyone",
    "kpi_dashboard.title": "QCDMS KPI dashboard",
    "kpi_dashboard.description":
        "Pick a practice factory or upload your own CSV/Excel, with its own column names; see "
        "the five QCDMS pillars with traffic lights, the weekly trend and the defect Pareto.",
    "kpi_dashboard.audience": "factories, EITs",
    "document_assistant.title": "Document assistant",
    "document_assistant.description":
        "Draft EIT minutes, grievance procedures, toolbox talks and memos with the language "
        "model; personal data is removed first and a person reviews every draft.",
    "document_assistant.audience": "EITs, HR, supervisors",
    "maintenance_simulator.title": "Maintenance what-if simulator",
    "maintenance_simulator.description":
        "Move the sliders for load, service interval and vibration alert limit; see the alerts "
        "a person acts on and the cost in pesos of three ways to maintain; or load your "
        "machine's own sensor log.",
    "maintenance_simulator.audience": "supervisors, technicians, trainers",
    "safety_triage.title": "Safety report triage",
    "safety_triage.description":
        "Type a near miss or incident (English or Taglish): see the suggested hazard category, "
        "confirm the HIRAC rating and save it to the factory's log, or import a whole register; "
        "the OSH committee decides.",
    "safety_triage.audience": "workers, supervisors, OSH committees",
    "trainer_dashboard.title": "Trainer dashboard",
    "trainer_dashboard.description":
        "The class's progress per question, hints used, who is stuck now, grades.",
    "trainer_dashboard.audience": "trainers",
}

# Serving the apps to a class over the network (`score-lab apps --ip 0.0.0.0`): what the
# trainer's terminal says, the page that asks for the class code, and the page a participant
# sees on the trainer's own app. IDs `app.gallery.access.<key>`.
ACCESS: dict[str, str] = {
    "share_heading": "The apps are shared on this network. Anyone who opens them needs a link "
                     "below.",
    "share_class": "Give the participants this link: {url}",
    "share_trainer": "Your own link, which also opens the trainer dashboard (keep it to "
                     "yourself): {url}",
    "share_stop": "Press Ctrl+C to stop sharing.",
    "low_memory": "Little free memory: the apps start without preheated kernels (they would "
                  "take about {mb} MB), so each app takes a few seconds more to open.",
    "token_too_short": "The class code after --token is too short: use at least {n} letters or "
                       "digits, or leave --token out and a code is made for you.",
    "login_title": "Ask your trainer for the class link",
    "login_text": "These apps are shared with a class. Open the link your trainer gave you, or "
                  "type the class code from that link here.",
    "login_code": "Class code",
    "login_open": "Open the apps",
    "login_wrong": "That code does not work. Check it with your trainer and try again.",
    "trainer_only_title": "This app is for the trainer",
    "trainer_only_text": "The trainer dashboard shows the whole class's progress and grades, so "
                         "it opens only with the trainer's own link.",
    "back": "Back to the apps",
}

SECTIONS: dict[str, dict[str, str]] = {"app.gallery": GALLERY, "app.gallery.access": ACCESS}
