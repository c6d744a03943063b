"""The search index: one row per public object and language it has text in.

The rows hold plain text; each database adds its own full-text machinery on top of the
table in the migrations (see migrations/0001_initial.py and README.md, "Search"):

- PostgreSQL: a generated `vector` column (tsvector with the row language's text search
  configuration, title weighted A and body B) with a GIN index, and a trigram GIN index
  (pg_trgm) on `folded` for matching parts of words.
- SQLite: an FTS5 table `search_fts` over folded_title and folded with the trigram tokenizer,
  kept in step with this table by triggers.
"""

from django.db import models


class Entry(models.Model):
    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=5)
    title = models.TextField()
    body = models.TextField(blank=True)
    # Case-folded words separated by single spaces, with a space at each end, so that
    # LIKE '% ab%' finds words that start with "ab" and '%avlopp%' parts of words.
    folded_title = models.TextField()
    folded = models.TextField()

    class Meta:
        db_table = "search_entry"
        verbose_name = "search index entry"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id", "language"], name="one_entry_per_language")
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language})"
