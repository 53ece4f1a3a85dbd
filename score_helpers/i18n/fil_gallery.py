"""Filipino: the words of the apps gallery (IDs `app.gallery.<key>`): the page's own
labels, and each app's card as `<app>.title`, `<app>.description` and `<app>.audience`."""

from __future__ import annotations

GALLERY: dict[str, str] = {
    "page_title": "Mga app ng SCORE AI Lab",
    "intro":
        "Maliliit na app para sa Enterprise Improvement Teams. I-click ang isang card para "
        "buksan ang app; ibabalik ka rito ng Back button ng browser.",
    "for": "Para sa",
    "open": "Buksan ang app",
    "people_decide": "Nagmumungkahi ang AI; tao ang nagpapasya.",
    "footer": "Pinapatakbo ng Voilà sa computer na ito: hindi kailangan ng internet.",
    "language": "Wika",
    "kpi_snapshot.title": "KPI snapshot ng buwan",
    "kpi_snapshot.description": "Isang pabrika, isang buwan: ang pangunahing KPI ng bawat linya.",
    "kpi_snapshot.audience": "lahat",
    "kpi_dashboard.title": "Dashboard ng QCDMS KPI",
    "kpi_dashboard.description":
        "Pumili ng practice na pabrika o i-upload ang sariling CSV/Excel, kahit iba ang pangalan "
        "ng mga column; makikita ang limang pillar ng QCDMS na may traffic light, ang trend "
        "bawat linggo at ang Pareto ng mga depekto.",
    "kpi_dashboard.audience": "mga pabrika, EIT",
    "document_assistant.title": "Assistant sa pag-draft ng dokumento",
    "document_assistant.description":
        "Gumawa ng draft ng minutes ng EIT, grievance procedure, toolbox talk at memo gamit ang"
        " language model; tinatanggal muna ang personal data, at may taong nagre-review sa bawat "
        "draft.",
    "document_assistant.audience": "EIT, HR, mga supervisor",
    "maintenance_simulator.title": "What-if simulator ng maintenance",
    "maintenance_simulator.description":
        "Igalaw ang slider ng load, pagitan ng service at alert limit ng vibration; makikita "
        "ang mga alert na aaksyunan ng tao at ang gastos sa piso ng tatlong paraan ng "
        "maintenance; o i-load ang sariling sensor log ng makina ninyo.",
    "maintenance_simulator.audience": "mga supervisor, technician, trainer",
    "safety_triage.title": "Triage ng mga safety report",
    "safety_triage.description":
        "I-type ang near miss o aksidente (English o Taglish): makikita ang mungkahing hazard "
        "category, kumpirmahin ang HIRAC rating at i-save sa log ng pabrika, o i-import ang "
        "buong register; ang OSH committee ang magpapasya.",
    "safety_triage.audience": "mga manggagawa, supervisor, OSH committee",
    "trainer_dashboard.title": "Dashboard ng trainer",
    "trainer_dashboard.description":
        "Ang progreso ng klase sa bawat tanong, mga hint na ginamit, sino ang nahihirapan "
        "ngayon, mga marka.",
    "trainer_dashboard.audience": "mga trainer",
}

# Ang pag-share ng mga app sa klase sa network (IDs `app.gallery.access.<key>`).
ACCESS: dict[str, str] = {
    "share_heading": "Naka-share ang mga app sa network na ito. Kailangan ng link sa ibaba para "
                     "mabuksan ang mga ito.",
    "share_class": "Ito ang link na ibibigay mo sa mga participant: {url}",
    "share_trainer": "Ang sarili mong link, na nagbubukas din ng trainer dashboard (sa iyo lang "
                     "ito, huwag ipamigay): {url}",
    "share_stop": "Pindutin ang Ctrl+C para itigil ang pag-share.",
    "low_memory": "Kulang ang libreng memory: bubuksan ang apps nang walang preheated kernels "
                  "(kakain sana ito ng mga {mb} MB), kaya ilang segundo pang mas matagal bago "
                  "magbukas ang bawat app.",
    "token_too_short": "Masyadong maikli ang class code sa --token: gumamit ng kahit {n} na letra "
                       "o numero, o alisin ang --token at gagawa ng code para sa iyo.",
    "login_title": "Hingin sa trainer ang link ng klase",
    "login_text": "Naka-share ang mga app na ito sa isang klase. Buksan ang link na binigay ng "
                  "trainer mo, o i-type dito ang class code na nasa link na iyon.",
    "login_code": "Class code",
    "login_open": "Buksan ang mga app",
    "login_wrong": "Hindi gumana ang code na iyan. I-check sa trainer mo at subukan ulit.",
    "trainer_only_title": "Para sa trainer lang ang app na ito",
    "trainer_only_text": "Makikita sa trainer dashboard ang progress at grades ng buong klase, "
                         "kaya bubukas lang ito sa sariling link ng trainer.",
    "back": "Bumalik sa mga app",
}

SECTIONS: dict[str, dict[str, str]] = {"app.gallery": GALLERY, "app.gallery.access": ACCESS}
