"""The gates of the innovation model: the moves an initiative can make.

An active initiative moves forward one stage at a time (1 → 2 → 3) and from stage 3 to
scaled; it can be paused and resumed in the stage it is in, and stopped from any stage.
Scaled and stopped are final. Stopping needs lessons learned (see models) and scaling
needs at least one measured effect."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Initiative, KpiMeasurement, Outcome, Stage

State = tuple[int, str]
FINAL = (Outcome.SCALED, Outcome.STOPPED)


def moves_from(stage: int, outcome: str) -> list[State]:
    if outcome in FINAL:
        return []
    moves: list[State] = []
    if outcome == Outcome.ACTIVE:
        moves.append((stage + 1, Outcome.ACTIVE) if stage < Stage.SCALE else (stage, Outcome.SCALED))
        moves.append((stage, Outcome.PAUSED))
    elif outcome == Outcome.PAUSED:
        moves.append((stage, Outcome.ACTIVE))
    moves.append((stage, Outcome.STOPPED))
    return moves


def describe(state: State) -> str:
    stage, outcome = state
    if outcome == Outcome.ACTIVE:
        return str(Stage(stage).label)
    return f"{Stage(stage).label} – {Outcome(outcome).label}"


def has_measured_effect(initiative: Initiative) -> bool:
    return initiative.pk is not None and KpiMeasurement.objects.filter(kpi__initiative=initiative).exists()


def check_move(initiative: Initiative, previous: State) -> None:
    """Raise ValidationError unless moving from `previous` to the initiative's current
    stage and outcome is a gate the model allows."""
    target = (initiative.stage, initiative.outcome)
    if target == tuple(previous):
        return
    if target not in moves_from(*previous):
        allowed = ", ".join(describe(move) for move in moves_from(*previous)) or _(
            "none, the initiative is closed"
        )
        raise ValidationError(
            _("An initiative cannot move from “%(from)s” to “%(to)s”. Possible next steps: %(allowed)s.")
            % {"from": describe(previous), "to": describe(target), "allowed": allowed},
            code="gate",
        )
    if initiative.outcome == Outcome.SCALED and not has_measured_effect(initiative):
        raise ValidationError(
            _(
                "An initiative can only be scaled when at least one effect has been measured. "
                "Add a measured value to one of its indicators first."
            ),
            code="gate",
        )
