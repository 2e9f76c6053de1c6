"""An example outreach-lint plugin: rules register through the ``outreach_lint.rules`` entry points."""

from .greeting_name_mismatch import GreetingNameMismatch

__all__ = ["GreetingNameMismatch"]
