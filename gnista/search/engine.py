"""Search across challenges, initiatives, ideas, events, actors and methods.

    search("avlopp", language="sv", types=["initiative"], limit=20, offset=0) -> Results

Each word of the query must match (AND). A word matches a text that contains it or its
stem anywhere, also inside a compound word ("avlopp" finds "avloppssystem", "förskola"
finds "förskolelärare", "initiativen" finds "initiativ"); words of two letters match
the start of a word ("AI"). PostgreSQL also matches by its text search configuration for
the text's language (swedish, english, danish: inflected forms and word stems) and ranks
with ts_rank; SQLite matches through an FTS5 trigram index and ranks with bm25. Titles
weigh more than the rest of the text. An object is found once, through its best text;
objects with matching text in the person's language come first.

The work is bounded however common the words are: each kind's matching texts are ranked
from at most PER_KIND of them (taken as the index finds them), so a word found in a
hundred thousand texts costs about what a rarer one does. A kind with more matches than
that counts as "at least" what was ranked (Facet.more, Results.more), and its results are
the best of those ranked.
"""

import re
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils.safestring import SafeString

from gnista.core import freshness

from . import highlight, query, sources

CONFIGS = {"sv": "swedish", "en": "english", "da": "danish"}
TITLE_BONUS = 0.5
WORD_BONUS = 0.25
# The most texts (index entries) of one kind that a search ranks; see the module's docstring.
PER_KIND = 300
KIND = re.compile(r"^[a-z_]+$")


@dataclass
class Hit:
    kind: str
    label: str  # the type, for the badge
    object: object
    url: str
    title: SafeString  # escaped and highlighted
    title_language: str  # the language the title is written in
    snippet: SafeString
    snippet_language: str
    score: float


@dataclass
class Facet:
    kind: str
    label: str
    count: int
    selected: bool
    more: bool = False  # more of this kind match than were ranked: the count is a lower bound


@dataclass
class Results:
    query: query.Query
    language: str
    types: list[str]
    hits: list[Hit] = field(default_factory=list)
    total: int = 0  # objects found in the chosen types (at least this many when `more`)
    facets: list[Facet] = field(default_factory=list)
    more: bool = False


@dataclass
class Ranked:
    """The objects found, best first, as plain data (it is kept in the cache)."""

    # (entry id, kind, object id, language, score) of each object's best entry
    rows: list[tuple[int, str, int, str, float]] = field(default_factory=list)
    more: set[str] = field(default_factory=set)  # the kinds with more matches than were ranked


def search(
    text: "str | query.Query",
    *,
    language: str,
    types=None,
    limit: int = 20,
    offset: int = 0,
    cached: bool = False,
) -> Results:
    """Search `text` in everything public; `types` limits the hits (not the facets) to some kinds.
    `cached`: reuse the ranking of the same words since the last write (gnista.core.freshness)."""
    parsed = text if isinstance(text, query.Query) else query.parse(text)
    kinds = sources.by_kind()
    chosen = [kind for kind in (types or []) if kind in kinds]
    results = Results(query=parsed, language=language, types=chosen)
    found = Ranked()
    if parsed.searchable:
        if cached:
            key = (tuple((term.text, term.parts) for term in parsed.terms), language, tuple(kinds))
            found = freshness.cached(
                "search.ranked", key, lambda: ranked(parsed, language, list(kinds)), per_language=False
            )
        else:
            found = ranked(parsed, language, list(kinds))
        rows = [row for row in found.rows if not chosen or row[1] in chosen]
        start = max(0, offset)
        results.hits = hydrate(with_bodies(rows[start : start + max(0, limit)]), parsed, language, kinds)
    counts = {}
    for _id, kind, *_rest in found.rows:
        counts[kind] = counts.get(kind, 0) + 1
    results.facets = [
        Facet(kind, source.plural, counts.get(kind, 0), kind in chosen, kind in found.more)
        for kind, source in kinds.items()
    ]
    shown = [facet for facet in results.facets if facet.selected or not chosen]
    results.total = sum(facet.count for facet in shown)
    results.more = any(facet.more for facet in shown)
    return results


def ranked(parsed: query.Query, language: str, kinds: list[str]) -> Ranked:
    found = matching(parsed)
    with index_scans():
        rows = best_rows(found, language, kinds)
    result = Ranked()
    for entry_id, kind, object_id, row_language, score, fetched in rows:
        result.rows.append((entry_id, kind, object_id, row_language, float(score)))
        if fetched > PER_KIND:
            result.more.add(kind)
    return result


@contextmanager
def index_scans():
    """On PostgreSQL, have the search queries use the GIN indexes even for a word found in
    much of the index: the planner rates reading the whole table cheaper, but testing each
    row's text with LIKE and @@ costs far more than it reckons (measured with 29,000 rows:
    70-120 ms instead of 200-400 ms for the most common words)."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Nor compile the query: JIT costs more than the bounded work it would speed up.
            cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL jit = off")
        yield
        with connection.cursor() as cursor:  # for the rest of a surrounding transaction
            cursor.execute("RESET enable_seqscan; RESET jit")


def like_pattern(term: query.Term) -> list[str]:
    if term.short:
        return [f"% {term.text}%"]
    return [f"%{part}%" for part in term.parts]


def bonus_sql(terms: list[query.Term], whole_words: bool = True) -> tuple[str, list]:
    """Points for each term found in the title and, for two-letter words unless the rank
    sees to it, for each found as a whole word ("ai" before "air")."""
    pieces, params = [], []
    for term in terms:
        patterns = like_pattern(term)
        in_title = " OR ".join("e.folded_title LIKE %s" for _pattern in patterns)
        pieces.append(f"(CASE WHEN {in_title} THEN {TITLE_BONUS} ELSE 0 END)")
        params += patterns
        if whole_words and term.short:
            pieces.append(f"(CASE WHEN e.folded LIKE %s THEN {WORD_BONUS} ELSE 0 END)")
            params.append(f"% {term.text} %")
    return f"({' + '.join(pieces)}) / {len(terms)}.0", params


@dataclass
class Matching:
    """The SQL that finds the entries matching a query, in pieces: FROM, WHERE and the score."""

    tables: str
    where: str
    where_params: list
    score: str
    score_params: list


def matching(parsed: query.Query) -> Matching:
    if connection.vendor == "postgresql":
        return postgresql_matching(parsed.terms)
    return sqlite_matching(parsed.terms)


def tsquery(term: query.Term, prefix: bool = True) -> str:
    # Terms hold only letters and digits, so quoting them makes a valid tsquery.
    return f"'{term.text}':*" if prefix else f"'{term.text}'"


def postgresql_matching(terms: list[query.Term]) -> Matching:
    """Each term: the word as the text search configuration of the text's language stems it,
    or the word or one of its stems inside a word of the text (LIKE, trigram index). Words
    that merely start with the query word are found by the LIKE; a prefix query would make
    the index collect every word of the vocabulary that starts alike, which costs much more.

    The index is asked once per term for the word in any of the configurations; the
    language of each text is checked on the rows it gives (a CASE it cannot split up)."""
    conditions, params = [], []
    for term in terms:
        configs = list(CONFIGS.values())
        in_any = " || ".join(f"to_tsquery('{config}', %s)" for config in configs)
        params += [tsquery(term, prefix=False)] * len(configs)
        own = " ".join(f"WHEN %s THEN e.vector @@ to_tsquery('{config}', %s)" for config in configs)
        params += [value for code in CONFIGS for value in (code, tsquery(term, prefix=False))]
        alternatives = [f"(e.vector @@ ({in_any}) AND CASE e.language {own} ELSE FALSE END)"]
        for pattern in like_pattern(term):
            alternatives.append("e.folded LIKE %s")
            params.append(pattern)
        conditions.append("(" + " OR ".join(alternatives) + ")")
    # The word itself as well as words starting with it: whole words rank higher ("ai", not "air").
    rank_query = " | ".join(f"'{term.text}' | {tsquery(term)}" for term in terms)
    ranks = " ".join(
        f"WHEN %s THEN ts_rank(e.vector, to_tsquery('{config}', %s))" for config in CONFIGS.values()
    )
    rank_params = [value for code in CONFIGS for value in (code, rank_query)]
    bonus, bonus_params = bonus_sql(terms, whole_words=False)
    return Matching(
        tables="search_entry e",
        where=" AND ".join(conditions),
        where_params=params,
        score=f"(CASE e.language {ranks} ELSE 0 END) + {bonus}",
        score_params=rank_params + bonus_params,
    )


def fts5_phrase(part: str) -> str:
    return '"' + part.replace('"', '""') + '"'


def sqlite_matching(terms: list[query.Term]) -> Matching:
    long_terms = [term for term in terms if not term.short]
    short_terms = [term for term in terms if term.short]
    conditions = ["e.folded LIKE %s" for _term in short_terms]
    params = [like_pattern(term)[0] for term in short_terms]
    bonus, bonus_params = bonus_sql(terms)
    if not long_terms:
        return Matching("search_entry e", " AND ".join(conditions), params, bonus, bonus_params)
    expression = " AND ".join(
        "(" + " OR ".join(fts5_phrase(part) for part in term.parts) + ")" for term in long_terms
    )
    return Matching(
        # CROSS JOIN: SQLite reads the full-text matches first (each kind's query stops after
        # PER_KIND + 1 of them), never every entry of the kind with a full-text test for each.
        tables="search_fts CROSS JOIN search_entry e ON e.id = search_fts.rowid",
        where=" AND ".join(["search_fts MATCH %s", *conditions]),
        where_params=[expression, *params],
        score=f"-bm25(search_fts, 10.0, 1.0) + {bonus}",
        score_params=bonus_params,
    )


def best_rows_sql(found: Matching, language: str, kinds: list[str]) -> tuple[str, list]:
    """The best entry of each object found, best objects first: those with matching text
    in the person's language, then by score. Each kind's entries come from a query of their
    own that stops after PER_KIND + 1 of them (PostgreSQL has an index per kind for it);
    each row also tells how many entries its kind gave, so that a kind with more is known."""
    branches, params = [], []
    for kind in kinds:
        if not KIND.match(kind):
            raise ValueError(f"Not a kind: {kind!r}")
        # The kind written out, not a parameter, so that PostgreSQL picks the kind's own indexes.
        branches.append(
            f"SELECT * FROM (SELECT e.id, e.kind, e.object_id, e.language, {found.score} AS score "
            f"FROM {found.tables} WHERE e.kind = '{kind}' AND {found.where} LIMIT %s) AS {kind}_matches"
        )
        params += [*found.score_params, *found.where_params, PER_KIND + 1]
    sql = (
        f"WITH matches AS MATERIALIZED ({' UNION ALL '.join(branches)}), "
        "best AS (SELECT id, kind, object_id, language, score, ROW_NUMBER() OVER ("
        "PARTITION BY kind, object_id ORDER BY CASE WHEN language = %s THEN 0 ELSE 1 END, score DESC, id"
        ") AS n, COUNT(*) OVER (PARTITION BY kind) AS fetched FROM matches) "
        "SELECT id, kind, object_id, language, score, fetched FROM best WHERE n = 1 "
        "ORDER BY CASE WHEN language = %s THEN 0 ELSE 1 END, score DESC, kind, object_id"
    )
    return sql, [*params, language, language]


def best_rows(found: Matching, language: str, kinds: list[str]):
    sql, params = best_rows_sql(found, language, kinds)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def with_bodies(rows) -> list[tuple]:
    """The rows of one page with the text of their entries, for the snippets."""
    if not rows:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, body FROM search_entry WHERE id IN ({', '.join(['%s'] * len(rows))})",
            [row[0] for row in rows],
        )
        bodies = dict(cursor.fetchall())
    return [(*row, bodies.get(row[0], "")) for row in rows]


def hydrate(rows, parsed: query.Query, language: str, kinds: dict) -> list[Hit]:
    """The objects of the rows (one query per kind), still public, with highlighted text."""
    ids: dict[str, list[int]] = {}
    for _id, kind, object_id, *_rest in rows:
        ids.setdefault(kind, []).append(object_id)
    objects = {}
    for kind, pks in ids.items():
        source = kinds[kind]
        for obj in source.public_objects().filter(pk__in=pks):
            objects[kind, obj.pk] = obj
    hits = []
    for _id, kind, object_id, row_language, score, body in rows:
        obj = objects.get((kind, object_id))
        if obj is None:  # no longer public: the index is behind a bulk write
            continue
        source = kinds[kind]
        title_language = source.title_language(obj, language)
        field_name = source.title_field
        title = getattr(obj, f"{field_name}_{title_language}", None) or getattr(obj, field_name)
        hits.append(
            Hit(
                kind=kind,
                label=source.label,
                object=obj,
                url=source.url(obj),
                title=highlight.mark(str(title or ""), highlight.matcher(parsed.terms, title_language)),
                title_language=title_language,
                snippet=highlight.snippet(body, highlight.matcher(parsed.terms, row_language)),
                snippet_language=row_language,
                score=float(score),
            )
        )
    return hits
