"""Events of the portfolio that other apps (notifications) react to."""

from django.dispatch import Signal

stage_changed = Signal()  # initiative, change
initiatives_imported = Signal()  # initiatives: those an import created in bulk (no post_save)
