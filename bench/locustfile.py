"""One endpoint under load, for bench/run.py: every simulated visitor asks for BENCH_PATH
again and again with no pause. Each answer's time, status and query count (the
X-Query-Count header of gnista.core.query_count) go to BENCH_OUTPUT as JSON when the run ends."""

import ipaddress
import json
import os
import random
import time

from locust import FastHttpUser, constant, events, task

PATH = os.environ.get("BENCH_PATH", "/healthz")
OUTPUT = os.environ.get("BENCH_OUTPUT", "")
samples: dict[str, list] = {"times_ms": [], "queries": [], "bytes": [], "failures": []}
clock: dict[str, float] = {}


@events.test_start.add_listener
def started(**_kwargs):
    clock["start"] = time.monotonic()


@events.request.add_listener
def measured(response_time, response_length, response, exception, **_kwargs):
    if exception is not None or response is None or response.status_code != 200:
        status = getattr(response, "status_code", None)
        samples["failures"].append(f"{status}: {exception}"[:200])
        return
    samples["times_ms"].append(response_time)
    samples["bytes"].append(response_length)
    count = response.headers.get("X-Query-Count")
    if count is not None:
        samples["queries"].append(int(count))


@events.quitting.add_listener
def written(**_kwargs):
    if OUTPUT:
        samples["seconds"] = time.monotonic() - clock.get("start", time.monotonic())
        with open(OUTPUT, "w") as file:
            json.dump(samples, file)


class Visitor(FastHttpUser):
    wait_time = constant(0)
    # Exports of a million rows take a while.
    network_timeout = 600.0
    connection_timeout = 10.0

    @task
    def fetch(self):
        # A different address for every request, so that per-address rate limits see a crowd
        # of visitors (the server trusts one proxy hop, see bench/server.py).
        address = str(ipaddress.IPv4Address(random.randint(0x0B000000, 0xDEFFFFFF)))
        self.client.get(PATH, name=PATH, headers={"X-Forwarded-For": address})
