"""Personal API tokens: created and revoked in the profile, presented as
`Authorization: Bearer <secret>`. Only a SHA-256 of the secret is stored."""

import datetime
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from gnista.audit.log import record, snapshot

from .models import ApiToken

SECRET_PREFIX = "gnista_"
SHOWN_CHARACTERS = 12
# Writing last_used_at on every request would turn each read into a write.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)
AUDITED_FIELDS = ["user", "name", "prefix", "revoked_at"]


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def create_token(user, name: str) -> tuple[ApiToken, str]:
    """A new token for the person, and its secret (which is not stored)."""
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[:SHOWN_CHARACTERS], key_hash=hash_secret(secret)
    )
    record(user, "api_token.created", token, None, snapshot(token, AUDITED_FIELDS))
    return token, secret


@transaction.atomic
def revoke_token(token: ApiToken, *, by) -> None:
    if token.revoked_at is not None:
        return
    before = snapshot(token, AUDITED_FIELDS)
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    record(by, "api_token.revoked", token, before, snapshot(token, AUDITED_FIELDS))


def authenticate(secret: str) -> ApiToken | None:
    """The active token with this secret, whose person may still sign in; else None."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 200:
        return None
    token = (
        ApiToken.objects.active()
        .select_related("user")
        .filter(key_hash=hash_secret(secret), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def bearer_secret(request) -> str | None:
    scheme, _space, secret = request.headers.get("Authorization", "").partition(" ")
    return secret.strip() if scheme.lower() == "bearer" and secret.strip() else None


def from_request(request) -> ApiToken | None:
    """The token the request presents, looked up once per request."""
    if not hasattr(request, "_gnista_api_token"):
        secret = bearer_secret(request)
        request._gnista_api_token = authenticate(secret) if secret else None
    return request._gnista_api_token


def export_personal_data(user) -> list[dict]:
    return [
        {
            "name": token.name,
            "begins_with": token.prefix,
            "created_at": token.created_at,
            "last_used_at": token.last_used_at,
            "revoked_at": token.revoked_at,
        }
        for token in user.api_tokens.all()
    ]
