"""Who may do what with the event calendar. Builds on the portfolio's roles."""

import rules

from gnista.portfolio.rules import is_administrator, is_coach

rules.add_perm("events.import_ics", is_administrator | is_coach)
