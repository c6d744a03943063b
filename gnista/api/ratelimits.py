"""Rate limits under /api/: per token for requests that present a valid token, per client
address for everything else (counted in the shared cache, by the real client address
behind proxies, see gnista/core/client_ip.py)."""

import ipaddress

from django_ratelimit.core import get_usage

from gnista.core.client_ip import client_ip

from . import tokens

GROUP = "gnista.api"
ADDRESS_RATE = "600/h"
TOKEN_RATE = "3000/h"
# One IPv6 household or host holds a whole /64.
IPV6_PREFIX = 64


def address_key(_group, request) -> str:
    """The client's address; what a proxy or client wrote that is no address must not
    break the request (django-ratelimit's own "ip" key raises on it)."""
    for candidate in (client_ip(request), request.META.get("REMOTE_ADDR", "")):
        try:
            address = ipaddress.ip_address(candidate.strip())
        except ValueError:
            continue
        if address.version == 6:
            return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False))
        return str(address)
    return "unknown-address"


def seconds_to_wait(request) -> int | None:
    """How long the caller must wait if it is over its limit; None while within it."""
    token = tokens.from_request(request)
    if token is not None:
        key, rate = (lambda _group, _request: f"token-{token.pk}"), TOKEN_RATE
    else:
        key, rate = address_key, ADDRESS_RATE
    usage = get_usage(request, group=GROUP, key=key, rate=rate, increment=True)
    if usage and usage["should_limit"]:
        return max(1, int(usage["time_left"]))
    return None
