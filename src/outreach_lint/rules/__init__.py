"""Built-in rules, one module per rule, each registered under the ``outreach_lint.rules`` entry points."""
