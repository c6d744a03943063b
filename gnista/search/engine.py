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
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils.safestring import SafeString

from . import highlight, query, sources

CONFIGS = {"sv": "swedish", "en": "english", "da": "danish"}
TITLE_BONUS = 0.5
WORD_BONUS = 0.25


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


@dataclass
class Results:
    query: query.Query
    language: str
    types: list[str]
    hits: list[Hit] = field(default_factory=list)
    total: int = 0  # objects found in the chosen types
    facets: list[Facet] = field(default_factory=list)


def search(
    text: "str | query.Query", *, language: str, types=None, limit: int = 20, offset: int = 0
) -> Results:
    """Search `text` in everything public; `types` limits the hits (not the facets) to some kinds."""
    parsed = text if isinstance(text, query.Query) else query.parse(text)
    kinds = sources.by_kind()
    chosen = [kind for kind in (types or []) if kind in kinds]
    results = Results(query=parsed, language=language, types=chosen)
    counts = {}
    if parsed.searchable:
        found = matching(parsed)
        with index_scans():
            counts = facet_counts(found)
            rows = best_rows(found, language, chosen or list(kinds), limit, offset)
        results.hits = hydrate(rows, parsed, language, kinds)
    results.facets = [
        Facet(kind, source.plural, counts.get(kind, 0), kind in chosen) for kind, source in kinds.items()
    ]
    results.total = sum(facet.count for facet in results.facets if facet.selected or not chosen)
    return results


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
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        with connection.cursor() as cursor:  # for the rest of a surrounding transaction
            cursor.execute("RESET enable_seqscan")


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


def tsquery(term: query.Term) -> str:
    # Terms hold only letters and digits, so quoting them makes a valid tsquery.
    return f"'{term.text}':*"


def postgresql_matching(terms: list[query.Term]) -> Matching:
    conditions, params = [], []
    for term in terms:
        alternatives = []
        for code, config in CONFIGS.items():
            alternatives.append(f"(e.language = %s AND e.vector @@ to_tsquery('{config}', %s))")
            params += [code, tsquery(term)]
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
        tables="search_fts JOIN search_entry e ON e.id = search_fts.rowid",
        where=" AND ".join(["search_fts MATCH %s", *conditions]),
        where_params=[expression, *params],
        score=f"-bm25(search_fts, 10.0, 1.0) + {bonus}",
        score_params=bonus_params,
    )


def facet_counts(found: Matching) -> dict[str, int]:
    sql = (
        f"SELECT e.kind, COUNT(DISTINCT e.object_id) FROM {found.tables} WHERE {found.where} GROUP BY e.kind"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, found.where_params)
        return dict(cursor.fetchall())


def best_rows(found: Matching, language: str, kinds: list[str], limit: int, offset: int):
    """The best entry of each object found, best objects first: those with matching text
    in the person's language, then by score. The score is only worked out for the chosen kinds."""
    # Without a choice of kinds there is nothing to filter (and no index to tempt the planner).
    kinds = [] if set(kinds) >= set(sources.by_kind()) else kinds
    of_kinds = f" AND e.kind IN ({', '.join(['%s'] * len(kinds))})" if kinds else ""
    sql = (
        f"WITH matches AS MATERIALIZED (SELECT e.id, e.kind, e.object_id, e.language, {found.score} AS score "
        f"FROM {found.tables} WHERE {found.where}{of_kinds}), "
        "best AS (SELECT id, kind, object_id, language, score, ROW_NUMBER() OVER ("
        "PARTITION BY kind, object_id ORDER BY CASE WHEN language = %s THEN 0 ELSE 1 END, score DESC, id"
        ") AS n FROM matches) "
        "SELECT b.id, b.kind, b.object_id, b.language, b.score, e.title, e.body "
        "FROM best b JOIN search_entry e ON e.id = b.id WHERE b.n = 1 "
        "ORDER BY CASE WHEN b.language = %s THEN 0 ELSE 1 END, b.score DESC, b.kind, b.object_id "
        "LIMIT %s OFFSET %s"
    )
    params = [
        *found.score_params,
        *found.where_params,
        *kinds,
        language,
        language,
        max(0, limit),
        max(0, offset),
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


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
    for _id, kind, object_id, row_language, score, _title, body in rows:
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
