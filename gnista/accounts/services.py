from django.db import transaction

from gnista.core import personal_data

from .models import User


def account_data(user: User) -> dict:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "language": user.language,
        "notifications": user.notifications,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in user.emailaddress_set.all()
        ],
        "two_factor_authentication": [authenticator.type for authenticator in user.authenticator_set.all()],
    }


def export_personal_data(user: User) -> dict:
    return {"account": account_data(user), **personal_data.export_for(user)}


@transaction.atomic
def delete_account(user: User) -> None:
    """Public contributions stay as public record without the name; everything
    personal goes (the account, its email addresses, sessions, authenticators)."""
    personal_data.erase_for(user)
    user.delete()
