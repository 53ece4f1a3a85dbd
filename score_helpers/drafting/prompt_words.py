"""The words the prompt grader (`prompt_parts.py`) reads, in English, Filipino and Taglish,
and the English of what it says back (`REASONS`; their Filipino is in
`score_helpers/i18n/fil_exercises_02.py`).

Each list names words that can *do* a part's job: a job title after "You are / Ikaw ang",
a document after "Write / Gumawa ng", a shape with a number or a framing word, a limit
followed by what it limits. The grader never counts one of these words on its own: each
rule in `prompt_parts.py` asks for the content around it. All words are lower case; the
grader lower-cases the prompt first and expands SMS spellings (`SMS`).
"""

from __future__ import annotations


def alternation(listed: str) -> str:
    """A regular-expression group matching any of the space-separated words ('_' = space)."""
    return "(?:" + "|".join(sorted((w.replace("_", r"\s+") for w in listed.split()),
                                   key=len, reverse=True)) + ")"


def words(listed: str) -> frozenset[str]:
    """The space-separated words of `listed`, as a set."""
    return frozenset(listed.split())


# SMS spellings a supervisor types, and what they stand for.
SMS: dict[str, str] = {
    r"\bpl[sz]\b|\bpakiusap\b": "please",
    r"\bu\s+r\b|\byou\s+r\b|\byoure\b|\bur\s+(?=(?:the|a|an|our|my)\b)": "you are ",
    r"\byour\s+(?=(?:the|a|an)\b)": "you are ",
    r"\bw/": "with ",
    r"\bb/?c\b": "because",
    r"\bdont\b|\bdo\s+n't\b": "don't",
    r"\bhwag\b|\b'?wag\b|\bhuwag\b": "huwag",
    r"\bikw\b": "ikaw",
    r"\b(?:yor|yuo|yu)\s+are\b": "you are",
}

# Function words and words that only announce a part: never "content" by themselves.
STOP = words("""
a an the of to in on at for and or but is are am was were be been it its this that these
those here there my our your you we i me us with from by as into per each please just also
then so if not no any all some very too really own about below above following attached see
check thanks thank ok okay sir maam ma'am hi hello good morning po ho
ang ng nang sa na mga ay si ni kay ko mo mong kang niya namin natin ninyo nila ito iyan iyon
yan yun yung ung yong ka ikaw kayo ako siya sila tayo kami lang lamang din rin naman pa kung para
kasi pero dahil may mayroon meron pag at o ba nga eh ha oo hindi di huwag paki pa-
role context task format constraint constraints rule rules facts fact details detail notes note
information info background konteksto detalye impormasyon patakaran sitwasyon
""")

# --- role: who the model should be -----------------------------------------------------------
ROLE_TRIGGER = alternation(
    "you_are you're you'll_be you_will_be act_as acting_as act_like pretend_to_be pretend_you_are "
    "imagine_you_are take_the_role_of play_the_role_of your_role_is role_is role: write_as "
    "writing_as speak_as be_our be_my be_the be_a be_an ikaw_ay ikaw_ang ikaw_si ikaw_yung "
    "ikaw_ung ikaw_yong ikaw_po_ay ikaw_po_ang ikaw_na_ang ikaw_ngayon_ang ikaw_ngayon_ay "
    "kayo_ay kayo_ang kunwari_ikaw magpanggap_kang magpanggap_ka gumanap_bilang bilang maging "
    "tungkulin_mo_ay papel_mo_ay")
DETERMINERS = words("a an the our my your isang ang si yung ung yong aming naming ating po "
                  "ngayon")
ROLE_HEADS = words("""
officer supervisor manager assistant writer secretary leader lead inspector expert specialist
coordinator trainer consultant engineer operator worker representative rep member clerk staff
head chair chairperson facilitator helper editor hr admin administrator foreman forelady
mechanic technician nurse teacher planner analyst advisor adviser instructor coach owner guard
driver committee team person oic president director accountant bookkeeper encoder timekeeper
checker qc qa ehs osh eit boss employer translator reporter copywriter chatbot bot agent tutor
mentor officer-in-charge spokesperson communicator
kalihim sekretarya tagapamahala katuwang katulong tagasulat manunulat pinuno superbisor
tagapagsanay tagapayo guro eksperto kinatawan miyembro kawani empleyado inhinyero mekaniko nars
tagapangulo may-ari amo bisor lider opisyal tagasalin tagapagsalita
""")
# Triggers that also mean something else ("bilang ng" = "the number of", "be a bit …"):
# these need a job title, not just any word after them.
HEAD_ONLY_TRIGGERS = words("bilang maging be_our be_my be_the be_a be_an as")
ROLE_STOPPERS = words("to going who that which kung")
NOT_A_ROLE = words("bahala best one only first last going able ready here there right wrong "
                 "sure free welcome done")

# --- task: the document or action asked for ---------------------------------------------------
TASK_VERB = alternation(
    "write wite wrtie draft prepare create make compose produce generate craft type put_together "
    "come_up_with turn convert rewrite summarise summarize translate give_me send_me need "
    "i_need we_need can_you_write help_me_write outline list "
    "gumawa gawa gawin gawan igawa pagawa pakigawa isulat sumulat magsulat sulatan pakisulat "
    "i-draft idraft mag-draft pa-draft pa_draft pakidraft paki-draft ibuod i-summarize "
    "i-summarise isalin i-translate ihanda maghanda bumuo buuin gawing kailangan pa-type "
    "ayusin")
ANY_OBJECT_VERBS = words("summarise summarize translate rewrite ibuod i-summarize i-summarise "
                       "isalin i-translate ayusin")
DOCUMENTS = alternation(
    "minutes minute memo memorandum notice announcement anunsyo anunsiyo paalala abiso "
    "patalastas letter liham sulat email e-mail message mensahe toolbox_talk talk speech report "
    "ulat summary buod procedure policy checklist list listahan plan action_plan agenda poster "
    "slogan reminder handover endorsement acknowledgement acknowledgment reply sagot tugon "
    "response post caption sop guide gabay instructions form schedule iskedyul invitation "
    "imbitasyon outline script bulletin circular advisory warning babala proposal request "
    "flyer leaflet sign signage talumpati newsletter notes_for minutes_of shift_handover "
    "summary_report")
# Typed slips of the commonest task verbs (one letter off), and real words that are not slips.
VERB_SLIPS = ("write", "draft", "gumawa", "isulat")
NOT_SLIPS = words("wrote white writ rite wright drift graft drafts gumana isulong")
TASK_LABEL = r"(?:task|gawain|trabaho mo)\s*:"

# --- format: the shape of the result --------------------------------------------------------
SHAPES = alternation(
    "bullet_points bullet_point bullets bullet bulleted numbered_list list listahan points "
    "headings heading headers header subheadings sections section titles title pamagat table "
    "tables talahanayan columns column paragraphs paragraph talata sentences sentence "
    "pangungusap words word salita pages page pahina steps step hakbang bold point_form "
    "bullet_form numbered bahagi parts")
COUNTED_SHAPES = words("points parts bahagi")   # a shape only with a number before it
FRAMING = words("""
in as with use using under into per each every format formatted short shorter brief max
maximum most least less than within up numbered bulleted separate own make give put start
end begin one two three four five six seven eight nine ten few a an
sa gamit gamitin may na-may lagyan hatiin naka bawat maikli maikling maiikli maiikling
isang dalawang tatlong apat na limang anim na pitong walong siyam na sampung ilang mga
hanggang hihigit lalampas lumampas lang
""")
FORMAT_LABEL = r"(?:format|formato|ayos|itsura|hitsura|layout)\s*:"
NUMBER_WORDS = alternation(
    "one two three four five six seven eight nine ten twelve fifteen twenty fifty hundred "
    "isa isang dalawa dalawang tatlo tatlong apat lima limang anim pito pitong walo walong "
    "siyam sampu sampung")
UNITS = alternation("words word salita bullets bullet points sentences sentence pangungusap "
                    "paragraphs paragraph talata pages page pahina headings heading lines "
                    "minutes minute minuto min mins items")

# --- constraints: a limit with content ------------------------------------------------------
LIMIT_OPENERS = alternation(
    "do_not don't never avoid no_need_to must_not mustn't should_not shouldn't cannot "
    "make_sure be_sure_to must_only only_use use_only just_use use_just stick_to keep_to "
    "limit_it_to limit_to leave_out exclude omit remove without no_more_than not_more_than "
    "no_longer_than at_most up_to max maximum keep_it_under keep_it_below keep_it_within "
    "keep_it_to keep_it_short keep_it_shorter_than keep_under keep_within "
    "huwag bawal iwasan hindi_dapat di_dapat hindi_pwede hindi_pwedeng hindi_puwede di_pwede "
    "walang hindi_hihigit di_hihigit hindi_lalampas huwag_lalampas siguraduhin siguraduhing "
    "tiyakin tiyaking tanggalin alisin dapat kung_walang kung_kulang kung_hindi_alam")
ONLY_FACTS = (r"\bonly\s+(?:the|these|this|what|from|use|my|our)\s+"
              r"|\b(?:facts?|detalye|impormasyon|nakasulat|ibinigay|binigay|nandito|nakalista)"
              r"\s+(?:\w+\s+){0,2}(?:lang|lamang)\b"
              r"|\bgamitin\s+(?:mo\s+)?(?:lang|lamang)\b"
              rf"|\b(?:\d+|{NUMBER_WORDS})\s+(?:\w+\s+)?{UNITS}\s+(?:lang|lamang)\b"
              r"|\bif\s+(?:\w+\s+){0,4}(?:missing|unclear|unsure|not\s+sure|not\s+given|unknown)"
              r"|\bto\s+confirm\b")
CONSTRAINT_LABEL = r"(?:constraints?|rules?|limits?|patakaran|bawal)\s*:"
# What a limit forbids, so "without …", "no …" and "walang …" count wherever they stand.
FORBIDDEN_OBJECTS = alternation(
    "names name pangalan blame blaming sisi sisihin sisisihin personal jargon guessing guess "
    "invented made-up deadlines numbers dates extra opinions sisihan")
IMPERATIVE_BEFORE = alternation("and but also then at pero tapos saka please just at_saka")
NO_EXCEPTIONS = words("one injuries injury accident accidents was were is are has had")

# --- context: the facts ---------------------------------------------------------------------
CONTEXT_CUE = alternation(
    "here_are here_is here's heres these_are context background facts fact details notes "
    "note information info situation what_happened konteksto sitwasyon detalye impormasyon "
    "ito_ang ito_yung ito_ung heto_ang heto_yung eto_ang eto_yung narito_ang nandito_ang "
    "ang_nangyari nangyari")
MONTHS = alternation(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec enero pebrero marso abril mayo hunyo "
    "hulyo agosto setyembre oktubre nobyembre disyembre")
DAYS = alternation(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri "
    "sat sun lunes martes miyerkules huwebes biyernes sabado linggo yesterday today tonight "
    "tomorrow kahapon kanina kagabi bukas noong nitong nakaraang nakaraan earlier "
    "last_week last_month last_night last_shift this_morning this_week")
EVENTS = words("""
was were had got broke broken fell hit cut came went left took ran said told saw found caught
burnt stopped happened occurred nearly almost injured slipped tripped spilled leaked damaged
reported complained agreed decided missed late absent jammed failed rejected down
nangyari muntik mabangga nabangga nadulas nahulog nasira sira nasugatan naaksidente nagreklamo
nag-reklamo napagkasunduan nagkasundo napag-usapan pinag-usapan tumagas huminto naputol
bumaba tumaas na-reject nag-jam na-late lumiban nag-file natanggap nagkaroon naantala
nawala nasunog napaso naipit
""")
NOT_EVENTS = words("""
speed proceed exceed succeed indeed hundred shred breed greed need feed seed needed based given
used added invented listed stated provided mentioned numbered bulleted
detailed limited related required asked called named attached formatted checked signed
""")


REASONS_PREFIX = "02_document_drafting.message."   # their string-table IDs
# What the grader says: what it found, or what to add when a part is missing or bare.
REASONS: dict[str, str] = {
    "prompt_found": "Found: “{evidence}”",
    "prompt_role_missing": "Say who the AI should be: a job in your workplace, after 'You "
                           "are …' or 'Ikaw ang …'.",
    "prompt_role_bare": "You started the role but did not say who. Name the job the AI "
                        "writes as.",
    "prompt_context_missing": "Give the AI the facts it cannot know: what happened, where, "
                              "when and how many.",
    "prompt_context_bare": "You announced the facts but gave none. Add what happened, where, "
                           "when and how many.",
    "prompt_task_missing": "Say which document to write: minutes, a memo, a notice, a letter, "
                           "a toolbox talk…",
    "prompt_task_bare": "You asked the AI to write, but not what. Name the document.",
    "prompt_format_missing": "Say how the document should look: bullet points, headings, "
                             "paragraphs, a table, or how many words.",
    "prompt_format_bare": "A word such as 'bullet' on its own is not a format. Say how many "
                          "bullets or paragraphs, which headings, or how many words.",
    "prompt_constraints_missing": "Give the AI a rule to keep: what it must not add, or which "
                                  "facts it may use.",
    "prompt_constraints_bare": "Your rule stops halfway. Finish it: what must the AI not do?",
}


__all__ = ["REASONS", "REASONS_PREFIX", "alternation", "words"]
