"""Swedish meeting vocabulary: months, parties, roles, organs that decide, decision verbs and the
status each gives, attendance labels, and the words a query uses for a status.

Written from how kommuner, regioner, förbund and föreningar phrase decisions (see SWEDISH.md), never
from one organisation's names. Ingest (arkiv.ingest.extract) and the query parser both read it.
"""

from __future__ import annotations

import re

from arkiv.schema import DecisionStatus

MONTHS = {
    name: number
    for number, name in enumerate(
        "januari februari mars april maj juni juli augusti september oktober november december".split(), 1
    )
}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "okt": 10, "nov": 11, "dec": 12}
# Associations (student and hobby societies) sometimes keep their minutes in English.
ENGLISH_MONTHS = {"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
                  "october": 10}

# ---------------------------------------------------------------- parties
# One party grammar for ingest and queries. The parties of the Riksdag, and Folkpartiet (FP), as
# protocols before 2015 write Liberalerna. Protocols write them in upper or lower case ("(S)", "(s)",
# "(kd)"), after the name or, in election lists, before it ("(MP) Jonas Berg"). Local parties are two
# to five capitals ("(SPI)", "(ÖP)"), which is also how an organisation is shortened ("(FK)",
# "(AF)"): see is_local_party.
PARTIES = ("S", "M", "SD", "MP", "C", "L", "KD", "V")
HISTORICAL_PARTIES = ("FP",)
_PARTY_ABBREVIATIONS = {p.lower(): p for p in PARTIES + HISTORICAL_PARTIES}
# an abbreviation as a regular expression: all upper or all lower case, never "Kd"
PARTY = r"(?:" + "|".join(sorted(PARTIES + HISTORICAL_PARTIES, key=len, reverse=True)) + r"|" + "|".join(
    sorted(_PARTY_ABBREVIATIONS, key=len, reverse=True)) + r")"
# "(S)", "( kd )": a party in parentheses, group 1 the abbreviation as written
PARTY_IN_PARENS = re.compile(r"\(\s*(" + PARTY + r")\s*\)")
# "(SPI)", "(Kb)", "(F)": capitals, or a capital and one letter (no place or organisation is that short)
_LOCAL_PARTY = re.compile(r"[A-ZÅÄÖ]{1,5}|[A-ZÅÄÖ][a-zåäö]")

# The parties written out: "Anna Ek (Socialdemokraterna)" is (S)
PARTY_NAMES = {
    "socialdemokraterna": "S", "moderaterna": "M", "sverigedemokraterna": "SD", "miljöpartiet": "MP",
    "centerpartiet": "C", "liberalerna": "L", "kristdemokraterna": "KD", "vänsterpartiet": "V",
    "folkpartiet": "FP", "folkpartiet liberalerna": "FP",
}
# Titles written as acronyms ("Eva Lund, MAS", "Per Ny (tf. VD)"): medicinskt ansvarig sjuksköterska,
# för rehabilitering, verkställande direktör, studiesocial ansvarig (SAMO). A title, never a party
# or an organisation; "tf." (tillförordnad) may stand before it.
TITLE_ACRONYM = re.compile(r"(?:t\.?\s?f\.?\s*)?(?:MAS|MAR|MAP|MAS/MAR|VD|vVD|SAMO|DSO|HR-chef|IT-chef)")
# Trade unions and employee organisations as delegates to a samverkan or a board name them
# ("Eva Ek (Vision)", "Per Ny (LR)", "Olle Berg (Kommunal)"): an organisation, never a party, however
# short. National organisations of the Swedish labour market, not any one organisation's partners.
UNIONS = frozenset(
    name.replace("_", " ")
    for name in """
    Kommunal Vision LR Lärarförbundet Sveriges_Lärare SSR Akademikerförbundet_SSR Saco SACO TCO LO Unionen
    Ledarna Polisförbundet ST Vårdförbundet Läkarförbundet DIK Naturvetarna Fysioterapeuterna Byggnads Seko
    Handels HRF Livs Målarna Transport Elektrikerförbundet Finansförbundet Officersförbundet Akavia Jusek
    Journalistförbundet Sveriges_Ingenjörer Civilekonomerna Sveriges_Arkitekter Fastighets GS IF_Metall SKR
    """.split()
)


def party_of(text: str) -> str | None:
    """The party a parenthesis names, by abbreviation in either case or written out, canonical
    upper case ("s" → "S", "fp" → "FP"), or None."""
    text = " ".join(text.split())
    if re.fullmatch(PARTY, text):
        return _PARTY_ABBREVIATIONS[text.lower()]
    return PARTY_NAMES.get(text.lower())


def is_party(text: str) -> bool:
    return party_of(text) is not None


def is_title_acronym(text: str) -> bool:
    return bool(TITLE_ACRONYM.fullmatch(" ".join(text.split())))


def is_local_party(text: str, political: bool) -> bool:
    """Capitals in parentheses after a name are a local party only among politicians: in a
    document where Riksdag parties are written too, and never a union's short name ("(LR)") nor
    a title ("(MAS)")."""
    return (political and bool(_LOCAL_PARTY.fullmatch(text)) and not is_party(text) and text not in UNIONS
            and not is_title_acronym(text))


# Titles that name a person's function. Suffixes cover compounds such as "kommunekonom",
# "verksamhetsledare", "samhällsbyggnadschef", "hamningenjör".
_ROLE_SUFFIXES = (
    "ordförande", "ordföranden", "ledamot", "ersättare", "sekreterare", "justerare", "justerande",
    "chef", "chefen", "ekonom", "revisor", "kassör", "ledare", "samordnare", "koordinator",
    "ingenjör", "direktör", "strateg", "handläggare", "controller", "ansvarig", "administratör",
    "assistent", "coach", "utvecklare", "konsult", "analytiker", "jurist", "arkitekt", "inspektör",
    "rektor", "kanslist", "registrator", "justeringsperson", "rösträknare", "suppleant",
    "ombud", "antecknare", "innehavare", "ägare", "kommunikatör", "sakkunnig", "notarie", "kamrer", "skattmästare",
    "justeringsman", "justeringsmän", "revisorer", "suppleanter", "ledamöter", "prefekt", "sammankallande",
    "politiker", "fastighetsägare", "markägare", "revisorn", "kassören", "sekreteraren", "ledamoten",
    "justeringspersoner", "sökande", "sökanden", "protokollförare", "protokollförande", "valberedare", "tränare", "föredragande",
    "ombudsman", "ombudsmän", "motionär", "kontaktperson", "talesperson", "förvaltare", "tjänsteperson",
    "kommunalråd", "kommunalrådet", "regionråd", "regionrådet", "oppositionsråd", "oppositionsrådet",
    "företrädare",  # "personalföreträdare", "arbetstagarföreträdare"
    # the Church of Sweden's posts as a kyrkoråd or kyrkofullmäktige lists them ("Kyrkoherde: Per Ny",
    # "Eva Ek, komminister"); "kyrkvärd" is an elected member's charge. Not "kantor", "präst" or
    # "pastor": they are surnames too ("Eva Kantor")
    "kyrkoherde", "komminister", "diakon", "kyrkvärd",
    # who sits on a council for a group: "elevrepresentant", "brukarrepresentant", and in a skolråd or
    # föräldraråd the parents ("Karl Ek (vårdnadshavare)")
    "representant", "vårdnadshavare",
    # who runs the houses and the premises: "bovärd", "husvärd", "fastighetsskötare", "vaktmästare",
    # "fastighetstekniker"
    "värd", "skötare", "vaktmästare", "tekniker",
    # a university's posts ("Dekan Eva Ek", "prodekan Per Holm", "universitetslektor Lisa Sund")
    "dekan", "professor", "lektor", "docent", "adjunkt", "doktorand",
    # a choir's or an orchestra's leader ("Per Holm Dirigent/Körledare")
    "dirigent",
    # a school's staff ("IKT-pedagog", "specialpedagog", "förskollärare", "skolkurator")
    "pedagog", "lärare", "kurator",
    # Finland-Swedish meeting functions: "röstgranskare" (rösträknare), "protokollskrivare"
    "granskare", "skrivare",
    # a club's posts: "hamnkapten", "lagkapten"
    "kapten",
)
# a title in the definite form too: "Valsamordnaren", "Ekonomen", "Handläggaren"
ROLE_TOKEN = r"(?i)^[a-zåäöé-]*(?:" + "|".join(_ROLE_SUFFIXES) + r")(?:n|en)?$"
_ROLE_TOKEN_RE = re.compile(ROLE_TOKEN)
_INDEFINITE_ROLE = re.compile(r"(?i)^[a-zåäöé-]*(?:" + "|".join(_ROLE_SUFFIXES) + r")$")
ROLE_CANONICAL = {
    "protokollförande": "protokollförare",  # "Eva Ek väljs till protokollförande"
    "ordföranden": "ordförande",
    "ordförandes": "ordförande",
    "ledamöter": "ledamot",
    "närvarande styrelseledamöter": "ledamot",
    "adjungerad": "adjungerad",
    "adjungerade": "adjungerad",
    "ej tjänstgörande ersättare": "ersättare",
    "justerande": "justerare",
    "justeringsperson": "justerare",
    "justeringspersoner": "justerare",
    "protokolljusterare": "justerare",
    "justeringsman": "justerare",
    "justeringsmän": "justerare",
    "förbundschefen": "förbundschef",
    "revisorer": "revisor",
    "suppleanter": "suppleant",
    "revisorn": "revisor",
    "kassören": "kassör",
    "sekreteraren": "sekreterare",
    "ledamoten": "ledamot",
    "sökanden": "sökande",
    "regionrådet": "regionråd",
    "kommunalrådet": "kommunalråd",
    "oppositionsrådet": "oppositionsråd",
}


# Titles as associations shorten them: "Anna Ek (ordf)", "Per Ny (sekr.)", "Eva Ås (v. ordf)"
ROLE_ABBREVIATIONS = {"ordf": "ordförande", "sekr": "sekreterare", "ledam": "ledamot", "suppl": "suppleant",
                      "ers": "ersättare", "v": "vice"}


def _expand_abbreviations(role: str) -> str:
    words = [ROLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in role.replace(".", ". ").split()]
    return " ".join(words) if words[-1:] and words[-1] in ROLE_ABBREVIATIONS.values() else role


def canonical_role(text: str | None) -> str | None:
    if not text:
        return None
    if is_title_acronym(text):
        return " ".join(text.split())  # "MAS", "tf. VD": kept as written
    role = _expand_abbreviations(" ".join(text.lower().split()).strip(" ,.:;"))
    if role.endswith("ledamöter"):  # "styrelseledamöter", "ordinarie ledamöter"
        role = role.removesuffix("ledamöter") + "ledamot"
    if role.endswith("suppleanter"):  # "styrelsesuppleanter", "revisorssuppleanter"
        role = role.removesuffix("er")
    if role in ROLE_CANONICAL:
        return ROLE_CANONICAL[role]
    words = role.split()
    if words and words[-1].endswith("n"):  # "valsamordnaren" → "valsamordnare", "ekonomichefen" → "ekonomichef"
        for ending in ("en", "n"):
            if _INDEFINITE_ROLE.match(words[-1].removesuffix(ending)):
                words[-1] = words[-1].removesuffix(ending)
                break
    return " ".join(words) or None


def is_role_word(token: str) -> bool:
    return bool(_ROLE_TOKEN_RE.match(token))


def is_role_abbreviation(token: str) -> bool:
    """ "ordf", "sekr.": a title shortened, read only beside a name ("ers." is also ersättning)."""
    return token.lower().rstrip(".") in ROLE_ABBREVIATIONS and token.lower().rstrip(".") != "v"


# Any organ, committee or assembly in the definite form, compounds included: "Kommunstyrelsen",
# "Arbetsutskottet", "Kommunfullmäktige", "Direktionen", "Årsstämman", "Mötet", "Kommunstyrelsens
# arbetsutskott", "Barn- och utbildningsnämnden". Revisorer and valberedning only recommend, so
# "Valberedningen föreslog …" is no decision of the meeting.
# An election written in the passive: "valdes", "omvaldes", "nyvaldes", "väljs", "utsågs", "utses"
ELECTED_PASSIVE = r"(?:om|ny)?(?:valdes|väljs|utsågs|utses)"

ORGAN = (
    r"(?:[\wåäöÅÄÖ-]+s\s+(?:arbetsutskott|presidium)(?:et)?|"
    r"(?:[\wåäöÅÄÖ]+-\s+och\s+)?[\wåäöÅÄÖ-]*(?:nämnden|styrelsen|utskottet|fullmäktige|direktionen|stämman|"
    r"mötet|presidiet|kommittén|rådet|församlingen|sammanträdet|arbetsgruppen|styrgruppen|referensgruppen|regeringen))"
)

# Finite and infinitive verb forms naming what is done to the matter, by status.
_MATTER_VERBS = [
    (DecisionStatus.ATERREMITTERAD, r"återremitter\w*|återremiss\w*"),
    # a matter put off is tabled ("Frågan skjuts upp till nästa möte"); a meeting or a plan moved to
    # a later date is decided ("Årsmötet skjuts fram till hösten", "Inköpet skjuts upp till 2026")
    (DecisionStatus.BORDLAGD, r"bordl[äa]g\w*|bordlade\w*|bordläggning\w*|skjuter upp|sköt upp|uppskjut\w*|avvakta(?:r|de)? med|"
     r"(?:frågan|frågorna|ärendet|ärendena|punkten|beslutet|diskussionen|behandlingen|motionen|förslaget|"
     r"beslut|(?:denna|detta|dessa)\s+(?:punkt|fråga|frågor|ärende|ärenden))(?:\s+\S+){0,4}?\s+(?:skjuts|sköts) (?:upp|fram)|"
     r"^(?:skjuts|sköts) upp"),
    (
        DecisionStatus.AVSLAGEN,
        r"avslå\w*|avslog\w*|avslag(?:es|its|s)?|(?:förslaget|yrkandet|motionen)\s+(?:föll|faller)|nekar|nekade|godkänner inte|godkänns inte|godkändes inte|"
        r"inte godkänna|ej godkänna|beviljas inte|inte bevilja|ej bevilja",
    ),
    (DecisionStatus.AVSKRIVEN, r"avskriv\w*|avskrevs|skrivs av|skrevs av|avskrivning\w*"),
    (DecisionStatus.BESVARAD, r"(?:anses?|anses vara|är) besvarad[et]?|anse[rs]?\s+(?:[\wåäö-]+\s+){1,3}?(?:vara\s+)?besvarad[et]?|besvarad[et]? med\b|besvaras|besvarades|besvarar|besvarade"),
    # sent on to someone else to act: "Förslaget lämnas till valberedningen", "Yttrandet översänds till …"
    # referred: "Frågan hänskjuts till årsmötet", "Styrelsen hänsköt ärendet till stämman"
    (DecisionStatus.OVERLAMNAD, r"(?:över)?lämnas (?:över )?till (?!handlingarna)|översänds till|överlämnas|hänskjut\w*|hänsköt\w*"),
]
STATUS_VERBS = [(status, re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)) for status, words in _MATTER_VERBS]

# A procedural motion the organ rejects ("avslår yrkandet om återremiss", "med avslag på Anna Eks
# yrkande om bordläggning", "återremissyrkandet avslås") says nothing of what happens to the matter.
_PROCEDURAL = r"(?:återremi\w*|bordl[äa]g\w*|ajourn\w*|uppskjut\w*)"
_PROCEDURAL_MOTION = (
    r"(?:[\wåäö]*yrkande\w*\s+om\s+(?:att\s+)?" + _PROCEDURAL + r"(?:\s+ärendet)?|" + _PROCEDURAL + r"yrkande\w*)"
)
REJECTED_MOTION = re.compile(
    r"\b(?:avslå\w*|avslog|(?:med )?avslag på)\s+(?:[\wåäöÅÄÖ()-]+\s+){0,4}?" + _PROCEDURAL_MOTION
    + r"|\b" + _PROCEDURAL_MOTION + r"\s+(?:avslås|avslogs|faller|föll)\b",
    re.IGNORECASE,
)

# The organ proposes to another organ ("Kommunstyrelsen föreslår kommunfullmäktige besluta att",
# "Nämnden beslutar att föreslå …", "överlämnar ärendet till …"): its decision is to pass it on.
PROPOSES = re.compile(
    r"^\s*(?:" + ORGAN + r"(?:\s+\S+){0,2}?\s+(?:(?:beslutar|beslöt|beslutade)\s+(?:att\s+)?)?|att\s+)"
    r"(?:föreslå[rs]?|föreslog|hemställ\w*|överlämna[rs]?|överlämnade)\b",
    re.IGNORECASE,
)
NOTED = re.compile(
    r"till handlingarna|\bt\.?\s?handl\b|(?:läggs|lades|anmäls|anmäldes|noteras|noterades) till protokollet|\bnoterar|\bnotera\b|\bnoteras|\bnoterades|\bnoterad\b|\bnoterat\b|tar del av|tagit del av|\bantecknar|\banteckna(?:s|des)?\b|"
    r"\bfår informationen|informationen (?:noteras|godtas)|\btackar för informationen|\btackade för informationen",
    re.IGNORECASE,
)
# The main clause takes note: "<Organ> noterar / tar del av / antecknar …"
NOTING_CLAUSE = re.compile(
    r"^\s*" + ORGAN + r"(?:\s+\S+){0,2}?\s+(?:noterar|noterade|tar del av|tog del av|antecknar|antecknade)\b",
    re.IGNORECASE,
)
DECIDING_VERB = re.compile(
    r"\bgodkän|\bfastställ|\bvälj|\bväljs|\bvald|\banta[rs]?\b|\bantog|\bbevilja|\bbifall|\bbifalles|\buppdra|\butse",
    re.IGNORECASE,
)

# Verbs with which an organ acts in the minutes ("Nämnden beslutar", "Stämman beslöt", "Mötet finner").
ACTING_VERBS = (
    r"beslutar|beslutade|beslöt|godkänner|godkände|fastställer|fastställde|väljer|valde|antar|antog|beviljar|"
    r"beviljade|bordlägger|bordlade|återremitterar|återremitterade|avslår|avslog|nekar|nekade|noterar|noterade|"
    r"lägger\b.*\btill handlingarna|lade\b.*\btill handlingarna|utser|utsåg|godtar|godtog|röstar (?:för )?att|uppdrar|uppdrog|gav\b.*\buppdrag|enades om|enas om|"
    r"ger\b.*\buppdrag|ger\b.*\bansvarsfrihet|gav\b.*\bansvarsfrihet|tillstyrker|tillstyrkte|bifaller|biföll|föreslår|föreslog|överlämnar|överlämnade|hänskjuter|hänsköt|"
    r"hemställer|avskriver|avskrev|besvarar|besvarade|finner|fann|tar del av|tog del av|uppmanar|"
    r"ställer sig bakom|ställde sig bakom|medger|medgav|yttrar sig|avvaktar med|avvaktade med|justerar protokoll|justerade protokoll"
)
# The auditors decide in their own minutes ("Revisorerna beslutar att anta revisionsplanen"); in an
# årsmöte they only recommend ("Revisorerna tillstyrker ansvarsfrihet"), so only these verbs count.
AUDITORS = r"(?:(?:de\s+)?(?:förtroendevalda\s+)?revisorerna|revisionen)"
AUDITOR_VERBS = (
    r"beslutar|beslutade|beslöt|antar|antog|godkänner|godkände|fastställer|fastställde|noterar|noterade|"
    r"lägger\b.*\btill handlingarna|tar del av|tog del av"
)
ACTS = re.compile(
    r"^(?:" + ORGAN + r"(?:\s+\S+){0,2}?\s+(?:" + ACTING_VERBS + r")|" + AUDITORS + r"\s+(?:" + AUDITOR_VERBS + r"))\b",
    re.IGNORECASE,
)
# "Styrelsen beslutar att" alone on a line: the decisions follow as "- verb …" bullets
LEAD_IN = re.compile(r"^" + ORGAN + r"\s+(?:beslutar|beslutade|beslöt)\s+att\s*:?$", re.IGNORECASE)


# a second act after the note: "… och beslutar att avslå ansökan", "… och ger förbundschefen i uppdrag"
FURTHER_ACT = re.compile(
    r"\b(?:och|samt)\s+(?:att\s+)?(?!noter|tar del|tog del|anteckn|lägger|lade)(?:" + ACTING_VERBS + r")\b",
    re.IGNORECASE,
)


def decision_status(text: str) -> DecisionStatus:
    """Status of a decision by what is done to the matter (see SWEDISH.md "Decisions and their status").

    A proposal to another organ is överlämnad whatever it proposes. Otherwise rejected motions are
    set aside, and the first of återremitterad, bordlagd, avslagen, avskriven, besvarad whose verb
    remains wins; without one, noterad when the text only takes note, else beslutad.
    """
    if PROPOSES.match(text):
        return DecisionStatus.OVERLAMNAD
    if NOTING_CLAUSE.match(text) and not FURTHER_ACT.search(text):
        # "Nämnden noterar anmälda delegationsbeslut om avslag på bygglov": what the noted
        # decisions did is their matter, the organ only takes note of them
        return DecisionStatus.NOTERAD
    matter = REJECTED_MOTION.sub(" ", text)
    for status, rx in STATUS_VERBS:
        if rx.search(matter):
            return status
    # "Lades med godkännande till handlingarna": the approval is how it was filed, no decision verb
    if NOTED.search(matter) and not DECIDING_VERB.search(re.sub(r"(?i)\bmed godkännande\b", " ", matter)):
        return DecisionStatus.NOTERAD
    return DecisionStatus.BESLUTAD


# ---------------------------------------------------------------- attendance

# Headings of attendance lists; their content is front matter for the person extractor.
ATTENDANCE_HEADINGS = re.compile(
    r"^(?:kallade|närvarande(?: \w+)?|frånvarande|deltagare|deltagarna|mötesdeltagarna|mötesdeltagare|deltagande|beslutande|ersättare|"
    r"övriga (?:närvarande|deltagande|medlemmar)|styrelsemedlemmar|justerare|närvarolista|"
    r"digitalt närvarande|ordförande|sekreterare|signaturer|underskrifter|justeras)"
    # a note after the label: a count ("Närvarande (7)", "Närvarande: 7 st") or whose list it is
    # ("Närvarande (styrelsen)")
    r"(?P<note>\s*\([\wåäö ]{1,20}\)|\s*:?\s*\d{1,3}(?:\s+(?:st|personer|medlemmar|ledamöter))?\.?)?\s*:?$",
    re.IGNORECASE,
)


def attendance_label(title: str) -> str:
    """A heading as the label line it stands for in the front matter: "Närvarande (7)" and
    "Närvarande: 7 st" read "Närvarande:" (a count is no part of it), "Närvarande (styrelsen)" keeps
    whose list it is."""
    label = title
    if (attendance := ATTENDANCE_HEADINGS.match(title)) and attendance.group("note"):
        note = attendance.group("note")
        label = title[:attendance.start("note")] + ("" if re.search(r"\d", note) else note)
    return label.rstrip(" :") + ":"
# Who kept the notes, a label before the name: "Vid pennan: Eva Ek", "Antecknat av Per Holm",
# "Protokollet fört av Eva Ek"
NOTE_TAKER = r"vid pennan|antecknat av|antecknad av|anteckningar (?:förda )?av|protokollet fört av|protokoll fört av"
# Labels of attendance and signature lines, and the role a label gives the persons under it.
ATTENDANCE_LABEL = re.compile(
    r"^(?P<label>(?:ej )?beslutande(?: ledamöter)?|närvarande ersättare|(?:ej )?tjänstgörande ersättare|"
    r"närvarande(?: (?:styrelse)?ledamöter| medlemmar[^:\t]*| revisorer| tjänstepersoner| tjänstemän|"
    r" ej tjänstgörande ersättare| (?:från|för) [\wåäö ]+?| (?:på|via) [\wåäö]+| digitalt| \([\wåäö ]{1,20}\))?|"
    r"närv\.?|frånv\.?|anmält förhinder|anmälda förhinder|anmäld frånvaro|förhinder|adjungerade?|"
    r"frånvarande (?:ledamöter|ersättare)|mötesdeltagarna|mötesdeltagare|deltagarna|deltagande|"
    r"gäster|inbjudna|inbjuden|åhörare|protokollförare|protokollskribent|protokollskrivare|mötesordförande|mötessekreterare|rösträknare|"
    r"ersättare|(?:ordinarie |styrelse)?ledamöter|ordinarie|suppleanter|suppleant|revisorer|revisor|revisorssuppleanter|revisorssuppleant|tjänstepersoner|tjänstemän|"
    r"övriga (?:deltagande|deltagare|närvarande|medlemmar)|övriga|kallade|digitalt närvarande|deltagare|frånvarande|"
    r"personalföreträdare|arbetstagarföreträdare|[a-zåäö]*representanter|"
    r"utses att justera|justerare|justerande|justeras|sekreterare|ordförande|styrelsemedlemmar|"
    r"antecknare|" + NOTE_TAKER + r"|"
    r"från [\wåäö ]+?|vid protokollet|underskrifter|underskrift)\s*(?::|\t|\s{2,}|$|\s(?=[A-ZÅÄÖ]))\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
LABEL_ROLE = {
    "beslutande": "ledamot",
    # present but not deciding: the substitutes who do not serve at this meeting
    "ej beslutande": "ersättare",
    # "Ordinarie" over the members elected, beside or above "Ersättare"
    "ordinarie": "ledamot",
    "beslutande ledamöter": "ledamot",
    "ledamöter": "ledamot",
    "närvarande styrelseledamöter": "ledamot",
    "adjungerad": "adjungerad",
    "adjungerade": "adjungerad",
    "ej tjänstgörande ersättare": "ersättare",
    "ordinarie ledamöter": "ledamot",
    "styrelseledamöter": "ledamot",
    "suppleanter": "suppleant",
    "revisorer": "revisor",
    "revisorssuppleanter": "revisorssuppleant",
    "suppleant": "suppleant",
    "närvarande revisorer": "revisor",
    "närvarande ledamöter": "ledamot",
    "närvarande ej tjänstgörande ersättare": "ersättare",
    "revisor": "revisor",
    "revisorssuppleant": "revisorssuppleant",
    "utses att justera": "justerare",
    "justerare": "justerare",
    "justerande": "justerare",
    "justeras": "justerare",
    "sekreterare": "sekreterare",
    "vid protokollet": "sekreterare",
    "vid pennan": "sekreterare",
    "antecknare": "antecknare",
    "antecknat av": "antecknare",
    "antecknad av": "antecknare",
    "anteckningar av": "antecknare",
    "anteckningar förda av": "antecknare",
    "protokollet fört av": "protokollförare",
    "protokoll fört av": "protokollförare",
    "ordförande": "ordförande",
    "närvarande ersättare": "ersättare",
    "ersättare": "ersättare",
    "tjänstgörande ersättare": "tjänstgörande ersättare",
    "protokollförare": "protokollförare",
    "protokollskribent": "protokollförare",
    "protokollskrivare": "protokollförare",
    "mötesordförande": "mötesordförande",
    "mötessekreterare": "mötessekreterare",
    "rösträknare": "rösträknare",
    "personalföreträdare": "personalföreträdare",
    "arbetstagarföreträdare": "arbetstagarföreträdare",
}


def label_role(label: str) -> str | None:
    """The role a label gives the persons under it: "Beslutande" ledamot, "Studentrepresentanter"
    studentrepresentant."""
    label = " ".join(label.lower().split())
    return LABEL_ROLE.get(label) or (label[:-2] if label.endswith("representanter") else None)


# ---------------------------------------------------------------- names

# Common given names in Sweden (the most frequent of each generation in the population statistics,
# and names common among Swedes of foreign origin). The spelling dictionary knows some ("Eva", "Per")
# but not many of the most frequent ("Karin", "Erik", "Kristina", "Peter"), and some it marks as
# places ("Åsa", "Birgitta"); the persons' rules need to know a given name when they read one.
GIVEN_NAMES = frozenset("""
Agnes Agneta Alexandra Alice Alma Amanda Amelia Angelica Anita Ann Anna Anne Anneli Annelie Annika
Astrid Barbro Berit Birgit Birgitta Britt Britta Camilla Carina Caroline Cecilia Charlotte Christina
Christine Clara Dagmar Ebba Elin Elisabet Elisabeth Ella Ellen Ellinor Elsa Elsie Emelie Emilia Emma
Erika Ester Eva Evelina Ewa Felicia Frida Gerd Greta Gun Gunilla Gunnel Hanna Hannah Hedvig Helen
Helena Helene Hillevi Ida Inga Ingeborg Ingegerd Ingela Inger Ingrid Irene Isabella Jenny Jessica
Johanna Josefin Josefine Julia Kajsa Karin Karolina Katarina Kerstin Kristin Kristina Laila Lena
Lillemor Lina Linda Linn Linnea Lisa Liselotte Lotta Louise Madeleine Magdalena Maj Maja Malin Margareta
Margit Maria Marianne Marie Marita Matilda Moa Mona Monica Monika Nathalie Nina Olivia Pernilla Petra
Pia Ragnhild Rebecka Ronja Rut Sandra Sara Signe Siv Sofia Sofie Solveig Stina Susanne Svea Therese
Tove Ulla Ulrika Vera Viktoria Vilma Wilma Ylva Yvonne Åsa
Adam Albin Alexander Alf Alfred Algot Allan Anders Andreas Anton Arne Arvid Axel Bengt Benny Bernt
Bertil Birger Björn Bo Bror Börje Carl Christer Christian Christoffer Claes Dan Daniel David Dennis
Douglas Ebbe Edvin Elias Emil Eric Erik Evert Felix Filip Folke Fredrik Gunnar Gustaf Gustav Göran
Gösta Hampus Hans Harald Harry Henrik Herbert Hugo Håkan Ingemar Ingvar Isak Ivar Jakob Jan Jens Jesper
Joakim Johan Johannes John Johnny Jonas Jonathan Josef Jörgen Karl Kenneth Kent Kjell Klas Kristian
Kristoffer Kurt Lars Leif Lennart Leo Liam Linus Lucas Ludvig Magnus Malte Marcus Markus Martin Mats
Mattias Max Melker Mikael Morgan Måns Niklas Nils Noah Ola Olle Olof Oliver Oscar Oskar Otto Patrik
Per Peter Petter Rasmus Rickard Robert Roger Roland Rolf Rune Rutger Sebastian Simon Sixten Stefan Sten
Stig Sture Sune Sven Tage Theo Thomas Tobias Tomas Tommy Tony Tor Torbjörn Tore Ture Ulf Urban Valter
Viktor Vilhelm William Yngve Åke Örjan Östen
Alvar Einar Elof Evald Gunvor Helge Hilding Holger Ingalill Knut Ragnar Sigvard Valdemar Vivi Vivianne
Ahmed Ali Amir Amira Aisha Fatima Hassan Hussein Ibrahim Khaled Layla Leila Mariam Maryam Mehmet
Mohamed Mohammad Mohammed Muhammad Nour Omar Reza Sami Samir Yasmin Yusuf Zainab Zeynep
""".split())

# Swedish surnames taken from nature ("Ek", "Sund", "Björk", "Falk", "Ström"): common nouns of the
# dictionary as well, so a name in running text ("bestämde att Eva Ek ska …") is read only with a
# known given name before one of these, never with any capitalised common noun ("Norrby Bygg").
NATURE_SURNAMES = frozenset(
    "Ek Ask Asp Alm Lind Björk Gran Lönn Hägg Rönn Ros Lilja Blom Falk Örn Hjort Lo Varg Svan Sund Vik Ås "
    "Hed Strand Sten Sjö Bäck Fors Ström Dal Lund Mark Holm Berg Kvist Nord Ahl Sälg Hassel".split()
)


# ---------------------------------------------------------------- headings

# Words a heading cannot end on: a preposition or conjunction leaves the title open, so a narrow
# column's "§ 13 Riktlinjer för" / "ekonomiskt bistånd" is one title broken over two lines.
OPEN_TITLE_ENDINGS = frozenset(
    "för av om och till i med på samt inom mot vid från enligt gällande avseende angående kring efter "
    "över under eller rörande utan".split()
)


# ---------------------------------------------------------------- queries

# A verb form in the query that names what happened to a matter.
QUERY_STATUS_WORDS = [
    (re.compile(r"\bbordla(des|gda|gd|gt|gts|ggning\w*|gts)?\b|\bbordlägg\w*", re.I), DecisionStatus.BORDLAGD),
    (re.compile(r"\båterremitt\w*|\båterremiss\w*", re.I), DecisionStatus.ATERREMITTERAD),
    (re.compile(r"\bavslo(gs|g)\b|\bavslag(en|na|et)?\b|\bavslagits\b|\bavslås\b", re.I), DecisionStatus.AVSLAGEN),
    (re.compile(r"\bnoterade?s?\b|\blades till handlingarna\b", re.I), DecisionStatus.NOTERAD),
    (re.compile(r"\bavskr(?:ev|iv)\w*", re.I), DecisionStatus.AVSKRIVEN),
    (re.compile(r"\böverlämna(?:de|des|d|t|ts|s)?\b", re.I), DecisionStatus.OVERLAMNAD),
    (re.compile(r"\bbesvara(?:d|de|des|t|ts)\b", re.I), DecisionStatus.BESVARAD),
]
QUERY_DECISION_WORDS = re.compile(
    r"\bbeslut(et|en|ade|ades|at|ats|ar|s)?\b|\bbesluta(de|des|t)?\b|\bbeslöt\b|\bfattade(s)?\b", re.I
)


# What follows a paragraph number in a statement that the paragraph(s) were adjusted at once, as the
# minutes close an item or the meeting: "§ 21 förklarades omedelbart justerad", "Paragraf 12 Beslut
# förklarades omedelbart justerat", "Paragraferna 18–21 förklaras omedelbart justerade".
DECLARED_ADJUSTED = re.compile(
    r"(?:(?:beslut(?:et|en)?|paragrafen|paragraferna|besluten)\s+)?(?:(?:förklara(?:s|des)|är|blev)\s+(?:därmed\s+)?"
    r"(?:omedelbart|direkt)\s+justera(?:d|t|de)|justera(?:s|des)\s+(?:omedelbart|direkt))\b",
    re.IGNORECASE,
)
