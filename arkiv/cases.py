"""Cases: what happened to a matter over time, derived from the catalogue's § sections.

A case is one Dnr (normalised with `schema.normalise_dnr`, so every spelling meets) within one
organisation (the document's body); its events are the §s that carry it, oldest first, each with a
phase read from the statuses of the §'s decisions, and the case's state is read from its last event.
Matters without a Dnr are linked across meetings of the same body by their § titles (exact title,
then word coverage, then similarity); a weak likeness is only reported on a linked matter
("möjligen samma ärende", with its score), never merged. Pure functions: the catalogue feeds `derive` and stores what it returns.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from arkiv.schema import DocType

# Bump when the derivation changes: the next ingest then rebuilds every archive's cases.
CASES_VERSION = 1

# Which status of a §'s decisions says what happened to the matter, strongest first: a matter
# tabled or sent back at a meeting is not finished there even if something else was decided.
PHASE_OF_STATUS = {
    "bordlagd": "bordlagt",
    "återremitterad": "återremitterat",
    "avslagen": "avslaget",
    "avskriven": "avskrivet",
    "besvarad": "besvarat",
    "överlämnad": "överlämnat",
    "beslutad": "beslutat",
    "noterad": "noterat",
}
RAISED = "väckt"  # a § of a protocol or notes without a decision
ON_AGENDA = "på föredragningslistan"  # an item of a kallelse: proposed, not yet handled

STATE_OF_PHASE = {
    "bordlagt": "bordlagd",
    "återremitterat": "återremitterad",
    "avslaget": "avgjord",
    "avskrivet": "avgjord",
    "besvarat": "avgjord",
    "överlämnat": "avgjord",  # this organ has done its part; the matter is another organ's now
    "beslutat": "avgjord",
    "noterat": "noterad",  # information noted: nothing waits for a decision, nothing was decided
    RAISED: "pågående",
    ON_AGENDA: "pågående",
}
STATE_TEXT = {
    "avgjord": "avgjort",
    "bordlagd": "bordlagt, väntar på ett kommande sammanträde",
    "återremitterad": "återremitterat, väntar på ny beredning",
    "pågående": "pågående, inget beslut ännu",
    "noterad": "senast noterat som information; inget beslut väntar",
}

# Standing agenda items of Swedish meetings: they recur at every meeting and are not matters.
PROCEDURAL_TITLE = re.compile(
    r"öppnande|justerare|justering|dagordning|föredragningslista|föregående protokoll|"
    r"övriga frågor|avslutande|meddelanden|delegationsbeslut|anmälningsärenden|välkommen",
    re.IGNORECASE,
)
FUNCTION_WORDS = frozenset(
    "och om från för till av i på med den det de en ett samt inför vid under efter enligt".split()
)
STRONG_SIMILARITY = 0.9  # at or above: the same matter, linked ("likhet")
WEAK_SIMILARITY = 0.6  # from here up to STRONG: "möjligen samma ärende", kept apart
TRIGRAM_FLOOR = 0.5  # trigram Dice below which two titles are not compared further
_DNR_LABEL = re.compile(r"^(dnr|diarienr|diarienummer|ärendenummer)[\s.:]*", re.IGNORECASE)


@dataclass(frozen=True)
class SectionFacts:
    """What case derivation needs to know about one stored §."""

    section_id: int
    sha256: str
    position: int
    doc_type: str
    date: str | None
    body: str | None
    title: str
    text: str
    refs: tuple[tuple[str, str], ...]  # (as written, key)
    statuses: tuple[str, ...]
    document_persons: tuple[str, ...]  # names of the document's persons

    @property
    def order(self) -> tuple:
        # A kallelse comes before the protocol of the same meeting.
        return (self.date or "", self.doc_type != DocType.KALLELSE, self.sha256, self.position)


@dataclass
class DerivedEvent:
    section_id: int
    phase: str
    persons: tuple[str, ...]
    linked_by: str = "dnr"
    score: float | None = None


@dataclass
class DerivedCase:
    key: str
    organisation: str | None
    dnr: str | None
    title: str
    events: list[DerivedEvent]
    last: SectionFacts
    possibly_same: list[tuple[str, float]] = field(default_factory=list)

    @property
    def state(self) -> str:
        return STATE_OF_PHASE.get(self.events[-1].phase, "avgjord")


def phase_of(section: SectionFacts) -> str:
    for status, phase in PHASE_OF_STATUS.items():
        if status in section.statuses:
            return phase
    if section.statuses:  # a status this table does not know yet: say what it is
        return section.statuses[0]
    return ON_AGENDA if section.doc_type == DocType.KALLELSE else RAISED


def persons_named(section: SectionFacts) -> tuple[str, ...]:
    """The document's persons whose full name the § itself writes; never the whole attendance."""
    text = f"{section.title}\n{section.text}"
    named = []
    for name in section.document_persons:
        if name not in named and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            named.append(name)
    return tuple(named)


def dnr_shown(text: str) -> str:
    """A case number in the one form arkiv shows it ("NSF.2024.009" and "Dnr NSF 2024/9" are
    "NSF 2024/9"); as written, without its label, when the grammar does not read it."""
    from arkiv.swedish import dnr

    parsed = dnr.parse(text)
    return parsed.display if parsed else _DNR_LABEL.sub("", text.strip())


def derive(sections: list[SectionFacts]) -> list[DerivedCase]:
    """Every case of the archive: Dnr cases, then matters without Dnr linked by title."""
    ordered = sorted(sections, key=lambda s: s.order)
    return _dnr_cases(ordered) + _title_matters(ordered)


def _event(section: SectionFacts, linked_by: str = "dnr", score: float | None = None) -> DerivedEvent:
    return DerivedEvent(section.section_id, phase_of(section), persons_named(section), linked_by, score)


def _dnr_cases(ordered: list[SectionFacts]) -> list[DerivedCase]:
    cases: dict[tuple[str, str], DerivedCase] = {}
    for section in ordered:
        written = {}
        for text, key in section.refs:
            written.setdefault(key, text)
        for key, text in written.items():
            case = cases.get((section.body or "", key))
            if case is None:
                case = cases[(section.body or "", key)] = DerivedCase(
                    key, section.body, None, section.title, [], section)
            case.events.append(_event(section))
            case.dnr, case.title, case.last = dnr_shown(text), section.title, section
    return list(cases.values())


# --- matters without Dnr -------------------------------------------------------------------------

def normalised_title(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))


def _content_words(title: str) -> list[str]:
    return [w for w in normalised_title(title).split() if w not in FUNCTION_WORDS]


def _same_word(a: str, b: str) -> bool:
    # Inflected forms ("äskande", "äskanden") share a long prefix.
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


@lru_cache(maxsize=65536)
def _features(title: str) -> tuple[str, frozenset[str], tuple[str, ...], frozenset[str]]:
    normalised = normalised_title(title)
    padded = f" {normalised} "
    trigrams = frozenset(padded[i:i + 3] for i in range(len(padded) - 2))
    return normalised, frozenset(re.findall(r"\d+", normalised)), tuple(_content_words(title)), trigrams


def title_match(a: str, b: str) -> tuple[str, float] | None:
    """How two § titles match: ("exakt" | "ordtäckning" | "likhet" | "möjligen", score), or None.

    Titles naming different numbers (years, periods) are at most "möjligen": "Internkontrollplan
    2024" and "Internkontrollplan 2025" are two matters."""
    (na, numbers_a, wa, grams_a), (nb, numbers_b, wb, grams_b) = _features(a), _features(b)
    if not na or not nb:
        return None
    if na == nb:
        return "exakt", 1.0
    same_numbers = numbers_a == numbers_b
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    coverage = len(short) / len(long) if long else 0.0
    # Two words ("äskanden, samverkansteamen") name a kind of matter, not one matter.
    if (same_numbers and len(short) >= 3 and coverage >= 0.5
            and all(any(_same_word(w, v) for v in long) for w in short)):
        return "ordtäckning", round(coverage, 2)
    # Titles that share few character trigrams are not alike; this spares most pairs the
    # (slow) sequence matching, whose ratio is the score.
    if 2 * len(grams_a & grams_b) < TRIGRAM_FLOOR * (len(grams_a) + len(grams_b)):
        return None
    matcher = SequenceMatcher(None, na, nb, autojunk=False)
    if matcher.real_quick_ratio() < WEAK_SIMILARITY or matcher.quick_ratio() < WEAK_SIMILARITY:
        return None
    similarity = round(matcher.ratio(), 2)
    if same_numbers and similarity >= STRONG_SIMILARITY:
        return "likhet", similarity
    if similarity >= WEAK_SIMILARITY:
        return "möjligen", similarity
    return None


_TIER_RANK = {"exakt": 3, "ordtäckning": 2, "likhet": 1, "möjligen": 0}
# A § is compared with at most this many matters of its body (those last active, sharing a word
# with its title), so that linking stays linear in the size of the archive.
CANDIDATES = 50


def _standing_titles(sections: list[SectionFacts]) -> set[str]:
    """Titles that recur in at least three and in half of a body's documents: standing items."""
    documents = {s.sha256 for s in sections}
    seen: dict[str, set[str]] = defaultdict(set)
    for section in sections:
        seen[normalised_title(section.title)].add(section.sha256)
    return {t for t, docs in seen.items() if len(docs) >= 3 and 2 * len(docs) >= len(documents)}


@dataclass
class _Group:
    case: DerivedCase
    documents: set[str]
    titles: list[str]  # the members' titles, distinct
    last: int = 0  # when it last got a member (for choosing candidates)


def _prefixes(title: str) -> set[str]:
    return {w[:5] for w in _features(title)[2]}


def _title_matters(ordered: list[SectionFacts]) -> list[DerivedCase]:
    by_body: dict[str, list[SectionFacts]] = defaultdict(list)
    for section in ordered:
        by_body[section.body or ""].append(section)
    matters: list[DerivedCase] = []
    for sections in by_body.values():
        standing = _standing_titles(sections)
        groups: list[_Group] = []
        exact: dict[str, int] = {}  # normalised title -> the group that last took it
        by_word: dict[str, list[int]] = defaultdict(list)  # word prefix -> groups with it
        weak: list[tuple[int, int, float]] = []
        for tick, section in enumerate(sections):
            title = normalised_title(section.title)
            if section.refs or PROCEDURAL_TITLE.search(section.title) or title in standing:
                continue
            best = None  # (rank, score, group index, tier)
            if title in exact and section.sha256 not in groups[exact[title]].documents:
                best = (_TIER_RANK["exakt"], 1.0, exact[title], "exakt")
            else:
                candidates = {g for w in _prefixes(section.title) for g in by_word.get(w, ())}
                recent = sorted(candidates, key=lambda g: groups[g].last, reverse=True)[:CANDIDATES]
                for index in recent:
                    group = groups[index]
                    if section.sha256 in group.documents:
                        continue  # one matter is one § per meeting
                    for member_title in group.titles[-3:]:  # its latest wordings
                        match = title_match(member_title, section.title)
                        if match and (best is None or (_TIER_RANK[match[0]], match[1]) > best[:2]):
                            best = (_TIER_RANK[match[0]], match[1], index, match[0])
            if best and best[0] > 0:
                group = groups[best[2]]
                group.case.events.append(_event(section, best[3], best[1]))
                group.case.title, group.case.last = section.title, section
                group.documents.add(section.sha256)
                if section.title not in group.titles:
                    group.titles.append(section.title)
                index = best[2]
            else:
                case = DerivedCase(f"rubrik:{title}", section.body, None, section.title,
                                   [_event(section, "rubrik")], section)
                groups.append(_Group(case, {section.sha256}, [section.title]))
                index = len(groups) - 1
                if best:
                    weak.append((best[2], index, best[1]))
            groups[index].last = tick
            exact[title] = index
            for word in _prefixes(section.title):
                if index not in by_word[word]:
                    by_word[word].append(index)
        _unique_keys([group.case for group in groups])
        for a, b, score in weak:
            groups[a].case.possibly_same.append((groups[b].case.key, score))
            groups[b].case.possibly_same.append((groups[a].case.key, score))
        # A lone § is no matter of its own: only §s linked across meetings make one.
        matters += [group.case for group in groups if len(group.case.events) > 1]
    return matters


def _unique_keys(cases: list[DerivedCase]) -> None:
    seen: dict[str, int] = defaultdict(int)
    for case in cases:
        seen[case.key] += 1
        if seen[case.key] > 1:
            case.key = f"{case.key}:{seen[case.key]}"
