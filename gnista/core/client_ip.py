"""The client's address for rate limits, also behind reverse proxies.

With TRUSTED_PROXY_COUNT=N, the N proxies in front of gnista each append the address they
saw to X-Forwarded-For, so the client is the N-th entry from the right; anything further
left was written by the client and cannot be trusted."""

import ipaddress

from django.conf import settings

# Requests whose address cannot be read share one bucket rather than crash the limiter.
UNKNOWN = "0.0.0.0"


def client_ip(request) -> str:
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count and is_address(forwarded[-count]):
            return forwarded[-count]
    remote = request.META.get("REMOTE_ADDR", "")
    return remote if is_address(remote) else UNKNOWN


def is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
