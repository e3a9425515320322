"""Ranking policy: candidates and the parsed query in, ranked hits (one per §) out.

Pure functions, no I/O: retrieval (BM25, Chroma) and the catalogue stay in engine.py, which hands
over what they found as `Candidates`. That keeps the policy testable on a handful of hand-made
chunks (tests/test_ranking_policy.py), without a model or an archive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from arkiv.search.chunks import Chunk, ChunkKind
from arkiv.search.query import Query

# Fusion: both retrievers score the union of their candidates, scores are min-max normalised per
# query, then weighted. BM25's weight grows with the square of how much of the query its best hits
# contain (IDF share, see LexicalIndex.coverage): equal to dense when they contain every query word,
# a quarter of that at half, near zero when the query is phrased in words the documents do not use.
# bench/retrieval.py (93 queries): nDCG@10 0.672, against 0.656 for a weight linear in the coverage
# and 0.646 for a fixed 0.7 dense + 0.3 BM25; reciprocal rank fusion (k=60) measured below the fixed
# weights (0.668 against 0.683 on the earlier 86 queries).
LEXICAL_WEIGHT = 0.5

DECISION_BOOST = 1.5  # decision intent: a decision outranks text scoring up to 1.5x higher
YEAR_BOOST = 1.2  # a bare year in the query ("äskande för 2025") favours, never filters
# What the query's words imply boosts, it never filters (issue 12): "vilka beslut bordlades om
# äskanden" puts the tabled decisions first and still shows the § that only mentions tabling.
# bench/retrieval (decision queries, nDCG@10): status boost 1 → 0.744, 1.5 → 0.788, 2 → 0.820,
# 3 → 0.837 but the questions that only mention a status ("yrkade någon på återremiss") fell
# from 0.631 to 0.581. Once the boost was limited to documents on the question's subject and §s
# were scored whole (UNIT_WEIGHT), 1.5 measured best (118 queries): status-word questions 0.725
# at 2 → 0.775 at 1.5 (0.675 at 3), decision questions 0.862 → 0.856.
STATUS_BOOST = 1.5  # on top of DECISION_BOOST, for a decision with the status the verb names
# A day or month the query names ("i maj 2024") puts that period's chunks before all others, as a
# filter would, but keeps the others after them: date queries 0.707 against 0.709 for the filter
# it replaces (1.5 → 0.542, 3 → 0.705), and a period without the answer no longer empties the list.
DATE_BOOST = 100.0
# A § read as a whole: BM25 over all its passages (engine: Candidates.units), blended into each of
# its chunks' fused score with this weight times the square of the query's coverage (as BM25's own
# share). Evidence spread over a §'s passages counts, and a § no longer loses to a neighbour that
# shares one word (issue 12, fault 3). bench/retrieval (118 queries): nDCG@10 0.695 → 0.710 at 0.3
# (0.706 at 0.2, 0.707 at 0.4, 0.702 at 0.5); text outside § 0.653 → 0.833, lexical 0.879 →
# 0.907, date 0.681 → 0.669. Without the coverage factor paraphrases fell 0.244 → 0.173.
UNIT_WEIGHT = 0.3
# The passage a § shows: both retrievers' scores, normalised over the query's candidates as in fuse,
# BM25 weighted by this times the square of the query's coverage (fault 3: "show the passage that
# best answers"). Within one § the passages share the query's subject, so BM25 mostly tells which
# passage repeats its words; the embedder tells which one answers. bench/retrieval (118 queries),
# hybrid passage figure (found § judgments whose hit shows the judged phrase): 0.656 with fusion's
# score (BM25 at 0.5 × coverage², boosts) → 0.686 at 0.3 × coverage² (0.728 at 0.2 × coverage²;
# fixed weights: 0.722 at 0, 0.727 at 0.1, 0.674 at 0.3, 0.643 at 0.5; normalised within each §:
# 0.727 at 0.1); nDCG@10 unchanged at all of them. Below 0.3 the § shows a passage without the
# query's words whenever the embedder prefers it, which a weak embedder does at random (the tiny
# test model: "röstlängd medlemmar" showed the decision instead of the list of members).
PASSAGE_LEXICAL_WEIGHT = 0.3
# BM25 over a chunk times this power of the share of the query's words (IDF mass) the chunk holds,
# when both retrievers score a query: the coordination factor of classic full-text search. Over
# short chunks BM25 rewards repeating one query word (a decision naming "äskande" twice outscores the
# passage holding all three words asked for); a page holds most of the question and needs no such
# help. bench/retrieval, 118 queries: nDCG@10 0.719 → 0.720, MRR 0.726 → 0.733, passage 0.686 →
# 0.702, both halves (odd/even id) unchanged or up; with 15 later queries (133): 0.735 → 0.741,
# lexical questions +0.023, text outside § +0.020, no type lower by more than 0.003. Power 0.3:
# 0.738, 1: 0.741 but status-word questions −0.021, 2: 0.740 (133 queries).
COORDINATION = 0.5
# Levers measured beside these and not kept (Rocchio, § vectors, RM3, page BM25, other boosts and
# caps, compound splitting, tuning the embedder, BM25's weight or the full-text guarantee set by
# other lexical evidence than coverage …), each with its effect: README, benchmark table (issue 12
# rows). What is left is mostly the embedder's: for 11 of 30 paraphrases no answer is
# among dense's first 50 hits.


@dataclass(frozen=True)
class Filters:
    """Explicit filters (CLI options): the only things that remove hits. What the query's own words
    imply (a status, a month) only reorders them, see `boost`."""

    date_from: str | None = None
    date_to: str | None = None
    dnr: str | None = None
    person: str | None = None
    body: str | None = None
    kind: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class Candidates:
    """What retrieval found for one query. `lexical` and `dense` score the same union of chunks
    when both retrievers ran; `coverage` is the share of the query (0..1) the best BM25 hits
    contain. Without any scores the chunks are the matches of an exact Dnr or § reference."""

    chunks: dict[str, Chunk]
    lexical: list[tuple[str, float]] = field(default_factory=list)
    dense: list[tuple[str, float]] = field(default_factory=list)
    coverage: float = 0.0
    # For a query naming a case number: how exactly each chunk matched it (0 the same number, 1 a
    # relaxed reading: the document names no series where the query typed one). Lower first.
    tiers: dict[str, int] = field(default_factory=dict)
    # For a query whose words imply decisions or a status: the documents whose candidates share a
    # word with the rest of the query (its subject), the only ones boosted for it; None: all.
    on_subject: frozenset[str] | None = None
    # BM25 of each candidate § read as a whole (see unit_key), when both retrievers ran.
    units: dict[tuple, float] = field(default_factory=dict)


def rank(query: Query, candidates: Candidates, limit: int) -> list[tuple[Chunk, float]]:
    """Best first, one entry per § (see group_by_section), at most `limit`; a case number matched
    exactly ranks above one matched in a relaxed reading, whatever their scores."""
    scored = fuse(candidates) if candidates.lexical or candidates.dense else timeline(candidates.chunks.values())
    chunks = candidates.chunks
    ranked = sorted(
        ((chunks[cid], score * boost(query, chunks[cid], candidates.on_subject)) for cid, score in scored if cid in chunks),
        key=lambda item: -item[1],
    )
    grouped = group_by_section(ranked, query.names_decisions, passage_scores(candidates) or dict(scored))
    if candidates.lexical and candidates.dense and candidates.coverage >= FULL_TEXT_COVERAGE and not query.date_from:
        grouped = _keeping_full_text_best(grouped, candidates)
    if candidates.tiers:
        grouped.sort(key=lambda item: candidates.tiers.get(item[0].id, 0))  # stable: scores within a tier
    return grouped[:limit]


def coordinated(lexical: list[tuple[str, float]], shares: dict[str, float]) -> list[tuple[str, float]]:
    """BM25 scores times the COORDINATION power of each chunk's share of the query, best first."""
    scored = [(cid, score * shares.get(cid, 0.0) ** COORDINATION) for cid, score in lexical]
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def fuse(candidates: Candidates) -> list[tuple[str, float]]:
    """Weighted sum of the normalised scores; one retriever alone ranks as it is."""
    lexical, dense = candidates.lexical, candidates.dense
    if lexical and dense:
        weight = LEXICAL_WEIGHT * candidates.coverage**2
    else:
        weight = 1.0 if lexical else 0.0
    lex, den = _normalised(lexical), _normalised(dense)
    scores = {
        cid: (1 - weight) * den.get(cid, 0.0) + weight * lex.get(cid, 0.0)
        for cid in lex.keys() | den.keys()
    }
    if candidates.units and lexical and dense:
        units = _normalised(list(candidates.units.items()))
        share = UNIT_WEIGHT * candidates.coverage**2
        chunks = candidates.chunks
        scores = {cid: (1 - share) * score + share * units.get(unit_key(chunks[cid]), 0.0) if cid in chunks else score
                  for cid, score in scores.items()}
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))  # equal scores by id: reproducible


def passage_scores(candidates: Candidates) -> dict[str, float]:
    """How well each candidate passage answers, for choosing the one a § shows: both retrievers'
    normalised scores, BM25 at PASSAGE_LEXICAL_WEIGHT × coverage², without the boosts and the
    whole-§ share that rank §s. Empty unless both retrievers ran (one alone: its own scores, see rank)."""
    if not (candidates.lexical and candidates.dense):
        return {}
    lex, den = _normalised(candidates.lexical), _normalised(candidates.dense)
    weight = PASSAGE_LEXICAL_WEIGHT * candidates.coverage**2
    return {cid: (1 - weight) * den.get(cid, 0.0) + weight * lex.get(cid, 0.0) for cid in lex.keys() | den.keys()}


def _normalised(ranking: list[tuple[str, float]]) -> dict[str, float]:
    """Scores mapped to 0..1 within this query's candidates (BM25 and cosine have other scales)."""
    if not ranking:
        return {}
    values = [score for _, score in ranking]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return {cid: (score - low) / span for cid, score in ranking}


def timeline(chunks: Iterable[Chunk]) -> list[tuple[str, float]]:
    """A bare Dnr or § query: the matching sections newest first, decisions before text."""
    order = sorted(
        chunks,
        key=lambda c: (c.date or "", c.kind == ChunkKind.DECISION, c.kind != ChunkKind.TITLE),
        reverse=True,
    )
    return [(c.id, 1.0 / (position + 1)) for position, c in enumerate(order)]


def boost(query: Query, chunk: Chunk, on_subject: frozenset[str] | None = None) -> float:
    factor = 1.0
    if query.decision_intent and chunk.kind == ChunkKind.DECISION and (on_subject is None or chunk.sha256 in on_subject):
        factor *= DECISION_BOOST
        if query.status and chunk.status == query.status:
            factor *= STATUS_BOOST
    if query.date_from and chunk.date and query.date_from <= chunk.date <= (query.date_to or chunk.date):
        factor *= DATE_BOOST
    if query.year_hint and (chunk.date or "").startswith(str(query.year_hint)):
        factor *= YEAR_BOOST
    return factor


# Where plain full-text search's best hits stand at the latest: BM25's best § no lower than 3rd,
# its second no lower than 6th. Fusion may rank a semantic neighbour first, but never answers with
# less than a full-text search of the same archive would (issue 12). bench/retrieval (118 queries):
# hybrid nDCG@10 0.690 → 0.694, Recall@10 0.793 → 0.802; status-word questions 0.677 → 0.695, text
# outside § 0.594 → 0.653, no type lower. At any coverage paraphrases lost 0.011; a period the query
# names would lose its lead (date questions 0.681 → 0.612), so neither case is touched.
FULL_TEXT_PLACES = (2, 5)
FULL_TEXT_COVERAGE = 0.3  # only when its hits hold a good part of the query; a named period still leads


def _keeping_full_text_best(grouped: list[tuple[Chunk, float]], candidates: Candidates) -> list[tuple[Chunk, float]]:
    """`grouped` with BM25's best §s moved up to FULL_TEXT_PLACES where fusion ranked them lower."""
    chunks = candidates.chunks
    best: list[tuple] = []
    for cid, _ in sorted(candidates.lexical, key=lambda item: (-item[1], item[0])):  # ties by id: reproducible
        if cid in chunks and (key := unit_key(chunks[cid])) not in best:
            best.append(key)
        if len(best) == len(FULL_TEXT_PLACES):
            break
    out = list(grouped)
    for key, place in zip(best, FULL_TEXT_PLACES):
        at = next((i for i, (chunk, _) in enumerate(out) if unit_key(chunk) == key), None)
        if at is not None and at > place:
            out.insert(place, out.pop(at))
    return out


def unit_key(chunk: Chunk) -> tuple:
    """What one hit stands for: a § (or titled part), or a passage outside any §."""
    return (chunk.sha256, chunk.section, chunk.section_title) if chunk.kind != ChunkKind.TEXT else (chunk.id,)


def group_by_section(ranked: list[tuple[Chunk, float]], prefer_decisions: bool,
                     unboosted: dict[str, float] | None = None) -> list[tuple[Chunk, float]]:
    """One hit per § (text outside any § is a unit of its own) at the rank of its best chunk.

    Scoring a § by the evidence of all its chunks (best plus a damped share of the next best) was
    measured and dropped (issue 12, bench/retrieval, 118 queries): nDCG@10 0.682 for the best chunk
    alone, 0.667 with a tenth of the next two passages, 0.648 with a quarter, 0.616 with half of any
    two chunks; long §s then crowd out the short ones and the text outside any §. A §'s evidence
    spread over its passages counts through BM25 over the § read as a whole instead (see fuse).
    The chunk shown is the one that best answers (`unboosted`, see passage_scores: before a status word's
    boost of decisions, so "yrkade någon bordläggning av …" shows the motion, not the decision it
    led to), except that text replaces a bare title, and a decision replaces text when the query
    asks for decisions in so many words ("vilka beslut …")."""
    order: list[tuple] = []
    members: dict[tuple, list[tuple[Chunk, float]]] = {}
    for chunk, score in ranked:
        key = unit_key(chunk)
        if key not in members:
            order.append(key)
            members[key] = []
        members[key].append((chunk, score))
    return [(_shown(members[key], prefer_decisions, unboosted), members[key][0][1]) for key in order]


def _shown(group: list[tuple[Chunk, float]], prefer_decisions: bool, unboosted: dict[str, float] | None) -> Chunk:
    """The chunk of a § that best answers: its best decision when decisions are asked for, else its
    best chunk that is more than a bare title."""
    if unboosted:
        group = sorted(group, key=lambda item: -unboosted.get(item[0].id, 0.0))
    if prefer_decisions:
        for chunk, _ in group:
            if chunk.kind == ChunkKind.DECISION:
                return chunk
    for chunk, _ in group:
        if chunk.kind != ChunkKind.TITLE:
            return chunk
    return group[0][0]
