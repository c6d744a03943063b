from .models import Follow, Notification


def export(user) -> dict:
    return {
        "follows": [
            {
                "challenge": f.challenge_id,
                "idea": f.idea_id,
                "initiative": f.initiative_id,
                "since": f.created_at,
            }
            for f in Follow.objects.filter(user=user)
        ],
        "notifications": list(
            Notification.objects.filter(user=user).values("event", "created_at", "sent_at")
        ),
    }


def erase(user) -> None:
    Follow.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
