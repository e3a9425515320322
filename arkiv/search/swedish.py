"""Swedish normalisation for lexical search.

Every word is lower-cased (å/ä/ö are kept: folding merges får/far, här/har, för/for), looked up in
simplemma's Swedish form -> lemma table and then reduced with the Snowball Swedish stemmer. The
lemma step joins irregular forms the stemmer leaves apart (egna/eget -> egen, ledamöterna ->
ledamot); the stem step joins what the lemma table does not know (budgetramar -> budgetram).

Compounds are split with the compounding flags of the hunspell-sv dictionary (SFOL/SALDO based):
a word may begin a compound only if the dictionary flags it (or one of its linking forms such as
"förbunds", "skol", "samverkans") as a compound beginning, and the last part must be a word flagged
as a compound end, in any inflection. This keeps "kommun" whole (no kom + mun) while
"förbundschefen" gives förbund + chef. The parts are added as extra terms after the word's own term.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import pickle
import re
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import Stemmer

from arkiv.cache import cache_dir

__all__ = ["analyze", "analyze_query", "analyze_fields", "split_compound", "STOPWORDS"]

# Function words only. Words that also carry content in meeting texts (år, får, vara, kan/ska are
# kept out on purpose except the modal auxiliaries, man/men are function words here) are not listed.
STOPWORDS = frozenset(
    """
    och att det som en på är av för med till den har de inte om ett i vi du jag han hon hen
    dem denna detta dessa där här så men eller samt då när nu sig sin sitt sina sig hans
    hennes deras dess vår vårt våra er ert era min mitt mina din ditt dina oss mig dig honom
    henne man vid från ut upp åt än mot också ej ju nog skall ska skulle kan kunde kunna
    vill ville blir blev bli bliva varit var vara är vore har hade haft ha eftersom medan
    vilken vilket vilka vars hur vad varför vem någon något några ingen inget inga alla
    allt annan annat andra samma sådan sådant sådana mycket mer mest även endast bara dock
    utan under över efter före innan genom enligt mellan hos åt inom emellertid respektive
    the a an of and to in is for on
    """.split()
)

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_MIN_PART = 3  # shortest compound part, in letters, including its linking morpheme
_MIN_COMPOUND = 6  # shorter words are never split
_MAX_PARTS = 4  # hunspell-sv's COMPOUNDWORDMAX

_stemmer = Stemmer.Stemmer("swedish")


@dataclass(frozen=True)
class _Lexicon:
    begin: dict[str, str]  # form that may begin a compound -> its dictionary word
    middle: dict[str, str]  # form that may stand inside a compound -> its dictionary word
    end_stems: frozenset[str]  # stems of words that may end a compound
    end_words: frozenset[str]


def _hunspell_files() -> list[Path]:
    """The .dic files of the hunspell-sv package (installed under <prefix>/share/hunspell)."""
    try:
        files = importlib.metadata.distribution("hunspell-sv").files or []
        found = sorted(Path(f.locate()).resolve() for f in files if f.name.endswith(".dic"))
    except importlib.metadata.PackageNotFoundError:
        found = []
    if not found:
        found = sorted((Path(sys.prefix) / "share" / "hunspell").glob("sv_SE*.dic"))
    if not found:
        raise RuntimeError("Swedish decompounding needs the hunspell-sv package: pip install hunspell-sv")
    return found


def _parse_suffixes(aff: Path) -> dict[str, list[tuple[str, str, re.Pattern[str], str]]]:
    """SFX rules that create compound forms: flag -> [(strip, add, condition, new flags)]."""
    rules: dict[str, list[tuple[str, str, re.Pattern[str], str]]] = {}
    for line in aff.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 5 or fields[0] != "SFX":
            continue
        flag, strip, add, cond = fields[1], fields[2], fields[3], fields[4]
        add, _, new_flags = add.partition("/")
        if not ("X" in new_flags or "U" in new_flags):
            continue
        strip = "" if strip == "0" else strip
        add = "" if add == "0" else add
        rules.setdefault(flag, []).append((strip, add, re.compile(cond + "$"), new_flags))
    return rules


@functools.cache
def _lexicon() -> _Lexicon:
    """The compound lexicon, compiled once from the dictionary and then loaded from a pickle
    (~0.2 s instead of ~1.8 s: it is on the path of every cold `arkiv search`)."""
    return dictionary_cached("lexicon", _compile_lexicon)


def dictionary_cached(kind: str, build):
    """What build(dictionary files) returns, built once per dictionary version and then loaded
    from a pickle in the user cache; `kind` names the pickle (give it a version when build changes)."""
    files = _hunspell_files()
    stamp = hashlib.sha1(repr([(str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files]).encode())
    cached = cache_dir() / f"{kind}-{stamp.hexdigest()[:16]}.pickle"
    try:
        with cached.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    value = build(files)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(cached)
    except OSError:  # a read-only cache only costs time
        pass
    return value


def _compile_lexicon(files: list[Path]) -> _Lexicon:
    begin: dict[str, str] = {}
    middle: dict[str, str] = {}
    end_words: set[str] = set()
    for dic in files:
        rules = _parse_suffixes(dic.with_suffix(".aff"))
        with dic.open(encoding="utf-8") as lines:
            next(lines)  # entry count
            for line in lines:
                word, _, flags = line.rstrip("\n").partition("/")
                word = word.lower()
                if len(word) < 2 or not word.isalpha():
                    continue
                # Flag 3 marks genitive forms used in numeral compounds ("treårs"); they also
                # begin ordinary compounds: "årsredovisning", "barnsjukdom".
                if "X" in flags or "3" in flags:
                    begin.setdefault(word, word)
                if "U" in flags:
                    middle.setdefault(word, word)
                if "Y" in flags:
                    end_words.add(word)
                for flag in flags:
                    for strip, add, cond, new_flags in rules.get(flag, ()):
                        if not cond.search(word):
                            continue
                        form = (word[: len(word) - len(strip)] if strip else word) + add
                        if "X" in new_flags:
                            begin.setdefault(form, word)
                        if "U" in new_flags:
                            middle.setdefault(form, word)
    end_stems = frozenset(_stemmer.stemWords(sorted(end_words)))
    return _Lexicon(begin, middle, end_stems, frozenset(end_words))


@functools.cache
def _lemma_db() -> sqlite3.Connection:
    """simplemma's Swedish form -> lemma table as an indexed SQLite file in the cache.

    Loading simplemma's own table costs ~1.6 s per process (a million entries) and a cold search
    looks up a handful of words; a lookup in the file costs microseconds and `_term` caches them.
    """
    import simplemma

    stamp = hashlib.sha1(f"{simplemma.__version__}:sv".encode()).hexdigest()[:12]
    path = cache_dir() / f"lemmas-sv-{stamp}.sqlite"
    if not path.exists():
        _build_lemma_db(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _build_lemma_db(path: Path) -> None:
    # simplemma's own dictionary (public in simplemma.strategies since 1.1): a plain form -> lemma
    # Mapping, without its guessing rules.
    from simplemma.strategies import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary("sv")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT OR IGNORE INTO lemmas VALUES (?, ?)", table.items())
    db.close()
    partial.replace(path)


def _lemma(word: str) -> str:
    row = _lemma_db().execute("SELECT lemma FROM lemmas WHERE form = ?", (word,)).fetchone()
    return row[0] if row else word


@functools.lru_cache(maxsize=500_000)
def _term(word: str) -> str:
    """The index term of one lower-cased word: Snowball stem of its lemma."""
    return _stemmer.stemWord(_lemma(word))


def _is_end(part: str, lex: _Lexicon) -> bool:
    return (
        part in lex.end_words
        or _lemma(part) in lex.end_words
        or _stemmer.stemWord(part) in lex.end_stems
    )


@functools.lru_cache(maxsize=500_000)
def split_compound(word: str) -> tuple[str, ...]:
    """Dictionary words of a compound, head last ("förbundschefen" -> ("förbund", "chefen")).

    Returns () when the word is not a compound the dictionary can explain. The split with the
    fewest parts wins; among those, the one with the longest head.
    """
    n = len(word)
    if n < _MIN_COMPOUND or not word.isalpha():
        return ()
    lex = _lexicon()
    best: tuple[str, ...] = ()

    # prefixes[i]: fewest-part ways to cover word[:i] with a beginning and middles.
    prefixes: list[tuple[str, ...] | None] = [None] * (n + 1)
    for i in range(_MIN_PART, n - _MIN_PART + 1):
        form = word[:i]
        if form in lex.begin:
            prefixes[i] = (lex.begin[form],)
    for i in range(_MIN_PART, n - _MIN_PART + 1):
        if prefixes[i] is None or len(prefixes[i]) >= _MAX_PARTS - 1:
            continue
        for j in range(i + _MIN_PART, n - _MIN_PART + 1):
            form = word[i:j]
            if form in lex.middle:
                candidate = prefixes[i] + (lex.middle[form],)
                if prefixes[j] is None or len(candidate) < len(prefixes[j]):
                    prefixes[j] = candidate
    for i in range(_MIN_PART, n - _MIN_PART + 1):
        if prefixes[i] is None:
            continue
        head = word[i:]
        if head[0] == word[i - 1] == word[i - 2]:
            continue  # a triple letter is never a boundary (hunspell CHECKCOMPOUNDTRIPLE)
        if _is_end(head, lex):
            candidate = prefixes[i] + (head,)
            if not best or len(candidate) < len(best) or (
                len(candidate) == len(best) and len(head) > len(best[-1])
            ):
                best = candidate
    return best


@functools.lru_cache(maxsize=500_000)
def _part_terms(word: str) -> tuple[str, ...]:
    """Index terms of the compound parts of `word`, without the word's own term."""
    own = _term(word)
    terms: list[str] = []
    for part in split_compound(word):
        term = _term(part)
        # "år" in "årsredovisning" and other two-letter stems would match half the archive.
        if len(term) >= _MIN_PART and term != own and term not in STOPWORDS and term not in terms:
            terms.append(term)
    return tuple(terms)


def _words(text: str) -> list[str]:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return [w for w in _WORD_RE.findall(text.lower()) if w not in STOPWORDS]


def analyze_fields(text: str) -> tuple[list[str], list[str]]:
    """(word terms, compound-part terms) of a text, in text order, so they can be weighted apart."""
    words = _words(text)
    parts: list[str] = []
    for word in words:
        parts.extend(_part_terms(word))
    return [_term(w) for w in words], parts


def analyze(text: str) -> list[str]:
    """Index-time terms: each word's term followed by the terms of its compound parts."""
    terms: list[str] = []
    for word in _words(text):
        terms.append(_term(word))
        terms.extend(_part_terms(word))
    return terms


def analyze_query(text: str) -> list[str]:
    """Query-time terms: the same normalisation, each term once.

    Query compounds are split too, so "budgetramar" also finds "ramar för budgeten"; the whole
    compound is rarer than its parts, so BM25 still ranks exact compound matches above them.
    """
    return list(dict.fromkeys(analyze(text)))
