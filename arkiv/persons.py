"""Persons: who appears in the archive, in which roles, at which meetings, named in which §s.

The catalogue stores, per document, the persons its attendance and signature lines name (name,
role, organisation, party). A person here is one full name, compared case-insensitively; a shorter
form stored for a document ("J. Wik", "Wik") joins a full name only when exactly one full name of
the archive fits it (same surname, same initial), so two people who share a surname stay two.
Pure functions over rows the catalogue gives; `arkiv.Archive.persons`/`person` feed them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from arkiv.errors import ArchiveError
from arkiv.schema import DocType
from arkiv.swedish.vocabulary import is_role_word


@dataclass(frozen=True)
class PersonRow:
    """One person as one stored document lists them."""

    sha256: str
    date: str | None
    doc_type: str
    body: str | None
    source: str
    name: str
    role: str | None
    organisation: str | None
    party: str | None


@dataclass(frozen=True)
class NamingSection:
    """A § that may name a person (the catalogue's candidates, by surname)."""

    date: str | None
    body: str | None
    source: str
    page: int
    number: str | None
    title: str
    text: str


def _key(name: str) -> str:
    # "Eva Möller-Ek" and "Eva Möller Ek", "Anna-Karin" and "Anna Karin": one name
    return " ".join(name.casefold().replace("-", " ").split())


def _tokens(name: str) -> list[str]:
    return re.findall(r"[\w-]+\.?", name)


def _is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1


@dataclass
class Person:
    name: str  # the full name as most often written
    rows: list[PersonRow]  # oldest first
    variants: tuple[str, ...] = ()  # other spellings joined to this person

    @property
    def surname(self) -> str:
        return _tokens(self.name)[-1]

    @property
    def first_initial(self) -> str:
        return _tokens(self.name)[0][0].casefold()

    def _latest(self, attribute: str) -> str | None:
        return next((getattr(r, attribute) for r in reversed(self.rows) if getattr(r, attribute)), None)

    @property
    def meetings(self) -> list[PersonRow]:
        """The protocols and notes that list the person (a kallelse only invites), one per document."""
        seen, found = set(), []
        for row in self.rows:
            if row.doc_type != DocType.KALLELSE and row.sha256 not in seen:
                seen.add(row.sha256)
                found.append(row)
        return found

    def summary(self) -> dict:
        """Latest known role, organisation and party; meetings and documents; the last meeting's
        date (or the last document's, for someone only invited)."""
        return {"name": self.name, "role": self._latest("role"), "organisation": self._latest("organisation"),
                "party": self._latest("party"), "meetings": len(self.meetings),
                "documents": len({r.sha256 for r in self.rows}),
                "last_date": (self.meetings or self.rows)[-1].date}

    def roles(self) -> list[dict]:
        """Roles over time: each run of documents with the same role, with its dates."""
        runs: list[dict] = []
        for row in self.rows:
            role = row.role or "okänd roll"
            if runs and runs[-1]["role"] == role:
                run = runs[-1]
                run["to"], run["documents"] = row.date, run["documents"] + 1
            else:
                run = {"role": role, "organisations": Counter(), "from": row.date, "to": row.date, "documents": 1}
                runs.append(run)
            if row.organisation:
                run["organisations"][row.organisation] += 1
        return [{"role": r["role"], "organisation": (r["organisations"].most_common(1)[0][0]
                                                      if r["organisations"] else None),
                 "from": r["from"], "to": r["to"], "documents": r["documents"]} for r in runs]


def identify(rows: list[PersonRow]) -> list[Person]:
    """The persons of the archive, ordered by name; short forms joined only where unambiguous."""
    by_key: dict[str, list[PersonRow]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.date or "", r.source)):
        by_key[_key(row.name)].append(row)
    full, short = {}, {}
    for key, group in by_key.items():
        tokens = _tokens(group[0].name)
        if len(tokens) >= 2 and not _is_initial(tokens[0]):
            name = Counter(r.name for r in group).most_common(1)[0][0]
            full[key] = Person(name, group, tuple(sorted({r.name for r in group} - {name})))
        else:
            short[key] = group
    for key, group in short.items():
        tokens = _tokens(group[0].name)
        fits = [p for p in full.values() if _fits(tokens, p)]
        if len(fits) == 1:
            person = fits[0]
            person.rows = sorted(person.rows + group, key=lambda r: (r.date or "", r.source))
            person.variants += (group[0].name,)
        else:
            full[key] = Person(group[0].name, group)
    return sorted(full.values(), key=lambda p: (_key(p.surname), _key(p.name)))


def _fits(tokens: list[str], person: Person) -> bool:
    """Whether a short form ("J. Wik", "Wik") can be this person's name."""
    if tokens[-1].casefold() != person.surname.casefold():
        return False
    return len(tokens) == 1 or tokens[0][0].casefold() == person.first_initial


def find(persons: list[Person], query: str) -> Person:
    """The one person a written name means: case-insensitive, a role before it ("förbundschef
    Jonas Wik"), an initial ("J. Wik") or the surname alone. Raises ArchiveError (Swedish) when
    nobody or more than one person fits, listing the candidates."""
    # A role ("förbundschef Jonas Wik") and a party ("Anna Ek (S)") are not part of the name.
    tokens = [t for t in _tokens(re.sub(r"\([^)]*\)", " ", query)) if not is_role_word(t.lower())]
    if not tokens:
        raise ArchiveError("ange ett namn, t.ex. 'Anna Ek' eller 'A. Ek'")
    wanted = _key(" ".join(tokens))
    exact = [p for p in persons if _key(p.name) == wanted or wanted in {_key(v) for v in p.variants}]
    if len(exact) == 1:
        return exact[0]
    fits = [p for p in persons if _matches(tokens, p)]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        raise ArchiveError(f"ingen person i arkivet heter '{query}' (kör 'arkiv persons' för att se alla)")
    listed = "; ".join(f"{p.name} ({p.summary()['role'] or 'okänd roll'})" for p in fits[:8])
    raise ArchiveError(f"'{query}' kan vara flera personer: {listed}; skriv hela namnet")


def _matches(tokens: list[str], person: Person) -> bool:
    names = [t.casefold() for t in _tokens(person.name)]
    query = [t.casefold() for t in tokens]
    if query[-1] != names[-1]:
        return False  # the surname decides
    rest, given = query[:-1], names[:-1]
    if len(rest) > len(given):
        return False
    return all(q == g or (_is_initial(q) and g.startswith(q.rstrip("."))) for q, g in zip(rest, given))


def name_pattern(person: Person, persons: list[Person]) -> re.Pattern:
    """How a § writes this person: the full name (any case), or the initial and surname
    ("J. Wik") when no other person of the archive shares both."""
    forms = [re.escape(person.name).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")]
    same_initial = [p for p in persons if p is not person and _key(p.surname) == _key(person.surname)
                    and p.first_initial == person.first_initial]
    if not same_initial:
        initial = re.escape(person.name[0])
        forms.append(rf"(?-i:{initial})\.?\s+(?-i:{re.escape(person.surname)})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


def history(person: Person, persons: list[Person], sections: list[NamingSection]) -> dict:
    """Roles over time, meetings attended and the §s naming the person, as one record."""
    pattern = name_pattern(person, persons)
    named = [s for s in sections if pattern.search(f"{s.title}\n{s.text}")]
    named.sort(key=lambda s: (s.date or "", s.source, s.page))
    return {
        **person.summary(),
        "variants": list(person.variants),
        "roles": person.roles(),
        "attended": [{"date": r.date, "body": r.body, "doc_type": r.doc_type, "source": r.source,
                      "role": r.role, "organisation": r.organisation} for r in person.meetings],
        "named_in": [{"date": s.date, "body": s.body, "source": s.source, "page": s.page,
                      "section": s.number, "section_title": s.title} for s in named],
    }
