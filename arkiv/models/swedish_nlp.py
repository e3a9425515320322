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
  the full name when the document leaves no doubt whose it is.

Capitalised word pairs on their own ("Region Dalarna", "Hotell Norden", "Europeiska Socialfonden")
are never taken for persons.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from arkiv.swedish.vocabulary import PARTIES, ROLE_TOKEN, canonical_role, is_role_word

NAME_TOKEN = r"^[A-ZÅÄÖÉÜØ][a-zåäöéüøæèáíóú]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüøæèáíóú]+)?$"
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
    Övriga Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Januari Februari Mars April Maj Juni
    Juli Augusti September Oktober November December Lokal Lokala Regional Regionala Styrelsemöte Möte
    Vice Ordförande Ledamot Underskrift Underskrifter Paragraf Ärende Punkt Bilaga Justering
    Justerandes Justeras Signatur Signaturer Sign Utdragsbestyrkande Namnförtydligande Ort
    Nya Gamla Stora Lilla Norra Södra Östra Västra Övre Nedre Inre Yttre
    """.split()
)
# Word endings of organisations, places and common nouns ("Försäkringskassan", "Storgatan",
# "Verksamhetsplanering", "Information"): no Swedish name ends this way.
_NOT_NAME_SUFFIXES = (
    "kommun", "förbund", "förbundet", "nämnden", "styrelsen", "utskottet", "team", "teamet", "teamen", "regionen",
    "kassan", "förmedlingen", "verket", "myndigheten", "bolaget", "gatan", "vägen", "gränd", "torget",
    "platsen", "parken", "stigen", "allén", "ning", "ningen", "ningar", "heten", "tion", "tionen",
    "ering", "eringen", "skap", "skapet", "ärende", "ärendet", "ärenden", "frågor", "rapport",
    "avgift", "budget", "plan", "planen", "förslag", "förslaget",
)

def is_organisation_word(token: str) -> bool:
    """A capitalised word that names or starts an organisation: "Region", "Samordningsförbund"."""
    return token in NOT_NAME_WORDS or token.lower().endswith(_NOT_NAME_SUFFIXES)


def is_name_token(token: str) -> bool:
    if not _NAME_TOKEN_RE.match(token) or token in NOT_NAME_WORDS or is_role_word(token):
        return False
    return not token.lower().endswith(_NOT_NAME_SUFFIXES)


def is_proper_noun(token: str) -> bool:
    """A word the Swedish dictionary spells capitalised (given names, surnames, places): the evidence
    needed before one word alone ("Kalle", "Per") is taken for a person in a list of first names,
    where "Samtliga" or "Personal" must not be."""
    return is_name_token(token) and token in _proper_nouns()


@lru_cache(maxsize=1)
def _proper_nouns() -> frozenset[str]:
    from arkiv.search.swedish import _hunspell_files

    words: set[str] = set()
    for dic in _hunspell_files():
        with dic.open(encoding="utf-8") as lines:
            words.update(line.split("/", 1)[0].strip() for line in lines if line[:1].isupper())
    return frozenset(words)


@dataclass(frozen=True)
class PersonMention:
    name: str
    role: str | None = None
    party: str | None = None
    rule: str | None = None  # which pattern found it, see MENTION_RULES


def _name(op_third: str = "?") -> list[dict]:
    token = {"TEXT": {"REGEX": NAME_TOKEN}, "ORTH": {"NOT_IN": sorted(NOT_NAME_WORDS)}}
    return [dict(token), dict(token), dict(token, OP=op_third)]


INITIAL = r"^[A-ZÅÄÖÉÜ]\.$"


# Words that stand where an elected person's name would ("valde honom till", "utse någon som")
_PRONOUNS = ["honom", "henne", "hen", "dem", "denne", "denna", "dessa", "någon", "några", "ingen", "sig", "mig",
             "dig", "oss", "er", "alla", "samtliga", "båda", "bägge", "en", "ett", "den", "det", "att"]


def _short_name() -> list[dict]:
    """An initial and a name ("A. Ek"), or one name alone ("Ek")."""
    token = {"TEXT": {"REGEX": NAME_TOKEN}, "ORTH": {"NOT_IN": sorted(NOT_NAME_WORDS)}}
    return [{"TEXT": {"REGEX": INITIAL}, "OP": "?"}, token]


def _patterns() -> list[dict]:
    role = {"TEXT": {"REGEX": ROLE_TOKEN}}
    vice = {"LOWER": "vice", "OP": "?"}
    # the tokenizer keeps punctuation after a parenthesis with it: "Per-Ove Nilsson (SD): Enligt …"
    close = {"TEXT": {"REGEX": r"^\)[:,.;]?$"}}
    party = [{"ORTH": "("}, {"ORTH": {"IN": list(PARTIES)}}, close]
    elect_verbs = ["välja", "väljer", "valde", "utse", "utser", "utsåg", "utses"]
    passive = ["väljs", "valdes", "valts", "utses", "utsågs"]
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
    "PERSON_CANDIDATE": "val",
    "PERSON_HANDLE_ELECTED": "val (användarnamn)",
    "PERSON_HANDLE": "alias (namn)",
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
    else:
        role_words = [w for w in words if is_role_word(w) or w.lower() == "vice"]
        role = " ".join(role_words) or None
    # a short form is the whole span: "Ledamot Byggnadsnämnden Norr" is no "Norr"
    others = [w for w in words if w[:1].isupper() and w not in names and w not in initials
              and w not in PARTIES and not is_role_word(w) and w.lower() != "vice"]
    short = label in ("PERSON_TITLED", "PERSON_PARTY", "PERSON_ELECTED") and len(names) == 1 and not others
    if not (2 <= len(names) <= 3 and not initials or short):
        return None
    party = None
    if label == "PERSON_PARTY":
        party = words[-2]
        role = None
    return PersonMention(name=" ".join(initials + names), role=canonical_role(role), party=party,
                         rule=MENTION_RULES.get(label))


def person_mentions(text: str) -> list[PersonMention]:
    """Persons the rules find in running text, in order of appearance (duplicates kept)."""
    mentions = []
    for doc in pipeline().pipe(_pieces(text)):
        for span in doc.ents:
            words = [t.text for t in span]
            if span.label_ == "PERSON_ELECTED_PAIR":
                found = [_mention(half, label) for half, label in _pair_halves(words)]
            elif span.label_ == "PERSON_HANDLE_ELECTED":
                found = _handle_mentions(words)
            else:
                found = [_mention(words, span.label_)]
            mentions += [m for m in found if m is not None]
    return mentions


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
