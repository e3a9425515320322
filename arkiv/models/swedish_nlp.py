"""The Swedish spaCy pipeline: a blank "sv" tokenizer plus an EntityRuler for person mentions.

No trained Swedish model is available offline, so persons in running text are found only where
the wording makes them unambiguous (rules learnt from the seed protocols and the eval corpus):

- a title followed by a name: "Förbundschef Jonas Wells", "Ordförande Gunilla Berglund",
  "ledamot Annika Karlsson", "vice ordförande Per-Inge Nyberg";
- a name followed by a comma and a title: "Diana Olsson, kommundirektör", "Linda Larsson, enhetschef";
- a name followed by a party in parentheses: "Inga-Lill Bjartén (S)";
- a user handle with the name beside it: "kalle (Karl Svensson)" is Karl Svensson;
- an election: "Mötet beslutar att välja Mikael Silvén till mötesordförande",
  "Samuel Hammersberg väljs in som mötesordförande";
- a short form in the same contexts: an initial ("ordförande A. Ek", "A. Ek (S)") or one name
  after a title or before a party ("ordförande Ek", "Ek (S) yrkar"); the extractor merges it with
  the full name when the document leaves no doubt whose it is;
- phrases (phrase_mentions, one line at a time): a full name acting ("redogör för", "föredrog",
  "anmäler jäv", "inkom med", "nominerar"), after "på förslag av", "motion från", "justeras av",
  elected in either word order ("X och Y valdes till", "Till revisorer för … valdes X (S)",
  "utses att justera"), three or more full names enumerated, a title in parentheses ("Ek
  (ersättare, politiker Kalix kommun)"), a plural title before names joined by "och".

- a compound title kept whole ("säkerhets- och beredskapschef Jonas Wik"), a name in the genitive
  before a motion or proposal ("Karin Holms förslag" is Karin Holm), an organisation in parentheses
  ("Eva Ek (Vision)"), a candidate elected ("X kandiderade och valdes som …"), and the first name
  opening a note, also in lower case ("fredrik anmäler …" is Fredrik).

Capitalised word pairs on their own ("Region Dalarna", "Hotell Norden", "Europeiska Socialfonden")
are never taken for persons.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from arkiv.swedish.vocabulary import (
    ELECTED_PASSIVE,
    GIVEN_NAMES,
    NATURE_SURNAMES,
    PARTY,
    ROLE_TOKEN,
    canonical_role,
    is_party,
    is_role_word,
    is_title_acronym,
    party_of,
)

# Latin letters with any accent, as names from all over Europe are written: "Çelik", "Muñoz",
# "Ibrahimović", "Łukasz" (Latin-1 and Latin Extended-A; the latter holds both cases)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
NAME_TOKEN = rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$"
_NAME_TOKEN_RE = re.compile(NAME_TOKEN)

# Capitalised words that start organisations, places, dates and headings rather than names (and the
# furniture of a signature box, and the adjectives that begin place names: "Nya Hallen"): Swedish
# words, never the names of one organisation's towns or partners ("Säter" and "Best" are surnames
# too, so a town or company is told from a person by its shape and context, see is_name_token).
NOT_NAME_WORDS = frozenset(
    """
    Region Regionen Kommun Kommunen Landsting Landstinget Europeiska Sveriges Svenska Svensk Nationella
    Nationellt Mötet Styrelsen Nämnden Stämman Årsmötet Förbundet Föreningen Beslut Beslutet Dnr Sida
    Datum Plats Tid Protokoll Sammanträdesprotokoll Förslag Under Inför Efter Från Till Med Och Den Det
    Dessa Detta Enligt Kl Klockan Vid Om Att Även Samt Av För På Som Ett En Val Övrigt
    Då När Eftersom Innan Medan Sedan Nu Dessutom Därefter Slutligen Hos Hemma Mellan Utan Trots Kring
    Övriga Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Januari Februari Mars April Maj Juni
    Juli Augusti September Oktober November December Lokal Lokala Regional Regionala Styrelsemöte Möte
    Vice Ordförande Ledamot Underskrift Underskrifter Paragraf Ärende Punkt Bilaga Justering
    Justerandes Justeras Signatur Signaturer Sign Utdragsbestyrkande Namnförtydligande Ort
    Nya Gamla Stora Lilla Norra Södra Östra Västra Övre Nedre Inre Yttre
    Brf Stad Stads Län Läns Församling Socken Kommuns Regionens
    Beslutande Tjänstgörande Närvarande Frånvarande Deltagare Kallade Adjungerad Adjungerade Tjänstepersoner
    Tjänstemän Justerande Paragrafer Paragrafen Utses Utsedd Utsedda Närvaro Ej Ärenden
    """.split()
)
# Word endings of organisations, places and common nouns ("Försäkringskassan", "Storgatan",
# "Verksamhetsplanering", "Information"): no Swedish name ends this way.
_NOT_NAME_SUFFIXES = (
    "kommun", "förbund", "förbundet", "nämnden", "styrelsen", "utskottet", "team", "teamet", "teamen", "regionen",
    "kassan", "förmedlingen", "verket", "myndigheten", "bolaget", "stiftelsen", "gatan", "vägen", "gränd", "torget",
    "platsen", "parken", "stigen", "allén", "ning", "ningen", "ningar", "heten", "tion", "tionen",
    "ering", "eringen", "skap", "skapet", "ärende", "ärendet", "ärenden", "frågor", "rapport",
    "avgift", "budget", "plan", "planen", "förslag", "förslaget",
    # an organ's genitive: "Kommunstyrelsens ledamöter", "Direktionens ordförande"
    "nämndens", "styrelsens", "utskottets", "förbundets", "fullmäktiges", "direktionens", "stämmans", "mötets",
)

def is_organisation_word(token: str) -> bool:
    """A capitalised word that names or starts an organisation: "Region", "Samordningsförbund"."""
    return token in NOT_NAME_WORDS or token.lower().endswith(_NOT_NAME_SUFFIXES)


def is_name_token(token: str) -> bool:
    if not _NAME_TOKEN_RE.match(token) or token in NOT_NAME_WORDS or is_role_word(token):
        return False
    if len(token) <= 6 and token.lower().endswith("llén"):
        return True  # "Wallén", "Hallén": one letter before "allén" is a surname, a street needs a word ("Ekallén")
    return not token.lower().endswith(_NOT_NAME_SUFFIXES)


_INITIALS = re.compile(rf"[{_UPPER}]{{2,4}}")


def are_initials_of(note: str, written_before: str) -> bool:
    """Whether a note in parentheses is the initials of the name written before it: "Eva Ek (EE)",
    "Anna-Karin Holm (AKH)", "Eva Lotta Ek (EE)". Attendance lists of associations add them; they are
    no organisation. The caller keeps a party code ("(MP)") as the party."""
    if not _INITIALS.fullmatch(note):
        return False
    words = re.findall(rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?", written_before)[-4:]
    if len(words) < 2:
        return False
    joined = "".join(w[0] for w in words)  # "Anna-Karin Holm": AH
    parts = "".join(p[0] for w in words for p in w.split("-"))  # AKH
    skipped_middle = any(w[0] + words[-1][0] == note for w in words[:-1])  # "Eva Lotta Ek (EE)"
    return joined.endswith(note) or parts.endswith(note) or skipped_middle


def is_proper_noun(token: str) -> bool:
    """A word the Swedish dictionary spells capitalised (given names, surnames, places): the evidence
    needed before one word alone ("Kalle", "Per") is taken for a person in a list of first names,
    where "Samtliga" or "Personal" must not be."""
    return is_name_token(token) and (token in _proper_nouns() or _given_name(token))


def is_common_word(token: str) -> bool:
    """A lower-case word of the dictionary ("styrelse", "alla"): no user name in a roll call."""
    return token.lower() in _common_words()


def is_common_noun(token: str) -> bool:
    """A capitalised word that is an inflected common noun of the dictionary and no name it knows
    ("Delta", "Måltid", "Fastighet"): a unit or a heading, never a person. The dictionary also
    lists some given names in lower case without inflection ("erik", "peter"): those stay names."""
    return token.lower() in _dictionary_words()[3] and not is_proper_noun(token)


def could_be_given_name(token: str) -> bool:
    """A given name the dictionary knows, or a word shaped like one: capitalised, no inflected
    common noun, place or organisation word. The dictionary lists some frequent given names only in
    lower case ("erik", "peter", "mikael"), so rules that need a known first name accept these too."""
    return not is_place_name(token) and (is_proper_noun(token) or (is_name_token(token) and not is_common_noun(token)))


def common_nouns_only(tokens: list[str]) -> bool:
    """Whether capitalised words are common nouns only, a unit or a thing rather than a person
    ("Service Fastighet", "Nöjd Kund Index"): long ones, or three of them; two short ones are a
    name as often ("Jon Ås", "Saga Berg")."""
    return bool(tokens) and all(is_common_noun(t) for t in tokens) and (len(tokens) >= 3 or all(len(t) >= 5 for t in tokens))


def _plausible_full_name(name: str) -> bool:
    """A full name whose first word can be a given name and whose last is no place ("Atea Sverige")."""
    words = name.split()
    return could_be_given_name(words[0]) and not is_place_name(words[-1])


def is_given_name(word: str) -> bool:
    """A word known as a name and not as a place ("Eva", not "Hörby")."""
    return is_proper_noun(word) and not is_place_name(word)


def _known_full_name(name: str) -> bool:
    """A full name whose given name is known (no place: "Norrby") and whose other words are no
    common nouns ("Hörby Energi") unless a surname taken from nature ("Eva Ek")."""
    words = name.split()
    return (is_given_name(words[0])
            and all(w in NATURE_SURNAMES or not (is_common_noun(w) or is_place_name(w)) for w in words[1:]))


def _common_words() -> frozenset[str]:
    return _dictionary_words()[0]


def _proper_nouns() -> frozenset[str]:
    return _dictionary_words()[1]


def is_place_name(token: str) -> bool:
    """A capitalised dictionary word whose affix flags mark a place ("Göteborg", "Sverige",
    "Norrbotten"): it begins compounds with an s (v: "Göteborgsregionen") or alone (AX: "Sverigebesök"),
    or names its inhabitants (e: "Umeåbo"). Given names carry no such flag ("Kalle", "Stina")."""
    return token in _place_names() and not _given_name(token)


def _given_name(token: str) -> bool:
    """A common given name, also each part of a double one ("Ann-Marie", "Lars-Erik")."""
    return all(part in GIVEN_NAMES for part in token.split("-"))


def _place_names() -> frozenset[str]:
    return _dictionary_words()[2]


@lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The dictionary's lower-case words, capitalised words and place names: read in one pass,
    then loaded from the user cache (the dictionary pass costs ~0.4 s CPU in every ingest)."""
    from arkiv.search.swedish import dictionary_cached

    return dictionary_cached("names-2", _read_dictionary_words)  # bump when the reading changes


def _read_dictionary_words(files) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    common: set[str] = set()
    inflected: set[str] = set()  # lower-case words with affix flags: nouns, verbs, adjectives
    proper: set[str] = set()
    places: set[str] = set()
    for dic in files:
        with dic.open(encoding="utf-8") as lines:
            for line in lines:
                word, _, flags = line.strip().partition("/")
                if line[:1].islower():
                    common.add(word)
                    if flags:
                        inflected.add(word)
                elif line[:1].isupper():
                    proper.add(word)
                    # "Göteborg/Av", "Umeå/AeX", "Sverige/AX"; not "Maria/ELX" nor "Lund/AQXz" (names too)
                    if set(flags) & {"v", "e"} or set(flags) == {"A", "X"}:
                        places.add(word)
    return frozenset(common), frozenset(proper), frozenset(places), frozenset(inflected)


@dataclass(frozen=True)
class PersonMention:
    name: str
    role: str | None = None
    party: str | None = None
    rule: str | None = None  # which pattern found it, see MENTION_RULES
    organisation: str | None = None


def _name(op_third: str = "?") -> list[dict]:
    token = {"TEXT": {"REGEX": NAME_TOKEN}, "ORTH": {"NOT_IN": sorted(NOT_NAME_WORDS)}}
    return [dict(token), dict(token), dict(token, OP=op_third)]


INITIAL = r"^[A-ZÅÄÖÉÜ]\.$"
# What a person is elected to when it is no title: a body ("valberedningen", "styrelsen", "arbetsgruppen")
_BODY_ENDINGS = ("styrelse", "styrelsen", "beredning", "beredningen", "nämnd", "nämnden", "grupp", "gruppen",
                 "utskott", "utskottet", "kommitté", "kommittén", "råd", "rådet", "ledning", "ledningen", "presidium",
                 "presidiet", "fullmäktige", "stämma", "stämman", "mötet", "mötesordförande")


# Words that stand where an elected person's name would ("valde honom till", "utse någon som")
_PRONOUNS = ["honom", "henne", "hen", "dem", "denne", "denna", "dessa", "någon", "några", "ingen", "sig", "mig",
             "dig", "oss", "er", "alla", "samtliga", "följande", "båda", "bägge", "en", "ett", "den", "det", "att"]


def _short_name() -> list[dict]:
    """An initial and a name ("A. Ek"), or one name alone ("Ek")."""
    token = {"TEXT": {"REGEX": NAME_TOKEN}, "ORTH": {"NOT_IN": sorted(NOT_NAME_WORDS)}}
    return [{"TEXT": {"REGEX": INITIAL}, "OP": "?"}, token]


def _patterns() -> list[dict]:
    role = {"TEXT": {"REGEX": ROLE_TOKEN}}
    vice = {"LOWER": "vice", "OP": "?"}
    # the tokenizer keeps punctuation after a parenthesis with it: "Per-Ove Nilsson (SD): Enligt …"
    close = {"TEXT": {"REGEX": r"^\)[:,.;]?$"}}
    party = [{"ORTH": "("}, {"TEXT": {"REGEX": rf"^{PARTY}$"}}, close]
    elect_verbs = ["välja", "väljer", "valde", "utse", "utser", "utsåg", "utses", "utnämner", "utnämnde", "anmäler", "anmälde"]
    passive = ["väljs", "valdes", "valts", "utses", "utsågs", "omvaldes", "nyvaldes", "invaldes", "omväljs", "nyväljs"]
    handle = [{"TEXT": {"REGEX": r"^[a-zåäö][\w.-]*$"}}, {"ORTH": "("}, *_name(), close]
    handle_only = {"TEXT": {"REGEX": r"^[a-zåäö][a-zåäö0-9_.-]{1,15}$"}, "LOWER": {"NOT_IN": _PRONOUNS}}
    function = [{"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"TEXT": {"REGEX": ROLE_TOKEN}}]
    return [
        {"label": "PERSON_TITLED", "pattern": [vice, role, {"ORTH": ",", "OP": "?"}, *_name()]},
        {"label": "PERSON_APPOS", "pattern": [*_name(), {"ORTH": ","}, vice, role]},
        {"label": "PERSON_PARTY", "pattern": [*_name(), *party]},
        {"label": "PERSON_TITLED", "pattern": [vice, role, *_short_name()]},
        {"label": "PERSON_PARTY", "pattern": [*_short_name(), *party]},
        {
            "label": "PERSON_ELECTED",
            "pattern": [{"LOWER": {"IN": elect_verbs}}, {"LOWER": "in", "OP": "?"}, *_name(),
                        {"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"IS_LOWER": True}],
        },
        {
            # "… beslutade att välja Karin Holm och Per Ny till justerare": two elected to one function
            "label": "PERSON_ELECTED_PAIR",
            "pattern": [{"LOWER": {"IN": elect_verbs}}, *_name(), {"LOWER": "och"}, *_name(),
                        {"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"TEXT": {"REGEX": ROLE_TOKEN}}],
        },
        {
            # "Årsmötet beslutade att välja Karin Barck Holst och Anders Nylander." (no function named),
            # "beslutade omval av Bengt Ek och Eva Ås"
            "label": "PERSON_ELECTED_PAIR",
            "pattern": [{"LOWER": {"IN": elect_verbs + ["omval", "nyval", "val"]}}, {"LOWER": "av", "OP": "?"},
                        *_name(), {"LOWER": "och"}, *_name()],
        },
        # clubs name members by user name: "Mötet valde nsg till mötesordförande", "valde bg och
        # medik till justeringsmän" (a lower-case word there that is no pronoun is a handle)
        {"label": "PERSON_HANDLE_ELECTED", "pattern": [{"LOWER": {"IN": elect_verbs}}, handle_only, *function]},
        {"label": "PERSON_HANDLE_ELECTED",
         "pattern": [{"LOWER": {"IN": elect_verbs}}, handle_only, {"LOWER": "och"}, handle_only, *function]},
        # "Kiki Broholm (nyval) för en period på två år": a candidate in an election list
        {"label": "PERSON_CANDIDATE", "pattern": [*_name(), {"ORTH": "("}, {"LOWER": {"IN": ["omval", "nyval", "fyllnadsval"]}}, close]},
        {
            # "… valde Anna Ek till ordförande och Per Ny till sekreterare": the next of an election
            "label": "PERSON_ELECTED",
            "pattern": [{"LOWER": "och"}, *_name(), {"LOWER": "till"}, {"LOWER": "vice", "OP": "?"}, {"TEXT": {"REGEX": ROLE_TOKEN}}],
        },
        {
            "label": "PERSON_ELECTED",
            "pattern": [*_name(), {"LOWER": {"IN": passive}}, {"LOWER": "in", "OP": "?"},
                        {"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"IS_LOWER": True}],
        },
        # associations write first names only: "Mötet valde Anna till mötesordförande och Johan till
        # mötessekreterare" (the active verb names the election; a lone capitalised word before a
        # passive "valdes" may be any sentence opening, so that form needs a full name)
        {
            "label": "PERSON_ELECTED",
            "pattern": [{"LOWER": {"IN": elect_verbs}}, {"LOWER": "in", "OP": "?"}, *_short_name(),
                        {"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"TEXT": {"REGEX": ROLE_TOKEN}}],
        },
        {
            "label": "PERSON_ELECTED",
            "pattern": [{"LOWER": "och"}, *_short_name(), {"LOWER": "till"}, {"LOWER": "vice", "OP": "?"}, {"TEXT": {"REGEX": ROLE_TOKEN}}],
        },
        # a handle with the name beside it, "kalle (Karl Svensson)": the name is the person
        {"label": "PERSON_HANDLE", "pattern": [*handle]},
        {"label": "PERSON_TITLED", "pattern": [vice, role, *handle]},
        {
            "label": "PERSON_ELECTED",
            "pattern": [{"LOWER": {"IN": elect_verbs}}, {"LOWER": "in", "OP": "?"}, *handle,
                        {"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"IS_LOWER": True}],
        },
        {
            "label": "PERSON_ELECTED",
            "pattern": [*handle, {"LOWER": {"IN": passive}}, {"LOWER": "in", "OP": "?"},
                        {"LOWER": {"IN": ["till", "som"]}}, {"LOWER": "vice", "OP": "?"}, {"IS_LOWER": True}],
        },
    ]


# The short rule names `arkiv show --explain` prints for persons found in running text.
MENTION_RULES = {
    "PERSON_TITLED": "titel före namn",
    "PERSON_APPOS": "namn, titel",
    "PERSON_PARTY": "namn (parti)",
    "PERSON_ELECTED": "val",
    "PERSON_ELECTED_PAIR": "val",
    "PERSON_ELECTED_PLAIN": "val utan funktion",
    "PERSON_CANDIDATE": "val",
    "PERSON_HANDLE_ELECTED": "val (användarnamn)",
    "PERSON_HANDLE": "alias (namn)",
    "PERSON_ACTS": "namn + handling",
    "PERSON_AFTER": "förslag, ansökan, justering av namn",
    "PERSON_LIST": "namnuppräkning",
    "PERSON_PAREN_ROLE": "namn (titel)",
    "PERSON_GROUP": "titel + namn och namn",
    "PERSON_FIRST_ELECTED": "val (förnamn)",
    "PERSON_TITLED_HANDLE": "titel före användarnamn",
    "PERSON_GENITIVE": "namn i genitiv",
    "PERSON_NOTE_NAME": "förnamn i anteckning",
    "PERSON_PAREN_ORGANISATION": "namn (organisation)",
    "PERSON_AT_ORGANISATION": "namn på/från organisation",
    "PERSON_NEW_IN_POST": "ny i en tjänst",
    "PERSON_NAMED": "förnamn och efternamn i löptext",
}


@lru_cache(maxsize=1)
def pipeline():
    """The shared pipeline, built once: spaCy blank "sv" with the person EntityRuler."""
    spacy = _import_spacy()
    nlp = spacy.blank("sv")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(_patterns())
    return nlp


def _import_spacy():
    """spaCy without torch: its thinc layer imports torch when it is installed (~2 s of an ingest's
    start-up, half of spaCy's) only to offer neural layers, which a blank pipeline with rules never
    uses. torch stays importable afterwards for whoever needs it (a sentence-transformers model)."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # `import torch` inside thinc raises ImportError, as if absent
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


def _mention(words: list[str], label: str) -> PersonMention | None:
    """The person a matched span names (its words and pattern label), or None."""
    initials = [w for w in words if re.match(INITIAL, w)]
    names = [w for w in words if is_name_token(w)]
    # an election span ends in the function ("till mötesordförande"): that word is the role
    if label == "PERSON_ELECTED":
        role = " ".join(words[-2:]) if words[-2].lower() == "vice" else words[-1]
        names = [w for w in words if is_name_token(w)]
        # a member of a committee is elected too ("väljer Eva Ek till medlem i valnämnden")
        if not (is_role_word(words[-1]) or words[-1].lower().endswith(_BODY_ENDINGS) or words[-1].lower() == "medlem"):
            return None  # "valde Microsoft Teams som plattform": elected to no function or body
    else:
        role_words = [w for w in words if is_role_word(w) or w.lower() == "vice"]
        role = " ".join(role_words) or None
    # a short form is the whole span: "Ledamot Byggnadsnämnden Norr" is no "Norr"
    others = [w for w in words if w[:1].isupper() and w not in names and w not in initials
              and not is_party(w) and not is_role_word(w) and w.lower() != "vice"]
    short = label in ("PERSON_TITLED", "PERSON_PARTY", "PERSON_ELECTED") and len(names) == 1 and not others
    if not (2 <= len(names) <= 3 and not initials or short):
        return None
    party = None
    if label == "PERSON_PARTY":
        party = party_of(words[-2])
        role = None
    return PersonMention(name=" ".join(initials + names), role=canonical_role(role), party=party,
                         rule=MENTION_RULES.get(label))


# ---------------------------------------------------------------- phrases around a name
# Rules over one line of running text for what a token pattern says badly: a person who acts or
# is elected where the sentence leaves no doubt, an enumeration of full names, a title in
# parentheses after a name, a plural title before names joined by "och". A full name is two or
# three name tokens (is_name_token) with no other capitalised word right before or after it.
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_RUN = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
_PAREN_NOTE = r"\s*\([^()]{1,60}\)"
_NAMES = rf"{_RUN}(?:{_PAREN_NOTE})?(?:(?:\s*,\s*|\s+(?:och|samt)\s+){_RUN}(?:{_PAREN_NOTE})?)*"
# What a person does in the minutes: "Anna Ek redogör för ärendet", "Per Ny föredrog ärendet",
# "Eva Ås anmäler jäv", "Bo Ek deltar inte i beslutet", "Lisa Berg inkom med en ansökan".
_ACTS = re.compile(
    rf"(?P<run>{_RUN})\s+(?:har\s+)?(?:redogör|redogjorde|redogjort|föredrar|föredrog|föredragit|informerar|"
    r"informerade|informerat|presenterar|presenterade|presenterat|inkom|inkommer|inkommit|ansöker|ansökte|"
    r"ansökt|yrkar|yrkade|yrkat|föreslår|föreslog|nominerar|nominerade|(?:anmäler|anmälde|anmält)\s+jäv|"
    r"(?:deltar|deltog)\s+(?:inte|ej)|hälsar|hälsade|tackar|tackade|ansvarar\s+för|(?:tar|tog|åtar|åtog)\s+(?:på\s+)?sig|"
    r"kontaktar|kontaktade|tar\s+kontakt|tog\s+kontakt|"
    r"(?:öppnar|öppnade|förklarar|förklarade|avslutar|avslutade)\s+(?:\w*mötet|sammanträdet|\w*stämman)|"
    r"reserverar\s+sig|reserverade\s+sig|avtackas|avtackades|tackas|hälsas|hälsades|välkomnas|välkomnades|"
    r"berättar|berättade|meddelar|meddelade|redovisar|redovisade|rapporterar|rapporterade|beskriver|beskrev|"
    r"(?:går|gick)\s+igenom|svarar|svarade|påpekar|påpekade|(?:lämnar|lämnade|ansluter|anslöt)\s+(?:\w*mötet|sammanträdet)|"
    r"avgår|avgick|kandiderar|kandiderade|nomineras|nominerades|ställer\s+(?:sig\s+)?upp|ställde\s+(?:sig\s+)?upp|"
    r"uppvaktad|uppvaktades|uppvaktas|gratulerades|gratuleras|hyllades|hyllas|avtackad)\b"
)
# "Tova Lind som agerar ombud för …", "Per Ek, som är kontaktperson": a function named in a relative clause
_ACTS_AS = re.compile(rf"(?P<run>{_RUN}),?\s+som\s+(?:agerar|fungerar|tjänstgör)\s+(?:som\s+)?(?P<role>[a-zåäö-]+)\b")
# A member who represents another at the meeting: "där Eva Ek via fullmakt även företrädde Per Ek"
_REPRESENTS = re.compile(
    rf"(?P<run>{_RUN})\s+(?:via\s+(?:fullmakt|intyg)\s+)?(?:även\s+)?(?:företrädde|företräder|representerade|representerar)"
    rf"\s+(?:även\s+)?(?P<run2>{_RUN})"
)
# "I valberedningen sitter Eva Ek kvar ett år": one of a body who stays on
# "Styrelsen består av Eva Ek, Per Holm och Lisa Sund": the members of the board (or the nominating committee)
_CONSISTS_OF = re.compile(
    rf"\b(?P<body>[Ss]tyrelsen|[Vv]alberedningen)\s+(?:består|bestod|kommer\s+att\s+bestå)\s+(?:nu\s+|numera\s+|därmed\s+|fortsatt\s+)?av\s+"
    rf"(?P<names>{_NAMES})")
_SITS_ON = re.compile(rf"\b[Ii]\s+(?P<body>valberedningen|styrelsen)\s+sitter\s+(?P<names>{_NAMES})\s+kvar\b")
# "Information lämnas av Sara Holm", "Mötet öppnades av Per Ny": a passive verb and who did it. Only
# a name the dictionary knows opens the run ("utförs av Bygg Nord" names a company).
_PASSIVE_BY = re.compile(rf"\b[a-zåäö]+(?:as|es|ades|des|tes|ts)\s+av\s+(?P<names>{_NAMES})")
# The strong verbs' passive, with up to three words before who did it: "Ett föredrag hölls över
# kvällen av Eva Ek", "En visning gavs av Per Holm", "Bilderna togs under dagen av Lisa Sund"
_STRONG_PASSIVE_BY = re.compile(
    rf"\b(?:hölls|gavs|togs|drogs|skrevs|lades\s+fram|bjöds|sjöngs|lästes\s+upp)(?:\s+[a-zåäö]+){{0,3}}?\s+av\s+(?P<names>{_NAMES})")
# "Anna Berg på Göteborgs universitet", "Per Ek från Region Norr": a full name and where the person
# works; the organisation must read as one (a region, a kommun, a university, an agency's name)
_ORGANISATION_NAME = (
    rf"Region\s+{_CAP}(?:\s+{_CAP})?|"
    rf"{_CAP}\s+(?:kommun|universitet|högskola|[Ss]tad|län|landsting)|"
    rf"[{_UPPER}][{_LOWER}]+(?:kassan|verket|myndigheten|förbundet|förmedlingen|styrelsen|inspektionen)|"
    rf"[{_UPPER}]{{2,6}}"  # "från SKR", "på KTH": an organisation's short name (no party)
)
_AT_ORGANISATION = re.compile(rf"(?P<run>{_RUN})\s+(?:på|från|vid|hos)\s+(?P<org>{_ORGANISATION_NAME})(?![\w-])")
# What follows "Name, titel": the title's field and units in lower case, then the organisation named
# ("Lisa Sund, verksamhetschef fritid på kulturförvaltningen på Norrby kommun" works for Norrby kommun:
# the last, named organisation is the person's, the unit inside it is no organisation of its own)
_TITLE_AT_ORGANISATION = re.compile(
    rf"^(?:\s+[a-zåäö-]+){{0,2}}?(?:\s+(?:på|vid|hos|i|inom)\s+[a-zåäö-]+){{0,2}}\s+(?:på|vid|hos|i|inom)\s+"
    rf"(?P<org>{_ORGANISATION_NAME})(?![\w-])")
# "Stina Ros, som är ny i styrelsen, …": a relative clause after a name (a dictionary name first)
_WHO = re.compile(rf"(?P<run>{_RUN}),\s+som(?:\s+[a-zåäö]|\s*$)", re.MULTILINE)
# "kommunstyrelsens ordförande Anna Rask (S) besvarar": a title before a name with its party (the
# spaCy patterns take one of the two, title or party)
_TITLED_PARTY = re.compile(rf"\b(?P<role>[A-ZÅÄÖa-zåäö][a-zåäö-]+)\s+(?P<run>{_RUN})\s*\((?:{PARTY})\)")
# "Innehavaren (Lars Lind) berättar", "ordföranden (Eva Ek)": a title with the name in parentheses
_TITLE_THEN_NAME = re.compile(rf"\b(?P<role>[A-ZÅÄÖa-zåäö][a-zåäö-]+)\s*\((?P<run>{_RUN})\)")
# A person named after what comes from them: "på förslag av Anna Ek", "motion från Per Ny (M)"
_FROM = re.compile(
    r"(?i:\b(?:på\s+förslag\s+(?:av|från)|(?:yrkande|förslag|skrivelse|ansökan|motion|medborgarförslag|fråga|"
    r"interpellation|anmälan|nominering(?:en)?|kandidatur(?:en)?|omval|nyval|fyllnadsval|hälsning(?:ar)?)\s+(?:av|från)|motion\s+till\s+[a-zåäö]+\s+från|protokollet\s+justeras\s+av|medlemskap(?:et)?\s+bevilja(?:s|des)\s+(?:för\s+)?))"
    rf"\s*(?P<run>{_NAMES})"
)
# "Att jämte ordföranden justera protokollet utses Lars Berg (M)", "Anna Ek valdes att justera"
_ADJUSTER = re.compile(
    rf"\bjustera\s+[^.;:]{{0,40}}?\b(?:utses|utsågs|valdes|väljs)\s+(?P<names>{_NAMES})|"
    rf"(?P<before>{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s+och\s+{_CAP}(?:\s+{_CAP}){{1,2}})?)\s+(?:utses|utsågs|valdes|väljs)\s+att\s+justera\b"
)
# "Anna Ek och Per Ny valdes till revisorer", "Till revisor valdes Anna Ek"
# ("Till protokollförare anmäldes Per Holm": the board names who keeps the minutes, as good as elected)
# the function a person is elected to: "ordförande", "vice ordförande", "valkommitté"
_FUNCTION = r"(?:vice\s+)?[a-zåäöé-]+"
_ELECTED_VERB = r"(?:valdes|omvaldes|nyvaldes|invaldes|väljs|omväljs|nyväljs|utsågs|utses|anmäldes|anmäls|blev\s+valda?|blev\s+omvalda?|har\s+valts|är\s+valda?)"
_ELECTED_BEFORE = re.compile(
    rf"(?P<names>{_RUN}(?:\s*,\s*{_RUN})*(?:\s+och\s+{_RUN})?)\s+{_ELECTED_VERB}\s+(?:in\s+)?(?:till|som|i)\s+"
    rf"(?:(?:ny|nya|ordinarie)\s+)?(?P<role>{_FUNCTION})"
)
# the verb first, the name between it and "in": "Då Eva avgår väljs Per Holm in som ersättare"
_ELECTED_IN = re.compile(
    rf"\b(?:väljs|valdes|utses|utsågs)\s+(?P<names>{_RUN}(?:\s+och\s+{_RUN})?)\s+in\s+(?:som|till|i)\s+"
    rf"(?:(?:ny|nya|ordinarie)\s+)?(?P<role>{_FUNCTION})"
)
# "Edvard nominerar Annie Wång och Erik Mattfolk", "Valberedningen föreslår Anna Ek som ordförande"
_PROPOSED = re.compile(
    rf"\b(?:nominerar|nominerade|föreslår|föreslog)\s+(?P<names>{_NAMES})(?:\s+(?:till|som)\s+(?P<role>{_FUNCTION}))?"
)
# "välja Fredrik Ek (751215-xxxx) till revisor", "välja in Filip Ek i styrelsen som vice ordförande":
# a note in parentheses or the body joined between the name and the function
_ELECTED_ACTIVE = re.compile(
    rf"\b(?:välja|väljer|valde|utse|utser|utsåg)\s+(?:in\s+)?(?P<names>{_NAMES}){_PAREN_NOTE}(?:\s+i\s+[a-zåäö]+)?"
    rf"\s+(?:till|som)\s+(?:(?:ordinarie|nya?)\s+)?(?P<role>{_FUNCTION})|"
    rf"\b(?:välja|väljer|valde|utse|utser|utsåg)\s+(?:in\s+)?(?P<names2>{_NAMES})\s+i\s+[a-zåäö]+"
    r"\s+(?:till|som)\s+(?P<role2>(?:vice\s+)?[a-zåäö-]+)"
)
# "… valde Eva Ek (omval) till ordförande och Per Ny (nyval) till ledamot": the next of an election,
# with the note the spaCy patterns do not read
_ELECTED_NEXT = re.compile(
    rf"\b(?:välja|väljer|valde|utse|utser|utsåg|valdes|utsågs)\b.*?\boch\s+(?P<run>{_RUN}){_PAREN_NOTE}\s+till\s+"
    rf"(?:(?:ordinarie|nya?)\s+)?(?P<role>{_FUNCTION})"
)
# "Till revisorer valdes Eva Ek och Per Ny, med Anna Berg som revisorssuppleant": one more elected
_ELECTED_WITH = re.compile(
    rf"\b(?:välja|väljer|valde|utse|utser|utsåg|valdes|omvaldes|utsågs|utses|väljs)\b.*?\bmed\s+(?P<run>{_RUN})"
    rf"(?:{_PAREN_NOTE})?\s+som\s+(?:(?:ordinarie|ny)\s+)?(?P<role>{_FUNCTION})"
)
# "Mötet valde Eva Ek och Per Holm till ordförande respektive sekreterare", "Till ordförande respektive
# sekreterare valdes Eva Ek och Per Holm": each name to the function in its place
_RESPECTIVELY_AFTER = re.compile(
    rf"(?P<first>{_RUN})(?:{_PAREN_NOTE})?\s+och\s+(?P<second>{_RUN})(?:{_PAREN_NOTE})?\s+(?:{_ELECTED_VERB}\s+)?(?:in\s+)?"
    rf"(?:till|som)\s+(?P<role>{_FUNCTION})\s+respektive\s+(?P<role2>{_FUNCTION})"
)
_RESPECTIVELY_BEFORE = re.compile(
    rf"\b(?:[Tt]ill|[Ss]om)\s+(?P<role>{_FUNCTION})\s+respektive\s+(?P<role2>{_FUNCTION})\s+{_ELECTED_VERB}\s+"
    rf"(?P<first>{_RUN})(?:{_PAREN_NOTE})?\s+och\s+(?P<second>{_RUN})"
)
# "Tekla Ek väljs till SAMO": a function written as an abbreviation, kept as written
_ELECTED_ABBREVIATION = re.compile(rf"(?P<run>{_RUN})\s+{_ELECTED_VERB}\s+(?:in\s+)?(?:till|som)\s+(?P<role>[A-ZÅÄÖ]{{2,6}})\b")
# "Till revisorer för de kommunala bolagen valdes Göran Ek (S) och Maja Ås (M)"
_ELECTED_AFTER = re.compile(
    # "Till mötets sekreterare väljs Per Holm": the meeting's function, a genitive before it
    rf"\b(?:[Tt]ill|[Ss]om)\s+(?:(?:ny|nya|ordinarie)\s+)?(?:(?:mötets|årsmötets|stämmans|föreningsstämmans|årsstämmans|sammanträdets)\s+)?"
    rf"(?P<role>{_FUNCTION})(?:\s+(?P<joiner>tillika|och|samt)\s+(?P<second>(?:vice\s+)?[a-zåäö-]+))?"
    rf"(?:\s+(?:för|i|av|under|efter|på|jämte|tillsammans\s+med)\s+[^.:;]{{1,60}}?)?"
    rf"\s+(?:{_ELECTED_VERB}|nominerades|nomineras|föreslogs|föreslås)\s+"
    # "… väljs Eva Ek respektive Per Holm": each to the function in its place
    rf"(?P<names>{_NAMES}(?:\s+respektive\s+{_RUN})?)"
)
# The same in the infinitive after a decision: "Stämman beslöt att till styrelseledamöter välja Eva Ek
# och Per Ny", "Årsmötet beslutade att som revisor omvälja Gun Ahl"
_ELECTED_INFINITIVE = re.compile(
    rf"\batt\s+(?:till|som)\s+(?:(?:ny|nya|ordinarie)\s+)?(?P<role>{_FUNCTION})"
    rf"(?:\s+(?:för|i|av|under|efter|på)\s+[^.:;]{{1,60}}?)?\s+(?:om|ny)?(?:välja|utse)\s+(?P<names>{_NAMES})"
)
# "Mötet valde Jonas Sand.", "Sara Ros (omval) valdes.": elected to what the § title says (the extractor
# reads the function from a title such as "Val av kassör", and keeps the mention only in a § that
# elects: "Styrelsen valde Microsoft Teams." names no person); the first name must be one the dictionary knows
_ELECTED_PLAIN = re.compile(
    rf"\b(?:valde|väljer|välja|utsåg|utser|utse|omvalde|omväljer)\s+(?:in\s+)?(?P<names>{_NAMES})\s*(?:[.;]|$)|"
    rf"(?:^|(?<=[.!?:]\s)|(?<=\batt\s))(?P<names2>{_NAMES})\s+(?:valdes|omvaldes|väljs|omväljs)(?:\s+(?:enhälligt|med acklamation))?\s*(?:[.;]|$)"
)
# An election written as a label: "Omval på två år: Eva Ek, kassör.", "Nyval: Per Holm och Lisa Sund"
_ELECTED_LABELLED = re.compile(
    rf"\b(?:[Oo]m|[Nn]y|[Ff]yllnads)val(?:\s+(?:på|för)\s+[^.:;]{{1,30}}?)?\s*:\s*(?P<names>{_NAMES})"
)
# The function in the label: "Val till justerare: Eva Ek", "Val av två revisorer: Eva Ek och Per Holm"
_ELECTED_TO_LABEL = re.compile(
    rf"\b[Vv]al\s+(?:av|till)\s+(?:(?:en|ett|två|tre|fyra|\d)\s+)?(?P<role>{_FUNCTION})\s*:\s*(?P<names>{_NAMES})"
)
# "Erik väljs till justerare": one name alone before a passive election (kept by the extractor
# only when it is the first name of a person the document names in full, or a dictionary name)
_FIRST_ELECTED = re.compile(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\batt\s))(?P<names>{_CAP}(?:\s*,\s*{_CAP})*(?:\s+och\s+{_CAP})?)\s+{_ELECTED_VERB}\s+"
    r"(?:in\s+)?(?:till|som)\s+(?P<role>(?:vice\s+)?[a-zåäö-]+)"
)
# The function first and one first name last: "Till sekreterare valdes Sören.", "Som justerare utsågs Eva"
_FIRST_ELECTED_AFTER = re.compile(
    rf"\b(?:[Tt]ill|[Ss]om)\s+(?:(?:ny|nya|ordinarie)\s+)?(?P<role>{_FUNCTION})\s+{_ELECTED_VERB}\s+"
    rf"(?P<name>{_CAP})\s*(?:[.;]|$)"
)
# Who opened or closed the meeting, by first name: "Mötet öppnades av Uffe.", "Mötet avslutades av Eva"
_OPENED_BY = re.compile(rf"\b(?:öppnades|avslutades|förklarades\s+(?:öppnat|avslutat))\s+av\s+(?P<name>{_CAP})\s*(?:[.;]|$)")
# A list item under "Mötet valde": "(a) Stefan till ordförande", "b) Eva Ek som sekreterare", "- Per till
# justerare" (the function must be a title; a lone first name is kept as for _FIRST_ELECTED)
_ITEM_ELECTED = re.compile(
    rf"^\s*(?:\(?[a-h]\)|[a-h]\.|\d{{1,2}}[.)]|[-•*])\s*(?P<names>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:till|som)\s+"
    r"(?P<role>(?:vice\s+)?[a-zåäö-]+)\s*[.;,]?\s*$"
)
# The same items run together in a sentence: "Mötet valde (a) Stefan till ordförande, (b) Eva till sekreterare"
_LETTERED_ELECTED = re.compile(
    rf"(?:^|(?<=[\s,;:]))\(?[a-h]\)\s*(?P<names>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:till|som)\s+"
    r"(?P<role>(?:vice\s+)?[a-zåäö-]+)"
)
# Each name beside its own function in one election sentence: "Mötet valde Olle Sten som kassör, Maja
# Dahl som sekreterare", "Per Holm väljs till ordförande och Eva Ek till protokollförare"
_ELECTION_WORD = re.compile(r"\b(?:valde|väljer|välja|valdes|väljs|omvaldes|utsåg|utser|utsågs|utses)\b")
_PAIRED_FUNCTION = re.compile(
    rf"(?:^|[,;:]\s*|\s(?:och|samt|med)\s+|{_ELECTION_WORD.pattern}\s+)(?P<run>{_RUN})(?:{_PAREN_NOTE})?\s+(?:som|till)\s+"
    r"(?P<role>(?:vice\s+)?[a-zåäö-]+)"
)
# The first of two names that share one function in such a list: "…, Mira Ek och Per Ny som ledamöter"
_PAIRED_BEFORE_OCH = re.compile(rf"(?:[,;:]\s*|{_ELECTION_WORD.pattern}\s+)(?P<run>{_RUN})\s+och\s+$")
# Information that someone takes up a post: "Ny verksamhetschef är Eva Ek.", "Eva Ek och Per Holm blir
# biträdande rektorer", "Per Holm har anställts som vaktmästare"
_NEW_IN_POST = re.compile(
    rf"\b(?:[Nn]y|[Nn]ya|[Tt]illförordnad|[Tt]f\.?)\s+(?P<role>(?:biträdande\s+|vice\s+)?[a-zåäö-]+)\s+(?:är|blir|blev)\s+"
    rf"(?P<names>{_NAMES})"
    rf"|(?P<names2>{_NAMES})\s+(?:blir|blev|har\s+blivit|har\s+anställts\s+som|anställs\s+som|tillträder\s+som)\s+"
    r"(?:ny\s+|nya\s+|tillförordnad\s+)?(?P<role2>(?:biträdande\s+|vice\s+)?[a-zåäö-]+)"
)


# Staff presented with their post in an information list, a sentence per post and the name first:
# "Eva Ek och Per Holm verksamhetschefer grundskola.", "Lisa Berg biträdande förvaltningschef och …",
# "Sara Dahl - Barn och elevhälsochef", or the post first after "Ny": "Ny rektor – Per Holm – Skolan."
_POST_AFTER_NAME = re.compile(
    rf"\b[Nn]ya?\s+(?P<role2>(?:biträdande\s+|vice\s+)?[a-zåäö-]+)\s+[-–:]\s+(?P<names2>{_RUN}(?:\s+och\s+{_RUN})?)|"
    rf"(?:^|(?<=[.!?•]\s)|(?<=[.!?•]\s\s))(?P<names>{_RUN}(?:\s+och\s+{_RUN})?)\s+(?:[-–]\s+)?"
    r"(?P<role>(?:[A-ZÅÄÖ][a-zåäö]+-?\s+och\s+)?(?:biträdande\s+|vice\s+)?[a-zåäö-]+)(?=[\s.,;]|$)"
)

# Names each with the post written after it, joined in one sentence: "valdes Eva Ek sekreterare och Per
# Holm kassör", "med Eva Ek ordförande, Per Holm vice ordförande och Lisa Sund kassör"
_POSTED = rf"{_RUN}\s+(?:vice\s+)?[a-zåäö-]+"
_POSTS_AFTER_NAMES = re.compile(rf"{_POSTED}(?:(?:\s*,\s*|\s+(?:och|samt)\s+){_POSTED})+(?=[\s.,;:!?]|$)")
_POSTED_ITEM = re.compile(rf"(?P<run>{_RUN})\s+(?P<role>(?:vice\s+)?[a-zåäö-]+)")


def _posts_after_names(line: str) -> list[PersonMention]:
    """Each name of such a sentence with its own post; all posts must be titles."""
    found = []
    for m in _POSTS_AFTER_NAMES.finditer(line):
        items = list(_POSTED_ITEM.finditer(line, m.start(), m.end()))
        roles = [_role_of(i.group("role")) for i in items]
        names = [_full_name(i.group("run"), line, i.start("run"), i.end("run")) for i in items]
        if all(roles) and all(names):
            found += [PersonMention(n, r, None, MENTION_RULES["PERSON_APPOS"]) for n, r in zip(names, roles)]
    return found


def _posts_in_paragraph(paragraph: str) -> list[PersonMention]:
    """Staff named with their posts in one paragraph, its lines joined (a name may break over lines)."""
    text = " ".join(paragraph.split())
    found = []
    for m in _POST_AFTER_NAME.finditer(text):
        group, role = ("names", m.group("role")) if m.group("names") else ("names2", m.group("role2"))
        if not (role := _post(role)):
            continue
        for name in _names_in(m.group(group), text, m.start(group)):
            found.append(PersonMention(name, role, None, MENTION_RULES["PERSON_NEW_IN_POST"]))
    return found


def _post(written: str) -> str | None:
    """The title of a post, in the singular: "biträdande rektorer" → "biträdande rektor"."""
    words = written.split()
    if words and not is_role_word(words[-1]) and words[-1].endswith(("er", "ar")) and is_role_word(words[-1][:-2]):
        words[-1] = words[-1][:-2]
    return _role_of(" ".join(words))


# Three or more full names in one enumeration: "kandidater; Gösta Ek nr 59, Ali Namazi Moghaddam
# nr 55 och Rut Berg nr 149" (a house number or a note in parentheses may follow each)
_ITEM = rf"{_RUN}(?:\s+nr\s*\d+|{_PAREN_NOTE})?"
_ENUMERATION = re.compile(rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})+\s+(?:och|samt)\s+{_ITEM})")
# "Anders Peterssons (S) yrkande", "Karin Holms förslag": the person whose motion, proposal or
# reservation it is, named in the genitive (the nominative is the record)
_GENITIVE = re.compile(
    rf"(?P<run>{_RUN})s(?:\s*\((?P<party>{PARTY})\))?\s+(?:[a-zåäö]+\s+)?(?:[a-zåäö]*yrkande[nt]?|förslag(?:et)?|"
    r"motion(?:en)?|reservation(?:en)?|fråga(?:n)?|interpellation(?:en)?|skrivelse(?:n)?|ansökan|anmälan|"
    r"protokollsanteckning(?:en)?|yttrande(?:t)?|anförande(?:t)?|inlägg(?:et)?|redogörelse(?:n)?|rapport(?:en)?)\b"
)
# "Eva Ek (Polisförbundet)", "Per Ny (Vision)": the organisation a delegate comes from, in parentheses
_PAREN_ORGANISATION = re.compile(rf"(?P<run>{_RUN})\s*\((?P<inner>[A-ZÅÄÖ][\wåäöÅÄÖ&-]*(?:\s+[\wåäöÅÄÖ&-]+){{0,3}})\)")
# "Johanna Berg kandiderade och valdes som mötesordförande", "Olle nominerades och valdes",
# "Sara Dahl kandiderar och väljs till kassör": a candidate elected in the same sentence
_CANDIDATE_ELECTED = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=^[-•*]\s))(?P<names>[A-ZÅÄÖÉa-zåäöé][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?"
    rf"(?:\s+{_CAP}){{0,2}})\s+(?:kandiderar|kandiderade|nomineras|nominerades|föreslås|föreslogs|ställer upp|ställde upp)"
    r"\s+och\s+(?:väljs|valdes|blir vald|blev vald|blev invald|väljs in|valdes in)\b"
    r"(?:\s+(?:in\s+)?(?:till|som)\s+(?P<role>(?:vice\s+)?[a-zåäö-]+))?"
)
# Notes of associations start with who speaks, often a first name in lower case: "fredrik anmäler
# att …", "Sara berättar om …". The verbs are what someone does in a meeting.
_NOTE_SPEAKER = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<name>[A-ZÅÄÖÉa-zåäöé][a-zåäöé]+)\s+(?:anmäler|anmälde|föreslår|föreslog|yrkar|yrkade|"
    r"informerar|informerade|redogör|redogjorde|berättar|berättade|meddelar|meddelade|presenterar|presenterade|"
    r"tar upp|tog upp|frågar|frågade|undrar|undrade|påminner|påminde|lyfter|lyfte|rapporterar|rapporterade|"
    r"kandiderar|kandiderade|öppnar|öppnade|avslutar|avslutade)\b"
)
# What one member does in a working group's notes, at the start of any sentence: "Jens lägger upp
# info …", "Erik leder arbetet …", "Eva och Per tar fram …" (one or two first names, each checked as
# a speaker: a given name the dictionary knows, never a place or an organ)
_SENTENCE_ACTOR = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?P<names>[A-ZÅÄÖÉ][a-zåäöé]+(?:\s*,\s*[A-ZÅÄÖÉ][a-zåäöé]+)*(?:\s+och\s+[A-ZÅÄÖÉ][a-zåäöé]+)?)\s+"
    r"(?:leder|ledde|lägger\s+upp|la\s+upp|lade\s+upp|tar\s+fram|tog\s+fram|skickar|skickade|undersöker|"
    r"undersökte|återkommer|återkom|sammanställer|sammanställde|uttrycker|uttryckte|inleder|inledde|ordnar|"
    r"ordnade|bokar|bokade|kollar|kollade|fixar|fixade|åtgärdar|åtgärdade|har\s+åtgärdat|håller\s+i|höll\s+i|"
    r"ansvarar|ansvarade|presenterar|presenterade|berättar|berättade|meddelar|meddelade|informerar|informerade|"
    r"föreslår|föreslog|redogör|redogjorde|frågar|frågade|tar\s+upp|tog\s+upp|påminner|påminde|"
    r"representerar|representerade|kallar\s+till|kallade\s+till|kommer\s+inte\s+att)\b"
)
# Words that open a note without naming anyone: pronouns, determiners, adverbs
_NOT_SPEAKERS = frozenset(
    """
    jag du han hon hen vi ni de man den det denna detta dessa alla många flera några någon ingen inga samtliga
    var varje här där då nu sedan därefter slutligen också även idag igår först sist sen vidare övriga andra
    därför framöver dessutom alltså således annars sammanfattningsvis avslutningsvis ordf sekr
    """.split()
)


def _speaker(word: str) -> str | None:
    """The first name a note opens with, capitalised as a name ("fredrik" → "Fredrik"), or None for
    a pronoun, a title ("kassören") or an organ in the definite form ("styrelsen", "gruppen").
    Capitalised, the word opens any sentence ("Därför föreslår …"): then only a name the dictionary
    knows counts. Written in lower case, it is a club's informal note of who spoke."""
    name = word[:1].upper() + word[1:]
    if word.lower() in _NOT_SPEAKERS or is_role_word(word) or not is_name_token(name):
        return None
    if word[:1].isupper() and (not is_proper_noun(word) or is_place_name(word)):
        return None  # "Göteborg meddelar …": a place acting, no person
    if word.lower().endswith(("en", "et", "na", "orna", "arna", "erna")) and not is_proper_noun(name):
        return None
    return name


# "Jonas Wik, säkerhets- och beredskapschef": a compound title after the name
_APPOS_COMPOUND = re.compile(rf"(?P<run>{_RUN}),\s+(?P<role>[a-zåäö]+-\s+(?:och|eller)\s+[a-zåäö]+)")
# "Birgit Ek (ersättare, politiker Tomelilla kommun)", "Sjöcrona (ordförande för DRust)"
_PAREN_ROLE = re.compile(rf"(?P<run>{_RUN})\s*\((?P<inner>[^()]{{2,80}})\)")
# "föreningens revisorer, Britt Lago Bruze och Margareta Ek", "revisorer Blgl (närvarande) och Lien",
# "Mötet valde justerare: Eva Ek och Per Holm", "Revisorer; Eva Ek och Per Holm"
_GROUP = re.compile(
    rf"\b(?P<role>[a-zåäö-]+)\s*[,:;]?\s+(?P<names>{_RUN}(?:{_PAREN_NOTE})?(?:\s*,\s*{_RUN}(?:{_PAREN_NOTE})?)*"
    rf"\s+och\s+{_RUN}(?:{_PAREN_NOTE})?)"
)
# A function and who holds it, joined by a copula, often with a list label's colon or semicolon:
# "Revisorer är; Eva Ek och Per Holm", "Justerare blev Eva Ek och Per Holm", "kassör är: Lisa Sund"
_HOLDERS = re.compile(
    rf"(?:^|(?<=[\s,;:.]))(?P<role>(?:[Vv]ice\s+)?[A-ZÅÄÖa-zåäö][a-zåäö-]+)\s+(?:är|var|blev|blir)\s*[;:]?\s+(?P<names>{_NAMES})")
# a title that opens such a label is the next names', not the name's before it ("…, revisorssuppleant är; Lisa Sund")
_OPENS_HOLDERS = re.compile(r"^\s+(?:är|var|blev|blir)\s*[;:]|^\s*[;:]")
# "Föreningens kassör stellanl redovisade": a title before a user name (kept by the extractor
# only for user names the document lists elsewhere, e.g. in its röstlängd)
_TITLED_HANDLE = re.compile(r"\b(?P<role>(?:vice\s+)?[a-zåäö-]+)\s+(?P<handle>[a-zåäö][a-zåäö0-9_.-]{1,15})\b")
_PREPOSITIONS = ("för", "i", "vid", "hos", "på", "inom")


def _full_name(run: str, line: str, start: int, end: int) -> str | None:
    """The full name a run of capitalised words is, after leading non-name words ("Ordföranden",
    "Även"); None when a capitalised word touches the run (the name may be longer) or it is no name."""
    before, after = line[:start].split()[-1:], line[end:]
    if before and _NAME_TOKEN_RE.match(before[0]) and is_name_token(before[0]):
        return None
    if re.match(r"\s+[A-ZÅÄÖ]", after) and not re.match(r"\s+[A-ZÅÄÖ][\wåäö]*\s*\(", after):
        return None
    tokens = run.split()
    while tokens and not is_name_token(tokens[0]):
        tokens.pop(0)
    if common_nouns_only(tokens):
        return None  # "Service Fastighet informerade", "Nöjd Kund Index": a unit or a name of a thing
    return " ".join(tokens) if 2 <= len(tokens) <= 3 and all(is_name_token(t) for t in tokens) else None


def _nominating_body(word: str) -> str | None:
    """"valberedning(en)": a body whose members are known by its name ("Som valberedning valdes Eva Ek
    och Per Ny" makes both of them valberedning, as the signature lists write it)."""
    return "valberedning" if word.lower() in ("valberedning", "valberedningen", "valkommitté", "valkommittén") else None


def _role_of(word: str) -> str | None:
    words = word.split()
    return canonical_role(word) if words and is_role_word(words[-1]) else None


def _title_and_organisation(inner: str) -> tuple[str | None, str | None]:
    """A parenthesis after a name: its first title ("ersättare") and the organisation it names
    ("politiker Tomelilla kommun" → Tomelilla kommun, "ordförande för DRust" → DRust)."""
    role = organisation = None
    for piece in (p.strip() for p in inner.split(",")):
        words = piece.split()
        # "ersättare", "ordinarie ledamot", "föregående års ordförande": lower-case words up to a title
        k = next((i for i, w in enumerate(words) if is_role_word(w)), None)
        if k is None or not all(w[:1].islower() for w in words[:k]):
            continue
        start = k - 1 if k and words[k - 1] == "vice" else k
        if k >= 2 and words[k - 1] in ("och", "eller") and words[k - 2].endswith("-"):
            start = k - 2  # "ekonomi- och personalchef"
        role = role or canonical_role(" ".join(words[start:k + 1]))
        rest = words[k + 1:]
        if rest and rest[0] in _PREPOSITIONS:
            rest = rest[1:]
        if rest and rest[0][:1].isupper():
            organisation = organisation or " ".join(rest)
    return role, organisation


def _names_in(names: str, line: str, offset: int) -> list[str]:
    """The full names of "A, B och C" or "A (S) och B (M)" (each checked as _full_name)."""
    found = []
    for part in re.finditer(_RUN, re.sub(_PAREN_NOTE, lambda m: " " * len(m.group(0)), names)):
        name = _full_name(part.group(0), line, offset + part.start(), offset + part.end())
        if name is None:
            # "valdes Rut Ås, BoRevision AB": the names before an organisation stand; a list that
            # opens with no name is no list of persons
            return found
        found.append(name)
    return found


# The quarter of a region or a unit ("Skåne Nordost", "Hemtjänst Väst"): no surname in acting sentences
_COMPASS = frozenset({"Norr", "Söder", "Syd", "Väst", "Öst", "Nord", "Nordost", "Nordväst", "Sydost", "Sydväst", "Mitt"})


def _organisation_run(run: str) -> bool:
    """Whether a capitalised run acting as a sentence's subject is an organisation or a region:
    "Region Jämtland Härjedalen informerade", "Skåne Nordost redovisade"."""
    words = run.split()
    return is_organisation_word(words[0]) or words[-1] in _COMPASS


# Functions one person holds at a time: a second name in the same election holds the next function
_ONE_HOLDER = frozenset({"ordförande", "vice ordförande", "mötesordförande", "sekreterare", "mötessekreterare",
                         "protokollförare", "kassör"})


def phrase_mentions(line: str) -> list[PersonMention]:
    """Persons the phrase rules find in one line of running text, in rule order."""
    found: list[PersonMention] = []

    def add(name: str | None, label: str, role: str | None = None, organisation: str | None = None) -> None:
        if name:
            found.append(PersonMention(name, role, None, MENTION_RULES[label], organisation))

    for m in _GENITIVE.finditer(line):
        if (name := _full_name(m.group("run") + "s", line, m.start("run"), m.end("run") + 1)) and name.endswith("s"):
            party = party_of(m.group("party")) if m.group("party") else None
            found.append(PersonMention(name[:-1], None, party, MENTION_RULES["PERSON_GENITIVE"]))
    for m in _CANDIDATE_ELECTED.finditer(line):
        role = _role_of(m.group("role")) if m.group("role") else None
        words = m.group("names").split()
        if len(words) == 1:
            add(_speaker(words[0]), "PERSON_NOTE_NAME", role)
        else:
            add(_full_name(m.group("names"), line, m.start("names"), m.end("names")), "PERSON_ELECTED", role)
    if (m := _NOTE_SPEAKER.match(line)) and not re.match(rf"\s*(?:[-•*]\s*)?{_CAP}\s+{_CAP}", line):
        add(_speaker(m.group("name")), "PERSON_NOTE_NAME")
    for m in _SENTENCE_ACTOR.finditer(line):
        names = re.split(r"\s*,\s*|\s+och\s+", m.group("names"))
        before = line[:m.start()].split()[-1:]
        if before and before[0][:1].isupper() and not before[0].endswith((".", "!", "?", ":")):
            continue  # "… Anna Ek leder": the end of a full name, the rules for full names read it
        # a pair needs one given name the dictionary knows, the other may be one by its shape
        if any(_speaker(n) for n in names) and all(_speaker(n) or could_be_given_name(n) for n in names):
            for name in names:
                add(name, "PERSON_NOTE_NAME")
    for m in _PAREN_ORGANISATION.finditer(line):
        inner = m.group("inner")
        if not (party_of(inner) or is_title_acronym(inner) or are_initials_of(inner, m.group("run")) or re.search(r"\d|§", inner) or any(is_role_word(w) for w in inner.split())
                or inner.split()[0].lower() in ("bilaga", "se", "omval", "nyval", "fyllnadsval")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_PAREN_ORGANISATION", None, inner)
    for m in _APPOS_COMPOUND.finditer(line):
        if is_role_word(m.group("role").split()[-1]):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_APPOS", canonical_role(m.group("role")))
    for m in _REPRESENTS.finditer(line):
        for group in ("run", "run2"):
            name = _full_name(m.group(group), line, m.start(group), m.end(group))
            add(name if name and _plausible_full_name(name) else None, "PERSON_ACTS")
    for m in [*_SITS_ON.finditer(line), *_CONSISTS_OF.finditer(line)]:
        role = "valberedning" if m.group("body").lower() == "valberedningen" else "ledamot"
        for name in _names_in(m.group("names"), line, m.start("names")):
            add(name, "PERSON_ELECTED", role)
    for m in _ACTS_AS.finditer(line):
        if is_role_word(m.group("role")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_ACTS", canonical_role(m.group("role")))
    for m in _ACTS.finditer(line):
        if not _organisation_run(m.group("run")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_ACTS")
    for m in _PASSIVE_BY.finditer(line):
        for name in _names_in(m.group("names"), line, m.start("names")):
            if _plausible_full_name(name):
                add(name, "PERSON_AFTER")
    for m in _STRONG_PASSIVE_BY.finditer(line):
        for name in _names_in(m.group("names"), line, m.start("names")):
            if _known_full_name(name):
                add(name, "PERSON_AFTER")
    for m in _AT_ORGANISATION.finditer(line):
        name = _full_name(m.group("run"), line, m.start("run"), m.end("run"))
        if name and _plausible_full_name(name) and not party_of(m.group("org")) and not is_title_acronym(m.group("org")):
            add(name, "PERSON_AT_ORGANISATION", None, m.group("org"))
    for m in _WHO.finditer(line):
        name = _full_name(m.group("run"), line, m.start("run"), m.end("run"))
        if name and _plausible_full_name(name):
            add(name, "PERSON_ACTS")
    for m in _TITLED_PARTY.finditer(line):
        if is_role_word(m.group("role")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_TITLED",
                _compound_title(line[:m.start("role")], canonical_role(m.group("role"))))
    for m in _TITLE_THEN_NAME.finditer(line):
        if is_role_word(m.group("role")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_PAREN_ROLE", canonical_role(m.group("role")))
    for m in _FROM.finditer(line):
        lead = m.group(0)[:m.start("run") - m.start()].lower()
        role = "justerare" if "justeras" in lead else "motionär" if re.search(r"\bmotion\s", lead) else None
        for name in _names_in(m.group("run"), line, m.start("run")):
            add(name, "PERSON_AFTER", role)
    for m in _ADJUSTER.finditer(line):
        if m.group("names"):
            for name in _names_in(m.group("names"), line, m.start("names")):
                add(name, "PERSON_ELECTED", "justerare")
        elif " och " in m.group("before"):
            for name in _names_in(m.group("before"), line, m.start("before")):
                add(name, "PERSON_ELECTED", "justerare")  # "Eva Ek och Per Holm valdes att justera"
        elif len(m.group("before").split()) == 1:
            if is_name_token(m.group("before")):
                add(m.group("before"), "PERSON_FIRST_ELECTED", "justerare")
        else:
            add(_full_name(m.group("before"), line, m.start("before"), m.end("before")), "PERSON_ELECTED", "justerare")
    for m in [*_ELECTED_BEFORE.finditer(line), *_ELECTED_AFTER.finditer(line), *_ELECTED_INFINITIVE.finditer(line),
              *_ELECTED_IN.finditer(line)]:
        # "Till styrelse väljs Eva Ek, Per Holm …", "Eva Ek och Per Holm väljs in i styrelsen": members of the board
        board = "ledamot" if m.group("role").lower() in ("styrelse", "styrelsen") else None
        role = _role_of(m.group("role")) or _nominating_body(m.group("role")) or board
        if role is None and not m.group("role").lower().endswith(_BODY_ENDINGS):
            continue  # "… valdes till plattform": elected to no function or body
        names = _names_in(m.group("names"), line, m.start("names"))
        # "Till mötesordförande och protokolljusterare väljs Eva Ek och Per Holm": two functions and
        # two names, each name to the function in its place when "respektive" says so or the first
        # function has one holder ("Till justerare och rösträknare valdes A och B": both are both)
        second = _role_of(m.group("second")) if "second" in m.groupdict() and m.group("joiner") in ("och", "samt") else None
        respectively = " respektive " in m.group("names") or role in _ONE_HOLDER
        if second and len(names) == 2 and second != role and respectively:
            add(names[0], "PERSON_ELECTED", role)
            add(names[1], "PERSON_ELECTED", second)
            continue
        for name in names:
            add(name, "PERSON_ELECTED", role)
    for m in _ELECTED_ACTIVE.finditer(line):
        names, role = (m.group("names"), m.group("role")) if m.group("names") else (m.group("names2"), m.group("role2"))
        offset = m.start("names") if m.group("names") else m.start("names2")
        for name in _names_in(names, line, offset):
            add(name, "PERSON_ELECTED", _role_of(role))
    for m in _ELECTED_WITH.finditer(line):
        if role := _role_of(m.group("role")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_ELECTED", role)
    for m in _ELECTED_NEXT.finditer(line):
        if role := _role_of(m.group("role")):
            add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_ELECTED", role)
    for m in _ELECTED_TO_LABEL.finditer(line):
        if role := _role_of(m.group("role")):
            for name in _names_in(m.group("names"), line, m.start("names")):
                add(name, "PERSON_ELECTED", role)
    for m in _ELECTED_LABELLED.finditer(line):
        for name in _names_in(m.group("names"), line, m.start("names")):
            if _plausible_full_name(name):
                add(name, "PERSON_ELECTED_PLAIN")
    for m in _ELECTED_PLAIN.finditer(line):
        group = "names" if m.group("names") else "names2"
        for name in _names_in(m.group(group), line, m.start(group)):
            if _plausible_full_name(name):
                add(name, "PERSON_ELECTED_PLAIN")
    if _ELECTION_WORD.search(line):
        for m in _PAIRED_FUNCTION.finditer(line):
            if (role := _role_of(m.group("role"))) and (name := _full_name(m.group("run"), line, m.start("run"), m.end("run"))):
                add(name, "PERSON_ELECTED", role)
                # "…, Mira Ek och Per Ny som ledamöter": the name before "och" shares the function
                if first := _PAIRED_BEFORE_OCH.search(line[:m.start("run")]):
                    add(_full_name(first.group("run"), line, first.start("run"), first.end("run")), "PERSON_ELECTED", role)
    for m in _NEW_IN_POST.finditer(line):
        group, role = ("names", m.group("role")) if m.group("names") else ("names2", m.group("role2"))
        if (role := _post(role)):
            for name in _names_in(m.group(group), line, m.start(group)):
                add(name, "PERSON_NEW_IN_POST", role)
    for m in _ELECTED_ABBREVIATION.finditer(line):
        add(_full_name(m.group("run"), line, m.start("run"), m.end("run")), "PERSON_ELECTED", m.group("role"))
    for m in _PROPOSED.finditer(line):
        role = _role_of(m.group("role")) if m.group("role") else None
        for name in _names_in(m.group("names"), line, m.start("names")):
            add(name, "PERSON_CANDIDATE", role)
    for m in _FIRST_ELECTED.finditer(line):
        names = re.split(r"\s*,\s*|\s+och\s+", m.group("names"))
        if (role := _role_of(m.group("role"))) and all(is_name_token(n) for n in names):
            for name in names:
                add(name, "PERSON_FIRST_ELECTED", role)
    for m in _FIRST_ELECTED_AFTER.finditer(line):
        if (role := _role_of(m.group("role"))) and is_name_token(m.group("name")):
            add(m.group("name"), "PERSON_FIRST_ELECTED", role)
    for m in _OPENED_BY.finditer(line):
        add(_speaker(m.group("name")), "PERSON_NOTE_NAME")
    items = [m] if (m := _ITEM_ELECTED.match(line)) else list(_LETTERED_ELECTED.finditer(line))
    for m in items:
        if not (role := _role_of(m.group("role"))):
            continue
        words = m.group("names").split()
        if len(words) == 1:
            add(words[0] if is_name_token(words[0]) else None, "PERSON_FIRST_ELECTED", role)
        else:
            add(_full_name(m.group("names"), line, m.start("names"), m.end("names")), "PERSON_ELECTED", role)
    for m in _ENUMERATION.finditer(line):
        items = re.sub(r"\s+nr\s*\d+|" + _PAREN_NOTE, "", m.group("items"))
        names = _names_in(items, items, 0)
        before = line[: m.start()].split()[-1:]
        # "Bygg Nord, Färg Center och Järn Boden": shops, whose first word is a common noun, not a name
        # (an inflected noun: the dictionary also lists given names in lower case, "elin", "samir")
        companies = [n for n in names if is_common_noun(n.split()[0])]
        if len(names) >= 3 and not (before and is_name_token(before[0])) and not companies:
            for name in names:
                add(name, "PERSON_LIST")
    for m in _PAREN_ROLE.finditer(line):
        role, organisation = _title_and_organisation(m.group("inner"))
        run = m.group("run").split()
        if role is None or (len(run) == 1 and not is_role_word(m.group("inner").split()[0])):
            continue
        name = run[0] if len(run) == 1 and is_name_token(run[0]) else _full_name(m.group("run"), line, m.start("run"), m.end("run"))
        add(name, "PERSON_PAREN_ROLE", role, organisation)
    for m in _GROUP.finditer(line):
        role = m.group("role")
        if not is_role_word(role) or not re.search(r"(?:er|ar|are|ande|män)$", role):
            continue
        if _FUNCTION_OF_BEFORE.search(line[:m.start("role")]) and line[m.end("role"):].startswith(","):
            continue  # "Eva Ek som sekreterare, Per Ny och Bo Ås som …": the title is Eva Ek's
        bare = re.sub(_PAREN_NOTE, "", m.group("names"))
        names = [n.strip() for n in re.split(r"\s*,\s*|\s+och\s+", bare)]
        if all(len(n.split()) <= 3 and all(is_name_token(t) for t in n.split()) for n in names):
            for name in names:
                add(name, "PERSON_GROUP", canonical_role(role))
    found += _posts_after_names(line)
    for m in _HOLDERS.finditer(line):
        if role := _role_of(_post(m.group("role").lower()) or ""):
            for name in _names_in(m.group("names"), line, m.start("names")):
                add(name if _known_full_name(name) else None, "PERSON_GROUP", role)
    for m in _TITLED_HANDLE.finditer(line):
        if is_role_word(m.group("role").split()[-1]) and m.group("handle") not in _PRONOUNS:
            add(m.group("handle"), "PERSON_TITLED_HANDLE", canonical_role(m.group("role")), _genitive_before(line, m.start()))
    return found


def _respectively(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Two names elected to two functions with "respektive" take one function each, whatever the
    election rules gave them (they read one function for a list of names)."""
    for line in text.split("\n"):
        if " respektive " not in line or not _ELECTION_WORD.search(line):
            continue
        for m in [*_RESPECTIVELY_AFTER.finditer(line), *_RESPECTIVELY_BEFORE.finditer(line)]:
            roles = (_role_of(m.group("role")), _role_of(m.group("role2")))
            names = tuple(_full_name(m.group(g), line, m.start(g), m.end(g)) for g in ("first", "second"))
            if None in roles or None in names:
                continue
            rule = MENTION_RULES["PERSON_ELECTED"]
            mentions = [mention for mention in mentions if mention.name not in names or mention.role not in roles]
            mentions += [PersonMention(name, role, None, rule) for name, role in zip(names, roles)]
    return mentions


# The first part of a compound title written with a hyphen: "säkerhets- och" (beredskapschef)
_COMPOUND_START = re.compile(r"\b([A-ZÅÄÖa-zåäö]+-\s+(?:och|eller)\s+)$")


def _compound_title(before: str, role: str | None) -> str | None:
    """The whole title when the words before a title start a compound: "Säkerhets- och
    beredskapschef Jonas Wik" is säkerhets- och beredskapschef, not beredskapschef."""
    match = _COMPOUND_START.search(before)
    return canonical_role(match.group(1) + role) if match and role else role


def _genitive_before(line: str, start: int) -> str | None:
    """The organisation an acronym in the genitive names before a title: "LIFs ordförande Karin"."""
    before = line[:start].split()[-1:]
    match = re.fullmatch(r"([A-ZÅÄÖ]{2,6}):?s", before[0]) if before else None
    return match.group(1) if match else None


# Nouns that make the capitalised word before them a place: "Tomelilla kommun", "Hedemora stad"
_PLACE_NOUNS = frozenset({"kommun", "kommuns", "stad", "stads", "län", "läns", "församling", "socken", "region"})


# What follows the first word of an organisation's name: "& Omsorg", "och omsorg", "- och miljö"
_ORGANISATION_GOES_ON = re.compile(r"\s*(?:&|och\s+[a-zåäö]|-\s*och\b)")


# A line broken between "som"/"till" and the function it introduces ("valdes Eva Ek som" /
# "sekreterare, …"): a function word never ends a line of its own, so the two lines are one sentence
_WRAPPED_FUNCTION = re.compile(r"(?:(?<=\ssom)|(?<=\still)|(?<=\ssom ny)|(?<=\still ny))[ \t]*\n(?=[a-zåäö])")


# "Som justerare valdes valdes Eva Ek": a verb written twice is one verb
_REPEATED_ELECTION_VERB = re.compile(rf"\b({ELECTED_PASSIVE})\s+\1\b")
# A name the page broke after its given name, in running text: "Kassören Eva" / "Holm redogjorde …"
_NAME_BROKEN = re.compile(
    rf"(?<![{_UPPER}{_LOWER}-])(?P<before>[{_UPPER}{_LOWER}][{_LOWER}]+,? )(?P<given>[{_UPPER}][{_LOWER}]+)\n"
    rf"(?P<surname>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?=[ .,;:]|$)",
    re.MULTILINE,
)


def join_broken_names(text: str) -> str:
    """Running text with a name the page broke after its given name made whole (see _NAME_BROKEN)."""
    def join(m: re.Match) -> str:
        given, surname, before = m.group("given"), m.group("surname"), m.group("before").strip(" ,")
        if before[:1].isupper() and not is_role_word(before):
            return m.group(0)  # "Katarina Östman" / "Ungdomsfullmäktige …": only a title may stand capitalised before
        whole = _given_name(given) and is_given_name(given) and is_name_token(surname) and not is_common_noun(surname)
        return f"{m.group('before')}{given} {surname}" if whole else m.group(0)
    return _NAME_BROKEN.sub(join, text)


# "välja Bo Ny till ordförande för stämman", "Till sekreterare för årsmötet valdes Eva Ek": the chair or
# secretary of this meeting, not the board's; read as the one word the election rules know
_MEETING_FUNCTION = re.compile(
    r"\b(?P<vice>vice\s+)?(?P<role>ordförande|sekreterare)\s+(?:för|vid)\s+"
    r"(?:dagens\s+(?:möte|sammanträde|stämma)|(?:det\s+)?[a-zåäö]*(?:mötet|stämman)|sammanträdet)\b"
)


def person_mentions(text: str) -> list[PersonMention]:
    """Persons the rules find in running text, in order of appearance (duplicates kept)."""
    text = _MEETING_FUNCTION.sub(lambda m: (m.group("vice") or "") + "mötes" + m.group("role"), text)
    text = _WRAPPED_FUNCTION.sub(" ", text)
    text = _REPEATED_ELECTION_VERB.sub(r"\1", text)
    mentions = []
    for doc in pipeline().pipe(_pieces(text)):
        for span in doc.ents:
            words = [t.text for t in span]
            if span.end < len(doc) and doc[span.end].lower_ in _PLACE_NOUNS:
                continue  # "politiker Tomelilla kommun": a place, not a surname
            if span.label_ == "PERSON_ELECTED_PAIR":
                found = [_mention(half, label) for half, label in _pair_halves(words)]
            elif span.label_ == "PERSON_HANDLE_ELECTED":
                found = _handle_mentions(words)
            elif span.label_ == "PERSON_TITLED" and re.search(r"\)\s*,\s*$", doc.text[:span.start_char]):
                continue  # "Anna Ek (S), ordförande Maria Vik …": the title is Anna Ek's, the name a neighbour's
            elif span.label_ == "PERSON_TITLED" and "," in words and _name_before(doc.text, span.start_char):
                continue  # "Per Ny kassör, Kim Dahl sekr": the title ends Per Ny's entry, Kim Dahl starts the next
            elif span.label_ == "PERSON_TITLED" and "," in words and _FUNCTION_OF_BEFORE.search(doc.text[:span.start_char]):
                continue  # "valdes Eva Ek som kassör, Per Ny som …": the title is Eva Ek's, Per Ny's comes after him
            elif (span.label_ == "PERSON_TITLED" and sum(is_name_token(w) for w in words) == 1
                  and _ORGANISATION_GOES_ON.match(doc.text[span.end_char:])):
                continue  # "Kommunikatör Vård & Omsorg", "chef Bygg och miljö": a unit's name, no "Vård"
            else:
                found = [_mention(words, span.label_)]
                if found[0] and span.label_ == "PERSON_APPOS" and _OPENS_HOLDERS.match(doc.text[span.end_char:]):
                    found = [replace(found[0], role=None)]  # "Per Holm, revisorssuppleant är; Lisa Sund"
                if found[0] and span.label_ == "PERSON_APPOS" and (at := _TITLE_AT_ORGANISATION.match(doc.text[span.end_char:])):
                    found = [replace(found[0], organisation=at.group("org"))]
                if found[0] and span.label_ == "PERSON_TITLED":
                    organisation = _genitive_before(doc.text, span.start_char)
                    role = _compound_title(doc.text[:span.start_char], found[0].role)
                    found = [replace(found[0], organisation=organisation, role=role)]
            mentions += [m for m in found if m is not None]
    for line in text.split("\n"):
        mentions += phrase_mentions(line)
    for paragraph in re.split(r"\n\s*\n", text):
        mentions += _posts_in_paragraph(paragraph)
    return _respectively(text, mentions + _named_in_sentences(text))


# A full name inside a sentence with no act, title or election around it ("Per har kontaktat Ulrika
# Järnmark men inväntar svar", "som talare nämns författaren Kjell Gustavsson"): after a whole lower-case word
# on the same line, a given name the dictionary knows and a surname (one it knows, or of a surname's
# shape: "-sson", "-ström", "-mark" …; a line may break between the two), not followed by a further
# capitalised word ("Hans Olof Höglund" is the list rules' to read) or a place noun ("Måns Pers
# torg", "Eva Ek AB"), nor after a name's particle ("Kerstin von Braun Holm")
_NAMED = re.compile(
    rf"(?<![\w-])(?P<before>[{_LOWER}]+)[ \t]+(?P<given>[{_UPPER}][{_LOWER}]+)(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<surname>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?![\w-])(?P<after>\s+\S+)?"
)
# "Kerstin von Braun Holm", "Erik de Geer": a particle inside a name, never the word before one
_NAME_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "da", "di", "du", "la", "le", "zu"})
_SURNAME_ENDINGS = ("son", "ström", "berg", "gren", "lund", "kvist", "qvist", "dahl", "dal", "mark",
                    "holm", "ling", "stad", "stedt", "stam", "man", "blad", "bäck", "feldt", "fors", "sjö", "vall")
_NOT_A_PERSON_AFTER = frozenset({"gata", "gatan", "väg", "vägen", "plats", "platsen", "torg", "torget", "park",
                                 "parken", "skola", "skolan", "kyrka", "kyrkan", "ab", "hb", "kb", "stiftelse",
                                 "stiftelsen", "fond", "fonden", "hus", "huset", "gård", "gården"}) | _PLACE_NOUNS


# The same name opening a sentence, before an auxiliary verb: "Eva Ek ska kontakta kommunen", "Per
# Holm har bokat lokalen" (no name-like run: the name must stand alone before the verb)
_NAMED_OPENING = re.compile(
    rf"(?:^|(?<=[.!?:]\s))[ \t]*(?P<given>[{_UPPER}][{_LOWER}]+)[ \t]+(?P<surname>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)"
    r"(?=[ \t]+(?:ska|skall|kommer\s+att|har|hade|får|fick|kan|kunde|vill|ville|bör|måste)\s+[a-zåäö])",
    re.MULTILINE)


def _named_in_sentences(text: str) -> list[PersonMention]:
    found = []
    for m in [*_NAMED.finditer(text), *_NAMED_OPENING.finditer(text)]:
        given, surname = m.group("given"), m.group("surname")
        after = (m.group("after") or "").strip() if "after" in m.re.groupindex else ""
        if after[:1].isupper() or after.lower().strip(".,;:") in _NOT_A_PERSON_AFTER \
                or m.groupdict().get("before") in _NAME_PARTICLES:
            continue
        if not (is_proper_noun(given) and not is_place_name(given) and is_name_token(surname)
                and (surname in NATURE_SURNAMES or not is_common_noun(surname) and not is_place_name(surname)
                     and (is_proper_noun(surname) or surname.lower().endswith(_SURNAME_ENDINGS)))):
            continue
        found.append(PersonMention(f"{given} {surname}", rule=MENTION_RULES["PERSON_NAMED"]))
    return found


# "… Eva Ek som " / "Eva Ek (M) till ": what follows is the function of the name before it (not after
# "lämnar ordet till revisorn, Per Ny", where the title is the next name's)
_FUNCTION_OF_BEFORE = re.compile(r"(?:[A-ZÅÄÖÉ][a-zåäöé-]+|\))\s+(?:som|till)\s+$")


def _name_before(text: str, start: int) -> bool:
    """Whether a full name (two name words after a comma or the line's start) stands right before
    the position: "Per Ny kassör, …", "Per Ny (M) vice ordförande, …" (a party or note in parentheses
    beside the name), not "Styrelsens ordförande, …" nor "Game Jam-ansvarig, …"."""
    entry = text[:start].split("\n")[-1].split(",")[-1]
    entry = re.sub(r"\s(?:\d:[ae]|förste|första|andre|andra)\s*$", " ", entry)  # "Per Ny (M) 1:e vice ordförande"
    words = re.sub(r"\s*\([^()]{1,20}\)\s*$", " ", entry).split()
    # "… sig med Eva Ek ordförande, Per Holm …": the name may end a longer sentence part
    return len(words) >= 2 and all(is_name_token(w) for w in words[-2:])


def _handle_mentions(words: list[str]) -> list[PersonMention]:
    """ "valde bg och medik till justeringsmän": each user name, as written, with the function."""
    lower = [w.lower() for w in words]
    till = max(i for i, w in enumerate(lower) if w in ("till", "som"))
    role = canonical_role(" ".join(words[till + 1:]))
    return [PersonMention(name=w, role=role, rule=MENTION_RULES["PERSON_HANDLE_ELECTED"])
            for w in words[1:till] if w.lower() != "och"]


def _pair_halves(words: list[str]) -> list[tuple[list[str], str]]:
    """ "välja Karin Holm och Per Ny till justerare" as the two elections it holds, each ending in
    the shared function ("välja Karin Holm till justerare", "och Per Ny till justerare"), with the
    label to read them by; without a function ("välja Karin Holm och Per Ny") two named persons."""
    lower = [w.lower() for w in words]
    och = lower.index("och")
    functions = [i for i, w in enumerate(lower) if w in ("till", "som") and i > och]
    if not functions:
        return [(words[:och], "PERSON_CANDIDATE"), (words[och:], "PERSON_CANDIDATE")]
    return [(words[:och] + words[functions[-1]:], "PERSON_ELECTED"), (words[och:], "PERSON_ELECTED")]


# spaCy refuses a text longer than nlp.max_length (1,000,000 characters), and a long protocol
# is longer; the pieces stay well below it.
_PIECE_CHARS = 100_000


def _pieces(text: str) -> Iterator[str]:
    """The text in pieces of whole lines. A line break is a token of its own that no pattern
    accepts, so no mention spans two lines and the pieces find exactly what the whole text would.
    Only a single line longer than a piece is cut, at a space."""
    piece: list[str] = []
    size = 0
    for line in text.split("\n"):
        if piece and size + len(line) > _PIECE_CHARS:
            yield "\n".join(piece)
            piece, size = [], 0
        while len(line) > _PIECE_CHARS:
            cut = line.rfind(" ", 0, _PIECE_CHARS) + 1 or _PIECE_CHARS
            yield line[:cut]
            line = line[cut:]
        piece.append(line)
        size += len(line) + 1
    yield "\n".join(piece)
