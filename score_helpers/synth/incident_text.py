"""The words of the incident reports: templates per hazard category and the slot values
that fill them, in English and Taglish, as workers write on a report form.

"nm" templates describe a near miss (nobody hurt); "inj" templates an injury. A slot such
as {machine} is filled from the factory's list first, then from the common list.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "slip_trip_fall": {
        "nm": (
            "Muntik madulas {who} sa {place} kasi basa ang sahig, walang warning sign.",
            "{who_en} almost slipped on {spill} near {line}. No wet floor sign posted.",
            "Halos madapa {who} sa nakausling {trip} sa {place}, buti nakakapit sa rack.",
            "Tripped over a loose {trip} at the {place} {when_en} but did not fall.",
            "Madulas ang hagdan papuntang {place}, may tumapong {spill}. Muntik na ako mahulog.",
            "Almost fell on the stairs near the {place}, the handrail is loose.",
        ),
        "inj": (
            "Nadulas {who} sa wet floor near {line}, walang warning sign. Masakit ang {fall_tl}.",
            "Slipped on {spill} in the {place} {when_en} and hurt {pos} {fall_en}.",
            "Natapilok sa {trip} sa {place} {when_tl}, namaga ang bukung-bukong.",
            "{who_en} tripped on a {trip} left in the aisle and fell, injured {pos} {fall_en}.",
            "Nahulog sa hagdan ng {place} {when_tl}, napilay ang {fall_tl} {whose}.",
        ),
    },
    "caught_in_machinery": {
        "nm": (
            "Muntik maipit ang daliri {whose} sa {machine}, tinanggal kasi yung guard.",
            "Guard of the {machine} was removed and {who_en} reached in while it was running. "
            "Stopped in time.",
            "Hair of {who_en} almost got caught in the rotating part of the {machine}.",
            "Biglang nag-start ang {machine} habang nililinis, walang lockout tag.",
            "Sleeve almost pulled into the belt of the {machine} at {line}.",
        ),
        "inj": (
            "Naipit ang {hand_tl} {whose} sa {machine} habang inaayos ang jam.",
            "{who_en} got {pos} finger caught in the {machine} while clearing a jam, machine "
            "was not switched off.",
            "Finger pinched between the rollers of the {machine}, sent to the clinic.",
            "Naipit sa belt ng {machine}, walang guard. Dinala sa clinic.",
            "Caught {pos} hand in the moving parts of the {machine} during cleaning, no lockout.",
        ),
    },
    "cut_sharp": {
        "nm": (
            "May nakakalat na {sharp} sa {place}, muntik matusok {who}.",
            "Found a broken {sharp} on the work table at {line}, nobody hurt.",
            "Walang cover ang {sharp}, iniwan lang sa {place}.",
            "Almost cut {pos} hand with the {sharp}, cut-resistant gloves not available.",
        ),
        "inj": (
            "Natusok ng {sharp} ang daliri {whose} {when_tl}.",
            "Cut {pos} {hand_en} on the {sharp} while {task}. Bandaged at the clinic.",
            "{who_en} got a deep cut from the {sharp}, needed stitches.",
            "Nahiwa ang daliri sa {sharp}, dumugo. Walang gloves.",
            "Nasugatan ang kamay {whose} sa {sharp} habang {task_tl}.",
        ),
    },
    "electrical": {
        "nm": (
            "May spark sa {outlet} sa {place} nung sinaksak ang {device}.",
            "Exposed wire on the {device} at {line}, reported to maintenance.",
            "Overloaded na extension cord sa {place}, mainit na yung plug.",
            "Panel board left open near the {place}, wires exposed, no danger sign.",
            "Water dripping near the {outlet} in the {place} after the heavy rain.",
            "Sira ang saksakan ng {device}, nakalabas ang wire.",
        ),
        "inj": (
            "Nakuryente {who} habang inaayos ang {device}, nanginig ang kamay.",
            "Minor electric shock from the {device} at {line}, worker sent to the clinic.",
            "{who_en} got a shock touching the {outlet} with wet hands.",
            "Na-shock sa {device} kasi walang ground, nahilo ng konti.",
        ),
    },
    "chemical": {
        "nm": (
            "Walang label ang lalagyan ng {chem} sa {place}.",
            "{chem} spilled on the floor of the {place}, no spill kit available.",
            "Strong smell of {chem} in the {place}, exhaust fan not working.",
            "Nakabukas ang drum ng {chem}, walang takip, malapit sa {line}.",
            "{chem} stored beside the drinking water in the {place}.",
        ),
        "inj": (
            "Natalsikan ng {chem} ang mata {whose}, walang goggles.",
            "Splash of {chem} hit {pos} eye while pouring. Flushed at the eyewash station.",
            "Nahilo {who} dahil sa amoy ng {chem} sa {place}.",
            "Skin rash on {pos} hands after handling {chem} without gloves.",
            "{who_en} felt dizzy after inhaling {chem} fumes, brought to the clinic.",
        ),
    },
    "fire_hot_surface": {
        "nm": (
            "Umusok ang {hot} sa {line}, pinatay agad.",
            "Dust and lint building up near the {hot}, could catch fire.",
            "Expired na ang fire extinguisher sa {place} at may nakaharang pa.",
            "{hot} left switched on during break, very hot and nobody around.",
            "Muntik mapaso sa {hot} kasi walang heat-resistant gloves.",
        ),
        "inj": (
            "Napaso ang {hand_tl} {whose} sa {hot}.",
            "Burn on {pos} {hand_en} from the {hot} {when_en}, first aid given.",
            "Natalsikan ng {splash} {who} sa {place}, may paltos.",
            "{who_en} touched the {hot} by accident and got a blister.",
            "Small fire at the {hot}, {who_en} burned {pos} hand putting it out.",
        ),
    },
    "ergonomic_manual_handling": {
        "nm": (
            "Masyadong mabigat ang {load} na binubuhat {whose}, walang trolley.",
            "Workers at {line} stand the whole shift without anti-fatigue mats, many "
            "complain of back pain.",
            "Sira ang upuan sa {line}, nakabaluktot ang operator buong shift.",
            "Nakayuko buong araw sa {station} kasi mababa ang mesa.",
            "Lifting {load} above shoulder height to the top rack in the {place}.",
        ),
        "inj": (
            "Sumakit ang likod {whose} matapos buhatin ang {load}.",
            "Back strain from lifting {load} alone in the {place}.",
            "{who_en} reported wrist pain from repetitive {repetitive} at {line}.",
            "Namanhid ang kamay at braso sa paulit-ulit na {repetitive_tl}.",
            "Pulled a muscle in {pos} shoulder while moving {load}, no trolley available.",
        ),
    },
    "falling_object": {
        "nm": (
            "Nahulog ang {obj} mula sa rack sa {place}, muntik tamaan {who}.",
            "{obj} fell from the top shelf in the {place}, luckily nobody below.",
            "Overloaded ang rack sa {place}, nakatagilid na ang mga kahon.",
            "Tools left on top of the {machine}, could fall on the operator.",
            "A {obj} slid off the stack near {line} while being moved.",
        ),
        "inj": (
            "Tinamaan sa ulo {who} ng nahulog na {obj}.",
            "{obj} fell on the foot of {who_en} in the {place}, no safety shoes.",
            "Hit on the head by a {obj} falling from the rack {when_en}.",
            "Nabagsakan ng {obj} ang paa {whose} habang nag-aayos ng stocks.",
        ),
    },
    "ppe_noncompliance": {
        "nm": (
            "Hindi naka-{ppe} {who} sa {place}.",
            "Several workers at {line} not wearing {ppe} {when_en}.",
            "Walang stock ng {ppe} sa stockroom kaya walang suot ang iba.",
            "Supervisor allowed work without {ppe} to catch up with the output.",
            "{who_en} removed {pos} {ppe} because it is hot and uncomfortable.",
            "Sira na ang {ppe} pero ginagamit pa rin.",
        ),
        "inj": (
            "Walang {ppe} {who} kaya nasugatan ang {part_tl}.",
            "Worker not wearing {ppe} got a minor injury on {pos} {part_en}.",
        ),
    },
    "housekeeping": {
        "nm": (
            "Makalat sa {place}, nakaharang ang {clutter} sa daanan.",
            "Emergency exit near {line} blocked by {clutter}.",
            "Aisle in the {place} full of {clutter}, hard to pass {when_en}.",
            "Hindi nalinis ang {place} after shift, tambak ang {clutter}.",
            "5S not followed at {line}: {clutter} everywhere, tools not in their place.",
            "Basura sa tabi ng {machine}, hindi naitapon.",
        ),
        "inj": (
            "Natisod sa {clutter} na nakakalat sa {place}, nagasgas ang {part_tl}.",
            "Bumped {pos} {part_en} on {clutter} piled in the walkway.",
        ),
    },
    "vehicle_forklift": {
        "nm": (
            "Muntik masagasaan ng {vehicle} {who} sa {vplace}.",
            "{vehicle} reversing without horn or spotter at the {vplace}.",
            "{vehicle} driven too fast in the aisle {when_en}.",
            "Walang pedestrian lane sa {vplace}, halo ang tao at {vehicle}.",
            "Load on the {vehicle} was not secured and almost fell.",
        ),
        "inj": (
            "Nasagi ng {vehicle} ang {part_tl} {whose} sa {vplace}.",
            "The foot of {who_en} was run over by a {vehicle} at the {vplace}.",
            "Naipit ang kamay sa pagitan ng {vehicle} at pader sa {vplace}.",
        ),
    },
    "other": {
        "nm": (
            "May nakitang ahas sa {place} malapit sa drainage.",
            "Ceiling leak above {line} during the heavy rain.",
            "Stray dog got inside the {place}.",
            "Brownout {when_en}, the emergency lights did not turn on.",
            "Maraming lamok sa {place}, baka may dengue.",
        ),
        "inj": (
            "Nahimatay {who} sa {place}, baka dahil sa init.",
            "Worker stung by a wasp near the {place}.",
            "{who_en} fainted during the morning huddle, brought to the clinic.",
            "Nakagat ng aso sa parking area pagpasok sa trabaho.",
        ),
    },
}

# Tagalog subject / possessive pairs: "{who}" and "{whose}" in one report mean one person.
WHO_TL: tuple[tuple[str, str], ...] = (
    ("si kuya", "ni kuya"), ("si ate", "ni ate"), ("ang operator", "ng operator"),
    ("yung helper", "nung helper"), ("yung bagong hire", "nung bagong hire"),
    ("yung trainee", "nung trainee"), ("si Jun", "ni Jun"), ("si Weng", "ni Weng"),
    ("si Boyet", "ni Boyet"), ("si Tess", "ni Tess"), ("ang kasama ko", "ng kasama ko"),
)

COMMON: dict[str, tuple[str, ...]] = {
    "who_en": ("a co-worker", "the operator", "the helper", "a new hire", "a trainee",
               "the line leader", "the QC inspector", "one of the packers"),
    "pos": ("his", "her", "the"),
    "part_en": ("hand", "finger", "foot", "knee", "arm", "forehead", "elbow"),
    "part_tl": ("kamay", "daliri", "paa", "tuhod", "braso", "noo", "siko"),
    "hand_en": ("hand", "finger", "thumb", "palm", "wrist", "forearm"),
    "hand_tl": ("kamay", "daliri", "hinlalaki", "palad", "braso"),
    "fall_en": ("knee", "ankle", "back", "hip", "elbow", "wrist"),
    "fall_tl": ("tuhod", "balakang", "likod", "siko", "pulso", "bukung-bukong"),
    "when_en": ("during the first shift", "around 10 am", "after lunch", "during overtime",
                "at the start of the shift", "before the break", "around 3 pm"),
    "when_tl": ("kaninang umaga", "pagkatapos mag-lunch", "bandang alas-tres",
                "habang nag-o-overtime", "bago mag-break", "kanina", "nung simula ng shift"),
    "place": ("hallway", "warehouse", "stockroom", "loading bay", "stairway landing"),
    "spill": ("water", "spilled oil", "soapy water"),
    "trip": ("extension cord", "hose", "pallet", "carton box", "loose floor tile", "cable"),
    "outlet": ("outlet", "extension cord", "panel board", "wall switch", "plug"),
    "vehicle": ("forklift", "pallet jack", "delivery truck", "push cart"),
    "vplace": ("loading bay", "warehouse", "receiving area", "parking area"),
    "ppe": ("gloves", "safety shoes", "face mask", "ear plugs", "safety glasses"),
}

FACTORY: dict[str, dict[str, tuple[str, ...]]] = {
    "garments": {
        "machine": ("sewing machine", "overlock machine", "cutting machine",
                    "button attaching machine", "bartack machine"),
        "sharp": ("needle", "scissors", "cutter blade", "straight knife", "thread cutter"),
        "task": ("cutting fabric", "changing the needle", "trimming threads"),
        "task_tl": ("nagpuputol ng tela", "nagpapalit ng karayom", "nagtri-trim ng sinulid"),
        "device": ("steam iron", "sewing machine motor", "electric fan", "heat press"),
        "chem": ("stain remover", "spot-cleaning solvent", "machine oil", "fabric dye"),
        "hot": ("steam iron", "fusing machine", "boiler pipe", "heat press"),
        "splash": ("mainit na steam", "mainit na tubig"),
        "load": ("roll of fabric", "bundle of cut pieces", "carton of finished shirts"),
        "repetitive": ("sewing", "trimming", "folding"),
        "repetitive_tl": ("pagtatahi", "pag-trim", "pagtutupi"),
        "station": ("cutting table", "folding table", "sewing station"),
        "obj": ("roll of fabric", "box of thread cones", "carton of polo shirts", "spool"),
        "clutter": ("fabric scraps", "empty cartons", "thread cones", "bundles"),
        "place": ("cutting section", "sewing area", "finishing area", "fabric store"),
        "ppe": ("finger guard", "face mask", "needle guard", "ear plugs"),
        "spill": ("machine oil", "water"),
    },
    "food": {
        "machine": ("slicer", "peeling machine", "conveyor", "sealing machine", "mixer"),
        "sharp": ("knife", "slicer blade", "peeler blade", "box cutter"),
        "task": ("slicing bananas", "peeling mangoes", "opening sacks"),
        "task_tl": ("naghihiwa ng saging", "nagbabalat ng mangga", "nagbubukas ng sako"),
        "device": ("sealer", "electric fan", "dryer", "weighing scale"),
        "chem": ("caustic soda", "chlorine sanitizer", "degreaser", "sodium metabisulfite"),
        "hot": ("fryer", "dryer", "steam kettle", "sealing bar", "oven"),
        "splash": ("mainit na mantika", "kumukulong syrup"),
        "load": ("sack of sugar", "crate of bananas", "box of finished packs",
                 "basket of mangoes"),
        "repetitive": ("slicing", "packing", "sealing"),
        "repetitive_tl": ("paghihiwa", "pag-iimpake", "pag-seal"),
        "station": ("slicing table", "packing table", "sorting table"),
        "obj": ("crate of bananas", "sack of sugar", "box of packaging film", "tray"),
        "clutter": ("empty crates", "banana peels", "sacks", "trays"),
        "place": ("prep area", "frying area", "packing room", "cold storage", "wash area"),
        "ppe": ("hairnet", "gloves", "apron", "rubber boots"),
        "spill": ("cooking oil", "syrup", "banana peel", "water"),
    },
    "electronics": {
        "machine": ("conveyor", "pick-and-place machine", "crimping machine", "cutting press",
                    "wave solder conveyor"),
        "sharp": ("wire cutter", "PCB edge", "box cutter", "lead trimmer"),
        "task": ("trimming leads", "stripping wires", "opening boxes"),
        "task_tl": ("nagti-trim ng leads", "nagbabalat ng wire", "nagbubukas ng kahon"),
        "device": ("soldering station", "test jig", "power supply", "hot air gun"),
        "chem": ("flux", "isopropyl alcohol", "solder paste", "conformal coating", "thinner"),
        "hot": ("soldering iron", "reflow oven", "hot air gun", "solder pot"),
        "splash": ("tunaw na solder", "mainit na flux"),
        "load": ("box of PCBs", "reel cart", "carton of wire harnesses"),
        "repetitive": ("soldering", "crimping", "inspection under the magnifier"),
        "repetitive_tl": ("pagsosolder", "pag-crimp", "pag-inspect sa magnifier"),
        "station": ("soldering station", "inspection table", "crimping bench"),
        "obj": ("box of components", "reel", "toolbox", "carton"),
        "clutter": ("empty reels", "cartons", "wire scraps", "trays"),
        "place": ("SMT area", "assembly area", "testing bay", "stockroom"),
        "ppe": ("ESD wrist strap", "safety glasses", "gloves", "face mask"),
        "spill": ("flux", "water"),
    },
}

OPENERS = ("", "", "", "", "", "Report: ", "FYI ", "Good day. ", "Sir/Ma'am, ")
OPENER_BY_KIND = {"nm": "Near miss: ", "inj": "Incident: "}
CLOSERS = ("", "", "", "", " Pakiayos po.", " Please check.", " For action ng maintenance.",
           " Reported to the supervisor.", " Sana maaksyunan agad.", " Paki-follow up po.",
           " Discussed in the toolbox talk.")
AREAS = ("Warehouse", "Loading bay", "Canteen", "Stockroom", "Parking area")
