from ninja.security import HttpBearer

from . import tokens


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>` with a personal token from the profile. The token's
    person becomes request.user, so the pages' permission checks apply unchanged."""

    def authenticate(self, request, token):
        found = tokens.from_request(request)
        if found is None:
            return None
        request.user = found.user
        return found.user
