"""A download streams: reading ten times as many rows does not take ten times the memory."""

import gc
import tracemalloc

import pytest

from gnista.opendata.registry import CHUNK_ROWS
from gnista.portfolio.models import Area, Initiative, InnovationType, Partnership
from tests import factories

pytestmark = pytest.mark.django_db

# Room for what one request allocates whatever the rows (the response, the resolver, the
# prefetch queries' caches): well below what a chunk of initiatives takes.
SLACK_BYTES = 256 * 1024


def add_initiatives(count: int, owner, area, partner, start: int) -> None:
    """Initiatives with an area and a partner each, written in bulk (without the service:
    only their rows matter here)."""
    created = Initiative.objects.bulk_create(
        Initiative(
            slug=f"massa-{number}",
            external_id=f"massa-{number}",
            title_sv=f"Initiativ nummer {number} i en stor portfölj",
            title_en=f"Initiative number {number} in a large portfolio",
            summary_sv="En sammanfattning som är ungefär så lång som de brukar vara på riktigt. " * 3,
            what_sv="Vad initiativet gör, beskrivet i några meningar. " * 4,
            innovation_type=InnovationType.NEED,
            owner=owner,
        )
        for number in range(start, start + count)
    )
    Initiative.areas.through.objects.bulk_create(
        Initiative.areas.through(initiative_id=initiative.pk, area_id=area.pk) for initiative in created
    )
    Partnership.objects.bulk_create(
        Partnership(initiative=initiative, organisation=partner) for initiative in created
    )


def peak_while_streaming(client, path: str) -> tuple[int, int]:
    """The most memory allocated at once while the CSV is read, and the rows read."""
    gc.collect()
    tracemalloc.start()
    try:
        response = client.get(path)
        lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, lines - 1


def test_peak_memory_stays_flat_from_one_chunk_of_rows_to_ten(client):
    owner, partner = factories.administration(), factories.organisation()
    area = Area.objects.create(slug="massa", name_sv="Massa")
    rows = CHUNK_ROWS  # a full chunk, so both runs hold as many rows at a time
    add_initiatives(rows, owner, area, partner, start=0)
    path = "/sv/data/initiatives.csv"
    b"".join(client.get(path).streaming_content)  # first use: imports, URL patterns, templates

    small, small_rows = peak_while_streaming(client, path)
    add_initiatives(9 * rows, owner, area, partner, start=rows)
    large, large_rows = peak_while_streaming(client, path)

    assert (small_rows, large_rows) == (rows, 10 * rows)
    print(f"peak while streaming {small_rows} rows: {small:,} B; {large_rows} rows: {large:,} B")
    # Flat, not merely sublinear: holding two chunks at once (1.5 times here) fails too.
    assert large < 1.25 * small + SLACK_BYTES
