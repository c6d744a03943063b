"""Integer `in` lookups leave out values the database column cannot hold, as Django's own
exact and comparison lookups do for integers (Django ticket #27397 fixed those, not `in`).
On SQLite a value past 64 bits otherwise raises OverflowError: a form's checkbox list sent
with "9223372036854775808" answered with a server error instead of "not a valid choice"."""

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            minimum, maximum = connection.ops.integer_field_range(self.lhs.output_field.get_internal_type())
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((minimum is None or value >= minimum) and (maximum is None or value <= maximum))
            ]
        return super().process_rhs(compiler, connection)
