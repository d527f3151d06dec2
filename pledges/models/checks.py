"""Model validation that asks the database about all of a record's check constraints at once.

Django's `Model.validate_constraints` checks each CheckConstraint with a query of its own, inside a
savepoint of its own, and each query restates every field of the record: a pledge's ten checks
cost thirty statements, a tenth of a second in the admin and most of the time of loading a data
file. `ChecksInOneQuery` reads the same conditions, over the same values, in one SELECT of one
savepoint. The errors are Django's own (message, code, and place among the other constraints'),
and every other kind of constraint is validated as Django does it.
"""

import logging

from django.core.exceptions import FieldError, ValidationError
from django.db import DatabaseError, connections, router, transaction
from django.db.models import BooleanField, CheckConstraint, ExpressionWrapper, Q, Value
from django.db.models.functions import Coalesce
from django.db.models.sql import Query
from django.db.models.sql.constants import SINGLE

logger = logging.getLogger(__name__)


class ChecksInOneQuery:
    """For models: `class Pledge(ChecksInOneQuery, models.Model)`."""

    def validate_constraints(self, exclude=None):
        using = router.db_for_write(self.__class__, instance=self)
        constraints = [
            (model_class, constraint)
            for model_class, model_constraints in self.get_constraints()
            for constraint in model_constraints
        ]
        failed = set()  # ids of the check constraints that fail
        for model_class in dict.fromkeys(model_class for model_class, _ in constraints):
            checks = [c for m, c in constraints if m is model_class and _checked_together(c)]
            failed |= _failed_checks(self, model_class, checks, exclude, using)
        errors = {}
        for model_class, constraint in constraints:
            try:
                if _checked_together(constraint):
                    if id(constraint) in failed:
                        raise ValidationError(
                            constraint.get_violation_error_message(),
                            code=constraint.violation_error_code,
                        )
                else:
                    constraint.validate(model_class, self, exclude=exclude, using=using)
            except ValidationError as error:  # gathered as Model.validate_constraints does
                if getattr(error, "code", None) == "unique" and len(constraint.fields) == 1:
                    errors.setdefault(constraint.fields[0], []).append(error)
                else:
                    errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


def _checked_together(constraint) -> bool:
    # Exactly Django's class: a subclass may validate in a way of its own.
    return type(constraint) is CheckConstraint


def _failed_checks(instance, model_class, checks, exclude, using) -> set[int]:
    """The ids of the `checks` whose condition the instance's values fail, in one query.

    As CheckConstraint.validate: a condition naming an excluded field is not checked, a NULL
    result passes (as in the database), and a database error on the query lets it pass."""
    if not checks:
        return set()
    query = Query(None)
    for name, value in instance._get_field_expression_map(
        meta=model_class._meta, exclude=exclude
    ).items():
        if not hasattr(value, "resolve_expression"):
            value = Value(value)
        query.add_annotation(value, name, select=False)
    asked = []
    for constraint in checks:
        holds = Coalesce(Q(constraint.condition), True, output_field=BooleanField())
        try:
            query.add_annotation(ExpressionWrapper(holds, BooleanField()), f"_check_{len(asked)}")
        except FieldError:  # names an excluded field
            continue
        asked.append(constraint)
    if not asked:
        return set()
    connection = connections[using]
    atomic = transaction.atomic(using=using) if connection.in_atomic_block else None
    try:
        if atomic is None:
            row = query.get_compiler(using=using).execute_sql(SINGLE)
        else:
            with atomic:
                row = query.get_compiler(using=using).execute_sql(SINGLE)
    except DatabaseError as error:
        logger.warning("Got a database error checking %s's constraints: %s", instance, error)
        return set()
    return {id(constraint) for constraint, holds in zip(asked, row, strict=True) if not holds}
