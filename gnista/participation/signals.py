"""Events of participation that other apps (notifications) react to."""

from django.dispatch import Signal

idea_submitted = Signal()  # idea
idea_status_changed = Signal()  # idea
comment_added = Signal()  # comment
offer_made = Signal()  # offer
